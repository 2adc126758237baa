/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long importing GPX files takes next to libxml2 alone parsing them
 * (`xmllint --noout`). Each file is an hour's run at a point a second, as a Garmin watch
 * writes it (elevation, time and heart rate on every point). Goal: at most twice xmllint.
 *
 *   bench-import [--tsv] [FILES [ROUNDS]]    (default: 1000 files, 3 rounds; the best round counts)
 *
 * --tsv adds an "@tsv" line for build-aux/bench: the median round's import against the median
 * round's xmllint.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>

#include "limber-gpx.h"
#include "limber-importer.h"

#define POINTS 3600

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
write_run (const char *path,
           guint       index)
{
  g_autoptr(GString) out = g_string_sized_new (POINTS * 260);
  /* One run a day, from 2023-01-01 06:30 UTC. */
  gint64 start = 1672554600 + (gint64) index * 86400;
  g_autoptr(GDateTime) start_time = g_date_time_new_from_unix_utc (start);
  g_autofree char *start_stamp = g_date_time_format (start_time, "%Y-%m-%dT%H:%M:%SZ");
  char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GError) error = NULL;

  g_string_append_printf (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gpx creator=\"Garmin Connect\" version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\""
    " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
    "  <metadata>\n    <time>%s</time>\n  </metadata>\n"
    "  <trk>\n    <name>Morning run %u</name>\n    <type>running</type>\n    <trkseg>\n",
    start_stamp, index);

  for (guint i = 0; i < POINTS; i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (start + i);
      g_autofree char *stamp = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
      double angle = i * 2 * G_PI / 1200.0;

      /* Three laps of a 4 km loop: about 2.8 m/s. */
      g_string_append_printf (out,
        "      <trkpt lat=\"%s\" lon=\"%s\">\n        <ele>%.1f</ele>\n"
        "        <time>%s</time>\n        <extensions>\n"
        "          <gpxtpx:TrackPointExtension>\n            <gpxtpx:hr>%u</gpxtpx:hr>\n"
        "          </gpxtpx:TrackPointExtension>\n        </extensions>\n      </trkpt>\n",
        g_ascii_formatd (lat, sizeof lat, "%.7f", 48.1 + 0.0057 * sin (angle)),
        g_ascii_formatd (lon, sizeof lon, "%.7f", 11.5 + 0.0085 * cos (angle)),
        520.0 + 15.0 * sin (angle * 2), stamp, 140 + (i / 60) % 20);
    }

  g_string_append (out, "    </trkseg>\n  </trk>\n</gpx>\n");
  if (!g_file_set_contents (path, out->str, out->len, &error))
    g_error ("%s", error->message);
}

static double
time_xmllint (const char *xmllint,
              GPtrArray  *paths)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;
  int status;

  g_ptr_array_add (argv, (char *) xmllint);
  g_ptr_array_add (argv, "--noout");
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (argv, paths->pdata[i]);
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("xmllint: %s", error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_import (const char *dir,
             const char *folder,
             guint       n_files,
             guint       round)
{
  g_autofree char *name = g_strdup_printf ("journal-%u.db", round);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(LimberImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  start = g_get_monotonic_time ();
  journal = limber_journal_open (path, &error);
  if (journal == NULL)
    g_error ("%s", error->message);
  importer = limber_importer_new (journal);
  limber_importer_add_path (importer, folder);
  if (!limber_importer_run (importer, NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&importer);
  g_clear_object (&journal);               /* includes the final WAL checkpoint */
  seconds = (g_get_monotonic_time () - start) / 1e6;

  journal = limber_journal_open (path, &error);
  if (journal == NULL || limber_journal_count (journal, LIMBER_ENTRY_KINDS_RUN) != n_files)
    g_error ("The journal does not hold the %u runs", n_files);

  return seconds;
}

/* The readers alone, without the journal: where the time goes. */
static double
time_readers (GPtrArray *paths)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GMappedFile) file = g_mapped_file_new (paths->pdata[i], FALSE, NULL);
      g_autoptr(LimberActivity) activity = NULL;
      g_autoptr(GBytes) packed = NULL;

      activity = limber_gpx_read (g_mapped_file_get_contents (file),
                                  g_mapped_file_get_length (file), NULL);
      g_assert (activity != NULL && activity->points->len == POINTS);
      packed = limber_track_pack ((const LimberTrackPoint *) activity->points->data,
                                  activity->points->len);
    }

  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  gboolean tsv = argc > 1 && g_str_equal (argv[1], "--tsv");
  guint n_files = argc > 1 + tsv ? atoi (argv[1 + tsv]) : 1000;
  guint rounds = argc > 2 + tsv ? atoi (argv[2 + tsv]) : 3;
  g_autoptr(GArray) lints = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) imports = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-import-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "gpx", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  double best_lint = G_MAXDOUBLE, best_import = G_MAXDOUBLE, best_read = G_MAXDOUBLE;
  guint64 bytes = 0;

  if (n_files == 0 || rounds == 0)
    {
      g_printerr ("usage: bench-import [--tsv] [FILES [ROUNDS]]\n");
      return 2;
    }

  g_mkdir_with_parents (folder, 0700);
  g_print ("Writing %u GPX files of %u points...\n", n_files, POINTS);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("run-%04u.gpx", i);
      char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      write_run (path, i);
      g_stat (path, &st);
      bytes += st.st_size;
      g_ptr_array_add (paths, path);
    }
  g_print ("%.0f MB in all\n\n", bytes / 1e6);

  if (xmllint != NULL)
    time_xmllint (xmllint, paths);          /* warms the page cache for both */
  else
    g_print ("xmllint is missing (apt-get install libxml2-utils): no comparison\n\n");

  for (guint round = 0; round < rounds; round++)
    {
      double lint = xmllint != NULL ? time_xmllint (xmllint, paths) : 0;
      double import = time_import (dir, folder, n_files, round);
      double read = time_readers (paths);

      g_print ("round %u: xmllint --noout %6.2f s   import %6.2f s   readers alone %6.2f s\n",
               round + 1, lint, import, read);
      best_lint = MIN (best_lint, lint);
      best_import = MIN (best_import, import);
      best_read = MIN (best_read, read);
      g_array_append_val (lints, lint);
      g_array_append_val (imports, import);
    }

  g_print ("\nbest of %u: xmllint --noout %.2f s, Limber import %.2f s (%.1f ms a file)",
           rounds, best_lint, best_import, best_import * 1000 / n_files);
  if (xmllint != NULL)
    g_print (", ratio %.2f (goal <= 2)", best_import / best_lint);
  g_print ("\n");
  if (tsv && xmllint != NULL)
    g_print ("@tsv\timport of %u GPX files (vs xmllint --noout)\t-\t%.2f\t%.2f\ts\t"
             "ratio<=2\n", n_files, median (imports), median (lints));

  remove_tree (dir);
  return 0;
}
