/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-progress-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include "limber-progress-page.h"
#include "limber-run.h"
#include "limber-sample.h"
#include "limber-ui-test.h"

/* The Progress page in the real window: choosing charts and ranges, the zone and self-test,
 * remembering the choice, following the journal and the preferences, exporting, and an empty
 * journal. */

#define TODAY limber_day_from_ymd (2026, 11, 21)   /* a Saturday */

#define assert_has(text, piece) assert_text ((text), (piece), __FILE__, __LINE__)

static void
assert_text (const char *text,
             const char *piece,
             const char *file,
             int         line)
{
  g_autofree char *message = NULL;

  if (text != NULL && strstr (text, piece) != NULL)
    return;

  message = g_strdup_printf ("“%s” does not contain “%s”", text ? text : "(null)", piece);
  g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
}

static LimberProgressPage *
progress_page (Fixture *f)
{
  return LIMBER_PROGRESS_PAGE (limber_window_get_page_widget (f->window, "progress"));
}

static gpointer
page_child (Fixture    *f,
            const char *name)
{
  return window_child (progress_page (f), LIMBER_TYPE_PROGRESS_PAGE, name);
}

/* Presses one of the page's buttons, as a click does. */
static void
press (Fixture    *f,
       const char *name)
{
  GtkButton *button = page_child (f, name);

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  drain ();
}

static const LimberChartData *
shown (Fixture *f)
{
  const LimberChartData *data = limber_chart_get_data (
    limber_progress_page_get_chart_widget (progress_page (f)));

  g_assert_nonnull (data);
  return data;
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_text (page_child (f, name));
}

static void
fill_demo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  limber_journal_set_today (f->journal, TODAY);
  g_assert_true (limber_sample_fill (f->journal, 12, 4, TODAY, &error));
  g_assert_no_error (error);
}

static void
show_page (Fixture *f)
{
  limber_window_set_page (f->window, "progress");
  drain ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (progress_page (f))));
}

static double
last_bar (const LimberChartData *data)
{
  const LimberChartSeries *bars = g_ptr_array_index (data->series, 0);

  g_assert_cmpuint (bars->mode, ==, LIMBER_CHART_BAR);
  return bars->points[bars->n_points - 1].value;
}

/* Each chart and range shows what it says, with its summary under it. */
static void
test_switch (Fixture *f)
{
  LimberProgressPage *page = progress_page (f);
  const LimberChartData *data;
  GtkToggleButton *four_weeks;
  g_autofree char *latest = NULL;

  fill_demo (f);
  show_page (f);

  /* At first: weekly distance over 3 months, 13 weeks. */
  data = shown (f);
  g_assert_cmpuint (limber_progress_page_get_chart (page), ==, LIMBER_PROGRESS_DISTANCE);
  g_assert_cmpuint (data->scale, ==, LIMBER_CHART_WEEKS);
  g_assert_cmpuint (data->n_slots, ==, 13);
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Weekly distance");
  g_assert_false (limber_chart_data_is_empty (data));

  four_weeks = page_child (f, "range_4_weeks_button");
  g_assert_false (gtk_toggle_button_get_active (four_weeks));
  press (f, "range_4_weeks_button");
  g_assert_true (gtk_toggle_button_get_active (four_weeks));
  g_assert_false (gtk_toggle_button_get_active (page_child (f, "range_3_months_button")));
  data = shown (f);
  g_assert_cmpuint (data->n_slots, ==, 4);
  g_assert_cmpuint (data->series->len, ==, 2);
  /* The summary under the chart says the latest week's distance. */
  latest = g_strdup_printf ("%.1f km so far this week", last_bar (data));
  assert_has (data->summary, "last 4 weeks");
  assert_has (data->summary, latest);
  g_assert_cmpstr (label_text (f, "summary_label"), ==, data->summary);

  /* Water: a bar a day against the target. */
  press (f, "chart_water_button");
  g_assert_true (gtk_toggle_button_get_active (page_child (f, "chart_water_button")));
  g_assert_false (gtk_toggle_button_get_active (page_child (f, "chart_distance_button")));
  data = shown (f);
  g_assert_cmpuint (data->scale, ==, LIMBER_CHART_DAYS);
  g_assert_cmpuint (data->n_slots, ==, 27);
  g_assert_cmpstr (data->unit, ==, "l");
  g_assert_cmpfloat (data->target, ==, 2.0);
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Water");
  assert_has (label_text (f, "summary_label"), "Water, last 4 weeks");

  /* A year of fascia weeks. */
  press (f, "chart_fascia_button");
  press (f, "range_1_year_button");
  data = shown (f);
  g_assert_cmpuint (data->n_slots, ==, 52);
  g_assert_cmpfloat (data->target, ==, 3);
  assert_has (label_text (f, "summary_label"), "Fascia sessions, last 12 months");

  /* Load says what it is not. */
  g_assert_false (gtk_widget_get_visible (page_child (f, "caption_label")));
  press (f, "chart_load_button");
  g_assert_true (gtk_widget_get_visible (page_child (f, "caption_label")));
  assert_has (label_text (f, "caption_label"), "do not predict injury");
  g_assert_cmpuint (shown (f)->series->len, ==, 2);

  /* The narrow window's drop-down chooses the same. */
  gtk_drop_down_set_selected (page_child (f, "chart_dropdown"), LIMBER_PROGRESS_DISTANCE);
  drain ();
  g_assert_cmpuint (limber_progress_page_get_chart (page), ==, LIMBER_PROGRESS_DISTANCE);
  g_assert_true (gtk_toggle_button_get_active (page_child (f, "chart_distance_button")));
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Weekly distance");
}

static gboolean
row_is (GListModel *model,
        guint       position,
        const char *text)
{
  GtkStringObject *item = g_list_model_get_item (model, position);
  gboolean same = g_strcmp0 (gtk_string_object_get_string (item), text) == 0;

  g_object_unref (item);
  return same;
}

static guint
find_item (AdwComboRow *row,
           const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (row_is (model, i, text))
      return i;

  g_assert_not_reached ();
}

/* Soreness: the heat map, a zone's trend from the zone row or from a row of the map; mobility:
 * a self-test at a time. */
static void
test_soreness_and_mobility (Fixture *f)
{
  LimberChart *chart = limber_progress_page_get_chart_widget (progress_page (f));
  AdwComboRow *zone_row = page_child (f, "zone_row");
  AdwComboRow *test_row = page_child (f, "test_row");
  g_autoptr(GListModel) controllers = NULL;
  const LimberChartData *data;
  gboolean handled = FALSE;
  guint calf_left;
  int row;

  fill_demo (f);
  show_page (f);
  g_assert_false (gtk_widget_get_visible (page_child (f, "detail_group")));

  press (f, "chart_soreness_button");
  g_assert_true (gtk_widget_get_visible (page_child (f, "detail_group")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (zone_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (test_row)));
  data = shown (f);
  g_assert_cmpuint (limber_chart_data_get_mode (data), ==, LIMBER_CHART_HEAT_MAP);
  g_assert_true (row_is (adw_combo_row_get_model (zone_row), 0, "All zones"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (zone_row)), ==,
                    data->rows->len + 1);

  /* The sample's left-calf niggle: its trend, with the 4/10 line. */
  calf_left = find_item (zone_row, "Calf (left)");
  adw_combo_row_set_selected (zone_row, calf_left);
  drain ();
  data = shown (f);
  g_assert_cmpuint (limber_chart_data_get_mode (data), ==, LIMBER_CHART_LINE);
  g_assert_cmpfloat (data->target, ==, 4);
  g_assert_cmpuint (data->markers->len, >, 0);   /* the physio flag */
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Calf (left)");
  assert_has (label_text (f, "summary_label"), "Calf (left), last 3 months");
  g_assert_cmpuint (adw_combo_row_get_selected (zone_row), ==, calf_left);

  /* Back to the map; Enter on a selected row of it opens that row's zone. */
  adw_combo_row_set_selected (zone_row, 0);
  drain ();
  data = shown (f);
  g_assert_cmpuint (limber_chart_data_get_mode (data), ==, LIMBER_CHART_HEAT_MAP);
  row = find_item (zone_row, "Calf (left)") - 1;
  g_assert_true (limber_chart_select (chart, TODAY - 1, row));
  /* As GTK delivers a key: to each key controller of the chart until one handles it. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    }
  drain ();
  g_assert_true (handled);
  g_assert_cmpuint (limber_chart_data_get_mode (shown (f)), ==, LIMBER_CHART_LINE);
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Calf (left)");

  /* Mobility: one test at a time, from those with results. */
  press (f, "chart_mobility_button");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (zone_row)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (test_row)));
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Knee to wall");
  g_assert_cmpuint (shown (f)->series->len, ==, 2);   /* left, before and after */
  g_assert_cmpstr (shown (f)->unit, ==, "cm");
  adw_combo_row_set_selected (test_row, find_item (test_row, "Standing toe touch"));
  drain ();
  g_assert_cmpstr (label_text (f, "title_label"), ==, "Standing toe touch");
  assert_has (label_text (f, "summary_label"), "Standing toe touch, last 3 months");
}

/* The chart and range come back on the next page as they were left. */
static void
test_remembered (Fixture *f)
{
  g_autofree char *chart = NULL;
  g_autofree char *range = NULL;
  LimberProgressPage *page;
  GtkWidget *window;

  fill_demo (f);
  show_page (f);
  g_assert_cmpstr (g_settings_get_string (f->settings, "progress-chart"), ==, "distance");
  g_assert_cmpstr (g_settings_get_string (f->settings, "progress-range"), ==, "3-months");

  press (f, "chart_fascia_button");
  press (f, "range_1_year_button");
  chart = g_settings_get_string (f->settings, "progress-chart");
  range = g_settings_get_string (f->settings, "progress-range");
  g_assert_cmpstr (chart, ==, "fascia");
  g_assert_cmpstr (range, ==, "1-year");

  page = g_object_ref_sink (limber_progress_page_new (f->journal));
  g_assert_cmpuint (limber_progress_page_get_chart (page), ==, LIMBER_PROGRESS_FASCIA);
  g_assert_cmpuint (limber_progress_page_get_range (page), ==, LIMBER_SERIES_RANGE_1_YEAR);

  /* Shown, it draws that chart. */
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, page);
  drain ();
  g_assert_cmpstr (limber_chart_get_data (limber_progress_page_get_chart_widget (page))->title,
                   ==, "Fascia sessions");
  g_assert_cmpuint (limber_chart_get_data (
                      limber_progress_page_get_chart_widget (page))->n_slots, ==, 52);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_finalize_object (page);

  /* A bad value in the settings leaves the chart as it is. */
  g_test_expect_message ("limber-progress-page", G_LOG_LEVEL_WARNING, "*No Progress chart*");
  g_object_set (progress_page (f), "chart", "mileage", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (limber_progress_page_get_chart (progress_page (f)), ==,
                    LIMBER_PROGRESS_FASCIA);
}

/* New entries and new preferences show at once. */
static void
test_follows_journal (Fixture *f)
{
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GError) error = NULL;
  double before, after;

  fill_demo (f);
  show_page (f);
  press (f, "range_4_weeks_button");
  before = last_bar (shown (f));

  limber_entry_set_day (LIMBER_ENTRY (run), TODAY);
  limber_run_set_distance (run, 12000);
  limber_run_set_duration (run, 3600);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (run), &error));
  g_assert_no_error (error);
  drain ();
  after = last_bar (shown (f));
  g_assert_cmpfloat_with_epsilon (after - before, 12, 1e-9);

  g_settings_set_enum (f->settings, "units", 1);
  drain ();
  g_assert_cmpstr (shown (f)->unit, ==, "mi");
  g_assert_cmpfloat_with_epsilon (last_bar (shown (f)), after / 1.609344, 1e-9);

  /* Hidden, the page waits to be shown before it reads the journal again. */
  limber_window_set_page (f->window, "today");
  drain ();
  g_assert_true (limber_journal_delete (f->journal, limber_entry_get_uuid (LIMBER_ENTRY (run)),
                                        &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpfloat_with_epsilon (last_bar (shown (f)), after / 1.609344, 1e-9);
  show_page (f);
  g_assert_cmpfloat_with_epsilon (last_bar (shown (f)), before / 1.609344, 1e-9);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

/* The chart shown goes to a PNG or an SVG of the size asked. */
static void
test_export (Fixture *f)
{
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  fill_demo (f);
  show_page (f);
  g_assert_true (gtk_widget_is_sensitive (page_child (f, "export_button")));

  g_assert_true (limber_progress_page_export (progress_page (f), png, LIMBER_CHART_FORMAT_PNG,
                                              800, 450, &error));
  g_assert_no_error (error);
  assert_png_size (png, 800, 450);

  press (f, "chart_water_button");
  g_assert_true (limber_progress_page_export (progress_page (f), svg, LIMBER_CHART_FORMAT_SVG,
                                              640, 320, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, &error));
  g_assert_no_error (error);
  assert_has (contents, "<svg");
  assert_has (contents, "width=\"640");

  /* A folder that does not exist: an error to show, no file. */
  g_clear_pointer (&png, g_free);
  png = g_build_filename (f->dir, "missing", "chart.png", NULL);
  g_assert_false (limber_progress_page_export (progress_page (f), png, LIMBER_CHART_FORMAT_PNG,
                                               800, 450, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* An empty journal: each chart says how it fills, and there is nothing to export. */
static void
test_empty (Fixture *f)
{
  static const char * const buttons[] = {
    "chart_distance_button", "chart_fascia_button", "chart_soreness_button",
    "chart_water_button", "chart_mobility_button", "chart_load_button",
  };

  limber_journal_set_today (f->journal, TODAY);
  show_page (f);

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      const LimberChartData *data;

      press (f, buttons[i]);
      data = shown (f);
      g_assert_true (limber_chart_data_is_empty (data));
      g_assert_nonnull (data->empty_message);
      g_assert_cmpuint (strlen (data->empty_message), >, 20);
      assert_has (label_text (f, "summary_label"), "nothing logged");
      g_assert_false (gtk_widget_is_sensitive (page_child (f, "export_button")));
      /* No zone or test to choose from. */
      g_assert_false (gtk_widget_get_visible (page_child (f, "detail_group")));
    }
  press (f, "chart_distance_button");
  assert_has (shown (f)->empty_message, "No runs in this period yet");
}

static const WindowTest progress_tests[] = {
  { "/limber/progress-page/switch", test_switch },
  { "/limber/progress-page/soreness-and-mobility", test_soreness_and_mobility },
  { "/limber/progress-page/remembered", test_remembered },
  { "/limber/progress-page/follows-journal", test_follows_journal },
  { "/limber/progress-page/export", test_export },
  { "/limber/progress-page/empty", test_empty },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (progress_tests); i++)
    g_test_add (progress_tests[i].path, Fixture, &progress_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
