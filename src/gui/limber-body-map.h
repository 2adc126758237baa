/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "limber-body.h"

G_BEGIN_DECLS

/* The two drawings of the map: the runner seen from the front (facing you, so their left
 * side is on your right) and from the back (their left side on your left). */
typedef enum
{
  LIMBER_BODY_VIEW_FRONT,
  LIMBER_BODY_VIEW_BACK,
  LIMBER_BODY_N_VIEWS
} LimberBodyView;

#define LIMBER_BODY_LEVEL_MAX 10

#define LIMBER_TYPE_BODY_MAP (limber_body_map_get_type ())

G_DECLARE_FINAL_TYPE (LimberBodyMap, limber_body_map, LIMBER, BODY_MAP, GtkWidget)

GtkWidget *limber_body_map_new                    (void);

void       limber_body_map_set_level              (LimberBodyMap   *self,
                                                   LimberZone       zone,
                                                   LimberSide       side,
                                                   int              level);
int        limber_body_map_get_level              (LimberBodyMap   *self,
                                                   LimberZone       zone,
                                                   LimberSide       side);
void       limber_body_map_clear_levels           (LimberBodyMap   *self);

void       limber_body_map_set_selected           (LimberBodyMap   *self,
                                                   LimberZone       zone,
                                                   LimberSide       side,
                                                   gboolean         selected);
gboolean   limber_body_map_is_selected            (LimberBodyMap   *self,
                                                   LimberZone       zone,
                                                   LimberSide       side);
void       limber_body_map_clear_selection        (LimberBodyMap   *self);

gboolean   limber_body_map_hit_test               (LimberBodyMap   *self,
                                                   double           x,
                                                   double           y,
                                                   LimberZone      *zone,
                                                   LimberSide      *side);
gboolean   limber_body_map_get_zone_point         (LimberBodyMap   *self,
                                                   LimberZone       zone,
                                                   LimberSide       side,
                                                   double          *x,
                                                   double          *y);
gboolean   limber_body_map_get_zone_point_in_view (LimberBodyMap   *self,
                                                   LimberBodyView   view,
                                                   LimberZone       zone,
                                                   LimberSide       side,
                                                   double          *x,
                                                   double          *y);

G_END_DECLS
