/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-progress-convert"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-progress-convert.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* The Progress page's charts as the chart widget gets them: the series of the core turned into
 * bars, lines, markers, bands and notes. As of Saturday 21 November 2026: the 4-week range
 * starts on Monday 26 October. Texts in English (LANGUAGE=C). */
#define TODAY (limber_day_from_ymd (2026, 11, 21))
#define DAY(m, d) (limber_day_from_ymd (2026, (m), (d)))

typedef struct
{
  char          *dir;
  LimberJournal *journal;
} Fixture;

#define assert_has(text, piece) assert_text ((text), (piece), TRUE, __FILE__, __LINE__)
#define assert_lacks(text, piece) assert_text ((text), (piece), FALSE, __FILE__, __LINE__)

static void
assert_text (const char *text,
             const char *piece,
             gboolean    wanted,
             const char *file,
             int         line)
{
  g_autofree char *message = NULL;

  if ((text != NULL && strstr (text, piece) != NULL) == wanted)
    return;

  message = g_strdup_printf ("“%s” %s “%s”", text ? text : "(null)",
                             wanted ? "does not contain" : "contains", piece);
  g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("limber-progress-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, TODAY);
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
add_run (Fixture   *f,
         LimberDay  day,
         double     km,
         double     minutes,
         int        rpe,
         double     celsius)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, km * 1000.0);
  limber_run_set_duration (run, minutes * 60.0);
  limber_run_set_run_kind (run, LIMBER_RUN_EASY);
  limber_run_set_rpe (run, rpe);
  if (!isnan (celsius))
    limber_run_set_temperature (run, celsius);
  add_entry (f, run);
}

static void
add_sore (Fixture    *f,
          LimberDay   day,
          LimberZone  zone,
          LimberSide  side,
          int         level)
{
  LimberSoreness *sore = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, zone);
  limber_soreness_set_side (sore, side);
  limber_soreness_set_level (sore, level);
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

static void
add_fascia (Fixture   *f,
            LimberDay  day,
            guint      minutes)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, minutes * 60);
  add_entry (f, session);
}

static void
add_knee_to_wall (Fixture   *f,
                  LimberDay  day,
                  double     before,
                  double     after)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, 600);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, before);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, after);
  add_entry (f, session);
}

/* The chart's data of one chart, after checking what every chart shares with its series. */
static LimberChartData *
convert (Fixture                    *f,
         LimberProgressChart         chart,
         LimberSeriesRange           range,
         const LimberAdvisorOptions *options,
         const LimberProgressDetail *detail)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberSeries) series = NULL;
  LimberChartData *data;

  series = limber_progress_compute (f->journal, chart, range, TODAY, options, detail, &error);
  g_assert_no_error (error);
  g_assert_true (LIMBER_IS_SERIES (series));

  data = limber_progress_chart_data_new (series);
  g_assert_cmpuint (data->n_slots, ==, limber_series_get_n_slots (series));
  g_assert_cmpint (data->first, ==, limber_series_get_first_day (series));
  g_assert_cmpint (data->scale == LIMBER_CHART_WEEKS, ==,
                   limber_series_get_scale (series) == LIMBER_SERIES_WEEKS);
  g_assert_cmpstr (data->title, ==, limber_series_get_title (series));
  g_assert_cmpstr (data->summary, ==, limber_series_get_summary (series));
  g_assert_cmpint (limber_chart_data_is_empty (data), ==, limber_series_is_empty (series));
  g_assert_nonnull (data->empty_message);
  if (limber_series_is_empty (series))
    g_assert_cmpstr (data->empty_message, ==, limber_series_get_empty_message (series));

  return data;
}

static LimberChartSeries *
series_at (LimberChartData *data,
           guint            index)
{
  g_assert_cmpuint (index, <, data->series->len);
  return g_ptr_array_index (data->series, index);
}

static double
value_on (LimberChartSeries *series,
          LimberDay          day)
{
  for (guint i = 0; i < series->n_points; i++)
    if (series->points[i].day == day)
      return series->points[i].value;

  g_assert_not_reached ();
}

/* The markers drawn (a value) and the notes (none) of a day's slot. */
static guint
count_markers (LimberChartData *data,
               LimberDay        day,
               gboolean         drawn)
{
  guint count = 0;

  for (guint i = 0; i < data->markers->len; i++)
    {
      LimberChartMarker *marker = g_ptr_array_index (data->markers, i);

      if (limber_chart_data_slot (data, marker->day) == limber_chart_data_slot (data, day) &&
          isfinite (marker->value) == drawn)
        count++;
    }

  return count;
}

static char *
describe (LimberChartData *data,
          LimberDay        day)
{
  int slot = limber_chart_data_slot (data, day);

  g_assert_cmpint (slot, >=, 0);
  return limber_chart_data_describe_slot (data, slot, -1);
}

static void
test_ids (void)
{
  LimberProgressChart chart = LIMBER_PROGRESS_N_CHARTS;

  for (guint i = 0; i < LIMBER_PROGRESS_N_CHARTS; i++)
    {
      g_assert_true (limber_progress_chart_from_id (limber_progress_chart_to_id (i), &chart));
      g_assert_cmpuint (chart, ==, i);
      g_assert_cmpuint (strlen (limber_progress_chart_get_label (i)), >, 0);
    }
  g_assert_cmpstr (limber_progress_chart_to_id (LIMBER_PROGRESS_LOAD), ==, "load");
  g_assert_false (limber_progress_chart_from_id ("mileage", &chart));
  g_assert_false (limber_progress_chart_from_id (NULL, &chart));
}

/* Nothing logged: every chart draws its message, not an axis. */
static void
test_empty (Fixture       *f,
            gconstpointer  unused)
{
  for (guint chart = 0; chart < LIMBER_PROGRESS_N_CHARTS; chart++)
    {
      g_autoptr(LimberChartData) data = convert (f, chart, LIMBER_SERIES_RANGE_4_WEEKS, NULL,
                                                 NULL);

      g_assert_true (limber_chart_data_is_empty (data));
      g_assert_cmpuint (data->series->len + data->rows->len + data->markers->len, ==, 0);
    }
}

/* Weekly distance: bars a week, the 4-week average as a line, long runs dotted on their bar;
 * in the units of the options. */
static void
test_distance (Fixture       *f,
               gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autoptr(LimberChartData) miles = NULL;
  g_autofree char *text = NULL;
  LimberAdvisorOptions options;
  LimberChartMarker *marker;

  add_run (f, DAY (10, 27), 10, 60, LIMBER_RPE_UNSET, NAN);
  add_run (f, DAY (11, 3), 8, 48, LIMBER_RPE_UNSET, NAN);
  add_run (f, DAY (11, 8), 20, 120, LIMBER_RPE_UNSET, NAN);  /* 2 hours: a long run */
  add_run (f, DAY (11, 17), 5, 30, LIMBER_RPE_UNSET, NAN);

  limber_advisor_options_init (&options);
  data = convert (f, LIMBER_PROGRESS_DISTANCE, LIMBER_SERIES_RANGE_4_WEEKS, &options, NULL);
  g_assert_cmpuint (data->scale, ==, LIMBER_CHART_WEEKS);
  g_assert_cmpuint (data->n_slots, ==, 4);
  g_assert_cmpstr (data->unit, ==, "km");
  g_assert_cmpuint (data->series->len, ==, 2);
  g_assert_cmpuint (series_at (data, 0)->mode, ==, LIMBER_CHART_BAR);
  g_assert_cmpuint (series_at (data, 1)->mode, ==, LIMBER_CHART_LINE);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (10, 26)), ==, 10);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 2)), ==, 28);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 9)), ==, 0);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 16)), ==, 5);
  /* The average of the weeks since the first entry: (10 + 28 + 0) / 3. */
  g_assert_cmpfloat_with_epsilon (value_on (series_at (data, 1), DAY (11, 9)), 38.0 / 3, 1e-9);

  g_assert_cmpuint (data->markers->len, ==, 1);
  marker = g_ptr_array_index (data->markers, 0);
  g_assert_cmpint (limber_chart_data_slot (data, marker->day), ==, 1);
  g_assert_cmpfloat (marker->value, ==, 28);
  g_assert_cmpstr (data->marker_label, ==, "Week with a long run");
  text = describe (data, DAY (11, 2));
  assert_has (text, "Distance 28.0\u00a0km");
  assert_has (text, "Long run.");

  options.miles = TRUE;
  miles = convert (f, LIMBER_PROGRESS_DISTANCE, LIMBER_SERIES_RANGE_4_WEEKS, &options, NULL);
  g_assert_cmpstr (miles->unit, ==, "mi");
  g_assert_cmpfloat_with_epsilon (value_on (series_at (miles, 0), DAY (11, 2)), 28 / 1.609344,
                                  1e-9);
}

/* Over more than a year of weeks, long runs are words in the tooltip, not a dot a week. */
static void
test_distance_long_range (Fixture       *f,
                          gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autofree char *text = NULL;

  add_run (f, DAY (11, 8) - 7 * 100, 20, 120, LIMBER_RPE_UNSET, NAN);
  add_run (f, DAY (11, 8), 20, 120, LIMBER_RPE_UNSET, NAN);

  data = convert (f, LIMBER_PROGRESS_DISTANCE, LIMBER_SERIES_RANGE_ALL, NULL, NULL);
  g_assert_cmpuint (data->n_slots, >, 100);
  g_assert_cmpuint (count_markers (data, DAY (11, 8), TRUE), ==, 0);
  g_assert_cmpuint (count_markers (data, DAY (11, 8), FALSE), ==, 1);
  text = describe (data, DAY (11, 8));
  assert_has (text, "Long run.");
}

/* Fascia: sessions as bars against the target, missed weeks shaded, minutes in words. */
static void
test_fascia (Fixture       *f,
             gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autofree char *missed = NULL;
  g_autofree char *full = NULL;
  LimberChartBand *band;

  add_fascia (f, DAY (10, 26), 10);
  add_fascia (f, DAY (10, 28), 12);
  add_fascia (f, DAY (10, 30), 15);
  add_fascia (f, DAY (11, 3), 20);
  add_fascia (f, DAY (11, 17), 10);

  data = convert (f, LIMBER_PROGRESS_FASCIA, LIMBER_SERIES_RANGE_4_WEEKS, NULL, NULL);
  g_assert_cmpuint (data->series->len, ==, 1);
  g_assert_cmpuint (series_at (data, 0)->mode, ==, LIMBER_CHART_BAR);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (10, 26)), ==, 3);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 2)), ==, 1);
  g_assert_cmpfloat (data->target, ==, 3);
  g_assert_cmpstr (data->target_label, ==, "Target: 3 sessions a week");

  /* The weeks of 2 and 9 November fell short: one band over both. */
  g_assert_cmpuint (data->bands->len, ==, 1);
  band = g_ptr_array_index (data->bands, 0);
  g_assert_cmpint (band->first, ==, DAY (11, 2));
  g_assert_cmpint (band->last, ==, DAY (11, 15));
  g_assert_cmpstr (data->band_label, ==, band->label);

  /* The minutes: in the tooltip, never drawn. */
  g_assert_cmpuint (count_markers (data, DAY (10, 26), TRUE), ==, 0);
  full = describe (data, DAY (10, 26));
  assert_has (full, "Sessions 3.");
  assert_has (full, "37 minutes of care.");
  assert_lacks (full, "Below your target");
  missed = describe (data, DAY (11, 2));
  assert_has (missed, "20 minutes of care.");
  assert_has (missed, "Below your target of 3.");
}

/* Over years of weeks: no shades but a 13-week average, and the missed weeks in words. */
static void
test_fascia_long_range (Fixture       *f,
                        gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autofree char *missed = NULL;
  LimberChartSeries *average;
  LimberDay first = DAY (11, 16) - 7 * 99;   /* a Monday, 100 weeks ago */

  /* 3 sessions a week, but only 1 in the week 10 weeks ago. */
  for (LimberDay week = first; week < DAY (11, 16); week += 7)
    for (guint i = 0; i < (week == DAY (11, 16) - 70 ? 1 : 3); i++)
      add_fascia (f, week + 2 * i, 10);

  data = convert (f, LIMBER_PROGRESS_FASCIA, LIMBER_SERIES_RANGE_ALL, NULL, NULL);
  g_assert_cmpuint (data->n_slots, ==, 100);
  g_assert_cmpuint (data->bands->len, ==, 0);
  g_assert_cmpuint (data->series->len, ==, 2);
  average = series_at (data, 1);
  g_assert_cmpuint (average->mode, ==, LIMBER_CHART_LINE);
  g_assert_cmpstr (average->label, ==, "13-week average");
  g_assert_cmpfloat (value_on (average, first), ==, 3);   /* the first week alone */
  g_assert_cmpfloat (value_on (average, DAY (11, 9) - 70), ==, 3);
  /* (12 × 3 + 1) / 13 from the short week and for the 12 weeks after it */
  g_assert_cmpfloat (value_on (average, DAY (11, 16) - 70), ==, 37.0 / 13);
  g_assert_cmpfloat (value_on (average, DAY (11, 9)), ==, 37.0 / 13);
  g_assert_true (isnan (value_on (average, DAY (11, 16))));   /* this week is not over */

  missed = describe (data, DAY (11, 16) - 70);
  assert_has (missed, "Sessions 1.0, 13-week average 2.8.");
  assert_has (missed, "Below your target of 3.");
  g_assert_cmpuint (count_markers (data, DAY (11, 16) - 70, TRUE), ==, 0);
}

/* Soreness: a heat map with a row for each zone and side; a zone's trend on a 0–10 axis with
 * the 4/10 line, its points joined across the days without an entry, and the physio days
 * dotted in red. */
static void
test_soreness (Fixture       *f,
               gconstpointer  unused)
{
  g_autoptr(LimberChartData) map = NULL;
  g_autoptr(LimberChartData) trend = NULL;
  g_autofree char *text = NULL;
  LimberProgressDetail detail = { TRUE, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, NULL };
  LimberChartRow *row;
  guint physio = 0;

  /* A niggle that does not settle, as the advisor flags it. */
  add_sore (f, DAY (11, 12), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 4);
  add_sore (f, DAY (11, 15), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  add_sore (f, DAY (11, 17), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  add_sore (f, DAY (11, 20), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  add_sore (f, DAY (11, 18), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 2);

  map = convert (f, LIMBER_PROGRESS_SORENESS, LIMBER_SERIES_RANGE_4_WEEKS, NULL, NULL);
  g_assert_cmpuint (limber_chart_data_get_mode (map), ==, LIMBER_CHART_HEAT_MAP);
  g_assert_cmpuint (map->rows->len, ==, 2);
  row = g_ptr_array_index (map->rows, 0);
  g_assert_cmpstr (row->label, ==, "Calf (left)");
  g_assert_cmpuint (row->levels[limber_chart_data_slot (map, DAY (11, 15))], ==, 5);
  g_assert_cmpuint (row->levels[limber_chart_data_slot (map, DAY (11, 16))], ==,
                    LIMBER_CHART_NO_LEVEL);
  row = g_ptr_array_index (map->rows, 1);
  g_assert_cmpstr (row->label, ==, "Calf (right)");
  g_assert_cmpuint (row->levels[limber_chart_data_slot (map, DAY (11, 18))], ==, 2);

  trend = convert (f, LIMBER_PROGRESS_SORENESS, LIMBER_SERIES_RANGE_4_WEEKS, NULL, &detail);
  g_assert_cmpstr (trend->title, ==, "Calf (left)");
  g_assert_cmpuint (limber_chart_data_get_mode (trend), ==, LIMBER_CHART_LINE);
  g_assert_cmpfloat (trend->target, ==, 4);
  g_assert_cmpfloat (trend->range_min, ==, 0);
  g_assert_cmpfloat (trend->range_max, ==, 10);
  /* Four days logged: four points, joined. */
  g_assert_cmpuint (series_at (trend, 0)->n_points, ==, 4);
  g_assert_cmpfloat (value_on (series_at (trend, 0), DAY (11, 12)), ==, 4);

  for (guint i = 0; i < trend->markers->len; i++)
    {
      LimberChartMarker *marker = g_ptr_array_index (trend->markers, i);

      g_assert_cmpuint (marker->color, ==, LIMBER_CHART_COLOR_RED);
      g_assert_cmpfloat (marker->value, ==, 5);
      physio++;
    }
  g_assert_cmpuint (physio, >=, 1);
  g_assert_cmpuint (count_markers (trend, DAY (11, 12), TRUE), ==, 0);
  text = describe (trend, DAY (11, 20));
  assert_has (text, "Calf (left) 5/10.");
  assert_has (text, "Physiotherapist advised.");
}

/* Water: a bar a day against the usual target; a day without water has no bar, and a hot
 * run's raised target is a dot with its words. */
static void
test_water (Fixture       *f,
            gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autofree char *hot = NULL;
  g_autofree char *dry = NULL;
  LimberChartMarker *marker;

  add_water (f, DAY (11, 16), 1500);
  add_run (f, DAY (11, 16), 8, 48, LIMBER_RPE_UNSET, 28);
  add_water (f, DAY (11, 17), 2000);

  data = convert (f, LIMBER_PROGRESS_WATER, LIMBER_SERIES_RANGE_4_WEEKS, NULL, NULL);
  g_assert_cmpuint (data->scale, ==, LIMBER_CHART_DAYS);
  g_assert_cmpstr (data->unit, ==, "l");
  g_assert_cmpfloat (data->target, ==, 2.0);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 16)), ==, 1.5);
  g_assert_true (isnan (value_on (series_at (data, 0), DAY (11, 18))));

  g_assert_cmpuint (data->markers->len, ==, 1);
  marker = g_ptr_array_index (data->markers, 0);
  g_assert_cmpint (marker->day, ==, DAY (11, 16));
  g_assert_cmpfloat (marker->value, ==, 2.5);
  hot = describe (data, DAY (11, 16));
  assert_has (hot, "Water 1.5\u00a0l.");
  assert_has (hot, "Hot run: target raised to 2.5 l.");
  dry = describe (data, DAY (11, 18));
  assert_has (dry, "nothing logged");
}

/* Mobility: "before" and "after" lines of the test, joined across the days between. */
static void
test_mobility (Fixture       *f,
               gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  LimberProgressDetail detail = { FALSE, 0, 0, "knee_to_wall" };

  add_knee_to_wall (f, DAY (10, 27), 7, 8.5);
  add_knee_to_wall (f, DAY (11, 10), 8, 9);
  add_knee_to_wall (f, DAY (11, 19), 8.5, 10);

  data = convert (f, LIMBER_PROGRESS_MOBILITY, LIMBER_SERIES_RANGE_4_WEEKS, NULL, &detail);
  g_assert_cmpstr (data->unit, ==, "cm");
  g_assert_cmpuint (data->series->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpuint (series_at (data, i)->mode, ==, LIMBER_CHART_LINE);
      g_assert_cmpuint (series_at (data, i)->n_points, ==, 3);
    }
  g_assert_cmpuint (series_at (data, 0)->color, !=, series_at (data, 1)->color);
  g_assert_cmpfloat (value_on (series_at (data, 0), DAY (11, 10)), ==, 8);
  g_assert_cmpfloat (value_on (series_at (data, 1), DAY (11, 19)), ==, 10);
}

/* Load: acute and chronic distance as lines from zero; monotony, which has no unit, in
 * words; and the caption stays with the series for the page. */
static void
test_load (Fixture       *f,
           gconstpointer  unused)
{
  g_autoptr(LimberChartData) data = NULL;
  g_autofree char *text = NULL;

  for (LimberDay day = DAY (10, 1); day <= TODAY; day += 2)
    add_run (f, day, 6 + day % 3, 40, 3 + day % 4, NAN);

  data = convert (f, LIMBER_PROGRESS_LOAD, LIMBER_SERIES_RANGE_4_WEEKS, NULL, NULL);
  g_assert_cmpuint (data->series->len, ==, 2);
  g_assert_cmpuint (series_at (data, 0)->mode, ==, LIMBER_CHART_LINE);
  g_assert_cmpuint (series_at (data, 1)->mode, ==, LIMBER_CHART_LINE);
  g_assert_cmpfloat (data->range_min, ==, 0);
  g_assert_cmpuint (count_markers (data, TODAY, TRUE), ==, 0);
  g_assert_cmpuint (count_markers (data, TODAY, FALSE), ==, 1);
  text = describe (data, TODAY);
  assert_has (text, "Last 7 days ");
  assert_has (text, "Monotony ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/progress-convert/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  g_test_add_func ("/limber/progress-convert/ids", test_ids);
  ADD ("empty", test_empty);
  ADD ("distance", test_distance);
  ADD ("distance-long-range", test_distance_long_range);
  ADD ("fascia", test_fascia);
  ADD ("fascia-long-range", test_fascia_long_range);
  ADD ("soreness", test_soreness);
  ADD ("water", test_water);
  ADD ("mobility", test_mobility);
  ADD ("load", test_load);

  return g_test_run ();
}
