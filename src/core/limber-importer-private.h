/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-activity.h"
#include "limber-importer.h"
#include "limber-strava.h"

G_BEGIN_DECLS

/* What importing one unit needs, shared by the importer, its file half and Strava exports. */
typedef struct
{
  LimberJournal        *journal;      /* the connection to write with */
  GTimeZone            *zone;         /* where the runner lives: runs keep local times */
  LimberImportSummary  *summary;
  GCancellable         *cancellable;
  void                (*progress)     (gpointer data);
  gpointer              progress_data;
} LimberImportContext;

/* Each of these counts one unit as done in the summary and reports progress. */
void            limber_import_unit_failed   (LimberImportContext    *context,
                                             const char             *display_name,
                                             const GError           *error);
void            limber_import_unit_skipped  (LimberImportContext    *context);
void            limber_import_activity      (LimberImportContext    *context,
                                             const char             *display_name,
                                             LimberActivity         *activity);
void            limber_import_bytes         (LimberImportContext    *context,
                                             const char             *display_name,
                                             const char             *file_name,
                                             GBytes                 *bytes,
                                             const LimberStravaRow  *row);

/* A Strava export, a folder or a .zip: its activity list read, its files not yet. */
typedef struct _LimberStravaExport LimberStravaExport;

LimberStravaExport *limber_strava_export_open    (const char           *path,
                                                  GError              **error);
guint               limber_strava_export_get_size (LimberStravaExport  *self);
void                limber_strava_export_import  (LimberStravaExport   *self,
                                                  LimberImportContext  *context);
void                limber_strava_export_free    (LimberStravaExport   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberStravaExport, limber_strava_export_free)

/* One thing to import: a file, a Strava export, or a path that cannot be read. */
typedef struct
{
  char               *path;
  char               *display_name;
  LimberStravaExport *strava;
  GError             *error;        /* found while looking through the paths */
} LimberImportJob;

GPtrArray          *limber_import_collect_jobs   (GPtrArray            *paths);

G_END_DECLS
