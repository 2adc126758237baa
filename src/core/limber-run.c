/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-run"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-run.h"

struct _LimberRun
{
  LimberEntry    parent_instance;

  double         distance;
  double         duration;
  double         temperature;
  double         elevation_gain;
  double         avg_heart_rate;
  char          *shoes;
  int            rpe;
  LimberRunKind  kind;
  LimberSurface  surface;
};

G_DEFINE_FINAL_TYPE (LimberRun, limber_run, LIMBER_TYPE_ENTRY)

static const struct { const char *id; const char *label; } run_kinds[LIMBER_N_RUN_KINDS] = {
  [LIMBER_RUN_EASY]      = { "easy",      N_("Easy") },
  [LIMBER_RUN_LONG]      = { "long",      N_("Long run") },
  [LIMBER_RUN_TEMPO]     = { "tempo",     N_("Tempo") },
  [LIMBER_RUN_INTERVALS] = { "intervals", N_("Intervals") },
  [LIMBER_RUN_RACE]      = { "race",      N_("Race") },
  [LIMBER_RUN_RECOVERY]  = { "recovery",  N_("Recovery") },
  [LIMBER_RUN_OTHER]     = { "other",     N_("Other") },
};

static const struct { const char *id; const char *label; } surfaces[LIMBER_N_SURFACES] = {
  [LIMBER_SURFACE_UNSET]     = { "",          N_("Not set") },
  [LIMBER_SURFACE_ROAD]      = { "road",      N_("Road") },
  [LIMBER_SURFACE_TRAIL]     = { "trail",     N_("Trail") },
  [LIMBER_SURFACE_TRACK]     = { "track",     N_("Track") },
  [LIMBER_SURFACE_TREADMILL] = { "treadmill", N_("Treadmill") },
  [LIMBER_SURFACE_OTHER]     = { "other",     N_("Other") },
};

/* Words for the 0–10 effort scale (modified Borg CR-10, as runners use it). */
static const char * const rpe_labels[11] = {
  N_("Rest"), N_("Very easy"), N_("Easy"), N_("Moderate"), N_("Somewhat hard"), N_("Hard"),
  N_("Hard"), N_("Very hard"), N_("Very hard"), N_("Extremely hard"), N_("Maximal"),
};

/* An optional number: NAN when not known. */
static gboolean
is_unset_or_within (double value,
                    double min,
                    double max)
{
  return isnan (value) || (isfinite (value) && value >= min && value <= max);
}

static gboolean
limber_run_validate (LimberEntry  *entry,
                     GError      **error)
{
  LimberRun *self = LIMBER_RUN (entry);

  if (!isfinite (self->distance) ||
      self->distance < LIMBER_RUN_MIN_DISTANCE_M || self->distance > LIMBER_RUN_MAX_DISTANCE_M)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DISTANCE,
                   _("Distance must be between %.1f and %.0f km"),
                   LIMBER_RUN_MIN_DISTANCE_M / 1000.0, LIMBER_RUN_MAX_DISTANCE_M / 1000.0);
      return FALSE;
    }

  if (!isfinite (self->duration) ||
      self->duration < LIMBER_RUN_MIN_DURATION_S || self->duration > LIMBER_RUN_MAX_DURATION_S)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                   _("Duration must be between 1 minute and %.0f hours"),
                   LIMBER_RUN_MAX_DURATION_S / 3600.0);
      return FALSE;
    }

  if (!limber_run_check_pace (self->distance, self->duration, LIMBER_UNITS_KM, error))
    return FALSE;

  if (self->rpe != LIMBER_RPE_UNSET && (self->rpe < 0 || self->rpe > 10))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_RPE,
                           _("Effort must be between 0 and 10"));
      return FALSE;
    }

  if ((guint) self->kind >= LIMBER_N_RUN_KINDS)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_RUN_KIND,
                           _("Kind must be easy, long, tempo, intervals, race, recovery or other"));
      return FALSE;
    }

  if ((guint) self->surface >= LIMBER_N_SURFACES)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SURFACE,
                           _("Surface must be road, trail, track, treadmill or other"));
      return FALSE;
    }

  if (!isnan (self->temperature) &&
      (!isfinite (self->temperature) ||
       self->temperature < LIMBER_RUN_MIN_TEMPERATURE ||
       self->temperature > LIMBER_RUN_MAX_TEMPERATURE))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TEMPERATURE,
                   _("Temperature must be between %.0f and %.0f °C"),
                   LIMBER_RUN_MIN_TEMPERATURE, LIMBER_RUN_MAX_TEMPERATURE);
      return FALSE;
    }

  if (self->shoes != NULL && g_utf8_strlen (self->shoes, -1) > LIMBER_RUN_SHOES_MAX)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SHOES,
                   _("Shoes must be at most %d characters"), LIMBER_RUN_SHOES_MAX);
      return FALSE;
    }

  if (!is_unset_or_within (self->elevation_gain, 0, LIMBER_RUN_MAX_ELEVATION_GAIN_M))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_ELEVATION_GAIN,
                   _("Elevation gain must be between 0 and %.0f m"),
                   LIMBER_RUN_MAX_ELEVATION_GAIN_M);
      return FALSE;
    }

  if (!is_unset_or_within (self->avg_heart_rate, LIMBER_RUN_MIN_HEART_RATE,
                           LIMBER_RUN_MAX_HEART_RATE))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_HEART_RATE,
                   _("Average heart rate must be between %.0f and %.0f bpm"),
                   LIMBER_RUN_MIN_HEART_RATE, LIMBER_RUN_MAX_HEART_RATE);
      return FALSE;
    }

  return TRUE;
}

static gboolean
same_double (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);

  return fabs (a - b) < 1e-6;
}

static gboolean
limber_run_equal (LimberEntry *entry,
                  LimberEntry *other_entry)
{
  LimberRun *self = LIMBER_RUN (entry);
  LimberRun *other = LIMBER_RUN (other_entry);

  return same_double (self->distance, other->distance) &&
         same_double (self->duration, other->duration) &&
         same_double (self->temperature, other->temperature) &&
         same_double (self->elevation_gain, other->elevation_gain) &&
         same_double (self->avg_heart_rate, other->avg_heart_rate) &&
         self->rpe == other->rpe &&
         self->kind == other->kind &&
         self->surface == other->surface &&
         g_strcmp0 (self->shoes, other->shoes) == 0;
}

static LimberEntry *
limber_run_copy (LimberEntry *entry)
{
  LimberRun *self = LIMBER_RUN (entry);
  LimberRun *copy = limber_run_new ();

  copy->distance = self->distance;
  copy->duration = self->duration;
  copy->temperature = self->temperature;
  copy->elevation_gain = self->elevation_gain;
  copy->avg_heart_rate = self->avg_heart_rate;
  copy->shoes = g_strdup (self->shoes);
  copy->rpe = self->rpe;
  copy->kind = self->kind;
  copy->surface = self->surface;

  return LIMBER_ENTRY (copy);
}

static void
limber_run_finalize (GObject *object)
{
  LimberRun *self = (LimberRun *)object;

  g_clear_pointer (&self->shoes, g_free);

  G_OBJECT_CLASS (limber_run_parent_class)->finalize (object);
}

static void
limber_run_class_init (LimberRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LimberEntryClass *entry_class = LIMBER_ENTRY_CLASS (klass);

  object_class->finalize = limber_run_finalize;

  entry_class->kind = LIMBER_ENTRY_KIND_RUN;
  entry_class->validate = limber_run_validate;
  entry_class->equal = limber_run_equal;
  entry_class->copy = limber_run_copy;
}

static void
limber_run_init (LimberRun *self)
{
  self->rpe = LIMBER_RPE_UNSET;
  self->kind = LIMBER_RUN_EASY;
  self->surface = LIMBER_SURFACE_UNSET;
  self->temperature = NAN;
  self->elevation_gain = NAN;
  self->avg_heart_rate = NAN;
}

LimberRun *
limber_run_new (void)
{
  return g_object_new (LIMBER_TYPE_RUN, NULL);
}

/* Metres. */
double
limber_run_get_distance (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), 0);

  return self->distance;
}

void
limber_run_set_distance (LimberRun *self,
                         double     metres)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->distance = metres;
}

/* Seconds. */
double
limber_run_get_duration (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), 0);

  return self->duration;
}

void
limber_run_set_duration (LimberRun *self,
                         double     seconds)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->duration = seconds;
}

/* 0–10, or LIMBER_RPE_UNSET. */
int
limber_run_get_rpe (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), LIMBER_RPE_UNSET);

  return self->rpe;
}

void
limber_run_set_rpe (LimberRun *self,
                    int        rpe)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->rpe = rpe;
}

LimberRunKind
limber_run_get_run_kind (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), LIMBER_RUN_OTHER);

  return self->kind;
}

void
limber_run_set_run_kind (LimberRun     *self,
                         LimberRunKind  kind)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->kind = kind;
}

LimberSurface
limber_run_get_surface (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), LIMBER_SURFACE_UNSET);

  return self->surface;
}

void
limber_run_set_surface (LimberRun     *self,
                        LimberSurface  surface)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->surface = surface;
}

gboolean
limber_run_has_temperature (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), FALSE);

  return !isnan (self->temperature);
}

/* °C, NAN when not set. */
double
limber_run_get_temperature (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), NAN);

  return self->temperature;
}

void
limber_run_set_temperature (LimberRun *self,
                            double     celsius)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->temperature = celsius;
}

void
limber_run_unset_temperature (LimberRun *self)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->temperature = NAN;
}

const char *
limber_run_get_shoes (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), NULL);

  return self->shoes;
}

void
limber_run_set_shoes (LimberRun  *self,
                      const char *shoes)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  if (shoes != NULL && *shoes == '\0')
    shoes = NULL;

  if (g_strcmp0 (self->shoes, shoes) == 0)
    return;

  g_free (self->shoes);
  self->shoes = g_strdup (shoes);
}

gboolean
limber_run_has_elevation_gain (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), FALSE);

  return !isnan (self->elevation_gain);
}

/* Metres climbed over the run, NAN when not known. */
double
limber_run_get_elevation_gain (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), NAN);

  return self->elevation_gain;
}

void
limber_run_set_elevation_gain (LimberRun *self,
                               double     metres)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->elevation_gain = metres;
}

void
limber_run_unset_elevation_gain (LimberRun *self)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->elevation_gain = NAN;
}

gboolean
limber_run_has_avg_heart_rate (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), FALSE);

  return !isnan (self->avg_heart_rate);
}

/* Beats a minute over the whole run, NAN when not known. */
double
limber_run_get_avg_heart_rate (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), NAN);

  return self->avg_heart_rate;
}

void
limber_run_set_avg_heart_rate (LimberRun *self,
                               double     bpm)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->avg_heart_rate = bpm;
}

void
limber_run_unset_avg_heart_rate (LimberRun *self)
{
  g_return_if_fail (LIMBER_IS_RUN (self));

  self->avg_heart_rate = NAN;
}

/* Seconds per kilometre, 0 when the distance is not set. */
double
limber_run_get_pace (LimberRun *self)
{
  g_return_val_if_fail (LIMBER_IS_RUN (self), 0);

  if (self->distance <= 0)
    return 0;

  return self->duration / (self->distance / 1000.0);
}

const char *
limber_run_kind_to_id (LimberRunKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_RUN_KINDS, NULL);

  return run_kinds[kind].id;
}

gboolean
limber_run_kind_from_id (const char    *id,
                         LimberRunKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_N_RUN_KINDS; i++)
    {
      if (g_str_equal (id, run_kinds[i].id))
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_run_kind_get_label (LimberRunKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_RUN_KINDS, NULL);

  return _(run_kinds[kind].label);
}

/* "" for LIMBER_SURFACE_UNSET. */
const char *
limber_surface_to_id (LimberSurface surface)
{
  g_return_val_if_fail (surface < LIMBER_N_SURFACES, NULL);

  return surfaces[surface].id;
}

/* NULL and "" give LIMBER_SURFACE_UNSET. */
gboolean
limber_surface_from_id (const char    *id,
                        LimberSurface *surface)
{
  g_return_val_if_fail (surface != NULL, FALSE);

  if (id == NULL)
    {
      *surface = LIMBER_SURFACE_UNSET;
      return TRUE;
    }

  for (guint i = 0; i < LIMBER_N_SURFACES; i++)
    {
      if (g_str_equal (id, surfaces[i].id))
        {
          *surface = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_surface_get_label (LimberSurface surface)
{
  g_return_val_if_fail (surface < LIMBER_N_SURFACES, NULL);

  return _(surfaces[surface].label);
}

const char *
limber_rpe_get_label (int rpe)
{
  if (rpe < 0 || rpe > 10)
    return _("Not set");

  return _(rpe_labels[rpe]);
}

/**
 * limber_run_check_pace:
 * @metres: the distance, in range
 * @seconds: the duration, in range
 * @units: the units the message speaks
 *
 * Checks that a distance in a duration is a pace a person can run: faster than any human
 * or slower than a walk is a typing slip.
 *
 * Returns: %TRUE if the pace is possible; else %FALSE with a message naming the allowed pace
 *   in @units
 */
gboolean
limber_run_check_pace (double        metres,
                       double        seconds,
                       LimberUnits   units,
                       GError      **error)
{
  double speed;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (seconds > 0, FALSE);

  speed = metres / seconds;
  if (speed > LIMBER_RUN_MAX_SPEED_M_S)
    {
      limit = limber_units_format_pace (units, 1000.0 / LIMBER_RUN_MAX_SPEED_M_S);
      /* Translators: %s is a pace such as "1:23 /km" or "2:14 /mi" */
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                   _("Duration is too short for the distance: the pace must be slower than %s"),
                   limit);
      return FALSE;
    }

  if (speed < LIMBER_RUN_MIN_SPEED_M_S)
    {
      limit = limber_units_format_pace (units, 1000.0 / LIMBER_RUN_MIN_SPEED_M_S);
      /* Translators: %s is a pace such as "60:00 /km" or "96:34 /mi" */
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                   _("Duration is too long for the distance: the pace must be faster than %s"),
                   limit);
      return FALSE;
    }

  return TRUE;
}
