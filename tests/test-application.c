/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-application.h"
#include "limber-backup.h"
#include "limber-run.h"
#include "limber-window.h"

/* How long a run of the application may take before the test fails. */
#define WAIT_SECONDS 10

static gboolean have_display;

#define SKIP_WITHOUT_DISPLAY() \
  G_STMT_START { \
    if (!have_display) \
      { \
        g_test_skip ("No display"); \
        return; \
      } \
  } G_STMT_END

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
make_journal (const char *path,
              guint       n_runs)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_runs; i++)
    {
      g_autoptr(LimberRun) run = limber_run_new ();

      limber_entry_set_day (LIMBER_ENTRY (run), limber_day_from_ymd (2026, 1, 1) + i);
      limber_run_set_distance (run, 8000);
      limber_run_set_duration (run, 2700);
      g_assert_true (limber_journal_add (journal, LIMBER_ENTRY (run), &error));
      g_assert_no_error (error);
    }
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static gboolean
on_timeout_cb (gpointer data)
{
  g_error ("The application did not quit");
  return G_SOURCE_REMOVE;
}

static gboolean
quit_when_shown_cb (gpointer data)
{
  GtkWindow *window = data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (window)), "quit",
                                  NULL);
  return G_SOURCE_REMOVE;
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        data)
{
  g_assert_true (LIMBER_IS_WINDOW (window));
  g_timeout_add_full (G_PRIORITY_DEFAULT, 20, quit_when_shown_cb, g_object_ref (window),
                      g_object_unref);
}

/* Starts Limber as a user would, waits for its window and quits. */
static void
run_limber (const char *option)
{
  LimberApplication *app = limber_application_new ();
  char *argv[] = { (char *) "limber", (char *) option, NULL };
  guint timeout_id;

  /* Unique applications need a session bus, which a test may not have. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);

  timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_timeout_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), option ? 2 : 1, argv), ==, 0);
  g_source_remove (timeout_id);

  g_assert_finalize_object (app);
}

static char *
todays_backup (void)
{
  g_autofree char *folder = limber_backup_get_default_folder ();
  g_autofree char *today = limber_day_to_iso (limber_day_today ());
  g_autofree char *name = g_strdup_printf ("journal-%s.db", today);

  return g_build_filename (folder, name, NULL);
}

static void
test_daily_backup (void)
{
  g_autofree char *journal = limber_journal_get_default_path ();
  g_autofree char *folder = limber_backup_get_default_folder ();
  g_autofree char *backup = todays_backup ();
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf first, second;

  SKIP_WITHOUT_DISPLAY ();

  make_journal (journal, 3);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Starting Limber made today's backup of the journal it opened. */
  run_limber (NULL);
  g_assert_true (limber_backup_check_file (backup, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (info->n_entries, ==, 3);
  g_assert_cmpint (g_stat (backup, &first), ==, 0);

  /* A second start the same day makes no other. */
  make_journal (journal, 2);
  run_limber (NULL);
  backups = limber_backup_list (folder);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (g_stat (backup, &second), ==, 0);
  g_assert_cmpint (first.st_ino, ==, second.st_ino);

  remove_tree (folder);
}

/* The backups folder holds copies of the default journal only. */
static void
test_no_backup_of_other_journal (void)
{
  g_autofree char *folder = limber_backup_get_default_folder ();
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "elsewhere.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);

  SKIP_WITHOUT_DISPLAY ();

  remove_tree (folder);
  make_journal (path, 4);
  run_limber (option);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("limber-test-data-XXXXXX", NULL);
  int status;

  /* A data folder of our own for the default journal and its backups. Not
   * G_TEST_OPTION_ISOLATE_DIRS: it hides the MIME database and icon theme GTK needs. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (!have_display)
    g_test_message ("No display: the application tests are skipped");

  g_test_add_func ("/limber/application/daily-backup", test_daily_backup);
  g_test_add_func ("/limber/application/no-backup-of-other-journal",
                   test_no_backup_of_other_journal);

  status = g_test_run ();
  remove_tree (data_home);

  return status;
}
