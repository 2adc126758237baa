/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "limber-advisor-private.h"
#include "limber-series-private.h"

/* The running charts: weekly distance with its 4-week average and long runs, and training
 * load (acute and chronic distance, monotony), with the advisor's definitions. */

/* The earliest "today" a chart accepts: its look-back must stay after day 1. */
#define MIN_TODAY 1000

#define AVERAGE_WEEKS 4

typedef struct
{
  double   distance;     /* metres */
  guint    runs;
  gboolean long_run;
} WeekRuns;

typedef struct
{
  LimberDay day;
  double    distance;
  gboolean  long_run;    /* logged as long, or long by its duration */
} RunRow;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median as the advisor takes it: the middle value, or the mean of the two middle ones. */
static double
median_of (double *values,
           guint   n)
{
  if (n == 0)
    return 0;

  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/* Totals of the weeks from @first's to @last's, @weeks[0] being @first's week. */
static gboolean
read_week_runs (LimberJournal  *journal,
                LimberDay       first,
                LimberDay       last,
                WeekRuns       *weeks,
                guint           n_weeks,
                GError        **error)
{
  gint64 first_week = (first - 1) / 7;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_WEEK_RUNS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);
  sqlite3_bind_int64 (stmt, 3, LIMBER_LONG_RUN_SECONDS);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 index = sqlite3_column_int64 (stmt, 0) - first_week;

      if (index < 0 || index >= n_weeks)
        continue;
      weeks[index].distance = sqlite3_column_double (stmt, 1);
      weeks[index].runs = sqlite3_column_int (stmt, 2);
      weeks[index].long_run = sqlite3_column_int (stmt, 3) != 0;
    }

  return limber_series_step_error (journal, stmt, rc, error);
}

/* Marks the weeks from @first on that hold a run of 1.5 × the median run of the 28 days before
 * it: the one part of the advisor's long run that needs each run. Only weeks not yet marked
 * are looked at, and only if there are any. */
static gboolean
mark_long_by_median (LimberJournal  *journal,
                     LimberDay       first,
                     LimberDay       last,
                     WeekRuns       *weeks,
                     guint           n_weeks,
                     GError        **error)
{
  g_autoptr(GArray) runs = NULL;
  g_autofree double *window = NULL;
  gboolean needed = FALSE;
  sqlite3_stmt *stmt;
  guint lo = 0, hi = 0;
  int rc;

  for (guint i = 0; i < n_weeks && !needed; i++)
    needed = weeks[i].runs > 0 && !weeks[i].long_run;
  if (!needed)
    return TRUE;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_RUNS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first - LIMBER_LONG_RUN_MEDIAN_DAYS);
  sqlite3_bind_int64 (stmt, 2, last);
  sqlite3_bind_int64 (stmt, 3, LIMBER_LONG_RUN_SECONDS);

  runs = g_array_new (FALSE, FALSE, sizeof (RunRow));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RunRow row = {
        .day = sqlite3_column_int64 (stmt, 0),
        .distance = sqlite3_column_double (stmt, 1),
        .long_run = sqlite3_column_int (stmt, 2) != 0,
      };

      g_array_append_val (runs, row);
    }
  if (!limber_series_step_error (journal, stmt, rc, error))
    return FALSE;

  window = g_new (double, MAX (runs->len, 1));

  for (guint i = 0; i < runs->len; i++)
    {
      RunRow *run = &g_array_index (runs, RunRow, i);
      guint week = (run->day - limber_day_week_start (first)) / 7;
      double med;

      if (run->day < first || weeks[week].long_run)
        continue;

      /* The runs from 28 days before this one's day to the day before it. */
      while (g_array_index (runs, RunRow, lo).day < run->day - LIMBER_LONG_RUN_MEDIAN_DAYS)
        lo++;
      while (hi < runs->len && g_array_index (runs, RunRow, hi).day < run->day)
        hi++;

      for (guint j = lo; j < hi; j++)
        window[j - lo] = g_array_index (runs, RunRow, j).distance;
      med = median_of (window, hi - lo);

      if (med > 0 && run->distance >= LIMBER_LONG_RUN_MEDIAN_FACTOR * med)
        weeks[week].long_run = TRUE;
    }

  return TRUE;
}

static char *
describe_weekly_distance (LimberSeries            *series,
                          const LimberSeriesFrame *frame,
                          const LimberSeriesLine  *bars,
                          guint                    long_weeks)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *longs = NULL;
  double lo = INFINITY, hi = -INFINITY;
  guint last = frame->n_slots - 1;

  for (guint i = 0; i < last; i++)
    {
      lo = MIN (lo, limber_series_line_point (bars, i)->value);
      hi = MAX (hi, limber_series_line_point (bars, i)->value);
    }

  low = limber_series_format_value (series, 0, lo);
  high = limber_series_format_value (series, 0, hi);
  latest = limber_series_format_value (series, 0, limber_series_line_point (bars, last)->value);
  longs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week with a long run",
                                        "%u weeks with a long run", long_weeks), long_weeks);

  /* Translators: "Weekly distance, last 4 weeks: 18.0 km to 42.0 km a week, 12.0 km so far
   * this week; 3 weeks with a long run." */
  return g_strdup_printf (_("%s, %s: %s to %s a week, %s so far this week; %s."),
                          limber_series_get_title (series), range, low, high, latest, longs);
}

/**
 * limber_series_weekly_distance:
 *
 * Weekly running distance as bars (line 0, flagged %LIMBER_SERIES_FLAG_LONG_RUN where the
 * week holds a long run) and its 4-week average (line 1: the mean of the week and the 3
 * before it, counting only weeks since the journal's first; none for the unfinished week).
 */
LimberSeries *
limber_series_weekly_distance (LimberJournal               *journal,
                               LimberSeriesRange            range,
                               LimberDay                    today,
                               const LimberAdvisorOptions  *options,
                               GError                     **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autofree WeekRuns *weeks = NULL;
  LimberUnits units = limber_series_units (options);
  LimberSeriesFrame frame;
  LimberSeriesLine *bars, *average;
  LimberDay query_first, journal_week = LIMBER_DAY_INVALID;
  guint n_weeks, runs = 0, long_weeks = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_series_frame_init (&frame, journal, range, today, TRUE);

  /* The 3 weeks before the range feed the first averages. */
  query_first = frame.first - 7 * (AVERAGE_WEEKS - 1);
  n_weeks = frame.n_slots + AVERAGE_WEEKS - 1;
  weeks = g_new0 (WeekRuns, n_weeks);

  if (!read_week_runs (journal, query_first, today, weeks, n_weeks, error) ||
      !mark_long_by_median (journal, frame.first, today, weeks + AVERAGE_WEEKS - 1,
                            frame.n_slots, error))
    return NULL;

  if (frame.journal_first != LIMBER_DAY_INVALID)
    journal_week = limber_day_week_start (frame.journal_first);

  series = limber_series_new (LIMBER_SERIES_WEEKLY_DISTANCE, &frame);
  limber_series_set_title (series, _("Weekly distance"));
  limber_series_set_unit (series, 0, limber_units_get_symbol (units), 1);
  bars = limber_series_add_line (series, _("Distance"), LIMBER_SERIES_BARS, 0);
  average = limber_series_add_line (series, _("4-week average"), LIMBER_SERIES_LINE, 0);

  for (guint i = 0; i < frame.n_slots; i++)
    {
      WeekRuns *week = &weeks[i + AVERAGE_WEEKS - 1];
      LimberSeriesPoint *bar = limber_series_line_point (bars, i);
      gboolean partial = i == frame.n_slots - 1;
      double sum = 0;
      guint counted = 0;

      bar->value = limber_units_to_display (units, week->distance);
      if (week->long_run)
        {
          bar->flags |= LIMBER_SERIES_FLAG_LONG_RUN;
          long_weeks++;
        }
      if (partial)
        bar->flags |= LIMBER_SERIES_FLAG_PARTIAL;
      runs += week->runs;

      if (partial || journal_week == LIMBER_DAY_INVALID)
        continue;

      for (guint k = 0; k < AVERAGE_WEEKS; k++)
        {
          if (bar->day - 7 * k < journal_week)
            break;
          sum += weeks[i + AVERAGE_WEEKS - 1 - k].distance;
          counted++;
        }
      if (counted > 0)
        limber_series_line_point (average, i)->value =
          limber_units_to_display (units, sum / counted);
    }

  if (runs == 0)
    limber_series_set_empty (series, _("No runs in this period yet. Each run you log adds to "
                                       "the bar of its week."));
  if (runs == 0)
    limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
  else
    limber_series_take_summary (series, describe_weekly_distance (series, &frame, bars,
                                                                  long_weeks));

  return g_steal_pointer (&series);
}

typedef struct
{
  double distance;       /* metres */
  double load;           /* effort × minutes */
  guint  rated;          /* runs with an effort */
} DayRuns;

static gboolean
read_day_runs (LimberJournal  *journal,
               LimberDay       first,
               LimberDay       last,
               DayRuns        *days,
               GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_DAILY_RUNS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DayRuns *day = &days[sqlite3_column_int64 (stmt, 0) - first];

      day->distance = sqlite3_column_double (stmt, 1);
      day->load = sqlite3_column_double (stmt, 2);
      day->rated = sqlite3_column_int (stmt, 3);
    }

  return limber_series_step_error (journal, stmt, rc, error);
}

/* Foster's monotony of the 7 days to @end: the mean daily load over its standard deviation;
 * NAN without a rated run or when every day is alike. */
static double
monotony_at (const DayRuns *days,
             guint          end)
{
  double sum = 0, mean, var = 0;
  guint rated = 0;

  for (guint i = end - 6; i <= end; i++)
    {
      sum += days[i].load;
      rated += days[i].rated;
    }
  if (rated == 0)
    return NAN;

  mean = sum / 7.0;
  for (guint i = end - 6; i <= end; i++)
    var += (days[i].load - mean) * (days[i].load - mean);

  return var > 0 ? mean / sqrt (var / 7.0) : NAN;
}

static char *
describe_load (LimberSeries            *series,
               const LimberSeriesFrame *frame,
               double                   acute,
               double                   chronic,
               double                   monotony)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autofree char *acute_text = limber_series_format_value (series, 0, acute);
  g_autofree char *chronic_text = limber_series_format_value (series, 0, chronic);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: "Training load, last 4 weeks: 42.0 km in the last 7 days." */
  g_string_printf (text, _("%s, %s: %s in the last 7 days."),
                   limber_series_get_title (series), range, acute_text);

  g_string_append_c (text, ' ');
  if (isfinite (chronic) && chronic > 0)
    /* Translators: the ratio is the last 7 days' distance ÷ the weekly average before */
    g_string_append_printf (text, _("The 21 days before averaged %s a week, a ratio of %.2f."),
                            chronic_text, acute / chronic);
  else if (isfinite (chronic))
    g_string_append_printf (text, _("The 21 days before averaged %s a week."), chronic_text);
  else
    g_string_append (text, _("The average of the 21 days before needs 4 weeks of journal."));

  if (isfinite (monotony))
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Monotony of the last 7 days: %.1f."), monotony);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * limber_series_load:
 *
 * Training load as the advisor reads it, at each day (or each week's last day): line 0, the
 * distance of the 7 days to it (acute); line 1, the weekly average of the 21 days before
 * those (chronic, once the journal covers the 28 days); line 2 on the second axis, when runs
 * carry an effort, Foster's monotony of those 7 days. The caption says these are context.
 */
LimberSeries *
limber_series_load (LimberJournal               *journal,
                    LimberSeriesRange            range,
                    LimberDay                    today,
                    const LimberAdvisorOptions  *options,
                    GError                     **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autofree DayRuns *days = NULL;
  g_autofree double *running = NULL;
  LimberUnits units = limber_series_units (options);
  LimberSeriesFrame frame;
  LimberSeriesLine *acute_line, *chronic_line, *monotony_line = NULL;
  LimberDay base;
  guint n_days;
  double last_acute = NAN, last_chronic = NAN, last_monotony = NAN;
  gboolean any_distance = FALSE;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_series_frame_init (&frame, journal, range, today, FALSE);

  /* Days from 27 before the first slot, so that its chronic average is whole. */
  base = frame.first - 27;
  n_days = today - base + 1;
  days = g_new0 (DayRuns, n_days);
  if (!read_day_runs (journal, base, today, days, error))
    return NULL;

  /* running[i]: the distance of the days before base + i. */
  running = g_new (double, n_days + 1);
  running[0] = 0;
  for (guint i = 0; i < n_days; i++)
    running[i + 1] = running[i] + days[i].distance;

  series = limber_series_new (LIMBER_SERIES_LOAD, &frame);
  limber_series_set_title (series, _("Training load"));
  limber_series_set_unit (series, 0, limber_units_get_symbol (units), 1);
  limber_series_set_unit (series, 1, "", 1);
  acute_line = limber_series_add_line (series, _("Last 7 days"), LIMBER_SERIES_LINE, 0);
  chronic_line = limber_series_add_line (series, _("Weekly average of the 21 days before"),
                                         LIMBER_SERIES_LINE, 0);

  for (guint slot = 0; slot < frame.n_slots; slot++)
    {
      LimberDay day = limber_series_frame_slot_end (&frame, slot);
      guint end = day - base;
      LimberSeriesPoint *acute = limber_series_line_point (acute_line, slot);
      LimberSeriesPoint *chronic = limber_series_line_point (chronic_line, slot);
      double monotony;

      if (slot == frame.n_slots - 1)
        acute->flags = chronic->flags = LIMBER_SERIES_FLAG_PARTIAL;

      if (frame.journal_first == LIMBER_DAY_INVALID || day < frame.journal_first)
        continue;

      acute->value = limber_units_to_display (units, running[end + 1] - running[end - 6]);
      any_distance |= acute->value > 0;
      if (frame.journal_first <= day - 27)
        chronic->value = limber_units_to_display (units,
                                                  (running[end - 6] - running[end - 27]) / 3.0);

      monotony = monotony_at (days, end);
      if (isfinite (monotony))
        {
          if (monotony_line == NULL)
            monotony_line = limber_series_add_line (series, _("Monotony"), LIMBER_SERIES_LINE,
                                                    1);
          limber_series_line_point (monotony_line, slot)->value = monotony;
        }

      last_acute = acute->value;
      last_chronic = chronic->value;
      last_monotony = monotony;
    }

  if (!any_distance)
    limber_series_set_empty (series, _("No runs in this period yet. Once you log runs, this "
                                       "chart compares each week with the weeks before it."));

  limber_series_set_caption (series, _("The last 7 days set against the 3 weeks before them "
                                       "describe how your training changes; they do not "
                                       "predict injury, and studies of runners found no "
                                       "warning value in the comparison alone. A monotony "
                                       "above 2 means days that are too much alike."));
  if (!any_distance)
    limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
  else
    limber_series_take_summary (series, describe_load (series, &frame, last_acute, last_chronic,
                                                       last_monotony));

  return g_steal_pointer (&series);
}
