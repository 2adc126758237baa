/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-soreness-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "limber-soreness.h"
#include "limber-soreness-editor-private.h"

static void limber_soreness_editor_form_init (LimberEditorFormInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberSorenessEditor, limber_soreness_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_EDITOR_FORM,
                                                      limber_soreness_editor_form_init))

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_UNITS,
};

static void
fill_qualities (LimberSorenessEditor *self)
{
  g_autoptr(GtkStringList) qualities = gtk_string_list_new (NULL);

  for (LimberQuality quality = 0; quality < LIMBER_N_QUALITIES; quality++)
    gtk_string_list_append (qualities, limber_quality_get_label (quality));

  adw_combo_row_set_model (self->quality_row, G_LIST_MODEL (qualities));
}

static char *
get_notes (LimberSorenessEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_field_changed_cb (LimberSorenessEditor *self)
{
  limber_soreness_editor_emit_changed (self);
}

static void
on_body_map_zone_activated_cb (LimberSorenessEditor *self,
                               LimberZone            zone,
                               LimberSide            side)
{
  gboolean chosen = limber_soreness_editor_find_row (self, zone, side) != NULL;

  limber_soreness_editor_toggle_zone (self, zone, side, !chosen);
}

static const char *
limber_soreness_editor_get_title (LimberEditorForm *form,
                                  gboolean          editing)
{
  return editing ? _("Edit Soreness") : _("Log Soreness");
}

static void
limber_soreness_editor_load (LimberEditorForm *form,
                             LimberEntry      *entry)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (form);
  LimberSoreness *soreness = LIMBER_SORENESS (entry);
  LimberSorenessZoneRow *row;
  int time = limber_entry_get_time (entry);
  g_autofree char *time_text = time >= 0 ? limber_time_format (time) : NULL;
  const char *notes = limber_entry_get_notes (entry);

  self->loading = TRUE;
  self->editing = TRUE;

  limber_date_row_set_day (self->date_row, limber_entry_get_day (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time_text != NULL ? time_text : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);
  adw_combo_row_set_selected (self->quality_row, limber_soreness_get_quality (soreness));
  gtk_switch_set_active (self->walking_switch, limber_soreness_get_limits_walking (soreness));
  gtk_switch_set_active (self->sleep_switch, limber_soreness_get_disturbs_sleep (soreness));

  row = limber_soreness_editor_add_zone (self, limber_soreness_get_zone (soreness),
                                         limber_soreness_get_side (soreness));
  limber_soreness_zone_row_set_level (row, limber_soreness_get_level (soreness));
  adw_preferences_group_set_description (self->selected_group,
                                         _("An entry is about one zone: choosing another zone "
                                           "replaces this one."));
  adw_preferences_group_set_description (self->feel_group, NULL);
  limber_soreness_editor_sync_zones (self);

  self->loading = FALSE;
}

static GPtrArray *
limber_soreness_editor_build (LimberEditorForm  *form,
                              GError           **error)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (form);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *time_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                                       self->time_row))));
  g_autofree char *notes = get_notes (self);
  int time = -1;

  if (*time_text != '\0' && !limber_time_parse (time_text, &time))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TIME,
                           _("Time of day: type hours and minutes, like 07:30, or leave it "
                             "empty"));
      return NULL;
    }

  if (self->rows->len == 0)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_ZONE,
                           _("Choose at least one zone on the map or in the list"));
      return NULL;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      LimberSorenessZoneRow *row = g_ptr_array_index (self->rows, i);
      LimberSoreness *soreness = limber_soreness_new ();
      LimberEntry *entry = LIMBER_ENTRY (soreness);

      limber_entry_set_day (entry, limber_date_row_get_day (self->date_row));
      limber_entry_set_time (entry, time);
      limber_entry_set_notes (entry, notes);
      limber_soreness_set_zone (soreness, limber_soreness_zone_row_get_zone (row));
      limber_soreness_set_side (soreness, limber_soreness_zone_row_get_side (row));
      limber_soreness_set_level (soreness, limber_soreness_zone_row_get_level (row));
      limber_soreness_set_quality (soreness, adw_combo_row_get_selected (self->quality_row));
      limber_soreness_set_limits_walking (soreness,
                                          gtk_switch_get_active (self->walking_switch));
      limber_soreness_set_disturbs_sleep (soreness, gtk_switch_get_active (self->sleep_switch));

      g_ptr_array_add (entries, soreness);
    }

  return g_steal_pointer (&entries);
}

static void
limber_soreness_editor_show_error (LimberEditorForm *form,
                                   const GError     *error)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (form);
  const GError *date_error = NULL, *time_error = NULL, *zone_error = NULL;
  const GError *level_error = NULL, *quality_error = NULL, *notes_error = NULL;

  if (error != NULL && error->domain == LIMBER_ENTRY_ERROR)
    {
      switch ((LimberEntryError) error->code)
        {
        case LIMBER_ENTRY_ERROR_DATE:
          date_error = error;
          break;
        case LIMBER_ENTRY_ERROR_TIME:
          time_error = error;
          break;
        case LIMBER_ENTRY_ERROR_LEVEL:
          level_error = error;
          break;
        case LIMBER_ENTRY_ERROR_QUALITY:
          quality_error = error;
          break;
        case LIMBER_ENTRY_ERROR_NOTES:
          notes_error = error;
          break;
        case LIMBER_ENTRY_ERROR_ZONE:
        case LIMBER_ENTRY_ERROR_SIDE:
        default:
          /* Zone, side, and anything else the core may find about the entry as a whole. */
          zone_error = error;
          break;
        }
    }
  else if (error != NULL)
    {
      zone_error = error;
    }

  limber_editor_form_mark_field (GTK_WIDGET (self->date_row), self->when_message, date_error);
  limber_editor_form_mark_field (GTK_WIDGET (self->time_row),
                                 date_error == NULL ? self->when_message : NULL, time_error);
  /* A new, untouched form has no zone yet: say what to do, without alarm. */
  (self->touched ? limber_editor_form_mark_field : limber_editor_form_mark_hint)
    (GTK_WIDGET (self->zone_list_row), self->zone_message, zone_error);
  limber_editor_form_mark_field (GTK_WIDGET (self->selected_list), self->level_message,
                                 level_error);
  limber_editor_form_mark_field (GTK_WIDGET (self->quality_row), self->feel_message,
                                 quality_error);
  limber_editor_form_mark_field (GTK_WIDGET (self->notes_view), self->notes_message,
                                 notes_error);
}

static GtkWidget *
limber_soreness_editor_get_initial_focus (LimberEditorForm *form)
{
  return GTK_WIDGET (LIMBER_SORENESS_EDITOR (form)->body_map);
}

static void
limber_soreness_editor_save_refused (LimberEditorForm *form)
{
  LIMBER_SORENESS_EDITOR (form)->touched = TRUE;
}

static void
limber_soreness_editor_form_init (LimberEditorFormInterface *iface)
{
  iface->get_title = limber_soreness_editor_get_title;
  iface->load = limber_soreness_editor_load;
  iface->build = limber_soreness_editor_build;
  iface->show_error = limber_soreness_editor_show_error;
  iface->get_initial_focus = limber_soreness_editor_get_initial_focus;
  iface->save_refused = limber_soreness_editor_save_refused;
}

static void
limber_soreness_editor_constructed (GObject *object)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (object);

  G_OBJECT_CLASS (limber_soreness_editor_parent_class)->constructed (object);

  g_assert (LIMBER_IS_JOURNAL (self->journal));

  limber_date_row_set_today (self->date_row, limber_journal_get_today (self->journal));
  limber_date_row_set_day (self->date_row, limber_journal_get_today (self->journal));

  limber_soreness_editor_read_recent (self);
  limber_soreness_editor_sync_zones (self);

  self->loading = FALSE;
}

static void
limber_soreness_editor_dispose (GObject *object)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (object);

  g_ptr_array_set_size (self->rows, 0);
  memset (self->checks, 0, sizeof self->checks);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_SORENESS_EDITOR);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (limber_soreness_editor_parent_class)->dispose (object);
}

static void
limber_soreness_editor_finalize (GObject *object)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (limber_soreness_editor_parent_class)->finalize (object);
}

static void
limber_soreness_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    case PROP_UNITS:
      g_value_set_int (value, self->units);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_soreness_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LimberSorenessEditor *self = LIMBER_SORENESS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    case PROP_UNITS:
      self->units = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_soreness_editor_class_init (LimberSorenessEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_soreness_editor_constructed;
  object_class->dispose = limber_soreness_editor_dispose;
  object_class->finalize = limber_soreness_editor_finalize;
  object_class->get_property = limber_soreness_editor_get_property;
  object_class->set_property = limber_soreness_editor_set_property;

  g_object_class_override_property (object_class, PROP_JOURNAL, "journal");
  g_object_class_override_property (object_class, PROP_UNITS, "units");

  g_type_ensure (LIMBER_TYPE_BODY_MAP);
  g_type_ensure (LIMBER_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-soreness-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, when_message);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, body_map);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, zone_list_row);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, zone_message);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, selected_group);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, selected_list);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, level_message);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, quality_row);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, walking_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, sleep_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, feel_group);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, feel_message);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LimberSorenessEditor, notes_message);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_body_map_zone_activated_cb);
}

static void
limber_soreness_editor_init (LimberSorenessEditor *self)
{
  self->rows = g_ptr_array_new ();
  self->units = LIMBER_UNITS_KM;
  self->loading = TRUE;   /* until constructed: setting up the fields is no change */

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_qualities (self);
  limber_soreness_editor_fill_zone_list (self);
  adw_preferences_group_set_description (self->selected_group,
                                         _("Several zones can be logged in one go, each with "
                                           "its own level."));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
}

LimberBodyMap *
limber_soreness_editor_get_body_map (LimberSorenessEditor *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_EDITOR (self), NULL);

  return self->body_map;
}

/**
 * limber_soreness_editor_get_zone_check:
 *
 * Returns: (transfer none) (nullable): the check button of a zone and side in the list
 */
GtkCheckButton *
limber_soreness_editor_get_zone_check (LimberSorenessEditor *self,
                                       LimberZone            zone,
                                       LimberSide            side)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_EDITOR (self), NULL);
  g_return_val_if_fail (zone < LIMBER_N_ZONES && side < LIMBER_N_SIDES, NULL);

  return self->checks[zone][side];
}

/**
 * limber_soreness_editor_get_zone_row:
 *
 * Returns: (transfer none) (nullable): the row with the level of a chosen zone and side
 */
GtkListBoxRow *
limber_soreness_editor_get_zone_row (LimberSorenessEditor *self,
                                     LimberZone            zone,
                                     LimberSide            side)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_EDITOR (self), NULL);
  g_return_val_if_fail (zone < LIMBER_N_ZONES && side < LIMBER_N_SIDES, NULL);

  return (GtkListBoxRow *) limber_soreness_editor_find_row (self, zone, side);
}

/* How many zones are chosen: the number of entries Save writes. */
guint
limber_soreness_editor_get_n_zones (LimberSorenessEditor *self)
{
  g_return_val_if_fail (LIMBER_IS_SORENESS_EDITOR (self), 0);

  return self->rows->len;
}

/* For the zones code: the user changed something (but loading an entry is no change). */
void
limber_soreness_editor_emit_changed (LimberSorenessEditor *self)
{
  if (self->loading)
    return;

  self->touched = TRUE;
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}
