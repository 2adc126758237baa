/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "limber-backup.h"
#include "limber-cli.h"
#include "limber-csv.h"
#include "limber-dismissals.h"
#include "limber-gpx.h"
#include "limber-importer.h"
#include "limber-moves.h"
#include "limber-sample.h"

#define DEMO_WEEKS 12
#define DEMO_SEED 20261121

/**
 * limber_cli_import:
 * @paths: files, folders or Strava exports (see #LimberImporter)
 *
 * Imports each file whole or not at all and writes the summary to @out. When any file
 * failed, @error lists each of them with its reason ("file: reason"), one a line.
 */
gboolean
limber_cli_import (LimberJournal       *journal,
                   const char * const  *paths,
                   GString             *out,
                   GError             **error)
{
  g_autoptr(LimberImporter) importer = NULL;
  const LimberImportSummary *summary;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  importer = limber_importer_new (journal);
  for (guint i = 0; paths[i] != NULL; i++)
    limber_importer_add_path (importer, paths[i]);

  if (!limber_importer_run (importer, NULL, error))
    return FALSE;

  summary = limber_importer_get_summary (importer);
  g_string_append_printf (out, _("Imported: %u\n"), summary->imported);
  g_string_append_printf (out, _("Duplicates skipped: %u\n"), summary->duplicates);
  g_string_append_printf (out, _("Not runs, skipped: %u\n"), summary->skipped);
  g_string_append_printf (out, _("Failed: %u\n"), summary->failed);

  if (summary->failed > 0)
    {
      g_autoptr(GString) failures = g_string_new (NULL);

      for (guint i = 0; i < summary->failures->len; i++)
        g_string_append_printf (failures, "%s%s", i > 0 ? "\n" : "",
                                (const char *) g_ptr_array_index (summary->failures, i));
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                           failures->str);
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

      guint n = limber_journal_count (journal, 1 << kind);

      /* Translators: a CSV file written and the number of entries in it */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %u entry\n",
                                                "%s: %u entries\n", n),
                              path, n);
    }

  return TRUE;
}

/**
 * limber_cli_export_gpx:
 * @directory: where to write; made when missing
 *
 * Writes each run that came with a track as GPX 1.1, named after its date and start
 * ("2026-11-03-0715-5f0c7e1a.gpx").
 */
gboolean
limber_cli_export_gpx (LimberJournal  *journal,
                       const char     *directory,
                       GString        *out,
                       GError        **error)
{
  g_auto(GStrv) uuids = NULL;
  guint n = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), directory,
                   g_strerror (saved_errno));
      return FALSE;
    }

  uuids = limber_journal_list_tracked (journal, error);
  if (uuids == NULL)
    return FALSE;

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      g_autoptr(LimberEntry) run = limber_journal_get (journal, uuids[i], error);
      g_autoptr(GArray) track = NULL;
      g_autofree char *day = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      int time;
      gsize length;

      if (run == NULL || !(track = limber_journal_get_track (journal, uuids[i], error)))
        return FALSE;

      day = limber_day_to_iso (limber_entry_get_day (run));
      time = MAX (limber_entry_get_time (run), 0);
      name = g_strdup_printf ("%s-%02d%02d-%.8s.gpx", day, time / 3600, time / 60 % 60, uuids[i]);
      path = g_build_filename (directory, name, NULL);
      text = limber_gpx_write ((const LimberTrackPoint *) track->data, track->len,
                               limber_entry_get_notes (run), &length);
      if (!g_file_set_contents_full (path, text, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                     error))
        return FALSE;
      n++;
    }

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %u run with a track\n",
                                            "%s: %u runs with a track\n", n),
                          directory, n);
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
  g_autoptr(GListModel) shown = NULL;
  guint n_hidden = 0;
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

  /* As in the app: what was dismissed there stays out until its week is over or its facts
   * change. The JSON keeps everything, for scripts. */
  shown = limber_dismissals_filter (journal, recommendations, today, &n_hidden, error);
  if (shown == NULL)
    return FALSE;

  n = g_list_model_get_n_items (shown);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (shown, i);
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

  if (n_hidden > 0)
    {
      if (n > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "(%u piece of advice dismissed in Limber is "
                                                "left out)\n",
                                                "(%u pieces of advice dismissed in Limber are "
                                                "left out)\n", n_hidden),
                              n_hidden);
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
  guint n;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!limber_backup_write (journal, path, error))
    return FALSE;

  n = limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL);
  /* Translators: the backup file and the number of entries in it */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: backup written, %u entry\n",
                                            "%s: backup written, %u entries\n", n),
                          path, n);
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

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: the journal, the backup, a
                                                 * number of entries, two dates, e.g.
                                                 * "journal.db: restored from copy.db, 12
                                                 * entries from 2026-03-01 to 2026-05-30" */
                                                "%s: restored from %s, %u entry from %s to %s\n",
                                                "%s: restored from %s, %u entries from %s to %s\n",
                                                info->n_entries),
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
