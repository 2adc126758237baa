/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-importer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "limber-import-private.h"
#include "limber-importer-private.h"

/* Brings files into a journal: GPX, TCX and FIT activities, our own CSV files (each maybe
 * gzip-compressed), folders of them (recursively) and Strava exports (a folder or a .zip).
 * Each file, and each activity of an export, is a unit imported whole or not at all, in
 * its own transaction; one that fails is reported ("file: reason") and the others go on.
 *
 * The synchronous run writes through the journal it was given, in the caller's thread.
 * The asynchronous run works in a thread of its own through a second connection to the
 * same file: a LimberJournal (its prepared statements, its SQLite connection) is not
 * safe to share between threads, whereas SQLite lets two connections to one WAL database
 * work side by side. So the window stays free to read and write its journal meanwhile
 * (a write waits at most for one file's transaction), and a cancelled or failed import
 * leaves nothing half-written. */

struct _LimberImporter
{
  GObject                   parent_instance;

  LimberJournal            *journal;
  GPtrArray                *paths;
  GTimeZone                *zone;
  LimberImportProgressFunc  progress_func;
  gpointer                  progress_data;
  GDestroyNotify            progress_destroy;
  LimberImportSummary       summary;
  gboolean                  running;
  GMainContext             *progress_context;   /* the caller's, during an async run */
};

G_DEFINE_FINAL_TYPE (LimberImporter, limber_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
summary_clear (LimberImportSummary *summary)
{
  g_clear_pointer (&summary->failures, g_ptr_array_unref);
  *summary = (LimberImportSummary) { 0 };
}

static void
report_progress (LimberImporter *self)
{
  if (self->progress_func != NULL)
    self->progress_func (self, self->summary.done, self->summary.total, self->progress_data);
}

typedef struct
{
  LimberImporter *importer;
  guint           done;
  guint           total;
} Progress;

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->importer);
  g_free (progress);
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *progress = data;
  LimberImporter *self = progress->importer;

  if (self->progress_func != NULL)
    self->progress_func (self, progress->done, progress->total, self->progress_data);

  return G_SOURCE_REMOVE;
}

/* Called in the working thread of an async run: hands the figures to the caller's context. */
static void
post_progress (LimberImporter *self)
{
  Progress *progress = g_new0 (Progress, 1);

  g_autoptr(GSource) source = g_idle_source_new ();

  progress->importer = g_object_ref (self);
  progress->done = self->summary.done;
  progress->total = self->summary.total;

  /* Always through a source: g_main_context_invoke() would call it right here when the
   * caller's context happens to be free. Same priority as the GTask's own return, and
   * attached before it, so every report arrives before the callback. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, progress, (GDestroyNotify) progress_free);
  g_source_set_static_name (source, "[limber] import progress");
  g_source_attach (source, self->progress_context);
}

static void
on_unit_done (gpointer data)
{
  LimberImporter *self = data;

  if (self->progress_context != NULL)
    post_progress (self);
  else
    report_progress (self);
}

/* The whole import, through @journal. */
static gboolean
import_all (LimberImporter  *self,
            LimberJournal   *journal,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(GPtrArray) jobs = NULL;
  LimberImportContext context = {
    .journal = journal,
    .zone = self->zone,
    .summary = &self->summary,
    .cancellable = cancellable,
    .progress = on_unit_done,
    .progress_data = self,
  };

  summary_clear (&self->summary);
  self->summary.failures = g_ptr_array_new_with_free_func (g_free);

  jobs = limber_import_collect_jobs (self->paths);
  for (guint i = 0; i < jobs->len; i++)
    {
      LimberImportJob *job = g_ptr_array_index (jobs, i);

      self->summary.total += job->strava != NULL ? limber_strava_export_get_size (job->strava)
                                                 : 1;
    }
  on_unit_done (self);

  for (guint i = 0; i < jobs->len; i++)
    {
      LimberImportJob *job = g_ptr_array_index (jobs, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (job->error != NULL)
        {
          limber_import_unit_failed (&context, job->display_name, job->error);
        }
      else if (job->strava != NULL)
        {
          limber_strava_export_import (job->strava, &context);
        }
      else
        {
          g_autoptr(GError) local_error = NULL;
          g_autoptr(GBytes) bytes = limber_import_load_file (job->path, &local_error);
          g_autofree char *name = g_path_get_basename (job->path);

          if (bytes == NULL)
            limber_import_unit_failed (&context, job->display_name, local_error);
          else
            limber_import_bytes (&context, job->display_name, name, bytes, NULL);
        }
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
limber_importer_finalize (GObject *object)
{
  LimberImporter *self = (LimberImporter *)object;

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  summary_clear (&self->summary);

  G_OBJECT_CLASS (limber_importer_parent_class)->finalize (object);
}

static void
limber_importer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LimberImporter *self = LIMBER_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_importer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LimberImporter *self = LIMBER_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_importer_class_init (LimberImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_importer_finalize;
  object_class->get_property = limber_importer_get_property;
  object_class->set_property = limber_importer_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_importer_init (LimberImporter *self)
{
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->zone = g_time_zone_new_local ();
  self->summary.failures = g_ptr_array_new_with_free_func (g_free);
}

LimberImporter *
limber_importer_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_IMPORTER, "journal", journal, NULL);
}

LimberJournal *
limber_importer_get_journal (LimberImporter *self)
{
  g_return_val_if_fail (LIMBER_IS_IMPORTER (self), NULL);

  return self->journal;
}

/**
 * limber_importer_add_path:
 * @path: a file, a folder (looked through recursively) or a Strava export
 */
void
limber_importer_add_path (LimberImporter *self,
                          const char     *path)
{
  g_return_if_fail (LIMBER_IS_IMPORTER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->running);

  g_ptr_array_add (self->paths, g_strdup (path));
}

/**
 * limber_importer_set_time_zone:
 * @zone: where the runs took place; the local zone unless set
 *
 * Files give times in UTC; runs keep the day and time of day in this zone.
 */
void
limber_importer_set_time_zone (LimberImporter *self,
                               GTimeZone      *zone)
{
  g_return_if_fail (LIMBER_IS_IMPORTER (self));
  g_return_if_fail (zone != NULL);
  g_return_if_fail (!self->running);

  g_time_zone_unref (self->zone);
  self->zone = g_time_zone_ref (zone);
}

void
limber_importer_set_progress_func (LimberImporter           *self,
                                   LimberImportProgressFunc  func,
                                   gpointer                  user_data,
                                   GDestroyNotify            destroy)
{
  g_return_if_fail (LIMBER_IS_IMPORTER (self));
  g_return_if_fail (!self->running);

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);

  self->progress_func = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

/**
 * limber_importer_run:
 * @cancellable: (nullable): checked between units
 *
 * Imports every path into the journal, in the calling thread. Units that fail are counted
 * in the summary, not reported as @error; @error is only set when the import was cancelled
 * (%G_IO_ERROR_CANCELLED; what was imported before stays, see the summary).
 */
gboolean
limber_importer_run (LimberImporter  *self,
                     GCancellable    *cancellable,
                     GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (LIMBER_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  self->running = TRUE;
  ok = import_all (self, self->journal, cancellable, error);
  self->running = FALSE;

  return ok;
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LimberImporter *self = source_object;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (limber_journal_get_path (self->journal), &error);
  if (journal == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  limber_journal_set_today (journal, GPOINTER_TO_UINT (task_data));

  if (!import_all (self, journal, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * limber_importer_run_async:
 *
 * Imports in a worker thread, through a second connection to the journal's file. Progress
 * is reported in the caller's thread-default main context. Until the callback runs, the
 * importer must not be changed and its summary not read.
 */
void
limber_importer_run_async (LimberImporter      *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIMBER_IS_IMPORTER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->running);

  self->running = TRUE;
  self->progress_context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_importer_run_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (limber_journal_get_today (self->journal)), NULL);
  /* Cancelling must not return before the thread has stopped writing. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * limber_importer_run_finish:
 *
 * Ends an async run. When anything was imported, the journal given to the importer emits
 * #LimberJournal::changed here, so that views refresh.
 */
gboolean
limber_importer_run_finish (LimberImporter  *self,
                            GAsyncResult    *result,
                            GError         **error)
{
  g_return_val_if_fail (LIMBER_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->running = FALSE;
  g_clear_pointer (&self->progress_context, g_main_context_unref);

  if (self->summary.imported > 0)
    g_signal_emit_by_name (self->journal, "changed", (guint) LIMBER_ENTRY_KINDS_ALL, NULL);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * limber_importer_get_summary:
 *
 * Returns: (transfer none): what the last run did
 */
const LimberImportSummary *
limber_importer_get_summary (LimberImporter *self)
{
  g_return_val_if_fail (LIMBER_IS_IMPORTER (self), NULL);

  return &self->summary;
}
