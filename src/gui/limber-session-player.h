/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-journal.h"
#include "limber-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SESSION_PLAYER (limber_session_player_get_type ())

G_DECLARE_FINAL_TYPE (LimberSessionPlayer, limber_session_player,
                      LIMBER, SESSION_PLAYER, AdwWindow)

LimberSessionPlayer *limber_session_player_new             (GtkWindow               *parent,
                                                            LimberJournal           *journal,
                                                            const char              *title,
                                                            const LimberRoutineMove *moves,
                                                            guint                    n_moves,
                                                            LimberClock             *clock);

void                 limber_session_player_count_in        (LimberSessionPlayer     *self,
                                                            guint                    seconds);
guint                limber_session_player_get_count_in    (LimberSessionPlayer     *self);

LimberSession       *limber_session_player_get_session     (LimberSessionPlayer     *self);
LimberFasciaSession *limber_session_player_get_saved       (LimberSessionPlayer     *self);
gboolean             limber_session_player_get_inhibiting  (LimberSessionPlayer     *self);
AdwMessageDialog    *limber_session_player_get_stop_dialog (LimberSessionPlayer     *self);

G_END_DECLS
