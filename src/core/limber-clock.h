/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_CLOCK (limber_clock_get_type ())

G_DECLARE_FINAL_TYPE (LimberClock, limber_clock, LIMBER, CLOCK, GObject)

LimberClock *limber_clock_new_system    (void);
LimberClock *limber_test_clock_new      (void);

LimberClock *limber_clock_get_default   (void);
void         limber_clock_set_default   (LimberClock    *clock);

gboolean     limber_clock_is_test       (LimberClock    *self);
gint64       limber_clock_get_time      (LimberClock    *self);
guint        limber_clock_add_tick      (LimberClock    *self,
                                         guint           interval_ms,
                                         GSourceFunc     func,
                                         gpointer        data,
                                         GDestroyNotify  notify);
void         limber_clock_remove_tick   (LimberClock    *self,
                                         guint           tick_id);
guint        limber_clock_get_n_ticks   (LimberClock    *self);

void         limber_test_clock_advance  (LimberClock    *self,
                                         double          seconds);

G_END_DECLS
