/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-editor-faults"

#include "config.h"

#include <glib/gstdio.h>

#include "limber-editor-dialog.h"
#include "limber-fault-vfs.h"
#include "limber-fault.h"
#include "limber-hydration.h"
#include "limber-ui-test.h"
#include "limber-water-editor.h"

/* An editor saves an entry and, in the same Save, deletes those removed from its list. When
 * the journal refuses part of it (the disk full, an entry deleted meanwhile elsewhere), the
 * dialog stays open with the reason and nothing is stored; saving again stores it once. Each
 * field's own checks are in tests/test-*-editor.c. */

typedef struct
{
  char               *dir;
  char               *path;
  LimberJournal      *journal;
  LimberEditorDialog *dialog;
  LimberEditorForm   *form;
  LimberHydration    *bottle;   /* 750 ml, removed from the editor's list */
} EditorFixture;

static gpointer
form_child (EditorFixture *f,
            const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->form),
                                                  LIMBER_TYPE_WATER_EDITOR, name);

  g_assert_nonnull (child);
  return child;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses the remove button of the row titled @title in the day's list. */
static void
remove_row (EditorFixture *f,
            const char    *title)
{
  GtkListBox *list = form_child (f, "day_list");
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title))
        {
          GtkWidget *button = find_button (GTK_WIDGET (row));

          g_assert_nonnull (button);
          g_signal_emit_by_name (button, "clicked");
          drain ();
          return;
        }
    }

  g_assert_not_reached ();
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

static guint
count_volume (EditorFixture *f,
              double         millilitres)
{
  LimberDay day = limber_day_from_ymd (FAULT_TODAY_YMD);
  g_autoptr(GPtrArray) entries = NULL;
  guint n = 0;

  entries = limber_journal_list (f->journal, day, day, LIMBER_ENTRY_KINDS_HYDRATION, NULL);
  for (guint i = 0; i < entries->len; i++)
    if (limber_hydration_get_volume (entries->pdata[i]) == millilitres)
      n++;

  return n;
}

/* A journal with a 750 ml bottle today, and the water editor open on a new 500 ml glass,
 * with the bottle removed from its list. */
static void
editor_setup (EditorFixture *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_display)
    return;

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  f->dir = g_dir_make_tmp ("limber-editor-faults-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (f->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, limber_day_from_ymd (FAULT_TODAY_YMD));

  f->bottle = limber_hydration_new ();
  limber_entry_set_day (LIMBER_ENTRY (f->bottle), limber_day_from_ymd (FAULT_TODAY_YMD));
  limber_entry_set_time (LIMBER_ENTRY (f->bottle), 12 * 3600);
  limber_hydration_set_volume (f->bottle, 750);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (f->bottle), &error));
  g_assert_no_error (error);

  f->form = limber_water_editor_new (f->journal);
  g_object_add_weak_pointer (G_OBJECT (f->form), (gpointer *) &f->form);
  f->dialog = limber_editor_dialog_new (NULL, f->journal, f->form, NULL);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  gtk_window_present (GTK_WINDOW (f->dialog));
  wait_until (is_mapped, f->dialog);
  drain ();

  g_signal_emit_by_name (form_child (f, "quick_500_button"), "clicked");
  drain ();
  remove_row (f, "750 ml");
  g_assert_true (limber_editor_dialog_can_save (f->dialog));
}

static void
editor_teardown (EditorFixture *f,
                 gconstpointer  data)
{
  if (!have_display)
    return;

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  drain ();
  g_assert_null (f->dialog);
  g_assert_null (f->form);
  g_clear_object (&f->bottle);
  g_assert_finalize_object (f->journal);
  fault_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
save (EditorFixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "editor.save", NULL));
  drain ();
}

/* The disk fills up: Save stores nothing and says why; once there is room, it stores the
 * glass once and deletes the bottle. */
static void
test_disk_full (EditorFixture *f,
                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  SKIP_WITHOUT_DISPLAY ();

  before = fault_dump_journal (f->path);
  fault_vfs_set_free_space (0);
  save (f);
  g_assert_nonnull (f->dialog);
  g_assert_true (shows_text (GTK_WIDGET (f->dialog), "the disk is full"));
  after = fault_dump_journal (f->path);
  g_assert_cmpstr (after, ==, before);

  save (f);
  g_assert_nonnull (f->dialog);

  fault_vfs_set_free_space (FAULT_VFS_UNLIMITED);
  save (f);
  g_assert_null (f->dialog);
  g_assert_cmpuint (count_volume (f, 500), ==, 1);
  g_assert_false (limber_journal_contains (f->journal,
                                           limber_entry_get_uuid (LIMBER_ENTRY (f->bottle))));
}

/* The bottle is deleted elsewhere while the editor is open (another window, another Limber):
 * that is what Save was to do, so Save stores the glass, once. It used to store the glass,
 * fail on the bottle, stay open, and store the glass again on every Save. */
static void
test_removed_meanwhile (EditorFixture *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  SKIP_WITHOUT_DISPLAY ();

  g_assert_true (limber_journal_delete (f->journal,
                                        limber_entry_get_uuid (LIMBER_ENTRY (f->bottle)),
                                        &error));
  g_assert_no_error (error);

  save (f);
  g_assert_null (f->dialog);
  g_assert_cmpuint (count_volume (f, 500), ==, 1);
  g_assert_cmpuint (limber_journal_count (f->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: GTK needs the icon theme and the MIME database. */
  g_test_init (&argc, &argv, NULL);
  fault_vfs_install ();

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  else
    g_test_message ("No display: these tests are skipped");

  g_test_add ("/limber/editor-faults/disk-full", EditorFixture, NULL,
              editor_setup, test_disk_full, editor_teardown);
  g_test_add ("/limber/editor-faults/removed-meanwhile", EditorFixture, NULL,
              editor_setup, test_removed_meanwhile, editor_teardown);

  return g_test_run ();
}
