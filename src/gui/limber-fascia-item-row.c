/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fascia-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-fascia-item-row.h"
#include "limber-minutes-spin.h"

/* One part of a fascia session in the editor: a move of the catalogue on a zone and side,
 * with its time, or (for a professional massage) a zone worked without a named move. */
struct _LimberFasciaItemRow
{
  AdwExpanderRow    parent_instance;

  const LimberMove *move;           /* NULL for a zone alone or a move no longer known */
  const char       *move_id;        /* interned; NULL for a zone alone */
  LimberZone        zones[LIMBER_N_ZONES];
  guint             n_zones;

  GtkButton        *remove_button;
  AdwComboRow      *zone_row;
  AdwComboRow      *side_row;
  AdwActionRow     *time_row;
  GtkSpinButton    *time_spin;

  guint             updating : 1;
  guint             seconds_edited : 1;
};

G_DEFINE_FINAL_TYPE (LimberFasciaItemRow, limber_fascia_item_row, ADW_TYPE_EXPANDER_ROW)

enum {
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The sides offered for a paired zone, in the order of the side row's items. */
static const LimberSide paired_sides[] = { LIMBER_SIDE_LEFT, LIMBER_SIDE_RIGHT, LIMBER_SIDE_BOTH };

static void
set_zones (LimberFasciaItemRow *self,
           const LimberZone    *zones,
           guint                n_zones)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_assert (n_zones > 0 && n_zones <= LIMBER_N_ZONES);

  self->n_zones = n_zones;
  for (guint i = 0; i < n_zones; i++)
    {
      self->zones[i] = zones[i];
      gtk_string_list_append (labels, limber_zone_get_label (zones[i]));
    }

  adw_combo_row_set_model (self->zone_row, G_LIST_MODEL (labels));
  /* A move meant for one zone leaves nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->zone_row), n_zones > 1);
}

static void
select_zone (LimberFasciaItemRow *self,
             LimberZone           zone)
{
  for (guint i = 0; i < self->n_zones; i++)
    {
      if (self->zones[i] == zone)
        adw_combo_row_set_selected (self->zone_row, i);
    }
}

static void
select_side (LimberFasciaItemRow *self,
             LimberSide           side)
{
  for (guint i = 0; i < G_N_ELEMENTS (paired_sides); i++)
    {
      if (paired_sides[i] == side)
        adw_combo_row_set_selected (self->side_row, i);
    }
}

/* What the move takes by default: its time for each side worked. */
static guint
get_default_seconds (LimberFasciaItemRow *self)
{
  g_assert (self->move != NULL);

  if (self->move->per_side && limber_fascia_item_row_get_side (self) == LIMBER_SIDE_BOTH)
    return self->move->default_seconds * 2;

  return self->move->default_seconds;
}

static void
set_seconds (LimberFasciaItemRow *self,
             guint                seconds)
{
  gboolean was_updating = self->updating;

  self->updating = TRUE;
  limber_minutes_spin_set (self->time_spin, seconds);
  self->updating = was_updating;
}

static void
update_side_row (LimberFasciaItemRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->side_row),
                          limber_zone_is_paired (limber_fascia_item_row_get_zone (self)));
}

static void
update_labels (LimberFasciaItemRow *self)
{
  g_autofree char *place = NULL;
  g_autofree char *remove_label = NULL;
  guint seconds;

  place = limber_zone_side_describe (limber_fascia_item_row_get_zone (self),
                                     limber_fascia_item_row_get_side (self));

  if (self->move_id == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), place);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Zone worked, no named move"));
    }
  else
    {
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                     self->move != NULL ? limber_move_get_name (self->move)
                                                        : self->move_id);
      if (limber_minutes_spin_read (self->time_spin, &seconds))
        {
          g_autofree char *minutes = limber_minutes_format (seconds);

          /* Translators: where a move was done and how long, e.g. "Calf (left), 1:30 min" */
          subtitle = g_strdup_printf (_("%s, %s min"), place, minutes);
        }
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle != NULL ? subtitle : place);
    }

  /* Translators: accessible name of the button removing a move from the session */
  remove_label = g_strdup_printf (_("Remove %s"),
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
}

static void
on_remove_button_clicked_cb (LimberFasciaItemRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
on_zone_row_selected_cb (LimberFasciaItemRow *self)
{
  if (self->updating)
    return;

  update_side_row (self);
  update_labels (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_side_row_selected_cb (LimberFasciaItemRow *self)
{
  if (self->updating)
    return;

  /* Both sides take twice as long as one, until the user sets the time. */
  if (self->move != NULL && !self->seconds_edited)
    set_seconds (self, get_default_seconds (self));

  update_labels (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_time_spin_changed_cb (LimberFasciaItemRow *self)
{
  if (self->updating)
    return;

  self->seconds_edited = TRUE;
  update_labels (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
limber_fascia_item_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_FASCIA_ITEM_ROW);

  G_OBJECT_CLASS (limber_fascia_item_row_parent_class)->dispose (object);
}

static void
limber_fascia_item_row_class_init (LimberFasciaItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_fascia_item_row_dispose;

  /**
   * LimberFasciaItemRow::changed:
   *
   * The zone, side or time changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  /**
   * LimberFasciaItemRow::remove:
   *
   * The user asked to take this part out of the session.
   */
  signals[REMOVE] = g_signal_new ("remove",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-fascia-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemRow, zone_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemRow, side_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemRow, time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaItemRow, time_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zone_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_side_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_changed_cb);
}

static void
limber_fascia_item_row_init (LimberFasciaItemRow *self)
{
  g_autoptr(GtkStringList) sides = gtk_string_list_new (NULL);

  self->updating = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (paired_sides); i++)
    gtk_string_list_append (sides, limber_side_get_label (paired_sides[i]));
  adw_combo_row_set_model (self->side_row, G_LIST_MODEL (sides));

  limber_minutes_spin_setup (self->time_spin);
}

/* Fills the row; the side and seconds are the move's defaults when @fresh. */
static LimberFasciaItemRow *
item_row_new (const char *move_id,
              LimberZone  zone,
              LimberSide  side,
              guint       seconds,
              gboolean    fresh)
{
  LimberFasciaItemRow *self = g_object_new (LIMBER_TYPE_FASCIA_ITEM_ROW, NULL);
  LimberZone all_zones[LIMBER_N_ZONES];

  self->move_id = move_id != NULL ? g_intern_string (move_id) : NULL;
  self->move = limber_moves_lookup (move_id);

  if (self->move != NULL && limber_move_has_zone (self->move, zone))
    {
      set_zones (self, self->move->zones, self->move->n_zones);
    }
  else
    {
      for (guint i = 0; i < LIMBER_N_ZONES; i++)
        all_zones[i] = i;
      set_zones (self, all_zones, LIMBER_N_ZONES);
    }
  select_zone (self, zone);

  select_side (self, fresh ? LIMBER_SIDE_BOTH : side);
  update_side_row (self);

  gtk_widget_set_visible (GTK_WIDGET (self->time_row), self->move_id != NULL);
  if (fresh && self->move != NULL)
    seconds = get_default_seconds (self);
  else
    self->seconds_edited = TRUE;
  set_seconds (self, seconds);

  update_labels (self);
  self->updating = FALSE;

  return self;
}

/**
 * limber_fascia_item_row_new:
 * @move: (nullable): a move of the catalogue, or NULL for a zone worked without a named move
 * @zone: the zone it works, one of the move's zones
 *
 * Returns: (transfer floating): a row with the move's default side and time
 */
LimberFasciaItemRow *
limber_fascia_item_row_new (const LimberMove *move,
                            LimberZone        zone)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (move == NULL || limber_move_has_zone (move, zone), NULL);

  return item_row_new (move != NULL ? move->id : NULL, zone, LIMBER_SIDE_BOTH, 0, TRUE);
}

/**
 * limber_fascia_item_row_new_loaded:
 * @move_id: (nullable): the move of a stored session's item
 *
 * Returns: (transfer floating): a row showing a stored item as it is
 */
LimberFasciaItemRow *
limber_fascia_item_row_new_loaded (const char *move_id,
                                   LimberZone  zone,
                                   LimberSide  side,
                                   guint       seconds)
{
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);

  return item_row_new (move_id, zone, side, seconds, FALSE);
}

/* Interned, or NULL for a zone worked without a named move. */
const char *
limber_fascia_item_row_get_move_id (LimberFasciaItemRow *self)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_ROW (self), NULL);

  return self->move_id;
}

LimberZone
limber_fascia_item_row_get_zone (LimberFasciaItemRow *self)
{
  guint selected;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_ROW (self), LIMBER_ZONE_FOOT);

  selected = adw_combo_row_get_selected (self->zone_row);

  return self->zones[selected < self->n_zones ? selected : 0];
}

/* Left, right or both for a paired zone; centre for the back. */
LimberSide
limber_fascia_item_row_get_side (LimberFasciaItemRow *self)
{
  guint selected;

  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_ROW (self), LIMBER_SIDE_CENTRE);

  if (!limber_zone_is_paired (limber_fascia_item_row_get_zone (self)))
    return LIMBER_SIDE_CENTRE;

  selected = adw_combo_row_get_selected (self->side_row);

  return selected < G_N_ELEMENTS (paired_sides) ? paired_sides[selected] : LIMBER_SIDE_BOTH;
}

/**
 * limber_fascia_item_row_get_seconds:
 * @seconds: (out): the time typed; 0 when not known (an empty time, or a zone worked
 *   without a named move)
 *
 * Returns: FALSE when the time typed cannot be read
 */
gboolean
limber_fascia_item_row_get_seconds (LimberFasciaItemRow *self,
                                    guint               *seconds)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_ROW (self), FALSE);
  g_return_val_if_fail (seconds != NULL, FALSE);

  if (self->move_id == NULL)
    {
      *seconds = 0;
      return TRUE;
    }

  return limber_minutes_spin_read (self->time_spin, seconds);
}

/**
 * limber_fascia_item_row_get_time_spin:
 *
 * Returns: (transfer none): the spin button holding the move's time, to mark it at fault
 */
GtkWidget *
limber_fascia_item_row_get_time_spin (LimberFasciaItemRow *self)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_ITEM_ROW (self), NULL);

  return GTK_WIDGET (self->time_spin);
}
