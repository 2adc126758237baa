/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-editors"

#include "config.h"

#include "limber-editors.h"

/* TEMPORARY until the editor forms are merged. */
LimberEditorForm *
limber_editors_new_form (LimberEntryKind  kind,
                         LimberJournal   *journal,
                         LimberUnits      units)
{
  return NULL;
}
