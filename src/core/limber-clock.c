/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-clock"

#include "config.h"

#include "limber-clock.h"

/* Time for a guided session: a monotonic time and ticks at an interval. The system clock
 * reads g_get_monotonic_time () and ticks from the main loop; a test clock stands still
 * until limber_test_clock_advance () moves it, firing the ticks that fall due on the way,
 * so a whole session runs in milliseconds. */

typedef struct
{
  LimberClock    *clock;
  guint           id;
  gint64          interval;      /* microseconds */
  gint64          due;           /* test clock: the time of the next tick */
  guint           source_id;     /* system clock: the main loop source */
  GSourceFunc     func;
  gpointer        data;
  GDestroyNotify  notify;
  gboolean        dispatching;
  gboolean        removed;       /* removed while it was dispatching */
} Tick;

struct _LimberClock
{
  GObject    parent_instance;

  gboolean   test;
  gint64     now;                /* test clock only */
  guint      last_id;
  GPtrArray *ticks;              /* Tick, in the order they were added */
};

G_DEFINE_FINAL_TYPE (LimberClock, limber_clock, G_TYPE_OBJECT)

static LimberClock *default_clock;

static void
tick_free (gpointer data)
{
  Tick *tick = data;

  g_clear_handle_id (&tick->source_id, g_source_remove);
  if (tick->notify != NULL)
    tick->notify (tick->data);
  g_free (tick);
}

static Tick *
find_tick (LimberClock *self,
           guint        tick_id)
{
  for (guint i = 0; i < self->ticks->len; i++)
    {
      Tick *tick = g_ptr_array_index (self->ticks, i);

      if (tick->id == tick_id && !tick->removed)
        return tick;
    }

  return NULL;
}

/* Calls the tick's function; FALSE when the tick is gone afterwards (it returned
 * G_SOURCE_REMOVE or removed itself), and then @tick is freed. */
static gboolean
dispatch (LimberClock *self,
          Tick        *tick)
{
  gboolean again;

  tick->dispatching = TRUE;
  again = tick->func (tick->data);
  tick->dispatching = FALSE;

  if (again && !tick->removed)
    return TRUE;

  /* The main loop drops its source itself when we return G_SOURCE_REMOVE. */
  tick->source_id = 0;
  g_ptr_array_remove (self->ticks, tick);

  return FALSE;
}

static gboolean
on_system_tick_cb (gpointer data)
{
  Tick *tick = data;

  return dispatch (tick->clock, tick) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static Tick *
next_due (LimberClock *self,
          gint64       until)
{
  Tick *next = NULL;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      Tick *tick = g_ptr_array_index (self->ticks, i);

      if (!tick->removed && tick->due <= until && (next == NULL || tick->due < next->due))
        next = tick;
    }

  return next;
}

static void
limber_clock_finalize (GObject *object)
{
  LimberClock *self = LIMBER_CLOCK (object);

  g_clear_pointer (&self->ticks, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_clock_parent_class)->finalize (object);
}

static void
limber_clock_class_init (LimberClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_clock_finalize;
}

static void
limber_clock_init (LimberClock *self)
{
  self->ticks = g_ptr_array_new_with_free_func (tick_free);
}

/**
 * limber_clock_new_system:
 *
 * Returns: (transfer full): a clock on g_get_monotonic_time () and the main loop
 */
LimberClock *
limber_clock_new_system (void)
{
  return g_object_new (LIMBER_TYPE_CLOCK, NULL);
}

/**
 * limber_test_clock_new:
 *
 * Returns: (transfer full): a clock that moves only when limber_test_clock_advance () says
 */
LimberClock *
limber_test_clock_new (void)
{
  LimberClock *self = g_object_new (LIMBER_TYPE_CLOCK, NULL);

  self->test = TRUE;
  /* Any start will do; not 0, so that "no time yet" stays distinct. */
  self->now = G_USEC_PER_SEC;

  return self;
}

/**
 * limber_clock_get_default:
 *
 * The clock a guided session uses when none is given: the system clock, unless a test set
 * another with limber_clock_set_default ().
 *
 * Returns: (transfer none): the default clock
 */
LimberClock *
limber_clock_get_default (void)
{
  if (default_clock == NULL)
    default_clock = limber_clock_new_system ();

  return default_clock;
}

/* Makes @clock the default (a reference is kept); NULL goes back to the system clock. */
void
limber_clock_set_default (LimberClock *clock)
{
  g_return_if_fail (clock == NULL || LIMBER_IS_CLOCK (clock));

  if (clock != NULL)
    g_object_ref (clock);
  g_clear_object (&default_clock);
  default_clock = clock;
}

gboolean
limber_clock_is_test (LimberClock *self)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), FALSE);

  return self->test;
}

/* Monotonic time in microseconds. */
gint64
limber_clock_get_time (LimberClock *self)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);

  return self->test ? self->now : g_get_monotonic_time ();
}

/**
 * limber_clock_add_tick:
 * @interval_ms: time between two calls, in milliseconds
 * @func: called at each tick; returns G_SOURCE_REMOVE to stop
 * @notify: (nullable): frees @data when the tick is removed
 *
 * Returns: the id of the tick, for limber_clock_remove_tick ()
 */
guint
limber_clock_add_tick (LimberClock    *self,
                       guint           interval_ms,
                       GSourceFunc     func,
                       gpointer        data,
                       GDestroyNotify  notify)
{
  Tick *tick;

  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);
  g_return_val_if_fail (interval_ms > 0, 0);
  g_return_val_if_fail (func != NULL, 0);

  tick = g_new0 (Tick, 1);
  tick->clock = self;
  tick->id = ++self->last_id;
  tick->interval = (gint64) interval_ms * 1000;
  tick->func = func;
  tick->data = data;
  tick->notify = notify;

  if (self->test)
    tick->due = self->now + tick->interval;
  else
    tick->source_id = g_timeout_add_full (G_PRIORITY_DEFAULT, interval_ms, on_system_tick_cb,
                                          tick, NULL);

  g_ptr_array_add (self->ticks, tick);

  return tick->id;
}

/* Stops a tick; it may be the one being called. */
void
limber_clock_remove_tick (LimberClock *self,
                          guint        tick_id)
{
  Tick *tick;

  g_return_if_fail (LIMBER_IS_CLOCK (self));

  tick = find_tick (self, tick_id);
  g_return_if_fail (tick != NULL);

  if (tick->dispatching)
    tick->removed = TRUE;
  else
    g_ptr_array_remove (self->ticks, tick);
}

/* The ticks running. */
guint
limber_clock_get_n_ticks (LimberClock *self)
{
  guint n = 0;

  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);

  for (guint i = 0; i < self->ticks->len; i++)
    n += ((Tick *) g_ptr_array_index (self->ticks, i))->removed ? 0 : 1;

  return n;
}

/**
 * limber_test_clock_advance:
 * @self: a test clock
 * @seconds: how far to move it
 *
 * Moves the time forward, calling each tick as the time reaches it, in time order.
 */
void
limber_test_clock_advance (LimberClock *self,
                           double       seconds)
{
  gint64 until;
  Tick *tick;

  g_return_if_fail (LIMBER_IS_CLOCK (self));
  g_return_if_fail (self->test);
  g_return_if_fail (seconds >= 0);

  until = self->now + (gint64) (seconds * G_USEC_PER_SEC + 0.5);

  while ((tick = next_due (self, until)) != NULL)
    {
      self->now = tick->due;
      tick->due += tick->interval;
      dispatch (self, tick);
    }

  self->now = until;
}
