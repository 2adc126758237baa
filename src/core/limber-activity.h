/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "limber-run.h"
#include "limber-track.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_IMPORT_ERROR_INVALID,      /* damaged, or not in the format its name says */
  LIMBER_IMPORT_ERROR_UNSAFE,       /* refused to protect the computer (DTDs, entities) */
  LIMBER_IMPORT_ERROR_TOO_LARGE,
  LIMBER_IMPORT_ERROR_UNSUPPORTED,  /* a kind of file Limber does not read */
  LIMBER_IMPORT_ERROR_NO_DATA,      /* nothing to make a run of: no time, no distance */
  LIMBER_IMPORT_ERROR_IO,
} LimberImportError;

#define LIMBER_IMPORT_ERROR (limber_import_error_quark ())

/* The largest file Limber reads, after decompression. */
#define LIMBER_IMPORT_MAX_SIZE ((gsize) 200 * 1024 * 1024)

/* Between two track points more than this many seconds apart, the runner is taken to have
 * paused when they moved slower than LIMBER_ACTIVITY_PAUSE_SPEED (metres a second). */
#define LIMBER_ACTIVITY_PAUSE_GAP 10.0
#define LIMBER_ACTIVITY_PAUSE_SPEED 0.5

/* Elevation changes smaller than this are GPS or barometer noise, not climbing. */
#define LIMBER_ACTIVITY_CLIMB_HYSTERESIS 3.0

/* One recorded activity, as a GPX, TCX or FIT file or a Strava export describes it. Numbers
 * are NAN when the source does not give them and they cannot be worked out. */
typedef struct
{
  char          *sport;           /* "running", "cycling"...; NULL when the source is silent */
  LimberSurface  surface;         /* from the sport when it tells (trail, treadmill, track) */
  LimberRunKind  run_kind;        /* LIMBER_RUN_EASY unless the source says race or long */
  char          *name;            /* the activity's title */
  GDateTime     *start;           /* UTC */
  double         distance;        /* metres */
  double         moving_time;     /* seconds, pauses left out */
  double         elapsed_time;    /* seconds from start to finish */
  double         ascent;          /* metres climbed */
  double         heart_rate;      /* average, beats a minute */
  int            rpe;             /* 0–10, or LIMBER_RPE_UNSET */
  GArray        *points;          /* LimberTrackPoint */
} LimberActivity;

GQuark          limber_import_error_quark   (void);

LimberActivity *limber_activity_new         (void);
void            limber_activity_free        (LimberActivity       *self);

void            limber_activity_set_sport   (LimberActivity       *self,
                                             const char           *sport);
void            limber_activity_set_name    (LimberActivity       *self,
                                             const char           *name);
gboolean        limber_activity_is_run      (const LimberActivity *self);
void            limber_activity_complete    (LimberActivity       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberActivity, limber_activity_free)

G_END_DECLS
