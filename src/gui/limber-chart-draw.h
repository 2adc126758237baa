/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "limber-chart-data.h"

G_BEGIN_DECLS

/* The chart's drawing without GTK: it draws LimberChartData on any cairo_t (a widget's
 * snapshot, an image or SVG surface), keeps what it computed for a size until the data or the
 * size changes, and answers where things are. LimberChart wraps it in a widget; the tests and
 * the benchmark use it directly. */

typedef enum
{
  LIMBER_CHART_FORMAT_PNG,
  LIMBER_CHART_FORMAT_SVG,
} LimberChartFormat;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} LimberChartRgba;

typedef struct
{
  LimberChartRgba foreground;   /* text, axes, grid (drawn lighter) */
  LimberChartRgba background;   /* behind an export and round dots; transparent: cut through */
  LimberChartRgba band;         /* shaded bands */
  LimberChartRgba colors[LIMBER_CHART_N_COLORS];
  LimberChartRgba levels[LIMBER_CHART_LEVEL_MAX + 1];
  gboolean        dark;
} LimberChartPalette;

typedef struct _LimberChartRenderer LimberChartRenderer;

void                 limber_chart_palette_init       (LimberChartPalette         *palette,
                                                      gboolean                    dark);
void                 limber_chart_palette_set_accent (LimberChartPalette         *palette,
                                                      const LimberChartRgba      *accent);
void                 limber_chart_palette_set_foreground (LimberChartPalette     *palette,
                                                          const LimberChartRgba  *foreground);
void                 limber_chart_palette_set_background (LimberChartPalette     *palette,
                                                          const LimberChartRgba  *background);

LimberChartRenderer *limber_chart_renderer_new       (void);
void                 limber_chart_renderer_free      (LimberChartRenderer        *renderer);

void                 limber_chart_renderer_set_data  (LimberChartRenderer        *renderer,
                                                      const LimberChartData      *data);
const LimberChartData *limber_chart_renderer_get_data (LimberChartRenderer       *renderer);
void                 limber_chart_renderer_set_font  (LimberChartRenderer        *renderer,
                                                      const PangoFontDescription *font);

void                 limber_chart_renderer_layout    (LimberChartRenderer        *renderer,
                                                      PangoContext               *context,
                                                      double                      width,
                                                      double                      height,
                                                      double                      scale);
void                 limber_chart_renderer_draw      (LimberChartRenderer        *renderer,
                                                      cairo_t                    *cr,
                                                      const LimberChartPalette   *palette);

void                 limber_chart_renderer_set_selection (LimberChartRenderer    *renderer,
                                                          int                     slot,
                                                          int                     row);
void                 limber_chart_renderer_set_hover (LimberChartRenderer        *renderer,
                                                      int                         slot,
                                                      int                         row);
gboolean             limber_chart_renderer_step      (LimberChartRenderer        *renderer,
                                                      int                         slot,
                                                      int                         delta,
                                                      guint                      *next);

gboolean             limber_chart_renderer_hit       (LimberChartRenderer        *renderer,
                                                      double                      x,
                                                      double                      y,
                                                      guint                      *slot,
                                                      int                        *row);
gboolean             limber_chart_renderer_slot_x    (LimberChartRenderer        *renderer,
                                                      guint                       slot,
                                                      double                     *x);
gboolean             limber_chart_renderer_value_y   (LimberChartRenderer        *renderer,
                                                      double                      value,
                                                      double                     *y);
gboolean             limber_chart_renderer_cell_centre (LimberChartRenderer      *renderer,
                                                        guint                     slot,
                                                        guint                     row,
                                                        double                   *x,
                                                        double                   *y);

gboolean             limber_chart_draw_to_file       (const LimberChartData      *data,
                                                      const LimberChartPalette   *palette,
                                                      const PangoFontDescription *font,
                                                      const char                 *path,
                                                      LimberChartFormat           format,
                                                      int                         width,
                                                      int                         height,
                                                      GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberChartRenderer, limber_chart_renderer_free)

G_END_DECLS
