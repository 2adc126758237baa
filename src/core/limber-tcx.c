/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-tcx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "limber-import-private.h"
#include "limber-tcx.h"

/* Garmin's Training Center XML (TCX v2), read as a stream. The first <Activity> is read: its
 * Sport, <Id> (the start), <Notes>, and its laps: their TotalTimeSeconds (time on the clock,
 * pauses left out), DistanceMeters and AverageHeartRateBpm are the file's own figures and
 * win over what the track points add up to. Each <Track> starts a new segment; track
 * points without a position (a treadmill) still count for times and distance. */

#define MAX_DEPTH 256
#define MAX_TEXT 16384

typedef enum
{
  E_OTHER,
  E_ROOT,
  E_ACTIVITIES,
  E_ACTIVITY,
  E_ID,
  E_NOTES,
  E_LAP,
  E_LAP_TIME,
  E_LAP_DISTANCE,
  E_LAP_HR,
  E_LAP_HR_VALUE,
  E_TRACK,
  E_POINT,
  E_POINT_TIME,
  E_POSITION,
  E_LAT,
  E_LON,
  E_ALTITUDE,
  E_POINT_DISTANCE,
  E_POINT_HR,
  E_POINT_HR_VALUE,
} Element;

typedef struct
{
  LimberXmlState    xml;
  LimberActivity   *activity;
  guint8            stack[MAX_DEPTH];
  guint             depth;
  guint             n_activities;
  GString          *text;
  gint64            id_time;
  gint64            lap_start;
  /* The open lap, and the sums over the laps before it. */
  double            lap_time, lap_distance, lap_hr;
  double            laps_time, laps_distance, laps_hr_weighted, laps_hr_weight;
  gboolean          laps_have_time, laps_have_distance;
  /* The open track point, and what the points without a position still tell. */
  LimberTrackPoint  point;
  gboolean          has_lat, has_lon;
  double            point_distance, point_hr;
  gboolean          new_segment;
  double            max_distance;
  gint64            first_time, last_time;
  double            hr_sum;
  guint             hr_count;
} TcxReader;

static const struct
{
  Element     parent;
  const char *name;
  Element     element;
} elements[] = {
  { E_ROOT, "Activities", E_ACTIVITIES },
  { E_ACTIVITIES, "Activity", E_ACTIVITY },
  { E_ACTIVITY, "Id", E_ID },
  { E_ACTIVITY, "Notes", E_NOTES },
  { E_ACTIVITY, "Lap", E_LAP },
  { E_LAP, "TotalTimeSeconds", E_LAP_TIME },
  { E_LAP, "DistanceMeters", E_LAP_DISTANCE },
  { E_LAP, "AverageHeartRateBpm", E_LAP_HR },
  { E_LAP_HR, "Value", E_LAP_HR_VALUE },
  { E_LAP, "Track", E_TRACK },
  { E_TRACK, "Trackpoint", E_POINT },
  { E_POINT, "Time", E_POINT_TIME },
  { E_POINT, "Position", E_POSITION },
  { E_POSITION, "LatitudeDegrees", E_LAT },
  { E_POSITION, "LongitudeDegrees", E_LON },
  { E_POINT, "AltitudeMeters", E_ALTITUDE },
  { E_POINT, "DistanceMeters", E_POINT_DISTANCE },
  { E_POINT, "HeartRateBpm", E_POINT_HR },
  { E_POINT_HR, "Value", E_POINT_HR_VALUE },
};

static Element
classify (TcxReader     *self,
          const xmlChar *name)
{
  Element parent;

  if (self->depth == 0)
    return strcmp ((const char *) name, "TrainingCenterDatabase") == 0 ? E_ROOT : E_OTHER;
  if (self->depth > MAX_DEPTH)
    return E_OTHER;

  parent = self->stack[self->depth - 1];
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      if (elements[i].parent == parent && strcmp ((const char *) name, elements[i].name) == 0)
        {
          /* Only the first activity of the file is read. */
          if (elements[i].element == E_ACTIVITY && self->n_activities++ > 0)
            return E_OTHER;
          return elements[i].element;
        }
    }

  return E_OTHER;
}

static gboolean
collects_text (Element element)
{
  switch (element)
    {
    case E_ID:
    case E_NOTES:
    case E_LAP_TIME:
    case E_LAP_DISTANCE:
    case E_LAP_HR_VALUE:
    case E_POINT_TIME:
    case E_LAT:
    case E_LON:
    case E_ALTITUDE:
    case E_POINT_DISTANCE:
    case E_POINT_HR_VALUE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
xml_attribute (int             n_attributes,
               const xmlChar **attributes,
               const char     *name,
               char          **value)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = &attributes[i * 5];

      if (strcmp ((const char *) attribute[0], name) == 0)
        {
          *value = g_strndup ((const char *) attribute[3], attribute[4] - attribute[3]);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_start_element_cb (void           *user_data,
                     const xmlChar  *localname,
                     const xmlChar  *prefix,
                     const xmlChar  *uri,
                     int             n_namespaces,
                     const xmlChar **namespaces,
                     int             n_attributes,
                     int             n_defaulted,
                     const xmlChar **attributes)
{
  TcxReader *self = user_data;
  Element element = classify (self, localname);
  g_autofree char *value = NULL;
  gint64 ms;

  if (self->depth == 0 && element != E_ROOT)
    {
      limber_xml_stop (&self->xml,
                       g_error_new (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                                    _("This is not a TCX file: it starts with <%s>, not "
                                      "<TrainingCenterDatabase>"), (const char *) localname));
      return;
    }

  switch (element)
    {
    case E_ACTIVITY:
      if (xml_attribute (n_attributes, attributes, "Sport", &value))
        limber_activity_set_sport (self->activity, value);
      break;
    case E_LAP:
      self->lap_time = self->lap_distance = self->lap_hr = NAN;
      if (self->lap_start == LIMBER_TRACK_NO_TIME &&
          xml_attribute (n_attributes, attributes, "StartTime", &value) &&
          limber_parse_iso_time (value, &ms) && limber_time_is_plausible (ms))
        self->lap_start = ms;
      break;
    case E_TRACK:
      self->new_segment = TRUE;
      break;
    case E_POINT:
      self->point = (LimberTrackPoint) { .ele = NAN, .time = LIMBER_TRACK_NO_TIME };
      self->has_lat = self->has_lon = FALSE;
      self->point_distance = self->point_hr = NAN;
      break;
    default:
      break;
    }

  if (collects_text (element))
    g_string_truncate (self->text, 0);

  if (self->depth < MAX_DEPTH)
    self->stack[self->depth] = element;
  self->depth++;
}

static void
end_lap (TcxReader *self)
{
  if (isfinite (self->lap_time))
    {
      self->laps_time += self->lap_time;
      self->laps_have_time = TRUE;
      if (isfinite (self->lap_hr))
        {
          self->laps_hr_weighted += self->lap_hr * self->lap_time;
          self->laps_hr_weight += self->lap_time;
        }
    }

  if (isfinite (self->lap_distance))
    {
      self->laps_distance += self->lap_distance;
      self->laps_have_distance = TRUE;
    }
}

static void
end_point (TcxReader *self)
{
  GArray *points = self->activity->points;
  gint64 time = self->point.time;

  if (time != LIMBER_TRACK_NO_TIME)
    {
      if (self->first_time == LIMBER_TRACK_NO_TIME)
        self->first_time = time;
      self->last_time = time;
    }

  if (isfinite (self->point_distance))
    self->max_distance = MAX (self->max_distance, self->point_distance);

  if (isfinite (self->point_hr))
    {
      self->hr_sum += self->point_hr;
      self->hr_count++;
    }

  if (!self->has_lat || !self->has_lon ||
      fabs (self->point.lat) > 90.0 || fabs (self->point.lon) > 180.0)
    return;

  if (points->len >= LIMBER_TRACK_MAX_POINTS)
    {
      limber_xml_stop (&self->xml,
                       g_error_new (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_TOO_LARGE,
                                    _("The track has more than %u points"),
                                    LIMBER_TRACK_MAX_POINTS));
      return;
    }

  self->point.segment_start = self->new_segment && points->len > 0;
  self->new_segment = FALSE;
  g_array_append_val (points, self->point);
}

static void
end_text (TcxReader *self,
          Element    element)
{
  const char *text = self->text->str;
  double value = NAN;
  gboolean is_number = limber_parse_number (text, &value) && value >= 0;
  gint64 ms;

  switch (element)
    {
    case E_ID:
      if (limber_parse_iso_time (text, &ms) && limber_time_is_plausible (ms))
        self->id_time = ms;
      break;
    case E_NOTES:
      limber_activity_set_name (self->activity, text);
      break;
    case E_LAP_TIME:
      if (is_number)
        self->lap_time = value;
      break;
    case E_LAP_DISTANCE:
      if (is_number)
        self->lap_distance = value;
      break;
    case E_LAP_HR_VALUE:
      if (is_number && value > 0 && value < 300)
        self->lap_hr = value;
      break;
    case E_POINT_TIME:
      if (limber_parse_iso_time (text, &ms) && limber_time_is_plausible (ms))
        self->point.time = ms;
      break;
    case E_LAT:
      self->has_lat = limber_parse_number (text, &self->point.lat);
      break;
    case E_LON:
      self->has_lon = limber_parse_number (text, &self->point.lon);
      break;
    case E_ALTITUDE:
      if (limber_parse_number (text, &value) && fabs (value) < 20000)
        self->point.ele = value;
      break;
    case E_POINT_DISTANCE:
      if (is_number)
        self->point_distance = value;
      break;
    case E_POINT_HR_VALUE:
      if (is_number && value > 0 && value < 300)
        self->point_hr = value;
      break;
    default:
      break;
    }
}

static void
on_end_element_cb (void          *user_data,
                   const xmlChar *localname,
                   const xmlChar *prefix,
                   const xmlChar *uri)
{
  TcxReader *self = user_data;
  Element element;

  g_assert (self->depth > 0);
  self->depth--;
  element = self->depth < MAX_DEPTH ? self->stack[self->depth] : E_OTHER;

  if (collects_text (element))
    end_text (self, element);
  else if (element == E_LAP)
    end_lap (self);
  else if (element == E_POINT)
    end_point (self);
}

static void
on_characters_cb (void          *user_data,
                  const xmlChar *characters,
                  int            length)
{
  TcxReader *self = user_data;

  if (self->depth == 0 || self->depth > MAX_DEPTH ||
      !collects_text (self->stack[self->depth - 1]) || self->text->len >= MAX_TEXT)
    return;

  g_string_append_len (self->text, (const char *) characters,
                       MIN ((gsize) length, MAX_TEXT - self->text->len));
}

/* The file's own figures first, then what the points without a position tell. */
static void
finish (TcxReader      *self,
        LimberActivity *activity)
{
  gint64 start = self->id_time != LIMBER_TRACK_NO_TIME ? self->id_time : self->lap_start;

  if (start == LIMBER_TRACK_NO_TIME)
    start = self->first_time;
  if (start != LIMBER_TRACK_NO_TIME)
    activity->start = g_date_time_new_from_unix_utc (start / 1000);

  if (self->laps_have_distance)
    activity->distance = self->laps_distance;
  else if (self->max_distance > 0)
    activity->distance = self->max_distance;

  if (self->laps_have_time)
    activity->moving_time = self->laps_time;

  if (self->laps_hr_weight > 0)
    activity->heart_rate = self->laps_hr_weighted / self->laps_hr_weight;
  else if (self->hr_count > 0)
    activity->heart_rate = self->hr_sum / self->hr_count;

  limber_activity_complete (activity);

  if (!isfinite (activity->elapsed_time) && self->first_time != self->last_time)
    activity->elapsed_time = (self->last_time - self->first_time) / 1000.0;
  if (!isfinite (activity->moving_time) && isfinite (activity->elapsed_time))
    activity->moving_time = activity->elapsed_time;
}

/**
 * limber_tcx_read:
 *
 * Reads a TCX file held in memory.
 *
 * Returns: (transfer full): the activity, or %NULL with @error
 */
LimberActivity *
limber_tcx_read (const char  *data,
                 gsize        length,
                 GError     **error)
{
  static const LimberXmlHandlers handlers = {
    on_start_element_cb, on_end_element_cb, on_characters_cb,
  };
  g_autoptr(LimberActivity) activity = limber_activity_new ();
  g_autoptr(GString) text = g_string_sized_new (64);
  g_autofree TcxReader *self = g_new0 (TcxReader, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->activity = activity;
  self->text = text;
  self->id_time = self->lap_start = LIMBER_TRACK_NO_TIME;
  self->first_time = self->last_time = LIMBER_TRACK_NO_TIME;

  if (!limber_xml_parse (data, length, "TCX", &handlers, &self->xml, error))
    return NULL;

  if (self->n_activities == 0)
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The TCX file holds no activity"));
      return NULL;
    }

  finish (self, activity);
  return g_steal_pointer (&activity);
}
