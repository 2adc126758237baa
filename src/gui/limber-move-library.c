/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-move-library"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-minutes-spin.h"
#include "limber-move-how-to.h"
#include "limber-move-library.h"
#include "limber-session.h"

/* Every move of the catalogue, filtered by zone and tool: its zones, tool and time, how it
 * is done and what to take care of. A move can be started alone, or ticked with others to
 * make a routine of one's own, played in the order the moves were ticked. */

typedef struct
{
  const LimberMove *move;
  GtkWidget        *row;
  GtkWidget        *pick_button;
  GtkWidget        *start_button;
  GtkWidget        *time_spin;
} MoveRow;

struct _LimberMoveLibrary
{
  AdwWindow      parent_instance;

  GArray        *rows;          /* MoveRow, in catalogue order */
  GPtrArray     *picked;        /* const LimberMove, in the order they were ticked */

  AdwComboRow   *zone_row;
  AdwComboRow   *tool_row;
  GtkListBox    *moves_list;
  GtkRevealer   *routine_revealer;
  GtkLabel      *routine_label;
};

G_DEFINE_FINAL_TYPE (LimberMoveLibrary, limber_move_library, ADW_TYPE_WINDOW)

enum {
  START,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static MoveRow *
find_row (LimberMoveLibrary *self,
          const char        *move_id)
{
  for (guint i = 0; move_id != NULL && i < self->rows->len; i++)
    {
      MoveRow *row = &g_array_index (self->rows, MoveRow, i);

      if (g_str_equal (row->move->id, move_id))
        return row;
    }

  return NULL;
}

/* Done once on each side: a move per side on a paired zone. */
static gboolean
is_two_sided (const LimberMove *move)
{
  return move->per_side && limber_zone_is_paired (move->zones[0]);
}

static guint
row_seconds (const MoveRow *row)
{
  guint seconds = 0;

  if (!limber_minutes_spin_read (GTK_SPIN_BUTTON (row->time_spin), &seconds) ||
      seconds < LIMBER_FASCIA_ITEM_MIN_SECONDS)
    seconds = row->move->default_seconds;

  return MIN (seconds, LIMBER_FASCIA_ITEM_MAX_SECONDS);
}

static LimberZone
get_zone (LimberMoveLibrary *self)
{
  guint selected = adw_combo_row_get_selected (self->zone_row);

  /* Item 0 is "All zones". */
  return selected >= 1 && selected <= LIMBER_N_ZONES ? selected - 1 : LIMBER_N_ZONES;
}

static LimberTool
get_tool (LimberMoveLibrary *self)
{
  guint selected = adw_combo_row_get_selected (self->tool_row);

  return selected >= 1 && selected <= LIMBER_N_TOOLS ? selected - 1 : LIMBER_N_TOOLS;
}

static void
apply_filter (LimberMoveLibrary *self)
{
  LimberZone zone = get_zone (self);
  LimberTool tool = get_tool (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      MoveRow *row = &g_array_index (self->rows, MoveRow, i);
      gboolean shown = (zone == LIMBER_N_ZONES || limber_move_has_zone (row->move, zone)) &&
                       (tool == LIMBER_N_TOOLS || row->move->tool == tool);

      gtk_widget_set_visible (row->row, shown);
    }
}

static void
update_routine (LimberMoveLibrary *self)
{
  g_autofree char *text = NULL;
  guint seconds = 0;

  for (guint i = 0; i < self->picked->len; i++)
    {
      const LimberMove *move = g_ptr_array_index (self->picked, i);

      seconds += row_seconds (find_row (self, move->id)) * (is_two_sided (move) ? 2 : 1);
    }

  /* Translators: the routine being built in the move library, e.g. "3 moves, 9 min" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u move, %u min", "%u moves, %u min",
                                       self->picked->len),
                          self->picked->len, (seconds + 30) / 60);
  gtk_label_set_label (self->routine_label, text);
  gtk_revealer_set_reveal_child (self->routine_revealer, self->picked->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.start-routine",
                                 self->picked->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.clear", self->picked->len > 0);
}

static void
emit_start (LimberMoveLibrary *self,
            const char        *title,
            GPtrArray         *moves)
{
  g_autoptr(GArray) routine = g_array_new (FALSE, FALSE, sizeof (LimberRoutineMove));

  for (guint i = 0; i < moves->len; i++)
    {
      const LimberMove *move = g_ptr_array_index (moves, i);

      limber_routine_append_move (routine, move, row_seconds (find_row (self, move->id)));
    }

  g_signal_emit (self, signals[START], 0, title, routine);
}

/* "Calf, Shin · Ball · 2:00 each side" */
static char *
describe_move (const LimberMove *move)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *time = limber_minutes_format (move->default_seconds);

  for (guint i = 0; i < move->n_zones; i++)
    {
      if (i > 0)
        g_string_append (text, _(", "));
      g_string_append (text, limber_zone_get_label (move->zones[i]));
    }

  g_string_append (text, " · ");
  g_string_append (text, limber_tool_get_label (move->tool));
  g_string_append (text, " · ");
  if (is_two_sided (move))
    /* Translators: the time of a move done on each side in turn, e.g. "2:00 each side" */
    g_string_append_printf (text, _("%s each side"), time);
  else
    g_string_append (text, time);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_pick_button_toggled_cb (LimberMoveLibrary *self,
                           GtkCheckButton    *button)
{
  const LimberMove *move = g_object_get_data (G_OBJECT (button), "limber-move");

  g_assert (move != NULL);

  if (gtk_check_button_get_active (button))
    {
      if (!g_ptr_array_find (self->picked, move, NULL))
        g_ptr_array_add (self->picked, (gpointer) move);
    }
  else
    {
      g_ptr_array_remove (self->picked, (gpointer) move);
    }

  update_routine (self);
}

static void
on_start_button_clicked_cb (LimberMoveLibrary *self,
                            GtkButton         *button)
{
  const LimberMove *move = g_object_get_data (G_OBJECT (button), "limber-move");
  g_autoptr(GPtrArray) moves = g_ptr_array_new ();

  g_assert (move != NULL);

  g_ptr_array_add (moves, (gpointer) move);
  emit_start (self, limber_move_get_name (move), moves);
}

static void
on_time_spin_changed_cb (LimberMoveLibrary *self)
{
  update_routine (self);
}

static void
on_filter_changed_cb (LimberMoveLibrary *self)
{
  if (self->rows != NULL)
    apply_filter (self);
}

static GtkWidget *
new_time_row (LimberMoveLibrary *self,
              MoveRow           *row)
{
  GtkWidget *time_row = adw_action_row_new ();
  GtkAdjustment *adjustment = gtk_adjustment_new (row->move->default_seconds,
                                                  LIMBER_FASCIA_ITEM_MIN_SECONDS,
                                                  LIMBER_FASCIA_ITEM_MAX_SECONDS,
                                                  15, 60, 0);
  g_autofree char *name = NULL;

  row->time_spin = gtk_spin_button_new (adjustment, 15, 0);
  limber_minutes_spin_setup (GTK_SPIN_BUTTON (row->time_spin));
  limber_minutes_spin_set (GTK_SPIN_BUTTON (row->time_spin), row->move->default_seconds);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->time_spin), 5);
  gtk_widget_set_valign (row->time_spin, GTK_ALIGN_CENTER);
  /* Translators: accessible name of the time field of a move, e.g. "Time for Calf roll" */
  name = g_strdup_printf (_("Time for %s"), limber_move_get_name (row->move));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->time_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect_object (row->time_spin, "changed", G_CALLBACK (on_time_spin_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* Translators: how long a move lasts */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), C_("duration", "_Time"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (time_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (time_row),
                               is_two_sided (row->move)
                               ? _("For each side, in minutes or minutes:seconds")
                               : _("In minutes or minutes:seconds"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (time_row), row->time_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (time_row), row->time_spin);

  return time_row;
}

static void
add_move_row (LimberMoveLibrary *self,
              const LimberMove  *move)
{
  g_autofree char *subtitle = describe_move (move);
  g_autofree char *pick_name = NULL;
  g_autofree char *start_name = NULL;
  GtkWidget *how_to_row = gtk_list_box_row_new ();
  GtkWidget *how_to = limber_move_how_to_new (move);
  MoveRow row = { .move = move };

  row.row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), limber_move_get_name (move));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row.row), subtitle);

  row.pick_button = gtk_check_button_new ();
  gtk_widget_set_valign (row.pick_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (row.pick_button, _("Add to your routine"));
  /* Translators: accessible name of the tick adding a move to one's own routine */
  pick_name = g_strdup_printf (_("Add %s to your routine"), limber_move_get_name (move));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.pick_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pick_name,
                                  -1);
  g_object_set_data (G_OBJECT (row.pick_button), "limber-move", (gpointer) move);
  g_signal_connect_object (row.pick_button, "toggled", G_CALLBACK (on_pick_button_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row.row), row.pick_button);

  row.start_button = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  gtk_widget_set_valign (row.start_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row.start_button, "flat");
  gtk_widget_set_tooltip_text (row.start_button, _("Start This Move"));
  /* Translators: accessible name of the button playing one move on its own */
  start_name = g_strdup_printf (_("Start %s"), limber_move_get_name (move));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_name,
                                  -1);
  g_object_set_data (G_OBJECT (row.start_button), "limber-move", (gpointer) move);
  g_signal_connect_object (row.start_button, "clicked", G_CALLBACK (on_start_button_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row.row), row.start_button);

  limber_move_how_to_set_summary (LIMBER_MOVE_HOW_TO (how_to), TRUE);
  limber_move_how_to_set_pictogram (LIMBER_MOVE_HOW_TO (how_to), TRUE);
  gtk_widget_set_margin_top (how_to, 12);
  gtk_widget_set_margin_bottom (how_to, 12);
  gtk_widget_set_margin_start (how_to, 12);
  gtk_widget_set_margin_end (how_to, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (how_to_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (how_to_row), how_to);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row.row), how_to_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row.row), new_time_row (self, &row));

  gtk_list_box_append (self->moves_list, row.row);
  g_array_append_val (self->rows, row);
}

static void
start_routine_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LimberMoveLibrary *self = LIMBER_MOVE_LIBRARY (widget);

  if (self->picked->len > 0)
    emit_start (self, _("Your Routine"), self->picked);
}

static void
clear_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LimberMoveLibrary *self = LIMBER_MOVE_LIBRARY (widget);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (g_array_index (self->rows, MoveRow,
                                                                  i).pick_button), FALSE);
}

static void
limber_move_library_dispose (GObject *object)
{
  LimberMoveLibrary *self = LIMBER_MOVE_LIBRARY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_MOVE_LIBRARY);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->picked, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_move_library_parent_class)->dispose (object);
}

static void
limber_move_library_class_init (LimberMoveLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_move_library_dispose;

  /**
   * LimberMoveLibrary::start:
   * @title: what the routine is called
   * @routine: (element-type LimberRoutineMove): the moves to play
   *
   * The user asked to play a move on its own, or the routine of the moves ticked.
   */
  signals[START] = g_signal_new ("start",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-move-library.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberMoveLibrary, zone_row);
  gtk_widget_class_bind_template_child (widget_class, LimberMoveLibrary, tool_row);
  gtk_widget_class_bind_template_child (widget_class, LimberMoveLibrary, moves_list);
  gtk_widget_class_bind_template_child (widget_class, LimberMoveLibrary, routine_revealer);
  gtk_widget_class_bind_template_child (widget_class, LimberMoveLibrary, routine_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "library.start-routine", NULL,
                                   start_routine_action_cb);
  gtk_widget_class_install_action (widget_class, "library.clear", NULL, clear_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
limber_move_library_init (LimberMoveLibrary *self)
{
  g_autoptr(GtkStringList) zones = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) tools = gtk_string_list_new (NULL);
  const LimberMove *moves;
  guint n_moves;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (zones, _("All zones"));
  for (guint i = 0; i < LIMBER_N_ZONES; i++)
    gtk_string_list_append (zones, limber_zone_get_label (i));
  adw_combo_row_set_model (self->zone_row, G_LIST_MODEL (zones));

  gtk_string_list_append (tools, _("All tools"));
  for (guint i = 0; i < LIMBER_N_TOOLS; i++)
    gtk_string_list_append (tools, limber_tool_get_label (i));
  adw_combo_row_set_model (self->tool_row, G_LIST_MODEL (tools));

  self->picked = g_ptr_array_new ();
  moves = limber_moves_get_all (&n_moves);
  self->rows = g_array_sized_new (FALSE, TRUE, sizeof (MoveRow), n_moves);
  for (guint i = 0; i < n_moves; i++)
    add_move_row (self, &moves[i]);

  apply_filter (self);
  update_routine (self);
}

/**
 * limber_move_library_new:
 * @parent: the main window
 *
 * Returns: (transfer none): the library window; the toplevel list owns it
 */
LimberMoveLibrary *
limber_move_library_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (LIMBER_TYPE_MOVE_LIBRARY,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent)
                                                     : NULL,
                       NULL);
}

/* Shows only the moves for @zone; LIMBER_N_ZONES shows all. */
void
limber_move_library_set_zone (LimberMoveLibrary *self,
                              LimberZone         zone)
{
  g_return_if_fail (LIMBER_IS_MOVE_LIBRARY (self));
  g_return_if_fail (zone <= LIMBER_N_ZONES);

  adw_combo_row_set_selected (self->zone_row, zone == LIMBER_N_ZONES ? 0 : zone + 1);
}

/* Shows only the moves done with @tool; LIMBER_N_TOOLS shows all. */
void
limber_move_library_set_tool (LimberMoveLibrary *self,
                              LimberTool         tool)
{
  g_return_if_fail (LIMBER_IS_MOVE_LIBRARY (self));
  g_return_if_fail (tool <= LIMBER_N_TOOLS);

  adw_combo_row_set_selected (self->tool_row, tool == LIMBER_N_TOOLS ? 0 : tool + 1);
}

/**
 * limber_move_library_get_row:
 *
 * Returns: (transfer none) (nullable): the row of a move, hidden when the filters leave it out
 */
GtkWidget *
limber_move_library_get_row (LimberMoveLibrary *self,
                             const char        *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_LIBRARY (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->row : NULL;
}

/**
 * limber_move_library_get_start_button:
 *
 * Returns: (transfer none) (nullable): the button playing a move on its own
 */
GtkWidget *
limber_move_library_get_start_button (LimberMoveLibrary *self,
                                      const char        *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_LIBRARY (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->start_button : NULL;
}

/**
 * limber_move_library_get_pick_button:
 *
 * Returns: (transfer none) (nullable): the check button ticking a move for a routine
 */
GtkWidget *
limber_move_library_get_pick_button (LimberMoveLibrary *self,
                                     const char        *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_LIBRARY (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->pick_button : NULL;
}

/**
 * limber_move_library_get_time_spin:
 *
 * Returns: (transfer none) (nullable): the field for the time of a move
 */
GtkWidget *
limber_move_library_get_time_spin (LimberMoveLibrary *self,
                                   const char        *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_LIBRARY (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->time_spin : NULL;
}

/* How many moves are ticked for a routine. */
guint
limber_move_library_get_n_picked (LimberMoveLibrary *self)
{
  g_return_val_if_fail (LIMBER_IS_MOVE_LIBRARY (self), 0);

  return self->picked->len;
}
