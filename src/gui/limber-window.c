/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "limber-journal-page.h"
#include "limber-plan-page.h"
#include "limber-profile.h"
#include "limber-progress-page.h"
#include "limber-today-page.h"
#include "limber-window-private.h"

#define PAGE_ACTION_PREFIX "win.page-"

/* Below this the header bar and the view switcher bar no longer fit. */
#define MIN_WIDTH  360
#define MIN_HEIGHT 294

G_DEFINE_FINAL_TYPE (LimberWindow, limber_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (LimberWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, MIN_WIDTH),
                               MAX (height, MIN_HEIGHT));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (LimberWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* The size to come back to is the one before maximizing. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
page_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_assert (g_str_has_prefix (action_name, PAGE_ACTION_PREFIX));

  limber_window_set_page (LIMBER_WINDOW (widget), action_name + strlen (PAGE_ACTION_PREFIX));
}

/* Shift+Ctrl+E: the Progress page's export, while that page is shown. */
static void
export_chart_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (g_strcmp0 (limber_window_get_page (self), "progress") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->progress_page), "progress.export", NULL);
}

static gboolean
limber_window_close_request (GtkWindow *window)
{
  save_window_state (LIMBER_WINDOW (window));

  return GTK_WINDOW_CLASS (limber_window_parent_class)->close_request (window);
}

static void
limber_window_dispose (GObject *object)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_WINDOW);

  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_window_parent_class)->dispose (object);
}

static void
limber_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_assert (self->journal == NULL);
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Returns the page called @name, making it first if it is not made yet. */
static GtkWidget *
ensure_page (LimberWindow *self,
             const char   *name)
{
  if (g_strcmp0 (name, "today") == 0)
    return GTK_WIDGET (self->today_page);

  if (g_strcmp0 (name, "journal") == 0)
    {
      if (self->journal_page == NULL)
        {
          self->journal_page = limber_journal_page_new (self->journal);
          adw_bin_set_child (self->journal_bin, GTK_WIDGET (self->journal_page));
        }
      return GTK_WIDGET (self->journal_page);
    }

  if (g_strcmp0 (name, "progress") == 0)
    {
      if (self->progress_page == NULL)
        {
          self->progress_page = limber_progress_page_new (self->journal);
          adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_page));
        }
      return GTK_WIDGET (self->progress_page);
    }

  if (g_strcmp0 (name, "plan") == 0)
    {
      if (self->plan_page == NULL)
        {
          self->plan_page = limber_plan_page_new (self->journal);
          adw_bin_set_child (self->plan_bin, GTK_WIDGET (self->plan_page));
        }
      return GTK_WIDGET (self->plan_page);
    }

  return NULL;
}

static void
on_visible_page_cb (LimberWindow *self)
{
  ensure_page (self, adw_view_stack_get_visible_child_name (self->stack));
}

static void
limber_window_constructed (GObject *object)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  G_OBJECT_CLASS (limber_window_parent_class)->constructed (object);

  g_assert (LIMBER_IS_JOURNAL (self->journal));

  /* The other pages are made when first shown: start-up pays for Today only. */
  self->today_page = limber_today_page_new (self->journal);
  adw_bin_set_child (self->today_bin, GTK_WIDGET (self->today_page));
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_visible_page_cb), self, G_CONNECT_SWAPPED);
  ensure_page (self, adw_view_stack_get_visible_child_name (self->stack));
  limber_window_add_drop_target (self);

  /* The pages have read the journal: with LIMBER_PROFILE set, the first frame is timed. */
  limber_profile_watch_window (GTK_WINDOW (self));

  /* Said at once, and until dismissed, rather than only when a save fails. */
  if (limber_journal_is_read_only (self->journal))
    {
      AdwToast *toast = adw_toast_new (_("This journal is read-only: changes cannot be saved"));

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
limber_window_class_init (LimberWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char *pages[] = { "today", "journal", "progress", "plan" };

  object_class->constructed = limber_window_constructed;
  object_class->dispose = limber_window_dispose;
  object_class->get_property = limber_window_get_property;
  object_class->set_property = limber_window_set_property;

  window_class->close_request = limber_window_close_request;

  /**
   * LimberWindow:journal:
   *
   * The journal the window shows and edits.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, today_bin);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, journal_bin);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, plan_bin);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, progress_bin);

  /* win.page-today … win.page-plan on Alt+1 … Alt+4 */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *action_name = g_strconcat (PAGE_ACTION_PREFIX, pages[i], NULL);

      gtk_widget_class_install_action (widget_class, action_name, NULL, page_action_cb);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                           action_name, NULL);
    }

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);

  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-chart", NULL);

  limber_window_class_add_entry_actions (widget_class);
  limber_window_class_add_advice_actions (widget_class);
  limber_window_class_add_session_actions (widget_class);
}

static void
limber_window_init (LimberWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  restore_window_state (self);
}

/**
 * limber_window_new:
 * @application: the application
 * @journal: the journal to show
 *
 * Returns: (transfer none): a new main window, owned by @application
 */
LimberWindow *
limber_window_new (LimberApplication *application,
                   LimberJournal     *journal)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_WINDOW,
                       "application", application,
                       "journal", journal,
                       NULL);
}

/**
 * limber_window_get_journal:
 * @self: a #LimberWindow
 *
 * Returns: (transfer none): the journal the window shows
 */
LimberJournal *
limber_window_get_journal (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);

  return self->journal;
}

/**
 * limber_window_get_page:
 * @self: a #LimberWindow
 *
 * Returns: the name of the visible page: "today", "journal", "progress" or "plan"
 */
const char *
limber_window_get_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * limber_window_set_page:
 * @self: a #LimberWindow
 * @name: "today", "journal", "progress" or "plan"
 *
 * Shows the page called @name.
 */
void
limber_window_set_page (LimberWindow *self,
                        const char   *name)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (adw_view_stack_get_child_by_name (self->stack, name) != NULL);

  ensure_page (self, name);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * limber_window_get_page_widget:
 * @self: a #LimberWindow
 * @name: "today", "journal", "progress" or "plan"
 *
 * Pages other than Today are made when first shown; this makes @name's now if need be,
 * without showing it.
 *
 * Returns: (transfer none): the page called @name
 */
GtkWidget *
limber_window_get_page_widget (LimberWindow *self,
                               const char   *name)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return ensure_page (self, name);
}

/**
 * limber_window_add_toast:
 * @self: a #LimberWindow
 * @toast: (transfer full): a toast
 *
 * Shows @toast at the bottom of the window.
 */
void
limber_window_add_toast (LimberWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
