/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "limber-date.h"

static LimberDay
parse_iso_or_invalid (const char *text)
{
  LimberDay day = LIMBER_DAY_INVALID;

  if (!limber_day_parse_iso (text, &day))
    return LIMBER_DAY_INVALID;

  g_assert_cmpuint (day, !=, LIMBER_DAY_INVALID);
  return day;
}

static void
assert_time_parses (const char *text,
                    int         expected)
{
  int seconds = -1;

  g_test_message ("time '%s'", text);
  g_assert_true (limber_time_parse (text, &seconds));
  g_assert_cmpint (seconds, ==, expected);
}

static void
assert_time_refused (const char *text)
{
  int seconds = 12345;

  g_test_message ("time '%s'", text ? text : "(null)");
  g_assert_false (limber_time_parse (text, &seconds));
  /* A refused text leaves the output alone. */
  g_assert_cmpint (seconds, ==, 12345);
}

static void
assert_duration_parses (const char *text,
                        double      expected)
{
  double seconds = -1;

  g_test_message ("duration '%s'", text);
  g_assert_true (limber_duration_parse (text, &seconds));
  g_assert_cmpfloat_with_epsilon (seconds, expected, 1e-9);
}

static void
assert_duration_refused (const char *text)
{
  double seconds = 12345;

  g_test_message ("duration '%s'", text ? text : "(null)");
  g_assert_false (limber_duration_parse (text, &seconds));
  g_assert_cmpfloat (seconds, ==, 12345);
}

static void
assert_string_owned (char       *text,
                     const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_date_from_ymd (void)
{
  LimberDay day = limber_day_from_ymd (2026, 11, 21);

  g_assert_cmpuint (day, !=, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2026, 11, 22), ==, day + 1);
  g_assert_cmpuint (limber_day_from_ymd (2026, 12, 1), ==, day + 10);
  g_assert_cmpuint (limber_day_from_ymd (2027, 1, 1), ==, day + 41);

  /* Day 1 is 1 January of year 1. */
  g_assert_cmpuint (limber_day_from_ymd (1, 1, 1), ==, 1);
  g_assert_cmpuint (limber_day_from_ymd (9999, 12, 31), !=, LIMBER_DAY_INVALID);

  /* Leap years: 2024 yes, 2025 no, 1900 no (century), 2000 yes (400 years). */
  g_assert_cmpuint (limber_day_from_ymd (2024, 2, 29), !=, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2024, 3, 1), ==, limber_day_from_ymd (2024, 2, 29) + 1);
  g_assert_cmpuint (limber_day_from_ymd (2025, 2, 29), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (1900, 2, 29), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2000, 2, 29), !=, LIMBER_DAY_INVALID);

  g_assert_cmpuint (limber_day_from_ymd (2026, 4, 31), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2026, 1, 32), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2026, 1, 0), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2026, 0, 1), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (2026, 13, 1), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (0, 1, 1), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (10000, 1, 1), ==, LIMBER_DAY_INVALID);
  g_assert_cmpuint (limber_day_from_ymd (-1, 1, 1), ==, LIMBER_DAY_INVALID);
}

static void
test_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LimberDay today = limber_day_today ();
  LimberDay expected = limber_day_from_ymd (g_date_time_get_year (now),
                                            g_date_time_get_month (now),
                                            g_date_time_get_day_of_month (now));

  /* The test may straddle midnight. */
  g_assert_cmpuint (today, >=, expected);
  g_assert_cmpuint (today, <=, expected + 1);
}

static void
test_date_parse_iso (void)
{
  const char *refused[] = {
    "2026-1-21", "2026-11-1", "2026-11-21x", " 2026-11-21", "2026-11-21 ", "21/11/2026",
    "2026/11/21", "20261121", "", "2026-13-01", "2026-00-10", "2026-02-30", "2025-02-29",
    "2026-11-00", "0000-01-01", "+026-11-21", "2026-+1-21", "2026-11-2a", "２０２６-11-21",
  };
  LimberDay day;

  g_assert_cmpuint (parse_iso_or_invalid ("2026-11-21"), ==, limber_day_from_ymd (2026, 11, 21));
  g_assert_cmpuint (parse_iso_or_invalid ("2024-02-29"), ==, limber_day_from_ymd (2024, 2, 29));
  g_assert_cmpuint (parse_iso_or_invalid ("0001-01-01"), ==, 1);
  g_assert_cmpuint (parse_iso_or_invalid ("9999-12-31"), ==, limber_day_from_ymd (9999, 12, 31));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("date '%s'", refused[i]);
      day = 42;
      g_assert_false (limber_day_parse_iso (refused[i], &day));
      g_assert_cmpuint (day, ==, 42);
    }

  day = 42;
  g_assert_false (limber_day_parse_iso (NULL, &day));
  g_assert_cmpuint (day, ==, 42);
}

static void
test_date_iso_round_trip (void)
{
  LimberDay first = limber_day_from_ymd (1899, 1, 1);
  LimberDay last = limber_day_from_ymd (2101, 12, 31);
  int year = 1899, month = 1, mday = 1;

  g_assert_cmpuint (first, !=, LIMBER_DAY_INVALID);
  g_assert_cmpuint (last, !=, LIMBER_DAY_INVALID);

  assert_string_owned (limber_day_to_iso (limber_day_from_ymd (2026, 11, 21)), "2026-11-21");
  assert_string_owned (limber_day_to_iso (1), "0001-01-01");
  assert_string_owned (limber_day_to_iso (limber_day_from_ymd (9999, 12, 31)), "9999-12-31");

  /* Every day of two centuries, checked against an independent calendar walk. */
  for (LimberDay day = first; day <= last; day++)
    {
      g_autofree char *iso = limber_day_to_iso (day);
      g_autofree char *expected = g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
      GDateMonth m = (GDateMonth) month;

      g_assert_cmpstr (iso, ==, expected);
      g_assert_cmpuint (parse_iso_or_invalid (iso), ==, day);
      g_assert_cmpuint (limber_day_from_ymd (year, month, mday), ==, day);

      if (++mday > g_date_get_days_in_month (m, (GDateYear) year))
        {
          mday = 1;
          if (++month > 12)
            {
              month = 1;
              year++;
            }
        }
    }
}

static void
test_date_format (void)
{
  LimberDay day = limber_day_from_ymd (2026, 11, 21);

  assert_string_owned (limber_day_format (day, "%Y-%m-%d"), "2026-11-21");
  assert_string_owned (limber_day_format (day, "%u"), "6");   /* ISO weekday, Saturday */
  assert_string_owned (limber_day_format (day, "%V"), "47");  /* ISO week */
}

static void
test_date_week (void)
{
  LimberDay saturday = limber_day_from_ymd (2026, 11, 21);
  LimberDay monday = limber_day_from_ymd (2026, 11, 16);
  LimberDay sunday = limber_day_from_ymd (2026, 11, 22);
  LimberDay next_monday = limber_day_from_ymd (2026, 11, 23);

  g_assert_cmpuint (limber_day_weekday (saturday), ==, 5);
  g_assert_cmpuint (limber_day_weekday (monday), ==, 0);
  g_assert_cmpuint (limber_day_weekday (sunday), ==, 6);
  g_assert_cmpuint (limber_day_weekday (next_monday), ==, 0);

  g_assert_cmpuint (limber_day_week_start (saturday), ==, monday);
  g_assert_cmpuint (limber_day_week_start (monday), ==, monday);
  g_assert_cmpuint (limber_day_week_start (sunday), ==, monday);
  g_assert_cmpuint (limber_day_week_start (next_monday), ==, next_monday);

  /* A week across a year end: Thursday 1 January 2026 is in the week of Monday 29 December. */
  g_assert_cmpuint (limber_day_week_start (limber_day_from_ymd (2026, 1, 1)), ==,
                    limber_day_from_ymd (2025, 12, 29));

  /* 1 January of year 1 was a Monday (proleptic Gregorian). */
  g_assert_cmpuint (limber_day_weekday (1), ==, 0);
  g_assert_cmpuint (limber_day_week_start (1), ==, 1);
  g_assert_cmpuint (limber_day_week_start (7), ==, 1);
  g_assert_cmpuint (limber_day_week_start (8), ==, 8);

  /* Agrees with GDate over a few years. */
  for (LimberDay day = limber_day_from_ymd (2024, 1, 1);
       day < limber_day_from_ymd (2028, 1, 1);
       day++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      g_assert_cmpuint (limber_day_weekday (day), ==, g_date_get_weekday (&date) - G_DATE_MONDAY);
      g_assert_cmpuint (limber_day_week_start (day), <=, day);
      g_assert_cmpuint (day - limber_day_week_start (day), <, 7);
      g_assert_cmpuint (limber_day_weekday (limber_day_week_start (day)), ==, 0);
    }
}

static void
test_date_time_parse (void)
{
  const char *refused[] = {
    "24:00", "23:60", "23:59:60", "7", "", " ", "ab:cd", "7:", ":05", "7:05:", "7::05",
    "007:05", "7:005", "7:05:30:00", "7.05", "7h05", "-7:05", "+7:05", "7:05 pm", "7 :05",
  };

  assert_time_parses ("7:05", 25500);
  assert_time_parses ("07:05", 25500);
  assert_time_parses ("07:05:30", 25530);
  assert_time_parses ("7:05:30", 25530);
  assert_time_parses ("00:00", 0);
  assert_time_parses ("0:00", 0);
  assert_time_parses ("23:59", 86340);
  assert_time_parses ("23:59:59", 86399);
  /* Surrounding white space is ignored. */
  assert_time_parses ("  7:05\n", 25500);
  /* Minutes and seconds take two digits: "7:5" could mean 07:05 or 07:50, so it is refused. */
  assert_time_refused ("7:5");
  assert_time_refused ("7:05:3");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    assert_time_refused (refused[i]);
  assert_time_refused (NULL);
}

static void
test_date_time_format (void)
{
  assert_string_owned (limber_time_format (25500), "07:05");
  assert_string_owned (limber_time_format (25530), "07:05:30");
  assert_string_owned (limber_time_format (0), "00:00");
  assert_string_owned (limber_time_format (86340), "23:59");
  assert_string_owned (limber_time_format (86399), "23:59:59");

  /* Whatever the format writes, the parser reads back. */
  for (int s = 0; s < 86400; s += 7)
    {
      g_autofree char *text = limber_time_format (s);
      int back = -1;

      g_assert_true (limber_time_parse (text, &back));
      g_assert_cmpint (back, ==, s);
    }
}

static void
test_date_duration_parse (void)
{
  const char *refused[] = {
    "", "   ", "-5", "-0:30", "1:60:00", "1:00:60", "1:2:03", "1:02:3", "45:3", "45:300",
    "1:02:03:04", ":30", "1:", "1::03", "ab", "45min", "4 5", "1:0a:00", "nan", "inf",
    "1000:00:00", "-inf",
  };

  assert_duration_parses ("1:02:03", 3723);
  assert_duration_parses ("0:00:01", 1);
  assert_duration_parses ("45:30", 2730);
  assert_duration_parses ("0:59", 59);
  assert_duration_parses ("120:00", 7200);         /* MM:SS takes up to three digits of minutes */
  assert_duration_parses ("120:00:00", 432000);
  assert_duration_parses ("45", 2700);             /* plain minutes */
  assert_duration_parses ("45.5", 2730);
  assert_duration_parses ("0", 0);
  assert_duration_parses (" 1:02:03 ", 3723);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    assert_duration_refused (refused[i]);
  assert_duration_refused (NULL);
}

static void
test_date_duration_format (void)
{
  assert_string_owned (limber_duration_format (3723), "1:02:03");
  assert_string_owned (limber_duration_format (0), "0:00:00");
  assert_string_owned (limber_duration_format (59.4), "0:00:59");
  assert_string_owned (limber_duration_format (59.6), "0:01:00");
  assert_string_owned (limber_duration_format (3599.5), "1:00:00");
  assert_string_owned (limber_duration_format (432000), "120:00:00");

  /* Whatever the format writes, the parser reads back. */
  for (double s = 0; s < 120 * 3600; s += 97)
    {
      g_autofree char *text = limber_duration_format (s);
      double back = -1;

      g_assert_true (limber_duration_parse (text, &back));
      g_assert_cmpfloat (back, ==, s);
    }
}

static void
test_date_pace_format (void)
{
  assert_string_owned (limber_pace_format (312), "5:12");
  assert_string_owned (limber_pace_format (0), "0:00");
  assert_string_owned (limber_pace_format (59.6), "1:00");
  assert_string_owned (limber_pace_format (299.4), "4:59");
  assert_string_owned (limber_pace_format (3600), "60:00");
  assert_string_owned (limber_pace_format (1000.0 / 12.0), "1:23");
}

static void
test_date_preconditions (void)
{
  char *text;

  if (!g_test_undefined ())
    return;

  g_test_expect_message ("limber-date", G_LOG_LEVEL_CRITICAL, "*g_date_valid_julian*");
  text = limber_day_to_iso (LIMBER_DAY_INVALID);
  g_test_assert_expected_messages ();
  g_assert_null (text);

  g_test_expect_message ("limber-date", G_LOG_LEVEL_CRITICAL, "*seconds*");
  text = limber_time_format (86400);
  g_test_assert_expected_messages ();
  g_assert_null (text);

  g_test_expect_message ("limber-date", G_LOG_LEVEL_CRITICAL, "*seconds*");
  text = limber_duration_format (-1);
  g_test_assert_expected_messages ();
  g_assert_null (text);

  g_test_expect_message ("limber-date", G_LOG_LEVEL_CRITICAL, "*day >= 1*");
  g_assert_cmpuint (limber_day_week_start (LIMBER_DAY_INVALID), ==, LIMBER_DAY_INVALID);
  g_test_assert_expected_messages ();
}

/* A day goes to a GDateTime (a calendar's) and back unchanged, across a DST change. */
static void
test_date_date_time (void)
{
  LimberDay days[] = { limber_day_from_ymd (2026, 3, 29), limber_day_from_ymd (2026, 10, 25),
                       limber_day_from_ymd (2024, 2, 29), limber_day_from_ymd (1900, 1, 1) };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GDateTime) date_time = limber_day_to_date_time (days[i]);

      g_assert_cmpint (g_date_time_get_hour (date_time), ==, 12);
      g_assert_cmpuint (limber_day_from_date_time (date_time), ==, days[i]);
    }

  g_assert_cmpint (limber_time_now (), >=, 0);
  g_assert_cmpint (limber_time_now (), <, 86400);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/date/from-ymd", test_date_from_ymd);
  g_test_add_func ("/limber/date/today", test_date_today);
  g_test_add_func ("/limber/date/parse-iso", test_date_parse_iso);
  g_test_add_func ("/limber/date/iso-round-trip", test_date_iso_round_trip);
  g_test_add_func ("/limber/date/format", test_date_format);
  g_test_add_func ("/limber/date/week", test_date_week);
  g_test_add_func ("/limber/date/time-parse", test_date_time_parse);
  g_test_add_func ("/limber/date/time-format", test_date_time_format);
  g_test_add_func ("/limber/date/duration-parse", test_date_duration_parse);
  g_test_add_func ("/limber/date/duration-format", test_date_duration_format);
  g_test_add_func ("/limber/date/pace-format", test_date_pace_format);
  g_test_add_func ("/limber/date/preconditions", test_date_preconditions);
  g_test_add_func ("/limber/date/date-time", test_date_date_time);

  return g_test_run ();
}
