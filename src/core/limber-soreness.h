/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-body.h"
#include "limber-entry.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_QUALITY_ACHE,
  LIMBER_QUALITY_TIGHT,
  LIMBER_QUALITY_SHARP,
  LIMBER_QUALITY_NUMBNESS,
  LIMBER_N_QUALITIES
} LimberQuality;

#define LIMBER_TYPE_SORENESS (limber_soreness_get_type ())

G_DECLARE_FINAL_TYPE (LimberSoreness, limber_soreness, LIMBER, SORENESS, LimberEntry)

LimberSoreness *limber_soreness_new                 (void);

LimberZone      limber_soreness_get_zone            (LimberSoreness *self);
void            limber_soreness_set_zone            (LimberSoreness *self,
                                                     LimberZone      zone);
LimberSide      limber_soreness_get_side            (LimberSoreness *self);
void            limber_soreness_set_side            (LimberSoreness *self,
                                                     LimberSide      side);
int             limber_soreness_get_level           (LimberSoreness *self);
void            limber_soreness_set_level           (LimberSoreness *self,
                                                     int             level);
LimberQuality   limber_soreness_get_quality         (LimberSoreness *self);
void            limber_soreness_set_quality         (LimberSoreness *self,
                                                     LimberQuality   quality);
gboolean        limber_soreness_get_limits_walking  (LimberSoreness *self);
void            limber_soreness_set_limits_walking  (LimberSoreness *self,
                                                     gboolean        limits_walking);
gboolean        limber_soreness_get_disturbs_sleep  (LimberSoreness *self);
void            limber_soreness_set_disturbs_sleep  (LimberSoreness *self,
                                                     gboolean        disturbs_sleep);

const char     *limber_quality_to_id                (LimberQuality   quality);
gboolean        limber_quality_from_id              (const char     *id,
                                                     LimberQuality  *quality);
const char     *limber_quality_get_label            (LimberQuality   quality);
const char     *limber_soreness_level_get_label     (int             level);

G_END_DECLS
