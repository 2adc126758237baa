/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-cli.h"
#include "limber-editor-dialog.h"
#include "limber-editors.h"
#include "limber-entry-text.h"
#include "limber-hydration.h"
#include "limber-import-dialog.h"
#include "limber-run.h"
#include "limber-settings.h"
#include "limber-window-private.h"

/* The window's actions on entries: log, edit, delete with Undo, quick water. */

/* What Undo puts back after a delete: the entry, and the GPS track of an imported run. */
typedef struct
{
  LimberEntry *entry;
  GArray      *track;
} DeletedEntry;

static void
free_deleted_entry (gpointer  data,
                    GClosure *closure)
{
  DeletedEntry *deleted = data;

  g_object_unref (deleted->entry);
  g_clear_pointer (&deleted->track, g_array_unref);
  g_free (deleted);
}

static void
free_data (gpointer  data,
           GClosure *closure)
{
  g_free (data);
}

static void
show_error_toast (LimberWindow *self,
                  const GError *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
on_undo_delete_cb (AdwToast     *toast,
                   DeletedEntry *deleted)
{
  LimberWindow *self = g_object_get_data (G_OBJECT (toast), "limber-window");
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) tracks = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  /* Both in one transaction: the run never comes back without its track. */
  g_ptr_array_add (entries, deleted->entry);
  g_ptr_array_add (tracks, deleted->track);
  if (!limber_journal_add_many_with_tracks (self->journal, entries, tracks, &error))
    show_error_toast (self, error);
}

static void
on_undo_add_cb (AdwToast   *toast,
                const char *uuid)
{
  LimberWindow *self = g_object_get_data (G_OBJECT (toast), "limber-window");
  g_autoptr(GError) error = NULL;

  if (self != NULL && !limber_journal_delete (self->journal, uuid, &error))
    show_error_toast (self, error);
}

static void
on_undo_toast_dismissed_cb (LimberWindow *self,
                            AdwToast     *toast)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

/* A toast whose Undo button (or Ctrl+Z while it shows) takes the action back. */
AdwToast *
limber_window_undo_toast (LimberWindow *self,
                          const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "limber-window", self);

  self->undo_toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);

  return toast;
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(AdwToast) toast = NULL;

  if (self->undo_toast == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* The undo may make the overlay let go of the toast: hold it until done. */
  toast = g_object_ref (g_steal_pointer (&self->undo_toast));
  g_signal_emit_by_name (toast, "button-clicked");

  /* The toast says it is done and loses its button rather than being dismissed: libadwaita
   * 1.2 can free a toast twice when it is dismissed while it is still sliding in, which
   * Ctrl+Z right after a delete does. */
  adw_toast_set_button_label (toast, NULL);
  adw_toast_set_title (toast, _("Undone"));
}

static void
on_editor_saved_cb (LimberWindow *self,
                    GPtrArray    *entries,
                    gboolean      editing)
{
  LimberEntry *entry = g_ptr_array_index (entries, 0);
  g_autofree char *title = NULL;

  if (editing)
    /* Translators: shown after an entry was edited, e.g. "Run saved" */
    title = g_strdup_printf (_("%s saved"),
                             limber_entry_kind_get_label (limber_entry_get_kind (entry)));
  else if (entries->len == 1)
    /* Translators: shown after an entry was logged, e.g. "Run logged" */
    title = g_strdup_printf (_("%s logged"),
                             limber_entry_kind_get_label (limber_entry_get_kind (entry)));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry logged",
                                          "%u entries logged", entries->len),
                             entries->len);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static LimberEditorDialog *
open_editor (LimberWindow    *self,
             LimberEntryKind  kind,
             LimberEntry     *entry)
{
  LimberUnits units = limber_settings_get_units (self->settings);
  LimberEditorForm *form = limber_editors_new_form (kind, self->journal, units);
  LimberEditorDialog *dialog;

  if (form == NULL)
    return NULL;

  dialog = limber_editor_dialog_new (GTK_WINDOW (self), self->journal, form, entry);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
log_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberEntryKind kind;

  if (g_str_equal (action_name, "win.log-run"))
    kind = LIMBER_ENTRY_KIND_RUN;
  else if (g_str_equal (action_name, "win.log-soreness"))
    kind = LIMBER_ENTRY_KIND_SORENESS;
  else if (g_str_equal (action_name, "win.log-water"))
    kind = LIMBER_ENTRY_KIND_HYDRATION;
  else
    kind = LIMBER_ENTRY_KIND_FASCIA;

  open_editor (self, kind, NULL);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(LimberEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = limber_journal_get (self->journal, g_variant_get_string (parameter, NULL), &error);
  if (entry == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  open_editor (self, limber_entry_get_kind (entry), entry);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(LimberEntry) entry = NULL;
  g_autoptr(GArray) track = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DeletedEntry *deleted;
  AdwToast *toast;

  entry = limber_journal_get (self->journal, uuid, &error);
  /* The delete takes an imported run's track with it; Undo needs a copy. */
  if (entry != NULL && LIMBER_IS_RUN (entry))
    track = limber_journal_get_track (self->journal, uuid, &error);
  if (entry == NULL || error != NULL || !limber_journal_delete (self->journal, uuid, &error))
    {
      show_error_toast (self, error);
      return;
    }

  /* Translators: shown after an entry was deleted, e.g. "Run deleted" */
  title = g_strdup_printf (_("%s deleted"),
                           limber_entry_kind_get_label (limber_entry_get_kind (entry)));
  deleted = g_new0 (DeletedEntry, 1);
  deleted->entry = g_steal_pointer (&entry);
  deleted->track = g_steal_pointer (&track);
  toast = limber_window_undo_toast (self, title);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb),
                         deleted, free_deleted_entry, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
add_water_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(LimberHydration) water = limber_hydration_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *volume = NULL;
  g_autofree char *title = NULL;
  LimberDay today = limber_journal_get_today (self->journal);
  AdwToast *toast;

  limber_entry_set_day (LIMBER_ENTRY (water), today);
  /* Now, unless a test or a late evening pinned "today" to another day. */
  if (today == limber_day_today ())
    limber_entry_set_time (LIMBER_ENTRY (water), limber_time_now () / 60 * 60);
  limber_hydration_set_volume (water, g_variant_get_int32 (parameter));

  if (!limber_journal_add (self->journal, LIMBER_ENTRY (water), &error))
    {
      show_error_toast (self, error);
      return;
    }

  volume = limber_units_format_volume (limber_hydration_get_volume (water));
  /* Translators: shown after one tap on a water button, e.g. "250 ml of water added" */
  title = g_strdup_printf (_("%s of water added"), volume);
  toast = limber_window_undo_toast (self, title);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_add_cb),
                         g_strdup (limber_entry_get_uuid (LIMBER_ENTRY (water))),
                         free_data, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  limber_window_set_page (self, "journal");
  limber_journal_page_start_search (self->journal_page);
}

/**
 * limber_window_import:
 * @paths: files and folders to import
 *
 * Returns: (transfer none): the dialog showing the import's progress and summary
 */
LimberImportDialog *
limber_window_import (LimberWindow       *self,
                      const char * const *paths)
{
  LimberImportDialog *dialog;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (paths != NULL && paths[0] != NULL, NULL);

  dialog = limber_import_dialog_new (GTK_WINDOW (self), self->journal, paths);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_import_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               gpointer         user_data)
{
  g_autoptr(LimberWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            g_strv_builder_add (builder, path);
        }
      paths = g_strv_builder_end (builder);
      if (paths[0] != NULL)
        limber_window_import (self, (const char * const *) paths);
    }

  g_object_unref (chooser);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Activities, Strava exports and Limber CSV"));
  for (guint i = 0; i < 5; i++)
    {
      static const char * const patterns[] = { "*.gpx", "*.tcx", "*.fit", "*.csv", "*.zip" };
      g_autofree char *gz = g_strconcat (patterns[i], ".gz", NULL);

      gtk_file_filter_add_pattern (filter, patterns[i]);
      gtk_file_filter_add_pattern (filter, gz);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chooser_response_cb),
                    g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            LimberWindow  *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }

  paths = g_strv_builder_end (builder);
  if (paths[0] == NULL)
    return FALSE;

  limber_window_import (self, (const char * const *) paths);
  return TRUE;
}

/**
 * limber_window_export_to:
 * @directory: the folder to write into (made when missing)
 *
 * Writes a CSV file for each kind of entry and a GPX file for each run that came with a
 * track, as `limber --export` and `--export-gpx` do.
 */
gboolean
limber_window_export_to (LimberWindow  *self,
                         const char    *directory,
                         GError       **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);

  if (!limber_cli_export (self->journal, directory, report, error) ||
      !limber_cli_export_gpx (self->journal, directory, report, error))
    return FALSE;

  name = g_filename_display_basename (directory);
  /* Translators: %s is a folder's name */
  text = g_strdup_printf (_("Journal exported to “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));

  return TRUE;
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               gpointer         user_data)
{
  g_autoptr(LimberWindow) self = user_data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (folder)) != NULL &&
      !limber_window_export_to (self, path, &error))
    show_error_toast (self, error);

  g_object_unref (chooser);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Journal to a Folder"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response_cb),
                    g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Files dropped on the window are imported. */
void
limber_window_add_drop_target (LimberWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
limber_window_class_add_entry_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *action;
    guint       key;
  } logs[] = {
    { "win.log-run", GDK_KEY_r },
    { "win.log-soreness", GDK_KEY_p },
    { "win.log-water", GDK_KEY_w },
    { "win.log-fascia", GDK_KEY_f },
  };

  /* Ctrl+Shift and a letter: R run, P pain, W water, F fascia. None is a GNOME standard
   * shortcut, and GTK keeps Ctrl+Shift+D and I for its inspector. */
  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      gtk_widget_class_install_action (widget_class, logs[i].action, NULL, log_action_cb);
      gtk_widget_class_add_binding_action (widget_class, logs[i].key,
                                           GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                           logs[i].action, NULL);
    }

  gtk_widget_class_install_action (widget_class, "win.edit-entry", "s", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.delete-entry", "s", delete_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-water", "i", add_water_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
}
