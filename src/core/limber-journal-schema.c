/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "limber-journal-private.h"

/* Each migration runs in one transaction together with the user_version bump. Never edit a
 * released migration: add a new one. Values are SI units; enumerations are stored as the same
 * string ids the CSV files use, so the file stays readable with the sqlite3 shell. */
const char * const limber_journal_migrations[LIMBER_JOURNAL_SCHEMA_VERSION] = {
  /* 1: entries of the four kinds */
  "CREATE TABLE entry ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('run', 'soreness', 'hydration', 'fascia')),"
  "  day INTEGER NOT NULL,"                       /* GDate Julian day: 1 = 0001-01-01 */
  "  time INTEGER CHECK (time BETWEEN 0 AND 86399),"
  "  notes TEXT,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX entry_kind_day ON entry (kind, day);"
  "CREATE INDEX entry_day ON entry (day, time);"
  "CREATE TABLE run ("
  "  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,"
  "  distance REAL NOT NULL,"                     /* metres */
  "  duration REAL NOT NULL,"                     /* seconds */
  "  rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),"
  "  run_kind TEXT NOT NULL,"
  "  surface TEXT,"
  "  temperature REAL,"                           /* °C */
  "  shoes TEXT"
  ") STRICT;"
  "CREATE TABLE soreness ("
  "  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,"
  "  zone TEXT NOT NULL,"
  "  side TEXT NOT NULL,"
  "  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
  "  quality TEXT NOT NULL,"
  "  limits_walking INTEGER NOT NULL,"
  "  disturbs_sleep INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE hydration ("
  "  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,"
  "  volume REAL NOT NULL"                        /* millilitres */
  ") STRICT;"
  "CREATE TABLE fascia_session ("
  "  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,"
  "  duration INTEGER NOT NULL,"                  /* seconds */
  "  fascia_kind TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE fascia_item ("
  "  session_id INTEGER NOT NULL REFERENCES fascia_session (entry_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  move TEXT,"
  "  zone TEXT NOT NULL,"
  "  side TEXT NOT NULL,"
  "  seconds INTEGER NOT NULL,"
  "  PRIMARY KEY (session_id, position)"
  ") STRICT;",

  /* 2: before/after mobility self-tests of a fascia session; soreness looked up by zone */
  "CREATE TABLE mobility_result ("
  "  session_id INTEGER NOT NULL REFERENCES fascia_session (entry_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  test TEXT NOT NULL,"
  "  side TEXT NOT NULL,"
  "  phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),"
  "  value REAL NOT NULL,"
  "  PRIMARY KEY (session_id, position)"
  ") STRICT;"
  "CREATE INDEX soreness_zone_side ON soreness (zone, side);",

  /* 3: the GPS track a run was imported with, packed (limber-track.c). It refers to the
   * entry, not the run row, which an update replaces. */
  "CREATE TABLE track ("
  "  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,"
  "  points INTEGER NOT NULL CHECK (points >= 0),"
  "  data BLOB NOT NULL"
  ") STRICT;",

  /* 4: recommendations dismissed for a while. A row hides the card whose fingerprint (its
   * rule, zone, side, severity, headline and entries, hashed) matches, up to and including
   * the day dismissed_until; a card whose facts change gets a new fingerprint and shows. */
  "CREATE TABLE dismissal ("
  "  fingerprint TEXT PRIMARY KEY,"
  "  rule TEXT NOT NULL,"
  "  zone TEXT,"                                  /* NULL when the card concerns no zone */
  "  side TEXT,"
  "  dismissed_until INTEGER NOT NULL,"           /* GDate Julian day, the last one hidden */
  "  created INTEGER NOT NULL"
  ") STRICT;",

  /* 5: what a watch records of a run besides its track, NULL when not known */
  "ALTER TABLE run ADD COLUMN elevation_gain_m REAL"      /* metres climbed */
  "  CHECK (elevation_gain_m BETWEEN 0 AND 10000);"
  "ALTER TABLE run ADD COLUMN avg_heart_rate REAL"        /* beats a minute */
  "  CHECK (avg_heart_rate BETWEEN 30 AND 250);",
};

void
limber_journal_set_error_from_sqlite (GError     **error,
                                      sqlite3     *db,
                                      int          rc,
                                      const char  *what)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  LimberJournalError code;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FULL,
                   _("%s: the disk is full. Free some space and try again."), what);
      return;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY,
                   _("%s: the journal cannot be written (%s)."), what, detail);
      return;
    case SQLITE_CORRUPT:
      code = LIMBER_JOURNAL_ERROR_CORRUPT;
      break;
    case SQLITE_NOTADB:
      code = LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL;
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      code = LIMBER_JOURNAL_ERROR_IO;
      break;
    case SQLITE_CONSTRAINT:
      code = LIMBER_JOURNAL_ERROR_EXISTS;
      break;
    default:
      code = LIMBER_JOURNAL_ERROR_FAILED;
      break;
    }

  g_set_error (error, LIMBER_JOURNAL_ERROR, code, "%s: %s", what, detail);
}

static gboolean
read_header (const char  *path,
             guint8       header[100],
             gsize       *file_size,
             GError     **error)
{
  GStatBuf st;
  int fd;
  gssize n;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR,
                   saved_errno == EACCES ? LIMBER_JOURNAL_ERROR_READ_ONLY
                                         : LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  *file_size = st.st_size;
  memset (header, 0, 100);
  n = read (fd, header, 100);
  close (fd);

  if (*file_size == 0)
    return TRUE;

  if (n < 100 || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,
                   _("“%s” is not a Limber journal: it is not a database file."), path);
      return FALSE;
    }

  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Whether the header counts more pages than the file holds. The count is only valid when the
 * "version valid for" number matches the change counter. */
static gboolean
is_shorter_than_header (const guint8 header[100],
                        gsize        file_size)
{
  guint32 page_size, page_count;

  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);

  return read_be32 (header + 92) == read_be32 (header + 24) && page_count > 0 &&
         (guint64) page_count * page_size > file_size;
}

/* Whether a WAL with frames in it lies beside @path. */
static gboolean
has_wal_frames (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  /* Frames follow the WAL's 32-byte header. */
  return g_stat (wal_path, &st) == 0 && st.st_size > 32;
}

/* TRUE when this process may write @path and create files in its folder, where SQLite keeps
 * the WAL and its index ("-wal", "-shm"). */
gboolean
limber_journal_schema_can_write (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

/* Opens @path for reading. When all of it is in the file, it is opened immutable, and SQLite
 * creates no "-wal" or "-shm" file beside it:
 *  - a file this process cannot write, with no WAL frames beside it. SQLite could not create
 *    them in a read-only folder (and refused to read the journal at all); in a writable one it
 *    left them behind, read-only like the journal, and a journal made writable again still
 *    could not be written because of them;
 *  - a file without any WAL beside it: SQLite keeps one while a connection has the file open,
 *    so none has. Refused files (a newer Limber's, another program's) stay alone, as they
 *    were.
 * The fault tests (test-read-only, test-open-errors) found each. Otherwise a plain read-only
 * connection reads the WAL too, and sees what another connection is writing. */
int
limber_journal_schema_open_read_only (const char  *path,
                                      sqlite3    **db)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *immutable = NULL;

  if (limber_journal_schema_can_write (path) ? g_file_test (wal, G_FILE_TEST_EXISTS)
                                             : has_wal_frames (path))
    return sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY, NULL);

  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, NULL);
  if (uri == NULL)
    return sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY, NULL);
  immutable = g_strconcat (uri, "?immutable=1", NULL);

  return sqlite3_open_v2 (immutable, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

/* Reads the header of @path without writing to it: refuses a file that is not an SQLite
 * database or is shorter than its header says. An empty file passes with *file_size 0. */
gboolean
limber_journal_schema_check_header (const char  *path,
                                    gsize       *file_size,
                                    GError     **error)
{
  guint8 header[100];

  if (!read_header (path, header, file_size, error))
    return FALSE;

  if (*file_size == 0 || !is_shorter_than_header (header, *file_size))
    return TRUE;

  /* A checkpoint copies the WAL into the file first page first, so while another connection
   * checkpoints, or after a crash in the middle of one (Limber killed, or the power lost, while
   * it quits), the header counts pages that are still only in the WAL. With a WAL beside the
   * file, SQLite judges it instead, under its locks, and finishes the checkpoint on the next
   * open. Without one, a second look rules out a checkpoint that ended, and took its WAL away,
   * between the read and the look at the WAL. Found by the power-loss test; test-disk-full
   * (close-when-full) and test-journal (interrupted-checkpoint) make the same state on purpose. */
  if (has_wal_frames (path))
    return TRUE;
  if (!read_header (path, header, file_size, error))
    return FALSE;
  if (*file_size == 0 || !is_shorter_than_header (header, *file_size))
    return TRUE;

  g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
               _("“%s” is damaged: the file is shorter than its contents say. "
                 "Restore it from a backup."), path);
  return FALSE;
}

/* Looks at an existing file without writing to it: its header, then its application id and
 * schema version through a read-only connection. A missing or empty file is new. */
gboolean
limber_journal_schema_probe (const char  *path,
                             gboolean    *is_new,
                             int         *version,
                             GError     **error)
{
  gsize file_size = 0;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint32 app_id = 0;
  int user_version = 0, n_tables = 0;
  int rc;

  *is_new = FALSE;
  *version = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *is_new = TRUE;
      return TRUE;
    }

  if (!limber_journal_schema_check_header (path, &file_size, error))
    return FALSE;

  if (file_size == 0)
    {
      *is_new = TRUE;
      return TRUE;
    }

  /* Read-only: SQLite still reads a WAL beside the file but changes nothing. The id and the
   * version come from SQLite, not the file's header: while another connection has the journal
   * open, the newest header may still be in the WAL. */
  rc = limber_journal_schema_open_read_only (path, &db);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT (SELECT application_id FROM pragma_application_id),"
                             " (SELECT user_version FROM pragma_user_version),"
                             " (SELECT count(*) FROM sqlite_schema)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          app_id = (guint32) sqlite3_column_int64 (stmt, 0);
          user_version = sqlite3_column_int (stmt, 1);
          n_tables = sqlite3_column_int (stmt, 2);
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be read. Restore it from a backup."), path);
      else
        limber_journal_set_error_from_sqlite (error, db, rc, path);
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (app_id != LIMBER_JOURNAL_APPLICATION_ID)
    {
      if (app_id == 0 && user_version == 0 && n_tables == 0)
        {
          *is_new = TRUE;
          return TRUE;
        }

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,
                   _("“%s” is not a Limber journal: it is another program’s database."), path);
      return FALSE;
    }

  if (user_version > LIMBER_JOURNAL_SCHEMA_VERSION)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Limber (journal format %d; this "
                     "version reads up to %d). Update Limber to open it."),
                   path, user_version, LIMBER_JOURNAL_SCHEMA_VERSION);
      return FALSE;
    }

  *version = user_version;
  return TRUE;
}

/* A consistent copy of a live database through the SQLite backup API, written to a temporary
 * file beside @dest_path (mode 0600) and renamed into place. */
gboolean
limber_journal_copy_database (sqlite3     *db,
                              const char  *dest_path,
                              GError     **error)
{
  g_autofree char *tmp_path = g_strdup_printf ("%s.partial", dest_path);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot write “%s”: %s"), tmp_path, g_strerror (saved_errno));
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
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, dest, rc, dest_path);
      sqlite3_close (dest);
      g_unlink (tmp_path);
      return FALSE;
    }

  sqlite3_close (dest);

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot write “%s”: %s"), dest_path, g_strerror (saved_errno));
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      const char  *what,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, db, rc, what);
      return FALSE;
    }

  return TRUE;
}

/* Brings the schema from @from_version up to LIMBER_JOURNAL_SCHEMA_VERSION. An existing
 * journal is first copied to "<path>.before-v<N>"; each step is one transaction. */
gboolean
limber_journal_schema_migrate (sqlite3     *db,
                               const char  *path,
                               int          from_version,
                               GError     **error)
{
  const char *what = _("Upgrading the journal");

  g_assert (from_version >= 0 && from_version <= LIMBER_JOURNAL_SCHEMA_VERSION);

  if (from_version == LIMBER_JOURNAL_SCHEMA_VERSION)
    return TRUE;

  if (from_version > 0)
    {
      g_autofree char *backup_path =
        g_strdup_printf ("%s.before-v%d", path, LIMBER_JOURNAL_SCHEMA_VERSION);

      g_debug ("Copying the journal to %s before upgrading it", backup_path);
      if (!limber_journal_copy_database (db, backup_path, error))
        return FALSE;
    }

  for (int version = from_version + 1; version <= LIMBER_JOURNAL_SCHEMA_VERSION; version++)
    {
      g_autofree char *bump = NULL;

      /* PRAGMA arguments cannot be bound; these are integers of our own, not user data. */
      bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                              version, LIMBER_JOURNAL_APPLICATION_ID);

      if (!exec (db, "BEGIN IMMEDIATE", what, error))
        return FALSE;

      if (!exec (db, limber_journal_migrations[version - 1], what, error) ||
          !exec (db, bump, what, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      if (!exec (db, "COMMIT", what, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}
