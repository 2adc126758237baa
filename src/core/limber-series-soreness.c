/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "limber-advisor-private.h"
#include "limber-series-private.h"

/* The soreness charts: a heat map of zones and sides by day, and one zone and side's trend
 * with the 4/10 line. Both mark the days the advisor raises a physio flag, found with its
 * rules over the highest level of each day. */

#define MIN_TODAY 1000

typedef struct
{
  LimberDay day;
  int       level;        /* the day's highest */
  gboolean  red;          /* sharp, numb, limits walking or disturbs sleep */
} DayLevel;

typedef struct
{
  GArray *days[LIMBER_N_ZONES][LIMBER_N_SIDES];   /* DayLevel by day, or NULL */
} Levels;

static void
levels_clear (Levels *levels)
{
  for (guint z = 0; z < LIMBER_N_ZONES; z++)
    for (guint s = 0; s < LIMBER_N_SIDES; s++)
      g_clear_pointer (&levels->days[z][s], g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Levels, levels_clear)

/* Each day's highest level from @first to @last, of one zone and side or (@zone_id NULL)
 * of all, with whether a red-flag sign was logged that day. */
static gboolean
read_levels (LimberJournal  *journal,
             LimberDay       first,
             LimberDay       last,
             const char     *zone_id,
             const char     *side_id,
             Levels         *levels,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_SORENESS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);
  if (zone_id != NULL)
    {
      sqlite3_bind_text (stmt, 3, zone_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, side_id, -1, SQLITE_STATIC);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LimberZone zone;
      LimberSide side;
      GArray *days;
      DayLevel dl = {
        .day = sqlite3_column_int64 (stmt, 0),
        .level = sqlite3_column_int (stmt, 3),
        .red = sqlite3_column_int (stmt, 4) != 0,
      };

      if (!limber_zone_from_id ((const char *) sqlite3_column_text (stmt, 1), &zone) ||
          !limber_side_from_id ((const char *) sqlite3_column_text (stmt, 2), &side))
        continue;

      if (levels->days[zone][side] == NULL)
        levels->days[zone][side] = g_array_new (FALSE, FALSE, sizeof (DayLevel));
      days = levels->days[zone][side];

      /* Rows come by day: another of the same day raises its level, or its red flag. */
      if (days->len > 0 && g_array_index (days, DayLevel, days->len - 1).day == dl.day)
        {
          DayLevel *same = &g_array_index (days, DayLevel, days->len - 1);

          same->level = MAX (same->level, dl.level);
          same->red |= dl.red;
        }
      else
        g_array_append_val (days, dl);
    }

  return limber_series_step_error (journal, stmt, rc, error);
}

/* Sets flagged[d - first] for each day d from @first to @today on which the advisor, judging
 * on that day or a later one up to @today, raises a physio flag for this zone and side dated
 * d: a red-flag sign logged that day, or a persistent niggle whose last high day it is.
 * @days must start LIMBER_NIGGLE_WINDOW_DAYS - 1 days before @first. */
static void
find_physio_days (GArray    *days,
                  LimberDay  first,
                  LimberDay  today,
                  gboolean  *flagged)
{
  guint lo = 0, hi = 0;

  for (guint i = 0; i < days->len; i++)
    {
      DayLevel *dl = &g_array_index (days, DayLevel, i);

      if (dl->red && dl->day >= first && dl->day <= today)
        flagged[dl->day - first] = TRUE;
    }

  /* persistent-niggle, judged on each day with its window of the 10 days to it. */
  for (LimberDay judged = first; judged <= today; judged++)
    {
      DayLevel *first_high = NULL, *last_high = NULL;
      guint high_days = 0;

      while (hi < days->len && g_array_index (days, DayLevel, hi).day <= judged)
        hi++;
      while (lo < hi &&
             g_array_index (days, DayLevel, lo).day < judged - LIMBER_NIGGLE_WINDOW_DAYS + 1)
        lo++;
      if (hi - lo < LIMBER_NIGGLE_MIN_DAYS)
        continue;

      for (guint i = lo; i < hi; i++)
        {
          DayLevel *dl = &g_array_index (days, DayLevel, i);

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
          g_array_index (days, DayLevel, hi - 1).level >= LIMBER_PAIN_HIGH_LEVEL &&
          last_high->day >= first)
        flagged[last_high->day - first] = TRUE;
    }
}

/* Fills one slot per day or week: the highest level and the physio flags. */
static void
fill_slots (const LimberSeriesFrame *frame,
            GArray                  *days,
            const gboolean          *flagged,
            guint8                  *levels,
            guint8                  *flags)
{
  for (guint i = 0; i < days->len; i++)
    {
      DayLevel *dl = &g_array_index (days, DayLevel, i);
      guint slot;

      if (dl->day < frame->first)
        continue;

      slot = limber_series_frame_slot (frame, dl->day);
      if (levels[slot] == LIMBER_SERIES_NO_LEVEL || levels[slot] < dl->level)
        levels[slot] = dl->level;
    }

  for (LimberDay day = frame->first; day <= frame->today; day++)
    {
      if (flagged[day - frame->first])
        flags[limber_series_frame_slot (frame, day)] |= LIMBER_SERIES_FLAG_PHYSIO;
    }

  flags[frame->n_slots - 1] |= LIMBER_SERIES_FLAG_PARTIAL;
}

static char *
format_short_day (LimberDay day)
{
  /* Translators: a short date in a chart's summary, see g_date_time_format() */
  return limber_day_format (day, _("%a %-d %b"));
}

/**
 * limber_series_soreness_map:
 *
 * A heat map: a row for each zone and side with soreness logged in the range (left and right
 * apart), in the order of the body map, holding each slot's highest level and the flag
 * %LIMBER_SERIES_FLAG_PHYSIO where the advisor raised a physio flag. @options is not used.
 */
LimberSeries *
limber_series_soreness_map (LimberJournal               *journal,
                            LimberSeriesRange            range,
                            LimberDay                    today,
                            const LimberAdvisorOptions  *options,
                            GError                     **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(GString) physio = g_string_new (NULL);
  g_autofree gboolean *flagged = NULL;
  g_auto(Levels) levels = { { { NULL } } };
  LimberSeriesFrame frame;
  LimberDay since, top_day = LIMBER_DAY_INVALID;
  int top_level = -1;
  LimberSeriesRow *top_row = NULL;
  guint n_days;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_series_frame_init (&frame, journal, range, today, FALSE);
  since = frame.first - LIMBER_NIGGLE_WINDOW_DAYS + 1;
  if (!read_levels (journal, since, today, NULL, NULL, &levels, error))
    return NULL;

  series = limber_series_new (LIMBER_SERIES_SORENESS_MAP, &frame);
  limber_series_set_title (series, _("Soreness by zone"));
  limber_series_set_unit (series, 0, "/10", 0);
  limber_series_set_fixed_range (series, 0, 0, 10);

  n_days = today - frame.first + 1;
  flagged = g_new (gboolean, n_days);

  for (guint z = 0; z < LIMBER_N_ZONES; z++)
    for (guint s = 0; s < LIMBER_N_SIDES; s++)
      {
        GArray *days = levels.days[z][s];
        LimberSeriesRow *row;
        gboolean any_physio = FALSE;

        if (days == NULL || g_array_index (days, DayLevel, days->len - 1).day < frame.first)
          continue;

        memset (flagged, 0, n_days * sizeof (gboolean));
        find_physio_days (days, frame.first, today, flagged);
        row = limber_series_add_row (series, z, s);
        fill_slots (&frame, days, flagged, row->levels, row->flags);

        for (guint i = 0; i < days->len; i++)
          {
            DayLevel *dl = &g_array_index (days, DayLevel, i);

            if (dl->day >= frame.first && dl->level > top_level)
              {
                top_level = dl->level;
                top_day = dl->day;
                top_row = row;
              }
          }
        for (guint i = 0; i < n_days && !any_physio; i++)
          any_physio = flagged[i];
        if (any_physio)
          {
            if (physio->len > 0)
              g_string_append (physio, _(", "));
            g_string_append (physio, row->label);
          }
      }

  if (top_row == NULL)
    {
      limber_series_set_empty (series, _("No soreness logged in this period. Logging how your "
                                         "legs feel after runs shows here which zones need "
                                         "care."));
      limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
    }
  else
    {
      g_autofree char *range_text = limber_series_frame_describe (&frame);
      g_autofree char *when = format_short_day (top_day);
      guint n_rows = limber_series_get_n_rows (series);
      GString *text = g_string_new (NULL);

      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: "Soreness by zone, last 4 weeks: 3
                                           * zones logged, the highest level 5/10 in Calf
                                           * (left) on Fri 20 Nov." (a zone and a side count
                                           * apart) */
                                          "%s, %s: %u zone logged, the highest level %d/10 in "
                                          "%s on %s.",
                                          "%s, %s: %u zones logged, the highest level %d/10 in "
                                          "%s on %s.", n_rows),
                       limber_series_get_title (series), range_text, n_rows, top_level,
                       top_row->label, when);
      if (physio->len > 0)
        {
          g_string_append_c (text, ' ');
          /* Translators: %s is a list of zones, e.g. "Calf (left)" */
          g_string_append_printf (text, _("Seeing a physiotherapist was advised for: %s."),
                                  physio->str);
        }
      limber_series_take_summary (series, g_string_free (text, FALSE));
    }

  return g_steal_pointer (&series);
}

static char *
describe_trend (LimberSeries            *series,
                const LimberSeriesFrame *frame,
                GArray                  *days,
                const gboolean          *flagged)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autofree char *latest_day = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) physio = g_string_new (NULL);
  DayLevel *latest = NULL;
  guint logged = 0, high = 0;
  int lo = 10, hi = 0;

  for (guint i = 0; i < days->len; i++)
    {
      DayLevel *dl = &g_array_index (days, DayLevel, i);

      if (dl->day < frame->first)
        continue;
      logged++;
      lo = MIN (lo, dl->level);
      hi = MAX (hi, dl->level);
      if (dl->level >= LIMBER_PAIN_HIGH_LEVEL)
        high++;
      latest = dl;
    }

  for (LimberDay day = frame->first; day <= frame->today; day++)
    {
      g_autofree char *when = NULL;

      if (!flagged[day - frame->first])
        continue;
      when = format_short_day (day);
      if (physio->len > 0)
        g_string_append (physio, _(", "));
      g_string_append (physio, when);
    }

  latest_day = format_short_day (latest->day);
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: "Calf (left), last 4 weeks: logged on 5
                                       * days, from 2/10 to 5/10, 4/10 or more on 3 of them;
                                       * latest 5/10 on Fri 20 Nov." */
                                      "%s, %s: logged on %u day, from %d/10 to %d/10, 4/10 or "
                                      "more on %u of them; latest %d/10 on %s.",
                                      "%s, %s: logged on %u days, from %d/10 to %d/10, 4/10 or "
                                      "more on %u of them; latest %d/10 on %s.", logged),
                   limber_series_get_title (series), range, logged, lo, hi, high,
                   latest->level, latest_day);
  if (physio->len > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a list of dates */
      g_string_append_printf (text, _("Seeing a physiotherapist was advised on %s."),
                              physio->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * limber_series_soreness_trend:
 *
 * One zone and side's highest level a day (or a week) as a line, NAN where nothing was
 * logged, against the 4/10 line (the target), flagged %LIMBER_SERIES_FLAG_PHYSIO on the
 * days the advisor raised a physio flag for it.
 */
LimberSeries *
limber_series_soreness_trend (LimberJournal      *journal,
                              LimberSeriesRange   range,
                              LimberDay           today,
                              LimberZone          zone,
                              LimberSide          side,
                              GError            **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autofree gboolean *flagged = NULL;
  g_autofree guint8 *levels_by_slot = NULL;
  g_autofree guint8 *flags_by_slot = NULL;
  g_autofree char *title = NULL;
  g_autofree char *target_label = NULL;
  g_auto(Levels) levels = { { { NULL } } };
  LimberSeriesFrame frame;
  LimberSeriesLine *line;
  GArray *days;
  guint n_days;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);
  g_return_val_if_fail (side < LIMBER_N_SIDES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_series_frame_init (&frame, journal, range, today, FALSE);
  if (!read_levels (journal, frame.first - LIMBER_NIGGLE_WINDOW_DAYS + 1, today,
                    limber_zone_to_id (zone), limber_side_to_id (side), &levels, error))
    return NULL;

  series = limber_series_new (LIMBER_SERIES_SORENESS_TREND, &frame);
  title = limber_zone_side_describe (zone, side);
  limber_series_set_title (series, title);
  limber_series_set_unit (series, 0, "/10", 0);
  limber_series_set_fixed_range (series, 0, 0, 10);
  /* Translators: the line drawn at 4 on a soreness chart */
  target_label = g_strdup_printf (_("%d/10: the level the advice watches"),
                                  LIMBER_PAIN_HIGH_LEVEL);
  limber_series_set_target (series, LIMBER_PAIN_HIGH_LEVEL, target_label);
  line = limber_series_add_line (series, title, LIMBER_SERIES_LINE, 0);

  n_days = today - frame.first + 1;
  flagged = g_new0 (gboolean, n_days);
  days = levels.days[zone][side];

  if (days == NULL || g_array_index (days, DayLevel, days->len - 1).day < frame.first)
    {
      g_autofree char *message =
        g_strdup_printf (_("No soreness logged for %s in this period."), title);

      limber_series_set_empty (series, message);
      limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
      return g_steal_pointer (&series);
    }

  find_physio_days (days, frame.first, today, flagged);
  levels_by_slot = g_malloc (frame.n_slots);
  memset (levels_by_slot, LIMBER_SERIES_NO_LEVEL, frame.n_slots);
  flags_by_slot = g_malloc0 (frame.n_slots);
  fill_slots (&frame, days, flagged, levels_by_slot, flags_by_slot);

  for (guint slot = 0; slot < frame.n_slots; slot++)
    {
      LimberSeriesPoint *point = limber_series_line_point (line, slot);

      if (levels_by_slot[slot] != LIMBER_SERIES_NO_LEVEL)
        point->value = levels_by_slot[slot];
      point->flags = flags_by_slot[slot];
    }

  limber_series_take_summary (series, describe_trend (series, &frame, days, flagged));

  return g_steal_pointer (&series);
}
