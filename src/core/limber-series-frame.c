/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-series-private.h"

/* The slots of a chart's range, and how slots, values, flags and ranges read in words. */

/* Up to 13 weeks a daily chart shows days; beyond, weeks. */
#define MAX_DAILY_SLOTS 91

static const char * const range_ids[LIMBER_N_SERIES_RANGES] = {
  [LIMBER_SERIES_RANGE_4_WEEKS] = "4-weeks",
  [LIMBER_SERIES_RANGE_3_MONTHS] = "3-months",
  [LIMBER_SERIES_RANGE_1_YEAR] = "1-year",
  [LIMBER_SERIES_RANGE_ALL] = "all",
};

/* The slots of @range as of @today: weekly charts (@weekly) always count weeks, the others
 * days while the range is 13 weeks or shorter. */
void
limber_series_frame_init (LimberSeriesFrame *frame,
                          LimberJournal     *journal,
                          LimberSeriesRange  range,
                          LimberDay          today,
                          gboolean           weekly)
{
  LimberDay this_week = limber_day_week_start (today);
  LimberDay first_entry = LIMBER_DAY_INVALID;

  frame->range = range;
  frame->today = today;
  frame->journal_first = LIMBER_DAY_INVALID;
  if (limber_journal_get_day_range (journal, &first_entry, NULL) && first_entry <= today)
    frame->journal_first = first_entry;

  switch (range)
    {
    case LIMBER_SERIES_RANGE_3_MONTHS:
      frame->first = this_week - 7 * 12;
      break;
    case LIMBER_SERIES_RANGE_1_YEAR:
      frame->first = this_week - 7 * 51;
      break;
    case LIMBER_SERIES_RANGE_ALL:
      frame->first = this_week - 7 * 3;
      if (frame->journal_first != LIMBER_DAY_INVALID)
        frame->first = MIN (frame->first, limber_day_week_start (frame->journal_first));
      break;
    case LIMBER_SERIES_RANGE_4_WEEKS:
    case LIMBER_N_SERIES_RANGES:
    default:
      frame->first = this_week - 7 * 3;
      break;
    }

  if (weekly || today - frame->first + 1 > MAX_DAILY_SLOTS)
    {
      frame->scale = LIMBER_SERIES_WEEKS;
      frame->n_slots = (this_week - frame->first) / 7 + 1;
    }
  else
    {
      frame->scale = LIMBER_SERIES_DAYS;
      frame->n_slots = today - frame->first + 1;
    }
}

/* The slot holding @day, which must be within the frame. */
guint
limber_series_frame_slot (const LimberSeriesFrame *frame,
                          LimberDay                day)
{
  g_assert (day >= frame->first && day <= frame->today);

  return frame->scale == LIMBER_SERIES_WEEKS ? (day - frame->first) / 7 : day - frame->first;
}

LimberDay
limber_series_frame_slot_day (const LimberSeriesFrame *frame,
                              guint                    slot)
{
  return frame->first + slot * (frame->scale == LIMBER_SERIES_WEEKS ? 7 : 1);
}

/* The last day of a slot: its Sunday, or today for the current week. */
LimberDay
limber_series_frame_slot_end (const LimberSeriesFrame *frame,
                              guint                    slot)
{
  LimberDay day = limber_series_frame_slot_day (frame, slot);

  if (frame->scale == LIMBER_SERIES_WEEKS)
    day += 6;

  return MIN (day, frame->today);
}

/* "last 4 weeks", "since 3 Mar 2017": the range in a summary sentence. */
char *
limber_series_frame_describe (const LimberSeriesFrame *frame)
{
  g_autofree char *since = NULL;

  switch (frame->range)
    {
    case LIMBER_SERIES_RANGE_4_WEEKS:
      return g_strdup (_("last 4 weeks"));
    case LIMBER_SERIES_RANGE_3_MONTHS:
      return g_strdup (_("last 3 months"));
    case LIMBER_SERIES_RANGE_1_YEAR:
      return g_strdup (_("last 12 months"));
    case LIMBER_SERIES_RANGE_ALL:
    case LIMBER_N_SERIES_RANGES:
    default:
      /* Translators: a date in a chart's summary, see g_date_time_format() */
      since = limber_day_format (frame->first, _("%-d %b %Y"));
      /* Translators: the range of a chart, e.g. "since 3 Mar 2017" */
      return g_strdup_printf (_("since %s"), since);
    }
}

/* The summary of a series with nothing to show: "Water, last 4 weeks: nothing logged." */
char *
limber_series_describe_empty (LimberSeries            *self,
                              const LimberSeriesFrame *frame)
{
  g_autofree char *range = limber_series_frame_describe (frame);

  /* Translators: the summary of an empty chart, e.g. "Water, last 4 weeks: nothing logged." */
  return g_strdup_printf (_("%s, %s: nothing logged."),
                          limber_series_get_title (self), range);
}

LimberUnits
limber_series_units (const LimberAdvisorOptions *options)
{
  return options != NULL && options->miles ? LIMBER_UNITS_MILES : LIMBER_UNITS_KM;
}

/* @value with @digits decimals, never "-0". */
char *
limber_series_format_number (double value,
                             guint  digits)
{
  double scale = pow (10, digits);

  if (fabs (value) * scale < 0.5)
    value = 0;

  return g_strdup_printf ("%.*f", (int) digits, value);
}

/* After stepping @stmt to @rc: resets it and, unless it is done, sets @error. */
gboolean
limber_series_step_error (LimberJournal  *journal,
                          sqlite3_stmt   *stmt,
                          int             rc,
                          GError        **error)
{
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  limber_journal_set_error_from_sqlite (error, limber_journal_get_db (journal), rc,
                                        _("Reading the journal"));
  return FALSE;
}

/* "35.2 km", "4/10", "1.3": a value of an axis with its unit, for tooltips. */
char *
limber_series_format_value (LimberSeries *self,
                            guint         axis,
                            double        value)
{
  g_autofree char *number = NULL;
  const char *unit;

  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (axis < 2, NULL);

  if (!isfinite (value))
    return g_strdup (_("no value"));

  number = limber_series_format_number (value, limber_series_get_digits (self, axis));
  unit = limber_series_get_unit (self, axis);

  if (*unit == '\0')
    return g_steal_pointer (&number);
  if (*unit == '/')
    return g_strconcat (number, unit, NULL);

  /* Translators: a number and its unit, e.g. "35.2 km" */
  return g_strdup_printf (C_("number and unit", "%s %s"), number, unit);
}

/* "Sat 21 Nov 2026" for a day, "16–22 Nov 2026" for a week: the dates of a slot. */
char *
limber_series_format_slot (LimberSeries *self,
                           guint         slot)
{
  LimberDay first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate a, b;

  g_return_val_if_fail (LIMBER_IS_SERIES (self), NULL);
  g_return_val_if_fail (slot < limber_series_get_n_slots (self), NULL);

  first = limber_series_get_slot_day (self, slot);
  if (limber_series_get_scale (self) == LIMBER_SERIES_DAYS)
    /* Translators: a day in a chart's tooltip, see g_date_time_format() */
    return limber_day_format (first, _("%a %-d %b %Y"));

  last = first + 6;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last);

  if (g_date_get_year (&a) != g_date_get_year (&b))
    {
      /* Translators: a day of a week's range, e.g. "28 Dec 2026"; see g_date_time_format() */
      from = limber_day_format (first, _("%-d %b %Y"));
      to = limber_day_format (last, _("%-d %b %Y"));
      /* Translators: a week across two years, e.g. "28 Dec 2026 – 3 Jan 2027" */
      return g_strdup_printf (_("%s – %s"), from, to);
    }

  if (g_date_get_month (&a) != g_date_get_month (&b))
    {
      /* Translators: the first day of a week across two months, see g_date_time_format() */
      from = limber_day_format (first, _("%-d %b"));
      to = limber_day_format (last, _("%-d %b %Y"));
      /* Translators: a week across two months, e.g. "30 Nov – 6 Dec 2026" */
      return g_strdup_printf (_("%s – %s"), from, to);
    }

  /* Translators: the first day of a week within a month, only its number, e.g. "16" in
   * "16–22 Nov 2026"; see g_date_time_format() */
  from = limber_day_format (first, _("%-d"));
  to = limber_day_format (last, _("%-d %b %Y"));
  /* Translators: a week within a month, e.g. "16–22 Nov 2026" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

/* What a flag means, for tooltips and legends: one flag at a time. */
const char *
limber_series_flag_get_label (LimberSeriesFlags flag)
{
  switch (flag)
    {
    case LIMBER_SERIES_FLAG_PARTIAL:
      return _("So far");
    case LIMBER_SERIES_FLAG_LONG_RUN:
      return _("Long run");
    case LIMBER_SERIES_FLAG_MISSED_WEEK:
      return _("Below the weekly fascia target");
    case LIMBER_SERIES_FLAG_PHYSIO:
      return _("Physiotherapist advised");
    case LIMBER_SERIES_FLAG_HOT_DAY:
      return _("Hot run: more water");
    case LIMBER_SERIES_FLAG_BELOW_TARGET:
      return _("Below target");
    case LIMBER_SERIES_FLAG_NOT_LOGGED:
      return _("Nothing logged");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "4-weeks", "3-months", "1-year", "all": stable ids for settings. */
const char *
limber_series_range_to_id (LimberSeriesRange range)
{
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);

  return range_ids[range];
}

gboolean
limber_series_range_from_id (const char        *id,
                             LimberSeriesRange *range)
{
  g_return_val_if_fail (range != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_N_SERIES_RANGES; i++)
    {
      if (g_strcmp0 (id, range_ids[i]) == 0)
        {
          *range = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* "4 weeks", "3 months", "1 year", "All": the choices of the range switcher. */
const char *
limber_series_range_get_label (LimberSeriesRange range)
{
  switch (range)
    {
    case LIMBER_SERIES_RANGE_4_WEEKS:
      return _("4 weeks");
    case LIMBER_SERIES_RANGE_3_MONTHS:
      return _("3 months");
    case LIMBER_SERIES_RANGE_1_YEAR:
      return _("1 year");
    case LIMBER_SERIES_RANGE_ALL:
      return _("All");
    case LIMBER_N_SERIES_RANGES:
    default:
      g_return_val_if_reached (NULL);
    }
}
