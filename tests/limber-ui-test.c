/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-ui-test"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-ui-test.h"

gboolean have_display;

static gboolean
on_wait_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; fails the test after WAIT_SECONDS. */
void
wait_until (Condition condition,
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_wait_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

/* Handles whatever is pending: redraws, settings notifications, idles. */
void
drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

gboolean
is_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data);
}

gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The first window of @type, shown or not; the toplevel list owns it. */
GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

gboolean
has_toplevel (gpointer data)
{
  GtkWindow *window = find_toplevel (GPOINTER_TO_SIZE (data));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

GtkWindow *
wait_for_toplevel (GType type)
{
  wait_until (has_toplevel, GSIZE_TO_POINTER (type));
  return find_toplevel (type);
}

gpointer
window_child (gpointer     window,
              GType        type,
              const char  *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), type, name);

  g_assert_nonnull (child);
  return child;
}

void
destroy_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *window;

  /* Main windows first: they take their shortcuts windows along. */
  while ((window = find_toplevel (LIMBER_TYPE_WINDOW)) != NULL)
    {
      gtk_window_destroy (window);
      drain ();
    }

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (other);
      drain ();
    }
}

void
reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!have_display)
    return;

  f->settings = g_settings_new (APPLICATION_ID);
  reset_settings (f->settings);

  f->dir = g_dir_make_tmp ("limber-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);

  f->app = limber_application_new_for_journal (f->journal);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (!have_display)
    return;

  g_assert_null (f->window);
  g_assert_finalize_object (f->app);
  if (f->journal != NULL)
    g_assert_finalize_object (f->journal);
  g_assert_finalize_object (f->settings);

  remove_dir (f->dir);
  g_free (f->dir);
}


/* Waits until @window is on screen and makes it the fixture's window. */
void
track_window (Fixture      *f,
              LimberWindow *window)
{
  g_assert_true (LIMBER_IS_WINDOW (window));
  f->window = window;
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);

  wait_until (is_mapped, f->window);
}

/* Runs after the application has opened its window, inside g_application_run(). */
static void
on_app_activate_cb (GApplication *app,
                    Fixture      *f)
{
  track_window (f, LIMBER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app))));

  f->test->func (f);
  f->test_ran = TRUE;

  /* With its last window gone, the application shuts down and g_application_run() returns. */
  destroy_all_windows ();
}

/* Launches the application as a user would, and runs the test once its window is shown. */
void
run_window_test (Fixture       *f,
                 gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  f->test = data;
  g_signal_connect_after (f->app, "activate", G_CALLBACK (on_app_activate_cb), f);

  g_assert_cmpint (g_application_run (G_APPLICATION (f->app), 0, NULL), ==, 0);
  g_assert_true (f->test_ran);

  /* Shutdown closed the journal. */
  g_assert_null (limber_application_get_journal (f->app));
}