/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-body-map"

#include "config.h"

#include "limber-body-map.h"

/* How long a test waits for a window to appear before it fails. */
#define WAIT_SECONDS 10

static gboolean have_display;

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!have_display)                                          \
      {                                                         \
        g_test_skip ("No display; run under Xvfb");             \
        return;                                                 \
      }                                                         \
  } G_STMT_END

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
has_width (gpointer data)
{
  GtkWidget *widget = data;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "wanted-width"));

  return gtk_widget_get_width (widget) == width;
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

/* Colour at a point of the map as drawn, straight (not premultiplied) RGBA 0–255. */
static void
pixel_at (GdkTexture *texture,
          double      x,
          double      y,
          guint8      rgba[4])
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc (width * height * 4);
  const guint8 *p;

  gdk_texture_download (texture, data, width * 4);
  p = data + ((int) y * width + (int) x) * 4;

  /* CAIRO_FORMAT_ARGB32 in memory: B, G, R, A (little-endian), premultiplied. */
  rgba[3] = p[3];
  for (guint i = 0; i < 3; i++)
    rgba[i] = p[3] > 0 ? MIN (255, p[2 - i] * 255 / p[3]) : 0;
}

static GdkTexture *
render (LimberBodyMap *map)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (map)));

  /* The map's own drawing, as it is at this size. */
  GTK_WIDGET_GET_CLASS (map)->snapshot (GTK_WIDGET (map), snapshot);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
check_map_geometry (LimberBodyMap *map)
{
  static const LimberZone paired[] = {
    LIMBER_ZONE_FOOT, LIMBER_ZONE_HEEL, LIMBER_ZONE_CALF, LIMBER_ZONE_SHIN, LIMBER_ZONE_KNEE,
    LIMBER_ZONE_IT_BAND, LIMBER_ZONE_QUAD, LIMBER_ZONE_HAMSTRING, LIMBER_ZONE_ADDUCTOR,
    LIMBER_ZONE_HIP,
  };
  double middle = gtk_widget_get_width (GTK_WIDGET (map)) / 2.0;
  guint front_pairs = 0, back_pairs = 0;
  double x, y;

  for (guint i = 0; i < G_N_ELEMENTS (paired); i++)
    for (LimberBodyView view = 0; view < LIMBER_BODY_N_VIEWS; view++)
      {
        double left_x, left_y, right_x, right_y;
        gboolean has_left, has_right;

        has_left = limber_body_map_get_zone_point_in_view (map, view, paired[i], LIMBER_SIDE_LEFT,
                                                           &left_x, &left_y);
        has_right = limber_body_map_get_zone_point_in_view (map, view, paired[i],
                                                            LIMBER_SIDE_RIGHT, &right_x,
                                                            &right_y);
        g_assert_cmpint (has_left, ==, has_right);
        if (!has_left)
          continue;

        assert_hit (map, left_x, left_y, paired[i], LIMBER_SIDE_LEFT);
        assert_hit (map, right_x, right_y, paired[i], LIMBER_SIDE_RIGHT);

        /* A spot beside the left point, mirrored across the figure, is on the right. */
        assert_hit (map, left_x + 2, left_y + 2, paired[i], LIMBER_SIDE_LEFT);
        assert_hit (map, right_x - 2, right_y + 2, paired[i], LIMBER_SIDE_RIGHT);

        if (view == LIMBER_BODY_VIEW_FRONT)
          {
            /* Facing you: the runner's left is on your right. The front is the left view. */
            g_assert_cmpfloat (left_x, >, right_x);
            g_assert_cmpfloat (left_x, <, middle);
            front_pairs++;
          }
        else
          {
            g_assert_cmpfloat (left_x, <, right_x);
            g_assert_cmpfloat (right_x, >, middle);
            back_pairs++;
          }

        /* A paired zone has no centre. */
        g_assert_false (limber_body_map_get_zone_point_in_view (map, view, paired[i],
                                                                LIMBER_SIDE_CENTRE, &x, &y));
      }

  g_assert_cmpuint (front_pairs, >=, 5);
  g_assert_cmpuint (back_pairs, >=, 5);

  /* Unpaired zones are one area across the spine, whichever half is clicked. */
  for (LimberZone zone = LIMBER_ZONE_LOWER_BACK; zone <= LIMBER_ZONE_UPPER_BACK; zone++)
    {
      g_assert_false (limber_zone_is_paired (zone));
      g_assert_true (limber_body_map_get_zone_point (map, zone, LIMBER_SIDE_CENTRE, &x, &y));
      g_assert_false (limber_body_map_get_zone_point (map, zone, LIMBER_SIDE_LEFT, &x, &y));
      g_assert_true (limber_body_map_get_zone_point (map, zone, LIMBER_SIDE_CENTRE, &x, &y));
      assert_hit (map, x, y, zone, LIMBER_SIDE_CENTRE);
      assert_hit (map, x - 4, y, zone, LIMBER_SIDE_CENTRE);
      assert_hit (map, x + 4, y, zone, LIMBER_SIDE_CENTRE);
    }

  /* Around the body, nothing. */
  g_assert_false (limber_body_map_hit_test (map, 1, 1, NULL, NULL));
  g_assert_false (limber_body_map_hit_test (map, middle,
                                            gtk_widget_get_height (GTK_WIDGET (map)) / 2.0,
                                            NULL, NULL));
}

/* The drawing and the hit test share their geometry: the left calf filled at level 10 is
 * coloured exactly where a click finds the left calf, and the right one is not. */
static void
check_map_colours (LimberBodyMap *map)
{
  g_autoptr(GdkTexture) texture = NULL;
  guint8 left[4], right[4];
  double x, y;

  limber_body_map_clear_levels (map);
  limber_body_map_clear_selection (map);
  limber_body_map_set_level (map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 10);
  g_assert_cmpint (limber_body_map_get_level (map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT), ==, 10);
  g_assert_cmpint (limber_body_map_get_level (map, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT), ==, 0);
  texture = render (map);

  g_assert_true (limber_body_map_get_zone_point (map, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, &x, &y));
  pixel_at (texture, x, y, left);
  g_assert_true (limber_body_map_get_zone_point (map, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, &x, &y));
  pixel_at (texture, x, y, right);

  /* Strong red, nearly opaque; the other calf stays a faint neutral tint. */
  g_assert_cmpuint (left[3], >, 180);
  g_assert_cmpuint (left[0], >, left[1] + 80);
  g_assert_cmpuint (right[3], <, 80);
}

/* Hit testing is right for both sides on both views, at a narrow and at a wide size. */
static void
test_hit_test (void)
{
  GtkWidget *window;
  GtkWidget *map;
  static const int widths[] = { 320, 700 };

  SKIP_WITHOUT_DISPLAY ();

  window = gtk_window_new ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  map = limber_body_map_new ();
  gtk_window_set_child (GTK_WINDOW (window), map);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_widget_set_size_request (map, widths[i], -1);
      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], -1);
      g_object_set_data (G_OBJECT (map), "wanted-width", GINT_TO_POINTER (widths[i]));
      gtk_window_present (GTK_WINDOW (window));
      wait_until (has_width, map);

      check_map_geometry (LIMBER_BODY_MAP (map));
      check_map_colours (LIMBER_BODY_MAP (map));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_null (window);
}


typedef struct
{
  guint      count;
  LimberZone zone;
  LimberSide side;
} Activated;

static void
on_zone_activated_cb (LimberBodyMap *map,
                      LimberZone     zone,
                      LimberSide     side,
                      Activated     *activated)
{
  activated->count++;
  activated->zone = zone;
  activated->side = side;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }

  g_assert_not_reached ();
}

static gboolean
press_key (GtkWidget *map,
           guint      keyval)
{
  GtkEventController *keys = find_controller (map, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

/* A click is a press and a release on the same zone; the arrow keys and Space do the same
 * without a pointer. */
static void
test_activate (void)
{
  GtkWidget *window;
  GtkWidget *map;
  GtkEventController *click;
  Activated activated = { 0, };
  double calf_x, calf_y, knee_x, knee_y;

  SKIP_WITHOUT_DISPLAY ();

  window = gtk_window_new ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  map = limber_body_map_new ();
  gtk_window_set_child (GTK_WINDOW (window), map);
  g_signal_connect (map, "zone-activated", G_CALLBACK (on_zone_activated_cb), &activated);
  g_object_set_data (G_OBJECT (map), "wanted-width", GINT_TO_POINTER (360));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, -1);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_width, map);

  g_assert_true (gtk_widget_get_focusable (map));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (map)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  click = find_controller (map, GTK_TYPE_GESTURE_CLICK);
  g_assert_true (limber_body_map_get_zone_point (LIMBER_BODY_MAP (map), LIMBER_ZONE_CALF,
                                                 LIMBER_SIDE_RIGHT, &calf_x, &calf_y));
  g_assert_true (limber_body_map_get_zone_point (LIMBER_BODY_MAP (map), LIMBER_ZONE_KNEE,
                                                 LIMBER_SIDE_LEFT, &knee_x, &knee_y));

  /* Pressed on the calf, let go on the knee: nothing. */
  g_signal_emit_by_name (click, "pressed", 1, calf_x, calf_y);
  g_signal_emit_by_name (click, "released", 1, knee_x, knee_y);
  g_assert_cmpuint (activated.count, ==, 0);

  /* Outside the body: nothing. */
  g_signal_emit_by_name (click, "pressed", 1, 2.0, 2.0);
  g_signal_emit_by_name (click, "released", 1, 2.0, 2.0);
  g_assert_cmpuint (activated.count, ==, 0);

  g_signal_emit_by_name (click, "pressed", 1, calf_x, calf_y);
  g_signal_emit_by_name (click, "released", 1, calf_x, calf_y);
  g_assert_cmpuint (activated.count, ==, 1);
  g_assert_cmpint (activated.zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (activated.side, ==, LIMBER_SIDE_RIGHT);

  /* The keys start from the zone clicked last: Space takes it again, an arrow moves on. */
  g_assert_true (press_key (map, GDK_KEY_space));
  g_assert_cmpuint (activated.count, ==, 2);
  g_assert_cmpint (activated.zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (activated.side, ==, LIMBER_SIDE_RIGHT);

  g_assert_true (press_key (map, GDK_KEY_Down));
  g_assert_true (press_key (map, GDK_KEY_Return));
  g_assert_cmpuint (activated.count, ==, 3);
  g_assert_false (activated.zone == LIMBER_ZONE_CALF && activated.side == LIMBER_SIDE_RIGHT);

  g_assert_true (press_key (map, GDK_KEY_Up));
  g_assert_true (press_key (map, GDK_KEY_space));
  g_assert_cmpint (activated.zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (activated.side, ==, LIMBER_SIDE_RIGHT);

  /* Other keys, like Tab, are left to move the focus on. */
  g_assert_false (press_key (map, GDK_KEY_Tab));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme and fonts. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (!have_display)
    g_test_message ("No display: the body map tests are skipped");

  g_test_add_func ("/limber/body-map/hit-test", test_hit_test);
  g_test_add_func ("/limber/body-map/activate", test_activate);

  return g_test_run ();
}
