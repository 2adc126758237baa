/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-preferences-window"

#include "config.h"

#include <stdlib.h>

#include "limber-date.h"
#include "limber-preferences-window.h"

struct _LimberPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *units_row;
  GtkSpinButton        *fascia_target_spin;
  GtkSpinButton        *water_target_spin;
  AdwComboRow          *style_row;
  GtkSwitch            *reminder_switch;
  AdwActionRow         *reminder_time_row;
  GtkSpinButton        *reminder_time_spin;
  AdwActionRow         *background_row;
  GtkSwitch            *background_switch;
  AdwActionRow         *login_row;
  GtkSwitch            *login_switch;
};

G_DEFINE_FINAL_TYPE (LimberPreferencesWindow, limber_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of the schema's enums, in the order of the combo rows' items. */
static const char * const units_nicks[] = { "km", "mi", NULL };
static const char * const color_scheme_nicks[] = { "default", "light", "dark", NULL };

/* GSettings enum nick → AdwComboRow:selected */
static gboolean
get_selected_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_str_equal (nicks[i], nick))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* AdwComboRow:selected → GSettings enum nick */
static GVariant *
set_selected_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[selected]);
}

static void
bind_combo_row (LimberPreferencesWindow *self,
                const char              *key,
                AdwComboRow             *row,
                const char * const      *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_selected_mapping, set_selected_mapping,
                                (gpointer) nicks, NULL);
}

/* Background running only matters with reminders, and the login entry only with both. */
static void
update_reminder_rows (LimberPreferencesWindow *self)
{
  gboolean reminders = g_settings_get_boolean (self->settings, "reminder-enabled");
  gboolean background = g_settings_get_boolean (self->settings, "run-in-background");

  gtk_widget_set_sensitive (GTK_WIDGET (self->reminder_time_row), reminders);
  gtk_widget_set_sensitive (GTK_WIDGET (self->background_row), reminders);
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_row), reminders && background);
}

static void
on_reminder_settings_changed_cb (LimberPreferencesWindow *self,
                                 const char              *key)
{
  update_reminder_rows (self);
}

/* The time spin button holds minutes after midnight and shows them as 19:00. */
static gboolean
on_time_spin_output_cb (LimberPreferencesWindow *self,
                        GtkSpinButton           *spin)
{
  int minutes = (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
on_time_spin_input_cb (LimberPreferencesWindow *self,
                       double                  *new_value,
                       GtkSpinButton           *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  int seconds;

  /* "19:30" or "19" */
  if (!limber_time_parse (text, &seconds))
    {
      char *end = NULL;
      long hours = strtol (text, &end, 10);

      if (end == text || *end != '\0' || hours < 0 || hours > 23)
        return GTK_INPUT_ERROR;
      seconds = hours * 3600;
    }

  *new_value = seconds / 60;
  return TRUE;
}

static void
limber_preferences_window_dispose (GObject *object)
{
  LimberPreferencesWindow *self = LIMBER_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_preferences_window_parent_class)->dispose (object);
}

static void
limber_preferences_window_class_init (LimberPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, units_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow,
                                        fascia_target_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow,
                                        water_target_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow,
                                        reminder_time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow,
                                        reminder_time_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, background_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow,
                                        background_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, login_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_input_cb);
}

static void
limber_preferences_window_init (LimberPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  bind_combo_row (self, "units", self->units_row, units_nicks);
  bind_combo_row (self, "color-scheme", self->style_row, color_scheme_nicks);
  g_settings_bind (self->settings, "weekly-fascia-target", self->fascia_target_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "daily-water-target", self->water_target_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-enabled", self->reminder_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-time", self->reminder_time_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "run-in-background", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "run-at-login", self->login_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed::reminder-enabled",
                           G_CALLBACK (on_reminder_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (on_reminder_settings_changed_cb), self, G_CONNECT_SWAPPED);
  update_reminder_rows (self);
}

/**
 * limber_preferences_window_new:
 * @parent: (nullable): the window to keep it above
 *
 * Returns: (transfer none): a new preferences window, showing and changing the settings
 */
LimberPreferencesWindow *
limber_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (LIMBER_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
