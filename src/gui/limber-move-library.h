/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-moves.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_MOVE_LIBRARY (limber_move_library_get_type ())

G_DECLARE_FINAL_TYPE (LimberMoveLibrary, limber_move_library, LIMBER, MOVE_LIBRARY, AdwWindow)

LimberMoveLibrary *limber_move_library_new              (GtkWindow         *parent);

void               limber_move_library_set_zone         (LimberMoveLibrary *self,
                                                         LimberZone         zone);
void               limber_move_library_set_tool         (LimberMoveLibrary *self,
                                                         LimberTool         tool);
GtkWidget         *limber_move_library_get_row          (LimberMoveLibrary *self,
                                                         const char        *move_id);
GtkWidget         *limber_move_library_get_start_button (LimberMoveLibrary *self,
                                                         const char        *move_id);
GtkWidget         *limber_move_library_get_pick_button  (LimberMoveLibrary *self,
                                                         const char        *move_id);
GtkWidget         *limber_move_library_get_time_spin    (LimberMoveLibrary *self,
                                                         const char        *move_id);
guint              limber_move_library_get_n_picked     (LimberMoveLibrary *self);

G_END_DECLS
