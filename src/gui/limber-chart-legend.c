/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "limber-chart-private.h"

/* The words on a chart beyond its axes. The line above a chart of series: the unit on the
 * left, over the y axis; on the right, what each colour, mark and shade means, wrapped onto
 * more lines when the chart is narrow. And the readout of the selected point: GTK shows
 * tooltips for the pointer only, so the arrow keys need one of their own. */

#define MARGIN      8
#define KEY_WIDTH   16
#define KEY_GAP     6     /* between a key and its name */
#define ITEM_GAP    16    /* between two items */
#define ROW_GAP     4
#define UNIT_GAP    16    /* between the unit and the legend */
#define READOUT_PAD 6     /* round the readout's text */
#define READOUT_MAX 360   /* the widest the readout gets */

static void
add_item (LimberChartRenderer *renderer,
          LimberChartKey       key,
          LimberChartColor     color,
          const char          *text)
{
  LimberChartLegendItem item = { { NULL, }, key, color, 0, 0 };

  if (text == NULL || text[0] == '\0')
    return;

  limber_chart_label_set (renderer, &item.label, text, TRUE);
  g_array_append_val (renderer->legend_items, item);
}

static gboolean
has_band_in_range (const LimberChartData *data)
{
  LimberDay last = limber_chart_data_slot_day (data, data->n_slots - 1) +
                   (data->scale == LIMBER_CHART_WEEKS ? 6 : 0);

  for (guint i = 0; i < data->bands->len; i++)
    {
      const LimberChartBand *band = g_ptr_array_index (data->bands, i);

      if (band->last >= data->first && band->first <= last)
        return TRUE;
    }

  return FALSE;
}

static int
first_marker_in_range (const LimberChartData *data)
{
  for (guint i = 0; i < data->markers->len; i++)
    {
      const LimberChartMarker *marker = g_ptr_array_index (data->markers, i);

      if (limber_chart_data_slot (data, marker->day) >= 0)
        return i;
    }

  return -1;
}

void
limber_chart_legend_clear (LimberChartRenderer *renderer)
{
  for (guint i = 0; i < renderer->legend_items->len; i++)
    limber_chart_label_clear (&g_array_index (renderer->legend_items,
                                              LimberChartLegendItem, i).label);
  g_array_set_size (renderer->legend_items, 0);
  limber_chart_label_clear (&renderer->unit);
}

/* Lays out the unit and the legend from the top of the chart down.
 *
 * Returns: how tall they are, or 0 when there is neither */
double
limber_chart_legend_layout (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;
  double right = renderer->width - MARGIN;
  double left, x, row_top = 0, row_height = 0;
  guint row_start = 0;
  int marker;

  limber_chart_legend_clear (renderer);
  limber_chart_label_set (renderer, &renderer->unit, data->unit, TRUE);

  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      add_item (renderer, series->mode == LIMBER_CHART_BAR ? LIMBER_CHART_KEY_BAR :
                LIMBER_CHART_KEY_LINE, series->color, series->label);
    }
  marker = first_marker_in_range (data);
  if (marker >= 0)
    add_item (renderer, LIMBER_CHART_KEY_MARKER,
              ((LimberChartMarker *) g_ptr_array_index (data->markers, marker))->color,
              data->marker_label);
  if (has_band_in_range (data))
    add_item (renderer, LIMBER_CHART_KEY_BAND, LIMBER_CHART_COLOR_FOREGROUND, data->band_label);
  if (isfinite (data->target))
    add_item (renderer, LIMBER_CHART_KEY_TARGET, LIMBER_CHART_COLOR_FOREGROUND,
              data->target_label);

  /* One series alone needs no legend: the chart's title names it. */
  if (renderer->legend_items->len == 1)
    {
      LimberChartLegendItem *only = &g_array_index (renderer->legend_items,
                                                    LimberChartLegendItem, 0);

      if (only->key == LIMBER_CHART_KEY_BAR || only->key == LIMBER_CHART_KEY_LINE)
        {
          limber_chart_label_clear (&only->label);
          g_array_set_size (renderer->legend_items, 0);
        }
    }

  left = renderer->unit.layout != NULL ? renderer->unit.width + UNIT_GAP : 0;
  x = left;

  /* Fill rows from the left, then move each row to the right edge. */
  for (guint i = 0; i <= renderer->legend_items->len; i++)
    {
      LimberChartLegendItem *item = NULL;
      double width = 0;

      if (i < renderer->legend_items->len)
        {
          item = &g_array_index (renderer->legend_items, LimberChartLegendItem, i);
          width = KEY_WIDTH + KEY_GAP + item->label.width;
        }

      if (item == NULL || (i > row_start && x + width > right))
        {
          double shift = right - (x - ITEM_GAP);

          for (guint j = row_start; j < i; j++)
            {
              LimberChartLegendItem *placed = &g_array_index (renderer->legend_items,
                                                              LimberChartLegendItem, j);

              placed->x = round (placed->x + shift);
              placed->label.x = round (placed->label.x + shift);
              placed->y = row_top + row_height / 2;
              placed->label.y = round (placed->y - placed->label.height / 2.0);
            }
          if (item == NULL)
            break;
          row_top += row_height + ROW_GAP;
          row_start = i;
          row_height = 0;
          x = left;
        }

      item->x = x;
      item->label.x = x + KEY_WIDTH + KEY_GAP;
      row_height = MAX (row_height, item->label.height);
      x += width + ITEM_GAP;
    }
  if (renderer->legend_items->len > 0)
    row_top += row_height;

  renderer->unit.x = 0;
  renderer->unit.y = 0;

  return MAX (row_top, renderer->unit.height);
}

static void
set_source (cairo_t               *cr,
            const LimberChartRgba *color,
            double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
draw_key (cairo_t                     *cr,
          const LimberChartLegendItem *item,
          const LimberChartPalette    *palette)
{
  static const double dashes[] = { 4, 3 };
  const LimberChartRgba *color = &palette->colors[item->color];
  double x = item->x, y = item->y;

  switch (item->key)
    {
    case LIMBER_CHART_KEY_BAR:
      cairo_rectangle (cr, x + 3, y - 5, 10, 10);
      set_source (cr, color, 1);
      cairo_fill (cr);
      break;

    case LIMBER_CHART_KEY_LINE:
      cairo_move_to (cr, x + 1, y);
      cairo_line_to (cr, x + KEY_WIDTH - 1, y);
      cairo_set_line_width (cr, 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      set_source (cr, color, 1);
      cairo_stroke (cr);
      break;

    case LIMBER_CHART_KEY_MARKER:
      cairo_arc (cr, x + KEY_WIDTH / 2.0, y, 4.5, 0, 2 * G_PI);
      set_source (cr, color, 1);
      cairo_fill (cr);
      break;

    case LIMBER_CHART_KEY_BAND:
      cairo_rectangle (cr, x + 2, y - 6, 12, 12);
      set_source (cr, &palette->band, 1);
      cairo_fill (cr);
      break;

    case LIMBER_CHART_KEY_TARGET:
      cairo_move_to (cr, x, round (y) + 0.75);
      cairo_line_to (cr, x + KEY_WIDTH, round (y) + 0.75);
      cairo_set_line_width (cr, 1.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      set_source (cr, &palette->foreground, 0.6);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

void
limber_chart_legend_draw (LimberChartRenderer      *renderer,
                          cairo_t                  *cr,
                          const LimberChartPalette *palette)
{
  if (renderer->unit.layout != NULL)
    {
      set_source (cr, &palette->foreground, 0.65);
      cairo_move_to (cr, renderer->unit.x, renderer->unit.y);
      pango_cairo_show_layout (cr, renderer->unit.layout);
    }

  for (guint i = 0; i < renderer->legend_items->len; i++)
    {
      const LimberChartLegendItem *item = &g_array_index (renderer->legend_items,
                                                          LimberChartLegendItem, i);

      draw_key (cr, item, palette);
      set_source (cr, &palette->foreground, 0.8);
      cairo_move_to (cr, item->label.x, item->label.y);
      pango_cairo_show_layout (cr, item->label.layout);
    }
}

/* The selected point's words in a dark box, like a tooltip, at the top of the plot beside the
 * point's column (on the side with more room), so that it covers the point least. */
void
limber_chart_readout_draw (LimberChartRenderer *renderer,
                           cairo_t             *cr)
{
  const LimberChartRect *plot = &renderer->plot;
  LimberChartLabel *readout = &renderer->readout;
  double centre, x, y, width, height, radius = 6;

  if (renderer->selected_slot < 0 || renderer->data == NULL)
    return;

  if (readout->layout == NULL)
    {
      g_autofree char *text = limber_chart_data_describe_slot (renderer->data,
                                                               renderer->selected_slot,
                                                               renderer->selected_row);

      limber_chart_label_set (renderer, readout, text, TRUE);
      if (readout->layout == NULL)
        return;
      pango_layout_set_width (readout->layout, MIN (plot->width * 0.6, READOUT_MAX) * PANGO_SCALE);
      pango_layout_set_wrap (readout->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_pixel_size (readout->layout, &readout->width, &readout->height);
    }

  width = readout->width + 2 * READOUT_PAD;
  height = readout->height + 2 * READOUT_PAD;
  centre = limber_chart_slot_centre (renderer, renderer->selected_slot);
  if (centre > plot->x + plot->width / 2)
    x = centre - MAX (renderer->slot_width / 2, 4) - 6 - width;
  else
    x = centre + MAX (renderer->slot_width / 2, 4) + 6;
  x = round (CLAMP (x, plot->x, MAX (plot->x, plot->x + plot->width - width)));
  y = round (plot->y + 4);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.8);   /* as libadwaita's tooltips, in either style */
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, x + READOUT_PAD, y + READOUT_PAD);
  pango_cairo_show_layout (cr, readout->layout);
}
