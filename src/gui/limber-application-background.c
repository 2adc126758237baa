/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-application"

#include "config.h"

#include "limber-application-private.h"
#include "limber-window.h"

/* The application's daily reminder and its life in the background: with reminders on and
 * "Keep running in the background" set, the application holds itself, so that closing the
 * window leaves it running; a click on a reminder opens the Plan page, its Start button
 * the week's routine. */

static void
update_hold (LimberApplication *self)
{
  gboolean wanted = self->reminders != NULL &&
                    g_settings_get_boolean (self->settings, "reminder-enabled") &&
                    g_settings_get_boolean (self->settings, "run-in-background");

  if (wanted == self->background)
    return;

  self->background = wanted;
  if (wanted)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
on_background_changed_cb (LimberApplication *self,
                          const char        *key,
                          GSettings         *settings)
{
  update_hold (self);
}

static void
on_reminder_cb (LimberApplication *self,
                const char        *title,
                const char        *body,
                LimberReminders   *reminders)
{
  g_autoptr(GNotification) notification = NULL;

  /* Notifications go over the session bus; without one nobody could show it. */
  if (g_application_get_dbus_connection (G_APPLICATION (self)) == NULL)
    {
      g_debug ("No session bus: the daily reminder “%s” is not shown", title);
      return;
    }

  notification = limber_reminders_new_notification (title, body);
  g_application_send_notification (G_APPLICATION (self), "daily-reminder", notification);
}

/* Brings the window forward on the Plan page; returns it. */
static LimberWindow *
present_plan (LimberApplication *self)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (!LIMBER_IS_WINDOW (window))
    return NULL;

  limber_window_set_page (LIMBER_WINDOW (window), "plan");

  return LIMBER_WINDOW (window);
}

/* app.show-plan: the reminder's click */
static void
show_plan_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  present_plan (user_data);
}

/* app.start-routine: the reminder's Start button, one click from the desktop to the
 * week's routine */
static void
start_routine_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  LimberWindow *window = present_plan (user_data);

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL);
}

static const GActionEntry background_entries[] = {
  { "show-plan", show_plan_activated },
  { "start-routine", start_routine_activated },
};

/* At startup, once the journal is open. */
void
limber_application_start_background (LimberApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), background_entries,
                                   G_N_ELEMENTS (background_entries), self);

  /* A demo journal is thrown away at exit: there is nothing to remind of. */
  if (self->journal == NULL || self->demo)
    return;

  self->reminders = limber_reminders_new (self->journal, self->settings);
  g_signal_connect_object (self->reminders, "reminder", G_CALLBACK (on_reminder_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-enabled",
                           G_CALLBACK (on_background_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (on_background_changed_cb), self, G_CONNECT_SWAPPED);
  update_hold (self);
}

/* On app.quit and at shutdown: the application no longer holds itself. */
void
limber_application_stop_background (LimberApplication *self)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_background_changed_cb, self);

  if (self->background)
    {
      self->background = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

/**
 * limber_application_get_reminders:
 * @self: a #LimberApplication
 *
 * Returns: (transfer none) (nullable): the daily reminder source, or %NULL before startup,
 *   without a journal and for the demo journal
 */
LimberReminders *
limber_application_get_reminders (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);

  return self->reminders;
}
