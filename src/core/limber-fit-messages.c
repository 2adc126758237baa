/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-fit-private.h"
#include "limber-import-private.h"

/* What the FIT messages mean for a run: the session (18) and lap (19) summaries, the records
 * (20) of the track, timer events (21) and the sport (12). Field numbers and scales are
 * those of the FIT profile; fields whose size does not match their base type (arrays) and
 * values marked invalid are skipped. */

/* The size in bytes of each base type (the low five bits of the base type byte). */
static const guint8 type_sizes[17] = { 1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8 };

/* An integer field's value, FALSE when the field holds the "invalid" value of its type, is
 * not an integer, or is an array. Signed types are sign-extended. */
static gboolean
field_value (const guint8   *p,
             const FitField *field,
             gboolean        big_endian,
             gint64         *value)
{
  guint type = field->base & 0x1f;
  guint64 raw, invalid;
  guint size;

  if (type >= G_N_ELEMENTS (type_sizes) || type == 7 || type == 8 || type == 9)
    return FALSE;
  size = type_sizes[type];
  if (field->size != size)
    return FALSE;

  raw = limber_fit_read_raw (p, size, big_endian);

  switch (type)
    {
    case 1: case 3: case 5: case 14:                  /* signed: the largest positive */
      invalid = (G_GUINT64_CONSTANT (1) << (8 * size - 1)) - 1;
      if (raw == invalid)
        return FALSE;
      *value = (gint64) (raw << (64 - 8 * size)) >> (64 - 8 * size);
      return TRUE;
    case 10: case 11: case 12: case 16:               /* the "z" types: zero */
      if (raw == 0)
        return FALSE;
      *value = (gint64) raw;
      return raw <= G_MAXINT64;
    default:                                          /* unsigned: all ones */
      invalid = size == 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * size)) - 1;
      if (raw == invalid)
        return FALSE;
      *value = (gint64) raw;
      return raw <= G_MAXINT64;
    }
}

static gint64
fit_time_to_ms (gint64 seconds)
{
  /* Values below 0x10000000 count from the device's power-on, not a date; FIT times are
   * 32 bits, so a wider field holding more is no time either. */
  if (seconds < 0x10000000 || seconds > G_MAXUINT32)
    return LIMBER_TRACK_NO_TIME;

  return (seconds + LIMBER_FIT_EPOCH) * 1000;
}

static void
summary_init (Summary *summary)
{
  *summary = (Summary) {
    .start = LIMBER_TRACK_NO_TIME,
    .elapsed = NAN, .timer = NAN, .distance = NAN, .heart_rate = NAN, .ascent = NAN,
    .sport = -1, .sub_sport = -1,
  };
}

static void
read_summary (Summary *summary,
              guint    num,
              gint64   value,
              gboolean is_lap)
{
  /* Field numbers of the session message, and where the lap message differs. */
  guint heart_rate = is_lap ? 15 : 16;
  guint ascent = is_lap ? 21 : 22;
  guint sport = is_lap ? 25 : 5;

  if (num == 2)
    summary->start = fit_time_to_ms (value);
  else if (num == 7)
    summary->elapsed = value / 1000.0;
  else if (num == 8)
    summary->timer = value / 1000.0;
  else if (num == 9)
    summary->distance = value / 100.0;
  else if (num == heart_rate)
    summary->heart_rate = value;
  else if (num == ascent)
    summary->ascent = value;
  else if (num == sport)
    summary->sport = value;
  else if (!is_lap && num == 6)
    summary->sub_sport = value;
}

static double
add_known (double sum,
           double value)
{
  return isfinite (value) ? (isfinite (sum) ? sum + value : value) : sum;
}

static void
add_lap (FitReader     *self,
         const Summary *lap)
{
  if (self->n_laps++ == 0)
    {
      self->laps.start = lap->start;
      self->laps.sport = lap->sport;
    }

  self->laps.elapsed = add_known (self->laps.elapsed, lap->elapsed);
  self->laps.timer = add_known (self->laps.timer, lap->timer);
  self->laps.distance = add_known (self->laps.distance, lap->distance);
  self->laps.ascent = add_known (self->laps.ascent, lap->ascent);

  if (isfinite (lap->heart_rate) && isfinite (lap->timer) && lap->timer > 0)
    {
      self->laps.heart_rate = add_known (self->laps.heart_rate, lap->heart_rate * lap->timer);
      self->laps_hr_weight += lap->timer;
    }
}

static gboolean
add_record (FitReader  *self,
            gint64      lat,
            gint64      lon,
            double      ele,
            double      heart_rate,
            double      distance,
            gint64      time,
            GError    **error)
{
  GArray *points = self->activity->points;
  LimberTrackPoint point = { .ele = ele, .time = time };

  if (isfinite (distance))
    self->max_distance = MAX (self->max_distance, distance);
  if (isfinite (heart_rate) && heart_rate > 0)
    {
      self->hr_sum += heart_rate;
      self->hr_count++;
    }

  /* Records without a position (indoors, before a fix) still count for the rest. */
  if (lat == G_MININT64 || lon == G_MININT64)
    return TRUE;

  if (points->len >= LIMBER_TRACK_MAX_POINTS)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_TOO_LARGE,
                   _("The track has more than %u points"), LIMBER_TRACK_MAX_POINTS);
      return FALSE;
    }

  /* Semicircles: 2^31 of them make 180 degrees. */
  point.lat = lat * (180.0 / 2147483648.0);
  point.lon = lon * (180.0 / 2147483648.0);
  if (fabs (point.lat) > 90.0 || fabs (point.lon) > 180.0)
    return TRUE;

  point.segment_start = self->new_segment && points->len > 0;
  self->new_segment = FALSE;
  g_array_append_val (points, point);
  return TRUE;
}

/* Reads one data message of @definition at @p (its size is already checked). */
gboolean
limber_fit_read_message (FitReader            *self,
                         const FitDefinition  *definition,
                         const guint8         *p,
                         gint64                header_time,
                         GError              **error)
{
  Summary summary;
  gint64 timestamp = header_time;
  gint64 lat = G_MININT64, lon = G_MININT64;
  double ele = NAN, enhanced_ele = NAN, heart_rate = NAN, distance = NAN;
  int event = -1, event_type = -1;
  gsize offset = 0;

  summary_init (&summary);

  for (guint i = 0; i < definition->n_fields; i++)
    {
      const FitField *field = &definition->fields[i];
      gint64 value;

      if (!field_value (p + offset, field, definition->big_endian, &value))
        {
          offset += field->size;
          continue;
        }
      offset += field->size;

      if (field->num == FIELD_TIMESTAMP)
        {
          timestamp = value;
          continue;
        }

      switch (definition->global)
        {
        case MSG_SESSION:
        case MSG_LAP:
          read_summary (&summary, field->num, value, definition->global == MSG_LAP);
          break;
        case MSG_RECORD:
          if (field->num == 0)
            lat = value;
          else if (field->num == 1)
            lon = value;
          else if (field->num == 2)
            ele = value / 5.0 - 500.0;
          else if (field->num == 78)
            enhanced_ele = value / 5.0 - 500.0;
          else if (field->num == 3)
            heart_rate = value;
          else if (field->num == 5)
            distance = value / 100.0;
          break;
        case MSG_EVENT:
          if (field->num == 0)
            event = value;
          else if (field->num == 1)
            event_type = value;
          break;
        case MSG_SPORT:
          if (field->num == 0)
            self->sport = value;
          else if (field->num == 1)
            self->sub_sport = value;
          break;
        default:
          break;
        }
    }

  if (timestamp >= 0 && timestamp <= G_MAXUINT32)
    {
      self->last_timestamp = timestamp;
      self->has_timestamp = TRUE;
    }

  switch (definition->global)
    {
    case MSG_SESSION:
      if (self->n_sessions++ == 0)
        self->session = summary;
      return TRUE;
    case MSG_LAP:
      add_lap (self, &summary);
      return TRUE;
    case MSG_RECORD:
      return add_record (self, lat, lon, isfinite (enhanced_ele) ? enhanced_ele : ele,
                         heart_rate, distance,
                         timestamp >= 0 ? fit_time_to_ms (timestamp) : LIMBER_TRACK_NO_TIME,
                         error);
    case MSG_EVENT:
      /* The timer stopped (event 0, type stop or stop all): the next point starts anew. */
      if (event == 0 && (event_type == 1 || event_type == 4))
        self->new_segment = TRUE;
      return TRUE;
    default:
      return TRUE;
    }
}

static void
set_sport (LimberActivity *activity,
           int             sport,
           int             sub_sport)
{
  static const char * const sports[] = {
    [1] = "running", [2] = "cycling", [5] = "swimming", [11] = "walking", [17] = "hiking",
  };

  /* 0 is "generic": the file does not say. */
  if (sport <= 0)
    return;

  if ((guint) sport < G_N_ELEMENTS (sports) && sports[sport] != NULL)
    {
      limber_activity_set_sport (activity, sports[sport]);
    }
  else
    {
      g_autofree char *name = g_strdup_printf ("fit-sport-%d", sport);

      limber_activity_set_sport (activity, name);
    }

  if (sport == 1)
    {
      switch (sub_sport)
        {
        case 1:  /* treadmill */
        case 45: /* indoor running */
        case 58: /* virtual activity */
          activity->surface = LIMBER_SURFACE_TREADMILL;
          break;
        case 2:
          activity->surface = LIMBER_SURFACE_ROAD;
          break;
        case 3:
          activity->surface = LIMBER_SURFACE_TRAIL;
          break;
        case 4:
          activity->surface = LIMBER_SURFACE_TRACK;
          break;
        default:
          break;
        }
    }
}

/* The session's figures first, then the laps', then what the records add up to. */
void
limber_fit_finish (FitReader *self)
{
  LimberActivity *activity = self->activity;
  const Summary *session = &self->session;
  const Summary *laps = &self->laps;
  gint64 start = session->start != LIMBER_TRACK_NO_TIME ? session->start : laps->start;

  if (start != LIMBER_TRACK_NO_TIME && limber_time_is_plausible (start))
    activity->start = g_date_time_new_from_unix_utc (start / 1000);

  activity->distance = isfinite (session->distance) ? session->distance : laps->distance;
  if (!isfinite (activity->distance) && self->max_distance > 0)
    activity->distance = self->max_distance;
  activity->moving_time = isfinite (session->timer) ? session->timer : laps->timer;
  activity->elapsed_time = isfinite (session->elapsed) ? session->elapsed : laps->elapsed;
  activity->ascent = isfinite (session->ascent) ? session->ascent : laps->ascent;

  if (isfinite (session->heart_rate) && session->heart_rate > 0)
    activity->heart_rate = session->heart_rate;
  else if (self->laps_hr_weight > 0)
    activity->heart_rate = laps->heart_rate / self->laps_hr_weight;
  else if (self->hr_count > 0)
    activity->heart_rate = self->hr_sum / self->hr_count;

  if (session->sport >= 0)
    set_sport (activity, session->sport, session->sub_sport);
  else if (self->sport >= 0)
    set_sport (activity, self->sport, self->sub_sport);
  else
    set_sport (activity, laps->sport, -1);

  /* Plausible times only: a clock that was never set is no start. */
  for (guint i = 0; i < activity->points->len; i++)
    {
      LimberTrackPoint *point = &g_array_index (activity->points, LimberTrackPoint, i);

      if (point->time != LIMBER_TRACK_NO_TIME && !limber_time_is_plausible (point->time))
        point->time = LIMBER_TRACK_NO_TIME;
    }

  limber_activity_complete (activity);
}

void
limber_fit_reader_init (FitReader *self)
{
  self->sport = self->sub_sport = -1;
  summary_init (&self->session);
  summary_init (&self->laps);
}
