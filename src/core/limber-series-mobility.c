/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-mobility.h"
#include "limber-series-private.h"

/* The mobility chart: a self-test's values before and after fascia sessions, for each side. */

#define MIN_TODAY 1000

typedef struct
{
  LimberDay  day;
  LimberSide side;
  gboolean   after;
  double     value;       /* the mean of the day's results */
} Result;

/* The position of a test in the catalogue, unknown ids last. */
static guint
catalogue_index (const char *id)
{
  const LimberMobilityTest *tests;
  guint n;

  tests = limber_mobility_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (tests[i].id, id) == 0)
        return i;
    }

  return n;
}

static int
compare_tests (gconstpointer a,
               gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  guint ix = catalogue_index (x), iy = catalogue_index (y);

  if (ix != iy)
    return ix < iy ? -1 : 1;

  return g_strcmp0 (x, y);
}

/**
 * limber_series_list_mobility_tests:
 *
 * The ids of the self-tests with results in the range, in the catalogue's order: the choices
 * of the mobility chart.
 *
 * Returns: (transfer full): the ids, maybe none; %NULL with a journal error
 */
GStrv
limber_series_list_mobility_tests (LimberJournal      *journal,
                                   LimberSeriesRange   range,
                                   LimberDay           today,
                                   GError            **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  LimberSeriesFrame frame;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_series_frame_init (&frame, journal, range, today, FALSE);

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_MOBILITY_TESTS,
                                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, frame.first);
  sqlite3_bind_int64 (stmt, 2, today);

  ids = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (!limber_series_step_error (journal, stmt, rc, error))
    return NULL;

  g_ptr_array_sort (ids, compare_tests);
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
read_results (LimberJournal            *journal,
              const LimberSeriesFrame  *frame,
              const char               *test_id,
              GArray                   *results,
              GError                  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = limber_journal_get_stmt (journal, LIMBER_JOURNAL_STMT_SERIES_MOBILITY, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, frame->first);
  sqlite3_bind_int64 (stmt, 2, frame->today);
  sqlite3_bind_text (stmt, 3, test_id, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Result result = {
        .day = sqlite3_column_int64 (stmt, 0),
        .side = LIMBER_SIDE_CENTRE,
        .after = sqlite3_column_int (stmt, 2) != 0,
        .value = sqlite3_column_double (stmt, 3),
      };

      limber_side_from_id ((const char *) sqlite3_column_text (stmt, 1), &result.side);
      g_array_append_val (results, result);
    }

  return limber_series_step_error (journal, stmt, rc, error);
}

static char *
line_label (LimberSide side,
            gboolean   after,
            gboolean   sided)
{
  if (!sided)
    return g_strdup (after ? _("After") : _("Before"));

  /* Translators: a line of the mobility chart, e.g. "Left, before" */
  return g_strdup_printf (after ? _("%s, after") : _("%s, before"), limber_side_get_label (side));
}

static char *
describe_mobility (LimberSeries             *series,
                   const LimberSeriesFrame  *frame,
                   const char               *name,
                   GArray                   *results,
                   gboolean                  higher_is_better)
{
  g_autofree char *range = limber_series_frame_describe (frame);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) latest = g_string_new (NULL);
  g_autofree char *when = NULL;
  LimberDay last_day = g_array_index (results, Result, results->len - 1).day;
  guint days = 0, pairs = 0, better = 0;
  LimberDay day = LIMBER_DAY_INVALID;

  /* Results come by day, then side, before then after. */
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = &g_array_index (results, Result, i);
      Result *next = i + 1 < results->len ? &g_array_index (results, Result, i + 1) : NULL;

      if (r->day != day)
        days++;
      day = r->day;

      if (!r->after && next != NULL && next->after && next->day == r->day &&
          next->side == r->side)
        {
          double change = (next->value - r->value) * (higher_is_better ? 1 : -1);

          pairs++;
          if (change > 0)
            better++;

          if (r->day == last_day)
            {
              g_autofree char *before_text = limber_series_format_value (series, 0, r->value);
              g_autofree char *after_text = limber_series_format_value (series, 0, next->value);

              if (latest->len > 0)
                g_string_append (latest, _("; "));
              if (r->side == LIMBER_SIDE_LEFT || r->side == LIMBER_SIDE_RIGHT)
                /* Translators: a side's latest test, e.g. "Left 7.0 cm before, 8.0 cm after" */
                g_string_append_printf (latest, _("%s %s before, %s after"),
                                        limber_side_get_label (r->side), before_text,
                                        after_text);
              else
                /* Translators: the latest test, e.g. "7.0 cm before, 8.0 cm after" */
                g_string_append_printf (latest, _("%s before, %s after"), before_text,
                                        after_text);
            }
        }
    }

  /* Translators: "Knee to wall, last 3 months: tested on 6 days." */
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s, %s: tested on %u day.",
                                      "%s, %s: tested on %u days.", days),
                   name, range, days);

  if (pairs > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "The result after the session was better "
                                                 "than before in %u of %u test.",
                                                 "The result after the session was better "
                                                 "than before in %u of %u tests.", pairs),
                              better, pairs);
    }

  if (latest->len > 0)
    {
      /* Translators: a short date in a chart's summary, see g_date_time_format() */
      when = limber_day_format (last_day, _("%a %-d %b"));
      g_string_append_c (text, ' ');
      /* Translators: "Latest, on Mon 16 Nov: Left 7.0 cm before, 8.0 cm after." */
      g_string_append_printf (text, _("Latest, on %s: %s."), when, latest->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * limber_series_mobility:
 * @test_id: (nullable): a self-test id ("knee_to_wall"); %NULL for the first with results
 *
 * A self-test's values before and after each session: for each side tested (left, right,
 * then one for a test of both or no side) a "before" and an "after" line, valued on the days
 * (or weeks) with results, NAN between them. Values are in the test's unit.
 */
LimberSeries *
limber_series_mobility (LimberJournal      *journal,
                        LimberSeriesRange   range,
                        LimberDay           today,
                        const char         *test_id,
                        GError            **error)
{
  g_autoptr(LimberSeries) series = NULL;
  g_autoptr(GArray) results = NULL;
  g_auto(GStrv) tested = NULL;
  const LimberMobilityTest *test;
  LimberSeriesFrame frame;
  LimberSeriesLine *lines[LIMBER_N_SIDES][2] = { { NULL } };
  gboolean present[LIMBER_N_SIDES] = { FALSE };
  gboolean sided = FALSE;
  g_autofree double *sums = NULL;
  g_autofree guint *counts = NULL;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (range < LIMBER_N_SERIES_RANGES, NULL);
  g_return_val_if_fail (today >= MIN_TODAY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (test_id == NULL)
    {
      if (!(tested = limber_series_list_mobility_tests (journal, range, today, error)))
        return NULL;
      test_id = tested[0];
    }

  limber_series_frame_init (&frame, journal, range, today, FALSE);
  series = limber_series_new (LIMBER_SERIES_MOBILITY, &frame);
  results = g_array_new (FALSE, FALSE, sizeof (Result));

  test = test_id != NULL ? limber_mobility_lookup (test_id) : NULL;
  limber_series_set_title (series, test != NULL ? limber_mobility_get_name (test)
                                                : test_id != NULL ? test_id
                                                                  : _("Mobility self-tests"));
  limber_series_set_unit (series, 0, test != NULL ? limber_mobility_get_unit_label (test) : "",
                          1);

  if (test_id != NULL && !read_results (journal, &frame, test_id, results, error))
    return NULL;

  if (results->len == 0)
    {
      limber_series_set_empty (series, _("No mobility self-tests in this period yet. Test "
                                         "yourself before and after a fascia session to see "
                                         "here whether it helps."));
      limber_series_take_summary (series, limber_series_describe_empty (series, &frame));
      return g_steal_pointer (&series);
    }

  for (guint i = 0; i < results->len; i++)
    {
      LimberSide side = g_array_index (results, Result, i).side;

      present[side] = TRUE;
      sided |= side == LIMBER_SIDE_LEFT || side == LIMBER_SIDE_RIGHT;
    }
  for (guint side = 0; side < LIMBER_N_SIDES; side++)
    for (guint after = 0; after < 2 && present[side]; after++)
      {
        g_autofree char *label = line_label (side, after, sided);

        lines[side][after] = limber_series_add_line (series, label, LIMBER_SERIES_LINE, 0);
      }

  /* The mean of each line's results in each slot. */
  sums = g_new0 (double, frame.n_slots * LIMBER_N_SIDES * 2);
  counts = g_new0 (guint, frame.n_slots * LIMBER_N_SIDES * 2);
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = &g_array_index (results, Result, i);
      guint cell = (limber_series_frame_slot (&frame, r->day) * LIMBER_N_SIDES + r->side) * 2 +
                   r->after;

      sums[cell] += r->value;
      counts[cell]++;
    }
  for (guint slot = 0; slot < frame.n_slots; slot++)
    for (guint side = 0; side < LIMBER_N_SIDES; side++)
      for (guint after = 0; after < 2 && present[side]; after++)
        {
          guint cell = (slot * LIMBER_N_SIDES + side) * 2 + after;
          LimberSeriesPoint *point = limber_series_line_point (lines[side][after], slot);

          if (counts[cell] > 0)
            point->value = sums[cell] / counts[cell];
          if (slot == frame.n_slots - 1)
            point->flags |= LIMBER_SERIES_FLAG_PARTIAL;
        }

  limber_series_take_summary (series,
                              describe_mobility (series, &frame,
                                                 limber_series_get_title (series), results,
                                                 test == NULL || test->higher_is_better));

  return g_steal_pointer (&series);
}
