/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"

G_BEGIN_DECLS

/* Returns the current local time, (transfer full). */
typedef GDateTime *(*LimberRemindersClock) (gpointer user_data);

#define LIMBER_TYPE_REMINDERS (limber_reminders_get_type ())

G_DECLARE_FINAL_TYPE (LimberReminders, limber_reminders, LIMBER, REMINDERS, GObject)

LimberReminders *limber_reminders_new                 (LimberJournal         *journal,
                                                       GSettings             *settings);
void             limber_reminders_set_clock           (LimberReminders       *self,
                                                       LimberRemindersClock   clock,
                                                       gpointer               user_data,
                                                       GDestroyNotify         destroy);
GDateTime       *limber_reminders_get_next            (LimberReminders       *self);
gboolean         limber_reminders_check               (LimberReminders       *self,
                                                       GDateTime             *now,
                                                       char                 **title,
                                                       char                 **body);
GNotification   *limber_reminders_new_notification    (const char            *title,
                                                       const char            *body);

char            *limber_reminders_get_autostart_path  (void);
gboolean         limber_reminders_write_autostart     (gboolean               enabled,
                                                       GError               **error);

G_END_DECLS
