/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-body.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SORENESS_ZONE_ROW (limber_soreness_zone_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberSorenessZoneRow, limber_soreness_zone_row, LIMBER, SORENESS_ZONE_ROW,
                      GtkListBoxRow)

GtkWidget  *limber_soreness_zone_row_new               (LimberZone              zone,
                                                        LimberSide              side,
                                                        int                     level);
LimberZone  limber_soreness_zone_row_get_zone          (LimberSorenessZoneRow  *self);
LimberSide  limber_soreness_zone_row_get_side          (LimberSorenessZoneRow  *self);
int         limber_soreness_zone_row_get_level         (LimberSorenessZoneRow  *self);
void        limber_soreness_zone_row_set_level         (LimberSorenessZoneRow  *self,
                                                        int                     level);
GtkRange   *limber_soreness_zone_row_get_scale         (LimberSorenessZoneRow  *self);
GtkButton  *limber_soreness_zone_row_get_remove_button (LimberSorenessZoneRow  *self);

G_END_DECLS
