/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-mobility-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-editor-form.h"
#include "limber-mobility-editor.h"
#include "limber-mobility.h"
#include "limber-units.h"

/* The before and after values of the mobility self-tests, off until the user turns them
 * on. A test done on each side has a line for the left and one for the right. */

typedef struct
{
  const LimberMobilityTest *test;
  LimberSide                side;         /* left, right, or centre for a test done once */
  GtkWidget                *header;       /* the row naming the test */
  GtkWidget                *entries[2];   /* before, after */
} Slot;

struct _LimberMobilityEditor
{
  AdwPreferencesGroup  parent_instance;

  GArray              *slots;

  AdwExpanderRow      *expander;
  GtkLabel            *message_label;
};

G_DEFINE_FINAL_TYPE (LimberMobilityEditor, limber_mobility_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static Slot *
find_slot (LimberMobilityEditor *self,
           const char           *test_id,
           LimberSide            side)
{
  for (guint i = 0; test_id != NULL && i < self->slots->len; i++)
    {
      Slot *slot = &g_array_index (self->slots, Slot, i);

      if (g_str_equal (slot->test->id, test_id) && slot->side == side)
        return slot;
    }

  return NULL;
}

/* Reads one value; FALSE with @error set when the text is not a number, TRUE with
 * @has_value FALSE when it is empty. */
static gboolean
read_value (const Slot  *slot,
            guint        which,
            gboolean    *has_value,
            double      *value,
            GError     **error)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (slot->entries[which])));

  *has_value = *g_strstrip (text) != '\0';
  if (!*has_value)
    return TRUE;

  if (limber_units_parse_number (text, value))
    return TRUE;

  if (slot->test->unit == LIMBER_MOBILITY_UNIT_CM)
    g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY,
                 _("%s: type the distance in centimetres, like 12, or leave it empty"),
                 limber_mobility_get_name (slot->test));
  else
    g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY,
                 _("%s: type a score from 0 to 10, or leave it empty"),
                 limber_mobility_get_name (slot->test));

  return FALSE;
}

static void
on_entry_changed_cb (LimberMobilityEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_expander_enabled_cb (LimberMobilityEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
new_value_entry (LimberMobilityEditor *self,
                 const char           *placeholder,
                 const char           *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return entry;
}

/* A line of the test: "Left   [before] → [after] cm". */
static void
add_slot (LimberMobilityEditor     *self,
          const LimberMobilityTest *test,
          GtkWidget                *header,
          LimberSide                side)
{
  Slot slot = { .test = test, .side = side, .header = header };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_label_new ("→");
  GtkWidget *unit = gtk_label_new (limber_mobility_get_unit_label (test));
  g_autofree char *before_name = NULL;
  g_autofree char *after_name = NULL;

  if (side == LIMBER_SIDE_CENTRE)
    {
      /* Translators: the line of a mobility self-test done once, not per side */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Result"));
      /* Translators: accessible name of a field, e.g. "Standing toe touch, before" */
      before_name = g_strdup_printf (_("%s, before"), limber_mobility_get_name (test));
      /* Translators: accessible name of a field, e.g. "Standing toe touch, after" */
      after_name = g_strdup_printf (_("%s, after"), limber_mobility_get_name (test));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), limber_side_get_label (side));
      /* Translators: accessible name of a field, e.g. "Knee to wall, Left, before" */
      before_name = g_strdup_printf (_("%s, %s, before"), limber_mobility_get_name (test),
                                     limber_side_get_label (side));
      /* Translators: accessible name of a field, e.g. "Knee to wall, Left, after" */
      after_name = g_strdup_printf (_("%s, %s, after"), limber_mobility_get_name (test),
                                    limber_side_get_label (side));
    }

  /* Translators: placeholder of the field for a self-test value measured before a session */
  slot.entries[0] = new_value_entry (self, _("before"), before_name);
  /* Translators: placeholder of the field for a self-test value measured after a session */
  slot.entries[1] = new_value_entry (self, _("after"), after_name);

  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (unit), 0);
  gtk_label_set_width_chars (GTK_LABEL (unit), 6);

  gtk_box_append (GTK_BOX (box), slot.entries[0]);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_box_append (GTK_BOX (box), slot.entries[1]);
  gtk_box_append (GTK_BOX (box), unit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  adw_expander_row_add_row (self->expander, row);
  g_array_append_val (self->slots, slot);
}

static void
add_test (LimberMobilityEditor     *self,
          const LimberMobilityTest *test)
{
  GtkWidget *header = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (header), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (header), limber_mobility_get_name (test));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (header), limber_mobility_get_instructions (test));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (header), FALSE);
  adw_expander_row_add_row (self->expander, header);

  if (test->per_side)
    {
      add_slot (self, test, header, LIMBER_SIDE_LEFT);
      add_slot (self, test, header, LIMBER_SIDE_RIGHT);
    }
  else
    {
      add_slot (self, test, header, LIMBER_SIDE_CENTRE);
    }
}

static void
limber_mobility_editor_dispose (GObject *object)
{
  LimberMobilityEditor *self = LIMBER_MOBILITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_MOBILITY_EDITOR);

  g_clear_pointer (&self->slots, g_array_unref);

  G_OBJECT_CLASS (limber_mobility_editor_parent_class)->dispose (object);
}

static void
limber_mobility_editor_class_init (LimberMobilityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_mobility_editor_dispose;

  /**
   * LimberMobilityEditor::changed:
   *
   * A value changed, or the self-tests were turned on or off.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-mobility-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberMobilityEditor, expander);
  gtk_widget_class_bind_template_child (widget_class, LimberMobilityEditor, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_expander_enabled_cb);
}

static void
limber_mobility_editor_init (LimberMobilityEditor *self)
{
  const LimberMobilityTest *tests;
  guint n_tests;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->slots = g_array_new (FALSE, TRUE, sizeof (Slot));
  tests = limber_mobility_get_all (&n_tests);
  for (guint i = 0; i < n_tests; i++)
    add_test (self, &tests[i]);
}

/* Shows the results stored in @session, turning the self-tests on when there are any. */
void
limber_mobility_editor_load (LimberMobilityEditor *self,
                             LimberFasciaSession  *session)
{
  const LimberMobilityResult *results;
  guint n_results;

  g_return_if_fail (LIMBER_IS_MOBILITY_EDITOR (self));
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (session));

  results = limber_fascia_session_get_results (session, &n_results);
  for (guint i = 0; i < n_results; i++)
    {
      Slot *slot = find_slot (self, results[i].test_id, results[i].side);
      g_autofree char *text = NULL;

      if (slot == NULL)
        {
          g_warning ("No field for the result of “%s”", results[i].test_id);
          continue;
        }

      text = g_strdup_printf ("%g", results[i].value);
      gtk_editable_set_text (GTK_EDITABLE (slot->entries[results[i].after ? 1 : 0]), text);
    }

  adw_expander_row_set_enable_expansion (self->expander, n_results > 0);
}

/* Turns the self-tests on and opens them, or turns them off. */
void
limber_mobility_editor_set_enabled (LimberMobilityEditor *self,
                                    gboolean              enabled)
{
  g_return_if_fail (LIMBER_IS_MOBILITY_EDITOR (self));

  adw_expander_row_set_enable_expansion (self->expander, enabled);
  adw_expander_row_set_expanded (self->expander, enabled);
}

/**
 * limber_mobility_editor_add_results:
 *
 * Adds the values typed to @session, nothing when the self-tests are off.
 *
 * Returns: FALSE with a LIMBER_ENTRY_ERROR_MOBILITY error when a value is not a number
 */
gboolean
limber_mobility_editor_add_results (LimberMobilityEditor  *self,
                                    LimberFasciaSession   *session,
                                    GError               **error)
{
  g_return_val_if_fail (LIMBER_IS_MOBILITY_EDITOR (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (session), FALSE);

  if (!adw_expander_row_get_enable_expansion (self->expander))
    return TRUE;

  for (guint i = 0; i < self->slots->len; i++)
    {
      const Slot *slot = &g_array_index (self->slots, Slot, i);

      for (guint which = 0; which < 2; which++)
        {
          gboolean has_value;
          double value;

          if (!read_value (slot, which, &has_value, &value, error))
            return FALSE;
          if (has_value)
            limber_fascia_session_add_result (session, slot->test->id, slot->side,
                                              which == 1, value);
        }
    }

  return TRUE;
}

/* Marks each value that is not a number or out of its test's range, and its test, for a
 * LIMBER_ENTRY_ERROR_MOBILITY error; clears the marks for any other. */
void
limber_mobility_editor_show_error (LimberMobilityEditor *self,
                                   const GError         *error)
{
  gboolean ours;
  gboolean found = FALSE;

  g_return_if_fail (LIMBER_IS_MOBILITY_EDITOR (self));

  ours = g_error_matches (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY);

  for (guint i = 0; i < self->slots->len; i++)
    gtk_widget_remove_css_class (g_array_index (self->slots, Slot, i).header, "error");

  for (guint i = 0; i < self->slots->len; i++)
    {
      const Slot *slot = &g_array_index (self->slots, Slot, i);

      for (guint which = 0; which < 2; which++)
        {
          gboolean has_value;
          double value = 0;
          gboolean bad;

          bad = ours &&
                (!read_value (slot, which, &has_value, &value, NULL) ||
                 (has_value && (value < slot->test->min_value ||
                                value > slot->test->max_value)));
          limber_editor_form_mark_field (slot->entries[which], NULL, bad ? error : NULL);
          if (bad)
            gtk_widget_add_css_class (slot->header, "error");
          found |= bad;
        }
    }

  /* The style would redden every test inside: the row itself only when no value is to
   * blame. */
  limber_editor_form_mark_field (GTK_WIDGET (self->expander), self->message_label,
                                 ours ? error : NULL);
  if (found)
    gtk_widget_remove_css_class (GTK_WIDGET (self->expander), "error");
}

/**
 * limber_mobility_editor_get_entry:
 * @side: LIMBER_SIDE_LEFT or LIMBER_SIDE_RIGHT for a test done on each side, else
 *   LIMBER_SIDE_CENTRE
 *
 * Returns: (transfer none) (nullable): the field for one value
 */
GtkWidget *
limber_mobility_editor_get_entry (LimberMobilityEditor *self,
                                  const char           *test_id,
                                  LimberSide            side,
                                  gboolean              after)
{
  Slot *slot;

  g_return_val_if_fail (LIMBER_IS_MOBILITY_EDITOR (self), NULL);

  slot = find_slot (self, test_id, side);

  return slot != NULL ? slot->entries[after ? 1 : 0] : NULL;
}
