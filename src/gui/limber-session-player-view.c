/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-session-player"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-minutes-spin.h"
#include "limber-session-player-private.h"

/* What the session player shows: the routine before the start; while it plays, the move
 * with its countdown, steps and cautions, what comes next, a calm reminder, and a visual cue
 * when the move changes. */

/* How long the banner naming a new move stays. */
#define CUE_SECONDS 4

/* A reminder comes round every this many seconds of the session. */
#define REMINDER_SECONDS 30

static const char * const reminders[] = {
  N_("Breathe slowly and let the tissue soften under the pressure."),
  N_("If you wince or hold your breath, ease off: gentle pressure is enough."),
  N_("Slow and steady: there is no need to press hard or roll fast."),
  N_("Sharp pain, tingling or numbness? Leave that spot and go on to the next move."),
  N_("Let your shoulders and jaw go soft each time you breathe out."),
};

static const LimberMove *
move_at (LimberSessionPlayer *self,
         guint                index)
{
  return limber_moves_lookup (limber_session_get_move (self->session, index)->move_id);
}

static const char *
move_name (const LimberMove *move)
{
  return move != NULL ? limber_move_get_name (move) : _("Unknown move");
}

static char *
describe_where (const LimberRoutineMove *item)
{
  return limber_zone_side_describe (item->zone, item->side);
}

void
limber_session_player_update_time (LimberSessionPlayer *self)
{
  guint planned = limber_session_get_planned (self->session);
  guint remaining = limber_session_get_remaining (self->session);
  guint move_remaining = limber_session_get_move_remaining (self->session);
  guint spent = limber_session_get_spent (self->session);
  g_autofree char *countdown = limber_minutes_format (move_remaining);
  g_autofree char *left = limber_minutes_format (remaining);
  g_autofree char *done = limber_minutes_format (spent);
  g_autofree char *session_text = NULL;
  g_autofree char *done_text = NULL;
  gboolean playing = limber_session_get_state (self->session) == LIMBER_SESSION_PLAYING;
  guint reminder;

  gtk_label_set_label (self->countdown_label, countdown);
  /* Translators: the time left in the whole session, e.g. "8:20 left" */
  session_text = g_strdup_printf (_("%s left"), left);
  gtk_label_set_label (self->session_label, session_text);
  /* Translators: the time spent so far in the session, e.g. "2:30 done" */
  done_text = g_strdup_printf (_("%s done"), done);
  gtk_label_set_label (self->done_label, done_text);
  gtk_progress_bar_set_fraction (self->session_bar,
                                 planned > 0 ? 1.0 - (double) remaining / planned : 0);
  gtk_progress_bar_set_fraction (self->move_bar,
                                 limber_session_get_move_progress (self->session));

  /* The last seconds of a move in the accent colour: the change is coming. */
  if (playing && move_remaining <= 5)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "accent");

  reminder = (limber_session_get_index (self->session) + spent / REMINDER_SECONDS) %
             G_N_ELEMENTS (reminders);
  gtk_label_set_label (self->reminder_label, _(reminders[reminder]));
}

void
limber_session_player_update_move (LimberSessionPlayer *self)
{
  guint index = limber_session_get_index (self->session);
  guint n_moves = limber_session_get_n_moves (self->session);
  const LimberRoutineMove *item = limber_session_get_move (self->session, index);
  const LimberMove *move = move_at (self, index);
  g_autofree char *where = describe_where (item);
  g_autofree char *position = NULL;

  /* Translators: the place of the current move in the routine, e.g. "Move 2 of 8" */
  position = g_strdup_printf (_("Move %u of %u"), index + 1, n_moves);
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->move_title, move_name (move));
  gtk_label_set_label (self->move_where, where);
  limber_move_how_to_set_move (self->how_to, move);

  if (index + 1 < n_moves)
    {
      const LimberRoutineMove *next_item = limber_session_get_move (self->session, index + 1);
      g_autofree char *next_where = describe_where (next_item);
      g_autofree char *next_time = limber_minutes_format (next_item->seconds);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row),
                                     move_name (move_at (self, index + 1)));
      adw_action_row_set_subtitle (self->next_row, next_where);
      gtk_label_set_label (self->next_time, next_time);
      gtk_widget_set_visible (GTK_WIDGET (self->next_time), TRUE);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row),
                                     _("Nothing: this is the last move"));
      adw_action_row_set_subtitle (self->next_row,
                                   _("The session ends when its time runs out."));
      gtk_widget_set_visible (GTK_WIDGET (self->next_time), FALSE);
    }

  limber_session_player_update_time (self);
}

static gboolean
on_cue_timeout_cb (gpointer data)
{
  LimberSessionPlayer *self = data;

  self->cue_timeout_id = 0;
  gtk_stack_set_visible_child_name (self->cue_stack, "position");

  return G_SOURCE_REMOVE;
}

/* The visual cue of a new move: a badge over its name, in place of its position for a few
 * seconds, and a brief glow of its card. Two classes with the same animation take turns, so
 * that each change starts it afresh. */
void
limber_session_player_show_cue (LimberSessionPlayer *self)
{
  guint index = limber_session_get_index (self->session);
  const LimberRoutineMove *item = limber_session_get_move (self->session, index);

  if (index > 0 && limber_session_get_move (self->session, index - 1)->move_id == item->move_id)
    gtk_label_set_label (self->cue_label, _("Other side"));
  else
    gtk_label_set_label (self->cue_label, _("New move"));

  gtk_stack_set_visible_child_name (self->cue_stack, "cue");
  g_clear_handle_id (&self->cue_timeout_id, g_source_remove);
  self->cue_timeout_id = g_timeout_add_seconds (CUE_SECONDS, on_cue_timeout_cb, self);

  self->cue_flip = !self->cue_flip;
  gtk_widget_remove_css_class (self->move_card, self->cue_flip ? "cue-b" : "cue-a");
  gtk_widget_add_css_class (self->move_card, self->cue_flip ? "cue-a" : "cue-b");
}

void
limber_session_player_update_state (LimberSessionPlayer *self)
{
  LimberSessionState state = limber_session_get_state (self->session);
  gboolean running = limber_session_is_running (self->session);
  gboolean paused = state == LIMBER_SESSION_PAUSED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.start",
                                 state == LIMBER_SESSION_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.measure-before",
                                 state == LIMBER_SESSION_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.toggle-pause", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.skip", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.back", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.stop", running);
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), running);

  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Resume (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  paused ? _("Resume") : _("Pause"),
                                  -1);
  if (paused)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "dim-label");
  adw_window_title_set_subtitle (self->window_title, paused ? _("Paused") : NULL);

  limber_session_player_update_time (self);
}

static GtkWidget *
new_ready_row (LimberSessionPlayer *self,
               guint                index)
{
  const LimberRoutineMove *item = limber_session_get_move (self->session, index);
  g_autofree char *where = describe_where (item);
  g_autofree char *time = limber_minutes_format (item->seconds);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (time);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), move_name (move_at (self, index)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/* "Have a foam roller and a ball at hand." from the tools the moves use. */
static char *
describe_tools (LimberSessionPlayer *self)
{
  gboolean used[LIMBER_N_TOOLS] = { FALSE, };

  for (guint i = 0; i < limber_session_get_n_moves (self->session); i++)
    {
      const LimberMove *move = move_at (self, i);

      if (move != NULL)
        used[move->tool] = TRUE;
    }

  if (used[LIMBER_TOOL_FOAM_ROLLER] && used[LIMBER_TOOL_BALL])
    return g_strdup (_("Have a foam roller and a ball at hand, and a mat or a rug to sit on."));
  if (used[LIMBER_TOOL_FOAM_ROLLER])
    return g_strdup (_("Have a foam roller at hand, and a mat or a rug to sit on."));
  if (used[LIMBER_TOOL_BALL])
    return g_strdup (_("Have a tennis or lacrosse ball at hand, and a mat or a rug to sit on."));

  return g_strdup (_("No tool needed: a mat or a rug to sit on is enough."));
}

void
limber_session_player_fill_ready_page (LimberSessionPlayer *self)
{
  guint n_moves = limber_session_get_n_moves (self->session);
  g_autofree char *minutes = limber_session_player_format_minutes (
                               limber_session_get_planned (self->session));
  g_autofree char *summary = NULL;
  g_autofree char *tools = describe_tools (self);

  gtk_label_set_label (self->ready_title, self->title);
  adw_window_title_set_title (self->window_title, self->title);
  gtk_window_set_title (GTK_WINDOW (self), self->title);

  /* Translators: the size of a routine, e.g. "8 moves, about 12 min" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u move, about %s",
                                          "%u moves, about %s", n_moves),
                             n_moves, minutes);
  gtk_label_set_label (self->ready_summary, summary);
  gtk_label_set_label (self->tools_label, tools);

  for (guint i = 0; i < n_moves; i++)
    gtk_list_box_append (self->ready_list, new_ready_row (self, i));
}

