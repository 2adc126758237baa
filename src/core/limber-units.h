/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Distances are stored in metres; the user sees kilometres or miles. */
typedef enum
{
  LIMBER_UNITS_KM,
  LIMBER_UNITS_MILES,
} LimberUnits;

#define LIMBER_METRES_PER_MILE 1609.344

double      limber_units_to_display        (LimberUnits   units,
                                            double        metres);
double      limber_units_from_display      (LimberUnits   units,
                                            double        value);
const char *limber_units_get_symbol        (LimberUnits   units);
char       *limber_units_format_distance   (LimberUnits   units,
                                            double        metres);
char       *limber_units_format_pace       (LimberUnits   units,
                                            double        seconds_per_km);
gboolean    limber_units_parse_distance    (LimberUnits   units,
                                            const char   *text,
                                            double       *metres);
gboolean    limber_units_parse_number      (const char   *text,
                                            double       *value);
char       *limber_units_format_volume     (double        millilitres);

G_END_DECLS
