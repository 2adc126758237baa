/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-session"

#include "config.h"

#include "limber-session-private.h"

/* What a guided session leaves behind: the mobility results measured before and after, the
 * fascia session for the journal; and the routine a single move of the catalogue makes. */

/* A mobility self-test result to store with the session; see LimberMobilityResult. */
void
limber_session_add_result (LimberSession *self,
                           const char    *test_id,
                           LimberSide     side,
                           gboolean       after,
                           double         value)
{
  LimberMobilityResult result = {
    .test_id = g_intern_string (test_id),
    .side = side,
    .after = after,
    .value = value,
  };

  g_return_if_fail (LIMBER_IS_SESSION (self));
  g_return_if_fail (test_id != NULL);

  g_array_append_val (self->results, result);
}

void
limber_session_clear_results (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  g_array_set_size (self->results, 0);
}

guint
limber_session_get_n_results (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  return self->results->len;
}

/**
 * limber_session_get_results:
 * @n_results: (out) (optional): how many there are
 *
 * Returns: (transfer none) (array length=n_results): the mobility results added
 */
const LimberMobilityResult *
limber_session_get_results (LimberSession *self,
                            guint         *n_results)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);

  if (n_results != NULL)
    *n_results = self->results->len;

  return (const LimberMobilityResult *) (gpointer) self->results->data;
}

/* Whole seconds from the start until now, pauses and the time since the end included;
 * 0 before the start. */
guint
limber_session_get_since_start (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_READY)
    return 0;

  return (guint) ((limber_clock_get_time (self->clock) - self->started) / G_USEC_PER_SEC);
}

/**
 * limber_session_to_fascia_session:
 * @today: the day to log the session on
 * @now: (nullable): the local time now, to work out the time it started; NULL leaves the
 *   time unknown
 *
 * The journal entry for what was done: each move of the routine with the seconds actually
 * spent on it (moves left before LIMBER_SESSION_MIN_MOVE_SECONDS are left out), the time
 * spent as the duration, and the mobility results. The journal refuses it when less than a
 * minute was done.
 *
 * Returns: (transfer full): a new fascia session
 */
LimberFasciaSession *
limber_session_to_fascia_session (LimberSession *self,
                                  LimberDay      today,
                                  GDateTime     *now)
{
  g_autoptr(LimberFasciaSession) session = NULL;
  const LimberMobilityResult *results;
  guint n_results;
  guint spent;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);
  g_return_val_if_fail (today != LIMBER_DAY_INVALID, NULL);

  spent = limber_session_get_spent (self);

  session = limber_fascia_session_new ();
  limber_entry_set_day (LIMBER_ENTRY (session), today);
  limber_fascia_session_set_fascia_kind (session, LIMBER_FASCIA_SELF);
  limber_fascia_session_set_duration (session, MIN (spent, LIMBER_FASCIA_MAX_SECONDS));

  for (guint i = 0; i < limber_session_get_n_moves (self); i++)
    {
      const LimberRoutineMove *move = limber_session_get_move (self, i);
      guint seconds = limber_session_get_move_spent (self, i);

      if (seconds < LIMBER_SESSION_MIN_MOVE_SECONDS)
        continue;

      limber_fascia_session_add_item (session, move->move_id, move->zone, move->side,
                                      MIN (seconds, LIMBER_FASCIA_ITEM_MAX_SECONDS));
    }

  results = limber_session_get_results (self, &n_results);
  for (guint i = 0; i < n_results; i++)
    limber_fascia_session_add_result (session, results[i].test_id, results[i].side,
                                      results[i].after, results[i].value);

  /* The start, to the minute: now, less the time since it started, pauses included. */
  if (now != NULL && limber_session_get_state (self) != LIMBER_SESSION_READY)
    {
      gint64 start = g_date_time_get_hour (now) * 3600 + g_date_time_get_minute (now) * 60 -
                     (gint64) limber_session_get_since_start (self);

      if (start >= 0)
        limber_entry_set_time (LIMBER_ENTRY (session), (int) (start / 60 * 60));
    }

  return g_steal_pointer (&session);
}

/**
 * limber_routine_append_move:
 * @routine: a GArray of LimberRoutineMove
 * @seconds: the time for the move (for each side of a move done per side); 0 for its
 *   default time
 *
 * Appends @move on the first zone it works: once on each side for a move done per side on
 * a paired zone, else once on both sides, or in the centre for the back.
 */
void
limber_routine_append_move (GArray           *routine,
                            const LimberMove *move,
                            guint             seconds)
{
  LimberRoutineMove item = { 0 };

  g_return_if_fail (routine != NULL);
  g_return_if_fail (g_array_get_element_size (routine) == sizeof (LimberRoutineMove));
  g_return_if_fail (move != NULL && move->n_zones > 0);

  item.move_id = g_intern_string (move->id);
  item.zone = move->zones[0];
  item.seconds = seconds > 0 ? seconds : move->default_seconds;

  if (!limber_zone_is_paired (item.zone))
    {
      item.side = LIMBER_SIDE_CENTRE;
      g_array_append_val (routine, item);
    }
  else if (move->per_side)
    {
      item.side = LIMBER_SIDE_LEFT;
      g_array_append_val (routine, item);
      item.side = LIMBER_SIDE_RIGHT;
      g_array_append_val (routine, item);
    }
  else
    {
      item.side = LIMBER_SIDE_BOTH;
      g_array_append_val (routine, item);
    }
}
