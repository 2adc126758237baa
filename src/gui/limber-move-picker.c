/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-move-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-move-how-to.h"
#include "limber-move-picker.h"

/* The move catalogue as a list to pick from: filtered by zone and tool, each move opening
 * on its how-to steps and cautions, with a button that adds it to the session. */

typedef struct
{
  const LimberMove *move;
  GtkWidget        *row;
  GtkWidget        *add_button;
  GtkWidget        *added_image;
} MoveRow;

struct _LimberMovePicker
{
  AdwPreferencesGroup  parent_instance;

  GArray              *rows;        /* MoveRow, in catalogue order */

  AdwComboRow         *zone_row;
  AdwComboRow         *tool_row;
  GtkListBox          *moves_list;
};

G_DEFINE_FINAL_TYPE (LimberMovePicker, limber_move_picker, ADW_TYPE_PREFERENCES_GROUP)

enum {
  ADD_MOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static MoveRow *
find_row (LimberMovePicker *self,
          const char       *move_id)
{
  for (guint i = 0; move_id != NULL && i < self->rows->len; i++)
    {
      MoveRow *row = &g_array_index (self->rows, MoveRow, i);

      if (g_str_equal (row->move->id, move_id))
        return row;
    }

  return NULL;
}

static LimberTool
get_tool (LimberMovePicker *self)
{
  guint selected = adw_combo_row_get_selected (self->tool_row);

  /* Item 0 is "All tools". */
  return selected >= 1 && selected <= LIMBER_N_TOOLS ? selected - 1 : LIMBER_N_TOOLS;
}

static void
apply_filter (LimberMovePicker *self)
{
  LimberZone zone = limber_move_picker_get_zone (self);
  LimberTool tool = get_tool (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      MoveRow *row = &g_array_index (self->rows, MoveRow, i);
      gboolean shown = (zone == LIMBER_N_ZONES || limber_move_has_zone (row->move, zone)) &&
                       (tool == LIMBER_N_TOOLS || row->move->tool == tool);

      gtk_widget_set_visible (row->row, shown);
    }
}

/* The how-to shown when a move is opened. */
static GtkWidget *
new_how_to (const LimberMove *move)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *how_to = limber_move_how_to_new (move);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (how_to, 12);
  gtk_widget_set_margin_bottom (how_to, 12);
  gtk_widget_set_margin_start (how_to, 12);
  gtk_widget_set_margin_end (how_to, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), how_to);

  return row;
}

static void
on_add_button_clicked_cb (LimberMovePicker *self,
                          GtkButton        *button)
{
  const LimberMove *move = g_object_get_data (G_OBJECT (button), "limber-move");

  g_assert (move != NULL);

  g_signal_emit (self, signals[ADD_MOVE], 0, move->id);
}

static void
on_filter_changed_cb (LimberMovePicker *self)
{
  if (self->rows != NULL)
    apply_filter (self);
}

static void
add_move_row (LimberMovePicker *self,
              const LimberMove *move)
{
  g_autofree char *add_label = NULL;
  MoveRow row = { .move = move };

  row.row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), limber_move_get_name (move));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row.row), limber_move_get_summary (move));

  row.add_button = gtk_button_new_with_label (_("Add"));
  gtk_widget_set_valign (row.add_button, GTK_ALIGN_CENTER);
  /* Translators: accessible name of the button adding a move to the session */
  add_label = g_strdup_printf (_("Add %s"), limber_move_get_name (move));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  g_object_set_data (G_OBJECT (row.add_button), "limber-move", (gpointer) move);
  g_signal_connect_object (row.add_button, "clicked", G_CALLBACK (on_add_button_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row.row), row.add_button);

  /* Actions are packed from the end: the tick goes before the button, so the buttons of all
   * rows stay lined up. */
  row.added_image = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_visible (row.added_image, FALSE);
  gtk_widget_set_tooltip_text (row.added_image, _("In this session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.added_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("In this session"),
                                  -1);
  gtk_widget_add_css_class (row.added_image, "accent");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row.row), row.added_image);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row.row), new_how_to (move));

  gtk_list_box_append (self->moves_list, row.row);
  g_array_append_val (self->rows, row);
}

static void
limber_move_picker_dispose (GObject *object)
{
  LimberMovePicker *self = LIMBER_MOVE_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_MOVE_PICKER);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (limber_move_picker_parent_class)->dispose (object);
}

static void
limber_move_picker_class_init (LimberMovePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_move_picker_dispose;

  /**
   * LimberMovePicker::add-move:
   * @move_id: the id of the move in the catalogue
   *
   * The user asked to add a move to the session.
   */
  signals[ADD_MOVE] = g_signal_new ("add-move",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-move-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberMovePicker, zone_row);
  gtk_widget_class_bind_template_child (widget_class, LimberMovePicker, tool_row);
  gtk_widget_class_bind_template_child (widget_class, LimberMovePicker, moves_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
}

static void
limber_move_picker_init (LimberMovePicker *self)
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

  moves = limber_moves_get_all (&n_moves);
  self->rows = g_array_sized_new (FALSE, TRUE, sizeof (MoveRow), n_moves);
  for (guint i = 0; i < n_moves; i++)
    add_move_row (self, &moves[i]);

  apply_filter (self);
}

/* The zone filtered on, or LIMBER_N_ZONES for all zones. */
LimberZone
limber_move_picker_get_zone (LimberMovePicker *self)
{
  guint selected;

  g_return_val_if_fail (LIMBER_IS_MOVE_PICKER (self), LIMBER_N_ZONES);

  /* Item 0 is "All zones". */
  selected = adw_combo_row_get_selected (self->zone_row);

  return selected >= 1 && selected <= LIMBER_N_ZONES ? selected - 1 : LIMBER_N_ZONES;
}

/* Shows only the moves for @zone; LIMBER_N_ZONES shows all. */
void
limber_move_picker_set_zone (LimberMovePicker *self,
                             LimberZone        zone)
{
  g_return_if_fail (LIMBER_IS_MOVE_PICKER (self));
  g_return_if_fail (zone <= LIMBER_N_ZONES);

  adw_combo_row_set_selected (self->zone_row, zone == LIMBER_N_ZONES ? 0 : zone + 1);
}

/* Shows only the moves done with @tool; LIMBER_N_TOOLS shows all. */
void
limber_move_picker_set_tool (LimberMovePicker *self,
                             LimberTool        tool)
{
  g_return_if_fail (LIMBER_IS_MOVE_PICKER (self));
  g_return_if_fail (tool <= LIMBER_N_TOOLS);

  adw_combo_row_set_selected (self->tool_row, tool == LIMBER_N_TOOLS ? 0 : tool + 1);
}

/* Marks a move as being in the session (it can still be added again, for another side). */
void
limber_move_picker_set_added (LimberMovePicker *self,
                              const char       *move_id,
                              gboolean          added)
{
  MoveRow *row;

  g_return_if_fail (LIMBER_IS_MOVE_PICKER (self));

  row = find_row (self, move_id);
  if (row != NULL)
    gtk_widget_set_visible (row->added_image, added);
}

/**
 * limber_move_picker_get_row:
 *
 * Returns: (transfer none) (nullable): the row of a move, hidden when the filters leave it out
 */
GtkWidget *
limber_move_picker_get_row (LimberMovePicker *self,
                            const char       *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_PICKER (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->row : NULL;
}

/**
 * limber_move_picker_get_add_button:
 *
 * Returns: (transfer none) (nullable): the button adding a move to the session
 */
GtkWidget *
limber_move_picker_get_add_button (LimberMovePicker *self,
                                   const char       *move_id)
{
  MoveRow *row;

  g_return_val_if_fail (LIMBER_IS_MOVE_PICKER (self), NULL);

  row = find_row (self, move_id);

  return row != NULL ? row->add_button : NULL;
}
