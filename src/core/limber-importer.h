/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"

G_BEGIN_DECLS

typedef struct _LimberImporter LimberImporter;

/* What an import did. A "unit" is a file, or one activity of a Strava export. */
typedef struct
{
  guint      imported;      /* entries added to the journal */
  guint      duplicates;    /* runs the journal had already, and CSV rows whose id it had */
  guint      skipped;       /* activities that are not runs */
  guint      failed;        /* units that could not be imported */
  GPtrArray *failures;      /* (element-type utf8): "file: reason" of each failed unit */
  guint      done;          /* units looked at */
  guint      total;         /* units found */
} LimberImportSummary;

/**
 * LimberImportProgressFunc:
 * @done: units finished so far
 * @total: units found in all the paths
 *
 * Called after each unit, and once with @done 0 when the paths have been looked through.
 * With limber_importer_run_async() it runs in the thread-default main context of the caller.
 */
typedef void (*LimberImportProgressFunc) (LimberImporter *importer,
                                          guint           done,
                                          guint           total,
                                          gpointer        user_data);

#define LIMBER_TYPE_IMPORTER (limber_importer_get_type ())

G_DECLARE_FINAL_TYPE (LimberImporter, limber_importer, LIMBER, IMPORTER, GObject)

LimberImporter            *limber_importer_new               (LimberJournal            *journal);
LimberJournal             *limber_importer_get_journal       (LimberImporter           *self);
void                       limber_importer_add_path          (LimberImporter           *self,
                                                              const char               *path);
void                       limber_importer_set_time_zone     (LimberImporter           *self,
                                                              GTimeZone                *zone);
void                       limber_importer_set_progress_func (LimberImporter           *self,
                                                              LimberImportProgressFunc  func,
                                                              gpointer                  user_data,
                                                              GDestroyNotify            destroy);

gboolean                   limber_importer_run               (LimberImporter           *self,
                                                              GCancellable             *cancellable,
                                                              GError                  **error);
void                       limber_importer_run_async         (LimberImporter           *self,
                                                              GCancellable             *cancellable,
                                                              GAsyncReadyCallback       callback,
                                                              gpointer                  user_data);
gboolean                   limber_importer_run_finish        (LimberImporter           *self,
                                                              GAsyncResult             *result,
                                                              GError                  **error);

const LimberImportSummary *limber_importer_get_summary       (LimberImporter           *self);

G_END_DECLS
