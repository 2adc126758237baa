/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-chart"

#include "config.h"

#include <math.h>

#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "limber-chart-private.h"

/* Drawing a laid-out chart on a cairo_t, and into a PNG or SVG file. Nothing here allocates
 * per frame but cairo's own paths. */

#define DOT_RADIUS   3.0
#define MARKER_RADIUS 4.5
#define MIN_DOT_GAP  12

/* GNOME's palette: a darker shade on light backgrounds, a lighter one on dark. */
static const guint32 light_colors[LIMBER_CHART_N_COLORS] = {
  0x3584e4, 0x000000, 0x1c71d8, 0x2ec27e, 0xe5a50a, 0xe66100, 0xe01b24, 0x9141ac,
};
static const guint32 dark_colors[LIMBER_CHART_N_COLORS] = {
  0x3584e4, 0xffffff, 0x62a0ea, 0x57e389, 0xf6d32d, 0xffa348, 0xf66151, 0xc061cb,
};

/* From calm to warm: soreness levels 1 to 10, as on the body map. */
static const guint32 level_colors[LIMBER_CHART_LEVEL_MAX + 1] = {
  0x000000, 0xf8e45c, 0xf6d32d, 0xf5c211, 0xffa348, 0xff7800,
  0xe66100, 0xed333b, 0xe01b24, 0xc01c28, 0xa51d2d,
};

static LimberChartRgba
rgba_from_hex (guint32 rgb,
               double  alpha)
{
  return (LimberChartRgba) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                             (rgb & 0xff) / 255.0, alpha };
}

static void
set_source (cairo_t               *cr,
            const LimberChartRgba *color,
            double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_label (cairo_t                *cr,
            const LimberChartLabel *label)
{
  if (label->layout == NULL)
    return;

  cairo_move_to (cr, label->x, label->y);
  pango_cairo_show_layout (cr, label->layout);
}

/* A horizontal line @width device pixels thick, on whole pixels. */
static void
hline (LimberChartRenderer *renderer,
       cairo_t             *cr,
       double               x0,
       double               x1,
       double               y,
       double               width)
{
  double device = round (width * renderer->scale);

  y = (round (y * renderer->scale - device / 2) + device / 2) / renderer->scale;
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_set_line_width (cr, device / renderer->scale);
}

static void
draw_message (LimberChartRenderer      *renderer,
              cairo_t                  *cr,
              const LimberChartPalette *palette)
{
  set_source (cr, &palette->foreground, 0.55);
  show_label (cr, &renderer->message);
}

static void
draw_column (LimberChartRenderer *renderer,
             cairo_t             *cr,
             int                  slot)
{
  double width = MAX (renderer->slot_width, 4);
  double centre = limber_chart_slot_centre (renderer, slot);

  cairo_rectangle (cr, centre - width / 2, renderer->plot.y, width, renderer->plot.height);
  cairo_fill (cr);
}

static void
draw_grid (LimberChartRenderer      *renderer,
           cairo_t                  *cr,
           const LimberChartPalette *palette)
{
  double x0 = renderer->plot.x, x1 = renderer->plot.x + renderer->plot.width;
  gboolean has_zero = FALSE;

  for (guint i = 0; i < renderer->ticks.count; i++)
    {
      double value = limber_chart_ticks_value (&renderer->ticks, i);

      if (value == 0)
        has_zero = TRUE;
      else
        hline (renderer, cr, x0, x1, limber_chart_value_to_y (renderer, value), 1);
    }
  set_source (cr, &palette->foreground, 0.1);
  cairo_stroke (cr);

  /* The baseline, darker: zero, or the bottom of the axis. */
  hline (renderer, cr, x0, x1, limber_chart_value_to_y (renderer,
                                                        has_zero ? 0 : renderer->axis_min), 1);
  set_source (cr, &palette->foreground, 0.3);
  cairo_stroke (cr);
}

/* A bar with its outer corners rounded when it is wide enough to show them. */
static void
bar_path (cairo_t               *cr,
          const LimberChartRect *rect,
          gboolean               up,
          gboolean               rounded)
{
  double radius = MIN (3, MIN (rect->width / 3, rect->height));
  double x0 = rect->x, x1 = rect->x + rect->width;
  double top = rect->y, bottom = rect->y + rect->height;

  if (!rounded || radius < 1)
    {
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      return;
    }

  if (up)
    {
      cairo_move_to (cr, x0, bottom);
      cairo_arc (cr, x0 + radius, top + radius, radius, G_PI, 1.5 * G_PI);
      cairo_arc (cr, x1 - radius, top + radius, radius, 1.5 * G_PI, 2 * G_PI);
      cairo_line_to (cr, x1, bottom);
    }
  else
    {
      cairo_move_to (cr, x0, top);
      cairo_line_to (cr, x1, top);
      cairo_arc (cr, x1 - radius, bottom - radius, radius, 0, 0.5 * G_PI);
      cairo_arc (cr, x0 + radius, bottom - radius, radius, 0.5 * G_PI, G_PI);
    }
  cairo_close_path (cr);
}

static void
draw_bars (LimberChartRenderer      *renderer,
           cairo_t                  *cr,
           const LimberChartPalette *palette)
{
  const LimberChartData *data = renderer->data;
  double base = limber_chart_value_to_y (renderer, CLAMP (0, renderer->axis_min,
                                                          renderer->axis_max));
  guint series = G_MAXUINT;

  for (guint i = 0; i < renderer->bars->len; i++)
    {
      const LimberChartBar *bar = &g_array_index (renderer->bars, LimberChartBar, i);

      if (bar->series != series)
        {
          const LimberChartSeries *s = g_ptr_array_index (data->series, bar->series);

          if (series != G_MAXUINT)
            cairo_fill (cr);
          series = bar->series;
          set_source (cr, &palette->colors[s->color], 1);
        }
      bar_path (cr, &bar->rect, bar->rect.y < base - 0.01, !renderer->dense);
    }
  if (series != G_MAXUINT)
    cairo_fill (cr);
}

static void
draw_line (LimberChartRenderer      *renderer,
           cairo_t                  *cr,
           const LimberChartLine    *line,
           const LimberChartRgba    *color,
           const LimberChartPalette *palette)
{
  const LimberChartVertex *vertices = (const LimberChartVertex *) line->vertices->data;
  guint n = line->vertices->len, start = 0, dots = 0;

  /* Columns whole pixels wide: cairo fills such boxes much faster than any other shape. */
  if (line->band)
    {
      for (guint v = 0; v < n; v++)
        if (!isnan (vertices[v].y))
          cairo_rectangle (cr, vertices[v].x, vertices[v].y, vertices[v].width,
                           vertices[v].low_y - vertices[v].y);
      set_source (cr, color, 1);
      cairo_fill (cr);
      return;
    }

  for (guint v = 0; v < n; v++)
    {
      if (isnan (vertices[v].y))
        start = v + 1;
      else if (v > start)
        cairo_line_to (cr, vertices[v].x, vertices[v].y);
      else
        {
          cairo_move_to (cr, vertices[v].x, vertices[v].y);
          cairo_line_to (cr, vertices[v].x, vertices[v].y);   /* a lone point still shows */
        }
      dots += !isnan (vertices[v].y);
    }
  set_source (cr, color, 1);
  cairo_stroke (cr);

  /* Points far enough apart to tell one from the next show as dots. */
  if (dots == 0 || dots * MIN_DOT_GAP > renderer->plot.width)
    return;
  for (guint v = 0; v < n; v++)
    if (!isnan (vertices[v].y))
      limber_chart_dot (renderer, cr, vertices[v].x, vertices[v].y, DOT_RADIUS, color,
                        &palette->background);
}

static void
draw_lines (LimberChartRenderer      *renderer,
            cairo_t                  *cr,
            const LimberChartPalette *palette)
{
  const LimberChartData *data = renderer->data;

  cairo_set_line_width (cr, LIMBER_CHART_LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);   /* as round at this width, and cheaper */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  /* On a HiDPI screen cairo's faster antialiasing looks the same, at a third of the cost. */
  if (renderer->scale >= 2)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (guint i = 0; i < data->series->len && i < renderer->lines->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);
      const LimberChartLine *line = g_ptr_array_index (renderer->lines, i);

      if (series->mode == LIMBER_CHART_LINE && line->vertices->len > 0)
        draw_line (renderer, cr, line, &palette->colors[series->color], palette);
    }
}

static void
draw_target (LimberChartRenderer      *renderer,
             cairo_t                  *cr,
             const LimberChartPalette *palette)
{
  static const double dashes[] = { 6, 4 };
  double y;

  if (!isfinite (renderer->data->target))
    return;

  y = limber_chart_value_to_y (renderer, renderer->data->target);
  hline (renderer, cr, renderer->plot.x, renderer->plot.x + renderer->plot.width, y, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  set_source (cr, &palette->foreground, 0.6);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_markers (LimberChartRenderer      *renderer,
              cairo_t                  *cr,
              const LimberChartPalette *palette)
{
  for (guint i = 0; i < renderer->markers->len; i++)
    {
      const LimberChartDot *dot = &g_array_index (renderer->markers, LimberChartDot, i);

      limber_chart_dot (renderer, cr, dot->x, dot->y, dot->radius, &palette->colors[dot->color],
                        &palette->background);
    }
}

/* The selected slot's line points, larger. */
static void
draw_selected_points (LimberChartRenderer      *renderer,
                      cairo_t                  *cr,
                      const LimberChartPalette *palette)
{
  const LimberChartData *data = renderer->data;
  int slot = renderer->selected_slot;

  for (guint i = 0; i < data->series->len; i++)
    {
      const LimberChartSeries *series = g_ptr_array_index (data->series, i);

      if (series->mode != LIMBER_CHART_LINE)
        continue;
      for (guint p = 0; p < series->n_points; p++)
        if (limber_chart_data_slot (data, series->points[p].day) == slot &&
            isfinite (series->points[p].value))
          limber_chart_dot (renderer, cr, limber_chart_slot_centre (renderer, slot),
                            limber_chart_value_to_y (renderer, series->points[p].value),
                            MARKER_RADIUS + 1, &palette->colors[series->color],
                            &palette->background);
    }
}

static void
draw_series (LimberChartRenderer      *renderer,
             cairo_t                  *cr,
             const LimberChartPalette *palette)
{
  for (guint i = 0; i < renderer->bands->len; i++)
    {
      const LimberChartRect *band = &g_array_index (renderer->bands, LimberChartRect, i);

      cairo_rectangle (cr, band->x, band->y, band->width, band->height);
    }
  set_source (cr, &palette->band, 1);
  cairo_fill (cr);

  if (renderer->hover_slot >= 0 && renderer->hover_slot != renderer->selected_slot)
    {
      set_source (cr, &palette->foreground, 0.05);
      draw_column (renderer, cr, renderer->hover_slot);
    }
  if (renderer->selected_slot >= 0)
    {
      set_source (cr, &palette->colors[LIMBER_CHART_COLOR_ACCENT], 0.2);
      draw_column (renderer, cr, renderer->selected_slot);
    }

  draw_grid (renderer, cr, palette);

  set_source (cr, &palette->foreground, 0.65);
  for (guint i = 0; i < renderer->y_labels->len; i++)
    show_label (cr, &g_array_index (renderer->y_labels, LimberChartLabel, i));
  for (guint i = 0; i < renderer->x_labels->len; i++)
    show_label (cr, &g_array_index (renderer->x_labels, LimberChartLabel, i));

  limber_chart_legend_draw (renderer, cr, palette);
  draw_bars (renderer, cr, palette);
  cairo_save (cr);
  draw_lines (renderer, cr, palette);
  cairo_restore (cr);
  draw_target (renderer, cr, palette);
  draw_markers (renderer, cr, palette);
  if (renderer->selected_slot >= 0)
    draw_selected_points (renderer, cr, palette);
  limber_chart_readout_draw (renderer, cr);
}

/**
 * limber_chart_palette_init:
 * @dark: whether the chart is drawn on a dark background
 *
 * Adwaita's colours for light or dark style, its default blue as the accent.
 */
void
limber_chart_palette_init (LimberChartPalette *palette,
                           gboolean            dark)
{
  const guint32 *colors = dark ? dark_colors : light_colors;

  g_return_if_fail (palette != NULL);

  palette->dark = dark;
  palette->background = rgba_from_hex (dark ? 0x242424 : 0xfafafa, 1);
  /* Warm on light; on dark any warm shade turns muddy, so a neutral one. */
  palette->band = dark ? rgba_from_hex (0xffffff, 0.07) : rgba_from_hex (0xe5a50a, 0.16);
  for (guint i = 0; i < LIMBER_CHART_N_COLORS; i++)
    palette->colors[i] = rgba_from_hex (colors[i], 1);
  for (guint i = 1; i <= LIMBER_CHART_LEVEL_MAX; i++)
    palette->levels[i] = rgba_from_hex (level_colors[i], 1);

  limber_chart_palette_set_foreground (palette, &(LimberChartRgba) {
                                         dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0,
                                         dark ? 1 : 0.8 });
}

/* The desktop's accent colour (libadwaita's accent_bg_color): bars and ACCENT series. */
void
limber_chart_palette_set_accent (LimberChartPalette    *palette,
                                 const LimberChartRgba *accent)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (accent != NULL);

  palette->colors[LIMBER_CHART_COLOR_ACCENT] = *accent;
}

/* The text colour: labels, axes, FOREGROUND series and empty heat-map cells. */
void
limber_chart_palette_set_foreground (LimberChartPalette    *palette,
                                     const LimberChartRgba *foreground)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (foreground != NULL);

  palette->foreground = *foreground;
  palette->colors[LIMBER_CHART_COLOR_FOREGROUND] = *foreground;
  palette->colors[LIMBER_CHART_COLOR_FOREGROUND].alpha *= 0.75;
  palette->levels[0] = *foreground;
  palette->levels[0].alpha *= 0.1;
}

/* The background the chart is drawn on: behind an export, and round dots. Transparent (as in
 * the widget) cuts the gaps round dots through to whatever is behind. */
void
limber_chart_palette_set_background (LimberChartPalette    *palette,
                                     const LimberChartRgba *background)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (background != NULL);

  palette->background = *background;
}

/**
 * limber_chart_renderer_draw:
 *
 * Draws the chart as last laid out (limber_chart_renderer_layout()), from (0, 0), without a
 * background.
 */
void
limber_chart_renderer_draw (LimberChartRenderer      *renderer,
                            cairo_t                  *cr,
                            const LimberChartPalette *palette)
{
  g_return_if_fail (renderer != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (renderer->valid);

  cairo_save (cr);
  if (renderer->message.layout != NULL || renderer->empty)
    draw_message (renderer, cr, palette);
  else if (renderer->mode == LIMBER_CHART_HEAT_MAP)
    limber_chart_heat_draw (renderer, cr, palette);
  else
    draw_series (renderer, cr, palette);
  cairo_restore (cr);
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  g_autofree char *name = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  name = g_filename_display_name (path);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the file, then why it failed, e.g. "permission denied" */
               _("Could not save the chart as “%s”: %s"), name,
               cairo_status_to_string (status));
  return FALSE;
}

/**
 * limber_chart_draw_to_file:
 * @font: (nullable): the text's font; NULL for a plain sans-serif
 * @width: in pixels (PNG) or points (SVG)
 *
 * Draws the chart on @palette's background into a new PNG or SVG file, replacing any.
 *
 * Returns: whether the file was written
 */
gboolean
limber_chart_draw_to_file (const LimberChartData       *data,
                           const LimberChartPalette    *palette,
                           const PangoFontDescription  *font,
                           const char                  *path,
                           LimberChartFormat            format,
                           int                          width,
                           int                          height,
                           GError                     **error)
{
  g_autoptr(LimberChartRenderer) renderer = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (palette != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format == LIMBER_CHART_FORMAT_PNG || format == LIMBER_CHART_FORMAT_SVG,
                        FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == LIMBER_CHART_FORMAT_SVG)
    surface = cairo_svg_surface_create (path, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (!check_status (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  renderer = limber_chart_renderer_new ();
  renderer->vector = format == LIMBER_CHART_FORMAT_SVG;
  limber_chart_renderer_set_data (renderer, data);
  limber_chart_renderer_set_font (renderer, font);
  limber_chart_renderer_layout (renderer, NULL, width, height, 1);

  cr = cairo_create (surface);
  set_source (cr, &palette->background, 1);
  cairo_paint (cr);
  limber_chart_renderer_draw (renderer, cr, palette);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == LIMBER_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (status, path, error);
}
