/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-advisor-private.h"

/* The rules of the recommendation module. Each reads the context and adds what it finds.
 * Texts say what was seen, with the numbers and dates; they never name a diagnosis and never
 * promise to prevent injury. Thresholds follow ../shared/domain.md. */

#define SOURCE_FRANDSEN N_("Frandsen et al. 2025, Br J Sports Med")
#define SOURCE_NIELSEN N_("Nielsen et al. 2014, J Orthop Sports Phys Ther")
#define SOURCE_PAIN N_("Silbernagel et al. 2007 (pain-monitoring model); Farrar et al. 2001")
#define SOURCE_LOAD N_("Gabbett 2016; Foster 1998; Impellizzeri et al. 2020")
#define SOURCE_WATER N_("EFSA 2010 (adequate water intake); ACSM 2007 (fluid replacement)")
#define SOURCE_ROLLING N_("Wiewelhove et al. 2019; Konrad et al. 2022 (foam rolling)")

static char *
day_text (LimberDay day)
{
  return limber_advisor_format_day (day);
}

static char *
zone_side_text (LimberZone zone,
                LimberSide side)
{
  return limber_zone_side_describe (zone, side);
}

static gboolean
run_is_hot (LimberAdvisorContext *ctx,
            LimberRun            *run)
{
  return limber_run_has_temperature (run) &&
         limber_run_get_temperature (run) >= ctx->options->hot_run_celsius;
}

/* red-flag: sharp pain, numbness or tingling, pain that limits walking or disturbs sleep in
 * the last 14 days. The newest such entry of each zone and side raises one flag, and moves on
 * that zone leave every suggested routine. */
void
limber_advisor_rule_red_flag (LimberAdvisorContext *ctx)
{
  LimberSoreness *newest[LIMBER_N_ZONES][LIMBER_N_SIDES] = { { NULL } };

  for (guint i = 0; i < ctx->soreness->len; i++)
    {
      LimberSoreness *s = ctx->soreness->pdata[i];
      LimberQuality quality = limber_soreness_get_quality (s);

      if (limber_entry_get_day (LIMBER_ENTRY (s)) < ctx->today - 13)
        continue;

      if (quality == LIMBER_QUALITY_SHARP || quality == LIMBER_QUALITY_NUMBNESS ||
          limber_soreness_get_limits_walking (s) || limber_soreness_get_disturbs_sleep (s))
        newest[limber_soreness_get_zone (s)][limber_soreness_get_side (s)] = s;
    }

  for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
    for (guint side = 0; side < LIMBER_N_SIDES; side++)
      {
        LimberSoreness *s = newest[zone][side];
        g_autoptr(GPtrArray) signs = NULL;
        g_autofree char *where = NULL;
        g_autofree char *when = NULL;
        g_autofree char *signs_text = NULL;
        LimberRecommendation *rec;
        LimberDay day;

        if (s == NULL)
          continue;

        day = limber_entry_get_day (LIMBER_ENTRY (s));
        if (ctx->red_flag_day[zone] < day)
          ctx->red_flag_day[zone] = day;

        signs = g_ptr_array_new ();
        if (limber_soreness_get_quality (s) == LIMBER_QUALITY_SHARP)
          g_ptr_array_add (signs, _("sharp pain"));
        if (limber_soreness_get_quality (s) == LIMBER_QUALITY_NUMBNESS)
          g_ptr_array_add (signs, _("numbness or tingling"));
        if (limber_soreness_get_limits_walking (s))
          g_ptr_array_add (signs, _("pain that limits walking"));
        if (limber_soreness_get_disturbs_sleep (s))
          g_ptr_array_add (signs, _("pain that disturbs sleep"));
        g_ptr_array_add (signs, NULL);
        signs_text = g_strjoinv (_(", "), (char **) signs->pdata);

        where = zone_side_text (zone, side);
        when = day_text (day);

        rec = limber_advisor_add (ctx, "red-flag", LIMBER_SEVERITY_PHYSIO, day);
        limber_recommendation_set_zone_side (rec, zone, side);
        limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (s)));
        {
          /* Translators: %s is a zone and side, e.g. "Calf (left)" */
          g_autofree char *title = g_strdup_printf (_("%s: have it looked at"), where);
          g_autofree char *detail =
            /* Translators: "On Sat 21 Nov you logged sharp pain in Calf (left), level 6/10." */
            g_strdup_printf (_("On %s you logged %s in %s, level %d/10. These are signs to have "
                               "checked by a physiotherapist or sports physician rather than "
                               "worked on yourself. Until then, Limber leaves moves on this zone "
                               "out of every suggested routine; gentle movement that does not "
                               "hurt is fine."),
                             when, signs_text, where, limber_soreness_get_level (s));

          limber_recommendation_set_title (rec, title);
          limber_recommendation_set_detail (rec, detail);
        }
      }
}

typedef struct
{
  LimberDay day;
  int       level;
  const char *uuid;
} DayLevel;

/* The highest level of each day for one zone and side, oldest first. */
static GArray *
levels_for (LimberAdvisorContext *ctx,
            LimberZone            zone,
            LimberSide            side,
            LimberDay             since)
{
  GArray *levels = g_array_new (FALSE, FALSE, sizeof (DayLevel));

  for (guint i = 0; i < ctx->soreness->len; i++)
    {
      LimberSoreness *s = ctx->soreness->pdata[i];
      DayLevel dl = {
        .day = limber_entry_get_day (LIMBER_ENTRY (s)),
        .level = limber_soreness_get_level (s),
        .uuid = limber_entry_get_uuid (LIMBER_ENTRY (s)),
      };

      if (limber_soreness_get_zone (s) != zone || limber_soreness_get_side (s) != side ||
          dl.day < since)
        continue;

      if (levels->len > 0 && g_array_index (levels, DayLevel, levels->len - 1).day == dl.day)
        {
          DayLevel *last = &g_array_index (levels, DayLevel, levels->len - 1);

          if (dl.level >= last->level)
            *last = dl;
        }
      else
        g_array_append_val (levels, dl);
    }

  return levels;
}

static char *
levels_text (GArray   *levels,
             gboolean  only_high)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < levels->len; i++)
    {
      DayLevel *dl = &g_array_index (levels, DayLevel, i);
      g_autofree char *when = NULL;

      if (only_high && dl->level < 4)
        continue;

      when = day_text (dl->day);
      if (text->len > 0)
        g_string_append (text, _(", "));
      /* Translators: a soreness level on a day, e.g. "5/10 on Tue 17 Nov" */
      g_string_append_printf (text, _("%d/10 on %s"), dl->level, when);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* persistent-niggle: the same zone and side at 4/10 or more on 3 or more days of the last
 * 10, the first and last of them 6 or more days apart, and not improving (the latest level is
 * not 2 or more points below the first). Also, as a warning: a level that rose by 2 or more
 * within 7 days and stays at 4 or more. */
void
limber_advisor_rule_persistent_niggle (LimberAdvisorContext *ctx)
{
  for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
    for (guint side = 0; side < LIMBER_N_SIDES; side++)
      {
        g_autoptr(GArray) levels = levels_for (ctx, zone, side, ctx->today - 9);
        g_autoptr(GArray) week = NULL;
        DayLevel *first_high = NULL, *last_high = NULL;
        guint high_days = 0;

        if (levels->len == 0)
          continue;

        for (guint i = 0; i < levels->len; i++)
          {
            DayLevel *dl = &g_array_index (levels, DayLevel, i);

            if (dl->level < 4)
              continue;
            if (first_high == NULL)
              first_high = dl;
            last_high = dl;
            high_days++;
          }

        if (high_days >= 3 && last_high->day - first_high->day >= 6 &&
            last_high->level > first_high->level - 2 &&
            g_array_index (levels, DayLevel, levels->len - 1).level >= 4)
          {
            g_autofree char *where = zone_side_text (zone, side);
            g_autofree char *list = levels_text (levels, TRUE);
            g_autofree char *title = NULL;
            g_autofree char *detail = NULL;
            LimberRecommendation *rec;

            rec = limber_advisor_add (ctx, "persistent-niggle", LIMBER_SEVERITY_PHYSIO,
                                      last_high->day);
            limber_recommendation_set_zone_side (rec, zone, side);
            for (guint i = 0; i < levels->len; i++)
              limber_recommendation_add_entry (rec, g_array_index (levels, DayLevel, i).uuid);

            /* Translators: %s is a zone and side, e.g. "Calf (left)" */
            title = g_strdup_printf (_("%s: a niggle that is not settling"), where);
            detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s was at 4/10 or more on %u day over %u "
                                                   "days (%s) and is not improving. Soreness "
                                                   "that stays above 3/10 for a week is worth "
                                                   "showing to a physiotherapist or sports "
                                                   "physician, who can find out what is behind "
                                                   "it.",
                                                   "%s was at 4/10 or more on %u days over %u "
                                                   "days (%s) and is not improving. Soreness "
                                                   "that stays above 3/10 for a week is worth "
                                                   "showing to a physiotherapist or sports "
                                                   "physician, who can find out what is behind "
                                                   "it.", high_days),
                                      where, high_days,
                                      last_high->day - first_high->day + 1, list);
            limber_recommendation_set_title (rec, title);
            limber_recommendation_set_detail (rec, detail);
            limber_recommendation_set_source (rec, _(SOURCE_PAIN));
            continue;
          }

        /* Rising: a level 2 or more above an earlier one of the last 7 days, still ≥ 4. */
        week = levels_for (ctx, zone, side, ctx->today - 6);
        if (week->len >= 2)
          {
            DayLevel *latest = &g_array_index (week, DayLevel, week->len - 1);
            DayLevel *lowest = NULL;

            for (guint i = 0; i + 1 < week->len; i++)
              {
                DayLevel *dl = &g_array_index (week, DayLevel, i);

                if (lowest == NULL || dl->level < lowest->level)
                  lowest = dl;
              }

            if (latest->level >= 4 && latest->level - lowest->level >= 2)
              {
                g_autofree char *where = zone_side_text (zone, side);
                g_autofree char *from_day = day_text (lowest->day);
                g_autofree char *to_day = day_text (latest->day);
                g_autofree char *title = NULL;
                g_autofree char *detail = NULL;
                LimberRecommendation *rec;

                rec = limber_advisor_add (ctx, "persistent-niggle", LIMBER_SEVERITY_WARN,
                                          latest->day);
                limber_recommendation_set_zone_side (rec, zone, side);
                limber_recommendation_add_entry (rec, lowest->uuid);
                limber_recommendation_add_entry (rec, latest->uuid);

                /* Translators: %s is a zone and side, e.g. "Calf (left)" */
                title = g_strdup_printf (_("%s: soreness is rising"), where);
                detail = g_strdup_printf (_("%s went from %d/10 on %s to %d/10 on %s. A rise of "
                                            "2 points or more is a real change, not noise. "
                                            "Ease the training load for a few days and keep an "
                                            "eye on it; if it is still 4/10 or more in a week, "
                                            "see a physiotherapist."),
                                          where, lowest->level, from_day, latest->level, to_day);
                limber_recommendation_set_title (rec, title);
                limber_recommendation_set_detail (rec, detail);
                limber_recommendation_set_source (rec, _(SOURCE_PAIN));
              }
          }
      }
}

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
          where = zone_side_text (z, s);
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
    title = g_strdup_printf (_("Weekly fascia target reached: %u of %u sessions"), done, target);
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
      g_string_append_c (detail, ' ');
      /* Translators: %s says why the week is heavy */
      g_string_append_printf (detail, _("This is a heavy week (%s): short daily sessions suit "
                                        "it better than a few long ones."), ctx->heavy_reason);
    }
  if (sore_list->len > 0)
    {
      g_string_append_c (detail, ' ');
      g_string_append_printf (detail, _("The routine starts with what was sore in the last 7 "
                                        "days: %s."), sore_list->str);
    }
  g_string_append_c (detail, ' ');
  g_string_append_printf (detail, _("It takes about %u minutes: slow, steady pressure, relaxed "
                                    "breathing. Rolling is a comfort and mobility habit; it "
                                    "does not stop injuries on its own."),
                          (limber_recommendation_get_total_seconds (rec) + 30) / 60);

  excluded = limber_advisor_excluded_text (ctx);
  if (excluded != NULL)
    {
      g_string_append_c (detail, ' ');
      g_string_append (detail, excluded);
    }

  limber_recommendation_set_detail (rec, detail->str);
  limber_recommendation_set_source (rec, _(SOURCE_ROLLING));
}

/* missed-maintenance: completed weeks of the last 4 with fewer sessions than the target.
 * Weeks before the journal's first entry do not count. */
void
limber_advisor_rule_missed_maintenance (LimberAdvisorContext *ctx)
{
  g_autoptr(GString) weeks_text = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
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
      monday = day_text (w->week_start);
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
  detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Your target is %u session a week; you did %s. %s "
                                         "Regular short sessions do more than an occasional "
                                         "long one.",
                                         "Your target is %u sessions a week; you did %s. %s "
                                         "Regular short sessions do more than an occasional "
                                         "long one.", target),
                            target, weeks_text->str, streak_text);
  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail);
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

/* after-long-run: a long run (kind long, 90 minutes or more, or 1.5 × the median run of the
 * 28 days before it) in the last 7 days with no fascia session in the 24 hours after it. */
void
limber_advisor_rule_after_long_run (LimberAdvisorContext *ctx)
{
  LimberRun *long_run = NULL;
  g_autofree char *why = NULL;

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
          why = g_strdup (_("logged as a long run"));
          break;
        }

      if (limber_run_get_duration (run) >= 90 * 60)
        {
          long_run = run;
          why = g_strdup_printf (_("%.0f minutes"), limber_run_get_duration (run) / 60.0);
          break;
        }

      previous = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint j = 0; j < ctx->runs->len; j++)
        {
          LimberRun *other = ctx->runs->pdata[j];
          LimberDay other_day = limber_entry_get_day (LIMBER_ENTRY (other));
          double distance = limber_run_get_distance (other);

          if (other_day >= day - 28 && other_day < day)
            g_array_append_val (previous, distance);
        }

      med = median (previous);
      if (med > 0 && limber_run_get_distance (run) >= 1.5 * med)
        {
          g_autofree char *med_text = limber_advisor_format_distance (ctx, med);

          long_run = run;
          /* Translators: e.g. "1.6 × your median run of the 28 days before (9.8 km)" */
          why = g_strdup_printf (_("%.1f × your median run of the 28 days before (%s)"),
                                 limber_run_get_distance (run) / med, med_text);
        }
    }

  if (long_run == NULL)
    return;

  {
    gint64 start = entry_minute (LIMBER_ENTRY (long_run));
    g_autofree char *when = day_text (limber_entry_get_day (LIMBER_ENTRY (long_run)));
    g_autofree char *distance = limber_advisor_format_distance (ctx,
                                                                limber_run_get_distance (long_run));
    g_autofree char *title = NULL;
    g_autofree char *detail = NULL;
    g_autofree char *excluded = NULL;
    LimberRecommendation *rec;
    LimberFocus focus[] = {
      { LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_FOOT, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH },
      { LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH },
    };

    for (guint i = 0; i < ctx->fascia->len; i++)
      {
        gint64 minute = entry_minute (ctx->fascia->pdata[i]);

        if (minute >= start && minute <= start + 24 * 60)
          return;
      }

    rec = limber_advisor_add (ctx, "after-long-run", LIMBER_SEVERITY_SUGGEST,
                              limber_entry_get_day (LIMBER_ENTRY (long_run)));
    limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (long_run)));
    limber_advisor_build_routine (ctx, rec, focus, G_N_ELEMENTS (focus), 600, 900);

    title = g_strdup_printf (_("After your long run of %s"), when);
    /* Today's and yesterday's runs are still inside their 24 hours (times may be unknown). */
    if (limber_entry_get_day (LIMBER_ENTRY (long_run)) >= ctx->today - 1)
      detail = g_strdup_printf (_("Your run of %s on %s (%s) has had no fascia session since. "
                                  "About %u minutes on the calves, feet, hamstrings and hips, "
                                  "slow and gentle, within a day of it is a good way to close a "
                                  "long run."),
                                distance, when, why,
                                (limber_recommendation_get_total_seconds (rec) + 30) / 60);
    else
      detail = g_strdup_printf (_("Your run of %s on %s (%s) had no fascia session in the 24 "
                                  "hours after it. About %u minutes on the calves, feet, "
                                  "hamstrings and hips, slow and gentle, still helps, and after "
                                  "the next long run it fits best within a day."),
                                distance, when, why,
                                (limber_recommendation_get_total_seconds (rec) + 30) / 60);
    excluded = limber_advisor_excluded_text (ctx);
    if (excluded != NULL)
      {
        char *with = g_strconcat (detail, " ", excluded, NULL);
        g_free (detail);
        detail = with;
      }
    limber_recommendation_set_title (rec, title);
    limber_recommendation_set_detail (rec, detail);
    limber_recommendation_set_source (rec, _(SOURCE_ROLLING));
  }
}

/* massage-timing: after a race or a run at effort 8 or more, deep or professional work fits
 * 48–72 hours later, and never in the 48 hours before the next race. */
void
limber_advisor_rule_massage_timing (LimberAdvisorContext *ctx)
{
  LimberDay race = ctx->options->next_race;
  LimberRun *hard = NULL;

  for (guint i = ctx->runs->len; i-- > 0;)
    {
      LimberRun *run = ctx->runs->pdata[i];

      if (limber_entry_get_day (LIMBER_ENTRY (run)) < ctx->today - 3)
        break;
      if (limber_run_get_run_kind (run) == LIMBER_RUN_RACE || limber_run_get_rpe (run) >= 8)
        {
          hard = run;
          break;
        }
    }

  if (hard != NULL)
    {
      LimberDay day = limber_entry_get_day (LIMBER_ENTRY (hard));
      g_autofree char *when = day_text (day);
      g_autofree char *from = day_text (day + 2);
      g_autofree char *to = day_text (day + 3);
      g_autofree char *what = NULL;
      g_autofree char *title = NULL;
      g_autoptr(GString) detail = g_string_new (NULL);
      LimberRecommendation *rec;

      if (limber_run_get_run_kind (hard) == LIMBER_RUN_RACE)
        what = g_strdup_printf (_("your race on %s"), when);
      else
        what = g_strdup_printf (_("your hard run on %s (effort %d/10)"), when,
                                limber_run_get_rpe (hard));

      rec = limber_advisor_add (ctx, "massage-timing", LIMBER_SEVERITY_SUGGEST, day);
      limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (hard)));

      /* A race before the window closes, or within 48 hours after it opens. */
      if (race != LIMBER_DAY_INVALID && race >= ctx->today && race <= day + 5)
        {
          g_autofree char *race_day = day_text (race);

          title = g_strdup (_("Keep to gentle self-care before your race"));
          g_string_append_printf (detail, _("Deep or professional work after %s would fit "
                                            "between %s and %s, but your race on %s is too "
                                            "close: deep work in the 48 hours before a race can "
                                            "leave the legs heavy. Keep to light, gentle rolling "
                                            "until after the race."),
                                  what, from, to, race_day);
        }
      else
        {
          title = g_strdup_printf (_("Deep work fits best between %s and %s"), from, to);
          g_string_append_printf (detail, _("After %s, tissues recover better if deep or "
                                            "professional massage waits 48 to 72 hours. Until "
                                            "then, keep self-care light and easy."), what);
        }

      limber_recommendation_set_title (rec, title);
      limber_recommendation_set_detail (rec, detail->str);
      return;
    }

  /* A race in the next two days: no deep work now. */
  if (race != LIMBER_DAY_INVALID && race >= ctx->today && race <= ctx->today + 2)
    {
      g_autofree char *race_day = day_text (race);
      g_autofree char *detail = NULL;
      LimberRecommendation *rec;

      rec = limber_advisor_add (ctx, "massage-timing", LIMBER_SEVERITY_SUGGEST, ctx->today);
      limber_recommendation_set_title (rec, _("No deep massage before the race"));
      detail = g_strdup_printf (_("Your race is on %s. Deep or professional work in the 48 hours "
                                  "before a race can leave the legs heavy; light rolling is "
                                  "fine, and a massage fits well 2 or 3 days after it."),
                                race_day);
      limber_recommendation_set_detail (rec, detail);
    }
}

/* professional-maintenance: no professional session in the last 4 weeks (2 in a heavy
 * block), counted only once the journal is that old. */
void
limber_advisor_rule_professional_maintenance (LimberAdvisorContext *ctx)
{
  guint days = ctx->heavy ? 14 : 28;
  LimberDay last = LIMBER_DAY_INVALID;
  g_autofree char *detail = NULL;
  g_autofree char *title = NULL;
  LimberRecommendation *rec;

  if (ctx->first_day == LIMBER_DAY_INVALID || ctx->first_day > ctx->today - days + 1)
    return;

  for (guint i = 0; i < ctx->fascia->len; i++)
    {
      LimberFasciaSession *session = ctx->fascia->pdata[i];

      if (limber_fascia_session_get_fascia_kind (session) == LIMBER_FASCIA_PROFESSIONAL)
        last = limber_entry_get_day (LIMBER_ENTRY (session));
    }

  if (last != LIMBER_DAY_INVALID && last > ctx->today - days)
    return;

  rec = limber_advisor_add (ctx, "professional-maintenance", LIMBER_SEVERITY_INFO, ctx->today);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "No professional massage in %u week",
                                        "No professional massage in %u weeks", days / 7),
                           days / 7);
  if (last != LIMBER_DAY_INVALID)
    {
      g_autofree char *when = day_text (last);

      detail = g_strdup_printf (_("Your last professional session was on %s. "), when);
    }
  else
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "No professional session is in your journal for the "
                                           "last %u week. ",
                                           "No professional session is in your journal for the "
                                           "last %u weeks. ", days / 7), days / 7);

  {
    g_autofree char *why = ctx->heavy
      ? g_strdup_printf (_("In a heavy block (%s), a session every week or two keeps tissues "
                           "responsive."), ctx->heavy_reason)
      : g_strdup (_("For maintenance, a 45 to 60 minute sports massage every 2 to 4 weeks keeps "
                    "tissues responsive."));
    char *full = g_strconcat (detail, why, NULL);

    g_free (detail);
    detail = full;
  }

  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail);
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
      when = day_text (newest_low);
      if (days_text->len > 0)
        g_string_append (days_text, _(", "));
      /* Translators: a day's water against its target, e.g. "1.4 of 2.0 L on Mon 16 Nov" */
      g_string_append_printf (days_text, _("%.1f of %.1f L on %s"), totals[i] / 1000.0,
                              target / 1000.0, when);
    }

  if (low < 3)
    return;

  rec = limber_advisor_add (ctx, "hydration-low", LIMBER_SEVERITY_WARN, newest_low);
  title = g_strdup_printf (_("Water below target on %u of %u days"), low, with_entries);
  detail = g_strdup_printf (_("On the days you logged water last week, you drank less than your "
                              "target on %u: %s. About %.1f L a day is a sensible aim, a little "
                              "more after a hot run. Drinking far beyond thirst brings no "
                              "benefit, and during a run, drink no more than you sweat."),
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
  when = day_text (day);
  longest_when = day_text (limber_entry_get_day (LIMBER_ENTRY (longest)));

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
      g_autofree char *detail = NULL;
      LimberRecommendation *rec;
      double increase;

      if (before->distance < 10000 || week->distance <= 1.3 * before->distance + 1e-6)
        continue;

      increase = (week->distance / before->distance - 1.0) * 100.0;
      week_text = limber_advisor_format_distance (ctx, week->distance);
      before_text = limber_advisor_format_distance (ctx, before->distance);
      monday = day_text (week->week_start);

      rec = limber_advisor_add (ctx, "weekly-increase", LIMBER_SEVERITY_WARN,
                                MIN (week->week_start + 6, ctx->today));
      if (offset == 0)
        {
          title = g_strdup_printf (_("This week is already %.0f %% over last week"), increase);
          detail = g_strdup_printf (_("Since Monday you have run %s, against %s all of last "
                                      "week. "), week_text, before_text);
        }
      else
        {
          title = g_strdup_printf (_("Last week was %.0f %% over the week before"), increase);
          detail = g_strdup_printf (_("In the week of %s you ran %s, against %s the week "
                                      "before. "), monday, week_text, before_text);
        }

      {
        char *full = g_strconcat (detail,
                                  _("In a study of new runners, raising the weekly distance by "
                                    "more than 30 % was linked to some overuse injuries. The "
                                    "familiar “10 % a week” is a rule of thumb rather than a "
                                    "proven limit, but smaller steps are the safer habit."),
                                  NULL);
        g_free (detail);
        detail = full;
      }

      limber_recommendation_set_title (rec, title);
      limber_recommendation_set_detail (rec, detail);
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
