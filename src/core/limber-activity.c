/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-activity"

#include "config.h"

#include <math.h>
#include <string.h>

#include "limber-activity.h"

/* What every reader hands to the importer, and the figures worked out from a track when the
 * file itself does not give them. */

G_DEFINE_QUARK (limber-import-error-quark, limber_import_error)

/* Sport names of the files, in lower case with '_' for spaces and '-', and what they mean. */
static const struct
{
  const char    *name;
  const char    *sport;
  LimberSurface  surface;
} sports[] = {
  { "run", "running", LIMBER_SURFACE_UNSET },
  { "running", "running", LIMBER_SURFACE_UNSET },
  { "9", "running", LIMBER_SURFACE_UNSET },             /* Strava's GPX code for a run */
  { "street_running", "running", LIMBER_SURFACE_ROAD },
  { "road_running", "running", LIMBER_SURFACE_ROAD },
  { "trail_run", "running", LIMBER_SURFACE_TRAIL },
  { "trailrun", "running", LIMBER_SURFACE_TRAIL },
  { "trail_running", "running", LIMBER_SURFACE_TRAIL },
  { "track_running", "running", LIMBER_SURFACE_TRACK },
  { "treadmill", "running", LIMBER_SURFACE_TREADMILL },
  { "treadmill_running", "running", LIMBER_SURFACE_TREADMILL },
  { "virtual_run", "running", LIMBER_SURFACE_TREADMILL },
  { "virtualrun", "running", LIMBER_SURFACE_TREADMILL },
  { "indoor_running", "running", LIMBER_SURFACE_TREADMILL },
  { "1", "cycling", LIMBER_SURFACE_UNSET },             /* Strava's GPX code for a ride */
  { "ride", "cycling", LIMBER_SURFACE_UNSET },
  { "biking", "cycling", LIMBER_SURFACE_UNSET },
  { "cycling", "cycling", LIMBER_SURFACE_UNSET },
  { "walk", "walking", LIMBER_SURFACE_UNSET },
  { "walking", "walking", LIMBER_SURFACE_UNSET },
  { "hike", "hiking", LIMBER_SURFACE_UNSET },
  { "hiking", "hiking", LIMBER_SURFACE_UNSET },
  { "swim", "swimming", LIMBER_SURFACE_UNSET },
  { "swimming", "swimming", LIMBER_SURFACE_UNSET },
};

LimberActivity *
limber_activity_new (void)
{
  LimberActivity *self = g_new0 (LimberActivity, 1);

  self->surface = LIMBER_SURFACE_UNSET;
  self->run_kind = LIMBER_RUN_EASY;
  self->distance = NAN;
  self->moving_time = NAN;
  self->elapsed_time = NAN;
  self->ascent = NAN;
  self->heart_rate = NAN;
  self->rpe = LIMBER_RPE_UNSET;
  self->points = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));

  return self;
}

void
limber_activity_free (LimberActivity *self)
{
  if (self == NULL)
    return;

  g_free (self->sport);
  g_free (self->name);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_array_unref (self->points);
  g_free (self);
}

/**
 * limber_activity_set_sport:
 * @sport: (nullable): the sport as the file names it ("Running", "trail_running", "9")
 *
 * Keeps the sport in Limber's words ("running", "cycling"...) and, for runs, the surface
 * the name implies. Names Limber does not know are kept in lower case.
 */
void
limber_activity_set_sport (LimberActivity *self,
                           const char     *sport)
{
  g_autofree char *key = NULL;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->sport, g_free);
  if (sport == NULL)
    return;

  key = g_strstrip (g_ascii_strdown (sport, -1));
  g_strdelimit (key, " -", '_');
  if (*key == '\0' || g_str_equal (key, "generic") || g_str_equal (key, "other"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (sports); i++)
    {
      if (g_str_equal (key, sports[i].name))
        {
          self->sport = g_strdup (sports[i].sport);
          if (sports[i].surface != LIMBER_SURFACE_UNSET)
            self->surface = sports[i].surface;
          return;
        }
    }

  self->sport = g_utf8_make_valid (key, -1);
}

/**
 * limber_activity_set_name:
 * @name: (nullable): the title as the file gives it
 *
 * Keeps the title as valid UTF-8 without spaces around it, within the length of an
 * entry's notes; an empty title is none.
 */
void
limber_activity_set_name (LimberActivity *self,
                          const char     *name)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->name, g_free);
  if (name == NULL)
    return;

  valid = g_strstrip (g_utf8_make_valid (name, -1));
  if (*valid == '\0')
    return;

  if (g_utf8_strlen (valid, -1) > LIMBER_ENTRY_NOTES_MAX)
    self->name = g_utf8_substring (valid, 0, LIMBER_ENTRY_NOTES_MAX);
  else
    self->name = g_steal_pointer (&valid);
}

/* A file that does not say its sport is taken for a run: the runner chose to import it. */
gboolean
limber_activity_is_run (const LimberActivity *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->sport == NULL || g_str_equal (self->sport, "running");
}

/* Metres climbed. A climb counts once the elevation has risen more than the hysteresis above
 * the last low point, and then every new high while it lasts; a descent starts once it has
 * fallen more than the hysteresis below the last high point. Noise on a level stretch and
 * small wobbles during a climb add nothing. */
static double
track_ascent (const LimberTrackPoint *points,
              guint                   n_points,
              gboolean               *found)
{
  double reference = NAN;
  double ascent = 0;
  gboolean climbing = FALSE;

  for (guint i = 0; i < n_points; i++)
    {
      double ele = points[i].ele;

      if (!isfinite (ele))
        continue;

      if (!isfinite (reference))
        {
          reference = ele;
        }
      else if (ele > reference + LIMBER_ACTIVITY_CLIMB_HYSTERESIS || (climbing && ele > reference))
        {
          ascent += ele - reference;
          reference = ele;
          climbing = TRUE;
        }
      else if (ele < reference - LIMBER_ACTIVITY_CLIMB_HYSTERESIS || (!climbing && ele < reference))
        {
          reference = ele;
          climbing = FALSE;
        }
    }

  *found = isfinite (reference);
  return ascent;
}

/**
 * limber_activity_complete:
 *
 * Fills what the file left unknown from its track points: the start (the first point with
 * a time), the distance (the sum of the great-circle distances between points, gaps
 * between segments left out), the elapsed time (first to last point), the moving time
 * (the elapsed time without the gaps longer than LIMBER_ACTIVITY_PAUSE_GAP in which the
 * runner moved slower than LIMBER_ACTIVITY_PAUSE_SPEED) and the ascent.
 */
void
limber_activity_complete (LimberActivity *self)
{
  const LimberTrackPoint *points;
  const LimberTrackPoint *first_timed = NULL, *last_timed = NULL;
  double distance = 0, moving = 0, ascent;
  gboolean has_ele;
  guint n;

  g_return_if_fail (self != NULL);

  points = (const LimberTrackPoint *) self->points->data;
  n = self->points->len;

  for (guint i = 0; i < n; i++)
    {
      const LimberTrackPoint *point = &points[i];
      double step = 0;

      if (i > 0 && !point->segment_start)
        {
          step = limber_track_point_distance (&points[i - 1], point);
          distance += step;
        }

      if (point->time == LIMBER_TRACK_NO_TIME)
        continue;

      if (last_timed != NULL && !point->segment_start && last_timed == &points[i - 1])
        {
          double dt = (point->time - last_timed->time) / 1000.0;

          gboolean paused = dt > LIMBER_ACTIVITY_PAUSE_GAP &&
                            step / dt < LIMBER_ACTIVITY_PAUSE_SPEED;

          if (dt > 0 && !paused)
            moving += dt;
        }

      if (first_timed == NULL)
        first_timed = point;
      last_timed = point;
    }

  if (self->start == NULL && first_timed != NULL)
    self->start = g_date_time_new_from_unix_utc (first_timed->time / 1000);

  if (!isfinite (self->distance) && n >= 2)
    self->distance = distance;

  if (first_timed != NULL && first_timed != last_timed)
    {
      if (!isfinite (self->elapsed_time))
        self->elapsed_time = (last_timed->time - first_timed->time) / 1000.0;
      if (!isfinite (self->moving_time))
        self->moving_time = moving;
    }

  ascent = track_ascent (points, n, &has_ele);
  if (!isfinite (self->ascent) && has_ele)
    self->ascent = ascent;
}
