/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-date-row"

#include "config.h"

#include "limber-date-row-test.h"
#include "limber-ui-test.h"

/* The date row of the editors: the day on a button, picked in a calendar, only within the
 * days the core accepts for an entry. */

typedef struct
{
  GtkWidget     *window;
  LimberDateRow *row;
  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkLabel      *message;
  guint          notified;
} RowFixture;

static LimberDay
ymd (int y, int m, int d)
{
  return limber_day_from_ymd (y, m, d);
}

static void
on_day_notify_cb (LimberDateRow *row,
                  GParamSpec    *pspec,
                  RowFixture    *f)
{
  f->notified++;
}

static void
row_setup (RowFixture    *f,
           gconstpointer  data)
{
  GtkWidget *list;

  if (!have_display)
    return;

  f->window = gtk_window_new ();
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  f->row = LIMBER_DATE_ROW (limber_date_row_new ());
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (f->row));
  gtk_window_set_child (GTK_WINDOW (f->window), list);

  f->button = date_row_child (f->row, "button");
  f->popover = date_row_child (f->row, "popover");
  f->calendar = date_row_child (f->row, "calendar");
  f->message = date_row_child (f->row, "message_label");

  limber_date_row_set_today (f->row, ymd (2024, 5, 14));
  limber_date_row_set_day (f->row, ymd (2024, 5, 10));
  g_signal_connect (f->row, "notify::day", G_CALLBACK (on_day_notify_cb), f);

  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (is_mapped, f->row);
}

static void
row_teardown (RowFixture    *f,
              gconstpointer  data)
{
  if (!have_display)
    return;

  gtk_window_destroy (GTK_WINDOW (f->window));
  drain ();
  g_assert_null (f->window);
}

static void
assert_shows (RowFixture *f,
              LimberDay   day)
{
  g_autofree char *label = limber_day_format (day, "%a %-d %b %Y");
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (f->calendar);

  g_assert_cmpuint (limber_date_row_get_day (f->row), ==, day);
  g_assert_cmpstr (gtk_menu_button_get_label (f->button), ==, label);
  g_assert_cmpuint (limber_day_from_date_time (shown), ==, day);
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
popover_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
open_calendar (RowFixture *f)
{
  /* What Enter on the focused row, a click on it or Alt+D do. */
  adw_action_row_activate (ADW_ACTION_ROW (f->row));
  wait_until (popover_shown, f->popover);
}

static void
test_pick (RowFixture    *f,
           gconstpointer  data)
{
  guint day_notifies;

  SKIP_WITHOUT_DISPLAY ();

  assert_shows (f, ymd (2024, 5, 10));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->row)), ==, "_Date");
  g_assert_true (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (f->row)));

  open_calendar (f);
  date_row_pick (f->row, ymd (2024, 5, 12));
  assert_shows (f, ymd (2024, 5, 12));
  g_assert_cmpuint (f->notified, ==, 1);
  wait_until (popover_hidden, f->popover);

  /* Set by code, the day is shown and told just the same; the same day is no change. */
  day_notifies = f->notified;
  g_object_set (f->row, "day", ymd (2024, 4, 30), NULL);
  assert_shows (f, ymd (2024, 4, 30));
  g_assert_cmpuint (f->notified, ==, day_notifies + 1);
  limber_date_row_set_day (f->row, ymd (2024, 4, 30));
  g_assert_cmpuint (f->notified, ==, day_notifies + 1);
}

/* Without a pointer: the row takes the focus and, activated (Enter, or Alt+D from its
 * title), opens the calendar, which takes the focus and picks with GTK's own keys. */
static void
test_keyboard (RowFixture    *f,
               gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->row)));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (f->row)));
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (f->row)) ==
                 GTK_WIDGET (f->button));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->calendar)));

  open_calendar (f);
  g_assert_cmpuint (f->notified, ==, 0);
}

/* The days the core refuses for an entry are refused in the calendar, with the core's
 * words, and the calendar stays open on the day chosen before. */
static void
test_out_of_range (RowFixture    *f,
                   gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  open_calendar (f);
  date_row_pick (f->row, ymd (2024, 5, 15));
  date_row_assert_refused (f->row, ymd (2024, 5, 10), "Date cannot be in the future");
  assert_shows (f, ymd (2024, 5, 10));
  g_assert_cmpuint (f->notified, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->popover)));

  date_row_pick (f->row, ymd (1899, 12, 31));
  date_row_assert_refused (f->row, ymd (2024, 5, 10),
                           "Date must be between 1 January 1900 and today");
  assert_shows (f, ymd (2024, 5, 10));

  /* Today itself and the first day allowed are fine; the message goes. */
  date_row_pick (f->row, ymd (2024, 5, 14));
  assert_shows (f, ymd (2024, 5, 14));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->message)));
  wait_until (popover_hidden, f->popover);

  open_calendar (f);
  date_row_pick (f->row, ymd (1900, 1, 1));
  assert_shows (f, ymd (1900, 1, 1));
  g_assert_cmpuint (f->notified, ==, 2);

  /* Today follows the journal: a later today allows a later day. */
  limber_date_row_set_today (f->row, ymd (2024, 5, 15));
  open_calendar (f);
  date_row_pick (f->row, ymd (2024, 5, 15));
  assert_shows (f, ymd (2024, 5, 15));
}

/* Closed without a pick, the calendar forgets the month browsed to and the refusal. */
static void
test_close (RowFixture    *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) browsed = NULL;
  GtkWidget *header, *previous_month;

  SKIP_WITHOUT_DISPLAY ();

  open_calendar (f);
  date_row_pick (f->row, ymd (2024, 6, 1));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->message)));

  /* The first button of the calendar's header goes a month back. */
  header = gtk_widget_get_first_child (GTK_WIDGET (f->calendar));
  previous_month = gtk_widget_get_first_child (header);
  g_assert_true (GTK_IS_BUTTON (previous_month));
  g_signal_emit_by_name (previous_month, "clicked");
  g_signal_emit_by_name (previous_month, "clicked");
  drain ();
  browsed = gtk_calendar_get_date (f->calendar);
  g_assert_cmpint (g_date_time_get_month (browsed), ==, 3);
  g_assert_cmpuint (f->notified, ==, 0);

  gtk_popover_popdown (f->popover);
  wait_until (popover_hidden, f->popover);
  assert_shows (f, ymd (2024, 5, 10));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->message)));
  g_assert_cmpuint (f->notified, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme and fonts. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: the date row tests are skipped");

#define ADD(path, func) \
  g_test_add ("/limber/date-row/" path, RowFixture, NULL, row_setup, func, row_teardown)

  ADD ("pick", test_pick);
  ADD ("keyboard", test_keyboard);
  ADD ("out-of-range", test_out_of_range);
  ADD ("close", test_close);

  return g_test_run ();
}
