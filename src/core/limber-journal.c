/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal-private.h"
#include "limber-run.h"
#include "limber-soreness.h"

#define SELECT_ENTRY \
  "SELECT e.id, e.uuid, e.kind, e.day, e.time, e.notes, e.created, e.updated," \
  " r.distance, r.duration, r.rpe, r.run_kind, r.surface, r.temperature, r.shoes," \
  " s.zone, s.side, s.level, s.quality, s.limits_walking, s.disturbs_sleep," \
  " h.volume, f.duration, f.fascia_kind" \
  " FROM entry e" \
  " LEFT JOIN run r ON r.entry_id = e.id" \
  " LEFT JOIN soreness s ON s.entry_id = e.id" \
  " LEFT JOIN hydration h ON h.entry_id = e.id" \
  " LEFT JOIN fascia_session f ON f.entry_id = e.id"

/* Kinds are bound as ?3..?6, NULL for a kind left out. */
#define KIND_FILTER " AND e.kind IN (?3, ?4, ?5, ?6)"

static const char * const stmt_sql[LIMBER_JOURNAL_N_STMTS] = {
  [LIMBER_JOURNAL_STMT_INSERT_ENTRY] =
    "INSERT INTO entry (uuid, kind, day, time, notes, created, updated)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [LIMBER_JOURNAL_STMT_UPDATE_ENTRY] =
    "UPDATE entry SET day = ?2, time = ?3, notes = ?4, updated = ?5 WHERE id = ?1",
  [LIMBER_JOURNAL_STMT_DELETE_ENTRY] = "DELETE FROM entry WHERE uuid = ?1",
  [LIMBER_JOURNAL_STMT_ENTRY_ID] = "SELECT id, kind, created FROM entry WHERE uuid = ?1",
  [LIMBER_JOURNAL_STMT_INSERT_RUN] =
    "INSERT OR REPLACE INTO run (entry_id, distance, duration, rpe, run_kind, surface,"
    " temperature, shoes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  [LIMBER_JOURNAL_STMT_INSERT_SORENESS] =
    "INSERT OR REPLACE INTO soreness (entry_id, zone, side, level, quality, limits_walking,"
    " disturbs_sleep) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [LIMBER_JOURNAL_STMT_INSERT_HYDRATION] =
    "INSERT OR REPLACE INTO hydration (entry_id, volume) VALUES (?1, ?2)",
  [LIMBER_JOURNAL_STMT_INSERT_FASCIA] =
    "INSERT OR REPLACE INTO fascia_session (entry_id, duration, fascia_kind) VALUES (?1, ?2, ?3)",
  [LIMBER_JOURNAL_STMT_INSERT_ITEM] =
    "INSERT INTO fascia_item (session_id, position, move, zone, side, seconds)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [LIMBER_JOURNAL_STMT_INSERT_RESULT] =
    "INSERT INTO mobility_result (session_id, position, test, side, phase, value)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [LIMBER_JOURNAL_STMT_DELETE_ITEMS] = "DELETE FROM fascia_item WHERE session_id = ?1",
  [LIMBER_JOURNAL_STMT_DELETE_RESULTS] = "DELETE FROM mobility_result WHERE session_id = ?1",
  [LIMBER_JOURNAL_STMT_SELECT_BY_UUID] = SELECT_ENTRY " WHERE e.uuid = ?1",
  [LIMBER_JOURNAL_STMT_SELECT_RANGE] =
    SELECT_ENTRY " WHERE e.day BETWEEN ?1 AND ?2" KIND_FILTER " ORDER BY e.day, e.time, e.id",
  [LIMBER_JOURNAL_STMT_ITEMS_BY_SESSION] =
    "SELECT session_id, move, zone, side, seconds FROM fascia_item WHERE session_id = ?1"
    " ORDER BY position",
  [LIMBER_JOURNAL_STMT_ITEMS_RANGE] =
    "SELECT i.session_id, i.move, i.zone, i.side, i.seconds FROM fascia_item i"
    " JOIN entry e ON e.id = i.session_id"
    " WHERE e.kind = 'fascia' AND e.day BETWEEN ?1 AND ?2 ORDER BY i.session_id, i.position",
  [LIMBER_JOURNAL_STMT_RESULTS_BY_SESSION] =
    "SELECT session_id, test, side, phase, value FROM mobility_result WHERE session_id = ?1"
    " ORDER BY position",
  [LIMBER_JOURNAL_STMT_RESULTS_RANGE] =
    "SELECT m.session_id, m.test, m.side, m.phase, m.value FROM mobility_result m"
    " JOIN entry e ON e.id = m.session_id"
    " WHERE e.kind = 'fascia' AND e.day BETWEEN ?1 AND ?2 ORDER BY m.session_id, m.position",
  [LIMBER_JOURNAL_STMT_COUNT] =
    "SELECT count(*) FROM entry e WHERE e.day BETWEEN ?1 AND ?2" KIND_FILTER,
  /* Two subqueries: together in one SELECT, min and max would scan the whole index. */
  [LIMBER_JOURNAL_STMT_DAY_RANGE] =
    "SELECT (SELECT min(day) FROM entry), (SELECT max(day) FROM entry)",
  [LIMBER_JOURNAL_STMT_WEEK_RUNS] =
    "SELECT (e.day - 1) / 7, sum(r.distance), sum(r.duration), count(*)"
    " FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 GROUP BY 1",
  [LIMBER_JOURNAL_STMT_WEEK_FASCIA] =
    "SELECT (e.day - 1) / 7, count(*), sum(f.duration)"
    " FROM entry e JOIN fascia_session f ON f.entry_id = e.id"
    " WHERE e.kind = 'fascia' AND e.day BETWEEN ?1 AND ?2 GROUP BY 1",
  [LIMBER_JOURNAL_STMT_WEEK_HYDRATION] =
    "SELECT (e.day - 1) / 7, sum(h.volume), count(DISTINCT e.day)"
    " FROM entry e JOIN hydration h ON h.entry_id = e.id"
    " WHERE e.kind = 'hydration' AND e.day BETWEEN ?1 AND ?2 GROUP BY 1",
  [LIMBER_JOURNAL_STMT_DAILY_HYDRATION] =
    "SELECT e.day, sum(h.volume), count(*)"
    " FROM entry e JOIN hydration h ON h.entry_id = e.id"
    " WHERE e.kind = 'hydration' AND e.day BETWEEN ?1 AND ?2 GROUP BY e.day ORDER BY e.day",
  /* A run without a time of day counts as run at its day's start; a negative ?1 lists all. */
  [LIMBER_JOURNAL_STMT_LIST_SHOES] =
    "SELECT r.shoes FROM run r JOIN entry e ON e.id = r.entry_id"
    " WHERE r.shoes IS NOT NULL AND r.shoes <> ''"
    " GROUP BY r.shoes ORDER BY max(e.day * 86400 + ifnull(e.time, 0)) DESC, max(e.id) DESC"
    " LIMIT ?1",

  /* The charts (limber-series-*.c): aggregates through the (kind, day) index. ?3 of the run
   * statements is the duration that makes a run long. */
  [LIMBER_JOURNAL_STMT_SERIES_WEEK_RUNS] =
    "SELECT (e.day - 1) / 7, sum(r.distance), count(*),"
    " max(r.run_kind = 'long' OR r.duration >= ?3)"
    " FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 GROUP BY 1",
  [LIMBER_JOURNAL_STMT_SERIES_RUNS] =
    "SELECT e.day, r.distance, r.run_kind = 'long' OR r.duration >= ?3"
    " FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 ORDER BY e.day",
  /* Distance, and session load (effort × minutes) of the runs that have an effort. */
  [LIMBER_JOURNAL_STMT_SERIES_DAILY_RUNS] =
    "SELECT e.day, sum(r.distance), sum(r.rpe * r.duration / 60.0), count(r.rpe)"
    " FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 GROUP BY e.day ORDER BY e.day",
  [LIMBER_JOURNAL_STMT_SERIES_HOT_DAYS] =
    "SELECT DISTINCT e.day FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 AND r.temperature >= ?3 ORDER BY e.day",
  /* Soreness levels by day, and whether a red-flag sign was logged; ?3 and ?4 pick one zone
   * and side, NULL for all. Not grouped: sorting by zone and side took three times as long
   * as reading the rows in the index's order (bench/README.md). */
  [LIMBER_JOURNAL_STMT_SERIES_SORENESS] =
    "SELECT e.day, s.zone, s.side, s.level,"
    " s.quality IN ('sharp', 'numbness') OR s.limits_walking OR s.disturbs_sleep"
    " FROM entry e JOIN soreness s ON s.entry_id = e.id"
    " WHERE e.kind = 'soreness' AND e.day BETWEEN ?1 AND ?2"
    " AND (?3 IS NULL OR s.zone = ?3) AND (?4 IS NULL OR s.side = ?4) ORDER BY e.day",
  [LIMBER_JOURNAL_STMT_SERIES_MOBILITY] =
    "SELECT e.day, m.side, m.phase = 'after', avg(m.value)"
    " FROM entry e JOIN mobility_result m ON m.session_id = e.id"
    " WHERE e.kind = 'fascia' AND e.day BETWEEN ?1 AND ?2 AND m.test = ?3"
    " GROUP BY e.day, m.side, m.phase ORDER BY e.day, m.side, m.phase = 'after'",
  [LIMBER_JOURNAL_STMT_SERIES_MOBILITY_TESTS] =
    "SELECT m.test FROM entry e JOIN mobility_result m ON m.session_id = e.id"
    " WHERE e.kind = 'fascia' AND e.day BETWEEN ?1 AND ?2 GROUP BY m.test",

  /* The importer (import/): the runs it compares against, and the tracks it keeps. */
  [LIMBER_JOURNAL_STMT_RUN_STARTS] =
    "SELECT e.day, e.time, r.distance FROM entry e JOIN run r ON r.entry_id = e.id"
    " WHERE e.kind = 'run' AND e.day BETWEEN ?1 AND ?2 ORDER BY e.day, e.time",
  [LIMBER_JOURNAL_STMT_INSERT_TRACK] =
    "INSERT OR REPLACE INTO track (entry_id, points, data) VALUES (?1, ?2, ?3)",
  [LIMBER_JOURNAL_STMT_SELECT_TRACK] =
    "SELECT e.id, e.kind, t.data FROM entry e LEFT JOIN track t ON t.entry_id = e.id"
    " WHERE e.uuid = ?1",
  [LIMBER_JOURNAL_STMT_LIST_TRACKED] =
    "SELECT e.uuid FROM track t JOIN entry e ON e.id = t.entry_id ORDER BY e.day, e.time, e.id",
};

struct _LimberJournal
{
  GObject        parent_instance;

  char          *path;
  sqlite3       *db;
  sqlite3_stmt  *stmts[LIMBER_JOURNAL_N_STMTS];
  LimberDay      today;
  int            schema_version;
  guint          read_only : 1;
};

G_DEFINE_FINAL_TYPE (LimberJournal, limber_journal, G_TYPE_OBJECT)

G_DEFINE_QUARK (limber-journal-error-quark, limber_journal_error)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  CHANGED,
  DISMISSALS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

sqlite3_stmt *
limber_journal_get_stmt (LimberJournal      *self,
                         LimberJournalStmt   which,
                         GError            **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc;

  if (stmt == NULL)
    {
      rc = sqlite3_prepare_v3 (self->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                               &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          limber_journal_set_error_from_sqlite (error, self->db, rc, _("Reading the journal"));
          return NULL;
        }
      self->stmts[which] = stmt;
    }
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }

  return stmt;
}

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
      limber_journal_set_error_from_sqlite (error, self->db, rc, what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec_simple (LimberJournal  *self,
             const char     *sql,
             const char     *what,
             GError        **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, self->db, rc, what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
begin (LimberJournal  *self,
       const char     *what,
       GError        **error)
{
  if (self->read_only)
    {
      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY,
                   _("%s: the journal is open read-only."), what);
      return FALSE;
    }

  return exec_simple (self, "BEGIN IMMEDIATE", what, error);
}

static gboolean
commit (LimberJournal  *self,
        const char     *what,
        GError        **error)
{
  if (!exec_simple (self, "COMMIT", what, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
rollback (LimberJournal *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
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
      limber_journal_set_error_from_sqlite (error, self->db, rc, what);
      return FALSE;
    }

  id = sqlite3_last_insert_rowid (self->db);
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

static void
emit_changed (LimberJournal    *self,
              LimberEntryKinds  kinds,
              const char       *uuid)
{
  g_signal_emit (self, signals[CHANGED], 0, (guint) kinds, uuid);
}

static gboolean
ensure_file (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* Created by us with mode 0600 before SQLite sees it: a journal is private. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_JOURNAL_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? LIMBER_JOURNAL_ERROR_READ_ONLY : LIMBER_JOURNAL_ERROR_IO,
                   _("Cannot create the journal “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

static void
limber_journal_finalize (GObject *object)
{
  LimberJournal *self = (LimberJournal *)object;

  for (guint i = 0; i < LIMBER_JOURNAL_N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);

  if (self->db != NULL)
    {
      /* Fold the WAL back into the file so a closed journal is one self-contained file. */
      if (!self->read_only)
        sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
      sqlite3_close (self->db);
      self->db = NULL;
    }

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (limber_journal_parent_class)->finalize (object);
}

static void
limber_journal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberJournal *self = LIMBER_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_journal_class_init (LimberJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_journal_finalize;
  object_class->get_property = limber_journal_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberJournal::changed:
   * @kinds: the #LimberEntryKinds that changed
   * @uuid: (nullable): the entry that changed, or %NULL when several did
   *
   * Emitted after entries were added, updated or deleted, once per write.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  /**
   * LimberJournal::dismissals-changed:
   *
   * Emitted after a recommendation was dismissed or brought back (see limber-dismissals.h).
   */
  signals[DISMISSALS_CHANGED] =
    g_signal_new ("dismissals-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
limber_journal_init (LimberJournal *self)
{
}

char *
limber_journal_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "journal.db", NULL);
}

/**
 * limber_journal_open:
 * @path: the journal file; created (mode 0600) when missing
 *
 * Opens a journal, upgrading its schema when it is older (after copying it to
 * "<path>.before-v<N>"). A file that is not a Limber journal, is damaged, or was written by
 * a newer Limber is refused with a clear error and left untouched.
 */
LimberJournal *
limber_journal_open (const char  *path,
                     GError     **error)
{
  g_autoptr(LimberJournal) self = NULL;
  gboolean is_new = FALSE;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!limber_journal_schema_probe (path, &is_new, &version, error))
    return NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !ensure_file (path, error))
    return NULL;

  self = g_object_new (LIMBER_TYPE_JOURNAL, NULL);
  self->path = g_strdup (path);

  /* An existing journal we may only read, or whose folder we may not write (SQLite keeps its
   * WAL there), is opened read-only, and says so. */
  self->read_only = !is_new && !limber_journal_schema_can_write (path);
  if (self->read_only)
    rc = limber_journal_schema_open_read_only (path, &self->db);
  else
    rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, self->db, rc, path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  if (!exec_simple (self, "PRAGMA foreign_keys = ON", path, error))
    return NULL;

  if (self->read_only)
    {
      if (version < LIMBER_JOURNAL_SCHEMA_VERSION)
        {
          g_set_error (error, LIMBER_JOURNAL_ERROR, LIMBER_JOURNAL_ERROR_READ_ONLY,
                       _("“%s” needs an upgrade to this version’s format, but it cannot be "
                         "written."), path);
          return NULL;
        }
    }
  else
    {
      /* A new file switches to WAL without a rollback journal on disk. Killed during the
       * switch, SQLite would leave a hot "-journal" beside it, which the read-only look of
       * limber_journal_schema_probe () cannot roll back: the journal would be refused as
       * unwritable on every start. In memory, the switch's one write of page 1 leaves the
       * file empty or an empty WAL database, and new either way. The power-loss test found
       * this. */
      if (is_new && !exec_simple (self, "PRAGMA journal_mode = MEMORY", path, error))
        return NULL;

      if (!exec_simple (self, "PRAGMA journal_mode = WAL", path, error) ||
          !exec_simple (self, "PRAGMA synchronous = NORMAL", path, error))
        return NULL;

      if (!limber_journal_schema_migrate (self->db, path, version, error))
        return NULL;
    }

  self->schema_version = LIMBER_JOURNAL_SCHEMA_VERSION;

  return g_steal_pointer (&self);
}

void
limber_journal_emit_dismissals_changed (LimberJournal *self)
{
  g_signal_emit (self, signals[DISMISSALS_CHANGED], 0);
}

sqlite3 *
limber_journal_get_db (LimberJournal *self)
{
  return self->db;
}

const char *
limber_journal_get_path (LimberJournal *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), NULL);

  return self->path;
}

gboolean
limber_journal_is_read_only (LimberJournal *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), TRUE);

  return self->read_only;
}

int
limber_journal_get_schema_version (LimberJournal *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), 0);

  return self->schema_version;
}

/* Pins "today" (for tests and --today); LIMBER_DAY_INVALID follows the clock again. */
void
limber_journal_set_today (LimberJournal *self,
                          LimberDay      today)
{
  g_return_if_fail (LIMBER_IS_JOURNAL (self));

  self->today = today;
}

LimberDay
limber_journal_get_today (LimberJournal *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), LIMBER_DAY_INVALID);

  return self->today != LIMBER_DAY_INVALID ? self->today : limber_day_today ();
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

  emit_changed (self, 1 << limber_entry_get_kind (entry), limber_entry_get_uuid (entry));
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

  emit_changed (self, kinds, entries->len == 1 ? limber_entry_get_uuid (entries->pdata[0]) : NULL);
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
        limber_journal_set_error_from_sqlite (error, self->db, rc, what);
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
        limber_journal_set_error_from_sqlite (error, self->db, rc, what);
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

  emit_changed (self, 1 << limber_entry_get_kind (entry), limber_entry_get_uuid (entry));
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

  emit_changed (self, 1 << kind, uuid);
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
    emit_changed (self, kinds, n_changed == 1 ? uuid : NULL);
  return TRUE;

failed:
  rollback (self);
  return FALSE;
}

/* Writes a consistent copy of the journal to @path while it stays open. */
gboolean
limber_journal_backup_to (LimberJournal  *self,
                          const char     *path,
                          GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return limber_journal_copy_database (self->db, path, error);
}
