/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-journal-private.h"
#include "limber-run.h"

/* The GPS tracks runs were imported with, kept packed and compressed (limber-track.c) in the
 * table "track", one row per run, so that a run's GPX can be written again later. */

/* Writes a run's track inside the caller's transaction. */
gboolean
limber_journal_write_track (LimberJournal  *self,
                            sqlite3_int64   entry_id,
                            GArray         *points,
                            GError        **error)
{
  g_autoptr(GBytes) packed = NULL;
  sqlite3_stmt *stmt;
  gsize size;
  const void *data;
  int rc;

  g_assert (points != NULL);

  if (points->len > LIMBER_TRACK_MAX_POINTS)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                   _("A track can have at most %u points"), LIMBER_TRACK_MAX_POINTS);
      return FALSE;
    }

  packed = limber_track_pack ((const LimberTrackPoint *) points->data, points->len);
  data = g_bytes_get_data (packed, &size);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_TRACK, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int (stmt, 2, points->len);
  sqlite3_bind_blob64 (stmt, 3, data, size, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc,
                                            _("Saving a track"));
      return FALSE;
    }

  return TRUE;
}

/* The row id and packed track of the run @uuid; FALSE with an error when there is no such run. */
static gboolean
lookup_run (LimberJournal  *self,
            const char     *uuid,
            sqlite3_int64  *id,
            GBytes        **packed,
            GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean is_run = FALSE;
  int rc;

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_SELECT_TRACK, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (id != NULL)
        *id = sqlite3_column_int64 (stmt, 0);
      is_run = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "run") == 0;
      if (packed != NULL && sqlite3_column_type (stmt, 2) == SQLITE_BLOB)
        *packed = g_bytes_new (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc,
                                            _("Reading the journal"));
      return FALSE;
    }

  if (!is_run)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND,
                   _("No run with the id %s is in the journal"), uuid);
      return FALSE;
    }

  return TRUE;
}

/**
 * limber_journal_set_track:
 * @uuid: a run's id
 * @points: (element-type LimberTrackPoint): the track
 *
 * Keeps @points as the track of the run @uuid, replacing any it had.
 */
gboolean
limber_journal_set_track (LimberJournal  *self,
                          const char     *uuid,
                          GArray         *points,
                          GError        **error)
{
  sqlite3_int64 id = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (points != NULL, FALSE);
  g_return_val_if_fail (g_array_get_element_size (points) == sizeof (LimberTrackPoint), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (limber_journal_is_read_only (self))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY,
                   _("%s: the journal is open read-only."), _("Saving a track"));
      return FALSE;
    }

  if (!lookup_run (self, uuid, &id, NULL, error))
    return FALSE;

  /* One statement: atomic on its own. */
  if (!limber_journal_write_track (self, id, points, error))
    return FALSE;

  g_signal_emit_by_name (self, "changed", (guint) LIMBER_ENTRY_KINDS_RUN, uuid);
  return TRUE;
}

/**
 * limber_journal_get_track:
 * @uuid: a run's id
 *
 * Returns: (transfer full) (nullable) (element-type LimberTrackPoint): the run's track, or
 *   %NULL without an error when the run has none
 */
GArray *
limber_journal_get_track (LimberJournal  *self,
                          const char     *uuid,
                          GError        **error)
{
  g_autoptr(GBytes) packed = NULL;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!lookup_run (self, uuid, NULL, &packed, error) || packed == NULL)
    return NULL;

  return limber_track_unpack (packed, error);
}

/**
 * limber_journal_list_tracked:
 *
 * Returns: (transfer full): the ids of the runs that have a track, oldest first
 */
GStrv
limber_journal_list_tracked (LimberJournal  *self,
                             GError        **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_LIST_TRACKED, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc,
                                            _("Reading the journal"));
      return NULL;
    }

  return g_strv_builder_end (builder);
}
