/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "limber-advisor-private.h"
#include "limber-moves.h"

/* The recommendation module: reads the journal as of a given day and returns what a careful
 * coach would point out, most serious first. It is pure with respect to its inputs: the
 * journal, the options and "today". The rules live in limber-advisor-pain.c, -care.c,
 * -massage.c and -load.c. */

/* Red flags first: the other rules leave the flagged zones out of their routines. */
static const LimberAdvisorRule rules[] = {
  limber_advisor_rule_red_flag,
  limber_advisor_rule_persistent_niggle,
  limber_advisor_rule_weekly_plan,
  limber_advisor_rule_missed_maintenance,
  limber_advisor_rule_after_long_run,
  limber_advisor_rule_massage_timing,
  limber_advisor_rule_professional_maintenance,
  limber_advisor_rule_hydration_low,
  limber_advisor_rule_run_spike,
  limber_advisor_rule_weekly_increase,
  limber_advisor_rule_load_context,
};

/* The baseline of a routine: lower leg, hip, foot and back, in that order; the foot comes
 * after the hip because its first move is the longest, and a shorter one can take its place. */
static const LimberZone baseline_zones[] = {
  LIMBER_ZONE_CALF,
  LIMBER_ZONE_HIP,
  LIMBER_ZONE_FOOT,
  LIMBER_ZONE_UPPER_BACK,
  LIMBER_ZONE_HAMSTRING,
  LIMBER_ZONE_LOWER_BACK,
};

static int
compare_recommendations (gconstpointer a,
                         gconstpointer b)
{
  LimberRecommendation *ra = *(LimberRecommendation **) a;
  LimberRecommendation *rb = *(LimberRecommendation **) b;
  LimberSeverity sa = limber_recommendation_get_severity (ra);
  LimberSeverity sb = limber_recommendation_get_severity (rb);
  LimberDay da = limber_recommendation_get_day (ra);
  LimberDay db = limber_recommendation_get_day (rb);

  if (sa != sb)
    return sa > sb ? -1 : 1;
  if (da != db)
    return da > db ? -1 : 1;

  return g_strcmp0 (limber_recommendation_get_rule (ra), limber_recommendation_get_rule (rb));
}

static gboolean
move_is_excluded (LimberAdvisorContext *ctx,
                  const LimberMove     *move)
{
  for (guint i = 0; i < move->n_zones; i++)
    {
      if (ctx->red_flag_day[move->zones[i]] != LIMBER_DAY_INVALID)
        return TRUE;
    }

  return FALSE;
}

/* Adds the first suitable move for @zone, done on @side (both sides for a per-side move
 * asked for "both"), if it fits under @max_seconds. Returns whether it added one. */
static gboolean
add_move_for_zone (LimberAdvisorContext *ctx,
                   LimberRecommendation *rec,
                   LimberZone            zone,
                   LimberSide            side,
                   guint                 max_seconds)
{
  g_autoptr(GPtrArray) moves = limber_moves_for_zone (zone);

  if (ctx->red_flag_day[zone] != LIMBER_DAY_INVALID)
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      const LimberMove *move = g_ptr_array_index (moves, i);
      gboolean paired = limber_zone_is_paired (zone);
      gboolean two_sides = move->per_side && paired &&
                           side != LIMBER_SIDE_LEFT && side != LIMBER_SIDE_RIGHT;
      guint cost = move->default_seconds * (two_sides ? 2 : 1);

      if (move_is_excluded (ctx, move) || limber_recommendation_has_move (rec, move->id))
        continue;
      if (limber_recommendation_get_total_seconds (rec) + cost > max_seconds)
        continue;

      if (two_sides)
        {
          limber_recommendation_add_move (rec, move->id, zone, LIMBER_SIDE_LEFT,
                                          move->default_seconds);
          limber_recommendation_add_move (rec, move->id, zone, LIMBER_SIDE_RIGHT,
                                          move->default_seconds);
        }
      else
        {
          LimberSide done_side = side;

          if (!paired)
            done_side = LIMBER_SIDE_CENTRE;
          else if (!move->per_side || side == LIMBER_SIDE_CENTRE)
            done_side = LIMBER_SIDE_BOTH;

          limber_recommendation_add_move (rec, move->id, zone, done_side, move->default_seconds);
        }

      return TRUE;
    }

  return FALSE;
}

/**
 * limber_advisor_build_routine:
 * @focus: zones to work first (sore ones), in order
 *
 * Fills @rec with moves: one for each focus zone, then the lower-leg, hip, foot and back
 * baseline (each zone with the first of its moves that still fits), then more until the
 * routine lasts at least @min_seconds, never more than @max_seconds. Moves on a zone with a
 * red flag are left out.
 */
void
limber_advisor_build_routine (LimberAdvisorContext *ctx,
                              LimberRecommendation *rec,
                              const LimberFocus    *focus,
                              guint                 n_focus,
                              guint                 min_seconds,
                              guint                 max_seconds)
{
  for (guint i = 0; i < n_focus; i++)
    add_move_for_zone (ctx, rec, focus[i].zone, focus[i].side, max_seconds);

  for (guint i = 0; i < G_N_ELEMENTS (baseline_zones); i++)
    {
      /* Lower leg, hip, foot and back are always tried; the rest only while short. */
      if (i >= 4 && limber_recommendation_get_total_seconds (rec) >= min_seconds)
        break;
      if (limber_recommendation_has_zone (rec, baseline_zones[i]))
        continue;

      add_move_for_zone (ctx, rec, baseline_zones[i], LIMBER_SIDE_BOTH, max_seconds);
    }
}

/* Puts the whole sentence @sentence after those already in @text, the way the language joins
 * sentences (a space in English). @sentence may be NULL. */
void
limber_advisor_append_sentence (GString    *text,
                                const char *sentence)
{
  g_autofree char *joined = NULL;

  if (sentence == NULL || *sentence == '\0')
    return;

  if (text->len == 0)
    {
      g_string_assign (text, sentence);
      return;
    }

  /* Translators: two whole sentences of advice, one after the other, e.g. "Your last
   * professional session was on Sat 24 Oct." and "For maintenance, a 45 to 60 minute sports
   * massage every 2 to 4 weeks keeps tissues responsive." */
  joined = g_strdup_printf (C_("two sentences", "%s %s"), text->str, sentence);
  g_string_assign (text, joined);
}

/* "Moves on the calf are left out because of …", or NULL when nothing is left out. */
char *
limber_advisor_excluded_text (LimberAdvisorContext *ctx)
{
  g_autoptr(GString) zones = g_string_new (NULL);

  for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      if (ctx->red_flag_day[zone] == LIMBER_DAY_INVALID)
        continue;

      if (zones->len > 0)
        g_string_append (zones, ", ");
      g_string_append (zones, limber_zone_get_label (zone));
    }

  if (zones->len == 0)
    return NULL;

  /* Translators: %s is a list of body zones, e.g. "Calf, Knee" */
  return g_strdup_printf (_("Moves that work these zones are left out until a professional has "
                            "looked at the pain you logged there: %s."), zones->str);
}

char *
limber_advisor_format_distance (LimberAdvisorContext *ctx,
                                double                metres)
{
  if (ctx->options->miles)
    /* Translators: a distance in miles */
    return g_strdup_printf (_("%.1f mi"), metres / 1609.344);

  /* Translators: a distance in kilometres */
  return g_strdup_printf (_("%.1f km"), metres / 1000.0);
}

/* "Sat 21 Nov" in the user's language. */
char *
limber_advisor_format_day (LimberDay day)
{
  /* Translators: a short date in advice texts, see g_date_time_format() */
  return limber_day_format (day, _("%a %-d %b"));
}

/* Running distance from @first to @last, both included. */
double
limber_advisor_distance_between (LimberAdvisorContext *ctx,
                                 LimberDay             first,
                                 LimberDay             last)
{
  double total = 0;

  for (guint i = 0; i < ctx->runs->len; i++)
    {
      LimberEntry *run = ctx->runs->pdata[i];
      LimberDay day = limber_entry_get_day (run);

      if (day >= first && day <= last)
        total += limber_run_get_distance (LIMBER_RUN (run));
    }

  return total;
}

LimberRecommendation *
limber_advisor_add (LimberAdvisorContext *ctx,
                    const char           *rule,
                    LimberSeverity        severity,
                    LimberDay             day)
{
  LimberRecommendation *rec = limber_recommendation_new (rule, severity, day);

  g_ptr_array_add (ctx->results, rec);

  return rec;
}

/* A heavy week: the last 7 days ran ≥ 1.3 × the average week of the 4 weeks before, or held
 * two or more runs at effort 8 or more. The average counts only the days the journal covers,
 * and needs two weeks of them, so that a young journal is not "heavy" by arithmetic. */
static void
find_heavy_week (LimberAdvisorContext *ctx)
{
  double recent = limber_advisor_distance_between (ctx, ctx->today - 6, ctx->today);
  LimberDay before_first = ctx->today - 34;
  double before = 0;
  guint covered = 0;
  guint hard = 0;

  if (ctx->first_day != LIMBER_DAY_INVALID)
    {
      LimberDay first = MAX (before_first, ctx->first_day);

      if (first <= ctx->today - 7)
        covered = ctx->today - 7 - first + 1;
      if (covered >= 14)
        before = limber_advisor_distance_between (ctx, first, ctx->today - 7) * 7.0 / covered;
    }

  for (guint i = 0; i < ctx->runs->len; i++)
    {
      LimberRun *run = ctx->runs->pdata[i];

      if (limber_entry_get_day (LIMBER_ENTRY (run)) >= ctx->today - 6 &&
          limber_run_get_rpe (run) >= 8)
        hard++;
    }

  if (before > 0 && recent >= 1.3 * before)
    {
      g_autofree char *recent_text = limber_advisor_format_distance (ctx, recent);
      g_autofree char *before_text = limber_advisor_format_distance (ctx, before);

      ctx->heavy = TRUE;
      /* Translators: e.g. "you ran 52.0 km in the last 7 days, 1.4 × your average week of
       * the 4 weeks before (37.1 km)" */
      ctx->heavy_reason = g_strdup_printf (_("you ran %s in the last 7 days, %.1f × your "
                                             "average week of the 4 weeks before (%s)"),
                                           recent_text, recent / before, before_text);
    }
  else if (hard >= 2)
    {
      ctx->heavy = TRUE;
      ctx->heavy_reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u run in the last 7 days was at "
                                                        "effort 8 or more",
                                                        "%u runs in the last 7 days were at "
                                                        "effort 8 or more", hard), hard);
    }
}

static void
context_clear (LimberAdvisorContext *ctx)
{
  g_clear_pointer (&ctx->entries, g_ptr_array_unref);
  g_clear_pointer (&ctx->runs, g_ptr_array_unref);
  g_clear_pointer (&ctx->soreness, g_ptr_array_unref);
  g_clear_pointer (&ctx->hydration, g_ptr_array_unref);
  g_clear_pointer (&ctx->fascia, g_ptr_array_unref);
  g_clear_pointer (&ctx->weeks, g_array_unref);
  g_clear_pointer (&ctx->results, g_ptr_array_unref);
  g_clear_pointer (&ctx->heavy_reason, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LimberAdvisorContext, context_clear)

void
limber_advisor_options_init (LimberAdvisorOptions *options)
{
  g_return_if_fail (options != NULL);

  options->weekly_target = 3;
  options->daily_water_ml = 2000.0;
  options->hot_run_celsius = 25.0;
  options->hot_extra_ml = 500.0;
  options->next_race = LIMBER_DAY_INVALID;
  options->miles = FALSE;
}

/**
 * limber_advisor_evaluate:
 * @options: (nullable): targets and settings; %NULL for the defaults
 * @today: the day to judge from; entries after it are ignored
 *
 * Returns: (transfer full): a #GListModel of #LimberRecommendation, most serious first and,
 *   within a severity, most recent first
 */
GListModel *
limber_advisor_evaluate (LimberJournal               *journal,
                         const LimberAdvisorOptions  *options,
                         LimberDay                    today,
                         GError                     **error)
{
  g_auto(LimberAdvisorContext) ctx = { 0 };
  LimberAdvisorOptions defaults;
  GListStore *store;
  LimberDay first = LIMBER_DAY_INVALID;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today > LIMBER_ADVISOR_WINDOW_DAYS + 7 * 53, NULL);

  if (options == NULL)
    {
      limber_advisor_options_init (&defaults);
      options = &defaults;
    }

  ctx.options = options;
  ctx.today = today;
  ctx.first_day = LIMBER_DAY_INVALID;
  if (limber_journal_get_day_range (journal, &first, NULL) && first <= today)
    ctx.first_day = first;

  ctx.entries = limber_journal_list (journal, today - LIMBER_ADVISOR_WINDOW_DAYS + 1, today,
                                     LIMBER_ENTRY_KINDS_ALL, error);
  if (ctx.entries == NULL)
    return NULL;

  ctx.weeks = limber_journal_weekly_totals (journal, limber_day_week_start (today) - 7 * 52,
                                            today, error);
  if (ctx.weeks == NULL)
    return NULL;

  ctx.runs = g_ptr_array_new ();
  ctx.soreness = g_ptr_array_new ();
  ctx.hydration = g_ptr_array_new ();
  ctx.fascia = g_ptr_array_new ();
  ctx.results = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ctx.entries->len; i++)
    {
      LimberEntry *entry = ctx.entries->pdata[i];
      static const gsize offsets[] = {
        G_STRUCT_OFFSET (LimberAdvisorContext, runs),
        G_STRUCT_OFFSET (LimberAdvisorContext, soreness),
        G_STRUCT_OFFSET (LimberAdvisorContext, hydration),
        G_STRUCT_OFFSET (LimberAdvisorContext, fascia),
      };

      g_ptr_array_add (G_STRUCT_MEMBER (GPtrArray *, &ctx,
                                        offsets[limber_entry_get_kind (entry)]), entry);
    }

  find_heavy_week (&ctx);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i] (&ctx);

  g_ptr_array_sort (ctx.results, compare_recommendations);

  store = g_list_store_new (LIMBER_TYPE_RECOMMENDATION);
  g_list_store_splice (store, 0, 0, ctx.results->pdata, ctx.results->len);

  return G_LIST_MODEL (store);
}

/**
 * limber_advisor_to_json:
 *
 * The recommendations as a JSON array of objects with the keys rule, severity, zone, side,
 * title, detail, source and moves (each with id and seconds); zone, side and source are null
 * when they do not apply. Zone and side use the ids of the CSV files.
 */
char *
limber_advisor_to_json (GListModel *recommendations)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (recommendations), NULL);

  json_builder_begin_array (builder);

  n = g_list_model_get_n_items (recommendations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recommendations, i);
      int zone = limber_recommendation_get_zone (rec);
      LimberSeverity severity = limber_recommendation_get_severity (rec);
      const LimberRoutineMove *moves;
      guint n_moves;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, limber_recommendation_get_rule (rec));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, limber_severity_to_id (severity));
      json_builder_set_member_name (builder, "zone");
      if (zone == LIMBER_NO_ZONE)
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, limber_zone_to_id (zone));
      json_builder_set_member_name (builder, "side");
      if (zone == LIMBER_NO_ZONE)
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder,
                                       limber_side_to_id (limber_recommendation_get_side (rec)));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, limber_recommendation_get_title (rec));
      json_builder_set_member_name (builder, "detail");
      json_builder_add_string_value (builder, limber_recommendation_get_detail (rec));
      json_builder_set_member_name (builder, "source");
      if (limber_recommendation_get_source (rec) == NULL)
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, limber_recommendation_get_source (rec));

      json_builder_set_member_name (builder, "moves");
      json_builder_begin_array (builder);
      moves = limber_recommendation_get_moves (rec, &n_moves);
      for (guint j = 0; j < n_moves; j++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, moves[j].move_id);
          json_builder_set_member_name (builder, "zone");
          json_builder_add_string_value (builder, limber_zone_to_id (moves[j].zone));
          json_builder_set_member_name (builder, "side");
          json_builder_add_string_value (builder, limber_side_to_id (moves[j].side));
          json_builder_set_member_name (builder, "seconds");
          json_builder_add_int_value (builder, moves[j].seconds);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}
