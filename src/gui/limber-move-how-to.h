/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "limber-moves.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_MOVE_HOW_TO (limber_move_how_to_get_type ())

G_DECLARE_FINAL_TYPE (LimberMoveHowTo, limber_move_how_to, LIMBER, MOVE_HOW_TO, GtkWidget)

GtkWidget        *limber_move_how_to_new          (const LimberMove *move);
const LimberMove *limber_move_how_to_get_move     (LimberMoveHowTo  *self);
void              limber_move_how_to_set_move     (LimberMoveHowTo  *self,
                                                   const LimberMove *move);
void              limber_move_how_to_set_summary  (LimberMoveHowTo  *self,
                                                   gboolean          show_summary);
void              limber_move_how_to_set_pictogram (LimberMoveHowTo *self,
                                                    gboolean         show_pictogram);

G_END_DECLS
