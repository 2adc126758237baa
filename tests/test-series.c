/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-series"

#include "config.h"

#include <float.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "limber-advisor.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-sample.h"
#include "limber-series.h"
#include "limber-soreness.h"

/* The charts are computed as of Saturday 21 November 2026, whose week started on Monday 16
 * November. The 4-week range starts on Monday 26 October: its weeks start on 26 Oct, 2 Nov,
 * 9 Nov and 16 Nov, and on a scale of days its slots run from 26 Oct (slot 0) to 21 Nov
 * (slot 26). Texts are checked in English (LANGUAGE=C, no setlocale). */
#define TODAY (limber_day_from_ymd (2026, 11, 21))
#define DAY(m, d) (limber_day_from_ymd (2026, (m), (d)))
#define NO_RPE LIMBER_RPE_UNSET

typedef struct
{
  char                 *dir;
  LimberJournal        *journal;
  LimberAdvisorOptions  options;
} Fixture;

#define assert_has(text, piece) assert_text ((text), (piece), __FILE__, __LINE__)

static void
assert_text (const char *text,
             const char *piece,
             const char *file,
             int         line)
{
  g_autofree char *message = NULL;

  if (text != NULL && strstr (text, piece) != NULL)
    return;

  message = g_strdup_printf ("“%s” does not contain “%s”", text ? text : "(null)", piece);
  g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("limber-series-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, TODAY);
  limber_advisor_options_init (&f->options);
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
  g_free (f->dir);
}

/* Builders */

static void
add_entry (Fixture  *f,
           gpointer  entry)
{
  g_autoptr(GError) error = NULL;

  limber_journal_add (f->journal, LIMBER_ENTRY (entry), &error);
  g_assert_no_error (error);
  g_object_unref (entry);
}

static void
add_run (Fixture       *f,
         LimberDay      day,
         double         km,
         double         minutes,
         LimberRunKind  kind,
         int            rpe,
         double         celsius)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, km * 1000.0);
  limber_run_set_duration (run, minutes * 60.0);
  limber_run_set_run_kind (run, kind);
  limber_run_set_rpe (run, rpe);
  if (!isnan (celsius))
    limber_run_set_temperature (run, celsius);
  add_entry (f, run);
}

/* An easy run at 6 minutes a kilometre, no effort, no temperature. */
static void
add_easy (Fixture   *f,
          LimberDay  day,
          double     km)
{
  add_run (f, day, km, km * 6.0, LIMBER_RUN_EASY, NO_RPE, NAN);
}

static void
add_sore (Fixture       *f,
          LimberDay      day,
          LimberZone     zone,
          LimberSide     side,
          int            level,
          LimberQuality  quality)
{
  LimberSoreness *sore = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, zone);
  limber_soreness_set_side (sore, side);
  limber_soreness_set_level (sore, level);
  limber_soreness_set_quality (sore, quality);
  add_entry (f, sore);
}

static void
add_water (Fixture   *f,
           LimberDay  day,
           double     ml)
{
  LimberHydration *water = limber_hydration_new ();

  limber_entry_set_day (LIMBER_ENTRY (water), day);
  limber_hydration_set_volume (water, ml);
  add_entry (f, water);
}

static LimberFasciaSession *
new_session (LimberDay day,
             guint     minutes)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, minutes * 60);

  return session;
}

static void
add_fascia (Fixture   *f,
            LimberDay  day,
            guint      minutes)
{
  add_entry (f, new_session (day, minutes));
}

/* Series and points */

typedef LimberSeries *(*SeriesFunc) (LimberJournal *, LimberSeriesRange, LimberDay,
                                     const LimberAdvisorOptions *, GError **);

static LimberSeries *
compute (Fixture           *f,
         SeriesFunc         func,
         LimberSeriesRange  range)
{
  g_autoptr(GError) error = NULL;
  LimberSeries *series = func (f->journal, range, TODAY, &f->options, &error);

  g_assert_no_error (error);
  g_assert_true (LIMBER_IS_SERIES (series));
  g_assert_nonnull (limber_series_get_summary (series));

  return series;
}

static const LimberSeriesPoint *
point_at (LimberSeries *series,
          guint         line,
          LimberDay     day)
{
  int slot = limber_series_find_slot (series, day);

  g_assert_cmpint (slot, >=, 0);
  return &g_array_index (limber_series_get_line (series, line)->points, LimberSeriesPoint, slot);
}

static double
value_at (LimberSeries *series,
          guint         line,
          LimberDay     day)
{
  return point_at (series, line, day)->value;
}

static guint
flags_at (LimberSeries *series,
          guint         line,
          LimberDay     day)
{
  return point_at (series, line, day)->flags;
}

#define assert_value(series, line, day, expected) \
  g_assert_cmpfloat_with_epsilon (value_at ((series), (line), (day)), (expected), 1e-9)

/* Ticks */

static void
assert_ticks (double min,
              double max,
              guint  max_ticks,
              double step,
              double first,
              guint  n)
{
  double got_step, got_first;
  guint got_n;

  g_assert_true (limber_series_nice_ticks (min, max, max_ticks, &got_step, &got_first, &got_n));
  g_assert_cmpfloat_with_epsilon (got_step, step, step * 1e-12);
  g_assert_cmpfloat_with_epsilon (got_first, first, step * 1e-9);
  g_assert_cmpuint (got_n, ==, n);
}

static void
test_ticks_awkward (void)
{
  double step, first;
  guint n;

  /* Nothing to span: 0 alone gets 0 to 1; another value one unit of its size around it. */
  assert_ticks (0, 0, 5, 0.5, 0, 3);
  assert_ticks (5, 5, 5, 0.5, 4, 5);
  assert_ticks (-20, -20, 5, 5, -30, 5);
  /* Small and fractional. */
  assert_ticks (0, 0.3, 5, 0.1, 0, 4);
  assert_ticks (0, 0.3, 3, 0.2, 0, 3);
  /* Awkward ends: ticks round outwards. */
  assert_ticks (17, 43, 5, 10, 10, 5);
  assert_ticks (17, 43, 8, 5, 15, 7);
  assert_ticks (43, 17, 5, 10, 10, 5);
  /* Across zero: a tick lands on 0, and 2 would need 7 ticks. */
  assert_ticks (-3, 7, 6, 5, -5, 4);
  assert_ticks (-3, 7, 7, 2, -4, 7);
  /* Huge. */
  assert_ticks (0, 3.7e9, 5, 1e9, 0, 5);
  assert_ticks (-1e15, 1e15, 5, 5e14, -1e15, 5);
  /* Fewer than two ticks asked for: two, or three across zero. */
  assert_ticks (0, 10, 0, 10, 0, 2);
  assert_ticks (-0.8, 0.6, 2, 1, -1, 3);

  g_assert_false (limber_series_nice_ticks (NAN, 1, 5, &step, &first, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (limber_series_nice_ticks (0, INFINITY, 5, &step, &first, &n));
  g_assert_false (limber_series_nice_ticks (-DBL_MAX, DBL_MAX, 5, &step, &first, &n));
  g_assert_cmpuint (n, ==, 0);
}

/* Whatever the range, ticks cover it, never exceed the count and step by 1, 2 or 5 × 10^k. */
static void
test_ticks_cover (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 2000; i++)
    {
      double scale = pow (10, g_rand_int_range (rand, -4, 10));
      double a = g_rand_double_range (rand, -1, 1) * scale;
      double b = a + g_rand_double (rand) * scale * (i % 3);
      guint max_ticks = g_rand_int_range (rand, 2, 12);
      double step, first, mantissa;
      guint n;

      g_assert_true (limber_series_nice_ticks (a, b, max_ticks, &step, &first, &n));
      g_assert_cmpuint (n, >=, 2);
      g_assert_cmpuint (n, <=, MAX (max_ticks, a < 0 && b > 0 ? 3 : 2));
      g_assert_cmpfloat (first, <=, a + step * 1e-9);
      g_assert_cmpfloat (first + (n - 1) * step, >=, b - step * 1e-9);
      mantissa = step / pow (10, floor (log10 (step) + 1e-12));
      g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 ||
                     fabs (mantissa - 5) < 1e-9);
    }
}

static void
test_tick_digits (void)
{
  g_assert_cmpuint (limber_series_tick_digits (5), ==, 0);
  g_assert_cmpuint (limber_series_tick_digits (1e9), ==, 0);
  g_assert_cmpuint (limber_series_tick_digits (0.5), ==, 1);
  g_assert_cmpuint (limber_series_tick_digits (0.1), ==, 1);
  g_assert_cmpuint (limber_series_tick_digits (0.2), ==, 1);
  g_assert_cmpuint (limber_series_tick_digits (0.05), ==, 2);
  g_assert_cmpuint (limber_series_tick_digits (0.001), ==, 3);
}

/* Ranges and slots */

static void
test_ranges (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LimberSeries) weekly = NULL;
  g_autoptr(LimberSeries) days = NULL;
  g_autoptr(LimberSeries) quarter = NULL;
  g_autoptr(LimberSeries) year = NULL;
  g_autoptr(LimberSeries) all = NULL;
  g_autoptr(LimberSeries) all_old = NULL;
  LimberSeriesRange range;

  weekly = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpint (limber_series_get_scale (weekly), ==, LIMBER_SERIES_WEEKS);
  g_assert_cmpuint (limber_series_get_first_day (weekly), ==, DAY (10, 26));
  g_assert_cmpuint (limber_series_get_last_day (weekly), ==, TODAY);
  g_assert_cmpuint (limber_series_get_n_slots (weekly), ==, 4);
  g_assert_cmpuint (limber_series_get_slot_day (weekly, 3), ==, DAY (11, 16));
  g_assert_cmpint (limber_series_find_slot (weekly, DAY (11, 15)), ==, 2);
  g_assert_cmpint (limber_series_find_slot (weekly, DAY (11, 16)), ==, 3);
  g_assert_cmpint (limber_series_find_slot (weekly, DAY (11, 22)), ==, -1);
  g_assert_cmpint (limber_series_find_slot (weekly, DAY (10, 25)), ==, -1);

  days = compute (f, limber_series_water, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpint (limber_series_get_scale (days), ==, LIMBER_SERIES_DAYS);
  g_assert_cmpuint (limber_series_get_n_slots (days), ==, 27);
  g_assert_cmpint (limber_series_find_slot (days, DAY (11, 16)), ==, 21);

  quarter = compute (f, limber_series_water, LIMBER_SERIES_RANGE_3_MONTHS);
  g_assert_cmpint (limber_series_get_scale (quarter), ==, LIMBER_SERIES_DAYS);
  g_assert_cmpuint (limber_series_get_first_day (quarter), ==, DAY (8, 24));
  g_assert_cmpuint (limber_series_get_n_slots (quarter), ==, 90);

  year = compute (f, limber_series_water, LIMBER_SERIES_RANGE_1_YEAR);
  g_assert_cmpint (limber_series_get_scale (year), ==, LIMBER_SERIES_WEEKS);
  g_assert_cmpuint (limber_series_get_first_day (year), ==, limber_day_from_ymd (2025, 11, 24));
  g_assert_cmpuint (limber_series_get_n_slots (year), ==, 52);

  /* "All" of an empty journal: 4 weeks, not a broken axis. */
  all = compute (f, limber_series_water, LIMBER_SERIES_RANGE_ALL);
  g_assert_cmpuint (limber_series_get_first_day (all), ==, DAY (10, 26));
  g_assert_cmpint (limber_series_get_scale (all), ==, LIMBER_SERIES_DAYS);

  /* Since the week of the first entry, a Friday in 2017; later entries than today do not
   * count. */
  add_water (f, limber_day_from_ymd (2017, 3, 3), 500);
  all_old = compute (f, limber_series_water, LIMBER_SERIES_RANGE_ALL);
  g_assert_cmpuint (limber_series_get_first_day (all_old), ==,
                    limber_day_from_ymd (2017, 2, 27));
  g_assert_cmpint (limber_series_get_scale (all_old), ==, LIMBER_SERIES_WEEKS);
  assert_has (limber_series_get_summary (all_old), "since 27 Feb 2017");

  g_assert_cmpstr (limber_series_range_to_id (LIMBER_SERIES_RANGE_3_MONTHS), ==, "3-months");
  g_assert_true (limber_series_range_from_id ("1-year", &range));
  g_assert_cmpint (range, ==, LIMBER_SERIES_RANGE_1_YEAR);
  g_assert_false (limber_series_range_from_id ("fortnight", &range));
  g_assert_cmpstr (limber_series_range_get_label (LIMBER_SERIES_RANGE_ALL), ==, "All");
}

static void
test_format (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LimberSeries) weekly = NULL;
  g_autoptr(LimberSeries) days = NULL;
  g_autoptr(LimberSeries) load = NULL;
  g_autoptr(LimberSeries) trend = NULL;
  g_autoptr(LimberSeries) january = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *week_across = NULL;
  g_autofree char *week_within = NULL;
  g_autofree char *week_years = NULL;
  g_autofree char *day = NULL;
  g_autofree char *km = NULL;
  g_autofree char *level = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *zero = NULL;

  weekly = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  week_across = limber_series_format_slot (weekly, 0);
  week_within = limber_series_format_slot (weekly, 2);
  g_assert_cmpstr (week_across, ==, "26 Oct – 1 Nov 2026");
  g_assert_cmpstr (week_within, ==, "9–15 Nov 2026");
  km = limber_series_format_value (weekly, 0, 35.24);
  g_assert_cmpstr (km, ==, "35.2 km");
  zero = limber_series_format_value (weekly, 0, -0.01);
  g_assert_cmpstr (zero, ==, "0.0 km");

  days = compute (f, limber_series_water, LIMBER_SERIES_RANGE_4_WEEKS);
  day = limber_series_format_slot (days, 0);
  g_assert_cmpstr (day, ==, "Mon 26 Oct 2026");

  load = compute (f, limber_series_load, LIMBER_SERIES_RANGE_4_WEEKS);
  plain = limber_series_format_value (load, 1, 1.26);
  g_assert_cmpstr (plain, ==, "1.3");

  trend = limber_series_soreness_trend (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY,
                                        LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, &error);
  g_assert_no_error (error);
  level = limber_series_format_value (trend, 0, 5);
  g_assert_cmpstr (level, ==, "5/10");

  january = limber_series_weekly_distance (f->journal, LIMBER_SERIES_RANGE_4_WEEKS,
                                           limber_day_from_ymd (2027, 1, 5), NULL, &error);
  g_assert_no_error (error);
  week_years = limber_series_format_slot (january, 2);
  g_assert_cmpstr (week_years, ==, "28 Dec 2026 – 3 Jan 2027");

  g_assert_cmpstr (limber_series_flag_get_label (LIMBER_SERIES_FLAG_LONG_RUN), ==, "Long run");
}

/* An empty journal: every chart says so instead of drawing an axis of nothing. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  static const SeriesFunc funcs[] = {
    limber_series_weekly_distance, limber_series_fascia, limber_series_soreness_map,
    limber_series_water, limber_series_load,
  };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tests = NULL;

  for (guint range = 0; range < LIMBER_N_SERIES_RANGES; range++)
    {
      g_autoptr(LimberSeries) mobility = NULL;
      g_autoptr(LimberSeries) trend = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        {
          g_autoptr(LimberSeries) series = compute (f, funcs[i], range);
          double min, max;

          g_assert_true (limber_series_is_empty (series));
          g_assert_nonnull (limber_series_get_empty_message (series));
          g_assert_cmpuint (limber_series_get_n_slots (series), >=, 4);
          assert_has (limber_series_get_summary (series), ": nothing logged.");
          g_assert_cmpuint (limber_series_get_n_rows (series), ==, 0);
          if (limber_series_get_kind (series) == LIMBER_SERIES_SORENESS_MAP)
            continue;
          /* Weekly gaps are zeros, so the distance and fascia axes still have values. */
          if (limber_series_get_kind (series) == LIMBER_SERIES_LOAD)
            g_assert_false (limber_series_get_value_range (series, 0, &min, &max));
        }

      mobility = limber_series_mobility (f->journal, range, TODAY, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (limber_series_is_empty (mobility));
      g_assert_cmpstr (limber_series_get_title (mobility), ==, "Mobility self-tests");
      g_assert_cmpuint (limber_series_get_n_lines (mobility), ==, 0);

      trend = limber_series_soreness_trend (f->journal, range, TODAY, LIMBER_ZONE_HIP,
                                            LIMBER_SIDE_RIGHT, &error);
      g_assert_no_error (error);
      g_assert_true (limber_series_is_empty (trend));
      assert_has (limber_series_get_empty_message (trend), "Hip and glute (right)");
    }

  tests = limber_series_list_mobility_tests (f->journal, LIMBER_SERIES_RANGE_ALL, TODAY,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (tests), ==, 0);
}

/* Weekly distance */

/* Monday starts a week; a week with no run is 0, not missing; later days are ignored. */
static void
test_distance_weeks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  double min, max;

  add_easy (f, DAY (11, 1), 5);     /* Sunday: the week of 26 Oct */
  add_easy (f, DAY (11, 2), 10);    /* Monday */
  add_easy (f, DAY (11, 8), 3);     /* Sunday: still the week of 2 Nov */
  add_easy (f, DAY (11, 16), 6);    /* nothing in the week of 9 Nov */
  add_easy (f, DAY (11, 21), 4);
  /* Tomorrow's run, logged as if tomorrow: the chart of today leaves it out. */
  limber_journal_set_today (f->journal, DAY (11, 22));
  add_easy (f, DAY (11, 22), 20);
  limber_journal_set_today (f->journal, TODAY);

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_false (limber_series_is_empty (series));
  g_assert_cmpstr (limber_series_get_title (series), ==, "Weekly distance");
  g_assert_cmpstr (limber_series_get_unit (series, 0), ==, "km");
  g_assert_cmpuint (limber_series_get_n_lines (series), ==, 2);
  g_assert_cmpint (limber_series_get_line (series, 0)->style, ==, LIMBER_SERIES_BARS);
  g_assert_cmpint (limber_series_get_line (series, 1)->style, ==, LIMBER_SERIES_LINE);

  assert_value (series, 0, DAY (10, 26), 5);
  assert_value (series, 0, DAY (11, 2), 13);
  assert_value (series, 0, DAY (11, 9), 0);
  assert_value (series, 0, DAY (11, 16), 10);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 16)), ==, LIMBER_SERIES_FLAG_PARTIAL);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, 0);
  /* 10 km is 2 × the only run of the 28 days before it: a long run, as the advisor says. */
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, LIMBER_SERIES_FLAG_LONG_RUN);
  g_assert_cmpuint (flags_at (series, 0, DAY (10, 26)), ==, 0);

  g_assert_true (limber_series_get_value_range (series, 0, &min, &max));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 13);

  g_assert_cmpstr (limber_series_get_summary (series), ==,
                   "Weekly distance, last 4 weeks: 0.0 km to 13.0 km a week, 10.0 km so far "
                   "this week; 1 week with a long run.");
}

/* The average starts with the journal: its first week alone, then two, then three; the
 * unfinished week has none. */
static void
test_distance_average_start (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;

  add_easy (f, DAY (11, 1), 5);
  add_easy (f, DAY (11, 2), 10);
  add_easy (f, DAY (11, 8), 3);
  add_easy (f, DAY (11, 16), 6);

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  assert_value (series, 1, DAY (10, 26), 5);
  assert_value (series, 1, DAY (11, 2), 9);
  assert_value (series, 1, DAY (11, 9), 6);
  g_assert_true (isnan (value_at (series, 1, DAY (11, 16))));
}

/* At the start of a range the average takes in the weeks before it; before the journal's
 * first week it has no value. */
static void
test_distance_average_before_range (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(LimberSeries) year = NULL;

  add_easy (f, DAY (10, 13), 12);   /* the week of 12 Oct */
  add_easy (f, DAY (10, 20), 8);    /* the week of 19 Oct */
  add_easy (f, DAY (10, 27), 4);    /* the week of 26 Oct */

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  assert_value (series, 1, DAY (10, 26), (12 + 8 + 4) / 3.0);
  assert_value (series, 1, DAY (11, 2), (12 + 8 + 4 + 0) / 4.0);
  assert_value (series, 1, DAY (11, 9), (8 + 4) / 4.0);

  year = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_1_YEAR);
  g_assert_true (isnan (value_at (year, 1, DAY (10, 5))));
  assert_value (year, 1, DAY (10, 12), 12);
  assert_value (year, 0, DAY (10, 5), 0);
}

static void
test_distance_miles (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;

  add_easy (f, DAY (11, 10), 16.09344);
  add_easy (f, DAY (11, 17), 8.04672);
  f->options.miles = TRUE;

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpstr (limber_series_get_unit (series, 0), ==, "mi");
  assert_value (series, 0, DAY (11, 9), 10);
  assert_value (series, 0, DAY (11, 16), 5);
  assert_value (series, 1, DAY (11, 9), 10);
  assert_has (limber_series_get_summary (series), "0.0 mi to 10.0 mi a week, 5.0 mi so far");
}

static GListModel *
evaluate_at (Fixture   *f,
             LimberDay  today)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = limber_advisor_evaluate (f->journal, &f->options, today, &error);

  g_assert_no_error (error);

  return model;
}

static LimberRecommendation *
find_rec (GListModel *model,
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

/* A week holds a long run when the advisor would call one long: logged as long, or 1.5 × the
 * median run of the 28 days before it, not 1.49 ×. */
static void
test_distance_long_runs (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(GListModel) on_long = NULL;
  g_autoptr(GListModel) on_short = NULL;
  LimberRecommendation *rec;

  add_run (f, DAY (10, 31), 8, 48, LIMBER_RUN_LONG, NO_RPE, NAN);
  add_easy (f, DAY (11, 2), 10);
  add_easy (f, DAY (11, 4), 10);
  add_easy (f, DAY (11, 6), 10);
  add_easy (f, DAY (11, 9), 10);
  add_run (f, DAY (11, 11), 15, 75, LIMBER_RUN_EASY, NO_RPE, NAN);   /* median before: 10 */
  add_run (f, DAY (11, 17), 14.9, 74.5, LIMBER_RUN_EASY, NO_RPE, NAN);

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpuint (flags_at (series, 0, DAY (10, 26)), ==, LIMBER_SERIES_FLAG_LONG_RUN);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, 0);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, LIMBER_SERIES_FLAG_LONG_RUN);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 16)), ==, LIMBER_SERIES_FLAG_PARTIAL);
  assert_has (limber_series_get_summary (series), "2 weeks with a long run");

  /* The advisor agrees: after the 15 km, a session is due; after the 14.9 km, none. */
  on_long = evaluate_at (f, DAY (11, 11));
  rec = find_rec (on_long, "after-long-run");
  g_assert_nonnull (rec);
  assert_has (limber_recommendation_get_detail (rec), "1.5 × your median run");
  on_short = evaluate_at (f, DAY (11, 17));
  g_assert_null (find_rec (on_short, "after-long-run"));
}

static void
test_distance_long_duration (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;

  add_run (f, DAY (11, 3), 9, 90, LIMBER_RUN_EASY, NO_RPE, NAN);
  add_run (f, DAY (11, 10), 9, 89, LIMBER_RUN_EASY, NO_RPE, NAN);

  series = compute (f, limber_series_weekly_distance, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, LIMBER_SERIES_FLAG_LONG_RUN);
  /* 9 km against the median of one 9 km run is not 1.5 ×. */
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, 0);
}

/* Fascia */

static guint
count_flag (LimberSeries *series,
            guint         line,
            LimberDay     from,
            LimberDay     to,
            guint         flag)
{
  guint n = 0;

  guint step = limber_series_get_scale (series) == LIMBER_SERIES_WEEKS ? 7 : 1;

  for (LimberDay day = from; day <= to; day += step)
    if (flags_at (series, line, day) & flag)
      n++;

  return n;
}

static void
test_fascia_missed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(LimberSeries) quarter = NULL;
  g_autoptr(GListModel) recs = NULL;
  const LimberSeriesBand *band;
  LimberRecommendation *rec;

  /* The journal starts on Monday 19 Oct: 3 sessions, then 1, 2, 3, and 1 this week. */
  add_fascia (f, DAY (10, 19), 12);
  add_fascia (f, DAY (10, 21), 12);
  add_fascia (f, DAY (10, 23), 12);
  add_fascia (f, DAY (10, 28), 12);
  add_fascia (f, DAY (11, 3), 10);
  add_fascia (f, DAY (11, 8), 15);
  add_fascia (f, DAY (11, 9), 12);
  add_fascia (f, DAY (11, 11), 12);
  add_fascia (f, DAY (11, 15), 12);
  add_fascia (f, DAY (11, 17), 20);

  series = compute (f, limber_series_fascia, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpstr (limber_series_get_title (series), ==, "Fascia sessions");
  g_assert_cmpfloat (limber_series_get_target (series), ==, 3);
  g_assert_cmpstr (limber_series_get_target_label (series), ==, "Target: 3 sessions a week");
  g_assert_cmpstr (limber_series_get_unit (series, 1), ==, "min");
  g_assert_cmpuint (limber_series_get_line (series, 1)->axis, ==, 1);

  assert_value (series, 0, DAY (10, 26), 1);
  assert_value (series, 0, DAY (11, 2), 2);
  assert_value (series, 0, DAY (11, 9), 3);
  assert_value (series, 0, DAY (11, 16), 1);
  assert_value (series, 1, DAY (11, 2), 25);
  g_assert_cmpuint (flags_at (series, 0, DAY (10, 26)), ==, LIMBER_SERIES_FLAG_MISSED_WEEK);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, LIMBER_SERIES_FLAG_MISSED_WEEK);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, 0);
  /* This week is not over: not missed yet. */
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 16)), ==, LIMBER_SERIES_FLAG_PARTIAL);

  /* The two weeks in a row make one band. */
  g_assert_cmpuint (limber_series_get_n_bands (series), ==, 1);
  band = limber_series_get_band (series, 0);
  g_assert_cmpuint (band->first, ==, DAY (10, 26));
  g_assert_cmpuint (band->last, ==, DAY (11, 8));
  g_assert_cmpuint (band->flags, ==, LIMBER_SERIES_FLAG_MISSED_WEEK);
  g_assert_cmpstr (band->label, ==, "Below your target of 3");

  g_assert_cmpstr (limber_series_get_summary (series), ==,
                   "Fascia sessions, last 4 weeks: 1 to 3 a week against a target of 3. "
                   "2 of the 3 complete weeks fell short of it. "
                   "This week so far: 1 session, 20 minutes.");

  /* The advisor's last 4 complete weeks are 19 Oct to 9 Nov: the same 2 fell short. */
  quarter = compute (f, limber_series_fascia, LIMBER_SERIES_RANGE_3_MONTHS);
  g_assert_cmpuint (count_flag (quarter, 0, DAY (10, 19), DAY (11, 9),
                                LIMBER_SERIES_FLAG_MISSED_WEEK), ==, 2);
  g_assert_cmpuint (flags_at (quarter, 0, DAY (10, 19)), ==, 0);
  /* Before the journal began nothing is missed. */
  g_assert_cmpuint (flags_at (quarter, 0, DAY (10, 12)), ==, 0);
  recs = evaluate_at (f, TODAY);
  rec = find_rec (recs, "missed-maintenance");
  g_assert_nonnull (rec);
  g_assert_cmpstr (limber_recommendation_get_title (rec), ==,
                   "Fascia work fell short in 2 of the last 4 weeks");
  assert_has (limber_recommendation_get_detail (rec), "2 in the week of Mon 2 Nov, "
                                                      "1 in the week of Mon 26 Oct");
}

/* A week the journal started in the middle of does not count as missed, as in the advice; a
 * lower target changes which weeks are short. */
static void
test_fascia_start_and_target (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(LimberSeries) lower = NULL;
  g_autoptr(GListModel) recs = NULL;
  LimberRecommendation *rec;

  add_fascia (f, DAY (11, 4), 12);   /* Wednesday */
  add_fascia (f, DAY (11, 10), 12);
  add_fascia (f, DAY (11, 12), 12);

  series = compute (f, limber_series_fascia, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, 0);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, LIMBER_SERIES_FLAG_MISSED_WEEK);
  g_assert_cmpuint (limber_series_get_n_bands (series), ==, 1);
  recs = evaluate_at (f, TODAY);
  rec = find_rec (recs, "missed-maintenance");
  g_assert_nonnull (rec);
  g_assert_cmpstr (limber_recommendation_get_title (rec), ==,
                   "Fascia work fell short in 1 of the last 1 weeks");

  f->options.weekly_target = 2;
  lower = compute (f, limber_series_fascia, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpfloat (limber_series_get_target (lower), ==, 2);
  g_assert_cmpuint (flags_at (lower, 0, DAY (11, 9)), ==, 0);
  g_assert_cmpuint (limber_series_get_n_bands (lower), ==, 0);
}

/* Soreness */

static void
test_soreness_map_sides (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(LimberSeries) year = NULL;
  const LimberSeriesRow *row;
  int slot;

  add_sore (f, DAY (11, 18), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 3, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 18), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 18), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 2, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 19), LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH, 0, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 20), LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 6,
            LIMBER_QUALITY_SHARP);
  add_sore (f, DAY (10, 1), LIMBER_ZONE_FOOT, LIMBER_SIDE_LEFT, 4, LIMBER_QUALITY_ACHE);

  series = compute (f, limber_series_soreness_map, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_false (limber_series_is_empty (series));
  g_assert_cmpuint (limber_series_get_n_rows (series), ==, 4);

  slot = limber_series_find_slot (series, DAY (11, 18));
  row = limber_series_get_row (series, 0);
  g_assert_cmpint (row->zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (row->side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpstr (row->label, ==, "Calf (left)");
  g_assert_cmpuint (row->levels[slot], ==, 5);
  g_assert_cmpuint (row->levels[slot + 1], ==, LIMBER_SERIES_NO_LEVEL);
  row = limber_series_get_row (series, 1);
  g_assert_cmpint (row->side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (row->levels[slot], ==, 2);
  /* Level 0 is logged, not empty. */
  row = limber_series_get_row (series, 2);
  g_assert_cmpint (row->zone, ==, LIMBER_ZONE_HIP);
  g_assert_cmpuint (row->levels[slot + 1], ==, 0);
  g_assert_cmpuint (row->levels[slot], ==, LIMBER_SERIES_NO_LEVEL);
  /* Sharp pain: the advisor's red flag, on its day. */
  row = limber_series_get_row (series, 3);
  g_assert_cmpint (row->zone, ==, LIMBER_ZONE_LOWER_BACK);
  g_assert_cmpuint (row->levels[slot + 2], ==, 6);
  g_assert_cmpuint (row->flags[slot + 2], ==, LIMBER_SERIES_FLAG_PHYSIO);
  g_assert_cmpuint (row->flags[slot + 1], ==, 0);

  g_assert_cmpstr (limber_series_get_summary (series), ==,
                   "Soreness by zone, last 4 weeks: 4 zones logged, the highest level 6/10 in "
                   "Lower back on Fri 20 Nov. Seeing a physiotherapist was advised for: "
                   "Lower back.");

  /* By weeks over a year: the week's highest, and the foot from October. */
  year = compute (f, limber_series_soreness_map, LIMBER_SERIES_RANGE_1_YEAR);
  g_assert_cmpuint (limber_series_get_n_rows (year), ==, 5);
  row = limber_series_get_row (year, 0);
  g_assert_cmpint (row->zone, ==, LIMBER_ZONE_FOOT);
  g_assert_cmpuint (row->levels[limber_series_find_slot (year, DAY (10, 1))], ==, 4);
  row = limber_series_get_row (year, 1);
  g_assert_cmpuint (row->levels[limber_series_get_n_slots (year) - 1], ==, 5);
}

/* The set of days on which the advisor, judging on each day of the range, raised a physio
 * flag for a zone and side, dated that day. */
static GHashTable *
advisor_physio_days (Fixture    *f,
                     LimberDay   first,
                     LimberZone  zone,
                     LimberSide  side)
{
  GHashTable *days = g_hash_table_new (NULL, NULL);

  for (LimberDay judged = first; judged <= TODAY; judged++)
    {
      g_autoptr(GListModel) recs = evaluate_at (f, judged);

      for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
        {
          g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recs, i);

          if (limber_recommendation_get_severity (rec) == LIMBER_SEVERITY_PHYSIO &&
              limber_recommendation_get_zone (rec) == (int) zone &&
              limber_recommendation_get_side (rec) == side &&
              limber_recommendation_get_day (rec) >= first)
            g_hash_table_add (days, GUINT_TO_POINTER (limber_recommendation_get_day (rec)));
        }
    }

  return days;
}

static void
assert_physio_agrees (Fixture    *f,
                      LimberZone  zone,
                      LimberSide  side,
                      guint       expected)
{
  g_autoptr(LimberSeries) trend = NULL;
  g_autoptr(LimberSeries) map = NULL;
  g_autoptr(GHashTable) advised = NULL;
  g_autoptr(GError) error = NULL;
  const LimberSeriesRow *row = NULL;
  guint flagged = 0;

  trend = limber_series_soreness_trend (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY, zone,
                                        side, &error);
  g_assert_no_error (error);
  map = compute (f, limber_series_soreness_map, LIMBER_SERIES_RANGE_4_WEEKS);
  for (guint i = 0; i < limber_series_get_n_rows (map); i++)
    {
      const LimberSeriesRow *r = limber_series_get_row (map, i);

      if (r->zone == zone && r->side == side)
        row = r;
    }
  g_assert_nonnull (row);

  advised = advisor_physio_days (f, limber_series_get_first_day (trend), zone, side);

  for (guint slot = 0; slot < limber_series_get_n_slots (trend); slot++)
    {
      LimberDay day = limber_series_get_slot_day (trend, slot);
      gboolean in_series = (flags_at (trend, 0, day) & LIMBER_SERIES_FLAG_PHYSIO) != 0;
      gboolean in_map = (row->flags[slot] & LIMBER_SERIES_FLAG_PHYSIO) != 0;

      if (in_series != g_hash_table_contains (advised, GUINT_TO_POINTER (day)))
        {
          g_autofree char *when = limber_day_to_iso (day);

          g_test_fail_printf ("%s: the chart says %s, the advisor %s", when,
                              in_series ? "flagged" : "not flagged",
                              in_series ? "not" : "flagged");
        }
      g_assert_cmpint (in_series, ==, in_map);
      flagged += in_series;
    }

  g_assert_cmpuint (flagged, ==, expected);
}

/* The days the chart marks are the days the advisor raises a physio flag: a niggle that
 * persists, and a red-flag sign, but not a niggle that improves. */
static void
test_soreness_physio_agrees (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LimberSeries) trend = NULL;
  g_autoptr(GError) error = NULL;

  /* Left calf: 4, 5, 5, 5 over 9 days, then 3; the right calf improves from 7. */
  add_sore (f, DAY (10, 30), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 4, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 2), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 5), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 7), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 9), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 3, LIMBER_QUALITY_TIGHT);
  add_sore (f, DAY (11, 12), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 7, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 15), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 5, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 18), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 4, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 19), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 4, LIMBER_QUALITY_NUMBNESS);
  /* Left hamstring: three days at 5, but the first is 10 days before the last, out of the
   * window of 10 days that ends with it. */
  add_sore (f, DAY (11, 1), LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 7), LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_ACHE);
  add_sore (f, DAY (11, 11), LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_ACHE);

  assert_physio_agrees (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 2);
  assert_physio_agrees (f, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 1);
  assert_physio_agrees (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 0);

  trend = limber_series_soreness_trend (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY,
                                        LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_series_get_title (trend), ==, "Calf (left)");
  g_assert_cmpfloat (limber_series_get_target (trend), ==, 4);
  assert_value (trend, 0, DAY (10, 30), 4);
  assert_value (trend, 0, DAY (11, 9), 3);
  g_assert_true (isnan (value_at (trend, 0, DAY (11, 10))));
  g_assert_cmpuint (flags_at (trend, 0, DAY (11, 5)), ==, LIMBER_SERIES_FLAG_PHYSIO);
  g_assert_cmpuint (flags_at (trend, 0, DAY (11, 7)), ==, LIMBER_SERIES_FLAG_PHYSIO);
  g_assert_cmpstr (limber_series_get_summary (trend), ==,
                   "Calf (left), last 4 weeks: logged on 5 days, from 3/10 to 5/10, 4/10 or "
                   "more on 4 of them; latest 3/10 on Mon 9 Nov. Seeing a physiotherapist was "
                   "advised on Thu 5 Nov, Sat 7 Nov.");
}

/* The demo journal, with its left-calf niggle: the chart and the advisor see the same days. */
static void
test_soreness_sample_agrees (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_sample_fill (f->journal, 20, 3, TODAY, &error));
  g_assert_no_error (error);

  assert_physio_agrees (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 1);
}

/* Water */

static void
test_water_days (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(GListModel) recs = NULL;
  LimberRecommendation *rec;
  guint below = 0;

  add_water (f, DAY (11, 16), 1000);
  add_water (f, DAY (11, 16), 500);
  add_run (f, DAY (11, 16), 8, 48, LIMBER_RUN_EASY, NO_RPE, 28);
  add_water (f, DAY (11, 17), 2000);
  add_run (f, DAY (11, 17), 8, 48, LIMBER_RUN_EASY, NO_RPE, 20);
  add_water (f, DAY (11, 19), 2400);
  add_run (f, DAY (11, 19), 8, 48, LIMBER_RUN_EASY, NO_RPE, 25);
  add_water (f, DAY (11, 20), 1000);
  add_water (f, DAY (11, 21), 800);

  series = compute (f, limber_series_water, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpstr (limber_series_get_unit (series, 0), ==, "l");
  g_assert_cmpfloat (limber_series_get_target (series), ==, 2.0);
  g_assert_cmpstr (limber_series_get_target_label (series), ==, "Target: 2.0 l a day");

  assert_value (series, 0, DAY (11, 16), 1.5);
  g_assert_cmpfloat (point_at (series, 0, DAY (11, 16))->target, ==, 2.5);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 16)), ==,
                    LIMBER_SERIES_FLAG_HOT_DAY | LIMBER_SERIES_FLAG_BELOW_TARGET);
  g_assert_cmpfloat (point_at (series, 0, DAY (11, 17))->target, ==, 2.0);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 17)), ==, 0);
  assert_value (series, 0, DAY (11, 18), 0);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 18)), ==, LIMBER_SERIES_FLAG_NOT_LOGGED);
  /* 25 °C is hot: at or above the threshold. */
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 19)), ==,
                    LIMBER_SERIES_FLAG_HOT_DAY | LIMBER_SERIES_FLAG_BELOW_TARGET);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 21)), ==,
                    LIMBER_SERIES_FLAG_BELOW_TARGET | LIMBER_SERIES_FLAG_PARTIAL);

  g_assert_cmpstr (limber_series_get_summary (series), ==,
                   "Water, last 4 weeks: 1.0 l to 2.4 l a day on the 4 days logged, below the "
                   "target on 3 of them. Today so far: 0.8 l.");

  /* The advisor counts the same 3 days of last week below their targets. */
  for (LimberDay day = DAY (11, 14); day <= DAY (11, 20); day++)
    if (flags_at (series, 0, day) & LIMBER_SERIES_FLAG_BELOW_TARGET)
      below++;
  g_assert_cmpuint (below, ==, 3);
  recs = evaluate_at (f, TODAY);
  rec = find_rec (recs, "hydration-low");
  g_assert_nonnull (rec);
  g_assert_cmpstr (limber_recommendation_get_title (rec), ==,
                   "Water below target on 3 of 4 days");
}

/* Over a year, a week's point is the mean of its logged days against their mean target. */
static void
test_water_weeks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;

  add_water (f, DAY (11, 16), 1500);
  add_run (f, DAY (11, 16), 8, 48, LIMBER_RUN_EASY, NO_RPE, 28);
  add_water (f, DAY (11, 17), 2000);
  add_water (f, DAY (11, 19), 2600);
  add_water (f, DAY (11, 9), 2500);
  f->options.daily_water_ml = 2200;
  f->options.hot_extra_ml = 800;

  series = compute (f, limber_series_water, LIMBER_SERIES_RANGE_1_YEAR);
  assert_value (series, 0, DAY (11, 16), (1.5 + 2.0 + 2.6) / 3);
  g_assert_cmpfloat_with_epsilon (point_at (series, 0, DAY (11, 16))->target,
                                  (3.0 + 2.2 + 2.2) / 3, 1e-9);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 16)), ==,
                    LIMBER_SERIES_FLAG_HOT_DAY | LIMBER_SERIES_FLAG_BELOW_TARGET |
                    LIMBER_SERIES_FLAG_PARTIAL);
  assert_value (series, 0, DAY (11, 9), 2.5);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 9)), ==, 0);
  g_assert_cmpuint (flags_at (series, 0, DAY (11, 2)), ==, LIMBER_SERIES_FLAG_NOT_LOGGED);
  g_assert_cmpfloat (limber_series_get_target (series), ==, 2.2);
}

/* Mobility */

static void
add_tests (Fixture   *f,
           LimberDay  day,
           double     left_before,
           double     left_after,
           double     right_before,
           double     right_after)
{
  LimberFasciaSession *session = new_session (day, 12);

  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE,
                                    left_before);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, left_after);
  if (!isnan (right_before))
    {
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_RIGHT, FALSE,
                                        right_before);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_RIGHT, TRUE,
                                        right_after);
    }
  limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, FALSE, 6);
  limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, 3);
  add_entry (f, session);
}

static void
test_mobility (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LimberSeries) knee = NULL;
  g_autoptr(LimberSeries) toe = NULL;
  g_autoptr(LimberSeries) first = NULL;
  g_autoptr(LimberSeries) year = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tests = NULL;
  double min, max;

  add_tests (f, DAY (11, 9), 8, 9, 7, 7.5);
  add_tests (f, DAY (11, 16), 9, 10, NAN, NAN);
  add_tests (f, DAY (11, 18), 10, 9, NAN, NAN);

  tests = limber_series_list_mobility_tests (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (tests), ==, 2);
  g_assert_cmpstr (tests[0], ==, "knee_to_wall");
  g_assert_cmpstr (tests[1], ==, "toe_touch");

  knee = limber_series_mobility (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY, "knee_to_wall",
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_series_get_title (knee), ==, "Knee to wall");
  g_assert_cmpstr (limber_series_get_unit (knee, 0), ==, "cm");
  g_assert_cmpuint (limber_series_get_n_lines (knee), ==, 4);
  g_assert_cmpstr (limber_series_get_line (knee, 0)->label, ==, "Left, before");
  g_assert_cmpstr (limber_series_get_line (knee, 1)->label, ==, "Left, after");
  g_assert_cmpstr (limber_series_get_line (knee, 3)->label, ==, "Right, after");
  assert_value (knee, 0, DAY (11, 9), 8);
  assert_value (knee, 1, DAY (11, 9), 9);
  assert_value (knee, 2, DAY (11, 9), 7);
  assert_value (knee, 3, DAY (11, 9), 7.5);
  assert_value (knee, 1, DAY (11, 16), 10);
  g_assert_true (isnan (value_at (knee, 2, DAY (11, 16))));
  g_assert_true (isnan (value_at (knee, 0, DAY (11, 10))));
  /* Values start where they are, not at 0. */
  g_assert_true (limber_series_get_value_range (knee, 0, &min, &max));
  g_assert_cmpfloat (min, ==, 7);
  g_assert_cmpfloat (max, ==, 10);
  g_assert_cmpstr (limber_series_get_summary (knee), ==,
                   "Knee to wall, last 4 weeks: tested on 3 days. The result after the session "
                   "was better than before in 3 of 4 tests. Latest, on Wed 18 Nov: Left 10.0 cm "
                   "before, 9.0 cm after.");

  /* Lower is better for the toe touch; one line pair without a side. */
  toe = limber_series_mobility (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY, "toe_touch",
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_series_get_n_lines (toe), ==, 2);
  g_assert_cmpstr (limber_series_get_line (toe, 0)->label, ==, "Before");
  assert_has (limber_series_get_summary (toe), "better than before in 3 of 3 tests");

  first = limber_series_mobility (f->journal, LIMBER_SERIES_RANGE_4_WEEKS, TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_series_get_title (first), ==, "Knee to wall");

  /* By weeks: the week's mean. */
  year = limber_series_mobility (f->journal, LIMBER_SERIES_RANGE_1_YEAR, TODAY, "knee_to_wall",
                                 &error);
  g_assert_no_error (error);
  assert_value (year, 0, DAY (11, 16), 9.5);
  assert_value (year, 2, DAY (11, 9), 7);
  g_assert_true (isnan (value_at (year, 2, DAY (11, 16))));
}

/* Load */

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(GListModel) recs = NULL;
  LimberRecommendation *rec;
  double loads[7] = { 0, 300, 0, 0, 280, 0, 0 };   /* 15 to 21 Nov: effort × minutes */
  double mean = 580 / 7.0, var = 0, monotony;
  g_autofree char *monotony_text = NULL;

  for (LimberDay monday = DAY (10, 12); monday <= DAY (11, 16); monday += 7)
    add_run (f, monday, 10, 60, LIMBER_RUN_EASY, 5, NAN);
  add_run (f, DAY (11, 19), 8, 40, LIMBER_RUN_TEMPO, 7, NAN);
  /* 27 days before today, the first of the chronic window, and the day before it. */
  add_easy (f, DAY (10, 25), 6);
  add_easy (f, DAY (10, 24), 3);
  /* 7 days before today, the last of the chronic window. */
  add_easy (f, DAY (11, 14), 3);

  for (guint i = 0; i < 7; i++)
    var += (loads[i] - mean) * (loads[i] - mean) / 7.0;
  monotony = mean / sqrt (var);

  series = compute (f, limber_series_load, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_false (limber_series_is_empty (series));
  g_assert_cmpuint (limber_series_get_n_lines (series), ==, 3);
  g_assert_cmpstr (limber_series_get_line (series, 2)->label, ==, "Monotony");
  g_assert_cmpuint (limber_series_get_line (series, 2)->axis, ==, 1);
  assert_has (limber_series_get_caption (series), "do not predict injury");

  /* Today: 10 + 8 km in the last 7 days; 25 and 26 Oct, 2, 9 and 14 Nov in the 21 days
   * before. */
  assert_value (series, 0, TODAY, 18);
  assert_value (series, 1, TODAY, 13);
  assert_value (series, 2, TODAY, monotony);
  /* On 26 Oct: the runs of 24, 25 and 26 Oct; the journal began 12 Oct, too late for a
   * chronic value until 8 Nov. */
  assert_value (series, 0, DAY (10, 26), 19);
  g_assert_true (isnan (value_at (series, 1, DAY (11, 7))));
  assert_value (series, 1, DAY (11, 8), 13);
  /* One run of load 300 in a week: the same monotony whichever day of the week it was. */
  assert_value (series, 2, DAY (11, 1), (300 / 7.0) / sqrt (300.0 * 300 * 6 / 49));
  assert_value (series, 2, DAY (11, 2), (300 / 7.0) / sqrt (300.0 * 300 * 6 / 49));

  g_assert_cmpstr (limber_series_get_summary (series), ==,
                   "Training load, last 4 weeks: 18.0 km in the last 7 days. The 21 days before "
                   "averaged 13.0 km a week, a ratio of 1.38. Monotony of the last 7 days: 0.6.");

  /* The advisor's context says the same. */
  recs = evaluate_at (f, TODAY);
  rec = find_rec (recs, "load-context");
  g_assert_nonnull (rec);
  assert_has (limber_recommendation_get_detail (rec), "averaged 13.0 km a week, a ratio of 1.38");
  monotony_text = g_strdup_printf ("monotony of %.1f", monotony);
  assert_has (limber_recommendation_get_detail (rec), monotony_text);
}

/* A young journal has no chronic value, and without efforts no monotony line. */
static void
test_load_young (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LimberSeries) series = NULL;

  add_easy (f, DAY (11, 10), 10);
  add_easy (f, DAY (11, 17), 12);

  series = compute (f, limber_series_load, LIMBER_SERIES_RANGE_4_WEEKS);
  g_assert_cmpuint (limber_series_get_n_lines (series), ==, 2);
  g_assert_true (isnan (value_at (series, 0, DAY (11, 9))));
  assert_value (series, 0, DAY (11, 10), 10);
  assert_value (series, 0, DAY (11, 16), 10);
  assert_value (series, 0, DAY (11, 17), 12);
  for (LimberDay day = DAY (10, 26); day <= TODAY; day++)
    g_assert_true (isnan (value_at (series, 1, day)));
  assert_has (limber_series_get_summary (series), "needs 4 weeks of journal");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/series/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/limber/series/ticks/awkward", test_ticks_awkward);
  g_test_add_func ("/limber/series/ticks/cover", test_ticks_cover);
  g_test_add_func ("/limber/series/ticks/digits", test_tick_digits);
  ADD ("ranges", test_ranges);
  ADD ("format", test_format);
  ADD ("empty", test_empty);
  ADD ("distance/weeks", test_distance_weeks);
  ADD ("distance/average-start", test_distance_average_start);
  ADD ("distance/average-before-range", test_distance_average_before_range);
  ADD ("distance/miles", test_distance_miles);
  ADD ("distance/long-runs", test_distance_long_runs);
  ADD ("distance/long-duration", test_distance_long_duration);
  ADD ("fascia/missed", test_fascia_missed);
  ADD ("fascia/start-and-target", test_fascia_start_and_target);
  ADD ("soreness/map-sides", test_soreness_map_sides);
  ADD ("soreness/physio-agrees", test_soreness_physio_agrees);
  ADD ("soreness/sample-agrees", test_soreness_sample_agrees);
  ADD ("water/days", test_water_days);
  ADD ("water/weeks", test_water_weeks);
  ADD ("mobility", test_mobility);
  ADD ("load", test_load);
  ADD ("load/young", test_load_young);

#undef ADD

  return g_test_run ();
}
