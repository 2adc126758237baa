/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-advisor.h"
#include "limber-dismissals.h"
#include "limber-entry-text.h"
#include "limber-recommendation-card.h"
#include "limber-run.h"
#include "limber-settings.h"
#include "limber-soreness.h"
#include "limber-today-page.h"

/* The days a soreness stays "latest" on the Today page. */
#define SORENESS_DAYS 14
#define MAX_ADVICE 3

struct _LimberTodayPage
{
  AdwBin          parent_instance;

  LimberJournal  *journal;
  GSettings      *settings;
  guint           midnight_id;
  gboolean        advice_pending;   /* the advice waits for the first frame */

  GtkLabel       *date_label;
  GtkLabel       *week_label;
  GtkLabel       *distance_value;
  GtkLabel       *distance_detail;
  GtkLabel       *fascia_value;
  GtkLabel       *fascia_detail;
  GtkLevelBar    *fascia_bar;
  GtkLabel       *water_value;
  GtkLabel       *water_detail;
  GtkLevelBar    *water_bar;
  GtkLabel       *soreness_value;
  GtkLabel       *soreness_detail;
  GtkFlowBox     *stats_box;
  GtkFlowBox     *log_box;
  GtkListBox     *advice_list;
  GtkBox         *advice_box;
};

G_DEFINE_FINAL_TYPE (LimberTodayPage, limber_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_midnight (LimberTodayPage *self);

static char *
describe_day (LimberDay day,
              LimberDay today)
{
  if (day == today)
    return g_strdup (_("Today"));
  if (day + 1 == today)
    return g_strdup (_("Yesterday"));

  /* Translators: a recent day, see g_date_time_format(), e.g. "Thursday 19 November" */
  return limber_day_format (day, _("%A %e %B"));
}

static void
refresh_header (LimberTodayPage *self,
                LimberDay        today)
{
  LimberDay monday = limber_day_week_start (today);
  /* Translators: today's date as the page title, see g_date_time_format() */
  g_autofree char *date = limber_day_format (today, _("%A %e %B"));
  /* Translators: the ISO week number, see g_date_time_format() */
  g_autofree char *week = limber_day_format (today, _("Week %V"));
  /* Translators: the first day of a week, see g_date_time_format() */
  g_autofree char *first = limber_day_format (monday, _("%e %B"));
  /* Translators: the last day of a week, see g_date_time_format() */
  g_autofree char *last = limber_day_format (monday + 6, _("%e %B"));
  g_autofree char *line = NULL;

  gtk_label_set_text (self->date_label, g_strstrip (date));
  /* Translators: "Week 47 · 16 November to 22 November" */
  line = g_strdup_printf (_("%s · %s to %s"), week, g_strstrip (first), g_strstrip (last));
  gtk_label_set_text (self->week_label, line);
}

static void
refresh_week (LimberTodayPage            *self,
              LimberDay                   today,
              const LimberAdvisorOptions *options,
              LimberUnits                 units)
{
  LimberDay monday = limber_day_week_start (today);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *distance = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *detail = NULL;
  LimberWeekTotals totals = { monday, 0, };
  guint target = MAX (options->weekly_target, 1);

  weeks = limber_journal_weekly_totals (self->journal, monday, monday + 6, &error);
  if (weeks == NULL)
    g_warning ("Cannot read this week's totals: %s", error->message);
  else if (weeks->len > 0)
    totals = g_array_index (weeks, LimberWeekTotals, 0);

  distance = limber_units_format_distance (units, totals.distance);
  gtk_label_set_text (self->distance_value, distance);
  runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", totals.runs),
                          totals.runs);
  gtk_label_set_text (self->distance_detail, totals.runs > 0 ? runs : _("No run yet this week"));

  /* Translators: fascia sessions done this week against the weekly target, "2 of 3" */
  sessions = g_strdup_printf (_("%u of %u"), totals.fascia_sessions, target);
  gtk_label_set_text (self->fascia_value, sessions);
  if (totals.fascia_sessions >= target)
    detail = g_strdup_printf (_("Target reached · %u min"), (totals.fascia_seconds + 30) / 60);
  else
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more session to go",
                                           "%u more sessions to go",
                                           target - totals.fascia_sessions),
                              target - totals.fascia_sessions);
  gtk_label_set_text (self->fascia_detail, detail);
  gtk_level_bar_set_value (self->fascia_bar, MIN (1.0, (double) totals.fascia_sessions / target));
}

/* A hot run today raises the day's water target, as the advisor counts it. */
static gboolean
ran_hot_today (LimberTodayPage            *self,
               LimberDay                   today,
               const LimberAdvisorOptions *options)
{
  g_autoptr(GPtrArray) runs = limber_journal_list (self->journal, today, today,
                                                   LIMBER_ENTRY_KINDS_RUN, NULL);

  for (guint i = 0; runs != NULL && i < runs->len; i++)
    {
      LimberRun *run = g_ptr_array_index (runs, i);

      if (limber_run_has_temperature (run) &&
          limber_run_get_temperature (run) >= options->hot_run_celsius)
        return TRUE;
    }

  return FALSE;
}

static void
refresh_water (LimberTodayPage            *self,
               LimberDay                   today,
               const LimberAdvisorOptions *options)
{
  g_autoptr(GArray) days = limber_journal_daily_hydration (self->journal, today, today, NULL);
  g_autofree char *drunk = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *value = NULL;
  double volume = 0, target = options->daily_water_ml;
  gboolean hot = ran_hot_today (self, today, options);

  for (guint i = 0; days != NULL && i < days->len; i++)
    if (g_array_index (days, LimberDayHydration, i).day == today)
      volume = g_array_index (days, LimberDayHydration, i).volume;

  if (hot)
    target += options->hot_extra_ml;

  drunk = limber_units_format_volume (volume);
  goal = limber_units_format_volume (target);
  /* Translators: water drunk today against the day's target, "1.2 l of 2.0 l" */
  value = g_strdup_printf (_("%s of %s"), drunk, goal);
  gtk_label_set_text (self->water_value, value);

  if (hot)
    gtk_label_set_text (self->water_detail, _("Raised for today’s hot run"));
  else if (volume >= target)
    gtk_label_set_text (self->water_detail, _("Target reached"));
  else
    {
      g_autofree char *left = limber_units_format_volume (target - volume);
      g_autofree char *detail = g_strdup_printf (_("%s to go"), left);

      gtk_label_set_text (self->water_detail, detail);
    }

  gtk_level_bar_set_value (self->water_bar, target > 0 ? MIN (1.0, volume / target) : 0);
}

static void
refresh_soreness (LimberTodayPage *self,
                  LimberDay        today)
{
  g_autoptr(GPtrArray) entries = NULL;
  LimberEntry *latest;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  g_autofree char *detail = NULL;

  entries = limber_journal_list (self->journal, today - (SORENESS_DAYS - 1), today,
                                 LIMBER_ENTRY_KINDS_SORENESS, NULL);
  if (entries == NULL || entries->len == 0)
    {
      /* Translators: no soreness logged in the last two weeks */
      gtk_label_set_text (self->soreness_value, C_("soreness logged", "None"));
      gtk_label_set_text (self->soreness_detail, _("Nothing logged in the last two weeks"));
      return;
    }

  /* Oldest first: the last one is the latest. */
  latest = g_ptr_array_index (entries, entries->len - 1);
  title = limber_entry_format_title (latest, LIMBER_UNITS_KM);
  when = describe_day (limber_entry_get_day (latest), today);
  /* Translators: when a soreness was logged and how it felt, "Yesterday · Moderate" */
  detail = g_strdup_printf (_("%s · %s"), when,
                            limber_soreness_level_get_label (
                              limber_soreness_get_level (LIMBER_SORENESS (latest))));

  gtk_label_set_text (self->soreness_value, title);
  gtk_label_set_text (self->soreness_detail, detail);
}

static GtkWidget *
make_plan_row (LimberRecommendation *plan)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start;
  const LimberRoutineMove *moves;
  guint n_items, n_moves = 0;
  guint minutes = (limber_recommendation_get_total_seconds (plan) + 30) / 60;
  g_autofree char *subtitle = NULL;

  /* A move done on each side counts once, as on the Plan page. */
  moves = limber_recommendation_get_moves (plan, &n_items);
  for (guint i = 0; i < n_items; i++)
    if (i == 0 || moves[i].move_id != moves[i - 1].move_id)
      n_moves++;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 limber_recommendation_get_title (plan));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* Translators: the suggested routine in short on the Today page, "6 moves · 12 min" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Suggested routine: %u move · %u min",
                                           "Suggested routine: %u moves · %u min", n_moves),
                              n_moves, minutes);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("limber-fascia-symbolic"));

  if (n_moves > 0)
    {
      start = gtk_button_new_with_mnemonic (_("_Start"));
      gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (start, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-routine");
      gtk_widget_set_tooltip_text (start, _("Follow the suggested routine move by move"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
    }

  /* The whole row opens the Plan page, with the routine's moves. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.page-plan");

  return row;
}

/* The week's plan in one row, then the most serious advice as compact cards, without what
 * was dismissed. */
static void
refresh_advice (LimberTodayPage            *self,
                LimberDay                   today,
                const LimberAdvisorOptions *options,
                LimberUnits                 units)
{
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n_cards = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->advice_list))) != NULL)
    gtk_list_box_remove (self->advice_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->advice_box))) != NULL)
    gtk_box_remove (self->advice_box, child);

  advice = limber_advisor_evaluate (self->journal, options, today, &error);
  if (advice == NULL)
    {
      g_warning ("Cannot evaluate the journal: %s", error->message);
      return;
    }

  shown = limber_dismissals_filter (self->journal, advice, today, NULL, &error);
  if (shown == NULL)
    {
      g_warning ("Cannot read the dismissed advice: %s", error->message);
      shown = g_object_ref (advice);
    }

  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (advice, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        gtk_list_box_append (self->advice_list, make_plan_row (rec));
    }

  for (guint i = 0; i < g_list_model_get_n_items (shown) && n_cards < MAX_ADVICE; i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (shown, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), "weekly-plan"))
        continue;

      gtk_box_append (self->advice_box,
                      GTK_WIDGET (limber_recommendation_card_new (rec, self->journal, units,
                                                                  TRUE)));
      n_cards++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->advice_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->advice_list)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->advice_box), n_cards > 0);
}

static gboolean
on_midnight_cb (gpointer data)
{
  LimberTodayPage *self = data;

  self->midnight_id = 0;
  limber_today_page_refresh (self);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

/* The page shows "today": move on when the day does. */
static void
schedule_midnight (LimberTodayPage *self)
{
  int seconds = 86400 - limber_time_now ();

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (seconds + 1, on_midnight_cb, self);
}

static void
on_changed_cb (LimberTodayPage *self)
{
  limber_today_page_refresh (self);
}

static void
on_settings_changed_cb (LimberTodayPage *self,
                        const char      *key)
{
  if (limber_settings_key_changes_advice (key))
    limber_today_page_refresh (self);
}

/* Reads the journal into the page: the week's figures, the advice, or both. */
static void
refresh (LimberTodayPage *self,
         gboolean         figures,
         gboolean         advice)
{
  LimberDay today = limber_journal_get_today (self->journal);
  LimberUnits units = limber_settings_get_units (self->settings);
  LimberAdvisorOptions options;

  limber_settings_get_advisor_options (self->settings, &options);

  if (figures)
    {
      refresh_header (self, today);
      refresh_week (self, today, &options, units);
      refresh_water (self, today, &options);
      refresh_soreness (self, today);
    }

  if (advice)
    refresh_advice (self, today, &options, units);
  self->advice_pending = !advice;
}

/* The advice sits below the week's figures: made after the page's first frame, it keeps
 * 30 ms out of start-up. */
static void
on_first_paint_cb (GdkFrameClock   *clock,
                   LimberTodayPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);

  if (self->advice_pending)
    refresh (self, FALSE, TRUE);
}

static void
on_map_cb (LimberTodayPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (!self->advice_pending || clock == NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint_cb), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
limber_today_page_constructed (GObject *object)
{
  LimberTodayPage *self = LIMBER_TODAY_PAGE (object);

  G_OBJECT_CLASS (limber_today_page_parent_class)->constructed (object);

  g_signal_connect_object (self->journal, "changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal, "dismissals-changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);

  refresh (self, TRUE, FALSE);
  g_signal_connect_swapped (self, "map", G_CALLBACK (on_map_cb), self);

  schedule_midnight (self);
}

static void
limber_today_page_dispose (GObject *object)
{
  LimberTodayPage *self = LIMBER_TODAY_PAGE (object);

  /* The bin's child belongs to the template: let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_TODAY_PAGE);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_today_page_parent_class)->dispose (object);
}

static void
limber_today_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LimberTodayPage *self = LIMBER_TODAY_PAGE (object);

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
limber_today_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LimberTodayPage *self = LIMBER_TODAY_PAGE (object);

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
limber_today_page_class_init (LimberTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_today_page_constructed;
  object_class->dispose = limber_today_page_dispose;
  object_class->get_property = limber_today_page_get_property;
  object_class->set_property = limber_today_page_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, distance_value);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, distance_detail);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, fascia_value);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, fascia_detail);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, fascia_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, water_value);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, water_detail);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, water_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, soreness_value);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, soreness_detail);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, stats_box);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, log_box);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, advice_list);
  gtk_widget_class_bind_template_child (widget_class, LimberTodayPage, advice_box);
  /* Named so tests can press them. */
  gtk_widget_class_bind_template_child_full (widget_class, "water_250_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "water_500_button", FALSE, 0);
}

static void
unfocus_children (GtkFlowBox *box)
{
  /* The flow box only lays out: focus goes to the buttons, not their wrappers. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

static void
limber_today_page_init (LimberTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  unfocus_children (self->stats_box);
  unfocus_children (self->log_box);
}

LimberTodayPage *
limber_today_page_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_TODAY_PAGE, "journal", journal, NULL);
}

/* Reads the journal again; the page does so by itself when the journal, its dismissals or
 * the settings change, and at midnight. */
void
limber_today_page_refresh (LimberTodayPage *self)
{
  g_return_if_fail (LIMBER_IS_TODAY_PAGE (self));

  refresh (self, TRUE, TRUE);
}
