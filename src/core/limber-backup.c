/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "limber-backup-private.h"
#include "limber-journal-private.h"

/* Automatic backups are named "journal-YYYY-MM-DD.db" after the day they were made; only
 * files named so are ever pruned. */
#define AUTO_PREFIX "journal-"
#define AUTO_SUFFIX ".db"
#define AUTO_NAME_LENGTH (sizeof AUTO_PREFIX - 1 + 10 + sizeof AUTO_SUFFIX - 1)

gboolean
limber_backup_sync_folder (const char  *folder,
                           GError     **error)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      /* Some file systems cannot sync a folder; the rename itself still happened. */
      if (saved_errno == EINVAL || saved_errno == ENOTSUP)
        return TRUE;
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot write “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* Gives the file @tmp_path the name @path, never replacing a file there: a hard link fails
 * when the name is taken. Where hard links do not work (some USB sticks), the check and the
 * rename are two steps. */
gboolean
limber_backup_link_new (const char  *tmp_path,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int saved_errno = 0;

  if (link (tmp_path, path) == 0)
    {
      g_unlink (tmp_path);
      return limber_backup_sync_folder (folder, error);
    }

  saved_errno = errno;
  if (saved_errno != EEXIST && saved_errno != EPERM && saved_errno != ENOTSUP &&
      saved_errno != EXDEV && saved_errno != EMLINK && saved_errno != ENOSYS)
    goto failed;

  if (saved_errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS,
                   _("“%s” already exists. Limber does not replace files: choose another "
                     "name."), path);
      return FALSE;
    }

  if (g_rename (tmp_path, path) == 0)
    return limber_backup_sync_folder (folder, error);
  saved_errno = errno;

failed:
  g_set_error (error, LIMBER_JOURNAL_ERROR,
               saved_errno == EACCES || saved_errno == EROFS
                 ? LIMBER_JOURNAL_ERROR_READ_ONLY : LIMBER_JOURNAL_ERROR_IO,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* Copies the live database @db through the SQLite backup API (one step, so one consistent
 * snapshot while others write) into a temporary file beside @path, makes it a self-contained
 * rollback-journal file, and gives it the name @path unless that exists. */
static gboolean
write_copy (sqlite3     *db,
            const char  *path,
            GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".partial-XXXXXX", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? LIMBER_JOURNAL_ERROR_READ_ONLY : LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        {
          rc = sqlite3_errcode (dest);
        }
    }

  /* The copy says "WAL" like its source; a backup is one file that reads on its own. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, dest, rc, path);
      sqlite3_close (dest);
      g_unlink (tmp_path);
      return FALSE;
    }
  sqlite3_close (dest);

  if (!limber_backup_link_new (tmp_path, path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}

static char *
auto_name (LimberDay day)
{
  g_autofree char *iso = limber_day_to_iso (day);

  return g_strconcat (AUTO_PREFIX, iso, AUTO_SUFFIX, NULL);
}

/* The day in the name of an automatic backup, or LIMBER_DAY_INVALID for any other name. */
static LimberDay
parse_auto_name (const char *name)
{
  g_autofree char *iso = NULL;
  g_autofree char *again = NULL;
  LimberDay day;

  if (strlen (name) != AUTO_NAME_LENGTH || !g_str_has_prefix (name, AUTO_PREFIX) ||
      !g_str_has_suffix (name, AUTO_SUFFIX))
    return LIMBER_DAY_INVALID;

  iso = g_strndup (name + strlen (AUTO_PREFIX), 10);
  if (!limber_day_parse_iso (iso, &day))
    return LIMBER_DAY_INVALID;

  /* Only the exact spelling we write: not "journal-2026-1-05.db" or the like. */
  again = auto_name (day);
  return strcmp (again, name) == 0 ? day : LIMBER_DAY_INVALID;
}

typedef struct
{
  LimberDay  day;
  char      *path;
} AutoBackup;

static void
auto_backup_clear (gpointer data)
{
  AutoBackup *backup = data;

  g_free (backup->path);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const AutoBackup *x = a, *y = b;

  return x->day < y->day ? 1 : x->day > y->day ? -1 : 0;
}

/* The regular files of @folder named as automatic backups, newest first. */
static GArray *
list_auto_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GArray *backups = g_array_new (FALSE, FALSE, sizeof (AutoBackup));
  const char *name;

  g_array_set_clear_func (backups, auto_backup_clear);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      AutoBackup backup = { parse_auto_name (name), NULL };
      GStatBuf st;

      if (backup.day == LIMBER_DAY_INVALID)
        continue;
      backup.path = g_build_filename (folder, name, NULL);
      if (g_lstat (backup.path, &st) != 0 || !S_ISREG (st.st_mode))
        {
          g_free (backup.path);
          continue;
        }
      g_array_append_val (backups, backup);
    }

  g_array_sort (backups, compare_newest_first);
  return backups;
}

/* Keeps the newest LIMBER_BACKUP_KEEP_DAILY backups, then the newest backup of each of the
 * LIMBER_BACKUP_KEEP_WEEKLY most recent ISO weeks among the older ones, and deletes the rest
 * of the automatic backups. Other files are left alone. */
static void
prune (const char *folder)
{
  g_autoptr(GArray) backups = list_auto_backups (folder);
  LimberDay last_week = LIMBER_DAY_INVALID;
  guint weeks = 0;

  for (guint i = LIMBER_BACKUP_KEEP_DAILY; i < backups->len; i++)
    {
      const AutoBackup *backup = &g_array_index (backups, AutoBackup, i);
      LimberDay week = limber_day_week_start (backup->day);

      /* Newest first: the first backup seen of a week is its newest. */
      if (week != last_week && weeks < LIMBER_BACKUP_KEEP_WEEKLY)
        {
          last_week = week;
          weeks++;
          continue;
        }

      g_debug ("Removing the old automatic backup %s", backup->path);
      if (g_unlink (backup->path) != 0)
        g_warning ("Cannot remove the old backup “%s”: %s", backup->path, g_strerror (errno));
    }
}

/* A damaged journal is not copied: the copy (SQLite copies pages as they are) would count
 * as the newest backup, and after some weeks of them pruning would have deleted every good
 * one, when they are the way back. PRAGMA quick_check reads every page, in about half the time
 * of integrity_check; only on the first start of a day, in the application's worker thread. */
static gboolean
check_sound (sqlite3  *db,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean sound;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sound = rc == SQLITE_ROW &&
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  if (!sound)
    g_debug ("Not backing up a damaged journal: %s",
             rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0)
                              : sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  if (!sound)
    g_set_error_literal (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                         _("The journal is damaged, so no backup was made today and the older "
                           "ones are all kept. Restore the newest one with Restore from "
                           "Backup… in the main menu."));

  return sound;
}

/* What limber_backup_auto () does, from any connection that can read the journal. */
gboolean
limber_backup_auto_from_db (sqlite3     *db,
                            const char  *folder,
                            GDateTime   *now,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean empty = TRUE;

  /* Nothing worth keeping yet; and a new journal's backups would push out good ones. */
  if (sqlite3_prepare_v2 (db, "SELECT EXISTS (SELECT 1 FROM entry)", -1, &stmt, NULL)
        == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_finalize (stmt);
  if (empty)
    {
      g_debug ("The journal is empty: no automatic backup");
      return TRUE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  name = auto_name (limber_day_from_date_time (now));
  path = g_build_filename (folder, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_debug ("Today’s automatic backup %s is already there", path);
    }
  else if (!check_sound (db, error))
    {
      /* Not pruned either: the good backups are the way back. */
      return FALSE;
    }
  else if (!write_copy (db, path, &local_error))
    {
      /* Another Limber made today's backup in the meantime: that is as good. */
      if (!g_error_matches (local_error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  else
    {
      g_debug ("Wrote the automatic backup %s", path);
    }

  prune (folder);
  return TRUE;
}

typedef struct
{
  char      *journal_path;
  char      *folder;
  GDateTime *now;
} AutoTask;

static void
auto_task_free (gpointer data)
{
  AutoTask *task = data;

  g_free (task->journal_path);
  g_free (task->folder);
  g_date_time_unref (task->now);
  g_free (task);
}

/* In a worker thread, through a read-only connection of its own: SQLite copies a consistent
 * snapshot while the application's connection goes on reading and writing. */
static void
auto_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  AutoTask *data = task_data;
  GError *error = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  rc = sqlite3_open_v2 (data->journal_path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (&error, db, rc, data->journal_path);
      sqlite3_close (db);
      g_task_return_error (task, error);
      return;
    }
  sqlite3_busy_timeout (db, 5000);

  if (limber_backup_auto_from_db (db, data->folder, data->now, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);

  sqlite3_close (db);
}

/**
 * limber_backup_get_default_folder:
 *
 * Returns: (transfer full): where automatic backups of the default journal go, a folder
 *   "backups" beside it
 */
char *
limber_backup_get_default_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "backups", NULL);
}

/**
 * limber_backup_write:
 * @path: the new file
 *
 * Writes a consistent copy of @journal to @path (mode 0600) while it stays open, through a
 * temporary file beside it, so @path is never half-written. An existing @path is never
 * replaced: that fails with %LIMBER_JOURNAL_ERROR_EXISTS.
 */
gboolean
limber_backup_write (LimberJournal  *journal,
                     const char     *path,
                     GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS,
                   _("“%s” already exists. Limber does not replace files: choose another "
                     "name."), path);
      return FALSE;
    }

  return write_copy (limber_journal_get_db (journal), path, error);
}

/**
 * limber_backup_auto:
 * @folder: where automatic backups go (limber_backup_get_default_folder ())
 * @now: (nullable): the time to take as now, or %NULL for the clock
 *
 * Makes the day's automatic backup of @journal, "journal-YYYY-MM-DD.db" in @folder, unless
 * one is there already or the journal is empty; then deletes the automatic backups no longer
 * kept (see %LIMBER_BACKUP_KEEP_DAILY and %LIMBER_BACKUP_KEEP_WEEKLY). Files in @folder
 * named otherwise are never touched. A damaged journal is neither copied nor pruned for:
 * that fails with %LIMBER_JOURNAL_ERROR_CORRUPT.
 */
gboolean
limber_backup_auto (LimberJournal  *journal,
                    const char     *folder,
                    GDateTime      *now,
                    GError        **error)
{
  g_autoptr(GDateTime) clock_now = NULL;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (now == NULL)
    now = clock_now = g_date_time_new_now_local ();

  return limber_backup_auto_from_db (limber_journal_get_db (journal), folder, now, error);
}

/**
 * limber_backup_auto_async:
 * @folder: where automatic backups go
 * @now: (nullable): the time to take as now, or %NULL for the clock
 *
 * Does what limber_backup_auto () does in a worker thread, reading the journal through a
 * connection of its own, so that the main thread goes on while the copy is written.
 */
void
limber_backup_auto_async (LimberJournal        *journal,
                          const char           *folder,
                          GDateTime            *now,
                          GCancellable         *cancellable,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  AutoTask *data;

  g_return_if_fail (LIMBER_IS_JOURNAL (journal));
  g_return_if_fail (folder != NULL);

  data = g_new0 (AutoTask, 1);
  data->journal_path = g_strdup (limber_journal_get_path (journal));
  data->folder = g_strdup (folder);
  data->now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();

  task = g_task_new (journal, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_backup_auto_async);
  g_task_set_task_data (task, data, auto_task_free);
  g_task_run_in_thread (task, auto_thread);
}

gboolean
limber_backup_auto_finish (LimberJournal  *journal,
                           GAsyncResult   *result,
                           GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, journal), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == limber_backup_auto_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The info of one automatic backup, with its problem set when it cannot be restored. */
static LimberBackupInfo *
inspect (const char *path)
{
  LimberBackupInfo *info = NULL;
  GError *problem = NULL;

  if (!limber_backup_check_file (path, &info, &problem))
    {
      info = g_new0 (LimberBackupInfo, 1);
      info->path = g_strdup (path);
      info->problem = problem;
    }

  return info;
}

/**
 * limber_backup_list:
 * @folder: a folder of automatic backups
 *
 * Checks every automatic backup in @folder (see limber_backup_check_file ()). That reads each
 * file whole: about 35 ms for a ten-year journal, so call it off the main thread.
 *
 * Returns: (transfer full) (element-type LimberBackupInfo): the automatic backups in
 *   @folder, newest first; those that cannot be restored have their problem set
 */
GPtrArray *
limber_backup_list (const char *folder)
{
  g_autoptr(GArray) backups = NULL;
  GPtrArray *infos;

  g_return_val_if_fail (folder != NULL, NULL);

  backups = list_auto_backups (folder);
  infos = g_ptr_array_new_full (backups->len, (GDestroyNotify) limber_backup_info_free);
  for (guint i = 0; i < backups->len; i++)
    g_ptr_array_add (infos, inspect (g_array_index (backups, AutoBackup, i).path));

  return infos;
}

/**
 * limber_backup_find_newest_good:
 * @folder: a folder of automatic backups
 *
 * Checks the automatic backups in @folder from the newest until one passes.
 *
 * Returns: (transfer full) (nullable): the newest automatic backup that can be restored, or
 *   %NULL when there is none
 */
LimberBackupInfo *
limber_backup_find_newest_good (const char *folder)
{
  g_autoptr(GArray) backups = NULL;

  g_return_val_if_fail (folder != NULL, NULL);

  backups = list_auto_backups (folder);
  for (guint i = 0; i < backups->len; i++)
    {
      LimberBackupInfo *info = inspect (g_array_index (backups, AutoBackup, i).path);

      if (info->problem == NULL)
        return info;
      g_debug ("Passing over the backup %s: %s", info->path, info->problem->message);
      limber_backup_info_free (info);
    }

  return NULL;
}
