/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-journal.h"
#include "limber-reminders.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_APPLICATION (limber_application_get_type ())

G_DECLARE_FINAL_TYPE (LimberApplication, limber_application, LIMBER, APPLICATION, AdwApplication)

LimberApplication *limber_application_new              (void);
LimberApplication *limber_application_new_for_journal  (LimberJournal     *journal);
LimberJournal     *limber_application_get_journal      (LimberApplication *self);
LimberReminders   *limber_application_get_reminders    (LimberApplication *self);
gboolean           limber_application_backup_to        (LimberApplication *self,
                                                        const char        *path,
                                                        GError           **error);
AdwMessageDialog  *limber_application_restore_from     (LimberApplication *self,
                                                        const char        *backup_path);

G_END_DECLS
