/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-gpx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "limber-gpx.h"
#include "limber-import-private.h"

/* GPX 1.0 and 1.1 (https://www.topografix.com/gpx.asp), read as a stream: the track points
 * of every <trk> (each <trkseg> starts a new segment), their <ele>, <time> and a heart rate
 * from any extension element named <hr> or <heartrate> (Garmin's TrackPointExtension and
 * others); the track's <name> and <type>; the file's own <time> in <metadata> (1.1) or at
 * the top (1.0). Namespaces are not checked, so files that get them wrong still read. */

#define MAX_DEPTH 256
#define MAX_TEXT 16384
#define MAX_VALUE 64

typedef enum
{
  E_OTHER,
  E_GPX,
  E_METADATA,
  E_FILE_TIME,
  E_FILE_NAME,
  E_TRK,
  E_TRK_NAME,
  E_TRK_TYPE,
  E_TRKSEG,
  E_TRKPT,
  E_ELE,
  E_TIME,
  E_HR,
} Element;

typedef struct
{
  LimberXmlState    xml;
  LimberActivity   *activity;
  guint8            stack[MAX_DEPTH];
  guint             depth;
  guint             trkpt_depth;    /* depth of the open <trkpt>, or 0 */
  GString          *text;
  LimberTrackPoint  point;
  gboolean          point_valid;
  double            point_hr;
  gboolean          new_segment;
  double            hr_sum;
  guint             hr_count;
  gint64            file_time;
  char             *file_name;
} GpxReader;

static gboolean
is (const xmlChar *name,
    const char    *expected)
{
  return strcmp ((const char *) name, expected) == 0;
}

static Element
classify (GpxReader     *self,
          const xmlChar *name)
{
  Element parent = self->depth > 0 ? self->stack[MIN (self->depth, MAX_DEPTH) - 1] : E_OTHER;

  if (self->depth == 0)
    return is (name, "gpx") ? E_GPX : E_OTHER;

  if (self->trkpt_depth > 0 && (is (name, "hr") || is (name, "heartrate")))
    return E_HR;

  switch (parent)
    {
    case E_GPX:
      if (is (name, "metadata"))
        return E_METADATA;
      if (is (name, "trk"))
        return E_TRK;
      G_GNUC_FALLTHROUGH;
    case E_METADATA:
      if (is (name, "time"))
        return E_FILE_TIME;
      if (is (name, "name"))
        return E_FILE_NAME;
      return E_OTHER;
    case E_TRK:
      if (is (name, "trkseg"))
        return E_TRKSEG;
      if (is (name, "name"))
        return E_TRK_NAME;
      if (is (name, "type"))
        return E_TRK_TYPE;
      return E_OTHER;
    case E_TRKSEG:
      return is (name, "trkpt") ? E_TRKPT : E_OTHER;
    case E_TRKPT:
      if (is (name, "ele"))
        return E_ELE;
      if (is (name, "time"))
        return E_TIME;
      return E_OTHER;
    default:
      return E_OTHER;
    }
}

/* Copies an attribute value (not NUL-terminated in SAX2) and reads it as a number. */
static gboolean
attribute_number (const xmlChar *start,
                  const xmlChar *end,
                  double        *value)
{
  char buffer[MAX_VALUE];
  gsize length = end - start;

  if (length >= sizeof buffer)
    return FALSE;

  memcpy (buffer, start, length);
  buffer[length] = '\0';
  return limber_parse_number (buffer, value);
}

static void
start_point (GpxReader      *self,
             int             n_attributes,
             const xmlChar **attributes)
{
  gboolean has_lat = FALSE, has_lon = FALSE;

  self->point = (LimberTrackPoint) { .ele = NAN, .time = LIMBER_TRACK_NO_TIME };
  self->point_hr = NAN;

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = &attributes[i * 5];

      if (is (attribute[0], "lat"))
        has_lat = attribute_number (attribute[3], attribute[4], &self->point.lat);
      else if (is (attribute[0], "lon"))
        has_lon = attribute_number (attribute[3], attribute[4], &self->point.lon);
    }

  /* A point without a usable position is left out, not the whole file. */
  self->point_valid = has_lat && has_lon && fabs (self->point.lat) <= 90.0 &&
                      fabs (self->point.lon) <= 180.0;
}

static void
end_point (GpxReader *self)
{
  GArray *points = self->activity->points;

  if (!self->point_valid)
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

  if (isfinite (self->point_hr))
    {
      self->hr_sum += self->point_hr;
      self->hr_count++;
    }
}

static gboolean
collects_text (Element element)
{
  switch (element)
    {
    case E_FILE_TIME:
    case E_FILE_NAME:
    case E_TRK_NAME:
    case E_TRK_TYPE:
    case E_ELE:
    case E_TIME:
    case E_HR:
      return TRUE;
    default:
      return FALSE;
    }
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
  GpxReader *self = user_data;
  Element element = classify (self, localname);

  if (self->depth == 0 && element != E_GPX)
    {
      limber_xml_stop (&self->xml,
                       g_error_new (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                                    _("This is not a GPX file: it starts with <%s>, not <gpx>"),
                                    (const char *) localname));
      return;
    }

  switch (element)
    {
    case E_TRK:
    case E_TRKSEG:
      self->new_segment = TRUE;
      break;
    case E_TRKPT:
      self->trkpt_depth = self->depth + 1;
      start_point (self, n_attributes, attributes);
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
end_text (GpxReader *self,
          Element    element)
{
  const char *text = self->text->str;
  LimberActivity *activity = self->activity;
  double value;
  gint64 ms;

  switch (element)
    {
    case E_FILE_TIME:
      if (limber_parse_iso_time (text, &ms) && limber_time_is_plausible (ms))
        self->file_time = ms;
      break;
    case E_FILE_NAME:
      if (self->file_name == NULL)
        self->file_name = g_strdup (text);
      break;
    case E_TRK_NAME:
      if (activity->name == NULL)
        limber_activity_set_name (activity, text);
      break;
    case E_TRK_TYPE:
      if (activity->sport == NULL)
        limber_activity_set_sport (activity, text);
      break;
    case E_ELE:
      if (limber_parse_number (text, &value) && fabs (value) < 20000)
        self->point.ele = value;
      break;
    case E_TIME:
      if (limber_parse_iso_time (text, &ms) && limber_time_is_plausible (ms))
        self->point.time = ms;
      break;
    case E_HR:
      if (limber_parse_number (text, &value) && value > 0 && value < 300)
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
  GpxReader *self = user_data;
  Element element;

  g_assert (self->depth > 0);
  self->depth--;
  element = self->depth < MAX_DEPTH ? self->stack[self->depth] : E_OTHER;

  if (collects_text (element))
    end_text (self, element);
  else if (element == E_TRKPT)
    {
      end_point (self);
      self->trkpt_depth = 0;
    }
}

static void
on_characters_cb (void          *user_data,
                  const xmlChar *characters,
                  int            length)
{
  GpxReader *self = user_data;
  Element element;

  if (self->depth == 0 || self->depth > MAX_DEPTH)
    return;

  element = self->stack[self->depth - 1];
  if (collects_text (element) && self->text->len < MAX_TEXT)
    g_string_append_len (self->text, (const char *) characters,
                         MIN ((gsize) length, MAX_TEXT - self->text->len));
}

/**
 * limber_gpx_read:
 *
 * Reads a GPX file held in memory.
 *
 * Returns: (transfer full): the activity, completed from its track, or %NULL with @error
 */
LimberActivity *
limber_gpx_read (const char  *data,
                 gsize        length,
                 GError     **error)
{
  static const LimberXmlHandlers handlers = {
    on_start_element_cb, on_end_element_cb, on_characters_cb,
  };
  g_autoptr(LimberActivity) activity = limber_activity_new ();
  g_autoptr(GString) text = g_string_sized_new (64);
  g_autofree GpxReader *self = g_new0 (GpxReader, 1);
  g_autofree char *name = NULL;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->activity = activity;
  self->text = text;
  self->file_time = LIMBER_TRACK_NO_TIME;

  ok = limber_xml_parse (data, length, "GPX", &handlers, &self->xml, error);
  name = g_steal_pointer (&self->file_name);
  if (!ok)
    return NULL;

  if (activity->points->len == 0)
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The GPX file holds no recorded track"));
      return NULL;
    }

  if (activity->name == NULL)
    limber_activity_set_name (activity, name);

  if (self->hr_count > 0)
    activity->heart_rate = self->hr_sum / self->hr_count;

  limber_activity_complete (activity);

  /* A track without times still tells the day from the file's own time. */
  if (activity->start == NULL && self->file_time != LIMBER_TRACK_NO_TIME)
    activity->start = g_date_time_new_from_unix_utc (self->file_time / 1000);

  return g_steal_pointer (&activity);
}

static void
append_time (GString *out,
             gint64   ms)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (ms / 1000 - (ms % 1000 < 0));
  g_autofree char *text = NULL;
  int millis = (int) (((ms % 1000) + 1000) % 1000);

  if (time == NULL)
    return;

  text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");
  g_string_append_printf (out, "<time>%s", text);
  if (millis != 0)
    g_string_append_printf (out, ".%03d", millis);
  g_string_append (out, "Z</time>");
}

/**
 * limber_gpx_write:
 * @name: (nullable): the track's name
 * @length: (out) (optional): the length of the text
 *
 * Writes a track as GPX 1.1, one <trkseg> per segment.
 *
 * Returns: (transfer full): the GPX text
 */
char *
limber_gpx_write (const LimberTrackPoint *points,
                  guint                   n_points,
                  const char             *name,
                  gsize                  *length)
{
  g_autoptr(GString) out = g_string_sized_new (256 + (gsize) n_points * 110);
  g_autofree char *escaped = name != NULL ? g_markup_escape_text (name, -1) : NULL;
  char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE], ele[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<gpx version=\"1.1\" creator=\"" PACKAGE_NAME " " PACKAGE_VERSION "\""
                   " xmlns=\"http://www.topografix.com/GPX/1/1\""
                   " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                   " xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1"
                   " http://www.topografix.com/GPX/1/1/gpx.xsd\">\n");

  if (n_points > 0 && points[0].time != LIMBER_TRACK_NO_TIME)
    {
      g_string_append (out, "  <metadata>");
      append_time (out, points[0].time);
      g_string_append (out, "</metadata>\n");
    }

  g_string_append (out, "  <trk>\n");
  if (escaped != NULL)
    g_string_append_printf (out, "    <name>%s</name>\n", escaped);
  g_string_append (out, "    <type>running</type>\n    <trkseg>\n");

  for (guint i = 0; i < n_points; i++)
    {
      const LimberTrackPoint *point = &points[i];

      if (i > 0 && point->segment_start)
        g_string_append (out, "    </trkseg>\n    <trkseg>\n");

      g_string_append_printf (out, "      <trkpt lat=\"%s\" lon=\"%s\">",
                              g_ascii_formatd (lat, sizeof lat, "%.7f", point->lat),
                              g_ascii_formatd (lon, sizeof lon, "%.7f", point->lon));
      if (isfinite (point->ele))
        g_string_append_printf (out, "<ele>%s</ele>",
                                g_ascii_formatd (ele, sizeof ele, "%.2f", point->ele));
      if (point->time != LIMBER_TRACK_NO_TIME)
        append_time (out, point->time);
      g_string_append (out, "</trkpt>\n");
    }

  g_string_append (out, "    </trkseg>\n  </trk>\n</gpx>\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
