/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-body"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-body.h"

typedef struct
{
  const char *id;
  const char *label;
  gboolean    paired;
} ZoneInfo;

static const ZoneInfo zones[LIMBER_N_ZONES] = {
  [LIMBER_ZONE_FOOT]       = { "foot",       N_("Foot"),                      TRUE },
  [LIMBER_ZONE_HEEL]       = { "heel",       N_("Heel and Achilles"),         TRUE },
  [LIMBER_ZONE_CALF]       = { "calf",       N_("Calf"),                      TRUE },
  [LIMBER_ZONE_SHIN]       = { "shin",       N_("Shin"),                      TRUE },
  [LIMBER_ZONE_KNEE]       = { "knee",       N_("Knee"),                      TRUE },
  [LIMBER_ZONE_IT_BAND]    = { "it_band",    N_("IT band and outer thigh"),   TRUE },
  [LIMBER_ZONE_QUAD]       = { "quad",       N_("Quadriceps"),                TRUE },
  [LIMBER_ZONE_HAMSTRING]  = { "hamstring",  N_("Hamstring"),                 TRUE },
  [LIMBER_ZONE_ADDUCTOR]   = { "adductor",   N_("Adductor and groin"),        TRUE },
  [LIMBER_ZONE_HIP]        = { "hip",        N_("Hip and glute"),             TRUE },
  [LIMBER_ZONE_LOWER_BACK] = { "lower_back", N_("Lower back"),                FALSE },
  [LIMBER_ZONE_UPPER_BACK] = { "upper_back", N_("Upper back"),                FALSE },
};

static const char * const side_ids[LIMBER_N_SIDES] = {
  [LIMBER_SIDE_LEFT]   = "left",
  [LIMBER_SIDE_RIGHT]  = "right",
  [LIMBER_SIDE_BOTH]   = "both",
  [LIMBER_SIDE_CENTRE] = "centre",
};

static const char * const side_labels[LIMBER_N_SIDES] = {
  [LIMBER_SIDE_LEFT]   = N_("Left"),
  [LIMBER_SIDE_RIGHT]  = N_("Right"),
  [LIMBER_SIDE_BOTH]   = N_("Both sides"),
  [LIMBER_SIDE_CENTRE] = N_("Centre"),
};

G_DEFINE_ENUM_TYPE (LimberZone, limber_zone,
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_FOOT, "foot"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_HEEL, "heel"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_CALF, "calf"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_SHIN, "shin"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_KNEE, "knee"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_IT_BAND, "it_band"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_QUAD, "quad"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_HAMSTRING, "hamstring"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_ADDUCTOR, "adductor"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_HIP, "hip"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_LOWER_BACK, "lower_back"),
  G_DEFINE_ENUM_VALUE (LIMBER_ZONE_UPPER_BACK, "upper_back"))

G_DEFINE_ENUM_TYPE (LimberSide, limber_side,
  G_DEFINE_ENUM_VALUE (LIMBER_SIDE_LEFT, "left"),
  G_DEFINE_ENUM_VALUE (LIMBER_SIDE_RIGHT, "right"),
  G_DEFINE_ENUM_VALUE (LIMBER_SIDE_BOTH, "both"),
  G_DEFINE_ENUM_VALUE (LIMBER_SIDE_CENTRE, "centre"))

const char *
limber_zone_to_id (LimberZone zone)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);

  return zones[zone].id;
}

gboolean
limber_zone_from_id (const char *id,
                     LimberZone *zone)
{
  g_return_val_if_fail (zone != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < LIMBER_N_ZONES; i++)
    {
      if (g_str_equal (id, zones[i].id))
        {
          *zone = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_zone_get_label (LimberZone zone)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);

  return _(zones[zone].label);
}

/* Whether the zone exists on both sides of the body (a calf) or only once (the lower back). */
gboolean
limber_zone_is_paired (LimberZone zone)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, FALSE);

  return zones[zone].paired;
}

const char *
limber_side_to_id (LimberSide side)
{
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);

  return side_ids[side];
}

gboolean
limber_side_from_id (const char *id,
                     LimberSide *side)
{
  g_return_val_if_fail (side != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < LIMBER_N_SIDES; i++)
    {
      if (g_str_equal (id, side_ids[i]))
        {
          *side = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_side_get_label (LimberSide side)
{
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);

  return _(side_labels[side]);
}

/* "left calf", "lower back", "both calves" style text for sentences. */
char *
limber_zone_side_describe (LimberZone zone,
                           LimberSide side)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);

  switch (side)
    {
    case LIMBER_SIDE_LEFT:
      /* Translators: a body zone on the left side, e.g. "Calf (left)" */
      return g_strdup_printf (_("%s (left)"), limber_zone_get_label (zone));
    case LIMBER_SIDE_RIGHT:
      /* Translators: a body zone on the right side, e.g. "Calf (right)" */
      return g_strdup_printf (_("%s (right)"), limber_zone_get_label (zone));
    case LIMBER_SIDE_BOTH:
      /* Translators: a body zone on both sides, e.g. "Calf (both sides)" */
      return g_strdup_printf (_("%s (both sides)"), limber_zone_get_label (zone));
    case LIMBER_SIDE_CENTRE:
    case LIMBER_N_SIDES:
    default:
      return g_strdup (limber_zone_get_label (zone));
    }
}
