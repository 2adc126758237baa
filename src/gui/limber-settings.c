/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-settings"

#include "config.h"

#include "limber-settings.h"

/* Reading Preferences into the core's plain arguments: the core never sees GSettings. */

LimberUnits
limber_settings_get_units (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), LIMBER_UNITS_KM);

  return g_settings_get_enum (settings, "units") == 1 ? LIMBER_UNITS_MILES : LIMBER_UNITS_KM;
}

void
limber_settings_get_advisor_options (GSettings            *settings,
                                     LimberAdvisorOptions *options)
{
  g_autofree char *next_race = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  limber_advisor_options_init (options);
  options->weekly_target = g_settings_get_uint (settings, "weekly-fascia-target");
  options->daily_water_ml = g_settings_get_double (settings, "daily-water-target") * 1000.0;
  options->miles = limber_settings_get_units (settings) == LIMBER_UNITS_MILES;

  next_race = g_settings_get_string (settings, "next-race");
  if (*next_race != '\0' && !limber_day_parse_iso (next_race, &options->next_race))
    g_warning ("Ignoring the next-race setting “%s”: it is not a YYYY-MM-DD date", next_race);
}

/* Whether a change of @key changes what the advisor says or how numbers are shown: the
 * keys the two functions above read. Pages watching the settings refresh only then. */
gboolean
limber_settings_key_changes_advice (const char *key)
{
  static const char * const keys[] = {
    "units", "weekly-fascia-target", "daily-water-target", "next-race", NULL,
  };

  g_return_val_if_fail (key != NULL, FALSE);

  return g_strv_contains (keys, key);
}
