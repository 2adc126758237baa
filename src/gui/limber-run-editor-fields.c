/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-run-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "limber-run-editor-private.h"

/* The texts of the run editor's fields: what a person types, read into a run's values, and
 * a run's values written back as text. A text that cannot be read sets an error with the
 * code of its field and a message saying what to type. */

gboolean
limber_run_editor_is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }

  return TRUE;
}

/* @value with the locale's decimal mark and at most @digits decimals, without trailing
 * zeros: "10", "10.5", "-3". */
char *
limber_run_editor_format_number (double value,
                                 int    digits)
{
  char *text = g_strdup_printf ("%.*f", digits, value);
  char *end = text + strlen (text);

  g_assert (digits > 0);

  while (end > text && end[-1] == '0')
    end--;
  if (end > text && !g_ascii_isdigit (end[-1]))
    end = g_utf8_find_prev_char (text, end);
  *end = '\0';

  return text;
}

/* "48:10" under an hour, "1:05:30" from an hour up. */
char *
limber_run_editor_format_duration (double seconds)
{
  gint64 s = llround (seconds);

  if (s < 3600)
    return g_strdup_printf ("%d:%02d", (int) (s / 60), (int) (s % 60));

  return limber_duration_format (seconds);
}

/* The time of day now, to the nearest five minutes. */
int
limber_run_editor_now_rounded (void)
{
  int seconds = limber_time_now ();

  return MIN ((seconds + 150) / 300 * 300, 86400 - 300);
}

/* -1 when @text is empty. */
gboolean
limber_run_editor_read_time (const char  *text,
                             int         *seconds,
                             GError     **error)
{
  *seconds = -1;
  if (limber_run_editor_is_blank (text) || limber_time_parse (text, seconds))
    return TRUE;

  g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TIME,
                       _("Start time: type hours and minutes, like 07:30, or leave it empty"));
  return FALSE;
}

gboolean
limber_run_editor_read_distance (LimberUnits   units,
                                 const char   *text,
                                 double       *metres,
                                 GError      **error)
{
  gboolean miles = units == LIMBER_UNITS_MILES;

  if (limber_run_editor_is_blank (text))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DISTANCE,
                           miles ? _("Type the distance in miles")
                                 : _("Type the distance in kilometres"));
      return FALSE;
    }

  if (!limber_units_parse_distance (units, text, metres))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DISTANCE,
                           miles ? _("Distance: type a number of miles, like 6.2")
                                 : _("Distance: type a number of kilometres, like 10.5"));
      return FALSE;
    }

  return TRUE;
}

gboolean
limber_run_editor_read_duration (const char  *text,
                                 double      *seconds,
                                 GError     **error)
{
  if (limber_run_editor_is_blank (text))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                           _("Type how long you ran, like 48:10"));
      return FALSE;
    }

  if (!limber_duration_parse (text, seconds))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                           _("Duration: type minutes and seconds, like 48:10, or hours, "
                             "minutes and seconds, like 1:05:30"));
      return FALSE;
    }

  return TRUE;
}

/* An optional number: NAN when @text is empty, else @message with @code. */
static gboolean
read_optional (const char        *text,
               double            *value,
               LimberEntryError   code,
               const char        *message,
               GError           **error)
{
  *value = NAN;
  if (limber_run_editor_is_blank (text) || limber_units_parse_number (text, value))
    return TRUE;

  *value = NAN;
  g_set_error_literal (error, LIMBER_ENTRY_ERROR, code, message);
  return FALSE;
}

gboolean
limber_run_editor_read_temperature (const char  *text,
                                    double      *celsius,
                                    GError     **error)
{
  return read_optional (text, celsius, LIMBER_ENTRY_ERROR_TEMPERATURE,
                        _("Temperature: type degrees Celsius, like 18 or -2.5, or leave it empty"),
                        error);
}

gboolean
limber_run_editor_read_elevation_gain (const char  *text,
                                       double      *metres,
                                       GError     **error)
{
  return read_optional (text, metres, LIMBER_ENTRY_ERROR_ELEVATION_GAIN,
                        _("Elevation gain: type the metres climbed, like 120, or leave it "
                          "empty"),
                        error);
}

gboolean
limber_run_editor_read_heart_rate (const char  *text,
                                   double      *bpm,
                                   GError     **error)
{
  return read_optional (text, bpm, LIMBER_ENTRY_ERROR_HEART_RATE,
                        _("Average heart rate: type beats a minute, like 148, or leave it "
                          "empty"),
                        error);
}
