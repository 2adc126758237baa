/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal-private.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* The writing half of the journal: adding, updating and deleting entries, each change in
 * one transaction, and the "changed" signal once it is committed. */

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
limber_journal_bind_kinds (sqlite3_stmt     *stmt,
                           LimberEntryKinds  kinds)
{
  for (guint i = 0; i < LIMBER_N_ENTRY_KINDS; i++)
    {
      if (kinds & (1 << i))
        sqlite3_bind_text (stmt, 3 + i, limber_entry_kind_to_id (i), -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 3 + i);
    }
}

/* Steps a statement that returns no rows. */
static gboolean
step_done (LimberJournal  *self,
           sqlite3_stmt   *stmt,
           const char     *what,
           GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc, what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
begin (LimberJournal  *self,
       const char     *what,
       GError        **error)
{
  if (limber_journal_is_read_only (self))
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY,
                   _("%s: the journal is open read-only."), what);
      return FALSE;
    }

  return limber_journal_exec (self, "BEGIN IMMEDIATE", what, error);
}

static gboolean
commit (LimberJournal  *self,
        const char     *what,
        GError        **error)
{
  if (!limber_journal_exec (self, "COMMIT", what, error))
    {
      sqlite3_exec (limber_journal_get_db (self), "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
rollback (LimberJournal *self)
{
  if (!sqlite3_get_autocommit (limber_journal_get_db (self)))
    sqlite3_exec (limber_journal_get_db (self), "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
write_fascia_parts (LimberJournal        *self,
                    sqlite3_int64         id,
                    LimberFasciaSession  *session,
                    const char           *what,
                    GError              **error)
{
  const LimberFasciaItem *items;
  const LimberMobilityResult *results;
  sqlite3_stmt *stmt;
  guint n;

  items = limber_fascia_session_get_items (session, &n);
  for (guint i = 0; i < n; i++)
    {
      if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_ITEM, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text_or_null (stmt, 3, items[i].move_id);
      sqlite3_bind_text (stmt, 4, limber_zone_to_id (items[i].zone), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, limber_side_to_id (items[i].side), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, items[i].seconds);
      if (!step_done (self, stmt, what, error))
        return FALSE;
    }

  results = limber_fascia_session_get_results (session, &n);
  for (guint i = 0; i < n; i++)
    {
      if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_RESULT, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, results[i].test_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, limber_side_to_id (results[i].side), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, results[i].after ? "after" : "before", -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 6, results[i].value);
      if (!step_done (self, stmt, what, error))
        return FALSE;
    }

  return TRUE;
}

/* Writes the row of the entry's own kind (insert or replace). */
static gboolean
write_details (LimberJournal  *self,
               sqlite3_int64   id,
               LimberEntry    *entry,
               const char     *what,
               GError        **error)
{
  sqlite3_stmt *stmt = NULL;

  switch (limber_entry_get_kind (entry))
    {
    case LIMBER_ENTRY_KIND_RUN:
      {
        LimberRun *run = LIMBER_RUN (entry);

        if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_RUN, error)))
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_double (stmt, 2, limber_run_get_distance (run));
        sqlite3_bind_double (stmt, 3, limber_run_get_duration (run));
        if (limber_run_get_rpe (run) != LIMBER_RPE_UNSET)
          sqlite3_bind_int (stmt, 4, limber_run_get_rpe (run));
        sqlite3_bind_text (stmt, 5, limber_run_kind_to_id (limber_run_get_run_kind (run)), -1,
                           SQLITE_STATIC);
        bind_text_or_null (stmt, 6, limber_surface_to_id (limber_run_get_surface (run)));
        if (limber_run_has_temperature (run))
          sqlite3_bind_double (stmt, 7, limber_run_get_temperature (run));
        bind_text_or_null (stmt, 8, limber_run_get_shoes (run));
        if (limber_run_has_elevation_gain (run))
          sqlite3_bind_double (stmt, 9, limber_run_get_elevation_gain (run));
        if (limber_run_has_avg_heart_rate (run))
          sqlite3_bind_double (stmt, 10, limber_run_get_avg_heart_rate (run));
        return step_done (self, stmt, what, error);
      }

    case LIMBER_ENTRY_KIND_SORENESS:
      {
        LimberSoreness *soreness = LIMBER_SORENESS (entry);

        if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_SORENESS, error)))
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_text (stmt, 2, limber_zone_to_id (limber_soreness_get_zone (soreness)), -1,
                           SQLITE_STATIC);
        sqlite3_bind_text (stmt, 3, limber_side_to_id (limber_soreness_get_side (soreness)), -1,
                           SQLITE_STATIC);
        sqlite3_bind_int (stmt, 4, limber_soreness_get_level (soreness));
        sqlite3_bind_text (stmt, 5,
                           limber_quality_to_id (limber_soreness_get_quality (soreness)), -1,
                           SQLITE_STATIC);
        sqlite3_bind_int (stmt, 6, limber_soreness_get_limits_walking (soreness));
        sqlite3_bind_int (stmt, 7, limber_soreness_get_disturbs_sleep (soreness));
        return step_done (self, stmt, what, error);
      }

    case LIMBER_ENTRY_KIND_HYDRATION:
      if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_HYDRATION, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_double (stmt, 2, limber_hydration_get_volume (LIMBER_HYDRATION (entry)));
      return step_done (self, stmt, what, error);

    case LIMBER_ENTRY_KIND_FASCIA:
      {
        LimberFasciaSession *session = LIMBER_FASCIA_SESSION (entry);
        LimberFasciaKind kind = limber_fascia_session_get_fascia_kind (session);

        if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_FASCIA, error)))
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_int (stmt, 2, limber_fascia_session_get_duration (session));
        sqlite3_bind_text (stmt, 3, limber_fascia_kind_to_id (kind), -1, SQLITE_STATIC);
        if (!step_done (self, stmt, what, error))
          return FALSE;

        if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_DELETE_ITEMS, error)))
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        if (!step_done (self, stmt, what, error))
          return FALSE;

        if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_DELETE_RESULTS, error)))
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        if (!step_done (self, stmt, what, error))
          return FALSE;

        return write_fascia_parts (self, id, session, what, error);
      }

    case LIMBER_N_ENTRY_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Validates and inserts one entry inside the caller's transaction. */
static gboolean
insert_entry (LimberJournal  *self,
              LimberEntry    *entry,
              gint64          now,
              sqlite3_int64  *id_out,
              GError        **error)
{
  const char *what = _("Adding an entry");
  sqlite3_stmt *stmt;
  sqlite3_int64 id;
  int time;
  int rc;

  if (!limber_entry_validate (entry, limber_journal_get_today (self), error))
    return FALSE;

  if (limber_entry_get_uuid (entry) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      limber_entry_set_uuid (entry, uuid);
    }

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_INSERT_ENTRY, error)))
    return FALSE;

  time = limber_entry_get_time (entry);
  sqlite3_bind_text (stmt, 1, limber_entry_get_uuid (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, limber_entry_kind_to_id (limber_entry_get_kind (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, limber_entry_get_day (entry));
  if (time >= 0)
    sqlite3_bind_int (stmt, 4, time);
  bind_text_or_null (stmt, 5, limber_entry_get_notes (entry));
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, now);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_EXISTS,
                   _("An entry with the id %s is already in the journal"),
                   limber_entry_get_uuid (entry));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc, what);
      return FALSE;
    }

  id = sqlite3_last_insert_rowid (limber_journal_get_db (self));
  if (!write_details (self, id, entry, what, error))
    return FALSE;

  if (id_out != NULL)
    *id_out = id;
  limber_entry_set_timestamps (entry, now, now);
  return TRUE;
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * limber_journal_add:
 *
 * Validates @entry and stores it. An entry without a UUID gets a new one. Nothing is
 * written when it is invalid.
 */
gboolean
limber_journal_add (LimberJournal  *self,
                    LimberEntry    *entry,
                    GError        **error)
{
  const char *what = _("Adding an entry");

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, what, error))
    return FALSE;

  if (!insert_entry (self, entry, now_seconds (), NULL, error) || !commit (self, what, error))
    {
      rollback (self);
      return FALSE;
    }

  limber_journal_emit_changed (self, 1 << limber_entry_get_kind (entry),
                               limber_entry_get_uuid (entry));
  return TRUE;
}

/**
 * limber_journal_add_many:
 * @entries: (element-type LimberEntry): the entries
 *
 * Adds every entry in one transaction: all of them, or none when one is invalid.
 */
gboolean
limber_journal_add_many (LimberJournal  *self,
                         GPtrArray      *entries,
                         GError        **error)
{
  return limber_journal_add_many_with_tracks (self, entries, NULL, error);
}

/**
 * limber_journal_add_many_with_tracks:
 * @entries: (element-type LimberEntry): the entries
 * @tracks: (nullable) (element-type GArray): for each entry, %NULL or the #LimberTrackPoint
 *   array of the run it is
 *
 * Adds every entry, and the track of each run that has one, in one transaction: all of
 * them, or none when one is invalid.
 */
gboolean
limber_journal_add_many_with_tracks (LimberJournal  *self,
                                     GPtrArray      *entries,
                                     GPtrArray      *tracks,
                                     GError        **error)
{
  const char *what = _("Adding entries");
  LimberEntryKinds kinds = 0;
  gint64 now;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (tracks == NULL || tracks->len == entries->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (entries->len == 0)
    return TRUE;

  if (!begin (self, what, error))
    return FALSE;

  now = now_seconds ();
  for (guint i = 0; i < entries->len; i++)
    {
      LimberEntry *entry = g_ptr_array_index (entries, i);
      GArray *track = tracks != NULL ? g_ptr_array_index (tracks, i) : NULL;
      sqlite3_int64 id;

      if (track != NULL && !LIMBER_IS_RUN (entry))
        {
          g_set_error_literal (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                               _("Only runs can have a track"));
          rollback (self);
          return FALSE;
        }

      if (!insert_entry (self, entry, now, &id, error) ||
          (track != NULL && !limber_journal_write_track (self, id, track, error)))
        {
          rollback (self);
          /* Entries that got a fresh UUID keep it; nothing was written. */
          return FALSE;
        }

      kinds |= 1 << limber_entry_get_kind (entry);
    }

  if (!commit (self, what, error))
    return FALSE;

  limber_journal_emit_changed (self, kinds,
                               entries->len == 1 ? limber_entry_get_uuid (entries->pdata[0])
                                                 : NULL);
  return TRUE;
}

/* Replaces the stored entry with @entry's UUID (and kind) inside the caller's transaction. */
static gboolean
update_entry (LimberJournal  *self,
              LimberEntry    *entry,
              gint64          now,
              GError        **error)
{
  const char *what = _("Saving an entry");
  const char *uuid = limber_entry_get_uuid (entry);
  sqlite3_stmt *stmt;
  sqlite3_int64 id;
  gint64 created;
  int time;
  int rc;

  if (uuid == NULL)
    {
      g_set_error_literal (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND,
                           _("This entry is not in the journal yet"));
      return FALSE;
    }

  if (!limber_entry_validate (entry, limber_journal_get_today (self), error))
    return FALSE;

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_ENTRY_ID, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND,
                     _("No entry with the id %s is in the journal"), uuid);
      else
        limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc, what);
      return FALSE;
    }
  id = sqlite3_column_int64 (stmt, 0);
  created = sqlite3_column_int64 (stmt, 2);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1),
                 limber_entry_kind_to_id (limber_entry_get_kind (entry))) != 0)
    {
      sqlite3_reset (stmt);
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_FAILED,
                   _("The entry %s is of another kind and cannot be replaced"), uuid);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_UPDATE_ENTRY, error)))
    return FALSE;
  time = limber_entry_get_time (entry);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, limber_entry_get_day (entry));
  if (time >= 0)
    sqlite3_bind_int (stmt, 3, time);
  bind_text_or_null (stmt, 4, limber_entry_get_notes (entry));
  sqlite3_bind_int64 (stmt, 5, now);
  if (!step_done (self, stmt, what, error))
    return FALSE;

  if (!write_details (self, id, entry, what, error))
    return FALSE;

  limber_entry_set_timestamps (entry, created, now);
  return TRUE;
}

/* Deletes the entry @uuid inside the caller's transaction, and says what kind it was. */
static gboolean
delete_entry (LimberJournal    *self,
              const char       *uuid,
              LimberEntryKind  *kind,
              GError          **error)
{
  const char *what = _("Deleting an entry");
  g_autofree char *kind_id = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_ENTRY_ID, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    kind_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND,
                     _("No entry with the id %s is in the journal"), uuid);
      else
        limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc, what);
      return FALSE;
    }
  *kind = LIMBER_ENTRY_KIND_RUN;
  limber_entry_kind_from_id (kind_id, kind);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_DELETE_ENTRY, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return step_done (self, stmt, what, error);
}

/**
 * limber_journal_update:
 *
 * Replaces the stored entry with the same UUID (and kind) by @entry.
 */
gboolean
limber_journal_update (LimberJournal  *self,
                       LimberEntry    *entry,
                       GError        **error)
{
  const char *what = _("Saving an entry");

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, what, error))
    return FALSE;

  if (!update_entry (self, entry, now_seconds (), error) || !commit (self, what, error))
    {
      rollback (self);
      return FALSE;
    }

  limber_journal_emit_changed (self, 1 << limber_entry_get_kind (entry),
                               limber_entry_get_uuid (entry));
  return TRUE;
}

gboolean
limber_journal_delete (LimberJournal  *self,
                       const char     *uuid,
                       GError        **error)
{
  const char *what = _("Deleting an entry");
  LimberEntryKind kind;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, what, error))
    return FALSE;

  if (!delete_entry (self, uuid, &kind, error) || !commit (self, what, error))
    {
      rollback (self);
      return FALSE;
    }

  limber_journal_emit_changed (self, 1 << kind, uuid);
  return TRUE;
}

/**
 * limber_journal_apply:
 * @added: (nullable) (element-type LimberEntry): entries to add
 * @updated: (nullable): an entry to put in place of the stored one with its UUID
 * @deleted: (nullable): UUIDs of entries to delete; one no longer in the journal is gone
 *   already, as asked
 *
 * Does all of it in one transaction: all of it, or nothing when a part fails (an invalid
 * entry, a full disk...). What an editor saves at once, an entry and those removed from its
 * list, is never stored in part, and saving again after a failure stores it once.
 */
gboolean
limber_journal_apply (LimberJournal       *self,
                      GPtrArray           *added,
                      LimberEntry         *updated,
                      const char * const  *deleted,
                      GError             **error)
{
  const char *what = _("Saving entries");
  LimberEntryKinds kinds = 0;
  const char *uuid = NULL;
  guint n_changed = 0;
  gint64 now;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (updated == NULL || LIMBER_IS_ENTRY (updated), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, what, error))
    return FALSE;

  now = now_seconds ();
  for (guint i = 0; added != NULL && i < added->len; i++)
    {
      LimberEntry *entry = g_ptr_array_index (added, i);

      if (!insert_entry (self, entry, now, NULL, error))
        goto failed;
      kinds |= 1 << limber_entry_get_kind (entry);
      uuid = limber_entry_get_uuid (entry);
      n_changed++;
    }

  if (updated != NULL)
    {
      if (!update_entry (self, updated, now, error))
        goto failed;
      kinds |= 1 << limber_entry_get_kind (updated);
      uuid = limber_entry_get_uuid (updated);
      n_changed++;
    }

  for (guint i = 0; deleted != NULL && deleted[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      LimberEntryKind kind;

      if (!delete_entry (self, deleted[i], &kind, &local_error))
        {
          if (g_error_matches (local_error, LIMBER_JOURNAL_ERROR,
                               LIMBER_JOURNAL_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto failed;
        }
      kinds |= 1 << kind;
      uuid = deleted[i];
      n_changed++;
    }

  if (!commit (self, what, error))
    goto failed;

  if (n_changed > 0)
    limber_journal_emit_changed (self, kinds, n_changed == 1 ? uuid : NULL);
  return TRUE;

failed:
  rollback (self);
  return FALSE;
}

