/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "limber-journal.h"

G_BEGIN_DECLS

/* The journal's prepared statements, made once and kept (limber-journal.c holds the SQL). */
typedef enum
{
  LIMBER_JOURNAL_STMT_INSERT_ENTRY,
  LIMBER_JOURNAL_STMT_UPDATE_ENTRY,
  LIMBER_JOURNAL_STMT_DELETE_ENTRY,
  LIMBER_JOURNAL_STMT_ENTRY_ID,
  LIMBER_JOURNAL_STMT_INSERT_RUN,
  LIMBER_JOURNAL_STMT_INSERT_SORENESS,
  LIMBER_JOURNAL_STMT_INSERT_HYDRATION,
  LIMBER_JOURNAL_STMT_INSERT_FASCIA,
  LIMBER_JOURNAL_STMT_INSERT_ITEM,
  LIMBER_JOURNAL_STMT_INSERT_RESULT,
  LIMBER_JOURNAL_STMT_DELETE_ITEMS,
  LIMBER_JOURNAL_STMT_DELETE_RESULTS,
  LIMBER_JOURNAL_STMT_SELECT_BY_UUID,
  LIMBER_JOURNAL_STMT_SELECT_RANGE,
  LIMBER_JOURNAL_STMT_ITEMS_BY_SESSION,
  LIMBER_JOURNAL_STMT_ITEMS_RANGE,
  LIMBER_JOURNAL_STMT_RESULTS_BY_SESSION,
  LIMBER_JOURNAL_STMT_RESULTS_RANGE,
  LIMBER_JOURNAL_STMT_COUNT,
  LIMBER_JOURNAL_STMT_DAY_RANGE,
  LIMBER_JOURNAL_STMT_WEEK_RUNS,
  LIMBER_JOURNAL_STMT_WEEK_FASCIA,
  LIMBER_JOURNAL_STMT_WEEK_HYDRATION,
  LIMBER_JOURNAL_STMT_DAILY_HYDRATION,
  LIMBER_JOURNAL_STMT_LIST_SHOES,
  LIMBER_JOURNAL_STMT_SERIES_WEEK_RUNS,
  LIMBER_JOURNAL_STMT_SERIES_RUNS,
  LIMBER_JOURNAL_STMT_SERIES_DAILY_RUNS,
  LIMBER_JOURNAL_STMT_SERIES_HOT_DAYS,
  LIMBER_JOURNAL_STMT_SERIES_SORENESS,
  LIMBER_JOURNAL_STMT_SERIES_MOBILITY,
  LIMBER_JOURNAL_STMT_SERIES_MOBILITY_TESTS,
  LIMBER_JOURNAL_STMT_RUN_STARTS,
  LIMBER_JOURNAL_STMT_INSERT_TRACK,
  LIMBER_JOURNAL_STMT_SELECT_TRACK,
  LIMBER_JOURNAL_STMT_LIST_TRACKED,
  LIMBER_JOURNAL_N_STMTS
} LimberJournalStmt;


sqlite3       *limber_journal_get_db                (LimberJournal      *self);
sqlite3_stmt  *limber_journal_get_stmt              (LimberJournal      *self,
                                                     LimberJournalStmt   which,
                                                     GError            **error);
gboolean       limber_journal_exec                  (LimberJournal      *self,
                                                     const char         *sql,
                                                     const char         *what,
                                                     GError            **error);
void           limber_journal_emit_changed          (LimberJournal      *self,
                                                     LimberEntryKinds    kinds,
                                                     const char         *uuid);
void           limber_journal_bind_kinds            (sqlite3_stmt       *stmt,
                                                     LimberEntryKinds    kinds);
gboolean       limber_journal_write_track           (LimberJournal      *self,
                                                     sqlite3_int64       entry_id,
                                                     GArray             *points,
                                                     GError            **error);
void           limber_journal_emit_dismissals_changed (LimberJournal    *self);

/* The SQL of each schema version's migration, index 0 migrating to version 1. */
extern const char * const limber_journal_migrations[LIMBER_JOURNAL_SCHEMA_VERSION];

void      limber_journal_set_error_from_sqlite (GError     **error,
                                                sqlite3     *db,
                                                int          rc,
                                                const char  *what);
gboolean  limber_journal_schema_can_write      (const char  *path);
int       limber_journal_schema_open_read_only (const char  *path,
                                                sqlite3    **db);
gboolean  limber_journal_schema_check_header   (const char  *path,
                                                gsize       *file_size,
                                                GError     **error);
gboolean  limber_journal_schema_probe          (const char  *path,
                                                gboolean    *is_new,
                                                int         *version,
                                                GError     **error);
gboolean  limber_journal_schema_migrate        (sqlite3     *db,
                                                const char  *path,
                                                int          from_version,
                                                GError     **error);
gboolean  limber_journal_copy_database         (sqlite3     *db,
                                                const char  *dest_path,
                                                GError     **error);

G_END_DECLS
