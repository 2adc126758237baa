/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-session"

#include "config.h"

#include <math.h>

#include "limber-session-private.h"

/* A routine being played: which move is on, how long it and the whole routine have left,
 * pause, resume, skip, back and stop, and the seconds actually spent on each move, read from
 * a LimberClock so that a test can run a session in milliseconds. At the end it becomes a
 * fascia session for the journal. */

/* Often enough for a countdown that never looks late. */
#define TICK_MS 250

G_DEFINE_FINAL_TYPE (LimberSession, limber_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LimberSessionState, limber_session_state,
  G_DEFINE_ENUM_VALUE (LIMBER_SESSION_READY, "ready"),
  G_DEFINE_ENUM_VALUE (LIMBER_SESSION_PLAYING, "playing"),
  G_DEFINE_ENUM_VALUE (LIMBER_SESSION_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (LIMBER_SESSION_FINISHED, "finished"),
  G_DEFINE_ENUM_VALUE (LIMBER_SESSION_STOPPED, "stopped"))

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_STATE,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TICK,
  MOVE_CHANGED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static LimberSessionSlot *
current_slot (LimberSession *self)
{
  return &g_array_index (self->slots, LimberSessionSlot, self->index);
}

static gint64
planned_usec (const LimberSessionSlot *slot)
{
  return (gint64) slot->move.seconds * G_USEC_PER_SEC;
}

static guint
usec_to_seconds_up (gint64 usec)
{
  return usec <= 0 ? 0 : (guint) ((usec + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static guint
usec_to_seconds (gint64 usec)
{
  return usec <= 0 ? 0 : (guint) ((usec + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
}

static void
set_state (LimberSession      *self,
           LimberSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
stop_ticking (LimberSession *self)
{
  if (self->tick_id != 0)
    {
      limber_clock_remove_tick (self->clock, self->tick_id);
      self->tick_id = 0;
    }
}

static gboolean on_tick_cb (gpointer data);

static void
start_ticking (LimberSession *self)
{
  g_assert (self->tick_id == 0);

  self->last = limber_clock_get_time (self->clock);
  self->tick_id = limber_clock_add_tick (self->clock, TICK_MS, on_tick_cb, self, NULL);
}

static void
go_to (LimberSession *self,
       guint          index)
{
  g_assert (index < self->slots->len);

  self->index = index;
  self->elapsed = 0;
  self->shown = limber_session_get_move_remaining (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
  g_signal_emit (self, signals[MOVE_CHANGED], 0, index);
}

static void
finish (LimberSession *self)
{
  stop_ticking (self);
  set_state (self, LIMBER_SESSION_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* Counts the time since the last count on the current move, going on to the next ones as
 * each runs out; a move's overflow carries on to the next, so no time is lost. */
static void
count_time (LimberSession *self)
{
  gint64 now = limber_clock_get_time (self->clock);
  gint64 delta = now - self->last;
  guint index = self->index;
  gboolean done = FALSE;

  g_assert (self->state == LIMBER_SESSION_PLAYING);

  self->last = now;
  if (delta <= 0)
    return;

  self->elapsed += delta;
  current_slot (self)->spent += delta;

  while (self->elapsed >= planned_usec (current_slot (self)))
    {
      gint64 overflow = self->elapsed - planned_usec (current_slot (self));

      if (self->index + 1 >= self->slots->len)
        {
          current_slot (self)->spent -= overflow;
          self->elapsed -= overflow;
          done = TRUE;
          break;
        }

      current_slot (self)->spent -= overflow;
      self->index++;
      self->elapsed = overflow;
      current_slot (self)->spent += overflow;
    }

  /* The signals last: a handler may pause or stop the session. */
  if (self->index != index)
    {
      self->shown = limber_session_get_move_remaining (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
      g_signal_emit (self, signals[MOVE_CHANGED], 0, self->index);
    }

  if (done && self->state == LIMBER_SESSION_PLAYING)
    finish (self);
}

static gboolean
on_tick_cb (gpointer data)
{
  LimberSession *self = data;
  guint remaining;

  if (self->state != LIMBER_SESSION_PLAYING)
    return G_SOURCE_CONTINUE;

  count_time (self);

  remaining = limber_session_get_move_remaining (self);
  if (self->state == LIMBER_SESSION_PLAYING && remaining != self->shown)
    {
      self->shown = remaining;
      g_signal_emit (self, signals[TICK], 0);
    }

  return G_SOURCE_CONTINUE;
}

static void
limber_session_dispose (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  stop_ticking (self);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (limber_session_parent_class)->dispose (object);
}

static void
limber_session_finalize (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->results, g_array_unref);

  G_OBJECT_CLASS (limber_session_parent_class)->finalize (object);
}

static void
limber_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberSession *self = LIMBER_SESSION (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LimberSession *self = LIMBER_SESSION (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_assert (self->clock == NULL);
      self->clock = g_value_dup_object (value);
      if (self->clock == NULL)
        self->clock = g_object_ref (limber_clock_get_default ());
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_class_init (LimberSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_session_dispose;
  object_class->finalize = limber_session_finalize;
  object_class->get_property = limber_session_get_property;
  object_class->set_property = limber_session_set_property;

  /**
   * LimberSession:clock:
   *
   * Where the time comes from; the default clock when NULL is given.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         LIMBER_TYPE_CLOCK,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LimberSession:state:
   *
   * Ready, playing, paused, finished or stopped.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LIMBER_TYPE_SESSION_STATE,
                       LIMBER_SESSION_READY,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * LimberSession:index:
   *
   * The position of the current move in the routine.
   */
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberSession::tick:
   *
   * The current move's remaining whole seconds changed while playing.
   */
  signals[TICK] = g_signal_new ("tick",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL,
                                G_TYPE_NONE, 0);

  /**
   * LimberSession::move-changed:
   * @index: the new current move
   *
   * Another move is on: the last one ran out, or the user skipped or went back.
   */
  signals[MOVE_CHANGED] = g_signal_new ("move-changed",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * LimberSession::finished:
   *
   * The routine came to its end: the last move ran out or was skipped.
   */
  signals[FINISHED] = g_signal_new ("finished",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
}

static void
limber_session_init (LimberSession *self)
{
  self->slots = g_array_new (FALSE, TRUE, sizeof (LimberSessionSlot));
  self->results = g_array_new (FALSE, TRUE, sizeof (LimberMobilityResult));
}

/**
 * limber_session_new:
 * @clock: (nullable): where the time comes from; NULL for the default clock
 * @moves: the routine, played in this order; a move of 0 seconds takes its default time
 *
 * Returns: (transfer full): a session, ready to start
 */
LimberSession *
limber_session_new (LimberClock             *clock,
                    const LimberRoutineMove *moves,
                    guint                    n_moves)
{
  LimberSession *self;

  g_return_val_if_fail (clock == NULL || LIMBER_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (moves != NULL, NULL);
  g_return_val_if_fail (n_moves > 0, NULL);

  self = g_object_new (LIMBER_TYPE_SESSION, "clock", clock, NULL);

  for (guint i = 0; i < n_moves; i++)
    {
      LimberSessionSlot slot = { .move = moves[i] };

      if (slot.move.seconds == 0)
        {
          const LimberMove *move = limber_moves_lookup (moves[i].move_id);

          slot.move.seconds = move != NULL ? move->default_seconds : 60;
        }
      slot.move.move_id = g_intern_string (moves[i].move_id);
      g_array_append_val (self->slots, slot);
    }

  self->shown = limber_session_get_move_remaining (self);

  return self;
}

/**
 * limber_session_get_clock:
 *
 * Returns: (transfer none): the clock the session reads
 */
LimberClock *
limber_session_get_clock (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);

  return self->clock;
}

LimberSessionState
limber_session_get_state (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), LIMBER_SESSION_READY);

  return self->state;
}

/* Playing or paused: started and not over. */
gboolean
limber_session_is_running (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), FALSE);

  return self->state == LIMBER_SESSION_PLAYING || self->state == LIMBER_SESSION_PAUSED;
}

guint
limber_session_get_n_moves (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  return self->slots->len;
}

/**
 * limber_session_get_move:
 *
 * Returns: (transfer none): a move of the routine, with its planned seconds
 */
const LimberRoutineMove *
limber_session_get_move (LimberSession *self,
                         guint          index)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->slots->len, NULL);

  return &g_array_index (self->slots, LimberSessionSlot, index).move;
}

/* The position of the current move. */
guint
limber_session_get_index (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  return self->index;
}

/* The planned length of the whole routine, in seconds. */
guint
limber_session_get_planned (LimberSession *self)
{
  guint total = 0;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  for (guint i = 0; i < self->slots->len; i++)
    total += g_array_index (self->slots, LimberSessionSlot, i).move.seconds;

  return total;
}

/* Whole seconds left on the current move, rounded up: a countdown shows 1 until it ends. */
guint
limber_session_get_move_remaining (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_FINISHED)
    return 0;

  return usec_to_seconds_up (planned_usec (current_slot (self)) - self->elapsed);
}

/* Whole seconds left in the routine: the current move's, then the planned time of the rest. */
guint
limber_session_get_remaining (LimberSession *self)
{
  gint64 left;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_FINISHED)
    return 0;

  left = planned_usec (current_slot (self)) - self->elapsed;
  for (guint i = self->index + 1; i < self->slots->len; i++)
    left += planned_usec (&g_array_index (self->slots, LimberSessionSlot, i));

  return usec_to_seconds_up (left);
}

/* How far into the current move, from 0 to 1. */
double
limber_session_get_move_progress (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_FINISHED)
    return 1;

  return CLAMP ((double) self->elapsed / planned_usec (current_slot (self)), 0, 1);
}

/* The seconds spent on one move of the routine, over all its visits, up to the last tick. */
guint
limber_session_get_move_spent (LimberSession *self,
                               guint          index)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);
  g_return_val_if_fail (index < self->slots->len, 0);

  return usec_to_seconds (g_array_index (self->slots, LimberSessionSlot, index).spent);
}

/* The seconds spent on the whole routine up to the last tick, pauses left out. */
guint
limber_session_get_spent (LimberSession *self)
{
  gint64 total = 0;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  for (guint i = 0; i < self->slots->len; i++)
    total += g_array_index (self->slots, LimberSessionSlot, i).spent;

  return usec_to_seconds (total);
}

/* Starts the first move. */
void
limber_session_start (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));
  g_return_if_fail (self->state == LIMBER_SESSION_READY);

  start_ticking (self);
  self->started = self->last;
  set_state (self, LIMBER_SESSION_PLAYING);
}

/* Holds the countdown; the time paused does not count. Nothing when not playing. */
void
limber_session_pause (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state != LIMBER_SESSION_PLAYING)
    return;

  count_time (self);
  if (self->state != LIMBER_SESSION_PLAYING)
    return;

  stop_ticking (self);
  set_state (self, LIMBER_SESSION_PAUSED);
}

/* Goes on after a pause. Nothing when not paused. */
void
limber_session_resume (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state != LIMBER_SESSION_PAUSED)
    return;

  start_ticking (self);
  set_state (self, LIMBER_SESSION_PLAYING);
}

void
limber_session_toggle_pause (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state == LIMBER_SESSION_PLAYING)
    limber_session_pause (self);
  else if (self->state == LIMBER_SESSION_PAUSED)
    limber_session_resume (self);
}

/* Goes on to the next move at once, keeping the time spent on this one; skipping the last
 * move ends the routine. A paused session stays paused. */
void
limber_session_skip (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!limber_session_is_running (self))
    return;

  if (self->state == LIMBER_SESSION_PLAYING)
    {
      count_time (self);
      if (self->state != LIMBER_SESSION_PLAYING)
        return;
    }

  if (self->index + 1 < self->slots->len)
    go_to (self, self->index + 1);
  else
    finish (self);
}

/* Goes back to the start of the previous move (of the first move, on the first), its
 * countdown full again; the time spent on it before still counts. */
void
limber_session_back (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!limber_session_is_running (self))
    return;

  if (self->state == LIMBER_SESSION_PLAYING)
    {
      count_time (self);
      if (self->state != LIMBER_SESSION_PLAYING)
        return;
    }

  go_to (self, self->index > 0 ? self->index - 1 : 0);
}

/* Ends the session before the end of the routine. Nothing once it is over. */
void
limber_session_stop (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state == LIMBER_SESSION_FINISHED || self->state == LIMBER_SESSION_STOPPED)
    return;

  if (self->state == LIMBER_SESSION_PLAYING)
    count_time (self);
  /* The count may have reached the end of the routine. */
  if (self->state == LIMBER_SESSION_FINISHED)
    return;

  stop_ticking (self);
  set_state (self, LIMBER_SESSION_STOPPED);
}
