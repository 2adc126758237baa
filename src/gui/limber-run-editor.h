/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-editor-form.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_RUN_EDITOR (limber_run_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberRunEditor, limber_run_editor, LIMBER, RUN_EDITOR, GtkBox)

/* The most shoes of earlier runs the shoes row offers. */
#define LIMBER_RUN_EDITOR_MAX_SHOES 8

LimberEditorForm *limber_run_editor_new (LimberJournal *journal,
                                         LimberUnits    units);

G_END_DECLS
