/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-soreness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-soreness.h"

struct _LimberSoreness
{
  LimberEntry    parent_instance;

  LimberZone     zone;
  LimberSide     side;
  LimberQuality  quality;
  int            level;
  guint          limits_walking : 1;
  guint          disturbs_sleep : 1;
};

G_DEFINE_FINAL_TYPE (LimberSoreness, limber_soreness, LIMBER_TYPE_ENTRY)

static const struct { const char *id; const char *label; } qualities[LIMBER_N_QUALITIES] = {
  [LIMBER_QUALITY_ACHE]     = { "ache",     N_("Ache") },
  [LIMBER_QUALITY_TIGHT]    = { "tight",    N_("Tight") },
  [LIMBER_QUALITY_SHARP]    = { "sharp",    N_("Sharp") },
  [LIMBER_QUALITY_NUMBNESS] = { "numbness", N_("Numbness or tingling") },
};

static gboolean
limber_soreness_validate (LimberEntry  *entry,
                          GError      **error)
{
  LimberSoreness *self = LIMBER_SORENESS (entry);

  if ((guint) self->zone >= LIMBER_N_ZONES)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_ZONE,
                           _("Zone must be one of the body zones of the body map"));
      return FALSE;
    }

  if ((guint) self->side >= LIMBER_N_SIDES)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SIDE,
                           _("Side must be left, right, both or centre"));
      return FALSE;
    }

  /* A calf is on the left or the right; only the back has a centre. */
  if (limber_zone_is_paired (self->zone) && self->side == LIMBER_SIDE_CENTRE)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SIDE,
                   _("Side must be left, right or both for the zone “%s”"),
                   limber_zone_get_label (self->zone));
      return FALSE;
    }

  if (self->level < 0 || self->level > 10)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_LEVEL,
                           _("Soreness level must be between 0 and 10"));
      return FALSE;
    }

  if ((guint) self->quality >= LIMBER_N_QUALITIES)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_QUALITY,
                           _("Quality must be ache, tight, sharp or numbness"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
limber_soreness_equal (LimberEntry *entry,
                       LimberEntry *other_entry)
{
  LimberSoreness *self = LIMBER_SORENESS (entry);
  LimberSoreness *other = LIMBER_SORENESS (other_entry);

  return self->zone == other->zone &&
         self->side == other->side &&
         self->level == other->level &&
         self->quality == other->quality &&
         self->limits_walking == other->limits_walking &&
         self->disturbs_sleep == other->disturbs_sleep;
}

static LimberEntry *
limber_soreness_copy (LimberEntry *entry)
{
  LimberSoreness *self = LIMBER_SORENESS (entry);
  LimberSoreness *copy = limber_soreness_new ();

  copy->zone = self->zone;
  copy->side = self->side;
  copy->level = self->level;
  copy->quality = self->quality;
  copy->limits_walking = self->limits_walking;
  copy->disturbs_sleep = self->disturbs_sleep;

  return LIMBER_ENTRY (copy);
}

static void
limber_soreness_class_init (LimberSorenessClass *klass)
{
  LimberEntryClass *entry_class = LIMBER_ENTRY_CLASS (klass);

  entry_class->kind = LIMBER_ENTRY_KIND_SORENESS;
  entry_class->validate = limber_soreness_validate;
  entry_class->equal = limber_soreness_equal;
  entry_class->copy = limber_soreness_copy;
}

static void
limber_soreness_init (LimberSoreness *self)
{
  self->zone = LIMBER_ZONE_CALF;
  self->side = LIMBER_SIDE_BOTH;
  self->quality = LIMBER_QUALITY_ACHE;
}

LimberSoreness *
limber_soreness_new (void)
{
  return g_object_new (LIMBER_TYPE_SORENESS, NULL);
}

LimberZone
limber_soreness_get_zone (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), 0);

  return self->zone;
}

void
limber_soreness_set_zone (LimberSoreness *self,
                          LimberZone      zone)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->zone = zone;
}

LimberSide
limber_soreness_get_side (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), 0);

  return self->side;
}

void
limber_soreness_set_side (LimberSoreness *self,
                          LimberSide      side)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->side = side;
}

int
limber_soreness_get_level (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), 0);

  return self->level;
}

void
limber_soreness_set_level (LimberSoreness *self,
                           int             level)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->level = level;
}

LimberQuality
limber_soreness_get_quality (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), 0);

  return self->quality;
}

void
limber_soreness_set_quality (LimberSoreness *self,
                             LimberQuality   quality)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->quality = quality;
}

gboolean
limber_soreness_get_limits_walking (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), FALSE);

  return self->limits_walking;
}

void
limber_soreness_set_limits_walking (LimberSoreness *self,
                                    gboolean        limits_walking)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->limits_walking = !!limits_walking;
}

gboolean
limber_soreness_get_disturbs_sleep (LimberSoreness *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS (self), FALSE);

  return self->disturbs_sleep;
}

void
limber_soreness_set_disturbs_sleep (LimberSoreness *self,
                                    gboolean        disturbs_sleep)
{
  g_return_if_fail (LIMBER_IS_SORENESS (self));

  self->disturbs_sleep = !!disturbs_sleep;
}

const char *
limber_quality_to_id (LimberQuality quality)
{
  g_return_val_if_fail (quality < LIMBER_N_QUALITIES, NULL);

  return qualities[quality].id;
}

gboolean
limber_quality_from_id (const char    *id,
                        LimberQuality *quality)
{
  g_return_val_if_fail (quality != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_N_QUALITIES; i++)
    {
      if (g_str_equal (id, qualities[i].id))
        {
          *quality = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_quality_get_label (LimberQuality quality)
{
  g_return_val_if_fail (quality < LIMBER_N_QUALITIES, NULL);

  return _(qualities[quality].label);
}

/* Words for the 0–10 pain scale, with the pain-monitoring bands (0–3, 4–5, over 5). */
const char *
limber_soreness_level_get_label (int level)
{
  if (level <= 0)
    /* Translators: a soreness level of 0 on the 0–10 scale */
    return C_("soreness level", "None");
  if (level <= 3)
    /* Translators: a soreness level of 1 to 3 on the 0–10 scale */
    return C_("soreness level", "Mild");
  if (level <= 5)
    /* Translators: a soreness level of 4 or 5 on the 0–10 scale */
    return C_("soreness level", "Moderate");
  if (level <= 7)
    /* Translators: a soreness level of 6 or 7 on the 0–10 scale */
    return C_("soreness level", "Strong");
  /* Translators: a soreness level of 8 to 10 on the 0–10 scale */
  return C_("soreness level", "Severe");
}
