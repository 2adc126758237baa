/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "limber-date.h"

G_BEGIN_DECLS

/* What a chart shows, as plain data the caller fills: no GTK, no journal. A chart has series
 * (bars and lines over days or weeks) or, instead, heat-map rows; plus a unit, a target line,
 * shaded bands, point markers, the summary in words and the message for too little data. */

typedef enum
{
  LIMBER_CHART_BAR,        /* a series drawn as one bar a slot */
  LIMBER_CHART_LINE,       /* a series drawn as points joined by a line */
  LIMBER_CHART_HEAT_MAP,   /* the whole chart: rows × slots coloured by level 0–10 */
} LimberChartMode;

/* What one step along the x axis is. A weekly chart's slots start on Mondays. */
typedef enum
{
  LIMBER_CHART_DAYS,
  LIMBER_CHART_WEEKS,
} LimberChartScale;

/* Colours a caller may give a series or a marker; the palette resolves them for light and
 * dark style. ACCENT follows the desktop's accent colour. */
typedef enum
{
  LIMBER_CHART_COLOR_ACCENT,
  LIMBER_CHART_COLOR_FOREGROUND,
  LIMBER_CHART_COLOR_BLUE,
  LIMBER_CHART_COLOR_GREEN,
  LIMBER_CHART_COLOR_YELLOW,
  LIMBER_CHART_COLOR_ORANGE,
  LIMBER_CHART_COLOR_RED,
  LIMBER_CHART_COLOR_PURPLE,
  LIMBER_CHART_N_COLORS
} LimberChartColor;

/* A heat-map cell with no entry that day (drawn empty, unlike level 0). */
#define LIMBER_CHART_NO_LEVEL 255
#define LIMBER_CHART_LEVEL_MAX 10

typedef struct
{
  LimberDay         day;       /* the day, or the Monday of the week */
  double            value;     /* NAN for no value (a gap in a line) */
} LimberChartPoint;

typedef struct
{
  char             *label;     /* "Distance", shown in tooltips */
  LimberChartMode   mode;      /* BAR or LINE */
  LimberChartColor  color;
  LimberChartPoint *points;    /* n_points, sorted by day */
  guint             n_points;
} LimberChartSeries;

typedef struct
{
  LimberDay         first;     /* first and last day shaded, inclusive */
  LimberDay         last;
  char             *label;     /* "No fascia session this week" */
} LimberChartBand;

typedef struct
{
  LimberDay         day;
  double            value;     /* where it is drawn on the y axis */
  LimberChartColor  color;
  char             *label;     /* "Long run" */
} LimberChartMarker;

typedef struct
{
  char             *label;     /* "Calf (left)" */
  guint8           *levels;    /* one a slot from data->first: 0–10 or LIMBER_CHART_NO_LEVEL */
} LimberChartRow;

typedef struct
{
  LimberChartScale  scale;
  LimberDay         first;     /* the first and last slot shown (Mondays for weeks) */
  LimberDay         last;
  guint             n_slots;   /* last - first, in slots, plus one */

  char             *title;     /* the accessible label: "Weekly distance" */
  char             *summary;   /* "Weekly distance, last 12 weeks: 18 to 42 km, latest 35 km" */
  char             *empty_message; /* drawn instead of the chart when there is too little */
  guint             min_values;    /* fewer values than this, in all series, draw the message */

  char             *unit;      /* "km", or NULL for plain numbers */
  guint             digits;    /* decimals in tooltips; axis labels use what the ticks need */

  double            range_min; /* the y axis covers at least this range; NAN: from the values */
  double            range_max; /* (bars always start at zero) */

  double            target;    /* NAN for no target line */
  char             *target_label;

  char             *marker_label; /* in the legend, beside a marker: "Long run" */
  char             *band_label;   /* beside a band's shade: "No fascia session" */

  char             *legend_low;  /* heat map legend ends: "None", "Worst" */
  char             *legend_high;

  GPtrArray        *series;    /* of LimberChartSeries */
  GPtrArray        *bands;     /* of LimberChartBand */
  GPtrArray        *markers;   /* of LimberChartMarker */
  GPtrArray        *rows;      /* of LimberChartRow; a heat map when not empty */
} LimberChartData;

LimberChartData   *limber_chart_data_new          (LimberChartScale        scale,
                                                   LimberDay               first,
                                                   LimberDay               last);
void               limber_chart_data_free         (LimberChartData        *data);

void               limber_chart_data_set_title    (LimberChartData        *data,
                                                   const char             *title);
void               limber_chart_data_set_summary  (LimberChartData        *data,
                                                   const char             *summary);
void               limber_chart_data_set_empty_message (LimberChartData   *data,
                                                        const char        *message);
void               limber_chart_data_set_unit     (LimberChartData        *data,
                                                   const char             *unit,
                                                   guint                   digits);
void               limber_chart_data_set_range    (LimberChartData        *data,
                                                   double                  min,
                                                   double                  max);
void               limber_chart_data_set_target   (LimberChartData        *data,
                                                   double                  value,
                                                   const char             *label);
void               limber_chart_data_set_legend_labels (LimberChartData   *data,
                                                        const char        *marker_label,
                                                        const char        *band_label);
void               limber_chart_data_set_level_legend (LimberChartData    *data,
                                                       const char         *low,
                                                       const char         *high);

LimberChartSeries *limber_chart_data_add_series   (LimberChartData        *data,
                                                   LimberChartMode         mode,
                                                   LimberChartColor        color,
                                                   const char             *label,
                                                   guint                   n_points);
void               limber_chart_data_add_band     (LimberChartData        *data,
                                                   LimberDay               first,
                                                   LimberDay               last,
                                                   const char             *label);
void               limber_chart_data_add_marker   (LimberChartData        *data,
                                                   LimberDay               day,
                                                   double                  value,
                                                   LimberChartColor        color,
                                                   const char             *label);
guint8            *limber_chart_data_add_row      (LimberChartData        *data,
                                                   const char             *label);

LimberChartMode    limber_chart_data_get_mode     (const LimberChartData  *data);
int                limber_chart_data_slot         (const LimberChartData  *data,
                                                   LimberDay               day);
LimberDay          limber_chart_data_slot_day     (const LimberChartData  *data,
                                                   guint                   slot);
guint              limber_chart_data_count_values (const LimberChartData  *data);
gboolean           limber_chart_data_is_empty     (const LimberChartData  *data);

char              *limber_chart_data_format_value (const LimberChartData  *data,
                                                   double                  value,
                                                   int                     digits);
char              *limber_chart_data_format_slot  (const LimberChartData  *data,
                                                   guint                   slot);
char              *limber_chart_data_describe_slot (const LimberChartData *data,
                                                    guint                  slot,
                                                    int                    row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberChartData, limber_chart_data_free)

G_END_DECLS
