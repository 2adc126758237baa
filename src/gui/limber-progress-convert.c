/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-progress"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "limber-progress-convert.h"

/* From the core's series to the chart's data: which line becomes bars and which a line, in
 * which colour; the flags that become markers and bands; and, since the chart has one y axis,
 * the values of a second axis (fascia minutes, monotony) as words in the tooltips only. */

/* The most weeks whose long runs or missed fascia weeks are drawn one by one: a year and a
 * bit. */
#define MAX_MARKED_WEEKS 60
#define AVERAGE_WEEKS    13   /* a quarter: smooth enough to read over years */

static const char * const chart_ids[LIMBER_PROGRESS_N_CHARTS] = {
  [LIMBER_PROGRESS_DISTANCE] = "distance",
  [LIMBER_PROGRESS_FASCIA] = "fascia",
  [LIMBER_PROGRESS_SORENESS] = "soreness",
  [LIMBER_PROGRESS_WATER] = "water",
  [LIMBER_PROGRESS_MOBILITY] = "mobility",
  [LIMBER_PROGRESS_LOAD] = "load",
};

/* The mobility lines, in the order the series makes them: each side's "before" then "after". */
static const LimberChartColor line_colors[] = {
  LIMBER_CHART_COLOR_BLUE,
  LIMBER_CHART_COLOR_GREEN,
  LIMBER_CHART_COLOR_PURPLE,
  LIMBER_CHART_COLOR_ORANGE,
  LIMBER_CHART_COLOR_YELLOW,
  LIMBER_CHART_COLOR_RED,
};

static double
point_value (const LimberSeriesPoint *point)
{
  return (point->flags & LIMBER_SERIES_FLAG_NOT_LOGGED) ? NAN : point->value;
}

/* A line's points as a chart series; a slot with nothing logged has no value. With @join,
 * only the slots with a value are points, so that the line joins them across the days
 * between (self-tests and soreness are logged now and then, not every day). */
static LimberChartSeries *
add_series (LimberChartData        *data,
            const LimberSeriesLine *line,
            LimberChartMode         mode,
            LimberChartColor        color,
            gboolean                join)
{
  LimberChartSeries *series;
  guint n = 0;

  for (guint i = 0; i < line->points->len; i++)
    n += !join || isfinite (point_value (&g_array_index (line->points, LimberSeriesPoint, i)));

  series = limber_chart_data_add_series (data, mode, color, line->label, n);
  n = 0;
  for (guint i = 0; i < line->points->len; i++)
    {
      const LimberSeriesPoint *point = &g_array_index (line->points, LimberSeriesPoint, i);
      double value = point_value (point);

      if (join && !isfinite (value))
        continue;
      series->points[n].day = point->day;
      series->points[n].value = value;
      n++;
    }

  return series;
}

static const LimberSeriesPoint *
line_point (const LimberSeriesLine *line,
            guint                   slot)
{
  return &g_array_index (line->points, LimberSeriesPoint, slot);
}

/* Words about a slot that are not drawn: a marker without a value shows in the slot's
 * tooltip and description only. */
static void
add_note (LimberChartData *data,
          LimberDay        day,
          const char      *text)
{
  limber_chart_data_add_marker (data, day, NAN, LIMBER_CHART_COLOR_FOREGROUND, text);
}

/* The mean of each complete week and the 12 before it, as a line over @bars. */
static void
add_average (LimberChartData        *data,
             const LimberSeriesLine *bars)
{
  guint n = bars->points->len;
  LimberChartSeries *average;

  average = limber_chart_data_add_series (data, LIMBER_CHART_LINE, LIMBER_CHART_COLOR_ORANGE,
                                          _("13-week average"), n);
  for (guint i = 0; i < n; i++)
    {
      double sum = 0;
      guint counted = 0;

      average->points[i].day = line_point (bars, i)->day;
      average->points[i].value = NAN;
      if (line_point (bars, i)->flags & LIMBER_SERIES_FLAG_PARTIAL)
        continue;
      for (guint k = 0; k < AVERAGE_WEEKS && k <= i; k++, counted++)
        sum += line_point (bars, i - k)->value;
      average->points[i].value = sum / counted;
    }
}

static void
convert_distance (LimberSeries    *series,
                  LimberChartData *data)
{
  const LimberSeriesLine *bars = limber_series_get_line (series, 0);

  add_series (data, bars, LIMBER_CHART_BAR, LIMBER_CHART_COLOR_ACCENT, FALSE);
  if (limber_series_get_n_lines (series) > 1)
    add_series (data, limber_series_get_line (series, 1), LIMBER_CHART_LINE,
                LIMBER_CHART_COLOR_ORANGE, FALSE);

  /* Over more than a year, a dot a week would only blur the bars: there the tooltips say it. */
  for (guint i = 0; i < bars->points->len; i++)
    {
      const LimberSeriesPoint *point = line_point (bars, i);
      const char *label = limber_series_flag_get_label (LIMBER_SERIES_FLAG_LONG_RUN);

      if (!(point->flags & LIMBER_SERIES_FLAG_LONG_RUN))
        continue;
      if (bars->points->len > MAX_MARKED_WEEKS)
        add_note (data, point->day, label);
      else
        limber_chart_data_add_marker (data, point->day, point->value, LIMBER_CHART_COLOR_PURPLE,
                                      label);
    }
  limber_chart_data_set_legend_labels (data, _("Week with a long run"), NULL);
}

static void
convert_fascia (LimberSeries    *series,
                LimberChartData *data)
{
  const LimberSeriesLine *bars = limber_series_get_line (series, 0);
  const char *band_label = NULL;

  gboolean dense = bars->points->len > MAX_MARKED_WEEKS;

  add_series (data, bars, LIMBER_CHART_BAR, LIMBER_CHART_COLOR_GREEN, FALSE);

  /* Over years, a shade a missed week is a blur, and bars binned by pixel show the best week
   * of each: there a 13-week average says how regular the care was, and the tooltips which
   * weeks fell short. */
  for (guint i = 0; i < limber_series_get_n_bands (series); i++)
    {
      const LimberSeriesBand *band = limber_series_get_band (series, i);

      if (dense)
        {
          for (LimberDay week = band->first; week <= band->last; week += 7)
            add_note (data, week, band->label);
          continue;
        }
      limber_chart_data_add_band (data, band->first, band->last, band->label);
      band_label = band->label;
    }
  limber_chart_data_set_legend_labels (data, NULL, band_label);
  if (dense)
    {
      add_average (data, bars);
      data->digits = 1;   /* an average of 2.5 sessions */
    }

  /* The minutes have an axis of their own in the series: here they are words. */
  if (limber_series_get_n_lines (series) > 1)
    {
      const LimberSeriesLine *minutes = limber_series_get_line (series, 1);

      for (guint i = 0; i < minutes->points->len; i++)
        {
          const LimberSeriesPoint *point = line_point (minutes, i);
          guint rounded;
          g_autofree char *text = NULL;

          if (!isfinite (point->value) || point->value <= 0)
            continue;
          rounded = (guint) (point->value + 0.5);
          /* Translators: the minutes of fascia care in a week, in a chart's tooltip */
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute of care",
                                               "%u minutes of care", rounded), rounded);
          add_note (data, point->day, text);
        }
    }
}

static void
convert_soreness_map (LimberSeries    *series,
                      LimberChartData *data)
{
  for (guint i = 0; i < limber_series_get_n_rows (series); i++)
    {
      const LimberSeriesRow *row = limber_series_get_row (series, i);
      guint8 *levels = limber_chart_data_add_row (data, row->label);

      /* Both use 255 for a day without an entry. */
      G_STATIC_ASSERT (LIMBER_SERIES_NO_LEVEL == LIMBER_CHART_NO_LEVEL);
      memcpy (levels, row->levels, data->n_slots);
    }
  /* Translators: the ends of the soreness heat map's colour scale */
  limber_chart_data_set_level_legend (data, _("0 none"), _("10 worst"));
}

static void
convert_soreness_trend (LimberSeries    *series,
                        LimberChartData *data)
{
  const LimberSeriesLine *line = limber_series_get_line (series, 0);
  const char *physio = limber_series_flag_get_label (LIMBER_SERIES_FLAG_PHYSIO);

  add_series (data, line, LIMBER_CHART_LINE, LIMBER_CHART_COLOR_ORANGE, TRUE);
  limber_chart_data_set_range (data, 0, 10);

  for (guint i = 0; i < line->points->len; i++)
    {
      const LimberSeriesPoint *point = line_point (line, i);

      if (point->flags & LIMBER_SERIES_FLAG_PHYSIO)
        limber_chart_data_add_marker (data, point->day,
                                      isfinite (point->value) ? point->value
                                                              : limber_series_get_target (series),
                                      LIMBER_CHART_COLOR_RED, physio);
    }
  limber_chart_data_set_legend_labels (data, physio, NULL);
}

static void
convert_water (LimberSeries    *series,
               LimberChartData *data)
{
  const LimberSeriesLine *bars = limber_series_get_line (series, 0);
  gboolean weeks = limber_series_get_scale (series) == LIMBER_SERIES_WEEKS;

  add_series (data, bars, LIMBER_CHART_BAR, LIMBER_CHART_COLOR_BLUE, FALSE);

  /* The line is the usual target; a dot marks where a hot run raised it. */
  for (guint i = 0; i < bars->points->len; i++)
    {
      const LimberSeriesPoint *point = line_point (bars, i);
      g_autofree char *target = NULL;
      g_autofree char *text = NULL;

      if (!(point->flags & LIMBER_SERIES_FLAG_HOT_DAY) || !isfinite (point->target))
        continue;

      target = limber_series_format_value (series, 0, point->target);
      if (weeks)
        /* Translators: a week with a hot run, in a chart's tooltip; %s is "2.1 l" */
        text = g_strdup_printf (_("A hot run this week: target %s a day on average"), target);
      else
        /* Translators: a day with a hot run, in a chart's tooltip; %s is "2.5 l" */
        text = g_strdup_printf (_("Hot run: target raised to %s"), target);
      limber_chart_data_add_marker (data, point->day, point->target, LIMBER_CHART_COLOR_ORANGE,
                                    text);
    }
  limber_chart_data_set_legend_labels (data, _("Target after a hot run"), NULL);
}

static void
convert_mobility (LimberSeries    *series,
                  LimberChartData *data)
{
  for (guint i = 0; i < limber_series_get_n_lines (series); i++)
    add_series (data, limber_series_get_line (series, i), LIMBER_CHART_LINE,
                line_colors[i % G_N_ELEMENTS (line_colors)], TRUE);
}

static void
convert_load (LimberSeries    *series,
              LimberChartData *data)
{
  static const LimberChartColor colors[] = {
    LIMBER_CHART_COLOR_ACCENT, LIMBER_CHART_COLOR_ORANGE,
  };

  /* Distances start from nothing: a chronic line at 30 km should not look like zero. */
  limber_chart_data_set_range (data, 0, NAN);

  for (guint i = 0; i < limber_series_get_n_lines (series); i++)
    {
      const LimberSeriesLine *line = limber_series_get_line (series, i);

      if (line->axis == 0)
        {
          add_series (data, line, LIMBER_CHART_LINE, colors[MIN (i, G_N_ELEMENTS (colors) - 1)],
                      FALSE);
          continue;
        }

      /* Monotony has no unit: it goes in the tooltips. */
      for (guint p = 0; p < line->points->len; p++)
        {
          const LimberSeriesPoint *point = line_point (line, p);
          g_autofree char *value = NULL;
          g_autofree char *text = NULL;

          if (!isfinite (point->value))
            continue;
          value = limber_series_format_value (series, line->axis, point->value);
          /* Translators: "Monotony 1.4" in a chart's tooltip */
          text = g_strdup_printf (C_("chart label and value", "%s %s"), line->label, value);
          add_note (data, point->day, text);
        }
    }
}

const char *
limber_progress_chart_to_id (LimberProgressChart chart)
{
  g_return_val_if_fail (chart < LIMBER_PROGRESS_N_CHARTS, NULL);

  return chart_ids[chart];
}

gboolean
limber_progress_chart_from_id (const char          *id,
                               LimberProgressChart *chart)
{
  g_return_val_if_fail (chart != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_PROGRESS_N_CHARTS; i++)
    {
      if (strcmp (id, chart_ids[i]) == 0)
        {
          *chart = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The name of a chart in the chooser: "Distance", "Fascia"… */
const char *
limber_progress_chart_get_label (LimberProgressChart chart)
{
  switch (chart)
    {
    case LIMBER_PROGRESS_DISTANCE:
      return _("Distance");
    case LIMBER_PROGRESS_FASCIA:
      return _("Fascia");
    case LIMBER_PROGRESS_SORENESS:
      return _("Soreness");
    case LIMBER_PROGRESS_WATER:
      return _("Water");
    case LIMBER_PROGRESS_MOBILITY:
      return _("Mobility");
    case LIMBER_PROGRESS_LOAD:
      return _("Load");
    case LIMBER_PROGRESS_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * limber_progress_compute:
 * @options: (nullable): units and targets, %NULL for the defaults
 * @detail: (nullable): the soreness zone or mobility test, %NULL for the map and the first test
 *
 * Returns: (transfer full): the series of one chart, or %NULL with a journal error
 */
LimberSeries *
limber_progress_compute (LimberJournal               *journal,
                         LimberProgressChart          chart,
                         LimberSeriesRange            range,
                         LimberDay                    today,
                         const LimberAdvisorOptions  *options,
                         const LimberProgressDetail  *detail,
                         GError                     **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (chart < LIMBER_PROGRESS_N_CHARTS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (chart)
    {
    case LIMBER_PROGRESS_FASCIA:
      return limber_series_fascia (journal, range, today, options, error);
    case LIMBER_PROGRESS_SORENESS:
      if (detail != NULL && detail->trend)
        return limber_series_soreness_trend (journal, range, today, detail->zone, detail->side,
                                             error);
      return limber_series_soreness_map (journal, range, today, options, error);
    case LIMBER_PROGRESS_WATER:
      return limber_series_water (journal, range, today, options, error);
    case LIMBER_PROGRESS_MOBILITY:
      return limber_series_mobility (journal, range, today,
                                     detail != NULL ? detail->test_id : NULL, error);
    case LIMBER_PROGRESS_LOAD:
      return limber_series_load (journal, range, today, options, error);
    case LIMBER_PROGRESS_DISTANCE:
    case LIMBER_PROGRESS_N_CHARTS:
    default:
      return limber_series_weekly_distance (journal, range, today, options, error);
    }
}

/**
 * limber_progress_chart_data_new:
 *
 * What the chart widget draws for @series: the same slots, title, summary and unit; its lines
 * as bars or lines; its flags as markers and bands. An empty series gives data with no values,
 * which draws its empty message.
 *
 * Returns: (transfer full): the chart's data
 */
LimberChartData *
limber_progress_chart_data_new (LimberSeries *series)
{
  LimberChartData *data;
  LimberChartScale scale;
  const char *unit, *message;

  g_return_val_if_fail (LIMBER_IS_SERIES (series), NULL);

  scale = limber_series_get_scale (series) == LIMBER_SERIES_WEEKS ? LIMBER_CHART_WEEKS
                                                                   : LIMBER_CHART_DAYS;
  data = limber_chart_data_new (scale, limber_series_get_first_day (series),
                                limber_series_get_last_day (series));
  g_assert (data->n_slots == limber_series_get_n_slots (series));

  limber_chart_data_set_title (data, limber_series_get_title (series));
  limber_chart_data_set_summary (data, limber_series_get_summary (series));
  message = limber_series_get_empty_message (series);
  limber_chart_data_set_empty_message (data, message != NULL ? message
                                                             : _("Nothing to show for this "
                                                                 "period yet."));
  unit = limber_series_get_unit (series, 0);
  limber_chart_data_set_unit (data, unit[0] != '\0' ? unit : NULL,
                              MIN (limber_series_get_digits (series, 0), 6));
  limber_chart_data_set_target (data, limber_series_get_target (series),
                                limber_series_get_target_label (series));

  if (limber_series_is_empty (series))
    return data;

  switch (limber_series_get_kind (series))
    {
    case LIMBER_SERIES_WEEKLY_DISTANCE:
      convert_distance (series, data);
      break;
    case LIMBER_SERIES_FASCIA:
      convert_fascia (series, data);
      break;
    case LIMBER_SERIES_SORENESS_MAP:
      convert_soreness_map (series, data);
      break;
    case LIMBER_SERIES_SORENESS_TREND:
      convert_soreness_trend (series, data);
      break;
    case LIMBER_SERIES_WATER:
      convert_water (series, data);
      break;
    case LIMBER_SERIES_MOBILITY:
      convert_mobility (series, data);
      break;
    case LIMBER_SERIES_LOAD:
      convert_load (series, data);
      break;
    case LIMBER_N_SERIES_KINDS:
    default:
      g_assert_not_reached ();
    }

  return data;
}
