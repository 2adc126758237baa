/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-widget"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "limber-chart.h"

/* The chart as a widget on a real display: the arrow keys, the words of the selected point,
 * its colours in light and dark style, and exporting it. */

#define WAIT_SECONDS 10

/* 16 November 2026 is a Monday. */
#define MONDAY limber_day_from_ymd (2026, 11, 16)

static gboolean have_display;

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!have_display)                                          \
      {                                                         \
        g_test_skip ("No display; run under Xvfb");             \
        return;                                                 \
      }                                                         \
  } G_STMT_END

static gboolean
on_wait_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
has_size (GtkWidget *widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static void
wait_for_size (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_wait_timeout_cb, &timed_out);

  while (!has_size (widget) && !timed_out)
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

/* Five days: bars of 10, 20, nothing, 40 and 50 km. */
static LimberChartData *
make_bars (void)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, MONDAY, MONDAY + 4);
  LimberChartSeries *bars = limber_chart_data_add_series (data, LIMBER_CHART_BAR,
                                                          LIMBER_CHART_COLOR_ACCENT, "Distance",
                                                          5);

  for (guint i = 0; i < 5; i++)
    {
      bars->points[i].day = MONDAY + i;
      bars->points[i].value = i == 2 ? NAN : 10 * (i + 1);
    }
  limber_chart_data_set_title (data, "Daily distance");
  limber_chart_data_set_summary (data, "Daily distance, this week: 10 to 50 km, latest 50 km");
  limber_chart_data_set_unit (data, "km", 0);

  return data;
}

/* A chart in a window of its own, shown and laid out. */
static LimberChart *
show_chart (GtkWindow       **window,
            LimberChartData  *data)
{
  GtkWidget *chart = limber_chart_new ();

  limber_chart_set_data (LIMBER_CHART (chart), data);
  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 600, 300);
  gtk_window_set_child (*window, chart);
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_present (*window);
  wait_for_size (chart);
  drain ();

  return LIMBER_CHART (chart);
}

static void
close_window (GtkWindow **window)
{
  gtk_window_destroy (*window);
  drain ();
  g_assert_null (*window);
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
        return controller;
    }

  g_assert_not_reached ();
}

static gboolean
press_key (LimberChart *chart,
           guint        keyval)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (chart), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
assert_selected (LimberChart *chart,
                 LimberDay    want_day,
                 int          want_row)
{
  LimberDay day = LIMBER_DAY_INVALID;
  int row = -2;

  g_assert_true (limber_chart_get_selected (chart, &day, &row));
  g_assert_cmpuint (day, ==, want_day);
  g_assert_cmpint (row, ==, want_row);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  guint *count = data;

  (*count)++;
}

static void
test_keyboard (void)
{
  g_autofree char *text = NULL;
  GtkWindow *window = NULL;
  LimberChart *chart;
  guint notified = 0;

  SKIP_WITHOUT_DISPLAY ();

  chart = show_chart (&window, make_bars ());
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_cmpstr (limber_chart_get_summary (chart), ==,
                   "Daily distance, this week: 10 to 50 km, latest 50 km");
  g_assert_false (limber_chart_get_selected (chart, NULL, NULL));
  g_assert_null (limber_chart_describe_selected (chart));

  /* Right starts at the first point and moves on, over the day without a value. */
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY, -1);
  text = limber_chart_describe_selected (chart);
  g_assert_cmpstr (text, ==, "Mon 16 Nov 2026: Distance 10\u00a0km.");
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY + 1, -1);
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY + 3, -1);
  g_assert_true (press_key (chart, GDK_KEY_Left));
  assert_selected (chart, MONDAY + 1, -1);
  g_assert_true (press_key (chart, GDK_KEY_End));
  assert_selected (chart, MONDAY + 4, -1);
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY + 4, -1);
  g_assert_true (press_key (chart, GDK_KEY_Home));
  assert_selected (chart, MONDAY, -1);

  /* Up and Down are for heat maps; Tab moves the focus on; Escape lets go. */
  g_assert_false (press_key (chart, GDK_KEY_Up));
  g_assert_false (press_key (chart, GDK_KEY_Tab));
  g_assert_true (press_key (chart, GDK_KEY_Escape));
  g_assert_false (limber_chart_get_selected (chart, NULL, NULL));

  /* Left starts at the last point. */
  g_assert_true (press_key (chart, GDK_KEY_Left));
  assert_selected (chart, MONDAY + 4, -1);

  /* New data: a new summary, no selection. */
  g_signal_connect (chart, "notify::summary", G_CALLBACK (on_notify_cb), &notified);
  limber_chart_set_data (chart, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_null (limber_chart_get_summary (chart));
  g_assert_false (limber_chart_get_selected (chart, NULL, NULL));
  g_assert_false (press_key (chart, GDK_KEY_Right));

  close_window (&window);
}

static void
test_keyboard_heat_map (void)
{
  LimberChartData *data = limber_chart_data_new (LIMBER_CHART_DAYS, MONDAY, MONDAY + 6);
  guint8 *left = limber_chart_data_add_row (data, "Calf (left)");
  g_autofree char *text = NULL;
  GtkWindow *window = NULL;
  LimberChart *chart;

  SKIP_WITHOUT_DISPLAY ();

  limber_chart_data_add_row (data, "Calf (right)");
  left[1] = 4;
  chart = show_chart (&window, data);

  /* Every day of a row, entry or not; Up and Down move between rows. */
  g_assert_false (press_key (chart, GDK_KEY_Down));
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY, 0);
  g_assert_true (press_key (chart, GDK_KEY_Right));
  assert_selected (chart, MONDAY + 1, 0);
  text = limber_chart_describe_selected (chart);
  g_assert_cmpstr (text, ==, "Calf (left), Tue 17 Nov 2026: 4 of 10");
  g_assert_true (press_key (chart, GDK_KEY_Down));
  assert_selected (chart, MONDAY + 1, 1);
  g_assert_true (press_key (chart, GDK_KEY_Down));
  assert_selected (chart, MONDAY + 1, 1);
  g_assert_true (press_key (chart, GDK_KEY_Up));
  assert_selected (chart, MONDAY + 1, 0);

  g_assert_true (limber_chart_select (chart, MONDAY + 6, 1));
  assert_selected (chart, MONDAY + 6, 1);
  g_assert_false (limber_chart_select (chart, MONDAY + 7, 1));
  g_assert_false (limber_chart_select (chart, MONDAY, -1));

  close_window (&window);
}

/* The chart's own drawing at its size, straight RGBA. */
static guint8 *
render (LimberChart *chart,
        int         *stride)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (chart)));
  guint8 *data;

  GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  *stride = width * 4;
  data = g_malloc (height * *stride);
  gdk_texture_download (texture, data, *stride);

  /* CAIRO_FORMAT_ARGB32 in memory: B, G, R, A, premultiplied; made straight RGBA here. */
  for (int i = 0; i < width * height; i++)
    {
      guint8 *p = data + i * 4, b = p[0], g = p[1], r = p[2], a = p[3];

      p[0] = a > 0 ? MIN (255, r * 255 / a) : 0;
      p[1] = a > 0 ? MIN (255, g * 255 / a) : 0;
      p[2] = a > 0 ? MIN (255, b * 255 / a) : 0;
    }

  return data;
}

static void
assert_pixel (const guint8  *data,
              int            stride,
              double         x,
              double         y,
              const GdkRGBA *want)
{
  const guint8 *p = data + (int) y * stride + (int) x * 4;

  g_assert_cmpint (abs (p[0] - (int) (want->red * 255 + 0.5)), <=, 3);
  g_assert_cmpint (abs (p[1] - (int) (want->green * 255 + 0.5)), <=, 3);
  g_assert_cmpint (abs (p[2] - (int) (want->blue * 255 + 0.5)), <=, 3);
  g_assert_cmpint (p[3], ==, 255);
}

/* Bars in the accent colour, text and axis in the style's text colour: dark on light, light on
 * dark. */
static void
test_style_colors (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWindow *window = NULL;
  LimberChart *chart;

  SKIP_WITHOUT_DISPLAY ();

  chart = show_chart (&window, make_bars ());

  for (guint dark = 0; dark < 2; dark++)
    {
      GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (chart));
      g_autofree guint8 *data = NULL;
      GdkRGBA accent, fg;
      int stride, height = gtk_widget_get_height (GTK_WIDGET (chart));
      int x, bar_bottom = -1;

      adw_style_manager_set_color_scheme (style_manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK :
                                          ADW_COLOR_SCHEME_FORCE_LIGHT);
      drain ();
      g_assert_cmpint (adw_style_manager_get_dark (style_manager), ==, dark);
      g_assert_true (gtk_style_context_lookup_color (style, "accent_bg_color", &accent));
      gtk_style_context_get_color (style, &fg);

      data = render (chart, &stride);

      /* The last bar (50 km, the tallest): from the bottom up, the first row of its colour. */
      x = (int) (gtk_widget_get_width (GTK_WIDGET (chart)) * 0.9);
      for (int y = height - 1; y > height / 2 && bar_bottom < 0; y--)
        {
          const guint8 *p = data + y * stride + x * 4;

          if (p[3] == 255 && abs (p[0] - (int) (accent.red * 255 + 0.5)) <= 3 &&
              abs (p[2] - (int) (accent.blue * 255 + 0.5)) <= 3)
            bar_bottom = y;
        }
      g_assert_cmpint (bar_bottom, >, 0);
      assert_pixel (data, stride, x, bar_bottom - 20, &accent);

      /* The baseline just under the bar is drawn in the text colour, faintly: dark on a
       * light style, light on a dark one. */
      {
        const guint8 *p = data + (bar_bottom + 1) * stride + x * 4;
        int luminance = (p[0] + p[1] + p[2]) / 3;

        g_assert_cmpint (p[3], >, 0);
        if (dark)
          g_assert_cmpint (luminance, >, 200);
        else
          g_assert_cmpint (luminance, <, 60);
        g_assert_cmpint (dark, ==, fg.red > 0.5);
      }
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  close_window (&window);
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-chart-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "distance.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "distance.svg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = NULL;
  cairo_surface_t *surface;
  LimberChart *chart;

  SKIP_WITHOUT_DISPLAY ();

  chart = show_chart (&window, make_bars ());

  g_assert_true (limber_chart_export (chart, png, LIMBER_CHART_FORMAT_PNG, 1000, 360, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 360);
  cairo_surface_destroy (surface);

  g_assert_true (limber_chart_export (chart, svg, LIMBER_CHART_FORMAT_SVG, 1000, 360, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml") || g_str_has_prefix (text, "<svg"));

  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (&window);
}

/* The chart frees its data with itself. */
static void
test_finalize (void)
{
  GtkWidget *chart;

  SKIP_WITHOUT_DISPLAY ();

  chart = g_object_ref_sink (limber_chart_new ());
  limber_chart_set_data (LIMBER_CHART (chart), make_bars ());
  limber_chart_set_data (LIMBER_CHART (chart), make_bars ());
  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme and fonts. */
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: the chart widget tests are skipped");

  g_test_add_func ("/limber/chart-widget/keyboard", test_keyboard);
  g_test_add_func ("/limber/chart-widget/keyboard-heat-map", test_keyboard_heat_map);
  g_test_add_func ("/limber/chart-widget/style-colors", test_style_colors);
  g_test_add_func ("/limber/chart-widget/export", test_export);
  g_test_add_func ("/limber/chart-widget/finalize", test_finalize);

  return g_test_run ();
}
