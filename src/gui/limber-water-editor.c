/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-water-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "limber-date-row.h"
#include "limber-hydration.h"
#include "limber-resources.h"
#include "limber-water-editor.h"

struct _LimberWaterEditor
{
  GtkBox          parent_instance;

  LimberJournal  *journal;
  LimberUnits     units;
  char           *editing_uuid;   /* the entry being edited: not in the day's list */
  GPtrArray      *removed;        /* UUIDs removed from the list, deleted on Save */

  AdwEntryRow    *amount_row;
  GtkLabel       *amount_message;
  LimberDateRow  *date_row;
  AdwEntryRow    *time_row;
  GtkLabel       *when_message;
  GtkTextView    *notes_view;
  GtkLabel       *notes_message;
  AdwPreferencesGroup *day_group;
  GtkLabel       *day_total_label;
  GtkListBox     *day_list;
};

static void limber_water_editor_form_init (LimberEditorFormInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberWaterEditor, limber_water_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_EDITOR_FORM,
                                                      limber_water_editor_form_init))

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_UNITS,
};

static void on_remove_clicked_cb (GtkButton         *button,
                                  LimberWaterEditor *self);

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }

  return TRUE;
}

/* Millilitres with the locale's decimal mark: "500", "333.5". */
static char *
format_amount (double millilitres)
{
  char *text = g_strdup_printf ("%.1f", millilitres);
  char *end = text + strlen (text);

  while (end > text && end[-1] == '0')
    end--;
  if (end > text && !g_ascii_isdigit (end[-1]))
    end = g_utf8_find_prev_char (text, end);
  *end = '\0';

  return text;
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_removed (LimberWaterEditor *self,
            const char        *uuid)
{
  return g_ptr_array_find_with_equal_func (self->removed, uuid, g_str_equal, NULL);
}

static GtkWidget *
make_day_row (LimberWaterEditor *self,
              LimberEntry       *entry)
{
  g_autofree char *volume = NULL;
  g_autofree char *time = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  volume = limber_units_format_volume (limber_hydration_get_volume (LIMBER_HYDRATION (entry)));
  if (limber_entry_get_time (entry) >= 0)
    time = limber_time_format (limber_entry_get_time (entry));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), volume);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               time != NULL ? time : _("No time of day"));

  if (time != NULL)
    /* Translators: the spoken label of a button, like "Remove 500 ml at 14:30" */
    remove_label = g_strdup_printf (_("Remove %s at %s"), volume, time);
  else
    /* Translators: the spoken label of a button, like "Remove 500 ml" */
    remove_label = g_strdup_printf (_("Remove %s"), volume);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove Entry"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "uuid",
                          g_strdup (limber_entry_get_uuid (entry)), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* The water of the chosen day, but the entry being edited and those removed. */
static void
refresh_day (LimberWaterEditor *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *total_text = NULL;
  GtkListBoxRow *row;
  LimberDay day = limber_date_row_get_day (self->date_row);
  double total = 0;
  guint shown = 0;

  while ((row = gtk_list_box_get_row_at_index (self->day_list, 0)) != NULL)
    gtk_list_box_remove (self->day_list, GTK_WIDGET (row));

  entries = limber_journal_list (self->journal, day, day, LIMBER_ENTRY_KINDS_HYDRATION, &error);
  if (entries == NULL)
    g_warning ("Cannot list the water of the day: %s", error->message);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      LimberEntry *entry = g_ptr_array_index (entries, i);
      const char *uuid = limber_entry_get_uuid (entry);

      if (g_strcmp0 (uuid, self->editing_uuid) == 0 || is_removed (self, uuid))
        continue;

      gtk_list_box_append (self->day_list, make_day_row (self, entry));
      total += limber_hydration_get_volume (LIMBER_HYDRATION (entry));
      shown++;
    }

  if (shown > 0)
    {
      g_autofree char *volume = limber_units_format_volume (total);

      /* Translators: the water of a day before this entry, like "Total 1.5 l" */
      total_text = g_strdup_printf (_("Total %s"), volume);
    }
  gtk_label_set_label (self->day_total_label, total_text != NULL ? total_text : "");

  adw_preferences_group_set_description (self->day_group, self->removed->len > 0
                                         ? _("Removed entries are deleted when you save.")
                                         : NULL);
}

static gboolean
read_amount (LimberWaterEditor  *self,
             double             *millilitres,
             GError            **error)
{
  g_autofree char *text = g_strstrip (g_ascii_strdown (get_text (self->amount_row), -1));
  gsize len = strlen (text);

  if (len == 0)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_VOLUME,
                           _("Type how much you drank, or pick an amount below"));
      return FALSE;
    }

  /* "500 ml" reads as 500. */
  if (len > 2 && g_str_has_suffix (text, "ml"))
    text[len - 2] = '\0';

  if (!limber_units_parse_number (text, millilitres))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_VOLUME,
                           _("Amount: type a number of millilitres, like 330"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_time (LimberWaterEditor  *self,
           int                *seconds,
           GError            **error)
{
  const char *text = get_text (self->time_row);

  *seconds = -1;
  if (is_blank (text) || limber_time_parse (text, seconds))
    return TRUE;

  g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TIME,
                       _("Time: type hours and minutes, like 14:30, or leave it empty"));
  return FALSE;
}

static void
on_field_changed_cb (LimberWaterEditor *self)
{
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      LimberWaterEditor *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (button), "uuid");

  g_ptr_array_add (self->removed, g_strdup (uuid));
  refresh_day (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->day_list));

  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

/* The list below shows the water of the day chosen. */
static void
on_day_changed_cb (LimberWaterEditor *self)
{
  refresh_day (self);
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

static void
set_amount_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (widget);
  g_autofree char *text = g_strdup_printf ("%d", g_variant_get_int32 (parameter));

  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), text);
}

static const char *
limber_water_editor_get_title (LimberEditorForm *form,
                               gboolean          editing)
{
  return editing ? _("Edit Water") : _("Log Water");
}

static void
limber_water_editor_load (LimberEditorForm *form,
                          LimberEntry      *entry)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (form);
  g_autofree char *time = NULL;
  g_autofree char *amount = NULL;

  g_free (self->editing_uuid);
  self->editing_uuid = g_strdup (limber_entry_get_uuid (entry));
  limber_date_row_set_day (self->date_row, limber_entry_get_day (entry));
  refresh_day (self);

  amount = format_amount (limber_hydration_get_volume (LIMBER_HYDRATION (entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);

  if (limber_entry_get_time (entry) >= 0)
    time = limber_time_format (limber_entry_get_time (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time != NULL ? time : "");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            limber_entry_get_notes (entry), -1);
}

static GPtrArray *
limber_water_editor_build (LimberEditorForm  *form,
                           GError           **error)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (form);
  g_autoptr(LimberHydration) water = limber_hydration_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  double volume;
  int time;

  if (!read_amount (self, &volume, error) || !read_time (self, &time, error))
    return NULL;

  limber_entry_set_day (LIMBER_ENTRY (water), limber_date_row_get_day (self->date_row));
  limber_entry_set_time (LIMBER_ENTRY (water), time);
  limber_hydration_set_volume (water, volume);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  limber_entry_set_notes (LIMBER_ENTRY (water), is_blank (notes) ? NULL : notes);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (entries, g_steal_pointer (&water));

  return g_steal_pointer (&entries);
}

static void
limber_water_editor_show_error (LimberEditorForm *form,
                                const GError     *error)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (form);
  const struct {
    LimberEntryError  code;
    gpointer          field;
    GtkLabel         *message;
  } fields[] = {
    { LIMBER_ENTRY_ERROR_VOLUME, self->amount_row, self->amount_message },
    { LIMBER_ENTRY_ERROR_DATE, self->date_row, self->when_message },
    { LIMBER_ENTRY_ERROR_TIME, self->time_row, self->when_message },
    { LIMBER_ENTRY_ERROR_NOTES, self->notes_view, self->notes_message },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    limber_editor_form_mark_field (fields[i].field, fields[i].message, NULL);

  if (error == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_error_matches (error, LIMBER_ENTRY_ERROR, fields[i].code))
        {
          gboolean hint = fields[i].code == LIMBER_ENTRY_ERROR_VOLUME &&
                          is_blank (get_text (self->amount_row));

          (hint ? limber_editor_form_mark_hint : limber_editor_form_mark_field)
            (fields[i].field, fields[i].message, error);
          return;
        }
    }

  /* No field of this form: say it at the top. */
  gtk_label_set_text (self->amount_message, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_message), TRUE);
}

static GStrv
limber_water_editor_get_removed (LimberEditorForm *form)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (form);
  g_autoptr(GStrvBuilder) builder = NULL;

  if (self->removed->len == 0)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->removed->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->removed, i));

  return g_strv_builder_end (builder);
}

static GtkWidget *
limber_water_editor_get_initial_focus (LimberEditorForm *form)
{
  return GTK_WIDGET (LIMBER_WATER_EDITOR (form)->amount_row);
}

static void
limber_water_editor_form_init (LimberEditorFormInterface *iface)
{
  iface->get_title = limber_water_editor_get_title;
  iface->load = limber_water_editor_load;
  iface->build = limber_water_editor_build;
  iface->show_error = limber_water_editor_show_error;
  iface->get_removed = limber_water_editor_get_removed;
  iface->get_initial_focus = limber_water_editor_get_initial_focus;
}

static void
limber_water_editor_constructed (GObject *object)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (object);
  g_autofree char *time = NULL;

  G_OBJECT_CLASS (limber_water_editor_parent_class)->constructed (object);

  g_return_if_fail (LIMBER_IS_JOURNAL (self->journal));

  limber_date_row_set_today (self->date_row, limber_journal_get_today (self->journal));
  limber_date_row_set_day (self->date_row, limber_journal_get_today (self->journal));
  refresh_day (self);
  time = limber_time_format (limber_time_now () / 60 * 60);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}

static void
limber_water_editor_dispose (GObject *object)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_WATER_EDITOR);

  g_clear_object (&self->journal);

  G_OBJECT_CLASS (limber_water_editor_parent_class)->dispose (object);
}

static void
limber_water_editor_finalize (GObject *object)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (object);

  g_free (self->editing_uuid);
  g_ptr_array_unref (self->removed);

  G_OBJECT_CLASS (limber_water_editor_parent_class)->finalize (object);
}

static void
limber_water_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (object);

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
limber_water_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberWaterEditor *self = LIMBER_WATER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_set_object (&self->journal, g_value_get_object (value));
      break;
    case PROP_UNITS:
      self->units = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_water_editor_class_init (LimberWaterEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_water_editor_constructed;
  object_class->dispose = limber_water_editor_dispose;
  object_class->finalize = limber_water_editor_finalize;
  object_class->get_property = limber_water_editor_get_property;
  object_class->set_property = limber_water_editor_set_property;

  g_object_class_override_property (object_class, PROP_JOURNAL, "journal");
  g_object_class_override_property (object_class, PROP_UNITS, "units");

  /* The resources live in a static library: referring to them keeps them linked in. */
  (void) limber_get_resource ();
  g_type_ensure (LIMBER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-water-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, amount_message);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, when_message);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, notes_message);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, day_group);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, day_total_label);
  gtk_widget_class_bind_template_child (widget_class, LimberWaterEditor, day_list);
  /* Not kept, but there for tests to press. */
  gtk_widget_class_bind_template_child_full (widget_class, "quick_250_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "quick_500_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "quick_750_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_changed_cb);

  gtk_widget_class_install_action (widget_class, "water-editor.set-amount", "i",
                                   set_amount_action_cb);
}

static void
limber_water_editor_init (LimberWaterEditor *self)
{
  GtkWidget *placeholder;

  self->removed = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No water logged on this day yet"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->day_list, placeholder);
}

/**
 * limber_water_editor_new:
 *
 * Returns: (transfer floating): the fields of a water entry, for a LimberEditorDialog
 */
LimberEditorForm *
limber_water_editor_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_WATER_EDITOR,
                       "journal", journal,
                       NULL);
}
