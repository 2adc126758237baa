/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-progress-page-private.h"
#include "limber-settings.h"

/* The Progress page: a chart chooser, the range, the zone or self-test where a chart has
 * them, and the chart with its summary. It computes only the chart shown, keeps what it
 * computed until the journal, the preferences or the day change, and computes nothing while
 * it is hidden. The zone and self-test choosers are in limber-progress-page-details.c, the
 * export in limber-progress-page-export.c. */

/* The height a chart of bars or lines needs to read well. */
#define MIN_CHART_HEIGHT 240

G_DEFINE_FINAL_TYPE (LimberProgressPage, limber_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_CHART,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The settings that change what a chart shows: units and targets. */
static const char * const option_keys[] = {
  "units", "weekly-fascia-target", "daily-water-target",
};

static void
clear_cache (LimberProgressPage *self)
{
  g_hash_table_remove_all (self->cache);
  for (guint i = 0; i < LIMBER_N_SERIES_RANGES; i++)
    g_clear_pointer (&self->tests[i], g_strfreev);
}

/* The series of @chart for the range, from the cache or the journal. */
LimberSeries *
limber_progress_page_get_series (LimberProgressPage          *self,
                                 LimberProgressChart          chart,
                                 const LimberProgressDetail  *detail,
                                 const LimberAdvisorOptions  *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  LimberSeries *series;

  key = g_strdup_printf ("%s/%s/%d/%d/%s", limber_progress_chart_to_id (chart),
                         limber_series_range_to_id (self->range),
                         detail->trend ? (int) detail->zone : -1,
                         detail->trend ? (int) detail->side : -1,
                         detail->test_id != NULL ? detail->test_id : "");
  series = g_hash_table_lookup (self->cache, key);
  if (series != NULL)
    return series;

  series = limber_progress_compute (self->journal, chart, self->range, self->today, options,
                                    detail, &error);
  if (series == NULL)
    {
      g_warning ("Cannot compute the %s chart: %s", limber_progress_chart_to_id (chart),
                 error->message);
      return NULL;
    }

  g_hash_table_insert (self->cache, g_steal_pointer (&key), series);
  return series;
}

static void
show_series (LimberProgressPage *self,
             LimberSeries       *series)
{
  LimberChartData *data = series != NULL ? limber_progress_chart_data_new (series) : NULL;
  const char *caption = series != NULL ? limber_series_get_caption (series) : NULL;
  gboolean heat_map;

  g_set_object (&self->shown, series);
  limber_chart_set_data (self->chart_widget, data);
  /* A heat map is as tall as its rows, and the summary follows right under it; other charts
   * take the height there is. */
  heat_map = data != NULL && data->rows->len > 0;
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_widget), !heat_map);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_widget), -1,
                               heat_map ? -1 : MIN_CHART_HEIGHT);

  gtk_label_set_text (self->title_label, series != NULL ? limber_series_get_title (series) : "");
  gtk_label_set_text (self->caption_label, caption != NULL ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL);
  if (series == NULL)
    gtk_label_set_text (self->summary_label, _("This chart could not be read from the journal."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export",
                                 !limber_chart_data_is_empty (data));
}

/* Marks the page's charts out of date; computes the one shown now if the page is visible. */
void
limber_progress_page_invalidate (LimberProgressPage *self,
                                 gboolean            drop_cache)
{
  if (drop_cache)
    clear_cache (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    limber_progress_page_refresh (self);
  else
    self->stale = TRUE;
}

static void
select_chart_from_id (LimberProgressPage *self,
                      const char         *id)
{
  LimberProgressChart chart;

  if (!limber_progress_chart_from_id (id, &chart))
    {
      g_warning ("No Progress chart is called “%s”", id != NULL ? id : "(null)");
      return;
    }
  limber_progress_page_set_chart (self, chart);
}

static void
select_range_from_id (LimberProgressPage *self,
                      const char         *id)
{
  LimberSeriesRange range;

  if (!limber_series_range_from_id (id, &range))
    {
      g_warning ("No Progress range is called “%s”", id != NULL ? id : "(null)");
      return;
    }
  limber_progress_page_set_range (self, range);
}

static void
on_journal_changed_cb (LimberProgressPage *self)
{
  limber_progress_page_invalidate (self, TRUE);
}

static void
on_settings_changed_cb (LimberProgressPage *self,
                        const char         *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (option_keys); i++)
    {
      if (g_strcmp0 (key, option_keys[i]) == 0)
        {
          limber_progress_page_invalidate (self, TRUE);
          return;
        }
    }
}

static void
on_chart_dropdown_selected_cb (LimberProgressPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->chart_dropdown);

  if (!self->updating && selected < LIMBER_PROGRESS_N_CHARTS)
    limber_progress_page_set_chart (self, selected);
}

static void
limber_progress_page_map (GtkWidget *widget)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (limber_progress_page_parent_class)->map (widget);

  if (self->stale || self->today != limber_journal_get_today (self->journal))
    limber_progress_page_refresh (self);
}

static void
limber_progress_page_constructed (GObject *object)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (object);

  G_OBJECT_CLASS (limber_progress_page_parent_class)->constructed (object);

  g_signal_connect_object (self->journal, "changed", G_CALLBACK (on_journal_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* The chart and range come back as they were left, and are saved as they change. */
  g_settings_bind (self->settings, "progress-chart", self, "chart", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "progress-range", self, "range", G_SETTINGS_BIND_DEFAULT);
}

static void
limber_progress_page_dispose (GObject *object)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (object);

  limber_progress_page_dispose_export (self);
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "chart");
      g_settings_unbind (self, "range");
    }
  /* The bin's child belongs to the template: let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->shown);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_progress_page_parent_class)->dispose (object);
}

static void
limber_progress_page_finalize (GObject *object)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (object);

  clear_cache (self);
  g_hash_table_unref (self->cache);
  g_array_unref (self->row_zones);
  g_ptr_array_unref (self->row_tests);
  g_free (self->test_id);

  G_OBJECT_CLASS (limber_progress_page_parent_class)->finalize (object);
}

static void
limber_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    case PROP_CHART:
      g_value_set_string (value, limber_progress_chart_to_id (self->chart));
      break;
    case PROP_RANGE:
      g_value_set_string (value, limber_series_range_to_id (self->range));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LimberProgressPage *self = LIMBER_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    case PROP_CHART:
      select_chart_from_id (self, g_value_get_string (value));
      break;
    case PROP_RANGE:
      select_range_from_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_progress_page_class_init (LimberProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const button_names[] = {
    "chart_distance_button", "chart_fascia_button", "chart_soreness_button",
    "chart_water_button", "chart_mobility_button", "chart_load_button",
    "range_4_weeks_button", "range_3_months_button", "range_1_year_button", "range_all_button",
    "export_button",
  };

  object_class->constructed = limber_progress_page_constructed;
  object_class->dispose = limber_progress_page_dispose;
  object_class->finalize = limber_progress_page_finalize;
  object_class->get_property = limber_progress_page_get_property;
  object_class->set_property = limber_progress_page_set_property;

  widget_class->map = limber_progress_page_map;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LimberProgressPage:chart:
   *
   * The id of the chart shown: "distance", "fascia", "soreness", "water", "mobility", "load".
   */
  properties[PROP_CHART] =
    g_param_spec_string ("chart", NULL, NULL, "distance",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LimberProgressPage:range:
   *
   * The id of the range shown: "4-weeks", "3-months", "1-year", "all".
   */
  properties[PROP_RANGE] =
    g_param_spec_string ("range", NULL, NULL, "3-months",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIMBER_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, chart_widget);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressPage, caption_label);
  /* Named so tests can press them. */
  for (guint i = 0; i < G_N_ELEMENTS (button_names); i++)
    gtk_widget_class_bind_template_child_full (widget_class, button_names[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_dropdown_selected_cb);

  /* The toggle buttons of the charts and ranges are these actions' states. */
  gtk_widget_class_install_property_action (widget_class, "progress.chart", "chart");
  gtk_widget_class_install_property_action (widget_class, "progress.range", "range");
  limber_progress_page_class_add_details (widget_class);
  limber_progress_page_class_add_export (widget_class);
}

static void
limber_progress_page_init (LimberProgressPage *self)
{
  GtkStringList *charts;

  self->chart = LIMBER_PROGRESS_DISTANCE;
  self->range = LIMBER_SERIES_RANGE_3_MONTHS;
  self->today = LIMBER_DAY_INVALID;
  self->stale = TRUE;
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->row_zones = g_array_new (FALSE, FALSE, sizeof (ZoneSide));
  self->row_tests = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);

  /* The narrow chooser lists the charts in the order of the enum. */
  charts = gtk_string_list_new (NULL);
  for (guint i = 0; i < LIMBER_PROGRESS_N_CHARTS; i++)
    gtk_string_list_append (charts, limber_progress_chart_get_label (i));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->chart_dropdown, G_LIST_MODEL (charts));
  gtk_drop_down_set_selected (self->chart_dropdown, self->chart);
  self->updating = FALSE;
  g_object_unref (charts);

  limber_progress_page_init_details (self);
}

LimberProgressPage *
limber_progress_page_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_PROGRESS_PAGE, "journal", journal, NULL);
}

LimberProgressChart
limber_progress_page_get_chart (LimberProgressPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), LIMBER_PROGRESS_DISTANCE);

  return self->chart;
}

/* Shows @chart (saved in the settings for next time). */
void
limber_progress_page_set_chart (LimberProgressPage  *self,
                                LimberProgressChart  chart)
{
  g_return_if_fail (LIMBER_IS_PROGRESS_PAGE (self));
  g_return_if_fail (chart < LIMBER_PROGRESS_N_CHARTS);

  if (self->chart == chart)
    return;

  self->chart = chart;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->chart_dropdown, chart);
  self->updating = FALSE;
  limber_progress_page_invalidate (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

LimberSeriesRange
limber_progress_page_get_range (LimberProgressPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), LIMBER_SERIES_RANGE_3_MONTHS);

  return self->range;
}

/* Shows the charts over @range (saved in the settings for next time). */
void
limber_progress_page_set_range (LimberProgressPage *self,
                                LimberSeriesRange   range)
{
  g_return_if_fail (LIMBER_IS_PROGRESS_PAGE (self));
  g_return_if_fail (range < LIMBER_N_SERIES_RANGES);

  if (self->range == range)
    return;

  self->range = range;
  limber_progress_page_invalidate (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

/* Returns: (transfer none): the chart widget */
LimberChart *
limber_progress_page_get_chart_widget (LimberProgressPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), NULL);

  return self->chart_widget;
}

/* Shows the chosen chart now, computing it if it is not cached; the page does so by itself
 * when it is shown and when the journal or the preferences change while it is. */
void
limber_progress_page_refresh (LimberProgressPage *self)
{
  LimberAdvisorOptions options;
  LimberProgressDetail detail = { FALSE, };
  LimberDay today;

  g_return_if_fail (LIMBER_IS_PROGRESS_PAGE (self));

  today = limber_journal_get_today (self->journal);
  if (today != self->today)
    {
      clear_cache (self);
      self->today = today;
    }
  self->stale = FALSE;
  limber_settings_get_advisor_options (self->settings, &options);

  limber_progress_page_fill_details (self, &options, &detail);
  show_series (self, limber_progress_page_get_series (self, self->chart, &detail, &options));
}
