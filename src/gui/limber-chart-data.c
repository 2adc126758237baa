/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "limber-chart-data.h"

/* The chart's data and its words: what a slot, a value and a selected point read as. This file
 * needs no GTK, so the drawing can be tested and measured without a display. */

static void
series_free (gpointer data)
{
  LimberChartSeries *series = data;

  g_free (series->label);
  g_free (series->points);
  g_free (series);
}

static void
band_free (gpointer data)
{
  LimberChartBand *band = data;

  g_free (band->label);
  g_free (band);
}

static void
marker_free (gpointer data)
{
  LimberChartMarker *marker = data;

  g_free (marker->label);
  g_free (marker);
}

static void
row_free (gpointer data)
{
  LimberChartRow *row = data;

  g_free (row->label);
  g_free (row->levels);
  g_free (row);
}

static guint
slot_days (const LimberChartData *data)
{
  return data->scale == LIMBER_CHART_WEEKS ? 7 : 1;
}

/**
 * limber_chart_data_new:
 * @first: the first day shown; for WEEKS, its week is the first slot
 * @last: the last day shown, on or after @first
 *
 * Returns: (transfer full): empty data, which draws its empty message until it has values
 */
LimberChartData *
limber_chart_data_new (LimberChartScale scale,
                       LimberDay        first,
                       LimberDay        last)
{
  LimberChartData *data;

  g_return_val_if_fail (scale == LIMBER_CHART_DAYS || scale == LIMBER_CHART_WEEKS, NULL);
  g_return_val_if_fail (first != LIMBER_DAY_INVALID && last >= first, NULL);

  data = g_new0 (LimberChartData, 1);
  data->scale = scale;
  if (scale == LIMBER_CHART_WEEKS)
    {
      first = limber_day_week_start (first);
      last = limber_day_week_start (last);
    }
  data->first = first;
  data->last = last;
  data->n_slots = (last - first) / slot_days (data) + 1;
  data->min_values = 1;
  data->range_min = NAN;
  data->range_max = NAN;
  data->target = NAN;
  data->series = g_ptr_array_new_with_free_func (series_free);
  data->bands = g_ptr_array_new_with_free_func (band_free);
  data->markers = g_ptr_array_new_with_free_func (marker_free);
  data->rows = g_ptr_array_new_with_free_func (row_free);

  return data;
}

void
limber_chart_data_free (LimberChartData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_free (data->summary);
  g_free (data->empty_message);
  g_free (data->unit);
  g_free (data->target_label);
  g_free (data->marker_label);
  g_free (data->band_label);
  g_free (data->legend_low);
  g_free (data->legend_high);
  g_ptr_array_unref (data->series);
  g_ptr_array_unref (data->bands);
  g_ptr_array_unref (data->markers);
  g_ptr_array_unref (data->rows);
  g_free (data);
}

void
limber_chart_data_set_title (LimberChartData *data,
                             const char      *title)
{
  g_return_if_fail (data != NULL);

  g_free (data->title);
  data->title = g_strdup (title);
}

void
limber_chart_data_set_summary (LimberChartData *data,
                               const char      *summary)
{
  g_return_if_fail (data != NULL);

  g_free (data->summary);
  data->summary = g_strdup (summary);
}

void
limber_chart_data_set_empty_message (LimberChartData *data,
                                     const char      *message)
{
  g_return_if_fail (data != NULL);

  g_free (data->empty_message);
  data->empty_message = g_strdup (message);
}

/**
 * limber_chart_data_set_unit:
 * @unit: (nullable): "km", "min", "L"; already translated
 * @digits: decimals of a value in a tooltip
 */
void
limber_chart_data_set_unit (LimberChartData *data,
                            const char      *unit,
                            guint            digits)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (digits <= 6);

  g_free (data->unit);
  data->unit = g_strdup (unit);
  data->digits = digits;
}

/**
 * limber_chart_data_set_range:
 * @min: NAN, or a value the y axis reaches down to at least: 0 for a soreness trend
 * @max: NAN, or a value it reaches up to at least: 10 for soreness
 */
void
limber_chart_data_set_range (LimberChartData *data,
                             double           min,
                             double           max)
{
  g_return_if_fail (data != NULL);

  data->range_min = min;
  data->range_max = max;
}

/**
 * limber_chart_data_set_target:
 * @value: where the line is drawn, or NAN for none
 * @label: (nullable): the words at its right end: "Target: 3 sessions"
 */
void
limber_chart_data_set_target (LimberChartData *data,
                              double           value,
                              const char      *label)
{
  g_return_if_fail (data != NULL);

  data->target = value;
  g_free (data->target_label);
  data->target_label = g_strdup (label);
}

/**
 * limber_chart_data_set_legend_labels:
 * @marker_label: (nullable): what the markers mean, in the legend: "Long run"
 * @band_label: (nullable): what the shaded bands mean: "No fascia session"
 *
 * The legend above the plot names each series with a label, the target line, and, with these
 * words, the markers and the bands.
 */
void
limber_chart_data_set_legend_labels (LimberChartData *data,
                                     const char      *marker_label,
                                     const char      *band_label)
{
  g_return_if_fail (data != NULL);

  g_free (data->marker_label);
  data->marker_label = g_strdup (marker_label);
  g_free (data->band_label);
  data->band_label = g_strdup (band_label);
}

/* The words at both ends of a heat map's legend; NULL for the numbers 0 and 10. */
void
limber_chart_data_set_level_legend (LimberChartData *data,
                                    const char      *low,
                                    const char      *high)
{
  g_return_if_fail (data != NULL);

  g_free (data->legend_low);
  data->legend_low = g_strdup (low);
  g_free (data->legend_high);
  data->legend_high = g_strdup (high);
}

/**
 * limber_chart_data_add_series:
 * @mode: BAR or LINE
 * @n_points: how many points the caller will fill
 *
 * Returns: (transfer none): the series, its points zeroed, for the caller to fill in day order
 */
LimberChartSeries *
limber_chart_data_add_series (LimberChartData  *data,
                              LimberChartMode   mode,
                              LimberChartColor  color,
                              const char       *label,
                              guint             n_points)
{
  LimberChartSeries *series;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (mode == LIMBER_CHART_BAR || mode == LIMBER_CHART_LINE, NULL);
  g_return_val_if_fail (color < LIMBER_CHART_N_COLORS, NULL);

  series = g_new0 (LimberChartSeries, 1);
  series->label = g_strdup (label);
  series->mode = mode;
  series->color = color;
  series->points = g_new0 (LimberChartPoint, n_points);
  series->n_points = n_points;
  g_ptr_array_add (data->series, series);

  return series;
}

void
limber_chart_data_add_band (LimberChartData *data,
                            LimberDay        first,
                            LimberDay        last,
                            const char      *label)
{
  LimberChartBand *band;

  g_return_if_fail (data != NULL);
  g_return_if_fail (last >= first);

  band = g_new0 (LimberChartBand, 1);
  band->first = first;
  band->last = last;
  band->label = g_strdup (label);
  g_ptr_array_add (data->bands, band);
}

void
limber_chart_data_add_marker (LimberChartData  *data,
                              LimberDay         day,
                              double            value,
                              LimberChartColor  color,
                              const char       *label)
{
  LimberChartMarker *marker;

  g_return_if_fail (data != NULL);
  g_return_if_fail (color < LIMBER_CHART_N_COLORS);

  marker = g_new0 (LimberChartMarker, 1);
  marker->day = day;
  marker->value = value;
  marker->color = color;
  marker->label = g_strdup (label);
  g_ptr_array_add (data->markers, marker);
}

/**
 * limber_chart_data_add_row:
 * @label: the row's name: "Calf (left)"
 *
 * Adds a heat-map row; a chart with rows draws them instead of its series.
 *
 * Returns: (transfer none): its n_slots levels, all LIMBER_CHART_NO_LEVEL, for the caller to fill
 */
guint8 *
limber_chart_data_add_row (LimberChartData *data,
                           const char      *label)
{
  LimberChartRow *row;

  g_return_val_if_fail (data != NULL, NULL);

  row = g_new0 (LimberChartRow, 1);
  row->label = g_strdup (label);
  row->levels = g_malloc (data->n_slots);
  memset (row->levels, LIMBER_CHART_NO_LEVEL, data->n_slots);
  g_ptr_array_add (data->rows, row);

  return row->levels;
}

/* HEAT_MAP when the data has rows, else the mode of its first series (BAR without any). */
LimberChartMode
limber_chart_data_get_mode (const LimberChartData *data)
{
  g_return_val_if_fail (data != NULL, LIMBER_CHART_BAR);

  if (data->rows->len > 0)
    return LIMBER_CHART_HEAT_MAP;
  if (data->series->len > 0)
    return ((LimberChartSeries *) g_ptr_array_index (data->series, 0))->mode;
  return LIMBER_CHART_BAR;
}

/* The slot that holds @day, or -1 when it is outside the chart. */
int
limber_chart_data_slot (const LimberChartData *data,
                        LimberDay              day)
{
  g_return_val_if_fail (data != NULL, -1);

  if (day < data->first || day > data->last + slot_days (data) - 1)
    return -1;

  return (day - data->first) / slot_days (data);
}

/* The first day of a slot. */
LimberDay
limber_chart_data_slot_day (const LimberChartData *data,
                            guint                  slot)
{
  g_return_val_if_fail (data != NULL, LIMBER_DAY_INVALID);

  return data->first + slot * slot_days (data);
}

/* How many values there are to draw: series points that are numbers, heat-map cells with
 * an entry. */
guint
limber_chart_data_count_values (const LimberChartData *data)
{
  guint count = 0;

  g_return_val_if_fail (data != NULL, 0);

  if (data->rows->len > 0)
    {
      for (guint i = 0; i < data->rows->len; i++)
        {
          const LimberChartRow *row = g_ptr_array_index (data->rows, i);

          for (guint slot = 0; slot < data->n_slots; slot++)
            count += row->levels[slot] != LIMBER_CHART_NO_LEVEL;
        }
      return count;
    }

  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      for (guint p = 0; p < series->n_points; p++)
        count += isfinite (series->points[p].value) &&
                 limber_chart_data_slot (data, series->points[p].day) >= 0;
    }

  return count;
}

/* Whether the chart draws its empty message instead of axes. */
gboolean
limber_chart_data_is_empty (const LimberChartData *data)
{
  if (data == NULL)
    return TRUE;

  return limber_chart_data_count_values (data) < MAX (data->min_values, 1);
}

/**
 * limber_chart_data_format_value:
 * @digits: decimals, or -1 for the data's own
 *
 * Returns: (transfer full): "35.2 km" in the locale's digits, or "35.2" without a unit
 */
char *
limber_chart_data_format_value (const LimberChartData *data,
                                double                 value,
                                int                    digits)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (digits < 0)
    digits = data->digits;
  if (fabs (value) < 0.5 * pow (10, -digits))
    value = 0;   /* no "-0" */
  number = g_strdup_printf ("%'.*f", digits, value);
  if (data->unit == NULL || data->unit[0] == '\0')
    return g_steal_pointer (&number);

  /* Translators: a value and its unit on a chart, e.g. "35.2 km", with a no-break space
   * between them so that they stay on one line */
  return g_strdup_printf (C_("chart value", "%s\u00a0%s"), number, data->unit);
}

/* Returns: (transfer full): "Mon 16 Nov 2026", or "Week of 16 Nov 2026" */
char *
limber_chart_data_format_slot (const LimberChartData *data,
                               guint                  slot)
{
  g_autofree char *date = NULL;
  LimberDay day;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (slot < data->n_slots, NULL);

  day = limber_chart_data_slot_day (data, slot);
  if (data->scale == LIMBER_CHART_DAYS)
    /* Translators: a day in a chart's tooltip; see g_date_time_format() */
    return limber_day_format (day, C_("chart day", "%a %-d %b %Y"));

  /* Translators: the Monday of a week in a chart's tooltip; see g_date_time_format() */
  date = limber_day_format (day, C_("chart week", "%-d %b %Y"));
  /* Translators: a week in a chart's tooltip, e.g. "Week of 16 Nov 2026" */
  return g_strdup_printf (_("Week of %s"), date);
}

static gboolean
slot_in_range (const LimberChartData *data,
               guint                  slot,
               LimberDay              first,
               LimberDay              last)
{
  LimberDay start = limber_chart_data_slot_day (data, slot);
  LimberDay end = start + slot_days (data) - 1;

  return first <= end && last >= start;
}

/**
 * limber_chart_data_describe_slot:
 * @row: the heat-map row, or -1 for a chart of series
 *
 * What a tooltip and a screen reader say of a slot: its date, then each series' value there,
 * the markers and the bands it is in; for a heat map, the row, date and level.
 *
 * Returns: (transfer full): "Week of 16 Nov 2026: Distance 35 km, 4-week average 31.2 km.
 *   Long run."
 */
char *
limber_chart_data_describe_slot (const LimberChartData *data,
                                 guint                  slot,
                                 int                    row)
{
  g_autofree char *when = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) values = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (slot < data->n_slots, NULL);
  g_return_val_if_fail (row < (int) data->rows->len, NULL);

  when = limber_chart_data_format_slot (data, slot);

  if (row >= 0)
    {
      const LimberChartRow *r = g_ptr_array_index (data->rows, row);
      guint8 level = r->levels[slot];

      if (level == LIMBER_CHART_NO_LEVEL)
        /* Translators: a heat-map cell: a body zone and a day without an entry */
        return g_strdup_printf (_("%s, %s: no entry"), r->label, when);

      /* Translators: a heat-map cell, e.g. "Calf (left), Mon 16 Nov 2026: 4 of 10" */
      return g_strdup_printf (_("%s, %s: %d of 10"), r->label, when, level);
    }

  values = g_string_new (NULL);
  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      for (guint p = 0; p < series->n_points; p++)
        {
          g_autofree char *value = NULL;

          if (limber_chart_data_slot (data, series->points[p].day) != (int) slot ||
              !isfinite (series->points[p].value))
            continue;

          value = limber_chart_data_format_value (data, series->points[p].value, -1);
          if (values->len > 0)
            /* Translators: between two values in a chart's tooltip */
            g_string_append (values, C_("chart values", ", "));
          if (series->label != NULL)
            /* Translators: a series and its value in a chart's tooltip: "Distance 35 km" */
            g_string_append_printf (values, C_("chart series value", "%s %s"), series->label,
                                    value);
          else
            g_string_append (values, value);
          break;
        }
    }

  text = g_string_new (NULL);
  if (values->len > 0)
    /* Translators: a date and the values then, in a chart's tooltip */
    g_string_append_printf (text, C_("chart slot", "%s: %s."), when, values->str);
  else
    /* Translators: a date with no value, in a chart's tooltip */
    g_string_append_printf (text, _("%s: nothing logged."), when);

  for (guint i = 0; i < data->markers->len; i++)
    {
      const LimberChartMarker *marker = g_ptr_array_index (data->markers, i);

      if (marker->label != NULL && limber_chart_data_slot (data, marker->day) == (int) slot)
        g_string_append_printf (text, " %s.", marker->label);
    }

  for (guint i = 0; i < data->bands->len; i++)
    {
      const LimberChartBand *band = g_ptr_array_index (data->bands, i);

      if (band->label != NULL && slot_in_range (data, slot, band->first, band->last))
        g_string_append_printf (text, " %s.", band->label);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
