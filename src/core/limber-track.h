/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A point of a recorded track. Coordinates are WGS 84 degrees, as GPS files give them. */
typedef struct
{
  double  lat;
  double  lon;
  double  ele;             /* metres above sea level; NAN when unknown */
  gint64  time;            /* milliseconds since 1970-01-01 UTC; LIMBER_TRACK_NO_TIME */
  guint   segment_start;   /* TRUE for the first point after a gap in the recording */
} LimberTrackPoint;

#define LIMBER_TRACK_NO_TIME G_MININT64

/* Refuse tracks with more points: a point a second for eleven days, far beyond a run. */
#define LIMBER_TRACK_MAX_POINTS 1000000

double   limber_track_point_distance (const LimberTrackPoint *a,
                                      const LimberTrackPoint *b);

GBytes  *limber_track_pack           (const LimberTrackPoint *points,
                                      guint                   n_points);
GArray  *limber_track_unpack         (GBytes                 *packed,
                                      GError                **error);

G_END_DECLS
