/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-editors"

#include "config.h"

#include "limber-editors.h"
#include "limber-fascia-editor.h"
#include "limber-run-editor.h"
#include "limber-soreness-editor.h"
#include "limber-water-editor.h"

/**
 * limber_editors_new_form:
 *
 * Returns: (transfer floating): the editor form for entries of @kind
 */
LimberEditorForm *
limber_editors_new_form (LimberEntryKind  kind,
                         LimberJournal   *journal,
                         LimberUnits      units)
{
  GType type;

  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  switch (kind)
    {
    case LIMBER_ENTRY_KIND_FASCIA:
      type = LIMBER_TYPE_FASCIA_EDITOR;
      break;
    case LIMBER_ENTRY_KIND_RUN:
      type = LIMBER_TYPE_RUN_EDITOR;
      break;
    case LIMBER_ENTRY_KIND_HYDRATION:
      type = LIMBER_TYPE_WATER_EDITOR;
      break;
    case LIMBER_ENTRY_KIND_SORENESS:
      type = LIMBER_TYPE_SORENESS_EDITOR;
      break;
    case LIMBER_N_ENTRY_KINDS:
    default:
      return NULL;
    }

  return g_object_new (type, "journal", journal, "units", (int) units, NULL);
}
