/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-advisor-private.h"

/* Rules about training load and water: single-run spikes, weekly increases, load in context
 * and days below the water target. They cite their research and never claim to prevent
 * injury. */

static gboolean
run_is_hot (LimberAdvisorContext *ctx,
            LimberRun            *run)
{
  return limber_run_has_temperature (run) &&
         limber_run_get_temperature (run) >= ctx->options->hot_run_celsius;
}

/* hydration-low: on 3 or more of the last 7 complete days that have water entries, the total
 * stayed under the day's target (raised on a day with a hot run). Silent without entries. */
void
limber_advisor_rule_hydration_low (LimberAdvisorContext *ctx)
{
  g_autoptr(GString) days_text = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  double totals[7] = { 0 };
  gboolean logged[7] = { FALSE };
  gboolean hot[7] = { FALSE };
  guint low = 0, with_entries = 0;
  LimberDay newest_low = LIMBER_DAY_INVALID;
  LimberRecommendation *rec;

  for (guint i = 0; i < ctx->hydration->len; i++)
    {
      LimberDay day = limber_entry_get_day (ctx->hydration->pdata[i]);
      int index = (int) day - (int) (ctx->today - 7);

      if (index < 0 || index > 6)
        continue;
      totals[index] += limber_hydration_get_volume (ctx->hydration->pdata[i]);
      logged[index] = TRUE;
    }

  for (guint i = 0; i < ctx->runs->len; i++)
    {
      int index = (int) limber_entry_get_day (ctx->runs->pdata[i]) - (int) (ctx->today - 7);

      if (index >= 0 && index <= 6 && run_is_hot (ctx, ctx->runs->pdata[i]))
        hot[index] = TRUE;
    }

  for (guint i = 0; i < 7; i++)
    {
      double target = ctx->options->daily_water_ml + (hot[i] ? ctx->options->hot_extra_ml : 0);
      g_autofree char *when = NULL;

      if (!logged[i])
        continue;
      with_entries++;
      if (totals[i] >= target)
        continue;

      low++;
      newest_low = ctx->today - 7 + i;
      when = limber_advisor_format_day (newest_low);
      if (days_text->len > 0)
        g_string_append (days_text, _(", "));
      /* Translators: a day's water against its target, e.g. "1.4 of 2.0 L on Mon 16 Nov" */
      g_string_append_printf (days_text, _("%.1f of %.1f L on %s"), totals[i] / 1000.0,
                              target / 1000.0, when);
    }

  if (low < 3)
    return;

  rec = limber_advisor_add (ctx, "hydration-low", LIMBER_SEVERITY_WARN, newest_low);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: days below the water target and days
                                         * with water logged, e.g. "Water below target on 3 of
                                         * 5 days" */
                                        "Water below target on %u of %u day",
                                        "Water below target on %u of %u days", with_entries),
                           low, with_entries);
  detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a number of days, the list of them and
                                          * a daily aim in litres, e.g. "… less than your target
                                          * on 3: 1.4 of 2.0 L on Mon 16 Nov, … About 2.0 L a
                                          * day …" */
                                         "On the days you logged water last week, you drank "
                                         "less than your target on %u: %s. About %.1f L a day "
                                         "is a sensible aim, a little more after a hot run. "
                                         "Drinking far beyond thirst brings no benefit, and "
                                         "during a run, drink no more than you sweat.",
                                         "On the days you logged water last week, you drank "
                                         "less than your target on %u: %s. About %.1f L a day "
                                         "is a sensible aim, a little more after a hot run. "
                                         "Drinking far beyond thirst brings no benefit, and "
                                         "during a run, drink no more than you sweat.", low),
                            low, days_text->str, ctx->options->daily_water_ml / 1000.0);
  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail);
  limber_recommendation_set_source (rec, _(SOURCE_WATER));
}

/* run-spike: the latest run of the last 7 days is more than 1.1 × the longest run of the 30
 * days before it. */
void
limber_advisor_rule_run_spike (LimberAdvisorContext *ctx)
{
  LimberRun *latest = NULL, *longest = NULL;
  LimberDay day;
  double ratio;
  double hazard;
  const char *band;
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *latest_text = NULL;
  g_autofree char *longest_text = NULL;
  g_autofree char *when = NULL;
  g_autofree char *longest_when = NULL;
  LimberRecommendation *rec;

  if (ctx->runs->len == 0)
    return;

  latest = ctx->runs->pdata[ctx->runs->len - 1];
  day = limber_entry_get_day (LIMBER_ENTRY (latest));
  if (day < ctx->today - 6)
    return;

  for (guint i = 0; i < ctx->runs->len; i++)
    {
      LimberRun *run = ctx->runs->pdata[i];
      LimberDay run_day = limber_entry_get_day (LIMBER_ENTRY (run));

      if (run_day < day - 30 || run_day >= day)
        continue;
      if (longest == NULL || limber_run_get_distance (run) > limber_run_get_distance (longest))
        longest = run;
    }

  if (longest == NULL)
    return;

  ratio = limber_run_get_distance (latest) / limber_run_get_distance (longest);
  if (ratio <= 1.1 + 1e-9)
    return;

  if (ratio <= 1.3 + 1e-9)
    {
      band = _("10–30 %");
      hazard = 1.64;
    }
  else if (ratio <= 2.0 + 1e-9)
    {
      band = _("30–100 %");
      hazard = 1.52;
    }
  else
    {
      band = _("more than 100 %");
      hazard = 2.28;
    }

  latest_text = limber_advisor_format_distance (ctx, limber_run_get_distance (latest));
  longest_text = limber_advisor_format_distance (ctx, limber_run_get_distance (longest));
  when = limber_advisor_format_day (day);
  longest_when = limber_advisor_format_day (limber_entry_get_day (LIMBER_ENTRY (longest)));

  rec = limber_advisor_add (ctx, "run-spike", LIMBER_SEVERITY_WARN, day);
  limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (latest)));
  limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (longest)));
  title = g_strdup_printf (_("A run %.0f %% longer than your recent longest"),
                           (ratio - 1.0) * 100.0);
  detail = g_strdup_printf (_("Your run on %s (%s) was %.0f %% longer than your longest run of "
                              "the 30 days before it (%s on %s). In a study of 5,205 runners, "
                              "single runs %s longer than the previous month’s longest came "
                              "with a %.2f times higher rate of overuse injuries. Give the next "
                              "days an easy feel and let your longest run grow in smaller "
                              "steps."),
                            when, latest_text, (ratio - 1.0) * 100.0, longest_text,
                            longest_when, band, hazard);
  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail);
  limber_recommendation_set_source (rec, _(SOURCE_FRANDSEN));
}

/* weekly-increase: this week's distance so far, or last week's, is more than 30 % over the
 * week before it, when that week had at least 10 km. */
void
limber_advisor_rule_weekly_increase (LimberAdvisorContext *ctx)
{
  guint n = ctx->weeks->len;

  for (guint offset = 0; offset < 2 && n >= offset + 2; offset++)
    {
      LimberWeekTotals *week = &g_array_index (ctx->weeks, LimberWeekTotals, n - 1 - offset);
      LimberWeekTotals *before = &g_array_index (ctx->weeks, LimberWeekTotals, n - 2 - offset);
      g_autofree char *week_text = NULL;
      g_autofree char *before_text = NULL;
      g_autofree char *monday = NULL;
      g_autofree char *title = NULL;
      g_autofree char *distances = NULL;
      g_autoptr(GString) detail = g_string_new (NULL);
      LimberRecommendation *rec;
      double increase;

      if (before->distance < 10000 || week->distance <= 1.3 * before->distance + 1e-6)
        continue;

      increase = (week->distance / before->distance - 1.0) * 100.0;
      week_text = limber_advisor_format_distance (ctx, week->distance);
      before_text = limber_advisor_format_distance (ctx, before->distance);
      monday = limber_advisor_format_day (week->week_start);

      rec = limber_advisor_add (ctx, "weekly-increase", LIMBER_SEVERITY_WARN,
                                MIN (week->week_start + 6, ctx->today));
      if (offset == 0)
        {
          title = g_strdup_printf (_("This week is already %.0f %% over last week"), increase);
          /* Translators: this week's distance so far and last week's, e.g. "Since Monday you
           * have run 32.0 km, against 24.0 km all of last week." */
          distances = g_strdup_printf (_("Since Monday you have run %s, against %s all of last "
                                         "week."), week_text, before_text);
        }
      else
        {
          title = g_strdup_printf (_("Last week was %.0f %% over the week before"), increase);
          /* Translators: a Monday, that week's distance and the week before's, e.g. "In the
           * week of Mon 9 Nov you ran 32.0 km, against 24.0 km the week before." */
          distances = g_strdup_printf (_("In the week of %s you ran %s, against %s the week "
                                         "before."), monday, week_text, before_text);
        }

      limber_advisor_append_sentence (detail, distances);
      /* xgettext:no-c-format */
      limber_advisor_append_sentence (detail, _("In a study of new runners, raising the weekly "
                                                "distance by more than 30 % was linked to some "
                                                "overuse injuries. The familiar “10 % a week” is "
                                                "a rule of thumb rather than a proven limit, but "
                                                "smaller steps are the safer habit."));

      limber_recommendation_set_title (rec, title);
      limber_recommendation_set_detail (rec, detail->str);
      limber_recommendation_set_source (rec, _(SOURCE_NIELSEN));
      return;
    }
}

/* load-context: acute (last 7 days) against chronic (the 21 days before) distance, and
 * monotony and strain from effort × minutes when runs carry an effort. Context only. */
void
limber_advisor_rule_load_context (LimberAdvisorContext *ctx)
{
  double acute = limber_advisor_distance_between (ctx, ctx->today - 6, ctx->today);
  double chronic = limber_advisor_distance_between (ctx, ctx->today - 27, ctx->today - 7) / 3.0;
  double daily[7] = { 0 };
  gboolean has_rpe = FALSE;
  g_autofree char *acute_text = NULL;
  g_autofree char *chronic_text = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  LimberRecommendation *rec;
  double ratio;

  if (chronic <= 0 || ctx->first_day == LIMBER_DAY_INVALID || ctx->first_day > ctx->today - 27)
    return;

  for (guint i = 0; i < ctx->runs->len; i++)
    {
      LimberRun *run = ctx->runs->pdata[i];
      int index = (int) limber_entry_get_day (LIMBER_ENTRY (run)) - (int) (ctx->today - 6);

      if (index < 0 || index > 6 || limber_run_get_rpe (run) == LIMBER_RPE_UNSET)
        continue;
      daily[index] += limber_run_get_rpe (run) * limber_run_get_duration (run) / 60.0;
      has_rpe = TRUE;
    }

  ratio = acute / chronic;
  acute_text = limber_advisor_format_distance (ctx, acute);
  chronic_text = limber_advisor_format_distance (ctx, chronic);

  rec = limber_advisor_add (ctx, "load-context", LIMBER_SEVERITY_INFO, ctx->today);
  limber_recommendation_set_title (rec, _("Training load in context"));
  g_string_append_printf (detail, _("Last 7 days: %s; the 21 days before averaged %s a week, a "
                                    "ratio of %.2f."), acute_text, chronic_text, ratio);

  if (has_rpe)
    {
      double sum = 0, mean, var = 0, sd;

      for (guint i = 0; i < 7; i++)
        sum += daily[i];
      mean = sum / 7.0;
      for (guint i = 0; i < 7; i++)
        var += (daily[i] - mean) * (daily[i] - mean);
      sd = sqrt (var / 7.0);

      g_string_append_c (detail, ' ');
      if (sd > 0)
        g_string_append_printf (detail, _("Session load (effort × minutes) was %.0f this week, "
                                          "with a monotony of %.1f and a strain of %.0f; a "
                                          "monotony above 2 means days that are too alike."),
                                sum, mean / sd, sum * mean / sd);
      else
        g_string_append_printf (detail, _("Session load (effort × minutes) was %.0f this "
                                          "week."), sum);
    }

  g_string_append_c (detail, ' ');
  g_string_append (detail, _("These numbers describe your training; they do not predict "
                             "injury, and studies of runners found no warning value in the "
                             "ratio on its own."));

  limber_recommendation_set_detail (rec, detail->str);
  limber_recommendation_set_source (rec, _(SOURCE_LOAD));
}
