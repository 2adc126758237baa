/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-reminders"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "limber-advisor.h"
#include "limber-dismissals.h"
#include "limber-reminders.h"
#include "limber-settings.h"

/* The daily reminder: at the time chosen in Preferences it looks at the journal and, when
 * fascia work is still due this week or a physio flag is new, emits ::reminder with the words
 * of a notification for the application to send. Flags already told about are kept in the
 * notified-flags setting, so each is announced once. The clock can be replaced, so that a
 * test can bring the reminder time close instead of waiting for it.
 *
 * It also keeps the autostart entry in step with the settings: Limber starts at login, in
 * the background, when reminders, background running and "at login" are all on. */

/* Timers never wait longer than this, so that a sleep or a clock change is noticed soon. */
#define MAX_WAIT_SECONDS (10 * 60)

struct _LimberReminders
{
  GObject               parent_instance;

  LimberJournal        *journal;
  GSettings            *settings;

  LimberRemindersClock  clock;
  gpointer              clock_data;
  GDestroyNotify        clock_destroy;

  GDateTime            *next;          /* the next reminder, NULL when they are off */
  guint                 timeout_id;
};

G_DEFINE_FINAL_TYPE (LimberReminders, limber_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  REMINDER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void arm (LimberReminders *self);

static GDateTime *
now (LimberReminders *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);

  return g_date_time_new_now_local ();
}

/* @minutes after midnight on the day of @day, local time. */
static GDateTime *
time_on_day (GDateTime *day,
             guint      minutes)
{
  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), minutes / 60, minutes % 60, 0);
}

static GDateTime *
next_day_at (GDateTime *day,
             guint      minutes)
{
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (day, 1);

  return time_on_day (tomorrow, minutes);
}

/* A physio flag's identity across days: its rule, zone and side. */
static char *
flag_key (LimberRecommendation *rec)
{
  int zone = limber_recommendation_get_zone (rec);

  if (zone == LIMBER_NO_ZONE)
    return g_strdup (limber_recommendation_get_rule (rec));

  return g_strdup_printf ("%s:%s:%s", limber_recommendation_get_rule (rec),
                          limber_zone_to_id (zone),
                          limber_side_to_id (limber_recommendation_get_side (rec)));
}

static gboolean
model_contains (GListModel           *model,
                LimberRecommendation *rec)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) item = g_list_model_get_item (model, i);

      if (item == rec)
        return TRUE;
    }

  return FALSE;
}

static void
schedule (LimberReminders *self)
{
  g_autoptr(GDateTime) current = NULL;
  guint minutes;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->next, g_date_time_unref);

  if (!g_settings_get_boolean (self->settings, "reminder-enabled"))
    return;

  current = now (self);
  minutes = g_settings_get_uint (self->settings, "reminder-time");
  self->next = time_on_day (current, minutes);
  if (g_date_time_compare (self->next, current) <= 0)
    {
      g_date_time_unref (self->next);
      self->next = next_day_at (current, minutes);
    }

  arm (self);
}

static void
fire (LimberReminders *self,
      GDateTime       *current)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  guint minutes = g_settings_get_uint (self->settings, "reminder-time");

  if (limber_reminders_check (self, current, &title, &body))
    g_signal_emit (self, signals[REMINDER], 0, title, body);

  /* Tomorrow's, or the first one still ahead after a long sleep. */
  while (g_date_time_compare (self->next, current) <= 0)
    {
      GDateTime *later = next_day_at (self->next, minutes);

      g_date_time_unref (self->next);
      self->next = later;
    }
}

static gboolean
on_timeout_cb (gpointer data)
{
  LimberReminders *self = data;
  g_autoptr(GDateTime) current = now (self);

  self->timeout_id = 0;

  if (g_date_time_compare (current, self->next) >= 0)
    fire (self, current);

  arm (self);

  return G_SOURCE_REMOVE;
}

static void
arm (LimberReminders *self)
{
  g_autoptr(GDateTime) current = now (self);
  GTimeSpan wait = g_date_time_difference (self->next, current);

  g_assert (self->timeout_id == 0);

  if (wait > (GTimeSpan) MAX_WAIT_SECONDS * G_TIME_SPAN_SECOND)
    self->timeout_id = g_timeout_add_seconds (MAX_WAIT_SECONDS, on_timeout_cb, self);
  else
    self->timeout_id = g_timeout_add (MAX (wait / G_TIME_SPAN_MILLISECOND, 0) + 1,
                                      on_timeout_cb, self);
}

static void
sync_autostart (LimberReminders *self)
{
  g_autoptr(GError) error = NULL;
  gboolean wanted = g_settings_get_boolean (self->settings, "reminder-enabled") &&
                    g_settings_get_boolean (self->settings, "run-in-background") &&
                    g_settings_get_boolean (self->settings, "run-at-login");

  if (!limber_reminders_write_autostart (wanted, &error))
    g_warning ("%s", error->message);
}

static void
on_settings_changed_cb (LimberReminders *self,
                        const char      *key)
{
  if (g_str_equal (key, "reminder-enabled") || g_str_equal (key, "reminder-time"))
    schedule (self);

  if (g_str_equal (key, "reminder-enabled") || g_str_equal (key, "run-in-background") ||
      g_str_equal (key, "run-at-login"))
    sync_autostart (self);
}

static void
limber_reminders_constructed (GObject *object)
{
  LimberReminders *self = LIMBER_REMINDERS (object);

  G_OBJECT_CLASS (limber_reminders_parent_class)->constructed (object);

  g_assert (LIMBER_IS_JOURNAL (self->journal));
  g_assert (G_IS_SETTINGS (self->settings));

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  schedule (self);
}

static void
limber_reminders_dispose (GObject *object)
{
  LimberReminders *self = LIMBER_REMINDERS (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->next, g_date_time_unref);
  if (self->clock_destroy != NULL)
    g_clear_pointer (&self->clock_data, self->clock_destroy);
  self->clock = NULL;
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_reminders_parent_class)->dispose (object);
}

static void
limber_reminders_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LimberReminders *self = LIMBER_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_reminders_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LimberReminders *self = LIMBER_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_reminders_class_init (LimberRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = limber_reminders_constructed;
  object_class->dispose = limber_reminders_dispose;
  object_class->get_property = limber_reminders_get_property;
  object_class->set_property = limber_reminders_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberReminders::reminder:
   * @title: the notification's title
   * @body: its text
   *
   * Emitted at the reminder time when there is something to remind of; see
   * limber_reminders_new_notification().
   */
  signals[REMINDER] =
    g_signal_new ("reminder",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
limber_reminders_init (LimberReminders *self)
{
}

/**
 * limber_reminders_new:
 * @journal: the journal to look at
 * @settings: Limber's settings, read for the reminder time and written for the flags told
 *
 * Returns: (transfer full): a reminder source, armed when reminders are on
 */
LimberReminders *
limber_reminders_new (LimberJournal *journal,
                      GSettings     *settings)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (LIMBER_TYPE_REMINDERS,
                       "journal", journal,
                       "settings", settings,
                       NULL);
}

/**
 * limber_reminders_set_clock:
 * @clock: (nullable): returns the local time; %NULL for the system clock
 *
 * Replaces the clock the reminders read, and schedules the next one by it.
 */
void
limber_reminders_set_clock (LimberReminders      *self,
                            LimberRemindersClock  clock,
                            gpointer              user_data,
                            GDestroyNotify        destroy)
{
  g_return_if_fail (LIMBER_IS_REMINDERS (self));

  if (self->clock_destroy != NULL)
    g_clear_pointer (&self->clock_data, self->clock_destroy);

  self->clock = clock;
  self->clock_data = user_data;
  self->clock_destroy = destroy;

  schedule (self);
}

/**
 * limber_reminders_get_next:
 *
 * Returns: (transfer full) (nullable): when the next reminder is due, or %NULL when
 *   reminders are off
 */
GDateTime *
limber_reminders_get_next (LimberReminders *self)
{
  g_return_val_if_fail (LIMBER_IS_REMINDERS (self), NULL);

  return self->next != NULL ? g_date_time_ref (self->next) : NULL;
}

/**
 * limber_reminders_check:
 * @now: the time to judge from
 * @title: (out) (optional): the reminder's title
 * @body: (out) (optional): its text
 *
 * Looks at the journal as of the day of @now and notes the physio flags it finds as told.
 *
 * Returns: whether there is something to remind of: fascia work due today (the week's target
 *   is not met and no session is logged for today) or a physio flag not told before
 */
gboolean
limber_reminders_check (LimberReminders  *self,
                        GDateTime        *now,
                        char            **title,
                        char            **body)
{
  LimberDay today;
  LimberAdvisorOptions options;
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_flags = g_ptr_array_new ();
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) today_sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) told = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  LimberRecommendation *plan = NULL;
  guint done = 0, due;
  gboolean due_today;

  g_return_val_if_fail (LIMBER_IS_REMINDERS (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  today = limber_day_from_date_time (now);
  limber_settings_get_advisor_options (self->settings, &options);

  advice = limber_advisor_evaluate (self->journal, &options, today, &error);
  if (advice == NULL)
    {
      g_warning ("Cannot evaluate the journal for the reminder: %s", error->message);
      return FALSE;
    }

  /* A flag the runner dismissed was seen; it is not news. */
  shown = limber_dismissals_filter (self->journal, advice, today, NULL, NULL);
  told = g_settings_get_strv (self->settings, "notified-flags");

  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (advice, i);
      char *key;

      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        plan = rec;
      if (limber_recommendation_get_severity (rec) != LIMBER_SEVERITY_PHYSIO)
        continue;

      key = flag_key (rec);
      g_ptr_array_add (flags, key);
      if (!g_strv_contains ((const char * const *) told, key) &&
          (shown == NULL || model_contains (shown, rec)))
        g_ptr_array_add (new_flags, rec);
    }

  /* The flags of today are the ones told: one that clears and comes back later is news. */
  g_ptr_array_add (flags, NULL);
  if (!g_strv_equal ((const char * const *) told, (const char * const *) flags->pdata))
    g_settings_set_strv (self->settings, "notified-flags", (const char * const *) flags->pdata);

  weeks = limber_journal_weekly_totals (self->journal, limber_day_week_start (today), today,
                                        NULL);
  if (weeks != NULL && weeks->len > 0)
    done = g_array_index (weeks, LimberWeekTotals, 0).fascia_sessions;
  due = options.weekly_target > done ? options.weekly_target - done : 0;
  today_sessions = limber_journal_list (self->journal, today, today, LIMBER_ENTRY_KINDS_FASCIA,
                                        NULL);
  due_today = due > 0 && (today_sessions == NULL || today_sessions->len == 0);

  if (new_flags->len == 0 && !due_today)
    return FALSE;

  if (new_flags->len > 0)
    {
      LimberRecommendation *first = g_ptr_array_index (new_flags, 0);

      heading = g_strdup (limber_recommendation_get_title (first));
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Your journal shows signs worth showing to a "
                                           "physiotherapist. Open the plan to see what and why.",
                                           "Your journal shows signs in %u places worth showing "
                                           "to a physiotherapist. Open the plan to see what and "
                                           "why.", new_flags->len), new_flags->len);
      if (due_today)
        {
          /* Translators: two whole sentences, one after the other, e.g. "Your journal shows
           * signs worth showing to a physiotherapist. Open the plan to see what and why." and
           * "A fascia session is due today as well." */
          char *more = g_strdup_printf (C_("two sentences", "%s %s"), text,
                                        _("A fascia session is due today as well."));

          g_free (text);
          text = more;
        }
    }
  else
    {
      guint minutes = plan != NULL ? (limber_recommendation_get_total_seconds (plan) + 30) / 60
                                   : 0;
      g_autofree char *minutes_text = NULL;

      heading = g_strdup (_("Time for your fascia routine"));
      /* Translators: the length of today's routine, used in “… today’s routine takes about …” */
      minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                                   minutes), minutes);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: sessions still due and the length of
                                            * today's routine, e.g. "2 more sessions are due this
                                            * week; today’s routine takes about 12 minutes." */
                                           "%u more session is due this week; today’s routine "
                                           "takes about %s.",
                                           "%u more sessions are due this week; today’s routine "
                                           "takes about %s.", due), due, minutes_text);
    }

  if (title != NULL)
    *title = g_steal_pointer (&heading);
  if (body != NULL)
    *body = g_steal_pointer (&text);

  return TRUE;
}

/**
 * limber_reminders_new_notification:
 * @title: a reminder's title
 * @body: its text
 *
 * Returns: (transfer full): the notification for a reminder; a click opens the Plan page,
 *   its Start Routine button plays the week's routine
 */
GNotification *
limber_reminders_new_notification (const char *title,
                                   const char *body)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);
  GNotification *notification;

  g_return_val_if_fail (title != NULL, NULL);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.show-plan");
  g_notification_add_button (notification, _("Start Routine"), "app.start-routine");
  g_notification_set_icon (notification, icon);

  return notification;
}


/* Where the autostart entry lives: ~/.config/autostart/<application id>.desktop */
char *
limber_reminders_get_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop",
                           NULL);
}

/**
 * limber_reminders_write_autostart:
 * @enabled: whether Limber should start in the background at login
 *
 * Writes or removes the autostart entry that starts Limber as a background service.
 */
gboolean
limber_reminders_write_autostart (gboolean   enabled,
                                  GError   **error)
{
  g_autofree char *path = limber_reminders_get_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot remove “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }

      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  contents = g_strdup_printf ("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=%s\n"
                              "Comment=%s\n"
                              "Exec=%s --gapplication-service\n"
                              "Icon=%s\n"
                              "NoDisplay=true\n"
                              "X-GNOME-Autostart-enabled=true\n",
                              _("Limber"),
                              _("Daily fascia reminders in the background"),
                              PACKAGE_NAME, APPLICATION_ID);

  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error);
}
