/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "import-helpers.h"
#include "limber-gpx.h"
#include "limber-hydration.h"
#include "limber-importer.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* The importer: files, folders, gzip, Strava exports, duplicates, failures that stop
 * nothing else, cancellation, the async run, tracks kept in the journal, a 50 MB file. */

typedef struct
{
  char          *dir;
  LimberJournal *journal;
  GTimeZone     *zone;
  guint          changes;
} Fixture;

static LimberDay
ymd (int year,
     int month,
     int day)
{
  return limber_day_from_ymd (year, month, day);
}

static void
on_changed_cb (LimberJournal *journal,
               guint          kinds,
               const char    *uuid,
               gpointer       data)
{
  Fixture *fixture = data;

  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("limber-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (fixture->journal, ymd (2026, 11, 21));
  fixture->zone = g_time_zone_new_utc ();
  g_signal_connect (fixture->journal, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->journal));
  g_time_zone_unref (fixture->zone);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static char *
temp_path (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  return g_steal_pointer (&path);
}

static void
write_file (const char *path,
            const void *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A GPX 1.1 run: @n points @interval seconds apart, each @step degrees further north. */
static char *
make_gpx (gint64      start,
          guint       n,
          guint       interval,
          double      step,
          const char *name,
          const char *type)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<gpx version=\"1.1\" "
                                         "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk>");
  char lat[G_ASCII_DTOSTR_BUF_SIZE];

  if (name != NULL)
    g_string_append_printf (out, "<name>%s</name>", name);
  if (type != NULL)
    g_string_append_printf (out, "<type>%s</type>", type);
  g_string_append (out, "<trkseg>\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (start + (gint64) i * interval);
      g_autofree char *stamp = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      g_string_append_printf (out, "<trkpt lat=\"%s\" lon=\"7.0\"><ele>100</ele>"
                              "<time>%s</time></trkpt>\n",
                              g_ascii_formatd (lat, sizeof lat, "%.7f", 45.0 + i * step), stamp);
    }

  g_string_append (out, "</trkseg></trk></gpx>\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
write_gpx (const char *path,
           gint64      start,
           guint       n,
           const char *name,
           const char *type)
{
  /* 10 s apart, 0.0003 degrees (33.4 m) apart: 3.3 m/s. */
  g_autofree char *text = make_gpx (start, n, 10, 0.0003, name, type);

  write_file (path, text, -1);
}

static const LimberImportSummary *
run_import (Fixture            *fixture,
            LimberImporter     *importer,
            const char * const *paths)
{
  g_autoptr(GError) error = NULL;
  const LimberImportSummary *summary;

  limber_importer_set_time_zone (importer, fixture->zone);
  for (guint i = 0; paths[i] != NULL; i++)
    limber_importer_add_path (importer, paths[i]);

  g_assert_true (limber_importer_run (importer, NULL, &error));
  g_assert_no_error (error);

  summary = limber_importer_get_summary (importer);
  for (guint i = 0; i < summary->failures->len; i++)
    g_test_message ("failed: %s", (const char *) g_ptr_array_index (summary->failures, i));
  g_assert_cmpuint (summary->done, ==, summary->total);
  g_assert_cmpuint (summary->failures->len, ==, summary->failed);

  return summary;
}

static void
assert_summary (const LimberImportSummary *summary,
                guint                      imported,
                guint                      duplicates,
                guint                      skipped,
                guint                      failed)
{
  g_assert_cmpuint (summary->imported, ==, imported);
  g_assert_cmpuint (summary->duplicates, ==, duplicates);
  g_assert_cmpuint (summary->skipped, ==, skipped);
  g_assert_cmpuint (summary->failed, ==, failed);
}

static gboolean
has_failure (const LimberImportSummary *summary,
             const char                *file,
             const char                *fragment)
{
  for (guint i = 0; i < summary->failures->len; i++)
    {
      const char *failure = g_ptr_array_index (summary->failures, i);
      g_autofree char *prefix = g_strdup_printf ("%s:", file);

      if (g_str_has_prefix (failure, prefix) && strstr (failure, fragment) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GPtrArray *
all_runs (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *runs = limber_journal_list (fixture->journal, 1, ymd (2026, 11, 21),
                                         LIMBER_ENTRY_KINDS_RUN, &error);

  g_assert_no_error (error);
  return runs;
}

static void
test_fixture_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  g_autofree char *bomb = fixture_path ("billion-laughs.gpx");
  g_autofree char *no_times = fixture_path ("no-times.gpx");
  const char *paths[] = { folder, NULL };
  const LimberImportSummary *summary;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GPtrArray) runs = NULL;
  g_auto(GStrv) tracked = NULL;
  g_autoptr(GArray) track = NULL;
  g_autoptr(GError) error = NULL;
  LimberRun *garmin;

  /* Times of day where the runner lives: two hours ahead of UTC. */
  g_time_zone_unref (fixture->zone);
  fixture->zone = g_time_zone_ref (zone);

  summary = run_import (fixture, importer, paths);
  assert_summary (summary, 3, 0, 0, 2);
  g_assert_true (has_failure (summary, bomb, "document type"));
  g_assert_true (has_failure (summary, no_times, "no times"));
  g_assert_cmpuint (fixture->changes, ==, 3);

  runs = all_runs (fixture);
  g_assert_cmpuint (runs->len, ==, 3);
  garmin = g_ptr_array_index (runs, 2);
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (garmin)), ==, ymd (2024, 5, 12));
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (garmin)), ==, 9 * 3600);
  g_assert_cmpfloat (limber_run_get_distance (garmin), ==, 333.6);
  g_assert_cmpfloat (limber_run_get_duration (garmin), ==, 100);
  g_assert_cmpint (limber_run_get_run_kind (garmin), ==, LIMBER_RUN_EASY);
  g_assert_cmpint (limber_run_get_rpe (garmin), ==, LIMBER_RPE_UNSET);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (garmin)), ==,
                   "Sunday river loop & hills");

  /* What the watch measured besides, to the metre and the beat: the GPX's climb and its
   * points' heart rate; the TCX's laps' heart rate, weighted by their times; a tracker that
   * saw no heart rate leaves it unknown. */
  g_assert_cmpfloat (limber_run_get_elevation_gain (garmin), ==, 22);
  g_assert_cmpfloat (limber_run_get_avg_heart_rate (garmin), ==, 145);
  for (guint i = 0; i < runs->len; i++)
    {
      LimberRun *run = g_ptr_array_index (runs, i);
      const char *name = limber_entry_get_notes (LIMBER_ENTRY (run));

      if (g_strcmp0 (name, "Track session") == 0)
        {
          g_assert_cmpfloat (limber_run_get_elevation_gain (run), ==, 8);
          g_assert_cmpfloat (limber_run_get_avg_heart_rate (run), ==, 155);
        }
      else if (g_strcmp0 (name, "Evening tempo") == 0)
        {
          g_assert_cmpfloat (limber_run_get_elevation_gain (run), ==, 0);
          g_assert_false (limber_run_has_avg_heart_rate (run));
        }
      else
        {
          g_assert_true (run == garmin);
        }
    }

  /* Each run kept its track. */
  tracked = limber_journal_list_tracked (fixture->journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (tracked), ==, 3);
  track = limber_journal_get_track (fixture->journal,
                                    limber_entry_get_uuid (LIMBER_ENTRY (garmin)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (track->len, ==, 12);
  g_assert_true (g_array_index (track, LimberTrackPoint, 6).segment_start);
  g_assert_cmpfloat_with_epsilon (g_array_index (track, LimberTrackPoint, 0).lat, 48.1, 1e-7);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *original = temp_path (fixture, "original.gpx");
  g_autofree char *again = temp_path (fixture, "again/copy.gpx");
  g_autofree char *close = temp_path (fixture, "again/45-seconds-later.gpx");
  g_autofree char *longer = temp_path (fixture, "again/3-percent-longer.gpx");
  g_autofree char *later = temp_path (fixture, "again/2-minutes-later.gpx");
  g_autofree char *folder = g_path_get_dirname (again);
  g_autofree char *same_day = temp_path (fixture, "same-day.gpx");
  g_autofree char *text = NULL;
  g_autoptr(LimberRun) untimed = limber_run_new ();
  g_autoptr(GError) error = NULL;
  const char *first[] = { original, NULL };
  const char *second[] = { folder, NULL };
  const char *third[] = { same_day, NULL };
  gint64 start = 1700000000;       /* 2023-11-14 22:13:20 UTC */
  const LimberImportSummary *summary;

  write_gpx (original, start, 100, NULL, NULL);
  write_gpx (again, start, 100, NULL, NULL);
  write_gpx (close, start + 45, 101, NULL, NULL);
  text = make_gpx (start, 100, 10, 0.0003 * 1.03, NULL, NULL);
  write_file (longer, text, -1);
  write_gpx (later, start + 120, 100, NULL, NULL);

  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    summary = run_import (fixture, importer, first);
    assert_summary (summary, 1, 0, 0, 0);
  }
  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    /* The copy and the one 45 s later (1 % longer) are the same run; 3 % longer or two
     * minutes later is another one. */
    summary = run_import (fixture, importer, second);
    assert_summary (summary, 2, 2, 0, 0);
  }

  /* A run typed in by hand without a time matches on its day and distance. */
  limber_entry_set_day (LIMBER_ENTRY (untimed), ymd (2023, 11, 10));
  limber_run_set_distance (untimed, 3300);
  limber_run_set_duration (untimed, 1000);
  g_assert_true (limber_journal_add (fixture->journal, LIMBER_ENTRY (untimed), &error));
  g_assert_no_error (error);
  write_gpx (same_day, 1699610000, 100, NULL, NULL);       /* 2023-11-10 09:53:20 UTC */
  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    summary = run_import (fixture, importer, third);
    assert_summary (summary, 0, 1, 0, 0);
  }

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==, 4);
}

/* A barometer gone wild or a strap that lost contact gives a figure no run has: the run is
 * imported all the same, with that figure unknown. */
static void
test_absurd_figures (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *path = temp_path (fixture, "wild.gpx");
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" "
                                          "xmlns=\"http://www.topografix.com/GPX/1/1\">"
                                          "<trk><type>running</type><trkseg>\n");
  const char *paths[] = { path, NULL };
  g_autoptr(GPtrArray) runs = NULL;

  /* 2.1 km up and down again each minute for 10 minutes: 10.5 km climbed, and a heart rate of
   * 12. */
  for (guint i = 0; i <= 10; i++)
    g_string_append_printf (text, "<trkpt lat=\"45.%03u\" lon=\"7.0\"><ele>%u</ele>"
                            "<time>2024-05-01T07:%02u:00Z</time><extensions><hr>12</hr>"
                            "</extensions></trkpt>\n", i * 2, i % 2 ? 2100 : 0, i);
  g_string_append (text, "</trkseg></trk></gpx>\n");
  write_file (path, text->str, text->len);

  assert_summary (run_import (fixture, importer, paths), 1, 0, 0, 0);
  runs = all_runs (fixture);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_false (limber_run_has_elevation_gain (g_ptr_array_index (runs, 0)));
  g_assert_false (limber_run_has_avg_heart_rate (g_ptr_array_index (runs, 0)));
}

static void
test_gzip_files (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *folder = temp_path (fixture, "zipped");
  g_autofree char *tcx_source = fixture_path ("two-laps.tcx");
  g_autofree char *gpx = temp_path (fixture, "zipped/run.gpx.gz");
  g_autofree char *tcx = temp_path (fixture, "zipped/laps.TCX.GZ");
  g_autofree char *fit = temp_path (fixture, "zipped/watch.fit.gz");
  g_autofree char *csv = temp_path (fixture, "zipped/2020-runs.csv.gz");
  g_autofree char *broken = temp_path (fixture, "zipped/broken.gpx.gz");
  g_autofree char *text = make_gpx (1600000000, 60, 10, 0.0003, "Gzipped", NULL);
  g_autofree char *tcx_text = NULL;
  static const char csv_text[] =
    "date,time,distance_km,duration,kind\n2020-05-01,07:00,8,0:45:00,long\n"
    "2020-05-02,07:00,5,0:30:00,easy\n";
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) sample = fit_sample_activity (FALSE, 14, TRUE);
  const char *paths[] = { folder, NULL };
  const LimberImportSummary *summary;
  gsize length;

  packed = gzip_bytes (text, strlen (text));
  write_bytes (gpx, packed);
  g_clear_pointer (&packed, g_bytes_unref);
  tcx_text = read_text (tcx_source, &length);
  packed = gzip_bytes (tcx_text, length);
  write_bytes (tcx, packed);
  g_clear_pointer (&packed, g_bytes_unref);
  packed = gzip_bytes (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  write_bytes (fit, packed);
  g_clear_pointer (&packed, g_bytes_unref);
  packed = gzip_bytes (csv_text, strlen (csv_text));
  write_bytes (csv, packed);
  write_file (broken, g_bytes_get_data (packed, NULL), g_bytes_get_size (packed) / 2);

  /* The GPX, TCX and FIT runs, and the two CSV rows; the cut-off file fails. */
  summary = run_import (fixture, importer, paths);
  assert_summary (summary, 5, 0, 0, 1);
  g_assert_true (has_failure (summary, broken, "cut short"));
  g_assert_cmpuint (summary->total, ==, 5);
}

static void
test_failures_stop_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *folder = temp_path (fixture, "mixed");
  g_autofree char *good = temp_path (fixture, "mixed/a-good.gpx");
  g_autofree char *bad_fit = temp_path (fixture, "mixed/b-bad-crc.fit");
  g_autofree char *good_fit = temp_path (fixture, "mixed/c-good.fit");
  g_autofree char *bad_csv = temp_path (fixture, "mixed/d-runs.csv");
  g_autofree char *future = temp_path (fixture, "mixed/e-future.gpx");
  g_autofree char *ride = temp_path (fixture, "mixed/f-ride.gpx");
  g_autofree char *ignored = temp_path (fixture, "mixed/notes.txt");
  g_autofree char *pipe = temp_path (fixture, "mixed/g-pipe.gpx");
  g_autofree char *hidden = temp_path (fixture, "mixed/.hidden/x.gpx");
  g_autofree char *missing = temp_path (fixture, "missing.gpx");
  g_autofree char *text = temp_path (fixture, "notes-given.txt");
  g_autofree char *empty = temp_path (fixture, "empty/nothing.txt");
  g_autofree char *empty_folder = g_path_get_dirname (empty);
  g_autoptr(GBytes) sample = fit_sample_activity (FALSE, 14, TRUE);
  g_autofree guint8 *damaged = NULL;
  const char *paths[] = { folder, missing, text, empty_folder, NULL };
  const LimberImportSummary *summary;
  g_autoptr(GPtrArray) runs = NULL;
  gsize length;

  write_gpx (good, 1600000000, 60, NULL, NULL);
  damaged = g_memdup2 (g_bytes_get_data (sample, &length), g_bytes_get_size (sample));
  damaged[length - 1] ^= 0xff;
  write_file (bad_fit, damaged, length);
  write_bytes (good_fit, sample);
  write_file (bad_csv,
              "date,distance_km,duration\n2020-01-01,5,0:30:00\n2020-01-02,5,0:00:05\n", -1);
  write_gpx (future, 1900000000, 60, NULL, NULL);         /* 2030 */
  write_gpx (ride, 1600100000, 60, "Commute", "cycling");
  write_file (ignored, "not a track", -1);
  /* A pipe would block a reader that opened it. */
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  write_gpx (hidden, 1600200000, 60, NULL, NULL);
  write_file (text, "not a track", -1);
  write_file (empty, "", 0);

  summary = run_import (fixture, importer, paths);
  assert_summary (summary, 2, 0, 1, 7);
  g_assert_true (has_failure (summary, pipe, "not a regular file"));
  g_assert_true (has_failure (summary, bad_fit, "checksum"));
  g_assert_true (has_failure (summary, bad_csv, "Duration"));
  g_assert_true (has_failure (summary, future, "future"));
  g_assert_true (has_failure (summary, missing, "No such file"));
  g_assert_true (has_failure (summary, text, "GPX, TCX, FIT and CSV"));
  g_assert_true (has_failure (summary, empty_folder, "no file Limber can import"));
  {
    g_autofree char *line = g_strdup_printf ("%s:3: Duration", bad_csv);

    /* CSV reasons keep their line numbers, without naming the file twice. */
    g_assert_true (has_failure (summary, bad_csv, line));
  }

  /* Only the two good files are in the journal, each with its track: nothing of the CSV file
   * with a bad row (its good row included), nothing of the others. */
  runs = all_runs (fixture);
  g_assert_cmpuint (runs->len, ==, 2);
  g_assert_cmpint (limber_run_get_surface (g_ptr_array_index (runs, 1)), ==, LIMBER_SURFACE_TRAIL);
  g_assert_cmpfloat (limber_run_get_distance (g_ptr_array_index (runs, 1)), ==, 430);
}

static void
test_tracks_are_atomic (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tracks = g_ptr_array_new ();
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
  g_autoptr(GError) error = NULL;
  LimberTrackPoint point = { 45, 7, NAN, LIMBER_TRACK_NO_TIME, FALSE };
  LimberRun *run = limber_run_new ();
  LimberHydration *water = limber_hydration_new ();

  g_array_append_val (points, point);
  g_array_append_val (points, point);
  limber_entry_set_day (LIMBER_ENTRY (run), ymd (2026, 11, 1));
  limber_run_set_distance (run, 5000);
  limber_run_set_duration (run, 1800);
  limber_entry_set_day (LIMBER_ENTRY (water), ymd (2026, 11, 1));
  limber_hydration_set_volume (water, 500);
  g_ptr_array_add (entries, run);
  g_ptr_array_add (tracks, points);
  g_ptr_array_add (entries, water);
  g_ptr_array_add (tracks, points);

  /* A track given to water: nothing is written, not even the run before it. */
  g_assert_false (limber_journal_add_many_with_tracks (fixture->journal, entries, tracks,
                                                       &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_clear_error (&error);

  /* Updating the run keeps its track; deleting it takes the track along. */
  g_ptr_array_remove_index (entries, 1);
  g_ptr_array_remove_index (tracks, 1);
  g_assert_true (limber_journal_add_many_with_tracks (fixture->journal, entries, tracks,
                                                      &error));
  g_assert_no_error (error);
  limber_run_set_distance (run, 5100);
  g_assert_true (limber_journal_update (fixture->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
  g_clear_pointer (&points, g_array_unref);
  points = limber_journal_get_track (fixture->journal, limber_entry_get_uuid (LIMBER_ENTRY (run)),
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 2);

  g_assert_true (limber_journal_delete (fixture->journal,
                                        limber_entry_get_uuid (LIMBER_ENTRY (run)), &error));
  g_assert_no_error (error);
  {
    g_auto(GStrv) tracked = limber_journal_list_tracked (fixture->journal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (tracked), ==, 0);
  }
  g_assert_null (limber_journal_get_track (fixture->journal,
                                           limber_entry_get_uuid (LIMBER_ENTRY (run)), &error));
  g_assert_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND);
}

/* A Strava export as Strava lays it out, with one of each case the importer must handle. */
static char *
make_strava_export (Fixture    *fixture,
                    const char *name)
{
  g_autofree char *root = temp_path (fixture, name);
  g_autofree char *csv = g_build_filename (root, "activities.csv", NULL);
  g_autofree char *gpx = g_build_filename (root, "activities", "1001.gpx", NULL);
  g_autofree char *ride = g_build_filename (root, "activities", "1002.fit.gz", NULL);
  g_autofree char *tcx = g_build_filename (root, "activities", "1003.tcx.gz", NULL);
  g_autofree char *untimed = g_build_filename (root, "activities", "1008.gpx", NULL);
  g_autofree char *tcx_source = fixture_path ("two-laps.tcx");
  g_autofree char *tcx_text = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *route = fixture_path ("no-times.gpx");
  g_autofree char *route_text = NULL;
  g_autofree char *activities = g_path_get_dirname (gpx);
  g_autoptr(GBytes) packed = NULL;
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (activities, 0700), ==, 0);
  write_file (csv,
              "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
              "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Filename,"
              "Elapsed Time,Moving Time,Distance,Perceived Exertion,Workout Type\n"
              "1001,\"Mar 3, 2021, 7:02:11 AM\",Morning Run,Run,\"Easy, with a friend\",1000,"
              "\"3.30\",160,20,false,activities/1001.gpx,1000,990,3300.0,7,\n"
              "1002,\"Mar 4, 2021, 5:00:00 PM\",Commute,Ride,,1800,12.00,,,true,"
              "activities/1002.fit.gz,1800,1700,12000,,\n"
              "1003,\"Oct 1, 2023, 8:00:00 AM\",Club 3k,Run,,600,3.02,,,false,"
              "activities/1003.tcx.gz,600,591,3020.5,9,1\n"
              "1004,\"Mar 6, 2021, 6:00:00 PM\",Treadmill by hand,Run,,1800,5.00,,,false,,1800,,"
              "5000,,\n"
              "1005,\"Mar 7, 2021, 6:00:00 PM\",Lost file,Run,,1800,5.00,,,false,"
              "activities/1005.gpx,1800,,5000,,\n"
              "1006,\"Mar 7, 2021, 7:00:00 PM\",Dog walk,Walk,,1800,2.00,,,false,,1800,,2000,,\n"
              "1007,sometime,Broken row,Run,,1800,5.00,,,false,,1800,,5000,,\n"
              "1008,\"Mar 8, 2021, 8:00:00 AM\",Route without times,Run,,1500,5.00,,,false,"
              "activities/1008.gpx,1500,1450,5004.0,,\n",
              -1);

  write_gpx (gpx, 1614754931, 100, "Run", "running");
  /* Not a FIT file at all: a skipped ride is never read. */
  write_file (ride, "garbage", -1);
  tcx_text = read_text (tcx_source, &length);
  spaced = g_strconcat ("          ", tcx_text, NULL);
  packed = gzip_bytes (spaced, strlen (spaced));
  write_bytes (tcx, packed);
  route_text = read_text (route, &length);
  write_file (untimed, route_text, length);

  return g_steal_pointer (&root);
}

static void
check_strava_runs (Fixture *fixture)
{
  g_autoptr(GPtrArray) runs = all_runs (fixture);
  LimberRun *run;

  g_assert_cmpuint (runs->len, ==, 4);

  run = g_ptr_array_index (runs, 0);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Morning Run");
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (run)), ==, ymd (2021, 3, 3));
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (run)), ==, 7 * 3600 + 2 * 60 + 11);
  g_assert_cmpint (limber_run_get_rpe (run), ==, 7);
  g_assert_cmpfloat (limber_run_get_duration (run), ==, 990);

  run = g_ptr_array_index (runs, 1);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Treadmill by hand");
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (run)), ==, 18 * 3600);
  g_assert_cmpfloat (limber_run_get_distance (run), ==, 5000);
  g_assert_cmpfloat (limber_run_get_duration (run), ==, 1800);

  /* The track's distance, the list's date and moving time. */
  run = g_ptr_array_index (runs, 2);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Route without times");
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (run)), ==, ymd (2021, 3, 8));
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (run), 5004, 2);
  g_assert_cmpfloat (limber_run_get_duration (run), ==, 1450);

  run = g_ptr_array_index (runs, 3);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Club 3k");
  g_assert_cmpint (limber_run_get_run_kind (run), ==, LIMBER_RUN_RACE);
  g_assert_cmpint (limber_run_get_rpe (run), ==, 9);
  g_assert_cmpfloat (limber_run_get_distance (run), ==, 3020.5);
}

static void
check_strava_summary (const LimberImportSummary *summary,
                      const char                *root)
{
  g_autofree char *lost = g_build_filename (root, "activities", "1005.gpx", NULL);
  g_autofree char *row = g_strdup_printf ("%s/activities.csv:8", root);

  assert_summary (summary, 4, 0, 2, 2);
  g_assert_cmpuint (summary->total, ==, 8);
  g_assert_true (has_failure (summary, lost, "does not hold this file"));
  g_assert_true (has_failure (summary, row, "sometime"));
}

static void
test_strava_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *root = make_strava_export (fixture, "export_1234");
  g_autofree char *outer = g_path_get_dirname (root);
  const char *paths[] = { outer, NULL };
  const LimberImportSummary *summary;

  /* Found inside the folder given; its activities/ is not also read as loose files. */
  summary = run_import (fixture, importer, paths);
  check_strava_summary (summary, root);
  check_strava_runs (fixture);
}

static void
test_strava_zip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *root = make_strava_export (fixture, "unzipped/export_1234");
  g_autofree char *zip = temp_path (fixture, "export_1234.zip");
  g_autofree char *flat_zip = temp_path (fixture, "flat.zip");
  g_autofree char *other_zip = temp_path (fixture, "other.zip");
  g_autofree char *gpx_only = temp_path (fixture, "gpx-only/a.gpx");
  g_autofree char *gpx_folder = g_path_get_dirname (gpx_only);
  const char *paths[] = { zip, NULL };
  const char *again[] = { flat_zip, root, NULL };
  const char *other[] = { other_zip, NULL };
  const LimberImportSummary *summary;

  /* Zipped inside a folder of its own, as Strava sends it... */
  write_zip (zip, root, "export_1234/");
  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    summary = run_import (fixture, importer, paths);
    check_strava_summary (summary, zip);
  }
  check_strava_runs (fixture);

  /* ...or flat; and the folder: every run is a duplicate now. */
  write_zip (flat_zip, root, "");
  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    summary = run_import (fixture, importer, again);
    assert_summary (summary, 0, 8, 4, 4);
  }

  /* A zip without activities.csv is not an export. */
  write_gpx (gpx_only, 1600000000, 60, NULL, NULL);
  write_zip (other_zip, gpx_folder, "");
  {
    g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);

    summary = run_import (fixture, importer, other);
    assert_summary (summary, 0, 0, 0, 1);
    g_assert_true (has_failure (summary, other_zip, "not a Strava export"));
  }
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  guint         calls;
  guint         last_done;
  guint         total;
  GThread      *thread;
} Progress;

static void
on_progress (LimberImporter *importer,
             guint           done,
             guint           total,
             gpointer        data)
{
  Progress *progress = data;

  g_assert_true (g_thread_self () == progress->thread);
  g_assert_cmpuint (done, >=, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->calls++;
  progress->last_done = done;
  progress->total = total;

  if (done == progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static char *
make_many (Fixture *fixture,
           guint    n)
{
  g_autofree char *folder = temp_path (fixture, "many");

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("run-%03u.gpx", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      write_gpx (path, 1600000000 + (gint64) i * 86400, 120, NULL, NULL);
    }

  return g_steal_pointer (&folder);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *folder = make_many (fixture, 10);
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 3, 0, 0, 0, g_thread_self () };
  const LimberImportSummary *summary;

  limber_importer_add_path (importer, folder);
  limber_importer_set_progress_func (importer, on_progress, &progress, NULL);

  g_assert_false (limber_importer_run (importer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Stopped between files: the three done are in, whole, and nothing else. */
  summary = limber_importer_get_summary (importer);
  g_assert_cmpuint (summary->total, ==, 10);
  g_assert_cmpuint (summary->done, ==, 3);
  g_assert_cmpuint (summary->imported, ==, 3);
  g_assert_cmpuint (progress.calls, ==, 4);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==, 3);
  {
    g_autoptr(GError) list_error = NULL;
    g_auto(GStrv) tracked = limber_journal_list_tracked (fixture->journal, &list_error);

    g_assert_no_error (list_error);
    g_assert_cmpuint (g_strv_length (tracked), ==, 3);
  }
}

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

/* The worker thread may hold the task, and so the importer, a moment after the callback. */
static void
drop_importer (LimberImporter **importer)
{
  gpointer weak = *importer;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (weak, &weak);
  g_clear_object (importer);
  while (weak != NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (weak);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autofree char *folder = make_many (fixture, 12);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { NULL, G_MAXUINT, 0, 0, 0, g_thread_self () };
  const LimberImportSummary *summary;

  limber_importer_add_path (importer, folder);
  limber_importer_set_progress_func (importer, on_progress, &progress, NULL);
  limber_importer_run_async (importer, NULL, on_run_done_cb, &result);

  /* The window's journal stays usable meanwhile. */
  while (result == NULL)
    {
      g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), <=, 12);
      g_main_context_iteration (NULL, TRUE);
    }

  limber_importer_run_finish (importer, result, &error);
  g_assert_no_error (error);
  summary = limber_importer_get_summary (importer);
  assert_summary (summary, 12, 0, 0, 0);

  /* Progress came in this thread, up to the end; the journal said it changed, once. */
  g_assert_cmpuint (progress.last_done, ==, 12);
  g_assert_cmpuint (progress.total, ==, 12);
  g_assert_cmpuint (progress.calls, ==, 13);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==, 12);
  g_clear_object (&result);
  drop_importer (&importer);
}

static void
test_async_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LimberImporter) importer = limber_importer_new (fixture->journal);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *folder = make_many (fixture, 200);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 2, 0, 0, 0, g_thread_self () };
  const LimberImportSummary *summary;

  limber_importer_add_path (importer, folder);
  limber_importer_set_progress_func (importer, on_progress, &progress, NULL);
  limber_importer_run_async (importer, cancellable, on_run_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (limber_importer_run_finish (importer, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* What the summary counts is exactly what is in the journal. */
  summary = limber_importer_get_summary (importer);
  g_test_message ("%u of 200 imported before the thread stopped", summary->imported);
  g_assert_cmpuint (summary->imported, >=, 2);
  g_assert_cmpuint (summary->imported, <, 200);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_RUN), ==,
                    summary->imported);
  g_clear_object (&result);
  drop_importer (&importer);
}

static gsize
peak_memory (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return g_ascii_strtoull (line + 6, NULL, 10) * 1024;
}

static void
test_large_file_child (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ultra.gpx", NULL);
  g_autofree char *db = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(LimberJournal) journal = limber_journal_open (db, NULL);
  g_autoptr(LimberImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) runs = NULL;
  FILE *file = fopen (path, "w");
  const LimberImportSummary *summary;
  gsize before, after, size;
  guint n = 0;
  char lat[G_ASCII_DTOSTR_BUF_SIZE];

  /* A 47-hour ultra at a point a second, with the extensions a watch adds: 50 MB. */
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
         "xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/"
         "xmlschemas/TrackPointExtension/v1\">\n<trk><name>Ultra</name><type>running</type>"
         "<trkseg>\n", file);
  for (size = 0; size < 50 * 1024 * 1024; n++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (1500000000 + n);
      g_autofree char *stamp = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      g_string_printf (out, "<trkpt lat=\"%s\" lon=\"7.1234567\"><ele>%.1f</ele>"
                       "<time>%s</time><extensions><gpxtpx:TrackPointExtension>"
                       "<gpxtpx:atemp>21.0</gpxtpx:atemp><gpxtpx:hr>%u</gpxtpx:hr>"
                       "<gpxtpx:cad>88</gpxtpx:cad></gpxtpx:TrackPointExtension>"
                       "</extensions></trkpt>\n",
                       g_ascii_formatd (lat, sizeof lat, "%.7f", 10.0 + n * 0.0000225),
                       300.0 + (n % 600) / 10.0, stamp, 120 + n % 40);
      fputs (out->str, file);
      size += out->len;
    }
  fputs ("</trkseg></trk></gpx>\n", file);
  fclose (file);

  before = peak_memory ();
  importer = limber_importer_new (journal);
  limber_importer_add_path (importer, path);
  g_assert_true (limber_importer_run (importer, NULL, &error));
  after = peak_memory ();

  summary = limber_importer_get_summary (importer);
  g_assert_cmpuint (summary->imported, ==, 1);
  runs = limber_journal_list (journal, 1, limber_day_today (), LIMBER_ENTRY_KINDS_RUN, &error);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (g_ptr_array_index (runs, 0)),
                                  (n - 1) * 2.502, (n - 1) * 0.01);
  g_assert_cmpfloat (limber_run_get_duration (g_ptr_array_index (runs, 0)), ==, n - 1);

  g_printerr ("%u points; peak memory grew by %" G_GSIZE_FORMAT " MB\n", n,
              (after - before) / (1024 * 1024));
#ifndef __SANITIZE_ADDRESS__
  /* Streamed, not a document tree (which would take ten times the file): the mapped file,
   * the points and the packed track. */
  g_assert_cmpuint (after - before, <, 120 * 1024 * 1024);
#endif

  g_clear_object (&importer);
  g_assert_finalize_object (g_steal_pointer (&journal));
  remove_tree (dir);
}

static void
test_large_file (void)
{
  /* In a child process of its own, so that the peak memory is this test's alone. */
  g_test_trap_subprocess ("/limber/importer/large-file/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/importer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fixture-files", test_fixture_files);
  ADD ("duplicates", test_duplicates);
  ADD ("gzip", test_gzip_files);
  ADD ("absurd-figures", test_absurd_figures);
  ADD ("failures-stop-nothing", test_failures_stop_nothing);
  ADD ("tracks-are-atomic", test_tracks_are_atomic);
  ADD ("strava-folder", test_strava_folder);
  ADD ("strava-zip", test_strava_zip);
  ADD ("cancel", test_cancel);
  ADD ("async", test_async);
  ADD ("async-cancel", test_async_cancel);
  g_test_add_func ("/limber/importer/large-file", test_large_file);
  g_test_add_func ("/limber/importer/large-file/subprocess", test_large_file_child);

  return g_test_run ();
}
