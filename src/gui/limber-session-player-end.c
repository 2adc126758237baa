/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-session-player"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-session-player-private.h"

/* How a guided session ends: stopped early (keep what was done, or not), or played to the
 * end; logged in the journal; with the mobility self-tests measured before the start and
 * after the end, when the user wants them. */

/* "12 min", or "45 s" under a minute. */
char *
limber_session_player_format_minutes (guint seconds)
{
  if (seconds < 60)
    /* Translators: a short time in seconds */
    return g_strdup_printf (_("%u s"), seconds);

  /* Translators: a time in whole minutes */
  return g_strdup_printf (_("%u min"), (seconds + 30) / 60);
}

static void
show_done (LimberSessionPlayer *self,
           const GError        *error)
{
  g_autofree char *description = NULL;

  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->done_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->done_page, _("Session Not Logged"));
      adw_status_page_set_description (self->done_page, error->message);
    }
  else if (self->saved != NULL)
    {
      guint minutes = (limber_fascia_session_get_duration (self->saved) + 30) / 60;

      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u minute of fascia work is now in your "
                                                  "journal, and this week’s plan counts it.",
                                                  "%u minutes of fascia work are now in your "
                                                  "journal, and this week’s plan counts them.",
                                                  minutes),
                                     minutes);
      adw_status_page_set_icon_name (self->done_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->done_page, _("Session Logged"));
      adw_status_page_set_description (self->done_page, description);
    }
  else
    {
      adw_status_page_set_icon_name (self->done_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->done_page, _("Session Stopped"));
      adw_status_page_set_description (self->done_page, _("Nothing was logged."));
    }

  /* The tick in green when the work is logged. */
  if (error == NULL && self->saved != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->done_page), "limber-session-logged");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->done_page), "limber-session-logged");

  gtk_widget_set_visible (GTK_WIDGET (self->after_button),
                          self->saved != NULL && self->measured && !self->after_saved);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

/* Logs what was done; the journal's change signal updates the plan at once. */
static void
save (LimberSessionPlayer *self)
{
  LimberDay today = limber_journal_get_today (self->journal);
  g_autoptr(LimberFasciaSession) fascia = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  /* The time of day only when "today" is today, not a day pinned by a test. */
  if (today == limber_day_today ())
    now = g_date_time_new_now_local ();

  fascia = limber_session_to_fascia_session (self->session, today, now);
  if (!limber_journal_add (self->journal, LIMBER_ENTRY (fascia), &error))
    {
      show_done (self, error);
      return;
    }

  g_set_object (&self->saved, fascia);
  limber_session_player_emit_saved (self);

  if (self->measured)
    limber_session_player_show_tests (self, TRUE);
  else
    show_done (self, NULL);
}

/* Reads the self-tests into a scratch session that the journal's checks can judge. */
static LimberFasciaSession *
read_tests (LimberSessionPlayer *self)
{
  LimberDay today = limber_journal_get_today (self->journal);
  g_autoptr(LimberFasciaSession) scratch = limber_fascia_session_new ();
  g_autoptr(GError) error = NULL;

  limber_entry_set_day (LIMBER_ENTRY (scratch), today);
  limber_fascia_session_set_duration (scratch, LIMBER_FASCIA_MIN_SECONDS);

  if (!limber_mobility_editor_add_results (self->mobility_editor, scratch, &error) ||
      !limber_entry_validate (LIMBER_ENTRY (scratch), today, &error))
    {
      limber_mobility_editor_show_error (self->mobility_editor, error);
      return NULL;
    }

  limber_mobility_editor_show_error (self->mobility_editor, NULL);

  return g_steal_pointer (&scratch);
}

/* The tests before the start, or after the end. */
void
limber_session_player_show_tests (LimberSessionPlayer *self,
                                  gboolean             after)
{
  self->tests_after = after;

  if (after)
    {
      gtk_label_set_label (self->tests_title, _("How Do You Move Now?"));
      gtk_label_set_label (self->tests_description,
                           _("The session is logged. Do the same self-tests again and type "
                             "the after values to see what it changed."));
      gtk_button_set_label (self->tests_button, _("_Save Results"));
    }
  else
    {
      gtk_label_set_label (self->tests_title, _("Before You Start"));
      gtk_label_set_label (self->tests_description,
                           _("Do the self-tests you like and type the before values; leave "
                             "the others empty. At the end you can measure again."));
      gtk_button_set_label (self->tests_button, _("_Start the Session"));
    }

  limber_mobility_editor_set_enabled (self->mobility_editor, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "tests");
  gtk_widget_grab_focus (GTK_WIDGET (self->mobility_editor));
}

static void
start_after_tests (LimberSessionPlayer *self,
                   gboolean             skip)
{
  g_autoptr(LimberFasciaSession) scratch = NULL;
  const LimberMobilityResult *results;
  guint n_results;

  limber_session_clear_results (self->session);

  if (!skip)
    {
      scratch = read_tests (self);
      if (scratch == NULL)
        return;

      results = limber_fascia_session_get_results (scratch, &n_results);
      for (guint i = 0; i < n_results; i++)
        if (!results[i].after)
          limber_session_add_result (self->session, results[i].test_id, results[i].side,
                                     FALSE, results[i].value);
    }

  self->measured = limber_session_get_n_results (self->session) > 0;
  gtk_widget_activate_action (GTK_WIDGET (self), "player.start", NULL);
}

/* The after values join the logged session. */
static void
save_after_tests (LimberSessionPlayer *self)
{
  g_autoptr(LimberFasciaSession) scratch = read_tests (self);
  g_autoptr(LimberEntry) copy = NULL;
  g_autoptr(GError) error = NULL;
  const LimberMobilityResult *results;
  guint n_results;

  if (scratch == NULL || self->saved == NULL)
    return;

  copy = limber_entry_copy (LIMBER_ENTRY (self->saved));
  limber_fascia_session_clear_results (LIMBER_FASCIA_SESSION (copy));
  results = limber_fascia_session_get_results (scratch, &n_results);
  for (guint i = 0; i < n_results; i++)
    limber_fascia_session_add_result (LIMBER_FASCIA_SESSION (copy), results[i].test_id,
                                      results[i].side, results[i].after, results[i].value);

  if (!limber_journal_update (self->journal, copy, &error))
    {
      limber_mobility_editor_show_error (self->mobility_editor, error);
      return;
    }

  g_set_object (&self->saved, LIMBER_FASCIA_SESSION (copy));
  self->after_saved = TRUE;
  show_done (self, NULL);
}

void
limber_session_player_tests_done (LimberSessionPlayer *self,
                                  gboolean             skip)
{
  if (!self->tests_after)
    start_after_tests (self, skip);
  else if (!skip)
    save_after_tests (self);
  else
    show_done (self, NULL);
}

/* Played to the end, or stopped and kept. */
void
limber_session_player_end (LimberSessionPlayer *self)
{
  limber_session_player_release (self);
  save (self);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

static void
on_stop_response_cb (LimberSessionPlayer *self,
                     const char          *response)
{
  self->stop_dialog = NULL;

  if (g_str_equal (response, "keep"))
    {
      limber_session_stop (self->session);
      limber_session_player_end (self);
    }
  else if (g_str_equal (response, "discard"))
    {
      limber_session_stop (self->session);
      limber_session_player_release (self);
      /* Not while the question is still answering: it would be destroyed under itself. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (self->resume_on_cancel)
    {
      limber_session_resume (self->session);
    }
}

/* Pauses, and asks whether to keep the minutes done; under a minute there is nothing the
 * journal would take, so it only asks whether to stop. */
void
limber_session_player_ask_stop (LimberSessionPlayer *self)
{
  AdwMessageDialog *dialog;
  guint spent;

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->stop_dialog));
      return;
    }

  self->resume_on_cancel = limber_session_get_state (self->session) == LIMBER_SESSION_PLAYING;
  limber_session_pause (self->session);
  if (!limber_session_is_running (self->session))
    return;

  spent = limber_session_get_spent (self->session);
  if (spent >= LIMBER_FASCIA_MIN_SECONDS)
    {
      guint minutes = (spent + 30) / 60;
      g_autofree char *heading = NULL;

      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Keep the %u Minute Done?",
                                              "Keep the %u Minutes Done?", minutes), minutes);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
      adw_message_dialog_set_body (dialog, _("Keep logs the moves you did as a fascia session, "
                                             "with the time you actually spent on each."));
      adw_message_dialog_add_responses (dialog,
                                        "continue", _("_Continue Session"),
                                        "discard", _("_Discard"),
                                        "keep", _("_Keep"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "keep", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "keep");
    }
  else
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Stop the Session?"), NULL));
      adw_message_dialog_set_body (dialog, _("Less than a minute was done: too little to log."));
      adw_message_dialog_add_responses (dialog,
                                        "continue", _("_Continue Session"),
                                        "discard", _("_Stop"),
                                        NULL);
      adw_message_dialog_set_default_response (dialog, "continue");
    }
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "continue");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_stop_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->stop_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}
