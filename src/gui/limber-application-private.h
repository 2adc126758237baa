/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-application.h"

G_BEGIN_DECLS

struct _LimberApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  LimberJournal    *journal;

  /* From the command line (--database, --demo), and why opening the journal failed. */
  char             *database_path;
  gboolean          demo;
  GError           *journal_error;

  gint64            backup_started;  /* monotonic µs, for the debug log */

  /* The daily reminder, and whether it holds the application without a window. */
  LimberReminders  *reminders;
  gboolean          background;
};

void     limber_application_open_journal        (LimberApplication *self);
void     limber_application_add_backup_actions  (LimberApplication *self);
void     limber_application_show_open_error     (LimberApplication *self);
void     limber_application_offer_restore       (LimberApplication *self,
                                                 AdwMessageDialog  *dialog);
void     limber_application_start_background    (LimberApplication *self);
void     limber_application_stop_background     (LimberApplication *self);

G_END_DECLS
