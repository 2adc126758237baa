/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-session-player"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-session-player-private.h"

/* The guided session: a routine played move by move with a large countdown, the steps of
 * the move and what comes next; Space pauses, the arrows skip and go back. The moves done
 * are logged in the journal at the end, or when the user stops early and keeps them. What
 * it shows is drawn in limber-session-player-view.c; the stopping, the self-tests and the
 * saving live in limber-session-player-end.c. */

G_DEFINE_FINAL_TYPE (LimberSessionPlayer, limber_session_player, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_CLOCK,
  PROP_TITLE,
  PROP_INHIBITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_inhibit (LimberSessionPlayer *self,
             gboolean             inhibit)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibiting == inhibit)
    return;

  if (inhibit && app != NULL)
    {
      self->inhibit_cookie =
        gtk_application_inhibit (app, GTK_WINDOW (self),
                                 GTK_APPLICATION_INHIBIT_IDLE |
                                 GTK_APPLICATION_INHIBIT_SUSPEND,
                                 _("A guided fascia session is playing"));
      /* The desktop may have no way to inhibit; the session plays all the same. */
      if (self->inhibit_cookie == 0)
        g_debug ("The desktop did not accept the request to stay awake");
    }
  else if (!inhibit && self->inhibit_cookie != 0 && app != NULL)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  self->inhibiting = inhibit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INHIBITING]);
}

static void
on_session_state_cb (LimberSessionPlayer *self)
{
  if (limber_session_is_running (self->session))
    set_inhibit (self, TRUE);

  limber_session_player_update_state (self);
}

static void
on_session_tick_cb (LimberSessionPlayer *self)
{
  limber_session_player_update_time (self);
}

static void
on_session_move_changed_cb (LimberSessionPlayer *self)
{
  limber_session_player_update_move (self);
  limber_session_player_show_cue (self);
}

static void
on_session_finished_cb (LimberSessionPlayer *self)
{
  limber_session_player_end (self);
}

static void
remove_count_in_tick (LimberSessionPlayer *self)
{
  if (self->count_in_tick != 0)
    limber_clock_remove_tick (self->clock, self->count_in_tick);
  self->count_in_tick = 0;
}

static void
stop_count_in (LimberSessionPlayer *self)
{
  remove_count_in_tick (self);

  gtk_widget_set_visible (GTK_WIDGET (self->count_in_label), FALSE);
  gtk_button_set_label (self->start_button, _("_Start"));
}

static void
start (LimberSessionPlayer *self)
{
  stop_count_in (self);

  if (limber_session_get_state (self->session) != LIMBER_SESSION_READY)
    return;

  gtk_stack_set_visible_child_name (self->stack, "playing");
  limber_session_start (self->session);
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

static void
show_count_in (LimberSessionPlayer *self)
{
  guint left = limber_session_player_get_count_in (self);
  g_autofree char *text = NULL;

  /* Translators: the seconds left before a guided session starts by itself */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Starts in %u second",
                                       "Starts in %u seconds", left),
                          left);
  gtk_label_set_label (self->count_in_label, text);
}

static gboolean
on_count_in_tick_cb (gpointer data)
{
  LimberSessionPlayer *self = data;

  if (limber_clock_get_time (self->clock) < self->count_in_end)
    {
      show_count_in (self);
      return G_SOURCE_CONTINUE;
    }

  /* The tick ends here; start () must not remove it again. */
  self->count_in_tick = 0;
  start (self);

  return G_SOURCE_REMOVE;
}

static void
start_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  start (LIMBER_SESSION_PLAYER (widget));
}

static void
measure_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (widget);

  /* Measuring takes as long as it takes: the session starts when the tests are done. */
  stop_count_in (self);
  limber_session_player_show_tests (self, g_str_equal (action_name, "player.measure-after"));
}

static void
tests_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  limber_session_player_tests_done (LIMBER_SESSION_PLAYER (widget),
                                    g_str_equal (action_name, "player.tests-skip"));
}

static void
session_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (widget);

  if (g_str_equal (action_name, "player.toggle-pause"))
    limber_session_toggle_pause (self->session);
  else if (g_str_equal (action_name, "player.skip"))
    limber_session_skip (self->session);
  else if (g_str_equal (action_name, "player.back"))
    limber_session_back (self->session);
  else if (g_str_equal (action_name, "player.stop"))
    limber_session_player_ask_stop (self);
}

static gboolean
limber_session_player_close_request (GtkWindow *window)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (window);

  /* Closing while it plays is stopping: ask whether to keep what was done. */
  if (self->session != NULL && limber_session_is_running (self->session))
    {
      limber_session_player_ask_stop (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (limber_session_player_parent_class)->close_request (window);
}

static void
limber_session_player_dispose (GObject *object)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (object);

  limber_session_player_release (self);
  g_clear_handle_id (&self->cue_timeout_id, g_source_remove);
  remove_count_in_tick (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_SESSION_PLAYER);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->saved);
  g_clear_object (&self->journal);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (limber_session_player_parent_class)->dispose (object);
}

static void
limber_session_player_finalize (GObject *object)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (limber_session_player_parent_class)->finalize (object);
}

static void
limber_session_player_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_INHIBITING:
      g_value_set_boolean (value, self->inhibiting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_player_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LimberSessionPlayer *self = LIMBER_SESSION_PLAYER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_assert (self->journal == NULL);
      self->journal = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      g_assert (self->clock == NULL);
      self->clock = g_value_dup_object (value);
      if (self->clock == NULL)
        self->clock = g_object_ref (limber_clock_get_default ());
      break;

    case PROP_TITLE:
      g_assert (self->title == NULL);
      self->title = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_player_class_init (LimberSessionPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = limber_session_player_dispose;
  object_class->finalize = limber_session_player_finalize;
  object_class->get_property = limber_session_player_get_property;
  object_class->set_property = limber_session_player_set_property;

  window_class->close_request = limber_session_player_close_request;

  /**
   * LimberSessionPlayer:journal:
   *
   * Where the session is logged.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LimberSessionPlayer:clock:
   *
   * Where the time comes from: the default clock unless a test gives its own.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         LIMBER_TYPE_CLOCK,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LimberSessionPlayer:routine-title:
   *
   * What the routine is called: "This Week’s Routine", the name of a move.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("routine-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LimberSessionPlayer:inhibiting:
   *
   * Whether the player asked the desktop not to idle or suspend: from the start of the
   * session until it ends. The desktop may not be able to honour it.
   */
  properties[PROP_INHIBITING] =
    g_param_spec_boolean ("inhibiting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberSessionPlayer::saved:
   * @session: the fascia session now in the journal
   *
   * The moves done were logged.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, LIMBER_TYPE_FASCIA_SESSION);

  g_type_ensure (LIMBER_TYPE_MOBILITY_EDITOR);
  g_type_ensure (LIMBER_TYPE_MOVE_HOW_TO);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-session-player.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, stop_button);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, shortcuts);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, ready_title);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, ready_summary);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, ready_list);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, tools_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, start_button);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, count_in_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, tests_title);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, tests_description);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, mobility_editor);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, tests_button);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, position_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, done_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, session_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, session_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, move_card);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, cue_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, cue_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, move_title);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, move_where);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, move_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, pause_button);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, reminder_label);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, next_row);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, next_time);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, how_to);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, done_page);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, close_button);
  gtk_widget_class_bind_template_child (widget_class, LimberSessionPlayer, after_button);

  gtk_widget_class_install_action (widget_class, "player.start", NULL, start_action_cb);
  gtk_widget_class_install_action (widget_class, "player.measure-before", NULL,
                                   measure_action_cb);
  gtk_widget_class_install_action (widget_class, "player.measure-after", NULL,
                                   measure_action_cb);
  gtk_widget_class_install_action (widget_class, "player.tests-done", NULL, tests_action_cb);
  gtk_widget_class_install_action (widget_class, "player.tests-skip", NULL, tests_action_cb);
  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL,
                                   session_action_cb);
  gtk_widget_class_install_action (widget_class, "player.skip", NULL, session_action_cb);
  gtk_widget_class_install_action (widget_class, "player.back", NULL, session_action_cb);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, session_action_cb);

  /* Space and the arrows are in the template's capture-phase shortcut controller. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
limber_session_player_init (LimberSessionPlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * limber_session_player_new:
 * @parent: the main window; the player is modal to it
 * @journal: where to log the session
 * @title: what the routine is called
 * @moves: the routine
 * @clock: (nullable): the clock; NULL for the default one
 *
 * Returns: (transfer none): a player, ready to start; the toplevel list owns it
 */
LimberSessionPlayer *
limber_session_player_new (GtkWindow               *parent,
                           LimberJournal           *journal,
                           const char              *title,
                           const LimberRoutineMove *moves,
                           guint                    n_moves,
                           LimberClock             *clock)
{
  LimberSessionPlayer *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (moves != NULL && n_moves > 0, NULL);
  g_return_val_if_fail (clock == NULL || LIMBER_IS_CLOCK (clock), NULL);

  self = g_object_new (LIMBER_TYPE_SESSION_PLAYER,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent)
                                                     : NULL,
                       "journal", journal,
                       "clock", clock,
                       "routine-title", title,
                       NULL);

  self->session = limber_session_new (self->clock, moves, n_moves);
  g_signal_connect_swapped (self->session, "notify::state",
                            G_CALLBACK (on_session_state_cb), self);
  g_signal_connect_swapped (self->session, "tick", G_CALLBACK (on_session_tick_cb), self);
  g_signal_connect_swapped (self->session, "move-changed",
                            G_CALLBACK (on_session_move_changed_cb), self);
  g_signal_connect_swapped (self->session, "finished",
                            G_CALLBACK (on_session_finished_cb), self);

  limber_move_how_to_set_pictogram (self->how_to, TRUE);
  limber_session_player_fill_ready_page (self);
  limber_session_player_update_move (self);
  limber_session_player_update_state (self);
  gtk_stack_set_visible_child_name (self->stack, "ready");
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->start_button));

  return self;
}

/**
 * limber_session_player_count_in:
 * @seconds: how long to wait, at least 1
 *
 * Starts the routine by itself after @seconds, time to get the tool and lie down, so that
 * following a plan takes one click. Measuring mobility first stops the count; Start starts
 * at once.
 */
void
limber_session_player_count_in (LimberSessionPlayer *self,
                                guint                seconds)
{
  g_return_if_fail (LIMBER_IS_SESSION_PLAYER (self));
  g_return_if_fail (seconds > 0);

  if (limber_session_get_state (self->session) != LIMBER_SESSION_READY)
    return;

  stop_count_in (self);
  self->count_in_end = limber_clock_get_time (self->clock) + seconds * G_USEC_PER_SEC;
  self->count_in_tick = limber_clock_add_tick (self->clock, 250, on_count_in_tick_cb, self,
                                               NULL);
  show_count_in (self);
  gtk_widget_set_visible (GTK_WIDGET (self->count_in_label), TRUE);
  gtk_button_set_label (self->start_button, _("_Start Now"));
}

/**
 * limber_session_player_get_count_in:
 *
 * Returns: the whole seconds left before the routine starts by itself; 0 when it will not
 */
guint
limber_session_player_get_count_in (LimberSessionPlayer *self)
{
  gint64 left;

  g_return_val_if_fail (LIMBER_IS_SESSION_PLAYER (self), 0);

  if (self->count_in_tick == 0)
    return 0;

  left = self->count_in_end - limber_clock_get_time (self->clock);

  return left <= 0 ? 0 : (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/**
 * limber_session_player_get_session:
 *
 * Returns: (transfer none): the session being played
 */
LimberSession *
limber_session_player_get_session (LimberSessionPlayer *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION_PLAYER (self), NULL);

  return self->session;
}

/**
 * limber_session_player_get_saved:
 *
 * Returns: (transfer none) (nullable): the fascia session logged, once it is
 */
LimberFasciaSession *
limber_session_player_get_saved (LimberSessionPlayer *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION_PLAYER (self), NULL);

  return self->saved;
}

gboolean
limber_session_player_get_inhibiting (LimberSessionPlayer *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION_PLAYER (self), FALSE);

  return self->inhibiting;
}

/**
 * limber_session_player_get_stop_dialog:
 *
 * Returns: (transfer none) (nullable): the question asked on stopping, while it shows
 */
AdwMessageDialog *
limber_session_player_get_stop_dialog (LimberSessionPlayer *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION_PLAYER (self), NULL);

  return self->stop_dialog;
}

/* For limber-session-player-end.c: inhibit off once the session is over. */
void
limber_session_player_release (LimberSessionPlayer *self)
{
  set_inhibit (self, FALSE);
}

/* For limber-session-player-end.c, once the session is in the journal. */
void
limber_session_player_emit_saved (LimberSessionPlayer *self)
{
  g_signal_emit (self, signals[SAVED], 0, self->saved);
}
