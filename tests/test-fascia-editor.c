/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fascia-editor"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "limber-date-row-test.h"
#include "limber-editor-dialog.h"
#include "limber-fascia-editor.h"
#include "limber-fascia-item-list.h"
#include "limber-fascia-session.h"
#include "limber-mobility-editor.h"
#include "limber-move-picker.h"

/* How long a test waits for the dialog to appear before it fails. */
#define WAIT_SECONDS 10

typedef struct
{
  char               *dir;
  LimberJournal      *journal;
  LimberDay           today;
  LimberEditorDialog *dialog;
  LimberFasciaEditor *editor;
} Fixture;

static gboolean have_display;

static gboolean
on_wait_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
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

  f->dir = g_dir_make_tmp ("limber-test-fascia-editor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (path, &error);
  g_assert_no_error (error);

  f->today = limber_day_from_ymd (2024, 5, 14);
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

/* Opens the editor for a new session, or for @entry, in its dialog, and waits for it. */
static void
open_dialog (Fixture     *f,
             LimberEntry *entry)
{
  f->editor = g_object_new (LIMBER_TYPE_FASCIA_EDITOR,
                            "journal", f->journal,
                            "units", LIMBER_UNITS_KM,
                            NULL);
  f->dialog = limber_editor_dialog_new (NULL, f->journal, LIMBER_EDITOR_FORM (f->editor), entry);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_object_add_weak_pointer (G_OBJECT (f->editor), (gpointer *) &f->editor);

  gtk_window_present (GTK_WINDOW (f->dialog));
  wait_until_mapped (GTK_WIDGET (f->dialog));
  drain ();
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

#define EDITOR_CHILD(f, name) child ((f)->editor, LIMBER_TYPE_FASCIA_EDITOR, (name))

static LimberMovePicker *
get_picker (Fixture *f)
{
  return EDITOR_CHILD (f, "picker");
}

static void
add_move (Fixture    *f,
          const char *move_id)
{
  GtkWidget *button = limber_move_picker_get_add_button (get_picker (f), move_id);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  drain ();
}

static LimberFasciaItemList *
get_items (Fixture *f)
{
  return EDITOR_CHILD (f, "items");
}

#define ITEMS_CHILD(f, name) child (get_items (f), LIMBER_TYPE_FASCIA_ITEM_LIST, (name))

static guint
count_items (Fixture *f)
{
  GtkListBox *list = ITEMS_CHILD (f, "items_list");
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  g_assert_cmpuint (n, ==, limber_fascia_item_list_get_n_items (get_items (f)));
  return n;
}

static LimberFasciaItemRow *
get_item (Fixture *f,
          guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (ITEMS_CHILD (f, "items_list"), index);

  g_assert_true (LIMBER_IS_FASCIA_ITEM_ROW (row));
  g_assert_true ((gpointer) row == limber_fascia_item_list_get_item (get_items (f), index));
  return LIMBER_FASCIA_ITEM_ROW (row);
}

/* Picks Left, Right or Both in an item's side row, as a user would. */
static void
set_item_side (LimberFasciaItemRow *row,
               LimberSide           side)
{
  AdwComboRow *side_row = child (row, LIMBER_TYPE_FASCIA_ITEM_ROW, "side_row");

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (side_row)));
  g_assert_cmpint (side, <=, LIMBER_SIDE_BOTH);
  /* The items are Left, Right, Both: the order of LimberSide. */
  adw_combo_row_set_selected (side_row, side);
  drain ();
}

static void
type_text (gpointer    editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  drain ();
}

static void
save (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL);
  drain ();
}

/* Every fascia session in the journal, oldest first. */
static GPtrArray *
list_sessions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries;

  entries = limber_journal_list (f->journal, limber_day_from_ymd (2000, 1, 1), f->today,
                                 LIMBER_ENTRY_KINDS_FASCIA, &error);
  g_assert_no_error (error);

  return entries;
}

static void
assert_item (const LimberFasciaItem *item,
             const char             *move_id,
             LimberZone              zone,
             LimberSide              side,
             guint                   seconds)
{
  g_assert_cmpstr (item->move_id, ==, move_id);
  g_assert_cmpint (item->zone, ==, zone);
  g_assert_cmpint (item->side, ==, side);
  g_assert_cmpuint (item->seconds, ==, seconds);
}

static void
assert_message_shown (GtkLabel   *label,
                      const char *part)
{
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (label), part));
}

static void
test_log_two_moves (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  LimberFasciaSession *session;
  const LimberFasciaItem *items;
  guint n_items;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Log Fascia Session");

  add_move (f, "calf-roll");
  add_move (f, "arch-ball");
  g_assert_cmpuint (count_items (f), ==, 2);

  set_item_side (get_item (f, 0), LIMBER_SIDE_LEFT);
  gtk_spin_button_set_value (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin"),
                             90);
  set_item_side (get_item (f, 1), LIMBER_SIDE_RIGHT);
  type_text (child (get_item (f, 1), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin"), "1:00");

  /* The total follows the moves: 1:30 + 1:00. */
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "total_spin")), ==, "2:30");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  save (f);
  g_assert_null (f->dialog);

  sessions = list_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpuint (limber_entry_get_day (LIMBER_ENTRY (session)), ==, f->today);
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (session), ==, LIMBER_FASCIA_SELF);
  g_assert_cmpuint (limber_fascia_session_get_duration (session), ==, 150);

  items = limber_fascia_session_get_items (session, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  assert_item (&items[0], "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 90);
  assert_item (&items[1], "arch-ball", LIMBER_ZONE_FOOT, LIMBER_SIDE_RIGHT, 60);
}

/* Both sides of a move done per side take twice its time, until the user sets the time. */
static void
test_default_times (Fixture       *f,
                    gconstpointer  data)
{
  const LimberMove *calf_roll = limber_moves_lookup ("calf-roll");
  GtkSpinButton *spin;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_move (f, "calf-roll");
  spin = child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin");
  g_assert_cmpint (limber_fascia_item_row_get_side (get_item (f, 0)), ==, LIMBER_SIDE_BOTH);
  g_assert_cmpint (gtk_spin_button_get_value (spin), ==, 2 * calf_roll->default_seconds);

  set_item_side (get_item (f, 0), LIMBER_SIDE_LEFT);
  g_assert_cmpint (gtk_spin_button_get_value (spin), ==, calf_roll->default_seconds);

  type_text (spin, "3");
  set_item_side (get_item (f, 0), LIMBER_SIDE_BOTH);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "3");
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "total_spin")), ==, "3:00");

  /* The upper back has no sides to choose. */
  add_move (f, "upper-back-roll");
  g_assert_false (gtk_widget_get_visible (child (get_item (f, 1), LIMBER_TYPE_FASCIA_ITEM_ROW,
                                                 "side_row")));
  g_assert_cmpint (limber_fascia_item_row_get_side (get_item (f, 1)), ==, LIMBER_SIDE_CENTRE);
}

static guint
count_shown_moves (Fixture *f)
{
  const LimberMove *moves;
  guint n_moves;
  guint shown = 0;

  moves = limber_moves_get_all (&n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      if (gtk_widget_get_visible (limber_move_picker_get_row (get_picker (f), moves[i].id)))
        shown++;
    }

  return shown;
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  AdwComboRow *zone_row;
  AdwComboRow *tool_row;
  const LimberMove *moves;
  guint n_moves;
  guint n_calf = 0;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  zone_row = child (get_picker (f), LIMBER_TYPE_MOVE_PICKER, "zone_row");
  tool_row = child (get_picker (f), LIMBER_TYPE_MOVE_PICKER, "tool_row");

  moves = limber_moves_get_all (&n_moves);
  g_assert_cmpuint (count_shown_moves (f), ==, n_moves);

  /* Item 0 is "All zones", then the zones in their order. */
  adw_combo_row_set_selected (zone_row, 1 + LIMBER_ZONE_CALF);
  drain ();
  for (guint i = 0; i < n_moves; i++)
    {
      gboolean works_calf = limber_move_has_zone (&moves[i], LIMBER_ZONE_CALF);

      g_assert_cmpint (gtk_widget_get_visible (limber_move_picker_get_row (get_picker (f),
                                                                          moves[i].id)),
                       ==, works_calf);
      n_calf += works_calf;
    }
  g_assert_cmpuint (n_calf, ==, 4);
  g_assert_cmpuint (count_shown_moves (f), ==, 4);

  /* Calf and ball: the inner and outer calf balls. */
  adw_combo_row_set_selected (tool_row, 1 + LIMBER_TOOL_BALL);
  drain ();
  g_assert_cmpuint (count_shown_moves (f), ==, 2);
  g_assert_true (gtk_widget_get_visible (limber_move_picker_get_row (get_picker (f),
                                                                     "inner-calf-ball")));
  g_assert_false (gtk_widget_get_visible (limber_move_picker_get_row (get_picker (f),
                                                                      "calf-roll")));

  /* Back to all zones: every ball move. */
  adw_combo_row_set_selected (zone_row, 0);
  drain ();
  g_assert_cmpuint (count_shown_moves (f), ==, 4);

  /* A move added while the library shows one of its zones works that zone. */
  adw_combo_row_set_selected (tool_row, 0);
  adw_combo_row_set_selected (zone_row, 1 + LIMBER_ZONE_SHIN);
  drain ();
  add_move (f, "sock-pull");
  g_assert_cmpint (limber_fascia_item_row_get_zone (get_item (f, 0)), ==, LIMBER_ZONE_SHIN);
}

static void
test_mobility (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  LimberMobilityEditor *mobility;
  AdwExpanderRow *expander;
  GtkWidget *left_before;
  const LimberMobilityResult *results;
  guint n_results;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_move (f, "calf-roll");
  mobility = EDITOR_CHILD (f, "mobility");
  expander = child (mobility, LIMBER_TYPE_MOBILITY_EDITOR, "expander");
  g_assert_false (adw_expander_row_get_enable_expansion (expander));

  adw_expander_row_set_enable_expansion (expander, TRUE);
  drain ();

  /* Not a number: marked, and nothing can be saved. */
  left_before = limber_mobility_editor_get_entry (mobility, "knee_to_wall", LIMBER_SIDE_LEFT,
                                                  FALSE);
  type_text (left_before, "nine");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (left_before, "error"));
  assert_message_shown (child (mobility, LIMBER_TYPE_MOBILITY_EDITOR, "message_label"),
                        "Knee to wall");

  /* Out of the test's range: the core's message, on the same field. */
  type_text (left_before, "45");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (left_before, "error"));

  type_text (left_before, "9");
  type_text (limber_mobility_editor_get_entry (mobility, "knee_to_wall", LIMBER_SIDE_LEFT,
                                               TRUE), "11,5");
  type_text (limber_mobility_editor_get_entry (mobility, "toe_touch", LIMBER_SIDE_CENTRE,
                                               TRUE), "-3");
  g_assert_false (gtk_widget_has_css_class (left_before, "error"));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  save (f);
  g_assert_null (f->dialog);

  sessions = list_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  results = limber_fascia_session_get_results (g_ptr_array_index (sessions, 0), &n_results);
  g_assert_cmpuint (n_results, ==, 3);
  g_assert_cmpstr (results[0].test_id, ==, "knee_to_wall");
  g_assert_cmpint (results[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_false (results[0].after);
  g_assert_cmpfloat_with_epsilon (results[0].value, 9, 1e-9);
  g_assert_cmpstr (results[1].test_id, ==, "knee_to_wall");
  g_assert_true (results[1].after);
  g_assert_cmpfloat_with_epsilon (results[1].value, 11.5, 1e-9);
  g_assert_cmpstr (results[2].test_id, ==, "toe_touch");
  g_assert_cmpint (results[2].side, ==, LIMBER_SIDE_CENTRE);
  g_assert_true (results[2].after);
  g_assert_cmpfloat_with_epsilon (results[2].value, -3, 1e-9);
}

/* How the message under the moves looks: a grey hint (TRUE) or an error (FALSE), the
 * empty list marked with it. */
static void
assert_moves_message_style (Fixture  *f,
                            gboolean  hint)
{
  GtkWidget *message = ITEMS_CHILD (f, "message_label");

  g_assert_true (gtk_widget_has_css_class (message, "dim-label") == hint);
  g_assert_true (gtk_widget_has_css_class (message, "error") == !hint);
  g_assert_true (gtk_widget_has_css_class (ITEMS_CHILD (f, "items_list"), "error") == !hint);
}

static void
test_no_moves (Fixture       *f,
               gconstpointer  data)
{
  GtkLabel *message;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  message = ITEMS_CHILD (f, "message_label");

  /* Told, but not a change: closing the empty form asks nothing, and the untouched form
   * only says what to do, in grey, like the other editors. */
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  assert_message_shown (message, "Add at least one move");
  assert_moves_message_style (f, TRUE);

  save (f);
  g_assert_nonnull (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  /* A move makes it valid; removing it again does not, and now it is an error. */
  add_move (f, "figure-four");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));

  g_signal_emit_by_name (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "remove_button"),
                         "clicked");
  drain ();
  g_assert_cmpuint (count_items (f), ==, 0);
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  assert_message_shown (message, "Add at least one move");
  assert_moves_message_style (f, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "total_spin")), ==, "");

  save (f);
  g_assert_nonnull (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

/* Save asked for on an untouched empty form is refused, and the hint turns into an error. */
static void
test_no_moves_save (Fixture       *f,
                    gconstpointer  data)
{
  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  assert_moves_message_style (f, TRUE);

  g_assert_false (limber_editor_dialog_save (f->dialog));
  drain ();
  g_assert_nonnull (f->dialog);
  assert_message_shown (ITEMS_CHILD (f, "message_label"), "Add at least one move");
  assert_moves_message_style (f, FALSE);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

static void
test_move_longer_than_session (Fixture       *f,
                               gconstpointer  data)
{
  GtkSpinButton *total;
  GtkWidget *total_row;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_move (f, "calf-roll");
  type_text (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin"), "10");
  total = EDITOR_CHILD (f, "total_spin");
  total_row = EDITOR_CHILD (f, "total_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, "10:00");

  type_text (total, "5");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (total_row, "error"));
  assert_message_shown (EDITOR_CHILD (f, "total_message"), "more than");
  g_assert_false (gtk_widget_get_visible (ITEMS_CHILD (f, "message_label")));

  save (f);
  g_assert_nonnull (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);

  /* A total set by hand stays as typed when the moves change. */
  type_text (total, "12:30");
  type_text (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin"), "11");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, "12:30");
  g_assert_false (gtk_widget_has_css_class (total_row, "error"));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  /* Emptied, it follows the moves again. */
  type_text (total, "");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  type_text (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW, "time_spin"), "8:15");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, "8:15");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
}

static void
test_bad_time (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *time_row;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_move (f, "figure-four");
  time_row = EDITOR_CHILD (f, "time_row");

  type_text (time_row, "half past six");
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  assert_message_shown (EDITOR_CHILD (f, "session_message"), "Start time");

  /* The start time is optional. */
  type_text (time_row, "");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (gtk_widget_has_css_class (time_row, "error"));
  save (f);
  g_assert_null (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_FASCIA), ==, 1);
}

static void
test_professional_zone (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  LimberFasciaSession *session;
  const LimberFasciaItem *items;
  GtkWidget *add_zone;
  LimberFasciaItemRow *row;
  guint n_items;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_zone = ITEMS_CHILD (f, "add_zone_button");
  g_assert_false (gtk_widget_get_visible (add_zone));

  adw_combo_row_set_selected (EDITOR_CHILD (f, "kind_row"), LIMBER_FASCIA_PROFESSIONAL);
  drain ();
  g_assert_true (gtk_widget_get_visible (add_zone));
  assert_message_shown (ITEMS_CHILD (f, "message_label"), "zone worked");

  g_signal_emit_by_name (add_zone, "clicked");
  drain ();
  row = get_item (f, 0);
  g_assert_false (gtk_widget_get_visible (child (row, LIMBER_TYPE_FASCIA_ITEM_ROW, "time_row")));
  adw_combo_row_set_selected (child (row, LIMBER_TYPE_FASCIA_ITEM_ROW, "zone_row"),
                              LIMBER_ZONE_HAMSTRING);
  set_item_side (row, LIMBER_SIDE_RIGHT);

  /* A massage has no moves to add up: its time is typed. */
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (EDITOR_CHILD (f, "total_row"), "error"));
  type_text (EDITOR_CHILD (f, "total_spin"), "45");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  save (f);
  g_assert_null (f->dialog);

  sessions = list_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (session), ==,
                   LIMBER_FASCIA_PROFESSIONAL);
  g_assert_cmpuint (limber_fascia_session_get_duration (session), ==, 45 * 60);
  items = limber_fascia_session_get_items (session, &n_items);
  g_assert_cmpuint (n_items, ==, 1);
  assert_item (&items[0], NULL, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_RIGHT, 0);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberFasciaSession) session = limber_fascia_session_new ();
  g_autoptr(LimberEntry) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *notes = NULL;
  LimberMobilityEditor *mobility;
  const LimberFasciaItem *items;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint n_items;
  guint n_results;

  SKIP_WITHOUT_DISPLAY ();

  limber_entry_set_day (LIMBER_ENTRY (session), f->today - 2);
  limber_entry_set_time (LIMBER_ENTRY (session), 19 * 3600 + 15 * 60);
  limber_entry_set_notes (LIMBER_ENTRY (session), "Tight left calf after the long run");
  limber_fascia_session_set_duration (session, 15 * 60);
  limber_fascia_session_add_item (session, "sock-pull", LIMBER_ZONE_SHIN, LIMBER_SIDE_LEFT, 150);
  limber_fascia_session_add_item (session, "knee-hug-rock", LIMBER_ZONE_LOWER_BACK,
                                  LIMBER_SIDE_CENTRE, 60);
  limber_fascia_session_add_result (session, "runners_lunge", LIMBER_SIDE_RIGHT, TRUE, 7);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (session), &error));
  g_assert_no_error (error);
  uuid = g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (session)));

  open_dialog (f, LIMBER_ENTRY (session));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Edit Fascia Session");
  g_assert_false (limber_editor_dialog_is_dirty (f->dialog));
  g_assert_true (limber_editor_dialog_can_save (f->dialog));

  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "time_row")), ==, "19:15");
  g_assert_cmpuint (count_items (f), ==, 2);
  g_assert_cmpstr (limber_fascia_item_row_get_move_id (get_item (f, 0)), ==, "sock-pull");
  g_assert_cmpint (limber_fascia_item_row_get_zone (get_item (f, 0)), ==, LIMBER_ZONE_SHIN);
  g_assert_cmpint (limber_fascia_item_row_get_side (get_item (f, 0)), ==, LIMBER_SIDE_LEFT);
  g_assert_cmpstr (gtk_editable_get_text (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW,
                                                 "time_spin")), ==, "2:30");
  g_assert_cmpstr (limber_fascia_item_row_get_move_id (get_item (f, 1)), ==, "knee-hug-rock");
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "total_spin")), ==, "15:00");
  mobility = EDITOR_CHILD (f, "mobility");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (limber_mobility_editor_get_entry (
                     mobility, "runners_lunge", LIMBER_SIDE_RIGHT, TRUE))), ==, "7");
  buffer = gtk_text_view_get_buffer (EDITOR_CHILD (f, "notes_view"));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (notes, ==, "Tight left calf after the long run");

  /* Change a side and a time, add a move; the hand-set total stays. */
  set_item_side (get_item (f, 0), LIMBER_SIDE_BOTH);
  g_assert_cmpstr (gtk_editable_get_text (child (get_item (f, 0), LIMBER_TYPE_FASCIA_ITEM_ROW,
                                                 "time_spin")), ==, "2:30");
  add_move (f, "figure-four");
  set_item_side (get_item (f, 2), LIMBER_SIDE_LEFT);
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (f, "total_spin")), ==, "15:00");
  g_assert_true (limber_editor_dialog_is_dirty (f->dialog));

  save (f);
  g_assert_null (f->dialog);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);

  stored = limber_journal_get (f->journal, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_entry_get_day (stored), ==, f->today - 2);
  g_assert_cmpint (limber_entry_get_time (stored), ==, 19 * 3600 + 15 * 60);
  g_assert_cmpuint (limber_fascia_session_get_duration (LIMBER_FASCIA_SESSION (stored)), ==,
                    15 * 60);
  items = limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (stored), &n_items);
  g_assert_cmpuint (n_items, ==, 3);
  assert_item (&items[0], "sock-pull", LIMBER_ZONE_SHIN, LIMBER_SIDE_BOTH, 150);
  assert_item (&items[1], "knee-hug-rock", LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 60);
  assert_item (&items[2], "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 90);
  limber_fascia_session_get_results (LIMBER_FASCIA_SESSION (stored), &n_results);
  g_assert_cmpuint (n_results, ==, 1);
  g_assert_cmpstr (limber_entry_get_notes (stored), ==, "Tight left calf after the long run");
}

/* The calendar refuses tomorrow; a session stored with tomorrow's date (a clock set wrong)
 * opens on it, marked, and cannot be saved until it is moved. */
static void
test_future_date (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberFasciaSession) stored = limber_fascia_session_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  LimberDateRow *date_row;

  SKIP_WITHOUT_DISPLAY ();

  open_dialog (f, NULL);
  add_move (f, "figure-four");
  date_row = EDITOR_CHILD (f, "date_row");
  g_assert_cmpuint (limber_date_row_get_day (date_row), ==, f->today);

  date_row_pick (date_row, f->today + 1);
  date_row_assert_refused (date_row, f->today, "Date cannot be in the future");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  drain ();

  limber_entry_set_day (LIMBER_ENTRY (stored), f->today + 1);
  limber_fascia_session_add_item (stored, "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 90);
  limber_fascia_session_set_duration (stored, 90);
  limber_journal_set_today (f->journal, f->today + 1);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (stored), &error));
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, f->today);

  open_dialog (f, LIMBER_ENTRY (stored));
  date_row = EDITOR_CHILD (f, "date_row");
  g_assert_cmpuint (limber_date_row_get_day (date_row), ==, f->today + 1);
  g_assert_false (limber_editor_dialog_can_save (f->dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  assert_message_shown (EDITOR_CHILD (f, "session_message"), "future");

  date_row_pick (date_row, f->today - 1);
  g_assert_cmpuint (limber_date_row_get_day (date_row), ==, f->today - 1);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  save (f);
  g_assert_null (f->dialog);

  sessions = list_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpuint (limber_entry_get_day (g_ptr_array_index (sessions, 0)), ==, f->today - 1);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: it hides the icon theme GTK needs. Journals live in
   * g_dir_make_tmp() folders. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: the editor tests are skipped");

#define ADD(path, func) \
  g_test_add ("/limber/fascia-editor/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("log-two-moves", test_log_two_moves);
  ADD ("default-times", test_default_times);
  ADD ("filter", test_filter);
  ADD ("mobility", test_mobility);
  ADD ("no-moves", test_no_moves);
  ADD ("no-moves-save", test_no_moves_save);
  ADD ("move-longer-than-session", test_move_longer_than_session);
  ADD ("bad-time", test_bad_time);
  ADD ("professional-zone", test_professional_zone);
  ADD ("edit", test_edit);
  ADD ("future-date", test_future_date);

#undef ADD

  return g_test_run ();
}
