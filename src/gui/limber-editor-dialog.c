/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-editor-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-editor-dialog.h"
#include "limber-resources.h"

struct _LimberEditorDialog
{
  AdwWindow         parent_instance;

  LimberJournal    *journal;
  LimberEditorForm *form;
  LimberEntry      *entry;              /* the entry being edited, NULL for a new one */
  AdwMessageDialog *discard_dialog;

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  AdwBin           *form_bin;
  GtkButton        *delete_button;

  guint             dirty : 1;
  guint             valid : 1;
  guint             closing : 1;
};

G_DEFINE_FINAL_TYPE (LimberEditorDialog, limber_editor_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The form's entries, with the identity of the entry being edited; validated by the core. */
static GPtrArray *
build_entries (LimberEditorDialog  *self,
               GError             **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  LimberDay today = limber_journal_get_today (self->journal);

  entries = limber_editor_form_build (self->form, error);
  if (entries == NULL)
    return NULL;

  if (self->entry != NULL)
    {
      LimberEntry *entry = g_ptr_array_index (entries, 0);

      g_assert (entries->len == 1);
      limber_entry_set_uuid (entry, limber_entry_get_uuid (self->entry));
      limber_entry_set_timestamps (entry, limber_entry_get_created (self->entry),
                                   limber_entry_get_updated (self->entry));
    }

  for (guint i = 0; i < entries->len; i++)
    if (!limber_entry_validate (g_ptr_array_index (entries, i), today, error))
      return NULL;

  return g_steal_pointer (&entries);
}

static void
check (LimberEditorDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = build_entries (self, &error);
  self->valid = entries != NULL;

  limber_editor_form_show_error (self->form, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

static void
close_now (LimberEditorDialog *self)
{
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_form_changed_cb (LimberEditorDialog *self)
{
  self->dirty = TRUE;
  check (self);
}

static gboolean
close_idle_cb (gpointer data)
{
  close_now (data);
  return G_SOURCE_REMOVE;
}

static gboolean
save_idle_cb (gpointer data)
{
  limber_editor_dialog_save (data);
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (LimberEditorDialog *self,
                        const char         *response)
{
  self->discard_dialog = NULL;

  /* Not while the question is still answering: closing us would destroy it under itself. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
  else if (g_strcmp0 (response, "save") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, save_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_discard (LimberEditorDialog *self)
{
  AdwMessageDialog *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Changes?"),
                                                       NULL));
  adw_message_dialog_set_body (dialog, self->valid
                               ? _("This entry has not been saved yet.")
                               : _("This entry has not been saved yet, and it cannot be saved "
                                   "until the marked field is corrected."));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  if (self->valid)
    {
      adw_message_dialog_add_response (dialog, "save", _("_Save"));
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
    }
  else
    {
      adw_message_dialog_set_default_response (dialog, "keep");
    }
  adw_message_dialog_set_close_response (dialog, "keep");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->discard_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
limber_editor_dialog_close_request (GtkWindow *window)
{
  LimberEditorDialog *self = LIMBER_EDITOR_DIALOG (window);

  if (!self->closing && self->dirty)
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (limber_editor_dialog_parent_class)->close_request (window);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  limber_editor_dialog_save (LIMBER_EDITOR_DIALOG (widget));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  limber_editor_dialog_cancel (LIMBER_EDITOR_DIALOG (widget));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LimberEditorDialog *self = LIMBER_EDITOR_DIALOG (widget);
  g_autofree char *uuid = NULL;
  GtkWindow *parent;

  g_assert (self->entry != NULL);

  /* The window deletes it, so the Undo toast outlives this dialog. */
  uuid = g_strdup (limber_entry_get_uuid (self->entry));
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  close_now (self);

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-entry", "s", uuid);
}

static void
limber_editor_dialog_dispose (GObject *object)
{
  LimberEditorDialog *self = LIMBER_EDITOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_EDITOR_DIALOG);

  self->form = NULL;
  g_clear_object (&self->journal);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (limber_editor_dialog_parent_class)->dispose (object);
}

static void
limber_editor_dialog_class_init (LimberEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = limber_editor_dialog_dispose;
  window_class->close_request = limber_editor_dialog_close_request;

  /**
   * LimberEditorDialog::saved:
   * @entries: (element-type LimberEntry): the entries written
   * @editing: whether an existing entry was updated
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_BOOLEAN);

  /* The resources live in a static library: referring to them keeps them linked in, also
   * in programs that open an editor without the application. */
  (void) limber_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberEditorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorDialog, form_bin);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorDialog, delete_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "editor.cancel", NULL);
}

static void
limber_editor_dialog_init (LimberEditorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * limber_editor_dialog_new:
 * @parent: (nullable): the window to stay above
 * @form: (transfer floating): the fields of the entry's kind
 * @entry: (nullable): the entry to edit, or NULL for a new one
 *
 * Returns: (transfer full): a dialog that writes to @journal only when saved
 */
LimberEditorDialog *
limber_editor_dialog_new (GtkWindow        *parent,
                          LimberJournal    *journal,
                          LimberEditorForm *form,
                          LimberEntry      *entry)
{
  LimberEditorDialog *self;
  GtkWidget *focus;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (LIMBER_IS_EDITOR_FORM (form), NULL);
  g_return_val_if_fail (entry == NULL || LIMBER_IS_ENTRY (entry), NULL);

  self = g_object_new (LIMBER_TYPE_EDITOR_DIALOG,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  self->journal = g_object_ref (journal);
  self->form = form;
  self->entry = entry != NULL ? limber_entry_copy (entry) : NULL;

  adw_bin_set_child (self->form_bin, GTK_WIDGET (form));
  if (entry != NULL)
    limber_editor_form_load (form, self->entry);

  adw_window_title_set_title (self->window_title,
                              limber_editor_form_get_title (form, entry != NULL));
  gtk_window_set_title (GTK_WINDOW (self), limber_editor_form_get_title (form, entry != NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), entry != NULL);

  g_signal_connect_object (form, "changed", G_CALLBACK (on_form_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Check the starting values without calling them a change: a new entry may be invalid
   * until the user types, and that is no reason to ask before closing. */
  check (self);

  focus = limber_editor_form_get_initial_focus (form);
  if (focus != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), focus);

  return self;
}

LimberEditorForm *
limber_editor_dialog_get_form (LimberEditorDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), NULL);

  return self->form;
}

/**
 * limber_editor_dialog_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry as it was when the dialog opened
 */
LimberEntry *
limber_editor_dialog_get_entry (LimberEditorDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), NULL);

  return self->entry;
}

gboolean
limber_editor_dialog_can_save (LimberEditorDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), FALSE);

  return self->valid;
}

gboolean
limber_editor_dialog_is_dirty (LimberEditorDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), FALSE);

  return self->dirty;
}

/**
 * limber_editor_dialog_save:
 *
 * Writes the entry (or entries) and closes the dialog. Nothing is written while a field
 * is invalid; a journal error (disk full, read-only file) is shown and the dialog stays.
 *
 * Returns: whether the journal was written
 */
gboolean
limber_editor_dialog_save (LimberEditorDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) removed = NULL;
  gboolean ok;

  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), FALSE);

  entries = build_entries (self, &error);
  if (entries == NULL)
    {
      limber_editor_form_save_refused (self->form);
      limber_editor_form_show_error (self->form, error);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  /* One transaction for the entry and those removed from the form's list: after a failure
   * nothing is stored, and Save can be pressed again. Written one by one, a removal that
   * failed left the new entry stored, and each Save stored it again. */
  removed = limber_editor_form_get_removed (self->form);
  ok = limber_journal_apply (self->journal,
                             self->entry == NULL ? entries : NULL,
                             self->entry != NULL ? g_ptr_array_index (entries, 0) : NULL,
                             (const char * const *) removed, &error);

  if (!ok)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, entries, self->entry != NULL);
  close_now (self);

  return TRUE;
}

/**
 * limber_editor_dialog_cancel:
 *
 * Closes the dialog, asking first when there are changes that would be lost.
 */
void
limber_editor_dialog_cancel (LimberEditorDialog *self)
{
  g_return_if_fail (LIMBER_IS_EDITOR_DIALOG (self));

  gtk_window_close (GTK_WINDOW (self));
}

/**
 * limber_editor_dialog_get_discard_dialog:
 *
 * Returns: (transfer none) (nullable): the "Discard Changes?" question while it is shown
 */
AdwMessageDialog *
limber_editor_dialog_get_discard_dialog (LimberEditorDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_DIALOG (self), NULL);

  return self->discard_dialog;
}
