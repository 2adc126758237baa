/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-entry-list.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_JOURNAL_PAGE (limber_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberJournalPage, limber_journal_page, LIMBER, JOURNAL_PAGE, AdwBin)

LimberJournalPage *limber_journal_page_new          (LimberJournal     *journal);
LimberEntryList   *limber_journal_page_get_list     (LimberJournalPage *self);
void               limber_journal_page_start_search (LimberJournalPage *self);
void               limber_journal_page_set_kinds    (LimberJournalPage *self,
                                                     LimberEntryKinds   kinds);
void               limber_journal_page_go_to_day    (LimberJournalPage *self,
                                                     LimberDay          day);

G_END_DECLS
