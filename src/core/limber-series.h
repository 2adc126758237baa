/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-advisor.h"
#include "limber-body.h"
#include "limber-journal.h"

G_BEGIN_DECLS

/* The data of the Progress charts, computed from the journal's weekly and daily aggregates:
 * what a chart draws, in the user's units, with its summary in words. No GTK here. */

/* How far back a chart looks from "today". Every range starts on a Monday. */
typedef enum
{
  LIMBER_SERIES_RANGE_4_WEEKS,   /* this week and the 3 before it */
  LIMBER_SERIES_RANGE_3_MONTHS,  /* 13 weeks */
  LIMBER_SERIES_RANGE_1_YEAR,    /* 52 weeks */
  LIMBER_SERIES_RANGE_ALL,       /* from the week of the first entry; at least 4 weeks */
  LIMBER_N_SERIES_RANGES
} LimberSeriesRange;

typedef enum
{
  LIMBER_SERIES_WEEKLY_DISTANCE,
  LIMBER_SERIES_FASCIA,
  LIMBER_SERIES_SORENESS_MAP,
  LIMBER_SERIES_SORENESS_TREND,
  LIMBER_SERIES_WATER,
  LIMBER_SERIES_MOBILITY,
  LIMBER_SERIES_LOAD,
  LIMBER_N_SERIES_KINDS
} LimberSeriesKind;

/* One slot along the x axis: a day, or a week from Monday. Weekly charts always use weeks;
 * the others use days up to 13 weeks and weeks beyond. */
typedef enum
{
  LIMBER_SERIES_DAYS,
  LIMBER_SERIES_WEEKS,
} LimberSeriesScale;

typedef enum
{
  LIMBER_SERIES_BARS,
  LIMBER_SERIES_LINE,
} LimberSeriesStyle;

/* What is special about a point (or a heat-map cell). */
typedef enum /*< flags >*/
{
  LIMBER_SERIES_FLAG_PARTIAL      = 1 << 0,  /* today's day or week: not over yet */
  LIMBER_SERIES_FLAG_LONG_RUN     = 1 << 1,  /* the week holds a long run, as the advisor says */
  LIMBER_SERIES_FLAG_MISSED_WEEK  = 1 << 2,  /* a complete week below the fascia target */
  LIMBER_SERIES_FLAG_PHYSIO       = 1 << 3,  /* the advisor raised a physio flag dated here */
  LIMBER_SERIES_FLAG_HOT_DAY      = 1 << 4,  /* a hot run raised the water target */
  LIMBER_SERIES_FLAG_BELOW_TARGET = 1 << 5,  /* logged, and below the target */
  LIMBER_SERIES_FLAG_NOT_LOGGED   = 1 << 6,  /* nothing logged: the value 0 means "no entry" */
} LimberSeriesFlags;

/* A heat-map cell with nothing logged (unlike level 0). */
#define LIMBER_SERIES_NO_LEVEL 255

typedef struct
{
  LimberDay day;        /* the slot's day, or the Monday of its week */
  double    value;      /* in the line's unit; NAN for no value (a gap in a line) */
  double    target;     /* this point's target, NAN for none (water: raised on hot days) */
  guint     flags;      /* LimberSeriesFlags */
} LimberSeriesPoint;

typedef struct
{
  char              *label;   /* "Distance", "4-week average": for legends and tooltips */
  LimberSeriesStyle  style;
  guint              axis;    /* 0: the first unit; 1: the second (minutes, monotony) */
  GArray            *points;  /* LimberSeriesPoint, one for every slot, oldest first */
} LimberSeriesLine;

/* Days to highlight, e.g. a missed maintenance week. */
typedef struct
{
  LimberDay  first;           /* inclusive */
  LimberDay  last;            /* inclusive */
  guint      flags;           /* LimberSeriesFlags: why */
  char      *label;
} LimberSeriesBand;

/* A heat-map row: one zone and side, the highest level of each slot. */
typedef struct
{
  LimberZone  zone;
  LimberSide  side;
  char       *label;          /* "Calf (left)" */
  guint8     *levels;         /* n_slots: 0–10, or LIMBER_SERIES_NO_LEVEL */
  guint8     *flags;          /* n_slots: LimberSeriesFlags (PHYSIO) */
} LimberSeriesRow;

#define LIMBER_TYPE_SERIES (limber_series_get_type ())

G_DECLARE_FINAL_TYPE (LimberSeries, limber_series, LIMBER, SERIES, GObject)

/* The charts. @options: (nullable) the advisor's options (units, fascia and water targets,
 * hot-run threshold), %NULL for the defaults; @today: the last day shown, later entries are
 * ignored. Each returns a series (perhaps empty: see limber_series_is_empty()), or %NULL with
 * a journal error. */
LimberSeries            *limber_series_weekly_distance   (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const LimberAdvisorOptions  *options,
                                                          GError                     **error);
LimberSeries            *limber_series_fascia            (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const LimberAdvisorOptions  *options,
                                                          GError                     **error);
LimberSeries            *limber_series_soreness_map      (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const LimberAdvisorOptions  *options,
                                                          GError                     **error);
LimberSeries            *limber_series_soreness_trend    (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          LimberZone                   zone,
                                                          LimberSide                   side,
                                                          GError                     **error);
LimberSeries            *limber_series_water             (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const LimberAdvisorOptions  *options,
                                                          GError                     **error);
GStrv                    limber_series_list_mobility_tests (LimberJournal             *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          GError                     **error);
LimberSeries            *limber_series_mobility          (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const char                  *test_id,
                                                          GError                     **error);
LimberSeries            *limber_series_load              (LimberJournal               *journal,
                                                          LimberSeriesRange            range,
                                                          LimberDay                    today,
                                                          const LimberAdvisorOptions  *options,
                                                          GError                     **error);

LimberSeriesKind         limber_series_get_kind          (LimberSeries                *self);
const char              *limber_series_get_title         (LimberSeries                *self);
const char              *limber_series_get_summary       (LimberSeries                *self);
const char              *limber_series_get_caption       (LimberSeries                *self);
gboolean                 limber_series_is_empty          (LimberSeries                *self);
const char              *limber_series_get_empty_message (LimberSeries                *self);

LimberSeriesRange        limber_series_get_range         (LimberSeries                *self);
LimberSeriesScale        limber_series_get_scale         (LimberSeries                *self);
LimberDay                limber_series_get_first_day     (LimberSeries                *self);
LimberDay                limber_series_get_last_day      (LimberSeries                *self);
guint                    limber_series_get_n_slots       (LimberSeries                *self);
LimberDay                limber_series_get_slot_day      (LimberSeries                *self,
                                                          guint                        slot);
int                      limber_series_find_slot         (LimberSeries                *self,
                                                          LimberDay                    day);

const char              *limber_series_get_unit          (LimberSeries                *self,
                                                          guint                        axis);
guint                    limber_series_get_digits        (LimberSeries                *self,
                                                          guint                        axis);
gboolean                 limber_series_get_value_range   (LimberSeries                *self,
                                                          guint                        axis,
                                                          double                      *min,
                                                          double                      *max);
double                   limber_series_get_target        (LimberSeries                *self);
const char              *limber_series_get_target_label  (LimberSeries                *self);

guint                    limber_series_get_n_lines       (LimberSeries                *self);
const LimberSeriesLine  *limber_series_get_line          (LimberSeries                *self,
                                                          guint                        index);
guint                    limber_series_get_n_bands       (LimberSeries                *self);
const LimberSeriesBand  *limber_series_get_band          (LimberSeries                *self,
                                                          guint                        index);
guint                    limber_series_get_n_rows        (LimberSeries                *self);
const LimberSeriesRow   *limber_series_get_row           (LimberSeries                *self,
                                                          guint                        index);

char                    *limber_series_format_value      (LimberSeries                *self,
                                                          guint                        axis,
                                                          double                       value);
char                    *limber_series_format_slot       (LimberSeries                *self,
                                                          guint                        slot);
const char              *limber_series_flag_get_label    (LimberSeriesFlags            flag);

const char              *limber_series_range_to_id       (LimberSeriesRange            range);
gboolean                 limber_series_range_from_id     (const char                  *id,
                                                          LimberSeriesRange           *range);
const char              *limber_series_range_get_label   (LimberSeriesRange            range);

gboolean                 limber_series_nice_ticks        (double                       min,
                                                          double                       max,
                                                          guint                        max_ticks,
                                                          double                      *step,
                                                          double                      *first,
                                                          guint                       *n);
guint                    limber_series_tick_digits       (double                       step);

G_END_DECLS
