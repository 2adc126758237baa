/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Body zones a runner can log soreness for. The order is the order shown to users.
 * The string ids ("calf") are stable: they are stored in the journal and in CSV files. */
typedef enum
{
  LIMBER_ZONE_FOOT,
  LIMBER_ZONE_HEEL,
  LIMBER_ZONE_CALF,
  LIMBER_ZONE_SHIN,
  LIMBER_ZONE_KNEE,
  LIMBER_ZONE_IT_BAND,
  LIMBER_ZONE_QUAD,
  LIMBER_ZONE_HAMSTRING,
  LIMBER_ZONE_ADDUCTOR,
  LIMBER_ZONE_HIP,
  LIMBER_ZONE_LOWER_BACK,
  LIMBER_ZONE_UPPER_BACK,
  LIMBER_N_ZONES
} LimberZone;

typedef enum
{
  LIMBER_SIDE_LEFT,
  LIMBER_SIDE_RIGHT,
  LIMBER_SIDE_BOTH,
  LIMBER_SIDE_CENTRE,
  LIMBER_N_SIDES
} LimberSide;

#define LIMBER_TYPE_ZONE (limber_zone_get_type ())
#define LIMBER_TYPE_SIDE (limber_side_get_type ())

GType        limber_zone_get_type   (void) G_GNUC_CONST;
GType        limber_side_get_type   (void) G_GNUC_CONST;

const char  *limber_zone_to_id      (LimberZone  zone);
gboolean     limber_zone_from_id    (const char *id,
                                     LimberZone *zone);
const char  *limber_zone_get_label  (LimberZone  zone);
gboolean     limber_zone_is_paired  (LimberZone  zone);

const char  *limber_side_to_id      (LimberSide  side);
gboolean     limber_side_from_id    (const char *id,
                                     LimberSide *side);
const char  *limber_side_get_label  (LimberSide  side);

char        *limber_zone_side_describe (LimberZone zone,
                                        LimberSide side);

G_END_DECLS
