/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-disk-full"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-fault-vfs.h"
#include "limber-fault.h"
#include "limber-hydration.h"

/* A full disk, through the fault VFS (limber-fault-vfs.c says why not max_page_count): a
 * write fails with LIMBER_JOURNAL_ERROR_FULL and a message saying what to do, the journal
 * keeps exactly what it held, and once there is room again it opens and takes entries. */

typedef struct
{
  char          *dir;
  char          *path;
  LimberJournal *journal;
  char          *before;    /* fault_dump_journal () of the journal as set up */
  guint          n_before;
} Fixture;

static LimberJournal *
open_journal (const char *path)
{
  g_autoptr(GError) error = NULL;
  LimberJournal *journal = limber_journal_open (path, &error);

  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  return journal;
}

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

/* A journal of 60 entries, closed (so all of it is in the file) and opened again. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  fixture->dir = g_dir_make_tmp ("limber-disk-full-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "journal.db", NULL);

  fixture->journal = open_journal (fixture->path);
  add_entries (fixture->journal, 1, 60);
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));

  fixture->before = fault_dump_journal (fixture->path);
  fixture->n_before = 60;
  fixture->journal = open_journal (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  if (fixture->journal != NULL)
    g_assert_finalize_object (fixture->journal);
  fault_remove_tree (fixture->dir);
  g_free (fixture->before);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_full (GError *error)
{
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some space"));
  g_test_message ("refused: %s", error->message);
}

/* The journal holds what it held at set-up, through its own connection and another. */
static void
assert_unchanged (Fixture *fixture)
{
  g_autofree char *now = fault_dump_journal (fixture->path);

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    fixture->n_before);
  g_assert_cmpstr (now, ==, fixture->before);
}

/* No room at all: each kind of write fails and changes nothing, on the same connection, which
 * goes on working once room is made. */
static void
test_no_room (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(LimberEntry) entry = fault_entry_new (2, 0);
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(LimberEntry) changed = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *uuid = "00000001-0000-4000-8000-000000000007";

  fault_vfs_set_free_space (0);

  g_assert_false (limber_journal_add (fixture->journal, entry, &error));
  assert_full (error);
  g_clear_error (&error);
  assert_unchanged (fixture);

  for (guint i = 1; i < 30; i++)
    g_ptr_array_add (batch, fault_entry_new (2, i));
  g_assert_false (limber_journal_add_many (fixture->journal, batch, &error));
  assert_full (error);
  g_clear_error (&error);
  assert_unchanged (fixture);

  stored = limber_journal_get (fixture->journal, uuid, &error);
  g_assert_no_error (error);
  changed = limber_entry_copy (stored);
  limber_entry_set_notes (changed, "Changed while the disk was full");
  g_assert_false (limber_journal_update (fixture->journal, changed, &error));
  assert_full (error);
  g_clear_error (&error);
  assert_unchanged (fixture);

  g_assert_false (limber_journal_delete (fixture->journal, uuid, &error));
  assert_full (error);
  g_clear_error (&error);
  assert_unchanged (fixture);

  /* Room again: the same connection writes, and the journal opens with it all. */
  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  g_assert_true (limber_journal_add (fixture->journal, entry, &error));
  g_assert_no_error (error);
  g_assert_true (limber_journal_add_many (fixture->journal, batch, &error));
  g_assert_no_error (error);
  g_assert_true (limber_journal_update (fixture->journal, changed, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));

  fixture->journal = open_journal (fixture->path);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    fixture->n_before + 30);
  g_clear_object (&stored);
  stored = limber_journal_get (fixture->journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_entry_get_notes (stored), ==, "Changed while the disk was full");
  fault_assert_sound (fixture->path);
}

/* The disk fills in the middle of a large write: none of it is kept. */
static void
test_full_partway (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 room = 64 * 1024;

  for (guint i = 0; i < 400; i++)
    g_ptr_array_add (batch, fault_entry_new (3, i));

  fault_vfs_set_free_space (room);
  g_assert_false (limber_journal_add_many (fixture->journal, batch, &error));
  assert_full (error);
  g_clear_error (&error);
  /* It did write, until there was no room left. */
  g_assert_cmpint (fault_vfs_get_free_space (), <, room);
  assert_unchanged (fixture);

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  g_assert_true (limber_journal_add_many (fixture->journal, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    fixture->n_before + 400);
}

/* With the disk full, the journal still opens and reads; only writing fails. */
static void
test_open_when_full (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LimberEntry) entry = fault_entry_new (4, 0);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->journal));

  fault_vfs_set_free_space (0);
  fixture->journal = open_journal (fixture->path);
  entries = limber_journal_list (fixture->journal, limber_day_from_ymd (1900, 1, 1),
                                 limber_day_from_ymd (FAULT_TODAY_YMD), LIMBER_ENTRY_KINDS_ALL,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, fixture->n_before);

  g_assert_false (limber_journal_add (fixture->journal, entry, &error));
  assert_full (error);
  g_clear_error (&error);
  assert_unchanged (fixture);

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  g_assert_true (limber_journal_add (fixture->journal, entry, &error));
  g_assert_no_error (error);
}

/* Entries written to the WAL, then the disk fills before Limber quits: closing cannot fold
 * the WAL into the file (the file would have to grow). Nothing is lost: the journal opens
 * with every entry once there is room. A checkpoint cut short also leaves a file shorter than
 * its header says, which Limber once took for a damaged journal. */
static void
test_close_when_full (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  add_entries (fixture->journal, 5, 200);

  fault_vfs_set_free_space (0);
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  /* Limber starts again, the disk still full. */
  fixture->journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    fixture->n_before + 200);
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  fixture->journal = open_journal (fixture->path);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==,
                    fixture->n_before + 200);
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  fault_assert_sound (fixture->path);
  g_assert_cmpuint (fault_count_half_written (fixture->path), ==, 0);
}

/* A new journal cannot even be created: a clear error, and no journal half-made. */
static void
test_create_when_full (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-disk-full-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  fault_vfs_set_free_space (0);
  journal = limber_journal_open (path, &error);
  g_assert_null (journal);
  assert_full (error);
  g_clear_error (&error);

  /* What is left behind is an empty file, which is a new journal. */
  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);

  g_assert_finalize_object (g_steal_pointer (&journal));
  fault_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  fault_vfs_install ();

#define ADD(path, func) \
  g_test_add ("/limber/disk-full/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-room", test_no_room);
  ADD ("full-partway", test_full_partway);
  ADD ("open-when-full", test_open_when_full);
  ADD ("close-when-full", test_close_when_full);
  g_test_add_func ("/limber/disk-full/create-when-full", test_create_when_full);

  return g_test_run ();
}
