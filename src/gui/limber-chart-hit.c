/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include "limber-chart-private.h"

/* What is where in a laid-out chart: the point under the pointer, the next point for the
 * keyboard, and the positions the tests check pixels at. */

void
limber_chart_renderer_set_selection (LimberChartRenderer *renderer,
                                     int                  slot,
                                     int                  row)
{
  g_return_if_fail (renderer != NULL);

  if (renderer->selected_slot != slot || renderer->selected_row != row)
    limber_chart_label_clear (&renderer->readout);
  renderer->selected_slot = slot;
  renderer->selected_row = row;
}

void
limber_chart_renderer_set_hover (LimberChartRenderer *renderer,
                                 int                  slot,
                                 int                  row)
{
  g_return_if_fail (renderer != NULL);

  renderer->hover_slot = slot;
  renderer->hover_row = row;
}

/* The position in the occupied slots of @slot, or of the first one after it. */
static guint
find_occupied (LimberChartRenderer *renderer,
               guint                slot)
{
  guint low = 0, high = renderer->occupied->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (renderer->occupied, guint, middle) < slot)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * limber_chart_renderer_step:
 * @slot: where the keyboard is, or -1 for nowhere yet
 * @delta: how many points to move: -1 left, 1 right; G_MININT / G_MAXINT for the ends
 * @next: (out): where it goes
 *
 * Moves between the points that have a value (every slot of a heat map). From nowhere, a step
 * right goes to the first point and a step left to the last.
 *
 * Returns: whether there is anywhere to go
 */
gboolean
limber_chart_renderer_step (LimberChartRenderer *renderer,
                            int                  slot,
                            int                  delta,
                            guint               *next)
{
  gint64 position, count;

  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  if (renderer->empty)
    return FALSE;

  if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    count = renderer->data->n_slots;
  else
    count = renderer->occupied->len;
  if (count == 0)
    return FALSE;

  if (slot < 0)
    position = delta > 0 ? 0 : count - 1;
  else if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    position = CLAMP ((gint64) slot + delta, 0, count - 1);
  else
    position = CLAMP ((gint64) find_occupied (renderer, slot) + delta, 0, count - 1);

  if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    *next = position;
  else
    *next = g_array_index (renderer->occupied, guint, position);

  return TRUE;
}

/**
 * limber_chart_renderer_hit:
 * @slot: (out): the slot under (@x, @y), or the nearest one with a value
 * @row: (out) (optional): the heat-map row, or -1
 *
 * Returns: whether a point (a cell of a heat map) is at or near (@x, @y), as last laid out
 */
gboolean
limber_chart_renderer_hit (LimberChartRenderer *renderer,
                           double               x,
                           double               y,
                           guint               *slot,
                           int                 *row)
{
  const LimberChartRect *plot = &renderer->plot;
  double reach;
  guint position;
  int s, best = -1;

  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);

  if (row != NULL)
    *row = -1;
  if (!renderer->valid || renderer->empty || renderer->data == NULL ||
      x < plot->x || x >= plot->x + plot->width || y < plot->y || y >= plot->y + plot->height)
    return FALSE;

  s = CLAMP ((int) floor ((x - plot->x) / renderer->slot_width), 0,
             (int) renderer->data->n_slots - 1);

  if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    {
      int r = (int) floor ((y - plot->y) / renderer->row_height);

      if (r < 0 || r >= (int) renderer->data->rows->len)
        return FALSE;
      *slot = s;
      if (row != NULL)
        *row = r;
      return TRUE;
    }

  /* The nearest slot with a value, within half a slot or a few pixels. */
  reach = MAX (renderer->slot_width / 2, 6);
  position = find_occupied (renderer, s);
  for (guint i = position > 0 ? position - 1 : 0; i <= position + 1; i++)
    {
      guint candidate;

      if (i >= renderer->occupied->len)
        break;
      candidate = g_array_index (renderer->occupied, guint, i);
      if (fabs (limber_chart_slot_centre (renderer, candidate) - x) > reach)
        continue;
      if (best < 0 || fabs (limber_chart_slot_centre (renderer, candidate) - x) <
                      fabs (limber_chart_slot_centre (renderer, best) - x))
        best = candidate;
    }

  if (best < 0)
    return FALSE;

  *slot = best;
  return TRUE;
}

/* The centre of a slot in the last layout. */
gboolean
limber_chart_renderer_slot_x (LimberChartRenderer *renderer,
                              guint                slot,
                              double              *x)
{
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (x != NULL, FALSE);

  if (!renderer->valid || renderer->empty || slot >= renderer->data->n_slots)
    return FALSE;

  *x = limber_chart_slot_centre (renderer, slot);
  return TRUE;
}

/* Where a value is on the y axis in the last layout (not for a heat map). */
gboolean
limber_chart_renderer_value_y (LimberChartRenderer *renderer,
                               double               value,
                               double              *y)
{
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (y != NULL, FALSE);

  if (!renderer->valid || renderer->empty || renderer->mode == LIMBER_CHART_HEAT_MAP)
    return FALSE;

  *y = limber_chart_value_to_y (renderer, value);
  return TRUE;
}

/* The middle of a heat-map cell in the last layout. */
gboolean
limber_chart_renderer_cell_centre (LimberChartRenderer *renderer,
                                   guint                slot,
                                   guint                row,
                                   double              *x,
                                   double              *y)
{
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (!renderer->valid || renderer->empty || renderer->mode != LIMBER_CHART_HEAT_MAP ||
      slot >= renderer->data->n_slots || row >= renderer->data->rows->len)
    return FALSE;

  *x = limber_chart_slot_centre (renderer, slot);
  *y = renderer->plot.y + (row + 0.5) * renderer->row_height;
  return TRUE;
}
