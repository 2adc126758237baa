/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-entry.h"
#include "limber-units.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_RUN_EASY,
  LIMBER_RUN_LONG,
  LIMBER_RUN_TEMPO,
  LIMBER_RUN_INTERVALS,
  LIMBER_RUN_RACE,
  LIMBER_RUN_RECOVERY,
  LIMBER_RUN_OTHER,
  LIMBER_N_RUN_KINDS
} LimberRunKind;

typedef enum
{
  LIMBER_SURFACE_UNSET,
  LIMBER_SURFACE_ROAD,
  LIMBER_SURFACE_TRAIL,
  LIMBER_SURFACE_TRACK,
  LIMBER_SURFACE_TREADMILL,
  LIMBER_SURFACE_OTHER,
  LIMBER_N_SURFACES
} LimberSurface;

#define LIMBER_RPE_UNSET (-1)
#define LIMBER_RUN_MIN_DISTANCE_M 100.0
#define LIMBER_RUN_MAX_DISTANCE_M 500000.0
#define LIMBER_RUN_MIN_DURATION_S 60.0
#define LIMBER_RUN_MAX_DURATION_S (120.0 * 3600.0)
#define LIMBER_RUN_MAX_SPEED_M_S 12.0           /* faster than any human over any distance */
#define LIMBER_RUN_MIN_SPEED_M_S (1000.0 / 3600.0) /* slower than 60 min/km is not a run */
#define LIMBER_RUN_MIN_TEMPERATURE (-40.0)
#define LIMBER_RUN_MAX_TEMPERATURE 50.0
#define LIMBER_RUN_SHOES_MAX 100
#define LIMBER_RUN_MAX_ELEVATION_GAIN_M 10000.0
#define LIMBER_RUN_MIN_HEART_RATE 30.0
#define LIMBER_RUN_MAX_HEART_RATE 250.0

#define LIMBER_TYPE_RUN (limber_run_get_type ())

G_DECLARE_FINAL_TYPE (LimberRun, limber_run, LIMBER, RUN, LimberEntry)

LimberRun     *limber_run_new                  (void);

double         limber_run_get_distance         (LimberRun     *self);
void           limber_run_set_distance         (LimberRun     *self,
                                                double         metres);
double         limber_run_get_duration         (LimberRun     *self);
void           limber_run_set_duration         (LimberRun     *self,
                                                double         seconds);
int            limber_run_get_rpe              (LimberRun     *self);
void           limber_run_set_rpe              (LimberRun     *self,
                                                int            rpe);
LimberRunKind  limber_run_get_run_kind         (LimberRun     *self);
void           limber_run_set_run_kind         (LimberRun     *self,
                                                LimberRunKind  kind);
LimberSurface  limber_run_get_surface          (LimberRun     *self);
void           limber_run_set_surface          (LimberRun     *self,
                                                LimberSurface  surface);
gboolean       limber_run_has_temperature      (LimberRun     *self);
double         limber_run_get_temperature      (LimberRun     *self);
void           limber_run_set_temperature      (LimberRun     *self,
                                                double         celsius);
void           limber_run_unset_temperature    (LimberRun     *self);
const char    *limber_run_get_shoes            (LimberRun     *self);
void           limber_run_set_shoes            (LimberRun     *self,
                                                const char    *shoes);
gboolean       limber_run_has_elevation_gain   (LimberRun     *self);
double         limber_run_get_elevation_gain   (LimberRun     *self);
void           limber_run_set_elevation_gain   (LimberRun     *self,
                                                double         metres);
void           limber_run_unset_elevation_gain (LimberRun     *self);
gboolean       limber_run_has_avg_heart_rate   (LimberRun     *self);
double         limber_run_get_avg_heart_rate   (LimberRun     *self);
void           limber_run_set_avg_heart_rate   (LimberRun     *self,
                                                double         bpm);
void           limber_run_unset_avg_heart_rate (LimberRun     *self);
double         limber_run_get_pace             (LimberRun     *self);

const char    *limber_run_kind_to_id           (LimberRunKind  kind);
gboolean       limber_run_kind_from_id         (const char    *id,
                                                LimberRunKind *kind);
const char    *limber_run_kind_get_label       (LimberRunKind  kind);
const char    *limber_surface_to_id            (LimberSurface  surface);
gboolean       limber_surface_from_id          (const char    *id,
                                                LimberSurface *surface);
const char    *limber_surface_get_label        (LimberSurface  surface);
const char    *limber_rpe_get_label            (int            rpe);

gboolean       limber_run_check_pace          (double         metres,
                                               double         seconds,
                                               LimberUnits    units,
                                               GError       **error);

G_END_DECLS
