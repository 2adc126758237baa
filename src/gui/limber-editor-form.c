/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-editor-form"

#include "config.h"

#include "limber-editor-form.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_INTERFACE (LimberEditorForm, limber_editor_form, GTK_TYPE_WIDGET)

static void
limber_editor_form_default_init (LimberEditorFormInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_interface_install_property (iface,
    g_param_spec_int ("units", NULL, NULL,
                      LIMBER_UNITS_KM, LIMBER_UNITS_MILES, LIMBER_UNITS_KM,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LimberEditorForm::changed:
   *
   * Emitted whenever the user changes a field, so the dialog can check the entry again.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_INTERFACE (iface),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

const char *
limber_editor_form_get_title (LimberEditorForm *self,
                              gboolean          editing)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_FORM (self), NULL);

  return LIMBER_EDITOR_FORM_GET_IFACE (self)->get_title (self, editing);
}

void
limber_editor_form_load (LimberEditorForm *self,
                         LimberEntry      *entry)
{
  g_return_if_fail (LIMBER_IS_EDITOR_FORM (self));
  g_return_if_fail (LIMBER_IS_ENTRY (entry));

  LIMBER_EDITOR_FORM_GET_IFACE (self)->load (self, entry);
}

/**
 * limber_editor_form_build:
 *
 * Returns: (transfer full): the entries the fields describe, never empty on success
 */
GPtrArray *
limber_editor_form_build (LimberEditorForm  *self,
                          GError           **error)
{
  GPtrArray *entries;

  g_return_val_if_fail (LIMBER_IS_EDITOR_FORM (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = LIMBER_EDITOR_FORM_GET_IFACE (self)->build (self, error);
  g_assert (entries == NULL || entries->len > 0);

  return entries;
}

void
limber_editor_form_show_error (LimberEditorForm *self,
                               const GError     *error)
{
  g_return_if_fail (LIMBER_IS_EDITOR_FORM (self));

  LIMBER_EDITOR_FORM_GET_IFACE (self)->show_error (self, error);
}

/**
 * limber_editor_form_get_removed:
 *
 * Returns: (transfer full) (nullable): UUIDs of entries to delete on Save
 */
GStrv
limber_editor_form_get_removed (LimberEditorForm *self)
{
  LimberEditorFormInterface *iface;

  g_return_val_if_fail (LIMBER_IS_EDITOR_FORM (self), NULL);

  iface = LIMBER_EDITOR_FORM_GET_IFACE (self);
  return iface->get_removed != NULL ? iface->get_removed (self) : NULL;
}

GtkWidget *
limber_editor_form_get_initial_focus (LimberEditorForm *self)
{
  LimberEditorFormInterface *iface;

  g_return_val_if_fail (LIMBER_IS_EDITOR_FORM (self), NULL);

  iface = LIMBER_EDITOR_FORM_GET_IFACE (self);
  return iface->get_initial_focus != NULL ? iface->get_initial_focus (self) : NULL;
}

/* For the dialog: Save was asked for, and refused, while the entry is invalid. */
void
limber_editor_form_save_refused (LimberEditorForm *self)
{
  LimberEditorFormInterface *iface;

  g_return_if_fail (LIMBER_IS_EDITOR_FORM (self));

  iface = LIMBER_EDITOR_FORM_GET_IFACE (self);
  if (iface->save_refused != NULL)
    iface->save_refused (self);
}

/* For forms: tell the dialog that a field changed. */
void
limber_editor_form_changed (LimberEditorForm *self)
{
  g_return_if_fail (LIMBER_IS_EDITOR_FORM (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * limber_editor_form_mark_field:
 * @field: the row or entry at fault
 * @message_label: (nullable): the label beside it that carries the message
 * @error: (nullable): the error, or NULL to clear the mark
 *
 * Gives @field the "error" style and shows @error's message in @message_label, or takes
 * both away.
 */
void
limber_editor_form_mark_field (GtkWidget    *field,
                               GtkLabel     *message_label,
                               const GError *error)
{
  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (message_label == NULL || GTK_IS_LABEL (message_label));

  if (error != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");

  if (message_label != NULL)
    {
      gtk_label_set_text (message_label, error != NULL ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (message_label), error != NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (message_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (message_label), "error");
    }
}

/**
 * limber_editor_form_mark_hint:
 * @field: the row or entry the hint is about
 * @message_label: (nullable): the label beside it that carries the message
 * @error: (nullable): what the field lacks, or NULL to clear
 *
 * Like limber_editor_form_mark_field(), but quietly: @error's message in grey, @field not
 * marked. For a field the user has not filled yet, which is no mistake.
 */
void
limber_editor_form_mark_hint (GtkWidget    *field,
                              GtkLabel     *message_label,
                              const GError *error)
{
  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (message_label == NULL || GTK_IS_LABEL (message_label));

  limber_editor_form_mark_field (field, message_label, error);
  gtk_widget_remove_css_class (field, "error");

  if (message_label != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (message_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (message_label), "dim-label");
    }
}
