/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminders"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "limber-fascia-session.h"
#include "limber-preferences-window.h"
#include "limber-reminders.h"
#include "limber-session-player.h"
#include "limber-soreness.h"
#include "limber-ui-test.h"

/* The daily reminder, driven by a test clock that starts a moment before the reminder time
 * (19:00 by default) on Saturday 21 November 2026, and life in the background. */

#define TODAY (limber_day_from_ymd (2026, 11, 21))
#define MONDAY (TODAY - 5)

/* A clock that starts at a chosen time and then runs at the real pace. */
typedef struct
{
  GDateTime *start;
  gint64     started;       /* monotonic µs */
} TestClock;

static GDateTime *
test_clock_now (gpointer data)
{
  TestClock *clock = data;

  return g_date_time_add (clock->start, g_get_monotonic_time () - clock->started);
}

static void
test_clock_free (gpointer data)
{
  TestClock *clock = data;

  g_date_time_unref (clock->start);
  g_free (clock);
}

/* Sets @reminders' clock to @seconds before 19:00 on the day @days_after TODAY. */
static void
set_clock_before (LimberReminders *reminders,
                  int              days_after,
                  double           seconds)
{
  TestClock *clock = g_new0 (TestClock, 1);
  g_autoptr(GDateTime) seven = g_date_time_new_local (2026, 11, 21 + days_after, 19, 0, 0);

  clock->start = g_date_time_add (seven, (GTimeSpan) (-seconds * G_TIME_SPAN_SECOND));
  clock->started = g_get_monotonic_time ();
  limber_reminders_set_clock (reminders, test_clock_now, clock, test_clock_free);
}

typedef struct
{
  char            *dir;
  LimberJournal   *journal;
  GSettings       *settings;
  LimberReminders *reminders;
  guint            n_reminders;
  char            *title;
  char            *body;
} ReminderFixture;

static void
on_reminder_cb (LimberReminders *reminders,
                const char      *title,
                const char      *body,
                ReminderFixture        *f)
{
  f->n_reminders++;
  g_free (f->title);
  g_free (f->body);
  f->title = g_strdup (title);
  f->body = g_strdup (body);
}

static void
setup (ReminderFixture      *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->settings = g_settings_new (APPLICATION_ID);
  reset_settings (f->settings);

  f->dir = g_dir_make_tmp ("limber-test-reminders-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);

  f->reminders = limber_reminders_new (f->journal, f->settings);
  g_signal_connect (f->reminders, "reminder", G_CALLBACK (on_reminder_cb), f);
}

static void
teardown (ReminderFixture      *f,
          gconstpointer  data)
{
  g_assert_finalize_object (f->reminders);
  g_assert_finalize_object (f->journal);
  reset_settings (f->settings);
  g_assert_finalize_object (f->settings);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->title);
  g_free (f->body);
}

static void
add (ReminderFixture    *f,
     LimberEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (f->journal, entry, &error));
  g_assert_no_error (error);
  g_object_unref (entry);
}

static void
add_session (ReminderFixture  *f,
             LimberDay  day)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, 600);
  add (f, LIMBER_ENTRY (session));
}

static void
add_sharp_calf (ReminderFixture  *f,
                LimberDay  day)
{
  LimberSoreness *sore = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, LIMBER_ZONE_CALF);
  limber_soreness_set_side (sore, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (sore, 6);
  limber_soreness_set_quality (sore, LIMBER_QUALITY_SHARP);
  add (f, LIMBER_ENTRY (sore));
}

static void
assert_next_at (LimberReminders *reminders,
                int              day_of_month,
                int              hour,
                int              minute)
{
  g_autoptr(GDateTime) next = limber_reminders_get_next (reminders);

  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_get_year (next), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (next), ==, 11);
  g_assert_cmpint (g_date_time_get_day_of_month (next), ==, day_of_month);
  g_assert_cmpint (g_date_time_get_hour (next), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (next), ==, minute);
}

/* The next reminder is at 19:00 on @day_of_month November. */
static void
assert_next (LimberReminders *reminders,
             int              day_of_month)
{
  assert_next_at (reminders, day_of_month, 19, 0);
}

static gboolean
reminded (gpointer data)
{
  ReminderFixture *f = data;

  return f->n_reminders > 0;
}

/* The reminder time has gone by when the next one is on @day_of_month. */
typedef struct
{
  LimberReminders *reminders;
  int              day_of_month;
} NextDay;

static gboolean
next_is_on (gpointer data)
{
  NextDay *wanted = data;
  g_autoptr(GDateTime) next = limber_reminders_get_next (wanted->reminders);

  return next != NULL && g_date_time_get_day_of_month (next) == wanted->day_of_month;
}

static void
wait_for_next (LimberReminders *reminders,
               int              day_of_month)
{
  NextDay wanted = { reminders, day_of_month };

  wait_until (next_is_on, &wanted);
}

static void
test_off_by_default (ReminderFixture      *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) next = limber_reminders_get_next (f->reminders);

  g_assert_false (g_settings_get_boolean (f->settings, "reminder-enabled"));
  g_assert_null (next);

  set_clock_before (f->reminders, 0, 3600);
  g_settings_set_boolean (f->settings, "reminder-enabled", TRUE);
  assert_next (f->reminders, 21);

  /* A time already gone today waits for tomorrow. */
  g_settings_set_uint (f->settings, "reminder-time", 17 * 60 + 30);
  assert_next_at (f->reminders, 22, 17, 30);
  g_settings_set_uint (f->settings, "reminder-time", 19 * 60);
  assert_next (f->reminders, 21);

  g_settings_set_boolean (f->settings, "reminder-enabled", FALSE);
  next = limber_reminders_get_next (f->reminders);
  g_assert_null (next);
}

/* With sessions still due, the reminder comes at the time on the test clock. */
static void
test_fires_when_due (ReminderFixture      *f,
                     gconstpointer  data)
{
  gint64 started = g_get_monotonic_time ();

  add_session (f, MONDAY);
  g_settings_set_boolean (f->settings, "reminder-enabled", TRUE);
  set_clock_before (f->reminders, 0, 0.3);
  assert_next (f->reminders, 21);
  g_assert_cmpuint (f->n_reminders, ==, 0);

  wait_until (reminded, f);
  g_assert_cmpuint (f->n_reminders, ==, 1);
  g_assert_cmpstr (f->title, ==, "Time for your fascia routine");
  g_assert_true (g_str_has_prefix (f->body, "2 more sessions are due this week; today’s routine "
                                            "takes about "));
  g_assert_cmpint (g_get_monotonic_time () - started, <, 5 * G_TIME_SPAN_SECOND);

  /* Tomorrow's is next; nothing more today. */
  assert_next (f->reminders, 22);
  drain ();
  g_assert_cmpuint (f->n_reminders, ==, 1);
}

/* No reminder when the week's target is met, nor when today's session is done. */
static void
test_quiet_when_not_due (ReminderFixture      *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) seven = g_date_time_new_local (2026, 11, 21, 19, 0, 0);
  g_autoptr(LimberFasciaSession) today = limber_fascia_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  add_session (f, MONDAY);
  add_session (f, MONDAY + 2);
  add_session (f, MONDAY + 4);
  g_settings_set_boolean (f->settings, "reminder-enabled", TRUE);
  set_clock_before (f->reminders, 0, 0.2);

  wait_for_next (f->reminders, 22);
  g_assert_cmpuint (f->n_reminders, ==, 0);

  /* Three of five, but one of them today: nothing to remind of today. */
  g_settings_set_uint (f->settings, "weekly-fascia-target", 5);
  limber_entry_set_day (LIMBER_ENTRY (today), TODAY);
  limber_fascia_session_set_duration (today, 600);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (today), &error));
  g_assert_no_error (error);
  g_assert_false (limber_reminders_check (f->reminders, seven, &title, NULL));
  g_assert_null (title);

  /* Without today's session, it is due. */
  g_assert_true (limber_journal_delete (f->journal,
                                        limber_entry_get_uuid (LIMBER_ENTRY (today)), NULL));
  g_assert_true (limber_reminders_check (f->reminders, seven, &title, NULL));
  g_assert_cmpstr (title, ==, "Time for your fascia routine");
}

/* A new physio flag is told once, even with the week's target met. */
static void
test_new_flag_once (ReminderFixture      *f,
                    gconstpointer  data)
{
  g_auto(GStrv) told = NULL;

  add_session (f, MONDAY);
  add_session (f, MONDAY + 2);
  add_session (f, MONDAY + 4);
  add_sharp_calf (f, TODAY - 1);
  g_settings_set_boolean (f->settings, "reminder-enabled", TRUE);
  set_clock_before (f->reminders, 0, 0.2);

  wait_until (reminded, f);
  g_assert_cmpstr (f->title, ==, "Calf (left): have it looked at");
  g_assert_true (strstr (f->body, "physiotherapist") != NULL);
  told = g_settings_get_strv (f->settings, "notified-flags");
  g_assert_cmpuint (g_strv_length (told), ==, 1);
  g_assert_cmpstr (told[0], ==, "red-flag:calf:left");

  /* The next evening the flag is still there, but it is not news. */
  set_clock_before (f->reminders, 1, 0.2);
  assert_next (f->reminders, 22);
  wait_for_next (f->reminders, 23);
  g_assert_cmpuint (f->n_reminders, ==, 1);
}

static gboolean
file_has (const char *path,
          const char *line)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  return g_strv_contains ((const char * const *) lines, line);
}

/* "Run in background at login" writes an autostart entry, and removes it when any of the
 * settings it needs goes off. */
static void
test_autostart (ReminderFixture      *f,
                gconstpointer  data)
{
  g_autofree char *path = limber_reminders_get_autostart_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                APPLICATION_ID ".desktop", NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (f->settings, "run-at-login", TRUE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (f->settings, "reminder-enabled", TRUE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (f->settings, "run-in-background", TRUE);
  g_assert_true (file_has (path, "[Desktop Entry]"));
  g_assert_true (file_has (path, "Exec=limber --gapplication-service"));
  g_assert_true (file_has (path, "X-GNOME-Autostart-enabled=true"));

  g_settings_set_boolean (f->settings, "run-at-login", FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (f->settings, "run-at-login", TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (f->settings, "reminder-enabled", FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The application in the background: with reminders and background running on, closing the
 * window leaves it running; a reminder's click (app.show-plan) opens the Plan page; the
 * reminder fires through the application's own source; Quit ends it all. */
typedef struct
{
  LimberApplication *app;
  GSettings         *settings;
  guint              activations;
  gboolean           closed;
  gboolean           reopened;
  guint              n_reminders;
} Background;

static void
on_app_reminder_cb (LimberReminders *reminders,
                    const char      *title,
                    const char      *body,
                    Background      *b)
{
  b->n_reminders++;
}

static gboolean
app_reminded (gpointer data)
{
  Background *b = data;

  return b->n_reminders > 0;
}

static gboolean
show_plan_cb (gpointer data)
{
  Background *b = data;
  LimberWindow *window;
  LimberSessionPlayer *player;
  LimberReminders *reminders = limber_application_get_reminders (b->app);

  /* Still running with no window: the hold kept it. */
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (b->app)));
  b->reopened = TRUE;

  g_action_group_activate_action (G_ACTION_GROUP (b->app), "show-plan", NULL);
  window = LIMBER_WINDOW (wait_for_toplevel (LIMBER_TYPE_WINDOW));
  g_assert_cmpstr (limber_window_get_page (window), ==, "plan");

  /* The reminder's Start Routine button: the player counts in on the week's routine. */
  g_action_group_activate_action (G_ACTION_GROUP (b->app), "start-routine", NULL);
  player = LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (player)) == GTK_WINDOW (window));
  g_assert_cmpuint (limber_session_player_get_count_in (player), >, 0);
  gtk_window_destroy (GTK_WINDOW (player));

  /* The application's own reminder source, on the test clock. */
  g_assert_nonnull (reminders);
  g_signal_connect (reminders, "reminder", G_CALLBACK (on_app_reminder_cb), b);
  set_clock_before (reminders, 0, 0.2);
  wait_until (app_reminded, b);

  g_action_group_activate_action (G_ACTION_GROUP (b->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_background_activate_cb (GApplication *app,
                           Background   *b)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* The later activations are app.show-plan's and app.start-routine's. */
  if (b->activations++ > 0)
    return;

  wait_until (is_mapped, window);
  gtk_window_close (window);
  b->closed = TRUE;
  g_timeout_add (200, show_plan_cb, b);
}

static gboolean
on_background_timeout_cb (gpointer data)
{
  g_error ("The application did not quit");
  return G_SOURCE_REMOVE;
}

static void
test_background (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  Background b = { 0 };
  guint timeout_id;

  SKIP_WITHOUT_DISPLAY ();

  dir = g_dir_make_tmp ("limber-test-background-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "journal.db", NULL);
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);

  b.settings = g_settings_new (APPLICATION_ID);
  reset_settings (b.settings);
  g_settings_set_boolean (b.settings, "reminder-enabled", TRUE);
  g_settings_set_boolean (b.settings, "run-in-background", TRUE);

  b.app = limber_application_new_for_journal (journal);
  g_signal_connect_after (b.app, "activate", G_CALLBACK (on_background_activate_cb), &b);

  timeout_id = g_timeout_add_seconds (2 * WAIT_SECONDS, on_background_timeout_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (b.app), 0, NULL), ==, 0);
  g_source_remove (timeout_id);

  g_assert_true (b.closed);
  g_assert_true (b.reopened);
  g_assert_cmpuint (b.activations, ==, 3);
  g_assert_cmpuint (b.n_reminders, ==, 1);

  g_assert_finalize_object (b.app);
  reset_settings (b.settings);
  g_assert_finalize_object (b.settings);
  g_assert_finalize_object (g_steal_pointer (&journal));
  remove_dir (dir);
}

static gpointer
prefs_child (LimberPreferencesWindow *prefs,
             const char              *name)
{
  return window_child (prefs, LIMBER_TYPE_PREFERENCES_WINDOW, name);
}

/* Preferences: the reminder is off by default, its time reads and writes as 19:00, and the
 * background rows only matter once the ones above them are on. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = NULL;
  LimberPreferencesWindow *prefs;
  GtkSpinButton *spin;

  SKIP_WITHOUT_DISPLAY ();

  settings = g_settings_new (APPLICATION_ID);
  reset_settings (settings);
  prefs = limber_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (prefs));
  wait_until (is_mapped, prefs);

  spin = prefs_child (prefs, "reminder_time_spin");
  g_assert_false (gtk_switch_get_active (prefs_child (prefs, "reminder_switch")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "19:00");
  g_assert_false (gtk_widget_get_sensitive (prefs_child (prefs, "reminder_time_row")));
  g_assert_false (gtk_widget_get_sensitive (prefs_child (prefs, "background_row")));
  g_assert_false (gtk_widget_get_sensitive (prefs_child (prefs, "login_row")));

  gtk_switch_set_active (prefs_child (prefs, "reminder_switch"), TRUE);
  drain ();
  g_assert_true (g_settings_get_boolean (settings, "reminder-enabled"));
  g_assert_true (gtk_widget_get_sensitive (prefs_child (prefs, "reminder_time_row")));
  g_assert_true (gtk_widget_get_sensitive (prefs_child (prefs, "background_row")));
  g_assert_false (gtk_widget_get_sensitive (prefs_child (prefs, "login_row")));

  gtk_switch_set_active (prefs_child (prefs, "background_switch"), TRUE);
  drain ();
  g_assert_true (g_settings_get_boolean (settings, "run-in-background"));
  g_assert_true (gtk_widget_get_sensitive (prefs_child (prefs, "login_row")));
  gtk_switch_set_active (prefs_child (prefs, "login_switch"), TRUE);
  drain ();
  g_assert_true (g_settings_get_boolean (settings, "run-at-login"));

  /* Typed times are read as hours and minutes. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "7:30");
  gtk_spin_button_update (spin);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 7 * 60 + 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "07:30");
  gtk_editable_set_text (GTK_EDITABLE (spin), "21");
  gtk_spin_button_update (spin);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 21 * 60);

  gtk_window_destroy (GTK_WINDOW (prefs));
  drain ();
  reset_settings (settings);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_home = g_dir_make_tmp ("limber-test-config-XXXXXX", NULL);
  g_autofree char *autostart = g_build_filename (config_home, "autostart", NULL);
  int status;

  /* A config folder of our own for the autostart entry. Not G_TEST_OPTION_ISOLATE_DIRS: it
   * hides the icon theme GTK needs. */
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

#define ADD(path, func) \
  g_test_add ("/limber/reminders/" path, ReminderFixture, NULL, setup, func, teardown)

  ADD ("off-by-default", test_off_by_default);
  ADD ("fires-when-due", test_fires_when_due);
  ADD ("quiet-when-not-due", test_quiet_when_not_due);
  ADD ("new-flag-once", test_new_flag_once);
  ADD ("autostart", test_autostart);
  g_test_add_func ("/limber/reminders/preferences", test_preferences);
  g_test_add_func ("/limber/reminders/background", test_background);

#undef ADD

  status = g_test_run ();

  g_rmdir (autostart);
  g_rmdir (config_home);

  return status;
}
