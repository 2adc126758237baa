/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "limber-journal-private.h"

#define SELECT_ENTRY \
  "SELECT e.id, e.uuid, e.kind, e.day, e.time, e.notes, e.created, e.updated," \
  " r.distance, r.duration, r.rpe, r.run_kind, r.surface, r.temperature, r.shoes," \
  " s.zone, s.side, s.level, s.quality, s.limits_walking, s.disturbs_sleep," \
  " h.volume, f.duration, f.fascia_kind, r.elevation_gain_m, r.avg_heart_rate" \
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
    " temperature, shoes, elevation_gain_m, avg_heart_rate)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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

gboolean
limber_journal_exec (LimberJournal  *self,
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

void
limber_journal_emit_changed (LimberJournal    *self,
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

  if (!limber_journal_exec (self, "PRAGMA foreign_keys = ON", path, error))
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
      if (is_new && !limber_journal_exec (self, "PRAGMA journal_mode = MEMORY", path, error))
        return NULL;

      if (!limber_journal_exec (self, "PRAGMA journal_mode = WAL", path, error) ||
          !limber_journal_exec (self, "PRAGMA synchronous = NORMAL", path, error))
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
