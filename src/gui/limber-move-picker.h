/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-moves.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_MOVE_PICKER (limber_move_picker_get_type ())

G_DECLARE_FINAL_TYPE (LimberMovePicker, limber_move_picker,
                      LIMBER, MOVE_PICKER, AdwPreferencesGroup)

LimberZone  limber_move_picker_get_zone       (LimberMovePicker *self);
void        limber_move_picker_set_zone       (LimberMovePicker *self,
                                               LimberZone        zone);
void        limber_move_picker_set_tool       (LimberMovePicker *self,
                                               LimberTool        tool);
void        limber_move_picker_set_added      (LimberMovePicker *self,
                                               const char       *move_id,
                                               gboolean          added);
GtkWidget  *limber_move_picker_get_row        (LimberMovePicker *self,
                                               const char       *move_id);
GtkWidget  *limber_move_picker_get_add_button (LimberMovePicker *self,
                                               const char       *move_id);

G_END_DECLS
