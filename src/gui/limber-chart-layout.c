/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "limber-chart-private.h"

/* Where everything goes for one size: computed once when the data, the size or the font
 * change, so that drawing a frame only walks ready arrays. Also what is where, for the pointer
 * and the keyboard. */

#define MARGIN       8

/* The range of the values the y axis has to reach, and the slots that have a value. */
static void
scan_data (LimberChartRenderer *renderer)
{
  const LimberChartData *data = renderer->data;
  gboolean *has_value;
  double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;

  g_array_set_size (renderer->occupied, 0);
  renderer->n_bar_series = 0;
  renderer->empty = limber_chart_data_is_empty (data);
  if (data == NULL)
    return;

  renderer->mode = limber_chart_data_get_mode (data);
  if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    return;

  has_value = g_new0 (gboolean, data->n_slots);
  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      if (series->mode == LIMBER_CHART_BAR)
        {
          renderer->n_bar_series++;
          low = MIN (low, 0);
          high = MAX (high, 0);
        }

      for (guint p = 0; p < series->n_points; p++)
        {
          int slot = limber_chart_data_slot (data, series->points[p].day);
          double value = series->points[p].value;

          if (slot < 0 || !isfinite (value))
            continue;
          has_value[slot] = TRUE;
          low = MIN (low, value);
          high = MAX (high, value);
        }
    }

  for (guint i = 0; i < data->markers->len; i++)
    {
      const LimberChartMarker *marker = g_ptr_array_index (data->markers, i);

      if (limber_chart_data_slot (data, marker->day) >= 0 && isfinite (marker->value))
        {
          low = MIN (low, marker->value);
          high = MAX (high, marker->value);
        }
    }

  for (guint slot = 0; slot < data->n_slots; slot++)
    if (has_value[slot])
      g_array_append_val (renderer->occupied, slot);
  g_free (has_value);

  if (isfinite (data->target))
    low = MIN (low, data->target), high = MAX (high, data->target);
  if (isfinite (data->range_min))
    low = MIN (low, data->range_min);
  if (isfinite (data->range_max))
    high = MAX (high, data->range_max);
  if (low > high)
    low = high = 0;

  renderer->low = low;
  renderer->high = high;
}

static void
clear_layout (LimberChartRenderer *renderer)
{
  limber_chart_labels_clear (renderer->y_labels);
  limber_chart_labels_clear (renderer->x_labels);
  limber_chart_labels_clear (renderer->row_labels);
  limber_chart_label_clear (&renderer->message);
  limber_chart_legend_clear (renderer);
  limber_chart_label_clear (&renderer->readout);
  limber_chart_label_clear (&renderer->legend_low);
  limber_chart_label_clear (&renderer->legend_high);
  g_array_set_size (renderer->bands, 0);
  g_array_set_size (renderer->bars, 0);
  for (guint i = 0; i < renderer->lines->len; i++)
    g_array_set_size (((LimberChartLine *) g_ptr_array_index (renderer->lines, i))->vertices, 0);
  g_array_set_size (renderer->markers, 0);
  limber_chart_heat_clear (renderer);
  limber_chart_dots_clear (renderer);
  renderer->valid = FALSE;
}

static void
layout_message (LimberChartRenderer *renderer)
{
  LimberChartLabel *message = &renderer->message;
  const char *text = renderer->data != NULL ? renderer->data->empty_message : NULL;

  limber_chart_label_set (renderer, message, text, FALSE);
  if (message->layout == NULL)
    return;

  pango_layout_set_width (message->layout, MAX (1, renderer->width - 2 * MARGIN) * PANGO_SCALE);
  pango_layout_set_alignment (message->layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (message->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (message->layout, &message->width, &message->height);
  message->x = MARGIN;
  message->y = round ((renderer->height - message->height) / 2);
}

static void
line_free (gpointer data)
{
  LimberChartLine *line = data;

  g_array_unref (line->vertices);
  g_free (line);
}

static void
set_context (LimberChartRenderer *renderer,
             PangoContext        *context)
{
  const PangoFontDescription *base;
  int size;

  if (context == NULL)
    {
      if (renderer->own_context == NULL)
        {
          PangoFontDescription *sans = pango_font_description_from_string ("Sans 11");

          renderer->own_context =
            pango_font_map_create_context (pango_cairo_font_map_get_default ());
          pango_context_set_font_description (renderer->own_context, sans);
          pango_font_description_free (sans);
        }
      context = renderer->own_context;
    }

  if (renderer->context != context)
    {
      g_set_object (&renderer->context, context);
      renderer->valid = FALSE;
    }
  if (renderer->context_serial != pango_context_get_serial (context))
    {
      renderer->context_serial = pango_context_get_serial (context);
      renderer->valid = FALSE;
    }

  if (renderer->valid)
    return;

  base = renderer->font != NULL ? renderer->font : pango_context_get_font_description (context);
  g_clear_pointer (&renderer->small_font, pango_font_description_free);
  renderer->small_font = pango_font_description_copy (base);
  size = pango_font_description_get_size (base);
  if (size <= 0)
    size = 11 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (base))
    pango_font_description_set_absolute_size (renderer->small_font, size * 0.85);
  else
    pango_font_description_set_size (renderer->small_font, (int) (size * 0.85));
}

LimberChartRenderer *
limber_chart_renderer_new (void)
{
  LimberChartRenderer *renderer = g_new0 (LimberChartRenderer, 1);

  renderer->occupied = g_array_new (FALSE, FALSE, sizeof (guint));
  renderer->y_labels = g_array_new (FALSE, TRUE, sizeof (LimberChartLabel));
  renderer->x_labels = g_array_new (FALSE, TRUE, sizeof (LimberChartLabel));
  renderer->row_labels = g_array_new (FALSE, TRUE, sizeof (LimberChartLabel));
  renderer->legend_items = g_array_new (FALSE, TRUE, sizeof (LimberChartLegendItem));
  renderer->bands = g_array_new (FALSE, FALSE, sizeof (LimberChartRect));
  renderer->bars = g_array_new (FALSE, FALSE, sizeof (LimberChartBar));
  renderer->lines = g_ptr_array_new_with_free_func (line_free);
  renderer->markers = g_array_new (FALSE, FALSE, sizeof (LimberChartDot));
  renderer->discs = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  for (guint i = 0; i <= LIMBER_CHART_LEVEL_MAX; i++)
    renderer->heat[i] = g_array_new (FALSE, FALSE, sizeof (LimberChartRect));
  renderer->selected_slot = renderer->selected_row = -1;
  renderer->hover_slot = renderer->hover_row = -1;
  renderer->empty = TRUE;
  renderer->scale = 1;

  return renderer;
}

void
limber_chart_renderer_free (LimberChartRenderer *renderer)
{
  if (renderer == NULL)
    return;

  clear_layout (renderer);
  g_array_unref (renderer->occupied);
  g_array_unref (renderer->y_labels);
  g_array_unref (renderer->x_labels);
  g_array_unref (renderer->row_labels);
  g_array_unref (renderer->legend_items);
  g_array_unref (renderer->bands);
  g_array_unref (renderer->bars);
  g_ptr_array_unref (renderer->lines);
  g_array_unref (renderer->markers);
  g_ptr_array_unref (renderer->discs);
  for (guint i = 0; i <= LIMBER_CHART_LEVEL_MAX; i++)
    g_array_unref (renderer->heat[i]);
  g_clear_object (&renderer->context);
  g_clear_object (&renderer->own_context);
  g_clear_pointer (&renderer->font, pango_font_description_free);
  g_clear_pointer (&renderer->small_font, pango_font_description_free);
  g_free (renderer);
}

/**
 * limber_chart_renderer_set_data:
 * @data: (nullable) (transfer none): kept, not copied: it must outlive its use here
 *
 * Takes new data (or the same data changed): the next layout starts afresh, and the selection
 * is cleared.
 */
void
limber_chart_renderer_set_data (LimberChartRenderer   *renderer,
                                const LimberChartData *data)
{
  g_return_if_fail (renderer != NULL);

  renderer->data = data;
  renderer->selected_slot = renderer->selected_row = -1;
  renderer->hover_slot = renderer->hover_row = -1;
  scan_data (renderer);
  clear_layout (renderer);
}

const LimberChartData *
limber_chart_renderer_get_data (LimberChartRenderer *renderer)
{
  g_return_val_if_fail (renderer != NULL, NULL);

  return renderer->data;
}

/* The font of the chart's text (its labels are a little smaller); NULL for the context's. */
void
limber_chart_renderer_set_font (LimberChartRenderer        *renderer,
                                const PangoFontDescription *font)
{
  g_return_if_fail (renderer != NULL);

  g_clear_pointer (&renderer->font, pango_font_description_free);
  if (font != NULL)
    renderer->font = pango_font_description_copy (font);
  clear_layout (renderer);
}

/**
 * limber_chart_renderer_layout:
 * @context: (nullable): for the text; NULL for a context of the renderer's own
 * @scale: device pixels a unit: 2 on a HiDPI screen, 1 for an image
 *
 * Computes where everything goes for a size. Cheap when nothing changed since last time.
 */
void
limber_chart_renderer_layout (LimberChartRenderer *renderer,
                              PangoContext        *context,
                              double               width,
                              double               height,
                              double               scale)
{
  g_return_if_fail (renderer != NULL);
  g_return_if_fail (scale > 0);

  set_context (renderer, context);
  if (renderer->valid && renderer->width == width && renderer->height == height &&
      renderer->scale == scale)
    return;

  clear_layout (renderer);
  renderer->width = width;
  renderer->height = height;
  renderer->scale = scale;
  renderer->valid = TRUE;

  if (renderer->empty || width < 2 * MARGIN || height < 2 * MARGIN)
    layout_message (renderer);
  else if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    limber_chart_heat_layout (renderer);
  else
    limber_chart_series_layout (renderer);
}
