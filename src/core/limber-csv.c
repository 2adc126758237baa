/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-csv"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "limber-csv.h"
#include "limber-csv-private.h"

/* CSV files, one per kind of entry, for spreadsheets and for moving a journal. An import
 * is all or nothing: every row is read and validated first, every problem is reported,
 * and only a file without problems is added, in one transaction. */

#define MAX_PROBLEMS 50

static const struct
{
  const char *file_name;
  const char *telltale_column;   /* a column only this kind has */
} kind_files[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN]       = { "runs.csv",      "distance_km" },
  [LIMBER_ENTRY_KIND_SORENESS]  = { "soreness.csv",  "level" },
  [LIMBER_ENTRY_KIND_HYDRATION] = { "hydration.csv", "ml" },
  [LIMBER_ENTRY_KIND_FASCIA]    = { "fascia.csv",    "minutes" },
};

G_DEFINE_QUARK (limber-csv-error-quark, limber_csv_error)

static void G_GNUC_PRINTF (4, 5)
add_problem (GPtrArray  *problems,
             const char *display_name,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, g_strdup_printf ("%s:%u: %s", display_name, line, message));
}

static gboolean
fail_with_problems (GPtrArray  *problems,
                    GError    **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = MIN (problems->len, MAX_PROBLEMS);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (message, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (problems, i));

  if (problems->len > shown)
    {
      guint more = problems->len - shown;

      g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              g_dngettext (GETTEXT_PACKAGE, "and %u more problem",
                                           "and %u more problems", more),
                              more);
    }

  g_set_error_literal (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID, message->str);
  return FALSE;
}

static char *
dup_lower_stripped (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));

  return g_ascii_strdown (copy, -1);
}

/* Finds where the kind's columns are in the header, by name, in any case and order. */
static void
map_columns (LimberEntryKind         kind,
             const char             *display_name,
             const LimberCsvRecord  *header,
             int                    *map,
             GPtrArray              *problems)
{
  for (guint c = 0; c < limber_csv_kind_get_n_columns (kind); c++)
    {
      gboolean required;
      const char *name = limber_csv_kind_get_column (kind, c, &required);

      map[c] = -1;

      for (guint i = 0; i < header->fields->len; i++)
        {
          g_autofree char *key = dup_lower_stripped (g_ptr_array_index (header->fields, i));

          if (!g_str_equal (key, name))
            continue;

          if (map[c] >= 0)
            {
              add_problem (problems, display_name, header->line,
                           _("Column “%s” appears more than once"), name);
              break;
            }
          map[c] = i;
        }

      if (map[c] < 0 && required)
        add_problem (problems, display_name, header->line, _("Missing column “%s”"), name);
    }
}

/* The row's uuid in lower case, when it has a valid one. */
static char *
row_uuid (const LimberCsvRow *row)
{
  g_autofree char *uuid = NULL;
  int i = row->map[LIMBER_CSV_COLUMN_UUID];

  if (i < 0 || (guint) i >= row->record->fields->len)
    return NULL;

  uuid = dup_lower_stripped (g_ptr_array_index (row->record->fields, i));
  if (!g_uuid_string_is_valid (uuid))
    return NULL;

  return g_steal_pointer (&uuid);
}

static gboolean
kind_from_header (const char      *data,
                  gsize            length,
                  LimberEntryKind *kind)
{
  g_autoptr(GPtrArray) records = limber_csv_read_records ("", data, length, NULL);
  const LimberCsvRecord *header;

  if (records == NULL || records->len == 0)
    return FALSE;

  header = g_ptr_array_index (records, 0);
  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    {
      for (guint i = 0; i < header->fields->len; i++)
        {
          g_autofree char *key = dup_lower_stripped (g_ptr_array_index (header->fields, i));

          if (g_str_equal (key, kind_files[k].telltale_column))
            {
              *kind = k;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/**
 * limber_csv_kind_for_file:
 *
 * Tells the kind of entries a file holds from its name: a name ending in runs.csv,
 * soreness.csv, hydration.csv or fascia.csv, in any case ("2024-Runs.csv").
 */
gboolean
limber_csv_kind_for_file (const char      *path,
                          LimberEntryKind *kind)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  basename = g_path_get_basename (path);
  name = g_ascii_strdown (basename, -1);

  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    {
      if (g_str_has_suffix (name, kind_files[k].file_name))
        {
          *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * limber_csv_kind_for_data:
 *
 * Tells the kind of entries CSV text holds from its header: a column only that kind has.
 */
gboolean
limber_csv_kind_for_data (const char      *data,
                          gsize            length,
                          LimberEntryKind *kind)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  return kind_from_header (data, length, kind);
}

const char *
limber_csv_file_name (LimberEntryKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);

  return kind_files[kind].file_name;
}

/**
 * limber_csv_import_file:
 *
 * Imports a file whose kind is told by its name, or else by its header.
 * See limber_csv_import_data().
 */
gboolean
limber_csv_import_file (LimberJournal     *journal,
                        const char        *path,
                        LimberCsvSummary  *summary,
                        GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  LimberEntryKind kind;
  gsize length;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    *summary = (LimberCsvSummary) { 0, 0 };

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      /* GLib's message names the file already. */
      g_set_error_literal (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO, local_error->message);
      return FALSE;
    }

  display_name = g_filename_display_basename (path);

  if (!limber_csv_kind_for_file (path, &kind) && !kind_from_header (data, length, &kind))
    {
      g_set_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_UNKNOWN_KIND,
                   _("Limber cannot tell what “%s” holds: name it runs.csv, soreness.csv, "
                     "hydration.csv or fascia.csv, or give it the header of one of them"),
                   display_name);
      return FALSE;
    }

  return limber_csv_import_data (journal, display_name, data, length, kind, summary, error);
}

/**
 * limber_csv_import_data:
 * @display_name: the file name to use in error messages, "runs.csv"
 * @summary: (out) (optional): what was imported and what was already there
 *
 * Reads CSV text of one kind and adds its entries to @journal in one transaction. Rows
 * whose uuid the journal has already, or that repeat an earlier row's uuid, are skipped.
 *
 * When any row cannot be read or is not valid, nothing is added and @error is
 * %LIMBER_CSV_ERROR_INVALID, with one line "NAME:LINE: problem" for each bad row.
 */
gboolean
limber_csv_import_data (LimberJournal     *journal,
                        const char        *display_name,
                        const char        *data,
                        gsize              length,
                        LimberEntryKind    kind,
                        LimberCsvSummary  *summary,
                        GError           **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  LimberDay today;
  LimberCsvRow row;
  const LimberCsvRecord *header;
  guint already_present = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    *summary = (LimberCsvSummary) { 0, 0 };

  records = limber_csv_read_records (display_name, data, length, error);
  if (records == NULL)
    return FALSE;

  if (records->len == 0)
    {
      add_problem (problems, display_name, 1, _("The file is empty: it needs a header row"));
      return fail_with_problems (problems, error);
    }

  header = g_ptr_array_index (records, 0);
  map_columns (kind, display_name, header, row.map, problems);
  if (problems->len > 0)
    return fail_with_problems (problems, error);

  today = limber_journal_get_today (journal);

  for (guint i = 1; i < records->len; i++)
    {
      g_autoptr(LimberEntry) entry = NULL;
      g_autoptr(GError) row_error = NULL;
      g_autofree char *uuid = NULL;

      row.record = g_ptr_array_index (records, i);

      if (row.record->fields->len > header->fields->len)
        {
          add_problem (problems, display_name, row.record->line,
                       _("This row has %u fields but the header only %u: put text that holds "
                         "commas in double quotes"),
                       row.record->fields->len, header->fields->len);
          continue;
        }

      /* A row the journal has already is skipped unread: importing an export twice works
       * even when the rules have changed since. */
      uuid = row_uuid (&row);
      if (uuid != NULL && (g_hash_table_contains (seen, uuid) ||
                           limber_journal_contains (journal, uuid)))
        {
          already_present++;
          continue;
        }

      entry = limber_csv_parse_row (kind, &row, &row_error);
      if (entry == NULL || !limber_entry_validate (entry, today, &row_error))
        {
          add_problem (problems, display_name, row.record->line, "%s", row_error->message);
          continue;
        }

      if (uuid != NULL)
        g_hash_table_add (seen, g_steal_pointer (&uuid));

      g_ptr_array_add (entries, g_steal_pointer (&entry));
    }

  if (problems->len > 0)
    return fail_with_problems (problems, error);

  if (entries->len > 0 && !limber_journal_add_many (journal, entries, error))
    return FALSE;

  if (summary != NULL)
    *summary = (LimberCsvSummary) { entries->len, already_present };

  return TRUE;
}

/**
 * limber_csv_export_kind:
 *
 * Returns: (transfer full): the CSV text of every entry of @kind, oldest first
 */
char *
limber_csv_export_kind (LimberJournal    *journal,
                        LimberEntryKind   kind,
                        GError          **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  LimberDay first_day, last_day;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_csv_write_header (kind, out);

  if (limber_journal_get_day_range (journal, &first_day, &last_day))
    {
      g_autoptr(GPtrArray) entries = NULL;

      entries = limber_journal_list (journal, first_day, last_day, 1 << kind, error);
      if (entries == NULL)
        return NULL;

      for (guint i = 0; i < entries->len; i++)
        limber_csv_write_entry (g_ptr_array_index (entries, i), out);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * limber_csv_export:
 *
 * Writes runs.csv, soreness.csv, hydration.csv and fascia.csv into @directory, which is
 * made if missing. Each file is replaced atomically and readable by its owner only.
 */
gboolean
limber_csv_export (LimberJournal  *journal,
                   const char     *directory,
                   GError        **error)
{
  g_auto(GStrv) texts = g_new0 (char *, LIMBER_N_ENTRY_KINDS + 1);
  g_autofree char *display_directory = NULL;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_directory = g_filename_display_name (directory);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO,
                   _("Could not create the folder “%s”: %s"),
                   display_directory, g_strerror (saved_errno));
      return FALSE;
    }

  /* Every text first, so that a journal that cannot be read leaves no half export. */
  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    {
      texts[k] = limber_csv_export_kind (journal, k, error);
      if (texts[k] == NULL)
        return FALSE;
    }

  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    {
      g_autofree char *path = g_build_filename (directory, kind_files[k].file_name, NULL);
      g_autoptr(GError) local_error = NULL;

      if (!g_file_set_contents_full (path, texts[k], -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                     &local_error))
        {
          g_set_error_literal (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO,
                               local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}
