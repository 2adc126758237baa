/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints what showing each Progress chart costs on a journal with a run, soreness, water and a
 * fascia session on every day (and mobility self-tests every Monday), for each range, as the
 * page pays it on a switch: the query (limber_progress_compute), the conversion to chart data,
 * and the first frame (layout and drawing into a 1000x480 image, the chart's size in a
 * 1280x800 window), at scale 1 and 2. Goal: under 8 ms in all. Not a test.
 *
 *   bench-progress [--runs=N] [--tsv] [YEARS...]      (default: 21 runs; 10 years)
 *
 * --tsv adds "@tsv" lines for build-aux/bench: the slowest chart's median CPU time and clock
 * time (query, conversion and first frame), against the first YEARS given.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "limber-chart-draw.h"
#include "limber-fascia-session.h"
#include "limber-progress-convert.h"
#include "limber-sample.h"

#define MAX_RUNS 101
#define WIDTH  1000
#define HEIGHT 480

typedef struct
{
  const char           *name;
  LimberProgressChart   chart;
  LimberProgressDetail  detail;
} Chart;

static const Chart charts[] = {
  { "weekly distance", LIMBER_PROGRESS_DISTANCE, { FALSE, } },
  { "fascia", LIMBER_PROGRESS_FASCIA, { FALSE, } },
  { "soreness map", LIMBER_PROGRESS_SORENESS, { FALSE, } },
  { "soreness trend", LIMBER_PROGRESS_SORENESS, { TRUE, LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH } },
  { "water", LIMBER_PROGRESS_WATER, { FALSE, } },
  { "mobility", LIMBER_PROGRESS_MOBILITY, { FALSE, 0, 0, "knee_to_wall" } },
  { "load", LIMBER_PROGRESS_LOAD, { FALSE, } },
};

typedef struct
{
  double query[MAX_RUNS];
  double convert[MAX_RUNS];
  double draw[MAX_RUNS];
  double draw2[MAX_RUNS];
  double total_cpu[MAX_RUNS];
  double total_cpu2[MAX_RUNS];
} Times;

/* The slowest chart of a journal: medians in ms. */
typedef struct
{
  double clock;
  double clock2;
  double cpu;
} Worst;

static guint n_runs = 21;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, n_runs, sizeof (double), compare_doubles);
  return values[n_runs / 2];
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A session with knee-to-wall and toe-touch results on every Monday of the journal. */
static GPtrArray *
mobility_sessions (LimberDay first,
                   LimberDay last)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = 0;

  for (LimberDay day = limber_day_week_start (first) + 7; day <= last; day += 7, n++)
    {
      LimberFasciaSession *session = limber_fascia_session_new ();
      g_autofree char *uuid = g_strdup_printf ("00000000-0000-4000-8000-%012u", n);
      double before = 7 + n % 5;

      limber_entry_set_uuid (LIMBER_ENTRY (session), uuid);
      limber_entry_set_day (LIMBER_ENTRY (session), day);
      limber_fascia_session_set_duration (session, 600);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, before);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE,
                                        before + 1);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_RIGHT, FALSE,
                                        before - 1);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_RIGHT, TRUE, before);
      g_ptr_array_add (sessions, session);
    }

  return sessions;
}

/* A first frame of @data: the layout for the size and the drawing. */
static double
draw_once (const LimberChartData    *data,
           cairo_t                  *cr,
           double                    scale,
           const LimberChartPalette *palette)
{
  g_autoptr(LimberChartRenderer) renderer = limber_chart_renderer_new ();
  gint64 start;

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_restore (cr);

  start = g_get_monotonic_time ();
  limber_chart_renderer_set_data (renderer, data);
  limber_chart_renderer_layout (renderer, NULL, WIDTH, HEIGHT, scale);
  limber_chart_renderer_draw (renderer, cr, palette);
  cairo_surface_flush (cairo_get_target (cr));

  return since (start);
}

static void
measure (LimberJournal            *journal,
         const Chart              *chart,
         LimberSeriesRange         range,
         LimberDay                 today,
         cairo_t                  *cr,
         cairo_t                  *cr2,
         const LimberChartPalette *palette,
         Times                    *times)
{
  for (guint i = 0; i < n_runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberSeries) series = NULL;
      g_autoptr(LimberChartData) data = NULL;
      double cpu_start = cpu_ms (), draw_cpu;
      gint64 start = g_get_monotonic_time ();

      series = limber_progress_compute (journal, chart->chart, range, today, NULL,
                                        &chart->detail, &error);
      if (series == NULL)
        g_error ("%s", error->message);
      times->query[i] = since (start);

      start = g_get_monotonic_time ();
      data = limber_progress_chart_data_new (series);
      times->convert[i] = since (start);
      g_assert_false (limber_chart_data_is_empty (data));

      draw_cpu = cpu_ms ();
      times->draw[i] = draw_once (data, cr, 1, palette);
      times->total_cpu[i] = cpu_ms () - cpu_start;
      draw_cpu = times->total_cpu[i] - (cpu_ms () - draw_cpu);   /* query and conversion */
      cpu_start = cpu_ms ();
      times->draw2[i] = draw_once (data, cr2, 2, palette);
      times->total_cpu2[i] = draw_cpu + cpu_ms () - cpu_start;
    }
}

static Worst
measure_journal (guint                     years,
                 cairo_t                  *cr,
                 cairo_t                  *cr2,
                 const LimberChartPalette *palette)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *wal = g_strdup_printf ("%s-wal", path);
  g_autofree char *shm = g_strdup_printf ("%s-shm", path);
  g_autofree char *uname = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay today = limber_day_from_ymd (2026, 11, 21);
  guint weeks = 52 * years + years / 4;
  Worst worst = { 0, };

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, today);
  entries = limber_sample_generate_daily (weeks, 1, today);
  sessions = mobility_sessions (today - weeks * 7 + 1, today);
  if (!limber_journal_add_many (journal, entries, &error) ||
      !limber_journal_add_many (journal, sessions, &error))
    g_error ("%s", error->message);

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);
  g_print ("Progress charts, %u years, %u entries; %dx%d; machine: %s; %u cores\n", years,
           entries->len + sessions->len, WIDTH, HEIGHT, uname ? g_strstrip (uname) : "?",
           g_get_num_processors ());
  g_print ("Medians of %u runs, ms by the clock; CPU: of the thread, which other programs do "
           "not inflate\n\n", n_runs);
  g_print ("| chart           | range    |  query | convert |   draw | total |   CPU "
           "| draw x2 | total x2 | CPU x2 |\n");
  g_print ("|-----------------|----------|-------:|--------:|-------:|------:|------:"
           "|--------:|---------:|-------:|\n");

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint range = 0; range < LIMBER_N_SERIES_RANGES; range++)
      {
        Times times;
        double query, convert, draw, draw2, total, total2, cpu, cpu2;

        measure (journal, &charts[c], range, today, cr, cr2, palette, &times);
        query = median (times.query);
        convert = median (times.convert);
        draw = median (times.draw);
        draw2 = median (times.draw2);
        total = query + convert + draw;
        total2 = query + convert + draw2;
        cpu = median (times.total_cpu);
        cpu2 = median (times.total_cpu2);
        worst.clock = MAX (worst.clock, total);
        worst.clock2 = MAX (worst.clock2, total2);
        worst.cpu = MAX (worst.cpu, MAX (cpu, cpu2));
        g_print ("| %-15s | %-8s | %6.2f | %7.2f | %6.2f | %5.2f | %5.2f | %7.2f | %8.2f | "
                 "%6.2f |\n", charts[c].name, limber_series_range_to_id (range), query, convert,
                 draw, total, cpu, draw2, total2, cpu2);
      }

  g_print ("\nSlowest: %.2f ms at scale 1, %.2f ms at scale 2 by the clock; %.2f ms of CPU "
           "(goal: 8 ms)\n\n", worst.clock, worst.clock2, worst.cpu);

  g_clear_object (&journal);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);

  return worst;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) tsv = NULL;
  cairo_surface_t *surface, *surface2;
  cairo_t *cr, *cr2;
  LimberChartPalette palette;
  Worst base = { 0, };

  for (int i = 1; i < argc; i++)
    {
      guint y = atoi (argv[i]);

      if (g_str_equal (argv[i], "--tsv"))
        tsv = g_string_new (NULL);
      else if (g_str_has_prefix (argv[i], "--runs="))
        n_runs = atoi (argv[i] + strlen ("--runs="));
      else if (y > 0)
        g_array_append_val (years, y);
      else
        n_runs = 0;
    }

  if (n_runs < 1 || n_runs > MAX_RUNS)
    {
      g_printerr ("Usage: %s [--runs=N] [--tsv] [YEARS...]   (N from 1 to %d)\n", argv[0],
                  MAX_RUNS);
      return 1;
    }
  if (years->len == 0)
    {
      guint y = 10;

      g_array_append_val (years, y);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  surface2 = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * 2, HEIGHT * 2);
  cairo_surface_set_device_scale (surface2, 2, 2);
  cr2 = cairo_create (surface2);
  limber_chart_palette_init (&palette, FALSE);

  for (guint i = 0; i < years->len; i++)
    {
      guint y = g_array_index (years, guint, i);
      Worst worst = measure_journal (y, cr, cr2, &palette);

      if (i == 0)
        base = worst;
      if (tsv != NULL)
        {
          g_string_append_printf (tsv, "@tsv\tchart query + draw, slowest, CPU (vs smallest)\t"
                                  "%u\t%.2f\t%.2f\tms\t<8\n", y, worst.cpu, base.cpu);
          g_string_append_printf (tsv, "@tsv\tchart query + draw, slowest, clock, x1 "
                                  "(vs smallest)\t%u\t%.2f\t%.2f\tms\t<8\n", y, worst.clock,
                                  base.clock);
          g_string_append_printf (tsv, "@tsv\tchart query + draw, slowest, clock, x2 "
                                  "(vs smallest)\t%u\t%.2f\t%.2f\tms\t<8\n", y, worst.clock2,
                                  base.clock2);
        }
    }

  if (tsv != NULL)
    g_print ("%s", tsv->str);

  cairo_destroy (cr);
  cairo_destroy (cr2);
  cairo_surface_destroy (surface);
  cairo_surface_destroy (surface2);

  return 0;
}
