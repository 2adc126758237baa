/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-advisor.h"
#include "limber-move-library.h"
#include "limber-session-player.h"
#include "limber-settings.h"
#include "limber-window-private.h"

/* The window's actions on guided sessions: play the week's suggested routine, play moves of
 * the library, and open the library. */

/* The advisor's rule whose routine is the week's plan. */
#define WEEKLY_RULE "weekly-plan"

/* A routine starts by itself this long after Start, time to fetch the roller: one click
 * follows the plan. */
#define COUNT_IN_SECONDS 10

static GtkWindow *
find_transient (LimberWindow *self,
                GType         type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        return window;
    }

  return NULL;
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

/* Said when the player closes after logging a session, so that the message is not lost
 * behind it. */
static gboolean
on_player_close_request_cb (LimberWindow        *self,
                            LimberSessionPlayer *player)
{
  LimberFasciaSession *saved = limber_session_player_get_saved (player);
  g_autofree char *title = NULL;
  guint minutes;

  if (saved == NULL || limber_session_is_running (limber_session_player_get_session (player)) ||
      g_object_get_data (G_OBJECT (player), "limber-toasted") != NULL)
    return FALSE;

  minutes = (limber_fascia_session_get_duration (saved) + 30) / 60;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Fascia session of %u minute logged",
                                        "Fascia session of %u minutes logged", minutes),
                           minutes);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  g_object_set_data (G_OBJECT (player), "limber-toasted", GINT_TO_POINTER (TRUE));

  return FALSE;
}

/* Opens the player on @routine; one session at a time. */
static void
play (LimberWindow *self,
      const char   *title,
      GArray       *routine)
{
  GtkWindow *player = find_transient (self, LIMBER_TYPE_SESSION_PLAYER);
  GtkWindow *library = find_transient (self, LIMBER_TYPE_MOVE_LIBRARY);

  if (player != NULL)
    {
      gtk_window_present (player);
      return;
    }

  /* The library makes way for the session, once its button has done clicking. */
  if (library != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (library), FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (library),
                       g_object_unref);
    }

  player = GTK_WINDOW (limber_session_player_new (GTK_WINDOW (self), self->journal, title,
                                                  (const LimberRoutineMove *) (gpointer)
                                                  routine->data, routine->len, NULL));
  g_signal_connect_object (player, "close-request", G_CALLBACK (on_player_close_request_cb),
                           self, G_CONNECT_SWAPPED);
  limber_session_player_count_in (LIMBER_SESSION_PLAYER (player), COUNT_IN_SECONDS);
  gtk_window_present (player);
}

static void
start_routine_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(GArray) routine = g_array_new (FALSE, FALSE, sizeof (LimberRoutineMove));
  g_autoptr(GListModel) recommendations = NULL;
  g_autoptr(GError) error = NULL;
  LimberAdvisorOptions options;

  limber_settings_get_advisor_options (self->settings, &options);
  recommendations = limber_advisor_evaluate (self->journal, &options,
                                             limber_journal_get_today (self->journal), &error);
  if (recommendations == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recommendations, i);
      const LimberRoutineMove *moves;
      guint n_moves;

      if (!g_str_equal (limber_recommendation_get_rule (rec), WEEKLY_RULE))
        continue;

      moves = limber_recommendation_get_moves (rec, &n_moves);
      g_array_append_vals (routine, moves, n_moves);
      break;
    }

  if (routine->len == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("No routine to suggest: the zones it would "
                                                    "work have pain a professional should see "
                                                    "first")));
      return;
    }

  play (self, _("This Week’s Routine"), routine);
}

static void
start_moves_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(GArray) routine = g_array_new (FALSE, FALSE, sizeof (LimberRoutineMove));
  g_autofree const char **ids = g_variant_get_strv (parameter, NULL);
  const LimberMove *move = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      move = limber_moves_lookup (ids[i]);
      if (move == NULL)
        {
          g_autofree char *title = NULL;

          title = g_strdup_printf (_("“%s” is not a move of the library"), ids[i]);
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
          return;
        }

      limber_routine_append_move (routine, move, 0);
    }

  if (routine->len == 0)
    return;

  play (self, ids[1] == NULL ? limber_move_get_name (move) : _("Your Routine"), routine);
}

static void
on_library_start_cb (LimberWindow *self,
                     const char   *title,
                     GArray       *routine)
{
  play (self, title, routine);
}

static void
show_library_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  GtkWindow *library = find_transient (self, LIMBER_TYPE_MOVE_LIBRARY);

  if (library == NULL)
    {
      library = GTK_WINDOW (limber_move_library_new (GTK_WINDOW (self)));
      g_signal_connect_object (library, "start", G_CALLBACK (on_library_start_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_window_present (library);
}

void
limber_window_class_add_session_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.start-routine", NULL,
                                   start_routine_action_cb);
  gtk_widget_class_install_action (widget_class, "win.start-moves", "as",
                                   start_moves_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL,
                                   show_library_action_cb);

  /* Ctrl+Shift+L: L for library; no GNOME standard shortcut and no other of Limber's. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-library", NULL);
}
