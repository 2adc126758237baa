/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-units"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "limber-date.h"
#include "limber-units.h"

double
limber_units_to_display (LimberUnits units,
                         double      metres)
{
  return units == LIMBER_UNITS_MILES ? metres / LIMBER_METRES_PER_MILE : metres / 1000.0;
}

double
limber_units_from_display (LimberUnits units,
                           double      value)
{
  return units == LIMBER_UNITS_MILES ? value * LIMBER_METRES_PER_MILE : value * 1000.0;
}

const char *
limber_units_get_symbol (LimberUnits units)
{
  /* Translators: the symbols of the distance units */
  return units == LIMBER_UNITS_MILES ? _("mi") : _("km");
}

/**
 * limber_units_format_distance:
 *
 * Formats @metres as "12.3 km" or "7.6 mi" with the locale's decimal mark.
 */
char *
limber_units_format_distance (LimberUnits units,
                              double      metres)
{
  double value = limber_units_to_display (units, metres);

  if (units == LIMBER_UNITS_MILES)
    /* Translators: a distance in miles */
    return g_strdup_printf (_("%.1f mi"), value);

  /* Translators: a distance in kilometres */
  return g_strdup_printf (_("%.1f km"), value);
}

/**
 * limber_units_format_pace:
 *
 * Formats a pace given in seconds per kilometre as "5:30 /km" or "8:51 /mi".
 */
char *
limber_units_format_pace (LimberUnits units,
                          double      seconds_per_km)
{
  g_autofree char *pace = NULL;

  if (!isfinite (seconds_per_km) || seconds_per_km <= 0)
    return g_strdup ("–");

  if (units == LIMBER_UNITS_MILES)
    {
      pace = limber_pace_format (seconds_per_km * LIMBER_METRES_PER_MILE / 1000.0);
      /* Translators: a pace in minutes per mile, like "8:51 /mi" */
      return g_strdup_printf (_("%s /mi"), pace);
    }

  pace = limber_pace_format (seconds_per_km);
  /* Translators: a pace in minutes per kilometre, like "5:30 /km" */
  return g_strdup_printf (_("%s /km"), pace);
}

/**
 * limber_units_parse_number:
 *
 * Reads a plain decimal number typed by a person: the C decimal point and the locale's
 * decimal mark are both accepted ("12.5", "12,5"), surrounding spaces are ignored.
 */
gboolean
limber_units_parse_number (const char *text,
                           double     *value)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  /* A comma is a decimal mark in most locales; nobody types thousands separators here. */
  g_strdelimit (copy, ",", '.');

  v = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (v))
    return FALSE;

  *value = v;
  return TRUE;
}

/**
 * limber_units_parse_distance:
 *
 * Reads a distance typed in @units ("10", "10.5", "10,5"; an optional trailing unit symbol
 * "km" or "mi" overrides @units) into metres. Negative numbers are read too: the range
 * belongs to the entry's validation, which names it.
 */
gboolean
limber_units_parse_distance (LimberUnits  units,
                             const char  *text,
                             double      *metres)
{
  g_autofree char *copy = NULL;
  gsize len;
  double value;

  g_return_val_if_fail (metres != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_ascii_strdown (text, -1));
  len = strlen (copy);

  if (len > 2 && g_str_has_suffix (copy, "km"))
    {
      units = LIMBER_UNITS_KM;
      copy[len - 2] = '\0';
    }
  else if (len > 2 && g_str_has_suffix (copy, "mi"))
    {
      units = LIMBER_UNITS_MILES;
      copy[len - 2] = '\0';
    }

  if (!limber_units_parse_number (copy, &value))
    return FALSE;

  *metres = limber_units_from_display (units, value);
  return TRUE;
}

/**
 * limber_units_format_volume:
 *
 * Formats millilitres as "750 ml" below a litre and "1.8 l" from one litre up.
 */
char *
limber_units_format_volume (double millilitres)
{
  if (millilitres < 1000.0)
    /* Translators: a volume of water in millilitres */
    return g_strdup_printf (_("%.0f ml"), millilitres);

  /* Translators: a volume of water in litres */
  return g_strdup_printf (_("%.1f l"), millilitres / 1000.0);
}
