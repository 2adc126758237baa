/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "limber-backup-private.h"

/* Files SQLite keeps beside a database; they belong to it and move with it. */
static const char * const side_suffixes[] = { "-wal", "-shm", "-journal" };

typedef enum
{
  FOLD_DONE,        /* the file alone holds the whole journal now */
  FOLD_IN_USE,      /* another connection has it open */
  FOLD_UNREADABLE,  /* not a database SQLite can fold (damaged, or not ours): moved as it is */
} FoldResult;

/* A move made on the way, undone when a later step fails. */
typedef struct
{
  char     *from;
  char     *to;
  gboolean  linked;   /* "to" is a second name of "from", not a rename */
} Move;

static void
move_clear (gpointer data)
{
  Move *move = data;

  g_free (move->from);
  g_free (move->to);
}

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_set_error (error, LIMBER_JOURNAL_ERROR,
               saved_errno == EACCES || saved_errno == EROFS
                 ? LIMBER_JOURNAL_ERROR_READ_ONLY
                 : saved_errno == ENOSPC ? LIMBER_JOURNAL_ERROR_FULL
                                         : LIMBER_JOURNAL_ERROR_IO,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gssize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }

  return TRUE;
}

/* Copies @source to a new temporary file (mode 0600) beside @target, synced to the disk. */
static char *
copy_to_temp (const char  *source,
              const char  *target,
              GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (target, ".restoring-XXXXXX", NULL);
  guint8 buffer[65536];
  int in, out;
  gssize n;

  in = g_open (source, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot read “%s”: %s"), source, g_strerror (saved_errno));
      return NULL;
    }

  out = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (out < 0)
    {
      set_io_error (error, errno, target);
      close (in);
      return NULL;
    }

  while ((n = read (in, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                       _("Cannot read “%s”: %s"), source, g_strerror (saved_errno));
          goto failed;
        }
      if (!write_all (out, buffer, n))
        {
          set_io_error (error, errno, target);
          goto failed;
        }
    }

  if (fsync (out) != 0 || close (out) != 0)
    {
      set_io_error (error, errno, target);
      out = -1;
      goto failed;
    }
  close (in);

  return g_steal_pointer (&tmp_path);

failed:
  if (out >= 0)
    close (out);
  close (in);
  g_unlink (tmp_path);
  return NULL;
}

/* Whether SQLite can read the database at @path, asked without writing anything. */
static gboolean
is_readable (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!(db = limber_backup_open_immutable (path, &error)))
    {
      g_debug ("Keeping it aside as it is: %s", error->message);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    g_debug ("Keeping “%s” aside as it is: %s", path, sqlite3_errmsg (db));

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return rc == SQLITE_ROW;
}

/* Folds the journal's WAL into its file and leaves it in rollback-journal mode, so the file
 * alone holds the whole journal. SQLite can do so only when no other connection has it open,
 * which is how an open journal is told. A file SQLite cannot read is not touched: folding
 * would delete its WAL, which may hold what is left of it. */
static FoldResult
fold_wal (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  FoldResult result = FOLD_UNREADABLE;
  int rc;

  if (!is_readable (path))
    return FOLD_UNREADABLE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 200);
      rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0)
    result = FOLD_DONE;
  else if (rc == SQLITE_ROW || (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    result = FOLD_IN_USE;
  else
    g_debug ("Keeping “%s” aside as it is: %s", path, db ? sqlite3_errmsg (db) : "");

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static gboolean
exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

/* "<journal>.before-restore-YYYYMMDD-HHMMSS", with "-2", "-3"... when that is taken. */
static char *
aside_name (const char *journal_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup_printf ("%s.before-restore-%s", journal_path, stamp);

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);
      gboolean taken = exists (name);

      for (guint i = 0; !taken && i < G_N_ELEMENTS (side_suffixes); i++)
        {
          g_autofree char *side = g_strconcat (name, side_suffixes[i], NULL);

          taken = exists (side);
        }

      if (!taken)
        return g_steal_pointer (&name);
    }

  return NULL;
}

static void
undo_moves (GArray *moves)
{
  for (guint i = moves->len; i-- > 0;)
    {
      const Move *move = &g_array_index (moves, Move, i);

      if (move->linked ? g_unlink (move->to) != 0 : g_rename (move->to, move->from) != 0)
        g_warning ("Cannot put “%s” back as “%s”: %s", move->to, move->from, g_strerror (errno));
    }
}

/* Gives the journal and its side files the names @aside and @aside + suffix. The journal
 * keeps its own name too (a hard link) where the file system allows, so it is never missing
 * until the restored file replaces it. */
static gboolean
move_aside (const char  *journal_path,
            const char  *aside,
            GArray      *moves,
            GError     **error)
{
  Move move = { NULL, NULL, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (journal_path, side_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, side_suffixes[i], NULL);

      if (!exists (from))
        continue;
      if (g_rename (from, to) != 0)
        {
          set_io_error (error, errno, to);
          return FALSE;
        }
      move.from = g_steal_pointer (&from);
      move.to = g_steal_pointer (&to);
      g_array_append_val (moves, move);
    }

  if (!exists (journal_path))
    return TRUE;

  move.linked = link (journal_path, aside) == 0;
  if (!move.linked && g_rename (journal_path, aside) != 0)
    {
      set_io_error (error, errno, aside);
      return FALSE;
    }
  move.from = g_strdup (journal_path);
  move.to = g_strdup (aside);
  g_array_append_val (moves, move);

  return TRUE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
has_side_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);

      if (exists (side))
        return TRUE;
    }

  return FALSE;
}

/**
 * limber_backup_restore:
 * @journal_path: the journal to replace; it must be closed (no #LimberJournal open on it)
 * @backup_path: the backup to bring back
 * @kept_aside_path: (out) (optional) (nullable) (transfer full): where the journal as it was
 *   is now, or %NULL when there was none
 *
 * Replaces the journal by a copy of a backup. The backup is checked first (see
 * limber_backup_check_file ()) and copied to a temporary file beside the journal, which is
 * checked again. The journal is never overwritten: it is kept aside as
 * "<journal>.before-restore-YYYYMMDD-HHMMSS". Before that its WAL is folded into it, so the
 * file kept aside holds everything; this needs the journal closed, and fails with
 * %LIMBER_JOURNAL_ERROR_IN_USE when another connection, in this process or another, has it
 * open. A journal SQLite cannot read is kept aside as it is, with its "-wal" and "-shm"
 * files renamed alike. Then the copy takes the journal's name in one rename. When a step
 * fails, the journal is left where it was, as it was.
 *
 * A backup in an older format is restored as it is; limber_journal_open () upgrades it.
 */
gboolean
limber_backup_restore (const char  *journal_path,
                       const char  *backup_path,
                       char       **kept_aside_path,
                       GError     **error)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (Move));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_array_set_clear_func (moves, move_clear);
  if (kept_aside_path != NULL)
    *kept_aside_path = NULL;

  if (!limber_backup_check_file (backup_path, NULL, error))
    return FALSE;

  if (same_file (journal_path, backup_path))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                   _("“%s” is the journal itself, not a backup of it."), backup_path);
      return FALSE;
    }

  folder = g_path_get_dirname (journal_path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (!(tmp_path = copy_to_temp (backup_path, journal_path, error)))
    return FALSE;

  /* What takes the journal's place is exactly what was checked. */
  if (!limber_backup_check_file (tmp_path, NULL, &local_error))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                   _("“%s” changed while it was being copied. Try again."), backup_path);
      goto failed;
    }

  if (exists (journal_path) && fold_wal (journal_path) == FOLD_IN_USE)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IN_USE,
                   _("The journal “%s” is open in another program, probably Limber. Quit it, "
                     "then restore again."), journal_path);
      goto failed;
    }

  if (exists (journal_path) || has_side_files (journal_path))
    {
      if (!(aside = aside_name (journal_path)))
        {
          g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                       _("Cannot find a free name to keep “%s” aside."), journal_path);
          goto failed;
        }
      if (!move_aside (journal_path, aside, moves, error))
        goto failed;
    }

  if (g_rename (tmp_path, journal_path) != 0)
    {
      set_io_error (error, errno, journal_path);
      goto failed;
    }

  /* The restore happened; a folder that cannot be synced is only logged. */
  if (!limber_backup_sync_folder (folder, &local_error))
    g_debug ("%s", local_error->message);

  if (aside != NULL && !exists (aside))
    g_clear_pointer (&aside, g_free);
  if (kept_aside_path != NULL)
    *kept_aside_path = g_steal_pointer (&aside);

  return TRUE;

failed:
  undo_moves (moves);
  g_unlink (tmp_path);
  return FALSE;
}
