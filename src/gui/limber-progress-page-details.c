/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-mobility.h"
#include "limber-progress-page-private.h"

/* What some charts need beyond their range: the soreness chart's zone (the heat map of all, or
 * one zone's trend, also opened from a row of the map) and the mobility chart's self-test. */

static GStrv
get_tests (LimberProgressPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->tests[self->range] == NULL)
    {
      self->tests[self->range] = limber_series_list_mobility_tests (self->journal, self->range,
                                                                    self->today, &error);
      if (self->tests[self->range] == NULL)
        {
          g_warning ("Cannot list the mobility tests: %s", error->message);
          self->tests[self->range] = g_new0 (char *, 1);
        }
    }

  return self->tests[self->range];
}

/* Gives @row the items of @labels, unless it has them already: replacing a combo row's model
 * while it tells of a new selection confuses it. */
static void
set_items (AdwComboRow  *row,
           GPtrArray    *labels,
           guint         selected)
{
  GListModel *model = adw_combo_row_get_model (row);
  gboolean same = model != NULL && g_list_model_get_n_items (model) == labels->len;

  for (guint i = 0; same && i < labels->len; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      same = g_strcmp0 (gtk_string_object_get_string (item), labels->pdata[i]) == 0;
    }

  if (!same)
    {
      g_autoptr(GtkStringList) items = NULL;

      g_ptr_array_add (labels, NULL);
      items = gtk_string_list_new ((const char * const *) labels->pdata);
      g_ptr_array_remove_index (labels, labels->len - 1);
      adw_combo_row_set_model (row, G_LIST_MODEL (items));
    }
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

/* The zone row: "All zones" (the map), then each zone and side logged in the range, and the
 * one chosen even when it was not. */
static void
fill_zone_row (LimberProgressPage         *self,
               const LimberAdvisorOptions *options)
{
  LimberProgressDetail map = { FALSE, };
  LimberSeries *series = limber_progress_page_get_series (self, LIMBER_PROGRESS_SORENESS, &map,
                                                          options);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_array_set_size (self->row_zones, 0);
  g_ptr_array_add (labels, g_strdup (_("All zones")));

  for (guint i = 0; series != NULL && i < limber_series_get_n_rows (series); i++)
    {
      const LimberSeriesRow *row = limber_series_get_row (series, i);
      ZoneSide zs = { row->zone, row->side };

      g_ptr_array_add (labels, g_strdup (row->label));
      g_array_append_val (self->row_zones, zs);
      if (self->trend && zs.zone == self->zone && zs.side == self->side)
        selected = self->row_zones->len;
    }

  if (self->trend && selected == 0)
    {
      ZoneSide zs = { self->zone, self->side };

      g_ptr_array_add (labels, limber_zone_side_describe (self->zone, self->side));
      g_array_append_val (self->row_zones, zs);
      selected = self->row_zones->len;
    }

  set_items (self->zone_row, labels, selected);
}

/* The test row: the self-tests with results in the range. Returns the test to show. */
static const char *
fill_test_row (LimberProgressPage *self)
{
  GStrv tests = get_tests (self);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_ptr_array_set_size (self->row_tests, 0);
  for (guint i = 0; tests[i] != NULL; i++)
    {
      const LimberMobilityTest *test = limber_mobility_lookup (tests[i]);

      g_ptr_array_add (labels, g_strdup (test != NULL ? limber_mobility_get_name (test)
                                                      : tests[i]));
      g_ptr_array_add (self->row_tests, g_strdup (tests[i]));
      if (g_strcmp0 (tests[i], self->test_id) == 0)
        selected = i;
    }

  set_items (self->test_row, labels, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->test_row), self->row_tests->len > 0);

  return self->row_tests->len > 0 ? g_ptr_array_index (self->row_tests, selected) : NULL;
}

/* A heat-map row picked (double click, Enter): show that zone's trend. */
static void
open_selected_row (LimberProgressPage *self)
{
  const LimberSeriesRow *row;
  int index;

  if (self->shown == NULL || limber_series_get_kind (self->shown) != LIMBER_SERIES_SORENESS_MAP ||
      !limber_chart_get_selected (self->chart_widget, NULL, &index) || index < 0 ||
      (guint) index >= limber_series_get_n_rows (self->shown))
    return;

  row = limber_series_get_row (self->shown, index);
  limber_progress_page_show_zone (self, row->zone, row->side);
}

static void
on_zone_row_selected_cb (LimberProgressPage *self)
{
  guint selected = adw_combo_row_get_selected (self->zone_row);
  ZoneSide *zs;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected == 0)
    {
      limber_progress_page_show_map (self);
      return;
    }

  g_return_if_fail (selected - 1 < self->row_zones->len);
  zs = &g_array_index (self->row_zones, ZoneSide, selected - 1);
  limber_progress_page_show_zone (self, zs->zone, zs->side);
}

static void
on_test_row_selected_cb (LimberProgressPage *self)
{
  guint selected = adw_combo_row_get_selected (self->test_row);

  if (self->updating || selected >= self->row_tests->len)
    return;

  limber_progress_page_show_test (self, g_ptr_array_index (self->row_tests, selected));
}

static gboolean
on_chart_key_pressed_cb (LimberProgressPage *self,
                         guint               keyval,
                         guint               keycode,
                         GdkModifierType     state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if (self->shown == NULL || limber_series_get_kind (self->shown) != LIMBER_SERIES_SORENESS_MAP)
    return FALSE;

  open_selected_row (self);
  return TRUE;
}

static void
on_chart_pressed_cb (LimberProgressPage *self,
                     int                 n_press)
{
  if (n_press == 2)
    open_selected_row (self);
}

void
limber_progress_page_class_add_details (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, detail_group);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, zone_row);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, test_row);
  gtk_widget_class_bind_template_callback (widget_class, on_zone_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_row_selected_cb);
}

void
limber_progress_page_init_details (LimberProgressPage *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  /* A heat-map row opens its zone's trend: Enter, or a double click. */
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_chart_key_pressed_cb),
                            self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_widget), controller);
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_chart_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_widget), GTK_EVENT_CONTROLLER (click));
}

/* Shows the zone or self-test choosers the chart has, fills them for the range, and says in
 * @detail what they chose. */
void
limber_progress_page_fill_details (LimberProgressPage         *self,
                                   const LimberAdvisorOptions *options,
                                   LimberProgressDetail       *detail)
{
  self->updating = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->zone_row), self->chart == LIMBER_PROGRESS_SORENESS);
  gtk_widget_set_visible (GTK_WIDGET (self->test_row), FALSE);
  if (self->chart == LIMBER_PROGRESS_SORENESS)
    {
      fill_zone_row (self, options);
      /* Nothing logged: no zone to choose. */
      gtk_widget_set_visible (GTK_WIDGET (self->zone_row), self->row_zones->len > 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->zone_row),
                                   self->trend ? "" : _("Or double-click a row of the map"));
      detail->trend = self->trend;
      detail->zone = self->zone;
      detail->side = self->side;
    }
  else if (self->chart == LIMBER_PROGRESS_MOBILITY)
    detail->test_id = fill_test_row (self);
  gtk_widget_set_visible (self->detail_group,
                          gtk_widget_get_visible (GTK_WIDGET (self->zone_row)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->test_row)));
  self->updating = FALSE;
}

/**
 * limber_progress_page_show_zone:
 *
 * Shows the soreness chart as the trend of one zone and side.
 *
 * Returns: whether @zone and @side are a valid pair
 */
gboolean
limber_progress_page_show_zone (LimberProgressPage *self,
                                LimberZone          zone,
                                LimberSide          side)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (zone < LIMBER_N_ZONES && side < LIMBER_N_SIDES, FALSE);

  self->trend = TRUE;
  self->zone = zone;
  self->side = side;
  if (self->chart != LIMBER_PROGRESS_SORENESS)
    limber_progress_page_set_chart (self, LIMBER_PROGRESS_SORENESS);
  else
    limber_progress_page_invalidate (self, FALSE);

  return TRUE;
}

/* Shows the soreness chart as the heat map of every zone. */
void
limber_progress_page_show_map (LimberProgressPage *self)
{
  g_return_if_fail (LIMBER_IS_PROGRESS_PAGE (self));

  self->trend = FALSE;
  if (self->chart != LIMBER_PROGRESS_SORENESS)
    limber_progress_page_set_chart (self, LIMBER_PROGRESS_SORENESS);
  else
    limber_progress_page_invalidate (self, FALSE);
}

/**
 * limber_progress_page_show_test:
 * @test_id: a mobility self-test's id, "knee_to_wall"
 *
 * Shows the mobility chart of one self-test.
 *
 * Returns: whether the test exists
 */
gboolean
limber_progress_page_show_test (LimberProgressPage *self,
                                const char         *test_id)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (test_id != NULL, FALSE);

  if (limber_mobility_lookup (test_id) == NULL)
    return FALSE;

  g_free (self->test_id);
  self->test_id = g_strdup (test_id);
  if (self->chart != LIMBER_PROGRESS_MOBILITY)
    limber_progress_page_set_chart (self, LIMBER_PROGRESS_MOBILITY);
  else
    limber_progress_page_invalidate (self, FALSE);

  return TRUE;
}

