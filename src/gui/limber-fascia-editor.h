/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-editor-form.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_FASCIA_EDITOR (limber_fascia_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberFasciaEditor, limber_fascia_editor, LIMBER, FASCIA_EDITOR, GtkBox)

LimberFasciaEditor *limber_fascia_editor_new (LimberJournal *journal,
                                              LimberUnits    units);

G_END_DECLS
