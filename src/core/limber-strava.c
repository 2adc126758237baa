/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-strava"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "limber-csv-reader.h"
#include "limber-date.h"
#include "limber-import-private.h"
#include "limber-strava.h"

/* The activities.csv of a Strava bulk export: one row per activity, with its date (in UTC,
 * written "Mar 3, 2021, 7:02:11 AM"), name, type, elapsed time (seconds), distance (km; a
 * later column of the same name holds metres, so the first of each name is used), moving
 * time, perceived exertion (1–10, when the athlete gave one) and the file of its track
 * ("activities/123.gpx.gz"), empty for activities entered by hand. */

enum
{
  COLUMN_DATE,
  COLUMN_NAME,
  COLUMN_TYPE,
  COLUMN_ELAPSED,
  COLUMN_DISTANCE,
  COLUMN_MOVING,
  COLUMN_FILENAME,
  COLUMN_EXERTION,
  COLUMN_WORKOUT_TYPE,
  N_COLUMNS
};

static const char * const column_names[N_COLUMNS] = {
  [COLUMN_DATE] = "activity date",
  [COLUMN_NAME] = "activity name",
  [COLUMN_TYPE] = "activity type",
  [COLUMN_ELAPSED] = "elapsed time",
  [COLUMN_DISTANCE] = "distance",
  [COLUMN_MOVING] = "moving time",
  [COLUMN_FILENAME] = "filename",
  [COLUMN_EXERTION] = "perceived exertion",
  [COLUMN_WORKOUT_TYPE] = "workout type",
};

static const char * const months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

static void
row_free (LimberStravaRow *row)
{
  g_free (row->filename);
  g_free (row->problem);
  limber_activity_free (row->activity);
  g_free (row);
}

static char *
key_of (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));

  return g_ascii_strdown (copy, -1);
}

static void
map_columns (const LimberCsvRecord *header,
             int                    map[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      map[c] = -1;
      for (guint i = 0; i < header->fields->len && map[c] < 0; i++)
        {
          g_autofree char *key = key_of (g_ptr_array_index (header->fields, i));

          if (g_str_equal (key, column_names[c]))
            map[c] = i;
        }
    }
}

/* TRUE when the text starts with a header holding Strava's "Activity ID" and "Activity Type". */
gboolean
limber_strava_is_activities_csv (const char *data,
                                 gsize       length)
{
  const char *end;
  g_autofree char *line = NULL;

  if (data == NULL || length == 0)
    return FALSE;

  end = memchr (data, '\n', MIN (length, 65536));
  line = g_ascii_strdown (data, end != NULL ? end - data : (gssize) MIN (length, 65536));
  return strstr (line, "activity id") != NULL && strstr (line, "activity type") != NULL;
}

/* One to @max_length ASCII digits and nothing else. */
static gboolean
is_digits (const char *text,
           gsize       max_length)
{
  gsize length = strlen (text);

  if (length < 1 || length > max_length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
parse_clock (const char *text,
             int        *hour,
             int        *minute,
             int        *second)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint n = g_strv_length (parts);
  int values[3] = { 0, 0, 0 };

  if (n < 2 || n > 3)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (!is_digits (parts[i], 2))
        return FALSE;
      values[i] = g_ascii_strtoull (parts[i], NULL, 10);
    }

  *hour = values[0];
  *minute = values[1];
  *second = values[2];
  return *hour <= 23 && *minute <= 59 && *second <= 59;
}

/**
 * limber_strava_parse_date:
 *
 * Reads a date and time of a Strava export, always in UTC: "Mar 3, 2021, 7:02:11 AM" (the
 * usual form), "3 Mar 2021, 07:02:11", or ISO 8601 ("2021-03-03 07:02:11").
 *
 * Returns: (transfer full) (nullable): the time, or %NULL when it cannot be read
 */
GDateTime *
limber_strava_parse_date (const char *text)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) tokens = NULL;
  int year = -1, month = -1, day = -1, hour = -1, minute = 0, second = 0;
  gboolean pm = FALSE, am = FALSE;
  gint64 ms;

  if (text == NULL)
    return NULL;

  if (limber_parse_iso_time (text, &ms))
    return g_date_time_new_from_unix_utc (ms / 1000);

  copy = g_ascii_strdown (text, -1);
  g_strdelimit (copy, ",", ' ');
  tokens = g_strsplit (g_strstrip (copy), " ", -1);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];

      if (*token == '\0')
        continue;

      if (strchr (token, ':') != NULL)
        {
          if (hour >= 0 || !parse_clock (token, &hour, &minute, &second))
            return NULL;
        }
      else if (g_str_equal (token, "am") || g_str_equal (token, "a.m."))
        am = TRUE;
      else if (g_str_equal (token, "pm") || g_str_equal (token, "p.m."))
        pm = TRUE;
      else if (g_ascii_isalpha (*token))
        {
          for (guint m = 0; m < G_N_ELEMENTS (months); m++)
            if (g_str_has_prefix (token, months[m]))
              month = m + 1;
          if (month < 0)
            return NULL;
        }
      else if (is_digits (token, 4))
        {
          /* Digits only: "8e35" is a number to strtod, not a year. */
          int number = atoi (token);

          if (strlen (token) == 4 && year < 0)
            year = number;
          else if (strlen (token) <= 2 && day < 0 && number >= 1)
            day = number;
          else
            return NULL;
        }
      else
        return NULL;
    }

  if (year < 1900 || month < 1 || day < 1 || hour < 0 || (am && pm) ||
      day > g_date_get_days_in_month (month, year))
    return NULL;

  if (am || pm)
    {
      if (hour < 1 || hour > 12)
        return NULL;
      hour = hour % 12 + (pm ? 12 : 0);
    }

  return g_date_time_new_utc (year, month, day, hour, minute, second);
}

/* A distance in kilometres: "10.52", "1,234.5" or "10,52". */
static gboolean
parse_kilometres (const char *text,
                  double     *metres)
{
  g_autofree char *copy = g_strdup (text);
  double km;

  if (strchr (copy, '.') != NULL)
    {
      char *out = copy;

      for (const char *p = copy; *p != '\0'; p++)
        if (*p != ',')
          *out++ = *p;
      *out = '\0';
    }
  else
    g_strdelimit (copy, ",", '.');

  if (!limber_parse_number (copy, &km) || km < 0)
    return FALSE;

  *metres = km * 1000.0;
  return TRUE;
}

/* Seconds, as a number ("3135", "3135.0") or a clock ("52:15", "0:52:15"). */
static gboolean
parse_seconds (const char *text,
               double     *seconds)
{
  if (strchr (text, ':') != NULL)
    return limber_duration_parse (text, seconds);

  return limber_parse_number (text, seconds) && *seconds >= 0;
}

static const char *
field (const LimberCsvRecord *record,
       const int              map[N_COLUMNS],
       guint                  column)
{
  const char *value;

  if (map[column] < 0 || (guint) map[column] >= record->fields->len)
    return NULL;

  value = g_ptr_array_index (record->fields, map[column]);
  return *value != '\0' ? value : NULL;
}

static char *
clean_filename (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));
  g_auto(GStrv) parts = NULL;

  g_strdelimit (copy, "\\", '/');
  while (copy[0] == '.' && copy[1] == '/')
    memmove (copy, copy + 2, strlen (copy + 2) + 1);

  /* Within the export only: no absolute paths, no way up. */
  if (*copy == '\0' || *copy == '/')
    return NULL;
  parts = g_strsplit (copy, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return NULL;

  return g_steal_pointer (&copy);
}

static LimberStravaRow *
read_row (const LimberCsvRecord *record,
          const int              map[N_COLUMNS])
{
  LimberStravaRow *row = g_new0 (LimberStravaRow, 1);
  LimberActivity *activity = limber_activity_new ();
  const char *value;
  double number;

  row->line = record->line;
  row->activity = activity;

  limber_activity_set_sport (activity, field (record, map, COLUMN_TYPE));
  limber_activity_set_name (activity, field (record, map, COLUMN_NAME));

  if ((value = field (record, map, COLUMN_FILENAME)) != NULL &&
      (row->filename = clean_filename (value)) == NULL)
    row->problem = g_strdup_printf (_("The file name “%s” points outside the export"), value);

  value = field (record, map, COLUMN_DATE);
  activity->start = limber_strava_parse_date (value);
  if (activity->start == NULL && row->problem == NULL)
    row->problem = g_strdup_printf (_("Cannot read the date “%s”"), value != NULL ? value : "");

  if ((value = field (record, map, COLUMN_DISTANCE)) != NULL &&
      parse_kilometres (value, &number))
    activity->distance = number;
  if ((value = field (record, map, COLUMN_ELAPSED)) != NULL && parse_seconds (value, &number))
    activity->elapsed_time = number;
  if ((value = field (record, map, COLUMN_MOVING)) != NULL && parse_seconds (value, &number) &&
      number > 0)
    activity->moving_time = number;

  /* Strava's perceived exertion runs from 1 to 10, like Limber's effort. ("Relative
   * Effort" is a heart-rate score, not an effort rating.) */
  if ((value = field (record, map, COLUMN_EXERTION)) != NULL &&
      limber_parse_number (value, &number) && number >= 1 && number <= 10)
    activity->rpe = (int) lround (number);

  if ((value = field (record, map, COLUMN_WORKOUT_TYPE)) != NULL)
    {
      g_autofree char *key = key_of (value);

      if (g_str_equal (key, "1") || g_str_equal (key, "race"))
        activity->run_kind = LIMBER_RUN_RACE;
      else if (g_str_equal (key, "2") || g_str_equal (key, "long run"))
        activity->run_kind = LIMBER_RUN_LONG;
    }

  return row;
}

/**
 * limber_strava_read_activities:
 *
 * Reads activities.csv. A row that cannot be used keeps the reason in its @problem, so that
 * it fails alone; only a file that is not such a table at all is an error.
 *
 * Returns: (transfer full) (element-type LimberStravaRow): the rows
 */
GPtrArray *
limber_strava_read_activities (const char  *display_name,
                               const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  const LimberCsvRecord *header;
  int map[N_COLUMNS];

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!limber_import_check_size (length, error))
    return NULL;

  records = limber_csv_read_records (display_name, data, length, error);
  if (records == NULL)
    return NULL;

  if (records->len == 0)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   _("%s is empty"), display_name);
      return NULL;
    }

  header = g_ptr_array_index (records, 0);
  map_columns (header, map);
  if (map[COLUMN_DATE] < 0 || map[COLUMN_TYPE] < 0)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   _("%s is not a Strava activity list: it lacks the columns “Activity Date” "
                     "and “Activity Type”"), display_name);
      return NULL;
    }

  for (guint i = 1; i < records->len; i++)
    g_ptr_array_add (rows, read_row (g_ptr_array_index (records, i), map));

  return g_steal_pointer (&rows);
}

/**
 * limber_strava_apply_row:
 *
 * Completes an activity read from the row's file with what the row says: its name, type,
 * effort and kind always win (the athlete may have edited them on Strava); its date,
 * distance and times only fill what the file lacks.
 */
void
limber_strava_apply_row (const LimberStravaRow *row,
                         LimberActivity        *activity)
{
  const LimberActivity *from = row->activity;

  g_return_if_fail (row != NULL && activity != NULL);

  if (from->name != NULL)
    limber_activity_set_name (activity, from->name);
  if (from->sport != NULL)
    {
      g_free (activity->sport);
      activity->sport = g_strdup (from->sport);
    }
  if (from->surface != LIMBER_SURFACE_UNSET)
    activity->surface = from->surface;
  if (from->run_kind != LIMBER_RUN_EASY)
    activity->run_kind = from->run_kind;
  if (from->rpe != LIMBER_RPE_UNSET)
    activity->rpe = from->rpe;

  if (activity->start == NULL && from->start != NULL)
    activity->start = g_date_time_ref (from->start);
  if (!(activity->distance > 0) && isfinite (from->distance))
    activity->distance = from->distance;
  if (!isfinite (activity->elapsed_time))
    activity->elapsed_time = from->elapsed_time;
  if (!(activity->moving_time > 0))
    activity->moving_time = isfinite (from->moving_time) ? from->moving_time
                                                         : activity->elapsed_time;
}

/* A new activity made from the row alone, for activities without a file. */
LimberActivity *
limber_strava_row_copy_activity (const LimberStravaRow *row)
{
  LimberActivity *activity = limber_activity_new ();

  g_return_val_if_fail (row != NULL, NULL);

  limber_strava_apply_row (row, activity);
  return activity;
}
