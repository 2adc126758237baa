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

/* The tables each schema version has; a file without them is not a journal we can restore.
 * Add a row with each migration that creates a table. */
static const struct {
  const char *name;
  int         since_version;
} journal_tables[] = {
  { "entry", 1 },
  { "run", 1 },
  { "soreness", 1 },
  { "hydration", 1 },
  { "fascia_session", 1 },
  { "fascia_item", 1 },
  { "mobility_result", 2 },
  { "track", 3 },
};

G_DEFINE_BOXED_TYPE (LimberBackupInfo, limber_backup_info,
                     limber_backup_info_copy, limber_backup_info_free)

static void
set_damaged (GError     **error,
             sqlite3     *db,
             int          rc,
             const char  *path)
{
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be read."), path);
  else
    limber_journal_set_error_from_sqlite (error, db, rc, path);
}

/* Runs a statement without parameters that returns one row. */
static sqlite3_stmt *
query_row (sqlite3     *db,
           const char  *sql,
           const char  *path,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_damaged (error, db, rc, path);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static gboolean
has_table (sqlite3     *db,
           const char  *name,
           const char  *path,
           gboolean    *found,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_damaged (error, db, rc, path);
      return FALSE;
    }

  *found = rc == SQLITE_ROW;
  return TRUE;
}

/* A database beside which SQLite keeps unsaved pages (a WAL or a hot rollback journal) is
 * refused: read alone, the file would miss them. */
static gboolean
check_no_pending_changes (const char  *path,
                          GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (side, &st) == 0 && st.st_size > 0)
        {
          g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IN_USE,
                       _("“%s” has recent changes in “%s” that are not in the file yet. Close "
                         "the program that has it open, then try again."), path, side);
          return FALSE;
        }
    }

  return TRUE;
}

/* Opens @path read-only and immutable: SQLite neither writes it nor creates files beside it,
 * and reads the file alone, without a WAL beside it. */
sqlite3 *
limber_backup_open_immutable (const char  *path,
                              GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *uri_immutable = NULL;
  sqlite3 *db = NULL;
  int rc;

  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return NULL;
  uri_immutable = g_strconcat (uri, "?immutable=1", NULL);

  rc = sqlite3_open_v2 (uri_immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      set_damaged (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);

  return db;
}

/* The checks of limber_backup_check_file () on an open database. */
static gboolean
check_database (sqlite3           *db,
                const char        *path,
                LimberBackupInfo  *info,
                GError           **error)
{
  sqlite3_stmt *stmt;
  const char *result;
  guint32 app_id;
  int version;

  if (!(stmt = query_row (db, "PRAGMA application_id", path, error)))
    return FALSE;
  app_id = (guint32) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (!(stmt = query_row (db, "PRAGMA user_version", path, error)))
    return FALSE;
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (app_id != LIMBER_JOURNAL_APPLICATION_ID || version < 1)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,
                   _("“%s” is not a Limber journal: it is another program’s database."), path);
      return FALSE;
    }

  if (version > LIMBER_JOURNAL_SCHEMA_VERSION)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Limber (journal format %d; this "
                     "version reads up to %d). Update Limber to restore it."),
                   path, version, LIMBER_JOURNAL_SCHEMA_VERSION);
      return FALSE;
    }

  if (!(stmt = query_row (db, "PRAGMA integrity_check(1)", path, error)))
    return FALSE;
  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                   _("“%s” is damaged (SQLite found: %s). Choose another backup."),
                   path, result ? result : "?");
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < G_N_ELEMENTS (journal_tables); i++)
    {
      gboolean found = FALSE;

      if (journal_tables[i].since_version > version)
        continue;
      if (!has_table (db, journal_tables[i].name, path, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                       _("“%s” is not a complete Limber journal: its table “%s” is missing."),
                       path, journal_tables[i].name);
          return FALSE;
        }
    }

  if (!(stmt = query_row (db, "SELECT count(*), min(day), max(day) FROM entry", path, error)))
    return FALSE;
  info->schema_version = version;
  info->n_entries = sqlite3_column_int (stmt, 0);
  info->first_day = sqlite3_column_int64 (stmt, 1);
  info->last_day = sqlite3_column_int64 (stmt, 2);
  sqlite3_finalize (stmt);

  return TRUE;
}

/**
 * limber_backup_info_copy:
 *
 * Returns: (transfer full): a deep copy of @info
 */
LimberBackupInfo *
limber_backup_info_copy (const LimberBackupInfo *info)
{
  LimberBackupInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_new (LimberBackupInfo, 1);
  *copy = *info;
  copy->path = g_strdup (info->path);
  copy->problem = info->problem ? g_error_copy (info->problem) : NULL;

  return copy;
}

void
limber_backup_info_free (LimberBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_error (&info->problem);
  g_free (info);
}

/**
 * limber_backup_check_file:
 * @path: a file that should be a Limber journal
 * @info: (out) (optional) (transfer full): what it holds
 *
 * Checks that @path can be restored: an SQLite database with Limber's application id and
 * tables, whose integrity check passes and whose format is not newer than this Limber's. The
 * file is opened read-only and immutable, so it is never changed and no "-wal" or "-shm" file
 * is made beside it. A file with unsaved changes beside it (a non-empty "-wal" or "-journal")
 * is refused, since they would be missing from a copy.
 */
gboolean
limber_backup_check_file (const char        *path,
                          LimberBackupInfo **info,
                          GError           **error)
{
  g_autoptr(LimberBackupInfo) result = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  gsize file_size = 0;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR,
                   saved_errno == EACCES ? LIMBER_JOURNAL_ERROR_READ_ONLY
                                         : LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,
                   _("“%s” is not a Limber journal: it is not a file."), path);
      return FALSE;
    }

  if (!limber_journal_schema_check_header (path, &file_size, &local_error))
    {
      /* Its message says to restore from a backup, which this file was meant to be. */
      if (g_error_matches (local_error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT))
        g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                     _("“%s” is damaged: the file is shorter than its contents say. Choose "
                       "another backup."), path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (file_size == 0)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,
                   _("“%s” is not a Limber journal: it is empty."), path);
      return FALSE;
    }

  if (!check_no_pending_changes (path, error))
    return FALSE;

  if (!(db = limber_backup_open_immutable (path, error)))
    return FALSE;

  result = g_new0 (LimberBackupInfo, 1);
  result->path = g_strdup (path);
  result->modified = st.st_mtime;
  result->size = st.st_size;

  ok = check_database (db, path, result, error);
  sqlite3_close (db);
  if (!ok)
    return FALSE;

  if (info != NULL)
    *info = g_steal_pointer (&result);

  return TRUE;
}
