/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "limber-chart-private.h"

/* The heat map: a row a zone, a cell a slot coloured by its level, names on the left, dates
 * below, the legend of levels under them. */

#define MARGIN        8
#define TOP           4
#define LABEL_GAP     8
#define X_AXIS_GAP    6
#define LEGEND_GAP    10
#define MAX_ROW       28
#define SWATCH        14
#define SWATCH_GAP    2

static void
add_cell (LimberChartRenderer *renderer,
          guint8               level,
          double               x0,
          double               x1,
          double               y,
          double               height)
{
  LimberChartRect rect = { x0, y, x1 - x0, height };

  g_assert (level <= LIMBER_CHART_LEVEL_MAX);
  g_array_append_val (renderer->heat[level], rect);
}

/* A cell a slot with an entry, with a hairline between cells when there is room. */
static void
layout_row_cells (LimberChartRenderer  *renderer,
                  const LimberChartRow *row,
                  double                y,
                  double                height)
{
  double pixel = 1 / renderer->scale;
  double gap = renderer->slot_width >= 8 ? 2 : renderer->slot_width * renderer->scale >= 4 ?
               pixel : 0;

  for (guint slot = 0; slot < renderer->data->n_slots; slot++)
    {
      double x0, x1;

      if (row->levels[slot] == LIMBER_CHART_NO_LEVEL)
        continue;

      x0 = round ((renderer->plot.x + slot * renderer->slot_width) * renderer->scale) * pixel;
      x1 = round ((renderer->plot.x + (slot + 1) * renderer->slot_width) * renderer->scale) *
           pixel - gap;
      add_cell (renderer, MIN (row->levels[slot], LIMBER_CHART_LEVEL_MAX), x0, MAX (x1, x0 + pixel),
                y, height);
    }
}

/* Slots narrower than 3 device pixels: each pixel column shows the highest level in it. The
 * columns are drawn as an image, a pixel each, stretched to the rows' height. */
static void
layout_row_columns (LimberChartRenderer  *renderer,
                    const LimberChartRow *row,
                    guint8               *columns)
{
  memset (columns, LIMBER_CHART_NO_LEVEL, renderer->n_heat_columns);

  for (guint slot = 0; slot < renderer->data->n_slots; slot++)
    {
      guint c = (guint) floor ((slot + 0.5) * renderer->slot_width * renderer->scale);
      guint8 level = row->levels[slot];

      if (level == LIMBER_CHART_NO_LEVEL || c >= renderer->n_heat_columns)
        continue;
      level = MIN (level, LIMBER_CHART_LEVEL_MAX);
      if (columns[c] == LIMBER_CHART_NO_LEVEL || level > columns[c])
        columns[c] = level;
    }
}

void
limber_chart_heat_clear (LimberChartRenderer *renderer)
{
  for (guint i = 0; i <= LIMBER_CHART_LEVEL_MAX; i++)
    g_array_set_size (renderer->heat[i], 0);
  g_clear_pointer (&renderer->heat_columns, g_free);
  g_clear_pointer (&renderer->heat_image, cairo_surface_destroy);
  renderer->n_heat_columns = 0;
}

static void
layout_legend (LimberChartRenderer *renderer,
               double               top)
{
  const LimberChartData *data = renderer->data;
  double width = (LIMBER_CHART_LEVEL_MAX + 1) * (SWATCH + SWATCH_GAP) - SWATCH_GAP;
  double right = renderer->width - MARGIN;
  double middle;

  limber_chart_label_set (renderer, &renderer->legend_low,
                          data->legend_low != NULL ? data->legend_low : "0", TRUE);
  limber_chart_label_set (renderer, &renderer->legend_high,
                          data->legend_high != NULL ? data->legend_high : "10", TRUE);

  middle = top + MAX (renderer->legend_high.height, SWATCH) / 2.0;
  renderer->legend_high.x = right - renderer->legend_high.width;
  renderer->legend_high.y = round (middle - renderer->legend_high.height / 2.0);
  renderer->legend = (LimberChartRect) { renderer->legend_high.x - 6 - width,
                                         round (middle - SWATCH / 2.0), width, SWATCH };
  renderer->legend_low.x = renderer->legend.x - 6 - renderer->legend_low.width;
  renderer->legend_low.y = round (middle - renderer->legend_low.height / 2.0);
}

void
limber_chart_heat_layout (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;
  guint n_rows = data->rows->len;
  double label_width = 0, available, cell_gap, every;
  LimberChartLabel sample = { NULL, };
  int label_height;

  limber_chart_label_set (renderer, &sample, "0123456789", TRUE);
  label_height = sample.height;
  limber_chart_label_clear (&sample);

  for (guint r = 0; r < n_rows; r++)
    {
      const LimberChartRow *row = g_ptr_array_index (data->rows, r);
      LimberChartLabel label = { NULL, };

      limber_chart_label_set (renderer, &label, row->label, TRUE);
      label_width = MAX (label_width, label.width);
      g_array_append_val (renderer->row_labels, label);
    }
  /* Names take at most a third of the width; longer ones are cut. */
  label_width = MIN (label_width, renderer->width / 3);

  available = renderer->height - TOP - label_height - X_AXIS_GAP - LEGEND_GAP -
              MAX (label_height, SWATCH);
  renderer->row_height = MAX (1, floor (MIN (available / n_rows, MAX_ROW)));
  renderer->plot.x = MARGIN + label_width + LABEL_GAP;
  renderer->plot.y = TOP;
  renderer->plot.width = MAX (1, renderer->width - renderer->plot.x - MARGIN);
  renderer->plot.height = renderer->row_height * n_rows;
  renderer->slot_width = renderer->plot.width / data->n_slots;
  renderer->dense = renderer->slot_width * renderer->scale < 3;

  /* Names where they fit: all of them, or every second, third... row when rows are thin. */
  every = ceil (label_height / renderer->row_height);
  for (guint r = 0; r < n_rows; r++)
    {
      LimberChartLabel *label = &g_array_index (renderer->row_labels, LimberChartLabel, r);

      if (r % (guint) every != 0)
        {
          limber_chart_label_clear (label);
          continue;
        }
      if (label->width > label_width)
        {
          pango_layout_set_width (label->layout, label_width * PANGO_SCALE);
          pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
          label->width = label_width;
        }
      label->x = renderer->plot.x - LABEL_GAP - label->width;
      label->y = round (TOP + (r + 0.5) * renderer->row_height - label->height / 2.0);
    }

  cell_gap = renderer->row_height >= 10 ? 2 : 0;
  if (renderer->dense)
    {
      renderer->n_heat_columns = (guint) ceil (renderer->plot.width * renderer->scale);
      renderer->heat_columns = g_malloc ((gsize) renderer->n_heat_columns * n_rows);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      const LimberChartRow *row = g_ptr_array_index (data->rows, r);
      double y = TOP + r * renderer->row_height;

      if (renderer->dense)
        layout_row_columns (renderer, row, renderer->heat_columns + r * renderer->n_heat_columns);
      else
        layout_row_cells (renderer, row, y, renderer->row_height - cell_gap);
    }

  limber_chart_axis_layout_x (renderer, TOP + renderer->plot.height + X_AXIS_GAP);
  layout_legend (renderer, TOP + renderer->plot.height + X_AXIS_GAP + label_height + LEGEND_GAP);
}

static void
set_source (cairo_t               *cr,
            const LimberChartRgba *color,
            double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_label (cairo_t                *cr,
            const LimberChartLabel *label)
{
  if (label->layout == NULL)
    return;

  cairo_move_to (cr, label->x, label->y);
  pango_cairo_show_layout (cr, label->layout);
}

/* A frame round one cell (at least a few pixels wide, so that a thin one shows). */
static void
outline_cell (LimberChartRenderer   *renderer,
              cairo_t               *cr,
              int                    slot,
              int                    row,
              const LimberChartRgba *color,
              double                 alpha)
{
  double x0, x1, width, line = 2;

  if (slot < 0 || row < 0 || slot >= (int) renderer->data->n_slots ||
      row >= (int) renderer->data->rows->len)
    return;

  x0 = renderer->plot.x + slot * renderer->slot_width;
  width = MAX (renderer->slot_width, 6);
  x0 = round ((x0 + renderer->slot_width / 2 - width / 2) * renderer->scale) / renderer->scale;
  x1 = x0 + round (width * renderer->scale) / renderer->scale;

  cairo_rectangle (cr, x0 - line / 2, renderer->plot.y + row * renderer->row_height - line / 2,
                   x1 - x0 + line, renderer->row_height + line);
  cairo_set_line_width (cr, line);
  set_source (cr, color, alpha);
  cairo_stroke (cr);
}

/* The dense columns as an image in the palette's colours, made again when they change. */
static cairo_surface_t *
ensure_image (LimberChartRenderer      *renderer,
              const LimberChartPalette *palette)
{
  guint n_rows = renderer->data->rows->len;
  guint32 pixels[LIMBER_CHART_LEVEL_MAX + 2];
  guint8 *data;
  int stride;

  if (renderer->heat_image != NULL &&
      memcmp (renderer->heat_colors, palette->levels, sizeof renderer->heat_colors) == 0)
    return renderer->heat_image;

  g_clear_pointer (&renderer->heat_image, cairo_surface_destroy);
  memcpy (renderer->heat_colors, palette->levels, sizeof renderer->heat_colors);

  /* Premultiplied ARGB, the last for no entry. */
  for (guint level = 0; level <= LIMBER_CHART_LEVEL_MAX; level++)
    {
      const LimberChartRgba *c = &palette->levels[level];

      pixels[level] = ((guint32) round (c->alpha * 255) << 24) |
                      ((guint32) round (c->red * c->alpha * 255) << 16) |
                      ((guint32) round (c->green * c->alpha * 255) << 8) |
                      (guint32) round (c->blue * c->alpha * 255);
    }
  pixels[LIMBER_CHART_LEVEL_MAX + 1] = 0;

  renderer->heat_image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                     renderer->n_heat_columns, n_rows);
  cairo_surface_flush (renderer->heat_image);
  data = cairo_image_surface_get_data (renderer->heat_image);
  stride = cairo_image_surface_get_stride (renderer->heat_image);
  for (guint r = 0; r < n_rows && data != NULL; r++)
    {
      guint32 *line = (guint32 *) (data + r * stride);
      const guint8 *levels = renderer->heat_columns + r * renderer->n_heat_columns;

      for (guint c = 0; c < renderer->n_heat_columns; c++)
        line[c] = pixels[levels[c] == LIMBER_CHART_NO_LEVEL ? LIMBER_CHART_LEVEL_MAX + 1 :
                         levels[c]];
    }
  cairo_surface_mark_dirty (renderer->heat_image);

  return renderer->heat_image;
}

/* Each row of the image stretched to its row, pixel for pixel across. */
static void
draw_image (LimberChartRenderer      *renderer,
            cairo_t                  *cr,
            const LimberChartPalette *palette)
{
  cairo_surface_t *image = ensure_image (renderer, palette);
  double height = renderer->row_height - (renderer->row_height >= 10 ? 2 : 0);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  pattern = cairo_pattern_create_for_surface (image);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);

  for (guint r = 0; r < renderer->data->rows->len; r++)
    {
      double y = renderer->plot.y + r * renderer->row_height;

      /* Image pixel (c, r + t) is at (plot.x + c / scale, y + t * height). */
      cairo_matrix_init_scale (&matrix, renderer->scale, 1 / height);
      cairo_matrix_translate (&matrix, -renderer->plot.x, -y + r * height);
      cairo_pattern_set_matrix (pattern, &matrix);
      cairo_set_source (cr, pattern);
      cairo_rectangle (cr, renderer->plot.x, y, renderer->n_heat_columns / renderer->scale,
                       height);
      cairo_fill (cr);
    }

  cairo_pattern_destroy (pattern);
}

void
limber_chart_heat_draw (LimberChartRenderer      *renderer,
                        cairo_t                  *cr,
                        const LimberChartPalette *palette)
{
  const LimberChartRect *legend = &renderer->legend;
  double swatch = (legend->width + SWATCH_GAP) / (LIMBER_CHART_LEVEL_MAX + 1);

  if (renderer->heat_columns != NULL)
    draw_image (renderer, cr, palette);

  for (guint level = 0; level <= LIMBER_CHART_LEVEL_MAX; level++)
    {
      GArray *cells = renderer->heat[level];

      if (cells->len == 0)
        continue;
      for (guint i = 0; i < cells->len; i++)
        {
          const LimberChartRect *cell = &g_array_index (cells, LimberChartRect, i);

          cairo_rectangle (cr, cell->x, cell->y, cell->width, cell->height);
        }
      set_source (cr, &palette->levels[level], 1);
      cairo_fill (cr);
    }

  set_source (cr, &palette->foreground, 0.8);
  for (guint i = 0; i < renderer->row_labels->len; i++)
    show_label (cr, &g_array_index (renderer->row_labels, LimberChartLabel, i));

  set_source (cr, &palette->foreground, 0.65);
  for (guint i = 0; i < renderer->x_labels->len; i++)
    show_label (cr, &g_array_index (renderer->x_labels, LimberChartLabel, i));

  show_label (cr, &renderer->legend_low);
  show_label (cr, &renderer->legend_high);
  for (guint level = 0; level <= LIMBER_CHART_LEVEL_MAX; level++)
    {
      cairo_rectangle (cr, legend->x + level * swatch, legend->y, swatch - SWATCH_GAP,
                       legend->height);
      set_source (cr, &palette->levels[level], 1);
      cairo_fill (cr);
    }

  if (renderer->hover_slot != renderer->selected_slot ||
      renderer->hover_row != renderer->selected_row)
    outline_cell (renderer, cr, renderer->hover_slot, renderer->hover_row, &palette->foreground,
                  0.45);
  outline_cell (renderer, cr, renderer->selected_slot, renderer->selected_row,
                &palette->foreground, 0.9);
  limber_chart_readout_draw (renderer, cr);
}
