/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-body-map"

#include "config.h"

#include <math.h>

#include "limber-body-map-private.h"

/* The geometry of the body map, built once. Everything is drawn for the half of the figure on
 * the viewer's left (negative x) and mirrored for the other half, so both legs match. */

/* Paired zones stay this far left of the midline (or right, mirrored), so that the two sides of
 * a view never overlap and a click decides the side by the shape it lands in. */
#define MIDLINE (-0.35)
#define FAR_OUT (-48.0)

typedef struct
{
  double x;
  double y;
} Point;

/* The right half of the neck, torso and leg outline, from under the chin down the outside of
 * the body and back up the inside of the leg; the crotch closes it. */
static const Point trunk_half[] = {
  { 5.5, 19 }, { 6.0, 29 }, { 11, 34.5 }, { 20, 37.5 }, { 25.5, 41 }, { 27, 47 },
  { 25.5, 56 }, { 22.5, 68 }, { 19.5, 80 }, { 18.5, 89 }, { 20, 99 }, { 23, 110 },
  { 23.6, 120 }, { 22.8, 134 }, { 20.8, 150 }, { 18, 164 }, { 18.2, 174 }, { 18.8, 184 },
  { 16.8, 200 }, { 12.6, 216 }, { 12.4, 224 }, { 14.6, 231 }, { 13.6, 237 }, { 9.5, 239.5 },
  { 5.8, 237.5 }, { 5.2, 230 }, { 5.8, 222 }, { 5.4, 206 }, { 4.2, 186 }, { 3.8, 170 },
  { 3.6, 160 }, { 3.0, 146 }, { 1.8, 134 },
};
static const Point crotch = { 0, 127.5 };

/* A smooth closed curve through @points (Catmull-Rom, drawn as Bézier curves). */
static void
smooth_closed_curve (cairo_t     *cr,
                     const Point *points,
                     guint        n)
{
  cairo_move_to (cr, points[0].x, points[0].y);

  for (guint i = 0; i < n; i++)
    {
      const Point *p0 = &points[(i + n - 1) % n];
      const Point *p1 = &points[i];
      const Point *p2 = &points[(i + 1) % n];
      const Point *p3 = &points[(i + 2) % n];

      cairo_curve_to (cr,
                      p1->x + (p2->x - p0->x) / 6, p1->y + (p2->y - p0->y) / 6,
                      p2->x - (p3->x - p1->x) / 6, p2->y - (p3->y - p1->y) / 6,
                      p2->x, p2->y);
    }

  cairo_close_path (cr);
}

/* Clockwise on screen, like every other part of the body, so that overlapping parts add up
 * under the non-zero fill rule. */
static void
trunk (cairo_t *cr)
{
  guint half = G_N_ELEMENTS (trunk_half);
  guint n = 2 * half + 1;
  g_autofree Point *points = g_new (Point, n);

  for (guint i = 0; i < half; i++)
    {
      points[i] = trunk_half[i];
      points[n - 1 - i] = (Point) { -trunk_half[i].x, trunk_half[i].y };
    }
  points[half] = crotch;

  smooth_closed_curve (cr, points, n);
}

static void
ellipse (cairo_t *cr,
         double   x,
         double   y,
         double   rx,
         double   ry)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, rx, ry);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_close_path (cr);
  cairo_restore (cr);
}

/* Two circles joined by their outer tangents: a limb that narrows from (x1, y1) to (x2, y2). */
static void
tapered_limb (cairo_t *cr,
              double   x1,
              double   y1,
              double   r1,
              double   x2,
              double   y2,
              double   r2)
{
  double angle = atan2 (y2 - y1, x2 - x1);
  double spread = acos ((r1 - r2) / hypot (x2 - x1, y2 - y1));

  cairo_new_sub_path (cr);
  cairo_arc (cr, x1, y1, r1, angle + spread, angle + 2 * G_PI - spread);
  cairo_arc (cr, x2, y2, r2, angle - spread, angle + spread);
  cairo_close_path (cr);
}

static void
arm (cairo_t *cr,
     double   mirror)
{
  tapered_limb (cr, mirror * 28.5, 46, 6.3, mirror * 31.5, 84, 4.7);
  tapered_limb (cr, mirror * 31.5, 84, 4.7, mirror * 35, 117, 3.4);
  ellipse (cr, mirror * 36.2, 126, 3.9, 7.2);
}

static void
body (cairo_t *cr)
{
  trunk (cr);
  ellipse (cr, 0, 13.5, 10, 13);
  arm (cr, -1);
  arm (cr, 1);
}

/* The zones, each for the figure's half on the viewer's left. */

static void
quad_shape (cairo_t *cr)
{
  /* From the crotch along the groin to the hip, down to the knee. */
  cairo_move_to (cr, MIDLINE, 126);
  cairo_curve_to (cr, -6, 121, -14, 113, -24, 106);
  cairo_line_to (cr, FAR_OUT, 106);
  cairo_line_to (cr, FAR_OUT, 170);
  cairo_line_to (cr, MIDLINE, 170);
  cairo_close_path (cr);
}

static void
adductor_shape (cairo_t *cr)
{
  /* A long drop on the inner thigh, widest at the groin. */
  cairo_move_to (cr, MIDLINE, 160);
  cairo_curve_to (cr, -3, 150, -8.5, 138, -8.8, 126);
  cairo_curve_to (cr, -8.8, 122, -4, 121, MIDLINE, 124);
  cairo_close_path (cr);
}

static void
it_band_shape (cairo_t *cr)
{
  /* A strip down the outside of the thigh. */
  cairo_move_to (cr, FAR_OUT, 100);
  cairo_line_to (cr, -19.5, 100);
  cairo_curve_to (cr, -17.8, 128, -16.2, 148, -13.5, 166);
  cairo_line_to (cr, FAR_OUT, 166);
  cairo_close_path (cr);
}

static void
hip_front_shape (cairo_t *cr)
{
  /* The side of the pelvis, from the waist down to the groin line (the outer half of the
   * quadriceps' upper edge). */
  cairo_move_to (cr, FAR_OUT, 91);
  cairo_line_to (cr, -16, 91);
  cairo_curve_to (cr, -12, 97, -10, 106, -10.54, 116.75);
  cairo_curve_to (cr, -14.5, 113.25, -19, 109.5, -24, 106);
  cairo_line_to (cr, FAR_OUT, 106);
  cairo_close_path (cr);
}

static void
knee_shape (cairo_t *cr)
{
  ellipse (cr, -10.9, 165, 9.5, 8);
}

static void
shin_shape (cairo_t *cr)
{
  cairo_rectangle (cr, FAR_OUT, 166, MIDLINE - FAR_OUT, 57);
}

static void
foot_shape (cairo_t *cr)
{
  /* Below the ankle. */
  cairo_move_to (cr, FAR_OUT, 224);
  cairo_curve_to (cr, -16, 218.5, -8, 218.5, MIDLINE, 222);
  cairo_line_to (cr, MIDLINE, 248);
  cairo_line_to (cr, FAR_OUT, 248);
  cairo_close_path (cr);
}

static void
hamstring_shape (cairo_t *cr)
{
  cairo_rectangle (cr, FAR_OUT, 108, MIDLINE - FAR_OUT, 64);
}

static void
glute_shape (cairo_t *cr)
{
  /* From the top of the pelvis down to the fold under the buttock. */
  cairo_move_to (cr, MIDLINE, 103);
  cairo_curve_to (cr, -8, 100, -17, 98, -23, 101);
  cairo_line_to (cr, FAR_OUT, 101);
  cairo_line_to (cr, FAR_OUT, 121);
  cairo_line_to (cr, -21, 121);
  cairo_curve_to (cr, -17, 127.5, -7, 128.5, MIDLINE, 125);
  cairo_close_path (cr);
}

static void
heel_shape (cairo_t *cr)
{
  cairo_rectangle (cr, FAR_OUT, 200, MIDLINE - FAR_OUT, 48);
}

static void
calf_shape (cairo_t *cr)
{
  /* The calf muscle, its lower edge curving up into the Achilles tendon. */
  cairo_move_to (cr, FAR_OUT, 164);
  cairo_line_to (cr, MIDLINE, 164);
  cairo_line_to (cr, MIDLINE, 196);
  cairo_curve_to (cr, -3.5, 209, -13, 211, -19, 198);
  cairo_line_to (cr, FAR_OUT, 198);
  cairo_close_path (cr);
}

static void
lower_back_shape (cairo_t *cr)
{
  double x = -15, y = 80, width = 30, height = 26, r = 7;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + width - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
upper_back_shape (cairo_t *cr)
{
  /* Between and over the shoulder blades, narrowing down the spine. */
  cairo_move_to (cr, -15, 40);
  cairo_curve_to (cr, -21, 42, -21, 48, -19, 58);
  cairo_curve_to (cr, -17, 68, -10, 76, 0, 78);
  cairo_curve_to (cr, 10, 76, 17, 68, 19, 58);
  cairo_curve_to (cr, 21, 48, 21, 42, 15, 40);
  cairo_curve_to (cr, 8, 37.5, -8, 37.5, -15, 40);
  cairo_close_path (cr);
}

typedef struct
{
  LimberBodyView  view;
  LimberZone      zone;
  void          (*shape) (cairo_t *cr);
  Point           point;    /* for the viewer's left half */
} RegionSpec;

/* In drawing order within each view. */
static const RegionSpec region_specs[] = {
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_QUAD,       quad_shape,       { -11, 142 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_ADDUCTOR,   adductor_shape,   { -4.5, 132 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_IT_BAND,    it_band_shape,    { -20, 135 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_HIP,        hip_front_shape,  { -16, 103 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_SHIN,       shin_shape,       { -9.5, 196 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_FOOT,       foot_shape,       { -9.5, 232 } },
  { LIMBER_BODY_VIEW_FRONT, LIMBER_ZONE_KNEE,       knee_shape,       { -10.9, 165 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_HAMSTRING,  hamstring_shape,  { -10, 146 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_IT_BAND,    it_band_shape,    { -20, 135 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_LOWER_BACK, lower_back_shape, { 0, 90 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_HIP,        glute_shape,      { -12, 113 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_HEEL,       heel_shape,       { -9, 228 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_CALF,       calf_shape,       { -11, 182 } },
  { LIMBER_BODY_VIEW_BACK,  LIMBER_ZONE_UPPER_BACK, upper_back_shape, { 0, 56 } },
};

static cairo_path_t *
record (cairo_t  *cr,
        void    (*draw) (cairo_t *cr),
        double    mirror)
{
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_scale (cr, mirror, 1);
  draw (cr);
  cairo_restore (cr);

  return cairo_copy_path (cr);
}

/* Which side of the runner the viewer's left half of a view shows. */
static LimberSide
viewer_left_side (LimberBodyView view)
{
  return view == LIMBER_BODY_VIEW_FRONT ? LIMBER_SIDE_RIGHT : LIMBER_SIDE_LEFT;
}

static LimberSide
other_side (LimberSide side)
{
  return side == LIMBER_SIDE_LEFT ? LIMBER_SIDE_RIGHT : LIMBER_SIDE_LEFT;
}

static LimberBodyShapes *
build_shapes (void)
{
  LimberBodyShapes *shapes = g_new0 (LimberBodyShapes, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GArray *regions = g_array_new (FALSE, TRUE, sizeof (LimberBodyRegion));

  shapes->trunk = record (cr, trunk, 1);
  shapes->body = record (cr, body, 1);

  for (guint i = 0; i < G_N_ELEMENTS (region_specs); i++)
    {
      const RegionSpec *spec = &region_specs[i];
      LimberBodyRegion region = { spec->view, spec->zone, LIMBER_SIDE_CENTRE, NULL,
                                  spec->point.x, spec->point.y };

      if (!limber_zone_is_paired (spec->zone))
        {
          region.shape = record (cr, spec->shape, 1);
          g_array_append_val (regions, region);
          continue;
        }

      region.side = viewer_left_side (spec->view);
      region.shape = record (cr, spec->shape, 1);
      g_array_append_val (regions, region);

      region.side = other_side (region.side);
      region.shape = record (cr, spec->shape, -1);
      region.point_x = -spec->point.x;
      g_array_append_val (regions, region);
    }

  shapes->n_regions = regions->len;
  shapes->regions = (LimberBodyRegion *) (void *) g_array_free (regions, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return shapes;
}

/* The shapes live as long as the program. */
const LimberBodyShapes *
limber_body_shapes_get (void)
{
  static LimberBodyShapes *shapes;
  static gsize built;

  if (g_once_init_enter (&built))
    {
      shapes = build_shapes ();
      g_once_init_leave (&built, 1);
    }

  return shapes;
}

/* Restricts drawing on @cr (in figure units) to what shows of region @index: inside the body
 * outline and its shape, but not under a region drawn after it. */
void
limber_body_shapes_clip_region (cairo_t                *cr,
                                const LimberBodyShapes *shapes,
                                guint                   index)
{
  const LimberBodyRegion *region = &shapes->regions[index];

  cairo_new_path (cr);
  cairo_append_path (cr, shapes->trunk);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_clip (cr);

  cairo_append_path (cr, region->shape);
  cairo_clip (cr);

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint i = index + 1; i < shapes->n_regions; i++)
    {
      if (shapes->regions[i].view != region->view)
        continue;

      cairo_rectangle (cr, -1000, -1000, 2000, 2000);
      cairo_append_path (cr, shapes->regions[i].shape);
      cairo_clip (cr);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

static gboolean
path_contains (cairo_t            *cr,
               const cairo_path_t *path,
               double              x,
               double              y)
{
  cairo_new_path (cr);
  cairo_append_path (cr, path);
  return cairo_in_fill (cr, x, y);
}

/* Whether (@x, @y), in figure units, falls in what shows of region @index; the same test as
 * limber_body_shapes_clip_region() draws. @cr has no transformation. */
gboolean
limber_body_shapes_region_contains (cairo_t                *cr,
                                    const LimberBodyShapes *shapes,
                                    guint                   index,
                                    double                  x,
                                    double                  y)
{
  const LimberBodyRegion *region = &shapes->regions[index];
  gboolean inside;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  inside = path_contains (cr, shapes->trunk, x, y) && path_contains (cr, region->shape, x, y);

  for (guint i = index + 1; inside && i < shapes->n_regions; i++)
    if (shapes->regions[i].view == region->view &&
        path_contains (cr, shapes->regions[i].shape, x, y))
      inside = FALSE;

  cairo_new_path (cr);
  return inside;
}
