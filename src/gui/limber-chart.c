/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-chart.h"
#include "limber-chart-private.h"

/* A chart as a widget: it draws its LimberChartData through a LimberChartRenderer, shows the
 * values of the point under the pointer in a tooltip, moves between points with the arrow keys
 * (the selected point's values show in the chart, as GTK has no tooltips for the keyboard),
 * says its summary (or the selected point) to screen readers, and exports itself as PNG or
 * SVG. */

#define MIN_WIDTH      120
#define NATURAL_WIDTH  480
#define MIN_HEIGHT     120
#define NATURAL_HEIGHT 240
#define HEAT_ROW       22    /* a heat map's natural height a row, plus its axis and legend */
#define HEAT_EXTRA     64

struct _LimberChart
{
  GtkWidget            parent_instance;

  LimberChartData     *data;
  LimberChartRenderer *renderer;

  int                  selected_slot;   /* -1: nothing selected */
  int                  selected_row;
};

G_DEFINE_FINAL_TYPE (LimberChart, limber_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LimberChartRgba
rgba_from_gdk (const GdkRGBA *color)
{
  return (LimberChartRgba) { color->red, color->green, color->blue, color->alpha };
}

/* The colours of the current style: its text and accent, light or dark as the text says. */
static void
get_palette (LimberChart        *self,
             gboolean            opaque,
             LimberChartPalette *palette)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  LimberChartRgba fg, color;
  GdkRGBA rgba;
  gboolean dark;

  gtk_style_context_get_color (style, &rgba);
  fg = rgba_from_gdk (&rgba);
  dark = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;

  limber_chart_palette_init (palette, dark);
  limber_chart_palette_set_foreground (palette, &fg);
  if (gtk_style_context_lookup_color (style, "accent_bg_color", &rgba))
    {
      color = rgba_from_gdk (&rgba);
      limber_chart_palette_set_accent (palette, &color);
    }

  if (!opaque)
    color = (LimberChartRgba) { 0, 0, 0, 0 };
  else if (gtk_style_context_lookup_color (style, "window_bg_color", &rgba))
    color = rgba_from_gdk (&rgba);
  else
    color = palette->background;
  color.alpha = opaque ? 1 : 0;
  limber_chart_palette_set_background (palette, &color);
}

static void
update_description (LimberChart *self)
{
  g_autofree char *text = limber_chart_describe_selected (self);
  const char *title = self->data != NULL ? self->data->title : NULL;
  const char *summary = self->data != NULL ? self->data->summary : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : summary != NULL ? summary : "",
                                  -1);
}

static void
set_selection (LimberChart *self,
               int          slot,
               int          row)
{
  if (self->selected_slot == slot && self->selected_row == row)
    return;

  self->selected_slot = slot;
  self->selected_row = row;
  limber_chart_renderer_set_selection (self->renderer, slot, row);
  update_description (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Lays the chart out for the widget's size now, so that pointer positions mean something. */
static void
ensure_layout (LimberChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  limber_chart_renderer_layout (self->renderer, gtk_widget_get_pango_context (widget),
                                gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                                gtk_widget_get_scale_factor (widget));
}

static gboolean
on_key_pressed_cb (LimberChart     *self,
                   guint            keyval,
                   guint            keycode,
                   GdkModifierType  state)
{
  gboolean heat_map = self->data != NULL && self->data->rows->len > 0;
  int row = heat_map ? MAX (self->selected_row, 0) : -1;
  int delta;
  guint slot;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      delta = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      delta = 1;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      delta = G_MININT;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      delta = G_MAXINT;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!heat_map || self->selected_slot < 0)
        return FALSE;
      row = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) ? row - 1 : row + 1;
      set_selection (self, self->selected_slot, CLAMP (row, 0, (int) self->data->rows->len - 1));
      return TRUE;
    case GDK_KEY_Escape:
      if (self->selected_slot < 0)
        return FALSE;
      set_selection (self, -1, -1);
      return TRUE;
    default:
      return FALSE;
    }

  if (!limber_chart_renderer_step (self->renderer, self->selected_slot, delta, &slot))
    return FALSE;

  set_selection (self, slot, row);
  return TRUE;
}

static void
on_click_pressed_cb (LimberChart *self,
                     int          n_press,
                     double       x,
                     double       y)
{
  guint slot;
  int row;

  ensure_layout (self);
  if (!limber_chart_renderer_hit (self->renderer, x, y, &slot, &row))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_selection (self, slot, row);
}

static void
on_pointer_motion_cb (LimberChart *self,
                      double       x,
                      double       y)
{
  guint slot;
  int row = -1;

  ensure_layout (self);
  if (!limber_chart_renderer_hit (self->renderer, x, y, &slot, &row))
    {
      if (self->renderer->hover_slot >= 0)
        {
          limber_chart_renderer_set_hover (self->renderer, -1, -1);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
      return;
    }

  if (self->renderer->hover_slot != (int) slot || self->renderer->hover_row != row)
    {
      limber_chart_renderer_set_hover (self->renderer, slot, row);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_pointer_leave_cb (LimberChart *self)
{
  limber_chart_renderer_set_hover (self->renderer, -1, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_query_tooltip_cb (LimberChart *self,
                     int          x,
                     int          y,
                     gboolean     keyboard_mode,
                     GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;
  double centre, width;
  guint slot;
  int row = -1;

  if (self->data == NULL)
    return FALSE;

  ensure_layout (self);
  if (keyboard_mode)
    {
      if (self->selected_slot < 0)
        return FALSE;
      slot = self->selected_slot;
      row = self->selected_row;
    }
  else if (!limber_chart_renderer_hit (self->renderer, x, y, &slot, &row))
    return FALSE;

  text = limber_chart_data_describe_slot (self->data, slot, row);
  gtk_tooltip_set_text (tooltip, text);

  /* The tooltip belongs to this slot: moving to the next one asks again. */
  if (limber_chart_renderer_slot_x (self->renderer, slot, &centre))
    {
      width = MAX (self->renderer->slot_width, 1);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                  (int) (centre - width / 2), 0, MAX ((int) width, 1),
                                  gtk_widget_get_height (GTK_WIDGET (self)) });
    }

  return TRUE;
}

static void
limber_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  LimberChart *self = LIMBER_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else if (self->data != NULL && self->data->rows->len > 0)
    {
      *minimum = MIN_HEIGHT;
      *natural = MAX (MIN_HEIGHT, (int) self->data->rows->len * HEAT_ROW + HEAT_EXTRA);
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
limber_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  LimberChart *self = LIMBER_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  LimberChartPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_layout (self);
  get_palette (self, FALSE, &palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  limber_chart_renderer_draw (self->renderer, cr, &palette);
  cairo_destroy (cr);
}

static void
limber_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LimberChart *self = LIMBER_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, limber_chart_get_summary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_chart_finalize (GObject *object)
{
  LimberChart *self = LIMBER_CHART (object);

  g_clear_pointer (&self->renderer, limber_chart_renderer_free);
  g_clear_pointer (&self->data, limber_chart_data_free);

  G_OBJECT_CLASS (limber_chart_parent_class)->finalize (object);
}

static void
limber_chart_class_init (LimberChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = limber_chart_get_property;
  object_class->finalize = limber_chart_finalize;

  widget_class->measure = limber_chart_measure;
  widget_class->snapshot = limber_chart_snapshot;

  /**
   * LimberChart:summary:
   *
   * The data's summary in words, for a label under the chart.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
limber_chart_init (LimberChart *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->renderer = limber_chart_renderer_new ();
  self->selected_slot = self->selected_row = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_pointer_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_description (self);
}

GtkWidget *
limber_chart_new (void)
{
  return g_object_new (LIMBER_TYPE_CHART, NULL);
}

/**
 * limber_chart_set_data:
 * @data: (nullable) (transfer full): what to draw; the chart frees it
 *
 * Shows new data, clearing the selection. Fill the data before giving it: the chart does not
 * notice changes made to it afterwards.
 */
void
limber_chart_set_data (LimberChart     *self,
                       LimberChartData *data)
{
  LimberChartData *old;

  g_return_if_fail (LIMBER_IS_CHART (self));

  if (data == self->data)
    return;

  old = g_steal_pointer (&self->data);
  self->data = data;
  limber_chart_renderer_set_data (self->renderer, data);
  limber_chart_data_free (old);

  self->selected_slot = self->selected_row = -1;
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const LimberChartData *
limber_chart_get_data (LimberChart *self)
{
  g_return_val_if_fail (LIMBER_IS_CHART (self), NULL);

  return self->data;
}

/* The data's summary in words ("Weekly distance, last 12 weeks: ..."), or NULL. */
const char *
limber_chart_get_summary (LimberChart *self)
{
  g_return_val_if_fail (LIMBER_IS_CHART (self), NULL);

  return self->data != NULL ? self->data->summary : NULL;
}

/**
 * limber_chart_get_selected:
 * @day: (out) (optional): the first day of the selected slot
 * @row: (out) (optional): its heat-map row, or -1
 *
 * Returns: whether a point is selected (with the keyboard or a click)
 */
gboolean
limber_chart_get_selected (LimberChart *self,
                           LimberDay   *day,
                           int         *row)
{
  g_return_val_if_fail (LIMBER_IS_CHART (self), FALSE);

  if (self->data == NULL || self->selected_slot < 0)
    return FALSE;

  if (day != NULL)
    *day = limber_chart_data_slot_day (self->data, self->selected_slot);
  if (row != NULL)
    *row = self->selected_row;
  return TRUE;
}

/**
 * limber_chart_select:
 * @day: a day in the slot to select
 * @row: the heat-map row, or -1 for a chart of series
 *
 * Returns: whether @day (and @row) is in the chart
 */
gboolean
limber_chart_select (LimberChart *self,
                     LimberDay    day,
                     int          row)
{
  int slot;

  g_return_val_if_fail (LIMBER_IS_CHART (self), FALSE);

  if (self->data == NULL)
    return FALSE;
  slot = limber_chart_data_slot (self->data, day);
  if (slot < 0 || row >= (int) self->data->rows->len || (row < 0) != (self->data->rows->len == 0))
    return FALSE;

  set_selection (self, slot, row);
  return TRUE;
}

void
limber_chart_unselect (LimberChart *self)
{
  g_return_if_fail (LIMBER_IS_CHART (self));

  set_selection (self, -1, -1);
}

/* Returns: (transfer full) (nullable): what the selected point says, as its tooltip does */
char *
limber_chart_describe_selected (LimberChart *self)
{
  g_return_val_if_fail (LIMBER_IS_CHART (self), NULL);

  if (self->data == NULL || self->selected_slot < 0)
    return NULL;

  return limber_chart_data_describe_slot (self->data, self->selected_slot, self->selected_row);
}

/**
 * limber_chart_export:
 * @width: in pixels (PNG) or points (SVG)
 *
 * Draws the chart as it is, on the window's background colour, into a new PNG or SVG file.
 *
 * Returns: whether the file was written
 */
gboolean
limber_chart_export (LimberChart        *self,
                     const char         *path,
                     LimberChartFormat   format,
                     int                 width,
                     int                 height,
                     GError            **error)
{
  PangoContext *context;
  LimberChartPalette palette;

  g_return_val_if_fail (LIMBER_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  get_palette (self, TRUE, &palette);
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  return limber_chart_draw_to_file (self->data, &palette,
                                    pango_context_get_font_description (context),
                                    path, format, width, height, error);
}
