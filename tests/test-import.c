/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "import-helpers.h"
#include "limber-activity.h"
#include "limber-fit.h"
#include "limber-gpx.h"
#include "limber-import-private.h"
#include "limber-strava.h"
#include "limber-tcx.h"
#include "limber-track.h"

/* The file readers: GPX, TCX, FIT, gzip, the Strava activity list, the track figures and the
 * packed tracks. The importer and the journal side are in test-importer.c. */

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autofree char *contents = NULL;
  gsize length;

  contents = read_text (path, &length);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static LimberActivity *
read_gpx_fixture (const char *name,
                  GError    **error)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return limber_gpx_read (data, length, error);
}

static gint64
start_unix (const LimberActivity *activity)
{
  g_assert_nonnull (activity->start);
  return g_date_time_to_unix (activity->start);
}

static const LimberTrackPoint *
point_at (const LimberActivity *activity,
          guint                 i)
{
  g_assert_cmpuint (i, <, activity->points->len);
  return &g_array_index (activity->points, LimberTrackPoint, i);
}

static void
test_gpx_11 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = read_gpx_fixture ("garmin-1.1.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (activity->sport, ==, "running");
  g_assert_cmpstr (activity->name, ==, "Sunday river loop & hills");
  /* The first point's time, not the file's (two seconds earlier). */
  g_assert_cmpint (start_unix (activity), ==, 1715497200);   /* 2024-05-12 07:00:00 UTC */
  g_assert_cmpuint (activity->points->len, ==, 12);
  g_assert_false (point_at (activity, 5)->segment_start);
  g_assert_true (point_at (activity, 6)->segment_start);
  /* Ten steps of 0.0003 degrees of latitude (33.36 m); the gap between segments is left out. */
  g_assert_cmpfloat_with_epsilon (activity->distance, 333.6, 0.5);
  g_assert_cmpfloat (activity->moving_time, ==, 100);
  g_assert_cmpfloat (activity->elapsed_time, ==, 170);
  g_assert_cmpfloat_with_epsilon (activity->ascent, 22, 0.01);
  g_assert_cmpfloat_with_epsilon (activity->heart_rate, 145, 0.01);
  g_assert_cmpfloat (point_at (activity, 11)->ele, ==, 522);
}

static void
test_gpx_10 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = read_gpx_fixture ("tracker-1.0.gpx", &error);

  g_assert_no_error (error);
  g_assert_null (activity->sport);
  g_assert_true (limber_activity_is_run (activity));
  g_assert_cmpstr (activity->name, ==, "Evening tempo");
  g_assert_cmpint (start_unix (activity), ==, 1567186200);   /* 2019-08-30 17:30 UTC */
  g_assert_cmpuint (activity->points->len, ==, 31);
  /* 30 steps of 0.0006 degrees of longitude at 51.5° N: 41.5 m each. */
  g_assert_cmpfloat_with_epsilon (activity->distance, 30 * 41.53, 1.0);
  g_assert_cmpfloat (activity->moving_time, ==, 300);
  g_assert_cmpfloat (activity->ascent, ==, 0);
  g_assert_true (isnan (activity->heart_rate));
}

static void
test_gpx_without_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = read_gpx_fixture ("no-times.gpx", &error);
  static const char with_file_time[] =
    "<gpx version=\"1.1\"><metadata><time>2022-02-02T10:00:00Z</time></metadata>"
    "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.01\" lon=\"1\"/></trkseg></trk></gpx>";
  g_autoptr(LimberActivity) dated = NULL;

  /* Read, with a distance from the track, but no start and no duration. */
  g_assert_no_error (error);
  g_assert_null (activity->start);
  g_assert_cmpfloat_with_epsilon (activity->distance, 10 * 500.4, 2.0);
  g_assert_true (isnan (activity->moving_time));
  g_assert_true (isnan (activity->elapsed_time));
  g_assert_cmpfloat (activity->ascent, ==, 10);

  /* The file's own time still tells the day. */
  dated = limber_gpx_read (with_file_time, strlen (with_file_time), &error);
  g_assert_no_error (error);
  g_assert_cmpint (start_unix (dated), ==, 1643796000);
  g_assert_true (isnan (dated->moving_time));
}

static void
test_gpx_odd_points (void)
{
  static const char doc[] =
    "<?xml version='1.0'?>\n"
    "<gpx xmlns='http://www.topografix.com/GPX/1/1' version='1.1'>"
    "<trk><type>Trail Run</type><trkseg>"
    "<trkpt lat='45.0' lon='7.0'><time>2021-06-01T05:00:00.250+02:00</time></trkpt>"
    "<trkpt lat='north' lon='7.0'><time>2021-06-01T05:00:05+02:00</time></trkpt>"
    "<trkpt lat='95' lon='7.0'/>"
    "<trkpt lon='7.0' lat='45.001'><ele> 300.5 </ele><time>2021-06-01T05:00:10.250+02:00</time>"
    "<name><![CDATA[ignored <name> of a point]]></name></trkpt>"
    "</trkseg></trk></gpx>";
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_gpx_read (doc, strlen (doc), &error);

  g_assert_no_error (error);
  /* Points without a usable position are left out, not the file. */
  g_assert_cmpuint (activity->points->len, ==, 2);
  g_assert_cmpstr (activity->sport, ==, "running");
  g_assert_cmpint (activity->surface, ==, LIMBER_SURFACE_TRAIL);
  g_assert_cmpint (point_at (activity, 0)->time, ==, G_GINT64_CONSTANT (1622516400250));
  g_assert_cmpfloat (activity->moving_time, ==, 10);
  g_assert_cmpfloat (point_at (activity, 1)->ele, ==, 300.5);
  g_assert_true (isnan (point_at (activity, 0)->ele));
}

static void
assert_refused (const char *doc,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_gpx_read (doc, strlen (doc), &error);

  g_assert_null (activity);
  g_assert_error (error, LIMBER_IMPORT_ERROR, code);
  g_test_message ("refused: %s", error->message);
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_gpx_refused (void)
{
  assert_refused ("", LIMBER_IMPORT_ERROR_INVALID, "empty");
  assert_refused ("   \n ", LIMBER_IMPORT_ERROR_INVALID, "empty");
  assert_refused ("<html><body>not a track</body></html>", LIMBER_IMPORT_ERROR_INVALID, "<html>");
  assert_refused ("<gpx><trk><trkseg><trkpt lat='1' lon='2'></trkseg></trk></gpx>",
                  LIMBER_IMPORT_ERROR_INVALID, "line 1");
  assert_refused ("<gpx><wpt lat='1' lon='2'/></gpx>", LIMBER_IMPORT_ERROR_NO_DATA, NULL);
  assert_refused ("<gpx><trk><name>&undefined;</name></trk></gpx>",
                  LIMBER_IMPORT_ERROR_INVALID, NULL);
  /* External entities and DTDs: nothing is loaded, the file is refused. */
  assert_refused ("<!DOCTYPE gpx SYSTEM 'file:///etc/passwd'><gpx/>",
                  LIMBER_IMPORT_ERROR_UNSAFE, "document type");
  assert_refused ("<?xml version='1.0'?><!DOCTYPE gpx [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                  "<gpx><trk><name>&x;</name></trk></gpx>",
                  LIMBER_IMPORT_ERROR_UNSAFE, NULL);
}

static void
test_xml_bomb (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = NULL;
  gint64 start = g_get_monotonic_time ();

  activity = read_gpx_fixture ("billion-laughs.gpx", &error);

  g_assert_null (activity);
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_UNSAFE);
  /* Refused before any expansion: in well under a second, not after gigabytes. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  g_clear_error (&error);
  {
    g_autofree char *path = fixture_path ("billion-laughs.gpx");
    g_autofree char *contents = NULL;
    gsize length;

    /* The same as TCX. */
    contents = read_text (path, &length);
    g_assert_null (limber_tcx_read (contents, length, &error));
    g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_UNSAFE);
  }
}

static void
test_tcx_laps (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("two-laps.tcx");
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  activity = limber_tcx_read (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (activity->sport, ==, "running");
  g_assert_cmpstr (activity->name, ==, "Track session");
  g_assert_cmpint (start_unix (activity), ==, 1696147200);   /* 2023-10-01 08:00 UTC */
  /* The laps' own figures, not the points' (2700 m, 540 s). */
  g_assert_cmpfloat (activity->distance, ==, 3020.5);
  g_assert_cmpfloat (activity->moving_time, ==, 591.5);
  g_assert_cmpfloat_with_epsilon (activity->heart_rate,
                                  (150 * 290.5 + 160 * 301.0) / 591.5, 1e-9);
  g_assert_cmpfloat (activity->elapsed_time, ==, 540);
  g_assert_cmpuint (activity->points->len, ==, 10);
  g_assert_true (point_at (activity, 5)->segment_start);
  g_assert_cmpfloat (point_at (activity, 4)->ele, ==, 654);
}

static void
test_tcx_treadmill (void)
{
  static const char doc[] =
    "  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"   /* Strava's leading spaces */
    "<TrainingCenterDatabase><Activities><Activity Sport=\"Other\">"
    "<Id>2020-01-05T18:00:00Z</Id><Lap StartTime=\"2020-01-05T18:00:00Z\"><Track>"
    "<Trackpoint><Time>2020-01-05T18:00:00Z</Time><DistanceMeters>0</DistanceMeters>"
    "<HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>"
    "<Trackpoint><Time>2020-01-05T18:20:00Z</Time><DistanceMeters>4000.5</DistanceMeters>"
    "<HeartRateBpm><Value>140</Value></HeartRateBpm></Trackpoint>"
    "</Track></Lap></Activity>"
    "<Activity Sport=\"Biking\"><Id>2020-01-06T18:00:00Z</Id></Activity>"
    "</Activities></TrainingCenterDatabase>";
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_tcx_read (doc, strlen (doc), &error);

  /* No positions and no lap figures: the points' distance and times. The second activity
   * of the file is not read. */
  g_assert_no_error (error);
  g_assert_null (activity->sport);
  g_assert_cmpuint (activity->points->len, ==, 0);
  g_assert_cmpfloat (activity->distance, ==, 4000.5);
  g_assert_cmpfloat (activity->moving_time, ==, 1200);
  g_assert_cmpfloat (activity->heart_rate, ==, 130);
  g_assert_cmpint (start_unix (activity), ==, 1578247200);
}

static void
test_tcx_refused (void)
{
  static const char gpx[] = "<gpx version='1.1'/>";
  static const char empty[] = "<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>";
  g_autoptr(GError) error = NULL;

  g_assert_null (limber_tcx_read (gpx, strlen (gpx), &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "TrainingCenterDatabase"));
  g_clear_error (&error);

  g_assert_null (limber_tcx_read (empty, strlen (empty), &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA);
}

static void
test_fit_crc (void)
{
  /* FIT's CRC is CRC-16/ARC, whose check value for "123456789" is 0xbb3d. */
  g_assert_cmphex (limber_fit_crc (0, (const guint8 *) "123456789", 9), ==, 0xbb3d);
  g_assert_cmphex (limber_fit_crc (limber_fit_crc (0, (const guint8 *) "1234", 4),
                                   (const guint8 *) "56789", 5), ==, 0xbb3d);
}

static LimberActivity *
read_fit (GBytes  *bytes,
          GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return limber_fit_read (data, length, error);
}

static void
check_fit_sample (LimberActivity *activity,
                  gboolean        with_session)
{
  g_assert_cmpstr (activity->sport, ==, "running");
  g_assert_cmpint (start_unix (activity), ==, 1710052200);   /* 2024-03-10 06:30 UTC */
  g_assert_cmpfloat (activity->distance, ==, with_session ? 430 : 425);
  g_assert_cmpfloat (activity->moving_time, ==, with_session ? 195 : 190);
  g_assert_cmpfloat (activity->elapsed_time, ==, 310);
  g_assert_cmpfloat (activity->ascent, ==, with_session ? 29 : 28);
  g_assert_cmpfloat (activity->heart_rate, ==, with_session ? 159 : 158);
  g_assert_cmpint (activity->surface, ==, with_session ? LIMBER_SURFACE_TRAIL
                                                       : LIMBER_SURFACE_UNSET);

  g_assert_cmpuint (activity->points->len, ==, 20);
  g_assert_cmpfloat_with_epsilon (point_at (activity, 0)->lat, 47.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (point_at (activity, 19)->lat, 47.0038, 1e-6);
  g_assert_cmpfloat_with_epsilon (point_at (activity, 0)->lon, 8.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (point_at (activity, 2)->ele, 403, 1e-9);
  /* Compressed timestamps, before and after the stop; they carry no altitude. */
  g_assert_cmpint (point_at (activity, 3)->time, ==, G_GINT64_CONSTANT (1710052230000));
  g_assert_cmpint (point_at (activity, 11)->time, ==, G_GINT64_CONSTANT (1710052430000));
  g_assert_true (isnan (point_at (activity, 3)->ele));
  /* The timer stop starts a new segment. */
  g_assert_false (point_at (activity, 9)->segment_start);
  g_assert_true (point_at (activity, 10)->segment_start);
}

static void
test_fit_sample (void)
{
  for (guint i = 0; i < 6; i++)
    {
      gboolean big_endian = i & 1;
      guint header_size = i & 2 ? 12 : 14;
      gboolean with_session = !(i & 4);
      g_autoptr(GBytes) bytes = fit_sample_activity (big_endian, header_size, with_session);
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberActivity) activity = read_fit (bytes, &error);

      g_test_message ("big endian %d, header %u, session %d", big_endian, header_size,
                      with_session);
      g_assert_no_error (error);
      check_fit_sample (activity, with_session);
    }
}

static GBytes *
modified (GBytes *bytes,
          gsize   offset,
          guint8  xor)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  guint8 *copy = g_memdup2 (data, length);

  copy[offset] ^= xor;
  return g_bytes_new_take (copy, length);
}

static void
assert_fit_refused (GBytes     *bytes,
                    const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = read_fit (bytes, &error);

  g_assert_null (activity);
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_fit_damaged (void)
{
  g_autoptr(GBytes) good = fit_sample_activity (FALSE, 14, TRUE);
  g_autoptr(GBytes) bad_crc = modified (good, g_bytes_get_size (good) - 1, 0x01);
  g_autoptr(GBytes) bad_data = modified (good, 40, 0x10);
  g_autoptr(GBytes) bad_header = modified (good, 2, 0x01);
  g_autoptr(GBytes) not_fit = modified (good, 9, 0x20);
  gsize length;
  const guint8 *data = g_bytes_get_data (good, &length);

  assert_fit_refused (bad_crc, "checksum does not match");
  assert_fit_refused (bad_data, "checksum does not match");
  assert_fit_refused (bad_header, "checksum of its header");
  assert_fit_refused (not_fit, "FIT");

  /* Cut short anywhere: refused, never read past the end. */
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree guint8 *copy = g_memdup2 (data, cut);
      g_autoptr(LimberActivity) activity = limber_fit_read ((const char *) copy, cut, &error);

      g_assert_null (activity);
      g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
      if (cut >= 14)
        g_assert_nonnull (strstr (error->message, "cut short"));
    }
}

static void
test_fit_bad_records (void)
{
  static const FitFieldDef record[] = { { 253, 4, 0x86 }, { 5, 4, 0x86 } };
  FitWriter *writer = fit_writer_new ();
  g_autoptr(GBytes) undefined = NULL;
  g_autoptr(GBytes) overrun = NULL;
  g_autoptr(GBytes) bad_order = NULL;

  /* A data message of a local type never defined. */
  fit_writer_data (writer, 3);
  fit_writer_value (writer, 0, 4);
  undefined = fit_writer_finish (writer, 14);
  assert_fit_refused (undefined, "before its definition");

  /* A definition whose message runs past the data. */
  writer = fit_writer_new ();
  fit_writer_define (writer, 0, 20, record, G_N_ELEMENTS (record), NULL, 0);
  fit_writer_data (writer, 0);
  fit_writer_value (writer, 1000000000, 4);
  overrun = fit_writer_finish (writer, 14);
  assert_fit_refused (overrun, "cut short");

  /* An architecture byte that is neither 0 nor 1. */
  writer = fit_writer_new ();
  fit_writer_define (writer, 0, 20, record, G_N_ELEMENTS (record), NULL, 0);
  writer->data->data[14 + 2] = 7;
  bad_order = fit_writer_finish (writer, 14);
  assert_fit_refused (bad_order, "byte order");
}

/* Found by fuzz-fit: times in fields wider than FIT's 32 bits overflowed. */
static void
test_fit_wide_fields (void)
{
  static const FitFieldDef session[] = {
    { 2, 8, 0x8f },          /* start_time as a uint64 */
    { 9, 4, 0x86 },
  };
  static const FitFieldDef record[] = {
    { 253, 8, 0x8f },        /* timestamp as a uint64 */
    { 0, 8, 0x8e },          /* position_lat as a sint64 */
    { 1, 4, 0x85 },
  };
  FitWriter *writer = fit_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = NULL;

  fit_writer_define (writer, 0, 18, session, G_N_ELEMENTS (session), NULL, 0);
  fit_writer_data (writer, 0);
  fit_writer_value (writer, G_GUINT64_CONSTANT (144400529187918084), 8);
  fit_writer_value (writer, 500000, 4);
  fit_writer_define (writer, 1, 20, record, G_N_ELEMENTS (record), NULL, 0);
  for (guint i = 0; i < 2; i++)
    {
      fit_writer_data (writer, 1);
      fit_writer_value (writer, G_GUINT64_CONSTANT (0x7fffffffffffff00) + i, 8);
      fit_writer_value (writer, G_GUINT64_CONSTANT (0x4000000000000000), 8);
      fit_writer_value (writer, 0, 4);
    }
  bytes = fit_writer_finish (writer, 14);

  activity = read_fit (bytes, &error);
  g_assert_no_error (error);
  g_assert_null (activity->start);
  g_assert_cmpfloat (activity->distance, ==, 5000);
  g_assert_cmpuint (activity->points->len, ==, 0);
}

static void
test_fit_other_sport (void)
{
  static const FitFieldDef session[] = {
    { 2, 4, 0x86 }, { 5, 1, 0x00 }, { 8, 4, 0x86 }, { 9, 4, 0x86 },
  };
  FitWriter *writer = fit_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = NULL;

  fit_writer_define (writer, 0, 18, session, G_N_ELEMENTS (session), NULL, 0);
  fit_writer_data (writer, 0);
  fit_writer_value (writer, 1000000000, 4);
  fit_writer_value (writer, 2, 1);             /* cycling */
  fit_writer_value (writer, 3600000, 4);
  fit_writer_value (writer, 3000000, 4);
  bytes = fit_writer_finish (writer, 14);

  activity = read_fit (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (activity->sport, ==, "cycling");
  g_assert_false (limber_activity_is_run (activity));
  g_assert_cmpfloat (activity->distance, ==, 30000);
  /* 1000000000 s after 1989-12-31: 2021-09-08 01:46:40 UTC */
  g_assert_cmpint (start_unix (activity), ==, 1631065600);
}

static void
test_gzip (void)
{
  g_autoptr(GBytes) plain = load_fixture ("garmin-1.1.gpx");
  g_autoptr(GBytes) packed = gzip_bytes (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  g_autoptr(GBytes) twice = NULL;
  g_autoptr(GBytes) unpacked = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) concatenated = g_byte_array_new ();
  gsize length;
  const guint8 *data = g_bytes_get_data (packed, &length);

  unpacked = limber_gunzip (data, length, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (plain, unpacked));

  /* Two gzip members one after the other read as one file. */
  g_byte_array_append (concatenated, data, length);
  g_byte_array_append (concatenated, data, length);
  twice = limber_gunzip (concatenated->data, concatenated->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (twice), ==, 2 * g_bytes_get_size (plain));

  g_assert_null (limber_gunzip (data, length / 2, &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cut short"));
  g_clear_error (&error);

  g_assert_null (limber_gunzip ((const guint8 *) "plain text", 10, &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
}

static void
test_gzip_bomb (void)
{
  /* 201 MB of zeros pack into about 200 kB: refused once it passes the limit. */
  gsize size = LIMBER_IMPORT_MAX_SIZE + 1024 * 1024;
  g_autofree guint8 *zeros = g_malloc0 (size);
  g_autoptr(GBytes) packed = gzip_bytes (zeros, size);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&zeros, g_free);
  g_test_message ("%" G_GSIZE_FORMAT " bytes packed", g_bytes_get_size (packed));
  g_assert_null (limber_gunzip (g_bytes_get_data (packed, NULL), g_bytes_get_size (packed),
                                &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "200 MB"));
}

static void
test_iso_time (void)
{
  gint64 ms;

  g_assert_true (limber_parse_iso_time ("2024-02-29T23:59:59Z", &ms));
  g_assert_cmpint (ms, ==, G_GINT64_CONSTANT (1709251199000));
  g_assert_true (limber_parse_iso_time (" 2024-02-29T23:59:59.5-01:30 ", &ms));
  g_assert_cmpint (ms, ==, G_GINT64_CONSTANT (1709251199500) + 5400000);
  g_assert_true (limber_parse_iso_time ("1970-01-01 00:00:00", &ms));
  g_assert_cmpint (ms, ==, 0);
  g_assert_false (limber_parse_iso_time ("2023-02-29T10:00:00Z", &ms));
  g_assert_false (limber_parse_iso_time ("2024-01-01T24:00:00Z", &ms));
  g_assert_false (limber_parse_iso_time ("2024-01-01", &ms));
  g_assert_false (limber_parse_iso_time ("2024-01-01T10:00:00Zjunk", &ms));
  g_assert_false (limber_parse_iso_time ("", &ms));
}

static LimberTrackPoint
make_point (double lat,
            double lon,
            double ele,
            gint64 seconds)
{
  return (LimberTrackPoint) { lat, lon, ele, seconds * 1000, FALSE };
}

static void
append_point (LimberActivity   *activity,
              LimberTrackPoint  point)
{
  g_array_append_val (activity->points, point);
}

static void
test_pauses (void)
{
  g_autoptr(LimberActivity) activity = limber_activity_new ();
  double lat = 45.0;
  gint64 t = 1600000000;

  /* 60 s running (3.3 m/s), 120 s standing still, 60 s running, then a 30 s GPS gap in
   * which the runner went on (100 m). */
  for (guint i = 0; i <= 60; i++, t++, lat += 0.00003)
    append_point (activity, make_point (lat, 7, NAN, t));
  t += 119;
  for (guint i = 0; i <= 60; i++, t++, lat += 0.00003)
    append_point (activity, make_point (lat, 7, NAN, t));
  t += 29;
  lat += 0.0009;
  append_point (activity, make_point (lat, 7, NAN, t));

  limber_activity_complete (activity);
  g_assert_cmpfloat (activity->elapsed_time, ==, 60 + 120 + 60 + 30);
  g_assert_cmpfloat (activity->moving_time, ==, 60 + 60 + 30);
  g_assert_null (activity->sport);
  g_assert_cmpint (g_date_time_to_unix (activity->start), ==, 1600000000);
}

static void
test_ascent (void)
{
  g_autoptr(LimberActivity) flat = limber_activity_new ();
  g_autoptr(LimberActivity) hill = limber_activity_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  /* Noise of ±1 m on the flat is no climbing; a 100 m climb with the same noise, then down
   * and up 50 m again, is about 150 m. */
  for (guint i = 0; i < 600; i++)
    {
      LimberTrackPoint point = make_point (45, 7, 200 + g_rand_double_range (rand, -1, 1), i);

      g_array_append_val (flat->points, point);
    }
  for (guint i = 0; i <= 400; i++)
    {
      double ele = i <= 200 ? i * 0.5 : i <= 300 ? 100 - (i - 200) * 0.5 : 50 + (i - 300) * 0.5;
      LimberTrackPoint point = make_point (45, 7, ele + g_rand_double_range (rand, -1, 1), i);

      g_array_append_val (hill->points, point);
    }

  limber_activity_complete (flat);
  limber_activity_complete (hill);
  g_assert_cmpfloat (flat->ascent, <, 1.0);
  g_assert_cmpfloat_with_epsilon (hill->ascent, 150, 5);
}

static void
test_sport_names (void)
{
  static const struct
  {
    const char   *name;
    const char   *sport;
    LimberSurface surface;
  } cases[] = {
    { "Running", "running", LIMBER_SURFACE_UNSET },
    { " Trail Run ", "running", LIMBER_SURFACE_TRAIL },
    { "treadmill_running", "running", LIMBER_SURFACE_TREADMILL },
    { "VirtualRun", "running", LIMBER_SURFACE_TREADMILL },
    { "9", "running", LIMBER_SURFACE_UNSET },
    { "Biking", "cycling", LIMBER_SURFACE_UNSET },
    { "Nordic Ski", "nordic_ski", LIMBER_SURFACE_UNSET },
    { "generic", NULL, LIMBER_SURFACE_UNSET },
    { "", NULL, LIMBER_SURFACE_UNSET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LimberActivity) activity = limber_activity_new ();

      limber_activity_set_sport (activity, cases[i].name);
      g_assert_cmpstr (activity->sport, ==, cases[i].sport);
      g_assert_cmpint (activity->surface, ==, cases[i].surface);
      g_assert_true (limber_activity_is_run (activity) ==
                     (cases[i].sport == NULL || g_str_equal (cases[i].sport, "running")));
    }
}

static void
test_track_pack (void)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
  g_autoptr(GArray) unpacked = NULL;
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) empty = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < 3600; i++)
    {
      LimberTrackPoint point = {
        .lat = -33.8 + i * 0.00003 + g_rand_double_range (rand, -1e-5, 1e-5),
        .lon = 151.2 - i * 0.00002,
        .ele = i % 100 == 7 ? NAN : 20 + i * 0.01,
        .time = i % 500 == 3 ? LIMBER_TRACK_NO_TIME : G_GINT64_CONSTANT (1700000000000) + i * 1000,
        .segment_start = i == 1800,
      };

      g_array_append_val (points, point);
    }

  packed = limber_track_pack ((const LimberTrackPoint *) points->data, points->len);
  g_test_message ("an hour at a point a second packs into %" G_GSIZE_FORMAT " bytes",
                  g_bytes_get_size (packed));
  g_assert_cmpuint (g_bytes_get_size (packed), <, 20000);

  unpacked = limber_track_unpack (packed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unpacked->len, ==, points->len);
  for (guint i = 0; i < points->len; i++)
    {
      const LimberTrackPoint *a = &g_array_index (points, LimberTrackPoint, i);
      const LimberTrackPoint *b = &g_array_index (unpacked, LimberTrackPoint, i);

      g_assert_cmpfloat_with_epsilon (a->lat, b->lat, 0.6e-7);
      g_assert_cmpfloat_with_epsilon (a->lon, b->lon, 0.6e-7);
      g_assert_true (isnan (a->ele) == isnan (b->ele));
      if (!isnan (a->ele))
        g_assert_cmpfloat_with_epsilon (a->ele, b->ele, 0.006);
      g_assert_cmpint (a->time, ==, b->time);
      g_assert_cmpuint (a->segment_start, ==, b->segment_start);
    }

  damaged = g_bytes_new_from_bytes (packed, 0, g_bytes_get_size (packed) - 10);
  g_assert_null (limber_track_unpack (damaged, &error));
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  empty = limber_track_pack (NULL, 0);
  g_clear_pointer (&unpacked, g_array_unref);
  unpacked = limber_track_unpack (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unpacked->len, ==, 0);
}

static void
test_gpx_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) original = read_gpx_fixture ("garmin-1.1.gpx", &error);
  g_autoptr(LimberActivity) again = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_no_error (error);
  text = limber_gpx_write ((const LimberTrackPoint *) original->points->data,
                           original->points->len, "Hills <& friends>", &length);
  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_nonnull (strstr (text, "version=\"1.1\""));
  g_assert_nonnull (strstr (text, "<name>Hills &lt;&amp; friends&gt;</name>"));
  g_assert_nonnull (strstr (text, "<time>2024-05-12T07:00:00Z</time>"));

  again = limber_gpx_read (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "Hills <& friends>");
  g_assert_cmpuint (again->points->len, ==, original->points->len);
  g_assert_true (point_at (again, 6)->segment_start);
  g_assert_cmpfloat_with_epsilon (again->distance, original->distance, 0.01);
  g_assert_cmpfloat (again->moving_time, ==, original->moving_time);
  g_assert_cmpfloat (again->ascent, ==, original->ascent);
  g_assert_true (g_date_time_equal (again->start, original->start));
}

static void
test_strava_dates (void)
{
  static const struct
  {
    const char *text;
    gint64      unix_time;      /* 0: cannot be read */
  } cases[] = {
    { "Mar 3, 2021, 7:02:11 AM", 1614754931 },
    { "Dec 31, 2020, 11:59:59 PM", 1609459199 },
    { "Jan 1, 2021, 12:30:00 AM", 1609461000 },
    { "Jan 1, 2021, 12:30:00 PM", 1609504200 },
    { "3 Mar 2021, 07:02:11", 1614754931 },
    { "2021-03-03 07:02:11", 1614754931 },
    { "Feb 30, 2021, 7:02:11 AM", 0 },
    { "Mar 3, 2021, 13:02:11 PM", 0 },
    { "Mar 3 2021", 0 },
    /* Found by fuzz-csv: digits only, so no float turns into a year. */
    { "8e35", 0 },
    { "Mar 3, 8e35, 7:02:11 AM", 0 },
    { "Mar 1e1, 2021, 7:02:11 AM", 0 },
    { "Mar 3, 2021, 7:2e1:11 AM", 0 },
    { "yesterday", 0 },
    { "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) time = limber_strava_parse_date (cases[i].text);

      g_test_message ("%s", cases[i].text);
      if (cases[i].unix_time == 0)
        g_assert_null (time);
      else
        g_assert_cmpint (g_date_time_to_unix (time), ==, cases[i].unix_time);
    }
}

static void
test_strava_rows (void)
{
  static const char csv[] =
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
    "Distance,Relative Effort,Filename,Elapsed Time,Moving Time,Distance,Perceived Exertion\n"
    "1,\"Mar 3, 2021, 7:02:11 AM\",\"Easy, slow\",Run,,3135,\"10.52\",45,activities/1.gpx.gz,"
    "3135.0,3000.0,10520.0,7.0\n"
    "2,\"Mar 4, 2021, 7:02:11 AM\",Commute,Ride,,1800,\"12.00\",,,1800,1700,12000,\n"
    "3,someday,Bad date,Run,,1800,5,,,,,,\n"
    "4,\"Mar 5, 2021, 7:02:11 AM\",Escape,Run,,1800,5,,../../etc/passwd,,,,11\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const LimberStravaRow *row;

  g_assert_true (limber_strava_is_activities_csv (csv, strlen (csv)));
  g_assert_false (limber_strava_is_activities_csv ("date,distance_km\n", 17));

  rows = limber_strava_read_activities ("activities.csv", csv, strlen (csv), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);

  row = g_ptr_array_index (rows, 0);
  g_assert_null (row->problem);
  g_assert_cmpstr (row->filename, ==, "activities/1.gpx.gz");
  g_assert_cmpstr (row->activity->name, ==, "Easy, slow");
  g_assert_true (limber_activity_is_run (row->activity));
  /* The first Distance (km) and Elapsed Time columns; effort from Perceived Exertion. */
  g_assert_cmpfloat (row->activity->distance, ==, 10520);
  g_assert_cmpfloat (row->activity->elapsed_time, ==, 3135);
  g_assert_cmpfloat (row->activity->moving_time, ==, 3000);
  g_assert_cmpint (row->activity->rpe, ==, 7);

  row = g_ptr_array_index (rows, 1);
  g_assert_false (limber_activity_is_run (row->activity));
  g_assert_null (row->filename);

  row = g_ptr_array_index (rows, 2);
  g_assert_nonnull (strstr (row->problem, "someday"));
  g_assert_cmpuint (row->line, ==, 4);

  row = g_ptr_array_index (rows, 3);
  g_assert_nonnull (strstr (row->problem, "outside the export"));
  g_assert_cmpint (row->activity->rpe, ==, LIMBER_RPE_UNSET);

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = limber_strava_read_activities ("activities.csv", "Name,Type\nx,y\n", 14, &error);
  g_assert_null (rows);
  g_assert_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Activity Date"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/import/gpx/1.1", test_gpx_11);
  g_test_add_func ("/limber/import/gpx/1.0", test_gpx_10);
  g_test_add_func ("/limber/import/gpx/without-times", test_gpx_without_times);
  g_test_add_func ("/limber/import/gpx/odd-points", test_gpx_odd_points);
  g_test_add_func ("/limber/import/gpx/refused", test_gpx_refused);
  g_test_add_func ("/limber/import/gpx/xml-bomb", test_xml_bomb);
  g_test_add_func ("/limber/import/gpx/write", test_gpx_write);
  g_test_add_func ("/limber/import/tcx/laps", test_tcx_laps);
  g_test_add_func ("/limber/import/tcx/treadmill", test_tcx_treadmill);
  g_test_add_func ("/limber/import/tcx/refused", test_tcx_refused);
  g_test_add_func ("/limber/import/fit/crc", test_fit_crc);
  g_test_add_func ("/limber/import/fit/sample", test_fit_sample);
  g_test_add_func ("/limber/import/fit/damaged", test_fit_damaged);
  g_test_add_func ("/limber/import/fit/bad-records", test_fit_bad_records);
  g_test_add_func ("/limber/import/fit/wide-fields", test_fit_wide_fields);
  g_test_add_func ("/limber/import/fit/other-sport", test_fit_other_sport);
  g_test_add_func ("/limber/import/gzip/read", test_gzip);
  g_test_add_func ("/limber/import/gzip/bomb", test_gzip_bomb);
  g_test_add_func ("/limber/import/iso-time", test_iso_time);
  g_test_add_func ("/limber/import/activity/pauses", test_pauses);
  g_test_add_func ("/limber/import/activity/ascent", test_ascent);
  g_test_add_func ("/limber/import/activity/sports", test_sport_names);
  g_test_add_func ("/limber/import/track/pack", test_track_pack);
  g_test_add_func ("/limber/import/strava/dates", test_strava_dates);
  g_test_add_func ("/limber/import/strava/rows", test_strava_rows);

  return g_test_run ();
}
