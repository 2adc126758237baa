/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "limber-clock.h"
#include "limber-fascia-session.h"
#include "limber-moves.h"
#include "limber-recommendation.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_SESSION_READY,       /* not started yet */
  LIMBER_SESSION_PLAYING,
  LIMBER_SESSION_PAUSED,
  LIMBER_SESSION_FINISHED,    /* the last move ran out, or was skipped */
  LIMBER_SESSION_STOPPED,     /* stopped before the end */
} LimberSessionState;

/* A move skipped before this many seconds is left out of the saved session. */
#define LIMBER_SESSION_MIN_MOVE_SECONDS LIMBER_FASCIA_ITEM_MIN_SECONDS

#define LIMBER_TYPE_SESSION_STATE (limber_session_state_get_type ())
#define LIMBER_TYPE_SESSION (limber_session_get_type ())

GType limber_session_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (LimberSession, limber_session, LIMBER, SESSION, GObject)

LimberSession           *limber_session_new              (LimberClock             *clock,
                                                          const LimberRoutineMove *moves,
                                                          guint                    n_moves);

LimberClock             *limber_session_get_clock        (LimberSession           *self);
LimberSessionState       limber_session_get_state        (LimberSession           *self);
gboolean                 limber_session_is_running       (LimberSession           *self);
guint                    limber_session_get_n_moves      (LimberSession           *self);
const LimberRoutineMove *limber_session_get_move         (LimberSession           *self,
                                                          guint                    index);
guint                    limber_session_get_index        (LimberSession           *self);
guint                    limber_session_get_planned      (LimberSession           *self);

guint                    limber_session_get_move_remaining (LimberSession         *self);
guint                    limber_session_get_remaining    (LimberSession           *self);
double                   limber_session_get_move_progress (LimberSession          *self);
guint                    limber_session_get_move_spent   (LimberSession           *self,
                                                          guint                    index);
guint                    limber_session_get_spent        (LimberSession           *self);

void                     limber_session_start            (LimberSession           *self);
void                     limber_session_pause            (LimberSession           *self);
void                     limber_session_resume           (LimberSession           *self);
void                     limber_session_toggle_pause     (LimberSession           *self);
void                     limber_session_skip             (LimberSession           *self);
void                     limber_session_back             (LimberSession           *self);
void                     limber_session_stop             (LimberSession           *self);

void                     limber_session_add_result       (LimberSession           *self,
                                                          const char              *test_id,
                                                          LimberSide               side,
                                                          gboolean                 after,
                                                          double                   value);
void                     limber_session_clear_results    (LimberSession           *self);
guint                    limber_session_get_n_results    (LimberSession           *self);
const LimberMobilityResult *limber_session_get_results  (LimberSession           *self,
                                                          guint                   *n_results);
guint                    limber_session_get_since_start  (LimberSession           *self);

LimberFasciaSession     *limber_session_to_fascia_session (LimberSession          *self,
                                                           LimberDay               today,
                                                           GDateTime              *now);

void                     limber_routine_append_move      (GArray                  *routine,
                                                          const LimberMove        *move,
                                                          guint                    seconds);

G_END_DECLS
