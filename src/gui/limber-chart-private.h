/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-chart-draw.h"

G_BEGIN_DECLS

/* How thick a line series is drawn. */
#define LIMBER_CHART_LINE_WIDTH 2.0

/* The y axis's ticks: count values from first, step apart. */
typedef struct
{
  double first;
  double step;
  guint  count;
  guint  digits;   /* decimals its labels need */
} LimberChartTicks;

/* A piece of text laid out once for a size; (x, y) is its top left corner. */
typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  int          width;
  int          height;
} LimberChartLabel;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} LimberChartRect;

/* A bar as drawn: a rectangle from the baseline, and the series it belongs to. */
typedef struct
{
  LimberChartRect rect;
  guint           series;
  guint           slot;
} LimberChartBar;

typedef struct
{
  double x;        /* for a band: the column's left edge */
  double y;        /* NAN breaks the line; for a band: the top of the column */
  double low_y;    /* for a band: its bottom */
  double width;    /* for a band: its width */
} LimberChartVertex;

/* A line series as drawn: a stroke through its points; or, when there are more points than
 * pixel columns, a band of columns, each from its lowest to its highest value. */
typedef struct
{
  GArray   *vertices;   /* LimberChartVertex */
  gboolean  band;
} LimberChartLine;

typedef struct
{
  double           x;
  double           y;
  double           radius;
  LimberChartColor color;
} LimberChartDot;

/* What the legend shows beside a name. */
typedef enum
{
  LIMBER_CHART_KEY_BAR,
  LIMBER_CHART_KEY_LINE,
  LIMBER_CHART_KEY_MARKER,
  LIMBER_CHART_KEY_BAND,
  LIMBER_CHART_KEY_TARGET,
} LimberChartKey;

typedef struct
{
  LimberChartLabel label;
  LimberChartKey   key;
  LimberChartColor color;
  double           x;       /* the key's left edge and its middle */
  double           y;
} LimberChartLegendItem;

struct _LimberChartRenderer
{
  /* From the data (set_data). */
  const LimberChartData *data;
  gboolean               empty;
  LimberChartMode        mode;
  GArray                *occupied;      /* guint: the slots with a value, in order */
  double                 low;           /* the values the y axis must show */
  double                 high;
  guint                  n_bar_series;

  /* For one size (layout); valid until the data, font, size or context change. */
  gboolean               valid;
  PangoContext          *context;
  PangoContext          *own_context;   /* when the caller gives none */
  guint                  context_serial;
  PangoFontDescription  *font;          /* the caller's, or NULL for the context's */
  PangoFontDescription  *small_font;    /* labels */
  double                 width;
  double                 height;
  double                 scale;         /* device pixels a unit */

  LimberChartRect        plot;
  double                 slot_width;
  gboolean               dense;         /* slots under 3 device pixels: binned by pixel column */
  LimberChartTicks       ticks;
  double                 axis_min;
  double                 axis_max;
  double                 row_height;

  GArray                *y_labels;      /* LimberChartLabel */
  GArray                *x_labels;
  GArray                *row_labels;
  LimberChartLabel       message;
  LimberChartLabel       unit;          /* above the y axis */
  LimberChartLabel       readout;       /* the selected point's words, made when first drawn */
  GArray                *legend_items;  /* LimberChartLegendItem, above the plot on the right */
  LimberChartLabel       legend_low;
  LimberChartLabel       legend_high;
  LimberChartRect        legend;        /* the swatches */

  GArray                *bands;         /* LimberChartRect */
  GArray                *bars;          /* LimberChartBar, by series */
  GPtrArray             *lines;         /* LimberChartLine a series (empty for bars) */
  GArray                *markers;       /* LimberChartDot, thinned to not cover each other */
  GArray                *heat[LIMBER_CHART_LEVEL_MAX + 1];   /* LimberChartRect a level */
  guint8                *heat_columns;  /* dense: a level (or none) a pixel column, row by row */
  guint                  n_heat_columns;
  cairo_surface_t       *heat_image;    /* heat_columns in colour, a pixel each */
  LimberChartRgba        heat_colors[LIMBER_CHART_LEVEL_MAX + 1];   /* heat_image's colours */

  GPtrArray             *discs;         /* cairo_surface_t masks for dots, by radius */
  gboolean               vector;        /* drawing for SVG: true circles */

  /* What the pointer and the keyboard are on: a slot (and row of a heat map), or -1. */
  int                    selected_slot;
  int                    selected_row;
  int                    hover_slot;
  int                    hover_row;
};

void     limber_chart_ticks_choose      (double                  min,
                                         double                  max,
                                         guint                   max_ticks,
                                         LimberChartTicks       *ticks);
double   limber_chart_ticks_value       (const LimberChartTicks *ticks,
                                         guint                   index);

void     limber_chart_label_set         (LimberChartRenderer    *renderer,
                                         LimberChartLabel       *label,
                                         const char             *text,
                                         gboolean                small);
void     limber_chart_label_clear       (LimberChartLabel       *label);
void     limber_chart_labels_clear      (GArray                 *labels);

void     limber_chart_axis_layout_y     (LimberChartRenderer    *renderer,
                                         double                  top,
                                         double                  bottom);
double   limber_chart_axis_y_width      (LimberChartRenderer    *renderer);
void     limber_chart_axis_layout_x     (LimberChartRenderer    *renderer,
                                         double                  top);

double   limber_chart_value_to_y        (LimberChartRenderer    *renderer,
                                         double                  value);
double   limber_chart_slot_left         (LimberChartRenderer    *renderer,
                                         double                  slot);
double   limber_chart_slot_centre       (LimberChartRenderer    *renderer,
                                         double                  slot);
void     limber_chart_series_layout     (LimberChartRenderer    *renderer);

double   limber_chart_legend_layout     (LimberChartRenderer    *renderer);
void     limber_chart_legend_draw       (LimberChartRenderer    *renderer,
                                         cairo_t                *cr,
                                         const LimberChartPalette *palette);
void     limber_chart_legend_clear      (LimberChartRenderer    *renderer);
void     limber_chart_readout_draw      (LimberChartRenderer    *renderer,
                                         cairo_t                *cr);

void     limber_chart_dot               (LimberChartRenderer    *renderer,
                                         cairo_t                *cr,
                                         double                  x,
                                         double                  y,
                                         double                  radius,
                                         const LimberChartRgba  *color,
                                         const LimberChartRgba  *background);
void     limber_chart_dots_clear        (LimberChartRenderer    *renderer);

void     limber_chart_heat_layout       (LimberChartRenderer    *renderer);
void     limber_chart_heat_clear        (LimberChartRenderer    *renderer);
void     limber_chart_heat_draw         (LimberChartRenderer    *renderer,
                                         cairo_t                *cr,
                                         const LimberChartPalette *palette);

G_END_DECLS
