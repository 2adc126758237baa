/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long backups take on journals of growing history, each with a run, soreness,
 * water and a fascia session on every day: the automatic backup made at start-up (copy and
 * pruning), checking a backup, and restoring one. The files go to $TMPDIR (default /tmp).
 *
 *   bench-backup [--tsv] [YEARS...]      (default: 1 10 20)
 *
 * --tsv adds "@tsv" lines for build-aux/bench: the automatic backup's median, against the
 * smallest journal's.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-backup.h"
#include "limber-sample.h"

#define RUNS 15

typedef struct
{
  double auto_ms[RUNS];
  double check_ms[RUNS];
  double restore_ms[RUNS];
} Times;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
print_row (guint        years,
           guint        entries,
           goffset      size,
           const char  *what,
           double      *times)
{
  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("| %5u | %7u | %6.1f MB | %-12s | %8.1f | %8.1f | %8.1f |\n", years, entries,
           size / 1e6, what, times[0], times[RUNS / 2], times[RUNS - 1]);

  return times[RUNS / 2];
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* Returns the median of the automatic backups. */
static double
measure (guint years)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "backups", NULL);
  g_autofree char *restored = g_build_filename (dir, "restored.db", NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 21, 8, 0, 0);
  LimberDay today = limber_day_from_ymd (2026, 11, 21);
  Times *t = g_new0 (Times, 1);
  gint64 start;
  double median;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, today);
  entries = limber_sample_generate_daily (52 * years + years / 4, 1, today);
  if (!limber_journal_add_many (journal, entries, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
      g_autofree char *aside = NULL;

      /* A new day each time, so each call writes a backup (and prunes from the eighth on). */
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
      start = g_get_monotonic_time ();
      if (!limber_backup_auto (journal, folder, day, &error))
        g_error ("%s", error->message);
      t->auto_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      g_clear_pointer (&info, limber_backup_info_free);
      {
        g_autoptr(LimberBackupInfo) newest = limber_backup_find_newest_good (folder);

        g_assert_nonnull (newest);
        start = g_get_monotonic_time ();
        if (!limber_backup_check_file (newest->path, &info, &error))
          g_error ("%s", error->message);
        t->check_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

        start = g_get_monotonic_time ();
        if (!limber_backup_restore (restored, newest->path, &aside, &error))
          g_error ("%s", error->message);
        t->restore_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
        if (aside != NULL)
          g_unlink (aside);
      }
    }

  median = print_row (years, info->n_entries, info->size, "auto", t->auto_ms);
  print_row (years, info->n_entries, info->size, "check", t->check_ms);
  print_row (years, info->n_entries, info->size, "restore", t->restore_ms);

  g_clear_object (&journal);
  remove_tree (dir);
  g_free (t);

  return median;
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_years[] = { 1, 10, 20 };
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
          g_printerr ("usage: bench-backup [--tsv] [YEARS...]\n");
          return 2;
        }
    }
  if (years->len == 0)
    g_array_append_vals (years, default_years, G_N_ELEMENTS (default_years));

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);
  g_print ("Backups, %d of each; files in %s; machine: %s; %u cores\n", RUNS,
           g_get_tmp_dir (), uname ? g_strstrip (uname) : "?", g_get_num_processors ());
  g_print ("| years | entries | size      | what         | min ms   | median ms| max ms   |\n");
  g_print ("|------:|--------:|----------:|--------------|---------:|---------:|---------:|\n");

  for (guint i = 0; i < years->len; i++)
    {
      guint y = g_array_index (years, guint, i);
      double median = measure (y);

      if (i == 0)
        baseline = median;
      if (tsv != NULL)
        g_string_append_printf (tsv, "@tsv\tautomatic backup, worker thread (vs smallest)\t%u\t"
                                "%.1f\t%.1f\tms\t-\n", y, median, baseline);
    }

  if (tsv != NULL)
    g_print ("%s", tsv->str);

  return 0;
}
