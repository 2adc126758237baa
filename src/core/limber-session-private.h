/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-session.h"

G_BEGIN_DECLS

typedef struct
{
  LimberRoutineMove move;
  gint64            spent;       /* microseconds, over every visit */
} LimberSessionSlot;

struct _LimberSession
{
  GObject             parent_instance;

  LimberClock        *clock;
  GArray             *slots;
  GArray             *results;   /* LimberMobilityResult */
  LimberSessionState  state;
  guint               index;
  gint64              elapsed;   /* in this visit of the current move, microseconds */
  gint64              last;      /* clock time the spent time was counted up to */
  gint64              started;   /* clock time of the start */
  guint               tick_id;
  guint               shown;     /* the move's remaining seconds at the last "tick" */
};

G_END_DECLS
