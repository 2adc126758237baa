/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fascia-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-date-row.h"
#include "limber-fascia-editor.h"
#include "limber-fascia-item-list.h"
#include "limber-fascia-session.h"
#include "limber-minutes-spin.h"
#include "limber-mobility-editor.h"
#include "limber-move-picker.h"
#include "limber-resources.h"

/* The fields of a fascia session: when, what kind, the moves (or, for a massage, the zones)
 * with their times, the session's total time, optional mobility self-tests and notes. */
struct _LimberFasciaEditor
{
  GtkBox                parent_instance;

  LimberJournal        *journal;
  LimberUnits           units;

  LimberDateRow        *date_row;
  AdwEntryRow          *time_row;
  AdwComboRow          *kind_row;
  GtkLabel             *session_message;
  LimberFasciaItemList *items;
  AdwActionRow         *total_row;
  GtkSpinButton        *total_spin;
  GtkLabel             *total_message;
  LimberMovePicker     *picker;
  LimberMobilityEditor *mobility;
  GtkTextView          *notes_view;
  GtkLabel             *notes_message;

  guint                 updating : 1;
  guint                 total_edited : 1;
  guint                 touched : 1;   /* changed by the user, or Save refused: errors show */
};

static void limber_fascia_editor_form_init (LimberEditorFormInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberFasciaEditor, limber_fascia_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_EDITOR_FORM,
                                                      limber_fascia_editor_form_init))

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_UNITS,
  N_PROPS
};

static void
changed (LimberFasciaEditor *self)
{
  if (self->updating)
    return;

  self->touched = TRUE;
  limber_editor_form_changed (LIMBER_EDITOR_FORM (self));
}

static LimberFasciaKind
get_kind (LimberFasciaEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < LIMBER_N_FASCIA_KINDS ? selected : LIMBER_FASCIA_SELF;
}

/* What the total follows until the user sets it: the moves' times, at least a minute. */
static guint
get_auto_total (LimberFasciaEditor *self)
{
  guint total = limber_fascia_item_list_get_seconds (self->items);

  return total > 0 ? MAX (total, LIMBER_FASCIA_MIN_SECONDS) : 0;
}

static void
update_total (LimberFasciaEditor *self)
{
  gboolean was_updating = self->updating;

  if (self->total_edited)
    return;

  self->updating = TRUE;
  limber_minutes_spin_set (self->total_spin, get_auto_total (self));
  self->updating = was_updating;
}

/* Ticks, in the library, the moves that are in the session. */
static void
update_added_moves (LimberFasciaEditor *self)
{
  const LimberMove *moves;
  guint n_moves;

  moves = limber_moves_get_all (&n_moves);
  for (guint i = 0; i < n_moves; i++)
    limber_move_picker_set_added (self->picker, moves[i].id,
                                  limber_fascia_item_list_has_move (self->items, moves[i].id));
}

static void
set_message (GtkLabel     *label,
             const GError *error)
{
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

static void
on_items_changed_cb (LimberFasciaEditor *self)
{
  update_added_moves (self);
  update_total (self);
  changed (self);
}

static void
on_items_add_zone_cb (LimberFasciaEditor *self)
{
  LimberZone zone = limber_move_picker_get_zone (self->picker);
  LimberFasciaItemRow *row;

  row = limber_fascia_item_list_add (self->items, NULL,
                                     zone != LIMBER_N_ZONES ? zone : LIMBER_ZONE_CALF);
  /* The zone is the whole point of such a row: open it on its choice. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
on_field_changed_cb (LimberFasciaEditor *self)
{
  changed (self);
}

static void
on_kind_row_selected_cb (LimberFasciaEditor *self)
{
  limber_fascia_item_list_set_professional (self->items,
                                            get_kind (self) == LIMBER_FASCIA_PROFESSIONAL);
  changed (self);
}

static void
on_picker_add_move_cb (LimberFasciaEditor *self,
                       const char         *move_id)
{
  const LimberMove *move = limber_moves_lookup (move_id);
  LimberZone zone;

  g_return_if_fail (move != NULL);

  /* The zone the library is showing, when the move works it. */
  zone = limber_move_picker_get_zone (self->picker);
  if (zone == LIMBER_N_ZONES || !limber_move_has_zone (move, zone))
    zone = move->zones[0];

  limber_fascia_item_list_add (self->items, move, zone);
}

static void
on_total_spin_changed_cb (LimberFasciaEditor *self)
{
  if (self->updating)
    return;

  /* Emptied, the total follows the moves again. */
  self->total_edited = *gtk_editable_get_text (GTK_EDITABLE (self->total_spin)) != '\0';
  changed (self);
}

static const char *
limber_fascia_editor_get_title (LimberEditorForm *form,
                                gboolean          editing)
{
  return editing ? _("Edit Fascia Session") : _("Log Fascia Session");
}

static void
limber_fascia_editor_load (LimberEditorForm *form,
                           LimberEntry      *entry)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (form);
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (entry);
  int time;

  self->updating = TRUE;

  limber_date_row_set_day (self->date_row, limber_entry_get_day (entry));

  time = limber_entry_get_time (entry);
  if (time >= 0 && time < 86400)
    {
      g_autofree char *text = limber_time_format (time);

      gtk_editable_set_text (GTK_EDITABLE (self->time_row), text);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), "");
    }

  adw_combo_row_set_selected (self->kind_row, limber_fascia_session_get_fascia_kind (session));

  limber_fascia_item_list_load (self->items, session);

  /* A total that is not the moves' sum was set by hand: keep it so. */
  self->total_edited = limber_fascia_session_get_duration (session) != get_auto_total (self);
  limber_minutes_spin_set (self->total_spin, limber_fascia_session_get_duration (session));

  limber_mobility_editor_load (self->mobility, session);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            limber_entry_get_notes (entry) ? limber_entry_get_notes (entry) : "",
                            -1);

  self->updating = FALSE;
}

static GPtrArray *
limber_fascia_editor_build (LimberEditorForm  *form,
                            GError           **error)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (form);
  g_autoptr(LimberFasciaSession) session = limber_fascia_session_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *time_text = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint total;
  int time = -1;

  limber_entry_set_day (LIMBER_ENTRY (session), limber_date_row_get_day (self->date_row));

  time_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_row))));
  if (*time_text != '\0' && !limber_time_parse (time_text, &time))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TIME,
                           _("Start time: type a time of day like 18:30, or leave it empty"));
      return NULL;
    }
  limber_entry_set_time (LIMBER_ENTRY (session), time);

  limber_fascia_session_set_fascia_kind (session, get_kind (self));

  if (!limber_fascia_item_list_add_items (self->items, session, error))
    return NULL;

  if (!limber_minutes_spin_read (self->total_spin, &total))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                           _("Total time: type the minutes, like 15 or 12:30"));
      return NULL;
    }
  if (total == 0)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                           _("Type how long the whole session took"));
      return NULL;
    }
  limber_fascia_session_set_duration (session, total);

  if (!limber_mobility_editor_add_results (self->mobility, session, error))
    return NULL;

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  limber_entry_set_notes (LIMBER_ENTRY (session), *g_strstrip (notes) != '\0' ? notes : NULL);

  g_ptr_array_add (entries, g_steal_pointer (&session));

  return g_steal_pointer (&entries);
}

static void
limber_fascia_editor_show_error (LimberEditorForm *form,
                                 const GError     *error)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (form);
  int code = error != NULL && error->domain == LIMBER_ENTRY_ERROR ? error->code : -1;
  gboolean on_session = code == LIMBER_ENTRY_ERROR_DATE || code == LIMBER_ENTRY_ERROR_TIME ||
                        code == LIMBER_ENTRY_ERROR_FASCIA_KIND;
  gboolean elsewhere = code == LIMBER_ENTRY_ERROR_MOVES || code == LIMBER_ENTRY_ERROR_ZONE ||
                       code == LIMBER_ENTRY_ERROR_SIDE || code == LIMBER_ENTRY_ERROR_DURATION ||
                       code == LIMBER_ENTRY_ERROR_MOBILITY || code == LIMBER_ENTRY_ERROR_NOTES;

  limber_editor_form_mark_field (GTK_WIDGET (self->date_row), NULL,
                                 code == LIMBER_ENTRY_ERROR_DATE ? error : NULL);
  limber_editor_form_mark_field (GTK_WIDGET (self->time_row), NULL,
                                 code == LIMBER_ENTRY_ERROR_TIME ? error : NULL);
  limber_editor_form_mark_field (GTK_WIDGET (self->kind_row), NULL,
                                 code == LIMBER_ENTRY_ERROR_FASCIA_KIND ? error : NULL);
  /* Any other error of the entry as a whole is told here too, so it is never hidden. */
  set_message (self->session_message,
               on_session || (error != NULL && !elsewhere) ? error : NULL);

  /* A new form without moves is not wrong yet: it says what to do, quietly. */
  limber_fascia_item_list_show_error (self->items, error, !self->touched);
  limber_editor_form_mark_field (GTK_WIDGET (self->total_row), self->total_message,
                                 code == LIMBER_ENTRY_ERROR_DURATION ? error : NULL);
  limber_mobility_editor_show_error (self->mobility, error);
  limber_editor_form_mark_field (GTK_WIDGET (self->notes_view), self->notes_message,
                                 code == LIMBER_ENTRY_ERROR_NOTES ? error : NULL);
}

static void
limber_fascia_editor_save_refused (LimberEditorForm *form)
{
  LIMBER_FASCIA_EDITOR (form)->touched = TRUE;
}

static void
limber_fascia_editor_form_init (LimberEditorFormInterface *iface)
{
  iface->get_title = limber_fascia_editor_get_title;
  iface->load = limber_fascia_editor_load;
  iface->build = limber_fascia_editor_build;
  iface->show_error = limber_fascia_editor_show_error;
  iface->save_refused = limber_fascia_editor_save_refused;
}

static void
limber_fascia_editor_constructed (GObject *object)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (object);
  g_autofree char *time = NULL;

  G_OBJECT_CLASS (limber_fascia_editor_parent_class)->constructed (object);

  g_assert (LIMBER_IS_JOURNAL (self->journal));

  /* A new session: today, started now (to the five minutes below). */
  self->updating = TRUE;
  limber_date_row_set_today (self->date_row, limber_journal_get_today (self->journal));
  limber_date_row_set_day (self->date_row, limber_journal_get_today (self->journal));
  time = limber_time_format (limber_time_now () / 300 * 300);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  self->updating = FALSE;
}

static void
limber_fascia_editor_dispose (GObject *object)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_FASCIA_EDITOR);

  g_clear_object (&self->journal);

  G_OBJECT_CLASS (limber_fascia_editor_parent_class)->dispose (object);
}

static void
limber_fascia_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (object);

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
limber_fascia_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LimberFasciaEditor *self = LIMBER_FASCIA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_set_object (&self->journal, g_value_get_object (value));
      break;
    case PROP_UNITS:
      /* Mobility tests are in centimetres whatever the distance unit; kept for the form
       * interface. */
      self->units = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_fascia_editor_class_init (LimberFasciaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_fascia_editor_constructed;
  object_class->dispose = limber_fascia_editor_dispose;
  object_class->get_property = limber_fascia_editor_get_property;
  object_class->set_property = limber_fascia_editor_set_property;

  g_object_class_override_property (object_class, PROP_JOURNAL, "journal");
  g_object_class_override_property (object_class, PROP_UNITS, "units");

  /* The resources live in a static library: referring to them keeps them linked in, also in
   * a program that opens this editor without the application. */
  (void) limber_get_resource ();

  g_type_ensure (LIMBER_TYPE_DATE_ROW);
  g_type_ensure (LIMBER_TYPE_FASCIA_ITEM_LIST);
  g_type_ensure (LIMBER_TYPE_MOVE_PICKER);
  g_type_ensure (LIMBER_TYPE_MOBILITY_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-fascia-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, session_message);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, items);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, total_row);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, total_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, total_message);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, picker);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, mobility);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LimberFasciaEditor, notes_message);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_add_move_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_items_add_zone_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_total_spin_changed_cb);
}

static void
limber_fascia_editor_init (LimberFasciaEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->updating = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < LIMBER_N_FASCIA_KINDS; i++)
    gtk_string_list_append (kinds, limber_fascia_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  limber_minutes_spin_setup (self->total_spin);
  limber_minutes_spin_set (self->total_spin, 0);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  self->updating = FALSE;
}

/**
 * limber_fascia_editor_new:
 *
 * Returns: (transfer floating): the form of a new fascia session, dated today
 */
LimberFasciaEditor *
limber_fascia_editor_new (LimberJournal *journal,
                          LimberUnits    units)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_FASCIA_EDITOR,
                       "journal", journal,
                       "units", units,
                       NULL);
}
