/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal-page.h"
#include "limber-today-page.h"
#include "limber-window.h"

G_BEGIN_DECLS

struct _LimberWindow
{
  AdwApplicationWindow  parent_instance;

  LimberJournal        *journal;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  AdwBin               *today_bin;
  AdwBin               *journal_bin;
  LimberTodayPage      *today_page;
  LimberJournalPage    *journal_page;
  AdwToast             *undo_toast;      /* the last toast with Undo, while it shows */
};

void limber_window_class_add_entry_actions (GtkWidgetClass *widget_class);
void limber_window_class_add_session_actions (GtkWidgetClass *widget_class);
void limber_window_add_drop_target         (LimberWindow   *self);

G_END_DECLS
