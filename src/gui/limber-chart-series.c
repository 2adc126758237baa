/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include "limber-chart-private.h"

/* Where a chart of series puts things for one size: the plot and its axes, the bands, a
 * rectangle a bar, a vertex a point of a line (or a band of columns where points outnumber
 * pixels), the markers. */

#define MARGIN        8
#define X_AXIS_GAP    6
#define MAX_BAR       56    /* the widest a group of bars gets */
#define HEADER_GAP    6     /* between the legend and the plot */
#define MARKER_RADIUS 4.5

/* Snaps a coordinate to the device pixel grid. */
static double
snap (LimberChartRenderer *renderer,
      double               value)
{
  return round (value * renderer->scale) / renderer->scale;
}

double
limber_chart_slot_left (LimberChartRenderer *renderer,
                        double               slot)
{
  return renderer->plot.x + slot * renderer->slot_width;
}

double
limber_chart_slot_centre (LimberChartRenderer *renderer,
                          double               slot)
{
  return limber_chart_slot_left (renderer, slot + 0.5);
}

double
limber_chart_value_to_y (LimberChartRenderer *renderer,
                         double               value)
{
  double span = renderer->axis_max - renderer->axis_min;

  return renderer->plot.y + renderer->plot.height * (1 - (value - renderer->axis_min) / span);
}

static void
layout_bands (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;

  for (guint i = 0; i < data->bands->len; i++)
    {
      const LimberChartBand *band = g_ptr_array_index (data->bands, i);
      LimberDay first = MAX (band->first, data->first);
      LimberDay last = MIN (band->last, limber_chart_data_slot_day (data, data->n_slots - 1));
      LimberChartRect rect;
      double x0, x1;

      if (first > last)
        continue;

      x0 = limber_chart_slot_left (renderer, limber_chart_data_slot (data, first));
      x1 = limber_chart_slot_left (renderer, limber_chart_data_slot (data, last) + 1);
      x0 = snap (renderer, x0);
      x1 = snap (renderer, x1);
      rect = (LimberChartRect) { x0, renderer->plot.y, MAX (x1 - x0, 1 / renderer->scale),
                                 renderer->plot.height };
      g_array_append_val (renderer->bands, rect);
    }
}

static void
add_bar (LimberChartRenderer *renderer,
         guint                series,
         guint                slot,
         double               x0,
         double               x1,
         double               value)
{
  double base = limber_chart_value_to_y (renderer, CLAMP (0, renderer->axis_min,
                                                          renderer->axis_max));
  double y0 = snap (renderer, base);
  double y1 = snap (renderer, limber_chart_value_to_y (renderer, value));
  LimberChartBar bar;

  x0 = snap (renderer, x0);
  x1 = MAX (snap (renderer, x1), x0 + 1 / renderer->scale);
  if (y0 == y1 && value != 0)
    y1 = y0 + (value > 0 ? -1 : 1) / renderer->scale;   /* a small value still shows */

  bar.rect = (LimberChartRect) { x0, MIN (y0, y1), x1 - x0, fabs (y1 - y0) };
  bar.series = series;
  bar.slot = slot;
  g_array_append_val (renderer->bars, bar);
}

/* One bar a slot; or, when slots are narrower than 3 device pixels, one a pixel column with the
 * largest value in it, as wide as the slots it holds, so that the bars touch. */
static void
layout_bar_series (LimberChartRenderer     *renderer,
                   guint                    index,
                   guint                    position,
                   const LimberChartSeries *series)
{
  const LimberChartData *data = renderer->data;
  double group = MIN (renderer->slot_width * 0.7, MAX_BAR);
  double width = group / renderer->n_bar_series;
  double pixel = 1 / renderer->scale;
  double bin_value = NAN;
  int bin = -1, bin_slot = 0, bin_first = 0, bin_last = 0;

  for (guint p = 0; p <= series->n_points; p++)
    {
      int slot = -1, c = -2;
      double value = NAN;

      if (p < series->n_points)
        {
          double left, right;

          slot = limber_chart_data_slot (data, series->points[p].day);
          value = series->points[p].value;
          if (slot < 0 || !isfinite (value))
            continue;

          if (!renderer->dense)
            {
              left = limber_chart_slot_centre (renderer, slot) - group / 2 + position * width;
              /* A pixel between the bars of a group. */
              right = left + width - (position + 1 < renderer->n_bar_series ? pixel : 0);
              add_bar (renderer, index, slot, left, right, value);
              continue;
            }

          c = (int) floor ((limber_chart_slot_centre (renderer, slot) - renderer->plot.x) *
                           renderer->scale);
          if (c == bin)
            {
              bin_last = slot;
              if (fabs (value) > fabs (bin_value))
                bin_value = value, bin_slot = slot;
              continue;
            }
        }

      /* Another pixel column, or the end: the bin before is complete. */
      if (bin >= 0)
        add_bar (renderer, index, bin_slot, limber_chart_slot_left (renderer, bin_first),
                 limber_chart_slot_left (renderer, bin_last + 1), bin_value);
      bin = c;
      bin_value = value;
      bin_slot = bin_first = bin_last = slot;
    }
}

static void
add_vertex (GArray *vertices,
            double  x,
            double  y,
            double  low_y,
            double  width)
{
  LimberChartVertex vertex = { x, y, low_y, width };

  g_array_append_val (vertices, vertex);
}

/* A vertex a point; or, when there are more points than pixel columns, a band: for each
 * column a unit wide (a pixel, or two on a HiDPI screen), a span from its lowest to its highest
 * value, reaching to the last value before it and across any empty columns since, so that the
 * band joins up. */
static void
layout_line_series (LimberChartRenderer     *renderer,
                    LimberChartLine         *line,
                    const LimberChartSeries *series)
{
  const LimberChartData *data = renderer->data;
  double low = 0, high = 0, last = NAN;
  int column = -1, previous = -1;
  guint n_points = 0;

  for (guint p = 0; p < series->n_points; p++)
    n_points += limber_chart_data_slot (data, series->points[p].day) >= 0;
  line->band = n_points > renderer->plot.width;

  for (guint p = 0; p <= series->n_points; p++)
    {
      int slot = -1, c = -2;
      double value = NAN, x = 0;

      if (p < series->n_points)
        {
          slot = limber_chart_data_slot (data, series->points[p].day);
          value = series->points[p].value;
          if (slot < 0)
            continue;
          x = limber_chart_slot_centre (renderer, slot);
          if (!line->band)
            {
              add_vertex (line->vertices, x, isfinite (value) ?
                          limber_chart_value_to_y (renderer, value) : NAN, 0, 0);
              continue;
            }
          c = (int) floor (x - renderer->plot.x);
          if (c == column && isfinite (value))
            {
              low = MIN (low, value);
              high = MAX (high, value);
              last = value;
              continue;
            }
        }

      /* Another column, a gap or the end: the column before is complete. */
      if (column >= 0)
        {
          int start = previous >= 0 ? previous + 1 : column;

          add_vertex (line->vertices, renderer->plot.x + start,
                      limber_chart_value_to_y (renderer, high) - LIMBER_CHART_LINE_WIDTH / 2,
                      limber_chart_value_to_y (renderer, low) + LIMBER_CHART_LINE_WIDTH / 2,
                      column + 1 - start);
          previous = column;
        }
      column = -1;

      if (p == series->n_points)
        break;
      if (!isfinite (value))
        {
          add_vertex (line->vertices, x, NAN, NAN, 0);
          last = NAN;
          previous = -1;
          continue;
        }

      column = c;
      low = high = value;
      if (isfinite (last))
        {
          low = MIN (low, last);
          high = MAX (high, last);
        }
      last = value;
    }
}

/* Markers in day order, each drawn only clear of the one before it; where bars are thinner
 * than pixels, only one in a few pixels' width, whatever its height. */
static void
layout_markers (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;
  double radius = renderer->dense ? MARKER_RADIUS - 1.5 : MARKER_RADIUS;
  double last_x = -G_MAXDOUBLE, last_y = 0;

  for (guint i = 0; i < data->markers->len; i++)
    {
      const LimberChartMarker *marker = g_ptr_array_index (data->markers, i);
      int slot = limber_chart_data_slot (data, marker->day);
      LimberChartDot dot;
      double distance;

      if (slot < 0 || !isfinite (marker->value))
        continue;

      dot.x = limber_chart_slot_centre (renderer, slot);
      dot.y = limber_chart_value_to_y (renderer, marker->value);
      dot.radius = radius;
      dot.color = marker->color;
      distance = renderer->dense ? dot.x - last_x : hypot (dot.x - last_x, dot.y - last_y);
      if (distance < 2 * radius + 4)
        continue;

      g_array_append_val (renderer->markers, dot);
      last_x = dot.x;
      last_y = dot.y;
    }
}

void
limber_chart_series_layout (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;
  double top, bottom, label_height, header;
  guint bar_position = 0;
  LimberChartLabel sample = { NULL, };

  /* Room for the unit and the legend above the plot, for half of the top tick's label, and
   * for the dates under it. */
  limber_chart_label_set (renderer, &sample, "0123456789", TRUE);
  label_height = sample.height;
  limber_chart_label_clear (&sample);

  header = limber_chart_legend_layout (renderer);
  top = MAX (MARGIN, ceil (label_height / 2) + 2);
  if (header > 0)
    top = header + HEADER_GAP + ceil (label_height / 2);
  bottom = renderer->height - label_height - X_AXIS_GAP - 2;
  limber_chart_axis_layout_y (renderer, top, bottom);

  renderer->plot.x = limber_chart_axis_y_width (renderer);
  renderer->plot.y = top;
  renderer->plot.width = MAX (1, renderer->width - renderer->plot.x - MARGIN);
  renderer->plot.height = MAX (1, bottom - top);
  renderer->slot_width = renderer->plot.width / data->n_slots;
  renderer->dense = renderer->slot_width * renderer->scale < 3;

  for (guint i = 0; i < renderer->y_labels->len; i++)
    {
      LimberChartLabel *label = &g_array_index (renderer->y_labels, LimberChartLabel, i);
      double y = limber_chart_value_to_y (renderer,
                                          limber_chart_ticks_value (&renderer->ticks, i));

      label->x = renderer->plot.x - 8 - label->width;
      label->y = round (y - label->height / 2.0);
    }

  limber_chart_axis_layout_x (renderer, bottom + X_AXIS_GAP);
  layout_bands (renderer);

  while (renderer->lines->len < data->series->len)
    {
      LimberChartLine *line = g_new0 (LimberChartLine, 1);

      line->vertices = g_array_new (FALSE, FALSE, sizeof (LimberChartVertex));
      g_ptr_array_add (renderer->lines, line);
    }

  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      if (series->mode == LIMBER_CHART_BAR)
        layout_bar_series (renderer, i, bar_position++, series);
      else
        layout_line_series (renderer, g_ptr_array_index (renderer->lines, i), series);
    }

  layout_markers (renderer);

}
