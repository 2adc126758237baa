/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-dismissals"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "limber-advisor.h"
#include "limber-cli.h"
#include "limber-dismissals.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* Dismissing a recommendation for a week: it stays hidden for 7 days, comes back when the
 * facts behind it change, survives reopening the journal, and Undo brings it back. The
 * journal is judged as of Saturday 21 November 2026. */
#define TODAY (limber_day_from_ymd (2026, 11, 21))

typedef struct
{
  char          *dir;
  char          *path;
  LimberJournal *journal;
  guint          signals;
} Fixture;

static void
on_dismissals_changed_cb (LimberJournal *journal,
                          Fixture       *f)
{
  f->signals++;
}

static void
open_journal (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->journal = limber_journal_open (f->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, TODAY);
  g_signal_connect (f->journal, "dismissals-changed", G_CALLBACK (on_dismissals_changed_cb), f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("limber-dismissals-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "journal.db", NULL);
  open_journal (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_assert_finalize_object (f->journal);

  handle = g_dir_open (f->dir, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
add_ache (Fixture    *f,
          LimberDay   day,
          LimberZone  zone,
          int         level)
{
  g_autoptr(LimberSoreness) sore = limber_soreness_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, zone);
  limber_soreness_set_side (sore, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (sore, level);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (sore), &error));
  g_assert_no_error (error);

  return g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (sore)));
}

/* A left calf at 4/10 or more on three days over a week: a physio card. */
static void
add_calf_niggle (Fixture *f)
{
  g_free (add_ache (f, TODAY - 8, LIMBER_ZONE_CALF, 4));
  g_free (add_ache (f, TODAY - 5, LIMBER_ZONE_CALF, 5));
  g_free (add_ache (f, TODAY - 2, LIMBER_ZONE_CALF, 4));
}

static GListModel *
evaluate (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = limber_advisor_evaluate (f->journal, NULL, TODAY, &error);

  g_assert_no_error (error);
  return model;
}

static GListModel *
filter (Fixture    *f,
        GListModel *model,
        LimberDay   today,
        guint      *n_hidden)
{
  g_autoptr(GError) error = NULL;
  GListModel *shown = limber_dismissals_filter (f->journal, model, today, n_hidden, &error);

  g_assert_no_error (error);
  g_assert_nonnull (shown);
  return shown;
}

static LimberRecommendation *
find_rule (GListModel *model,
           const char *rule)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (model, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), rule))
        return rec;
    }

  return NULL;
}

static void
dismiss (Fixture              *f,
         LimberRecommendation *rec,
         LimberDay             today)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_dismissals_dismiss (f->journal, rec, today, &error));
  g_assert_no_error (error);
}

static int
count_rows (Fixture *f)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM dismissal", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return n;
}

static LimberRecommendation *
make_rec (const char *title,
          LimberSeverity severity)
{
  LimberRecommendation *rec = limber_recommendation_new ("persistent-niggle", severity, TODAY);

  limber_recommendation_set_zone_side (rec, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  limber_recommendation_set_title (rec, title);
  return rec;
}

static void
assert_differs (LimberRecommendation *a,
                LimberRecommendation *b)
{
  g_autofree char *fa = limber_dismissals_fingerprint (a);
  g_autofree char *fb = limber_dismissals_fingerprint (b);

  g_assert_cmpstr (fa, !=, fb);
}

static void
test_fingerprint (void)
{
  g_autoptr(LimberRecommendation) a = make_rec ("Calf", LIMBER_SEVERITY_PHYSIO);
  g_autoptr(LimberRecommendation) same = make_rec ("Calf", LIMBER_SEVERITY_PHYSIO);
  g_autoptr(LimberRecommendation) milder = make_rec ("Calf", LIMBER_SEVERITY_WARN);
  g_autoptr(LimberRecommendation) other_title = make_rec ("Calf 6/10", LIMBER_SEVERITY_PHYSIO);
  g_autoptr(LimberRecommendation) right = make_rec ("Calf", LIMBER_SEVERITY_PHYSIO);
  g_autoptr(LimberRecommendation) more = make_rec ("Calf", LIMBER_SEVERITY_PHYSIO);
  g_autofree char *fa = NULL;
  g_autofree char *fsame = NULL;

  limber_recommendation_set_zone_side (right, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT);

  /* The same entries in another order are the same facts. */
  limber_recommendation_add_entry (a, "uuid-1");
  limber_recommendation_add_entry (a, "uuid-2");
  limber_recommendation_add_entry (same, "uuid-2");
  limber_recommendation_add_entry (same, "uuid-1");
  fa = limber_dismissals_fingerprint (a);
  fsame = limber_dismissals_fingerprint (same);
  g_assert_cmpstr (fa, ==, fsame);
  g_assert_cmpuint (strlen (fa), ==, 64);

  /* One more entry, another side, severity or headline: other facts. */
  limber_recommendation_add_entry (more, "uuid-1");
  limber_recommendation_add_entry (more, "uuid-2");
  limber_recommendation_add_entry (more, "uuid-3");
  assert_differs (a, more);
  assert_differs (a, right);
  assert_differs (a, milder);
  assert_differs (a, other_title);
}

static void
test_dismiss_hides_for_a_week (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) shown = NULL;
  guint n;
  guint hidden = 99;

  add_calf_niggle (f);
  model = evaluate (f);
  n = g_list_model_get_n_items (model);
  g_assert_nonnull (find_rule (model, "persistent-niggle"));
  g_assert_nonnull (find_rule (model, "weekly-plan"));

  /* Nothing dismissed: everything shows, in the advisor's order. */
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  g_clear_object (&shown);

  dismiss (f, find_rule (model, "persistent-niggle"), TODAY);
  g_assert_cmpuint (f->signals, ==, 1);

  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n - 1);
  g_assert_null (find_rule (shown, "persistent-niggle"));
  g_assert_nonnull (find_rule (shown, "weekly-plan"));
  g_clear_object (&shown);

  /* Hidden on the 7th day still, back on the 8th. */
  g_assert_cmpuint (limber_dismissals_until (TODAY), ==, TODAY + 6);
  shown = filter (f, model, TODAY + 6, &hidden);
  g_assert_null (find_rule (shown, "persistent-niggle"));
  g_clear_object (&shown);
  shown = filter (f, model, TODAY + 7, &hidden);
  g_assert_cmpuint (hidden, ==, 0);
  g_assert_nonnull (find_rule (shown, "persistent-niggle"));
}

static void
test_new_facts_bring_it_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autofree char *uuid = NULL;
  guint hidden;

  add_calf_niggle (f);
  model = evaluate (f);
  dismiss (f, find_rule (model, "persistent-niggle"), TODAY);
  g_clear_object (&model);

  /* Soreness elsewhere does not touch the calf's facts. */
  g_free (add_ache (f, TODAY, LIMBER_ZONE_UPPER_BACK, 2));
  model = evaluate (f);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 1);
  g_assert_null (find_rule (shown, "persistent-niggle"));
  g_clear_object (&shown);
  g_clear_object (&model);

  /* A new calf entry is a new fact: the card is back. */
  uuid = add_ache (f, TODAY, LIMBER_ZONE_CALF, 5);
  model = evaluate (f);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 0);
  g_assert_nonnull (find_rule (shown, "persistent-niggle"));
  g_clear_object (&shown);
  g_clear_object (&model);

  /* Deleting it again restores the facts that were dismissed. */
  g_assert_true (limber_journal_delete (f->journal, uuid, NULL));
  model = evaluate (f);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 1);
}

static void
test_undo_and_clear (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  LimberRecommendation *niggle;
  guint hidden;

  add_calf_niggle (f);
  model = evaluate (f);
  niggle = find_rule (model, "persistent-niggle");
  fingerprint = limber_dismissals_fingerprint (niggle);

  dismiss (f, niggle, TODAY);
  g_assert_true (limber_dismissals_remove (f->journal, fingerprint, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->signals, ==, 2);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 0);
  g_clear_object (&shown);

  /* Removing what is not there changes nothing and says nothing. */
  g_assert_true (limber_dismissals_remove (f->journal, fingerprint, &error));
  g_assert_cmpuint (f->signals, ==, 2);

  dismiss (f, niggle, TODAY);
  dismiss (f, find_rule (model, "weekly-plan"), TODAY);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 2);
  g_clear_object (&shown);

  g_assert_true (limber_dismissals_clear (f->journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->signals, ==, 5);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 0);
  g_assert_cmpint (count_rows (f), ==, 0);
}

static void
test_kept_in_the_journal (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) shown = NULL;
  guint hidden;

  add_calf_niggle (f);
  model = evaluate (f);
  dismiss (f, find_rule (model, "persistent-niggle"), TODAY);
  g_clear_object (&model);

  g_assert_finalize_object (f->journal);
  open_journal (f);

  model = evaluate (f);
  shown = filter (f, model, TODAY, &hidden);
  g_assert_cmpuint (hidden, ==, 1);
  g_assert_null (find_rule (shown, "persistent-niggle"));
}

/* Dismissals that ran out are forgotten at the next dismissal, not kept for ever. */
static void
test_expired_forgotten (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  g_autoptr(GListModel) shown = NULL;
  guint hidden;

  add_calf_niggle (f);
  model = evaluate (f);
  dismiss (f, find_rule (model, "weekly-plan"), TODAY - 3);
  dismiss (f, find_rule (model, "persistent-niggle"), TODAY - 10);
  g_assert_cmpint (count_rows (f), ==, 2);

  g_assert_true (limber_dismissals_add (f->journal, "0123abcd", "load-context", NULL, NULL,
                                        TODAY, &error));
  g_assert_no_error (error);
  /* The niggle's ran out on TODAY - 4 and is gone; the plan's lasts until TODAY + 3. */
  g_assert_cmpint (count_rows (f), ==, 2);
  shown = filter (f, model, TODAY - 5, &hidden);
  g_assert_nonnull (find_rule (shown, "persistent-niggle"));
  g_assert_null (find_rule (shown, "weekly-plan"));
}

/* A journal from before dismissals existed gains them when it is upgraded. */
static void
test_upgraded_journal (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-dismissals-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d", path,
                                             LIMBER_JOURNAL_SCHEMA_VERSION);
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "data", "journal-v1.sql",
                                                         NULL);
  g_autofree char *sql = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberRecommendation) rec = make_rec ("Calf", LIMBER_SEVERITY_WARN);
  g_autoptr(GListStore) model = g_list_store_new (LIMBER_TYPE_RECOMMENDATION);
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  guint hidden;

  g_file_get_contents (fixture_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (limber_dismissals_dismiss (journal, rec, TODAY, &error));
  g_assert_no_error (error);
  g_list_store_append (model, rec);
  shown = limber_dismissals_filter (journal, G_LIST_MODEL (model), TODAY, &hidden, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hidden, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_unlink (backup);
  g_unlink (path);
  g_rmdir (dir);
}

/* A journal of schema 3 (it keeps GPS tracks, from before dismissals) is upgraded: it gains
 * dismissals, keeps its tracks, and is copied aside first. */
static void
test_upgraded_from_tracks (Fixture       *f,
                           gconstpointer  data)
{
  LimberTrackPoint points[] = {
    { 48.1, 11.5, 520.0, G_GINT64_CONSTANT (1762153200000), FALSE },
    { 48.101, 11.5, 521.5, G_GINT64_CONSTANT (1762153260000), FALSE },
  };
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d", f->path,
                                             LIMBER_JOURNAL_SCHEMA_VERSION);
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
  g_autoptr(GArray) track = NULL;
  g_autoptr(LimberRecommendation) rec = make_rec ("Calf", LIMBER_SEVERITY_WARN);
  g_autoptr(GListStore) model = g_list_store_new (LIMBER_TYPE_RECOMMENDATION);
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid;
  sqlite3 *db;
  guint hidden;

  limber_entry_set_day (LIMBER_ENTRY (run), TODAY - 3);
  limber_run_set_distance (run, 8000);
  limber_run_set_duration (run, 2700);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
  uuid = limber_entry_get_uuid (LIMBER_ENTRY (run));
  g_array_append_vals (array, points, G_N_ELEMENTS (points));
  g_assert_true (limber_journal_set_track (f->journal, uuid, array, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&f->journal));

  /* Make it a schema-3 journal: everything but the dismissal table and the runs' watch
   * figures. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE dismissal;"
                                     " ALTER TABLE run DROP COLUMN elevation_gain_m;"
                                     " ALTER TABLE run DROP COLUMN avg_heart_rate;"
                                     " PRAGMA user_version = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  open_journal (f);
  g_assert_cmpint (limber_journal_get_schema_version (f->journal), ==,
                   LIMBER_JOURNAL_SCHEMA_VERSION);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  track = limber_journal_get_track (f->journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (track);
  g_assert_cmpuint (track->len, ==, 2);

  g_assert_true (limber_dismissals_dismiss (f->journal, rec, TODAY, &error));
  g_assert_no_error (error);
  g_list_store_append (model, rec);
  shown = limber_dismissals_filter (f->journal, G_LIST_MODEL (model), TODAY, &hidden, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hidden, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
}

/* `limber --recommend` leaves out what was dismissed in the app, and says so. */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  LimberRecommendation *niggle;

  add_calf_niggle (f);
  model = evaluate (f);
  niggle = find_rule (model, "persistent-niggle");
  g_assert_nonnull (niggle);

  g_assert_true (limber_cli_recommend (f->journal, NULL, TODAY, FALSE, before, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (before->str, limber_recommendation_get_title (niggle)));
  g_assert_null (strstr (before->str, "left out"));

  dismiss (f, niggle, TODAY);
  g_assert_true (limber_cli_recommend (f->journal, NULL, TODAY, FALSE, after, &error));
  g_assert_no_error (error);
  g_assert_null (strstr (after->str, limber_recommendation_get_title (niggle)));
  g_assert_nonnull (strstr (after->str, "This week"));
  g_assert_true (g_str_has_suffix (after->str,
                                   "(1 piece of advice dismissed in Limber is left out)\n"));

  /* Scripts get everything. */
  g_assert_true (limber_cli_recommend (f->journal, NULL, TODAY, TRUE, json, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json->str, "persistent-niggle"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/dismissals/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/limber/dismissals/fingerprint", test_fingerprint);
  ADD ("hides-for-a-week", test_dismiss_hides_for_a_week);
  ADD ("new-facts-bring-it-back", test_new_facts_bring_it_back);
  ADD ("undo-and-clear", test_undo_and_clear);
  ADD ("kept-in-the-journal", test_kept_in_the_journal);
  ADD ("expired-forgotten", test_expired_forgotten);
  g_test_add_func ("/limber/dismissals/upgraded-journal", test_upgraded_journal);
  ADD ("upgraded-from-tracks", test_upgraded_from_tracks);
  ADD ("command-line", test_command_line);

#undef ADD

  return g_test_run ();
}
