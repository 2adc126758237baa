/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-body-map"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "limber-body-map-private.h"
#include "limber-soreness.h"

/* How the body map looks: the two figures with their zones coloured by level, the chosen zones
 * outlined, the titles, and the legend of colours. */

/* From calm to warm: one colour for each soreness level from 1 to 10 (GNOME palette). */
static const guint32 level_colors[LIMBER_BODY_LEVEL_MAX + 1] = {
  0x000000, 0xf8e45c, 0xf6d32d, 0xf5c211, 0xffa348, 0xff7800,
  0xe66100, 0xed333b, 0xe01b24, 0xc01c28, 0xa51d2d,
};

static void
set_source_rgba (cairo_t       *cr,
                 const GdkRGBA *color,
                 double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
set_source_hex (cairo_t *cr,
                guint32  rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

/* Stroke centred on the edges of what shows of a region; clipped to it, half of @width shows. */
static void
stroke_region_edges (cairo_t                *cr,
                     const LimberBodyShapes *shapes,
                     guint                   index,
                     gboolean                with_outline,
                     double                  width)
{
  cairo_new_path (cr);
  cairo_append_path (cr, shapes->regions[index].shape);
  for (guint i = index + 1; i < shapes->n_regions; i++)
    if (shapes->regions[i].view == shapes->regions[index].view)
      cairo_append_path (cr, shapes->regions[i].shape);
  if (with_outline)
    cairo_append_path (cr, shapes->trunk);

  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static gboolean
region_selected (LimberBodyMap *self,
                 guint          index)
{
  const LimberBodyRegion *region = &limber_body_shapes_get ()->regions[index];

  return self->selected[region->zone][region->side];
}

static void
draw_view (LimberBodyMap          *self,
           cairo_t                *cr,
           const LimberBodyLayout *layout,
           LimberBodyView          view,
           const GdkRGBA          *fg,
           const GdkRGBA          *accent)
{
  const LimberBodyShapes *shapes = limber_body_shapes_get ();
  double px = 1 / layout->scale;   /* a pixel in figure units */
  int focused = -1;

  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    focused = self->focus;

  cairo_save (cr);
  cairo_translate (cr, layout->x + layout->scale * limber_body_view_centre (view),
                   layout->y + layout->scale * LIMBER_BODY_TITLE_HEIGHT);
  cairo_scale (cr, layout->scale, layout->scale);

  /* The silhouette: a faint fill, outlined around the whole body only (the inner half of the
   * outline and the seams between head, arms and trunk are cleared away). */
  cairo_push_group (cr);
  cairo_append_path (cr, shapes->body);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_line_width (cr, 3 * px);
  set_source_rgba (cr, fg, 0.45);
  cairo_stroke_preserve (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_fill_preserve (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  set_source_rgba (cr, fg, 0.05);
  cairo_fill (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint (cr);

  for (guint i = 0; i < shapes->n_regions; i++)
    {
      int level = limber_body_map_region_level (self, i);
      gboolean selected = region_selected (self, i);

      if (shapes->regions[i].view != view)
        continue;

      cairo_save (cr);
      limber_body_shapes_clip_region (cr, shapes, i);

      if (level > 0)
        set_source_hex (cr, level_colors[level], 0.85);
      else if (selected)
        set_source_rgba (cr, accent, 0.15);
      else
        set_source_rgba (cr, fg, 0.04);
      cairo_paint (cr);

      if ((int) i == self->hover)
        {
          set_source_rgba (cr, fg, 0.10);
          cairo_paint (cr);
        }

      /* Seams between zones: half of a 2 px line on each side. */
      set_source_rgba (cr, fg, 0.3);
      stroke_region_edges (cr, shapes, i, FALSE, 1.5 * px);

      if (selected)
        {
          set_source_rgba (cr, accent, 1);
          stroke_region_edges (cr, shapes, i, TRUE, 5 * px);
        }
      else if ((int) i == self->hover)
        {
          set_source_rgba (cr, fg, 0.5);
          stroke_region_edges (cr, shapes, i, TRUE, 3 * px);
        }

      if ((int) i == focused)
        {
          double dash = 4 * px;

          cairo_set_dash (cr, &dash, 1, 0);
          set_source_rgba (cr, fg, 0.8);
          stroke_region_edges (cr, shapes, i, TRUE, 4 * px);
        }

      cairo_restore (cr);
    }

  cairo_restore (cr);
}

static void
draw_label (GtkSnapshot   *snapshot,
            PangoLayout   *pango_layout,
            double         centre_x,
            double         centre_y,
            const GdkRGBA *color)
{
  int width, height;

  pango_layout_get_pixel_size (pango_layout, &width, &height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (centre_x - width / 2.0),
                                                          round (centre_y - height / 2.0)));
  gtk_snapshot_append_layout (snapshot, pango_layout, color);
  gtk_snapshot_restore (snapshot);
}

static PangoLayout *
create_caption (LimberBodyMap *self,
                const char    *text,
                gboolean       bold)
{
  PangoLayout *pango_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (bold ? 1.0 : 0.85));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (pango_layout, attrs);
  pango_attr_list_unref (attrs);

  return pango_layout;
}

/* "Front" and "Back" above the figures, and which side is which beside their feet. */
static void
draw_titles (LimberBodyMap          *self,
             GtkSnapshot            *snapshot,
             const LimberBodyLayout *layout,
             const GdkRGBA          *fg)
{
  const char *titles[LIMBER_BODY_N_VIEWS] = { _("Front"), _("Back") };
  GdkRGBA dim = *fg;
  double feet_y = layout->y + layout->scale * (LIMBER_BODY_TITLE_HEIGHT + 228);

  dim.alpha *= 0.7;

  for (LimberBodyView view = 0; view < LIMBER_BODY_N_VIEWS; view++)
    {
      double centre = layout->x + layout->scale * limber_body_view_centre (view);
      double offset = layout->scale * 33;
      g_autoptr(PangoLayout) title = create_caption (self, titles[view], TRUE);
      g_autoptr(PangoLayout) left = create_caption (self, _("Left"), FALSE);
      g_autoptr(PangoLayout) right = create_caption (self, _("Right"), FALSE);
      gboolean facing = view == LIMBER_BODY_VIEW_FRONT;

      draw_label (snapshot, title, centre,
                  layout->y + layout->scale * LIMBER_BODY_TITLE_HEIGHT / 2, fg);
      draw_label (snapshot, facing ? right : left, centre - offset, feet_y, &dim);
      draw_label (snapshot, facing ? left : right, centre + offset, feet_y, &dim);
    }
}

/* A row of swatches from no soreness to the worst, with the words at both ends. */
static void
draw_legend (LimberBodyMap          *self,
             GtkSnapshot            *snapshot,
             const LimberBodyLayout *layout,
             const GdkRGBA          *fg)
{
  g_autoptr(PangoLayout) low = create_caption (self, limber_soreness_level_get_label (0), FALSE);
  g_autoptr(PangoLayout) high =
    create_caption (self, limber_soreness_level_get_label (LIMBER_BODY_LEVEL_MAX), FALSE);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double top = layout->y + 6 +
               layout->scale * (LIMBER_BODY_TITLE_HEIGHT + LIMBER_BODY_FIGURE_HEIGHT);
  double swatch, gap = 2, height = 10, bar_width, x;
  int low_width, high_width, text_height;
  GdkRGBA dim = *fg;
  cairo_t *cr;

  dim.alpha *= 0.7;
  pango_layout_get_pixel_size (low, &low_width, NULL);
  pango_layout_get_pixel_size (high, &high_width, &text_height);

  swatch = (width - low_width - high_width - 24) / (LIMBER_BODY_LEVEL_MAX + 1) - gap;
  swatch = CLAMP (swatch, 4, 16);
  bar_width = (LIMBER_BODY_LEVEL_MAX + 1) * (swatch + gap) - gap;
  x = (width - bar_width) / 2;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, top, bar_width, height));
  for (int level = 0; level <= LIMBER_BODY_LEVEL_MAX; level++)
    {
      double sx = x + level * (swatch + gap);

      cairo_rectangle (cr, sx, top, swatch, height);
      if (level == 0)
        set_source_rgba (cr, fg, 0.12);
      else
        set_source_hex (cr, level_colors[level], 0.85);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  draw_label (snapshot, low, x - 8 - low_width / 2.0, top + height / 2, &dim);
  draw_label (snapshot, high, x + bar_width + 8 + high_width / 2.0, top + height / 2, &dim);
}

void
limber_body_map_get_layout (LimberBodyMap    *self,
                            LimberBodyLayout *layout)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  layout->scale = MAX (0, MIN (width / LIMBER_BODY_LAYOUT_WIDTH,
                               height / LIMBER_BODY_LAYOUT_HEIGHT));
  layout->x = (width - LIMBER_BODY_LAYOUT_WIDTH * layout->scale) / 2;
  layout->y = (height - LIMBER_BODY_LAYOUT_HEIGHT * layout->scale) / 2;
}

/* The centre line of a view's figure, in layout units. */
double
limber_body_view_centre (LimberBodyView view)
{
  return LIMBER_BODY_FIGURE_WIDTH / 2 + view * (LIMBER_BODY_FIGURE_WIDTH + LIMBER_BODY_VIEW_GAP);
}

int
limber_body_map_region_level (LimberBodyMap *self,
                              guint          index)
{
  const LimberBodyRegion *region = &limber_body_shapes_get ()->regions[index];

  return self->levels[region->zone][region->side];
}

void
limber_body_map_draw (LimberBodyMap *self,
                      GtkSnapshot   *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg, accent;
  LimberBodyLayout layout;
  cairo_t *cr;

  limber_body_map_get_layout (self, &layout);
  if (layout.scale <= 0)
    return;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  for (LimberBodyView view = 0; view < LIMBER_BODY_N_VIEWS; view++)
    draw_view (self, cr, &layout, view, &fg, &accent);
  cairo_destroy (cr);

  draw_titles (self, snapshot, &layout, &fg);
  draw_legend (self, snapshot, &layout, &fg);
}
