/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-soreness.h"

typedef struct
{
  char          *dir;
  char          *path;
  LimberJournal *journal;
  guint          changes;
  guint          last_kinds;
} Fixture;

static LimberDay
ymd (int y, int m, int d)
{
  return limber_day_from_ymd (y, m, d);
}

static void
on_changed (LimberJournal *journal,
            guint          kinds,
            const char    *uuid,
            Fixture       *fixture)
{
  fixture->changes++;
  fixture->last_kinds = kinds;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("limber-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (fixture->journal, ymd (2026, 11, 21));
  g_signal_connect (fixture->journal, "changed", G_CALLBACK (on_changed), fixture);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->journal)
    g_assert_finalize_object (fixture->journal);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static LimberRun *
make_run (LimberDay day, double km, double seconds)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, km * 1000.0);
  limber_run_set_duration (run, seconds);
  return run;
}

static LimberHydration *
make_water (LimberDay day, double ml)
{
  LimberHydration *water = limber_hydration_new ();

  limber_entry_set_day (LIMBER_ENTRY (water), day);
  limber_hydration_set_volume (water, ml);
  return water;
}

static LimberFasciaSession *
make_session (LimberDay day, guint seconds)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, seconds);
  return session;
}

static void
add_ok (LimberJournal *journal, gpointer entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (journal, LIMBER_ENTRY (entry), &error));
  g_assert_no_error (error);
  g_object_unref (entry);
}

static char *
read_file (const char *path, gsize *length)
{
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_create (Fixture *fixture, gconstpointer data)
{
  struct stat st;
  g_autofree char *wal = g_strdup_printf ("%s-wal", fixture->path);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (limber_journal_get_schema_version (fixture->journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);
  g_assert_false (limber_journal_is_read_only (fixture->journal));
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_false (limber_journal_get_day_range (fixture->journal, NULL, NULL));

  /* WAL files, when SQLite makes them, are as private as the journal. */
  add_ok (fixture->journal, make_water (ymd (2026, 11, 20), 500));
  if (g_stat (wal, &st) == 0)
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_default_path (void)
{
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "limber", "journal.db",
                                                NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_add_get (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberRun) run = make_run (ymd (2026, 11, 20), 12.5, 3900);
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(GError) error = NULL;

  limber_entry_set_time (LIMBER_ENTRY (run), 7 * 3600 + 15 * 60);
  limber_entry_set_notes (LIMBER_ENTRY (run), "Windy, 2×3 km at tempo");
  limber_run_set_rpe (run, 7);
  limber_run_set_run_kind (run, LIMBER_RUN_TEMPO);
  limber_run_set_surface (run, LIMBER_SURFACE_TRAIL);
  limber_run_set_temperature (run, -3.5);
  limber_run_set_shoes (run, "Trail shoes");
  limber_run_set_elevation_gain (run, 312.4);
  limber_run_set_avg_heart_rate (run, 151);

  g_assert_null (limber_entry_get_uuid (LIMBER_ENTRY (run)));
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (limber_entry_get_uuid (LIMBER_ENTRY (run))));
  g_assert_cmpint (limber_entry_get_created (LIMBER_ENTRY (run)), >, 1700000000);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->last_kinds, ==, LIMBER_ENTRY_KINDS_RUN);

  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (run)),
                               &error);
  g_assert_no_error (error);
  g_assert_true (LIMBER_IS_RUN (stored));
  g_assert_true (limber_entry_equal (stored, LIMBER_ENTRY (run)));
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (LIMBER_RUN (stored)), 12500, 1e-9);
  g_assert_cmpfloat_with_epsilon (limber_run_get_temperature (LIMBER_RUN (stored)), -3.5, 1e-9);
  g_assert_cmpstr (limber_run_get_shoes (LIMBER_RUN (stored)), ==, "Trail shoes");
  g_assert_cmpfloat (limber_run_get_elevation_gain (LIMBER_RUN (stored)), ==, 312.4);
  g_assert_cmpfloat (limber_run_get_avg_heart_rate (LIMBER_RUN (stored)), ==, 151);
  g_assert_cmpint (limber_entry_get_created (stored), ==,
                   limber_entry_get_created (LIMBER_ENTRY (run)));

  g_assert_true (limber_journal_contains (fixture->journal,
                                          limber_entry_get_uuid (LIMBER_ENTRY (run))));
  g_assert_false (limber_journal_contains (fixture->journal,
                                           "00000000-0000-4000-8000-000000000000"));
}

static void
test_unset_fields (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberRun) run = make_run (ymd (2026, 11, 20), 5, 1800);
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (run), &error));
  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (run)),
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_entry_get_time (stored), ==, -1);
  g_assert_cmpstr (limber_entry_get_notes (stored), ==, "");
  g_assert_cmpint (limber_run_get_rpe (LIMBER_RUN (stored)), ==, LIMBER_RPE_UNSET);
  g_assert_false (limber_run_has_temperature (LIMBER_RUN (stored)));
  g_assert_null (limber_run_get_shoes (LIMBER_RUN (stored)));
  g_assert_cmpint (limber_run_get_surface (LIMBER_RUN (stored)), ==, LIMBER_SURFACE_UNSET);
  g_assert_false (limber_run_has_elevation_gain (LIMBER_RUN (stored)));
  g_assert_false (limber_run_has_avg_heart_rate (LIMBER_RUN (stored)));
}

static void
test_invalid_writes_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberRun) fast = make_run (ymd (2026, 11, 20), 10, 10);
  g_autoptr(LimberRun) future = make_run (ymd (2026, 11, 22), 10, 3000);
  g_autoptr(GError) error = NULL;

  g_assert_false (limber_journal_add (fixture->journal, LIMBER_ENTRY (fast), &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION);
  g_clear_error (&error);

  g_assert_false (limber_journal_add (fixture->journal, LIMBER_ENTRY (future), &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE);
  g_assert_cmpstr (error->message, ==, "Date cannot be in the future");

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_add_many_atomic (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (entries, make_run (ymd (2026, 11, 1), 8, 2700));
  g_ptr_array_add (entries, make_water (ymd (2026, 11, 1), 500));
  g_ptr_array_add (entries, make_water (ymd (2026, 11, 2), 6000)); /* too much at once */

  g_assert_false (limber_journal_add_many (fixture->journal, entries, &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_VOLUME);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_clear_error (&error);

  limber_hydration_set_volume (entries->pdata[2], 750);
  g_assert_true (limber_journal_add_many (fixture->journal, entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 3);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->last_kinds, ==,
                    LIMBER_ENTRY_KINDS_RUN | LIMBER_ENTRY_KINDS_HYDRATION);
}

static void
test_duplicate_uuid (Fixture *fixture, gconstpointer data)
{
  const char *uuid = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  g_autoptr(LimberHydration) a = make_water (ymd (2026, 11, 1), 500);
  g_autoptr(LimberHydration) b = make_water (ymd (2026, 11, 2), 250);
  g_autoptr(GError) error = NULL;

  limber_entry_set_uuid (LIMBER_ENTRY (a), uuid);
  limber_entry_set_uuid (LIMBER_ENTRY (b), uuid);
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (a), &error));
  g_assert_false (limber_journal_add (fixture->journal, LIMBER_ENTRY (b), &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

static void
test_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberSoreness) soreness = limber_soreness_new ();
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(LimberHydration) other = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid;

  limber_entry_set_day (LIMBER_ENTRY (soreness), ymd (2026, 11, 18));
  limber_soreness_set_zone (soreness, LIMBER_ZONE_KNEE);
  limber_soreness_set_side (soreness, LIMBER_SIDE_RIGHT);
  limber_soreness_set_level (soreness, 3);
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (soreness), &error));
  uuid = limber_entry_get_uuid (LIMBER_ENTRY (soreness));

  limber_soreness_set_level (soreness, 6);
  limber_soreness_set_quality (soreness, LIMBER_QUALITY_SHARP);
  limber_soreness_set_limits_walking (soreness, TRUE);
  limber_entry_set_notes (LIMBER_ENTRY (soreness), "Stairs hurt");
  g_assert_true (limber_journal_update (fixture->journal, LIMBER_ENTRY (soreness), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 2);

  stored = limber_journal_get (fixture->journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_soreness_get_level (LIMBER_SORENESS (stored)), ==, 6);
  g_assert_cmpint (limber_soreness_get_quality (LIMBER_SORENESS (stored)), ==,
                   LIMBER_QUALITY_SHARP);
  g_assert_true (limber_soreness_get_limits_walking (LIMBER_SORENESS (stored)));
  g_assert_false (limber_soreness_get_disturbs_sleep (LIMBER_SORENESS (stored)));
  g_assert_cmpstr (limber_entry_get_notes (stored), ==, "Stairs hurt");
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);

  /* An invalid change leaves the stored entry as it was. */
  limber_soreness_set_level (soreness, 12);
  g_assert_false (limber_journal_update (fixture->journal, LIMBER_ENTRY (soreness), &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_LEVEL);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = limber_journal_get (fixture->journal, uuid, &error);
  g_assert_cmpint (limber_soreness_get_level (LIMBER_SORENESS (stored)), ==, 6);

  /* Another kind under the same id is refused; an unknown id is not found. */
  other = make_water (ymd (2026, 11, 18), 300);
  limber_entry_set_uuid (LIMBER_ENTRY (other), uuid);
  g_assert_false (limber_journal_update (fixture->journal, LIMBER_ENTRY (other), &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED);
  g_clear_error (&error);
  limber_entry_set_uuid (LIMBER_ENTRY (other), "2b4e28ba-2fa1-41d2-883f-0016d3cca427");
  g_assert_false (limber_journal_update (fixture->journal, LIMBER_ENTRY (other), &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND);
}

static void
test_fascia_parts (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberFasciaSession) session = make_session (ymd (2026, 11, 19), 720);
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  const LimberFasciaItem *items;
  const LimberMobilityResult *results;
  guint n;

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 150);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 120);
  limber_fascia_session_add_item (session, "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 90);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, 8.5);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, 10);
  limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, -2);
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (session), &error));
  g_assert_no_error (error);

  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (session)),
                               &error);
  g_assert_no_error (error);
  g_assert_true (limber_entry_equal (stored, LIMBER_ENTRY (session)));
  items = limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (stored), &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (items[0].move_id, ==, "calf-roll");
  g_assert_cmpuint (items[0].seconds, ==, 150);
  g_assert_cmpint (items[1].side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpint (items[2].zone, ==, LIMBER_ZONE_HIP);
  results = limber_fascia_session_get_results (LIMBER_FASCIA_SESSION (stored), &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_false (results[0].after);
  g_assert_true (results[1].after);
  g_assert_cmpfloat_with_epsilon (results[2].value, -2, 1e-9);

  /* Listing loads the same parts. */
  listed = limber_journal_list (fixture->journal, ymd (2026, 11, 1), ymd (2026, 11, 30),
                                LIMBER_ENTRY_KINDS_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_true (limber_entry_equal (listed->pdata[0], LIMBER_ENTRY (session)));

  /* Replacing the moves replaces them, not appends. */
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "upper-back-roll", LIMBER_ZONE_UPPER_BACK,
                                  LIMBER_SIDE_CENTRE, 60);
  g_assert_true (limber_journal_update (fixture->journal, LIMBER_ENTRY (session), &error));
  g_clear_object (&stored);
  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (session)),
                               &error);
  items = limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (stored), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (items[0].move_id, ==, "upper-back-roll");
}

static void
test_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberFasciaSession) session = make_session (ymd (2026, 11, 19), 600);
  g_autoptr(LimberEntry) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120);
  limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, FALSE, 5);
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (session), &error));
  uuid = g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (session)));

  g_assert_true (limber_journal_delete (fixture->journal, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->last_kinds, ==, LIMBER_ENTRY_KINDS_FASCIA);
  gone = limber_journal_get (fixture->journal, uuid, &error);
  g_assert_null (gone);
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (limber_journal_delete (fixture->journal, uuid, &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND);

  /* No orphaned moves or results are left in the file. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM fascia_item) +"
                                           " (SELECT count(*) FROM mobility_result) +"
                                           " (SELECT count(*) FROM fascia_session)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Additions, a replacement and deletions in one transaction, as an editor saves them. */
static void
test_apply (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberHydration) kept = make_water (ymd (2026, 11, 20), 250);
  g_autoptr(LimberHydration) removed = make_water (ymd (2026, 11, 20), 750);
  g_autoptr(LimberHydration) changed = NULL;
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *gone = "00000000-0000-4000-8000-00000000dead";
  const char *deleted[3] = { NULL, gone, NULL };

  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (kept), &error));
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (removed), &error));
  deleted[0] = limber_entry_get_uuid (LIMBER_ENTRY (removed));
  changed = LIMBER_HYDRATION (limber_entry_copy (LIMBER_ENTRY (kept)));
  limber_hydration_set_volume (changed, 300);
  fixture->changes = 0;

  /* One part fails (a run in the future): nothing at all is stored. */
  g_ptr_array_add (added, make_water (ymd (2026, 11, 20), 500));
  g_ptr_array_add (added, make_run (ymd (2026, 11, 22), 10, 3000));
  g_assert_false (limber_journal_apply (fixture->journal, added, LIMBER_ENTRY (changed),
                                        deleted, &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 2);
  g_assert_true (limber_journal_contains (fixture->journal, deleted[0]));
  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (kept)),
                               NULL);
  g_assert_cmpfloat (limber_hydration_get_volume (LIMBER_HYDRATION (stored)), ==, 250);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* All of it, in one change; an entry to delete that is gone already is no failure. */
  g_ptr_array_remove_index (added, 1);
  g_assert_true (limber_journal_apply (fixture->journal, added, LIMBER_ENTRY (changed),
                                       deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->last_kinds, ==, LIMBER_ENTRY_KINDS_HYDRATION);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 2);
  g_assert_false (limber_journal_contains (fixture->journal, deleted[0]));
  g_assert_true (limber_journal_contains (fixture->journal,
                                          limber_entry_get_uuid (added->pdata[0])));
  g_clear_object (&stored);
  stored = limber_journal_get (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (kept)),
                               NULL);
  g_assert_cmpfloat (limber_hydration_get_volume (LIMBER_HYDRATION (stored)), ==, 300);
}

static void
test_list_range (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GPtrArray) week = NULL;
  g_autoptr(GError) error = NULL;
  LimberRun *late = make_run (ymd (2026, 11, 10), 6, 1900);
  LimberRun *early = make_run (ymd (2026, 11, 10), 4, 1300);
  LimberDay first, last;

  limber_entry_set_time (LIMBER_ENTRY (late), 18 * 3600);
  limber_entry_set_time (LIMBER_ENTRY (early), 6 * 3600);
  add_ok (fixture->journal, late);
  add_ok (fixture->journal, early);
  add_ok (fixture->journal, make_water (ymd (2026, 11, 9), 500));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 16), 500));
  add_ok (fixture->journal, make_session (ymd (2026, 10, 31), 600));

  all = limber_journal_list (fixture->journal, ymd (2026, 11, 1), ymd (2026, 11, 30),
                             LIMBER_ENTRY_KINDS_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (limber_entry_get_day (all->pdata[0]), ==, ymd (2026, 11, 9));
  /* Same day: ordered by time of day. */
  g_assert_cmpfloat (limber_run_get_distance (all->pdata[1]), ==, 4000);
  g_assert_cmpfloat (limber_run_get_distance (all->pdata[2]), ==, 6000);
  g_assert_cmpuint (limber_entry_get_day (all->pdata[3]), ==, ymd (2026, 11, 16));

  runs = limber_journal_list (fixture->journal, 1, G_MAXUINT32, LIMBER_ENTRY_KINDS_RUN, &error);
  g_assert_cmpuint (runs->len, ==, 2);
  for (guint i = 0; i < runs->len; i++)
    g_assert_true (LIMBER_IS_RUN (runs->pdata[i]));

  /* Both ends of the range are included. */
  week = limber_journal_list (fixture->journal, ymd (2026, 11, 9), ymd (2026, 11, 16),
                              LIMBER_ENTRY_KINDS_HYDRATION | LIMBER_ENTRY_KINDS_FASCIA, &error);
  g_assert_cmpuint (week->len, ==, 2);

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_HYDRATION), ==, 2);
  g_assert_true (limber_journal_get_day_range (fixture->journal, &first, &last));
  g_assert_cmpuint (first, ==, ymd (2026, 10, 31));
  g_assert_cmpuint (last, ==, ymd (2026, 11, 16));
}

static LimberRun *
make_shod_run (LimberDay day, int time, const char *shoes)
{
  LimberRun *run = make_run (day, 10, 3000);

  limber_entry_set_time (LIMBER_ENTRY (run), time);
  limber_run_set_shoes (run, shoes);
  return run;
}

static void
test_list_shoes (Fixture *fixture, gconstpointer data)
{
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) all = NULL;
  g_auto(GStrv) two = NULL;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GError) error = NULL;
  LimberRun *run;

  none = limber_journal_list_shoes (fixture->journal, 0);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  add_ok (fixture->journal, make_shod_run (ymd (2026, 11, 1), -1, "Pegasus 40"));
  add_ok (fixture->journal, make_shod_run (ymd (2026, 11, 3), 7 * 3600, "Trail Gloves"));
  /* The same day later, then the oldest shoes again most recently. */
  add_ok (fixture->journal, make_shod_run (ymd (2026, 11, 3), 18 * 3600, "Clifton 9"));
  add_ok (fixture->journal, make_shod_run (ymd (2026, 11, 5), -1, "Pegasus 40"));
  add_ok (fixture->journal, make_shod_run (ymd (2026, 11, 6), -1, NULL));
  /* Added last but run earlier: the day of the run counts, not when it was typed. */
  add_ok (fixture->journal, make_shod_run (ymd (2026, 10, 1), -1, "Old Racers"));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 7), 500));

  all = limber_journal_list_shoes (fixture->journal, 0);
  g_assert_cmpstrv (all, ((const char * const []) {
    "Pegasus 40", "Clifton 9", "Trail Gloves", "Old Racers", NULL }));

  two = limber_journal_list_shoes (fixture->journal, 2);
  g_assert_cmpstrv (two, ((const char * const []) { "Pegasus 40", "Clifton 9", NULL }));

  /* Shoes no run names any more are forgotten. */
  old = limber_journal_list (fixture->journal, ymd (2026, 10, 1), ymd (2026, 10, 1),
                             LIMBER_ENTRY_KINDS_RUN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (old->len, ==, 1);
  run = old->pdata[0];
  g_assert_true (limber_journal_delete (fixture->journal,
                                        limber_entry_get_uuid (LIMBER_ENTRY (run)), &error));
  g_assert_no_error (error);
  g_clear_pointer (&all, g_strfreev);
  all = limber_journal_list_shoes (fixture->journal, 0);
  g_assert_cmpuint (g_strv_length (all), ==, 3);
  g_assert_false (g_strv_contains ((const char * const *) all, "Old Racers"));
}

static void
test_weekly_totals (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  LimberWeekTotals *w;

  /* Week of Monday 2 November: two runs, two sessions, water on two days. */
  add_ok (fixture->journal, make_run (ymd (2026, 11, 3), 10, 3000));
  add_ok (fixture->journal, make_run (ymd (2026, 11, 8), 21.1, 7200)); /* Sunday */
  add_ok (fixture->journal, make_session (ymd (2026, 11, 2), 600));
  add_ok (fixture->journal, make_session (ymd (2026, 11, 5), 900));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 4), 500));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 4), 750));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 6), 2000));
  /* Week of 9 November: nothing. Week of 16 November: one run on the Monday. */
  add_ok (fixture->journal, make_run (ymd (2026, 11, 16), 5, 1500));
  /* Outside the range asked for. */
  add_ok (fixture->journal, make_run (ymd (2026, 11, 1), 30, 10000));

  weeks = limber_journal_weekly_totals (fixture->journal, ymd (2026, 11, 2), ymd (2026, 11, 21),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 3);

  w = &g_array_index (weeks, LimberWeekTotals, 0);
  g_assert_cmpuint (w->week_start, ==, ymd (2026, 11, 2));
  g_assert_cmpfloat_with_epsilon (w->distance, 31100, 1e-6);
  g_assert_cmpfloat_with_epsilon (w->duration, 10200, 1e-6);
  g_assert_cmpuint (w->runs, ==, 2);
  g_assert_cmpuint (w->fascia_sessions, ==, 2);
  g_assert_cmpuint (w->fascia_seconds, ==, 1500);
  g_assert_cmpfloat_with_epsilon (w->hydration, 3250, 1e-6);
  g_assert_cmpuint (w->hydration_days, ==, 2);

  w = &g_array_index (weeks, LimberWeekTotals, 1);
  g_assert_cmpuint (w->week_start, ==, ymd (2026, 11, 9));
  g_assert_cmpuint (w->runs, ==, 0);
  g_assert_cmpfloat (w->distance, ==, 0);

  w = &g_array_index (weeks, LimberWeekTotals, 2);
  g_assert_cmpuint (w->week_start, ==, ymd (2026, 11, 16));
  g_assert_cmpfloat_with_epsilon (w->distance, 5000, 1e-6);
  g_assert_cmpuint (w->runs, ==, 1);

  /* A range starting mid-week reports that whole week but counts only days in range. */
  g_clear_pointer (&weeks, g_array_unref);
  weeks = limber_journal_weekly_totals (fixture->journal, ymd (2026, 11, 4), ymd (2026, 11, 8),
                                        &error);
  g_assert_cmpuint (weeks->len, ==, 1);
  w = &g_array_index (weeks, LimberWeekTotals, 0);
  g_assert_cmpuint (w->week_start, ==, ymd (2026, 11, 2));
  g_assert_cmpuint (w->runs, ==, 1);
  g_assert_cmpuint (w->fascia_sessions, ==, 1);

  days = limber_journal_daily_hydration (fixture->journal, ymd (2026, 11, 1), ymd (2026, 11, 30),
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (g_array_index (days, LimberDayHydration, 0).day, ==, ymd (2026, 11, 4));
  g_assert_cmpfloat_with_epsilon (g_array_index (days, LimberDayHydration, 0).volume, 1250, 1e-6);
  g_assert_cmpuint (g_array_index (days, LimberDayHydration, 0).entries, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (days, LimberDayHydration, 1).volume, 2000, 1e-6);
}

static void
test_reopen_keeps_entries (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  add_ok (fixture->journal, make_run (ymd (2026, 11, 3), 10, 3000));
  g_assert_finalize_object (fixture->journal);

  fixture->journal = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==, 1);
}

static void
test_backup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(LimberJournal) copy = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  add_ok (fixture->journal, make_run (ymd (2026, 11, 3), 10, 3000));
  add_ok (fixture->journal, make_water (ymd (2026, 11, 3), 500));

  g_assert_true (limber_journal_backup_to (fixture->journal, copy_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  copy = limber_journal_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (copy, LIMBER_ENTRY_KINDS_ALL), ==, 2);
}

/* Builds a file from SQL text with the plain SQLite API, as another program would. */
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

/* Runs the SQL of tests/data/@name on the file @path. */
static void
write_fixture (const char *path,
               const char *name)
{
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (fixture_path, &sql, NULL, &error);
  g_assert_no_error (error);
  write_database (path, sql);
}

static void
test_migrate_v1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d", path,
                                             LIMBER_JOURNAL_SCHEMA_VERSION);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberEntry) run = NULL;
  g_autoptr(LimberEntry) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberFasciaSession) tested = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint n;

  write_fixture (path, "journal-v1.sql");

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);
  limber_journal_set_today (journal, ymd (2026, 11, 21));

  /* Every entry survived, with its fields. */
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 4);
  run = limber_journal_get (journal, "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_entry_get_day (run), ==, ymd (2025, 11, 3));
  g_assert_cmpfloat (limber_run_get_distance (LIMBER_RUN (run)), ==, 8040);
  g_assert_cmpstr (limber_run_get_shoes (LIMBER_RUN (run)), ==, "Daily trainers");
  g_assert_cmpstr (limber_entry_get_notes (run), ==, "Easy loop by the river");
  session = limber_journal_get (journal, "8c3fab4d-4a5e-4f60-b172-d8e9f0a1b2c3", &error);
  g_assert_no_error (error);
  limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (session), &n);
  g_assert_cmpuint (n, ==, 3);

  /* What version 2 added works: a session with mobility results. */
  tested = make_session (ymd (2026, 11, 20), 600);
  limber_fascia_session_add_result (tested, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, 4);
  g_assert_true (limber_journal_add (journal, LIMBER_ENTRY (tested), &error));
  g_assert_no_error (error);

  /* And what version 3 added: the old run can keep a track. */
  {
    LimberTrackPoint points[] = {
      { 48.1, 11.5, 520.0, G_GINT64_CONSTANT (1762153200000), FALSE },
      { 48.101, 11.5, 521.5, G_GINT64_CONSTANT (1762153260000), FALSE },
    };
    g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
    g_autoptr(GArray) track = NULL;

    g_assert_null (limber_journal_get_track (journal, "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0",
                                             &error));
    g_assert_no_error (error);
    g_array_append_vals (array, points, G_N_ELEMENTS (points));
    g_assert_true (limber_journal_set_track (journal, "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0",
                                             array, &error));
    g_assert_no_error (error);
    track = limber_journal_get_track (journal, "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (track->len, ==, 2);
    g_assert_cmpfloat_with_epsilon (g_array_index (track, LimberTrackPoint, 1).ele, 521.5, 0.01);
  }

  /* The copy made before the upgrade is the untouched version-1 journal. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                           " (SELECT count(*) FROM entry),"
                                           " (SELECT count(*) FROM sqlite_schema"
                                           "  WHERE name = 'mobility_result')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 4);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Opening again migrates nothing more. */
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_unlink (backup);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 5);

  g_assert_finalize_object (g_steal_pointer (&journal));
  remove_dir (dir);
}

/* A journal of version 4 gains the runs' elevation gain and heart rate, unknown for the runs
 * it has, and keeps everything it held. */
static void
test_migrate_v4 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d", path,
                                             LIMBER_JOURNAL_SCHEMA_VERSION);
  const char *uuid = "5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0";
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberEntry) run = NULL;
  g_autoptr(LimberEntry) session = NULL;
  g_autoptr(LimberEntry) updated = NULL;
  g_autoptr(GError) error = NULL;
  const LimberMobilityResult *results;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint n;

  write_fixture (path, "journal-v1.sql");
  write_fixture (path, "journal-v4.sql");

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (journal), ==, 5);
  limber_journal_set_today (journal, ymd (2026, 11, 21));

  /* The run keeps its fields; what it was never told is unknown. */
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 4);
  run = limber_journal_get (journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (limber_run_get_distance (LIMBER_RUN (run)), ==, 8040);
  g_assert_cmpfloat (limber_run_get_duration (LIMBER_RUN (run)), ==, 2760);
  g_assert_cmpint (limber_run_get_rpe (LIMBER_RUN (run)), ==, 3);
  g_assert_cmpfloat (limber_run_get_temperature (LIMBER_RUN (run)), ==, 9.5);
  g_assert_cmpstr (limber_run_get_shoes (LIMBER_RUN (run)), ==, "Daily trainers");
  g_assert_false (limber_run_has_elevation_gain (LIMBER_RUN (run)));
  g_assert_false (limber_run_has_avg_heart_rate (LIMBER_RUN (run)));
  session = limber_journal_get (journal, "8c3fab4d-4a5e-4f60-b172-d8e9f0a1b2c3", &error);
  g_assert_no_error (error);
  results = limber_fascia_session_get_results (LIMBER_FASCIA_SESSION (session), &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (results[1].value, ==, -3.5);

  /* Now it can tell them. */
  limber_run_set_elevation_gain (LIMBER_RUN (run), 120);
  limber_run_set_avg_heart_rate (LIMBER_RUN (run), 148);
  g_assert_true (limber_journal_update (journal, run, &error));
  g_assert_no_error (error);
  updated = limber_journal_get (journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (limber_run_get_elevation_gain (LIMBER_RUN (updated)), ==, 120);
  g_assert_cmpfloat (limber_run_get_avg_heart_rate (LIMBER_RUN (updated)), ==, 148);

  /* The dismissal is still there, and the copy made first is the version-4 journal. */
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM dismissal", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                           " (SELECT count(*) FROM pragma_table_info('run')"
                                           "  WHERE name = 'avg_heart_rate')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 4);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_unlink (backup);
  remove_dir (dir);
}

static void
test_empty_file_is_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d", path,
                                             LIMBER_JOURNAL_SCHEMA_VERSION);

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);
  /* A new journal has nothing to keep a copy of. */
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_assert_finalize_object (g_steal_pointer (&journal));
  remove_dir (dir);
}

/* Opening @path must fail with @code, and leave the file byte for byte as it was, with no
 * WAL or shared-memory file beside it. */
static void
assert_refused (const char *path, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strdup_printf ("%s-wal", path);
  g_autofree char *shm = g_strdup_printf ("%s-shm", path);
  gsize before_len, after_len;
  LimberJournal *journal;

  before = read_file (path, &before_len);
  journal = limber_journal_open (path, &error);
  g_assert_null (journal);
  g_assert_error (error, LIMBER_JOURNAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused: %s", error->message);

  after = read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_refuse_garbage (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(GError) error = NULL;
  guint8 noise[4096];
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);

  g_file_set_contents (path, (const char *) noise, sizeof noise, &error);
  g_assert_no_error (error);
  assert_refused (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  g_file_set_contents (path, "date,distance_km\n2026-11-01,10\n", -1, &error);
  assert_refused (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  remove_dir (dir);
}

static void
test_refuse_other_app (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);

  write_database (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                        "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
  assert_refused (path, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL);

  remove_dir (dir);
}

static void
test_refuse_newer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);

  write_database (path, "PRAGMA application_id = 1282237042; PRAGMA user_version = 99;"
                        "CREATE TABLE entry (id INTEGER PRIMARY KEY, future_column TEXT);");
  assert_refused (path, LIMBER_JOURNAL_ERROR_TOO_NEW);

  remove_dir (dir);
}

static void
test_refuse_truncated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, ymd (2026, 11, 21));
  for (guint i = 0; i < 400; i++)
    g_ptr_array_add (entries, make_run (ymd (2025, 1, 1) + i, 10, 3000));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_finalize_object (g_steal_pointer (&journal));

  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 8192);
  g_file_set_contents (path, contents, length / 2, &error);
  g_assert_no_error (error);
  assert_refused (path, LIMBER_JOURNAL_ERROR_CORRUPT);

  remove_dir (dir);
}

/* Power lost in the middle of a checkpoint: the first page, copied from the WAL before the
 * others, already counts pages that are still only in the WAL. SQLite finishes the checkpoint
 * when the journal is next opened; the file is not damaged. */
static void
test_open_after_interrupted_checkpoint (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *db_bytes = NULL;
  g_autofree char *wal = NULL;
  const guint8 *page_1 = NULL;
  gsize db_length, wal_length;
  guint32 page_size;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&journal));

  /* The runs go to the WAL while the journal stays open; copying both files then is what a
   * crash would leave behind. */
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, ymd (2026, 11, 21));
  for (guint i = 0; i < 400; i++)
    g_ptr_array_add (entries, make_run (ymd (2025, 1, 1) + i, 10, 3000));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
  db_bytes = read_file (path, &db_length);
  wal = read_file (wal_path, &wal_length);
  g_assert_finalize_object (g_steal_pointer (&journal));

  /* The newest first page in the WAL: after its 32-byte header, frames of a 24-byte header
   * (page number first) and a page. */
  page_size = ((guint8) wal[8] << 24) | ((guint8) wal[9] << 16) | ((guint8) wal[10] << 8) |
              (guint8) wal[11];
  g_assert_cmpuint (page_size, >=, 512);
  for (gsize at = 32; at + 24 + page_size <= wal_length; at += 24 + page_size)
    if (wal[at] == 0 && wal[at + 1] == 0 && wal[at + 2] == 0 && wal[at + 3] == 1)
      page_1 = (const guint8 *) wal + at + 24;
  g_assert_nonnull (page_1);

  /* The checkpoint wrote that first page, and nothing more. */
  g_assert_true (g_file_set_contents (copy_wal, wal, wal_length, &error));
  g_assert_no_error (error);
  memcpy (db_bytes, page_1, page_size);
  g_assert_true (g_file_set_contents (copy, db_bytes, db_length, &error));
  g_assert_no_error (error);

  journal = limber_journal_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_RUN), ==, 400);
  g_assert_finalize_object (g_steal_pointer (&journal));

  remove_dir (dir);
}

/* A second connection while the first is open, as another Limber process, `limber --export`
 * while the app runs or the importer's thread makes: the newest header is still in the first
 * one's WAL, so the probe must read the ids through SQLite. */
static void
test_second_connection (Fixture *fixture, gconstpointer data)
{
  g_autoptr(LimberJournal) second = NULL;
  g_autoptr(GError) error = NULL;

  add_ok (fixture->journal, make_run (ymd (2026, 11, 3), 10, 3000));

  second = limber_journal_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_journal_get_schema_version (second), ==, LIMBER_JOURNAL_SCHEMA_VERSION);
  limber_journal_set_today (second, ymd (2026, 11, 21));
  g_assert_cmpuint (limber_journal_count (second, LIMBER_ENTRY_KINDS_RUN), ==, 1);

  /* What one writes, the other reads. */
  add_ok (second, make_run (ymd (2026, 11, 4), 5, 1500));
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/journal/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create", test_create);
  ADD ("add-get", test_add_get);
  ADD ("unset-fields", test_unset_fields);
  ADD ("invalid-writes-nothing", test_invalid_writes_nothing);
  ADD ("add-many-atomic", test_add_many_atomic);
  ADD ("duplicate-uuid", test_duplicate_uuid);
  ADD ("update", test_update);
  ADD ("fascia-parts", test_fascia_parts);
  ADD ("delete", test_delete);
  ADD ("apply", test_apply);
  ADD ("list-range", test_list_range);
  ADD ("list-shoes", test_list_shoes);
  ADD ("weekly-totals", test_weekly_totals);
  ADD ("reopen", test_reopen_keeps_entries);
  ADD ("backup", test_backup);
  ADD ("second-connection", test_second_connection);
  g_test_add_func ("/limber/journal/default-path", test_default_path);
  g_test_add_func ("/limber/journal/migrate-v1", test_migrate_v1);
  g_test_add_func ("/limber/journal/migrate-v4", test_migrate_v4);
  g_test_add_func ("/limber/journal/empty-file-is-new", test_empty_file_is_new);
  g_test_add_func ("/limber/journal/refuse/garbage", test_refuse_garbage);
  g_test_add_func ("/limber/journal/refuse/other-app", test_refuse_other_app);
  g_test_add_func ("/limber/journal/refuse/newer", test_refuse_newer);
  g_test_add_func ("/limber/journal/refuse/truncated", test_refuse_truncated);
  g_test_add_func ("/limber/journal/open/interrupted-checkpoint",
                   test_open_after_interrupted_checkpoint);

  return g_test_run ();
}
