/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pages"

#include "config.h"

#include "limber-body-map.h"
#include "limber-editor-dialog.h"
#include "limber-fascia-editor.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal-page.h"
#include "limber-journal-row.h"
#include "limber-move-picker.h"
#include "limber-run-editor.h"
#include "limber-run.h"
#include "limber-soreness.h"
#include "limber-soreness-editor.h"
#include "limber-today-page.h"
#include "limber-water-editor.h"
#include "limber-ui-test.h"

/* The Today and Journal pages and the window's entry actions, on a real window. */

#define TODAY_Y 2026
#define TODAY_M 11
#define TODAY_D 21

static LimberDay
today (void)
{
  return limber_day_from_ymd (TODAY_Y, TODAY_M, TODAY_D);
}

static LimberEntry *
add_run (Fixture    *f,
         LimberDay   day,
         double      km,
         const char *notes)
{
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_entry_set_time (LIMBER_ENTRY (run), 7 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (run), notes);
  limber_run_set_distance (run, km * 1000);
  limber_run_set_duration (run, km * 300);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);

  return LIMBER_ENTRY (g_steal_pointer (&run));
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

static LimberTodayPage *
today_page (Fixture *f)
{
  AdwBin *bin = window_child (f->window, LIMBER_TYPE_WINDOW, "today_bin");

  return LIMBER_TODAY_PAGE (adw_bin_get_child (bin));
}

static LimberJournalPage *
journal_page (Fixture *f)
{
  return LIMBER_JOURNAL_PAGE (limber_window_get_page_widget (f->window, "journal"));
}

static const char *
today_label (Fixture    *f,
             const char *name)
{
  return gtk_label_get_text (window_child (today_page (f), LIMBER_TYPE_TODAY_PAGE, name));
}

/* The week's numbers on Today follow what is logged. */
static void
test_today_numbers (Fixture *f)
{
  LimberSoreness *soreness;
  LimberFasciaSession *session;
  LimberHydration *water;
  GtkLevelBar *bar;

  limber_journal_set_today (f->journal, today ());
  g_object_unref (add_run (f, today () - 1, 10, NULL));           /* Friday */
  g_object_unref (add_run (f, today () - 4, 5, NULL));            /* Tuesday */
  g_object_unref (add_run (f, today () - 7, 30, NULL));           /* last week */

  session = limber_fascia_session_new ();
  limber_entry_set_day (LIMBER_ENTRY (session), today () - 2);
  limber_fascia_session_set_duration (session, 600);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 300);
  add (f, LIMBER_ENTRY (session));

  water = limber_hydration_new ();
  limber_entry_set_day (LIMBER_ENTRY (water), today ());
  limber_hydration_set_volume (water, 750);
  add (f, LIMBER_ENTRY (water));

  soreness = limber_soreness_new ();
  limber_entry_set_day (LIMBER_ENTRY (soreness), today () - 1);
  limber_soreness_set_zone (soreness, LIMBER_ZONE_CALF);
  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (soreness, 4);
  add (f, LIMBER_ENTRY (soreness));
  drain ();

  g_assert_cmpstr (today_label (f, "date_label"), ==, "Saturday 21 November");
  g_assert_cmpstr (today_label (f, "distance_value"), ==, "15.0 km");
  g_assert_cmpstr (today_label (f, "distance_detail"), ==, "2 runs");
  g_assert_cmpstr (today_label (f, "fascia_value"), ==, "1 of 3");
  g_assert_cmpstr (today_label (f, "fascia_detail"), ==, "2 more sessions to go");
  bar = window_child (today_page (f), LIMBER_TYPE_TODAY_PAGE, "fascia_bar");
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bar), 1.0 / 3.0, 1e-6);
  g_assert_cmpstr (today_label (f, "water_value"), ==, "750 ml of 2.0 l");
  bar = window_child (today_page (f), LIMBER_TYPE_TODAY_PAGE, "water_bar");
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bar), 0.375, 1e-6);
  g_assert_cmpstr (today_label (f, "soreness_value"), ==, "Calf (left) · 4/10");
  g_assert_cmpstr (today_label (f, "soreness_detail"), ==, "Yesterday · Moderate");

  /* Miles in Preferences: the distance follows at once. */
  g_settings_set_enum (f->settings, "units", 1);
  drain ();
  g_assert_cmpstr (today_label (f, "distance_value"), ==, "9.3 mi");

  /* The weekly target from Preferences. */
  g_settings_set_uint (f->settings, "weekly-fascia-target", 1);
  drain ();
  g_assert_cmpstr (today_label (f, "fascia_value"), ==, "1 of 1");
  g_assert_cmpstr (today_label (f, "fascia_detail"), ==, "Target reached · 10 min");
}

/* One tap on +250 ml logs water now; Undo (the toast's button or Ctrl+Z) takes it back. */
static void
test_water_button_and_undo (Fixture *f)
{
  GtkButton *button = window_child (today_page (f), LIMBER_TYPE_TODAY_PAGE, "water_250_button");
  g_autoptr(GPtrArray) entries = NULL;
  LimberDay day = limber_journal_get_today (f->journal);

  g_signal_emit_by_name (button, "clicked");
  drain ();

  entries = limber_journal_list (f->journal, day, day, LIMBER_ENTRY_KINDS_HYDRATION, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpfloat (limber_hydration_get_volume (entries->pdata[0]), ==, 250);
  g_assert_cmpint (limber_entry_get_time (entries->pdata[0]), >=, 0);
  g_assert_cmpstr (today_label (f, "water_value"), ==, "250 ml of 2.0 l");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_HYDRATION), ==, 0);
  g_assert_cmpstr (today_label (f, "water_value"), ==, "0 ml of 2.0 l");
}

/* Deleting from the journal, then Undo, brings the same entry back. */
static void
test_delete_and_undo (Fixture *f)
{
  g_autoptr(LimberEntry) run = add_run (f, limber_journal_get_today (f->journal), 12.5,
                                        "Tempo with Sam");
  g_autoptr(LimberEntry) back = NULL;
  const char *uuid = limber_entry_get_uuid (run);
  LimberEntryList *list = limber_journal_page_get_list (journal_page (f));

  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-entry", "s",
                                             uuid));
  drain ();
  g_assert_false (limber_journal_contains (f->journal, uuid));
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  back = limber_journal_get (f->journal, uuid, NULL);
  g_assert_nonnull (back);
  g_assert_cmpfloat (limber_run_get_distance (LIMBER_RUN (back)), ==, 12500);
  g_assert_cmpstr (limber_entry_get_notes (back), ==, "Tempo with Sam");
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 1);

  /* Nothing left to undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  g_assert_true (limber_journal_contains (f->journal, uuid));
}

/* Undo after deleting an imported run brings back its GPS track too. */
static void
test_delete_and_undo_track (Fixture *f)
{
  LimberTrackPoint points[] = {
    { 48.1, 11.5, 520.0, G_GINT64_CONSTANT (1763708400000), TRUE },
    { 48.101, 11.5, 521.5, G_GINT64_CONSTANT (1763708460000), FALSE },
    { 48.102, 11.501, 523.0, G_GINT64_CONSTANT (1763708520000), FALSE },
  };
  g_autoptr(LimberEntry) run = add_run (f, limber_journal_get_today (f->journal), 10, NULL);
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (LimberTrackPoint));
  g_autoptr(GArray) track = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid = limber_entry_get_uuid (run);

  g_array_append_vals (array, points, G_N_ELEMENTS (points));
  g_assert_true (limber_journal_set_track (f->journal, uuid, array, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-entry", "s",
                                             uuid));
  drain ();
  g_assert_false (limber_journal_contains (f->journal, uuid));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  g_assert_true (limber_journal_contains (f->journal, uuid));
  track = limber_journal_get_track (f->journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (track);
  g_assert_cmpuint (track->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (g_array_index (track, LimberTrackPoint, 2).lon, 11.501, 1e-6);
}

static void
collect_rows (GtkWidget  *widget,
              GPtrArray  *rows)
{
  if (LIMBER_IS_JOURNAL_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static LimberJournalRow *
find_row (Fixture    *f,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (journal_page (f)), rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (limber_journal_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  return NULL;
}

/* Whether the journal page's list searches for what its search entry @data holds. */
static gboolean
search_reported (gpointer data)
{
  LimberJournalPage *page = LIMBER_JOURNAL_PAGE (gtk_widget_get_ancestor (data,
                                                 LIMBER_TYPE_JOURNAL_PAGE));

  return g_strcmp0 (limber_entry_list_get_search (limber_journal_page_get_list (page)),
                    gtk_editable_get_text (data)) == 0;
}

static gboolean
is_scrolled (gpointer data)
{
  return gtk_adjustment_get_value (data) > 0;
}

/* The journal shows each entry on a row with its kind's summary, under its week. */
static void
test_journal_rows (Fixture *f)
{
  LimberJournalPage *page = journal_page (f);
  GtkWidget *search_entry = window_child (page, LIMBER_TYPE_JOURNAL_PAGE, "search_entry");
  GtkToggleButton *water_toggle = window_child (page, LIMBER_TYPE_JOURNAL_PAGE, "water_toggle");
  GtkStack *stack = window_child (page, LIMBER_TYPE_JOURNAL_PAGE, "content_stack");
  LimberEntryList *list = limber_journal_page_get_list (page);
  LimberHydration *water;
  LimberJournalRow *row;

  limber_journal_set_today (f->journal, today ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_object_unref (add_run (f, today () - 1, 10, "Hills with Anna"));
  water = limber_hydration_new ();
  limber_entry_set_day (LIMBER_ENTRY (water), today ());
  limber_entry_set_time (LIMBER_ENTRY (water), 10 * 3600);
  limber_hydration_set_volume (water, 500);
  add (f, LIMBER_ENTRY (water));

  limber_window_set_page (f->window, "journal");
  drain ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  row = find_row (f, "10.0 km · Easy");
  g_assert_nonnull (row);
  g_assert_cmpstr (limber_journal_row_get_summary (row), ==,
                   "07:00 · 50:00 · 5:00 /km · Hills with Anna");
  row = find_row (f, "500 ml");
  g_assert_nonnull (row);
  g_assert_cmpstr (limber_journal_row_get_summary (row), ==, "10:00");
  row = find_row (f, "This Week");
  g_assert_nonnull (row);
  g_assert_cmpstr (limber_journal_row_get_summary (row), ==,
                   "10.0 km · 1 run · 500 ml water a day");

  /* Hide water. */
  gtk_toggle_button_set_active (water_toggle, FALSE);
  drain ();
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 1);
  g_assert_null (find_row (f, "500 ml"));
  gtk_toggle_button_set_active (water_toggle, TRUE);

  /* Ctrl+F searches the notes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  drain ();
  g_assert_true (gtk_widget_has_focus (search_entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), search_entry));
  /* The search entry waits a moment before it reports: typed text is searched for once it
   * has. Setting the list's search directly raced with that report, which could come late
   * and put the previous text back. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "anna");
  wait_until (search_reported, search_entry);
  drain ();
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 1);
  g_assert_nonnull (find_row (f, "10.0 km · Easy"));
  g_assert_null (find_row (f, "500 ml"));

  gtk_editable_set_text (GTK_EDITABLE (search_entry), "nobody");
  wait_until (search_reported, search_entry);
  drain ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");
}

/* Jumping to a date two years back scrolls the list there. */
static void
test_journal_go_to_day (Fixture *f)
{
  LimberJournalPage *page = journal_page (f);
  GtkScrolledWindow *scrolled = window_child (page, LIMBER_TYPE_JOURNAL_PAGE, "scrolled_window");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  LimberDay target = today () - 730;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);

  limber_journal_set_today (f->journal, today ());
  for (LimberDay day = today () - 1000; day <= today (); day += 2)
    {
      LimberRun *run = limber_run_new ();

      limber_entry_set_day (LIMBER_ENTRY (run), day);
      limber_run_set_distance (run, 8000);
      limber_run_set_duration (run, 2400);
      g_ptr_array_add (runs, run);
    }
  g_assert_true (limber_journal_add_many (f->journal, runs, NULL));

  limber_window_set_page (f->window, "journal");
  drain ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  /* The list scrolls on its next frame, which a busy machine may draw late. */
  limber_journal_page_go_to_day (page, target);
  wait_until (is_scrolled, adjustment);
  drain ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  /* The header of the target's week is on screen. */
  {
    g_autofree char *date = limber_day_format (limber_day_week_start (target), "%e %B %Y");
    g_autofree char *title = g_strdup_printf ("Week of %s", g_strstrip (date));

    g_assert_nonnull (find_row (f, title));
  }
}


/* Opens an editor the way the user does, by the window's action (the Log menu, the Today
 * buttons and the shortcuts all activate it). */
static LimberEditorDialog *
open_editor (Fixture    *f,
             const char *action,
             GVariant   *target)
{
  GtkWindow *dialog;

  g_assert_null (find_toplevel (LIMBER_TYPE_EDITOR_DIALOG));
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, target));
  dialog = wait_for_toplevel (LIMBER_TYPE_EDITOR_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));

  return LIMBER_EDITOR_DIALOG (dialog);
}

static gpointer
form_child (LimberEditorDialog *dialog,
            GType               type,
            const char         *name)
{
  return window_child (limber_editor_dialog_get_form (dialog), type, name);
}

static void
type_text (LimberEditorDialog *dialog,
           GType               type,
           const char         *name,
           const char         *text)
{
  gtk_editable_set_text (GTK_EDITABLE (form_child (dialog, type, name)), text);
  drain ();
}

static void
save_and_close (LimberEditorDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (limber_editor_dialog_can_save (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.save", NULL));
  drain ();
  wait_until (is_null, &weak);
}

static LimberEntry *
only_entry (Fixture          *f,
            LimberEntryKinds  kinds)
{
  g_autoptr(GPtrArray) entries = limber_journal_list (f->journal, 1, today (), kinds, NULL);

  g_assert_cmpuint (entries->len, ==, 1);
  return g_object_ref (entries->pdata[0]);
}

/* Clicks the body map where it draws @zone on @side, through the map's own gesture. */
static void
click_body_map (LimberBodyMap *map,
                LimberZone     zone,
                LimberSide     side)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));
  GtkGesture *click = NULL;
  double x, y;

  wait_until (is_allocated, map);
  g_assert_true (limber_body_map_get_zone_point (map, zone, side, &x, &y));
  for (guint i = 0; click == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);
    }

  g_assert_nonnull (click);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  drain ();
}

/* A runner logs one entry of each kind through the editors and finds them in the journal,
 * then edits the run. */
static void
test_log_every_kind (Fixture *f)
{
  LimberEntryList *list = limber_journal_page_get_list (journal_page (f));
  LimberEditorDialog *dialog;
  g_autoptr(LimberEntry) run = NULL;
  g_autoptr(LimberEntry) water = NULL;
  g_autoptr(LimberEntry) session = NULL;
  g_autoptr(LimberEntry) soreness = NULL;
  g_autoptr(LimberEntry) edited = NULL;
  const LimberFasciaItem *items;
  guint n_items;

  limber_journal_set_today (f->journal, today ());
  limber_window_set_page (f->window, "journal");

  /* A run. */
  dialog = open_editor (f, "win.log-run", NULL);
  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "distance_row", "10,5");
  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "duration_row", "52:30");
  save_and_close (dialog);
  run = only_entry (f, LIMBER_ENTRY_KINDS_RUN);
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (LIMBER_RUN (run)), 10500, 0.01);
  g_assert_cmpfloat (limber_run_get_duration (LIMBER_RUN (run)), ==, 3150);
  g_assert_cmpuint (limber_entry_get_day (run), ==, today ());
  g_assert_nonnull (find_row (f, "10.5 km · Easy"));

  /* Water, with a quick amount. */
  dialog = open_editor (f, "win.log-water", NULL);
  g_signal_emit_by_name (form_child (dialog, LIMBER_TYPE_WATER_EDITOR, "quick_750_button"),
                         "clicked");
  type_text (dialog, LIMBER_TYPE_WATER_EDITOR, "time_row", "15:30");
  save_and_close (dialog);
  water = only_entry (f, LIMBER_ENTRY_KINDS_HYDRATION);
  g_assert_cmpfloat (limber_hydration_get_volume (LIMBER_HYDRATION (water)), ==, 750);
  g_assert_cmpint (limber_entry_get_time (water), ==, 15 * 3600 + 30 * 60);
  g_assert_nonnull (find_row (f, "750 ml"));

  /* A fascia session with a move from the library. */
  dialog = open_editor (f, "win.log-fascia", NULL);
  g_signal_emit_by_name (limber_move_picker_get_add_button (
                           form_child (dialog, LIMBER_TYPE_FASCIA_EDITOR, "picker"), "calf-roll"),
                         "clicked");
  drain ();
  save_and_close (dialog);
  session = only_entry (f, LIMBER_ENTRY_KINDS_FASCIA);
  items = limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (session), &n_items);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_cmpstr (items[0].move_id, ==, "calf-roll");
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 3);

  /* Soreness, by clicking the left calf on the body map. */
  dialog = open_editor (f, "win.log-soreness", NULL);
  click_body_map (form_child (dialog, LIMBER_TYPE_SORENESS_EDITOR, "body_map"),
                  LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  save_and_close (dialog);
  soreness = only_entry (f, LIMBER_ENTRY_KINDS_SORENESS);
  g_assert_cmpint (limber_soreness_get_zone (LIMBER_SORENESS (soreness)), ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (limber_soreness_get_side (LIMBER_SORENESS (soreness)), ==, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 4);

  /* Edit the run from its row: same entry, new distance. */
  dialog = open_editor (f, "win.edit-entry", g_variant_new_string (limber_entry_get_uuid (run)));
  g_assert_cmpstr (gtk_editable_get_text (form_child (dialog, LIMBER_TYPE_RUN_EDITOR,
                                                      "distance_row")), ==, "10.5");
  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "distance_row", "12");
  save_and_close (dialog);
  edited = only_entry (f, LIMBER_ENTRY_KINDS_RUN);
  g_assert_cmpstr (limber_entry_get_uuid (edited), ==, limber_entry_get_uuid (run));
  g_assert_cmpfloat (limber_run_get_distance (LIMBER_RUN (edited)), ==, 12000);
  g_assert_nonnull (find_row (f, "12.0 km · Easy"));
  g_assert_null (find_row (f, "10.5 km · Easy"));
  g_assert_cmpuint (limber_entry_list_get_n_entries (list), ==, 4);
}

/* An invalid distance is marked on its field, Save is off and nothing is written. */
static void
test_invalid_distance (Fixture *f)
{
  LimberEditorDialog *dialog = open_editor (f, "win.log-run", NULL);
  GtkWidget *distance = form_child (dialog, LIMBER_TYPE_RUN_EDITOR, "distance_row");
  AdwMessageDialog *question;

  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "duration_row", "50:00");
  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "distance_row", "0.01");
  g_assert_true (gtk_widget_has_css_class (distance, "error"));
  g_assert_false (limber_editor_dialog_can_save (dialog));
  /* Ctrl+Enter does nothing while Save is off. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.save", NULL);
  drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  type_text (dialog, LIMBER_TYPE_RUN_EDITOR, "distance_row", "10");
  g_assert_false (gtk_widget_has_css_class (distance, "error"));
  g_assert_true (limber_editor_dialog_can_save (dialog));

  /* Escape asks before throwing the run away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.cancel", NULL));
  drain ();
  question = limber_editor_dialog_get_discard_dialog (dialog);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  drain ();
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_null (find_toplevel (LIMBER_TYPE_EDITOR_DIALOG));
}

/* Delete Entry in an editor deletes at once, and Undo brings the entry back. */
static void
test_delete_from_editor (Fixture *f)
{
  g_autoptr(LimberEntry) run = add_run (f, limber_journal_get_today (f->journal), 8, NULL);
  const char *uuid = limber_entry_get_uuid (run);
  LimberEditorDialog *dialog;

  dialog = open_editor (f, "win.edit-entry", g_variant_new_string (uuid));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.delete", NULL));
  drain ();
  g_assert_null (find_toplevel (LIMBER_TYPE_EDITOR_DIALOG));
  g_assert_false (limber_journal_contains (f->journal, uuid));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  drain ();
  g_assert_true (limber_journal_contains (f->journal, uuid));
}

static const WindowTest page_tests[] = {
  { "/limber/pages/today-numbers", test_today_numbers },
  { "/limber/pages/water-button-and-undo", test_water_button_and_undo },
  { "/limber/pages/delete-and-undo", test_delete_and_undo },
  { "/limber/pages/delete-and-undo-track", test_delete_and_undo_track },
  { "/limber/pages/journal-rows", test_journal_rows },
  { "/limber/pages/journal-go-to-day", test_journal_go_to_day },
  { "/limber/pages/log-every-kind", test_log_every_kind },
  { "/limber/pages/invalid-distance", test_invalid_distance },
  { "/limber/pages/delete-from-editor", test_delete_from_editor },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (page_tests); i++)
    g_test_add (page_tests[i].path, Fixture, &page_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
