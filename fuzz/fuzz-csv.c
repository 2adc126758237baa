/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-csv.h"
#include "limber-strava.h"

/* libFuzzer target: any bytes as one of Limber's CSV files (the first byte picks the kind)
 * imported into a scratch journal, and as a Strava activities.csv. */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static LimberJournal *journal;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-fuzz-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);

  journal = limber_journal_open (path, NULL);
  g_assert (journal != NULL);
  limber_journal_set_today (journal, limber_day_from_ymd (2026, 11, 21));

  /* Gone as soon as the process ends; SQLite keeps its open file. */
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) strava_error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  LimberCsvSummary summary;
  LimberEntryKind kind;

  if (size == 0)
    return 0;

  kind = data[0] % LIMBER_N_ENTRY_KINDS;
  if (!limber_csv_import_data (journal, "fuzz.csv", (const char *) data + 1, size - 1, kind,
                               &summary, &error))
    g_assert (error != NULL);

  rows = limber_strava_read_activities ("activities.csv", (const char *) data, size,
                                        &strava_error);
  g_assert ((rows == NULL) != (strava_error == NULL));
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      LimberStravaRow *row = g_ptr_array_index (rows, i);
      g_autoptr(LimberActivity) activity = limber_strava_row_copy_activity (row);

      g_assert (activity != NULL);
    }

  return 0;
}
