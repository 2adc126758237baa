/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-player"

#include "config.h"

#include <string.h>

#include "limber-advisor.h"
#include "limber-clock.h"
#include "limber-fascia-session.h"
#include "limber-mobility-editor.h"
#include "limber-move-library.h"
#include "limber-plan-page.h"
#include "limber-session-player.h"
#include "limber-settings.h"
#include "limber-soreness.h"
#include "limber-ui-test.h"

/* The guided session and the move library on a real window, with a test clock: a whole
 * routine plays in milliseconds. */

#define TODAY_Y 2026
#define TODAY_M 11
#define TODAY_D 19

static LimberDay
today (void)
{
  return limber_day_from_ymd (TODAY_Y, TODAY_M, TODAY_D);
}

static void
add (Fixture     *f,
     LimberEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (f->journal, entry, &error));
  g_assert_no_error (error);
  g_object_unref (entry);
}

static void
add_soreness (Fixture       *f,
              LimberZone     zone,
              LimberSide     side,
              int            level,
              LimberQuality  quality)
{
  LimberSoreness *soreness = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (soreness), today () - 1);
  limber_soreness_set_zone (soreness, zone);
  limber_soreness_set_side (soreness, side);
  limber_soreness_set_level (soreness, level);
  limber_soreness_set_quality (soreness, quality);
  add (f, LIMBER_ENTRY (soreness));
}

/* Pins today and hands every player a test clock; returns the clock. */
static LimberClock *
use_test_clock (Fixture *f)
{
  LimberClock *clock = limber_test_clock_new ();

  limber_journal_set_today (f->journal, today ());
  limber_clock_set_default (clock);

  return clock;
}

static void
drop_test_clock (LimberClock *clock)
{
  limber_clock_set_default (NULL);
  g_object_unref (clock);
}

static GtkWidget *
player_child (LimberSessionPlayer *player,
              const char          *name)
{
  return window_child (player, LIMBER_TYPE_SESSION_PLAYER, name);
}

static const char *
player_page (LimberSessionPlayer *player)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (player_child (player, "stack")));
}

static LimberSessionPlayer *
open_player (Fixture    *f,
             const char *action,
             GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action,
                                                     parameter));

  return LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
}

static void
player_do (LimberSessionPlayer *player,
           const char          *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), action, NULL));
  drain ();
}

static void
respond (LimberSessionPlayer *player,
         const char          *response)
{
  AdwMessageDialog *dialog = limber_session_player_get_stop_dialog (player);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  drain ();
}

/* The fascia session the player logged, read back from the journal. */
static LimberFasciaSession *
logged (Fixture             *f,
        LimberSessionPlayer *player)
{
  LimberFasciaSession *saved = limber_session_player_get_saved (player);
  g_autoptr(GError) error = NULL;
  LimberEntry *entry;

  g_assert_nonnull (saved);
  entry = limber_journal_get (f->journal, limber_entry_get_uuid (LIMBER_ENTRY (saved)), &error);
  g_assert_no_error (error);
  g_assert_true (LIMBER_IS_FASCIA_SESSION (entry));

  return LIMBER_FASCIA_SESSION (entry);
}

static LimberRecommendation *
weekly_plan (Fixture *f)
{
  g_autoptr(GListModel) recommendations = NULL;
  g_autoptr(GError) error = NULL;
  LimberAdvisorOptions options;

  limber_settings_get_advisor_options (f->settings, &options);
  recommendations = limber_advisor_evaluate (f->journal, &options, today (), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        return g_steal_pointer (&rec);
    }

  g_assert_not_reached ();
}

/* The text of the toast showing in the window, or NULL. */
static const char *
find_toast (GtkWidget *widget,
            gboolean   in_toast)
{
  in_toast |= g_str_equal (gtk_widget_get_css_name (widget), "toast");
  if (in_toast && GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = find_toast (child, in_toast);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static void
on_journal_changed_cb (LimberJournal *journal,
                       guint          kinds,
                       const char    *uuid,
                       guint         *count)
{
  (*count)++;
}

/* The week's routine from Start to the end: logged with its moves and seconds. */
static void
test_suggested_routine (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  g_autoptr(LimberRecommendation) plan = NULL;
  g_autoptr(LimberFasciaSession) fascia = NULL;
  g_autoptr(GString) before = NULL;
  LimberSessionPlayer *player;
  LimberSession *session;
  const LimberRoutineMove *moves;
  const LimberFasciaItem *items;
  guint n_moves;
  guint n_items;
  guint changes = 0;

  /* A sore left calf puts the calf first. */
  add_soreness (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_TIGHT);
  plan = weekly_plan (f);
  moves = limber_recommendation_get_moves (plan, &n_moves);
  g_assert_cmpuint (n_moves, >=, 3);
  g_assert_cmpint (moves[0].zone, ==, LIMBER_ZONE_CALF);
  before = g_string_new (limber_recommendation_get_title (plan));

  player = open_player (f, "win.start-routine", NULL);
  session = limber_session_player_get_session (player);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (player)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (player)));
  g_assert_cmpstr (player_page (player), ==, "ready");
  g_assert_cmpuint (limber_session_get_n_moves (session), ==, n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      const LimberRoutineMove *m = limber_session_get_move (session, i);

      g_assert_cmpstr (m->move_id, ==, moves[i].move_id);
      g_assert_cmpint (m->side, ==, moves[i].side);
      g_assert_cmpuint (m->seconds, ==, moves[i].seconds);
    }
  g_assert_false (limber_session_player_get_inhibiting (player));

  g_signal_connect (f->journal, "changed", G_CALLBACK (on_journal_changed_cb), &changes);
  player_do (player, "player.start");
  g_assert_cmpstr (player_page (player), ==, "playing");
  g_assert_true (limber_session_player_get_inhibiting (player));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (player_child (player, "move_title"))), ==,
                   limber_move_get_name (limber_moves_lookup (moves[0].move_id)));

  /* The countdown follows the clock. */
  limber_test_clock_advance (clock, 10);
  drain ();
  {
    g_autofree char *expected = g_strdup_printf ("%u:%02u", (moves[0].seconds - 10) / 60,
                                                 (moves[0].seconds - 10) % 60);

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (player_child (player, "countdown_label"))),
                     ==, expected);
  }

  /* Second by second to the end. */
  for (guint i = 0; i < limber_recommendation_get_total_seconds (plan); i++)
    limber_test_clock_advance (clock, 1);
  drain ();

  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpstr (player_page (player), ==, "done");
  g_assert_false (limber_session_player_get_inhibiting (player));
  g_assert_cmpuint (changes, ==, 1);
  g_signal_handlers_disconnect_by_func (f->journal, on_journal_changed_cb, &changes);

  fascia = logged (f, player);
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (fascia)), ==, today ());
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==,
                    limber_recommendation_get_total_seconds (plan));
  items = limber_fascia_session_get_items (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, n_moves);
  for (guint i = 0; i < n_items; i++)
    {
      g_assert_cmpstr (items[i].move_id, ==, moves[i].move_id);
      g_assert_cmpint (items[i].zone, ==, moves[i].zone);
      g_assert_cmpint (items[i].side, ==, moves[i].side);
      g_assert_cmpuint (items[i].seconds, ==, moves[i].seconds);
    }

  /* The plan counts it at once. */
  g_clear_object (&plan);
  plan = weekly_plan (f);
  g_assert_cmpstr (limber_recommendation_get_title (plan), !=, before->str);

  /* Closing the player brings the main window, which says what was logged. */
  g_assert_null (find_toast (GTK_WIDGET (f->window), FALSE));
  player_do (player, "window.close");
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  {
    guint minutes = (limber_fascia_session_get_duration (fascia) + 30) / 60;
    g_autofree char *toast = g_strdup_printf ("Fascia session of %u minutes logged", minutes);

    g_assert_cmpstr (find_toast (GTK_WIDGET (f->window), FALSE), ==, toast);
  }

  drop_test_clock (clock);
}

/* Stopped early and kept: the moves done, with the seconds spent on each. */
static void
test_stop_and_keep (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  g_autoptr(LimberFasciaSession) fascia = NULL;
  LimberSessionPlayer *player;
  LimberSession *session;
  const LimberFasciaItem *items;
  guint n_items;

  /* Calf roll, left and right, two minutes each. */
  player = open_player (f, "win.start-moves",
                        g_variant_new_strv ((const char *[]) { "calf-roll", NULL }, -1));
  session = limber_session_player_get_session (player);
  g_assert_cmpuint (limber_session_get_n_moves (session), ==, 2);
  player_do (player, "player.start");
  limber_test_clock_advance (clock, 150);

  /* Stop pauses and asks; Continue goes on. */
  player_do (player, "player.stop");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PAUSED);
  g_assert_true (adw_message_dialog_has_response (limber_session_player_get_stop_dialog (player),
                                                  "keep"));
  g_assert_cmpstr (adw_message_dialog_get_heading (limber_session_player_get_stop_dialog (player)),
                   ==, "Keep the 3 Minutes Done?");
  limber_test_clock_advance (clock, 60);
  respond (player, "continue");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PLAYING);
  limber_test_clock_advance (clock, 10);

  /* Closing the window while it plays is stopping too. */
  gtk_window_close (GTK_WINDOW (player));
  drain ();
  g_assert_nonnull (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  respond (player, "keep");

  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_STOPPED);
  g_assert_cmpstr (player_page (player), ==, "done");
  g_assert_false (limber_session_player_get_inhibiting (player));

  fascia = logged (f, player);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==, 160);
  items = limber_fascia_session_get_items (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpstr (items[0].move_id, ==, "calf-roll");
  g_assert_cmpint (items[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (items[0].seconds, ==, 120);
  g_assert_cmpint (items[1].side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (items[1].seconds, ==, 40);

  drop_test_clock (clock);
}

/* Stopped and discarded, or stopped under a minute: nothing is logged. */
static void
test_stop_and_discard (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  LimberSessionPlayer *player;
  AdwMessageDialog *dialog;

  player = open_player (f, "win.start-routine", NULL);
  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  player_do (player, "player.start");
  limber_test_clock_advance (clock, 90);
  player_do (player, "player.stop");
  adw_message_dialog_response (limber_session_player_get_stop_dialog (player), "discard");
  /* The desktop may idle again at once; the window goes when the question has gone. */
  g_assert_false (limber_session_player_get_inhibiting (player));
  wait_until (is_null, &player);
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  /* Under a minute there is nothing to keep: the question only offers to stop. */
  player = open_player (f, "win.start-routine", NULL);
  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  player_do (player, "player.start");
  limber_test_clock_advance (clock, 40);
  player_do (player, "player.stop");
  dialog = limber_session_player_get_stop_dialog (player);
  g_assert_false (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Stop the Session?");
  respond (player, "discard");
  wait_until (is_null, &player);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  /* Before the start, closing just closes. */
  player = open_player (f, "win.start-routine", NULL);
  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  gtk_window_close (GTK_WINDOW (player));
  wait_until (is_null, &player);

  drop_test_clock (clock);
}

static const char *
label_text (LimberSessionPlayer *player,
            const char          *name)
{
  return gtk_label_get_label (GTK_LABEL (player_child (player, name)));
}

/* One click a day: Start on the Plan page counts ten seconds in and plays the week's routine
 * by itself; at the end the session is in the journal and the Plan page counts it. */
static void
test_one_click (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  g_autoptr(LimberRecommendation) plan = NULL;
  g_autoptr(LimberFasciaSession) fascia = NULL;
  LimberSessionPlayer *player;
  LimberSession *session;
  AdwBin *bin;
  GtkWidget *start;
  GtkWidget *due;
  g_autofree char *due_before = NULL;

  plan = weekly_plan (f);
  limber_window_set_page (f->window, "plan");
  drain ();
  bin = window_child (f->window, LIMBER_TYPE_WINDOW, "plan_bin");
  start = window_child (adw_bin_get_child (bin), LIMBER_TYPE_PLAN_PAGE, "start_button");
  due = window_child (adw_bin_get_child (bin), LIMBER_TYPE_PLAN_PAGE, "due_detail");
  due_before = g_strdup (gtk_label_get_label (GTK_LABEL (due)));
  g_assert_cmpstr (due_before, ==, "0 of 3 sessions done · 3 more due by Sunday");

  g_signal_emit_by_name (start, "clicked");
  player = LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  session = limber_session_player_get_session (player);

  /* The moves and tools show while it counts in. */
  g_assert_cmpstr (player_page (player), ==, "ready");
  g_assert_cmpuint (limber_session_player_get_count_in (player), ==, 10);
  g_assert_true (gtk_widget_get_visible (player_child (player, "count_in_label")));
  g_assert_cmpstr (label_text (player, "count_in_label"), ==, "Starts in 10 seconds");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (player_child (player, "start_button"))),
                   ==, "_Start Now");

  limber_test_clock_advance (clock, 9);
  drain ();
  g_assert_cmpstr (label_text (player, "count_in_label"), ==, "Starts in 1 second");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_READY);
  g_assert_false (limber_session_player_get_inhibiting (player));

  limber_test_clock_advance (clock, 1);
  drain ();
  g_assert_cmpstr (player_page (player), ==, "playing");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PLAYING);
  g_assert_true (limber_session_player_get_inhibiting (player));
  g_assert_cmpuint (limber_session_player_get_count_in (player), ==, 0);

  for (guint i = 0; i < limber_recommendation_get_total_seconds (plan); i++)
    limber_test_clock_advance (clock, 1);
  drain ();
  g_assert_cmpstr (player_page (player), ==, "done");
  fascia = logged (f, player);
  g_assert_cmpuint (limber_fascia_session_get_duration (fascia), ==,
                    limber_recommendation_get_total_seconds (plan));

  /* The plan counts it at once. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (due)), ==,
                   "1 of 3 sessions done · 2 more due by Sunday");

  player_do (player, "window.close");
  drop_test_clock (clock);
}

/* Measuring first stops the count: the tests take as long as they take. Closing while it
 * counts logs nothing. */
static void
test_count_in_held (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  LimberSessionPlayer *player;
  LimberSession *session;

  player = open_player (f, "win.start-routine", NULL);
  session = limber_session_player_get_session (player);
  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  g_assert_cmpuint (limber_session_player_get_count_in (player), ==, 10);

  player_do (player, "player.measure-before");
  g_assert_cmpstr (player_page (player), ==, "tests");
  g_assert_cmpuint (limber_session_player_get_count_in (player), ==, 0);
  limber_test_clock_advance (clock, 60);
  drain ();
  g_assert_cmpstr (player_page (player), ==, "tests");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_READY);
  player_do (player, "player.tests-skip");
  g_assert_cmpstr (player_page (player), ==, "playing");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PLAYING);
  player_do (player, "player.stop");
  respond (player, "discard");
  wait_until (is_null, &player);

  player = open_player (f, "win.start-routine", NULL);
  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  limber_test_clock_advance (clock, 4);
  gtk_window_close (GTK_WINDOW (player));
  wait_until (is_null, &player);
  g_assert_cmpuint (limber_clock_get_n_ticks (clock), ==, 0);
  limber_test_clock_advance (clock, 30);
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  drop_test_clock (clock);
}

static gboolean
has_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      g_autofree char *trigger_text =
        gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      g_autofree char *action_text =
        gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

      if (strstr (trigger_text, trigger) != NULL && g_str_equal (action_text, action))
        return TRUE;
    }

  return FALSE;
}

/* Space pauses and resumes, the arrows skip and go back, wherever the focus is. */
static void
test_keys (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  GtkShortcutController *shortcuts;
  LimberSessionPlayer *player;
  LimberSession *session;

  player = open_player (f, "win.start-routine", NULL);
  session = limber_session_player_get_session (player);
  shortcuts = GTK_SHORTCUT_CONTROLLER (player_child (player, "shortcuts"));
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts)),
                   ==, GTK_PHASE_CAPTURE);
  g_assert_true (has_shortcut (shortcuts, "space", "action(player.toggle-pause)"));
  g_assert_true (has_shortcut (shortcuts, "Right", "action(player.skip)"));
  g_assert_true (has_shortcut (shortcuts, "Left", "action(player.back)"));

  /* Before the start the keys do nothing, so Space can press the focused button. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle-pause", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL);
  drain ();
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_READY);
  g_assert_true (gtk_widget_has_focus (player_child (player, "start_button")));

  player_do (player, "player.start");
  g_assert_true (gtk_widget_has_focus (player_child (player, "pause_button")));
  limber_test_clock_advance (clock, 20);

  player_do (player, "player.toggle-pause");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PAUSED);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (player_child (player, "pause_button"))),
                   ==, "media-playback-start-symbolic");
  /* Still asking the desktop to stay awake while paused. */
  g_assert_true (limber_session_player_get_inhibiting (player));
  player_do (player, "player.toggle-pause");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PLAYING);

  player_do (player, "player.skip");
  g_assert_cmpuint (limber_session_get_index (session), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (player_child (player,
                                                                             "cue_stack"))),
                   ==, "cue");
  player_do (player, "player.skip");
  g_assert_cmpuint (limber_session_get_index (session), ==, 2);
  player_do (player, "player.back");
  g_assert_cmpuint (limber_session_get_index (session), ==, 1);
  {
    g_autofree char *position = g_strdup_printf ("Move 2 of %u",
                                                 limber_session_get_n_moves (session));

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (player_child (player, "position_label"))),
                     ==, position);
  }

  player_do (player, "player.stop");
  respond (player, "discard");
  drain ();

  drop_test_clock (clock);
}

/* Self-tests before the start and after the end are stored with the session. */
static void
test_mobility (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  g_autoptr(LimberFasciaSession) fascia = NULL;
  LimberMobilityEditor *editor;
  LimberSessionPlayer *player;
  const LimberMobilityResult *results;
  guint n_results;

  player = open_player (f, "win.start-moves",
                        g_variant_new_strv ((const char *[]) { "upper-back-roll", NULL }, -1));
  editor = LIMBER_MOBILITY_EDITOR (player_child (player, "mobility_editor"));

  player_do (player, "player.measure-before");
  g_assert_cmpstr (player_page (player), ==, "tests");

  /* A value out of range is refused, and the session does not start. */
  gtk_editable_set_text (GTK_EDITABLE (limber_mobility_editor_get_entry (editor, "knee_to_wall",
                                                                         LIMBER_SIDE_LEFT,
                                                                         FALSE)), "80");
  player_do (player, "player.tests-done");
  g_assert_cmpstr (player_page (player), ==, "tests");

  gtk_editable_set_text (GTK_EDITABLE (limber_mobility_editor_get_entry (editor, "knee_to_wall",
                                                                         LIMBER_SIDE_LEFT,
                                                                         FALSE)), "8");
  player_do (player, "player.tests-done");
  g_assert_cmpstr (player_page (player), ==, "playing");

  limber_test_clock_advance (clock, 60);
  drain ();
  /* Logged, then the tests again for the after values. */
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
  g_assert_cmpstr (player_page (player), ==, "tests");
  gtk_editable_set_text (GTK_EDITABLE (limber_mobility_editor_get_entry (editor, "knee_to_wall",
                                                                         LIMBER_SIDE_LEFT,
                                                                         TRUE)), "10.5");
  player_do (player, "player.tests-done");
  g_assert_cmpstr (player_page (player), ==, "done");

  fascia = logged (f, player);
  results = limber_fascia_session_get_results (fascia, &n_results);
  g_assert_cmpuint (n_results, ==, 2);
  g_assert_cmpstr (results[0].test_id, ==, "knee_to_wall");
  g_assert_false (results[0].after);
  g_assert_cmpfloat (results[0].value, ==, 8);
  g_assert_true (results[1].after);
  g_assert_cmpfloat (results[1].value, ==, 10.5);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);

  player_do (player, "window.close");
  drop_test_clock (clock);
}

/* With a red flag on the calf, no calf move; with red flags everywhere, no routine at all. */
static void
test_red_flags (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  LimberSessionPlayer *player;
  LimberSession *session;

  add_soreness (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 6, LIMBER_QUALITY_SHARP);
  player = open_player (f, "win.start-routine", NULL);
  session = limber_session_player_get_session (player);
  for (guint i = 0; i < limber_session_get_n_moves (session); i++)
    {
      const LimberMove *move = limber_moves_lookup (limber_session_get_move (session, i)->move_id);

      g_assert_false (limber_move_has_zone (move, LIMBER_ZONE_CALF));
    }
  player_do (player, "window.close");
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
    add_soreness (f, zone, limber_zone_is_paired (zone) ? LIMBER_SIDE_RIGHT : LIMBER_SIDE_CENTRE,
                  6, LIMBER_QUALITY_NUMBNESS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.start-routine", NULL));
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  /* An unknown move is refused too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.start-moves", "^as",
                                             (const char *[]) { "no-such-move", NULL }));
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  drop_test_clock (clock);
}

static LimberMoveLibrary *
open_library (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-library", NULL));

  return LIMBER_MOVE_LIBRARY (wait_for_toplevel (LIMBER_TYPE_MOVE_LIBRARY));
}

static gboolean
row_shown (LimberMoveLibrary *library,
           const char        *move_id)
{
  return gtk_widget_get_visible (limber_move_library_get_row (library, move_id));
}

/* The filters narrow the library; Start plays one move alone, with the time set. */
static void
test_library_filter_and_start (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  g_autoptr(LimberFasciaSession) fascia = NULL;
  LimberMoveLibrary *library = open_library (f);
  LimberSessionPlayer *player;
  const LimberFasciaItem *items;
  guint n_items;
  guint n_moves;

  /* Every move is listed, and has its drawing. */
  limber_moves_get_all (&n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      const char *id = limber_moves_get_all (NULL)[i].id;
      g_autofree char *icon = g_strdup_printf ("limber-move-%s-symbolic", id);

      g_assert_true (row_shown (library, id));
      g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (
                                                gtk_widget_get_display (GTK_WIDGET (library))),
                                              icon));
    }

  limber_move_library_set_zone (library, LIMBER_ZONE_CALF);
  g_assert_true (row_shown (library, "calf-roll"));
  g_assert_true (row_shown (library, "inner-calf-ball"));
  g_assert_false (row_shown (library, "figure-four"));

  limber_move_library_set_tool (library, LIMBER_TOOL_BALL);
  g_assert_false (row_shown (library, "calf-roll"));
  g_assert_true (row_shown (library, "inner-calf-ball"));
  g_assert_true (row_shown (library, "outer-calf-ball"));

  limber_move_library_set_zone (library, LIMBER_N_ZONES);
  g_assert_true (row_shown (library, "arch-ball"));
  g_assert_false (row_shown (library, "upper-back-roll"));

  /* Opening the library again shows the same window. */
  g_assert_true (open_library (f) == library);

  limber_move_library_set_tool (library, LIMBER_N_TOOLS);
  gtk_editable_set_text (GTK_EDITABLE (limber_move_library_get_time_spin (library,
                                                                          "figure-four")),
                         "1:00");
  g_signal_emit_by_name (limber_move_library_get_start_button (library, "figure-four"),
                         "clicked");
  player = LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  g_object_add_weak_pointer (G_OBJECT (library), (gpointer *) &library);
  drain ();
  /* The library made way for the session. */
  g_assert_null (library);

  g_assert_cmpuint (limber_session_get_n_moves (limber_session_player_get_session (player)), ==,
                    2);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (player_child (player, "ready_title"))), ==,
                   "Figure-four stretch");
  player_do (player, "player.start");
  limber_test_clock_advance (clock, 120);
  drain ();

  fascia = logged (f, player);
  items = limber_fascia_session_get_items (fascia, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpstr (items[0].move_id, ==, "figure-four");
  g_assert_cmpint (items[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (items[0].seconds, ==, 60);
  g_assert_cmpint (items[1].side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (items[1].seconds, ==, 60);

  player_do (player, "window.close");
  drop_test_clock (clock);
}

/* Moves ticked in the library play as a routine, in the order they were ticked. */
static void
test_library_custom_routine (Fixture *f)
{
  LimberClock *clock = use_test_clock (f);
  LimberMoveLibrary *library = open_library (f);
  LimberSessionPlayer *player;
  LimberSession *session;

  /* Nothing ticked, nothing to start. */
  gtk_widget_activate_action (GTK_WIDGET (library), "library.start-routine", NULL);
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (limber_move_library_get_pick_button (
                                 library, "upper-back-roll")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (limber_move_library_get_pick_button (
                                 library, "calf-roll")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (limber_move_library_get_pick_button (
                                 library, "rocking-fold")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (limber_move_library_get_pick_button (
                                 library, "rocking-fold")), FALSE);
  g_assert_cmpuint (limber_move_library_get_n_picked (library), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.start-routine",
                                             NULL));
  player = LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  session = limber_session_player_get_session (player);
  g_assert_cmpuint (limber_session_get_n_moves (session), ==, 3);
  g_assert_cmpstr (limber_session_get_move (session, 0)->move_id, ==, "upper-back-roll");
  g_assert_cmpint (limber_session_get_move (session, 0)->side, ==, LIMBER_SIDE_CENTRE);
  g_assert_cmpstr (limber_session_get_move (session, 1)->move_id, ==, "calf-roll");
  g_assert_cmpint (limber_session_get_move (session, 1)->side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpint (limber_session_get_move (session, 2)->side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (limber_session_get_planned (session), ==, 60 + 120 + 120);

  player_do (player, "window.close");
  drop_test_clock (clock);
}

static const WindowTest player_tests[] = {
  { "/limber/player/suggested-routine", test_suggested_routine },
  { "/limber/player/one-click", test_one_click },
  { "/limber/player/count-in-held", test_count_in_held },
  { "/limber/player/stop-and-keep", test_stop_and_keep },
  { "/limber/player/stop-and-discard", test_stop_and_discard },
  { "/limber/player/keys", test_keys },
  { "/limber/player/mobility", test_mobility },
  { "/limber/player/red-flags", test_red_flags },
  { "/limber/library/filter-and-start", test_library_filter_and_start },
  { "/limber/library/custom-routine", test_library_custom_routine },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (player_tests); i++)
    g_test_add (player_tests[i].path, Fixture, &player_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
