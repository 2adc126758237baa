/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-track"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <zlib.h>

#include "limber-activity.h"
#include "limber-track.h"

/* Tracks are kept in the journal packed: each point as deltas from the one before (latitude
 * and longitude in 1e-7 degrees, about a centimetre; elevation in centimetres; time in
 * milliseconds), written as zigzag varints and compressed with zlib. An hour at a point a
 * second takes about 15 kB.
 *
 *   blob   = "LTZ1" u32-le(length of the varint stream) zlib(stream)
 *   stream = varint(n_points) point*
 *   point  = flags [lat] [lon] [ele] [time]      flags: 1 ele, 2 time, 4 segment start
 */

#define MAGIC "LTZ1"
#define HEADER_SIZE 8
#define FLAG_ELE 1
#define FLAG_TIME 2
#define FLAG_SEGMENT 4
#define MAX_POINT_SIZE (1 + 4 * 10)

#define EARTH_RADIUS_M 6371008.8

/* Haversine distance in metres, on a sphere of the Earth's mean radius. */
double
limber_track_point_distance (const LimberTrackPoint *a,
                             const LimberTrackPoint *b)
{
  double lat1 = a->lat * G_PI / 180.0;
  double lat2 = b->lat * G_PI / 180.0;
  double dlat = lat2 - lat1;
  double dlon = (b->lon - a->lon) * G_PI / 180.0;
  double s1 = sin (dlat / 2.0);
  double s2 = sin (dlon / 2.0);
  double h = s1 * s1 + cos (lat1) * cos (lat2) * s2 * s2;

  return 2.0 * EARTH_RADIUS_M * asin (sqrt (MIN (1.0, h)));
}

static guint8 *
put_varint (guint8  *p,
            guint64  value)
{
  while (value >= 0x80)
    {
      *p++ = (guint8) (value | 0x80);
      value >>= 7;
    }
  *p++ = (guint8) value;

  return p;
}

static guint8 *
put_signed (guint8 *p,
            gint64  value)
{
  /* Zigzag: small negative and positive numbers both become small. */
  return put_varint (p, ((guint64) value << 1) ^ (guint64) (value >> 63));
}

static gboolean
get_varint (const guint8 **p,
            const guint8  *end,
            guint64       *value)
{
  guint64 v = 0;

  for (guint shift = 0; shift < 64; shift += 7)
    {
      guint8 byte;

      if (*p >= end)
        return FALSE;
      byte = *(*p)++;
      v |= (guint64) (byte & 0x7f) << shift;
      if (!(byte & 0x80))
        {
          *value = v;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
get_signed (const guint8 **p,
            const guint8  *end,
            gint64        *value)
{
  guint64 v;

  if (!get_varint (p, end, &v))
    return FALSE;

  *value = (gint64) (v >> 1) ^ -(gint64) (v & 1);
  return TRUE;
}

static gint64
to_fixed (double value,
          double scale)
{
  return isfinite (value) ? (gint64) llround (value * scale) : 0;
}

/**
 * limber_track_pack:
 *
 * Returns: (transfer full): the points packed and compressed, as the journal keeps them
 */
GBytes *
limber_track_pack (const LimberTrackPoint *points,
                   guint                   n_points)
{
  g_autofree guint8 *stream = NULL;
  g_autofree guint8 *blob = NULL;
  gint64 lat = 0, lon = 0, ele = 0, time = 0;
  guint8 *p;
  gsize stream_size;
  uLongf blob_size;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (n_points <= LIMBER_TRACK_MAX_POINTS, NULL);

  stream = g_malloc (10 + (gsize) n_points * MAX_POINT_SIZE);
  p = put_varint (stream, n_points);

  for (guint i = 0; i < n_points; i++)
    {
      const LimberTrackPoint *point = &points[i];
      gint64 v;
      guint8 flags = 0;

      if (isfinite (point->ele))
        flags |= FLAG_ELE;
      if (point->time != LIMBER_TRACK_NO_TIME)
        flags |= FLAG_TIME;
      if (point->segment_start)
        flags |= FLAG_SEGMENT;
      *p++ = flags;

      v = to_fixed (point->lat, 1e7);
      p = put_signed (p, v - lat);
      lat = v;
      v = to_fixed (point->lon, 1e7);
      p = put_signed (p, v - lon);
      lon = v;

      if (flags & FLAG_ELE)
        {
          v = to_fixed (CLAMP (point->ele, -1e6, 1e6), 100.0);
          p = put_signed (p, v - ele);
          ele = v;
        }

      if (flags & FLAG_TIME)
        {
          p = put_signed (p, point->time - time);
          time = point->time;
        }
    }

  stream_size = p - stream;
  blob_size = compressBound (stream_size);
  blob = g_malloc (HEADER_SIZE + blob_size);
  memcpy (blob, MAGIC, 4);
  blob[4] = stream_size & 0xff;
  blob[5] = (stream_size >> 8) & 0xff;
  blob[6] = (stream_size >> 16) & 0xff;
  blob[7] = (stream_size >> 24) & 0xff;

  /* Level 6 packs a track within a few percent of level 9, several times faster. */
  if (compress2 (blob + HEADER_SIZE, &blob_size, stream, stream_size, 6) != Z_OK)
    g_error ("Cannot compress a track of %u points", n_points);

  return g_bytes_new_take (g_steal_pointer (&blob), HEADER_SIZE + blob_size);
}

static GArray *
fail_damaged (GError **error)
{
  g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                       _("The stored track is damaged"));
  return NULL;
}

/**
 * limber_track_unpack:
 *
 * Returns: (transfer full) (element-type LimberTrackPoint): the points of a packed track
 */
GArray *
limber_track_unpack (GBytes  *packed,
                     GError **error)
{
  g_autoptr(GArray) points = NULL;
  g_autofree guint8 *stream = NULL;
  const guint8 *blob;
  const guint8 *p, *end;
  gint64 lat = 0, lon = 0, ele = 0, time = 0;
  guint64 n_points;
  gsize blob_size;
  uLongf stream_size;
  guint32 expected;

  g_return_val_if_fail (packed != NULL, NULL);

  blob = g_bytes_get_data (packed, &blob_size);
  if (blob_size < HEADER_SIZE || memcmp (blob, MAGIC, 4) != 0)
    return fail_damaged (error);

  expected = blob[4] | (blob[5] << 8) | (blob[6] << 16) | ((guint32) blob[7] << 24);
  if (expected > 10 + (gsize) LIMBER_TRACK_MAX_POINTS * MAX_POINT_SIZE)
    return fail_damaged (error);

  stream_size = expected;
  stream = g_malloc (MAX (1, expected));
  if (uncompress (stream, &stream_size, blob + HEADER_SIZE, blob_size - HEADER_SIZE) != Z_OK ||
      stream_size != expected)
    return fail_damaged (error);

  p = stream;
  end = stream + stream_size;
  if (!get_varint (&p, end, &n_points) || n_points > LIMBER_TRACK_MAX_POINTS)
    return fail_damaged (error);

  points = g_array_sized_new (FALSE, FALSE, sizeof (LimberTrackPoint), n_points);

  for (guint64 i = 0; i < n_points; i++)
    {
      LimberTrackPoint point = { .ele = NAN, .time = LIMBER_TRACK_NO_TIME };
      gint64 delta;
      guint8 flags;

      if (p >= end)
        return fail_damaged (error);
      flags = *p++;

      if (!get_signed (&p, end, &delta))
        return fail_damaged (error);
      lat += delta;
      if (!get_signed (&p, end, &delta))
        return fail_damaged (error);
      lon += delta;
      point.lat = lat / 1e7;
      point.lon = lon / 1e7;

      if (flags & FLAG_ELE)
        {
          if (!get_signed (&p, end, &delta))
            return fail_damaged (error);
          ele += delta;
          point.ele = ele / 100.0;
        }

      if (flags & FLAG_TIME)
        {
          if (!get_signed (&p, end, &delta))
            return fail_damaged (error);
          time += delta;
          point.time = time;
        }

      point.segment_start = (flags & FLAG_SEGMENT) != 0;
      g_array_append_val (points, point);
    }

  if (p != end)
    return fail_damaged (error);

  return g_steal_pointer (&points);
}
