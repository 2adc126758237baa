/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"

G_BEGIN_DECLS

/* How many automatic backups are kept: one for each of the newest days, then one for each of
 * the ISO weeks before them. */
#define LIMBER_BACKUP_KEEP_DAILY  7
#define LIMBER_BACKUP_KEEP_WEEKLY 4

/* What a backup file holds, for showing to the user before a restore. Errors use
 * LIMBER_JOURNAL_ERROR. */
typedef struct
{
  char      *path;
  int        schema_version;  /* PRAGMA user_version; older ones are upgraded when opened */
  guint      n_entries;
  LimberDay  first_day;       /* LIMBER_DAY_INVALID when the journal is empty */
  LimberDay  last_day;
  gint64     modified;        /* the file's modification time, seconds since 1970 (UTC) */
  goffset    size;            /* bytes */
  GError    *problem;         /* from limber_backup_list () only: why it cannot be restored */
} LimberBackupInfo;

#define LIMBER_TYPE_BACKUP_INFO (limber_backup_info_get_type ())

GType             limber_backup_info_get_type       (void) G_GNUC_CONST;
LimberBackupInfo *limber_backup_info_copy           (const LimberBackupInfo  *info);
void              limber_backup_info_free           (LimberBackupInfo        *info);

char             *limber_backup_get_default_folder  (void);
gboolean          limber_backup_check_file          (const char              *path,
                                                     LimberBackupInfo       **info,
                                                     GError                 **error);
gboolean          limber_backup_write               (LimberJournal           *journal,
                                                     const char              *path,
                                                     GError                 **error);
gboolean          limber_backup_auto                (LimberJournal           *journal,
                                                     const char              *folder,
                                                     GDateTime               *now,
                                                     GError                 **error);
void              limber_backup_auto_async          (LimberJournal           *journal,
                                                     const char              *folder,
                                                     GDateTime               *now,
                                                     GCancellable            *cancellable,
                                                     GAsyncReadyCallback      callback,
                                                     gpointer                 user_data);
gboolean          limber_backup_auto_finish         (LimberJournal           *journal,
                                                     GAsyncResult            *result,
                                                     GError                 **error);
GPtrArray        *limber_backup_list                (const char              *folder);
LimberBackupInfo *limber_backup_find_newest_good    (const char              *folder);
gboolean          limber_backup_restore             (const char              *journal_path,
                                                     const char              *backup_path,
                                                     char                   **kept_aside_path,
                                                     GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberBackupInfo, limber_backup_info_free)

G_END_DECLS
