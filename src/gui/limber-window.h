/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-application.h"
#include "limber-import-dialog.h"
#include "limber-journal.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WINDOW (limber_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberWindow, limber_window, LIMBER, WINDOW, AdwApplicationWindow)

LimberWindow  *limber_window_new          (LimberApplication *application,
                                           LimberJournal     *journal);
LimberJournal *limber_window_get_journal  (LimberWindow      *self);
const char    *limber_window_get_page     (LimberWindow      *self);
void           limber_window_set_page     (LimberWindow      *self,
                                           const char        *name);
GtkWidget     *limber_window_get_page_widget (LimberWindow   *self,
                                              const char     *name);
void           limber_window_add_toast    (LimberWindow      *self,
                                           AdwToast          *toast);
LimberImportDialog *limber_window_import  (LimberWindow       *self,
                                           const char * const *paths);
gboolean       limber_window_export_to    (LimberWindow      *self,
                                           const char        *directory,
                                           GError           **error);

G_END_DECLS
