/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-advisor-private.h"

/* Rules about fascia care: the weekly plan, missed weeks and care after long runs. Deep and
 * professional work is in limber-advisor-massage.c. */

static guint
fascia_sessions_between (LimberAdvisorContext *ctx,
                         LimberDay             first,
                         LimberDay             last)
{
  guint n = 0;

  for (guint i = 0; i < ctx->fascia->len; i++)
    {
      LimberDay day = limber_entry_get_day (ctx->fascia->pdata[i]);

      if (day >= first && day <= last)
        n++;
    }

  return n;
}

/* weekly-plan: this week's routine (sore zones first, then a balanced baseline), and how
 * many sessions are still due against the weekly target; daily short sessions in a heavy
 * week. */
void
limber_advisor_rule_weekly_plan (LimberAdvisorContext *ctx)
{
  g_autoptr(GArray) focus = g_array_new (FALSE, FALSE, sizeof (LimberFocus));
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autoptr(GString) sore_list = g_string_new (NULL);
  g_autofree char *excluded = NULL;
  g_autofree char *title = NULL;
  LimberDay monday = limber_day_week_start (ctx->today);
  guint done = fascia_sessions_between (ctx, monday, ctx->today);
  guint days_left = 7 - limber_day_weekday (ctx->today);
  gboolean today_done = fascia_sessions_between (ctx, ctx->today, ctx->today) > 0;
  guint target = ctx->options->weekly_target;
  guint due;
  int best[LIMBER_N_ZONES][LIMBER_N_SIDES];
  LimberRecommendation *rec;

  /* Zones sore at 3/10 or more in the last 7 days, the most sore first. */
  for (guint z = 0; z < LIMBER_N_ZONES; z++)
    for (guint s = 0; s < LIMBER_N_SIDES; s++)
      best[z][s] = -1;

  for (guint i = 0; i < ctx->soreness->len; i++)
    {
      LimberSoreness *s = ctx->soreness->pdata[i];
      int level = limber_soreness_get_level (s);

      if (limber_entry_get_day (LIMBER_ENTRY (s)) < ctx->today - 6 || level < 3)
        continue;

      best[limber_soreness_get_zone (s)][limber_soreness_get_side (s)] =
        MAX (best[limber_soreness_get_zone (s)][limber_soreness_get_side (s)], level);
    }

  for (int level = 10; level >= 3; level--)
    for (guint z = 0; z < LIMBER_N_ZONES; z++)
      for (guint s = 0; s < LIMBER_N_SIDES; s++)
        {
          g_autofree char *where = NULL;
          LimberFocus f = { z, s };

          if (best[z][s] != level || ctx->red_flag_day[z] != LIMBER_DAY_INVALID)
            continue;

          g_array_append_val (focus, f);
          where = limber_zone_side_describe (z, s);
          if (sore_list->len > 0)
            g_string_append (sore_list, _(", "));
          /* Translators: a zone and its highest soreness, e.g. "Calf (left) 5/10" */
          g_string_append_printf (sore_list, _("%s %d/10"), where, level);
        }

  if (ctx->heavy)
    due = days_left - (today_done ? 1 : 0);
  else
    due = target > done ? MIN (target - done, days_left) : 0;

  rec = limber_advisor_add (ctx, "weekly-plan", LIMBER_SEVERITY_SUGGEST, ctx->today);
  limber_advisor_build_routine (ctx, rec, (LimberFocus *) (gpointer) focus->data, focus->len,
                                ctx->heavy ? 480 : 600, ctx->heavy ? 660 : 900);

  if (ctx->heavy && due == 0)
    title = g_strdup (_("Heavy week: today’s short session is done"));
  else if (ctx->heavy && !today_done)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Heavy week: a short session today",
                                          "Heavy week: a short session each day, %u to go",
                                          due), due);
  else if (ctx->heavy)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Heavy week: one more short session, tomorrow",
                                          "Heavy week: a short session each day, %u more after "
                                          "today", due), due);
  else if (due == 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: sessions done and the weekly target */
                                          "Weekly fascia target reached: %u of %u session",
                                          "Weekly fascia target reached: %u of %u sessions",
                                          target), done, target);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "This week: %u more fascia session",
                                          "This week: %u more fascia sessions", due), due);
  limber_recommendation_set_title (rec, title);

  g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                               "%u session done since Monday; your target is "
                                               "%u a week.",
                                               "%u sessions done since Monday; your target is "
                                               "%u a week.", done), done, target);
  if (ctx->heavy)
    {
      g_autofree char *heavy = NULL;

      /* Translators: %s says why the week is heavy, e.g. "2 runs in the last 7 days were at
       * effort 8 or more" */
      heavy = g_strdup_printf (_("This is a heavy week (%s): short daily sessions suit it "
                                 "better than a few long ones."), ctx->heavy_reason);
      limber_advisor_append_sentence (detail, heavy);
    }
  if (sore_list->len > 0)
    {
      g_autofree char *sore = NULL;

      /* Translators: %s is a list of zones, e.g. "Calf (left) 5/10, Foot (right) 3/10" */
      sore = g_strdup_printf (_("The routine starts with what was sore in the last 7 days: %s."),
                              sore_list->str);
      limber_advisor_append_sentence (detail, sore);
    }
  {
    guint minutes = (limber_recommendation_get_total_seconds (rec) + 30) / 60;
    g_autofree char *length = NULL;

    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "It takes about %u minute: slow, steady pressure, "
                                           "relaxed breathing. Rolling is a comfort and mobility "
                                           "habit; it does not stop injuries on its own.",
                                           "It takes about %u minutes: slow, steady pressure, "
                                           "relaxed breathing. Rolling is a comfort and mobility "
                                           "habit; it does not stop injuries on its own.",
                                           minutes), minutes);
    limber_advisor_append_sentence (detail, length);
  }

  excluded = limber_advisor_excluded_text (ctx);
  limber_advisor_append_sentence (detail, excluded);

  limber_recommendation_set_detail (rec, detail->str);
  limber_recommendation_set_source (rec, _(SOURCE_ROLLING));
}

/* missed-maintenance: completed weeks of the last 4 with fewer sessions than the target.
 * Weeks before the journal's first entry do not count. */
void
limber_advisor_rule_missed_maintenance (LimberAdvisorContext *ctx)
{
  g_autoptr(GString) weeks_text = g_string_new (NULL);
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *streak_text = NULL;
  guint target = ctx->options->weekly_target;
  guint n_weeks = ctx->weeks->len;
  guint missed = 0, counted = 0, streak = 0;
  LimberDay newest_missed = LIMBER_DAY_INVALID;
  LimberRecommendation *rec;

  if (ctx->first_day == LIMBER_DAY_INVALID || n_weeks < 2)
    return;

  /* The last element is the current week; the four before it are complete. */
  for (guint i = n_weeks - 1; i-- > n_weeks - 5 && i < n_weeks;)
    {
      LimberWeekTotals *w = &g_array_index (ctx->weeks, LimberWeekTotals, i);
      g_autofree char *monday = NULL;

      if (w->week_start < ctx->first_day)
        break;

      counted++;
      if (w->fascia_sessions >= target)
        continue;

      missed++;
      if (newest_missed == LIMBER_DAY_INVALID)
        newest_missed = w->week_start + 6;
      monday = limber_advisor_format_day (w->week_start);
      if (weeks_text->len > 0)
        g_string_append (weeks_text, _(", "));
      /* Translators: sessions in the week starting on a day, e.g. "1 in the week of Mon 9 Nov" */
      g_string_append_printf (weeks_text, _("%u in the week of %s"), w->fascia_sessions, monday);
    }

  if (missed == 0)
    return;

  /* The streak: complete weeks in a row, up to last week, that met the target. */
  for (guint i = n_weeks - 1; i-- > 0;)
    {
      LimberWeekTotals *w = &g_array_index (ctx->weeks, LimberWeekTotals, i);

      if (w->week_start < ctx->first_day || w->fascia_sessions < target)
        break;
      streak++;
    }

  rec = limber_advisor_add (ctx, "missed-maintenance", LIMBER_SEVERITY_WARN, newest_missed);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Fascia work fell short in %u of the last %u weeks",
                                        "Fascia work fell short in %u of the last %u weeks",
                                        missed), missed, counted);
  if (streak == 0)
    streak_text = g_strdup (_("Your current streak of weeks on target is 0: this week is a good "
                              "one to start a new one."));
  else
    streak_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Your current streak is %u week on target.",
                                                "Your current streak is %u weeks on target.",
                                                streak), streak);
  target_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %s is a list of weeks, e.g. "1 in
                                               * the week of Mon 9 Nov, 0 in the week of Mon 16
                                               * Nov" */
                                              "Your target is %u session a week; you did %s.",
                                              "Your target is %u sessions a week; you did %s.",
                                              target),
                                 target, weeks_text->str);
  limber_advisor_append_sentence (detail, target_text);
  limber_advisor_append_sentence (detail, streak_text);
  limber_advisor_append_sentence (detail, _("Regular short sessions do more than an occasional "
                                            "long one."));
  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail->str);
}

static double
median (GArray *values)
{
  guint n = values->len;
  double *v = (double *) (gpointer) values->data;

  if (n == 0)
    return 0;

  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
      }

  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Minutes since the day the journal counts from, for "within 24 hours" checks; an unknown
 * time of day counts as the middle of the day. */
static gint64
entry_minute (LimberEntry *entry)
{
  int time = limber_entry_get_time (entry);

  return (gint64) limber_entry_get_day (entry) * 1440 + (time >= 0 ? time / 60 : 720);
}

/* Why a run counts as long, for the advice's first sentence. */
typedef enum
{
  LONG_RUN_LOGGED,
  LONG_RUN_MINUTES,
  LONG_RUN_MEDIAN,
} LongRunReason;

typedef struct
{
  LongRunReason reason;
  guint         minutes;   /* LONG_RUN_MINUTES */
  double        ratio;     /* LONG_RUN_MEDIAN: the run against the median */
  char         *median;    /* LONG_RUN_MEDIAN: the median, as a distance */
} LongRunWhy;

/* "Your run of 21.1 km on Sun 15 Nov (95 minutes) has had no fascia session since.": one
 * whole sentence for each reason, so that a translation can word each its own way. @recent:
 * the run's 24 hours are not over yet. */
static char *
describe_long_run (const char       *distance,
                   const char       *when,
                   const LongRunWhy *why,
                   gboolean          recent)
{
  switch (why->reason)
    {
    case LONG_RUN_LOGGED:
      if (recent)
        /* Translators: a distance and a day, e.g. "Your run of 21.1 km on Sun 15 Nov (logged
         * as a long run) has had no fascia session since." */
        return g_strdup_printf (_("Your run of %s on %s (logged as a long run) has had no "
                                  "fascia session since."), distance, when);
      /* Translators: a distance and a day, e.g. "Your run of 21.1 km on Sun 15 Nov (logged as a
       * long run) had no fascia session in the 24 hours after it." */
      return g_strdup_printf (_("Your run of %s on %s (logged as a long run) had no fascia "
                                "session in the 24 hours after it."), distance, when);

    case LONG_RUN_MINUTES:
      if (recent)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: a distance, a day and the run's
                                              * minutes, e.g. "Your run of 16.0 km on Sun 15
                                              * Nov (95 minutes) has had no fascia session
                                              * since." */
                                             "Your run of %s on %s (%u minute) has had no "
                                             "fascia session since.",
                                             "Your run of %s on %s (%u minutes) has had no "
                                             "fascia session since.", why->minutes),
                                distance, when, why->minutes);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a distance, a day and the run's
                                            * minutes, e.g. "Your run of 16.0 km on Sun 15 Nov
                                            * (95 minutes) had no fascia session in the 24 hours
                                            * after it." */
                                           "Your run of %s on %s (%u minute) had no fascia "
                                           "session in the 24 hours after it.",
                                           "Your run of %s on %s (%u minutes) had no fascia "
                                           "session in the 24 hours after it.", why->minutes),
                              distance, when, why->minutes);

    case LONG_RUN_MEDIAN:
      if (recent)
        /* Translators: a distance, a day, a ratio and a distance, e.g. "Your run of 15.0 km on
         * Sun 15 Nov (1.6 × your median run of the 28 days before (9.8 km)) has had no fascia
         * session since." */
        return g_strdup_printf (_("Your run of %s on %s (%.1f × your median run of the 28 days "
                                  "before (%s)) has had no fascia session since."),
                                distance, when, why->ratio, why->median);
      /* Translators: a distance, a day, a ratio and a distance, e.g. "Your run of 15.0 km on
       * Sun 15 Nov (1.6 × your median run of the 28 days before (9.8 km)) had no fascia
       * session in the 24 hours after it." */
      return g_strdup_printf (_("Your run of %s on %s (%.1f × your median run of the 28 days "
                                "before (%s)) had no fascia session in the 24 hours after it."),
                              distance, when, why->ratio, why->median);

    default:
      g_assert_not_reached ();
    }
}

/* after-long-run: a long run (kind long, 90 minutes or more, or 1.5 × the median run of the
 * 28 days before it) in the last 7 days with no fascia session in the 24 hours after it. */
void
limber_advisor_rule_after_long_run (LimberAdvisorContext *ctx)
{
  LimberRun *long_run = NULL;
  LongRunWhy why = { 0 };
  g_autofree char *median_text = NULL;

  for (guint i = ctx->runs->len; i-- > 0 && long_run == NULL;)
    {
      LimberRun *run = ctx->runs->pdata[i];
      LimberDay day = limber_entry_get_day (LIMBER_ENTRY (run));
      g_autoptr(GArray) previous = NULL;
      double med;

      /* Only a run recent enough for the advice to be still timely. */
      if (day < ctx->today - 2)
        break;

      if (limber_run_get_run_kind (run) == LIMBER_RUN_LONG)
        {
          long_run = run;
          why.reason = LONG_RUN_LOGGED;
          break;
        }

      if (limber_run_get_duration (run) >= LIMBER_LONG_RUN_SECONDS)
        {
          long_run = run;
          why.reason = LONG_RUN_MINUTES;
          why.minutes = (guint) rint (limber_run_get_duration (run) / 60.0);
          break;
        }

      previous = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint j = 0; j < ctx->runs->len; j++)
        {
          LimberRun *other = ctx->runs->pdata[j];
          LimberDay other_day = limber_entry_get_day (LIMBER_ENTRY (other));
          double distance = limber_run_get_distance (other);

          if (other_day >= day - LIMBER_LONG_RUN_MEDIAN_DAYS && other_day < day)
            g_array_append_val (previous, distance);
        }

      med = median (previous);
      if (med > 0 && limber_run_get_distance (run) >= LIMBER_LONG_RUN_MEDIAN_FACTOR * med)
        {
          long_run = run;
          median_text = limber_advisor_format_distance (ctx, med);
          why.reason = LONG_RUN_MEDIAN;
          why.ratio = limber_run_get_distance (run) / med;
          why.median = median_text;
        }
    }

  if (long_run == NULL)
    return;

  {
    gint64 start = entry_minute (LIMBER_ENTRY (long_run));
    LimberDay run_day = limber_entry_get_day (LIMBER_ENTRY (long_run));
    g_autofree char *when = limber_advisor_format_day (run_day);
    g_autofree char *distance = limber_advisor_format_distance (ctx,
                                                                limber_run_get_distance (long_run));
    g_autofree char *title = NULL;
    g_autofree char *first = NULL;
    g_autofree char *second = NULL;
    g_autofree char *excluded = NULL;
    g_autoptr(GString) detail = g_string_new (NULL);
    LimberRecommendation *rec;
    LimberFocus focus[] = {
      { LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_FOOT, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH },
    };
    guint minutes;
    /* Today's and yesterday's runs are still inside their 24 hours (times may be unknown). */
    gboolean recent = run_day >= ctx->today - 1;

    for (guint i = 0; i < ctx->fascia->len; i++)
      {
        gint64 minute = entry_minute (ctx->fascia->pdata[i]);

        if (minute >= start && minute <= start + 24 * 60)
          return;
      }

    rec = limber_advisor_add (ctx, "after-long-run", LIMBER_SEVERITY_SUGGEST, run_day);
    limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (long_run)));
    limber_advisor_build_routine (ctx, rec, focus, G_N_ELEMENTS (focus), 600, 900);
    minutes = (limber_recommendation_get_total_seconds (rec) + 30) / 60;

    /* Translators: %s is the day of the run, e.g. "After your long run of Sun 15 Nov" */
    title = g_strdup_printf (_("After your long run of %s"), when);
    first = describe_long_run (distance, when, &why, recent);
    if (recent)
      second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "About %u minute on the calves, feet, hamstrings "
                                             "and hips, slow and gentle, within a day of it is a "
                                             "good way to close a long run.",
                                             "About %u minutes on the calves, feet, hamstrings "
                                             "and hips, slow and gentle, within a day of it is a "
                                             "good way to close a long run.", minutes),
                                minutes);
    else
      second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "About %u minute on the calves, feet, hamstrings "
                                             "and hips, slow and gentle, still helps, and after "
                                             "the next long run it fits best within a day.",
                                             "About %u minutes on the calves, feet, hamstrings "
                                             "and hips, slow and gentle, still helps, and after "
                                             "the next long run it fits best within a day.",
                                             minutes),
                                minutes);
    excluded = limber_advisor_excluded_text (ctx);

    limber_advisor_append_sentence (detail, first);
    limber_advisor_append_sentence (detail, second);
    limber_advisor_append_sentence (detail, excluded);
    limber_recommendation_set_title (rec, title);
    limber_recommendation_set_detail (rec, detail->str);
    limber_recommendation_set_source (rec, _(SOURCE_ROLLING));
  }
}
