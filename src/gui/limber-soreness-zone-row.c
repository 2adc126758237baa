/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-soreness-zone-row"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "limber-body-map.h"
#include "limber-soreness.h"
#include "limber-soreness-zone-row.h"

/* One zone chosen in the soreness editor: its name, its level on a 0–10 slider, and a button
 * to take it out again. */
struct _LimberSorenessZoneRow
{
  GtkListBoxRow  parent_instance;

  LimberZone     zone;
  LimberSide     side;
  int            level;

  GtkLabel      *title_label;
  GtkLabel      *level_label;
  GtkScale      *scale;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (LimberSorenessZoneRow, limber_soreness_zone_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_level (LimberSorenessZoneRow *self)
{
  g_autofree char *text = NULL;

  /* Translators: a soreness level and its words, e.g. "4 · Moderate" */
  text = g_strdup_printf (_("%d · %s"), self->level,
                          limber_soreness_level_get_label (self->level));
  gtk_label_set_text (self->level_label, text);
}

static void
on_scale_value_changed_cb (LimberSorenessZoneRow *self)
{
  limber_soreness_zone_row_set_level (self,
                                      (int) round (gtk_range_get_value (GTK_RANGE (self->scale))));
}

static void
on_remove_button_clicked_cb (LimberSorenessZoneRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
limber_soreness_zone_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_SORENESS_ZONE_ROW);

  G_OBJECT_CLASS (limber_soreness_zone_row_parent_class)->dispose (object);
}

static void
limber_soreness_zone_row_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LimberSorenessZoneRow *self = LIMBER_SORENESS_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_soreness_zone_row_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LimberSorenessZoneRow *self = LIMBER_SORENESS_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      limber_soreness_zone_row_set_level (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_soreness_zone_row_class_init (LimberSorenessZoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_soreness_zone_row_dispose;
  object_class->get_property = limber_soreness_zone_row_get_property;
  object_class->set_property = limber_soreness_zone_row_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL,
                      0, LIMBER_BODY_LEVEL_MAX, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberSorenessZoneRow::remove:
   *
   * The user asked to take this zone out of the entry.
   */
  signals[REMOVE] = g_signal_new ("remove",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-soreness-zone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessZoneRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessZoneRow, level_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessZoneRow, scale);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessZoneRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked_cb);
}

static void
limber_soreness_zone_row_init (LimberSorenessZoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int level = 0; level <= LIMBER_BODY_LEVEL_MAX; level++)
    gtk_scale_add_mark (self->scale, level, GTK_POS_BOTTOM, NULL);

  show_level (self);
}

GtkWidget *
limber_soreness_zone_row_new (LimberZone zone,
                              LimberSide side,
                              int        level)
{
  LimberSorenessZoneRow *self;
  g_autofree char *name = NULL;
  g_autofree char *scale_label = NULL;
  g_autofree char *remove_label = NULL;

  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);

  self = g_object_new (LIMBER_TYPE_SORENESS_ZONE_ROW, NULL);
  self->zone = zone;
  self->side = side;

  name = limber_zone_side_describe (zone, side);
  gtk_label_set_text (self->title_label, name);

  /* Translators: the accessible name of the level slider of a zone, e.g. "Level, Calf (left)" */
  scale_label = g_strdup_printf (_("Level, %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, scale_label,
                                  -1);

  /* Translators: the accessible name of a zone's remove button, e.g. "Remove Calf (left)" */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);

  limber_soreness_zone_row_set_level (self, level);

  return GTK_WIDGET (self);
}

LimberZone
limber_soreness_zone_row_get_zone (LimberSorenessZoneRow *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self), 0);

  return self->zone;
}

LimberSide
limber_soreness_zone_row_get_side (LimberSorenessZoneRow *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self), 0);

  return self->side;
}

int
limber_soreness_zone_row_get_level (LimberSorenessZoneRow *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self), 0);

  return self->level;
}

void
limber_soreness_zone_row_set_level (LimberSorenessZoneRow *self,
                                    int                    level)
{
  g_return_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self));
  g_return_if_fail (level >= 0 && level <= LIMBER_BODY_LEVEL_MAX);

  if ((int) round (gtk_range_get_value (GTK_RANGE (self->scale))) != level)
    gtk_range_set_value (GTK_RANGE (self->scale), level);

  if (self->level == level)
    return;

  self->level = level;
  show_level (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

GtkRange *
limber_soreness_zone_row_get_scale (LimberSorenessZoneRow *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self), NULL);

  return GTK_RANGE (self->scale);
}

GtkButton *
limber_soreness_zone_row_get_remove_button (LimberSorenessZoneRow *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_ZONE_ROW (self), NULL);

  return self->remove_button;
}
