/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-entry.h"
#include "limber-journal.h"
#include "limber-units.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_EDITOR_FORM (limber_editor_form_get_type ())

G_DECLARE_INTERFACE (LimberEditorForm, limber_editor_form, LIMBER, EDITOR_FORM, GtkWidget)

/*
 * The body of an entry editor: the fields of one kind of entry. A LimberEditorDialog hosts a
 * form, asks it for its entries whenever it emits "changed", validates them with the core and
 * hands any error back to show_error() so the form can mark the field at fault.
 *
 * Every form has the construct-only properties "journal" (LimberJournal) and "units"
 * (LimberUnits as an int), installed by this interface.
 */
struct _LimberEditorFormInterface
{
  GTypeInterface parent_iface;

  /* The window title for a new entry (@editing FALSE) or an existing one. */
  const char *(*get_title)   (LimberEditorForm  *self,
                              gboolean           editing);
  /* Fill the fields from @entry, an existing entry of the form's kind. Not called for a new
   * entry: the form starts with its defaults (today, now...). */
  void        (*load)        (LimberEditorForm  *self,
                              LimberEntry       *entry);
  /* The entries the fields describe, new objects with fresh UUIDs (the dialog keeps the
   * UUID and timestamps of an entry being edited). A text that cannot be read sets @error
   * with the LIMBER_ENTRY_ERROR code of its field. Range checks belong to the core's
   * validation, which the dialog runs afterwards. */
  GPtrArray  *(*build)       (LimberEditorForm  *self,
                              GError           **error);
  /* Mark the field named by @error's code and show its message beside it; NULL clears. */
  void        (*show_error)  (LimberEditorForm  *self,
                              const GError      *error);
  /* Optional: UUIDs of existing entries the user removed in the form (deleted on Save). */
  GStrv       (*get_removed) (LimberEditorForm  *self);
  /* Optional: the widget to focus first. */
  GtkWidget  *(*get_initial_focus) (LimberEditorForm *self);
  /* Optional: Save was asked for while the entry is invalid. A form that shows what an
   * untouched field lacks as a quiet hint shows it as an error from now on. */
  void        (*save_refused) (LimberEditorForm *self);
};

const char    *limber_editor_form_get_title         (LimberEditorForm  *self,
                                                     gboolean           editing);
void           limber_editor_form_load              (LimberEditorForm  *self,
                                                     LimberEntry       *entry);
GPtrArray     *limber_editor_form_build             (LimberEditorForm  *self,
                                                     GError           **error);
void           limber_editor_form_show_error        (LimberEditorForm  *self,
                                                     const GError      *error);
GStrv          limber_editor_form_get_removed       (LimberEditorForm  *self);
GtkWidget     *limber_editor_form_get_initial_focus (LimberEditorForm  *self);
void           limber_editor_form_save_refused      (LimberEditorForm  *self);
void           limber_editor_form_changed           (LimberEditorForm  *self);

/* Helpers for forms. */
void           limber_editor_form_mark_field        (GtkWidget         *field,
                                                     GtkLabel          *message_label,
                                                     const GError      *error);
void           limber_editor_form_mark_hint         (GtkWidget         *field,
                                                     GtkLabel          *message_label,
                                                     const GError      *error);

G_END_DECLS
