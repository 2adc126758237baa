/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-advisor.h"
#include "limber-dismissals.h"
#include "limber-plan-page-private.h"
#include "limber-recommendation-card.h"
#include "limber-settings.h"

/* The Plan page: this week's days and the fascia sessions still due, the suggested routine
 * with a Start button, the other recommendations as cards (most serious first, dismissed ones
 * hidden) and the date of the next race, which the advice about deep massage reads. The week
 * and the routine are drawn in limber-plan-page-week.c. */

G_DEFINE_FINAL_TYPE (LimberPlanPage, limber_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_midnight (LimberPlanPage *self);

static void
refresh_cards (LimberPlanPage *self,
               GListModel     *advice,
               LimberDay       today,
               LimberUnits     units)
{
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) error = NULL;
  guint n_hidden = 0;
  guint n_cards = 0;

  limber_plan_page_remove_children (GTK_WIDGET (self->cards_box));

  shown = limber_dismissals_filter (self->journal, advice, today, &n_hidden, &error);
  if (shown == NULL)
    {
      g_warning ("Cannot read the dismissed advice: %s", error->message);
      shown = g_object_ref (advice);
    }

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (shown, i);

      /* The weekly plan is the page's top half, not a card. */
      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        continue;

      gtk_box_append (self->cards_box,
                      GTK_WIDGET (limber_recommendation_card_new (rec, self->journal, units,
                                                                  FALSE)));
      n_cards++;
    }

  if (n_cards == 0)
    {
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *row = adw_action_row_new ();

      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to flag"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Your journal shows nothing that needs attention this "
                                     "week."));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      gtk_box_append (self->cards_box, list);
    }

  if (n_hidden > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u card is dismissed for now",
                                                            "%u cards are dismissed for now",
                                                            n_hidden), n_hidden);

      gtk_label_set_text (self->hidden_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hidden_box), n_hidden > 0);
}

static void
refresh_race (LimberPlanPage             *self,
              const LimberAdvisorOptions *options,
              LimberDay                   today)
{
  LimberDay race = options->next_race;
  g_autoptr(GDateTime) shown = limber_day_to_date_time (race != LIMBER_DAY_INVALID ? race : today);
  g_autofree char *label = NULL;

  if (race != LIMBER_DAY_INVALID)
    /* Translators: the date of the next race on its button, see g_date_time_format() */
    label = limber_day_format (race, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->race_button,
                             /* Translators: the race button when no race is set */
                             label != NULL ? label : C_("next race", "None"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->race_clear_button), race != LIMBER_DAY_INVALID);

  self->showing_race = TRUE;
  gtk_calendar_select_day (self->race_calendar, shown);
  self->showing_race = FALSE;
}

static void
on_race_day_selected_cb (LimberPlanPage *self,
                         GtkCalendar    *calendar)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (self->showing_race)
    return;

  date = gtk_calendar_get_date (calendar);
  iso = limber_day_to_iso (limber_day_from_date_time (date));
  g_settings_set_string (self->settings, "next-race", iso);
  gtk_menu_button_popdown (self->race_button);
}

static void
on_race_clear_clicked_cb (LimberPlanPage *self,
                          GtkButton      *button)
{
  g_settings_set_string (self->settings, "next-race", "");
  gtk_menu_button_popdown (self->race_button);
}

static void
on_show_hidden_clicked_cb (LimberPlanPage *self,
                           GtkButton      *button)
{
  g_autoptr(GError) error = NULL;

  if (!limber_dismissals_clear (self->journal, &error))
    g_warning ("Cannot bring the dismissed advice back: %s", error->message);
}

static gboolean
on_midnight_cb (gpointer data)
{
  LimberPlanPage *self = data;

  self->midnight_id = 0;
  limber_plan_page_refresh (self);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

/* The week and its advice move on with the day. */
static void
schedule_midnight (LimberPlanPage *self)
{
  int seconds = 86400 - limber_time_now ();

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (seconds + 1, on_midnight_cb, self);
}

static void
on_changed_cb (LimberPlanPage *self)
{
  limber_plan_page_refresh (self);
}

static void
on_settings_changed_cb (LimberPlanPage *self,
                        const char     *key)
{
  if (limber_settings_key_changes_advice (key))
    limber_plan_page_refresh (self);
}

static void
limber_plan_page_constructed (GObject *object)
{
  LimberPlanPage *self = LIMBER_PLAN_PAGE (object);

  G_OBJECT_CLASS (limber_plan_page_parent_class)->constructed (object);

  g_signal_connect_object (self->journal, "changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal, "dismissals-changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  limber_plan_page_refresh (self);
  schedule_midnight (self);
}

static void
limber_plan_page_dispose (GObject *object)
{
  LimberPlanPage *self = LIMBER_PLAN_PAGE (object);

  /* The bin's child belongs to the template: let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PLAN_PAGE);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_plan_page_parent_class)->dispose (object);
}

static void
limber_plan_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LimberPlanPage *self = LIMBER_PLAN_PAGE (object);

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
limber_plan_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LimberPlanPage *self = LIMBER_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_plan_page_class_init (LimberPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_plan_page_constructed;
  object_class->dispose = limber_plan_page_dispose;
  object_class->get_property = limber_plan_page_get_property;
  object_class->set_property = limber_plan_page_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, due_title);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, due_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, due_detail);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, routine_list);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, routine_note);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, start_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, hidden_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, hidden_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, race_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, race_calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberPlanPage, race_clear_button);
  /* Named so tests can press them. */
  gtk_widget_class_bind_template_child_full (widget_class, "library_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "show_hidden_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_race_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_hidden_clicked_cb);
}

static void
limber_plan_page_init (LimberPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  limber_plan_page_build_days (self);
}

LimberPlanPage *
limber_plan_page_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_PLAN_PAGE, "journal", journal, NULL);
}

/* Reads the journal again; the page does so by itself when the journal, its dismissals or
 * the settings change, and at midnight. */
void
limber_plan_page_refresh (LimberPlanPage *self)
{
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRecommendation) plan = NULL;
  LimberAdvisorOptions options;
  LimberUnits units;
  LimberDay today;

  g_return_if_fail (LIMBER_IS_PLAN_PAGE (self));

  today = limber_journal_get_today (self->journal);
  units = limber_settings_get_units (self->settings);
  limber_settings_get_advisor_options (self->settings, &options);

  advice = limber_advisor_evaluate (self->journal, &options, today, &error);
  if (advice == NULL)
    {
      g_warning ("Cannot evaluate the journal: %s", error->message);
      advice = G_LIST_MODEL (g_list_store_new (LIMBER_TYPE_RECOMMENDATION));
    }

  for (guint i = 0; plan == NULL && i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (advice, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        plan = g_steal_pointer (&rec);
    }

  limber_plan_page_refresh_week (self, today, &options, plan);
  limber_plan_page_refresh_routine (self, plan);
  refresh_cards (self, advice, today, units);
  refresh_race (self, &options, today);
}
