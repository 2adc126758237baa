/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include "limber-chart-private.h"

/* Dots: the points of a line, the markers, the selected point. Each is a disc in its colour
 * inside a gap of the background. Cairo takes long to fill many small circles, so a disc is
 * drawn once into a mask for the screen's scale and stamped where it goes; an SVG export gets
 * true circles. */

#define GAP 1.5

static void
set_source (cairo_t               *cr,
            const LimberChartRgba *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* A mask with a disc of @radius centred on a corner between device pixels. */
static cairo_surface_t *
get_disc (LimberChartRenderer *renderer,
          double               radius)
{
  cairo_surface_t *disc;
  int size;
  cairo_t *cr;

  for (guint i = 0; i < renderer->discs->len; i++)
    {
      disc = g_ptr_array_index (renderer->discs, i);
      if (*(double *) cairo_surface_get_user_data (disc, (cairo_user_data_key_t *) renderer) ==
          radius)
        return disc;
    }

  size = 2 * (int) ceil (radius * renderer->scale + 1);
  disc = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cairo_surface_set_device_scale (disc, renderer->scale, renderer->scale);
  cr = cairo_create (disc);
  cairo_arc (cr, size / 2.0 / renderer->scale, size / 2.0 / renderer->scale, radius, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_set_user_data (disc, (cairo_user_data_key_t *) renderer,
                               g_memdup2 (&radius, sizeof radius), g_free);
  g_ptr_array_add (renderer->discs, disc);

  return disc;
}

static void
stamp (LimberChartRenderer *renderer,
       cairo_t             *cr,
       double               x,
       double               y,
       double               radius)
{
  cairo_surface_t *disc = get_disc (renderer, radius);
  double half = cairo_image_surface_get_width (disc) / 2.0 / renderer->scale;

  /* Snapped to the device pixels, so that the mask is not resampled. */
  x = round (x * renderer->scale) / renderer->scale;
  y = round (y * renderer->scale) / renderer->scale;
  cairo_mask_surface (cr, disc, x - half, y - half);
}

/**
 * limber_chart_dot:
 * @background: the gap's colour; transparent cuts the gap through to what is behind
 *
 * Draws a dot of @radius centred on (@x, @y), in a gap a little wider.
 */
void
limber_chart_dot (LimberChartRenderer   *renderer,
                  cairo_t               *cr,
                  double                 x,
                  double                 y,
                  double                 radius,
                  const LimberChartRgba *color,
                  const LimberChartRgba *background)
{
  if (background->alpha > 0)
    set_source (cr, background);
  else
    {
      /* Bounded, unlike CLEAR, which makes cairo go over the whole surface. */
      cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OUT);
      cairo_set_source_rgba (cr, 0, 0, 0, 1);
    }

  if (renderer->vector)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius + GAP, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      set_source (cr, color);
      cairo_fill (cr);
      return;
    }

  stamp (renderer, cr, x, y, radius + GAP);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  set_source (cr, color);
  stamp (renderer, cr, x, y, radius);
}

/* Forgets the masks, made for a scale that may have changed. */
void
limber_chart_dots_clear (LimberChartRenderer *renderer)
{
  g_ptr_array_set_size (renderer->discs, 0);
}
