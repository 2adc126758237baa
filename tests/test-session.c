/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "limber-clock.h"
#include "limber-session.h"

/* The guided session's logic, on a test clock: a 12-minute routine runs in milliseconds. */

static const LimberRoutineMove routine[] = {
  { "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120 },
  { "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 120 },
  { "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 90 },
  { "upper-back-roll", LIMBER_ZONE_UPPER_BACK, LIMBER_SIDE_CENTRE, 60 },
};

typedef struct
{
  LimberClock   *clock;
  LimberSession *session;
  GArray        *changes;     /* guint: the index of each move-changed */
  guint          ticks;
  guint          finished;
} Fixture;

static void
on_move_changed_cb (LimberSession *session,
                    guint          index,
                    Fixture       *f)
{
  g_array_append_val (f->changes, index);
}

static void
on_tick_cb (LimberSession *session,
            Fixture       *f)
{
  f->ticks++;
}

static void
on_finished_cb (LimberSession *session,
                Fixture       *f)
{
  f->finished++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->clock = limber_test_clock_new ();
  f->session = limber_session_new (f->clock, routine, G_N_ELEMENTS (routine));
  f->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (f->session, "move-changed", G_CALLBACK (on_move_changed_cb), f);
  g_signal_connect (f->session, "tick", G_CALLBACK (on_tick_cb), f);
  g_signal_connect (f->session, "finished", G_CALLBACK (on_finished_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  /* The session let go of its tick. */
  g_assert_cmpuint (limber_clock_get_n_ticks (f->clock), ==, 0);
  g_assert_finalize_object (f->clock);
  g_array_unref (f->changes);
}

static guint
change (Fixture *f,
        guint    i)
{
  g_assert_cmpuint (i, <, f->changes->len);
  return g_array_index (f->changes, guint, i);
}

static const LimberFasciaItem *
items_of (LimberFasciaSession *fascia,
          guint               *n_items)
{
  g_autoptr(GError) error = NULL;

  /* Whatever the session makes, the journal must take. */
  g_assert_true (limber_entry_validate (LIMBER_ENTRY (fascia), 740000, &error));
  g_assert_no_error (error);

  return limber_fascia_session_get_items (fascia, n_items);
}

/* The test clock fires ticks in time order, and a tick may remove itself. */
static gboolean
count_to_three_cb (gpointer data)
{
  guint *count = data;

  return ++*count < 3 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
test_clock (void)
{
  g_autoptr(LimberClock) clock = limber_test_clock_new ();
  gint64 start = limber_clock_get_time (clock);
  guint count = 0;
  guint other = 0;
  guint id;

  g_assert_true (limber_clock_is_test (clock));
  limber_clock_add_tick (clock, 1000, count_to_three_cb, &count, NULL);
  id = limber_clock_add_tick (clock, 400, count_to_three_cb, &other, NULL);
  limber_test_clock_advance (clock, 0.5);
  g_assert_cmpuint (count, ==, 0);
  g_assert_cmpuint (other, ==, 1);
  g_assert_cmpint (limber_clock_get_time (clock) - start, ==, G_USEC_PER_SEC / 2);

  limber_clock_remove_tick (clock, id);
  limber_test_clock_advance (clock, 10);
  g_assert_cmpuint (other, ==, 1);
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpuint (limber_clock_get_n_ticks (clock), ==, 0);
  g_assert_cmpint (limber_clock_get_time (clock) - start, ==, 10500000);

  /* The system clock runs by itself. */
  {
    g_autoptr(LimberClock) system = limber_clock_new_system ();

    g_assert_false (limber_clock_is_test (system));
    g_assert_cmpint (limber_clock_get_time (system), >, 0);
  }
}

/* The default clock is the system's until a test sets its own. */
static void
test_default_clock (void)
{
  g_autoptr(LimberClock) clock = limber_test_clock_new ();
  g_autoptr(LimberSession) session = NULL;

  g_assert_false (limber_clock_is_test (limber_clock_get_default ()));
  limber_clock_set_default (clock);
  session = limber_session_new (NULL, routine, 1);
  g_assert_true (limber_session_get_clock (session) == clock);
  limber_clock_set_default (NULL);
  g_assert_false (limber_clock_is_test (limber_clock_get_default ()));
}

/* A routine played to the end, second by second. */
static void
test_full_run (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LimberFasciaSession) fascia = NULL;
  const LimberFasciaItem *items;
  guint n_items;

  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_READY);
  g_assert_cmpuint (limber_session_get_planned (f->session), ==, 390);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 390);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 120);

  /* Nothing moves before the start. */
  limber_test_clock_advance (f->clock, 30);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 390);

  limber_session_start (f->session);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_PLAYING);
  limber_test_clock_advance (f->clock, 1);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 119);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 389);
  g_assert_cmpuint (f->ticks, ==, 1);

  limber_test_clock_advance (f->clock, 119);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 1);
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpuint (change (f, 0), ==, 1);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 120);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 270);

  /* Halfway through a move. */
  limber_test_clock_advance (f->clock, 60.5);
  g_assert_cmpfloat_with_epsilon (limber_session_get_move_progress (f->session),
                                  60.5 / 120, 0.01);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 60);

  for (guint i = 0; i < 400; i++)
    limber_test_clock_advance (f->clock, 1);

  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpuint (f->changes->len, ==, 3);
  g_assert_cmpuint (change (f, 2), ==, 3);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 0);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 390);
  for (guint i = 0; i < G_N_ELEMENTS (routine); i++)
    g_assert_cmpuint (limber_session_get_move_spent (f->session, i), ==, routine[i].seconds);
  /* Once over, the countdown stops. */
  g_assert_cmpuint (limber_clock_get_n_ticks (f->clock), ==, 0);

  fascia = limber_session_to_fascia_session (f->session, 740000, NULL);
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (fascia)), ==, 740000);
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (fascia)), ==, -1);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==, 390);
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (fascia), ==, LIMBER_FASCIA_SELF);
  items = items_of (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, 4);
  for (guint i = 0; i < n_items; i++)
    {
      g_assert_cmpstr (items[i].move_id, ==, routine[i].move_id);
      g_assert_cmpint (items[i].zone, ==, routine[i].zone);
      g_assert_cmpint (items[i].side, ==, routine[i].side);
      g_assert_cmpuint (items[i].seconds, ==, routine[i].seconds);
    }
}

/* A big jump of the clock runs through several moves, and the overflow carries over. */
static void
test_overflow_carries (Fixture       *f,
                       gconstpointer  data)
{
  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 250);

  g_assert_cmpuint (limber_session_get_index (f->session), ==, 2);
  g_assert_cmpuint (limber_session_get_move_spent (f->session, 0), ==, 120);
  g_assert_cmpuint (limber_session_get_move_spent (f->session, 1), ==, 120);
  g_assert_cmpuint (limber_session_get_move_spent (f->session, 2), ==, 10);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 80);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 140);

  limber_session_stop (f->session);
}

/* Paused time is not counted, and a paused session does not tick. */
static void
test_pause (Fixture       *f,
            gconstpointer  data)
{
  guint ticks;

  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 30);
  limber_session_toggle_pause (f->session);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_PAUSED);
  g_assert_cmpuint (limber_clock_get_n_ticks (f->clock), ==, 0);

  ticks = f->ticks;
  limber_test_clock_advance (f->clock, 600);
  g_assert_cmpuint (f->ticks, ==, ticks);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 90);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 30);

  /* Pausing twice is harmless; resume goes on where it was. */
  limber_session_pause (f->session);
  limber_session_toggle_pause (f->session);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_PLAYING);
  limber_test_clock_advance (f->clock, 10);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 80);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 40);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 350);

  limber_session_stop (f->session);
}

/* Skip goes on at once and keeps the time spent; skipping the last move ends the routine. */
static void
test_skip (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberFasciaSession) fascia = NULL;
  const LimberFasciaItem *items;
  guint n_items;

  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 40);
  limber_session_skip (f->session);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 1);
  g_assert_cmpuint (change (f, 0), ==, 1);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 120);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 270);

  /* Skipped after 3 s: too short to keep. */
  limber_test_clock_advance (f->clock, 3);
  limber_session_skip (f->session);

  /* Skipping while paused stays paused. */
  limber_session_pause (f->session);
  limber_session_skip (f->session);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 3);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_PAUSED);
  limber_session_resume (f->session);
  limber_test_clock_advance (f->clock, 20);
  limber_session_skip (f->session);

  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 63);

  fascia = limber_session_to_fascia_session (f->session, 740000, NULL);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==, 63);
  items = items_of (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpstr (items[0].move_id, ==, "calf-roll");
  g_assert_cmpint (items[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (items[0].seconds, ==, 40);
  g_assert_cmpstr (items[1].move_id, ==, "upper-back-roll");
  g_assert_cmpuint (items[1].seconds, ==, 20);
}

/* Back restarts the previous move's countdown; the time spent on it adds up. */
static void
test_back (Fixture       *f,
           gconstpointer  data)
{
  limber_session_start (f->session);

  /* On the first move, back restarts it. */
  limber_test_clock_advance (f->clock, 10);
  limber_session_back (f->session);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 0);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 120);
  g_assert_cmpuint (change (f, 0), ==, 0);

  limber_test_clock_advance (f->clock, 130);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 1);
  limber_session_back (f->session);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 0);
  g_assert_cmpuint (limber_session_get_move_remaining (f->session), ==, 120);
  g_assert_cmpuint (limber_session_get_remaining (f->session), ==, 390);

  limber_test_clock_advance (f->clock, 5);
  g_assert_cmpuint (limber_session_get_move_spent (f->session, 0), ==, 135);
  g_assert_cmpuint (limber_session_get_move_spent (f->session, 1), ==, 10);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 145);

  limber_session_stop (f->session);
}

/* Stopped early: the moves done so far with their seconds, and the results. */
static void
test_stop_early (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 21, 18, 30, 0);
  g_autoptr(LimberFasciaSession) fascia = NULL;
  const LimberMobilityResult *results;
  const LimberFasciaItem *items;
  guint n_results;
  guint n_items;

  limber_session_add_result (f->session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, 8);
  limber_session_add_result (f->session, "toe_touch", LIMBER_SIDE_CENTRE, FALSE, 12);
  g_assert_cmpuint (limber_session_get_n_results (f->session), ==, 2);

  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 150);
  /* A pause of five minutes counts for the start time, not for the duration. */
  limber_session_pause (f->session);
  limber_test_clock_advance (f->clock, 300);
  limber_session_resume (f->session);
  limber_test_clock_advance (f->clock, 10);
  limber_session_stop (f->session);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_STOPPED);
  g_assert_cmpuint (limber_clock_get_n_ticks (f->clock), ==, 0);

  /* Stopped is stopped: nothing counts any more. */
  limber_test_clock_advance (f->clock, 100);
  limber_session_skip (f->session);
  limber_session_resume (f->session);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 160);
  g_assert_cmpuint (f->finished, ==, 0);

  limber_session_add_result (f->session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, 9.5);
  fascia = limber_session_to_fascia_session (f->session, 740000, now);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==, 160);
  /* Started 560 s (9 min 20 s) before 18:30, pause and wait included: 18:20:40. */
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (fascia)), ==, 18 * 3600 + 20 * 60);

  items = items_of (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpuint (items[0].seconds, ==, 120);
  g_assert_cmpint (items[1].side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (items[1].seconds, ==, 40);

  results = limber_fascia_session_get_results (fascia, &n_results);
  g_assert_cmpuint (n_results, ==, 3);
  g_assert_cmpstr (results[0].test_id, ==, "knee_to_wall");
  g_assert_false (results[0].after);
  g_assert_cmpfloat (results[1].value, ==, 12);
  g_assert_true (results[2].after);
  g_assert_cmpfloat (results[2].value, ==, 9.5);
}

/* Stopped within the first minute: the journal refuses it, so the player must not offer it. */
static void
test_stop_too_short (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberFasciaSession) fascia = NULL;
  g_autoptr(GError) error = NULL;

  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 45);
  limber_session_stop (f->session);

  fascia = limber_session_to_fascia_session (f->session, 740000, NULL);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==, 45);
  g_assert_false (limber_entry_validate (LIMBER_ENTRY (fascia), 740000, &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION);

  /* Stopping before the start leaves nothing at all. */
  {
    g_autoptr(LimberSession) other = limber_session_new (f->clock, routine, 1);

    limber_session_stop (other);
    g_assert_cmpint (limber_session_get_state (other), ==, LIMBER_SESSION_STOPPED);
    g_assert_cmpuint (limber_session_get_spent (other), ==, 0);
  }
}

/* A handler may stop the session from inside a tick, as the player's Stop does. */
static void
stop_on_move_cb (LimberSession *session,
                 guint          index,
                 gpointer       data)
{
  limber_session_stop (session);
}

static void
test_stop_from_signal (Fixture       *f,
                       gconstpointer  data)
{
  g_signal_connect (f->session, "move-changed", G_CALLBACK (stop_on_move_cb), NULL);
  limber_session_start (f->session);
  limber_test_clock_advance (f->clock, 500);

  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_STOPPED);
  g_assert_cmpuint (limber_session_get_index (f->session), ==, 1);
  g_assert_cmpuint (limber_session_get_spent (f->session), ==, 120);
  g_assert_cmpuint (limber_clock_get_n_ticks (f->clock), ==, 0);
}

/* A single move becomes one part, or one per side. */
static void
test_append_move (void)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (LimberRoutineMove));
  const LimberRoutineMove *m;

  limber_routine_append_move (moves, limber_moves_lookup ("figure-four"), 0);
  limber_routine_append_move (moves, limber_moves_lookup ("rocking-fold"), 150);
  limber_routine_append_move (moves, limber_moves_lookup ("upper-back-roll"), 0);

  g_assert_cmpuint (moves->len, ==, 4);
  m = (const LimberRoutineMove *) (gpointer) moves->data;
  g_assert_cmpstr (m[0].move_id, ==, "figure-four");
  g_assert_cmpint (m[0].zone, ==, LIMBER_ZONE_HIP);
  g_assert_cmpint (m[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (m[0].seconds, ==, 90);
  g_assert_cmpint (m[1].side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpint (m[2].zone, ==, LIMBER_ZONE_HAMSTRING);
  g_assert_cmpint (m[2].side, ==, LIMBER_SIDE_BOTH);
  g_assert_cmpuint (m[2].seconds, ==, 150);
  g_assert_cmpint (m[3].side, ==, LIMBER_SIDE_CENTRE);
  g_assert_cmpuint (m[3].seconds, ==, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/clock/test-clock", test_clock);
  g_test_add_func ("/limber/clock/default", test_default_clock);
  g_test_add_func ("/limber/session/append-move", test_append_move);
#define ADD(path, func) \
  g_test_add ("/limber/session/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("full-run", test_full_run);
  ADD ("overflow-carries", test_overflow_carries);
  ADD ("pause", test_pause);
  ADD ("skip", test_skip);
  ADD ("back", test_back);
  ADD ("stop-early", test_stop_early);
  ADD ("stop-too-short", test_stop_too_short);
  ADD ("stop-from-signal", test_stop_from_signal);
#undef ADD

  return g_test_run ();
}
