/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-units.h"
#include "limber-date.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_JOURNAL_ROW (limber_journal_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberJournalRow, limber_journal_row, LIMBER, JOURNAL_ROW, AdwBin)

GtkWidget  *limber_journal_row_new       (void);
void        limber_journal_row_set_item  (LimberJournalRow *self,
                                          GObject          *item,
                                          LimberUnits       units,
                                          LimberDay         today);
GObject    *limber_journal_row_get_item  (LimberJournalRow *self);
const char *limber_journal_row_get_title (LimberJournalRow *self);
const char *limber_journal_row_get_summary (LimberJournalRow *self);

G_END_DECLS
