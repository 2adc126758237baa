/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-strava"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "limber-import-private.h"
#include "limber-importer-private.h"

/* A Strava bulk export, unpacked in a folder or still in its .zip: activities.csv at the top
 * (or in one folder below, as unpacking tools like to add) and the activities/ it names.
 * A zip is read with libarchive as a stream, twice: once for activities.csv, once for the
 * files of the rows; no member is written to disk, each is read within
 * LIMBER_IMPORT_MAX_SIZE. Each row is one unit: imported whole or not at all. */

#define ACTIVITIES_CSV "activities.csv"

struct _LimberStravaExport
{
  char       *path;
  char       *display_name;
  gboolean    is_zip;
  char       *root;           /* the folder, or the zip's member prefix ("" or "export/") */
  GPtrArray  *rows;           /* LimberStravaRow */
};

void
limber_strava_export_free (LimberStravaExport *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->display_name);
  g_free (self->root);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self);
}

static struct archive *
open_zip (const char  *path,
          GError     **error)
{
  struct archive *archive = archive_read_new ();

  archive_read_support_format_zip (archive);
  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   _("Cannot open the zip file: %s"), archive_error_string (archive));
      archive_read_free (archive);
      return NULL;
    }

  return archive;
}

/* The current member's data, refusing more than LIMBER_IMPORT_MAX_SIZE. */
static GBytes *
read_member (struct archive  *archive,
             GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  la_ssize_t n;

  while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
    {
      if (data->len + (gsize) n > LIMBER_IMPORT_MAX_SIZE)
        {
          limber_import_check_size (data->len + (gsize) n, error);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  if (n < 0)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   _("Cannot read this file from the zip: %s"), archive_error_string (archive));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static const char *
member_name (struct archive_entry *entry)
{
  const char *name = archive_entry_pathname (entry);

  if (name == NULL)
    return "";
  while (name[0] == '.' && name[1] == '/')
    name += 2;
  while (name[0] == '/')
    name++;

  return name;
}

/* Finds activities.csv at the top of the zip or one folder below, and reads it. */
static GBytes *
read_zip_activities (LimberStravaExport  *self,
                     GError             **error)
{
  struct archive *archive = open_zip (self->path, error);
  struct archive_entry *entry;
  g_autoptr(GBytes) csv = NULL;
  int rc;

  if (archive == NULL)
    return NULL;

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = member_name (entry);
      const char *slash = strchr (name, '/');

      if (g_ascii_strcasecmp (slash != NULL ? slash + 1 : name, ACTIVITIES_CSV) != 0)
        continue;

      /* The shallowest copy wins. */
      if (csv != NULL && slash != NULL)
        continue;

      g_clear_pointer (&csv, g_bytes_unref);
      csv = read_member (archive, error);
      if (csv == NULL)
        break;
      g_free (self->root);
      self->root = g_strndup (name, slash != NULL ? (gsize) (slash - name + 1) : 0);
      if (slash == NULL)
        break;
    }

  if (rc != ARCHIVE_OK && rc != ARCHIVE_EOF && csv == NULL && (error == NULL || *error == NULL))
    g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                 _("Cannot read the zip file: %s"), archive_error_string (archive));
  archive_read_free (archive);

  if (csv == NULL && (error == NULL || *error == NULL))
    g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_UNSUPPORTED,
                         _("This zip file is not a Strava export: it has no activities.csv"));

  return g_steal_pointer (&csv);
}

/**
 * limber_strava_export_open:
 * @path: the export's folder, or its .zip
 *
 * Reads the export's activity list.
 */
LimberStravaExport *
limber_strava_export_open (const char  *path,
                           GError     **error)
{
  g_autoptr(LimberStravaExport) self = g_new0 (LimberStravaExport, 1);
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *csv_display = NULL;
  const char *data;
  gsize length;

  self->path = g_strdup (path);
  self->display_name = g_filename_display_name (path);
  self->is_zip = !g_file_test (path, G_FILE_TEST_IS_DIR);

  if (self->is_zip)
    {
      csv = read_zip_activities (self, error);
    }
  else
    {
      g_autofree char *csv_path = g_build_filename (path, ACTIVITIES_CSV, NULL);

      self->root = g_strdup (path);
      csv = limber_import_load_file (csv_path, error);
    }
  if (csv == NULL)
    return NULL;

  csv_display = g_strdup_printf ("%s/%s%s", self->display_name,
                                 self->is_zip ? self->root : "", ACTIVITIES_CSV);
  data = g_bytes_get_data (csv, &length);
  self->rows = limber_strava_read_activities (csv_display, data, length, error);
  if (self->rows == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/* The number of activities: the units of progress. */
guint
limber_strava_export_get_size (LimberStravaExport *self)
{
  return self->rows->len;
}

static char *
row_display_name (LimberStravaExport    *self,
                  const LimberStravaRow *row)
{
  if (row->filename != NULL)
    return g_strdup_printf ("%s/%s", self->display_name, row->filename);

  /* Translators: an activity without a file, named by its line in activities.csv */
  return g_strdup_printf (_("%s/activities.csv:%u"), self->display_name, row->line);
}

/* Rows that need no file: a problem, not a run, or an activity entered by hand. TRUE when
 * the row is done with. */
static gboolean
import_row_alone (LimberStravaExport    *self,
                  const LimberStravaRow *row,
                  LimberImportContext   *context)
{
  g_autofree char *display_name = row_display_name (self, row);

  if (row->problem != NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (LIMBER_IMPORT_ERROR,
                                                     LIMBER_IMPORT_ERROR_INVALID, row->problem);

      limber_import_unit_failed (context, display_name, error);
      return TRUE;
    }

  if (!limber_activity_is_run (row->activity))
    {
      limber_import_unit_skipped (context);
      return TRUE;
    }

  if (row->filename == NULL)
    {
      g_autoptr(LimberActivity) activity = limber_strava_row_copy_activity (row);

      limber_import_activity (context, display_name, activity);
      return TRUE;
    }

  return FALSE;
}

static void
import_from_folder (LimberStravaExport  *self,
                    GPtrArray           *pending,
                    LimberImportContext *context)
{
  for (guint i = 0; i < pending->len; i++)
    {
      const LimberStravaRow *row = g_ptr_array_index (pending, i);
      g_autofree char *path = g_build_filename (self->root, row->filename, NULL);
      g_autofree char *display_name = row_display_name (self, row);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (g_cancellable_is_cancelled (context->cancellable))
        return;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        error = g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                                     _("The export does not hold this file"));
      else
        bytes = limber_import_load_file (path, &error);

      if (bytes == NULL)
        limber_import_unit_failed (context, display_name, error);
      else
        limber_import_bytes (context, display_name, row->filename, bytes, row);
    }
}

static void
import_from_zip (LimberStravaExport  *self,
                 GPtrArray           *pending,
                 LimberImportContext *context)
{
  g_autoptr(GHashTable) by_member = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  struct archive_entry *entry;
  struct archive *archive;
  int rc = ARCHIVE_OK;

  for (guint i = 0; i < pending->len; i++)
    {
      const LimberStravaRow *row = g_ptr_array_index (pending, i);
      char *member = g_strconcat (self->root, row->filename, NULL);

      if (g_hash_table_contains (by_member, member))
        {
          g_autofree char *display_name = row_display_name (self, row);
          g_autoptr(GError) twice = NULL;

          twice = g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                                       _("Another activity of the export has this file too"));
          limber_import_unit_failed (context, display_name, twice);
          g_free (member);
          g_ptr_array_remove_index (pending, i--);
          continue;
        }

      g_hash_table_insert (by_member, member, (gpointer) row);
    }

  archive = open_zip (self->path, &error);
  while (archive != NULL && g_hash_table_size (by_member) > 0 &&
         (rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const LimberStravaRow *row = g_hash_table_lookup (by_member, member_name (entry));
      g_autofree char *display_name = NULL;
      g_autoptr(GError) member_error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (row == NULL)
        continue;
      if (g_cancellable_is_cancelled (context->cancellable))
        break;

      g_hash_table_remove (by_member, member_name (entry));
      display_name = row_display_name (self, row);
      bytes = read_member (archive, &member_error);
      if (bytes == NULL)
        limber_import_unit_failed (context, display_name, member_error);
      else
        limber_import_bytes (context, display_name, row->filename, bytes, row);
    }

  if (archive != NULL && rc != ARCHIVE_OK && rc != ARCHIVE_EOF && error == NULL)
    g_set_error (&error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                 _("Cannot read the zip file: %s"), archive_error_string (archive));
  g_clear_pointer (&archive, archive_read_free);

  if (g_cancellable_is_cancelled (context->cancellable))
    return;

  /* Rows whose file the zip does not hold (or could not give), in the order of the list. */
  for (guint i = 0; i < pending->len; i++)
    {
      const LimberStravaRow *row = g_ptr_array_index (pending, i);
      g_autofree char *member = g_strconcat (self->root, row->filename, NULL);
      g_autofree char *display_name = NULL;
      g_autoptr(GError) missing = NULL;

      if (!g_hash_table_contains (by_member, member))
        continue;

      display_name = row_display_name (self, row);
      if (error != NULL)
        missing = g_error_copy (error);
      else
        missing = g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                                       _("The export does not hold this file"));
      limber_import_unit_failed (context, display_name, missing);
    }
}

/**
 * limber_strava_export_import:
 *
 * Imports every activity of the export, each as one unit. Stops between activities when
 * the context's cancellable is cancelled.
 */
void
limber_strava_export_import (LimberStravaExport  *self,
                             LimberImportContext *context)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  for (guint i = 0; i < self->rows->len; i++)
    {
      const LimberStravaRow *row = g_ptr_array_index (self->rows, i);

      if (g_cancellable_is_cancelled (context->cancellable))
        return;

      if (!import_row_alone (self, row, context))
        g_ptr_array_add (pending, (gpointer) row);
    }

  if (self->is_zip)
    import_from_zip (self, pending, context);
  else
    import_from_folder (self, pending, context);
}
