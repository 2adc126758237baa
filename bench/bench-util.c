/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What bench-startup and bench-journal-page share. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values; the median of an even count is the mean of the middle two. */
double
bench_median (double *values,
              guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* "AMD EPYC, 2 cores, load 0.56 1.31 1.92, Linux 6.18.44 x86_64" */
char *
bench_describe_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *loadavg = NULL;
  g_autofree char *uname = NULL;
  g_autofree char *model = NULL;
  g_auto(GStrv) load = NULL;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      const char *line = strstr (cpuinfo, "model name");
      const char *colon = line != NULL ? strchr (line, ':') : NULL;

      if (colon != NULL)
        model = g_strstrip (g_strndup (colon + 1, strcspn (colon + 1, "\n")));
    }

  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    load = g_strsplit (loadavg, " ", 4);

  g_spawn_command_line_sync ("uname -srm", &uname, NULL, NULL, NULL);

  return g_strdup_printf ("%s, %u cores, load %s %s %s, %s",
                          model != NULL ? model : "unknown CPU", g_get_num_processors (),
                          load != NULL && g_strv_length (load) >= 3 ? load[0] : "?",
                          load != NULL && g_strv_length (load) >= 3 ? load[1] : "?",
                          load != NULL && g_strv_length (load) >= 3 ? load[2] : "?",
                          uname != NULL ? g_strstrip (uname) : "?");
}

/* Writes the benchmarks' daily journal of @years at @path by running bench-journal, whose
 * memory is its own. Returns the number of entries. */
guint
bench_make_journal (const char *path,
                    guint       years)
{
  g_autofree char *years_text = g_strdup_printf ("%u", years);
  const char *argv[] = { BENCH_JOURNAL, path, years_text, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", BENCH_JOURNAL, error->message);

  return atoi (out);
}

/* The peak resident memory of this process so far (VmHWM), in kB. */
gsize
bench_peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

void
bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
