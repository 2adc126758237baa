/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "limber-chart-data.h"
#include "limber-chart-draw.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_CHART (limber_chart_get_type ())

G_DECLARE_FINAL_TYPE (LimberChart, limber_chart, LIMBER, CHART, GtkWidget)

GtkWidget             *limber_chart_new                (void);

void                   limber_chart_set_data           (LimberChart        *self,
                                                        LimberChartData    *data);
const LimberChartData *limber_chart_get_data           (LimberChart        *self);
const char            *limber_chart_get_summary        (LimberChart        *self);

gboolean               limber_chart_get_selected       (LimberChart        *self,
                                                        LimberDay          *day,
                                                        int                *row);
gboolean               limber_chart_select             (LimberChart        *self,
                                                        LimberDay           day,
                                                        int                 row);
void                   limber_chart_unselect           (LimberChart        *self);
char                  *limber_chart_describe_selected  (LimberChart        *self);

gboolean               limber_chart_export             (LimberChart        *self,
                                                        const char         *path,
                                                        LimberChartFormat   format,
                                                        int                 width,
                                                        int                 height,
                                                        GError            **error);

G_END_DECLS
