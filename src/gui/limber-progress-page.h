/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-chart.h"
#include "limber-journal.h"
#include "limber-progress-convert.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PROGRESS_PAGE (limber_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberProgressPage, limber_progress_page, LIMBER, PROGRESS_PAGE, AdwBin)

LimberProgressPage  *limber_progress_page_new          (LimberJournal        *journal);

LimberProgressChart  limber_progress_page_get_chart    (LimberProgressPage   *self);
void                 limber_progress_page_set_chart    (LimberProgressPage   *self,
                                                        LimberProgressChart   chart);
LimberSeriesRange    limber_progress_page_get_range    (LimberProgressPage   *self);
void                 limber_progress_page_set_range    (LimberProgressPage   *self,
                                                        LimberSeriesRange     range);
gboolean             limber_progress_page_show_zone    (LimberProgressPage   *self,
                                                        LimberZone            zone,
                                                        LimberSide            side);
void                 limber_progress_page_show_map     (LimberProgressPage   *self);
gboolean             limber_progress_page_show_test    (LimberProgressPage   *self,
                                                        const char           *test_id);

LimberChart         *limber_progress_page_get_chart_widget (LimberProgressPage *self);
void                 limber_progress_page_refresh      (LimberProgressPage   *self);

gboolean             limber_progress_page_export       (LimberProgressPage   *self,
                                                        const char           *path,
                                                        LimberChartFormat     format,
                                                        int                   width,
                                                        int                   height,
                                                        GError              **error);
void                 limber_progress_page_choose_export (LimberProgressPage  *self);

G_END_DECLS
