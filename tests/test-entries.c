/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "limber-body.h"
#include "limber-entry.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-mobility.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-soreness.h"

#define VALID_UUID "0d5f8a6e-4c7b-4e0a-9f3d-2b1c6a7e8f90"

/* Validation is judged against a fixed day, never the clock. A Saturday. */
static LimberDay
fixed_today (void)
{
  return limber_day_from_ymd (2026, 11, 21);
}

static const char *
error_code_name (int code)
{
  static const char * const names[] = {
    "DATE", "TIME", "NOTES", "DISTANCE", "DURATION", "RPE", "RUN_KIND", "SURFACE",
    "TEMPERATURE", "SHOES", "ZONE", "SIDE", "LEVEL", "QUALITY", "VOLUME", "FASCIA_KIND",
    "MOVES", "MOBILITY", "UUID", "ELEVATION_GAIN", "HEART_RATE",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == LIMBER_ENTRY_ERROR_HEART_RATE + 1);

  if (code < 0 || code >= (int) G_N_ELEMENTS (names))
    return "(not a LimberEntryError)";

  return names[code];
}

/* "DURATION: Duration must be …", or the domain for errors of another domain. */
static char *
describe_error (const GError *error)
{
  if (error->domain != LIMBER_ENTRY_ERROR)
    return g_strdup_printf ("%s %d: %s", g_quark_to_string (error->domain), error->code,
                            error->message);

  return g_strdup_printf ("%s: %s", error_code_name (error->code), error->message);
}

/* The two checks every test below is made of. They report the caller's line on failure. */
#define assert_valid(entry) \
  assert_valid_at (__FILE__, __LINE__, G_STRFUNC, LIMBER_ENTRY (entry))
#define assert_invalid(entry, code, fragment) \
  assert_invalid_at (__FILE__, __LINE__, G_STRFUNC, LIMBER_ENTRY (entry), code, fragment)

static void
assert_valid_at (const char  *file,
                 int          line,
                 const char  *func,
                 LimberEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *failure = NULL;
  gboolean ok;

  ok = limber_entry_validate (entry, fixed_today (), &error);

  if (error != NULL)
    {
      g_autofree char *got = describe_error (error);

      failure = g_strdup_printf ("expected a valid entry, got %s", got);
    }
  else if (!ok)
    failure = g_strdup ("validation failed without setting an error");

  if (failure != NULL)
    g_assertion_message (G_LOG_DOMAIN, file, line, func, failure);
}

/* fragment, when not NULL, must appear in the message. */
static void
assert_invalid_at (const char       *file,
                   int               line,
                   const char       *func,
                   LimberEntry      *entry,
                   LimberEntryError  code,
                   const char       *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *failure = NULL;
  gboolean ok;

  ok = limber_entry_validate (entry, fixed_today (), &error);

  if (ok && error == NULL)
    failure = g_strdup_printf ("expected error %s, but the entry is valid", error_code_name (code));
  else if (ok || error == NULL)
    failure = g_strdup ("validation returned a result that disagrees with its error");
  else if (!g_error_matches (error, LIMBER_ENTRY_ERROR, code))
    {
      g_autofree char *got = describe_error (error);

      failure = g_strdup_printf ("expected error %s, got %s", error_code_name (code), got);
    }
  else if (fragment != NULL && strstr (error->message, fragment) == NULL)
    failure = g_strdup_printf ("error %s: message '%s' does not contain '%s'",
                               error_code_name (code), error->message, fragment);

  if (failure != NULL)
    g_assertion_message (G_LOG_DOMAIN, file, line, func, failure);
}

static char *
repeat_string (const char *unit,
               guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

/* Minimal valid entries of each kind, dated today. */

static LimberEntry *
new_run (void)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), fixed_today ());
  limber_run_set_distance (run, 10000);
  limber_run_set_duration (run, 3000);

  return LIMBER_ENTRY (run);
}

static LimberEntry *
new_soreness (void)
{
  LimberSoreness *soreness = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (soreness), fixed_today ());
  limber_soreness_set_zone (soreness, LIMBER_ZONE_CALF);
  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (soreness, 3);

  return LIMBER_ENTRY (soreness);
}

static LimberEntry *
new_hydration (void)
{
  LimberHydration *hydration = limber_hydration_new ();

  limber_entry_set_day (LIMBER_ENTRY (hydration), fixed_today ());
  limber_hydration_set_volume (hydration, 500);

  return LIMBER_ENTRY (hydration);
}

static LimberEntry *
new_fascia (void)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), fixed_today ());
  limber_fascia_session_set_duration (session, 20 * 60);

  return LIMBER_ENTRY (session);
}

static LimberEntry *(* const entry_factories[]) (void) = {
  new_run, new_soreness, new_hydration, new_fascia,
};

static void
set_run (LimberRun *run,
         double     metres,
         double     seconds)
{
  limber_run_set_distance (run, metres);
  limber_run_set_duration (run, seconds);
}

static void
set_result (LimberFasciaSession *session,
            const char          *test_id,
            LimberSide           side,
            double               value)
{
  limber_fascia_session_clear_results (session);
  limber_fascia_session_add_result (session, test_id, side, FALSE, value);
}

/* Common fields, on every kind of entry */

static void
test_entries_minimal_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    {
      LimberEntry *entry = entry_factories[i] ();

      g_test_message ("kind %s", limber_entry_kind_to_id (limber_entry_get_kind (entry)));
      assert_valid (entry);
      g_assert_finalize_object (entry);
    }
}

static void
test_entries_date (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    {
      LimberEntry *entry = entry_factories[i] ();

      g_test_message ("kind %s", limber_entry_kind_to_id (limber_entry_get_kind (entry)));

      limber_entry_set_day (entry, LIMBER_DAY_INVALID);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_DATE, "Date is missing");

      limber_entry_set_day (entry, fixed_today ());
      assert_valid (entry);
      limber_entry_set_day (entry, fixed_today () - 1);
      assert_valid (entry);
      limber_entry_set_day (entry, fixed_today () + 1);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_DATE, "Date cannot be in the future");
      limber_entry_set_day (entry, limber_day_from_ymd (2030, 1, 1));
      assert_invalid (entry, LIMBER_ENTRY_ERROR_DATE, "Date cannot be in the future");

      limber_entry_set_day (entry, limber_day_from_ymd (1900, 1, 1));
      assert_valid (entry);
      limber_entry_set_day (entry, limber_day_from_ymd (1899, 12, 31));
      assert_invalid (entry, LIMBER_ENTRY_ERROR_DATE,
                      "Date must be between 1 January 1900 and today");
      limber_entry_set_day (entry, 1);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_DATE, NULL);

      g_assert_finalize_object (entry);
    }
}

/* The rule on its own, for the editors' calendar: the same days, the same words. */
static void
test_entries_check_day (void)
{
  const struct {
    LimberDay   day;
    const char *message;
  } cases[] = {
    { fixed_today (), NULL },
    { limber_day_from_ymd (1900, 1, 1), NULL },
    { fixed_today () + 1, "Date cannot be in the future" },
    { limber_day_from_ymd (1899, 12, 31), "Date must be between 1 January 1900 and today" },
    { LIMBER_DAY_INVALID, "Date is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = limber_entry_check_day (cases[i].day, fixed_today (), &error);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE);
          g_assert_cmpstr (error->message, ==, cases[i].message);
          g_assert_false (ok);
        }
    }
}

static void
test_entries_time (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    {
      LimberEntry *entry = entry_factories[i] ();

      g_test_message ("kind %s", limber_entry_kind_to_id (limber_entry_get_kind (entry)));

      g_assert_cmpint (limber_entry_get_time (entry), ==, -1);
      assert_valid (entry);

      limber_entry_set_time (entry, 0);
      assert_valid (entry);
      limber_entry_set_time (entry, 86399);
      assert_valid (entry);
      limber_entry_set_time (entry, 86400);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_TIME, "Time must be between 00:00 and 23:59");
      limber_entry_set_time (entry, -2);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_TIME, "Time must be between 00:00 and 23:59");
      limber_entry_set_time (entry, G_MININT);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_TIME, NULL);
      limber_entry_set_time (entry, G_MAXINT);
      assert_invalid (entry, LIMBER_ENTRY_ERROR_TIME, NULL);
      limber_entry_set_time (entry, -1);
      assert_valid (entry);

      g_assert_finalize_object (entry);
    }
}

static void
test_entries_notes (void)
{
  /* Two-, three- and four-byte characters: the limit is in characters, not bytes. */
  const char *units[] = { "a", "é", "€", "🏃" };

  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    {
      LimberEntry *entry = entry_factories[i] ();

      g_test_message ("kind %s", limber_entry_kind_to_id (limber_entry_get_kind (entry)));

      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        {
          g_autofree char *at_limit = repeat_string (units[u], LIMBER_ENTRY_NOTES_MAX);
          g_autofree char *over_limit = repeat_string (units[u], LIMBER_ENTRY_NOTES_MAX + 1);

          g_assert_cmpuint (strlen (at_limit), ==, LIMBER_ENTRY_NOTES_MAX * strlen (units[u]));

          limber_entry_set_notes (entry, at_limit);
          assert_valid (entry);
          limber_entry_set_notes (entry, over_limit);
          assert_invalid (entry, LIMBER_ENTRY_ERROR_NOTES,
                          "Notes must be at most 10000 characters");
        }

      /* Empty notes are no notes. */
      limber_entry_set_notes (entry, "");
      g_assert_cmpstr (limber_entry_get_notes (entry), ==, "");
      assert_valid (entry);
      limber_entry_set_notes (entry, NULL);
      g_assert_cmpstr (limber_entry_get_notes (entry), ==, "");
      assert_valid (entry);

      g_assert_finalize_object (entry);
    }
}

static void
test_entries_uuid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    {
      LimberEntry *entry = entry_factories[i] ();

      g_test_message ("kind %s", limber_entry_kind_to_id (limber_entry_get_kind (entry)));

      /* Unset until the journal gives one. */
      g_assert_null (limber_entry_get_uuid (entry));
      assert_valid (entry);

      limber_entry_set_uuid (entry, VALID_UUID);
      g_assert_cmpstr (limber_entry_get_uuid (entry), ==, VALID_UUID);
      assert_valid (entry);

      limber_entry_set_uuid (entry, "0D5F8A6E-4C7B-4E0A-9F3D-2B1C6A7E8F90");
      g_assert_cmpstr (limber_entry_get_uuid (entry), ==, VALID_UUID);
      assert_valid (entry);

      limber_entry_set_uuid (entry, "not-a-uuid");
      assert_invalid (entry, LIMBER_ENTRY_ERROR_UUID,
                      "“not-a-uuid” is not a valid entry id (a UUID)");
      limber_entry_set_uuid (entry, "0d5f8a6e-4c7b-4e0a-9f3d-2b1c6a7e8f9");
      assert_invalid (entry, LIMBER_ENTRY_ERROR_UUID, NULL);
      limber_entry_set_uuid (entry, "0d5f8a6e-4c7b-4e0a-9f3d-2b1c6a7e8f90a");
      assert_invalid (entry, LIMBER_ENTRY_ERROR_UUID, NULL);
      limber_entry_set_uuid (entry, "0d5f8a6e_4c7b_4e0a_9f3d_2b1c6a7e8f90");
      assert_invalid (entry, LIMBER_ENTRY_ERROR_UUID, NULL);
      limber_entry_set_uuid (entry, "zd5f8a6e-4c7b-4e0a-9f3d-2b1c6a7e8f90");
      assert_invalid (entry, LIMBER_ENTRY_ERROR_UUID, NULL);

      limber_entry_set_uuid (entry, NULL);
      g_assert_null (limber_entry_get_uuid (entry));
      assert_valid (entry);

      g_assert_finalize_object (entry);
    }
}

/* Common fields are checked before the kind's own. */
static void
test_entries_common_first (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());

  limber_run_set_distance (run, 0);
  limber_entry_set_time (LIMBER_ENTRY (run), 86400);
  assert_invalid (run, LIMBER_ENTRY_ERROR_TIME, NULL);
  limber_entry_set_time (LIMBER_ENTRY (run), -1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, NULL);

  g_assert_finalize_object (run);
}

/* Runs */

static void
test_entries_run_distance (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  const char *message = "Distance must be between 0.1 and 500 km";

  set_run (run, 99.9, 60);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);
  set_run (run, 100, 60);
  assert_valid (run);
  set_run (run, 500000, 100 * 3600);
  assert_valid (run);
  set_run (run, 500000.1, 100 * 3600);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);

  set_run (run, 0, 3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);
  set_run (run, -10000, 3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);
  set_run (run, NAN, 3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);
  set_run (run, INFINITY, 3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);
  set_run (run, -INFINITY, 3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DISTANCE, message);

  g_assert_finalize_object (run);
}

static void
test_entries_run_duration (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  const char *message = "Duration must be between 1 minute and 120 hours";

  set_run (run, 500, 59);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);
  set_run (run, 500, 59.999);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);
  set_run (run, 500, 60);
  assert_valid (run);
  set_run (run, 200000, 120 * 3600);
  assert_valid (run);
  set_run (run, 200000, 120 * 3600 + 1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);

  set_run (run, 10000, 0);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);
  set_run (run, 10000, -3000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);
  set_run (run, 10000, NAN);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);
  set_run (run, 10000, INFINITY);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, message);

  g_assert_finalize_object (run);
}

static void
test_entries_run_pace (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  const char *too_fast = "Duration is too short for the distance: the pace must be slower than "
                         "1:23 /km";
  const char *too_slow = "Duration is too long for the distance: the pace must be faster than "
                         "60:00 /km";

  /* 10 km in 10 seconds: under a minute, the duration range refuses it first. */
  set_run (run, 10000, 10);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, "between 1 minute and 120 hours");

  /* 10 km in 2 minutes is long enough to be a duration, but no human pace. */
  set_run (run, 10000, 120);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, too_fast);

  /* Exactly 12 m/s is allowed, any faster is not. */
  set_run (run, 720, 60);
  assert_valid (run);
  set_run (run, 12000, 1000);
  assert_valid (run);
  set_run (run, 721, 60);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, too_fast);
  set_run (run, 12001, 1000);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, too_fast);

  /* Exactly 60:00 per km is allowed, any slower is not. */
  set_run (run, 1000, 3600);
  assert_valid (run);
  set_run (run, 100, 360);
  assert_valid (run);
  set_run (run, 1000, 3601);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, too_slow);
  set_run (run, 100, 361);
  assert_invalid (run, LIMBER_ENTRY_ERROR_DURATION, too_slow);

  /* The same limits in miles, for a runner who types miles. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (limber_run_check_pace (LIMBER_METRES_PER_MILE, 600, LIMBER_UNITS_MILES,
                                          &error));
    g_assert_false (limber_run_check_pace (LIMBER_METRES_PER_MILE, 60, LIMBER_UNITS_MILES,
                                           &error));
    g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION);
    g_assert_cmpstr (error->message, ==, "Duration is too short for the distance: the pace "
                     "must be slower than 2:14 /mi");
    g_clear_error (&error);
    g_assert_false (limber_run_check_pace (LIMBER_METRES_PER_MILE, 6000, LIMBER_UNITS_MILES,
                                           &error));
    g_assert_cmpstr (error->message, ==, "Duration is too long for the distance: the pace "
                     "must be faster than 96:34 /mi");
  }

  g_assert_finalize_object (run);
}

static void
test_entries_run_rpe (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());

  g_assert_cmpint (limber_run_get_rpe (run), ==, LIMBER_RPE_UNSET);
  assert_valid (run);

  for (int rpe = 0; rpe <= 10; rpe++)
    {
      limber_run_set_rpe (run, rpe);
      assert_valid (run);
    }

  limber_run_set_rpe (run, 11);
  assert_invalid (run, LIMBER_ENTRY_ERROR_RPE, "Effort must be between 0 and 10");
  limber_run_set_rpe (run, -2);
  assert_invalid (run, LIMBER_ENTRY_ERROR_RPE, "Effort must be between 0 and 10");
  limber_run_set_rpe (run, G_MAXINT);
  assert_invalid (run, LIMBER_ENTRY_ERROR_RPE, NULL);
  limber_run_set_rpe (run, LIMBER_RPE_UNSET);
  assert_valid (run);

  g_assert_finalize_object (run);
}

static void
test_entries_run_kind_surface (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());

  g_assert_cmpint (limber_run_get_run_kind (run), ==, LIMBER_RUN_EASY);
  g_assert_cmpint (limber_run_get_surface (run), ==, LIMBER_SURFACE_UNSET);

  for (guint kind = 0; kind < LIMBER_N_RUN_KINDS; kind++)
    {
      limber_run_set_run_kind (run, kind);
      assert_valid (run);
    }
  limber_run_set_run_kind (run, LIMBER_N_RUN_KINDS);
  assert_invalid (run, LIMBER_ENTRY_ERROR_RUN_KIND,
                  "Kind must be easy, long, tempo, intervals, race, recovery or other");
  limber_run_set_run_kind (run, (LimberRunKind) -1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_RUN_KIND, NULL);
  limber_run_set_run_kind (run, LIMBER_RUN_RACE);

  for (guint surface = 0; surface < LIMBER_N_SURFACES; surface++)
    {
      limber_run_set_surface (run, surface);
      assert_valid (run);
    }
  limber_run_set_surface (run, LIMBER_N_SURFACES);
  assert_invalid (run, LIMBER_ENTRY_ERROR_SURFACE,
                  "Surface must be road, trail, track, treadmill or other");
  limber_run_set_surface (run, (LimberSurface) -1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_SURFACE, NULL);

  g_assert_finalize_object (run);
}

static void
test_entries_run_temperature (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  const char *message = "Temperature must be between -40 and 50 °C";

  g_assert_false (limber_run_has_temperature (run));
  g_assert_true (isnan (limber_run_get_temperature (run)));
  assert_valid (run);

  limber_run_set_temperature (run, -40);
  g_assert_true (limber_run_has_temperature (run));
  assert_valid (run);
  limber_run_set_temperature (run, 50);
  assert_valid (run);
  limber_run_set_temperature (run, 0);
  assert_valid (run);
  limber_run_set_temperature (run, 50.1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_TEMPERATURE, message);
  limber_run_set_temperature (run, -40.1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_TEMPERATURE, message);
  limber_run_set_temperature (run, INFINITY);
  assert_invalid (run, LIMBER_ENTRY_ERROR_TEMPERATURE, message);
  limber_run_set_temperature (run, -INFINITY);
  assert_invalid (run, LIMBER_ENTRY_ERROR_TEMPERATURE, message);

  limber_run_set_temperature (run, NAN);
  g_assert_false (limber_run_has_temperature (run));
  assert_valid (run);

  limber_run_set_temperature (run, 20);
  limber_run_unset_temperature (run);
  g_assert_false (limber_run_has_temperature (run));
  assert_valid (run);

  g_assert_finalize_object (run);
}

/* The figures a watch records: optional, unknown by default, within what a run can be. */
static void
test_entries_run_watch_figures (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  const char *climb = "Elevation gain must be between 0 and 10000 m";
  const char *heart = "Average heart rate must be between 30 and 250 bpm";

  g_assert_false (limber_run_has_elevation_gain (run));
  g_assert_true (isnan (limber_run_get_elevation_gain (run)));
  g_assert_false (limber_run_has_avg_heart_rate (run));
  g_assert_true (isnan (limber_run_get_avg_heart_rate (run)));
  assert_valid (run);

  limber_run_set_elevation_gain (run, 0);
  g_assert_true (limber_run_has_elevation_gain (run));
  assert_valid (run);
  limber_run_set_elevation_gain (run, 10000);
  assert_valid (run);
  limber_run_set_elevation_gain (run, 10000.5);
  assert_invalid (run, LIMBER_ENTRY_ERROR_ELEVATION_GAIN, climb);
  limber_run_set_elevation_gain (run, -1);
  assert_invalid (run, LIMBER_ENTRY_ERROR_ELEVATION_GAIN, climb);
  limber_run_set_elevation_gain (run, INFINITY);
  assert_invalid (run, LIMBER_ENTRY_ERROR_ELEVATION_GAIN, climb);
  limber_run_unset_elevation_gain (run);
  g_assert_false (limber_run_has_elevation_gain (run));
  assert_valid (run);

  limber_run_set_avg_heart_rate (run, 30);
  g_assert_true (limber_run_has_avg_heart_rate (run));
  assert_valid (run);
  limber_run_set_avg_heart_rate (run, 250);
  assert_valid (run);
  limber_run_set_avg_heart_rate (run, 29.9);
  assert_invalid (run, LIMBER_ENTRY_ERROR_HEART_RATE, heart);
  limber_run_set_avg_heart_rate (run, 251);
  assert_invalid (run, LIMBER_ENTRY_ERROR_HEART_RATE, heart);
  limber_run_set_avg_heart_rate (run, -INFINITY);
  assert_invalid (run, LIMBER_ENTRY_ERROR_HEART_RATE, heart);
  limber_run_set_avg_heart_rate (run, NAN);
  g_assert_false (limber_run_has_avg_heart_rate (run));
  assert_valid (run);

  g_assert_finalize_object (run);
}

static void
test_entries_run_shoes (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());
  g_autofree char *ascii_at = repeat_string ("x", LIMBER_RUN_SHOES_MAX);
  g_autofree char *ascii_over = repeat_string ("x", LIMBER_RUN_SHOES_MAX + 1);
  g_autofree char *wide_at = repeat_string ("👟", LIMBER_RUN_SHOES_MAX);
  g_autofree char *wide_over = repeat_string ("👟", LIMBER_RUN_SHOES_MAX + 1);

  g_assert_null (limber_run_get_shoes (run));
  assert_valid (run);

  limber_run_set_shoes (run, ascii_at);
  assert_valid (run);
  limber_run_set_shoes (run, ascii_over);
  assert_invalid (run, LIMBER_ENTRY_ERROR_SHOES, "Shoes must be at most 100 characters");
  limber_run_set_shoes (run, wide_at);
  assert_valid (run);
  limber_run_set_shoes (run, wide_over);
  assert_invalid (run, LIMBER_ENTRY_ERROR_SHOES, "Shoes must be at most 100 characters");

  limber_run_set_shoes (run, "");
  g_assert_null (limber_run_get_shoes (run));
  assert_valid (run);

  g_assert_finalize_object (run);
}

static void
test_entries_run_pace_getter (void)
{
  LimberRun *run = limber_run_new ();

  g_assert_cmpfloat (limber_run_get_pace (run), ==, 0);
  set_run (run, 10000, 3120);
  g_assert_cmpfloat_with_epsilon (limber_run_get_pace (run), 312, 1e-9);

  g_assert_finalize_object (run);
}

/* Soreness */

static void
test_entries_soreness_level (void)
{
  LimberSoreness *soreness = LIMBER_SORENESS (new_soreness ());
  const char *message = "Soreness level must be between 0 and 10";

  for (int level = 0; level <= 10; level++)
    {
      limber_soreness_set_level (soreness, level);
      assert_valid (soreness);
    }

  limber_soreness_set_level (soreness, -1);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_LEVEL, message);
  limber_soreness_set_level (soreness, 11);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_LEVEL, message);
  limber_soreness_set_level (soreness, G_MININT);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_LEVEL, message);

  g_assert_finalize_object (soreness);
}

static void
test_entries_soreness_zone_side (void)
{
  LimberSoreness *soreness = LIMBER_SORENESS (new_soreness ());

  limber_soreness_set_zone (soreness, LIMBER_ZONE_CALF);
  limber_soreness_set_side (soreness, LIMBER_SIDE_CENTRE);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_SIDE,
                  "Side must be left, right or both for the zone “Calf”");

  limber_soreness_set_zone (soreness, LIMBER_ZONE_LOWER_BACK);
  assert_valid (soreness);
  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  assert_valid (soreness);

  /* Every zone with every side: only paired zones refuse the centre. */
  for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      for (guint side = 0; side < LIMBER_N_SIDES; side++)
        {
          g_test_message ("%s %s", limber_zone_to_id (zone), limber_side_to_id (side));
          limber_soreness_set_zone (soreness, zone);
          limber_soreness_set_side (soreness, side);

          if (side == LIMBER_SIDE_CENTRE && limber_zone_is_paired (zone))
            assert_invalid (soreness, LIMBER_ENTRY_ERROR_SIDE, limber_zone_get_label (zone));
          else
            assert_valid (soreness);
        }
    }

  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  limber_soreness_set_zone (soreness, LIMBER_N_ZONES);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_ZONE,
                  "Zone must be one of the body zones of the body map");
  limber_soreness_set_zone (soreness, (LimberZone) -1);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_ZONE, NULL);

  limber_soreness_set_zone (soreness, LIMBER_ZONE_KNEE);
  limber_soreness_set_side (soreness, LIMBER_N_SIDES);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_SIDE, "Side must be left, right, both or centre");
  limber_soreness_set_side (soreness, (LimberSide) -1);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_SIDE, NULL);

  g_assert_finalize_object (soreness);
}

static void
test_entries_soreness_quality (void)
{
  LimberSoreness *soreness = LIMBER_SORENESS (new_soreness ());

  for (guint quality = 0; quality < LIMBER_N_QUALITIES; quality++)
    {
      limber_soreness_set_quality (soreness, quality);
      assert_valid (soreness);
    }

  limber_soreness_set_quality (soreness, LIMBER_N_QUALITIES);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_QUALITY,
                  "Quality must be ache, tight, sharp or numbness");
  limber_soreness_set_quality (soreness, (LimberQuality) -1);
  assert_invalid (soreness, LIMBER_ENTRY_ERROR_QUALITY, NULL);

  g_assert_finalize_object (soreness);
}

/* Hydration */

static void
test_entries_hydration_volume (void)
{
  LimberHydration *hydration = LIMBER_HYDRATION (new_hydration ());
  const char *message = "Amount must be between 10 and 5000 ml";
  const double refused[] = { 9.9, 5000.1, 0, -250, NAN, INFINITY, -INFINITY };
  const double accepted[] = { 10, 250.5, 5000 };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      limber_hydration_set_volume (hydration, accepted[i]);
      assert_valid (hydration);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("volume %g", refused[i]);
      limber_hydration_set_volume (hydration, refused[i]);
      assert_invalid (hydration, LIMBER_ENTRY_ERROR_VOLUME, message);
    }

  g_assert_finalize_object (hydration);
}

/* Fascia sessions */

static void
test_entries_fascia_duration (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());
  const char *message = "Duration must be between 1 and 240 minutes";

  limber_fascia_session_set_duration (session, 59);
  assert_invalid (session, LIMBER_ENTRY_ERROR_DURATION, message);
  limber_fascia_session_set_duration (session, 60);
  assert_valid (session);
  limber_fascia_session_set_duration (session, 240 * 60);
  assert_valid (session);
  limber_fascia_session_set_duration (session, 240 * 60 + 1);
  assert_invalid (session, LIMBER_ENTRY_ERROR_DURATION, message);
  limber_fascia_session_set_duration (session, 0);
  assert_invalid (session, LIMBER_ENTRY_ERROR_DURATION, message);
  limber_fascia_session_set_duration (session, G_MAXUINT);
  assert_invalid (session, LIMBER_ENTRY_ERROR_DURATION, message);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_kind (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());

  g_assert_cmpint (limber_fascia_session_get_fascia_kind (session), ==, LIMBER_FASCIA_SELF);

  /* A professional massage names zones, not moves. */
  limber_fascia_session_set_fascia_kind (session, LIMBER_FASCIA_PROFESSIONAL);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH, 600);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 0);
  assert_valid (session);

  limber_fascia_session_set_fascia_kind (session, LIMBER_N_FASCIA_KINDS);
  assert_invalid (session, LIMBER_ENTRY_ERROR_FASCIA_KIND,
                  "Kind must be self-care or professional massage");
  limber_fascia_session_set_fascia_kind (session, (LimberFasciaKind) -1);
  assert_invalid (session, LIMBER_ENTRY_ERROR_FASCIA_KIND, NULL);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_moves (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());
  const LimberFasciaItem *items;
  guint n_items;

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 90);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 90);
  limber_fascia_session_add_item (session, "arch-ball", LIMBER_ZONE_HEEL, LIMBER_SIDE_BOTH, 120);
  limber_fascia_session_add_item (session, "rocking-fold", LIMBER_ZONE_LOWER_BACK,
                                  LIMBER_SIDE_CENTRE, 60);
  limber_fascia_session_add_item (session, "upper-back-roll", LIMBER_ZONE_UPPER_BACK,
                                  LIMBER_SIDE_CENTRE, 0);
  assert_valid (session);

  items = limber_fascia_session_get_items (session, &n_items);
  g_assert_cmpuint (n_items, ==, 5);
  g_assert_cmpstr (items[0].move_id, ==, "calf-roll");
  g_assert_true (items[0].move_id == g_intern_static_string ("calf-roll"));
  g_assert_cmpint (items[3].zone, ==, LIMBER_ZONE_LOWER_BACK);
  g_assert_cmpint (items[3].side, ==, LIMBER_SIDE_CENTRE);
  g_assert_cmpuint (limber_fascia_session_get_item_seconds (session), ==, 360);

  /* A move outside the library. */
  limber_fascia_session_add_item (session, "no-such-move", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES,
                  "Move “no-such-move” is not in the move library");

  /* A move on a zone it does not work. */
  limber_fascia_session_clear_items (session);
  g_assert_cmpuint (limber_fascia_session_get_item_seconds (session), ==, 0);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES,
                  "Move “Calf roll” does not work the zone “Hip and glute”");

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 60);
  assert_valid (session);
  limber_fascia_session_add_item (session, "figure-four", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, "Figure-four stretch");

  /* Every move of the catalogue on every zone. */
  {
    guint n_moves = 0;
    const LimberMove *moves = limber_moves_get_all (&n_moves);

    for (guint m = 0; m < n_moves; m++)
      {
        for (guint zone = 0; zone < LIMBER_N_ZONES; zone++)
          {
            g_test_message ("%s on %s", moves[m].id, limber_zone_to_id (zone));
            limber_fascia_session_clear_items (session);
            limber_fascia_session_add_item (session, moves[m].id, zone, LIMBER_SIDE_BOTH, 60);

            if (limber_move_has_zone (&moves[m], zone))
              assert_valid (session);
            else
              assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, limber_move_get_name (&moves[m]));
          }
      }
  }

  /* A zone outside the body map. */
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_N_ZONES, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_ZONE,
                  "Zone must be one of the body zones of the body map");
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_N_ZONES, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_ZONE, NULL);

  /* An empty move id is no move. */
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "", LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 60);
  items = limber_fascia_session_get_items (session, &n_items);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_null (items[0].move_id);
  assert_valid (session);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_sides (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_CENTRE, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_SIDE,
                  "Side must be left, right or both for the zone “Calf”");

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_HIP, LIMBER_SIDE_CENTRE, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_SIDE, "“Hip and glute”");

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "knee-hug-rock", LIMBER_ZONE_LOWER_BACK,
                                  LIMBER_SIDE_CENTRE, 60);
  assert_valid (session);

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_N_SIDES, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_SIDE, NULL);

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_UPPER_BACK, (LimberSide) -1, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_SIDE, NULL);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_item_seconds (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());
  const char *message = "Time for a move must be between 5 seconds and 60 minutes";
  const struct { guint seconds; gboolean ok; } cases[] = {
    { 0, TRUE }, { 1, FALSE }, { 4, FALSE }, { 5, TRUE }, { 3600, TRUE }, { 3601, FALSE },
    { G_MAXUINT, FALSE },
  };

  limber_fascia_session_set_duration (session, 240 * 60);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("item of %u s", cases[i].seconds);
      limber_fascia_session_clear_items (session);
      limber_fascia_session_add_item (session, "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_RIGHT,
                                      cases[i].seconds);
      if (cases[i].ok)
        assert_valid (session);
      else
        assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, message);
    }

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_mixed (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());
  const char *message = "Either every part of a session names a move, or none does";

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 60);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, message);

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 60);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, message);

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 60);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 60);
  assert_valid (session);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_item_total (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());

  /* A ten-minute session holds up to eleven minutes of moves, for rounding. */
  limber_fascia_session_set_duration (session, 600);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 330);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 330);
  g_assert_cmpuint (limber_fascia_session_get_item_seconds (session), ==, 660);
  assert_valid (session);

  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 330);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 331);
  assert_invalid (session, LIMBER_ENTRY_ERROR_DURATION,
                  "The moves add up to 12 minutes, more than the session’s 10 minutes");

  /* The same parts fit a longer session. */
  limber_fascia_session_set_duration (session, 601);
  assert_valid (session);

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_item_count (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());

  /* 40 × 30 s fits the session; 41 × 30 s still fits its minute of slack. */
  limber_fascia_session_set_duration (session, LIMBER_FASCIA_MAX_ITEMS * 30);
  for (guint i = 0; i < LIMBER_FASCIA_MAX_ITEMS; i++)
    limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF,
                                    i % 2 ? LIMBER_SIDE_LEFT : LIMBER_SIDE_RIGHT, 30);
  assert_valid (session);

  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 30);
  g_assert_cmpuint (limber_fascia_session_get_item_seconds (session), <=,
                    limber_fascia_session_get_duration (session) + 60);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOVES, "A session can hold at most 40 moves");

  g_assert_finalize_object (session);
}

static void
test_entries_fascia_mobility (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());
  const struct {
    const char *id;
    double      min;
    double      max;
    gboolean    per_side;
    const char *range;
  } tests[] = {
    { "knee_to_wall", 0, 20, TRUE, "Knee to wall must be between 0 and 20 cm" },
    { "toe_mobility", 0, 10, TRUE, "Toe mobility must be between 0 and 10 points" },
    { "quad_stretch", 0, 60, TRUE, "Quad stretch must be between 0 and 60 cm" },
    { "runners_lunge", 0, 10, TRUE, "Runner’s lunge must be between 0 and 10 points" },
    { "toe_touch", -30, 60, FALSE, "Standing toe touch must be between -30 and 60 cm" },
  };
  guint n_tests = 0;

  limber_mobility_get_all (&n_tests);
  g_assert_cmpuint (n_tests, ==, G_N_ELEMENTS (tests));

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      const LimberMobilityTest *test = limber_mobility_lookup (tests[i].id);
      LimberSide good = tests[i].per_side ? LIMBER_SIDE_RIGHT : LIMBER_SIDE_CENTRE;
      g_autofree char *side_message = NULL;

      g_test_message ("mobility test %s", tests[i].id);
      g_assert_nonnull (test);
      g_assert_cmpint (test->per_side, ==, tests[i].per_side);

      set_result (session, tests[i].id, good, tests[i].min);
      assert_valid (session);
      set_result (session, tests[i].id, good, tests[i].max);
      assert_valid (session);
      set_result (session, tests[i].id, good, (tests[i].min + tests[i].max) / 2);
      assert_valid (session);
      set_result (session, tests[i].id, good, tests[i].min - 0.1);
      assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, tests[i].range);
      set_result (session, tests[i].id, good, tests[i].max + 0.1);
      assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, tests[i].range);
      set_result (session, tests[i].id, good, NAN);
      assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, tests[i].range);
      set_result (session, tests[i].id, good, INFINITY);
      assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, tests[i].range);

      if (tests[i].per_side)
        {
          side_message = g_strdup_printf ("%s is measured on the left or the right side",
                                          limber_mobility_get_name (test));
          set_result (session, tests[i].id, LIMBER_SIDE_LEFT, tests[i].max);
          assert_valid (session);
          set_result (session, tests[i].id, LIMBER_SIDE_CENTRE, tests[i].max);
          assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, side_message);
          set_result (session, tests[i].id, LIMBER_SIDE_BOTH, tests[i].max);
          assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, side_message);
        }
      else
        {
          side_message = g_strdup_printf ("%s is measured once, not per side",
                                          limber_mobility_get_name (test));
          set_result (session, tests[i].id, LIMBER_SIDE_LEFT, tests[i].max);
          assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, side_message);
          set_result (session, tests[i].id, LIMBER_SIDE_RIGHT, tests[i].max);
          assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, side_message);
          set_result (session, tests[i].id, LIMBER_SIDE_BOTH, tests[i].max);
          assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, side_message);
        }
    }

  set_result (session, "no-such-test", LIMBER_SIDE_CENTRE, 1);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY,
                  "Mobility test “no-such-test” is not one of Limber’s self-tests");
  set_result (session, NULL, LIMBER_SIDE_CENTRE, 1);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, "is not one of Limber’s self-tests");

  /* A whole before-and-after set, beside the moves that it judges. */
  limber_fascia_session_clear_results (session);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 120);
  for (int after = 0; after <= 1; after++)
    {
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, after,
                                        8.0 + after);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_RIGHT, after,
                                        9.5 + after);
      limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, after,
                                        -4.0 - after);
    }
  assert_valid (session);

  /* One bad result among good ones is found. */
  limber_fascia_session_add_result (session, "toe_mobility", LIMBER_SIDE_LEFT, TRUE, 11);
  assert_invalid (session, LIMBER_ENTRY_ERROR_MOBILITY, "Toe mobility");

  g_assert_finalize_object (session);
}

/* Copy and equal */

/* One field of a full entry changed, for the equal tests. */
typedef enum
{
  CHANGE_UUID,
  CHANGE_UUID_UNSET,
  CHANGE_DAY,
  CHANGE_TIME,
  CHANGE_TIME_UNSET,
  CHANGE_NOTES,
  CHANGE_NOTES_UNSET,
  CHANGE_DISTANCE,
  CHANGE_DURATION,
  CHANGE_RPE,
  CHANGE_RUN_KIND,
  CHANGE_SURFACE,
  CHANGE_TEMPERATURE,
  CHANGE_TEMPERATURE_UNSET,
  CHANGE_ELEVATION_GAIN,
  CHANGE_ELEVATION_GAIN_UNSET,
  CHANGE_HEART_RATE,
  CHANGE_HEART_RATE_UNSET,
  CHANGE_SHOES,
  CHANGE_SHOES_UNSET,
  CHANGE_ZONE,
  CHANGE_SIDE,
  CHANGE_LEVEL,
  CHANGE_QUALITY,
  CHANGE_LIMITS_WALKING,
  CHANGE_DISTURBS_SLEEP,
  CHANGE_VOLUME,
  CHANGE_SESSION_DURATION,
  CHANGE_FASCIA_KIND,
  CHANGE_ITEMS_CLEARED,
  CHANGE_ITEM_ADDED,
  CHANGE_ITEM_MOVE,
  CHANGE_ITEM_ZONE,
  CHANGE_ITEM_SIDE,
  CHANGE_ITEM_SECONDS,
  CHANGE_RESULTS_CLEARED,
  CHANGE_RESULT_ADDED,
  CHANGE_RESULT_TEST,
  CHANGE_RESULT_SIDE,
  CHANGE_RESULT_AFTER,
  CHANGE_RESULT_VALUE,
} Change;

typedef struct
{
  const char *what;
  Change      change;
} NamedChange;

/* The items of new_full_fascia (), with the given first move and last part. */
static void
set_full_items (LimberFasciaSession *session,
                const char          *first_move,
                LimberZone           last_zone,
                LimberSide           last_side,
                guint                last_seconds)
{
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, first_move, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 90);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 90);
  limber_fascia_session_add_item (session, "rocking-fold", last_zone, last_side, last_seconds);
}

/* The results of new_full_fascia (), with the given last result. */
static void
set_full_results (LimberFasciaSession *session,
                  const char          *test_id,
                  LimberSide           side,
                  gboolean             after,
                  double               value)
{
  limber_fascia_session_clear_results (session);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, 8);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, 10);
  limber_fascia_session_add_result (session, test_id, side, after, value);
}

static LimberEntry *
new_full_run (void)
{
  LimberRun *run = LIMBER_RUN (new_run ());

  limber_entry_set_uuid (LIMBER_ENTRY (run), VALID_UUID);
  limber_entry_set_time (LIMBER_ENTRY (run), 7 * 3600 + 5 * 60);
  limber_entry_set_notes (LIMBER_ENTRY (run), "Windy on the ridge — légs fine");
  limber_entry_set_timestamps (LIMBER_ENTRY (run), 1700000000, 1700000100);
  set_run (run, 21097.5, 6300.4);
  limber_run_set_rpe (run, 7);
  limber_run_set_run_kind (run, LIMBER_RUN_RACE);
  limber_run_set_surface (run, LIMBER_SURFACE_ROAD);
  limber_run_set_temperature (run, 12.5);
  limber_run_set_shoes (run, "Trail shoes, pair 2");
  limber_run_set_elevation_gain (run, 245);
  limber_run_set_avg_heart_rate (run, 163);

  return LIMBER_ENTRY (run);
}

static LimberEntry *
new_full_soreness (void)
{
  LimberSoreness *soreness = LIMBER_SORENESS (new_soreness ());

  limber_entry_set_uuid (LIMBER_ENTRY (soreness), VALID_UUID);
  limber_entry_set_time (LIMBER_ENTRY (soreness), 21 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (soreness), "Worse going downstairs");
  limber_entry_set_timestamps (LIMBER_ENTRY (soreness), 1700000000, 1700000100);
  limber_soreness_set_zone (soreness, LIMBER_ZONE_HEEL);
  limber_soreness_set_side (soreness, LIMBER_SIDE_RIGHT);
  limber_soreness_set_level (soreness, 4);
  limber_soreness_set_quality (soreness, LIMBER_QUALITY_TIGHT);
  limber_soreness_set_limits_walking (soreness, TRUE);
  limber_soreness_set_disturbs_sleep (soreness, TRUE);

  return LIMBER_ENTRY (soreness);
}

static LimberEntry *
new_full_hydration (void)
{
  LimberHydration *hydration = LIMBER_HYDRATION (new_hydration ());

  limber_entry_set_uuid (LIMBER_ENTRY (hydration), VALID_UUID);
  limber_entry_set_time (LIMBER_ENTRY (hydration), 12 * 3600 + 30);
  limber_entry_set_notes (LIMBER_ENTRY (hydration), "With electrolytes");
  limber_entry_set_timestamps (LIMBER_ENTRY (hydration), 1700000000, 1700000100);
  limber_hydration_set_volume (hydration, 750);

  return LIMBER_ENTRY (hydration);
}

static LimberEntry *
new_full_fascia (void)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (new_fascia ());

  limber_entry_set_uuid (LIMBER_ENTRY (session), VALID_UUID);
  limber_entry_set_time (LIMBER_ENTRY (session), 19 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (session), "After the long run");
  limber_entry_set_timestamps (LIMBER_ENTRY (session), 1700000000, 1700000100);
  limber_fascia_session_set_duration (session, 15 * 60);
  set_full_items (session, "calf-roll", LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH, 120);
  set_full_results (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, 2.5);

  return LIMBER_ENTRY (session);
}

static void
apply_change (LimberEntry *entry,
              Change       change)
{
  switch (change)
    {
    case CHANGE_UUID:
      limber_entry_set_uuid (entry, "11111111-2222-4333-8444-555555555555");
      break;
    case CHANGE_UUID_UNSET:
      limber_entry_set_uuid (entry, NULL);
      break;
    case CHANGE_DAY:
      limber_entry_set_day (entry, limber_entry_get_day (entry) - 1);
      break;
    case CHANGE_TIME:
      limber_entry_set_time (entry, limber_entry_get_time (entry) + 60);
      break;
    case CHANGE_TIME_UNSET:
      limber_entry_set_time (entry, -1);
      break;
    case CHANGE_NOTES:
      limber_entry_set_notes (entry, "Something else");
      break;
    case CHANGE_NOTES_UNSET:
      limber_entry_set_notes (entry, NULL);
      break;

    case CHANGE_DISTANCE:
      limber_run_set_distance (LIMBER_RUN (entry), 21000);
      break;
    case CHANGE_DURATION:
      limber_run_set_duration (LIMBER_RUN (entry), 6301);
      break;
    case CHANGE_RPE:
      limber_run_set_rpe (LIMBER_RUN (entry), LIMBER_RPE_UNSET);
      break;
    case CHANGE_RUN_KIND:
      limber_run_set_run_kind (LIMBER_RUN (entry), LIMBER_RUN_LONG);
      break;
    case CHANGE_SURFACE:
      limber_run_set_surface (LIMBER_RUN (entry), LIMBER_SURFACE_UNSET);
      break;
    case CHANGE_TEMPERATURE:
      limber_run_set_temperature (LIMBER_RUN (entry), 13);
      break;
    case CHANGE_TEMPERATURE_UNSET:
      limber_run_unset_temperature (LIMBER_RUN (entry));
      break;
    case CHANGE_ELEVATION_GAIN:
      limber_run_set_elevation_gain (LIMBER_RUN (entry), 246);
      break;
    case CHANGE_ELEVATION_GAIN_UNSET:
      limber_run_unset_elevation_gain (LIMBER_RUN (entry));
      break;
    case CHANGE_HEART_RATE:
      limber_run_set_avg_heart_rate (LIMBER_RUN (entry), 162);
      break;
    case CHANGE_HEART_RATE_UNSET:
      limber_run_unset_avg_heart_rate (LIMBER_RUN (entry));
      break;
    case CHANGE_SHOES:
      limber_run_set_shoes (LIMBER_RUN (entry), "Road shoes");
      break;
    case CHANGE_SHOES_UNSET:
      limber_run_set_shoes (LIMBER_RUN (entry), NULL);
      break;

    case CHANGE_ZONE:
      limber_soreness_set_zone (LIMBER_SORENESS (entry), LIMBER_ZONE_CALF);
      break;
    case CHANGE_SIDE:
      limber_soreness_set_side (LIMBER_SORENESS (entry), LIMBER_SIDE_LEFT);
      break;
    case CHANGE_LEVEL:
      limber_soreness_set_level (LIMBER_SORENESS (entry), 5);
      break;
    case CHANGE_QUALITY:
      limber_soreness_set_quality (LIMBER_SORENESS (entry), LIMBER_QUALITY_SHARP);
      break;
    case CHANGE_LIMITS_WALKING:
      limber_soreness_set_limits_walking (LIMBER_SORENESS (entry), FALSE);
      break;
    case CHANGE_DISTURBS_SLEEP:
      limber_soreness_set_disturbs_sleep (LIMBER_SORENESS (entry), FALSE);
      break;

    case CHANGE_VOLUME:
      limber_hydration_set_volume (LIMBER_HYDRATION (entry), 751);
      break;

    case CHANGE_SESSION_DURATION:
      limber_fascia_session_set_duration (LIMBER_FASCIA_SESSION (entry), 16 * 60);
      break;
    case CHANGE_FASCIA_KIND:
      limber_fascia_session_set_fascia_kind (LIMBER_FASCIA_SESSION (entry),
                                             LIMBER_FASCIA_PROFESSIONAL);
      break;
    case CHANGE_ITEMS_CLEARED:
      limber_fascia_session_clear_items (LIMBER_FASCIA_SESSION (entry));
      break;
    case CHANGE_ITEM_ADDED:
      limber_fascia_session_add_item (LIMBER_FASCIA_SESSION (entry), "figure-four",
                                      LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 60);
      break;
    case CHANGE_ITEM_MOVE:
      set_full_items (LIMBER_FASCIA_SESSION (entry), "inner-calf-ball",
                      LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH, 120);
      break;
    case CHANGE_ITEM_ZONE:
      set_full_items (LIMBER_FASCIA_SESSION (entry), "calf-roll",
                      LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_BOTH, 120);
      break;
    case CHANGE_ITEM_SIDE:
      set_full_items (LIMBER_FASCIA_SESSION (entry), "calf-roll",
                      LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 120);
      break;
    case CHANGE_ITEM_SECONDS:
      set_full_items (LIMBER_FASCIA_SESSION (entry), "calf-roll",
                      LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH, 121);
      break;
    case CHANGE_RESULTS_CLEARED:
      limber_fascia_session_clear_results (LIMBER_FASCIA_SESSION (entry));
      break;
    case CHANGE_RESULT_ADDED:
      limber_fascia_session_add_result (LIMBER_FASCIA_SESSION (entry), "toe_touch",
                                        LIMBER_SIDE_CENTRE, FALSE, 0);
      break;
    case CHANGE_RESULT_TEST:
      set_full_results (LIMBER_FASCIA_SESSION (entry), "quad_stretch", LIMBER_SIDE_CENTRE,
                        TRUE, 2.5);
      break;
    case CHANGE_RESULT_SIDE:
      set_full_results (LIMBER_FASCIA_SESSION (entry), "toe_touch", LIMBER_SIDE_LEFT, TRUE, 2.5);
      break;
    case CHANGE_RESULT_AFTER:
      set_full_results (LIMBER_FASCIA_SESSION (entry), "toe_touch", LIMBER_SIDE_CENTRE,
                        FALSE, 2.5);
      break;
    case CHANGE_RESULT_VALUE:
      set_full_results (LIMBER_FASCIA_SESSION (entry), "toe_touch", LIMBER_SIDE_CENTRE,
                        TRUE, 3);
      break;
    default:
      g_assert_not_reached ();
    }
}

static const NamedChange common_changes[] = {
  { "uuid", CHANGE_UUID },
  { "uuid unset", CHANGE_UUID_UNSET },
  { "day", CHANGE_DAY },
  { "time", CHANGE_TIME },
  { "time unset", CHANGE_TIME_UNSET },
  { "notes", CHANGE_NOTES },
  { "notes unset", CHANGE_NOTES_UNSET },
};

static const NamedChange run_changes[] = {
  { "distance", CHANGE_DISTANCE },
  { "duration", CHANGE_DURATION },
  { "rpe", CHANGE_RPE },
  { "run kind", CHANGE_RUN_KIND },
  { "surface", CHANGE_SURFACE },
  { "temperature", CHANGE_TEMPERATURE },
  { "temperature unset", CHANGE_TEMPERATURE_UNSET },
  { "elevation gain", CHANGE_ELEVATION_GAIN },
  { "elevation gain unset", CHANGE_ELEVATION_GAIN_UNSET },
  { "heart rate", CHANGE_HEART_RATE },
  { "heart rate unset", CHANGE_HEART_RATE_UNSET },
  { "shoes", CHANGE_SHOES },
  { "shoes unset", CHANGE_SHOES_UNSET },
};

static const NamedChange soreness_changes[] = {
  { "zone", CHANGE_ZONE },
  { "side", CHANGE_SIDE },
  { "level", CHANGE_LEVEL },
  { "quality", CHANGE_QUALITY },
  { "limits walking", CHANGE_LIMITS_WALKING },
  { "disturbs sleep", CHANGE_DISTURBS_SLEEP },
};

static const NamedChange hydration_changes[] = {
  { "volume", CHANGE_VOLUME },
};

static const NamedChange fascia_changes[] = {
  { "duration", CHANGE_SESSION_DURATION },
  { "fascia kind", CHANGE_FASCIA_KIND },
  { "items cleared", CHANGE_ITEMS_CLEARED },
  { "item added", CHANGE_ITEM_ADDED },
  { "item move", CHANGE_ITEM_MOVE },
  { "item zone", CHANGE_ITEM_ZONE },
  { "item side", CHANGE_ITEM_SIDE },
  { "item seconds", CHANGE_ITEM_SECONDS },
  { "results cleared", CHANGE_RESULTS_CLEARED },
  { "result added", CHANGE_RESULT_ADDED },
  { "result test", CHANGE_RESULT_TEST },
  { "result side", CHANGE_RESULT_SIDE },
  { "result after", CHANGE_RESULT_AFTER },
  { "result value", CHANGE_RESULT_VALUE },
};

static void
assert_changes_break_equal (LimberEntry       *original,
                            const NamedChange *changes,
                            guint              n_changes)
{
  for (guint i = 0; i < n_changes; i++)
    {
      LimberEntry *copy = limber_entry_copy (original);

      g_test_message ("changing %s", changes[i].what);
      g_assert_true (limber_entry_equal (original, copy));
      apply_change (copy, changes[i].change);
      g_assert_false (limber_entry_equal (original, copy));
      g_assert_false (limber_entry_equal (copy, original));
      g_assert_finalize_object (copy);
    }
}

static void
assert_copy_equal (LimberEntry       *original,
                   const NamedChange *changes,
                   guint              n_changes)
{
  LimberEntry *copy;

  assert_valid (original);

  copy = limber_entry_copy (original);
  g_assert_true (copy != original);
  g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (original));
  g_assert_cmpint (limber_entry_get_kind (copy), ==, limber_entry_get_kind (original));
  g_assert_true (limber_entry_equal (original, copy));
  g_assert_true (limber_entry_equal (copy, original));
  g_assert_true (limber_entry_equal (original, original));
  assert_valid (copy);

  /* Common fields are copied, timestamps too. */
  g_assert_cmpstr (limber_entry_get_uuid (copy), ==, limber_entry_get_uuid (original));
  g_assert_cmpuint (limber_entry_get_day (copy), ==, limber_entry_get_day (original));
  g_assert_cmpint (limber_entry_get_time (copy), ==, limber_entry_get_time (original));
  g_assert_cmpstr (limber_entry_get_notes (copy), ==, limber_entry_get_notes (original));
  g_assert_cmpint (limber_entry_get_created (copy), ==, limber_entry_get_created (original));
  g_assert_cmpint (limber_entry_get_updated (copy), ==, limber_entry_get_updated (original));

  /* Equal ignores timestamps. */
  limber_entry_set_timestamps (copy, 1, 2);
  g_assert_true (limber_entry_equal (original, copy));
  g_assert_true (limber_entry_equal (copy, original));
  g_assert_finalize_object (copy);

  assert_changes_break_equal (original, common_changes, G_N_ELEMENTS (common_changes));
  assert_changes_break_equal (original, changes, n_changes);
}

static void
test_entries_copy_run (void)
{
  LimberEntry *original = new_full_run ();
  LimberRun *copy;

  assert_copy_equal (original, run_changes, G_N_ELEMENTS (run_changes));

  copy = LIMBER_RUN (limber_entry_copy (original));
  g_assert_cmpfloat (limber_run_get_distance (copy), ==, 21097.5);
  g_assert_cmpfloat (limber_run_get_duration (copy), ==, 6300.4);
  g_assert_cmpint (limber_run_get_rpe (copy), ==, 7);
  g_assert_cmpint (limber_run_get_run_kind (copy), ==, LIMBER_RUN_RACE);
  g_assert_cmpint (limber_run_get_surface (copy), ==, LIMBER_SURFACE_ROAD);
  g_assert_cmpfloat (limber_run_get_temperature (copy), ==, 12.5);
  g_assert_cmpstr (limber_run_get_shoes (copy), ==, "Trail shoes, pair 2");
  g_assert_true (limber_run_get_shoes (copy) != limber_run_get_shoes (LIMBER_RUN (original)));
  g_assert_cmpfloat (limber_run_get_elevation_gain (copy), ==, 245);
  g_assert_cmpfloat (limber_run_get_avg_heart_rate (copy), ==, 163);

  /* Unset temperatures are equal to each other. */
  limber_run_unset_temperature (LIMBER_RUN (original));
  limber_run_unset_temperature (copy);
  g_assert_true (limber_entry_equal (original, LIMBER_ENTRY (copy)));

  g_assert_finalize_object (copy);
  g_assert_finalize_object (original);
}

static void
test_entries_copy_soreness (void)
{
  LimberEntry *original = new_full_soreness ();
  LimberSoreness *copy;

  assert_copy_equal (original, soreness_changes, G_N_ELEMENTS (soreness_changes));

  copy = LIMBER_SORENESS (limber_entry_copy (original));
  g_assert_cmpint (limber_soreness_get_zone (copy), ==, LIMBER_ZONE_HEEL);
  g_assert_cmpint (limber_soreness_get_side (copy), ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpint (limber_soreness_get_level (copy), ==, 4);
  g_assert_cmpint (limber_soreness_get_quality (copy), ==, LIMBER_QUALITY_TIGHT);
  g_assert_true (limber_soreness_get_limits_walking (copy));
  g_assert_true (limber_soreness_get_disturbs_sleep (copy));

  g_assert_finalize_object (copy);
  g_assert_finalize_object (original);
}

static void
test_entries_copy_hydration (void)
{
  LimberEntry *original = new_full_hydration ();
  LimberHydration *copy;

  assert_copy_equal (original, hydration_changes, G_N_ELEMENTS (hydration_changes));

  copy = LIMBER_HYDRATION (limber_entry_copy (original));
  g_assert_cmpfloat (limber_hydration_get_volume (copy), ==, 750);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (original);
}

static void
test_entries_copy_fascia (void)
{
  LimberEntry *original = new_full_fascia ();
  LimberFasciaSession *copy;
  const LimberFasciaItem *items, *copy_items;
  const LimberMobilityResult *results, *copy_results;
  guint n, copy_n;

  assert_copy_equal (original, fascia_changes, G_N_ELEMENTS (fascia_changes));

  copy = LIMBER_FASCIA_SESSION (limber_entry_copy (original));
  g_assert_cmpuint (limber_fascia_session_get_duration (copy), ==, 15 * 60);
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (copy), ==, LIMBER_FASCIA_SELF);

  items = limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (original), &n);
  copy_items = limber_fascia_session_get_items (copy, &copy_n);
  g_assert_cmpuint (copy_n, ==, 3);
  g_assert_cmpuint (n, ==, copy_n);
  g_assert_true (items != copy_items);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (copy_items[i].move_id == items[i].move_id);
      g_assert_cmpint (copy_items[i].zone, ==, items[i].zone);
      g_assert_cmpint (copy_items[i].side, ==, items[i].side);
      g_assert_cmpuint (copy_items[i].seconds, ==, items[i].seconds);
    }

  results = limber_fascia_session_get_results (LIMBER_FASCIA_SESSION (original), &n);
  copy_results = limber_fascia_session_get_results (copy, &copy_n);
  g_assert_cmpuint (copy_n, ==, 3);
  g_assert_cmpuint (n, ==, copy_n);
  g_assert_true (results != copy_results);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (copy_results[i].test_id, ==, results[i].test_id);
      g_assert_cmpint (copy_results[i].side, ==, results[i].side);
      g_assert_cmpint (copy_results[i].after, ==, results[i].after);
      g_assert_cmpfloat (copy_results[i].value, ==, results[i].value);
    }

  /* The copy owns its arrays: changing it leaves the original alone. */
  limber_fascia_session_clear_items (copy);
  limber_fascia_session_clear_results (copy);
  limber_fascia_session_get_items (LIMBER_FASCIA_SESSION (original), &n);
  g_assert_cmpuint (n, ==, 3);
  limber_fascia_session_get_results (LIMBER_FASCIA_SESSION (original), &n);
  g_assert_cmpuint (n, ==, 3);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (original);
}

static void
test_entries_equal_kinds (void)
{
  LimberEntry *entries[G_N_ELEMENTS (entry_factories)];

  for (guint i = 0; i < G_N_ELEMENTS (entry_factories); i++)
    entries[i] = entry_factories[i] ();

  /* Entries of different kinds are never equal, whatever their common fields. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    for (guint j = 0; j < G_N_ELEMENTS (entries); j++)
      g_assert_cmpint (limber_entry_equal (entries[i], entries[j]), ==, i == j);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_assert_finalize_object (entries[i]);
}

/* Ids of kinds and enums */

static void
test_entries_entry_kind_ids (void)
{
  const char *ids[LIMBER_N_ENTRY_KINDS] = { "run", "soreness", "hydration", "fascia" };
  const GType types[LIMBER_N_ENTRY_KINDS] = {
    LIMBER_TYPE_RUN, LIMBER_TYPE_SORENESS, LIMBER_TYPE_HYDRATION, LIMBER_TYPE_FASCIA_SESSION,
  };
  const char *unknown[] = { "Run", "runs", "", "fascia-session", " run" };
  LimberEntryKind kind;

  for (guint i = 0; i < LIMBER_N_ENTRY_KINDS; i++)
    {
      LimberEntry *entry = g_object_new (types[i], NULL);

      g_assert_cmpstr (limber_entry_kind_to_id (i), ==, ids[i]);
      g_assert_true (limber_entry_kind_from_id (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpint (limber_entry_get_kind (entry), ==, i);
      g_assert_cmpuint (LIMBER_ENTRY_KINDS_ALL & (1u << i), !=, 0);
      g_assert_finalize_object (entry);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      kind = LIMBER_N_ENTRY_KINDS;
      g_assert_false (limber_entry_kind_from_id (unknown[i], &kind));
      g_assert_cmpint (kind, ==, LIMBER_N_ENTRY_KINDS);
    }
  g_assert_false (limber_entry_kind_from_id (NULL, &kind));
}

static void
test_entries_run_kind_ids (void)
{
  const char *ids[LIMBER_N_RUN_KINDS] = {
    "easy", "long", "tempo", "intervals", "race", "recovery", "other",
  };
  const char *surface_ids[LIMBER_N_SURFACES] = {
    "", "road", "trail", "track", "treadmill", "other",
  };
  LimberRunKind kind;
  LimberSurface surface;

  for (guint i = 0; i < LIMBER_N_RUN_KINDS; i++)
    {
      g_assert_cmpstr (limber_run_kind_to_id (i), ==, ids[i]);
      g_assert_true (limber_run_kind_from_id (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (limber_run_kind_get_label (i));
    }

  kind = LIMBER_N_RUN_KINDS;
  g_assert_false (limber_run_kind_from_id ("Easy", &kind));
  g_assert_false (limber_run_kind_from_id ("", &kind));
  g_assert_false (limber_run_kind_from_id ("sprint", &kind));
  g_assert_false (limber_run_kind_from_id (NULL, &kind));
  g_assert_cmpint (kind, ==, LIMBER_N_RUN_KINDS);

  for (guint i = 0; i < LIMBER_N_SURFACES; i++)
    {
      g_assert_cmpstr (limber_surface_to_id (i), ==, surface_ids[i]);
      g_assert_true (limber_surface_from_id (surface_ids[i], &surface));
      g_assert_cmpint (surface, ==, i);
      g_assert_nonnull (limber_surface_get_label (i));
    }

  surface = LIMBER_SURFACE_ROAD;
  g_assert_true (limber_surface_from_id (NULL, &surface));
  g_assert_cmpint (surface, ==, LIMBER_SURFACE_UNSET);

  surface = LIMBER_N_SURFACES;
  g_assert_false (limber_surface_from_id ("mud", &surface));
  g_assert_false (limber_surface_from_id ("Road", &surface));
  g_assert_false (limber_surface_from_id ("unset", &surface));
  g_assert_cmpint (surface, ==, LIMBER_N_SURFACES);
}

static void
test_entries_soreness_ids (void)
{
  const char *quality_ids[LIMBER_N_QUALITIES] = { "ache", "tight", "sharp", "numbness" };
  const char *zone_ids[LIMBER_N_ZONES] = {
    "foot", "heel", "calf", "shin", "knee", "it_band", "quad", "hamstring", "adductor", "hip",
    "lower_back", "upper_back",
  };
  const char *side_ids[LIMBER_N_SIDES] = { "left", "right", "both", "centre" };
  LimberQuality quality;
  LimberZone zone;
  LimberSide side;

  for (guint i = 0; i < LIMBER_N_QUALITIES; i++)
    {
      g_assert_cmpstr (limber_quality_to_id (i), ==, quality_ids[i]);
      g_assert_true (limber_quality_from_id (quality_ids[i], &quality));
      g_assert_cmpint (quality, ==, i);
      g_assert_nonnull (limber_quality_get_label (i));
    }
  quality = LIMBER_N_QUALITIES;
  g_assert_false (limber_quality_from_id ("burning", &quality));
  g_assert_false (limber_quality_from_id ("", &quality));
  g_assert_false (limber_quality_from_id (NULL, &quality));
  g_assert_cmpint (quality, ==, LIMBER_N_QUALITIES);

  for (guint i = 0; i < LIMBER_N_ZONES; i++)
    {
      g_assert_cmpstr (limber_zone_to_id (i), ==, zone_ids[i]);
      g_assert_true (limber_zone_from_id (zone_ids[i], &zone));
      g_assert_cmpint (zone, ==, i);
      g_assert_nonnull (limber_zone_get_label (i));
      /* Only the back is not left and right. */
      g_assert_cmpint (limber_zone_is_paired (i), ==,
                       i != LIMBER_ZONE_LOWER_BACK && i != LIMBER_ZONE_UPPER_BACK);
    }
  zone = LIMBER_N_ZONES;
  g_assert_false (limber_zone_from_id ("elbow", &zone));
  g_assert_false (limber_zone_from_id ("lower-back", &zone));
  g_assert_false (limber_zone_from_id ("Calf", &zone));
  g_assert_false (limber_zone_from_id ("", &zone));
  g_assert_false (limber_zone_from_id (NULL, &zone));
  g_assert_cmpint (zone, ==, LIMBER_N_ZONES);

  for (guint i = 0; i < LIMBER_N_SIDES; i++)
    {
      g_assert_cmpstr (limber_side_to_id (i), ==, side_ids[i]);
      g_assert_true (limber_side_from_id (side_ids[i], &side));
      g_assert_cmpint (side, ==, i);
      g_assert_nonnull (limber_side_get_label (i));
    }
  side = LIMBER_N_SIDES;
  g_assert_false (limber_side_from_id ("center", &side));
  g_assert_false (limber_side_from_id ("Left", &side));
  g_assert_false (limber_side_from_id ("", &side));
  g_assert_false (limber_side_from_id (NULL, &side));
  g_assert_cmpint (side, ==, LIMBER_N_SIDES);
}

static void
test_entries_fascia_kind_ids (void)
{
  const char *ids[LIMBER_N_FASCIA_KINDS] = { "self", "professional" };
  LimberFasciaKind kind;

  for (guint i = 0; i < LIMBER_N_FASCIA_KINDS; i++)
    {
      g_assert_cmpstr (limber_fascia_kind_to_id (i), ==, ids[i]);
      g_assert_true (limber_fascia_kind_from_id (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (limber_fascia_kind_get_label (i));
    }

  kind = LIMBER_N_FASCIA_KINDS;
  g_assert_false (limber_fascia_kind_from_id ("massage", &kind));
  g_assert_false (limber_fascia_kind_from_id ("Self", &kind));
  g_assert_false (limber_fascia_kind_from_id ("", &kind));
  g_assert_false (limber_fascia_kind_from_id (NULL, &kind));
  g_assert_cmpint (kind, ==, LIMBER_N_FASCIA_KINDS);
}

/* Misuse is refused with a critical, not a crash. */
static void
test_entries_preconditions (void)
{
  LimberEntry *run;
  g_autoptr(GError) error = NULL;

  if (!g_test_undefined ())
    return;

  g_test_expect_message ("limber-entry", G_LOG_LEVEL_CRITICAL, "*kind < LIMBER_N_ENTRY_KINDS*");
  g_assert_null (limber_entry_kind_to_id (LIMBER_N_ENTRY_KINDS));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-run", G_LOG_LEVEL_CRITICAL, "*kind < LIMBER_N_RUN_KINDS*");
  g_assert_null (limber_run_kind_to_id (LIMBER_N_RUN_KINDS));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-run", G_LOG_LEVEL_CRITICAL, "*surface < LIMBER_N_SURFACES*");
  g_assert_null (limber_surface_to_id (LIMBER_N_SURFACES));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-soreness", G_LOG_LEVEL_CRITICAL, "*LIMBER_N_QUALITIES*");
  g_assert_null (limber_quality_to_id (LIMBER_N_QUALITIES));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-body", G_LOG_LEVEL_CRITICAL, "*zone < LIMBER_N_ZONES*");
  g_assert_null (limber_zone_to_id (LIMBER_N_ZONES));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-body", G_LOG_LEVEL_CRITICAL, "*side < LIMBER_N_SIDES*");
  g_assert_null (limber_side_to_id (LIMBER_N_SIDES));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-fascia-session", G_LOG_LEVEL_CRITICAL,
                         "*kind < LIMBER_N_FASCIA_KINDS*");
  g_assert_null (limber_fascia_kind_to_id (LIMBER_N_FASCIA_KINDS));
  g_test_assert_expected_messages ();

  /* A set error is not overwritten. */
  run = new_run ();
  limber_entry_set_day (run, LIMBER_DAY_INVALID);
  g_assert_false (limber_entry_validate (run, fixed_today (), &error));
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE);
  g_test_expect_message ("limber-entry", G_LOG_LEVEL_CRITICAL, "*error == NULL*");
  g_assert_false (limber_entry_validate (run, fixed_today (), &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE);

  /* Validation without an error to fill still answers. */
  g_assert_false (limber_entry_validate (run, fixed_today (), NULL));
  limber_entry_set_day (run, fixed_today ());
  g_assert_true (limber_entry_validate (run, fixed_today (), NULL));

  g_assert_finalize_object (run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/entries/minimal-valid", test_entries_minimal_valid);
  g_test_add_func ("/limber/entries/common/date", test_entries_date);
  g_test_add_func ("/limber/entries/common/check-day", test_entries_check_day);
  g_test_add_func ("/limber/entries/common/time", test_entries_time);
  g_test_add_func ("/limber/entries/common/notes", test_entries_notes);
  g_test_add_func ("/limber/entries/common/uuid", test_entries_uuid);
  g_test_add_func ("/limber/entries/common/checked-first", test_entries_common_first);

  g_test_add_func ("/limber/entries/run/distance", test_entries_run_distance);
  g_test_add_func ("/limber/entries/run/duration", test_entries_run_duration);
  g_test_add_func ("/limber/entries/run/pace", test_entries_run_pace);
  g_test_add_func ("/limber/entries/run/rpe", test_entries_run_rpe);
  g_test_add_func ("/limber/entries/run/kind-surface", test_entries_run_kind_surface);
  g_test_add_func ("/limber/entries/run/temperature", test_entries_run_temperature);
  g_test_add_func ("/limber/entries/run/watch-figures", test_entries_run_watch_figures);
  g_test_add_func ("/limber/entries/run/shoes", test_entries_run_shoes);
  g_test_add_func ("/limber/entries/run/pace-getter", test_entries_run_pace_getter);

  g_test_add_func ("/limber/entries/soreness/level", test_entries_soreness_level);
  g_test_add_func ("/limber/entries/soreness/zone-side", test_entries_soreness_zone_side);
  g_test_add_func ("/limber/entries/soreness/quality", test_entries_soreness_quality);

  g_test_add_func ("/limber/entries/hydration/volume", test_entries_hydration_volume);

  g_test_add_func ("/limber/entries/fascia/duration", test_entries_fascia_duration);
  g_test_add_func ("/limber/entries/fascia/kind", test_entries_fascia_kind);
  g_test_add_func ("/limber/entries/fascia/moves", test_entries_fascia_moves);
  g_test_add_func ("/limber/entries/fascia/sides", test_entries_fascia_sides);
  g_test_add_func ("/limber/entries/fascia/item-seconds", test_entries_fascia_item_seconds);
  g_test_add_func ("/limber/entries/fascia/mixed", test_entries_fascia_mixed);
  g_test_add_func ("/limber/entries/fascia/item-total", test_entries_fascia_item_total);
  g_test_add_func ("/limber/entries/fascia/item-count", test_entries_fascia_item_count);
  g_test_add_func ("/limber/entries/fascia/mobility", test_entries_fascia_mobility);

  g_test_add_func ("/limber/entries/copy/run", test_entries_copy_run);
  g_test_add_func ("/limber/entries/copy/soreness", test_entries_copy_soreness);
  g_test_add_func ("/limber/entries/copy/hydration", test_entries_copy_hydration);
  g_test_add_func ("/limber/entries/copy/fascia", test_entries_copy_fascia);
  g_test_add_func ("/limber/entries/equal/kinds", test_entries_equal_kinds);

  g_test_add_func ("/limber/entries/ids/entry-kind", test_entries_entry_kind_ids);
  g_test_add_func ("/limber/entries/ids/run", test_entries_run_kind_ids);
  g_test_add_func ("/limber/entries/ids/soreness", test_entries_soreness_ids);
  g_test_add_func ("/limber/entries/ids/fascia-kind", test_entries_fascia_kind_ids);

  g_test_add_func ("/limber/entries/preconditions", test_entries_preconditions);

  return g_test_run ();
}
