/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "limber-body.h"
#include "limber-date.h"

G_BEGIN_DECLS

/* Ordered from least to most serious. */
typedef enum
{
  LIMBER_SEVERITY_INFO,
  LIMBER_SEVERITY_SUGGEST,
  LIMBER_SEVERITY_WARN,
  LIMBER_SEVERITY_PHYSIO,
} LimberSeverity;

/* One move of a suggested routine. move_id is interned. */
typedef struct
{
  const char *move_id;
  LimberZone  zone;
  LimberSide  side;
  guint       seconds;
} LimberRoutineMove;

#define LIMBER_NO_ZONE (-1)

#define LIMBER_TYPE_RECOMMENDATION (limber_recommendation_get_type ())

G_DECLARE_FINAL_TYPE (LimberRecommendation, limber_recommendation, LIMBER, RECOMMENDATION, GObject)

LimberRecommendation    *limber_recommendation_new           (const char           *rule,
                                                              LimberSeverity        severity,
                                                              LimberDay             day);

const char              *limber_recommendation_get_rule      (LimberRecommendation *self);
LimberSeverity           limber_recommendation_get_severity  (LimberRecommendation *self);
LimberDay                limber_recommendation_get_day       (LimberRecommendation *self);
int                      limber_recommendation_get_zone      (LimberRecommendation *self);
LimberSide               limber_recommendation_get_side      (LimberRecommendation *self);
void                     limber_recommendation_set_zone_side (LimberRecommendation *self,
                                                              LimberZone            zone,
                                                              LimberSide            side);
const char              *limber_recommendation_get_title     (LimberRecommendation *self);
void                     limber_recommendation_set_title     (LimberRecommendation *self,
                                                              const char           *title);
const char              *limber_recommendation_get_detail    (LimberRecommendation *self);
void                     limber_recommendation_set_detail    (LimberRecommendation *self,
                                                              const char           *detail);
const char              *limber_recommendation_get_source    (LimberRecommendation *self);
void                     limber_recommendation_set_source    (LimberRecommendation *self,
                                                              const char           *source);
const LimberRoutineMove *limber_recommendation_get_moves     (LimberRecommendation *self,
                                                              guint                *n_moves);
void                     limber_recommendation_add_move      (LimberRecommendation *self,
                                                              const char           *move_id,
                                                              LimberZone            zone,
                                                              LimberSide            side,
                                                              guint                 seconds);
guint                    limber_recommendation_get_total_seconds (LimberRecommendation *self);
gboolean                 limber_recommendation_has_move      (LimberRecommendation *self,
                                                              const char           *move_id);
gboolean                 limber_recommendation_has_zone      (LimberRecommendation *self,
                                                              LimberZone            zone);
const char * const      *limber_recommendation_get_entries   (LimberRecommendation *self);
void                     limber_recommendation_add_entry     (LimberRecommendation *self,
                                                              const char           *uuid);

const char              *limber_severity_to_id               (LimberSeverity        severity);
gboolean                 limber_severity_from_id             (const char           *id,
                                                              LimberSeverity       *severity);

G_END_DECLS
