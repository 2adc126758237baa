/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-open-errors"

#include "config.h"

#include <glib/gstdio.h>
#include <grp.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-backup.h"
#include "limber-fault.h"
#include "limber-journal-page.h"
#include "limber-ui-test.h"

/* The application, started as a user starts it, on a journal it cannot use as it is:
 *  - damaged, not a journal, or from a newer Limber: it says why, offers the newest backup that
 *    passes its checks (passing over a newer damaged one), and once the user agrees, shows the
 *    backup's entries in a new window and keeps the damaged file aside, byte for byte;
 *  - the same without any backup: it says why and offers only to quit; the file is untouched;
 *  - read-only: the window opens and says so. */

#define WAIT_LIMIT_SECONDS 20
#define NOBODY 65534

typedef struct
{
  const char *name;
  void      (*corrupt) (const char *path);
  const char *reason;   /* in the dialog's text */
  gboolean    readable; /* a Limber journal SQLite reads: kept aside with its WAL folded in */
} Damage;

typedef struct
{
  const Damage *damage;
  const char   *respond;       /* the response to give the open error */
  gboolean      offer_seen;
  gboolean      window_checked;
  char         *damaged;       /* the damaged file's bytes */
  gsize         damaged_len;
  char         *damaged_dump;  /* its rows, when it is readable */
} Run;

static void
truncate_half (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  contents = fault_read_file (path, &length);
  g_file_set_contents (path, contents, length / 2, &error);
  g_assert_no_error (error);
}

static void
random_bytes (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autoptr(GError) error = NULL;
  guint8 noise[16384];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (const char *) noise, sizeof noise, &error);
  g_assert_no_error (error);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

static void
other_application (const char *path)
{
  g_unlink (path);
  exec_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                  "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
}

/* A journal a later Limber upgraded: format 99, with a table this one does not know. */
static void
newer_format (const char *path)
{
  exec_sql (path, "PRAGMA user_version = 99; CREATE TABLE route (id INTEGER PRIMARY KEY);");
}

static const Damage damages[] = {
  { "truncated", truncate_half, "is damaged", FALSE },
  { "random-bytes", random_bytes, "is not a Limber journal", FALSE },
  { "other-application", other_application, "another program", FALSE },
  { "newer-format", newer_format, "newer version of Limber", TRUE },
};

static void
add_entries (LimberJournal *journal,
             guint          generation,
             guint          n)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, fault_entry_new (generation, i));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
}

/* The default journal with 3 entries; with @backups, an automatic backup of those 3 and a
 * damaged newer one; then 2 entries more, so the journal differs from its backup. */
static void
make_default_journal (gboolean backups)
{
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *folder = limber_backup_get_default_folder ();
  g_autofree char *damaged_backup = g_build_filename (folder, "journal-2026-01-11.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  fault_remove_tree (dir);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  add_entries (journal, 1, 3);

  if (backups)
    {
      g_autoptr(GDateTime) then = g_date_time_new_local (2026, 1, 10, 12, 0, 0);

      g_assert_true (limber_backup_auto (journal, folder, then, &error));
      g_assert_no_error (error);
      random_bytes (damaged_backup);
    }

  add_entries (journal, 2, 2);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static gboolean
on_too_long_cb (gpointer data)
{
  g_error ("The application did not finish in %d seconds", WAIT_LIMIT_SECONDS);
  return G_SOURCE_REMOVE;
}

/* The file the damaged journal was kept as, beside the journal; NULL when there is none. */
static char *
find_kept_aside (void)
{
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, "journal.db.before-restore-"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
check_restored_window (Run          *run,
                       LimberWindow *window)
{
  LimberApplication *app = LIMBER_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  LimberJournal *journal = limber_application_get_journal (app);
  LimberJournalPage *page =
    LIMBER_JOURNAL_PAGE (limber_window_get_page_widget (window, "journal"));
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *kept = find_kept_aside ();
  g_autofree char *kept_contents = NULL;
  gsize kept_len;

  /* The new window shows the backup: its 3 entries, not the 2 added after it. */
  g_assert_true (limber_window_get_journal (window) == journal);
  g_assert_cmpstr (limber_journal_get_path (journal), ==, path);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 3);
  g_assert_cmpuint (limber_entry_list_get_n_entries (limber_journal_page_get_list (page)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LimberEntry) expected = fault_entry_new (1, i);
      g_autoptr(LimberEntry) stored = NULL;

      stored = limber_journal_get (journal, limber_entry_get_uuid (expected), NULL);
      g_assert_nonnull (stored);
      g_assert_true (limber_entry_equal (stored, expected));
    }

  /* The damaged file is kept aside as it was: byte for byte, or, when SQLite can read it, with
   * the same rows (the restore folds its WAL into the file, so it reads on its own). */
  g_assert_nonnull (kept);
  if (run->damage->readable)
    {
      g_autofree char *kept_dump = fault_dump_journal (kept);

      g_assert_cmpstr (kept_dump, ==, run->damaged_dump);
    }
  else
    {
      kept_contents = fault_read_file (kept, &kept_len);
      g_assert_cmpmem (kept_contents, kept_len, run->damaged, run->damaged_len);
    }

  run->window_checked = TRUE;
}

static void
check_open_error (Run              *run,
                  AdwMessageDialog *dialog)
{
  const char *body = adw_message_dialog_get_body (dialog);

  g_test_message ("%s", body);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Journal");
  g_assert_nonnull (strstr (body, run->damage->reason));
  g_assert_true (adw_message_dialog_has_response (dialog, "quit"));

  if (g_strcmp0 (run->respond, "restore") == 0)
    {
      g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
      g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "restore");
      g_assert_nonnull (strstr (body, "A good backup from "));
    }
  else
    {
      g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
    }

  run->offer_seen = TRUE;
  adw_message_dialog_response (dialog, run->respond);
}

static gboolean
check_window_cb (gpointer data)
{
  Run *run = data;
  GtkWindow *window;

  if (run->window_checked)
    return G_SOURCE_CONTINUE;

  if ((window = find_toplevel (LIMBER_TYPE_WINDOW)) != NULL)
    {
      if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
        return G_SOURCE_CONTINUE;

      check_restored_window (run, LIMBER_WINDOW (window));
      g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
      return G_SOURCE_CONTINUE;
    }

  if ((window = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL && !run->offer_seen)
    {
      if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
        return G_SOURCE_CONTINUE;

      check_open_error (run, ADW_MESSAGE_DIALOG (window));
    }

  return G_SOURCE_CONTINUE;
}

/* Starts Limber on the default journal as a user would, and answers what it shows. */
static void
run_limber (Run *run)
{
  LimberApplication *app = limber_application_new ();
  char *argv[] = { (char *) "limber", NULL };
  guint check_id, timeout_id;

  /* One instance per test; a session bus is not needed here. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);

  check_id = g_timeout_add (20, check_window_cb, run);
  timeout_id = g_timeout_add_seconds (WAIT_LIMIT_SECONDS, on_too_long_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_source_remove (timeout_id);
  g_source_remove (check_id);

  destroy_all_windows ();
  g_assert_finalize_object (app);
}

static void
test_restore_offer (gconstpointer data)
{
  const Damage *damage = data;
  g_autofree char *path = limber_journal_get_default_path ();
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { damage, "restore" };

  SKIP_WITHOUT_DISPLAY ();

  make_default_journal (TRUE);
  damage->corrupt (path);
  run.damaged = fault_read_file (path, &run.damaged_len);
  if (damage->readable)
    run.damaged_dump = fault_dump_journal (path);

  run_limber (&run);
  g_assert_true (run.offer_seen);
  g_assert_true (run.window_checked);

  /* The journal in place is the backup, and opens on the next start. */
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 3);

  g_free (run.damaged);
  g_free (run.damaged_dump);
}

/* No backup to offer: the reason, Quit, and the file left as it was, with nothing beside it. */
static void
test_no_backup (gconstpointer data)
{
  const Damage *damage = data;
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *after = NULL;
  gsize after_len;
  g_autoptr(GDir) handle = NULL;
  const char *name;
  Run run = { damage, "quit" };

  SKIP_WITHOUT_DISPLAY ();

  make_default_journal (FALSE);
  damage->corrupt (path);
  run.damaged = fault_read_file (path, &run.damaged_len);

  run_limber (&run);
  g_assert_true (run.offer_seen);
  g_assert_false (run.window_checked);

  after = fault_read_file (path, &after_len);
  g_assert_cmpmem (after, after_len, run.damaged, run.damaged_len);
  handle = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_assert_cmpstr (name, ==, "journal.db");

  g_free (run.damaged);
}

/* Finds a label whose text holds @text in the widget tree under @widget. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
shows_read_only (gpointer data)
{
  return shows_text (data, "read-only");
}

static void
on_read_only_activate_cb (GApplication *app,
                          gpointer      data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (LIMBER_IS_WINDOW (window));
  wait_until (is_mapped, window);
  wait_until (shows_read_only, window);
  destroy_all_windows ();
}

/* A journal that cannot be written opens in a window that says so. File modes do not stop
 * root: as root, the test runs again as nobody, after GTK reached the display. */
static void
test_read_only (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  LimberApplication *app;

  SKIP_WITHOUT_DISPLAY ();

  if (geteuid () == 0 && !g_test_subprocess ())
    {
      g_test_message ("As root: running this test as nobody (uid %d)", NOBODY);
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  if (geteuid () == 0 &&
      (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    g_error ("Cannot become uid %d: %s", NOBODY, g_strerror (errno));

  dir = g_dir_make_tmp ("limber-read-only-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "journal.db", NULL);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  add_entries (journal, 1, 3);
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (limber_journal_is_read_only (journal));

  app = limber_application_new_for_journal (journal);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_read_only_activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);
  g_assert_finalize_object (g_steal_pointer (&journal));

  fault_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* The default journal and its backups go in a data folder of our own, set before GLib reads
   * it. Not G_TEST_OPTION_ISOLATE_DIRS: that hides the icon theme GTK needs. A subprocess of a
   * test uses its parent's folder. */
  if (g_getenv ("LIMBER_TEST_DATA_HOME") == NULL)
    {
      data_home = g_dir_make_tmp ("limber-test-data-XXXXXX", NULL);
      g_chmod (data_home, 0755);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      g_setenv ("LIMBER_TEST_DATA_HOME", data_home, TRUE);
    }
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (!have_display)
    g_test_message ("No display: these tests are skipped");

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *offer = g_strdup_printf ("/limber/open-errors/restore-offer/%s",
                                                damages[i].name);
      g_autofree char *none = g_strdup_printf ("/limber/open-errors/no-backup/%s",
                                               damages[i].name);

      g_test_add_data_func (offer, &damages[i], test_restore_offer);
      g_test_add_data_func (none, &damages[i], test_no_backup);
    }
  g_test_add_func ("/limber/open-errors/read-only", test_read_only);

  status = g_test_run ();
  if (data_home != NULL)
    fault_remove_tree (data_home);

  return status;
}
