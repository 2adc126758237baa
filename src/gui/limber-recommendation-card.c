/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-recommendation-card"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-dismissals.h"
#include "limber-entry-text.h"
#include "limber-recommendation-card.h"

/* One recommendation as a card: an icon by severity, the title and detail, a "Why?" section
 * with what the rule looks for, the entries it used (each opens its editor) and the source,
 * and a button that dismisses it for a week through the window's win.dismiss-advice action.
 * The compact form, for the Today page, keeps the title, a few lines of detail and a small
 * dismiss button. */
struct _LimberRecommendationCard
{
  AdwBin                 parent_instance;

  LimberRecommendation  *rec;
  gboolean               compact;

  GtkBox                *card_box;
  GtkImage              *icon;
  GtkLabel              *title_label;
  GtkLabel              *detail_label;
  GtkButton             *close_button;
  GtkBox                *actions_box;
  GtkToggleButton       *why_button;
  GtkButton             *dismiss_button;
  GtkRevealer           *why_revealer;
  GtkLabel              *rule_label;
  GtkBox                *entries_box;
  GtkListBox            *entries_list;
  GtkLabel              *source_label;
};

G_DEFINE_FINAL_TYPE (LimberRecommendationCard, limber_recommendation_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RECOMMENDATION,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each rule looks for, in plain words with its thresholds. */
static const struct {
  const char *rule;
  const char *text;
} rule_texts[] = {
  { "red-flag",
    N_("Limber looks at the soreness of the last 14 days for sharp pain, numbness or tingling, "
       "pain that limits walking and pain that disturbs sleep.") },
  { "persistent-niggle",
    N_("Limber looks for a zone at 4/10 or more on 3 or more of the last 10 days, spread over "
       "at least 6 days and not 2 points better since, or for a rise of 2 points or more "
       "within 7 days.") },
  { "weekly-plan",
    N_("Limber counts this week’s fascia sessions against your weekly target and builds the "
       "routine from what was sore in the last 7 days.") },
  { "missed-maintenance",
    N_("Limber counts the fascia sessions of each of the last 4 complete weeks against your "
       "weekly target.") },
  { "after-long-run",
    N_("Limber looks for a long run in the last 3 days (logged as long, 90 minutes or more, "
       "or 1.5 times your median run of the 4 weeks before) with no fascia session in the 24 "
       "hours after it.") },
  { "massage-timing",
    N_("Limber looks for a race or a run at effort 8 or more in the last 4 days, and at the "
       "date of your next race.") },
  { "professional-maintenance",
    N_("Limber looks for a professional session in the last 4 weeks, or the last 2 in a "
       "heavy block.") },
  { "hydration-low",
    N_("Limber compares each of the last 7 days with water logged against your daily target, "
       "raised on days with a hot run, and speaks up when 3 or more fall short.") },
  { "run-spike",
    /* xgettext:no-c-format */
    N_("Limber compares your latest run of the last 7 days with the longest run of the 30 "
       "days before it, and speaks up when it is more than 10 % longer.") },
  { "weekly-increase",
    /* xgettext:no-c-format */
    N_("Limber compares this week’s or last week’s distance with the week before, when that "
       "week had 10 km or more, and speaks up above 30 % more.") },
  { "load-context",
    N_("Limber compares the distance of the last 7 days with the average week of the 21 days "
       "before, and effort × minutes when your runs carry an effort.") },
};

static const char *
rule_text (const char *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_texts); i++)
    {
      if (g_str_equal (rule_texts[i].rule, rule))
        return _(rule_texts[i].text);
    }

  return NULL;
}

static const char *
severity_icon (LimberSeverity severity)
{
  switch (severity)
    {
    case LIMBER_SEVERITY_PHYSIO:
      return "emblem-important-symbolic";
    case LIMBER_SEVERITY_WARN:
      return "dialog-warning-symbolic";
    case LIMBER_SEVERITY_SUGGEST:
      return "limber-fascia-symbolic";
    case LIMBER_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_label (LimberSeverity severity)
{
  switch (severity)
    {
    case LIMBER_SEVERITY_PHYSIO:
      return _("See a professional");
    case LIMBER_SEVERITY_WARN:
      return _("Take care");
    case LIMBER_SEVERITY_SUGGEST:
      return _("Suggestion");
    case LIMBER_SEVERITY_INFO:
    default:
      return _("For your information");
    }
}

static GtkWidget *
make_entry_row (LimberEntry *entry,
                LimberUnits  units)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *title = limber_entry_format_title (entry, units);
  /* Translators: the day of an entry behind a piece of advice, see g_date_time_format() */
  g_autofree char *day = limber_day_format (limber_entry_get_day (entry), _("%a %-d %b"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);

  icon = gtk_image_new_from_icon_name (
    limber_entry_kind_get_icon_name (limber_entry_get_kind (entry)));
  gtk_widget_add_css_class (icon, "limber-entry-icon");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.edit-entry");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", limber_entry_get_uuid (entry));
  gtk_widget_set_tooltip_text (row, _("Open this entry"));

  return row;
}

static void
fill_entries (LimberRecommendationCard *self,
              LimberJournal            *journal,
              LimberUnits               units)
{
  const char * const *uuids = limber_recommendation_get_entries (self->rec);
  guint n = 0;

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      g_autoptr(LimberEntry) entry = limber_journal_get (journal, uuids[i], NULL);

      /* Gone since the advice was worked out: the next refresh drops it. */
      if (entry == NULL)
        continue;

      gtk_list_box_append (self->entries_list, make_entry_row (entry, units));
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->entries_box), n > 0);
}

static void
set_dismiss_action (LimberRecommendationCard *self,
                    GtkActionable            *button)
{
  g_autofree char *fingerprint = limber_dismissals_fingerprint (self->rec);
  int zone = limber_recommendation_get_zone (self->rec);
  const char *zone_id = "";
  const char *side_id = "";

  if (zone != LIMBER_NO_ZONE)
    {
      zone_id = limber_zone_to_id (zone);
      side_id = limber_side_to_id (limber_recommendation_get_side (self->rec));
    }

  gtk_actionable_set_action_name (button, "win.dismiss-advice");
  gtk_actionable_set_action_target (button, "(ssss)", fingerprint,
                                    limber_recommendation_get_rule (self->rec),
                                    zone_id, side_id);
}

static void
show_recommendation (LimberRecommendationCard *self,
                     LimberJournal            *journal,
                     LimberUnits               units)
{
  LimberSeverity severity = limber_recommendation_get_severity (self->rec);
  const char *rule = rule_text (limber_recommendation_get_rule (self->rec));
  const char *source = limber_recommendation_get_source (self->rec);

  gtk_image_set_from_icon_name (self->icon, severity_icon (severity));
  gtk_widget_add_css_class (GTK_WIDGET (self->card_box), limber_severity_to_id (severity));
  gtk_label_set_text (self->title_label, limber_recommendation_get_title (self->rec));
  gtk_label_set_text (self->detail_label, limber_recommendation_get_detail (self->rec));

  /* The icon's meaning, for screen readers and on hover. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, severity_label (severity), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->icon), severity_label (severity));

  if (self->compact)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->card_box), "compact");
      gtk_label_set_lines (self->detail_label, 2);
      gtk_label_set_ellipsize (self->detail_label, PANGO_ELLIPSIZE_END);
      gtk_widget_set_visible (GTK_WIDGET (self->close_button), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->actions_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->why_revealer), FALSE);
      set_dismiss_action (self, GTK_ACTIONABLE (self->close_button));
      return;
    }

  set_dismiss_action (self, GTK_ACTIONABLE (self->dismiss_button));

  gtk_label_set_text (self->rule_label, rule);
  gtk_widget_set_visible (GTK_WIDGET (self->rule_label), rule != NULL);

  if (source != NULL)
    {
      /* Translators: the research a piece of advice rests on */
      g_autofree char *text = g_strdup_printf (_("Source: %s"), source);

      gtk_label_set_text (self->source_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);

  fill_entries (self, journal, units);
}

static void
on_why_button_toggled_cb (LimberRecommendationCard *self,
                          GtkToggleButton          *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED,
                               gtk_toggle_button_get_active (button), -1);
}

static void
limber_recommendation_card_dispose (GObject *object)
{
  LimberRecommendationCard *self = LIMBER_RECOMMENDATION_CARD (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_RECOMMENDATION_CARD);
  g_clear_object (&self->rec);

  G_OBJECT_CLASS (limber_recommendation_card_parent_class)->dispose (object);
}

static void
limber_recommendation_card_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LimberRecommendationCard *self = LIMBER_RECOMMENDATION_CARD (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      g_value_set_object (value, self->rec);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_recommendation_card_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LimberRecommendationCard *self = LIMBER_RECOMMENDATION_CARD (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      g_assert (self->rec == NULL);
      self->rec = g_value_dup_object (value);
      break;

    case PROP_COMPACT:
      self->compact = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_recommendation_card_class_init (LimberRecommendationCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_recommendation_card_dispose;
  object_class->get_property = limber_recommendation_card_get_property;
  object_class->set_property = limber_recommendation_card_set_property;

  properties[PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL,
                         LIMBER_TYPE_RECOMMENDATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-recommendation-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, card_box);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, icon);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, close_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, actions_box);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, why_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, why_revealer);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, rule_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, entries_box);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, entries_list);
  gtk_widget_class_bind_template_child (widget_class, LimberRecommendationCard, source_label);
  gtk_widget_class_bind_template_callback (widget_class, on_why_button_toggled_cb);
}

static void
limber_recommendation_card_init (LimberRecommendationCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * limber_recommendation_card_new:
 * @rec: the recommendation to show
 * @journal: the journal its entries are read from
 * @units: the units of the entries' titles
 * @compact: the short form, without the "Why?" section
 *
 * Returns: (transfer floating): a new card
 */
LimberRecommendationCard *
limber_recommendation_card_new (LimberRecommendation *rec,
                                LimberJournal        *journal,
                                LimberUnits           units,
                                gboolean              compact)
{
  LimberRecommendationCard *self;

  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (rec), NULL);
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  self = g_object_new (LIMBER_TYPE_RECOMMENDATION_CARD,
                       "recommendation", rec,
                       "compact", compact,
                       NULL);
  show_recommendation (self, journal, units);

  return self;
}

LimberRecommendation *
limber_recommendation_card_get_recommendation (LimberRecommendationCard *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION_CARD (self), NULL);

  return self->rec;
}

gboolean
limber_recommendation_card_get_compact (LimberRecommendationCard *self)
{
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION_CARD (self), FALSE);

  return self->compact;
}
