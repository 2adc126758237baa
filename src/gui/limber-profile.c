/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-profile"

#include "config.h"

#include <stdio.h>

#include "limber-profile.h"

/* Start-up timing for bench/bench-startup. With LIMBER_PROFILE set, Limber prints one line on
 * stderr when the main window has painted its first frame:
 *
 *   limber-profile: first-frame <g_get_monotonic_time () in µs>
 *
 * The Today page reads this week's figures from the journal while the window is built, so that
 * frame is the first one that shows them. With LIMBER_PROFILE=exit the window then closes, as if
 * the user closed it at once, so the process ends the normal way (and its peak memory can be
 * compared with another program's). bench/bench-bare.c prints the same line. */

typedef enum {
  PROFILE_OFF,
  PROFILE_PRINT,
  PROFILE_EXIT,
} ProfileMode;

static ProfileMode
get_mode (void)
{
  const char *value = g_getenv ("LIMBER_PROFILE");

  if (value == NULL || *value == '\0' || g_str_equal (value, "0"))
    return PROFILE_OFF;

  return g_str_equal (value, "exit") ? PROFILE_EXIT : PROFILE_PRINT;
}

static gboolean
close_window_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);

  fprintf (stderr, "limber-profile: first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stderr);

  if (get_mode () == PROFILE_EXIT)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_window_cb, g_object_ref (window),
                     g_object_unref);
}

static void
on_realize_cb (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_handlers_disconnect_by_func (window, on_realize_cb, NULL);
  g_return_if_fail (clock != NULL);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), window, 0);
}

/**
 * limber_profile_watch_window:
 * @window: a window that is not realized yet
 *
 * When LIMBER_PROFILE is set, prints the moment @window has painted its first frame (and with
 * LIMBER_PROFILE=exit, closes it then). Does nothing otherwise.
 */
void
limber_profile_watch_window (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));

  if (get_mode () == PROFILE_OFF)
    return;

  g_signal_connect_after (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
