/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal-private.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* The reading half of the journal: entries back from rows, listing by range and kind, counts
 * and the weekly and daily aggregates, all through the journal's prepared statements. */

static void
set_read_error (LimberJournal  *self,
                int             rc,
                GError        **error)
{
  limber_journal_set_error_from_sqlite (error, limber_journal_get_db (self), rc,
                                        _("Reading the journal"));
}

static LimberEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  const char *kind_id = (const char *) sqlite3_column_text (stmt, 2);
  LimberEntryKind kind;
  LimberEntry *entry = NULL;

  if (!limber_entry_kind_from_id (kind_id, &kind))
    return NULL;

  switch (kind)
    {
    case LIMBER_ENTRY_KIND_RUN:
      {
        LimberRun *run = limber_run_new ();
        LimberRunKind run_kind = LIMBER_RUN_OTHER;
        LimberSurface surface = LIMBER_SURFACE_UNSET;

        limber_run_set_distance (run, sqlite3_column_double (stmt, 8));
        limber_run_set_duration (run, sqlite3_column_double (stmt, 9));
        if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
          limber_run_set_rpe (run, sqlite3_column_int (stmt, 10));
        limber_run_kind_from_id ((const char *) sqlite3_column_text (stmt, 11), &run_kind);
        limber_run_set_run_kind (run, run_kind);
        limber_surface_from_id ((const char *) sqlite3_column_text (stmt, 12), &surface);
        limber_run_set_surface (run, surface);
        if (sqlite3_column_type (stmt, 13) != SQLITE_NULL)
          limber_run_set_temperature (run, sqlite3_column_double (stmt, 13));
        limber_run_set_shoes (run, (const char *) sqlite3_column_text (stmt, 14));
        if (sqlite3_column_type (stmt, 24) != SQLITE_NULL)
          limber_run_set_elevation_gain (run, sqlite3_column_double (stmt, 24));
        if (sqlite3_column_type (stmt, 25) != SQLITE_NULL)
          limber_run_set_avg_heart_rate (run, sqlite3_column_double (stmt, 25));
        entry = LIMBER_ENTRY (run);
        break;
      }

    case LIMBER_ENTRY_KIND_SORENESS:
      {
        LimberSoreness *soreness = limber_soreness_new ();
        LimberZone zone = LIMBER_ZONE_CALF;
        LimberSide side = LIMBER_SIDE_BOTH;
        LimberQuality quality = LIMBER_QUALITY_ACHE;

        limber_zone_from_id ((const char *) sqlite3_column_text (stmt, 15), &zone);
        limber_side_from_id ((const char *) sqlite3_column_text (stmt, 16), &side);
        limber_quality_from_id ((const char *) sqlite3_column_text (stmt, 18), &quality);
        limber_soreness_set_zone (soreness, zone);
        limber_soreness_set_side (soreness, side);
        limber_soreness_set_level (soreness, sqlite3_column_int (stmt, 17));
        limber_soreness_set_quality (soreness, quality);
        limber_soreness_set_limits_walking (soreness, sqlite3_column_int (stmt, 19));
        limber_soreness_set_disturbs_sleep (soreness, sqlite3_column_int (stmt, 20));
        entry = LIMBER_ENTRY (soreness);
        break;
      }

    case LIMBER_ENTRY_KIND_HYDRATION:
      {
        LimberHydration *hydration = limber_hydration_new ();

        limber_hydration_set_volume (hydration, sqlite3_column_double (stmt, 21));
        entry = LIMBER_ENTRY (hydration);
        break;
      }

    case LIMBER_ENTRY_KIND_FASCIA:
      {
        LimberFasciaSession *session = limber_fascia_session_new ();
        LimberFasciaKind fascia_kind = LIMBER_FASCIA_SELF;

        limber_fascia_session_set_duration (session, sqlite3_column_int (stmt, 22));
        limber_fascia_kind_from_id ((const char *) sqlite3_column_text (stmt, 23), &fascia_kind);
        limber_fascia_session_set_fascia_kind (session, fascia_kind);
        entry = LIMBER_ENTRY (session);
        break;
      }

    case LIMBER_N_ENTRY_KINDS:
    default:
      g_assert_not_reached ();
    }

  limber_entry_set_uuid (entry, (const char *) sqlite3_column_text (stmt, 1));
  limber_entry_set_day (entry, sqlite3_column_int64 (stmt, 3));
  limber_entry_set_time (entry, sqlite3_column_type (stmt, 4) == SQLITE_NULL
                                  ? -1 : sqlite3_column_int (stmt, 4));
  limber_entry_set_notes (entry, (const char *) sqlite3_column_text (stmt, 5));
  limber_entry_set_timestamps (entry, sqlite3_column_int64 (stmt, 6),
                               sqlite3_column_int64 (stmt, 7));

  return entry;
}

static void
add_item_from_row (LimberFasciaSession *session,
                   sqlite3_stmt        *stmt)
{
  LimberZone zone = LIMBER_ZONE_CALF;
  LimberSide side = LIMBER_SIDE_BOTH;

  limber_zone_from_id ((const char *) sqlite3_column_text (stmt, 2), &zone);
  limber_side_from_id ((const char *) sqlite3_column_text (stmt, 3), &side);
  limber_fascia_session_add_item (session, (const char *) sqlite3_column_text (stmt, 1),
                                  zone, side, sqlite3_column_int (stmt, 4));
}

static void
add_result_from_row (LimberFasciaSession *session,
                     sqlite3_stmt        *stmt)
{
  LimberSide side = LIMBER_SIDE_CENTRE;

  limber_side_from_id ((const char *) sqlite3_column_text (stmt, 2), &side);
  limber_fascia_session_add_result (session, (const char *) sqlite3_column_text (stmt, 1),
                                    side,
                                    g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3),
                                               "after") == 0,
                                    sqlite3_column_double (stmt, 4));
}

/* Runs a statement whose rows start with a session id, adding each row to its session. */
static gboolean
load_fascia_parts (LimberJournal  *self,
                   sqlite3_stmt   *stmt,
                   GHashTable     *sessions,
                   gboolean        results,
                   GError        **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LimberFasciaSession *session = g_hash_table_lookup (sessions, &id);

      if (session == NULL)
        continue;

      if (results)
        add_result_from_row (session, stmt);
      else
        add_item_from_row (session, stmt);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_read_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * limber_journal_get:
 *
 * Returns: (transfer full): the entry, or %NULL with %LIMBER_JOURNAL_ERROR_NOT_FOUND
 */
LimberEntry *
limber_journal_get (LimberJournal  *self,
                    const char     *uuid,
                    GError        **error)
{
  g_autoptr(LimberEntry) entry = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_SELECT_BY_UUID, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      entry = entry_from_row (stmt);
      id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_NOT_FOUND,
                   _("No entry with the id %s is in the journal"), uuid);
      return NULL;
    }
  if (rc != SQLITE_ROW || entry == NULL)
    {
      set_read_error (self, rc, error);
      return NULL;
    }

  if (LIMBER_IS_FASCIA_SESSION (entry))
    {
      g_autoptr(GHashTable) sessions = g_hash_table_new (g_int64_hash, g_int64_equal);

      g_hash_table_insert (sessions, &id, entry);

      if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_ITEMS_BY_SESSION, error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!load_fascia_parts (self, stmt, sessions, FALSE, error))
        return NULL;

      if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_RESULTS_BY_SESSION, error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!load_fascia_parts (self, stmt, sessions, TRUE, error))
        return NULL;
    }

  return g_steal_pointer (&entry);
}

gboolean
limber_journal_contains (LimberJournal *self,
                         const char    *uuid)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);

  if (uuid == NULL || !(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_ENTRY_ID, NULL)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/**
 * limber_journal_list:
 * @first_day: the first day, inclusive
 * @last_day: the last day, inclusive
 * @kinds: which kinds of entry
 *
 * Returns: (transfer full) (element-type LimberEntry): the entries in the range, oldest
 *   first (by day, then time of day, then the order they were added)
 */
GPtrArray *
limber_journal_list (LimberJournal     *self,
                     LimberDay          first_day,
                     LimberDay          last_day,
                     LimberEntryKinds   kinds,
                     GError           **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) sessions = NULL;
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_SELECT_RANGE, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);
  limber_journal_bind_kinds (stmt, kinds);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LimberEntry *entry = entry_from_row (stmt);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (entry == NULL)
        continue;

      g_ptr_array_add (entries, entry);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_read_error (self, rc, error);
      return NULL;
    }

  if (!(kinds & LIMBER_ENTRY_KINDS_FASCIA))
    return g_steal_pointer (&entries);

  /* Moves and test results of every session in the range, in two queries. */
  sessions = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < entries->len; i++)
    {
      if (LIMBER_IS_FASCIA_SESSION (entries->pdata[i]))
        g_hash_table_insert (sessions, &g_array_index (ids, gint64, i), entries->pdata[i]);
    }

  if (g_hash_table_size (sessions) == 0)
    return g_steal_pointer (&entries);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_ITEMS_RANGE, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);
  if (!load_fascia_parts (self, stmt, sessions, FALSE, error))
    return NULL;

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_RESULTS_RANGE, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);
  if (!load_fascia_parts (self, stmt, sessions, TRUE, error))
    return NULL;

  return g_steal_pointer (&entries);
}

/* The number of entries of @kinds, on any day. */
guint
limber_journal_count (LimberJournal    *self,
                      LimberEntryKinds  kinds)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), 0);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_COUNT, NULL)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, 0);
  sqlite3_bind_int64 (stmt, 2, G_MAXUINT32);
  limber_journal_bind_kinds (stmt, kinds);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

/* The first and last day with an entry; FALSE for an empty journal. */
gboolean
limber_journal_get_day_range (LimberJournal *self,
                              LimberDay     *first_day,
                              LimberDay     *last_day)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_DAY_RANGE, NULL)))
    return FALSE;

  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      if (first_day)
        *first_day = sqlite3_column_int64 (stmt, 0);
      if (last_day)
        *last_day = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);

  return found;
}

static gboolean
fill_weeks (LimberJournal  *self,
            LimberJournalStmt  which,
            LimberDay       first_day,
            LimberDay       last_day,
            GArray         *weeks,
            GError        **error)
{
  LimberDay first_week = (first_day - 1) / 7;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (self, which, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint index = sqlite3_column_int64 (stmt, 0) - first_week;
      LimberWeekTotals *week;

      g_assert (index < weeks->len);
      week = &g_array_index (weeks, LimberWeekTotals, index);

      switch (which)
        {
        case LIMBER_JOURNAL_STMT_WEEK_RUNS:
          week->distance = sqlite3_column_double (stmt, 1);
          week->duration = sqlite3_column_double (stmt, 2);
          week->runs = sqlite3_column_int (stmt, 3);
          break;
        case LIMBER_JOURNAL_STMT_WEEK_FASCIA:
          week->fascia_sessions = sqlite3_column_int (stmt, 1);
          week->fascia_seconds = sqlite3_column_int (stmt, 2);
          break;
        case LIMBER_JOURNAL_STMT_WEEK_HYDRATION:
          week->hydration = sqlite3_column_double (stmt, 1);
          week->hydration_days = sqlite3_column_int (stmt, 2);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_read_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * limber_journal_weekly_totals:
 *
 * Totals for every week (Monday to Sunday) that holds a day of the range, empty weeks
 * included, counting only entries from @first_day to @last_day.
 *
 * Returns: (transfer full) (element-type LimberWeekTotals): one element per week, oldest first
 */
GArray *
limber_journal_weekly_totals (LimberJournal  *self,
                              LimberDay       first_day,
                              LimberDay       last_day,
                              GError        **error)
{
  g_autoptr(GArray) weeks = NULL;
  guint n_weeks;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (first_day >= 1 && first_day <= last_day, NULL);

  n_weeks = (last_day - 1) / 7 - (first_day - 1) / 7 + 1;
  weeks = g_array_sized_new (FALSE, TRUE, sizeof (LimberWeekTotals), n_weeks);
  g_array_set_size (weeks, n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    g_array_index (weeks, LimberWeekTotals, i).week_start =
      limber_day_week_start (first_day) + 7 * i;

  if (!fill_weeks (self, LIMBER_JOURNAL_STMT_WEEK_RUNS, first_day, last_day, weeks, error) ||
      !fill_weeks (self, LIMBER_JOURNAL_STMT_WEEK_FASCIA, first_day, last_day, weeks, error) ||
      !fill_weeks (self, LIMBER_JOURNAL_STMT_WEEK_HYDRATION, first_day, last_day, weeks, error))
    return NULL;

  return g_steal_pointer (&weeks);
}

/**
 * limber_journal_daily_hydration:
 *
 * Returns: (transfer full) (element-type LimberDayHydration): one element per day that has
 *   hydration entries, oldest first
 */
GArray *
limber_journal_daily_hydration (LimberJournal  *self,
                                LimberDay       first_day,
                                LimberDay       last_day,
                                GError        **error)
{
  g_autoptr(GArray) days = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);

  days = g_array_new (FALSE, TRUE, sizeof (LimberDayHydration));

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_DAILY_HYDRATION, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LimberDayHydration day = {
        .day = sqlite3_column_int64 (stmt, 0),
        .volume = sqlite3_column_double (stmt, 1),
        .entries = sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&days);
}

/**
 * limber_journal_list_shoes:
 * @max: the most names to return, 0 for all of them
 *
 * The shoes named in runs, each once, those of the latest run first: the choices an editor
 * offers. A read error ends the list early (there is no error to report: it is a hint).
 *
 * Returns: (transfer full): the names, maybe none
 */
GStrv
limber_journal_list_shoes (LimberJournal *self,
                           guint          max)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);

  builder = g_strv_builder_new ();

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_LIST_SHOES, NULL)))
    return g_strv_builder_end (builder);
  sqlite3_bind_int64 (stmt, 1, max > 0 ? (gint64) max : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    g_debug ("Listing the shoes of runs: %s", sqlite3_errstr (rc));

  return g_strv_builder_end (builder);
}

/**
 * limber_journal_list_run_starts:
 *
 * When each run from @first_day to @last_day started and how far it went: what the
 * importer needs to recognise a run it has already.
 *
 * Returns: (transfer full) (element-type LimberRunStart): the runs, by day and time
 */
GArray *
limber_journal_list_run_starts (LimberJournal  *self,
                                LimberDay       first_day,
                                LimberDay       last_day,
                                GError        **error)
{
  g_autoptr(GArray) runs = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  runs = g_array_new (FALSE, FALSE, sizeof (LimberRunStart));

  if (!(stmt = limber_journal_get_stmt (self, LIMBER_JOURNAL_STMT_RUN_STARTS, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, first_day);
  sqlite3_bind_int64 (stmt, 2, last_day);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LimberRunStart run = {
        .day = sqlite3_column_int64 (stmt, 0),
        .time = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 1),
        .distance = sqlite3_column_double (stmt, 2),
      };

      g_array_append_val (runs, run);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&runs);
}
