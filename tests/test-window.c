/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "limber-preferences-window.h"
#include "limber-ui-test.h"


static void
test_window_pages (Fixture *f)
{
  static const struct {
    const char *action;
    const char *page;
    const char *status;
  } pages[] = {
    { "win.page-journal", "journal", "journal_bin" },
    { "win.page-progress", "progress", "progress_bin" },
    { "win.page-plan", "plan", "plan_bin" },
    { "win.page-today", "today", "today_bin" },
  };
  AdwViewStack *stack;

  g_assert_true (limber_window_get_journal (f->window) == f->journal);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Limber");

  /* Launching shows Today. */
  stack = window_child (f->window, LIMBER_TYPE_WINDOW, "stack");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "today");
  g_assert_cmpstr (limber_window_get_page (f->window), ==, "today");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *status = window_child (f->window, LIMBER_TYPE_WINDOW, pages[i].status);
      AdwViewStackPage *page;

      if (ADW_IS_STATUS_PAGE (status))
        {
          /* Pages still to come say so. */
          g_assert_cmpuint (strlen (adw_status_page_get_title (ADW_STATUS_PAGE (status))), >, 0);
          g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))),
                            >, 0);
          g_assert_nonnull (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)));
        }
      else
        {
          /* Today is made at once; the others when first shown, so start-up pays for
           * Today alone. */
          g_assert_true (ADW_IS_BIN (status));
          if (g_str_equal (pages[i].page, "today"))
            g_assert_nonnull (adw_bin_get_child (ADW_BIN (status)));
          else
            g_assert_null (adw_bin_get_child (ADW_BIN (status)));
        }

      /* The switcher shows each page with a title and an icon. */
      page = adw_view_stack_get_page (stack, GTK_WIDGET (status));
      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, pages[i].page);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), pages[i].action, NULL));
      drain ();

      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i].page);
      g_assert_true (adw_view_stack_get_visible_child (stack) == GTK_WIDGET (status));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
      g_assert_nonnull (adw_bin_get_child (ADW_BIN (status)));
      g_assert_true (gtk_widget_get_mapped (adw_bin_get_child (ADW_BIN (status))));
    }

  limber_window_set_page (f->window, "plan");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "plan");
}

static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            return shortcut;
        }
    }

  return NULL;
}

static void
assert_window_shortcut (GtkWidget  *window,
                        const char *trigger,
                        const char *action_name)
{
  GtkShortcut *shortcut = find_shortcut (window, trigger);
  GtkShortcutAction *action;

  g_assert_nonnull (shortcut);
  action = gtk_shortcut_get_action (shortcut);
  g_test_message ("%s → %s", trigger, G_OBJECT_TYPE_NAME (action));
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==,
                   action_name);
}

static void
assert_app_accel (Fixture    *f,
                  const char *action_name,
                  const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                 action_name);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
test_window_shortcuts (Fixture *f)
{
  GtkWidget *help_overlay;


  assert_window_shortcut (GTK_WIDGET (f->window), "<Alt>1", "win.page-today");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Alt>2", "win.page-journal");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Alt>3", "win.page-progress");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Alt>4", "win.page-plan");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Control>w", "window.close");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Shift><Control>r", "win.log-run");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Shift><Control>p", "win.log-soreness");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Shift><Control>w", "win.log-water");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Shift><Control>f", "win.log-fascia");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Control>f", "win.search");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Control>z", "win.undo");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Control>o", "win.import");
  assert_window_shortcut (GTK_WIDGET (f->window), "<Shift><Control>e", "win.export-chart");

  assert_app_accel (f, "app.quit", "<Control>q");
  assert_app_accel (f, "app.preferences", "<Control>comma");
  assert_app_accel (f, "app.help", "F1");
  assert_app_accel (f, "win.show-help-overlay", "<Control>question");

  /* The shortcuts window comes from gtk/help-overlay.ui and opens from the menu. */
  help_overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (
                             GTK_APPLICATION_WINDOW (f->window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (help_overlay));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "shortcuts", NULL);
  wait_until (is_mapped, help_overlay);
}

static void
test_window_preferences (Fixture *f)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWindow *preferences;
  GtkSpinButton *fascia_spin;
  GtkSpinButton *water_spin;
  AdwComboRow *units_row;
  AdwComboRow *style_row;
  g_autofree char *units = NULL;
  g_autofree char *color_scheme = NULL;

  g_settings_set_uint (f->settings, "weekly-fascia-target", 5);
  g_settings_set_double (f->settings, "daily-water-target", 2.5);
  g_settings_set_string (f->settings, "units", "mi");

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  preferences = wait_for_toplevel (LIMBER_TYPE_PREFERENCES_WINDOW);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (preferences));

  fascia_spin = window_child (preferences, LIMBER_TYPE_PREFERENCES_WINDOW, "fascia_target_spin");
  water_spin = window_child (preferences, LIMBER_TYPE_PREFERENCES_WINDOW, "water_target_spin");
  units_row = window_child (preferences, LIMBER_TYPE_PREFERENCES_WINDOW, "units_row");
  style_row = window_child (preferences, LIMBER_TYPE_PREFERENCES_WINDOW, "style_row");

  /* The window shows the stored values... */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (fascia_spin), ==, 5);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (water_spin), 2.5, 1e-9);
  g_assert_cmpuint (adw_combo_row_get_selected (units_row), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);

  /* ...stores what the user changes... */
  gtk_spin_button_set_value (fascia_spin, 7);
  gtk_spin_button_set_value (water_spin, 3.2);
  adw_combo_row_set_selected (units_row, 0);
  drain ();
  g_assert_cmpuint (g_settings_get_uint (f->settings, "weekly-fascia-target"), ==, 7);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (f->settings, "daily-water-target"),
                                  3.2, 1e-9);
  units = g_settings_get_string (f->settings, "units");
  g_assert_cmpstr (units, ==, "km");

  /* ...follows changes made elsewhere... */
  g_settings_set_uint (f->settings, "weekly-fascia-target", 2);
  drain ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (fascia_spin), ==, 2);

  /* ...and switching the style restyles the app at once. */
  adw_combo_row_set_selected (style_row, 2);
  drain ();
  color_scheme = g_settings_get_string (f->settings, "color-scheme");
  g_assert_cmpstr (color_scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));

  adw_combo_row_set_selected (style_row, 1);
  drain ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style_manager));

  adw_combo_row_set_selected (style_row, 0);
  drain ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_close (preferences);
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_PREFERENCES_WINDOW));
}

static void
test_window_about (Fixture *f)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  about = ADW_ABOUT_WINDOW (wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Limber");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, "0.1.0");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (about), ==,
                   "https://github.com/limberjournal/limber");
}

static void
test_window_size (Fixture *f)
{
  LimberWindow *window;
  int width, height;

  /* The first window opens at the default size... */
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 960);
  g_assert_cmpint (height, ==, 720);

  /* ...the next one at the size the last one had... */
  g_settings_set_int (f->settings, "window-width", 700);
  g_settings_set_int (f->settings, "window-height", 500);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_null (f->window);
  window = limber_window_new (f->app, f->journal);
  gtk_window_present (GTK_WINDOW (window));
  track_window (f, window);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
  /* The surface is that size; the widget inside it leaves room for the resize border. */
  wait_until (is_allocated, f->window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), >=, 680);

  /* ...and remembers a new size when it is closed with Ctrl+W. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 820, 610);
  drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "window.close", NULL));
  wait_until (is_null, &f->window);

  g_assert_cmpint (g_settings_get_int (f->settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (f->settings, "window-maximized"));
}

static void
test_window_narrow (Fixture *f)
{
  GtkWidget *switcher_bar = NULL;
  int minimum;

  /* Nothing forces the window wider than a phone. */
  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* A narrow window moves the page switcher to the bottom. */
  for (GtkWidget *child = gtk_widget_get_first_child (adw_application_window_get_content (
                    ADW_APPLICATION_WINDOW (f->window)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_VIEW_SWITCHER_BAR (child))
      switcher_bar = child;
  g_assert_nonnull (switcher_bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (switcher_bar)));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  drain ();
  wait_until (is_revealed, switcher_bar);
}

typedef struct
{
  GtkWindow         *window;
  char              *heading;
  char              *body;
  guint              n_journal_entries;
  int                window_width;
  gboolean           saw_window;
} RunResult;

/* Calls @func once @window is on screen, as a user would see it. */
static void
when_mapped (GtkWindow  *window,
             GSourceFunc func,
             RunResult  *result)
{
  g_set_object (&result->window, window);
  g_timeout_add (20, func, result);
}

static gboolean
on_error_dialog_shown_cb (gpointer data)
{
  RunResult *result = data;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (result->window);

  if (!gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    return G_SOURCE_CONTINUE;

  result->heading = g_strdup (adw_message_dialog_get_heading (dialog));
  result->body = g_strdup (adw_message_dialog_get_body (dialog));

  /* What pressing the dialog's only button does. */
  adw_message_dialog_response (dialog, "quit");
  g_clear_object (&result->window);

  return G_SOURCE_REMOVE;
}

static void
on_error_window_added_cb (GtkApplication *app,
                          GtkWindow      *window,
                          RunResult      *result)
{
  if (ADW_IS_MESSAGE_DIALOG (window))
    when_mapped (window, on_error_dialog_shown_cb, result);
}

static gboolean
on_run_timeout_cb (gpointer data)
{
  g_error ("The application did not quit");
  return G_SOURCE_REMOVE;
}

static int
run_application (LimberApplication  *app,
                 const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  guint timeout_id;
  int status;

  g_strv_builder_add (builder, "limber");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_run_timeout_cb, NULL);
  status = g_application_run (G_APPLICATION (app), g_strv_length (argv), argv);
  g_source_remove (timeout_id);

  return status;
}

static void
test_window_open_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *option = NULL;
  LimberApplication *app;
  RunResult result = { NULL, };

  SKIP_WITHOUT_DISPLAY ();

  /* A file that is not a journal at all. */
  dir = g_dir_make_tmp ("limber-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notes.txt", NULL);
  g_file_set_contents (path, "Ran 10 km, calves tight.\n", -1, &error);
  g_assert_no_error (error);
  option = g_strconcat ("--database=", path, NULL);

  app = limber_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_error_window_added_cb), &result);
  g_assert_cmpint (run_application (app, (const char * const []) { option, NULL }), ==, 0);

  /* The user saw why, and where; answering the dialog quit the app. */
  g_assert_null (result.window);
  g_assert_cmpstr (result.heading, ==, "Could Not Open the Journal");
  g_assert_nonnull (strstr (result.body, path));
  g_assert_null (limber_application_get_journal (app));
  destroy_all_windows ();
  g_assert_finalize_object (app);

  /* The file is untouched. */
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (path, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (contents, ==, "Ran 10 km, calves tight.\n");
  }

  g_free (result.heading);
  g_free (result.body);
  remove_dir (dir);
}

static gboolean
on_demo_window_shown_cb (gpointer data)
{
  RunResult *result = data;
  GtkWindow *window = result->window;
  LimberJournal *journal;

  if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  journal = limber_window_get_journal (LIMBER_WINDOW (window));
  result->saw_window = TRUE;
  result->n_journal_entries = limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL);

  /* Quitting with Ctrl+Q closes the window, which saves its size. */
  gtk_window_set_default_size (window, 1000, 700);
  g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (window)), "quit",
                                  NULL);
  g_clear_object (&result->window);

  return G_SOURCE_REMOVE;
}

static void
on_demo_window_added_cb (GtkApplication *app,
                         GtkWindow      *window,
                         RunResult      *result)
{
  if (LIMBER_IS_WINDOW (window))
    when_mapped (window, on_demo_window_shown_cb, result);
}

static void
test_window_demo (void)
{
  g_autoptr(GSettings) settings = NULL;
  LimberApplication *app;
  RunResult result = { NULL, };

  SKIP_WITHOUT_DISPLAY ();

  settings = g_settings_new (APPLICATION_ID);
  reset_settings (settings);

  app = limber_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_demo_window_added_cb), &result);
  g_assert_cmpint (run_application (app, (const char * const []) { "--demo", NULL }), ==, 0);

  /* --demo opened a journal full of sample entries in a window of its own. */
  g_assert_null (result.window);
  g_assert_true (result.saw_window);
  g_assert_cmpuint (result.n_journal_entries, >, 0);
  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_NON_UNIQUE);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);

  /* Shutdown closed the journal. */
  g_assert_null (limber_application_get_journal (app));
  destroy_all_windows ();
  g_assert_finalize_object (app);
}

static const WindowTest window_tests[] = {
  { "/limber/window/pages", test_window_pages },
  { "/limber/window/shortcuts", test_window_shortcuts },
  { "/limber/window/preferences", test_window_preferences },
  { "/limber/window/about", test_window_about },
  { "/limber/window/size", test_window_size },
  { "/limber/window/narrow", test_window_narrow },
};

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: it hides the MIME database and the icon theme that GTK
   * needs to draw icons. The tests touch no user folder: journals live in g_dir_make_tmp()
   * folders and GSETTINGS_BACKEND=memory keeps settings in memory. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (!have_display)
    g_test_message ("No display: the window tests are skipped");

  for (guint i = 0; i < G_N_ELEMENTS (window_tests); i++)
    g_test_add (window_tests[i].path, Fixture, &window_tests[i],
                fixture_setup, run_window_test, fixture_teardown);
  g_test_add_func ("/limber/window/open-error", test_window_open_error);
  g_test_add_func ("/limber/window/demo", test_window_demo);

  return g_test_run ();
}
