/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-fascia-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_MOBILITY_EDITOR (limber_mobility_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberMobilityEditor, limber_mobility_editor,
                      LIMBER, MOBILITY_EDITOR, AdwPreferencesGroup)

void        limber_mobility_editor_load        (LimberMobilityEditor  *self,
                                                LimberFasciaSession   *session);
void        limber_mobility_editor_set_enabled (LimberMobilityEditor  *self,
                                                gboolean               enabled);
gboolean    limber_mobility_editor_add_results (LimberMobilityEditor  *self,
                                                LimberFasciaSession   *session,
                                                GError               **error);
void        limber_mobility_editor_show_error  (LimberMobilityEditor  *self,
                                                const GError          *error);
GtkWidget  *limber_mobility_editor_get_entry   (LimberMobilityEditor  *self,
                                                const char            *test_id,
                                                LimberSide             side,
                                                gboolean               after);

G_END_DECLS
