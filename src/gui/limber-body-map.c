/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-body-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "limber-body-map-private.h"
#include "limber-soreness.h"

/* A body map is at least this wide, and grows with its width up to MAX_HEIGHT tall. */
#define MIN_WIDTH     200
#define NATURAL_WIDTH 360
#define MAX_HEIGHT    480

G_DEFINE_FINAL_TYPE (LimberBodyMap, limber_body_map, GTK_TYPE_WIDGET)

enum {
  ZONE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The regions in reading order (each view top to bottom), for the arrow keys. */
static guint *keyboard_order;

static int
hit_region (LimberBodyMap *self,
            double         x,
            double         y)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();
  LimberBodyView view;
  LimberBodyLayout layout;
  double lx, ly;

  limber_body_map_get_layout (self, &layout);
  if (layout.scale <= 0)
    return -1;

  lx = (x - layout.x) / layout.scale;
  ly = (y - layout.y) / layout.scale - LIMBER_BODY_TITLE_HEIGHT;
  if (lx < LIMBER_BODY_FIGURE_WIDTH + LIMBER_BODY_VIEW_GAP / 2)
    view = LIMBER_BODY_VIEW_FRONT;
  else
    view = LIMBER_BODY_VIEW_BACK;
  lx -= limber_body_view_centre (view);

  for (guint i = 0; i < shapes->n_regions; i++)
    if (shapes->regions[i].view == view &&
        limber_body_shapes_region_contains (self->hit_cr, shapes, i, lx, ly))
      return i;

  return -1;
}

static int
find_region (LimberBodyView view,
             LimberZone     zone,
             LimberSide     side)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();

  for (guint i = 0; i < shapes->n_regions; i++)
    {
      const LimberBodyRegion *region = &shapes->regions[i];

      if ((view == LIMBER_BODY_N_VIEWS || region->view == view) &&
          region->zone == zone && region->side == side)
        return i;
    }

  return -1;
}

/* Where a region's point is in widget coordinates. */
static void
region_point (LimberBodyMap *self,
              guint          index,
              double        *x,
              double        *y)
{
  const LimberBodyRegion *region = &limber_body_shapes_get ()->regions[index];
  LimberBodyLayout layout;

  limber_body_map_get_layout (self, &layout);
  *x = layout.x + layout.scale * (limber_body_view_centre (region->view) + region->point_x);
  *y = layout.y + layout.scale * (LIMBER_BODY_TITLE_HEIGHT + region->point_y);
}

static void
set_hover (LimberBodyMap *self,
           int            hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_region (LimberBodyMap *self,
                 guint          index)
{
  const LimberBodyRegion *region = &limber_body_shapes_get ()->regions[index];

  self->focus = index;

  g_signal_emit (self, signals[ZONE_ACTIVATED], 0, region->zone, region->side);
}

static void
on_click_pressed_cb (LimberBodyMap *self,
                     int            n_press,
                     double         x,
                     double         y)
{
  self->pressed = hit_region (self, x, y);
}

/* A click selects the zone under the pointer when the button goes up where it went down. */
static void
on_click_released_cb (LimberBodyMap *self,
                      int            n_press,
                      double         x,
                      double         y)
{
  int region = hit_region (self, x, y);

  if (region >= 0 && region == self->pressed)
    activate_region (self, region);

  self->pressed = -1;
}

static void
on_pointer_motion_cb (LimberBodyMap *self,
              double         x,
              double         y)
{
  set_hover (self, hit_region (self, x, y));
}

static void
on_pointer_leave_cb (LimberBodyMap *self)
{
  set_hover (self, -1);
}

static gboolean
on_key_pressed_cb (LimberBodyMap   *self,
                   guint            keyval,
                   guint            keycode,
                   GdkModifierType  state)
{
  guint n = limber_body_shapes_get ()->n_regions;
  guint position = 0;

  while (keyboard_order[position] != (guint) self->focus)
    position++;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Up:
    case GDK_KEY_KP_Left:
      self->focus = keyboard_order[(position + n - 1) % n];
      break;
    case GDK_KEY_Down:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Down:
    case GDK_KEY_KP_Right:
      self->focus = keyboard_order[(position + 1) % n];
      break;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      activate_region (self, self->focus);
      break;
    default:
      return FALSE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static gboolean
on_query_tooltip_cb (LimberBodyMap *self,
                     int            x,
                     int            y,
                     gboolean       keyboard_mode,
                     GtkTooltip    *tooltip)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();
  g_autofree char *name = NULL;
  int index, level;

  index = keyboard_mode ? self->focus : hit_region (self, x, y);
  if (index < 0)
    return FALSE;

  name = limber_zone_side_describe (shapes->regions[index].zone, shapes->regions[index].side);
  level = limber_body_map_region_level (self, index);
  if (level > 0)
    {
      /* Translators: a body zone and its soreness, e.g. "Calf (left): 4 of 10, moderate" */
      g_autofree char *text = g_strdup_printf (_("%s: %d of 10, %s"), name, level,
                                               limber_soreness_level_get_label (level));

      gtk_tooltip_set_text (tooltip, text);
    }
  else
    {
      gtk_tooltip_set_text (tooltip, name);
    }

  return TRUE;
}

static gint
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();
  const LimberBodyRegion *ra = &shapes->regions[*(const guint *) a];
  const LimberBodyRegion *rb = &shapes->regions[*(const guint *) b];

  if (ra->view != rb->view)
    return ra->view < rb->view ? -1 : 1;
  if (fabs (ra->point_y - rb->point_y) > 4)
    return ra->point_y < rb->point_y ? -1 : 1;
  return ra->point_x < rb->point_x ? -1 : ra->point_x > rb->point_x;
}

static GtkSizeRequestMode
limber_body_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
limber_body_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      double aspect = LIMBER_BODY_LAYOUT_HEIGHT / LIMBER_BODY_LAYOUT_WIDTH;
      int width = for_size < 0 ? NATURAL_WIDTH : for_size;

      *minimum = *natural = CLAMP ((int) ceil (width * aspect), (int) (MIN_WIDTH * aspect),
                                   MAX_HEIGHT);
    }
}

static void
limber_body_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  limber_body_map_draw (LIMBER_BODY_MAP (widget), snapshot);
}

static void
limber_body_map_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LimberBodyMap *self = LIMBER_BODY_MAP (widget);

  self->hover = -1;
}

static void
limber_body_map_finalize (GObject *object)
{
  LimberBodyMap *self = LIMBER_BODY_MAP (object);

  g_clear_pointer (&self->hit_cr, cairo_destroy);
  g_clear_pointer (&self->hit_surface, cairo_surface_destroy);

  G_OBJECT_CLASS (limber_body_map_parent_class)->finalize (object);
}

static void
limber_body_map_class_init (LimberBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const LimberBodyShapes *shapes = limber_body_shapes_get ();

  object_class->finalize = limber_body_map_finalize;

  widget_class->snapshot = limber_body_map_snapshot;
  widget_class->get_request_mode = limber_body_map_get_request_mode;
  widget_class->measure = limber_body_map_measure;
  widget_class->size_allocate = limber_body_map_size_allocate;

  /**
   * LimberBodyMap::zone-activated:
   * @zone: the zone clicked
   * @side: its side: left or right for a paired zone, centre otherwise
   */
  signals[ZONE_ACTIVATED] = g_signal_new ("zone-activated",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, LIMBER_TYPE_ZONE, LIMBER_TYPE_SIDE);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  keyboard_order = g_new (guint, shapes->n_regions);
  for (guint i = 0; i < shapes->n_regions; i++)
    keyboard_order[i] = i;
  qsort (keyboard_order, shapes->n_regions, sizeof (guint), compare_reading_order);
}

static void
limber_body_map_init (LimberBodyMap *self)
{
  GtkGesture *click;
  GtkEventController *controller;

  self->hover = -1;
  self->pressed = -1;
  self->focus = keyboard_order[0];
  self->hit_surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  self->hit_cr = cairo_create (self->hit_surface);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_pointer_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Click a zone to select it, or move between zones with the "
                                    "arrow keys and select with Space. The list of zones offers "
                                    "the same choice."),
                                  -1);
}

GtkWidget *
limber_body_map_new (void)
{
  return g_object_new (LIMBER_TYPE_BODY_MAP, NULL);
}

/* The sides a zone is drawn with: left and right for a paired zone, only centre otherwise. */
static gboolean
each_drawn_side (LimberZone  zone,
                 LimberSide  side,
                 LimberSide *sides,
                 guint      *n_sides)
{
  if (!limber_zone_is_paired (zone))
    {
      sides[0] = LIMBER_SIDE_CENTRE;
      *n_sides = 1;
      return TRUE;
    }

  if (side == LIMBER_SIDE_BOTH)
    {
      sides[0] = LIMBER_SIDE_LEFT;
      sides[1] = LIMBER_SIDE_RIGHT;
      *n_sides = 2;
      return TRUE;
    }

  sides[0] = side;
  *n_sides = 1;
  return side == LIMBER_SIDE_LEFT || side == LIMBER_SIDE_RIGHT;
}

/**
 * limber_body_map_set_level:
 * @level: 0 (none, drawn neutral) to 10
 *
 * Colours a zone by its soreness. For a paired zone, @side BOTH colours both sides; an unpaired
 * zone has one area, whatever @side says.
 */
void
limber_body_map_set_level (LimberBodyMap *self,
                           LimberZone     zone,
                           LimberSide     side,
                           int            level)
{
  LimberSide sides[2];
  guint n_sides;

  g_return_if_fail (LIMBER_IS_BODY_MAP (self));
  g_return_if_fail (zone < LIMBER_N_ZONES);
  g_return_if_fail (level >= 0 && level <= LIMBER_BODY_LEVEL_MAX);
  g_return_if_fail (each_drawn_side (zone, side, sides, &n_sides));

  for (guint i = 0; i < n_sides; i++)
    self->levels[zone][sides[i]] = level;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The level drawn for a zone; for @side BOTH, the higher of the two sides. */
int
limber_body_map_get_level (LimberBodyMap *self,
                           LimberZone     zone,
                           LimberSide     side)
{
  LimberSide sides[2];
  guint n_sides;
  int level = 0;

  g_return_val_if_fail (LIMBER_IS_BODY_MAP (self), 0);
  g_return_val_if_fail (zone < LIMBER_N_ZONES, 0);
  g_return_val_if_fail (each_drawn_side (zone, side, sides, &n_sides), 0);

  for (guint i = 0; i < n_sides; i++)
    level = MAX (level, self->levels[zone][sides[i]]);

  return level;
}

void
limber_body_map_clear_levels (LimberBodyMap *self)
{
  g_return_if_fail (LIMBER_IS_BODY_MAP (self));

  memset (self->levels, 0, sizeof self->levels);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Outlines a zone as chosen; @side BOTH stands for both sides of a paired zone. */
void
limber_body_map_set_selected (LimberBodyMap *self,
                              LimberZone     zone,
                              LimberSide     side,
                              gboolean       selected)
{
  LimberSide sides[2];
  guint n_sides;

  g_return_if_fail (LIMBER_IS_BODY_MAP (self));
  g_return_if_fail (zone < LIMBER_N_ZONES);
  g_return_if_fail (each_drawn_side (zone, side, sides, &n_sides));

  for (guint i = 0; i < n_sides; i++)
    self->selected[zone][sides[i]] = !!selected;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether a zone is outlined; for @side BOTH, whether both sides are. */
gboolean
limber_body_map_is_selected (LimberBodyMap *self,
                             LimberZone     zone,
                             LimberSide     side)
{
  LimberSide sides[2];
  guint n_sides;

  g_return_val_if_fail (LIMBER_IS_BODY_MAP (self), FALSE);
  g_return_val_if_fail (zone < LIMBER_N_ZONES, FALSE);
  g_return_val_if_fail (each_drawn_side (zone, side, sides, &n_sides), FALSE);

  for (guint i = 0; i < n_sides; i++)
    if (!self->selected[zone][sides[i]])
      return FALSE;

  return TRUE;
}

void
limber_body_map_clear_selection (LimberBodyMap *self)
{
  g_return_if_fail (LIMBER_IS_BODY_MAP (self));

  memset (self->selected, 0, sizeof self->selected);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * limber_body_map_hit_test:
 * @x: in widget coordinates
 * @y: in widget coordinates
 * @zone: (out) (optional): the zone drawn there
 * @side: (out) (optional): its side, as the runner sees it
 *
 * Returns: whether a zone is drawn at (@x, @y)
 */
gboolean
limber_body_map_hit_test (LimberBodyMap *self,
                          double         x,
                          double         y,
                          LimberZone    *zone,
                          LimberSide    *side)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();
  int index;

  g_return_val_if_fail (LIMBER_IS_BODY_MAP (self), FALSE);

  index = hit_region (self, x, y);
  if (index < 0)
    return FALSE;

  if (zone != NULL)
    *zone = shapes->regions[index].zone;
  if (side != NULL)
    *side = shapes->regions[index].side;

  return TRUE;
}

/**
 * limber_body_map_get_zone_point:
 * @x: (out): in widget coordinates
 * @y: (out): in widget coordinates
 *
 * Finds a point well inside a zone, in the first view that shows it (the front, unless only
 * the back does). @side is left or right for a paired zone, centre for the others.
 *
 * Returns: whether the map draws that zone and side
 */
gboolean
limber_body_map_get_zone_point (LimberBodyMap *self,
                                LimberZone     zone,
                                LimberSide     side,
                                double        *x,
                                double        *y)
{
  g_return_val_if_fail (LIMBER_IS_BODY_MAP (self), FALSE);

  return limber_body_map_get_zone_point_in_view (self, LIMBER_BODY_N_VIEWS, zone, side, x, y);
}

/**
 * limber_body_map_get_zone_point_in_view:
 * @view: the view, or LIMBER_BODY_N_VIEWS for the first that shows the zone
 *
 * Like limber_body_map_get_zone_point(), in one view.
 */
gboolean
limber_body_map_get_zone_point_in_view (LimberBodyMap  *self,
                                        LimberBodyView  view,
                                        LimberZone      zone,
                                        LimberSide      side,
                                        double         *x,
                                        double         *y)
{
  int index;

  g_return_val_if_fail (LIMBER_IS_BODY_MAP (self), FALSE);
  g_return_val_if_fail (view <= LIMBER_BODY_N_VIEWS, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  index = find_region (view, zone, side);
  if (index < 0)
    return FALSE;

  region_point (self, index, x, y);
  return TRUE;
}
