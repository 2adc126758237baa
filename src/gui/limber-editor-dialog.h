/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-editor-form.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_EDITOR_DIALOG (limber_editor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LimberEditorDialog, limber_editor_dialog, LIMBER, EDITOR_DIALOG, AdwWindow)

LimberEditorDialog *limber_editor_dialog_new        (GtkWindow          *parent,
                                                     LimberJournal      *journal,
                                                     LimberEditorForm   *form,
                                                     LimberEntry        *entry);
LimberEditorForm   *limber_editor_dialog_get_form   (LimberEditorDialog *self);
LimberEntry        *limber_editor_dialog_get_entry  (LimberEditorDialog *self);
gboolean            limber_editor_dialog_can_save   (LimberEditorDialog *self);
gboolean            limber_editor_dialog_is_dirty   (LimberEditorDialog *self);
gboolean            limber_editor_dialog_save       (LimberEditorDialog *self);
void                limber_editor_dialog_cancel     (LimberEditorDialog *self);
AdwMessageDialog   *limber_editor_dialog_get_discard_dialog (LimberEditorDialog *self);

G_END_DECLS
