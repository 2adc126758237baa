/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-date"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "limber-date.h"

LimberDay
limber_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return limber_day_from_date_time (now);
}

/* The day @date_time falls on, in its own time zone. */
LimberDay
limber_day_from_date_time (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, LIMBER_DAY_INVALID);

  return limber_day_from_ymd (g_date_time_get_year (date_time),
                              g_date_time_get_month (date_time),
                              g_date_time_get_day_of_month (date_time));
}

/**
 * limber_day_to_date_time:
 *
 * Returns: (transfer full): local noon of @day, safe from daylight-saving edges (for a
 *   GtkCalendar, say)
 */
GDateTime *
limber_day_to_date_time (LimberDay day)
{
  GDate date;

  g_return_val_if_fail (day != LIMBER_DAY_INVALID, NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
}

/* Seconds since local midnight. */
int
limber_time_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 3600 + g_date_time_get_minute (now) * 60 +
         g_date_time_get_second (now);
}

LimberDay
limber_day_from_ymd (int year,
                     int month,
                     int day)
{
  GDate date;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return LIMBER_DAY_INVALID;
  if (!g_date_valid_dmy (day, month, year))
    return LIMBER_DAY_INVALID;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }

  *value = v;
  return TRUE;
}

/* Strict YYYY-MM-DD, the only date form of files and the command line. */
gboolean
limber_day_parse_iso (const char *text,
                      LimberDay  *day)
{
  int y, m, d;
  LimberDay result;

  g_return_val_if_fail (day != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;

  result = limber_day_from_ymd (y, m, d);
  if (result == LIMBER_DAY_INVALID)
    return FALSE;

  *day = result;
  return TRUE;
}

char *
limber_day_to_iso (LimberDay day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Formats with g_date_time_format () conventions, in the user's locale. */
char *
limber_day_format (LimberDay   day,
                   const char *format)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);

  return g_date_time_format (dt, format);
}

LimberDay
limber_day_week_start (LimberDay day)
{
  g_return_val_if_fail (day >= 1, LIMBER_DAY_INVALID);

  return day - limber_day_weekday (day);
}

/* 0 is Monday, 6 is Sunday. */
guint
limber_day_weekday (LimberDay day)
{
  g_return_val_if_fail (day >= 1, 0);

  return (day - 1) % 7;
}

/* "7:05" or "07:05" or "7:05:30", into seconds since midnight; "7:5" is refused. */
gboolean
limber_time_parse (const char *text,
                   int        *seconds)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  int values[3] = { 0, 0, 0 };
  guint n;

  g_return_val_if_fail (seconds != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  parts = g_strsplit (copy, ":", -1);
  n = g_strv_length (parts);
  if (n < 2 || n > 3)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint len = strlen (parts[i]);

      /* Hours may take one digit; minutes and seconds take two ("7:5" is ambiguous). */
      if (len < (i == 0 ? 1 : 2) || len > 2 || !parse_digits (parts[i], len, &values[i]))
        return FALSE;
    }

  if (values[0] > 23 || values[1] > 59 || values[2] > 59)
    return FALSE;

  *seconds = values[0] * 3600 + values[1] * 60 + values[2];
  return TRUE;
}

char *
limber_time_format (int seconds)
{
  g_return_val_if_fail (seconds >= 0 && seconds < 86400, NULL);

  if (seconds % 60 != 0)
    return g_strdup_printf ("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);

  return g_strdup_printf ("%02d:%02d", seconds / 3600, (seconds / 60) % 60);
}

/* Accepts "H:MM:SS", "MM:SS" and plain minutes ("45" or "45.5"). */
gboolean
limber_duration_parse (const char *text,
                       double     *seconds)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  double total = 0;
  guint n;

  g_return_val_if_fail (seconds != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  if (strchr (copy, ':') == NULL)
    {
      char *end = NULL;
      double minutes = g_ascii_strtod (copy, &end);

      if (end == copy || *end != '\0' || !isfinite (minutes) || minutes < 0)
        return FALSE;

      *seconds = minutes * 60.0;
      return TRUE;
    }

  parts = g_strsplit (copy, ":", -1);
  n = g_strv_length (parts);
  if (n < 2 || n > 3)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint len = strlen (parts[i]);
      int value;

      if (len < 1 || len > 3 || !parse_digits (parts[i], len, &value))
        return FALSE;
      /* Minutes and seconds after the first field stay below 60. */
      if (i > 0 && (len != 2 || value > 59))
        return FALSE;

      total = total * 60 + value;
    }

  *seconds = total;
  return TRUE;
}

char *
limber_duration_format (double seconds)
{
  gint64 s;

  g_return_val_if_fail (seconds >= 0, NULL);

  s = (gint64) llround (seconds);

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d",
                          s / 3600, (int) ((s / 60) % 60), (int) (s % 60));
}

/* "5:12" from 312 seconds per kilometre (or per mile: the caller chooses the unit). */
char *
limber_pace_format (double seconds_per_km)
{
  gint64 s;

  g_return_val_if_fail (seconds_per_km >= 0, NULL);

  s = (gint64) llround (seconds_per_km);

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", s / 60, (int) (s % 60));
}
