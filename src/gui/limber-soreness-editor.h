/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-body-map.h"
#include "limber-editor-form.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SORENESS_EDITOR (limber_soreness_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberSorenessEditor, limber_soreness_editor, LIMBER, SORENESS_EDITOR,
                      GtkBox)

LimberBodyMap  *limber_soreness_editor_get_body_map   (LimberSorenessEditor *self);
GtkCheckButton *limber_soreness_editor_get_zone_check (LimberSorenessEditor *self,
                                                       LimberZone            zone,
                                                       LimberSide            side);
GtkListBoxRow  *limber_soreness_editor_get_zone_row   (LimberSorenessEditor *self,
                                                       LimberZone            zone,
                                                       LimberSide            side);
guint           limber_soreness_editor_get_n_zones    (LimberSorenessEditor *self);

G_END_DECLS
