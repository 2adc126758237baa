/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-body.h"
#include "limber-moves.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_FASCIA_ITEM_ROW (limber_fascia_item_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberFasciaItemRow, limber_fascia_item_row,
                      LIMBER, FASCIA_ITEM_ROW, AdwExpanderRow)

LimberFasciaItemRow *limber_fascia_item_row_new         (const LimberMove    *move,
                                                         LimberZone           zone);
LimberFasciaItemRow *limber_fascia_item_row_new_loaded  (const char          *move_id,
                                                         LimberZone           zone,
                                                         LimberSide           side,
                                                         guint                seconds);
const char          *limber_fascia_item_row_get_move_id (LimberFasciaItemRow *self);
LimberZone           limber_fascia_item_row_get_zone    (LimberFasciaItemRow *self);
LimberSide           limber_fascia_item_row_get_side    (LimberFasciaItemRow *self);
gboolean             limber_fascia_item_row_get_seconds (LimberFasciaItemRow *self,
                                                         guint               *seconds);
GtkWidget           *limber_fascia_item_row_get_time_spin (LimberFasciaItemRow *self);

G_END_DECLS
