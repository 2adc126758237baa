/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-editor-form.h"

G_BEGIN_DECLS

LimberEditorForm *limber_editors_new_form (LimberEntryKind  kind,
                                           LimberJournal   *journal,
                                           LimberUnits      units);

G_END_DECLS
