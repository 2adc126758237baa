/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-dismissals.h"
#include "limber-window-private.h"

/* The window's actions on advice: dismissing a card for a week, with Undo. */

static void
free_data (gpointer  data,
           GClosure *closure)
{
  g_free (data);
}

static void
on_undo_dismiss_cb (AdwToast   *toast,
                    const char *fingerprint)
{
  LimberWindow *self = g_object_get_data (G_OBJECT (toast), "limber-window");
  g_autoptr(GError) error = NULL;

  if (self != NULL && !limber_dismissals_remove (self->journal, fingerprint, &error))
    limber_window_add_toast (self, adw_toast_new (error->message));
}

/* win.dismiss-advice ("(ssss)": fingerprint, rule, zone id, side id; "" for no zone) */
static void
dismiss_advice_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *fingerprint, *rule, *zone, *side;
  AdwToast *toast;

  g_variant_get (parameter, "(&s&s&s&s)", &fingerprint, &rule, &zone, &side);
  if (*fingerprint == '\0' || *rule == '\0')
    {
      g_warning ("win.dismiss-advice needs a fingerprint and a rule");
      return;
    }

  if (!limber_dismissals_add (self->journal, fingerprint, rule, zone, side,
                              limber_journal_get_today (self->journal), &error))
    {
      limber_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  toast = limber_window_undo_toast (self, _("Advice dismissed for a week"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_dismiss_cb),
                         g_strdup (fingerprint), free_data, 0);
  limber_window_add_toast (self, toast);
}

void
limber_window_class_add_advice_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.dismiss-advice", "(ssss)",
                                   dismiss_advice_action_cb);
}
