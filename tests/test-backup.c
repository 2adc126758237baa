/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-backup.h"
#include "limber-hydration.h"
#include "limber-run.h"

/* Each test works in a folder of its own holding "journal.db" (open as @journal). */
typedef struct
{
  char          *dir;
  char          *path;
  LimberJournal *journal;
} Fixture;

static LimberDay
ymd (int y, int m, int d)
{
  return limber_day_from_ymd (y, m, d);
}

static LimberEntry *
make_run (LimberDay day, double km)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, km * 1000.0);
  limber_run_set_duration (run, km * 330.0);
  return LIMBER_ENTRY (run);
}

static void
add_runs (LimberJournal *journal, LimberDay first_day, guint n)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, make_run (first_day + i, 5 + i % 10));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("limber-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (fixture->journal, ymd (2026, 11, 21));
}

static void
close_journal (Fixture *fixture)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  if (fixture->journal)
    close_journal (fixture);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined by spaces: what a user would see in a file manager. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
write_database (const char *path, const char *sql)
{
  sqlite3 *db;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

/* A closed journal file at @path holding @n runs from 2024-01-01. */
static void
make_journal_file (const char *path, guint n)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, ymd (2026, 11, 21));
  add_runs (journal, ymd (2024, 1, 1), n);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static guint
count_entries (const char *path)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  n = limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL);
  g_assert_finalize_object (g_steal_pointer (&journal));
  return n;
}

/* check_file must refuse @path with @code, leave it byte for byte as it was and make no
 * file beside it. */
static void
assert_check_refuses (const char *path, int code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before_names = list_dir (dir);
  g_autofree char *after_names = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    before = read_bytes (path);

  g_assert_false (limber_backup_check_file (path, &info, &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, code);
  g_assert_null (info);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused: %s", error->message);

  if (before != NULL)
    {
      after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
    }
  after_names = list_dir (dir);
  g_assert_cmpstr (before_names, ==, after_names);
}

static void
test_check_good (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *names = NULL;
  GStatBuf st;

  add_runs (fixture->journal, ymd (2026, 3, 2), 40);
  g_assert_true (limber_backup_write (fixture->journal, copy, &error));
  g_assert_no_error (error);
  close_journal (fixture);

  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  before = read_bytes (copy);

  g_assert_true (limber_backup_check_file (copy, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (info->path, ==, copy);
  g_assert_cmpint (info->schema_version, ==, LIMBER_JOURNAL_SCHEMA_VERSION);
  g_assert_cmpuint (info->n_entries, ==, 40);
  g_assert_cmpuint (info->first_day, ==, ymd (2026, 3, 2));
  g_assert_cmpuint (info->last_day, ==, ymd (2026, 4, 10));
  g_assert_cmpint (info->modified, ==, st.st_mtime);
  g_assert_cmpint (info->size, ==, st.st_size);
  g_assert_null (info->problem);

  /* Read-only and immutable: not a byte changed, nothing made beside it. */
  after = read_bytes (copy);
  g_assert_true (g_bytes_equal (before, after));
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "copy.db journal.db");
}

static void
test_check_garbage (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(GError) error = NULL;
  guint8 noise[8192];
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);

  g_file_set_contents (path, (const char *) noise, sizeof noise, &error);
  g_assert_no_error (error);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  g_file_set_contents (path, "date,distance_km\n2026-11-01,10\n", -1, &error);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  g_file_set_contents (path, "", 0, &error);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  /* An SQLite file that holds nothing. */
  g_unlink (path);
  write_database (path, "PRAGMA user_version = 0;");
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  g_unlink (path);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);
  g_rmdir (path);

  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_IO);

  remove_tree (dir);
}

static void
test_check_truncated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GError) error = NULL;

  make_journal_file (path, 400);
  whole = read_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (whole), >, 16384);
  g_file_set_contents (path, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2,
                       &error);
  g_assert_no_error (error);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_CORRUPT);

  remove_tree (dir);
}

/* Whole size, header intact, but a page in the middle overwritten: only the integrity check
 * can tell. */
static void
test_check_damaged (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *bytes = NULL;
  gsize size;

  make_journal_file (path, 400);
  whole = read_bytes (path);
  size = g_bytes_get_size (whole);
  bytes = g_memdup2 (g_bytes_get_data (whole, NULL), size);
  g_assert_cmpuint (size, >, 6 * 4096);
  memset (bytes + 4 * 4096 + 8, 0x5a, 2000);
  g_file_set_contents (path, (const char *) bytes, size, &error);
  g_assert_no_error (error);
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_CORRUPT);

  remove_tree (dir);
}

static void
test_check_other_app (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);

  write_database (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                        "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  /* Our id and version, but not our tables. */
  g_unlink (path);
  write_database (path, "PRAGMA application_id = 1282237042; PRAGMA user_version = 2;"
                        "CREATE TABLE entry (id INTEGER PRIMARY KEY, day INTEGER);");
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_CORRUPT);

  remove_tree (dir);
}

static void
test_check_newer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);

  write_database (path, "PRAGMA application_id = 1282237042; PRAGMA user_version = 99;"
                        "CREATE TABLE entry (id INTEGER PRIMARY KEY, future_column TEXT);");
  assert_check_refuses (path, LIMBER_JOURNAL_ERROR_TOO_NEW);

  remove_tree (dir);
}

/* A journal of the format that keeps GPS tracks must have their table. */
static void
test_check_missing_track (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 3);
  g_assert_true (limber_backup_write (fixture->journal, copy, &error));
  g_assert_no_error (error);
  g_assert_true (limber_backup_check_file (copy, NULL, &error));
  g_assert_no_error (error);

  write_database (copy, "DROP TABLE track;");
  assert_check_refuses (copy, LIMBER_JOURNAL_ERROR_CORRUPT);
}

/* A journal of the format that keeps dismissed advice must have its table; one of the format
 * before it (schema 3, with tracks) needs none, and is upgraded when restored. */
static void
test_check_missing_dismissal (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 3);
  g_assert_true (limber_backup_write (fixture->journal, copy, &error));
  g_assert_no_error (error);

  write_database (copy, "DROP TABLE dismissal;");
  assert_check_refuses (copy, LIMBER_JOURNAL_ERROR_CORRUPT);

  write_database (copy, "PRAGMA user_version = 3;");
  g_assert_true (limber_backup_check_file (copy, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info->schema_version, ==, 3);
  g_assert_cmpint (info->schema_version, <, LIMBER_JOURNAL_SCHEMA_VERSION);
}

/* A journal copied while a program had it open leaves part of it in the "-wal" beside it. */
static void
test_check_pending_wal (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *copy_wal = g_build_filename (fixture->dir, "copy.db-wal", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 10);
  bytes = read_bytes (fixture->path);
  g_file_set_contents (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = read_bytes (wal);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
  g_file_set_contents (copy_wal, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);

  assert_check_refuses (copy, LIMBER_JOURNAL_ERROR_IN_USE);
}

typedef struct
{
  char      *path;
  gint       stop;
  guint      transactions;
} Writer;

#define WRITER_BATCH 10

/* Adds runs in batches of WRITER_BATCH, one transaction each, through a connection of its own,
 * until told to stop. */
static gpointer
writer_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay day = ymd (2024, 1, 1);

  journal = limber_journal_open (writer->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, ymd (2026, 11, 21));

  while (!g_atomic_int_get (&writer->stop))
    {
      add_runs (journal, day + (writer->transactions * WRITER_BATCH) % 700, WRITER_BATCH);
      writer->transactions++;
    }

  return NULL;
}

static void
test_write_while_writing (Fixture *fixture, gconstpointer data)
{
  Writer writer = { fixture->path, 0, 0 };
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GThread *thread;
  guint start;

  /* Big enough that a copy takes a while, so writes land during copies. */
  add_runs (fixture->journal, ymd (2010, 1, 1), 3000);
  start = limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL);

  thread = g_thread_new ("writer", writer_thread, &writer);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%u.db", i);
      g_autofree char *copy = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(LimberBackupInfo) info = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (limber_backup_write (fixture->journal, copy, &error));
      g_assert_no_error (error);

      /* Each copy is whole and holds whole transactions only. */
      g_assert_true (limber_backup_check_file (copy, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (info->n_entries, >=, start);
      g_assert_cmpuint ((info->n_entries - start) % WRITER_BATCH, ==, 0);
      g_hash_table_add (counts, GUINT_TO_POINTER (info->n_entries));
    }
  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);

  g_test_message ("%u transactions written during 20 copies, %u different copies",
                  writer.transactions, g_hash_table_size (counts));
  g_assert_cmpuint (writer.transactions, >, 0);
  g_assert_cmpuint (g_hash_table_size (counts), >, 1);
}

static void
test_write_refuses_existing (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "precious.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  g_file_set_contents (path, "do not overwrite me", -1, &error);
  g_assert_no_error (error);
  add_runs (fixture->journal, ymd (2026, 3, 2), 3);

  g_assert_false (limber_backup_write (fixture->journal, path, &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, path));

  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "do not overwrite me");
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "journal.db journal.db-shm journal.db-wal precious.txt");
}

static GDateTime *
morning (LimberDay day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 8, 30, 0);
}

/* Starts Limber on each day from 2026-09-01 for 60 days except @skip_first..@skip_last: an
 * entry is added, then the automatic backup runs (twice, to show the second does nothing).
 * Checks that what is left is @expected, each backup with the entries of its day. */
static void
run_days (Fixture    *fixture,
          LimberDay   skip_first,
          LimberDay   skip_last,
          const char *expected)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GHashTable) entries_on = g_hash_table_new (NULL, NULL);
  LimberDay first = ymd (2026, 9, 1);
  guint n = 0;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  /* Files Limber did not name, some of them close to its names. */
  for (guint i = 0; i < 6; i++)
    {
      static const char * const foreign[] = {
        "notes.txt", "journal.db", "journal-2026-9-01.db", "journal-2026-02-30.db",
        "journal-2026-09-01.db.keep", "my-journal-2026-09-01.db",
      };
      g_autofree char *path = g_build_filename (folder, foreign[i], NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, "mine", -1, &error);
      g_assert_no_error (error);
    }

  for (LimberDay day = first; day < first + 60; day++)
    {
      g_autoptr(GDateTime) now = morning (day);
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = limber_day_to_iso (day);
      g_autofree char *path = g_strdup_printf ("%s/journal-%s.db", folder, iso);
      GStatBuf first_st, second_st;

      if (day >= skip_first && day <= skip_last)
        continue;

      add_runs (fixture->journal, day, 1);
      g_hash_table_insert (entries_on, GUINT_TO_POINTER (day), GUINT_TO_POINTER (++n));
      g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &first_st), ==, 0);
      g_assert_cmpint (first_st.st_mode & 0777, ==, 0600);

      /* At most one a day: a second start-up that day leaves the first backup alone. */
      add_runs (fixture->journal, day - 3000, 1);
      g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &second_st), ==, 0);
      g_assert_cmpint (first_st.st_ino, ==, second_st.st_ino);
      g_assert_cmpint (first_st.st_mtime, ==, second_st.st_mtime);
    }

  names = list_dir (folder);
  g_assert_cmpstr (names, ==, expected);

  /* Each kept backup is the journal as it was on its day (plus the second start-ups' runs). */
  {
    g_autoptr(GPtrArray) infos = limber_backup_list (folder);

    g_assert_cmpuint (infos->len, ==, LIMBER_BACKUP_KEEP_DAILY + LIMBER_BACKUP_KEEP_WEEKLY);
    for (guint i = 0; i < infos->len; i++)
      {
        LimberBackupInfo *info = g_ptr_array_index (infos, i);
        g_autofree char *base = g_path_get_basename (info->path);
        LimberDay day = LIMBER_DAY_INVALID;
        guint on_day;

        g_assert_null (info->problem);
        g_autofree char *iso = g_strndup (base + strlen ("journal-"), 10);

        g_assert_true (limber_day_parse_iso (iso, &day));
        on_day = GPOINTER_TO_UINT (g_hash_table_lookup (entries_on, GUINT_TO_POINTER (day)));
        g_assert_cmpuint (info->n_entries, ==, 2 * on_day - 1);
        /* Newest first. */
        if (i > 0)
          g_assert_cmpuint (day, <, ((LimberBackupInfo *) infos->pdata[i - 1])->last_day);
      }
  }
}

/* The journal is damaged (a page in the middle overwritten, which only a check that reads
 * every page can tell) and goes on being used for two months. No damaged copy is made, and
 * none of the good backups is pruned: the newest good one is there to restore. Limber used to
 * copy the damaged journal every day, and after five weeks of rotation no good backup was
 * left. */
static void
test_auto_damaged_journal (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *names_before = NULL;
  g_autofree char *names_after = NULL;
  g_autofree char *newest_good = NULL;
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *bytes = NULL;
  LimberDay first = ymd (2026, 9, 1);
  gsize size;

  add_runs (fixture->journal, ymd (2025, 1, 1), 400);
  for (LimberDay day = first; day < first + 10; day++)
    {
      g_autoptr(GDateTime) now = morning (day);

      g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
      g_assert_no_error (error);
    }
  names_before = list_dir (folder);
  close_journal (fixture);

  whole = read_bytes (fixture->path);
  size = g_bytes_get_size (whole);
  bytes = g_memdup2 (g_bytes_get_data (whole, NULL), size);
  g_assert_cmpuint (size, >, 20 * 4096);
  memset (bytes + 18 * 4096 + 8, 0x5a, 2000);
  g_file_set_contents (fixture->path, (const char *) bytes, size, &error);
  g_assert_no_error (error);

  /* It still opens: its first pages are sound. */
  fixture->journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);

  for (LimberDay day = first + 10; day < first + 70; day++)
    {
      g_autoptr(GDateTime) now = morning (day);

      g_assert_false (limber_backup_auto (fixture->journal, folder, now, &error));
      g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "Restore from Backup"));
      g_clear_error (&error);
    }

  names_after = list_dir (folder);
  g_assert_cmpstr (names_after, ==, names_before);
  info = limber_backup_find_newest_good (folder);
  g_assert_nonnull (info);
  newest_good = g_path_get_basename (info->path);
  g_assert_cmpstr (newest_good, ==, "journal-2026-09-10.db");
  g_assert_cmpuint (info->n_entries, ==, 400);
}

static void
test_auto_rotation (Fixture *fixture, gconstpointer data)
{
  run_days (fixture, LIMBER_DAY_INVALID, LIMBER_DAY_INVALID,
            /* 7 newest days; then 2026-10-23, the newest of its week older than them, and the
             * Sundays of the three weeks before. */
            "journal-2026-02-30.db journal-2026-09-01.db.keep journal-2026-10-04.db "
            "journal-2026-10-11.db journal-2026-10-18.db journal-2026-10-23.db "
            "journal-2026-10-24.db journal-2026-10-25.db journal-2026-10-26.db "
            "journal-2026-10-27.db journal-2026-10-28.db journal-2026-10-29.db "
            "journal-2026-10-30.db journal-2026-9-01.db journal.db my-journal-2026-09-01.db "
            "notes.txt");
}

static void
test_auto_rotation_holiday (Fixture *fixture, gconstpointer data)
{
  /* No start-up for 16 days: the last 7 backups reach back before the holiday. */
  run_days (fixture, ymd (2026, 10, 10), ymd (2026, 10, 25),
            "journal-2026-02-30.db journal-2026-09-01.db.keep journal-2026-09-20.db "
            "journal-2026-09-27.db journal-2026-10-04.db journal-2026-10-07.db "
            "journal-2026-10-08.db journal-2026-10-09.db journal-2026-10-26.db "
            "journal-2026-10-27.db journal-2026-10-28.db journal-2026-10-29.db "
            "journal-2026-10-30.db journal-2026-9-01.db journal.db my-journal-2026-09-01.db "
            "notes.txt");
}

static void
test_auto_empty (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr(GDateTime) now = morning (ymd (2026, 11, 21));
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_auto_folder (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "data", "limber", "backups", NULL);
  g_autoptr(GDateTime) now = morning (ymd (2026, 11, 21));
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  GStatBuf st;

  add_runs (fixture->journal, ymd (2026, 11, 1), 5);
  g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  /* Nothing but the backup: no temporary file, no "-journal", "-wal" or "-shm". */
  names = list_dir (folder);
  g_assert_cmpstr (names, ==, "journal-2026-11-21.db");
}

static void
on_auto_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_backup_auto_finish (LIMBER_JOURNAL (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The application's way: a worker thread copies through its own connection while the journal
 * goes on being written on the main thread. */
static void
test_auto_async (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *backup = g_build_filename (folder, "journal-2026-11-21.db", NULL);
  g_autoptr(GDateTime) now = morning (ymd (2026, 11, 21));
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;
  guint start, batches = 0;

  add_runs (fixture->journal, ymd (2010, 1, 1), 3000);
  start = limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL);

  limber_backup_auto_async (fixture->journal, folder, now, NULL, on_auto_done_cb, &done);
  while (!done)
    {
      add_runs (fixture->journal, ymd (2020, 1, 1) + batches % 300, WRITER_BATCH);
      batches++;
      g_main_context_iteration (NULL, FALSE);
    }
  g_test_message ("%u batches written while the backup ran", batches);

  g_assert_true (limber_backup_check_file (backup, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (info->n_entries, >=, start);
  g_assert_cmpuint ((info->n_entries - start) % WRITER_BATCH, ==, 0);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    start + batches * WRITER_BATCH);
}

static void
test_list_newest_good (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *newest = g_build_filename (folder, "journal-2026-11-21.db", NULL);
  g_autoptr(LimberBackupInfo) good = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (limber_backup_find_newest_good (folder));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) now = morning (ymd (2026, 11, 19) + i);

      add_runs (fixture->journal, ymd (2026, 1, 1) + 10 * i, 10);
      g_assert_true (limber_backup_auto (fixture->journal, folder, now, &error));
      g_assert_no_error (error);
    }

  /* The newest is damaged (cut short, say by a full disk). */
  g_assert_cmpint (truncate (newest, 4096), ==, 0);

  infos = limber_backup_list (folder);
  g_assert_cmpuint (infos->len, ==, 3);
  g_assert_cmpstr (((LimberBackupInfo *) infos->pdata[0])->path, ==, newest);
  g_assert_error (((LimberBackupInfo *) infos->pdata[0])->problem, LIMBER_JOURNAL_ERROR,
                  LIMBER_JOURNAL_ERROR_CORRUPT);
  g_assert_null (((LimberBackupInfo *) infos->pdata[1])->problem);
  g_assert_cmpuint (((LimberBackupInfo *) infos->pdata[1])->n_entries, ==, 20);
  g_assert_cmpuint (((LimberBackupInfo *) infos->pdata[2])->n_entries, ==, 10);

  good = limber_backup_find_newest_good (folder);
  g_assert_nonnull (good);
  g_assert_true (g_str_has_suffix (good->path, "journal-2026-11-20.db"));
  g_assert_cmpuint (good->n_entries, ==, 20);
}

static char *
uuids_of (const char *path)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) uuids = g_string_new (NULL);

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  entries = limber_journal_list (journal, 1, G_MAXUINT32 - 1, LIMBER_ENTRY_KINDS_ALL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (uuids, "%s ", limber_entry_get_uuid (entries->pdata[i]));
  g_assert_finalize_object (g_steal_pointer (&journal));

  return g_string_free (g_steal_pointer (&uuids), FALSE);
}

static void
test_restore (Fixture *fixture, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_base = NULL;
  g_autofree char *at_backup = NULL;
  g_autofree char *at_close = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected_names = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  add_runs (fixture->journal, ymd (2026, 3, 2), 12);
  g_assert_true (limber_backup_write (fixture->journal, backup, &error));
  g_assert_no_error (error);
  add_runs (fixture->journal, ymd (2026, 6, 1), 5);
  close_journal (fixture);
  at_close = uuids_of (fixture->path);
  g_assert_true (limber_backup_check_file (backup, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (limber_backup_restore (fixture->path, backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  aside_base = g_path_get_basename (aside);
  g_test_message ("kept aside as %s", aside_base);
  g_assert_true (g_str_has_prefix (aside_base, "journal.db.before-restore-"));
  g_assert_cmpuint (strlen (aside_base), ==, strlen ("journal.db.before-restore-20261121-083000"));

  /* The journal is the backup again; the journal as it was is whole, in one file. */
  g_assert_cmpuint (count_entries (fixture->path), ==, 12);
  at_backup = uuids_of (backup);
  {
    g_autofree char *now = uuids_of (fixture->path);

    g_assert_cmpstr (now, ==, at_backup);
  }
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  expected_names = g_strdup_printf ("backup.db journal.db %s", aside_base);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, expected_names);
  {
    g_autofree char *kept = uuids_of (aside);

    g_assert_cmpstr (kept, ==, at_close);
  }
}

/* A restore that fails leaves the journal and its folder exactly as they were. */
static void
assert_restore_refused (Fixture *fixture, const char *backup, int code)
{
  g_autoptr(GBytes) before = read_bytes (fixture->path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *names_before = list_dir (fixture->dir);
  g_autofree char *names_after = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (limber_backup_restore (fixture->path, backup, &aside, &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_null (aside);

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  names_after = list_dir (fixture->dir);
  g_assert_cmpstr (names_before, ==, names_after);
}

static void
test_restore_bad_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.db", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 12);
  close_journal (fixture);

  g_file_set_contents (garbage, "SQLite format 3 but not really", -1, &error);
  g_assert_no_error (error);
  write_database (newer, "PRAGMA application_id = 1282237042; PRAGMA user_version = 99;"
                         "CREATE TABLE entry (id INTEGER PRIMARY KEY);");

  assert_restore_refused (fixture, garbage, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);
  assert_restore_refused (fixture, newer, LIMBER_JOURNAL_ERROR_TOO_NEW);
  assert_restore_refused (fixture, missing, LIMBER_JOURNAL_ERROR_IO);
  assert_restore_refused (fixture, fixture->path, LIMBER_JOURNAL_ERROR_FAILED);
  g_assert_cmpuint (count_entries (fixture->path), ==, 12);
}

static void
test_restore_in_use (Fixture *fixture, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 12);
  g_assert_true (limber_backup_write (fixture->journal, backup, &error));
  g_assert_no_error (error);
  add_runs (fixture->journal, ymd (2026, 6, 1), 5);

  /* The journal is still open: refused, and the open journal goes on working. */
  assert_restore_refused (fixture, backup, LIMBER_JOURNAL_ERROR_IN_USE);
  add_runs (fixture->journal, ymd (2026, 7, 1), 1);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 18);
  close_journal (fixture);
  g_assert_cmpuint (count_entries (fixture->path), ==, 18);
}

/* The journal SQLite cannot read any more (the reason to restore) is kept aside as it is,
 * with the WAL beside it renamed alike, so the new journal never picks it up. */
static void
test_restore_over_damaged (Fixture *fixture, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *aside_base = NULL;
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 12);
  g_assert_true (limber_backup_write (fixture->journal, backup, &error));
  g_assert_no_error (error);
  close_journal (fixture);

  g_file_set_contents (fixture->path, "scribbled over", -1, &error);
  g_file_set_contents (wal, "a stale write-ahead log", -1, &error);
  g_assert_no_error (error);

  g_assert_true (limber_backup_restore (fixture->path, backup, &aside, &error));
  g_assert_no_error (error);
  aside_wal = g_strconcat (aside, "-wal", NULL);
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (aside, &contents, NULL, NULL);
    g_assert_cmpstr (contents, ==, "scribbled over");
    g_clear_pointer (&contents, g_free);
    g_file_get_contents (aside_wal, &contents, NULL, NULL);
    g_assert_cmpstr (contents, ==, "a stale write-ahead log");
  }
  aside_base = g_path_get_basename (aside);
  expected = g_strdup_printf ("backup.db journal.db %s %s-wal", aside_base, aside_base);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, expected);

  g_assert_cmpuint (count_entries (fixture->path), ==, 12);
}

static void
test_restore_no_journal (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *path = g_build_filename (dir, "new", "limber", "journal.db", NULL);
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  make_journal_file (backup, 7);
  g_assert_true (limber_backup_restore (path, backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);
  g_assert_cmpuint (count_entries (path), ==, 7);

  remove_tree (dir);
}

/* An imported run comes back from a backup with its GPS track. */
static void
test_restore_track (Fixture *fixture, gconstpointer data)
{
  LimberTrackPoint points[] = {
    { 48.1, 11.5, 520.0, G_GINT64_CONSTANT (1772438400000), TRUE },
    { 48.101, 11.5, 521.5, G_GINT64_CONSTANT (1772438460000), FALSE },
  };
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *aside = NULL;
  g_autoptr(LimberEntry) run = make_run (ymd (2026, 3, 2), 10);
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
  g_autoptr(GArray) track = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid;

  g_assert_true (limber_journal_add (fixture->journal, run, &error));
  g_assert_no_error (error);
  uuid = limber_entry_get_uuid (run);
  g_array_append_vals (array, points, G_N_ELEMENTS (points));
  g_assert_true (limber_journal_set_track (fixture->journal, uuid, array, &error));
  g_assert_no_error (error);
  g_assert_true (limber_backup_write (fixture->journal, backup, &error));
  g_assert_no_error (error);

  /* Deleting the run takes its track with it... */
  g_assert_true (limber_journal_delete (fixture->journal, uuid, &error));
  g_assert_no_error (error);
  close_journal (fixture);

  /* ...and the restore brings both back. */
  g_assert_true (limber_backup_restore (fixture->path, backup, &aside, &error));
  g_assert_no_error (error);
  journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  track = limber_journal_get_track (journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (track);
  g_assert_cmpuint (track->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (track, LimberTrackPoint, 1).lat, 48.101, 1e-6);
  g_assert_cmpint (g_array_index (track, LimberTrackPoint, 1).time, ==,
                   G_GINT64_CONSTANT (1772438460000));
  g_clear_pointer (&track, g_array_unref);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

/* A backup from before the last format change comes back and is upgraded when opened, with
 * the usual copy made first. */
static void
test_restore_v1 (Fixture *fixture, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "old-backup.db", NULL);
  g_autofree char *before_upgrade = g_strdup_printf ("%s.before-v%d", fixture->path,
                                                     LIMBER_JOURNAL_SCHEMA_VERSION);
  g_autofree char *fixture_sql = g_test_build_filename (G_TEST_DIST, "data", "journal-v1.sql",
                                                        NULL);
  g_autofree char *sql = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberEntry) run = NULL;
  g_autoptr(GError) error = NULL;

  add_runs (fixture->journal, ymd (2026, 3, 2), 3);
  close_journal (fixture);

  g_file_get_contents (fixture_sql, &sql, NULL, &error);
  g_assert_no_error (error);
  write_database (backup, sql);
  g_assert_true (limber_backup_check_file (backup, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info->schema_version, ==, 1);
  g_assert_cmpuint (info->n_entries, ==, 4);
  g_assert_cmpuint (info->first_day, ==, ymd (2025, 11, 3));
  g_assert_cmpuint (info->last_day, ==, ymd (2025, 11, 5));

  g_assert_true (limber_backup_restore (fixture->path, backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (aside), ==, 3);

  journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 4);
  run = limber_journal_get (journal, "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_entry_get_notes (run), ==, "Easy loop by the river");
  g_assert_true (g_file_test (before_upgrade, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (g_steal_pointer (&journal));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/backup/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("check/good", test_check_good);
  g_test_add_func ("/limber/backup/check/garbage", test_check_garbage);
  g_test_add_func ("/limber/backup/check/truncated", test_check_truncated);
  g_test_add_func ("/limber/backup/check/damaged", test_check_damaged);
  g_test_add_func ("/limber/backup/check/other-app", test_check_other_app);
  g_test_add_func ("/limber/backup/check/newer", test_check_newer);
  ADD ("check/missing-track", test_check_missing_track);
  ADD ("check/missing-dismissal", test_check_missing_dismissal);
  ADD ("check/pending-wal", test_check_pending_wal);
  ADD ("write/while-writing", test_write_while_writing);
  ADD ("write/refuses-existing", test_write_refuses_existing);
  ADD ("auto/rotation", test_auto_rotation);
  ADD ("auto/rotation-holiday", test_auto_rotation_holiday);
  ADD ("auto/damaged-journal", test_auto_damaged_journal);
  ADD ("auto/empty", test_auto_empty);
  ADD ("auto/folder", test_auto_folder);
  ADD ("auto/async", test_auto_async);
  ADD ("list/newest-good", test_list_newest_good);
  ADD ("restore/brings-back", test_restore);
  ADD ("restore/bad-file", test_restore_bad_file);
  ADD ("restore/in-use", test_restore_in_use);
  ADD ("restore/over-damaged", test_restore_over_damaged);
  g_test_add_func ("/limber/backup/restore/no-journal", test_restore_no_journal);
  ADD ("restore/v1", test_restore_v1);
  ADD ("restore/track", test_restore_track);

  return g_test_run ();
}
