/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-fascia-session.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-sample.h"
#include "limber-soreness.h"

static LimberDay
last_day (void)
{
  return limber_day_from_ymd (2026, 11, 21);
}

static void
test_deterministic (void)
{
  g_autoptr(GPtrArray) a = limber_sample_generate (12, 7, last_day ());
  g_autoptr(GPtrArray) b = limber_sample_generate (12, 7, last_day ());
  g_autoptr(GPtrArray) c = limber_sample_generate (12, 8, last_day ());
  gboolean all_same = TRUE;

  g_assert_cmpuint (a->len, >, 100);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (limber_entry_equal (a->pdata[i], b->pdata[i]));

  /* Another seed gives another journal. */
  for (guint i = 0; i < MIN (a->len, c->len) && all_same; i++)
    all_same = limber_entry_equal (a->pdata[i], c->pdata[i]);
  g_assert_false (all_same);
}

static void
test_shape (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay first, last;
  guint niggle_days = 0, long_runs = 0, professional = 0;
  g_autoptr(GPtrArray) all = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, last_day ());

  /* Every generated entry passes validation: add_many refuses all if one is invalid. */
  g_assert_true (limber_sample_fill (journal, 12, 20261121, last_day (), &error));
  g_assert_no_error (error);

  for (guint kind = 0; kind < LIMBER_N_ENTRY_KINDS; kind++)
    g_assert_cmpuint (limber_journal_count (journal, 1 << kind), >, 10);

  g_assert_true (limber_journal_get_day_range (journal, &first, &last));
  g_assert_cmpuint (first, >=, last_day () - 12 * 7 + 1);
  g_assert_cmpuint (last, <=, last_day ());

  /* A believable runner: 20–80 km and 2–6 runs in every full week, 1–4 fascia sessions. */
  weeks = limber_journal_weekly_totals (journal, limber_day_week_start (first) + 7,
                                        limber_day_week_start (last) - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, >=, 10);
  for (guint i = 0; i < weeks->len; i++)
    {
      LimberWeekTotals *w = &g_array_index (weeks, LimberWeekTotals, i);

      g_assert_cmpfloat (w->distance, >=, 20000);
      g_assert_cmpfloat (w->distance, <=, 80000);
      g_assert_cmpuint (w->runs, >=, 2);
      g_assert_cmpuint (w->runs, <=, 6);
      g_assert_cmpuint (w->fascia_sessions, <=, 4);
      g_assert_cmpfloat (w->hydration / MAX (w->hydration_days, 1), >=, 1000);
    }

  all = limber_journal_list (journal, first, last, LIMBER_ENTRY_KINDS_RUN |
                             LIMBER_ENTRY_KINDS_FASCIA, &error);
  for (guint i = 0; i < all->len; i++)
    {
      if (LIMBER_IS_RUN (all->pdata[i]) &&
          limber_run_get_run_kind (all->pdata[i]) == LIMBER_RUN_LONG)
        long_runs++;
      if (LIMBER_IS_FASCIA_SESSION (all->pdata[i]) &&
          limber_fascia_session_get_fascia_kind (all->pdata[i]) == LIMBER_FASCIA_PROFESSIONAL)
        professional++;
    }
  g_assert_cmpuint (long_runs, >=, 11);
  g_assert_cmpuint (professional, >=, 3);

  /* The demo's left-calf niggle: 4/10 or more on at least three of the last ten days. */
  recent = limber_journal_list (journal, last_day () - 9, last_day (),
                                LIMBER_ENTRY_KINDS_SORENESS, &error);
  for (guint i = 0; i < recent->len; i++)
    {
      LimberSoreness *s = recent->pdata[i];

      if (limber_soreness_get_zone (s) == LIMBER_ZONE_CALF &&
          limber_soreness_get_side (s) == LIMBER_SIDE_LEFT &&
          limber_soreness_get_level (s) >= 4)
        niggle_days++;
    }
  g_assert_cmpuint (niggle_days, >=, 3);

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_ten_years (void)
{
  g_autoptr(GPtrArray) entries = limber_sample_generate (52 * 10, 1, last_day ());
  LimberDay first = limber_entry_get_day (entries->pdata[0]);

  g_assert_cmpuint (entries->len, >, 10 * 52 * 10);
  g_assert_cmpuint (first, >=, last_day () - 52 * 10 * 7 + 1);
  g_assert_cmpuint (first, <=, last_day () - 52 * 10 * 7 + 7);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/sample/deterministic", test_deterministic);
  g_test_add_func ("/limber/sample/shape", test_shape);
  g_test_add_func ("/limber/sample/ten-years", test_ten_years);

  return g_test_run ();
}
