/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "limber-journal.h"

G_BEGIN_DECLS

/* The SQL of each schema version's migration, index 0 migrating to version 1. */
extern const char * const limber_journal_migrations[LIMBER_JOURNAL_SCHEMA_VERSION];

void      limber_journal_set_error_from_sqlite (GError     **error,
                                                sqlite3     *db,
                                                int          rc,
                                                const char  *what);
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
