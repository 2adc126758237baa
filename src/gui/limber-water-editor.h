/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-editor-form.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WATER_EDITOR (limber_water_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberWaterEditor, limber_water_editor, LIMBER, WATER_EDITOR, GtkBox)

LimberEditorForm *limber_water_editor_new (LimberJournal *journal);

G_END_DECLS
