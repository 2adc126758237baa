/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-run-editor"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "limber-date-row-test.h"
#include "limber-editor-dialog.h"
#include "limber-run.h"
#include "limber-run-editor.h"

#define WAIT_SECONDS 10

typedef struct
{
  char               *dir;
  LimberJournal      *journal;
  LimberEditorDialog *dialog;
  LimberEditorForm   *form;
} Fixture;

static gboolean have_display;

static LimberDay
ymd (int y, int m, int d)
{
  return limber_day_from_ymd (y, m, d);
}

static gboolean
on_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_wait_timeout_cb, &timed_out);

  while (!gtk_widget_get_mapped (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

static void
drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gpointer
form_child (Fixture    *f,
            const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->form), LIMBER_TYPE_RUN_EDITOR,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

static void
set_text (Fixture    *f,
          const char *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (form_child (f, row)), text);
  drain ();
}

static const char *
get_text (Fixture    *f,
          const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (form_child (f, row)));
}

static void
select_item (Fixture    *f,
             const char *row,
             guint       position)
{
  adw_combo_row_set_selected (form_child (f, row), position);
  drain ();
}

static void
set_notes (Fixture    *f,
           const char *notes)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form_child (f, "notes_view")), notes, -1);
  drain ();
}

static void
pick_day (Fixture   *f,
          LimberDay  day)
{
  date_row_pick (form_child (f, "date_row"), day);
}

static gboolean
has_error (Fixture    *f,
           const char *field)
{
  return gtk_widget_has_css_class (form_child (f, field), "error");
}

static const char *
shown_message (Fixture    *f,
               const char *label)
{
  GtkWidget *widget = form_child (f, label);

  return gtk_widget_get_visible (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : NULL;
}

static GPtrArray *
list_runs (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *runs = limber_journal_list (f->journal, 1, G_MAXUINT32, LIMBER_ENTRY_KINDS_ALL,
                                         &error);

  g_assert_no_error (error);
  return runs;
}

static void
add_run (Fixture   *f,
         LimberRun *run)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
}

static LimberRun *
make_run (LimberDay   day,
          double      metres,
          double      seconds,
          const char *shoes)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, metres);
  limber_run_set_duration (run, seconds);
  limber_run_set_shoes (run, shoes);
  return run;
}

/* The form fits a 360 px wide phone screen, less the dialog's 12 px margins. */
static void
assert_fits_narrow_screen (Fixture *f)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (f->form), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 2 * 12);
}

static void
open_editor (Fixture     *f,
             LimberUnits  units,
             LimberEntry *entry)
{
  f->form = g_object_new (LIMBER_TYPE_RUN_EDITOR,
                          "journal", f->journal,
                          "units", units,
                          NULL);
  g_object_add_weak_pointer (G_OBJECT (f->form), (gpointer *) &f->form);
  f->dialog = limber_editor_dialog_new (NULL, f->journal, f->form, entry);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);

  gtk_window_present (GTK_WINDOW (f->dialog));
  wait_until_mapped (GTK_WIDGET (f->dialog));
  drain ();
}

static void
save (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL));
  drain ();
}

static void
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

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!have_display)
    return;

  f->dir = g_dir_make_tmp ("limber-test-run-editor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, ymd (2026, 11, 21));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (!have_display)
    return;

  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  drain ();

  g_assert_null (f->dialog);
  g_assert_null (f->form);
  g_assert_finalize_object (f->journal);
  remove_dir (f->dir);
  g_free (f->dir);
}

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!have_display)                                          \
      {                                                         \
        g_test_skip ("No display; run under Xvfb");             \
        return;                                                 \
      }                                                         \
  } G_STMT_END

static void
test_log (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *today_label = NULL;
  g_autofree char *picked_label = NULL;
  GtkMenuButton *date_button;
  LimberRun *run;
  int now;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Log Run");

  /* A new run starts today, now (to five minutes), easy, and cannot be saved empty; the
   * empty distance is a quiet hint, not an error. */
  date_button = date_row_child (form_child (f, "date_row"), "button");
  today_label = limber_day_format (ymd (2026, 11, 21), "%a %-d %b %Y");
  g_assert_cmpstr (gtk_menu_button_get_label (date_button), ==, today_label);
  g_assert_true (limber_time_parse (get_text (f, "time_row"), &now));
  g_assert_cmpint (now % 300, ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (form_child (f, "kind_row")), ==, LIMBER_RUN_EASY);
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "distance_unit_label")), ==, "km");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_false (has_error (f, "distance_row"));
  g_assert_cmpstr (shown_message (f, "run_message"), ==, "Type the distance in kilometres");
  g_assert_true (gtk_widget_has_css_class (form_child (f, "run_message"), "dim-label"));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->dialog)),
                                         form_child (f, "distance_row")));

  assert_fits_narrow_screen (f);

  pick_day (f, ymd (2026, 11, 19));
  picked_label = limber_day_format (ymd (2026, 11, 19), "%a %-d %b %Y");
  g_assert_cmpstr (gtk_menu_button_get_label (date_button), ==, picked_label);
  set_text (f, "time_row", "7:05");
  set_text (f, "distance_row", "10,5");    /* either decimal mark */
  set_text (f, "duration_row", "52:30");
  select_item (f, "kind_row", LIMBER_RUN_LONG);
  select_item (f, "surface_row", LIMBER_SURFACE_TRAIL);
  select_item (f, "effort_row", 7 + 1);
  set_text (f, "temperature_row", "-2.5");
  set_text (f, "elevation_row", "412");
  set_text (f, "heart_rate_row", " 151 ");
  set_text (f, "shoes_row", "  Trail Gloves ");
  set_notes (f, "Frost on the ridge");

  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "5:00 /km");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_null (shown_message (f, "run_message"));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  save (f);
  g_assert_null (f->dialog);

  runs = list_runs (f);
  g_assert_cmpuint (runs->len, ==, 1);
  run = runs->pdata[0];
  g_assert_true (LIMBER_IS_RUN (run));
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (run)), ==, ymd (2026, 11, 19));
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (run)), ==, 7 * 3600 + 5 * 60);
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (run), 10500, 1e-6);
  g_assert_cmpfloat_with_epsilon (limber_run_get_duration (run), 52 * 60 + 30, 1e-6);
  g_assert_cmpint (limber_run_get_run_kind (run), ==, LIMBER_RUN_LONG);
  g_assert_cmpint (limber_run_get_surface (run), ==, LIMBER_SURFACE_TRAIL);
  g_assert_cmpint (limber_run_get_rpe (run), ==, 7);
  g_assert_cmpfloat_with_epsilon (limber_run_get_temperature (run), -2.5, 1e-6);
  g_assert_cmpfloat (limber_run_get_elevation_gain (run), ==, 412);
  g_assert_cmpfloat (limber_run_get_avg_heart_rate (run), ==, 151);
  g_assert_cmpstr (limber_run_get_shoes (run), ==, "Trail Gloves");
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Frost on the ridge");
}

static void
test_unset_fields (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) runs = NULL;
  LimberRun *run;

  SKIP_WITHOUT_DISPLAY ();

  /* Time, effort, surface, temperature, elevation gain, heart rate, shoes and notes may all
   * stay empty. */
  open_editor (f, LIMBER_UNITS_KM, NULL);
  set_text (f, "time_row", "");
  set_text (f, "distance_row", "5");
  set_text (f, "duration_row", "30");    /* plain minutes */
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "6:00 /km");
  save (f);

  runs = list_runs (f);
  g_assert_cmpuint (runs->len, ==, 1);
  run = runs->pdata[0];
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (run)), ==, ymd (2026, 11, 21));
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (run)), ==, -1);
  g_assert_cmpfloat_with_epsilon (limber_run_get_duration (run), 1800, 1e-6);
  g_assert_cmpint (limber_run_get_rpe (run), ==, LIMBER_RPE_UNSET);
  g_assert_cmpint (limber_run_get_surface (run), ==, LIMBER_SURFACE_UNSET);
  g_assert_false (limber_run_has_temperature (run));
  g_assert_false (limber_run_has_elevation_gain (run));
  g_assert_false (limber_run_has_avg_heart_rate (run));
  g_assert_null (limber_run_get_shoes (run));
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "");
}

static void
test_pace (Fixture       *f,
           gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "–");
  set_text (f, "distance_row", "10");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "–");
  set_text (f, "duration_row", "50:00");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "5:00 /km");
  set_text (f, "duration_row", "1:00:00");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "6:00 /km");
  set_text (f, "duration_row", "1:00:");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "–");
}

static void
test_miles (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) runs = NULL;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_MILES, NULL);
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "distance_unit_label")), ==, "mi");
  g_assert_cmpstr (shown_message (f, "run_message"), ==, "Type the distance in miles");

  set_text (f, "distance_row", "10 km");
  set_text (f, "duration_row", "50:00");
  /* 5:00 a kilometre is 8:03 a mile. */
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "8:03 /mi");

  set_text (f, "distance_row", "10");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "5:00 /mi");

  /* The core's range, told in miles. */
  set_text (f, "distance_row", "0.05");
  g_assert_true (has_error (f, "distance_row"));
  g_assert_cmpstr (shown_message (f, "run_message"), ==,
                   "Distance must be between 0.06 and 311 mi");

  /* A pace no one runs, told per mile too; a duration out of range keeps its own message. */
  set_text (f, "distance_row", "10");
  set_text (f, "duration_row", "10:00");
  g_assert_true (has_error (f, "duration_row"));
  g_assert_cmpstr (shown_message (f, "run_message"), ==,
                   "Duration is too short for the distance: the pace must be slower than "
                   "2:14 /mi");
  set_text (f, "duration_row", "0:30");
  g_assert_cmpstr (shown_message (f, "run_message"), ==,
                   "Duration must be between 1 minute and 120 hours");
  set_text (f, "duration_row", "50:00");
  save (f);
  runs = list_runs (f);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (runs->pdata[0]), 16093.44, 1e-6);
}

static void
test_invalid_distance (Fixture       *f,
                       gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  set_text (f, "duration_row", "50:00");

  set_text (f, "distance_row", "abc");
  g_assert_true (has_error (f, "distance_row"));
  g_assert_false (has_error (f, "duration_row"));
  g_assert_cmpstr (shown_message (f, "run_message"), ==,
                   "Distance: type a number of kilometres, like 10.5");
  g_assert_true (gtk_widget_has_css_class (form_child (f, "run_message"), "error"));
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "–");

  /* Saving anyway writes nothing and keeps the dialog open. */
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL);
  drain ();
  g_assert_nonnull (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  /* Readable, but out of the core's range. */
  set_text (f, "distance_row", "0.01");
  g_assert_true (has_error (f, "distance_row"));
  g_assert_cmpstr (shown_message (f, "run_message"), ==, "Distance must be between 0.1 and 500 km");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (limber_editor_dialog_save (f->dialog));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  set_text (f, "distance_row", "10");
  g_assert_false (has_error (f, "distance_row"));
  g_assert_null (shown_message (f, "run_message"));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
}

/* Each field the user can get wrong shows the core's or the form's message beside it. */
static void
test_invalid_fields (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *long_shoes = g_strnfill (LIMBER_RUN_SHOES_MAX + 1, 'x');
  g_autofree char *long_notes = g_strnfill (LIMBER_ENTRY_NOTES_MAX + 1, 'x');
  const struct {
    const char *row;
    const char *text;
    const char *message;
    const char *field;
    const char *message_label;
  } cases[] = {
    { "time_row", "25:00", "Start time", "time_row", "when_message" },
    { "duration_row", "fifty", "Duration:", "duration_row", "run_message" },
    { "duration_row", "0:30", "Duration must be between", "duration_row", "run_message" },
    { "duration_row", "1:00", "too short for the distance", "duration_row", "run_message" },
    { "temperature_row", "warm", "Temperature:", "temperature_row", "details_message" },
    { "temperature_row", "70", "Temperature must be between", "temperature_row",
      "details_message" },
    { "elevation_row", "a lot", "Elevation gain: type the metres climbed", "elevation_row",
      "details_message" },
    { "elevation_row", "-20", "Elevation gain must be between 0 and 10000 m", "elevation_row",
      "details_message" },
    { "heart_rate_row", "fast", "Average heart rate: type beats a minute", "heart_rate_row",
      "details_message" },
    { "heart_rate_row", "300", "Average heart rate must be between 30 and 250 bpm",
      "heart_rate_row", "details_message" },
    { "shoes_row", long_shoes, "Shoes must be at most", "shoes_row", "details_message" },
  };

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  set_text (f, "distance_row", "10");
  set_text (f, "duration_row", "50:00");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *before = g_strdup (get_text (f, cases[i].row));

      set_text (f, cases[i].row, cases[i].text);
      g_assert_true (has_error (f, cases[i].field));
      g_assert_nonnull (strstr (shown_message (f, cases[i].message_label), cases[i].message));
      g_assert_false (limber_editor_dialog_can_save (f->dialog));

      set_text (f, cases[i].row, before);
      g_assert_false (has_error (f, cases[i].field));
      g_assert_null (shown_message (f, cases[i].message_label));
      g_assert_true (limber_editor_dialog_can_save (f->dialog));
    }

  /* The calendar refuses a day Save would refuse, and says why there. */
  pick_day (f, ymd (2026, 11, 22));
  date_row_assert_refused (form_child (f, "date_row"), ymd (2026, 11, 21),
                           "Date cannot be in the future");
  g_assert_false (has_error (f, "date_row"));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  set_notes (f, long_notes);
  g_assert_true (has_error (f, "notes_view"));
  g_assert_nonnull (strstr (shown_message (f, "notes_message"), "Notes must be at most"));
  set_notes (f, "");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  save (f);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

/* Codes no widget can produce (the combo rows offer only valid choices) still have a place. */
static void
test_error_fields (Fixture       *f,
                   gconstpointer  data)
{
  const struct {
    LimberEntryError  code;
    const char       *field;
    const char       *message_label;
  } cases[] = {
    { LIMBER_ENTRY_ERROR_DATE, "date_row", "when_message" },
    { LIMBER_ENTRY_ERROR_TIME, "time_row", "when_message" },
    { LIMBER_ENTRY_ERROR_DISTANCE, "distance_row", "run_message" },
    { LIMBER_ENTRY_ERROR_DURATION, "duration_row", "run_message" },
    { LIMBER_ENTRY_ERROR_RUN_KIND, "kind_row", "details_message" },
    { LIMBER_ENTRY_ERROR_RPE, "effort_row", "details_message" },
    { LIMBER_ENTRY_ERROR_SURFACE, "surface_row", "details_message" },
    { LIMBER_ENTRY_ERROR_TEMPERATURE, "temperature_row", "details_message" },
    { LIMBER_ENTRY_ERROR_ELEVATION_GAIN, "elevation_row", "details_message" },
    { LIMBER_ENTRY_ERROR_HEART_RATE, "heart_rate_row", "details_message" },
    { LIMBER_ENTRY_ERROR_SHOES, "shoes_row", "details_message" },
    { LIMBER_ENTRY_ERROR_NOTES, "notes_view", "notes_message" },
  };

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  set_text (f, "distance_row", "10");
  set_text (f, "duration_row", "50:00");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (LIMBER_ENTRY_ERROR, cases[i].code,
                                                     "Not like this");

      limber_editor_form_show_error (f->form, error);
      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        g_assert_true (has_error (f, cases[j].field) == (i == j));
      g_assert_cmpstr (shown_message (f, cases[i].message_label), ==, "Not like this");
    }

  limber_editor_form_show_error (f->form, NULL);
  for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
    {
      g_assert_false (has_error (f, cases[j].field));
      g_assert_null (shown_message (f, cases[j].message_label));
    }
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberRun) stored = make_run (ymd (2026, 11, 14), 21234.6, 6543.2, "Clifton 9");
  g_autoptr(LimberEntry) loaded = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GError) error = NULL;
  LimberRun *run;

  SKIP_WITHOUT_DISPLAY ();

  limber_entry_set_time (LIMBER_ENTRY (stored), 6 * 3600 + 45 * 60);
  limber_entry_set_notes (LIMBER_ENTRY (stored), "Half marathon pace");
  limber_run_set_run_kind (stored, LIMBER_RUN_RACE);
  limber_run_set_surface (stored, LIMBER_SURFACE_ROAD);
  limber_run_set_rpe (stored, 9);
  limber_run_set_temperature (stored, 11);
  limber_run_set_elevation_gain (stored, 187);
  limber_run_set_avg_heart_rate (stored, 162.5);
  add_run (f, stored);
  loaded = limber_journal_get (f->journal, limber_entry_get_uuid (LIMBER_ENTRY (stored)), &error);
  g_assert_no_error (error);

  open_editor (f, LIMBER_UNITS_KM, loaded);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Edit Run");
  g_assert_cmpstr (get_text (f, "time_row"), ==, "06:45");
  g_assert_cmpstr (get_text (f, "distance_row"), ==, "21.235");
  g_assert_cmpstr (get_text (f, "duration_row"), ==, "1:49:03");
  g_assert_cmpuint (adw_combo_row_get_selected (form_child (f, "kind_row")), ==, LIMBER_RUN_RACE);
  g_assert_cmpuint (adw_combo_row_get_selected (form_child (f, "surface_row")), ==,
                    LIMBER_SURFACE_ROAD);
  g_assert_cmpuint (adw_combo_row_get_selected (form_child (f, "effort_row")), ==, 9 + 1);
  g_assert_cmpstr (get_text (f, "temperature_row"), ==, "11");
  g_assert_cmpstr (get_text (f, "elevation_row"), ==, "187");
  g_assert_cmpstr (get_text (f, "heart_rate_row"), ==, "162.5");
  g_assert_cmpstr (get_text (f, "shoes_row"), ==, "Clifton 9");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "pace_label")), ==, "5:08 /km");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_null (shown_message (f, "run_message"));

  select_item (f, "effort_row", 0);    /* not rated after all */
  set_text (f, "temperature_row", "");
  set_text (f, "heart_rate_row", "");   /* the strap was not worn after all */
  save (f);

  runs = list_runs (f);
  g_assert_cmpuint (runs->len, ==, 1);
  run = runs->pdata[0];
  g_assert_cmpstr (limber_entry_get_uuid (LIMBER_ENTRY (run)), ==,
                   limber_entry_get_uuid (LIMBER_ENTRY (stored)));
  g_assert_cmpint (limber_entry_get_created (LIMBER_ENTRY (run)), ==,
                   limber_entry_get_created (loaded));
  g_assert_cmpint (limber_run_get_rpe (run), ==, LIMBER_RPE_UNSET);
  g_assert_false (limber_run_has_temperature (run));
  g_assert_false (limber_run_has_avg_heart_rate (run));
  g_assert_cmpfloat (limber_run_get_elevation_gain (run), ==, 187);
  /* Untouched fields keep their exact values, not the rounded ones shown. */
  g_assert_cmpfloat (limber_run_get_distance (run), ==, 21234.6);
  g_assert_cmpfloat (limber_run_get_duration (run), ==, 6543.2);
  g_assert_cmpint (limber_run_get_run_kind (run), ==, LIMBER_RUN_RACE);
  g_assert_cmpstr (limber_run_get_shoes (run), ==, "Clifton 9");
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (run)), ==, "Half marathon pace");
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (run)), ==, ymd (2026, 11, 14));
}

/* A run dated after today (the clock was wrong when it was logged) opens on its own date,
 * marked, and cannot be saved until it is moved. */
static void
test_future_run (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LimberRun) run = make_run (ymd (2026, 11, 23), 5000, 1500, NULL);
  g_autoptr(GPtrArray) runs = NULL;

  SKIP_WITHOUT_DISPLAY ();

  limber_journal_set_today (f->journal, ymd (2026, 11, 23));
  add_run (f, run);
  limber_journal_set_today (f->journal, ymd (2026, 11, 21));

  open_editor (f, LIMBER_UNITS_KM, LIMBER_ENTRY (run));
  g_assert_cmpuint (limber_date_row_get_day (form_child (f, "date_row")), ==, ymd (2026, 11, 23));
  g_assert_true (has_error (f, "date_row"));
  g_assert_cmpstr (shown_message (f, "when_message"), ==, "Date cannot be in the future");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));

  pick_day (f, ymd (2026, 11, 20));
  g_assert_false (has_error (f, "date_row"));
  g_assert_null (shown_message (f, "when_message"));
  save (f);

  runs = list_runs (f);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpuint (limber_entry_get_day (runs->pdata[0]), ==, ymd (2026, 11, 20));
}

static void
test_shoes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LimberRun) first = make_run (ymd (2026, 11, 2), 10000, 3000, "Pegasus_40");
  g_autoptr(LimberRun) second = make_run (ymd (2026, 11, 9), 10000, 3000, "Clifton 9");
  g_autoptr(LimberRun) bare = make_run (ymd (2026, 11, 10), 10000, 3000, NULL);
  GtkMenuButton *button;
  GMenuModel *menu;
  const char *expected[][2] = {
    { "Clifton 9", "Clifton 9" },
    { "Pegasus__40", "Pegasus_40" },  /* no mnemonic */
  };

  SKIP_WITHOUT_DISPLAY ();

  /* An empty journal has no shoes to offer. */
  open_editor (f, LIMBER_UNITS_KM, NULL);
  g_assert_false (gtk_widget_get_visible (form_child (f, "shoes_button")));
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  drain ();

  add_run (f, first);
  add_run (f, second);
  add_run (f, bare);
  open_editor (f, LIMBER_UNITS_KM, NULL);
  button = form_child (f, "shoes_button");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                      &label));
      g_assert_cmpstr (label, ==, expected[i][0]);
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                      G_VARIANT_TYPE_STRING);
      g_assert_nonnull (target);

      /* What a click on the item does. */
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (button), action, target));
      drain ();
      g_assert_cmpstr (get_text (f, "shoes_row"), ==, expected[i][1]);
    }

  set_text (f, "distance_row", "8");
  set_text (f, "duration_row", "40:00");
  save (f);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_RUN), ==, 4);
}

/* Answers "Discard" in the question the dialog asks before closing; the dialog closes. */
static void
respond_discard (Fixture          *f,
                 AdwMessageDialog *question)
{
  adw_message_dialog_response (question, "discard");
  drain ();
  g_assert_null (f->dialog);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  AdwMessageDialog *question;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, LIMBER_UNITS_KM, NULL);
  set_text (f, "distance_row", "10");
  set_text (f, "duration_row", "50:00");

  /* Escape asks first; discarding writes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.cancel", NULL));
  drain ();
  question = limber_editor_dialog_get_discard_dialog (f->dialog);
  g_assert_nonnull (question);
  respond_discard (f, question);

  g_assert_null (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme and the MIME database. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: the editor tests are skipped");

  /* The expected texts below use the C decimal point. */
  setlocale (LC_NUMERIC, "C");

#define ADD(path, func) \
  g_test_add ("/limber/run-editor/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("log", test_log);
  ADD ("unset-fields", test_unset_fields);
  ADD ("pace", test_pace);
  ADD ("miles", test_miles);
  ADD ("invalid-distance", test_invalid_distance);
  ADD ("invalid-fields", test_invalid_fields);
  ADD ("error-fields", test_error_fields);
  ADD ("edit", test_edit);
  ADD ("future-run", test_future_run);
  ADD ("shoes", test_shoes);
  ADD ("cancel", test_cancel);

  return g_test_run ();
}
