/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-progress-page.h"

G_BEGIN_DECLS

struct _LimberProgressPage
{
  AdwBin                parent_instance;

  LimberJournal        *journal;
  GSettings            *settings;

  /* What is chosen. */
  LimberProgressChart   chart;
  LimberSeriesRange     range;
  gboolean              trend;        /* soreness: one zone's trend instead of the map */
  LimberZone            zone;
  LimberSide            side;
  char                 *test_id;      /* mobility: NULL for the first test with results */

  /* What was computed for it, until the journal, the preferences or the day change. */
  GHashTable           *cache;        /* a chart's key → LimberSeries */
  GStrv                 tests[LIMBER_N_SERIES_RANGES];   /* mobility tests of each range */
  LimberDay             today;
  LimberSeries         *shown;
  gboolean              stale;        /* to compute again when the page is next shown */
  gboolean              updating;     /* filling the choosers: not the user choosing */

  GArray               *row_zones;    /* ZoneSide of each zone_row item after the first */
  GPtrArray            *row_tests;    /* the test id of each test_row item */
  GtkFileChooserNative *chooser;

  GtkDropDown          *chart_dropdown;
  GtkWidget            *detail_group;
  AdwComboRow          *zone_row;
  AdwComboRow          *test_row;
  GtkLabel             *title_label;
  LimberChart          *chart_widget;
  GtkLabel             *summary_label;
  GtkLabel             *caption_label;
};

typedef struct
{
  LimberZone zone;
  LimberSide side;
} ZoneSide;

LimberSeries *limber_progress_page_get_series     (LimberProgressPage          *self,
                                                 LimberProgressChart          chart,
                                                 const LimberProgressDetail  *detail,
                                                 const LimberAdvisorOptions  *options);
void          limber_progress_page_invalidate     (LimberProgressPage          *self,
                                                 gboolean                     drop_cache);

void          limber_progress_page_class_add_details (GtkWidgetClass         *widget_class);
void          limber_progress_page_init_details   (LimberProgressPage          *self);
void          limber_progress_page_fill_details   (LimberProgressPage          *self,
                                                 const LimberAdvisorOptions  *options,
                                                 LimberProgressDetail        *detail);

void          limber_progress_page_class_add_export (GtkWidgetClass          *widget_class);
void          limber_progress_page_dispose_export (LimberProgressPage          *self);

G_END_DECLS
