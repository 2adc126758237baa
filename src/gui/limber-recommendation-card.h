/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-journal.h"
#include "limber-recommendation.h"
#include "limber-units.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_RECOMMENDATION_CARD (limber_recommendation_card_get_type ())

G_DECLARE_FINAL_TYPE (LimberRecommendationCard, limber_recommendation_card,
                      LIMBER, RECOMMENDATION_CARD, AdwBin)

LimberRecommendationCard *limber_recommendation_card_new       (LimberRecommendation *rec,
                                                                LimberJournal        *journal,
                                                                LimberUnits           units,
                                                                gboolean              compact);
LimberRecommendation     *limber_recommendation_card_get_recommendation
                                                               (LimberRecommendationCard *self);
gboolean                  limber_recommendation_card_get_compact
                                                               (LimberRecommendationCard *self);

G_END_DECLS
