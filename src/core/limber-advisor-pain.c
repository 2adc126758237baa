/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-advisor-private.h"

/* Rules about pain: red flags and niggles that deserve a physiotherapist. Texts say what was
 * seen, with levels and dates, and never name a diagnosis. */

/* The signs of a red flag, as bits: a sentence names each set of them as a whole. */
enum
{
  SIGN_SHARP = 1 << 0,
  SIGN_NUMBNESS = 1 << 1,
  SIGN_WALKING = 1 << 2,
  SIGN_SLEEP = 1 << 3,
};

/* "On Sat 21 Nov you logged sharp pain in Calf (left), level 6/10.": one whole sentence for
 * each set of signs, so that a translation can word each its own way. */
static char *
describe_signs (guint       signs,
                const char *when,
                const char *where,
                int         level)
{
  switch (signs)
    {
    case SIGN_SHARP:
      /* Translators: a day, a zone and side, a level, e.g. "On Sat 21 Nov you logged sharp
       * pain in Calf (left), level 6/10." */
      return g_strdup_printf (_("On %s you logged sharp pain in %s, level %d/10."),
                              when, where, level);
    case SIGN_NUMBNESS:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged numbness or tingling in %s, level %d/10."),
                              when, where, level);
    case SIGN_WALKING:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged pain that limits walking in %s, level "
                                "%d/10."), when, where, level);
    case SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged pain that disturbs sleep in %s, level %d/10."),
                              when, where, level);
    case SIGN_SHARP | SIGN_WALKING:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged sharp pain, pain that limits walking in %s, "
                                "level %d/10."), when, where, level);
    case SIGN_SHARP | SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged sharp pain, pain that disturbs sleep in %s, "
                                "level %d/10."), when, where, level);
    case SIGN_SHARP | SIGN_WALKING | SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged sharp pain, pain that limits walking, pain "
                                "that disturbs sleep in %s, level %d/10."), when, where, level);
    case SIGN_NUMBNESS | SIGN_WALKING:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged numbness or tingling, pain that limits "
                                "walking in %s, level %d/10."), when, where, level);
    case SIGN_NUMBNESS | SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged numbness or tingling, pain that disturbs "
                                "sleep in %s, level %d/10."), when, where, level);
    case SIGN_NUMBNESS | SIGN_WALKING | SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged numbness or tingling, pain that limits "
                                "walking, pain that disturbs sleep in %s, level %d/10."),
                              when, where, level);
    case SIGN_WALKING | SIGN_SLEEP:
      /* Translators: a day, a zone and side, a level */
      return g_strdup_printf (_("On %s you logged pain that limits walking, pain that disturbs "
                                "sleep in %s, level %d/10."), when, where, level);
    default:
      g_assert_not_reached ();
    }
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
        g_autoptr(GString) detail = g_string_new (NULL);
        g_autofree char *where = NULL;
        g_autofree char *when = NULL;
        g_autofree char *seen = NULL;
        g_autofree char *title = NULL;
        LimberRecommendation *rec;
        LimberDay day;
        guint signs = 0;

        if (s == NULL)
          continue;

        day = limber_entry_get_day (LIMBER_ENTRY (s));
        if (ctx->red_flag_day[zone] < day)
          ctx->red_flag_day[zone] = day;

        if (limber_soreness_get_quality (s) == LIMBER_QUALITY_SHARP)
          signs |= SIGN_SHARP;
        if (limber_soreness_get_quality (s) == LIMBER_QUALITY_NUMBNESS)
          signs |= SIGN_NUMBNESS;
        if (limber_soreness_get_limits_walking (s))
          signs |= SIGN_WALKING;
        if (limber_soreness_get_disturbs_sleep (s))
          signs |= SIGN_SLEEP;

        where = limber_zone_side_describe (zone, side);
        when = limber_advisor_format_day (day);

        rec = limber_advisor_add (ctx, "red-flag", LIMBER_SEVERITY_PHYSIO, day);
        limber_recommendation_set_zone_side (rec, zone, side);
        limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (s)));

        /* Translators: %s is a zone and side, e.g. "Calf (left)" */
        title = g_strdup_printf (_("%s: have it looked at"), where);
        seen = describe_signs (signs, when, where, limber_soreness_get_level (s));
        limber_advisor_append_sentence (detail, seen);
        limber_advisor_append_sentence (detail, _("These are signs to have checked by a "
                                                  "physiotherapist or sports physician rather "
                                                  "than worked on yourself. Until then, Limber "
                                                  "leaves moves on this zone out of every "
                                                  "suggested routine; gentle movement that does "
                                                  "not hurt is fine."));
        limber_recommendation_set_title (rec, title);
        limber_recommendation_set_detail (rec, detail->str);
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

      if (only_high && dl->level < LIMBER_PAIN_HIGH_LEVEL)
        continue;

      when = limber_advisor_format_day (dl->day);
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
        LimberDay since = ctx->today - LIMBER_NIGGLE_WINDOW_DAYS + 1;
        g_autoptr(GArray) levels = levels_for (ctx, zone, side, since);
        g_autoptr(GArray) week = NULL;
        DayLevel *first_high = NULL, *last_high = NULL;
        guint high_days = 0;

        if (levels->len == 0)
          continue;

        for (guint i = 0; i < levels->len; i++)
          {
            DayLevel *dl = &g_array_index (levels, DayLevel, i);

            if (dl->level < LIMBER_PAIN_HIGH_LEVEL)
              continue;
            if (first_high == NULL)
              first_high = dl;
            last_high = dl;
            high_days++;
          }

        if (high_days >= LIMBER_NIGGLE_MIN_DAYS &&
            last_high->day - first_high->day >= LIMBER_NIGGLE_MIN_SPAN_DAYS &&
            last_high->level > first_high->level - LIMBER_PAIN_CHANGE_POINTS &&
            g_array_index (levels, DayLevel, levels->len - 1).level >= LIMBER_PAIN_HIGH_LEVEL)
          {
            g_autofree char *where = limber_zone_side_describe (zone, side);
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

            if (latest->level >= LIMBER_PAIN_HIGH_LEVEL &&
                latest->level - lowest->level >= LIMBER_PAIN_CHANGE_POINTS)
              {
                g_autofree char *where = limber_zone_side_describe (zone, side);
                g_autofree char *from_day = limber_advisor_format_day (lowest->day);
                g_autofree char *to_day = limber_advisor_format_day (latest->day);
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
