/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "limber-chart-private.h"

/* The chart's drawing, on image surfaces: no display needed. Pixels are read back where a bar,
 * a line or a cell must be, and where it must not. */

#define WIDTH  400
#define HEIGHT 200

/* 16 November 2026 is a Monday. */
#define MONDAY limber_day_from_ymd (2026, 11, 16)

typedef struct
{
  cairo_surface_t     *surface;
  LimberChartRenderer *renderer;
  LimberChartPalette   palette;
  double               scale;
} Drawing;

static const LimberChartRgba white = { 1, 1, 1, 1 };

/* Draws @data on white, at @scale device pixels a unit, with @selected_slot selected (or
 * none for -1). */
static void
draw_selected (Drawing               *d,
               const LimberChartData *data,
               double                 scale,
               int                    selected_slot)
{
  cairo_t *cr;

  d->scale = scale;
  d->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);
  cairo_surface_set_device_scale (d->surface, scale, scale);
  limber_chart_palette_init (&d->palette, FALSE);
  limber_chart_palette_set_background (&d->palette, &white);

  d->renderer = limber_chart_renderer_new ();
  limber_chart_renderer_set_data (d->renderer, data);
  limber_chart_renderer_set_selection (d->renderer, selected_slot, -1);
  limber_chart_renderer_layout (d->renderer, NULL, WIDTH, HEIGHT, scale);

  cr = cairo_create (d->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  limber_chart_renderer_draw (d->renderer, cr, &d->palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (d->surface);
}

static void
draw (Drawing               *d,
      const LimberChartData *data,
      double                 scale)
{
  draw_selected (d, data, scale, -1);
}

static void
drawing_clear (Drawing *d)
{
  g_clear_pointer (&d->renderer, limber_chart_renderer_free);
  g_clear_pointer (&d->surface, cairo_surface_destroy);
}

/* The colour at (@x, @y) in units, 0–255, on the white background (so opaque). */
static void
pixel (Drawing *d,
       double   x,
       double   y,
       guint8   rgb[3])
{
  int px = (int) floor (x * d->scale), py = (int) floor (y * d->scale);
  const guint8 *data = cairo_image_surface_get_data (d->surface);
  guint32 value;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (d->surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (d->surface));

  value = *(const guint32 *) (data + py * cairo_image_surface_get_stride (d->surface) + px * 4);
  rgb[0] = (value >> 16) & 0xff;
  rgb[1] = (value >> 8) & 0xff;
  rgb[2] = value & 0xff;
}

/* Whether the pixel is @color laid over white, give or take @tolerance (0–255). */
static gboolean
pixel_near (Drawing               *d,
            double                 x,
            double                 y,
            const LimberChartRgba *color,
            double                 tolerance)
{
  guint8 rgb[3];
  double want[3] = { color->red, color->green, color->blue };

  pixel (d, x, y, rgb);
  for (guint i = 0; i < 3; i++)
    {
      double composed = (want[i] * color->alpha + (1 - color->alpha)) * 255;

      if (fabs (rgb[i] - composed) > tolerance)
        return FALSE;
    }

  return TRUE;
}

/* The same, give or take rounding: a shape's inside, not its antialiased edge. */
static gboolean
pixel_is (Drawing               *d,
          double                 x,
          double                 y,
          const LimberChartRgba *color)
{
  return pixel_near (d, x, y, color, 3);
}

static gboolean
pixel_is_white (Drawing *d,
                double   x,
                double   y)
{
  return pixel_is (d, x, y, &white);
}

/* Five days, bars of 2, 4, 6, 8 and 10. */
static LimberChartData *
make_bars (void)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, MONDAY, MONDAY + 4);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_ACCENT, "Distance",
                                                          5);

  for (guint i = 0; i < 5; i++)
    {
      bars->points[i].day = MONDAY + i;
      bars->points[i].value = 2 * (i + 1);
    }
  limber_chart_data_set_unit (data, "km", 1);
  limber_chart_data_set_empty_message (data, "Not enough runs yet");

  return data;
}

static void
test_bar_pixels (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  const LimberChartRgba *accent;
  Drawing d = { NULL, };

  for (double scale = 1; scale <= 2; scale++)
    {
      double x, y_top, y_half, y_above, base;

      draw (&d, data, scale);
      accent = &d.palette.colors[LIMBER_CHART_COLOR_ACCENT];

      /* The tallest bar (10): its colour inside, not above its top. */
      g_assert_true (limber_chart_renderer_slot_x (d.renderer, 4, &x));
      g_assert_true (limber_chart_renderer_value_y (d.renderer, 10, &y_top));
      g_assert_true (limber_chart_renderer_value_y (d.renderer, 5, &y_half));
      g_assert_true (pixel_is (&d, x, y_half, accent));
      g_assert_true (pixel_is (&d, x, y_top + 2, accent));
      g_assert_false (pixel_is (&d, x, y_top - 3, accent));

      /* The shortest (2) reaches 1 but not 3, where the next bar (4) does. */
      g_assert_true (limber_chart_renderer_slot_x (d.renderer, 0, &x));
      g_assert_true (limber_chart_renderer_value_y (d.renderer, 1, &y_half));
      g_assert_true (limber_chart_renderer_value_y (d.renderer, 3, &y_above));
      g_assert_true (pixel_is (&d, x, y_half, accent));
      g_assert_true (pixel_is_white (&d, x, y_above));
      g_assert_true (limber_chart_renderer_slot_x (d.renderer, 1, &x));
      g_assert_true (pixel_is (&d, x, y_above, accent));

      /* Between two bars there is no bar. */
      g_assert_true (limber_chart_renderer_slot_x (d.renderer, 1, &x));
      x += (x - limber_chart_slot_centre (d.renderer, 0)) / 2;
      g_assert_false (pixel_is (&d, x, y_half, accent));

      /* Crisp: a bar's edges fall between device pixels, with nothing blurred across them. */
      for (guint i = 0; i < d.renderer->bars->len; i++)
        {
          const LimberChartRect *r = &g_array_index (d.renderer->bars, LimberChartBar, i).rect;
          double pixel_width = 1 / scale;

          g_assert_cmpfloat (fabs (r->x * scale - round (r->x * scale)), <, 1e-6);
          g_assert_cmpfloat (fabs ((r->x + r->width) * scale - round ((r->x + r->width) * scale)),
                             <, 1e-6);
          g_assert_true (limber_chart_renderer_value_y (d.renderer, 1, &base));
          g_assert_true (pixel_is (&d, r->x + pixel_width / 2, base, accent));
          g_assert_true (pixel_is_white (&d, r->x - pixel_width / 2, base));
        }

      drawing_clear (&d);
    }
}

/* A bar a day over ten years, thinner than a pixel: the bars are drawn by pixel column. */
static void
test_dense_bars (void)
{
  LimberDay first = MONDAY - 3652;
  g_autoptr(LimberChartData) data = limber_chart_data_new (LIMBER_CHART_DAYS, first, MONDAY);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_ACCENT, NULL,
                                                          data->n_slots);
  double x, y_low, y_high;
  Drawing d = { NULL, };

  /* 10 in the first half, 2 in the second. */
  for (guint i = 0; i < data->n_slots; i++)
    {
      bars->points[i].day = first + i;
      bars->points[i].value = i < data->n_slots / 2 ? 10 : 2;
    }

  draw (&d, data, 1);
  g_assert_true (d.renderer->dense);
  g_assert_cmpuint (d.renderer->bars->len, <, WIDTH);

  g_assert_true (limber_chart_renderer_value_y (d.renderer, 1, &y_low));
  g_assert_true (limber_chart_renderer_value_y (d.renderer, 6, &y_high));   /* off the grid */
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, data->n_slots / 4, &x));
  g_assert_true (pixel_is (&d, x, y_high, &d.palette.colors[LIMBER_CHART_COLOR_ACCENT]));
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 3 * data->n_slots / 4, &x));
  g_assert_true (pixel_is (&d, x, y_low, &d.palette.colors[LIMBER_CHART_COLOR_ACCENT]));
  g_assert_true (pixel_is_white (&d, x, y_high));

  drawing_clear (&d);
}

/* The middle of the darkest line across a column of the plot. */
static double
darkest_y (Drawing *d,
           double   x)
{
  const LimberChartRect *plot = &d->renderer->plot;
  double first = -1, last = -1;
  int best = 3 * 256;

  for (int pass = 0; pass < 2; pass++)
    for (double y = plot->y; y < plot->y + plot->height; y += 1 / d->scale)
      {
        guint8 rgb[3];
        int sum;

        pixel (d, x, y, rgb);
        sum = rgb[0] + rgb[1] + rgb[2];
        if (pass == 0)
          best = MIN (best, sum);
        else if (sum <= best + 6)
          {
            if (first < 0)
              first = y;
            last = y;
          }
      }

  /* From the top of its first pixel row to the bottom of its last. */
  return (first + last + 1 / d->scale) / 2;
}

static void
test_target_line (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  double y, x;
  Drawing d = { NULL, };

  /* At 7, between the ticks (0, 2, 4...): the darkest line left of the first bar is it. */
  limber_chart_data_set_target (data, 7, "Target: 7 km");

  for (double scale = 1; scale <= 2; scale++)
    {
      draw (&d, data, scale);
      g_assert_true (limber_chart_renderer_value_y (d.renderer, 7, &y));
      x = d.renderer->plot.x + 2;   /* within the first dash */

      g_assert_cmpfloat (fabs (darkest_y (&d, x) - y), <=, 0.5);
      g_assert_false (pixel_is_white (&d, x, y));
      g_assert_true (pixel_is_white (&d, x, y - 3));
      g_assert_true (pixel_is_white (&d, x, y + 3));

      drawing_clear (&d);
    }
}

static void
test_line_points (void)
{
  g_autoptr(LimberChartData) data = limber_chart_data_new (LIMBER_CHART_WEEKS, MONDAY - 7 * 3,
                                                           MONDAY);
  LimberChartSeries *line = limber_chart_data_add_series (data, LIMBER_CHART_LINE,
                                                          LIMBER_CHART_COLOR_RED, "Average", 4);
  double x, y;
  Drawing d = { NULL, };

  for (guint i = 0; i < 4; i++)
    {
      line->points[i].day = MONDAY - 7 * (3 - i);
      line->points[i].value = i == 2 ? NAN : 10 * (i + 1);
    }

  draw (&d, data, 1);

  /* A point is a dot in the line's colour; the gap (NAN) has neither dot nor line. */
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 1, &x));
  g_assert_true (limber_chart_renderer_value_y (d.renderer, 20, &y));
  g_assert_true (pixel_is (&d, x, y, &d.palette.colors[LIMBER_CHART_COLOR_RED]));
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 2, &x));
  for (y = d.renderer->plot.y; y < d.renderer->plot.y + d.renderer->plot.height; y++)
    g_assert_false (pixel_is (&d, x, y, &d.palette.colors[LIMBER_CHART_COLOR_RED]));

  /* Between two points, the line. */
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 0, &x));
  x += (limber_chart_slot_centre (d.renderer, 1) - x) / 2;
  g_assert_true (limber_chart_renderer_value_y (d.renderer, 15, &y));
  g_assert_true (pixel_near (&d, x, y, &d.palette.colors[LIMBER_CHART_COLOR_RED], 16));

  drawing_clear (&d);
}

static gboolean
is_round_step (double step)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double multiple = step / magnitude;

  return fabs (multiple - 1) < 1e-6 || fabs (multiple - 2) < 1e-6 || fabs (multiple - 5) < 1e-6;
}

static void
check_ticks (double min,
             double max,
             guint  max_ticks,
             double want_first,
             double want_step,
             guint  want_count)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  LimberChartTicks ticks;
  double last;

  limber_chart_ticks_choose (min, max, max_ticks, &ticks);
  last = limber_chart_ticks_value (&ticks, ticks.count - 1);

  g_assert_cmpfloat_with_epsilon (ticks.first, want_first, 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.step, want_step, 1e-9);
  g_assert_cmpuint (ticks.count, ==, want_count);

  /* Round steps that cover the range, no more than asked, no wider than a step too many. */
  g_assert_true (is_round_step (ticks.step));
  g_assert_cmpuint (ticks.count, >=, 2);
  g_assert_cmpuint (ticks.count, <=, max_ticks);
  g_assert_cmpfloat (ticks.first, <=, min);
  g_assert_cmpfloat (last, >=, max);
  if (max > min)   /* (one value grows to reach zero) */
    {
      g_assert_cmpfloat (min - ticks.first, <, ticks.step);
      g_assert_cmpfloat (last - max, <, ticks.step + 1e-9);
    }
  g_assert_cmpfloat (fabs (remainder (ticks.first, ticks.step)), <, 1e-9);

  /* Each label different, none "-0". */
  for (guint i = 0; i < ticks.count; i++)
    {
      char *label = g_strdup_printf ("%.*f", ticks.digits, limber_chart_ticks_value (&ticks, i));

      g_assert_cmpstr (label, !=, "-0");
      g_assert_false (g_hash_table_contains (labels, label));
      g_hash_table_add (labels, label);
    }
}

static void
test_ticks (void)
{
  check_ticks (0, 0, 6, 0, 0.2, 6);          /* nothing logged: 0 to 1 */
  check_ticks (0, 0.3, 6, 0, 0.1, 4);
  check_ticks (17, 43, 6, 10, 10, 5);
  check_ticks (-5, 12, 6, -5, 5, 5);
  check_ticks (0, 123456, 6, 0, 50000, 4);
  check_ticks (0, 123456, 2, 0, 200000, 2);
  check_ticks (5, 5, 6, 0, 1, 6);            /* one value: from zero */
  check_ticks (-3, -3, 6, -3, 1, 4);
  check_ticks (0.1, 0.7, 4, 0, 0.5, 3);
}

static LimberChartData *
make_heat_map (LimberDay first,
               LimberDay last,
               guint8    level_a,
               guint8    level_b)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, first, last);
  guint8 *a = limber_chart_data_add_row (data, "Calf (left)");
  guint8 *b = limber_chart_data_add_row (data, "Calf (right)");

  memset (a, level_a, data->n_slots);
  memset (b, level_b, data->n_slots);
  limber_chart_data_set_level_legend (data, "None", "Worst");

  return data;
}

static void
test_heat_map (void)
{
  Drawing d = { NULL, };

  /* A week, cells wide; ten years, thinner than pixels (drawn from an image). */
  for (guint span = 0; span < 2; span++)
    {
      LimberDay first = span == 0 ? MONDAY : MONDAY - 3652;
      g_autoptr(LimberChartData) data = make_heat_map (first, MONDAY + 6, 8, 0);
      guint slot = data->n_slots / 2;
      double x, y;

      draw (&d, data, 1);
      g_assert_cmpint (limber_chart_data_get_mode (data), ==, LIMBER_CHART_HEAT_MAP);
      g_assert_cmpint (d.renderer->dense, ==, span == 1);

      g_assert_true (limber_chart_renderer_cell_centre (d.renderer, slot, 0, &x, &y));
      g_assert_true (pixel_is (&d, x, y, &d.palette.levels[8]));
      g_assert_true (limber_chart_renderer_cell_centre (d.renderer, slot, 1, &x, &y));
      g_assert_true (pixel_is (&d, x, y, &d.palette.levels[0]));
      g_assert_false (pixel_is (&d, x, y, &d.palette.levels[8]));
      g_assert_false (pixel_is_white (&d, x, y));

      drawing_clear (&d);
    }
}

/* A cell with no entry is left empty, unlike level 0. */
static void
test_heat_map_no_entry (void)
{
  g_autoptr(LimberChartData) data = make_heat_map (MONDAY, MONDAY + 6, 3, 0);
  guint8 *levels = ((LimberChartRow *) g_ptr_array_index (data->rows, 1))->levels;
  g_autofree char *text = NULL;
  Drawing d = { NULL, };
  double x, y;
  guint slot;
  int row;

  levels[2] = LIMBER_CHART_NO_LEVEL;
  draw (&d, data, 1);

  g_assert_true (limber_chart_renderer_cell_centre (d.renderer, 2, 1, &x, &y));
  g_assert_true (pixel_is_white (&d, x, y));
  g_assert_true (limber_chart_renderer_hit (d.renderer, x, y, &slot, &row));
  g_assert_cmpuint (slot, ==, 2);
  g_assert_cmpint (row, ==, 1);

  text = limber_chart_data_describe_slot (data, 0, 0);
  g_assert_cmpstr (text, ==, "Calf (left), Mon 16 Nov 2026: 3 of 10");
  g_clear_pointer (&text, g_free);
  text = limber_chart_data_describe_slot (data, 2, 1);
  g_assert_cmpstr (text, ==, "Calf (right), Wed 18 Nov 2026: no entry");

  drawing_clear (&d);
}

/* Whether any pixel of a rectangle (in units) is not white. */
static gboolean
area_has_ink (Drawing *d,
              double   x0,
              double   y0,
              double   x1,
              double   y1)
{
  for (double y = y0; y < y1; y++)
    for (double x = x0; x < x1; x++)
      if (!pixel_is_white (d, x, y))
        return TRUE;

  return FALSE;
}

static void
test_empty (void)
{
  g_autoptr(LimberChartData) data = limber_chart_data_new (LIMBER_CHART_WEEKS, MONDAY - 7 * 11,
                                                           MONDAY);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_ACCENT, "Distance",
                                                          1);
  Drawing d = { NULL, };
  guint slot;

  limber_chart_data_set_empty_message (data, "Not enough entries yet");
  limber_chart_data_set_unit (data, "km", 0);

  /* No value at all; then one, where two are wanted (a line needs two points). */
  for (guint round = 0; round < 2; round++)
    {
      if (round == 1)
        {
          bars->points[0].day = MONDAY;
          bars->points[0].value = 12;
          data->min_values = 2;
        }

      g_assert_true (limber_chart_data_is_empty (data));
      draw (&d, data, 1);

      /* The message in the middle; no axis, no labels along the edges. */
      g_assert_true (area_has_ink (&d, 0, HEIGHT / 2 - 10, WIDTH, HEIGHT / 2 + 10));
      g_assert_false (area_has_ink (&d, 0, 0, WIDTH, HEIGHT / 2 - 20));
      g_assert_false (area_has_ink (&d, 0, HEIGHT / 2 + 20, WIDTH, HEIGHT));
      g_assert_false (limber_chart_renderer_hit (d.renderer, WIDTH / 2, HEIGHT / 2, &slot, NULL));
      g_assert_false (limber_chart_renderer_step (d.renderer, -1, 1, &slot));

      drawing_clear (&d);
    }

  /* Enough values: the chart, with its axis. */
  data->min_values = 1;
  g_assert_false (limber_chart_data_is_empty (data));
  draw (&d, data, 1);
  g_assert_true (area_has_ink (&d, 0, HEIGHT - 20, WIDTH, HEIGHT));
  drawing_clear (&d);
}

static void
test_keyboard_steps (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  LimberChartSeries *bars = g_ptr_array_index (data->series, 0);
  Drawing d = { NULL, };
  guint slot;
  double x;

  /* The middle day has nothing: the keys skip it. */
  bars->points[2].value = NAN;
  draw (&d, data, 1);

  g_assert_true (limber_chart_renderer_step (d.renderer, -1, 1, &slot));
  g_assert_cmpuint (slot, ==, 0);
  g_assert_true (limber_chart_renderer_step (d.renderer, -1, -1, &slot));
  g_assert_cmpuint (slot, ==, 4);
  g_assert_true (limber_chart_renderer_step (d.renderer, 1, 1, &slot));
  g_assert_cmpuint (slot, ==, 3);
  g_assert_true (limber_chart_renderer_step (d.renderer, 3, -1, &slot));
  g_assert_cmpuint (slot, ==, 1);
  g_assert_true (limber_chart_renderer_step (d.renderer, 4, 1, &slot));
  g_assert_cmpuint (slot, ==, 4);
  g_assert_true (limber_chart_renderer_step (d.renderer, 3, G_MININT, &slot));
  g_assert_cmpuint (slot, ==, 0);

  /* The pointer over a bar finds it; over the empty day, nothing. */
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 3, &x));
  g_assert_true (limber_chart_renderer_hit (d.renderer, x, HEIGHT / 2, &slot, NULL));
  g_assert_cmpuint (slot, ==, 3);
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 2, &x));
  g_assert_false (limber_chart_renderer_hit (d.renderer, x, HEIGHT / 2, &slot, NULL));

  drawing_clear (&d);
}

/* The selected point's words show in a dark box at the top of the plot, beside its column. */
static void
test_readout (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  const LimberChartRgba box = { 0, 0, 0, 0.8 };
  Drawing d = { NULL, };
  double x, y, slot_width;

  draw (&d, data, 1);
  slot_width = d.renderer->slot_width;
  g_assert_true (limber_chart_renderer_slot_x (d.renderer, 0, &x));
  x += MAX (slot_width / 2, 4) + 6 + 3;   /* in the box's padding, right of the first bar */
  y = d.renderer->plot.y + 4 + 10;
  g_assert_true (pixel_is_white (&d, x, y));
  drawing_clear (&d);

  /* Selected: the box, with the point's words. */
  draw_selected (&d, data, 1, 0);
  g_assert_true (pixel_is (&d, x, y, &box));
  g_assert_nonnull (d.renderer->readout.layout);
  g_assert_cmpstr (pango_layout_get_text (d.renderer->readout.layout), ==,
                   "Mon 16 Nov 2026: Distance 2.0\u00a0km.");

  /* Unselected: gone. */
  limber_chart_renderer_set_selection (d.renderer, -1, -1);
  g_assert_null (d.renderer->readout.layout);
  drawing_clear (&d);
}

static void
test_describe (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  LimberChartSeries *average = limber_chart_data_add_series (data, LIMBER_CHART_LINE,
                                                             LIMBER_CHART_COLOR_FOREGROUND,
                                                             "Average", 1);
  g_autoptr(LimberChartData) weeks = limber_chart_data_new (LIMBER_CHART_WEEKS, MONDAY + 3,
                                                            MONDAY + 20);
  g_autofree char *text = NULL;

  average->points[0].day = MONDAY + 1;
  average->points[0].value = 3.25;
  limber_chart_data_add_marker (data, MONDAY + 1, 4, LIMBER_CHART_COLOR_ORANGE, "Long run");
  limber_chart_data_add_band (data, MONDAY, MONDAY + 1, "No session");

  text = limber_chart_data_describe_slot (data, 1, -1);
  g_assert_cmpstr (text, ==, "Tue 17 Nov 2026: Distance 4.0\u00a0km, Average 3.2\u00a0km. "
                             "Long run. No session.");
  g_clear_pointer (&text, g_free);

  text = limber_chart_data_describe_slot (data, 4, -1);
  g_assert_cmpstr (text, ==, "Fri 20 Nov 2026: Distance 10.0\u00a0km.");
  g_clear_pointer (&text, g_free);

  /* A weekly chart starts on the Monday of its first day's week. */
  g_assert_cmpuint (weeks->first, ==, MONDAY);
  g_assert_cmpuint (weeks->n_slots, ==, 3);
  g_assert_cmpint (limber_chart_data_slot (weeks, MONDAY + 13), ==, 1);
  text = limber_chart_data_describe_slot (weeks, 1, -1);
  g_assert_cmpstr (text, ==, "Week of 23 Nov 2026: nothing logged.");
}

static void
test_export (void)
{
  g_autoptr(LimberChartData) data = make_bars ();
  g_autofree char *dir = g_dir_make_tmp ("limber-chart-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  LimberChartPalette palette;
  cairo_surface_t *surface;

  limber_chart_palette_init (&palette, TRUE);

  g_assert_true (limber_chart_draw_to_file (data, &palette, NULL, png, LIMBER_CHART_FORMAT_PNG,
                                            640, 320, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 320);

  /* Opaque, on the dark background. */
  g_assert_cmphex (*(guint32 *) (cairo_image_surface_get_data (surface) +
                                 319 * cairo_image_surface_get_stride (surface) + 639 * 4),
                   ==, 0xff242424);
  cairo_surface_destroy (surface);

  g_assert_true (limber_chart_draw_to_file (data, &palette, NULL, svg, LIMBER_CHART_FORMAT_SVG,
                                            640, 320, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml") || g_str_has_prefix (text, "<svg"));
  g_assert_nonnull (strstr (text, "width=\"640"));

  g_assert_false (limber_chart_draw_to_file (data, &palette, NULL, bad, LIMBER_CHART_FORMAT_PNG,
                                             640, 320, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: the text needs fontconfig's cache; the export test makes
   * its own folder. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limber/chart/bar-pixels", test_bar_pixels);
  g_test_add_func ("/limber/chart/dense-bars", test_dense_bars);
  g_test_add_func ("/limber/chart/target-line", test_target_line);
  g_test_add_func ("/limber/chart/line-points", test_line_points);
  g_test_add_func ("/limber/chart/ticks", test_ticks);
  g_test_add_func ("/limber/chart/heat-map", test_heat_map);
  g_test_add_func ("/limber/chart/heat-map-no-entry", test_heat_map_no_entry);
  g_test_add_func ("/limber/chart/empty", test_empty);
  g_test_add_func ("/limber/chart/keyboard-steps", test_keyboard_steps);
  g_test_add_func ("/limber/chart/readout", test_readout);
  g_test_add_func ("/limber/chart/describe", test_describe);
  g_test_add_func ("/limber/chart/export", test_export);

  return g_test_run ();
}
