/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-chart-data.h"
#include "limber-series.h"

G_BEGIN_DECLS

/* The Progress page's charts, and how a LimberSeries from the core becomes the LimberChartData
 * the chart widget draws. No GTK here, so that the conversion is tested without a display. */

typedef enum
{
  LIMBER_PROGRESS_DISTANCE,
  LIMBER_PROGRESS_FASCIA,
  LIMBER_PROGRESS_SORENESS,
  LIMBER_PROGRESS_WATER,
  LIMBER_PROGRESS_MOBILITY,
  LIMBER_PROGRESS_LOAD,
  LIMBER_PROGRESS_N_CHARTS
} LimberProgressChart;

/* What one chart shows beyond its kind and range. */
typedef struct
{
  gboolean    trend;      /* soreness: one zone and side's trend instead of the map */
  LimberZone  zone;
  LimberSide  side;
  const char *test_id;    /* mobility: the self-test, NULL for the first with results */
} LimberProgressDetail;

const char      *limber_progress_chart_to_id     (LimberProgressChart          chart);
gboolean         limber_progress_chart_from_id   (const char                  *id,
                                                  LimberProgressChart         *chart);
const char      *limber_progress_chart_get_label (LimberProgressChart          chart);

LimberSeries    *limber_progress_compute         (LimberJournal               *journal,
                                                  LimberProgressChart          chart,
                                                  LimberSeriesRange            range,
                                                  LimberDay                    today,
                                                  const LimberAdvisorOptions  *options,
                                                  const LimberProgressDetail  *detail,
                                                  GError                     **error);

LimberChartData *limber_progress_chart_data_new  (LimberSeries                *series);

G_END_DECLS
