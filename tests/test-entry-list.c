/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-entry-list.h"
#include "limber-hydration.h"
#include "limber-run.h"
#include "limber-sample.h"
#include "limber-soreness.h"

typedef struct
{
  char            *dir;
  LimberJournal   *journal;
  LimberEntryList *list;
  guint            changed_position;
  guint            changed_removed;
  guint            changed_added;
  guint            n_changes;
} Fixture;

static LimberDay
ymd (int y, int m, int d)
{
  return limber_day_from_ymd (y, m, d);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->changed_position = position;
  fixture->changed_removed = removed;
  fixture->changed_added = added;
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("limber-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (fixture->journal, ymd (2026, 11, 21));
}

static void
watch (Fixture *fixture)
{
  fixture->list = limber_entry_list_new (fixture->journal);
  g_signal_connect (fixture->list, "items-changed", G_CALLBACK (on_items_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  if (fixture->list != NULL)
    g_assert_finalize_object (fixture->list);
  g_assert_finalize_object (fixture->journal);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static LimberEntry *
add_run (Fixture    *fixture,
         LimberDay   day,
         int         time,
         double      km,
         const char *notes)
{
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_entry_set_time (LIMBER_ENTRY (run), time);
  limber_entry_set_notes (LIMBER_ENTRY (run), notes);
  limber_run_set_distance (run, km * 1000);
  limber_run_set_duration (run, km * 330);
  limber_journal_add (fixture->journal, LIMBER_ENTRY (run), &error);
  g_assert_no_error (error);

  return LIMBER_ENTRY (g_steal_pointer (&run));
}

static LimberEntry *
add_water (Fixture   *fixture,
           LimberDay  day,
           double     ml)
{
  g_autoptr(LimberHydration) water = limber_hydration_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (water), day);
  limber_hydration_set_volume (water, ml);
  limber_journal_add (fixture->journal, LIMBER_ENTRY (water), &error);
  g_assert_no_error (error);

  return LIMBER_ENTRY (g_steal_pointer (&water));
}

static gpointer
item (Fixture *fixture,
      guint    position)
{
  /* The list holds its own reference in its pages; tests only look. */
  GObject *object = g_list_model_get_item (G_LIST_MODEL (fixture->list), position);

  g_assert_nonnull (object);
  g_object_unref (object);
  return object;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  watch (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 0);
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->list), 0));
  g_assert_cmpuint (limber_entry_list_find_day (fixture->list, ymd (2026, 11, 21)), ==,
                    G_MAXUINT);
}

/* Newest first, a header above each week, the week's totals in the header. */
static void
test_order_and_weeks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LimberEntry) a = NULL, b = NULL, c = NULL, d = NULL, w = NULL;
  LimberWeekSummary *week;

  /* Week of Monday 16 November 2026 and the week before. */
  a = add_run (fixture, ymd (2026, 11, 9), 7 * 3600, 8, NULL);
  b = add_run (fixture, ymd (2026, 11, 17), 7 * 3600, 10, NULL);
  c = add_run (fixture, ymd (2026, 11, 17), 18 * 3600, 5, NULL);
  d = add_run (fixture, ymd (2026, 11, 15), -1, 12, NULL);
  w = add_water (fixture, ymd (2026, 11, 20), 500);
  watch (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 7);
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 5);

  week = item (fixture, 0);
  g_assert_true (LIMBER_IS_WEEK_SUMMARY (week));
  g_assert_cmpuint (limber_week_summary_get_week_start (week), ==, ymd (2026, 11, 16));
  g_assert_cmpuint (limber_week_summary_get_totals (week)->runs, ==, 2);
  g_assert_cmpfloat_with_epsilon (limber_week_summary_get_totals (week)->distance, 15000, 0.01);
  g_assert_cmpfloat_with_epsilon (limber_week_summary_get_totals (week)->hydration, 500, 0.01);

  /* Same day: the later time first. */
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 1)), ==, limber_entry_get_uuid (w));
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 2)), ==, limber_entry_get_uuid (c));
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 3)), ==, limber_entry_get_uuid (b));

  week = item (fixture, 4);
  g_assert_true (LIMBER_IS_WEEK_SUMMARY (week));
  g_assert_cmpuint (limber_week_summary_get_week_start (week), ==, ymd (2026, 11, 9));
  g_assert_cmpuint (limber_week_summary_get_totals (week)->runs, ==, 2);
  g_assert_cmpfloat_with_epsilon (limber_week_summary_get_totals (week)->distance, 20000, 0.01);
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 5)), ==, limber_entry_get_uuid (d));
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 6)), ==, limber_entry_get_uuid (a));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->list), 7));
}

static void
test_filter_kinds (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LimberEntry) a = NULL, w = NULL;

  a = add_run (fixture, ymd (2026, 11, 17), 7 * 3600, 10, NULL);
  w = add_water (fixture, ymd (2026, 11, 18), 500);
  watch (fixture);

  limber_entry_list_set_kinds (fixture->list, LIMBER_ENTRY_KINDS_HYDRATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 2);
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 1)), ==, limber_entry_get_uuid (w));

  /* The header still shows the whole week, runs included. */
  g_assert_cmpuint (limber_week_summary_get_totals (item (fixture, 0))->runs, ==, 1);

  limber_entry_list_set_kinds (fixture->list, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 0);

  limber_entry_list_set_kinds (fixture->list, LIMBER_ENTRY_KINDS_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 3);
}

static void
test_search_notes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LimberEntry) a = NULL, b = NULL, c = NULL;

  a = add_run (fixture, ymd (2026, 11, 10), 7 * 3600, 10, "Hills with Anna");
  b = add_run (fixture, ymd (2026, 11, 17), 7 * 3600, 10, "Flat, 100% easy");
  c = add_run (fixture, ymd (2026, 11, 18), 7 * 3600, 10, NULL);
  watch (fixture);

  limber_entry_list_set_search (fixture->list, "anna");
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 1);
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 1)), ==, limber_entry_get_uuid (a));

  /* LIKE's own characters match themselves. */
  limber_entry_list_set_search (fixture->list, "100%");
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 1);
  g_assert_cmpstr (limber_entry_get_uuid (item (fixture, 1)), ==, limber_entry_get_uuid (b));
  limber_entry_list_set_search (fixture->list, "_");
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 0);

  limber_entry_list_set_search (fixture->list, "");
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==, 3);
}

/* A change in the journal reaches the list as the smallest change, so a view keeps its
 * scroll position. */
static void
test_follows_journal (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LimberEntry) old = NULL, fresh = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  old = add_run (fixture, ymd (2026, 9, 1), 7 * 3600, 5, NULL);
  for (int i = 2; i <= 30; i++)
    g_object_unref (add_run (fixture, ymd (2026, 9, i), 7 * 3600, 5, NULL));
  watch (fixture);
  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));

  /* A run today: a new header and the run at the top, nothing else. */
  fresh = add_run (fixture, ymd (2026, 11, 21), 7 * 3600, 10, NULL);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpuint (fixture->changed_position, ==, 0);
  g_assert_cmpuint (fixture->changed_removed, ==, 0);
  g_assert_cmpuint (fixture->changed_added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, n + 2);

  /* Editing the oldest run changes its row and its week's header only. */
  limber_run_set_distance (LIMBER_RUN (old), 7000);
  limber_journal_update (fixture->journal, old, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changes, ==, 2);
  g_assert_cmpuint (fixture->changed_removed, ==, fixture->changed_added);
  g_assert_cmpuint (fixture->changed_added, <=, 8);
  g_assert_cmpuint (fixture->changed_position + fixture->changed_added, ==, n + 2);
  g_assert_cmpfloat (limber_run_get_distance (item (fixture, n + 1)), ==, 7000);

  /* Deleting it removes it. */
  limber_journal_delete (fixture->journal, limber_entry_get_uuid (old), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, n + 1);
  g_assert_cmpuint (limber_entry_list_find_uuid (fixture->list, limber_entry_get_uuid (old)),
                    ==, G_MAXUINT);
}

static void
test_find_day (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LimberEntry) a = NULL, b = NULL, c = NULL;
  guint pos;

  a = add_run (fixture, ymd (2026, 11, 19), 7 * 3600, 10, NULL);   /* Thursday */
  b = add_run (fixture, ymd (2026, 11, 16), 7 * 3600, 10, NULL);   /* Monday */
  c = add_run (fixture, ymd (2026, 10, 7), 7 * 3600, 10, NULL);
  watch (fixture);

  /* Rows: [week 16 Nov] a b [week 5 Oct] c */
  g_assert_cmpuint (limber_entry_list_find_day (fixture->list, ymd (2026, 11, 21)), ==, 0);
  g_assert_cmpuint (limber_entry_list_find_day (fixture->list, ymd (2026, 11, 17)), ==, 0);
  pos = limber_entry_list_find_day (fixture->list, ymd (2026, 11, 1));
  g_assert_cmpuint (pos, ==, 3);
  g_assert_true (LIMBER_IS_WEEK_SUMMARY (item (fixture, pos)));
  /* Before the first entry: the end of the list. */
  g_assert_cmpuint (limber_entry_list_find_day (fixture->list, ymd (2020, 1, 1)), ==, 4);
  g_assert_cmpuint (limber_entry_list_find_uuid (fixture->list, limber_entry_get_uuid (b)),
                    ==, 2);
}

/* Ten years of daily entries: reading every item keeps only a few pages in memory. */
static void
test_loads_by_range (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n;

  limber_sample_fill (fixture->journal, 52 * 10, 7, ymd (2026, 11, 21), &error);
  g_assert_no_error (error);
  watch (fixture);

  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
  g_assert_cmpuint (limber_entry_list_get_n_entries (fixture->list), ==,
                    limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL));
  g_assert_cmpuint (limber_entry_list_get_n_loaded (fixture->list), ==, 0);

  for (guint i = 0; i < n; i += 7)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (fixture->list), i);
      g_assert_nonnull (object);
    }

  /* Pages of 64 rows, at most 12 kept; their days may hold a few more entries. */
  g_assert_cmpuint (limber_entry_list_get_n_loaded (fixture->list), <, 12 * 64 * 2);
  g_assert_cmpuint (limber_entry_list_get_n_loaded (fixture->list), <, n / 4);

  /* The oldest entry is last. */
  {
    g_autoptr(GObject) last = g_list_model_get_item (G_LIST_MODEL (fixture->list), n - 1);
    LimberDay first_day;

    g_assert_true (limber_journal_get_day_range (fixture->journal, &first_day, NULL));
    g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (last)), ==, first_day);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/entry-list/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty", test_empty);
  ADD ("order-and-weeks", test_order_and_weeks);
  ADD ("filter-kinds", test_filter_kinds);
  ADD ("search-notes", test_search_notes);
  ADD ("follows-journal", test_follows_journal);
  ADD ("find-day", test_find_day);
  ADD ("loads-by-range", test_loads_by_range);

  return g_test_run ();
}
