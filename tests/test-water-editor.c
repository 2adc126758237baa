/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-water-editor"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "limber-date-row-test.h"
#include "limber-editor-dialog.h"
#include "limber-hydration.h"
#include "limber-water-editor.h"

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
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->form), LIMBER_TYPE_WATER_EDITOR,
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

static LimberHydration *
add_water (Fixture    *f,
           LimberDay   day,
           int         time,
           double      millilitres)
{
  g_autoptr(LimberHydration) water = limber_hydration_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (water), day);
  limber_entry_set_time (LIMBER_ENTRY (water), time);
  limber_hydration_set_volume (water, millilitres);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (water), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&water);
}

static GPtrArray *
list_day (Fixture   *f,
          LimberDay  day)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = limber_journal_list (f->journal, day, day, LIMBER_ENTRY_KINDS_ALL, &error);

  g_assert_no_error (error);
  return entries;
}

static LimberHydration *
find_volume (GPtrArray *entries,
             double     millilitres)
{
  for (guint i = 0; i < entries->len; i++)
    {
      if (limber_hydration_get_volume (entries->pdata[i]) == millilitres)
        return entries->pdata[i];
    }

  return NULL;
}

/* The titles of the rows in "This day", as "amount time". */
static char *
day_rows (Fixture *f)
{
  GtkListBox *list = form_child (f, "day_list");
  g_autoptr(GString) text = g_string_new (NULL);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (text, "%s%s %s", i > 0 ? ", " : "",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses the remove button of the row titled @title. */
static void
remove_row (Fixture    *f,
            const char *title)
{
  GtkListBox *list = form_child (f, "day_list");
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title))
        {
          GtkWidget *button = find_button (GTK_WIDGET (row));

          g_assert_nonnull (button);
          g_assert_true (gtk_widget_get_visible (button));
          g_signal_emit_by_name (button, "clicked");
          drain ();
          return;
        }
    }

  g_assert_not_reached ();
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
             LimberEntry *entry)
{
  f->form = g_object_new (LIMBER_TYPE_WATER_EDITOR,
                          "journal", f->journal,
                          "units", LIMBER_UNITS_KM,
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

  f->dir = g_dir_make_tmp ("limber-test-water-editor-XXXXXX", &error);
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
  g_autoptr(LimberHydration) glass = NULL;
  g_autoptr(LimberHydration) bottle = NULL;
  g_autoptr(LimberHydration) yesterday = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_auto(GStrv) removed = NULL;
  g_autofree char *rows = NULL;
  LimberHydration *logged;
  int time;

  SKIP_WITHOUT_DISPLAY ();

  glass = add_water (f, ymd (2026, 11, 21), 8 * 3600, 250);
  bottle = add_water (f, ymd (2026, 11, 21), 12 * 3600, 750);
  yesterday = add_water (f, ymd (2026, 11, 20), -1, 400);

  open_editor (f, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Log Water");
  g_assert_true (limber_time_parse (get_text (f, "time_row"), &time));
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (has_error (f, "amount_row"));

  assert_fits_narrow_screen (f);

  /* Today's water so far, and its total. */
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "250 ml 08:00, 750 ml 12:00");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "day_total_label")), ==, "Total 1.0 l");

  g_signal_emit_by_name (form_child (f, "quick_500_button"), "clicked");
  drain ();
  g_assert_cmpstr (get_text (f, "amount_row"), ==, "500");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  set_text (f, "time_row", "15:30");
  set_notes (f, "After the long run");

  /* Removed from the list, not from the journal: that waits for Save. */
  remove_row (f, "750 ml");
  g_clear_pointer (&rows, g_free);
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "250 ml 08:00");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "day_total_label")), ==, "Total 250 ml");
  g_assert_nonnull (adw_preferences_group_get_description (form_child (f, "day_group")));
  g_assert_true (limber_journal_contains (f->journal,
                                          limber_entry_get_uuid (LIMBER_ENTRY (bottle))));
  removed = limber_editor_form_get_removed (f->form);
  g_assert_cmpstrv (removed, ((const char * const []) {
    limber_entry_get_uuid (LIMBER_ENTRY (bottle)), NULL }));
  g_assert_true (limber_editor_dialog_is_dirty (f->dialog));

  save (f);
  g_assert_null (f->dialog);

  today = list_day (f, ymd (2026, 11, 21));
  g_assert_cmpuint (today->len, ==, 2);
  g_assert_false (limber_journal_contains (f->journal,
                                           limber_entry_get_uuid (LIMBER_ENTRY (bottle))));
  g_assert_true (limber_journal_contains (f->journal,
                                          limber_entry_get_uuid (LIMBER_ENTRY (glass))));
  logged = find_volume (today, 500);
  g_assert_nonnull (logged);
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (logged)), ==, 15 * 3600 + 30 * 60);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (logged)), ==, "After the long run");

  /* Other days are left alone. */
  before = list_day (f, ymd (2026, 11, 20));
  g_assert_cmpuint (before->len, ==, 1);
}

static void
test_quick_buttons (Fixture       *f,
                    gconstpointer  data)
{
  const struct { const char *button; const char *amount; } buttons[] = {
    { "quick_250_button", "250" },
    { "quick_750_button", "750" },
    { "quick_500_button", "500" },
  };

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_signal_emit_by_name (form_child (f, buttons[i].button), "clicked");
      drain ();
      g_assert_cmpstr (get_text (f, "amount_row"), ==, buttons[i].amount);
    }
}

static void
test_change_day (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LimberHydration) today = NULL;
  g_autoptr(LimberHydration) earlier = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *rows = NULL;

  SKIP_WITHOUT_DISPLAY ();

  today = add_water (f, ymd (2026, 11, 21), 9 * 3600, 300);
  earlier = add_water (f, ymd (2026, 11, 18), -1, 1500);

  open_editor (f, NULL);
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "300 ml 09:00");

  pick_day (f, ymd (2026, 11, 18));
  g_clear_pointer (&rows, g_free);
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "1.5 l No time of day");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "day_total_label")), ==, "Total 1.5 l");

  pick_day (f, ymd (2026, 11, 19));
  g_clear_pointer (&rows, g_free);
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "");
  g_assert_cmpstr (gtk_label_get_label (form_child (f, "day_total_label")), ==, "");

  set_text (f, "amount_row", "330 ml");
  save (f);
  entries = list_day (f, ymd (2026, 11, 19));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpfloat (limber_hydration_get_volume (entries->pdata[0]), ==, 330);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberHydration) glass = NULL;
  g_autoptr(LimberHydration) bottle = NULL;
  g_autoptr(LimberEntry) loaded = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  LimberEntry *edited;

  SKIP_WITHOUT_DISPLAY ();

  glass = add_water (f, ymd (2026, 11, 21), 8 * 3600, 250);
  bottle = add_water (f, ymd (2026, 11, 21), 12 * 3600, 750);

  loaded = limber_journal_get (f->journal, limber_entry_get_uuid (LIMBER_ENTRY (glass)), &error);
  g_assert_no_error (error);
  open_editor (f, loaded);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Edit Water");
  g_assert_cmpstr (get_text (f, "amount_row"), ==, "250");
  g_assert_cmpstr (get_text (f, "time_row"), ==, "08:00");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));

  /* The entry being edited is not in its own list, so it cannot be removed there. */
  rows = day_rows (f);
  g_assert_cmpstr (rows, ==, "750 ml 12:00");

  set_text (f, "amount_row", "300");
  save (f);

  entries = list_day (f, ymd (2026, 11, 21));
  g_assert_cmpuint (entries->len, ==, 2);
  edited = LIMBER_ENTRY (find_volume (entries, 300));
  g_assert_nonnull (edited);
  g_assert_cmpstr (limber_entry_get_uuid (edited), ==, limber_entry_get_uuid (loaded));
  g_assert_cmpint (limber_entry_get_time (edited), ==, 8 * 3600);
  g_assert_nonnull (find_volume (entries, 750));
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
  g_autoptr(LimberHydration) glass = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  AdwMessageDialog *question;

  SKIP_WITHOUT_DISPLAY ();

  glass = add_water (f, ymd (2026, 11, 21), 8 * 3600, 250);

  open_editor (f, NULL);
  g_signal_emit_by_name (form_child (f, "quick_750_button"), "clicked");
  drain ();
  remove_row (f, "250 ml");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.cancel", NULL));
  drain ();
  question = limber_editor_dialog_get_discard_dialog (f->dialog);
  g_assert_nonnull (question);
  respond_discard (f, question);
  g_assert_null (f->dialog);

  /* Neither the new entry nor the removal was written. */
  entries = list_day (f, ymd (2026, 11, 21));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (limber_entry_get_uuid (entries->pdata[0]), ==,
                   limber_entry_get_uuid (LIMBER_ENTRY (glass)));
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);

  /* Empty: a quiet hint. */
  g_assert_false (has_error (f, "amount_row"));
  g_assert_nonnull (shown_message (f, "amount_message"));
  g_assert_true (gtk_widget_has_css_class (form_child (f, "amount_message"), "dim-label"));

  set_text (f, "amount_row", "a glass");
  g_assert_true (has_error (f, "amount_row"));
  g_assert_cmpstr (shown_message (f, "amount_message"), ==,
                   "Amount: type a number of millilitres, like 330");
  g_assert_true (gtk_widget_has_css_class (form_child (f, "amount_message"), "error"));
  g_assert_false (limber_editor_dialog_can_save (f->dialog));

  set_text (f, "amount_row", "20000");
  g_assert_true (has_error (f, "amount_row"));
  g_assert_cmpstr (shown_message (f, "amount_message"), ==,
                   "Amount must be between 10 and 5000 ml");
  g_assert_false (limber_editor_dialog_save (f->dialog));

  set_text (f, "amount_row", "500");
  set_text (f, "time_row", "9h");
  g_assert_false (has_error (f, "amount_row"));
  g_assert_true (has_error (f, "time_row"));
  g_assert_nonnull (strstr (shown_message (f, "when_message"), "Time:"));

  set_text (f, "time_row", "");
  g_assert_false (has_error (f, "time_row"));

  /* The calendar refuses a day in the future, saying why there. */
  pick_day (f, ymd (2026, 11, 25));
  date_row_assert_refused (form_child (f, "date_row"), ymd (2026, 11, 21),
                           "Date cannot be in the future");
  g_assert_false (has_error (f, "date_row"));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
}

/* Water logged on a day after today (a clock set wrong) opens on that day, marked, and
 * cannot be saved until it is moved to a day that has been. */
static void
test_future_entry (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LimberHydration) water = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  SKIP_WITHOUT_DISPLAY ();

  limber_journal_set_today (f->journal, ymd (2026, 11, 25));
  water = add_water (f, ymd (2026, 11, 25), -1, 500);
  limber_journal_set_today (f->journal, ymd (2026, 11, 21));

  open_editor (f, LIMBER_ENTRY (water));
  g_assert_cmpuint (limber_date_row_get_day (form_child (f, "date_row")), ==, ymd (2026, 11, 25));
  g_assert_true (has_error (f, "date_row"));
  g_assert_cmpstr (shown_message (f, "when_message"), ==, "Date cannot be in the future");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));

  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL);
  drain ();
  entries = list_day (f, ymd (2026, 11, 25));
  g_assert_cmpuint (entries->len, ==, 1);
  g_clear_pointer (&entries, g_ptr_array_unref);

  pick_day (f, ymd (2026, 11, 21));
  g_assert_false (has_error (f, "date_row"));
  save (f);

  entries = list_day (f, ymd (2026, 11, 25));
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_day (f, ymd (2026, 11, 21));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (limber_entry_get_uuid (entries->pdata[0]), ==,
                   limber_entry_get_uuid (LIMBER_ENTRY (water)));
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
  g_test_add ("/limber/water-editor/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("log", test_log);
  ADD ("quick-buttons", test_quick_buttons);
  ADD ("change-day", test_change_day);
  ADD ("edit", test_edit);
  ADD ("cancel", test_cancel);
  ADD ("invalid", test_invalid);
  ADD ("future-entry", test_future_entry);

  return g_test_run ();
}
