/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-run-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "limber-date-row.h"
#include "limber-resources.h"
#include "limber-run-editor-private.h"
#include "limber-run.h"

struct _LimberRunEditor
{
  GtkBox          parent_instance;

  LimberJournal  *journal;
  LimberUnits     units;

  /* An edited run's distance and duration as shown, rounded, and as stored: saving the
   * run unchanged keeps them exact. */
  char           *loaded_distance_text;
  double          loaded_distance;
  char           *loaded_duration_text;
  double          loaded_duration;

  LimberDateRow  *date_row;
  AdwEntryRow    *time_row;
  GtkLabel       *when_message;
  AdwEntryRow    *distance_row;
  GtkLabel       *distance_unit_label;
  AdwEntryRow    *duration_row;
  GtkLabel       *pace_label;
  GtkLabel       *run_message;
  AdwComboRow    *kind_row;
  AdwComboRow    *effort_row;
  AdwComboRow    *surface_row;
  AdwEntryRow    *temperature_row;
  AdwEntryRow    *elevation_row;
  AdwEntryRow    *heart_rate_row;
  AdwEntryRow    *shoes_row;
  GtkMenuButton  *shoes_button;
  GtkLabel       *details_message;
  GtkTextView    *notes_view;
  GtkLabel       *notes_message;
};

static void limber_run_editor_form_init (LimberEditorFormInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberRunEditor, limber_run_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_EDITOR_FORM,
                                                      limber_run_editor_form_init))

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_UNITS,
};

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The distance and duration of an edited run stay exact while their text is unchanged. */
static gboolean
read_distance (LimberRunEditor  *self,
               double           *metres,
               GError          **error)
{
  const char *text = get_text (self->distance_row);

  if (g_strcmp0 (text, self->loaded_distance_text) == 0)
    {
      *metres = self->loaded_distance;
      return TRUE;
    }

  return limber_run_editor_read_distance (self->units, text, metres, error);
}

static gboolean
read_duration (LimberRunEditor  *self,
               double           *seconds,
               GError          **error)
{
  const char *text = get_text (self->duration_row);

  if (g_strcmp0 (text, self->loaded_duration_text) == 0)
    {
      *seconds = self->loaded_duration;
      return TRUE;
    }

  return limber_run_editor_read_duration (text, seconds, error);
}

/* An optional number of the run, or an empty row for one not known (NAN). */
static void
show_optional (AdwEntryRow *row,
               double       value)
{
  g_autofree char *text = NULL;

  if (!isnan (value))
    text = limber_run_editor_format_number (value, 2);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
update_pace (LimberRunEditor *self)
{
  g_autofree char *pace = NULL;
  double metres = 0;
  double seconds = 0;

  if (read_distance (self, &metres, NULL) && read_duration (self, &seconds, NULL) &&
      metres > 0 && seconds > 0)
    pace = limber_units_format_pace (self->units, seconds / (metres / 1000.0));
  else
    pace = g_strdup ("–");

  gtk_label_set_label (self->pace_label, pace);
}

/* The shoes of the latest runs, in the menu of the shoes row. */
static void
fill_shoes_menu (LimberRunEditor *self)
{
  g_auto(GStrv) shoes = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();

  shoes = limber_journal_list_shoes (self->journal, LIMBER_RUN_EDITOR_MAX_SHOES);
  for (guint i = 0; shoes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (shoes[i], "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);   /* no mnemonics in names */
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "run-editor.pick-shoes",
                                               g_variant_new_string (shoes[i]));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->shoes_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->shoes_button), shoes[0] != NULL);
}

static void
fill_combo_rows (LimberRunEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) surfaces = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) efforts = gtk_string_list_new (NULL);

  for (guint i = 0; i < LIMBER_N_RUN_KINDS; i++)
    gtk_string_list_append (kinds, limber_run_kind_get_label (i));

  /* LIMBER_SURFACE_UNSET, "Not set", comes first. */
  for (guint i = 0; i < LIMBER_N_SURFACES; i++)
    gtk_string_list_append (surfaces, limber_surface_get_label (i));

  gtk_string_list_append (efforts, _("Not rated"));
  for (int i = 0; i <= 10; i++)
    {
      /* Translators: an effort on the 0 to 10 scale and its word, like "7 · Very hard" */
      g_autofree char *label = g_strdup_printf (_("%d · %s"), i, limber_rpe_get_label (i));

      gtk_string_list_append (efforts, label);
    }

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->surface_row, G_LIST_MODEL (surfaces));
  adw_combo_row_set_model (self->effort_row, G_LIST_MODEL (efforts));
}

static void
on_field_changed_cb (LimberRunEditor *self)
{
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

static void
on_distance_changed_cb (LimberRunEditor *self)
{
  update_pace (self);
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

static void
pick_shoes_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->shoes_row), g_variant_get_string (parameter, NULL));
  gtk_editable_set_position (GTK_EDITABLE (self->shoes_row), -1);
}

static const char *
limber_run_editor_get_title (LimberEditorForm *form,
                             gboolean          editing)
{
  return editing ? _("Edit Run") : _("Log Run");
}

static void
limber_run_editor_load (LimberEditorForm *form,
                        LimberEntry      *entry)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (form);
  LimberRun *run = LIMBER_RUN (entry);
  g_autofree char *time = NULL;
  int rpe = limber_run_get_rpe (run);

  limber_date_row_set_day (self->date_row, limber_entry_get_day (entry));

  if (limber_entry_get_time (entry) >= 0)
    time = limber_time_format (limber_entry_get_time (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time != NULL ? time : "");

  g_free (self->loaded_distance_text);
  self->loaded_distance = limber_run_get_distance (run);
  self->loaded_distance_text =
    limber_run_editor_format_number (limber_units_to_display (self->units,
                                                              self->loaded_distance), 3);
  g_free (self->loaded_duration_text);
  self->loaded_duration = limber_run_get_duration (run);
  self->loaded_duration_text = limber_run_editor_format_duration (self->loaded_duration);
  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), self->loaded_distance_text);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), self->loaded_duration_text);

  adw_combo_row_set_selected (self->kind_row, limber_run_get_run_kind (run));
  adw_combo_row_set_selected (self->surface_row, limber_run_get_surface (run));
  adw_combo_row_set_selected (self->effort_row, rpe >= 0 && rpe <= 10 ? rpe + 1 : 0);

  show_optional (self->temperature_row, limber_run_get_temperature (run));
  show_optional (self->elevation_row, limber_run_get_elevation_gain (run));
  show_optional (self->heart_rate_row, limber_run_get_avg_heart_rate (run));

  gtk_editable_set_text (GTK_EDITABLE (self->shoes_row),
                         limber_run_get_shoes (run) != NULL ? limber_run_get_shoes (run) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            limber_entry_get_notes (entry), -1);
}

static GPtrArray *
limber_run_editor_build (LimberEditorForm  *form,
                         GError           **error)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (form);
  g_autoptr(LimberRun) run = limber_run_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *shoes = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  double distance, duration, temperature, climb, heart_rate;
  int time;

  if (!limber_run_editor_read_time (get_text (self->time_row), &time, error) ||
      !read_distance (self, &distance, error) ||
      !read_duration (self, &duration, error) ||
      !limber_run_editor_read_temperature (get_text (self->temperature_row), &temperature,
                                          error) ||
      !limber_run_editor_read_elevation_gain (get_text (self->elevation_row), &climb, error) ||
      !limber_run_editor_read_heart_rate (get_text (self->heart_rate_row), &heart_rate, error))
    return NULL;

  limber_entry_set_day (LIMBER_ENTRY (run), limber_date_row_get_day (self->date_row));
  limber_entry_set_time (LIMBER_ENTRY (run), time);
  limber_run_set_distance (run, distance);
  limber_run_set_duration (run, duration);
  limber_run_set_run_kind (run, adw_combo_row_get_selected (self->kind_row));
  limber_run_set_surface (run, adw_combo_row_get_selected (self->surface_row));
  limber_run_set_rpe (run, (int) adw_combo_row_get_selected (self->effort_row) - 1);
  /* NAN, from an empty row, is not known. */
  limber_run_set_temperature (run, temperature);
  limber_run_set_elevation_gain (run, climb);
  limber_run_set_avg_heart_rate (run, heart_rate);

  shoes = g_strstrip (g_strdup (get_text (self->shoes_row)));
  limber_run_set_shoes (run, shoes);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!limber_run_editor_is_blank (notes))
    limber_entry_set_notes (LIMBER_ENTRY (run), notes);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (entries, g_steal_pointer (&run));

  return g_steal_pointer (&entries);
}

static void
limber_run_editor_show_error (LimberEditorForm *form,
                              const GError     *error)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (form);
  const struct {
    LimberEntryError  code;
    gpointer          field;
    GtkLabel         *message;
  } fields[] = {
    { LIMBER_ENTRY_ERROR_DATE, self->date_row, self->when_message },
    { LIMBER_ENTRY_ERROR_TIME, self->time_row, self->when_message },
    { LIMBER_ENTRY_ERROR_DISTANCE, self->distance_row, self->run_message },
    { LIMBER_ENTRY_ERROR_DURATION, self->duration_row, self->run_message },
    { LIMBER_ENTRY_ERROR_RUN_KIND, self->kind_row, self->details_message },
    { LIMBER_ENTRY_ERROR_RPE, self->effort_row, self->details_message },
    { LIMBER_ENTRY_ERROR_SURFACE, self->surface_row, self->details_message },
    { LIMBER_ENTRY_ERROR_TEMPERATURE, self->temperature_row, self->details_message },
    { LIMBER_ENTRY_ERROR_ELEVATION_GAIN, self->elevation_row, self->details_message },
    { LIMBER_ENTRY_ERROR_HEART_RATE, self->heart_rate_row, self->details_message },
    { LIMBER_ENTRY_ERROR_SHOES, self->shoes_row, self->details_message },
    { LIMBER_ENTRY_ERROR_NOTES, self->notes_view, self->notes_message },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    limber_editor_form_mark_field (fields[i].field, fields[i].message, NULL);

  if (error == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GError) in_miles = NULL;
      gboolean hint = FALSE;
      double metres;
      double seconds;

      if (!g_error_matches (error, LIMBER_ENTRY_ERROR, fields[i].code))
        continue;

      if (fields[i].code == LIMBER_ENTRY_ERROR_DISTANCE ||
          fields[i].code == LIMBER_ENTRY_ERROR_DURATION)
        hint = limber_run_editor_is_blank (get_text (fields[i].field));

      /* The core speaks kilometres; a distance it refuses is out of range. */
      if (fields[i].code == LIMBER_ENTRY_ERROR_DISTANCE && self->units == LIMBER_UNITS_MILES &&
          read_distance (self, &metres, NULL))
        in_miles = g_error_new (LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DISTANCE,
                                _("Distance must be between %.2f and %.0f mi"),
                                LIMBER_RUN_MIN_DISTANCE_M / LIMBER_METRES_PER_MILE,
                                LIMBER_RUN_MAX_DISTANCE_M / LIMBER_METRES_PER_MILE);

      /* A pace it refuses is said in the units the pace row shows. */
      if (fields[i].code == LIMBER_ENTRY_ERROR_DURATION && self->units == LIMBER_UNITS_MILES &&
          read_distance (self, &metres, NULL) && read_duration (self, &seconds, NULL) &&
          seconds >= LIMBER_RUN_MIN_DURATION_S && seconds <= LIMBER_RUN_MAX_DURATION_S)
        limber_run_check_pace (metres, seconds, LIMBER_UNITS_MILES, &in_miles);

      (hint ? limber_editor_form_mark_hint : limber_editor_form_mark_field)
        (fields[i].field, fields[i].message, in_miles != NULL ? in_miles : error);
      return;
    }

  /* No field of this form: say it at the top. */
  gtk_label_set_text (self->when_message, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->when_message), TRUE);
}

static GtkWidget *
limber_run_editor_get_initial_focus (LimberEditorForm *form)
{
  return GTK_WIDGET (LIMBER_RUN_EDITOR (form)->distance_row);
}

static void
limber_run_editor_form_init (LimberEditorFormInterface *iface)
{
  iface->get_title = limber_run_editor_get_title;
  iface->load = limber_run_editor_load;
  iface->build = limber_run_editor_build;
  iface->show_error = limber_run_editor_show_error;
  iface->get_initial_focus = limber_run_editor_get_initial_focus;
}

static void
limber_run_editor_constructed (GObject *object)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (object);
  g_autofree char *time = NULL;

  G_OBJECT_CLASS (limber_run_editor_parent_class)->constructed (object);

  g_return_if_fail (LIMBER_IS_JOURNAL (self->journal));

  gtk_label_set_label (self->distance_unit_label, limber_units_get_symbol (self->units));
  limber_date_row_set_today (self->date_row, limber_journal_get_today (self->journal));
  limber_date_row_set_day (self->date_row, limber_journal_get_today (self->journal));
  time = limber_time_format (limber_run_editor_now_rounded ());
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  fill_shoes_menu (self);
}

static void
limber_run_editor_dispose (GObject *object)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_RUN_EDITOR);

  g_clear_object (&self->journal);

  G_OBJECT_CLASS (limber_run_editor_parent_class)->dispose (object);
}

static void
limber_run_editor_finalize (GObject *object)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (object);

  g_free (self->loaded_distance_text);
  g_free (self->loaded_duration_text);

  G_OBJECT_CLASS (limber_run_editor_parent_class)->finalize (object);
}

static void
limber_run_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (object);

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
limber_run_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LimberRunEditor *self = LIMBER_RUN_EDITOR (object);

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
limber_run_editor_class_init (LimberRunEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_run_editor_constructed;
  object_class->dispose = limber_run_editor_dispose;
  object_class->finalize = limber_run_editor_finalize;
  object_class->get_property = limber_run_editor_get_property;
  object_class->set_property = limber_run_editor_set_property;

  g_object_class_override_property (object_class, PROP_JOURNAL, "journal");
  g_object_class_override_property (object_class, PROP_UNITS, "units");

  /* The resources live in a static library: referring to them keeps them linked in. */
  (void) limber_get_resource ();
  g_type_ensure (LIMBER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-run-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, when_message);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, distance_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, distance_unit_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, pace_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, run_message);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, effort_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, surface_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, temperature_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, elevation_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, heart_rate_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, shoes_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, shoes_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, details_message);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LimberRunEditor, notes_message);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_distance_changed_cb);

  gtk_widget_class_install_action (widget_class, "run-editor.pick-shoes", "s",
                                   pick_shoes_action_cb);
}

static void
limber_run_editor_init (LimberRunEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_combo_rows (self);
}

/**
 * limber_run_editor_new:
 *
 * Returns: (transfer floating): the fields of a run, for a LimberEditorDialog
 */
LimberEditorForm *
limber_run_editor_new (LimberJournal *journal,
                       LimberUnits    units)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_RUN_EDITOR,
                       "journal", journal,
                       "units", units,
                       NULL);
}
