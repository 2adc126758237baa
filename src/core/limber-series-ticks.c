/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <math.h>

#include "limber-series.h"

/* Axis ticks at round values: steps of 1, 2 or 5 times a power of ten. */

static const double nice_steps[] = { 1.0, 2.0, 5.0 };

/* How many ticks of @step cover @min to @max, and where they start. */
static guint
count_ticks (double  min,
             double  max,
             double  step,
             double *first)
{
  double lo = floor (min / step + 1e-9);
  double hi = ceil (max / step - 1e-9);

  *first = lo * step;

  return (guint) (hi - lo) + 1;
}

/**
 * limber_series_nice_ticks:
 * @min: the lowest value to show
 * @max: the highest value to show
 * @max_ticks: how many ticks fit (at least 2 are used, and 3 across zero)
 * @step: (out): the distance between ticks: 1, 2 or 5 times a power of ten
 * @first: (out): the first tick, at or below @min
 * @n: (out): the number of ticks; the last, @first + (@n - 1) × @step, is at or above @max
 *
 * Round ticks covering @min to @max: the smallest round step whose ticks, on its multiples,
 * number no more than @max_ticks. A single value gets ticks around it (0 alone: 0 to 1).
 *
 * Returns: %FALSE, with no ticks, when @min or @max is not a finite number or their
 *   difference is too large to count
 */
gboolean
limber_series_nice_ticks (double  min,
                          double  max,
                          guint   max_ticks,
                          double *step,
                          double *first,
                          guint  *n)
{
  double span, rough, magnitude;

  g_return_val_if_fail (step != NULL && first != NULL && n != NULL, FALSE);

  *step = 1.0;
  *first = 0.0;
  *n = 0;

  if (!isfinite (min) || !isfinite (max))
    return FALSE;

  if (min > max)
    {
      double t = min;
      min = max;
      max = t;
    }

  /* Ticks sit on multiples of the step: across zero that takes three. */
  max_ticks = MAX (max_ticks, min < 0 && max > 0 ? 3 : 2);

  if (max - min <= fabs (max) * 1e-12)
    {
      if (max == 0)
        max = 1;
      else
        {
          double pad = pow (10, floor (log10 (fabs (max))));

          min -= pad;
          max += pad;
        }
    }

  span = max - min;
  if (!isfinite (span))
    return FALSE;

  rough = span / (max_ticks - 1);
  magnitude = pow (10, floor (log10 (rough)));

  /* The smallest round step at least @rough whose ticks, once rounded out, still fit. */
  for (guint i = 0;; i++)
    {
      double candidate = nice_steps[i % G_N_ELEMENTS (nice_steps)] *
                         magnitude * pow (10, i / G_N_ELEMENTS (nice_steps));
      double start;
      guint count;

      if (!isfinite (candidate))
        return FALSE;
      if (candidate < rough * (1 - 1e-9))
        continue;

      count = count_ticks (min, max, candidate, &start);
      if (count <= max_ticks)
        {
          *step = candidate;
          *first = fabs (start) < candidate * 1e-9 ? 0.0 : start;
          *n = count;
          return TRUE;
        }
    }
}

/* The decimals a tick label needs for ticks @step apart: 0 for 5, 1 for 0.5, 2 for 0.05. */
guint
limber_series_tick_digits (double step)
{
  double digits;

  if (!isfinite (step) || step <= 0 || step >= 1)
    return 0;

  digits = ceil (-log10 (step) - 1e-9);

  return (guint) MIN (digits, 12);
}
