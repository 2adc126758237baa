/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "limber-backup.h"

G_BEGIN_DECLS

gboolean  limber_backup_auto_from_db  (sqlite3     *db,
                                       const char  *folder,
                                       GDateTime   *now,
                                       GError     **error);
gboolean  limber_backup_link_new      (const char  *tmp_path,
                                       const char  *path,
                                       GError     **error);
sqlite3  *limber_backup_open_immutable (const char  *path,
                                       GError     **error);
gboolean  limber_backup_sync_folder   (const char  *folder,
                                       GError     **error);

G_END_DECLS
