/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-import-dialog.h"
#include "limber-resources.h"

/* Imports files in a worker thread with a progress bar and Cancel, then says what happened
 * to every file. */
struct _LimberImportDialog
{
  AdwWindow          parent_instance;

  LimberImporter    *importer;
  GCancellable      *cancellable;
  gboolean           running;
  gboolean           cancelled;

  GtkStack          *stack;
  AdwStatusPage     *progress_page;
  GtkProgressBar    *progress_bar;
  GtkButton         *cancel_button;
  GtkButton         *close_button;
  GtkLabel          *summary_title;
  GtkLabel          *imported_label;
  GtkLabel          *duplicates_label;
  GtkLabel          *skipped_label;
  GtkLabel          *failed_label;
  AdwPreferencesGroup *failures_group;
  GtkListBox        *failures_list;
};

G_DEFINE_FINAL_TYPE (LimberImportDialog, limber_import_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_count (GtkLabel *label,
           guint     n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_label_set_text (label, text);
}

static void
show_summary (LimberImportDialog *self,
              const GError       *error)
{
  const LimberImportSummary *summary = limber_importer_get_summary (self->importer);

  if (self->cancelled)
    gtk_label_set_text (self->summary_title, _("Import Cancelled"));
  else if (error != NULL)
    gtk_label_set_text (self->summary_title, error->message);
  else if (summary->imported == 0 && summary->failed == 0 && summary->duplicates == 0 &&
           summary->skipped == 0)
    gtk_label_set_text (self->summary_title, _("Nothing to Import"));
  else
    gtk_label_set_text (self->summary_title, _("Import Finished"));

  set_count (self->imported_label, summary->imported);
  set_count (self->duplicates_label, summary->duplicates);
  set_count (self->skipped_label, summary->skipped);
  set_count (self->failed_label, summary->failed);

  for (guint i = 0; summary->failures != NULL && i < summary->failures->len; i++)
    {
      const char *failure = g_ptr_array_index (summary->failures, i);
      GtkWidget *label = gtk_label_new (failure);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_append (self->failures_list, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->failures_group),
                          summary->failures != NULL && summary->failures->len > 0);

  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->close_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

static void
on_progress_cb (LimberImporter *importer,
                guint           done,
                guint           total,
                gpointer        user_data)
{
  LimberImportDialog *self = user_data;
  g_autofree char *text = NULL;

  if (total == 0)
    return;

  /* Translators: import progress, "12 of 340 files" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u file", "%u of %u files", total),
                          done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LimberImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  if (!limber_importer_run_finish (LIMBER_IMPORTER (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_summary (self, error);
    }
  else
    {
      show_summary (self, NULL);
    }

  g_signal_emit (self, signals[FINISHED], 0);
}

static void
on_cancel_clicked_cb (LimberImportDialog *self)
{
  limber_import_dialog_cancel (self);
}

static gboolean
limber_import_dialog_close_request (GtkWindow *window)
{
  LimberImportDialog *self = LIMBER_IMPORT_DIALOG (window);

  /* Closing while importing cancels; the window goes once the worker has stopped. */
  if (self->running)
    {
      limber_import_dialog_cancel (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (limber_import_dialog_parent_class)->close_request (window);
}

static void
limber_import_dialog_dispose (GObject *object)
{
  LimberImportDialog *self = LIMBER_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->importer);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_import_dialog_parent_class)->dispose (object);
}

static void
limber_import_dialog_class_init (LimberImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = limber_import_dialog_dispose;
  window_class->close_request = limber_import_dialog_close_request;

  /**
   * LimberImportDialog::finished:
   *
   * Emitted when the import has ended, done or cancelled, and the summary shows.
   */
  signals[FINISHED] = g_signal_new ("finished",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  (void) limber_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, summary_title);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, imported_label);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, duplicates_label);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, failed_label);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, failures_group);
  gtk_widget_class_bind_template_child (widget_class, LimberImportDialog, failures_list);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
limber_import_dialog_init (LimberImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/**
 * limber_import_dialog_new:
 * @paths: files and folders to import (GPX, TCX, FIT, our CSV, their .gz, Strava exports)
 *
 * Returns: (transfer full): a dialog that starts importing at once
 */
LimberImportDialog *
limber_import_dialog_new (GtkWindow          *parent,
                          LimberJournal      *journal,
                          const char * const *paths)
{
  LimberImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  self = g_object_new (LIMBER_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  self->importer = limber_importer_new (journal);
  for (guint i = 0; paths[i] != NULL; i++)
    limber_importer_add_path (self->importer, paths[i]);
  limber_importer_set_progress_func (self->importer, on_progress_cb, self, NULL);

  gtk_progress_bar_set_text (self->progress_bar, _("Looking through the files…"));
  self->running = TRUE;
  limber_importer_run_async (self->importer, self->cancellable, on_import_done_cb,
                             g_object_ref (self));

  return self;
}

gboolean
limber_import_dialog_is_running (LimberImportDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_IMPORT_DIALOG (self), FALSE);

  return self->running;
}

/* Stops after the file being read, which is then not written at all. */
void
limber_import_dialog_cancel (LimberImportDialog *self)
{
  g_return_if_fail (LIMBER_IS_IMPORT_DIALOG (self));

  if (!self->running)
    return;

  self->cancelled = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_progress_bar_set_text (self->progress_bar, _("Stopping…"));
  g_cancellable_cancel (self->cancellable);
}

/**
 * limber_import_dialog_get_summary:
 *
 * Returns: (nullable): what the import did, once it has ended
 */
const LimberImportSummary *
limber_import_dialog_get_summary (LimberImportDialog *self)
{
  g_return_val_if_fail (LIMBER_IS_IMPORT_DIALOG (self), NULL);

  return self->running ? NULL : limber_importer_get_summary (self->importer);
}
