/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-advisor-private.h"
#include "limber-mobility.h"
#include "limber-series-private.h"

/* The care charts: fascia sessions against the weekly target, water against the daily
 * target, and the before/after mobility self-tests. */

#define MIN_TODAY 1000

static const LimberAdvisorOptions *
options_or_defaults (const LimberAdvisorOptions *options,
                     LimberAdvisorOptions       *defaults)
{
  if (options != NULL)
    return options;

  limber_advisor_options_init (defaults);
  return defaults;
}

typedef struct
{
  guint sessions;
  guint seconds;
} WeekFascia;

static gboolean
read_week_fascia (LimberJournal            *journal,
                  const LimberSeriesFrame  *frame,
                  WeekFascia               *weeks,
                  GError                  **error)
{
  gint64 first_week = (frame->first - 1) / 7;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_WEEK_FASCIA, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, frame->first);
  sqlite3_bind_int64 (stmt, 2, frame->today);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 index = sqlite3_column_int64 (stmt, 0) - first_week;

      if (index < 0 || index >= frame->n_slots)
        continue;
      weeks[index].sessions = sqlite3_column_int (stmt, 1);
      weeks[index].seconds = sqlite3_column_int (stmt, 2);
    }

  return limber_series_step_error (journal, stmt, rc, error);
}

static char *
describe_fascia (LimberSeries            *series,
                 const LimberSeriesFrame *frame,
                 const WeekFascia        *weeks,
                 guint                    target,
                 guint                    missed,
                 guint                    counted)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *minutes_text = NULL;
  const WeekFascia *now = &weeks[frame->n_slots - 1];
  guint minutes = (now->seconds + 30) / 60;
  guint lo = G_MAXUINT, hi = 0;

  for (guint i = 0; i + 1 < frame->n_slots; i++)
    {
      lo = MIN (lo, weeks[i].sessions);
      hi = MAX (hi, weeks[i].sessions);
    }

  /* Translators: "Fascia sessions, last 4 weeks: 1 to 4 a week against a target of 3." */
  g_string_printf (text, _("%s, %s: %u to %u a week against a target of %u."),
                   limber_series_get_title (series), range, lo, hi, target);

  g_string_append_c (text, ' ');
  if (counted == 0)
    g_string_append (text, _("No complete week since the journal began yet."));
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: "2 of the 3 complete weeks fell
                                                * short of it." */
                                               "%u of the %u complete week fell short of it.",
                                               "%u of the %u complete weeks fell short of it.",
                                               counted),
                            missed, counted);

  /* Translators: the minutes of this week's fascia sessions, used in “This week so far: …” */
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                               minutes), minutes);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: this week's sessions and their
                                              * minutes, e.g. "This week so far: 2 sessions,
                                              * 25 minutes." */
                                             "This week so far: %u session, %s.",
                                             "This week so far: %u sessions, %s.",
                                             now->sessions),
                          now->sessions, minutes_text);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * limber_series_fascia:
 *
 * Fascia sessions a week (line 0, bars) and their minutes (line 1, second axis), against the
 * weekly target. A complete week since the journal's first entry with fewer sessions than
 * the target is flagged %LIMBER_SERIES_FLAG_MISSED_WEEK and shaded by a band, as the
 * advisor's missed-maintenance rule counts it.
 */
LimberSeries *
limber_series_fascia (LimberJournal               *journal,
                      LimberSeriesRange            range,
                      LimberDay                    today,
                      const LimberAdvisorOptions  *options,
                      GError                     **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autofree WeekFascia *weeks = NULL;
  g_autofree char *target_label = NULL;
  g_autofree char *band_label = NULL;
  LimberAdvisorOptions defaults;
  LimberSeriesFrame frame;
  LimberSeriesLine *bars, *minutes;
  LimberDay band_first = LIMBER_DAY_INVALID;
  guint target, sessions = 0, missed = 0, counted = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  options = options_or_defaults (options, &defaults);
  target = options->weekly_target;

  limber_series_frame_init (&frame, journal, range, today, TRUE);
  weeks = g_new0 (WeekFascia, frame.n_slots);
  if (!read_week_fascia (journal, &frame, weeks, error))
    return NULL;

  series = limber_series_new (LIMBER_SERIES_FASCIA, &frame);
  limber_series_set_title (series, _("Fascia sessions"));
  limber_series_set_unit (series, 0, "", 0);
  /* Translators: the unit of minutes on a chart's axis */
  limber_series_set_unit (series, 1, _("min"), 0);
  target_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Target: %u session a week",
                                               "Target: %u sessions a week", target), target);
  limber_series_set_target (series, target, target_label);
  /* Translators: a shaded week on the fascia chart, e.g. "Below your target of 3" */
  band_label = g_strdup_printf (_("Below your target of %u"), target);

  bars = limber_series_add_line (series, _("Sessions"), LIMBER_SERIES_BARS, 0);
  minutes = limber_series_add_line (series, _("Minutes"), LIMBER_SERIES_LINE, 1);

  for (guint i = 0; i < frame.n_slots; i++)
    {
      LimberSeriesPoint *bar = limber_series_line_point (bars, i);
      LimberSeriesPoint *line = limber_series_line_point (minutes, i);
      gboolean partial = i == frame.n_slots - 1;
      gboolean is_missed = FALSE;

      bar->value = weeks[i].sessions;
      line->value = weeks[i].seconds / 60.0;
      sessions += weeks[i].sessions;

      if (partial)
        {
          bar->flags |= LIMBER_SERIES_FLAG_PARTIAL;
          line->flags |= LIMBER_SERIES_FLAG_PARTIAL;
        }
      else if (frame.journal_first != LIMBER_DAY_INVALID && bar->day >= frame.journal_first)
        {
          counted++;
          is_missed = weeks[i].sessions < target;
        }

      if (is_missed)
        {
          bar->flags |= LIMBER_SERIES_FLAG_MISSED_WEEK;
          missed++;
          if (band_first == LIMBER_DAY_INVALID)
            band_first = bar->day;
        }
      else if (band_first != LIMBER_DAY_INVALID)
        {
          limber_series_add_band (series, band_first, bar->day - 1,
                                  LIMBER_SERIES_FLAG_MISSED_WEEK, band_label);
          band_first = LIMBER_DAY_INVALID;
        }
    }

  if (sessions == 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "No fascia sessions in this period yet. Each one you log "
                                      "counts toward your target of %u session a week.",
                                      "No fascia sessions in this period yet. Each one you log "
                                      "counts toward your target of %u sessions a week.",
                                      target), target);

      limber_series_set_empty (series, message);
      limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
    }
  else
    limber_series_take_summary (series, describe_fascia (series, &frame, weeks, target,
                                                         missed, counted));

  return g_steal_pointer (&series);
}

typedef struct
{
  double   volume;      /* millilitres */
  guint    entries;
  gboolean hot;
} DayWater;

static gboolean
read_day_water (LimberJournal               *journal,
                const LimberSeriesFrame     *frame,
                const LimberAdvisorOptions  *options,
                DayWater                    *days,
                GError                     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_DAILY_HYDRATION, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, frame->first);
  sqlite3_bind_int64 (stmt, 2, frame->today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DayWater *day = &days[sqlite3_column_int64 (stmt, 0) - frame->first];

      day->volume = sqlite3_column_double (stmt, 1);
      day->entries = sqlite3_column_int (stmt, 2);
    }
  if (!limber_series_step_error (journal, stmt, rc, error))
    return FALSE;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_HOT_DAYS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, frame->first);
  sqlite3_bind_int64 (stmt, 2, frame->today);
  sqlite3_bind_double (stmt, 3, options->hot_run_celsius);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    days[sqlite3_column_int64 (stmt, 0) - frame->first].hot = TRUE;

  return limber_series_step_error (journal, stmt, rc, error);
}

static char *
describe_water (LimberSeries                *series,
                const LimberSeriesFrame     *frame,
                const LimberAdvisorOptions  *options,
                const DayWater              *days)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_days = frame->today - frame->first + 1;
  guint logged = 0, below = 0;
  double lo = INFINITY, hi = -INFINITY;

  /* Complete days only: today is still going. */
  for (guint i = 0; i + 1 < n_days; i++)
    {
      double target = options->daily_water_ml + (days[i].hot ? options->hot_extra_ml : 0);

      if (days[i].entries == 0)
        continue;
      logged++;
      lo = MIN (lo, days[i].volume);
      hi = MAX (hi, days[i].volume);
      if (days[i].volume < target)
        below++;
    }

  if (logged == 0)
    /* Translators: "Water, last 4 weeks: no day logged before today." */
    g_string_printf (text, _("%s, %s: no day logged before today."),
                     limber_series_get_title (series), range);
  else
    {
      low = limber_series_format_value (series, 0, lo / 1000.0);
      high = limber_series_format_value (series, 0, hi / 1000.0);
      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: "Water, last 4 weeks: 1.2 l to 3.1 l
                                           * a day on the 26 days logged, below the target on
                                           * 5 of them." */
                                          "%s, %s: %s to %s a day on the %u day logged, below "
                                          "the target on %u of them.",
                                          "%s, %s: %s to %s a day on the %u days logged, below "
                                          "the target on %u of them.", logged),
                       limber_series_get_title (series), range, low, high, logged, below);
    }

  today = limber_series_format_value (series, 0, days[n_days - 1].volume / 1000.0);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, _("Today so far: %s."), today);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * limber_series_water:
 *
 * Water a day (line 0, bars, litres) against the daily target; each point carries its own
 * target, raised by the options' extra on a day with a run at or above the hot-run
 * temperature (%LIMBER_SERIES_FLAG_HOT_DAY). A day without entries is 0 and flagged
 * %LIMBER_SERIES_FLAG_NOT_LOGGED; a logged day under its target %LIMBER_SERIES_FLAG_BELOW_TARGET.
 * On a scale of weeks, a point is the mean of the week's logged days against their mean
 * target.
 */
LimberSeries *
limber_series_water (LimberJournal               *journal,
                     LimberSeriesRange            range,
                     LimberDay                    today,
                     const LimberAdvisorOptions  *options,
                     GError                     **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autofree DayWater *days = NULL;
  g_autofree char *target_label = NULL;
  g_autofree char *target_text = NULL;
  LimberAdvisorOptions defaults;
  LimberSeriesFrame frame;
  LimberSeriesLine *bars;
  guint n_days, logged = 0;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  options = options_or_defaults (options, &defaults);
  limber_series_frame_init (&frame, journal, range, today, FALSE);
  n_days = today - frame.first + 1;
  days = g_new0 (DayWater, n_days);
  if (!read_day_water (journal, &frame, options, days, error))
    return NULL;

  series = limber_series_new (LIMBER_SERIES_WATER, &frame);
  limber_series_set_title (series, _("Water"));
  /* Translators: the unit of litres on a chart's axis */
  limber_series_set_unit (series, 0, _("l"), 1);
  target_text = limber_series_format_value (series, 0, options->daily_water_ml / 1000.0);
  /* Translators: the daily water target, e.g. "Target: 2.0 l a day" */
  target_label = g_strdup_printf (_("Target: %s a day"), target_text);
  limber_series_set_target (series, options->daily_water_ml / 1000.0, target_label);
  bars = limber_series_add_line (series, _("Water"), LIMBER_SERIES_BARS, 0);

  for (guint slot = 0; slot < frame.n_slots; slot++)
    {
      LimberSeriesPoint *point = limber_series_line_point (bars, slot);
      guint from = point->day - frame.first;
      guint to = limber_series_frame_slot_end (&frame, slot) - frame.first;
      double volume = 0, target = 0, all_target = 0;
      guint slot_logged = 0;

      for (guint i = from; i <= to; i++)
        {
          double day_target = options->daily_water_ml +
                              (days[i].hot ? options->hot_extra_ml : 0);

          all_target += day_target;
          if (days[i].hot)
            point->flags |= LIMBER_SERIES_FLAG_HOT_DAY;
          if (days[i].entries == 0)
            continue;
          slot_logged++;
          volume += days[i].volume;
          target += day_target;
        }
      logged += slot_logged;

      if (slot_logged == 0)
        {
          point->value = 0;
          point->target = all_target / (to - from + 1) / 1000.0;
          point->flags |= LIMBER_SERIES_FLAG_NOT_LOGGED;
        }
      else
        {
          point->value = volume / slot_logged / 1000.0;
          point->target = target / slot_logged / 1000.0;
          if (volume < target)
            point->flags |= LIMBER_SERIES_FLAG_BELOW_TARGET;
        }
      if (slot == frame.n_slots - 1)
        point->flags |= LIMBER_SERIES_FLAG_PARTIAL;
    }

  if (logged == 0)
    {
      limber_series_set_empty (series, _("No water logged in this period yet. Each glass or "
                                         "bottle you log adds to its day’s total."));
      limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
    }
  else
    limber_series_take_summary (series, describe_water (series, &frame, options, days));

  return g_steal_pointer (&series);
}
