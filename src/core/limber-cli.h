/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-advisor.h"
#include "limber-journal.h"

G_BEGIN_DECLS

/* Headless command-line work, shared by `limber` and the tests. Each function writes what a
 * user should read to @out (one line per fact) and returns FALSE with @error on failure. */

gboolean       limber_cli_import     (LimberJournal       *journal,
                                      const char * const  *paths,
                                      GString             *out,
                                      GError             **error);
gboolean       limber_cli_export     (LimberJournal       *journal,
                                      const char          *directory,
                                      GString             *out,
                                      GError             **error);
gboolean       limber_cli_export_gpx (LimberJournal       *journal,
                                      const char          *directory,
                                      GString             *out,
                                      GError             **error);
gboolean       limber_cli_backup     (LimberJournal       *journal,
                                      const char          *path,
                                      GString             *out,
                                      GError             **error);
gboolean       limber_cli_restore    (const char          *journal_path,
                                      const char          *backup_path,
                                      GString             *out,
                                      GError             **error);
LimberJournal *limber_cli_open_demo  (GError             **error);
gboolean       limber_cli_recommend  (LimberJournal               *journal,
                                      const LimberAdvisorOptions  *options,
                                      LimberDay                    today,
                                      gboolean                     json,
                                      GString                     *out,
                                      GError                     **error);

G_END_DECLS
