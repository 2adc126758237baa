/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan"

#include "config.h"

#include <string.h>

#include "limber-editor-dialog.h"
#include "limber-fascia-session.h"
#include "limber-move-library.h"
#include "limber-moves.h"
#include "limber-plan-page.h"
#include "limber-recommendation-card.h"
#include "limber-session-player.h"
#include "limber-soreness.h"
#include "limber-today-page.h"
#include "limber-ui-test.h"

/* The Plan page and the advice on Today, on a real window, as of Saturday 21 November 2026:
 * its week runs from Monday 16 to Sunday 22 November. */

#define TODAY (limber_day_from_ymd (2026, 11, 21))
#define MONDAY (TODAY - 5)

static void
add (Fixture     *f,
     LimberEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (f->journal, entry, &error));
  g_assert_no_error (error);
  g_object_unref (entry);
  drain ();
}

static void
add_session (Fixture   *f,
             LimberDay  day)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, 600);
  add (f, LIMBER_ENTRY (session));
}

static char *
add_sore (Fixture       *f,
          LimberDay      day,
          int            level,
          LimberQuality  quality)
{
  LimberSoreness *sore = limber_soreness_new ();
  char *uuid;

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, LIMBER_ZONE_CALF);
  limber_soreness_set_side (sore, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (sore, level);
  limber_soreness_set_quality (sore, quality);
  g_object_ref (sore);
  add (f, LIMBER_ENTRY (sore));
  uuid = g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (sore)));
  g_object_unref (sore);

  return uuid;
}

/* A left calf at 4/10 or more on three days over a week: a physio card. */
static void
add_calf_niggle (Fixture *f)
{
  g_free (add_sore (f, TODAY - 8, 4, LIMBER_QUALITY_ACHE));
  g_free (add_sore (f, TODAY - 5, 5, LIMBER_QUALITY_ACHE));
  g_free (add_sore (f, TODAY - 2, 4, LIMBER_QUALITY_ACHE));
}

static LimberPlanPage *
plan_page (Fixture *f)
{
  return LIMBER_PLAN_PAGE (limber_window_get_page_widget (f->window, "plan"));
}

static LimberTodayPage *
today_page (Fixture *f)
{
  AdwBin *bin = window_child (f->window, LIMBER_TYPE_WINDOW, "today_bin");

  return LIMBER_TODAY_PAGE (adw_bin_get_child (bin));
}

static gpointer
plan_child (Fixture    *f,
            const char *name)
{
  return window_child (plan_page (f), LIMBER_TYPE_PLAN_PAGE, name);
}

static const char *
plan_label (Fixture    *f,
            const char *name)
{
  return gtk_label_get_text (plan_child (f, name));
}

static void
pin_today (Fixture *f)
{
  limber_journal_set_today (f->journal, TODAY);
  limber_plan_page_refresh (plan_page (f));
  limber_today_page_refresh (today_page (f));
  drain ();
}

/* The cards in @box (the Plan page's cards_box or Today's advice_box), in order. */
static GPtrArray *
cards_in (GtkWidget *box)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (LIMBER_IS_RECOMMENDATION_CARD (child))
        g_ptr_array_add (cards, child);
    }

  return cards;
}

static GPtrArray *
plan_cards (Fixture *f)
{
  return cards_in (plan_child (f, "cards_box"));
}

static GPtrArray *
today_cards (Fixture *f)
{
  return cards_in (window_child (today_page (f), LIMBER_TYPE_TODAY_PAGE, "advice_box"));
}

static LimberRecommendationCard *
find_card (GPtrArray  *cards,
           const char *rule)
{
  for (guint i = 0; i < cards->len; i++)
    {
      LimberRecommendationCard *card = g_ptr_array_index (cards, i);
      LimberRecommendation *rec = limber_recommendation_card_get_recommendation (card);

      if (g_str_equal (limber_recommendation_get_rule (rec), rule))
        return card;
    }

  return NULL;
}

static gpointer
card_child (LimberRecommendationCard *card,
            const char               *name)
{
  return window_child (card, LIMBER_TYPE_RECOMMENDATION_CARD, name);
}

/* The move ids of the routine's rows, the total row left out. */
static GPtrArray *
routine_moves (Fixture *f)
{
  GPtrArray *ids = g_ptr_array_new ();
  GtkWidget *list = plan_child (f, "routine_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *id = g_object_get_data (G_OBJECT (row), "limber-move-id");

      if (id != NULL)
        g_ptr_array_add (ids, (gpointer) id);
    }

  return ids;
}

static gboolean
routine_works_zone (GPtrArray  *ids,
                    LimberZone  zone)
{
  for (guint i = 0; i < ids->len; i++)
    {
      const LimberMove *move = limber_moves_lookup (g_ptr_array_index (ids, i));

      g_assert_nonnull (move);
      if (limber_move_has_zone (move, zone))
        return TRUE;
    }

  return FALSE;
}

/* The week strip marks the days with fascia work, and the page counts what is still due. */
static void
test_week (Fixture *f)
{
  GtkWidget *days = plan_child (f, "days_box");
  GtkWidget *cell;
  guint i = 0;

  pin_today (f);
  add_session (f, MONDAY);
  add_session (f, MONDAY + 2);
  add_session (f, MONDAY - 1);       /* last Sunday: not this week */

  g_assert_cmpstr (plan_label (f, "due_title"), ==, "This week: 1 more fascia session");
  g_assert_cmpstr (plan_label (f, "due_detail"), ==,
                   "2 of 3 sessions done · 1 more due by Sunday");
  g_assert_cmpstr (plan_label (f, "week_label"), ==, "Week 47 · 16 November to 22 November");
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (plan_child (f, "due_bar")), 2.0 / 3,
                                  1e-6);

  for (cell = gtk_widget_get_first_child (days); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell), i++)
    {
      GtkWidget *weekday = gtk_widget_get_first_child (cell);
      GtkWidget *number = gtk_widget_get_next_sibling (weekday);
      gboolean done = i == 0 || i == 2;
      g_autofree char *expected_number = g_strdup_printf ("%u", 16 + i);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (number)), ==, expected_number);
      g_assert_cmpint (gtk_widget_has_css_class (cell, "done"), ==, done);
      g_assert_cmpint (gtk_widget_has_css_class (cell, "today"), ==, i == 5);
      g_assert_cmpint (gtk_widget_has_css_class (cell, "dim-label"), ==, i == 6);
    }
  g_assert_cmpuint (i, ==, 7);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (
                     gtk_widget_get_first_child (days)))), ==, "Mon");

  /* A third session reaches the target at once. */
  add_session (f, TODAY);
  g_assert_cmpstr (plan_label (f, "due_detail"), ==,
                   "3 of 3 sessions done: the week’s target is reached");
  g_assert_cmpstr (plan_label (f, "due_title"), ==,
                   "Weekly fascia target reached: 3 of 3 sessions");

  /* A higher target in Preferences: due again. */
  g_settings_set_uint (f->settings, "weekly-fascia-target", 5);
  drain ();
  g_assert_cmpstr (plan_label (f, "due_detail"), ==,
                   "3 of 5 sessions done · 2 more due by Sunday");
}

/* The suggested routine lists its moves and minutes; Start and Move Library carry the
 * window actions the player and the library provide. */
static void
test_routine_and_buttons (Fixture *f)
{
  g_autoptr(GPtrArray) ids = NULL;
  GtkWidget *start = plan_child (f, "start_button");
  GtkWidget *library = plan_child (f, "library_button");
  GtkWidget *list = plan_child (f, "routine_list");
  GtkWidget *last;
  AdwActionRow *total;

  pin_today (f);

  ids = routine_moves (f);
  g_assert_cmpuint (ids->len, >=, 4);
  g_assert_true (routine_works_zone (ids, LIMBER_ZONE_CALF));
  g_assert_true (routine_works_zone (ids, LIMBER_ZONE_HIP));

  last = gtk_widget_get_last_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (last));
  total = ADW_ACTION_ROW (last);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (total)), ==, "Total");

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (start)), ==,
                   "win.start-routine");
  g_assert_null (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (start)));
  g_assert_true (gtk_widget_get_visible (start));
  g_assert_true (g_str_has_prefix (plan_label (f, "start_label"), "Start · "));
  g_assert_true (g_str_has_suffix (plan_label (f, "start_label"), " min"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (library)), ==,
                   "win.show-library");
}

/* Start opens the player on the routine the page lists, a move on both sides being one row;
 * Move Library opens the library. Neither logs anything until a session is played. */
static void
test_start_and_library (Fixture *f)
{
  g_autoptr(GPtrArray) ids = NULL;
  GtkWidget *start = plan_child (f, "start_button");
  GtkWidget *library_button = plan_child (f, "library_button");
  LimberSessionPlayer *player;
  LimberSession *session;
  GtkWindow *library;
  guint row = 0;

  pin_today (f);
  limber_window_set_page (f->window, "plan");
  drain ();
  ids = routine_moves (f);
  g_assert_cmpuint (ids->len, >, 0);

  /* The window provides both actions now: the buttons can be pressed. */
  g_assert_true (gtk_widget_is_sensitive (start));
  g_assert_true (gtk_widget_is_sensitive (library_button));
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  g_signal_emit_by_name (start, "clicked");
  player = LIMBER_SESSION_PLAYER (wait_for_toplevel (LIMBER_TYPE_SESSION_PLAYER));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (player)) == GTK_WINDOW (f->window));
  session = limber_session_player_get_session (player);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_READY);
  for (guint i = 0; i < limber_session_get_n_moves (session); i++)
    {
      const LimberRoutineMove *move = limber_session_get_move (session, i);

      if (i > 0 && g_str_equal (move->move_id, limber_session_get_move (session, i - 1)->move_id))
        continue;
      g_assert_cmpuint (row, <, ids->len);
      g_assert_cmpstr (move->move_id, ==, g_ptr_array_index (ids, row));
      row++;
    }
  g_assert_cmpuint (row, ==, ids->len);

  g_object_add_weak_pointer (G_OBJECT (player), (gpointer *) &player);
  gtk_window_destroy (GTK_WINDOW (player));
  wait_until (is_null, &player);

  g_assert_null (find_toplevel (LIMBER_TYPE_MOVE_LIBRARY));
  g_signal_emit_by_name (library_button, "clicked");
  library = wait_for_toplevel (LIMBER_TYPE_MOVE_LIBRARY);
  g_assert_true (gtk_window_get_transient_for (library) == GTK_WINDOW (f->window));
  g_assert_null (find_toplevel (LIMBER_TYPE_SESSION_PLAYER));

  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_FASCIA), ==, 0);
}

/* Moves on a zone with a red flag leave the routine the page suggests. */
static void
test_red_flag_routine (Fixture *f)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  LimberRecommendationCard *flag;

  pin_today (f);
  before = routine_moves (f);
  g_assert_true (routine_works_zone (before, LIMBER_ZONE_CALF));

  g_free (add_sore (f, TODAY - 1, 6, LIMBER_QUALITY_SHARP));

  after = routine_moves (f);
  g_assert_cmpuint (after->len, >, 0);
  g_assert_false (routine_works_zone (after, LIMBER_ZONE_CALF));
  g_assert_true (routine_works_zone (after, LIMBER_ZONE_HIP));

  /* The flag itself is the first card, and says so calmly. */
  cards = plan_cards (f);
  g_assert_cmpuint (cards->len, >=, 1);
  flag = g_ptr_array_index (cards, 0);
  g_assert_cmpstr (limber_recommendation_get_rule (
                     limber_recommendation_card_get_recommendation (flag)), ==, "red-flag");
  g_assert_cmpstr (gtk_label_get_text (card_child (flag, "title_label")), ==,
                   "Calf (left): have it looked at");
  g_assert_true (gtk_widget_has_css_class (card_child (flag, "card_box"), "physio"));
}

/* Why? shows the rule, the entries it used (each opening its editor) and the source. */
static void
test_why (Fixture *f)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *first_uuid = NULL;
  LimberRecommendationCard *card;
  GtkWidget *entries;
  GtkWidget *row;
  GtkToggleButton *why;
  GVariant *target;
  LimberEditorDialog *dialog;
  guint n = 0;

  pin_today (f);
  first_uuid = add_sore (f, TODAY - 8, 4, LIMBER_QUALITY_ACHE);
  g_free (add_sore (f, TODAY - 5, 5, LIMBER_QUALITY_ACHE));
  g_free (add_sore (f, TODAY - 2, 4, LIMBER_QUALITY_ACHE));

  cards = plan_cards (f);
  card = find_card (cards, "persistent-niggle");
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_has_css_class (card_child (card, "card_box"), "physio"));

  why = card_child (card, "why_button");
  g_assert_false (gtk_revealer_get_reveal_child (card_child (card, "why_revealer")));
  gtk_toggle_button_set_active (why, TRUE);
  drain ();
  g_assert_true (gtk_revealer_get_reveal_child (card_child (card, "why_revealer")));
  g_assert_true (strstr (gtk_label_get_text (card_child (card, "rule_label")), "4/10") != NULL);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (card_child (card, "source_label")),
                                   "Source: Silbernagel"));

  entries = card_child (card, "entries_list");
  for (row = gtk_widget_get_first_child (entries); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==,
                       "win.edit-entry");
      n++;
    }
  g_assert_cmpuint (n, ==, 3);

  /* The oldest first, as the rule read them; a click opens its editor. */
  row = gtk_widget_get_first_child (entries);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, first_uuid);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Calf (left) · 4/10");
  g_signal_emit_by_name (row, "activate");
  dialog = LIMBER_EDITOR_DIALOG (wait_for_toplevel (LIMBER_TYPE_EDITOR_DIALOG));
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
}

static guint
count_rule (GPtrArray  *cards,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < cards->len; i++)
    {
      LimberRecommendation *rec =
        limber_recommendation_card_get_recommendation (g_ptr_array_index (cards, i));

      if (g_str_equal (limber_recommendation_get_rule (rec), rule))
        n++;
    }

  return n;
}

static void
assert_niggle_shown (Fixture  *f,
                     gboolean  shown)
{
  g_autoptr(GPtrArray) plan = plan_cards (f);
  g_autoptr(GPtrArray) today = today_cards (f);

  g_assert_cmpuint (count_rule (plan, "persistent-niggle"), ==, shown ? 1 : 0);
  g_assert_cmpuint (count_rule (today, "persistent-niggle"), ==, shown ? 1 : 0);
  g_assert_cmpint (gtk_widget_get_visible (plan_child (f, "hidden_box")), ==, !shown);
}

/* Dismiss for a Week hides the card on both pages; a new entry that changes its facts brings
 * it back. */
static void
test_dismiss (Fixture *f)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) compact = NULL;
  LimberRecommendationCard *card;
  GtkWidget *button;

  pin_today (f);
  add_calf_niggle (f);
  assert_niggle_shown (f, TRUE);

  /* Today shows it in short, with its own dismiss button; the weekly plan is not a card. */
  compact = today_cards (f);
  g_assert_cmpuint (count_rule (compact, "weekly-plan"), ==, 0);
  card = find_card (compact, "persistent-niggle");
  g_assert_true (limber_recommendation_card_get_compact (card));
  g_assert_false (gtk_widget_get_visible (card_child (card, "why_revealer")));
  g_assert_cmpstr (gtk_actionable_get_action_name (card_child (card, "close_button")), ==,
                   "win.dismiss-advice");

  cards = plan_cards (f);
  g_assert_cmpuint (count_rule (cards, "weekly-plan"), ==, 0);
  card = find_card (cards, "persistent-niggle");
  button = card_child (card, "dismiss_button");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.dismiss-advice");
  g_signal_emit_by_name (button, "clicked");
  drain ();

  assert_niggle_shown (f, FALSE);
  g_assert_cmpstr (plan_label (f, "hidden_label"), ==, "1 card is dismissed for now");

  /* Other soreness does not change the calf's facts. */
  {
    LimberSoreness *back = limber_soreness_new ();

    limber_entry_set_day (LIMBER_ENTRY (back), TODAY);
    limber_soreness_set_zone (back, LIMBER_ZONE_UPPER_BACK);
    limber_soreness_set_level (back, 2);
    add (f, LIMBER_ENTRY (back));
  }
  assert_niggle_shown (f, FALSE);

  /* A new calf entry does. */
  g_free (add_sore (f, TODAY, 5, LIMBER_QUALITY_ACHE));
  assert_niggle_shown (f, TRUE);
}

/* Undo, and Show Again, bring dismissed cards back. */
static void
test_dismiss_undo (Fixture *f)
{
  g_autoptr(GPtrArray) cards = NULL;
  LimberRecommendationCard *card;

  pin_today (f);
  add_calf_niggle (f);

  cards = today_cards (f);
  card = find_card (cards, "persistent-niggle");
  g_signal_emit_by_name (card_child (card, "close_button"), "clicked");
  drain ();
  assert_niggle_shown (f, FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  assert_niggle_shown (f, TRUE);

  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = plan_cards (f);
  card = find_card (cards, "persistent-niggle");
  g_signal_emit_by_name (card_child (card, "dismiss_button"), "clicked");
  drain ();
  assert_niggle_shown (f, FALSE);

  g_signal_emit_by_name (plan_child (f, "show_hidden_button"), "clicked");
  drain ();
  assert_niggle_shown (f, TRUE);
}

/* The next race is picked on a calendar and written to the setting the advisor reads. */
static void
test_next_race (Fixture *f)
{
  GtkCalendar *calendar = plan_child (f, "race_calendar");
  GtkMenuButton *button = plan_child (f, "race_button");
  g_autoptr(GDateTime) race = g_date_time_new_local (2026, 12, 6, 0, 0, 0);
  g_autofree char *saved = NULL;

  pin_today (f);
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "None");

  gtk_calendar_select_day (calendar, race);
  g_signal_emit_by_name (calendar, "day-selected");
  drain ();
  saved = g_settings_get_string (f->settings, "next-race");
  g_assert_cmpstr (saved, ==, "2026-12-06");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Sun 6 Dec 2026");

  g_signal_emit_by_name (plan_child (f, "race_clear_button"), "clicked");
  drain ();
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (f->settings, "next-race");
  g_assert_cmpstr (saved, ==, "");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "None");
}

static const WindowTest plan_tests[] = {
  { "/limber/plan/week", test_week },
  { "/limber/plan/routine-and-buttons", test_routine_and_buttons },
  { "/limber/plan/start-and-library", test_start_and_library },
  { "/limber/plan/red-flag-routine", test_red_flag_routine },
  { "/limber/plan/why", test_why },
  { "/limber/plan/dismiss", test_dismiss },
  { "/limber/plan/dismiss-undo", test_dismiss_undo },
  { "/limber/plan/next-race", test_next_race },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (plan_tests); i++)
    g_test_add (plan_tests[i].path, Fixture, &plan_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
