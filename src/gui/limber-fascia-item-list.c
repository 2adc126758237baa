/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fascia-item-list"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-editor-form.h"
#include "limber-fascia-item-list.h"

/* The "This Session" group of the fascia editor: the moves done (or, for a massage, the
 * zones worked), each a LimberFasciaItemRow. */
struct _LimberFasciaItemList
{
  AdwPreferencesGroup  parent_instance;

  GtkButton           *add_zone_button;
  GtkListBox          *items_list;
  GtkLabel            *placeholder;
  GtkLabel            *message_label;

  guint                professional : 1;
};

G_DEFINE_FINAL_TYPE (LimberFasciaItemList, limber_fascia_item_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  ADD_ZONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The item rows, in order; the array does not own them. */
static GPtrArray *
get_rows (LimberFasciaItemList *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (LIMBER_IS_FASCIA_ITEM_ROW (child))
        g_ptr_array_add (rows, child);
    }

  return rows;
}

static void
on_item_changed_cb (LimberFasciaItemList *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_item_remove_cb (LimberFasciaItemList *self,
                   LimberFasciaItemRow  *row)
{
  gtk_list_box_remove (self->items_list, GTK_WIDGET (row));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_add_zone_button_clicked_cb (LimberFasciaItemList *self)
{
  g_signal_emit (self, signals[ADD_ZONE], 0);
}

static void
append_row (LimberFasciaItemList *self,
            LimberFasciaItemRow  *row)
{
  g_signal_connect_object (row, "changed", G_CALLBACK (on_item_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_item_remove_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (self->items_list, GTK_WIDGET (row));
}

static void
limber_fascia_item_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_FASCIA_ITEM_LIST);

  G_OBJECT_CLASS (limber_fascia_item_list_parent_class)->dispose (object);
}

static void
limber_fascia_item_list_class_init (LimberFasciaItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_fascia_item_list_dispose;

  /**
   * LimberFasciaItemList::changed:
   *
   * An item was added, removed or changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  /**
   * LimberFasciaItemList::add-zone:
   *
   * The user asked to add a zone worked without a named move; the handler chooses the
   * zone to start from and calls limber_fascia_item_list_add().
   */
  signals[ADD_ZONE] = g_signal_new ("add-zone",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-fascia-item-list.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemList, add_zone_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemList, items_list);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemList, placeholder);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemList, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_zone_button_clicked_cb);
}

static void
limber_fascia_item_list_init (LimberFasciaItemList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  limber_fascia_item_list_set_professional (self, FALSE);
}

/**
 * limber_fascia_item_list_add:
 * @move: (nullable): a move of the catalogue, or NULL for a zone worked without a move
 * @zone: the zone it works
 *
 * Adds a part with the move's default side and time, and emits "changed".
 *
 * Returns: (transfer none): the new row
 */
LimberFasciaItemRow *
limber_fascia_item_list_add (LimberFasciaItemList *self,
                             const LimberMove     *move,
                             LimberZone            zone)
{
  LimberFasciaItemRow *row;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), NULL);
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (move == NULL || limber_move_has_zone (move, zone), NULL);

  row = limber_fascia_item_row_new (move, zone);
  append_row (self, row);
  g_signal_emit (self, signals[CHANGED], 0);

  return row;
}

/* Shows the parts of a stored session, in place of any shown; emits "changed" once. */
void
limber_fascia_item_list_load (LimberFasciaItemList *self,
                              LimberFasciaSession  *session)
{
  g_autoptr(GPtrArray) rows = NULL;
  const LimberFasciaItem *items;
  guint n_items;

  g_return_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self));
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (session));

  rows = get_rows (self);
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_remove (self->items_list, g_ptr_array_index (rows, i));

  items = limber_fascia_session_get_items (session, &n_items);
  for (guint i = 0; i < n_items; i++)
    append_row (self, limber_fascia_item_row_new_loaded (items[i].move_id, items[i].zone,
                                                          items[i].side, items[i].seconds));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * limber_fascia_item_list_add_items:
 *
 * Adds the parts shown to @session.
 *
 * Returns: FALSE with a LIMBER_ENTRY_ERROR_MOVES error when there is none, or when a time
 *   cannot be read
 */
gboolean
limber_fascia_item_list_add_items (LimberFasciaItemList  *self,
                                   LimberFasciaSession   *session,
                                   GError               **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (session), FALSE);

  rows = get_rows (self);
  if (rows->len == 0)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                           self->professional ? _("Add at least one move or zone worked")
                                              : _("Add at least one move"));
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      LimberFasciaItemRow *row = g_ptr_array_index (rows, i);
      guint seconds;

      if (!limber_fascia_item_row_get_seconds (row, &seconds))
        {
          g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                       _("%s: type the time in minutes, like 2 or 1:30"),
                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
          return FALSE;
        }
      limber_fascia_session_add_item (session, limber_fascia_item_row_get_move_id (row),
                                      limber_fascia_item_row_get_zone (row),
                                      limber_fascia_item_row_get_side (row), seconds);
    }

  return TRUE;
}

/* Shows the message of a MOVES, ZONE or SIDE error under the list, marking the list when
 * it is empty and the times that cannot be saved when it is not; clears for any other. A
 * @hint is what an untouched form lacks: told quietly, marking nothing. */
void
limber_fascia_item_list_show_error (LimberFasciaItemList *self,
                                    const GError         *error,
                                    gboolean              hint)
{
  g_autoptr(GPtrArray) rows = NULL;
  gboolean ours;

  g_return_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self));

  ours = g_error_matches (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES) ||
         g_error_matches (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_ZONE) ||
         g_error_matches (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SIDE);
  rows = get_rows (self);

  /* The style would redden every row of a full list: only the empty one takes it. */
  if (hint && rows->len == 0)
    limber_editor_form_mark_hint (GTK_WIDGET (self->items_list), self->message_label,
                                  ours ? error : NULL);
  else
    limber_editor_form_mark_field (GTK_WIDGET (self->items_list), self->message_label,
                                   ours ? error : NULL);
  if (rows->len > 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->items_list), "error");

  for (guint i = 0; i < rows->len; i++)
    {
      LimberFasciaItemRow *row = g_ptr_array_index (rows, i);
      guint seconds = 0;
      gboolean bad;

      bad = ours &&
            (!limber_fascia_item_row_get_seconds (row, &seconds) ||
             (seconds != 0 && (seconds < LIMBER_FASCIA_ITEM_MIN_SECONDS ||
                               seconds > LIMBER_FASCIA_ITEM_MAX_SECONDS)));
      limber_editor_form_mark_field (limber_fascia_item_row_get_time_spin (row), NULL,
                                     bad ? error : NULL);
      if (bad)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
}

/* A professional massage may list zones without moves. */
void
limber_fascia_item_list_set_professional (LimberFasciaItemList *self,
                                          gboolean              professional)
{
  g_return_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self));

  self->professional = !!professional;
  gtk_widget_set_visible (GTK_WIDGET (self->add_zone_button), professional);
  gtk_label_set_text (self->placeholder,
                      professional
                      ? _("Nothing here yet. Add the zones the therapist worked on, or the "
                          "moves from the library below.")
                      : _("Nothing here yet. Add the moves you did from the library below."));
}

/* The times of the parts added up, leaving out those that cannot be read. */
guint
limber_fascia_item_list_get_seconds (LimberFasciaItemList *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint total = 0;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), 0);

  rows = get_rows (self);
  for (guint i = 0; i < rows->len; i++)
    {
      guint seconds;

      if (limber_fascia_item_row_get_seconds (g_ptr_array_index (rows, i), &seconds))
        total += seconds;
    }

  return total;
}

gboolean
limber_fascia_item_list_has_move (LimberFasciaItemList *self,
                                  const char           *move_id)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), FALSE);

  rows = get_rows (self);
  for (guint i = 0; move_id != NULL && i < rows->len; i++)
    {
      if (g_strcmp0 (limber_fascia_item_row_get_move_id (g_ptr_array_index (rows, i)),
                     move_id) == 0)
        return TRUE;
    }

  return FALSE;
}

guint
limber_fascia_item_list_get_n_items (LimberFasciaItemList *self)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), 0);

  rows = get_rows (self);

  return rows->len;
}

/**
 * limber_fascia_item_list_get_item:
 *
 * Returns: (transfer none) (nullable): the row of the @index-th part
 */
LimberFasciaItemRow *
limber_fascia_item_list_get_item (LimberFasciaItemList *self,
                                  guint                 index)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_LIST (self), NULL);

  rows = get_rows (self);

  return index < rows->len ? g_ptr_array_index (rows, index) : NULL;
}
