/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-importer.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_IMPORT_DIALOG (limber_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LimberImportDialog, limber_import_dialog, LIMBER, IMPORT_DIALOG, AdwWindow)

LimberImportDialog        *limber_import_dialog_new         (GtkWindow          *parent,
                                                             LimberJournal      *journal,
                                                             const char * const *paths);
gboolean                   limber_import_dialog_is_running  (LimberImportDialog *self);
void                       limber_import_dialog_cancel      (LimberImportDialog *self);
const LimberImportSummary *limber_import_dialog_get_summary (LimberImportDialog *self);

G_END_DECLS
