/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-journal-page"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "bench-util.h"
#include "limber-application.h"
#include "limber-journal-page.h"
#include "limber-journal-row.h"
#include "limber-window.h"

/* Prints what the Journal page costs on daily journals of growing history (a run, soreness,
 * water and a fascia session every day, written by bench-journal), in a real window on the
 * display: switching to the page, until the frame that shows its first rows is painted;
 * jumping to 10 years ago as "Jump to date" does (to the oldest entry in a shorter journal),
 * until the frame that shows that week's header; and dragging the scroll bar from the top to
 * the end, as a user reaches the oldest entry, until the frame that shows it. Each journal in a
 * process of its own, RUNS new windows in it, each timed once; the peak RSS is the process's
 * after the first window's scrolls. Besides the clock, the CPU time of the main thread over the
 * same span, which other programs on a shared machine inflate less (the drawing threads and the
 * X server are not in it). The smallest journal is the baseline of the ratios; the goal is a
 * frame budget: under 100 ms, a few frames. Needs a display. Not a test.
 *
 *   bench-journal-page [--runs=N] [--tsv] [YEARS...]      (default: 11 runs; 1 5 10 20)
 */

#define TIMEOUT_US  (10 * G_USEC_PER_SEC)
#define YEARS_BACK  10
#define GOAL_MS     100

typedef gboolean (*Shown) (gpointer data);

/* A moment, by the clock and in CPU time of the main thread. */
typedef struct
{
  gint64  clock;
  double  cpu_ms;
} Stamp;

typedef struct
{
  Shown     shown;
  gpointer  data;
  guint     n_frames;
  gboolean  done;
  Stamp     when;
} Wait;

enum {
  SWITCH,
  JUMP,
  DRAG,
  N_FIGURES
};

typedef struct
{
  int        n_runs;
  double    *ms[N_FIGURES];
  double    *cpu_ms[N_FIGURES];
  guint      max_frames;
  gsize      peak_kb;
  gboolean   failed;
} Results;

typedef struct
{
  GtkWidget  *list_view;
  GtkWidget  *viewport;
  GObject    *item;             /* NULL: the newest entry, once the page has read it */
  GListModel *list;
} RowQuery;

static int n_runs = 11;
static gboolean tsv;
static char *measure_path;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &n_runs, "Windows per journal (11)", "N" },
  { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, "Also print the figures as @tsv lines", NULL },
  { "measure", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &measure_path, NULL, NULL },
  { NULL }
};

static Stamp
stamp (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return (Stamp) { g_get_monotonic_time (), ts.tv_sec * 1e3 + ts.tv_nsec / 1e6 };
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Wait          *wait)
{
  wait->n_frames++;
  if (!wait->done && wait->shown (wait->data))
    {
      wait->when = stamp ();
      wait->done = TRUE;
    }
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until a frame of @window is painted in which @shown holds. Returns the
 * milliseconds from @start to the end of that frame (and the main thread's CPU time in
 * @cpu_ms), or -1 after TIMEOUT_US. */
static double
wait_for_frame (GtkWidget *window,
                Stamp      start,
                Shown      shown,
                gpointer   data,
                double    *cpu_ms,
                guint     *n_frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Wait wait = { shown, data, 0, FALSE, { 0, } };
  guint wake_id = g_timeout_add (50, wake_up_cb, NULL);
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &wait);
  while (!wait.done && g_get_monotonic_time () - start.clock < TIMEOUT_US)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_source_remove (wake_id);

  if (n_frames != NULL)
    *n_frames = MAX (*n_frames, wait.n_frames);
  if (cpu_ms != NULL)
    *cpu_ms = wait.when.cpu_ms - start.cpu_ms;

  return wait.done ? (wait.when.clock - start.clock) / 1000.0 : -1;
}

static gboolean
stop_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets whatever was pending finish: redraws, idles, the frame clock's next frames. */
static void
settle (void)
{
  gboolean stop = FALSE;

  g_timeout_add (150, stop_cb, &stop);
  while (!stop)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Whether a row showing @query->item lies (at least partly) inside the visible part of the
 * list. The list's rows are its children's children. */
static gboolean
row_shown (gpointer data)
{
  RowQuery *query = data;
  g_autoptr(GObject) newest = NULL;
  GObject *item = query->item;
  int height = gtk_widget_get_height (query->viewport);

  /* The page reads the order of its entries after its first frame. */
  if (item == NULL)
    {
      if (g_list_model_get_n_items (query->list) == 0)
        return FALSE;
      item = newest = g_list_model_get_item (query->list, 0);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (query->list_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      graphene_rect_t bounds;

      if (!LIMBER_IS_JOURNAL_ROW (row) ||
          limber_journal_row_get_item (LIMBER_JOURNAL_ROW (row)) != item ||
          !gtk_widget_get_mapped (row) ||
          !gtk_widget_compute_bounds (row, query->viewport, &bounds))
        continue;

      if (bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < height)
        return TRUE;
    }

  return FALSE;
}

static void
measure_window (LimberWindow *window,
                Results      *results,
                int           run)
{
  /* The page is made here, as on the first switch to it; the switch below times its first
   * frame, which reads the journal. */
  LimberJournalPage *page =
    LIMBER_JOURNAL_PAGE (limber_window_get_page_widget (window, "journal"));
  GtkWidget *list_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                    LIMBER_TYPE_JOURNAL_PAGE,
                                                                    "list_view"));
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (
    gtk_widget_get_template_child (GTK_WIDGET (page), LIMBER_TYPE_JOURNAL_PAGE,
                                   "scrolled_window"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  GListModel *list = G_LIST_MODEL (limber_journal_page_get_list (page));
  LimberDay target = limber_day_today () - YEARS_BACK * 365 - YEARS_BACK / 4;
  guint position;
  guint n_items;
  g_autoptr(GObject) header = NULL;
  g_autoptr(GObject) oldest = NULL;
  RowQuery query = { list_view, GTK_WIDGET (scrolled), NULL, list };
  guint *frames = &results->max_frames;
  Stamp start;

  /* Switching from the Today page, to the newest entry shown. */
  settle ();
  start = stamp ();
  limber_window_set_page (window, "journal");
  results->ms[SWITCH][run] = wait_for_frame (GTK_WIDGET (window), start, row_shown, &query,
                                             &results->cpu_ms[SWITCH][run], frames);

  position = limber_entry_list_find_day (LIMBER_ENTRY_LIST (list), target);
  n_items = g_list_model_get_n_items (list);
  g_assert (n_items > 0 && position != G_MAXUINT);

  /* Jump to date, ten years back. */
  settle ();
  header = g_list_model_get_item (list, position);
  query.item = header;
  start = stamp ();
  limber_journal_page_go_to_day (page, target);
  results->ms[JUMP][run] = wait_for_frame (GTK_WIDGET (window), start, row_shown, &query,
                                           &results->cpu_ms[JUMP][run], frames);

  /* Back to the top, then the scroll bar dragged to the end. */
  gtk_adjustment_set_value (adjustment, 0);
  settle ();
  oldest = g_list_model_get_item (list, n_items - 1);
  query.item = oldest;
  start = stamp ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  results->ms[DRAG][run] = wait_for_frame (GTK_WIDGET (window), start, row_shown, &query,
                                           &results->cpu_ms[DRAG][run], frames);

  for (guint i = 0; i < N_FIGURES; i++)
    if (results->ms[i][run] < 0)
      results->failed = TRUE;
}

static void
on_activate_cb (GApplication *app,
                Results      *results)
{
  LimberJournal *journal = limber_application_get_journal (LIMBER_APPLICATION (app));
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* The application would end with its last window. */
  g_application_hold (app);

  for (int run = 0; run < results->n_runs && !results->failed; run++)
    {
      if (run > 0)
        {
          gtk_window_destroy (window);
          window = GTK_WINDOW (limber_window_new (LIMBER_APPLICATION (app), journal));
          gtk_window_present (window);
        }

      wait_for_frame (GTK_WIDGET (window), stamp (), is_mapped, window, NULL, NULL);
      measure_window (LIMBER_WINDOW (window), results, run);

      if (run == 0)
        results->peak_kb = bench_peak_rss_kb ();
    }

  gtk_window_destroy (window);
  g_application_release (app);
}

/* In the child process: measures the journal at @path, prints "@run SWITCH JUMP DRAG" lines,
 * each figure by the clock and in CPU time, and "@rss KB FRAMES". */
static int
measure (const char *path)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  Results results = { n_runs, };
  int status;

  journal = limber_journal_open (path, &error);
  if (journal == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < N_FIGURES; i++)
    {
      results.ms[i] = g_new0 (double, n_runs);
      results.cpu_ms[i] = g_new0 (double, n_runs);
    }

  app = limber_application_new_for_journal (journal);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &results);
  status = g_application_run (G_APPLICATION (app), 0, NULL);

  if (status != 0 || results.failed)
    {
      g_printerr ("A frame showing the rows did not come within %d s\n",
                  (int) (TIMEOUT_US / G_USEC_PER_SEC));
      return 1;
    }

  for (int run = 0; run < n_runs; run++)
    {
      g_print ("@run");
      for (guint i = 0; i < N_FIGURES; i++)
        g_print (" %.2f %.2f", results.ms[i][run], results.cpu_ms[i][run]);
      g_print ("\n");
    }
  g_print ("@rss %" G_GSIZE_FORMAT " %u\n", results.peak_kb, results.max_frames);

  for (guint i = 0; i < N_FIGURES; i++)
    {
      g_free (results.ms[i]);
      g_free (results.cpu_ms[i]);
    }

  return 0;
}

typedef struct
{
  guint  years;
  guint  n_entries;
  double ms[N_FIGURES];        /* medians */
  double cpu_ms[N_FIGURES];
  double first_ms[N_FIGURES];  /* in the process's first window */
  double rss_mb;
  guint  max_frames;
} Row;

static void
run_child (const char *path,
           Row        *row)
{
  g_autofree char *runs = g_strdup_printf ("--runs=%d", n_runs);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, runs, "--measure", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree double *ms = g_new (double, N_FIGURES * n_runs);
  g_autofree double *cpu_ms = g_new (double, N_FIGURES * n_runs);
  int status, n = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("Measuring %s: %s", path, error->message);

  /* Figure by figure: ms[figure * n_runs + run]. */
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double v[2 * N_FIGURES];
      gsize kb;

      if (n < n_runs && sscanf (lines[i], "@run %lf %lf %lf %lf %lf %lf", &v[0], &v[1], &v[2],
                                &v[3], &v[4], &v[5]) == 2 * N_FIGURES)
        {
          for (guint f = 0; f < N_FIGURES; f++)
            {
              ms[f * n_runs + n] = v[2 * f];
              cpu_ms[f * n_runs + n] = v[2 * f + 1];
            }
          n++;
        }
      else if (sscanf (lines[i], "@rss %" G_GSIZE_FORMAT " %u", &kb, &row->max_frames) == 2)
        row->rss_mb = kb / 1024.0;
    }
  g_assert_cmpint (n, ==, n_runs);

  for (guint f = 0; f < N_FIGURES; f++)
    {
      row->first_ms[f] = ms[f * n_runs];
      row->ms[f] = bench_median (ms + f * n_runs, n_runs);
      row->cpu_ms[f] = bench_median (cpu_ms + f * n_runs, n_runs);
    }
}

static void
print_tsv (const char *figure,
           guint       years,
           double      value,
           double      baseline,
           const char *unit,
           const char *goal)
{
  g_print ("@tsv\t%s\t%u\t%.1f\t%.1f\t%s\t%s\n", figure, years, value, baseline, unit, goal);
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_years[] = { 1, 5, 10, 20 };
  g_autoptr(GOptionContext) context = g_option_context_new ("[YEARS...]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autofree char *tmp = NULL;
  g_autofree char *machine = NULL;
  g_autofree char *goal = g_strdup_printf ("<%d", GOAL_MS);

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_runs < 1)
    {
      g_printerr ("bench-journal-page: %s\n",
                  error != NULL ? error->message : "--runs must be 1 or more");
      return 2;
    }

  if (measure_path != NULL)
    return measure (measure_path);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-journal-page needs a display: run it under xvfb-run, or "
                  "build-aux/bench\n");
      return 77;
    }

  for (int i = 1; i < argc; i++)
    {
      Row row = { atoi (argv[i]), };

      if (row.years < 1)
        {
          g_printerr ("bench-journal-page: YEARS must be 1 or more\n");
          return 2;
        }
      g_array_append_val (rows, row);
    }
  for (guint i = 0; argc == 1 && i < G_N_ELEMENTS (default_years); i++)
    {
      Row row = { default_years[i], };

      g_array_append_val (rows, row);
    }

  tmp = g_dir_make_tmp ("limber-bench-journal-page-XXXXXX", &error);
  g_assert_no_error (error);

  machine = bench_describe_machine ();
  g_print ("Journal page on daily journals, %d windows each (medians; \"first\": the process's "
           "first window; CPU: of the main thread)\nmachine: %s\n\n", n_runs, machine);
  g_print ("| years | entries | switch ms |   CPU | first | jump ms |   CPU | first | drag ms |"
           "   CPU | first | frames | peak RSS MB |\n"
           "|------:|--------:|----------:|------:|------:|--------:|------:|------:|--------:|"
           "------:|------:|-------:|------------:|\n");

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      g_autofree char *name = g_strdup_printf ("journal-%uy.db", row->years);
      g_autofree char *path = g_build_filename (tmp, name, NULL);

      row->n_entries = bench_make_journal (path, row->years);
      run_child (path, row);
      g_print ("| %5u | %7u | %9.1f | %5.1f | %5.1f | %7.1f | %5.1f | %5.1f | %7.1f | %5.1f | "
               "%5.1f | %6u | %11.1f |\n", row->years, row->n_entries,
               row->ms[SWITCH], row->cpu_ms[SWITCH], row->first_ms[SWITCH],
               row->ms[JUMP], row->cpu_ms[JUMP], row->first_ms[JUMP],
               row->ms[DRAG], row->cpu_ms[DRAG], row->first_ms[DRAG],
               row->max_frames, row->rss_mb);
      fflush (stdout);
    }

  g_print ("\nGoal: each under %d ms (a few frames). \"frames\": the most frames painted "
           "before one showed the rows.\n", GOAL_MS);

  if (tsv)
    for (guint i = 0; i < rows->len; i++)
      {
        const Row *row = &g_array_index (rows, Row, i);
        const Row *base = &g_array_index (rows, Row, 0);

        print_tsv ("Journal page: switch to it (vs smallest journal)", row->years,
                   row->ms[SWITCH], base->ms[SWITCH], "ms", goal);
        print_tsv ("Journal page: jump to 10 years ago (vs smallest)", row->years,
                   row->ms[JUMP], base->ms[JUMP], "ms", goal);
        print_tsv ("Journal page: drag to the oldest entry (vs smallest)", row->years,
                   row->ms[DRAG], base->ms[DRAG], "ms", goal);
        print_tsv ("Journal page: peak RSS after the scroll (vs smallest)", row->years,
                   row->rss_mb, base->rss_mb, "MB", "-");
      }

  bench_remove_tree (tmp);

  return 0;
}
