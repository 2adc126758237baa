/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "limber-chart-private.h"

/* The axes: round ticks up the side, dates along the bottom thinned to what fits. */

/* Space between two date labels, and between a label and the plot. */
#define X_LABEL_GAP 16
#define AXIS_GAP    8

/* How far apart date labels can be, finest first. */
typedef enum
{
  EVERY_DAY,
  EVERY_WEEK,
  EVERY_2_WEEKS,
  EVERY_MONTH,
  EVERY_QUARTER,
  EVERY_YEAR,
  EVERY_2_YEARS,
  EVERY_5_YEARS,
  EVERY_10_YEARS,
  N_LEVELS
} DateLevel;

/* The shortest distance between two labels of a level, in days. */
static const guint level_days[N_LEVELS] = { 1, 7, 14, 28, 90, 365, 730, 1826, 3652 };

/* The smallest step of the form 1, 2 or 5 × 10ⁿ that splits @range into at most
 * @max_ticks - 1 steps. */
static double
nice_step (double range,
           guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw = range / MAX (max_ticks - 1, 1);
  double magnitude = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    if (multiples[i] * magnitude >= raw * (1 - 1e-9))
      return multiples[i] * magnitude;

  return 10 * magnitude;
}

/* The step after @step in 1, 2, 5, 10, 20, 50... */
static double
next_step (double step)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double multiple = step / magnitude;

  if (multiple < 1.5)
    return 2 * magnitude;
  if (multiple < 3.5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/**
 * limber_chart_ticks_choose:
 * @max_ticks: at least 2
 *
 * Round ticks that cover @min to @max: the first at or below @min, the last at or above @max,
 * a step of 1, 2 or 5 × 10ⁿ, at most @max_ticks of them. A range of one value grows to reach
 * zero (or 0 to 1 for zero itself).
 */
void
limber_chart_ticks_choose (double            min,
                           double            max,
                           guint             max_ticks,
                           LimberChartTicks *ticks)
{
  double step, first, last;

  g_assert (ticks != NULL);

  max_ticks = MAX (max_ticks, 2);
  if (!isfinite (min) || !isfinite (max))
    min = max = 0;
  if (min > max)
    {
      double swap = min;

      min = max;
      max = swap;
    }
  if (max - min < 1e-9 * MAX (fabs (min), fabs (max)) || max - min < 1e-12)
    {
      if (fabs (max) < 1e-12)
        min = 0, max = 1;
      else if (max > 0)
        min = 0;
      else
        max = 0;
    }

  step = nice_step (max - min, max_ticks);
  for (;;)
    {
      first = floor (min / step + 1e-9) * step;
      last = ceil (max / step - 1e-9) * step;
      if (round ((last - first) / step) + 1 <= max_ticks)
        break;
      step = next_step (step);
    }

  ticks->first = first;
  ticks->step = step;
  ticks->count = (guint) round ((last - first) / step) + 1;
  ticks->digits = step >= 1 ? 0 : (guint) ceil (-log10 (step) - 1e-9);
}

double
limber_chart_ticks_value (const LimberChartTicks *ticks,
                          guint                   index)
{
  double value = ticks->first + index * ticks->step;

  /* 0.30000000000000004 is 0.3, and -0 is 0 */
  value = round (value / ticks->step) * ticks->step;
  return fabs (value) < ticks->step * 1e-6 ? 0 : value;
}

void
limber_chart_label_clear (LimberChartLabel *label)
{
  g_clear_object (&label->layout);
  label->width = label->height = 0;
}

void
limber_chart_labels_clear (GArray *labels)
{
  for (guint i = 0; i < labels->len; i++)
    limber_chart_label_clear (&g_array_index (labels, LimberChartLabel, i));
  g_array_set_size (labels, 0);
}

/* Lays out @text in the renderer's font (smaller for @small: axis labels, legends). */
void
limber_chart_label_set (LimberChartRenderer *renderer,
                        LimberChartLabel    *label,
                        const char          *text,
                        gboolean             small)
{
  limber_chart_label_clear (label);
  if (text == NULL || text[0] == '\0')
    return;

  label->layout = pango_layout_new (renderer->context);
  pango_layout_set_font_description (label->layout, small ? renderer->small_font : renderer->font);
  pango_layout_set_text (label->layout, text, -1);
  pango_layout_get_pixel_size (label->layout, &label->width, &label->height);
}

static char *
format_tick (LimberChartRenderer *renderer,
             guint                index)
{
  double value = limber_chart_ticks_value (&renderer->ticks, index);

  return g_strdup_printf ("%'.*f", renderer->ticks.digits, value);
}

/* Chooses the ticks for a plot from @top to @bottom and lays out their labels (placed at the
 * left edge, for now; limber_chart_axis_y_width() says how wide they are). */
void
limber_chart_axis_layout_y (LimberChartRenderer *renderer,
                            double               top,
                            double               bottom)
{
  guint max_ticks = CLAMP ((guint) ((bottom - top) / 40) + 1, 2, 7);

  limber_chart_labels_clear (renderer->y_labels);
  limber_chart_ticks_choose (renderer->low, renderer->high, max_ticks, &renderer->ticks);
  renderer->axis_min = renderer->ticks.first;
  renderer->axis_max = limber_chart_ticks_value (&renderer->ticks, renderer->ticks.count - 1);

  for (guint i = 0; i < renderer->ticks.count; i++)
    {
      g_autofree char *text = format_tick (renderer, i);
      LimberChartLabel label = { NULL, };

      limber_chart_label_set (renderer, &label, text, TRUE);
      g_array_append_val (renderer->y_labels, label);
    }
}

double
limber_chart_axis_y_width (LimberChartRenderer *renderer)
{
  int width = 0;

  for (guint i = 0; i < renderer->y_labels->len; i++)
    width = MAX (width, g_array_index (renderer->y_labels, LimberChartLabel, i).width);

  return width > 0 ? width + AXIS_GAP : 0;
}

/* The label of @day at @level, or NULL when the level puts none there. @scale_days is 7 for
 * a weekly chart, whose slot @day is the Monday of. */
static char *
date_label (LimberDay day,
            guint     scale_days,
            DateLevel level)
{
  GDate date, last;
  guint month, year;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  switch (level)
    {
    case EVERY_DAY:
      /* Translators: a day under a chart, e.g. "Mon 16"; see g_date_time_format() */
      /* xgettext:no-c-format */
      return limber_day_format (day, C_("chart axis day", "%a %-d"));

    case EVERY_WEEK:
    case EVERY_2_WEEKS:
      if (limber_day_weekday (day) != 0 || (level == EVERY_2_WEEKS && ((day - 1) / 7) % 2 != 0))
        return NULL;
      /* Translators: a week under a chart, e.g. "16 Nov"; see g_date_time_format() */
      return limber_day_format (day, C_("chart axis week", "%-d %b"));

    default:
      break;
    }

  /* A month starts in this slot: on its day, or within its week. */
  last = date;
  g_date_add_days (&last, scale_days - 1);
  if (g_date_get_day (&date) == 1)
    last = date;
  else if (g_date_get_month (&last) != g_date_get_month (&date))
    g_date_set_day (&last, 1);
  else
    return NULL;

  month = g_date_get_month (&last);
  year = g_date_get_year (&last);
  day = g_date_get_julian (&last);

  switch (level)
    {
    case EVERY_MONTH:
    case EVERY_QUARTER:
      if (level == EVERY_QUARTER && (month - 1) % 3 != 0)
        return NULL;
      if (month == 1)
        return g_strdup_printf ("%u", year);
      /* Translators: a month under a chart, e.g. "Nov"; see g_date_time_format() */
      return limber_day_format (day, C_("chart axis month", "%b"));

    case EVERY_YEAR:
    case EVERY_2_YEARS:
    case EVERY_5_YEARS:
    case EVERY_10_YEARS:
      if (month != 1 || year % (level_days[level] / 365) != 0)
        return NULL;
      return g_strdup_printf ("%u", year);

    case EVERY_DAY:
    case EVERY_WEEK:
    case EVERY_2_WEEKS:
    case N_LEVELS:
    default:
      g_assert_not_reached ();
    }
}

/* Lays out the labels of one level; FALSE when two of them would touch. */
static gboolean
try_level (LimberChartRenderer *renderer,
           DateLevel            level,
           double               top)
{
  const LimberChartData *data = renderer->data;
  guint scale_days = data->scale == LIMBER_CHART_WEEKS ? 7 : 1;
  double previous_right = -G_MAXDOUBLE;

  limber_chart_labels_clear (renderer->x_labels);

  for (guint slot = 0; slot < data->n_slots; slot++)
    {
      g_autofree char *text = date_label (limber_chart_data_slot_day (data, slot), scale_days,
                                          level);
      LimberChartLabel label = { NULL, };
      double centre;

      if (text == NULL)
        continue;

      limber_chart_label_set (renderer, &label, text, TRUE);
      centre = limber_chart_slot_centre (renderer, slot);
      label.x = round (centre - label.width / 2.0);
      label.y = top;

      /* Half a label beyond the plot is fine; beyond the widget is not. */
      if (label.x < 0 || label.x + label.width > renderer->width)
        {
          limber_chart_label_clear (&label);
          continue;
        }
      if (label.x < previous_right + X_LABEL_GAP)
        {
          limber_chart_label_clear (&label);
          return FALSE;
        }

      previous_right = label.x + label.width;
      g_array_append_val (renderer->x_labels, label);
    }

  return TRUE;
}

/* Dates under the plot, from its left edge to its right, at @top: the finest level whose
 * labels fit side by side. */
void
limber_chart_axis_layout_x (LimberChartRenderer *renderer,
                            double               top)
{
  DateLevel level = renderer->data->scale == LIMBER_CHART_WEEKS ? EVERY_WEEK : EVERY_DAY;
  double days_per_pixel;

  days_per_pixel = (renderer->data->scale == LIMBER_CHART_WEEKS ? 7 : 1) / renderer->slot_width;

  for (; level < N_LEVELS; level++)
    {
      /* No label is narrower than this: skip levels that cannot fit without laying them out. */
      if (level_days[level] / days_per_pixel < 28)
        continue;
      if (try_level (renderer, level, top))
        return;
    }

  limber_chart_labels_clear (renderer->x_labels);
}
