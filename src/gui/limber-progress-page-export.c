/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-progress-page-private.h"
#include "limber-window.h"

/* Exporting the chart shown as a PNG or SVG file, through a file chooser. */

/* An export is at least this big, however small the window: a chart to share or print. */
#define MIN_EXPORT_WIDTH  960
#define MIN_EXPORT_HEIGHT 480

/* The format a file name asks for, by its extension. */
static gboolean
format_for_name (const char        *name,
                 LimberChartFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".svg"))
    *format = LIMBER_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".png"))
    *format = LIMBER_CHART_FORMAT_PNG;
  else
    return FALSE;

  return TRUE;
}

static void
show_toast (LimberProgressPage *self,
            const char         *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), LIMBER_TYPE_WINDOW);

  if (window != NULL)
    limber_window_add_toast (LIMBER_WINDOW (window), adw_toast_new (text));
}

static void
on_chooser_response_cb (LimberProgressPage *self,
                        int                 response,
                        GtkNativeDialog    *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkFileFilter *filter;
  LimberChartFormat format;
  int width, height;

  if (response != GTK_RESPONSE_ACCEPT ||
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL ||
      (path = g_file_get_path (file)) == NULL)
    goto out;

  /* Without an extension, the chosen filter says which format, and adds it. */
  if (!format_for_name (path, &format))
    {
      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      format = filter != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (filter), "format"),
                                            "svg") == 0 ? LIMBER_CHART_FORMAT_SVG
                                                        : LIMBER_CHART_FORMAT_PNG;
      g_free (g_steal_pointer (&path));
      path = g_strconcat (g_file_peek_path (file),
                          format == LIMBER_CHART_FORMAT_SVG ? ".svg" : ".png", NULL);
    }

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self->chart_widget)), MIN_EXPORT_WIDTH);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self->chart_widget)), MIN_EXPORT_HEIGHT);
  name = g_path_get_basename (path);
  if (limber_progress_page_export (self, path, format, width, height, &error))
    /* Translators: after exporting a chart, %s is the file's name */
    message = g_strdup_printf (_("Chart saved as “%s”"), name);
  else
    /* Translators: %s says why, e.g. "Permission denied" */
    message = g_strdup_printf (_("Could not save the chart: %s"), error->message);
  show_toast (self, message);

out:
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            const char *pattern,
            const char *format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "format", (gpointer) format);

  return filter;
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  limber_progress_page_choose_export (LIMBER_PROGRESS_PAGE (widget));
}

void
limber_progress_page_class_add_export (GtkWidgetClass *widget_class)
{
  /* The window binds Shift+Ctrl+E to it while the page is shown. */
  gtk_widget_class_install_action (widget_class, "progress.export", NULL, export_action_cb);
}

void
limber_progress_page_dispose_export (LimberProgressPage *self)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

/**
 * limber_progress_page_export:
 * @path: the file to write, replaced if it exists
 * @width: in pixels for PNG, points for SVG
 *
 * Writes the chart shown, as it is drawn now, on the window's background.
 *
 * Returns: whether the file was written
 */
gboolean
limber_progress_page_export (LimberProgressPage  *self,
                             const char          *path,
                             LimberChartFormat    format,
                             int                  width,
                             int                  height,
                             GError             **error)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->stale)
    limber_progress_page_refresh (self);

  return limber_chart_export (self->chart_widget, path, format, width, height, error);
}

/* Asks where to save the chart shown, then saves it. */
void
limber_progress_page_choose_export (LimberProgressPage *self)
{
  g_autoptr(GtkFileFilter) png = NULL;
  g_autoptr(GtkFileFilter) svg = NULL;
  g_autofree char *name = NULL;
  GtkRoot *root;

  g_return_if_fail (LIMBER_IS_PROGRESS_PAGE (self));

  if (self->chooser != NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  png = new_filter (_("PNG image"), "image/png", "*.png", "png");
  svg = new_filter (_("SVG image"), "image/svg+xml", "*.svg", "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), svg);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), png);

  /* "limber-distance-3-months.png" */
  name = g_strdup_printf ("limber-%s-%s.png", limber_progress_chart_to_id (self->chart),
                          limber_series_range_to_id (self->range));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
