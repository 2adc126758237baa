/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-backup.h"
#include "limber-run.h"
#include "limber-ui-test.h"

/* Back Up Journal… and Restore from Backup… on a real window. */

static void
add_run (LimberJournal *journal,
         double         km)
{
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (run), limber_journal_get_today (journal));
  limber_run_set_distance (run, km * 1000);
  limber_run_set_duration (run, km * 300);
  g_assert_true (limber_journal_add (journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
}

static gboolean
has_new_window (gpointer data)
{
  GtkWindow *window = find_toplevel (LIMBER_TYPE_WINDOW);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static void
test_backup_and_restore (Fixture *f)
{
  g_autofree char *backup = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *path = g_strdup (limber_journal_get_path (f->journal));
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  AdwMessageDialog *question;
  LimberJournal *journal;
  const char *name;
  gboolean kept_aside = FALSE;

  add_run (f->journal, 10);
  add_run (f->journal, 5);

  /* Back up: a consistent copy while the journal is open. */
  g_assert_true (limber_application_backup_to (f->app, backup, &error));
  g_assert_no_error (error);
  g_assert_true (limber_backup_check_file (backup, &info, &error));
  g_assert_cmpuint (info->n_entries, ==, 2);

  /* A copy never replaces a file. */
  g_assert_false (limber_application_backup_to (f->app, backup, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A mistake after the backup. */
  add_run (f->journal, 42);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 3);

  /* Restore asks first and says what the backup holds. */
  question = limber_application_restore_from (f->app, backup);
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2 entries"));

  /* Only the application may hold the journal while the file moves. */
  g_clear_object (&f->journal);
  adw_message_dialog_response (question, "restore");
  drain ();
  wait_until (has_new_window, NULL);
  track_window (f, LIMBER_WINDOW (find_toplevel (LIMBER_TYPE_WINDOW)));

  journal = limber_application_get_journal (f->app);
  g_assert_nonnull (journal);
  g_assert_cmpstr (limber_journal_get_path (journal), ==, path);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 2);
  g_assert_true (limber_window_get_journal (f->window) == journal);

  /* The journal with the mistake is kept aside. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "journal.db.before-restore-"))
      kept_aside = TRUE;
  g_assert_true (kept_aside);
}

static void
test_restore_refuses_garbage (Fixture *f)
{
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  GtkWindow *error_dialog;

  g_assert_true (g_file_set_contents (garbage, "not a journal at all", -1, NULL));
  add_run (f->journal, 10);

  g_assert_null (limber_application_restore_from (f->app, garbage));
  error_dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (error_dialog)), ==,
                   "This File Cannot Be Restored");
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

static const WindowTest backup_tests[] = {
  { "/limber/backup-ui/backup-and-restore", test_backup_and_restore },
  { "/limber/backup-ui/restore-refuses-garbage", test_restore_refuses_garbage },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (backup_tests); i++)
    g_test_add (backup_tests[i].path, Fixture, &backup_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
