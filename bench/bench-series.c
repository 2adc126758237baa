/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long each Progress chart's data takes to compute from a journal with a run,
 * soreness, water and a fascia session on every day (and mobility self-tests every Monday),
 * for each range. Goal: query and drawing together under 8 ms; this measures the query.
 *
 *   bench-series [--tsv] [YEARS]      (default: 10)
 *
 * --tsv adds an "@tsv" line for build-aux/bench: the slowest median of CPU time against the
 * slowest over four weeks.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <time.h>

#include "limber-fascia-session.h"
#include "limber-sample.h"
#include "limber-series.h"

#define RUNS 31

typedef struct
{
  const char *name;
  int         which;
} Chart;

enum {
  DISTANCE,
  FASCIA,
  SORENESS_MAP,
  SORENESS_TREND,
  WATER,
  MOBILITY,
  LOAD,
};

static const Chart charts[] = {
  { "weekly distance", DISTANCE },
  { "fascia", FASCIA },
  { "soreness map", SORENESS_MAP },
  { "soreness trend", SORENESS_TREND },
  { "water", WATER },
  { "mobility", MOBILITY },
  { "load", LOAD },
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Milliseconds of CPU this thread has used: unlike the clock, not inflated by other
 * programs taking the cores. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static LimberSeries *
compute (LimberJournal     *journal,
         int                which,
         LimberSeriesRange  range,
         LimberDay          today)
{
  g_autoptr(GError) error = NULL;
  LimberSeries *series = NULL;

  switch (which)
    {
    case DISTANCE:
      series = limber_series_weekly_distance (journal, range, today, NULL, &error);
      break;
    case FASCIA:
      series = limber_series_fascia (journal, range, today, NULL, &error);
      break;
    case SORENESS_MAP:
      series = limber_series_soreness_map (journal, range, today, NULL, &error);
      break;
    case SORENESS_TREND:
      series = limber_series_soreness_trend (journal, range, today, LIMBER_ZONE_CALF,
                                             LIMBER_SIDE_BOTH, &error);
      break;
    case WATER:
      series = limber_series_water (journal, range, today, NULL, &error);
      break;
    case MOBILITY:
      series = limber_series_mobility (journal, range, today, "knee_to_wall", &error);
      break;
    case LOAD:
      series = limber_series_load (journal, range, today, NULL, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (series == NULL)
    g_error ("%s", error->message);

  return series;
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
      limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, FALSE, 6);
      limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, 4);
      g_ptr_array_add (sessions, session);
    }

  return sessions;
}

static void
remove_journal (const char *dir,
                const char *path)
{
  g_autofree char *wal = g_strdup_printf ("%s-wal", path);
  g_autofree char *shm = g_strdup_printf ("%s-shm", path);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *uname = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay today = limber_day_from_ymd (2026, 11, 21);
  gboolean tsv = argc > 1 && g_str_equal (argv[1], "--tsv");
  guint years = argc > 1 + tsv ? (guint) atoi (argv[1 + tsv]) : 10;
  double worst_wall = 0, worst_cpu = 0, worst_short_cpu = 0;
  gint64 start;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, today);

  start = g_get_monotonic_time ();
  entries = limber_sample_generate_daily (52 * years + years / 4, 1, today);
  sessions = mobility_sessions (today - (52 * years + years / 4) * 7 + 1, today);
  if (!limber_journal_add_many (journal, entries, &error) ||
      !limber_journal_add_many (journal, sessions, &error))
    g_error ("%s", error->message);

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);
  g_print ("Progress chart data, %u years, %u entries (filled in %.1f s); machine: %s; "
           "%u cores\n", years, entries->len + sessions->len,
           (g_get_monotonic_time () - start) / 1e6, uname ? g_strstrip (uname) : "?",
           g_get_num_processors ());
  g_print ("Each cell: median of %d runs in ms, by the clock / in CPU time of the thread\n",
           RUNS);
  g_print ("| chart           |     4 weeks |    3 months |      1 year |         all |\n");
  g_print ("|-----------------|------------:|------------:|------------:|------------:|\n");

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_print ("| %-15s |", charts[c].name);

      for (guint range = 0; range < LIMBER_N_SERIES_RANGES; range++)
        {
          double wall[RUNS], cpu[RUNS];

          for (guint i = 0; i < RUNS; i++)
            {
              g_autoptr(LimberSeries) series = NULL;
              double cpu_start = cpu_ms ();

              start = g_get_monotonic_time ();
              series = compute (journal, charts[c].which, range, today);
              wall[i] = (g_get_monotonic_time () - start) / 1000.0;
              cpu[i] = cpu_ms () - cpu_start;
              g_assert_false (limber_series_is_empty (series));
            }

          qsort (wall, RUNS, sizeof (double), compare_doubles);
          qsort (cpu, RUNS, sizeof (double), compare_doubles);
          g_print (" %5.2f / %4.2f |", wall[RUNS / 2], cpu[RUNS / 2]);
          worst_wall = MAX (worst_wall, wall[RUNS / 2]);
          worst_cpu = MAX (worst_cpu, cpu[RUNS / 2]);
          if (range == LIMBER_SERIES_RANGE_4_WEEKS)
            worst_short_cpu = MAX (worst_short_cpu, cpu[RUNS / 2]);
        }
      g_print ("\n");
    }

  g_print ("Slowest median: %.2f ms by the clock, %.2f ms of CPU\n", worst_wall, worst_cpu);
  if (tsv)
    g_print ("@tsv\tchart query alone, slowest, CPU (vs 4 weeks)\t%u\t%.2f\t%.2f\tms\t-\n",
             years, worst_cpu, worst_short_cpu);

  g_clear_object (&journal);
  remove_journal (dir, path);

  return 0;
}
