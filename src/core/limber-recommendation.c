/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-recommendation"

#include "config.h"

#include "limber-recommendation.h"

/* What the advisor found, and why: a rule id, a severity, the zone and side it concerns,
 * words for the runner, the research it rests on, moves to do, and the entries it used. */
struct _LimberRecommendation
{
  GObject         parent_instance;

  char           *rule;
  char           *title;
  char           *detail;
  char           *source;
  GArray         *moves;
  GPtrArray      *entries;
  LimberSeverity  severity;
  LimberDay       day;
  int             zone;
  LimberSide      side;
};

G_DEFINE_FINAL_TYPE (LimberRecommendation, limber_recommendation, G_TYPE_OBJECT)

static const char * const severity_ids[] = {
  [LIMBER_SEVERITY_INFO]    = "info",
  [LIMBER_SEVERITY_SUGGEST] = "suggest",
  [LIMBER_SEVERITY_WARN]    = "warn",
  [LIMBER_SEVERITY_PHYSIO]  = "physio",
};

static void
limber_recommendation_finalize (GObject *object)
{
  LimberRecommendation *self = (LimberRecommendation *)object;

  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->moves, g_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_recommendation_parent_class)->finalize (object);
}

static void
limber_recommendation_class_init (LimberRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_recommendation_finalize;
}

static void
limber_recommendation_init (LimberRecommendation *self)
{
  self->moves = g_array_new (FALSE, TRUE, sizeof (LimberRoutineMove));
  self->entries = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->entries, NULL);
  self->zone = LIMBER_NO_ZONE;
  self->side = LIMBER_SIDE_CENTRE;
}

/**
 * limber_recommendation_new:
 * @rule: the stable rule id, e.g. "persistent-niggle"
 * @day: the day of the newest fact behind it, for ordering by recency
 */
LimberRecommendation *
limber_recommendation_new (const char     *rule,
                           LimberSeverity  severity,
                           LimberDay       day)
{
  LimberRecommendation *self;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (severity <= LIMBER_SEVERITY_PHYSIO, NULL);

  self = g_object_new (LIMBER_TYPE_RECOMMENDATION, NULL);
  self->rule = g_strdup (rule);
  self->severity = severity;
  self->day = day;

  return self;
}

const char *
limber_recommendation_get_rule (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);

  return self->rule;
}

LimberSeverity
limber_recommendation_get_severity (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), LIMBER_SEVERITY_INFO);

  return self->severity;
}

LimberDay
limber_recommendation_get_day (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), LIMBER_DAY_INVALID);

  return self->day;
}

/* A LimberZone, or LIMBER_NO_ZONE when the recommendation concerns no zone. */
int
limber_recommendation_get_zone (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), LIMBER_NO_ZONE);

  return self->zone;
}

LimberSide
limber_recommendation_get_side (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), LIMBER_SIDE_CENTRE);

  return self->side;
}

void
limber_recommendation_set_zone_side (LimberRecommendation *self,
                                     LimberZone            zone,
                                     LimberSide            side)
{
  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));
  g_return_if_fail (zone < LIMBER_N_ZONES);

  self->zone = zone;
  self->side = side;
}

const char *
limber_recommendation_get_title (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);

  return self->title;
}

void
limber_recommendation_set_title (LimberRecommendation *self,
                                 const char           *title)
{
  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
limber_recommendation_get_detail (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);

  return self->detail;
}

void
limber_recommendation_set_detail (LimberRecommendation *self,
                                  const char           *detail)
{
  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));

  g_free (self->detail);
  self->detail = g_strdup (detail);
}

/* The research the rule rests on, or NULL. */
const char *
limber_recommendation_get_source (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);

  return self->source;
}

void
limber_recommendation_set_source (LimberRecommendation *self,
                                  const char           *source)
{
  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));

  g_free (self->source);
  self->source = g_strdup (source);
}

const LimberRoutineMove *
limber_recommendation_get_moves (LimberRecommendation *self,
                                 guint                *n_moves)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (n_moves != NULL, NULL);

  *n_moves = self->moves->len;

  return (const LimberRoutineMove *) (gpointer) self->moves->data;
}

void
limber_recommendation_add_move (LimberRecommendation *self,
                                const char           *move_id,
                                LimberZone            zone,
                                LimberSide            side,
                                guint                 seconds)
{
  LimberRoutineMove move = {
    .move_id = g_intern_string (move_id),
    .zone = zone,
    .side = side,
    .seconds = seconds,
  };

  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));
  g_return_if_fail (move_id != NULL);

  g_array_append_val (self->moves, move);
}

guint
limber_recommendation_get_total_seconds (LimberRecommendation *self)
{
  guint total = 0;

  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), 0);

  for (guint i = 0; i < self->moves->len; i++)
    total += g_array_index (self->moves, LimberRoutineMove, i).seconds;

  return total;
}

/* Whether the routine holds @move_id, on any zone or side. */
gboolean
limber_recommendation_has_move (LimberRecommendation *self,
                                const char           *move_id)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), FALSE);
  g_return_val_if_fail (move_id != NULL, FALSE);

  for (guint i = 0; i < self->moves->len; i++)
    {
      if (g_str_equal (g_array_index (self->moves, LimberRoutineMove, i).move_id, move_id))
        return TRUE;
    }

  return FALSE;
}

/* Whether a move of the routine is done on @zone. */
gboolean
limber_recommendation_has_zone (LimberRecommendation *self,
                                LimberZone            zone)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), FALSE);

  for (guint i = 0; i < self->moves->len; i++)
    {
      if (g_array_index (self->moves, LimberRoutineMove, i).zone == zone)
        return TRUE;
    }

  return FALSE;
}

/* The UUIDs of the entries the rule looked at, NULL-terminated. */
const char * const *
limber_recommendation_get_entries (LimberRecommendation *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (self), NULL);

  return (const char * const *) self->entries->pdata;
}

void
limber_recommendation_add_entry (LimberRecommendation *self,
                                 const char           *uuid)
{
  g_return_if_fail (LIMBER_IS_RECOMMENDATION (self));

  if (uuid == NULL)
    return;

  for (guint i = 0; i + 1 < self->entries->len; i++)
    {
      if (g_str_equal (self->entries->pdata[i], uuid))
        return;
    }

  g_ptr_array_insert (self->entries, self->entries->len - 1, g_strdup (uuid));
}

const char *
limber_severity_to_id (LimberSeverity severity)
{
  g_return_val_if_fail (severity <= LIMBER_SEVERITY_PHYSIO, NULL);

  return severity_ids[severity];
}

gboolean
limber_severity_from_id (const char     *id,
                         LimberSeverity *severity)
{
  g_return_val_if_fail (severity != NULL, FALSE);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (severity_ids); i++)
    {
      if (g_str_equal (id, severity_ids[i]))
        {
          *severity = i;
          return TRUE;
        }
    }

  return FALSE;
}
