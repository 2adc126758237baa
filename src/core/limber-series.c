/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <math.h>
#include <string.h>

#include "limber-series-private.h"

/* What one chart shows: slots along x (days or weeks from a Monday to today), lines of points,
 * heat-map rows, bands, a target, units, and the same facts in words. The charts themselves
 * are computed in limber-series-training.c, -care.c, -mobility.c and -soreness.c; the slots
 * and the wording are in limber-series-frame.c, the axis ticks in limber-series-ticks.c. */

#define N_AXES 2

typedef struct
{
  char     *unit;
  guint     digits;
  gboolean  fixed;
  double    min;
  double    max;
} Axis;

struct _LimberSeries
{
  GObject            parent_instance;

  LimberSeriesKind   kind;
  LimberSeriesFrame  frame;
  char              *title;
  char              *summary;
  char              *caption;
  char              *empty_message;
  gboolean           empty;
  Axis               axes[N_AXES];
  double             target;
  char              *target_label;
  GPtrArray         *lines;
  GPtrArray         *bands;
  GPtrArray         *rows;
};

G_DEFINE_FINAL_TYPE (LimberSeries, limber_series, G_TYPE_OBJECT)

static void
line_free (gpointer data)
{
  LimberSeriesLine *line = data;

  g_free (line->label);
  g_array_unref (line->points);
  g_free (line);
}

static void
band_free (gpointer data)
{
  LimberSeriesBand *band = data;

  g_free (band->label);
  g_free (band);
}

static void
row_free (gpointer data)
{
  LimberSeriesRow *row = data;

  g_free (row->label);
  g_free (row->levels);
  g_free (row->flags);
  g_free (row);
}

static void
limber_series_finalize (GObject *object)
{
  LimberSeries *self = (LimberSeries *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->empty_message, g_free);
  g_clear_pointer (&self->target_label, g_free);
  for (guint i = 0; i < N_AXES; i++)
    g_clear_pointer (&self->axes[i].unit, g_free);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_series_parent_class)->finalize (object);
}

static void
limber_series_class_init (LimberSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_series_finalize;
}

static void
limber_series_init (LimberSeries *self)
{
  self->target = NAN;
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->bands = g_ptr_array_new_with_free_func (band_free);
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

/* Building (limber-series-private.h) */

LimberSeries *
limber_series_new (LimberSeriesKind         kind,
                   const LimberSeriesFrame *frame)
{
  LimberSeries *self = g_object_new (LIMBER_TYPE_SERIES, NULL);

  self->kind = kind;
  self->frame = *frame;

  return self;
}

void
limber_series_set_title (LimberSeries *self,
                         const char   *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

void
limber_series_take_summary (LimberSeries *self,
                            char         *summary)
{
  g_free (self->summary);
  self->summary = summary;
}

void
limber_series_set_caption (LimberSeries *self,
                           const char   *caption)
{
  g_free (self->caption);
  self->caption = g_strdup (caption);
}

/* Marks the series as having nothing to draw, with a message saying how it fills. */
void
limber_series_set_empty (LimberSeries *self,
                         const char   *message)
{
  self->empty = TRUE;
  g_free (self->empty_message);
  self->empty_message = g_strdup (message);
}

void
limber_series_set_unit (LimberSeries *self,
                        guint         axis,
                        const char   *unit,
                        guint         digits)
{
  g_assert (axis < N_AXES);

  g_free (self->axes[axis].unit);
  self->axes[axis].unit = g_strdup (unit);
  self->axes[axis].digits = digits;
}

void
limber_series_set_fixed_range (LimberSeries *self,
                               guint         axis,
                               double        min,
                               double        max)
{
  g_assert (axis < N_AXES);

  self->axes[axis].fixed = TRUE;
  self->axes[axis].min = min;
  self->axes[axis].max = max;
}

void
limber_series_set_target (LimberSeries *self,
                          double        target,
                          const char   *label)
{
  self->target = target;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

/* A line with a point for every slot: no value (NAN), no target, no flags. */
LimberSeriesLine *
limber_series_add_line (LimberSeries      *self,
                        const char        *label,
                        LimberSeriesStyle  style,
                        guint              axis)
{
  LimberSeriesLine *line = g_new0 (LimberSeriesLine, 1);

  g_assert (axis < N_AXES);

  line->label = g_strdup (label);
  line->style = style;
  line->axis = axis;
  line->points = g_array_sized_new (FALSE, FALSE, sizeof (LimberSeriesPoint),
                                    self->frame.n_slots);
  g_array_set_size (line->points, self->frame.n_slots);

  for (guint i = 0; i < self->frame.n_slots; i++)
    {
      LimberSeriesPoint *point = limber_series_line_point (line, i);

      point->day = limber_series_frame_slot_day (&self->frame, i);
      point->value = NAN;
      point->target = NAN;
      point->flags = 0;
    }

  g_ptr_array_add (self->lines, line);

  return line;
}

void
limber_series_add_band (LimberSeries *self,
                        LimberDay     first,
                        LimberDay     last,
                        guint         flags,
                        const char   *label)
{
  LimberSeriesBand *band = g_new0 (LimberSeriesBand, 1);

  band->first = first;
  band->last = last;
  band->flags = flags;
  band->label = g_strdup (label);
  g_ptr_array_add (self->bands, band);
}

/* A heat-map row with nothing logged in any slot. */
LimberSeriesRow *
limber_series_add_row (LimberSeries *self,
                       LimberZone    zone,
                       LimberSide    side)
{
  LimberSeriesRow *row = g_new0 (LimberSeriesRow, 1);

  row->zone = zone;
  row->side = side;
  row->label = limber_zone_side_describe (zone, side);
  row->levels = g_malloc (MAX (self->frame.n_slots, 1));
  memset (row->levels, LIMBER_SERIES_NO_LEVEL, self->frame.n_slots);
  row->flags = g_malloc0 (MAX (self->frame.n_slots, 1));
  g_ptr_array_add (self->rows, row);

  return row;
}

/* Public API */

LimberSeriesKind
limber_series_get_kind (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_SERIES_WEEKLY_DISTANCE);

  return self->kind;
}

/* The chart's name, e.g. "Weekly distance": its accessible label. */
const char *
limber_series_get_title (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);

  return self->title;
}

/* The chart in one or two sentences, with numbers and units: the accessible description,
 * and the text under the chart. */
const char *
limber_series_get_summary (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);

  return self->summary;
}

/* A note to show with the chart (the load chart's "context, not prediction"), or %NULL. */
const char *
limber_series_get_caption (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);

  return self->caption;
}

/* Whether the range holds nothing to draw; then show the empty message instead. */
gboolean
limber_series_is_empty (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), TRUE);

  return self->empty;
}

const char *
limber_series_get_empty_message (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);

  return self->empty_message;
}

LimberSeriesRange
limber_series_get_range (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_SERIES_RANGE_4_WEEKS);

  return self->frame.range;
}

LimberSeriesScale
limber_series_get_scale (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_SERIES_DAYS);

  return self->frame.scale;
}

/* The first slot's day: always a Monday. */
LimberDay
limber_series_get_first_day (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_DAY_INVALID);

  return self->frame.first;
}

/* The last day shown: "today". */
LimberDay
limber_series_get_last_day (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_DAY_INVALID);

  return self->frame.today;
}

guint
limber_series_get_n_slots (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), 0);

  return self->frame.n_slots;
}

/* The day a slot starts: the day itself, or its week's Monday. */
LimberDay
limber_series_get_slot_day (LimberSeries *self,
                            guint         slot)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), LIMBER_DAY_INVALID);
  g_return_val_if_fail (slot < self->frame.n_slots, LIMBER_DAY_INVALID);

  return limber_series_frame_slot_day (&self->frame, slot);
}

/* The slot holding @day, or -1 outside the chart. */
int
limber_series_find_slot (LimberSeries *self,
                         LimberDay     day)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), -1);

  if (day < self->frame.first || day > self->frame.today)
    return -1;

  return limber_series_frame_slot (&self->frame, day);
}

/* The unit of an axis ("km", "mi", "l", "min"), or "" for plain numbers. */
const char *
limber_series_get_unit (LimberSeries *self,
                        guint         axis)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (axis < N_AXES, NULL);

  return self->axes[axis].unit ? self->axes[axis].unit : "";
}

/* Decimals for values of an axis in tooltips (axis labels use limber_series_tick_digits()). */
guint
limber_series_get_digits (LimberSeries *self,
                          guint         axis)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), 0);
  g_return_val_if_fail (axis < N_AXES, 0);

  return self->axes[axis].digits;
}

/**
 * limber_series_get_value_range:
 *
 * The values an axis must show: its fixed range (soreness: 0 to 10), or the lowest and highest
 * value and target of its lines, from 0 unless a line goes below it (mobility values start
 * where they are). Returns %FALSE, with 0 and 1, when the axis has no value.
 */
gboolean
limber_series_get_value_range (LimberSeries *self,
                               guint         axis,
                               double       *min,
                               double       *max)
{
  double lo = INFINITY, hi = -INFINITY;

  g_return_val_if_fail (LIMBER_IS_SERIES (self), FALSE);
  g_return_val_if_fail (axis < N_AXES, FALSE);
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  if (self->axes[axis].fixed)
    {
      *min = self->axes[axis].min;
      *max = self->axes[axis].max;
      return TRUE;
    }

  if (axis == 0 && isfinite (self->target))
    lo = hi = self->target;

  for (guint i = 0; i < self->lines->len; i++)
    {
      LimberSeriesLine *line = self->lines->pdata[i];

      if (line->axis != axis)
        continue;

      for (guint j = 0; j < line->points->len; j++)
        {
          LimberSeriesPoint *point = limber_series_line_point (line, j);

          if (isfinite (point->value))
            {
              lo = MIN (lo, point->value);
              hi = MAX (hi, point->value);
            }
          if (isfinite (point->target))
            {
              lo = MIN (lo, point->target);
              hi = MAX (hi, point->target);
            }
        }
    }

  if (lo > hi)
    {
      *min = 0;
      *max = 1;
      return FALSE;
    }

  if (self->kind != LIMBER_SERIES_MOBILITY)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
    }

  *min = lo;
  *max = hi;
  return TRUE;
}

/* The target line (weekly fascia sessions, the daily water target, soreness 4/10), in the
 * first axis's unit, or NAN. Water points carry their own, raised on hot days. */
double
limber_series_get_target (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NAN);

  return self->target;
}

const char *
limber_series_get_target_label (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);

  return self->target_label;
}

guint
limber_series_get_n_lines (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), 0);

  return self->lines->len;
}

const LimberSeriesLine *
limber_series_get_line (LimberSeries *self,
                        guint         index)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  return self->lines->pdata[index];
}

guint
limber_series_get_n_bands (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), 0);

  return self->bands->len;
}

const LimberSeriesBand *
limber_series_get_band (LimberSeries *self,
                        guint         index)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->bands->len, NULL);

  return self->bands->pdata[index];
}

/* Heat-map rows; a series with rows is a heat map. */
guint
limber_series_get_n_rows (LimberSeries *self)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), 0);

  return self->rows->len;
}

const LimberSeriesRow *
limber_series_get_row (LimberSeries *self,
                       guint         index)
{
  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return self->rows->pdata[index];
}
