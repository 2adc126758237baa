/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "limber-backup.h"
#include "limber-cli.h"
#include "limber-csv.h"
#include "limber-moves.h"
#include "limber-sample.h"

#define DEMO_WEEKS 12
#define DEMO_SEED 20261121

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
import_one (LimberJournal  *journal,
            const char     *path,
            GString        *out,
            GError        **error)
{
  LimberCsvSummary summary = { 0 };

  if (!limber_csv_import_file (journal, path, &summary, error))
    return FALSE;

  g_string_append_printf (out, _("%s: %u imported, %u already in the journal\n"),
                          path, summary.imported, summary.already_present);
  return TRUE;
}

/**
 * limber_cli_import:
 * @paths: CSV files, or folders whose CSV files are imported
 *
 * Imports each file whole or not at all. Every file is tried; the error, if any, lists
 * every file that failed with its reasons.
 */
gboolean
limber_cli_import (LimberJournal       *journal,
                   const char * const  *paths,
                   GString             *out,
                   GError             **error)
{
  g_autoptr(GString) failures = g_string_new (NULL);

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GDir) dir = g_dir_open (paths[i], 0, &local_error);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          const char *name;

          if (dir == NULL)
            {
              g_string_append_printf (failures, "%s\n", local_error->message);
              continue;
            }

          while ((name = g_dir_read_name (dir)) != NULL)
            {
              if (g_str_has_suffix (name, ".csv"))
                g_ptr_array_add (names, g_build_filename (paths[i], name, NULL));
            }

          if (names->len == 0)
            {
              g_string_append_printf (failures, _("%s: no CSV files in this folder\n"), paths[i]);
              continue;
            }

          /* Sorted, so a run imports in the same order on every machine. */
          g_ptr_array_sort (names, compare_paths);
          for (guint j = 0; j < names->len; j++)
            {
              g_autoptr(GError) file_error = NULL;

              if (!import_one (journal, names->pdata[j], out, &file_error))
                g_string_append_printf (failures, "%s\n", file_error->message);
            }
        }
      else if (!import_one (journal, paths[i], out, &local_error))
        {
          g_string_append_printf (failures, "%s\n", local_error->message);
        }
    }

  if (failures->len > 0)
    {
      g_string_truncate (failures, failures->len - 1);
      g_set_error_literal (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID, failures->str);
      return FALSE;
    }

  return TRUE;
}

gboolean
limber_cli_export (LimberJournal  *journal,
                   const char     *directory,
                   GString        *out,
                   GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!limber_csv_export (journal, directory, error))
    return FALSE;

  for (guint kind = 0; kind < LIMBER_N_ENTRY_KINDS; kind++)
    {
      g_autofree char *path = g_build_filename (directory, limber_csv_file_name (kind), NULL);

      g_string_append_printf (out, _("%s: %u entries\n"),
                              path, limber_journal_count (journal, 1 << kind));
    }

  return TRUE;
}

static void
remove_demo_files (gpointer data)
{
  const char *dir = data;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }

  g_rmdir (dir);
  g_free (data);
}

/**
 * limber_cli_open_demo:
 *
 * A fresh journal in a temporary folder, filled with 12 weeks of sample entries ending
 * today. The folder is removed when the journal is finalized.
 *
 * Returns: (transfer full): the journal, or %NULL with @error set
 */
LimberJournal *
limber_cli_open_demo (GError **error)
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("limber-demo-XXXXXX", error);
  if (dir == NULL)
    return NULL;

  path = g_build_filename (dir, "journal.db", NULL);
  journal = limber_journal_open (path, error);
  if (journal == NULL)
    {
      g_rmdir (dir);
      return NULL;
    }

  /* Finalizing the journal closes the database first; then the data destroy runs. */
  g_object_set_data_full (G_OBJECT (journal), "limber-demo-dir", g_strdup (dir),
                          remove_demo_files);

  if (!limber_sample_fill (journal, DEMO_WEEKS, DEMO_SEED, limber_day_today (), error))
    return NULL;

  return g_steal_pointer (&journal);
}

static const char *
severity_label (LimberSeverity severity)
{
  switch (severity)
    {
    case LIMBER_SEVERITY_PHYSIO:
      return _("See a physio");
    case LIMBER_SEVERITY_WARN:
      return _("Warning");
    case LIMBER_SEVERITY_SUGGEST:
      return _("Suggestion");
    case LIMBER_SEVERITY_INFO:
    default:
      return _("For information");
    }
}

/**
 * limber_cli_recommend:
 * @today: the day to judge from
 * @json: whether to write JSON (see limber_advisor_to_json()) instead of text
 *
 * Writes the recommendations for @journal to @out.
 */
gboolean
limber_cli_recommend (LimberJournal               *journal,
                      const LimberAdvisorOptions  *options,
                      LimberDay                    today,
                      gboolean                     json,
                      GString                     *out,
                      GError                     **error)
{
  g_autoptr(GListModel) recommendations = NULL;
  guint n;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  recommendations = limber_advisor_evaluate (journal, options, today, error);
  if (recommendations == NULL)
    return FALSE;

  if (json)
    {
      g_autofree char *text = limber_advisor_to_json (recommendations);

      g_string_append (out, text);
      g_string_append_c (out, '\n');
      return TRUE;
    }

  n = g_list_model_get_n_items (recommendations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recommendations, i);
      const LimberRoutineMove *moves;
      guint n_moves;

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "[%s] %s\n",
                              severity_label (limber_recommendation_get_severity (rec)),
                              limber_recommendation_get_title (rec));
      g_string_append_printf (out, "  %s\n", limber_recommendation_get_detail (rec));

      moves = limber_recommendation_get_moves (rec, &n_moves);
      for (guint j = 0; j < n_moves; j++)
        {
          const LimberMove *move = limber_moves_lookup (moves[j].move_id);
          g_autofree char *where = limber_zone_side_describe (moves[j].zone, moves[j].side);

          /* Translators: a move of a routine, e.g. "Calf roll, Calf (left): 2:00" */
          g_string_append_printf (out, _("  - %s, %s: %u:%02u\n"),
                                  move ? limber_move_get_name (move) : moves[j].move_id, where,
                                  moves[j].seconds / 60, moves[j].seconds % 60);
        }

      if (limber_recommendation_get_source (rec) != NULL)
        /* Translators: the research a recommendation rests on */
        g_string_append_printf (out, _("  Source: %s\n"), limber_recommendation_get_source (rec));
    }

  return TRUE;
}

/**
 * limber_cli_backup:
 * @path: the new file
 *
 * Writes a consistent copy of @journal to @path, which must not exist yet.
 */
gboolean
limber_cli_backup (LimberJournal  *journal,
                   const char     *path,
                   GString        *out,
                   GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!limber_backup_write (journal, path, error))
    return FALSE;

  g_string_append_printf (out, _("%s: backup written, %u entries\n"),
                          path, limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL));
  return TRUE;
}

/**
 * limber_cli_restore:
 * @journal_path: the journal to replace, which must not be open
 * @backup_path: the backup to bring back
 *
 * Restores a backup (see limber_backup_restore ()) and says what came back and where the
 * journal as it was is kept.
 */
gboolean
limber_cli_restore (const char  *journal_path,
                    const char  *backup_path,
                    GString     *out,
                    GError     **error)
{
  g_autoptr(LimberBackupInfo) info = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!limber_backup_check_file (backup_path, &info, error) ||
      !limber_backup_restore (journal_path, backup_path, &aside, error))
    return FALSE;

  if (info->n_entries > 0)
    {
      g_autofree char *first = limber_day_to_iso (info->first_day);
      g_autofree char *last = limber_day_to_iso (info->last_day);

      /* Translators: the journal, the backup, a number of entries, two dates */
      g_string_append_printf (out, _("%s: restored from %s, %u entries from %s to %s\n"),
                              journal_path, backup_path, info->n_entries, first, last);
    }
  else
    {
      g_string_append_printf (out, _("%s: restored from %s, no entries\n"),
                              journal_path, backup_path);
    }

  if (aside != NULL)
    g_string_append_printf (out, _("%s: the journal as it was before, kept aside\n"), aside);
  else
    g_string_append (out, _("There was no journal to keep aside.\n"));

  if (info->schema_version < LIMBER_JOURNAL_SCHEMA_VERSION)
    g_string_append (out, _("The backup is in an older format: Limber upgrades it the next "
                            "time it opens the journal.\n"));

  return TRUE;
}
