/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-read-only"

#include "config.h"

#include <glib/gstdio.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-fault.h"

/* A journal file, or its folder, that cannot be written: Limber opens it read-only and says
 * so, every write is refused with a clear message, and nothing on disk changes, not even a
 * file beside the journal. Made writable again, it takes entries at once.
 *
 * File modes do not stop root, so as root each test runs again in a subprocess that first
 * becomes the user "nobody" (uid 65534). */

#define NOBODY 65534
#define N_ENTRIES 20

static gboolean
as_root (void)
{
  return geteuid () == 0;
}

/* As root, runs the current test again as nobody and returns TRUE: the caller is done. In
 * that subprocess, or when not root, returns FALSE: the caller runs the test. */
static gboolean
ran_as_nobody (void)
{
  GStatBuf st;

  if (!as_root ())
    return FALSE;

  if (g_test_subprocess ())
    {
      if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        g_error ("Cannot become uid %d: %s", NOBODY, g_strerror (errno));
      return FALSE;
    }

  /* nobody must be able to make its temporary folder. */
  if (g_stat (g_get_tmp_dir (), &st) != 0 || (st.st_mode & (S_IWOTH | S_IXOTH)) !=
      (S_IWOTH | S_IXOTH))
    {
      g_test_skip_printf ("File modes do not stop root, and nobody (uid %d) cannot write the "
                          "temporary folder %s to run this test instead", NOBODY,
                          g_get_tmp_dir ());
      return TRUE;
    }

  g_test_message ("As root: running this test as nobody (uid %d), whom file modes stop",
                  NOBODY);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return TRUE;
}

static char *
make_journal (const char *dir)
{
  char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  for (guint i = 0; i < N_ENTRIES; i++)
    g_ptr_array_add (entries, fault_entry_new (1, i));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&journal));

  return path;
}

static void
assert_refused (GError *error)
{
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
}

/* Opens @path, which must open read-only: it reads, refuses every write, and leaves the file
 * and its folder as they were. */
static void
assert_opens_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *files_before = fault_list_dir (dir);
  g_autofree char *files_after = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberEntry) entry = fault_entry_new (2, 0);
  g_autoptr(LimberEntry) changed = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_len, after_len;

  before = fault_read_file (path, &before_len);

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  g_assert_true (limber_journal_is_read_only (journal));

  /* Everything reads. */
  entries = limber_journal_list (journal, limber_day_from_ymd (1900, 1, 1),
                                 limber_day_from_ymd (FAULT_TODAY_YMD), LIMBER_ENTRY_KINDS_ALL,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, N_ENTRIES);
  for (guint i = 0; i < entries->len; i++)
    {
      LimberEntry *stored = g_ptr_array_index (entries, i);
      guint generation, index;
      g_autoptr(LimberEntry) expected = NULL;

      g_assert_true (fault_entry_parse_uuid (limber_entry_get_uuid (stored), &generation,
                                             &index));
      expected = fault_entry_new (generation, index);
      g_assert_true (limber_entry_equal (stored, expected));
    }

  /* No write gets through, and each says why. */
  g_assert_false (limber_journal_add (journal, entry, &error));
  assert_refused (error);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);

  g_ptr_array_add (batch, fault_entry_new (2, 1));
  g_ptr_array_add (batch, fault_entry_new (2, 2));
  g_assert_false (limber_journal_add_many (journal, batch, &error));
  assert_refused (error);
  g_clear_error (&error);

  changed = limber_entry_copy (g_ptr_array_index (entries, 0));
  limber_entry_set_notes (changed, "Changed");
  g_assert_false (limber_journal_update (journal, changed, &error));
  assert_refused (error);
  g_clear_error (&error);

  g_assert_false (limber_journal_delete (journal, limber_entry_get_uuid (changed), &error));
  assert_refused (error);
  g_clear_error (&error);

  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, N_ENTRIES);
  g_assert_finalize_object (g_steal_pointer (&journal));

  /* Nothing changed on disk: the same bytes, and no file made beside it. */
  after = fault_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  files_after = fault_list_dir (dir);
  g_assert_cmpstr (files_after, ==, files_before);
}

/* Made writable again, the journal opens for writing and takes an entry. */
static void
assert_opens_for_writing (const char *path)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberEntry) entry = fault_entry_new (3, 0);
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  g_assert_false (limber_journal_is_read_only (journal));
  g_assert_true (limber_journal_add (journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, N_ENTRIES + 1);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static void
test_read_only_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (ran_as_nobody ())
    return;

  dir = g_dir_make_tmp ("limber-read-only-XXXXXX", NULL);
  path = make_journal (dir);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_opens_read_only (path);

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  assert_opens_for_writing (path);

  fault_remove_tree (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (ran_as_nobody ())
    return;

  dir = g_dir_make_tmp ("limber-read-only-XXXXXX", NULL);
  path = make_journal (dir);

  /* The file may be written, but SQLite could not put its WAL beside it. */
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  assert_opens_read_only (path);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_opens_read_only (path);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  assert_opens_for_writing (path);

  fault_remove_tree (dir);
}

/* No journal yet, in a folder that cannot be written: a clear refusal, and no file. */
static void
test_read_only_folder_new (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  if (ran_as_nobody ())
    return;

  dir = g_dir_make_tmp ("limber-read-only-XXXXXX", NULL);
  path = g_build_filename (dir, "journal.db", NULL);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  journal = limber_journal_open (path, &error);
  g_assert_null (journal);
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused: %s", error->message);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  fault_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limber/read-only/file", test_read_only_file);
  g_test_add_func ("/limber/read-only/folder", test_read_only_folder);
  g_test_add_func ("/limber/read-only/folder-new", test_read_only_folder_new);

  return g_test_run ();
}
