/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long the recommendation module takes on journals of growing history, each with a
 * run, soreness, water and a fascia session on every day. Goal: under 10 ms at 10 years.
 *
 *   bench-advisor [--tsv] [YEARS...]      (default: 1 5 10 20)
 *
 * --tsv adds an "@tsv" line per size for build-aux/bench, with the smallest size as baseline.
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

static double
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

  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_years[] = { 1, 5, 10, 20 };
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) tsv = NULL;
  g_autofree char *uname = NULL;
  double baseline = 0;

  for (int i = 1; i < argc; i++)
    {
      guint y = atoi (argv[i]);

      if (g_str_equal (argv[i], "--tsv"))
        tsv = g_string_new (NULL);
      else if (y > 0)
        g_array_append_val (years, y);
      else
        {
          g_printerr ("usage: bench-advisor [--tsv] [YEARS...]\n");
          return 2;
        }
    }
  if (years->len == 0)
    g_array_append_vals (years, default_years, G_N_ELEMENTS (default_years));

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);
  g_print ("Recommendation module, %d evaluations each; machine: %s; %u cores\n",
           RUNS, uname ? g_strstrip (uname) : "?", g_get_num_processors ());
  g_print ("| years | entries  | fill     | recs  | min ms   | median ms| max ms   |\n");
  g_print ("|------:|---------:|---------:|------:|---------:|---------:|---------:|\n");

  for (guint i = 0; i < years->len; i++)
    {
      guint y = g_array_index (years, guint, i);
      double median = measure (y);

      if (i == 0)
        baseline = median;
      if (tsv != NULL)
        g_string_append_printf (tsv, "@tsv\trecommendation evaluation (vs smallest journal)\t%u\t"
                                "%.2f\t%.2f\tms\t<10\n", y, median, baseline);
    }

  if (tsv != NULL)
    g_print ("%s", tsv->str);

  return 0;
}
