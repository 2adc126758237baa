/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-hydration"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-hydration.h"

struct _LimberHydration
{
  LimberEntry parent_instance;

  double      volume;
};

G_DEFINE_FINAL_TYPE (LimberHydration, limber_hydration, LIMBER_TYPE_ENTRY)

static gboolean
limber_hydration_validate (LimberEntry  *entry,
                           GError      **error)
{
  LimberHydration *self = LIMBER_HYDRATION (entry);

  if (!isfinite (self->volume) ||
      self->volume < LIMBER_HYDRATION_MIN_ML || self->volume > LIMBER_HYDRATION_MAX_ML)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_VOLUME,
                   _("Amount must be between %.0f and %.0f ml"),
                   LIMBER_HYDRATION_MIN_ML, LIMBER_HYDRATION_MAX_ML);
      return FALSE;
    }

  return TRUE;
}

static gboolean
limber_hydration_equal (LimberEntry *entry,
                        LimberEntry *other)
{
  return fabs (LIMBER_HYDRATION (entry)->volume - LIMBER_HYDRATION (other)->volume) < 1e-6;
}

static LimberEntry *
limber_hydration_copy (LimberEntry *entry)
{
  LimberHydration *copy = limber_hydration_new ();

  copy->volume = LIMBER_HYDRATION (entry)->volume;

  return LIMBER_ENTRY (copy);
}

static void
limber_hydration_class_init (LimberHydrationClass *klass)
{
  LimberEntryClass *entry_class = LIMBER_ENTRY_CLASS (klass);

  entry_class->kind = LIMBER_ENTRY_KIND_HYDRATION;
  entry_class->validate = limber_hydration_validate;
  entry_class->equal = limber_hydration_equal;
  entry_class->copy = limber_hydration_copy;
}

static void
limber_hydration_init (LimberHydration *self)
{
}

LimberHydration *
limber_hydration_new (void)
{
  return g_object_new (LIMBER_TYPE_HYDRATION, NULL);
}

/* Millilitres. */
double
limber_hydration_get_volume (LimberHydration *self)
{
  g_return_val_if_fail (LIMBER_IS_HYDRATION (self), 0);

  return self->volume;
}

void
limber_hydration_set_volume (LimberHydration *self,
                             double           millilitres)
{
  g_return_if_fail (LIMBER_IS_HYDRATION (self));

  self->volume = millilitres;
}
