/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-bare"

#include "config.h"

#include <stdio.h>

#include <adwaita.h>

/* The baseline of bench-startup: the least a libadwaita application shows, an
 * AdwApplicationWindow of Limber's default size (960x720) with a header bar, built with the
 * project's flags. Like Limber with LIMBER_PROFILE set, it prints
 *
 *   limber-profile: first-frame <g_get_monotonic_time () in µs>
 *
 * on stderr once the window has painted its first frame, and with LIMBER_PROFILE=exit then
 * closes the window, so that the application ends the same way. Not a test. */

#define WIDTH  960
#define HEIGHT 720

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

  if (g_strcmp0 (g_getenv ("LIMBER_PROFILE"), "exit") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_window_cb, g_object_ref (window),
                     g_object_unref);
}

static void
on_realize_cb (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), window, 0);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  if (g_getenv ("LIMBER_PROFILE") != NULL)
    g_signal_connect_after (window, "realize", G_CALLBACK (on_realize_cb), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new (APPLICATION_ID ".BenchBare", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
