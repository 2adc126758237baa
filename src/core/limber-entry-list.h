/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal.h"
#include "limber-week-summary.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ENTRY_LIST (limber_entry_list_get_type ())

G_DECLARE_FINAL_TYPE (LimberEntryList, limber_entry_list, LIMBER, ENTRY_LIST, GObject)

LimberEntryList  *limber_entry_list_new             (LimberJournal    *journal);
LimberJournal    *limber_entry_list_get_journal     (LimberEntryList  *self);
LimberEntryKinds  limber_entry_list_get_kinds       (LimberEntryList  *self);
void              limber_entry_list_set_kinds       (LimberEntryList  *self,
                                                     LimberEntryKinds  kinds);
const char       *limber_entry_list_get_search      (LimberEntryList  *self);
void              limber_entry_list_set_search      (LimberEntryList  *self,
                                                     const char       *search);
guint             limber_entry_list_get_n_entries   (LimberEntryList  *self);
guint             limber_entry_list_find_day        (LimberEntryList  *self,
                                                     LimberDay         day);
guint             limber_entry_list_find_uuid       (LimberEntryList  *self,
                                                     const char       *uuid);
LimberDay         limber_entry_list_get_day         (LimberEntryList  *self,
                                                     guint             position);
guint             limber_entry_list_get_n_loaded    (LimberEntryList  *self);

G_END_DECLS
