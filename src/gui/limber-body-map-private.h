/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-body-map.h"

G_BEGIN_DECLS

/* The drawing's own units: each view is a figure FIGURE_WIDTH wide, centred on x = 0, with the
 * top of the head at y = 0 and the soles at about y = FIGURE_HEIGHT. The widget scales them. */
#define LIMBER_BODY_FIGURE_WIDTH  96.0
#define LIMBER_BODY_FIGURE_HEIGHT 242.0

/* The widget's layout in the same units: the titles ("Front", "Back") above, the two figures
 * side by side, the legend below. */
#define LIMBER_BODY_TITLE_HEIGHT  24.0
#define LIMBER_BODY_LEGEND_HEIGHT 22.0
#define LIMBER_BODY_VIEW_GAP      12.0
#define LIMBER_BODY_LAYOUT_WIDTH  (2 * LIMBER_BODY_FIGURE_WIDTH + LIMBER_BODY_VIEW_GAP)
#define LIMBER_BODY_LAYOUT_HEIGHT \
  (LIMBER_BODY_TITLE_HEIGHT + LIMBER_BODY_FIGURE_HEIGHT + LIMBER_BODY_LEGEND_HEIGHT)

/* One clickable area of one view: a zone on one side, in figure units. */
typedef struct
{
  LimberBodyView  view;
  LimberZone      zone;
  LimberSide      side;    /* left, right or centre */
  cairo_path_t   *shape;   /* cut by the body outline; a paired zone's stays on its side */
  double          point_x; /* a point well inside what shows of the area */
  double          point_y;
} LimberBodyRegion;

typedef struct
{
  cairo_path_t     *trunk;      /* neck, torso and legs as one outline: the zones' edge */
  cairo_path_t     *body;       /* the trunk with the head and arms, drawn but not clickable */
  LimberBodyRegion *regions;    /* in drawing order: a later region covers an earlier one */
  guint             n_regions;
} LimberBodyShapes;

struct _LimberBodyMap
{
  GtkWidget        parent_instance;

  cairo_surface_t *hit_surface;
  cairo_t         *hit_cr;

  guint8           levels[LIMBER_N_ZONES][LIMBER_N_SIDES];     /* by drawn side */
  guint8           selected[LIMBER_N_ZONES][LIMBER_N_SIDES];

  int              hover;       /* region under the pointer, or -1 */
  int              pressed;     /* region where the button went down, or -1 */
  int              focus;       /* region the arrow keys are on */
};

/* Where the layout is drawn in the widget. */
typedef struct
{
  double scale;   /* pixels per unit */
  double x;       /* the layout's top left corner, in widget coordinates */
  double y;
} LimberBodyLayout;

void                    limber_body_map_get_layout      (LimberBodyMap          *self,
                                                         LimberBodyLayout       *layout);
double                  limber_body_view_centre         (LimberBodyView          view);
int                     limber_body_map_region_level    (LimberBodyMap          *self,
                                                         guint                   index);
void                    limber_body_map_draw            (LimberBodyMap          *self,
                                                         GtkSnapshot            *snapshot);

const LimberBodyShapes *limber_body_shapes_get          (void);
void                    limber_body_shapes_clip_region  (cairo_t                *cr,
                                                         const LimberBodyShapes *shapes,
                                                         guint                   index);
gboolean                limber_body_shapes_region_contains (cairo_t                *cr,
                                                            const LimberBodyShapes *shapes,
                                                            guint                   index,
                                                            double                  x,
                                                            double                  y);

G_END_DECLS
