/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-entry.h"
#include "limber-units.h"

G_BEGIN_DECLS

char *limber_entry_format_title   (LimberEntry *entry,
                                   LimberUnits  units);
char *limber_entry_format_summary (LimberEntry *entry,
                                   LimberUnits  units);
const char *limber_entry_kind_get_icon_name (LimberEntryKind kind);
const char *limber_entry_kind_get_label     (LimberEntryKind kind);

G_END_DECLS
