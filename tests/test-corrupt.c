/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-corrupt"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "limber-fault.h"

/* Files Limber must refuse to open as a journal, each with the error a user can act on, and
 * each left byte for byte as it was, with no "-wal" or "-shm" file made beside it. More cases
 * than test-journal's /limber/journal/refuse/: headers cut at every length that matters, noise
 * behind a valid header, and databases in WAL mode (another program's, a newer Limber's), which
 * SQLite would give a WAL and an index even when only reading. test-open-errors shows the same
 * files in the application, with the offer to restore a backup. */

typedef struct
{
  const char          *name;
  void               (*make) (const char *path);
  int                  code;   /* a LimberJournalError */
} Corruption;

static void
write_bytes (const char *path,
             const char *bytes,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, bytes, length, &error);
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

/* A closed Limber journal of 300 entries (about 30 pages). */
static void
make_journal (const char *path)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (entries, fault_entry_new (1, i));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

/* A journal cut to @length bytes, or by @length bytes when negative. */
static void
make_cut (const char *path,
          gssize      length)
{
  g_autofree char *contents = NULL;
  gsize full;

  make_journal (path);
  contents = fault_read_file (path, &full);
  g_assert_cmpuint (full, >, 16384);
  write_bytes (path, contents, length >= 0 ? (gsize) length : full + length);
}

static void
cut_in_header (const char *path)
{
  make_cut (path, 50);
}

static void
cut_after_header (const char *path)
{
  make_cut (path, 100);
}

static void
cut_after_page_1 (const char *path)
{
  make_cut (path, 4096);
}

static void
cut_last_page (const char *path)
{
  make_cut (path, -4096);
}

static void
cut_mid_page (const char *path)
{
  make_cut (path, -1000);
}

static void
random_bytes (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  char noise[32768];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  write_bytes (path, noise, sizeof noise);
}

/* SQLite's 16-byte magic, then noise: a header SQLite cannot make sense of. */
static void
noise_after_magic (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  char bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  memcpy (bytes, "SQLite format 3", 16);
  write_bytes (path, bytes, sizeof bytes);
}

/* A journal whose first page was wiped, as a failing disk returns zeroes. */
static void
zeroed_first_page (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  make_journal (path);
  contents = fault_read_file (path, &length);
  memset (contents, 0, 4096);
  write_bytes (path, contents, length);
}

static void
csv_text (const char *path)
{
  write_bytes (path, "date,distance_km,duration\n2026-11-01,10,0:50:00\n", -1);
}

static void
other_application (const char *path)
{
  exec_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                  "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
}

static void
other_application_wal (const char *path)
{
  exec_sql (path, "PRAGMA journal_mode = WAL; PRAGMA application_id = 42;"
                  "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT);"
                  "INSERT INTO note (text) VALUES ('shopping list');");
}

/* What a later Limber would leave: its own id, format 99, a table unknown here, WAL mode. */
static void
newer_limber (const char *path)
{
  make_journal (path);
  exec_sql (path, "PRAGMA user_version = 99; CREATE TABLE route (id INTEGER PRIMARY KEY);");
}

static void
a_folder (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static const Corruption corruptions[] = {
  { "cut-in-header", cut_in_header, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "cut-after-header", cut_after_header, LIMBER_JOURNAL_ERROR_CORRUPT },
  { "cut-after-page-1", cut_after_page_1, LIMBER_JOURNAL_ERROR_CORRUPT },
  { "cut-last-page", cut_last_page, LIMBER_JOURNAL_ERROR_CORRUPT },
  { "cut-mid-page", cut_mid_page, LIMBER_JOURNAL_ERROR_CORRUPT },
  { "random-bytes", random_bytes, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "noise-after-magic", noise_after_magic, LIMBER_JOURNAL_ERROR_CORRUPT },
  { "zeroed-first-page", zeroed_first_page, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "csv-text", csv_text, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "other-application", other_application, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "other-application-wal", other_application_wal, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
  { "newer-limber", newer_limber, LIMBER_JOURNAL_ERROR_TOO_NEW },
  { "folder", a_folder, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL },
};

static void
test_refused (gconstpointer data)
{
  const Corruption *corruption = data;
  g_autofree char *dir = g_dir_make_tmp ("limber-corrupt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_len = 0, after_len = 0;
  gboolean is_file;

  corruption->make (path);
  is_file = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  if (is_file)
    before = fault_read_file (path, &before_len);
  files_before = fault_list_dir (dir);

  /* Twice: a refusal must not change what the next start finds. */
  for (guint i = 0; i < 2; i++)
    {
      journal = limber_journal_open (path, &error);
      g_assert_null (journal);
      g_assert_error (error, LIMBER_JOURNAL_ERROR, corruption->code);
      g_assert_nonnull (strstr (error->message, path));
      g_test_message ("refused: %s", error->message);
      g_clear_error (&error);
    }

  if (is_file)
    {
      after = fault_read_file (path, &after_len);
      g_assert_cmpmem (before, before_len, after, after_len);
    }
  files_after = fault_list_dir (dir);
  g_assert_cmpstr (files_after, ==, files_before);

  fault_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corruptions); i++)
    {
      g_autofree char *path = g_strconcat ("/limber/corrupt/", corruptions[i].name, NULL);

      g_test_add_data_func (path, &corruptions[i], test_refused);
    }

  return g_test_run ();
}
