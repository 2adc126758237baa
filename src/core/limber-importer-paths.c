/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-importer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-import-private.h"
#include "limber-importer-private.h"

/* What the importer will do with the paths it was given: a job per file and per Strava
 * export, found by walking folders (sorted, hidden files and linked folders left out). */

#define MAX_FOLDER_DEPTH 32

static void
job_free (LimberImportJob *job)
{
  g_free (job->path);
  g_free (job->display_name);
  g_clear_pointer (&job->strava, limber_strava_export_free);
  g_clear_error (&job->error);
  g_free (job);
}

static LimberImportJob *
job_new (const char *path)
{
  LimberImportJob *job = g_new0 (LimberImportJob, 1);

  job->path = g_strdup (path);
  job->display_name = g_filename_display_name (path);

  return job;
}

static gboolean
is_importable_name (const char *name)
{
  static const char * const suffixes[] = {
    ".gpx", ".tcx", ".fit", ".csv", ".gpx.gz", ".tcx.gz", ".fit.gz", ".csv.gz", ".zip",
  };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;

  return FALSE;
}

/* A folder holding a Strava activities.csv. */
static gboolean
is_strava_folder (const char *path)
{
  g_autofree char *csv = g_build_filename (path, "activities.csv", NULL);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  if (!g_file_test (csv, G_FILE_TEST_IS_REGULAR) ||
      !(bytes = limber_import_load_file (csv, NULL)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return limber_strava_is_activities_csv (data, length);
}

static void
add_strava_job (GPtrArray  *jobs,
                const char *path)
{
  LimberImportJob *job = job_new (path);

  job->strava = limber_strava_export_open (path, &job->error);
  g_ptr_array_add (jobs, job);
}

static void
add_file_job (GPtrArray  *jobs,
              const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *basename = g_path_get_basename (lower);

  if (g_str_has_suffix (lower, ".zip"))
    {
      add_strava_job (jobs, path);
    }
  else if (g_str_equal (basename, "activities.csv"))
    {
      g_autofree char *folder = g_path_get_dirname (path);

      /* Strava's list stands for its whole export; any other activities.csv is a file. */
      if (is_strava_folder (folder))
        add_strava_job (jobs, folder);
      else
        g_ptr_array_add (jobs, job_new (path));
    }
  else
    {
      g_ptr_array_add (jobs, job_new (path));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
scan_folder (GPtrArray  *jobs,
             const char *path,
             guint       depth)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (is_strava_folder (path))
    {
      add_strava_job (jobs, path);
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      LimberImportJob *job = job_new (path);

      job->error = g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                                        error->message);
      g_ptr_array_add (jobs, job);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));

  /* Sorted, so an import goes the same way on every machine. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, names->pdata[i], NULL);

      /* Linked folders are not followed: they could lead round in a circle. */
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) && depth < MAX_FOLDER_DEPTH)
            scan_folder (jobs, child, depth + 1);
        }
      else if (is_importable_name (names->pdata[i]))
        {
          add_file_job (jobs, child);
        }
    }
}

/**
 * limber_import_collect_jobs:
 * @paths: (element-type filename): what the user chose
 *
 * Looks through files and folders (recursively) for what can be imported: files by their
 * name, Strava exports by their activities.csv. Paths that cannot be looked at become
 * jobs that fail with the reason.
 *
 * Returns: (transfer full) (element-type LimberImportJob): the jobs, in a stable order
 */
GPtrArray *
limber_import_collect_jobs (GPtrArray *paths)
{
  GPtrArray *jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          guint before = jobs->len;

          scan_folder (jobs, path, 0);
          if (jobs->len == before)
            {
              LimberImportJob *job = job_new (path);

              job->error = g_error_new_literal (LIMBER_IMPORT_ERROR,
                                                LIMBER_IMPORT_ERROR_UNSUPPORTED,
                                                _("This folder holds no file Limber can "
                                                  "import"));
              g_ptr_array_add (jobs, job);
            }
        }
      else if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          LimberImportJob *job = job_new (path);

          job->error = g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                                            _("No such file or folder"));
          g_ptr_array_add (jobs, job);
        }
      else
        {
          add_file_job (jobs, path);
        }
    }

  return jobs;
}

