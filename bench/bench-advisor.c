/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long the recommendation module takes on journals of growing history, each with a
 * run, soreness, water and a fascia session on every day. Goal: under 10 ms at 10 years.
 *
 *   bench-advisor [YEARS...]      (default: 1 5 10 20)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-advisor.h"
#include "limber-sample.h"

#define RUNS 30

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
measure (guint years)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay today = limber_day_from_ymd (2026, 11, 21);
  double times[RUNS];
  guint n_recs = 0;
  gint64 start;
  double fill_s;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, today);

  start = g_get_monotonic_time ();
  entries = limber_sample_generate_daily (52 * years + years / 4, 1, today);
  if (!limber_journal_add_many (journal, entries, &error))
    g_error ("%s", error->message);
  fill_s = (g_get_monotonic_time () - start) / 1e6;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GListModel) recs = NULL;

      start = g_get_monotonic_time ();
      recs = limber_advisor_evaluate (journal, NULL, today, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      n_recs = g_list_model_get_n_items (recs);
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("| %5u | %8u | %6.1f s | %5u | %8.2f | %8.2f | %8.2f |\n",
           years, entries->len, fill_s, n_recs, times[0], times[RUNS / 2], times[RUNS - 1]);

  g_clear_object (&journal);
  {
    g_autofree char *wal = g_strdup_printf ("%s-wal", path);
    g_autofree char *shm = g_strdup_printf ("%s-shm", path);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_years[] = { 1, 5, 10, 20 };
  g_autofree char *uname = NULL;

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);
  g_print ("Recommendation module, %d evaluations each; machine: %s; %u cores\n",
           RUNS, uname ? g_strstrip (uname) : "?", g_get_num_processors ());
  g_print ("| years | entries  | fill     | recs  | min ms   | median ms| max ms   |\n");
  g_print ("|------:|---------:|---------:|------:|---------:|---------:|---------:|\n");

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      measure (atoi (argv[i]));
  else
    for (guint i = 0; i < G_N_ELEMENTS (default_years); i++)
      measure (default_years[i]);

  return 0;
}
