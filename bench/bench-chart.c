/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "limber-chart-draw.h"

/* How long the chart takes to draw ten years (and twelve weeks) of synthetic data into a
 * 1280x400 image, at scale 1 and 2, as the widget draws it: "draw" is a frame with the layout kept (hover, selection, a redraw),
 * "layout + draw" the first frame after new data or a new size (a range switch). Prints the
 * median of N runs of each; not a test.
 *
 *   bench-chart [--tsv] [RUNS]      (default: 100)
 *
 * --tsv adds "@tsv" lines for build-aux/bench: the slowest ten-year chart's first frame at
 * scale 1 and 2, against the slowest twelve-week one. */

#define WIDTH  1280
#define HEIGHT 400
#define YEARS  10
#define ROWS   20

typedef struct
{
  const char      *name;
  LimberChartData *(*make) (LimberDay first, LimberDay last);
} Case;

static guint32 seed = 1;

static double
noise (void)
{
  seed = seed * 1664525 + 1013904223;
  return (seed >> 8) / 16777216.0;
}

static LimberChartData *
make_weekly_bars (LimberDay first,
                  LimberDay last)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_WEEKS, first, last);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_ACCENT, "Distance",
                                                          data->n_slots);
  LimberChartSeries *average = limber_chart_data_add_series (data, LIMBER_CHART_LINE,
                                                             LIMBER_CHART_COLOR_FOREGROUND,
                                                             "4-week average", data->n_slots);

  for (guint i = 0; i < data->n_slots; i++)
    {
      double sum = 0;
      guint n = 0;

      bars->points[i].day = average->points[i].day = limber_chart_data_slot_day (data, i);
      bars->points[i].value = 30 + 15 * sin (i / 8.0) + 10 * noise ();
      for (guint j = i >= 3 ? i - 3 : 0; j <= i; j++, n++)
        sum += bars->points[j].value;
      average->points[i].value = sum / n;
      if (i % 3 == 0)
        limber_chart_data_add_marker (data, bars->points[i].day, bars->points[i].value,
                                      LIMBER_CHART_COLOR_ORANGE, "Long run");
      if (i % 17 == 0)
        limber_chart_data_add_band (data, bars->points[i].day, bars->points[i].day + 6, "Missed");
    }
  limber_chart_data_set_unit (data, "km", 1);
  limber_chart_data_set_target (data, 40, "Target");

  return data;
}

static LimberChartData *
make_daily_bars (LimberDay first,
                 LimberDay last)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, first, last);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_BLUE, "Water",
                                                          data->n_slots);

  for (guint i = 0; i < data->n_slots; i++)
    {
      bars->points[i].day = first + i;
      bars->points[i].value = 1.2 + 1.6 * noise ();
    }
  limber_chart_data_set_unit (data, "L", 1);
  limber_chart_data_set_target (data, 2, "Target");

  return data;
}

static LimberChartData *
make_daily_lines (LimberDay first,
                  LimberDay last)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, first, last);
  LimberChartSeries *acute = limber_chart_data_add_series (data, LIMBER_CHART_LINE,
                                                           LIMBER_CHART_COLOR_ACCENT, "Acute",
                                                           data->n_slots);
  LimberChartSeries *chronic = limber_chart_data_add_series (data, LIMBER_CHART_LINE,
                                                             LIMBER_CHART_COLOR_PURPLE, "Chronic",
                                                             data->n_slots);
  double a = 30, c = 30;

  for (guint i = 0; i < data->n_slots; i++)
    {
      a = 0.8 * a + 0.2 * (30 + 20 * sin (i / 40.0) + 25 * (noise () - 0.5));
      c = 0.95 * c + 0.05 * a;
      acute->points[i].day = chronic->points[i].day = first + i;
      acute->points[i].value = a;
      chronic->points[i].value = c;
    }
  limber_chart_data_set_unit (data, "km", 1);

  return data;
}

static LimberChartData *
make_heat_map (LimberDay first,
               LimberDay last)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, first, last);

  for (guint r = 0; r < ROWS; r++)
    {
      g_autofree char *label = g_strdup_printf ("Zone %u (left)", r + 1);
      guint8 *levels = limber_chart_data_add_row (data, label);

      for (guint i = 0; i < data->n_slots; i++)
        if (noise () < 0.7)
          levels[i] = (guint8) (noise () * 11);
    }

  return data;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
print_row (const char *name,
           const char *what,
           double     *times,
           guint       n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  g_print ("| %-30s | %-13s | %8.3f | %8.3f | %8.3f |\n", name, what, times[0], times[n / 2],
           times[n - 1]);

  return times[n / 2];
}

/* Returns the median of the first frames (layout + draw). */
static double
run_case (const Case               *c,
          const char               *span,
          LimberDay                 first,
          LimberDay                 last,
          guint                     n,
          double                    scale,
          const LimberChartPalette *palette)
{
  g_autoptr(LimberChartData) data = c->make (first, last);
  g_autoptr(LimberChartRenderer) renderer = limber_chart_renderer_new ();
  g_autofree double *draw = g_new (double, n);
  g_autofree double *full = g_new (double, n);
  g_autofree char *name = g_strdup_printf ("%s, %s%s", c->name, span, scale > 1 ? ", x2" : "");
  cairo_surface_t *surface;
  cairo_t *cr;
  double median;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  for (guint i = 0; i < n; i++)
    {
      gint64 start;

      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);

      start = g_get_monotonic_time ();
      limber_chart_renderer_set_data (renderer, data);
      limber_chart_renderer_layout (renderer, NULL, WIDTH, HEIGHT, scale);
      limber_chart_renderer_draw (renderer, cr, palette);
      cairo_surface_flush (surface);
      full[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint i = 0; i < n; i++)
    {
      gint64 start;

      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);

      /* A redraw: the widget lays out (a no-op at the same size) and draws. */
      start = g_get_monotonic_time ();
      limber_chart_renderer_layout (renderer, NULL, WIDTH, HEIGHT, scale);
      limber_chart_renderer_draw (renderer, cr, palette);
      cairo_surface_flush (surface);
      draw[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  print_row (name, "draw", draw, n);
  median = print_row (name, "layout + draw", full, n);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return median;
}

int
main (int   argc,
      char *argv[])
{
  static const Case cases[] = {
    { "weekly bars + line", make_weekly_bars },
    { "daily bars", make_daily_bars },
    { "daily lines (2)", make_daily_lines },
    { "heat map (20 rows)", make_heat_map },
  };
  gboolean tsv = argc > 1 && g_str_equal (argv[1], "--tsv");
  guint n = argc > 1 + tsv ? (guint) atoi (argv[1 + tsv]) : 100;
  double worst = 0, worst2 = 0, worst_short = 0;
  LimberDay last = limber_day_from_ymd (2026, 11, 20);
  LimberDay first = last - 365 * YEARS - YEARS / 4 + 1;
  LimberChartPalette palette;

  if (n < 1)
    {
      g_printerr ("Usage: %s [RUNS]\n", argv[0]);
      return 1;
    }

  limber_chart_palette_init (&palette, FALSE);

  g_print ("%u years (%u days), %dx%d, %u runs each, times in ms\n\n", YEARS,
           last - first + 1, WIDTH, HEIGHT, n);
  g_print ("| %-30s | %-13s | %8s | %8s | %8s |\n", "chart", "what", "min", "median", "max");
  g_print ("|%s|%s|%s|%s|%s|\n", "--------------------------------", "---------------",
           "---------:", "---------:", "---------:");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    worst = MAX (worst, run_case (&cases[i], "10 y", first, last, n, 1, &palette));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    worst2 = MAX (worst2, run_case (&cases[i], "10 y", first, last, n, 2, &palette));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    worst_short = MAX (worst_short, run_case (&cases[i], "12 wk", last - 83, last, n, 1,
                                              &palette));

  if (tsv)
    {
      g_print ("@tsv\tchart first frame alone, synthetic, x1 (vs 12 weeks)\t%u\t%.2f\t%.2f\t"
               "ms\t-\n", YEARS, worst, worst_short);
      g_print ("@tsv\tchart first frame alone, synthetic, x2 (vs 12 weeks)\t%u\t%.2f\t%.2f\t"
               "ms\t-\n", YEARS, worst2, worst_short);
    }

  return 0;
}
