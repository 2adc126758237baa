/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-mobility-editor.h"
#include "limber-move-how-to.h"
#include "limber-session-player.h"

G_BEGIN_DECLS

struct _LimberSessionPlayer
{
  AdwWindow             parent_instance;

  LimberJournal        *journal;
  LimberClock          *clock;
  char                 *title;
  LimberSession        *session;
  LimberFasciaSession  *saved;            /* the entry in the journal, once saved */
  AdwMessageDialog     *stop_dialog;      /* while it asks */
  guint                 inhibit_cookie;
  guint                 cue_timeout_id;
  guint                 count_in_tick;    /* counting down to the start */
  gint64                count_in_end;     /* when it starts, by the player's clock */
  guint                 inhibiting : 1;
  guint                 tests_after : 1;  /* the tests page is for the after values */
  guint                 measured : 1;     /* before values were measured */
  guint                 after_saved : 1;  /* and after values saved */
  guint                 cue_flip : 1;
  guint                 resume_on_cancel : 1;

  AdwWindowTitle       *window_title;
  GtkButton            *stop_button;
  GtkStack             *stack;
  GtkShortcutController *shortcuts;
  GtkLabel             *ready_title;
  GtkLabel             *ready_summary;
  GtkListBox           *ready_list;
  GtkLabel             *tools_label;
  GtkButton            *start_button;
  GtkLabel             *count_in_label;
  GtkLabel             *tests_title;
  GtkLabel             *tests_description;
  LimberMobilityEditor *mobility_editor;
  GtkButton            *tests_button;
  GtkLabel             *position_label;
  GtkLabel             *done_label;
  GtkLabel             *session_label;
  GtkProgressBar       *session_bar;
  GtkWidget            *move_card;
  GtkStack             *cue_stack;
  GtkLabel             *cue_label;
  GtkLabel             *move_title;
  GtkLabel             *move_where;
  GtkLabel             *countdown_label;
  GtkProgressBar       *move_bar;
  GtkButton            *pause_button;
  GtkLabel             *reminder_label;
  AdwActionRow         *next_row;
  GtkLabel             *next_time;
  LimberMoveHowTo      *how_to;
  AdwStatusPage        *done_page;
  GtkButton            *close_button;
  GtkButton            *after_button;
};

/* limber-session-player-view.c: what it shows. */
void  limber_session_player_fill_ready_page  (LimberSessionPlayer *self);
void  limber_session_player_update_move      (LimberSessionPlayer *self);
void  limber_session_player_update_time      (LimberSessionPlayer *self);
void  limber_session_player_update_state     (LimberSessionPlayer *self);
void  limber_session_player_show_cue         (LimberSessionPlayer *self);

/* limber-session-player-end.c: the self-tests, stopping early, saving. */
void  limber_session_player_show_tests       (LimberSessionPlayer *self,
                                              gboolean             after);
void  limber_session_player_tests_done       (LimberSessionPlayer *self,
                                              gboolean             skip);
void  limber_session_player_ask_stop         (LimberSessionPlayer *self);
void  limber_session_player_end              (LimberSessionPlayer *self);
void  limber_session_player_release          (LimberSessionPlayer *self);
void  limber_session_player_emit_saved       (LimberSessionPlayer *self);

char *limber_session_player_format_minutes   (guint                seconds);

G_END_DECLS
