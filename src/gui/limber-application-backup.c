/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-application"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-application-private.h"
#include "limber-backup.h"
#include "limber-window.h"

/* Back Up Journal… and Restore from Backup…: the journal copied while Limber runs, and a
 * backup put in the journal's place with the journal kept aside. */

static void
notify_window (LimberApplication *self,
               const char        *text)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 8);
  if (LIMBER_IS_WINDOW (window))
    limber_window_add_toast (LIMBER_WINDOW (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (LimberApplication *self,
            const char        *heading,
            const GError      *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
journal_path (LimberApplication *self)
{
  if (self->journal != NULL)
    return g_strdup (limber_journal_get_path (self->journal));
  if (self->database_path != NULL)
    return g_strdup (self->database_path);

  return limber_journal_get_default_path ();
}

/**
 * limber_application_backup_to:
 *
 * Writes a consistent copy of the open journal to @path, which must not exist yet.
 */
gboolean
limber_application_backup_to (LimberApplication  *self,
                              const char         *path,
                              GError            **error)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->journal == NULL)
    {
      g_set_error_literal (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                           _("No journal is open"));
      return FALSE;
    }

  if (!limber_backup_write (self->journal, path, error))
    return FALSE;

  name = g_filename_display_basename (path);
  /* Translators: %s is the backup's file name */
  text = g_strdup_printf (_("Journal backed up to “%s”"), name);
  notify_window (self, text);

  return TRUE;
}

/* Closes every window and the journal, puts the backup in place, opens it again. */
static gboolean
do_restore (LimberApplication  *self,
            const char         *backup_path,
            GError            **error)
{
  g_autofree char *path = journal_path (self);
  g_autofree char *default_path = limber_journal_get_default_path ();
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *text = NULL;
  GList *windows;
  gboolean ok;

  /* Stay up while no window is open. */
  g_application_hold (G_APPLICATION (self));

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);

  /* The journal file must be closed before it moves: the daily reminder lets go of it too. */
  limber_application_stop_background (self);
  g_clear_object (&self->reminders);
  g_clear_object (&self->journal);

  ok = limber_backup_restore (path, backup_path, &kept, error);

  /* Open the same file again (a journal handed to us is not the default one). */
  if (self->database_path == NULL && g_strcmp0 (path, default_path) != 0)
    self->database_path = g_strdup (path);
  limber_application_open_journal (self);
  limber_application_start_background (self);

  if (self->journal != NULL)
    gtk_window_present (GTK_WINDOW (limber_window_new (self, self->journal)));
  else
    limber_application_show_open_error (self);
  g_application_release (G_APPLICATION (self));

  if (!ok)
    return FALSE;

  kept_name = kept != NULL ? g_filename_display_basename (kept) : NULL;
  if (kept_name != NULL)
    /* Translators: %s is the file name the previous journal was renamed to */
    text = g_strdup_printf (_("Journal restored; the one you had is kept as “%s”"), kept_name);
  else
    text = g_strdup (_("Journal restored"));
  notify_window (self, text);

  return TRUE;
}

typedef struct
{
  LimberApplication *self;
  char              *backup_path;
} RestoreRequest;

static void
restore_request_free (gpointer data)
{
  RestoreRequest *request = data;

  g_application_release (G_APPLICATION (request->self));
  g_object_unref (request->self);
  g_free (request->backup_path);
  g_free (request);
}

static gboolean
restore_idle_cb (gpointer data)
{
  RestoreRequest *request = data;
  g_autoptr(GError) error = NULL;

  if (!do_restore (request->self, request->backup_path, &error))
    show_error (request->self, _("Could Not Restore the Backup"), error);

  return G_SOURCE_REMOVE;
}

/* From an idle: the question that asked is still answering, and its parent window is about
 * to go. */
static void
restore_later (LimberApplication *self,
               const char        *backup_path)
{
  RestoreRequest *request = g_new0 (RestoreRequest, 1);

  request->self = g_object_ref (self);
  request->backup_path = g_strdup (backup_path);
  /* No window may be left until then: stay up. */
  g_application_hold (G_APPLICATION (self));
  g_idle_add_full (G_PRIORITY_DEFAULT, restore_idle_cb, request, restore_request_free);
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (gtk_window_get_application (GTK_WINDOW (dialog)));

  if (self != NULL && g_strcmp0 (response, "restore") == 0)
    restore_later (self, user_data);
}

/**
 * limber_application_restore_from:
 *
 * Checks @backup_path and asks before putting it in the journal's place; the journal
 * is kept aside, never overwritten.
 *
 * Returns: (transfer none) (nullable): the question, or NULL when the file was refused
 *   (the reason is then shown)
 */
AdwMessageDialog *
limber_application_restore_from (LimberApplication *self,
                                 const char        *backup_path)
{
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  g_autofree char *span = NULL;
  GtkWindow *parent;
  GtkWidget *dialog;

  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  if (!limber_backup_check_file (backup_path, &info, &error))
    {
      show_error (self, _("This File Cannot Be Restored"), error);
      return NULL;
    }

  modified = g_date_time_new_from_unix_local (info->modified);
  /* Translators: when a backup was written, see g_date_time_format() */
  when = g_date_time_format (modified, _("%e %B %Y at %H:%M"));

  if (info->n_entries > 0)
    {
      g_autofree char *first = limber_day_format (info->first_day, "%x");
      g_autofree char *last = limber_day_format (info->last_day, "%x");

      span = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: "It holds 1,234 entries from
                                            * 01/02/2020 to 03/04/2026, saved on …" */
                                           "It holds %u entry from %s to %s, saved on %s.",
                                           "It holds %u entries from %s to %s, saved on %s.",
                                           info->n_entries),
                              info->n_entries, first, last, g_strstrip (when));
    }
  else
    {
      span = g_strdup_printf (_("It holds no entries; it was saved on %s."), g_strstrip (when));
    }

  /* Translators: two whole sentences, one after the other, e.g. "It holds no entries; it was
   * saved on 21 November 2026 at 09:30." and "The journal you have now is kept beside it …" */
  body = g_strdup_printf (C_("two sentences", "%s %s"), span,
                          _("The journal you have now is kept beside it under another name, "
                            "so you can go back to it."));

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  dialog = adw_message_dialog_new (parent, _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response_cb),
                         g_strdup (backup_path), (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
on_backup_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               gpointer         user_data)
{
  LimberApplication *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      /* The chooser already asked before replacing a file: make room for the copy. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        g_file_delete (file, NULL, NULL);

      if (!limber_application_backup_to (self, path, &error))
        show_error (self, _("Could Not Back Up the Journal"), error);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
backup_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "limber-journal-%Y-%m-%d.db");

  chooser = gtk_file_chooser_native_new (_("Back Up Journal"),
                                         gtk_application_get_active_window (GTK_APPLICATION (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Back Up"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chooser_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_restore_chooser_response_cb (GtkNativeDialog *chooser,
                                int              response,
                                gpointer         user_data)
{
  LimberApplication *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    limber_application_restore_from (self, path);

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkFileChooserNative *chooser;
  g_autofree char *folder = limber_backup_get_default_folder ();
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Restore from Backup"),
                                         gtk_application_get_active_window (GTK_APPLICATION (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Limber journals"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.db.*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder_file, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_restore_chooser_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
limber_application_add_backup_actions (LimberApplication *self)
{
  static const GActionEntry entries[] = {
    { "backup", backup_activated },
    { "restore", restore_activated },
  };
  GAction *action;

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);

  /* A demo journal is thrown away on quit: nothing to back up or restore over. */
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "restore");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !self->demo);
}

static void
on_offer_response_cb (LimberApplication *self,
                      const char        *response,
                      AdwMessageDialog  *dialog)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "limber-backup-path");

  if (g_strcmp0 (response, "restore") == 0 && path != NULL)
    restore_later (self, path);
}

/* When the journal cannot be opened: offer the newest backup that passes the checks. */
void
limber_application_offer_restore (LimberApplication *self,
                                  AdwMessageDialog  *dialog)
{
  g_autofree char *default_path = limber_journal_get_default_path ();
  g_autofree char *folder = NULL;
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (LIMBER_IS_APPLICATION (self));
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  /* Only the default journal has a backups folder. */
  if (self->demo || self->journal_error == NULL ||
      g_strcmp0 (self->database_path, default_path) != 0)
    return;

  folder = limber_backup_get_default_folder ();
  info = limber_backup_find_newest_good (folder);
  if (info == NULL)
    return;

  modified = g_date_time_new_from_unix_local (info->modified);
  when = g_date_time_format (modified, _("%e %B %Y at %H:%M"));
  /* Translators: added to the message saying the journal cannot be opened */
  body = g_strdup_printf (_("%s\n\nA good backup from %s can take its place; the damaged "
                            "journal is kept aside."),
                          adw_message_dialog_get_body (dialog), g_strstrip (when));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_response (dialog, "restore", _("_Restore Backup"));
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  g_object_set_data_full (G_OBJECT (dialog), "limber-backup-path", g_strdup (info->path),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_offer_response_cb), self,
                           G_CONNECT_SWAPPED);
}
