/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-soreness-editor"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-editor-dialog.h"
#include "limber-resources.h"
#include "limber-soreness.h"
#include "limber-soreness-editor.h"
#include "limber-soreness-zone-row.h"

/* How long a test waits for a window to appear before it fails. */
#define WAIT_SECONDS 10

typedef struct
{
  char                 *dir;
  LimberJournal        *journal;
  LimberDay             today;
  LimberEditorDialog   *dialog;
  LimberSorenessEditor *form;
  LimberBodyMap        *map;
} Fixture;

static gboolean have_display;

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_wait_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
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

static void
drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
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

  f->dir = g_dir_make_tmp ("limber-test-soreness-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);

  f->today = limber_day_from_ymd (2025, 6, 18);
  limber_journal_set_today (f->journal, f->today);
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

/* Opens the editor as the app does, for a new entry or for @entry, and waits for the map. */
static void
open_editor (Fixture     *f,
             LimberEntry *entry)
{
  f->form = g_object_new (LIMBER_TYPE_SORENESS_EDITOR,
                          "journal", f->journal,
                          "units", LIMBER_UNITS_KM,
                          NULL);
  f->dialog = limber_editor_dialog_new (NULL, f->journal, LIMBER_EDITOR_FORM (f->form), entry);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  gtk_window_set_default_size (GTK_WINDOW (f->dialog), 560, 800);
  gtk_window_present (GTK_WINDOW (f->dialog));

  f->map = limber_soreness_editor_get_body_map (f->form);
  wait_until (is_drawn, f->map);
}

static gpointer
form_child (Fixture    *f,
            const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->form),
                                                  LIMBER_TYPE_SORENESS_EDITOR, name);

  g_assert_nonnull (child);
  return child;
}

static void
add_soreness (Fixture    *f,
              LimberDay   day,
              LimberZone  zone,
              LimberSide  side,
              int         level)
{
  g_autoptr(LimberSoreness) soreness = limber_soreness_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (soreness), day);
  limber_soreness_set_zone (soreness, zone);
  limber_soreness_set_side (soreness, side);
  limber_soreness_set_level (soreness, level);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (soreness), &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_soreness (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = limber_journal_list (f->journal, f->today - 400, f->today,
                                            LIMBER_ENTRY_KINDS_ALL, &error);

  g_assert_no_error (error);
  return entries;
}

/* The map's own click gesture, as a pointer would drive it. */
static void
click_at (LimberBodyMap *map,
          double         x,
          double         y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));
  GtkGesture *click = NULL;

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

static void
click_zone (LimberBodyMap *map,
            LimberZone     zone,
            LimberSide     side)
{
  double x, y;

  g_assert_true (limber_body_map_get_zone_point (map, zone, side, &x, &y));
  click_at (map, x, y);
}

static LimberSorenessZoneRow *
zone_row (Fixture    *f,
          LimberZone  zone,
          LimberSide  side)
{
  GtkListBoxRow *row = limber_soreness_editor_get_zone_row (f->form, zone, side);

  g_assert_nonnull (row);
  return LIMBER_SORENESS_ZONE_ROW (row);
}

static void
set_level (Fixture    *f,
           LimberZone  zone,
           LimberSide  side,
           int         level)
{
  gtk_range_set_value (limber_soreness_zone_row_get_scale (zone_row (f, zone, side)), level);
  drain ();
}

static void
click_remove (Fixture    *f,
              LimberZone  zone,
              LimberSide  side)
{
  g_signal_emit_by_name (limber_soreness_zone_row_get_remove_button (zone_row (f, zone, side)),
                         "clicked");
  drain ();
}

static void
set_check (Fixture    *f,
           LimberZone  zone,
           LimberSide  side,
           gboolean    active)
{
  gtk_check_button_set_active (limber_soreness_editor_get_zone_check (f->form, zone, side),
                               active);
  drain ();
}

static int
map_level (Fixture    *f,
           LimberZone  zone,
           LimberSide  side)
{
  return limber_body_map_get_level (f->map, zone, side);
}

static void
save (Fixture *f)
{
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL));
  drain ();
  wait_until (is_null, &f->dialog);
}

static void
assert_check (Fixture    *f,
              LimberZone  zone,
              LimberSide  side,
              gboolean    active)
{
  GtkCheckButton *check = limber_soreness_editor_get_zone_check (f->form, zone, side);

  g_assert_nonnull (check);
  g_assert_cmpint (gtk_check_button_get_active (check), ==, active);
  g_assert_cmpint (limber_body_map_is_selected (f->map, zone, side), ==, active);
  g_assert_cmpint (limber_soreness_editor_get_zone_row (f->form, zone, side) != NULL, ==, active);
}

/* A click on the back view's left calf logs the left calf, with the level chosen after. */
static void
test_click_calf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  LimberSoreness *soreness;
  LimberZone zone;
  LimberSide side;
  double x, y, back_x, back_y;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Log Soreness");

  /* The calf is drawn on the back view only, in the half on the viewer's left. */
  g_assert_true (limber_body_map_get_zone_point (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT,
                                                 &x, &y));
  g_assert_true (limber_body_map_get_zone_point_in_view (f->map, LIMBER_BODY_VIEW_BACK,
                                                         LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT,
                                                         &back_x, &back_y));
  g_assert_cmpfloat (x, ==, back_x);
  g_assert_cmpfloat (y, ==, back_y);
  g_assert_cmpfloat (x, >, gtk_widget_get_width (GTK_WIDGET (f->map)) / 2.0);
  g_assert_false (limber_body_map_get_zone_point_in_view (f->map, LIMBER_BODY_VIEW_FRONT,
                                                          LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT,
                                                          &x, &y));

  g_assert_true (limber_body_map_get_zone_point (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT,
                                                 &x, &y));
  g_assert_true (limber_body_map_hit_test (f->map, x, y, &zone, &side));
  g_assert_cmpint (zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (side, ==, LIMBER_SIDE_LEFT);

  click_at (f->map, x, y);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 1);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, TRUE);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, FALSE);
  g_assert_true (limber_editor_dialog_is_dirty (f->dialog));

  set_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 6);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT), ==, 6);
  adw_combo_row_set_selected (form_child (f, "quality_row"), LIMBER_QUALITY_SHARP);
  gtk_switch_set_active (form_child (f, "walking_switch"), TRUE);
  drain ();

  /* Nothing is written before Save. */
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  save (f);

  entries = list_soreness (f);
  g_assert_cmpuint (entries->len, ==, 1);
  soreness = g_ptr_array_index (entries, 0);
  g_assert_true (LIMBER_IS_SORENESS (soreness));
  g_assert_cmpint (limber_soreness_get_zone (soreness), ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (limber_soreness_get_side (soreness), ==, LIMBER_SIDE_LEFT);
  g_assert_cmpint (limber_soreness_get_level (soreness), ==, 6);
  g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_SHARP);
  g_assert_true (limber_soreness_get_limits_walking (soreness));
  g_assert_false (limber_soreness_get_disturbs_sleep (soreness));
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (soreness)), ==, f->today);
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (soreness)), ==, -1);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (soreness)), ==, "");
}

static void
assert_hit (LimberBodyMap *map,
            double         x,
            double         y,
            LimberZone     want_zone,
            LimberSide     want_side)
{
  LimberZone zone = LIMBER_N_ZONES;
  LimberSide side = LIMBER_N_SIDES;

  g_assert_true (limber_body_map_hit_test (map, x, y, &zone, &side));
  g_assert_cmpstr (limber_zone_to_id (zone), ==, limber_zone_to_id (want_zone));
  g_assert_cmpstr (limber_side_to_id (side), ==, limber_side_to_id (want_side));
}

/* Each chosen zone gets its own level; Save writes one entry per zone with the shared fields. */
static void
test_two_zones (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);

  click_zone (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  set_check (f, LIMBER_ZONE_KNEE, LIMBER_SIDE_RIGHT, TRUE);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 2);

  set_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 4);
  set_level (f, LIMBER_ZONE_KNEE, LIMBER_SIDE_RIGHT, 7);
  gtk_editable_set_text (form_child (f, "time_row"), "07:30");
  gtk_switch_set_active (form_child (f, "sleep_switch"), TRUE);
  adw_combo_row_set_selected (form_child (f, "quality_row"), LIMBER_QUALITY_TIGHT);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form_child (f, "notes_view")),
                            "Stiff after the long run", -1);
  drain ();
  save (f);

  entries = list_soreness (f);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      LimberSoreness *soreness = g_ptr_array_index (entries, i);
      LimberEntry *entry = LIMBER_ENTRY (soreness);
      gboolean calf = limber_soreness_get_zone (soreness) == LIMBER_ZONE_CALF;

      g_assert_cmpint (limber_soreness_get_zone (soreness), ==,
                       calf ? LIMBER_ZONE_CALF : LIMBER_ZONE_KNEE);
      g_assert_cmpint (limber_soreness_get_side (soreness), ==,
                       calf ? LIMBER_SIDE_LEFT : LIMBER_SIDE_RIGHT);
      g_assert_cmpint (limber_soreness_get_level (soreness), ==, calf ? 4 : 7);
      g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_TIGHT);
      g_assert_false (limber_soreness_get_limits_walking (soreness));
      g_assert_true (limber_soreness_get_disturbs_sleep (soreness));
      g_assert_cmpuint (limber_entry_get_day (entry), ==, f->today);
      g_assert_cmpint (limber_entry_get_time (entry), ==, 7 * 3600 + 30 * 60);
      g_assert_cmpstr (limber_entry_get_notes (entry), ==, "Stiff after the long run");
    }
  g_assert_cmpstr (limber_entry_get_uuid (g_ptr_array_index (entries, 0)), !=,
                   limber_entry_get_uuid (g_ptr_array_index (entries, 1)));
}

/* Without a zone there is nothing to save: Save is off, the form says why, nothing is written. */
static void
test_no_zone (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *zone_list_row;
  GtkWidget *message;

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);
  zone_list_row = form_child (f, "zone_list_row");
  message = form_child (f, "zone_message");

  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "Choose at least one zone on the map or in the list");
  /* Untouched, the form only says what to do. */
  g_assert_false (gtk_widget_has_css_class (zone_list_row, "error"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL));
  drain ();
  g_assert_nonnull (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
  g_assert_false (gtk_widget_has_css_class (zone_list_row, "error"));

  /* Save asked for all the same is refused, and the hint turns into an error. */
  g_assert_false (limber_editor_dialog_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (zone_list_row, "error"));
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_false (gtk_widget_has_css_class (message, "dim-label"));

  /* A zone chosen and removed again: now it is an error the user made. */
  click_zone (f->map, LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT);
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (gtk_widget_get_visible (message));

  click_remove (f, LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 0);
  assert_check (f, LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, FALSE);
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (zone_list_row, "error"));
  g_assert_true (gtk_widget_has_css_class (message, "error"));

  /* A time that cannot be read is marked on its row. */
  click_zone (f->map, LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT);
  gtk_editable_set_text (form_child (f, "time_row"), "7:5");
  drain ();
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (form_child (f, "time_row"), "error"));
  g_assert_true (gtk_widget_get_visible (form_child (f, "when_message")));
  g_assert_false (gtk_widget_has_css_class (zone_list_row, "error"));

  gtk_editable_set_text (form_child (f, "time_row"), "");
  drain ();
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (gtk_widget_has_css_class (form_child (f, "time_row"), "error"));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

/* An existing entry opens with its zone and level; Save updates it in place. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberSoreness) original = limber_soreness_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  LimberSoreness *soreness;
  LimberSorenessZoneRow *row;
  GtkTextBuffer *buffer;
  g_autofree char *notes = NULL;
  GtkTextIter start, end;

  SKIP_WITHOUT_DISPLAY ();

  limber_entry_set_day (LIMBER_ENTRY (original), f->today - 1);
  limber_entry_set_time (LIMBER_ENTRY (original), 19 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (original), "After the hills");
  limber_soreness_set_zone (original, LIMBER_ZONE_HAMSTRING);
  limber_soreness_set_side (original, LIMBER_SIDE_RIGHT);
  limber_soreness_set_level (original, 6);
  limber_soreness_set_quality (original, LIMBER_QUALITY_TIGHT);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (original), &error));
  g_assert_no_error (error);
  uuid = g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (original)));

  open_editor (f, LIMBER_ENTRY (original));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Edit Soreness");
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  /* Every field as saved. */
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 1);
  assert_check (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, TRUE);
  row = zone_row (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT);
  g_assert_cmpfloat (gtk_range_get_value (limber_soreness_zone_row_get_scale (row)), ==, 6);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT), ==, 6);
  g_assert_cmpuint (adw_combo_row_get_selected (form_child (f, "quality_row")), ==,
                    LIMBER_QUALITY_TIGHT);
  g_assert_cmpstr (gtk_editable_get_text (form_child (f, "time_row")), ==, "19:00");
  g_assert_false (gtk_switch_get_active (form_child (f, "walking_switch")));
  buffer = gtk_text_view_get_buffer (form_child (f, "notes_view"));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (notes, ==, "After the hills");

  /* An edited entry keeps one zone: choosing another replaces it. */
  click_zone (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 1);
  assert_check (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, FALSE);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, TRUE);
  set_check (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, TRUE);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 1);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, FALSE);
  assert_check (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, TRUE);

  set_level (f, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, 3);
  adw_combo_row_set_selected (form_child (f, "quality_row"), LIMBER_QUALITY_SHARP);
  gtk_switch_set_active (form_child (f, "walking_switch"), TRUE);
  gtk_switch_set_active (form_child (f, "sleep_switch"), TRUE);
  drain ();
  g_assert_true (limber_editor_dialog_is_dirty (f->dialog));
  save (f);

  entries = list_soreness (f);
  g_assert_cmpuint (entries->len, ==, 1);
  soreness = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (limber_entry_get_uuid (LIMBER_ENTRY (soreness)), ==, uuid);
  g_assert_cmpint (limber_soreness_get_zone (soreness), ==, LIMBER_ZONE_HAMSTRING);
  g_assert_cmpint (limber_soreness_get_side (soreness), ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpint (limber_soreness_get_level (soreness), ==, 3);
  g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_SHARP);
  g_assert_true (limber_soreness_get_limits_walking (soreness));
  g_assert_true (limber_soreness_get_disturbs_sleep (soreness));
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (soreness)), ==, f->today - 1);
  g_assert_cmpint (limber_entry_get_time (LIMBER_ENTRY (soreness)), ==, 19 * 3600);
  g_assert_cmpstr (limber_entry_get_notes (LIMBER_ENTRY (soreness)), ==, "After the hills");
}

/* The list and the map show the same choice, whichever one the user works with. */
static void
test_sync (Fixture       *f,
           gconstpointer  data)
{

  SKIP_WITHOUT_DISPLAY ();

  open_editor (f, NULL);

  /* Every zone and side the map draws has its check button, and only those. */
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    for (LimberSide side = 0; side < LIMBER_N_SIDES; side++)
      {
        double x, y;
        gboolean drawn = limber_body_map_get_zone_point (f->map, zone, side, &x, &y);

        g_assert_cmpint (limber_soreness_editor_get_zone_check (f->form, zone, side) != NULL, ==,
                         drawn);
        if (drawn)
          assert_hit (f->map, x, y, zone, side);
      }

  set_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, TRUE);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, TRUE);
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  /* Clicking a chosen zone lets it go, in the list too. */
  click_zone (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  assert_check (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, FALSE);

  click_zone (f->map, LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT);
  click_zone (f->map, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE);
  assert_check (f, LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT, TRUE);
  assert_check (f, LIMBER_ZONE_QUAD, LIMBER_SIDE_LEFT, FALSE);
  assert_check (f, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, TRUE);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 2);

  /* Unticking in the list takes it off the map. */
  set_check (f, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, FALSE);
  assert_check (f, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, FALSE);

  /* So does the row's remove button. */
  click_remove (f, LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT);
  assert_check (f, LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT, FALSE);
  g_assert_cmpuint (limber_soreness_editor_get_n_zones (f->form), ==, 0);
}

/* The map shows the latest level of each zone over the last 14 days; a chosen zone shows the
 * level being entered, and starts from the latest. */
static void
test_recent_levels (Fixture       *f,
                    gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  add_soreness (f, f->today - 20, LIMBER_ZONE_KNEE, LIMBER_SIDE_RIGHT, 9);     /* too old */
  add_soreness (f, f->today - 13, LIMBER_ZONE_SHIN, LIMBER_SIDE_LEFT, 4);      /* just in */
  add_soreness (f, f->today - 5, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 7);
  add_soreness (f, f->today - 1, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 3);       /* latest */
  add_soreness (f, f->today - 2, LIMBER_ZONE_IT_BAND, LIMBER_SIDE_BOTH, 5);
  add_soreness (f, f->today, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 2);

  open_editor (f, NULL);

  g_assert_cmpint (map_level (f, LIMBER_ZONE_KNEE, LIMBER_SIDE_RIGHT), ==, 0);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_SHIN, LIMBER_SIDE_LEFT), ==, 4);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT), ==, 3);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT), ==, 0);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_IT_BAND, LIMBER_SIDE_LEFT), ==, 5);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_IT_BAND, LIMBER_SIDE_RIGHT), ==, 5);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE), ==, 2);

  click_zone (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  g_assert_cmpint (limber_soreness_zone_row_get_level (zone_row (f, LIMBER_ZONE_CALF,
                                                                 LIMBER_SIDE_LEFT)), ==, 3);
  set_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 9);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT), ==, 9);

  /* Let go, it shows its latest level again. */
  click_zone (f->map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT);
  g_assert_cmpint (map_level (f, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme; journals live in temporary
   * folders and GSETTINGS_BACKEND=memory keeps settings in memory. */
  g_test_init (&argc, &argv, NULL);

  /* The templates live in the GUI library's resources; referring to them links them in. */
  (void) limber_get_resource ();

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: the soreness editor tests are skipped");

  g_test_add ("/limber/soreness-editor/click-calf", Fixture, NULL,
              fixture_setup, test_click_calf, fixture_teardown);
  g_test_add ("/limber/soreness-editor/two-zones", Fixture, NULL,
              fixture_setup, test_two_zones, fixture_teardown);
  g_test_add ("/limber/soreness-editor/no-zone", Fixture, NULL,
              fixture_setup, test_no_zone, fixture_teardown);
  g_test_add ("/limber/soreness-editor/edit", Fixture, NULL,
              fixture_setup, test_edit, fixture_teardown);
  g_test_add ("/limber/soreness-editor/sync", Fixture, NULL,
              fixture_setup, test_sync, fixture_teardown);
  g_test_add ("/limber/soreness-editor/recent-levels", Fixture, NULL,
              fixture_setup, test_recent_levels, fixture_teardown);

  return g_test_run ();
}
