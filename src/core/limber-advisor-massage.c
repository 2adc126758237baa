/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-advisor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-advisor-private.h"

/* Rules about massage: when deep or professional work fits around hard runs and races, and
 * professional sessions for maintenance. */

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
      g_autofree char *when = limber_advisor_format_day (day);
      g_autofree char *from = limber_advisor_format_day (day + 2);
      g_autofree char *to = limber_advisor_format_day (day + 3);
      g_autofree char *title = NULL;
      g_autofree char *detail = NULL;
      gboolean was_race = limber_run_get_run_kind (hard) == LIMBER_RUN_RACE;
      int rpe = limber_run_get_rpe (hard);
      LimberRecommendation *rec;

      rec = limber_advisor_add (ctx, "massage-timing", LIMBER_SEVERITY_SUGGEST, day);
      limber_recommendation_add_entry (rec, limber_entry_get_uuid (LIMBER_ENTRY (hard)));

      /* A race before the window closes, or within 48 hours after it opens. */
      if (race != LIMBER_DAY_INVALID && race >= ctx->today && race <= day + 5)
        {
          g_autofree char *race_day = limber_advisor_format_day (race);

          title = g_strdup (_("Keep to gentle self-care before your race"));
          if (was_race)
            /* Translators: the day of a race, the two days that would suit deep work, and the
             * day of the next race, e.g. "Deep or professional work after your race on Sun 15
             * Nov would fit between Tue 17 Nov and Wed 18 Nov, but your race on Wed 18 Nov is
             * too close: …" */
            detail = g_strdup_printf (_("Deep or professional work after your race on %s would "
                                        "fit between %s and %s, but your race on %s is too "
                                        "close: deep work in the 48 hours before a race can "
                                        "leave the legs heavy. Keep to light, gentle rolling "
                                        "until after the race."),
                                      when, from, to, race_day);
          else
            /* Translators: the day of a hard run, its effort, the two days that would suit deep
             * work, and the day of the race, e.g. "Deep or professional work after your hard
             * run on Sun 15 Nov (effort 8/10) would fit between Tue 17 Nov and Wed 18 Nov, but
             * your race on Thu 19 Nov is too close: …" */
            detail = g_strdup_printf (_("Deep or professional work after your hard run on %s "
                                        "(effort %d/10) would fit between %s and %s, but your "
                                        "race on %s is too close: deep work in the 48 hours "
                                        "before a race can leave the legs heavy. Keep to light, "
                                        "gentle rolling until after the race."),
                                      when, rpe, from, to, race_day);
        }
      else
        {
          title = g_strdup_printf (_("Deep work fits best between %s and %s"), from, to);
          if (was_race)
            /* Translators: %s is the day of the race */
            detail = g_strdup_printf (_("After your race on %s, tissues recover better if deep "
                                        "or professional massage waits 48 to 72 hours. Until "
                                        "then, keep self-care light and easy."), when);
          else
            /* Translators: the day of a hard run and its effort, e.g. "After your hard run on
             * Sun 15 Nov (effort 8/10), tissues recover better …" */
            detail = g_strdup_printf (_("After your hard run on %s (effort %d/10), tissues "
                                        "recover better if deep or professional massage waits "
                                        "48 to 72 hours. Until then, keep self-care light and "
                                        "easy."), when, rpe);
        }

      limber_recommendation_set_title (rec, title);
      limber_recommendation_set_detail (rec, detail);
      return;
    }

  /* A race in the next two days: no deep work now. */
  if (race != LIMBER_DAY_INVALID && race >= ctx->today && race <= ctx->today + 2)
    {
      g_autofree char *race_day = limber_advisor_format_day (race);
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
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *last_text = NULL;
  g_autofree char *why = NULL;
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
      g_autofree char *when = limber_advisor_format_day (last);

      last_text = g_strdup_printf (_("Your last professional session was on %s."), when);
    }
  else
    last_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No professional session is in your journal for "
                                              "the last %u week.",
                                              "No professional session is in your journal for "
                                              "the last %u weeks.", days / 7), days / 7);

  if (ctx->heavy)
    /* Translators: %s says why the block is heavy, e.g. "2 runs in the last 7 days were at
     * effort 8 or more" */
    why = g_strdup_printf (_("In a heavy block (%s), a session every week or two keeps tissues "
                             "responsive."), ctx->heavy_reason);
  else
    why = g_strdup (_("For maintenance, a 45 to 60 minute sports massage every 2 to 4 weeks "
                      "keeps tissues responsive."));

  limber_advisor_append_sentence (detail, last_text);
  limber_advisor_append_sentence (detail, why);
  limber_recommendation_set_title (rec, title);
  limber_recommendation_set_detail (rec, detail->str);
}
