/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-entry-list.h"
#include "limber-import-dialog.h"
#include "limber-journal-page.h"
#include "limber-run.h"
#include "limber-ui-test.h"

/* Importing in the app: progress, summary, failures, cancel. */

/* An hour-long-ish GPX run of @n_points points a second apart, starting on @day at 07:00. */
static char *
write_gpx (const char *dir,
           const char *name,
           int         day_of_month,
           guint       n_points)
{
  g_autoptr(GString) gpx = g_string_new (NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_string_append (gpx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<gpx version=\"1.1\" creator=\"test\" "
                        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>Morning run</name>"
                        "<trkseg>\n");
  for (guint i = 0; i < n_points; i++)
    {
      /* About 3 m a second northwards. */
      char lat[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.6f", 48.0 + i * 0.000027);
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"11.5\"><ele>500</ele>"
                                   "<time>2026-11-%02dT07:%02u:%02uZ</time></trkpt>\n",
                              lat, day_of_month, i / 60, i % 60);
    }
  g_string_append (gpx, "</trkseg></trk></gpx>\n");
  g_assert_true (g_file_set_contents (path, gpx->str, gpx->len, NULL));

  return g_steal_pointer (&path);
}

static gboolean
import_ended (gpointer data)
{
  return !limber_import_dialog_is_running (data);
}

static gpointer
dialog_child (LimberImportDialog *dialog,
              const char         *name)
{
  return window_child (dialog, LIMBER_TYPE_IMPORT_DIALOG, name);
}

static void
test_import_summary (Fixture *f)
{
  g_autofree char *a = write_gpx (f->dir, "a.gpx", 10, 1200);
  g_autofree char *b = write_gpx (f->dir, "b.gpx", 12, 1500);
  g_autofree char *bad = g_build_filename (f->dir, "broken.gpx", NULL);
  const char *paths[4] = { NULL, };
  const LimberImportSummary *summary;
  LimberImportDialog *dialog;
  g_autoptr(GPtrArray) runs = NULL;

  g_assert_true (g_file_set_contents (bad, "<gpx><trk>", -1, NULL));
  paths[0] = a;
  paths[1] = b;
  paths[2] = bad;

  dialog = limber_window_import (f->window, paths);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  wait_until (import_ended, dialog);
  drain ();

  summary = limber_import_dialog_get_summary (dialog);
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->imported, ==, 2);
  g_assert_cmpuint (summary->failed, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (dialog_child (dialog, "summary_title")), ==,
                   "Import Finished");
  g_assert_cmpstr (gtk_label_get_text (dialog_child (dialog, "imported_label")), ==, "2");
  g_assert_cmpstr (gtk_label_get_text (dialog_child (dialog, "failed_label")), ==, "1");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "failures_group")));
  g_assert_nonnull (strstr (g_ptr_array_index (summary->failures, 0), "broken.gpx"));

  /* The runs are in the journal and on the Journal page at once. */
  runs = limber_journal_list (f->journal, 1, limber_day_today (), LIMBER_ENTRY_KINDS_RUN, NULL);
  g_assert_cmpuint (runs->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (limber_run_get_duration (runs->pdata[0]), 1199, 2);
  {
    LimberJournalPage *page =
      LIMBER_JOURNAL_PAGE (limber_window_get_page_widget (f->window, "journal"));

    g_assert_cmpuint (limber_entry_list_get_n_entries (limber_journal_page_get_list (page)), ==, 2);
  }

  /* The same files again: duplicates, nothing added. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = limber_window_import (f->window, paths);
  wait_until (import_ended, dialog);
  summary = limber_import_dialog_get_summary (dialog);
  g_assert_cmpuint (summary->imported, ==, 0);
  g_assert_cmpuint (summary->duplicates, ==, 2);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_RUN), ==, 2);
}

/* Cancelling stops between files: what was imported stays whole, nothing is half-written. */
static void
test_import_cancel (Fixture *f)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const LimberImportSummary *summary;
  LimberImportDialog *dialog;

  for (int i = 1; i <= 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("run-%02d.gpx", i);

      g_ptr_array_add (paths, write_gpx (f->dir, name, i, 3600));
    }
  g_ptr_array_add (paths, NULL);

  dialog = limber_window_import (f->window, (const char * const *) paths->pdata);
  limber_import_dialog_cancel (dialog);
  wait_until (import_ended, dialog);
  drain ();

  summary = limber_import_dialog_get_summary (dialog);
  g_assert_cmpstr (gtk_label_get_text (dialog_child (dialog, "summary_title")), ==,
                   "Import Cancelled");
  g_assert_cmpuint (summary->imported, <, 20);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_RUN), ==,
                    summary->imported);
}

/* Export writes the CSV files and a GPX file for the imported run's track. */
static void
test_export (Fixture *f)
{
  g_autofree char *a = write_gpx (f->dir, "a.gpx", 10, 1200);
  g_autofree char *out = g_build_filename (f->dir, "export", NULL);
  g_autofree char *runs = g_build_filename (out, "runs.csv", NULL);
  const char *paths[2] = { a, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  LimberImportDialog *dialog;
  const char *name;
  guint n_gpx = 0;

  dialog = limber_window_import (f->window, paths);
  wait_until (import_ended, dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (limber_window_export_to (f->window, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (runs, G_FILE_TEST_IS_REGULAR));
  dir = g_dir_open (out, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".gpx"))
      n_gpx++;
  g_assert_cmpuint (n_gpx, ==, 1);

  /* The test removes the folder it made. */
  g_dir_rewind (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (out, name, NULL);
      g_remove (file);
    }
  g_rmdir (out);
}

static const WindowTest import_tests[] = {
  { "/limber/import-ui/summary", test_import_summary },
  { "/limber/import-ui/cancel", test_import_cancel },
  { "/limber/import-ui/export", test_export },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();

  for (guint i = 0; i < G_N_ELEMENTS (import_tests); i++)
    g_test_add (import_tests[i].path, Fixture, &import_tests[i],
                fixture_setup, run_window_test, fixture_teardown);

  return g_test_run ();
}
