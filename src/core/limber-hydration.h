/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-entry.h"

G_BEGIN_DECLS

#define LIMBER_HYDRATION_MIN_ML 10.0
#define LIMBER_HYDRATION_MAX_ML 5000.0

#define LIMBER_TYPE_HYDRATION (limber_hydration_get_type ())

G_DECLARE_FINAL_TYPE (LimberHydration, limber_hydration, LIMBER, HYDRATION, LimberEntry)

LimberHydration *limber_hydration_new        (void);
double           limber_hydration_get_volume (LimberHydration *self);
void             limber_hydration_set_volume (LimberHydration *self,
                                              double           millilitres);

G_END_DECLS
