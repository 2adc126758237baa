/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "limber-entry-text.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-run.h"
#include "limber-soreness.h"

static void
assert_text (LimberEntry *entry,
             LimberUnits  units,
             const char  *title,
             const char  *summary)
{
  g_autofree char *t = limber_entry_format_title (entry, units);
  g_autofree char *s = limber_entry_format_summary (entry, units);

  g_assert_cmpstr (t, ==, title);
  g_assert_cmpstr (s, ==, summary);
}

static void
test_run (void)
{
  g_autoptr(LimberRun) run = limber_run_new ();

  limber_run_set_distance (run, 10000);
  limber_run_set_duration (run, 3000);
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_KM, "10.0 km · Easy", "50:00 · 5:00 /km");
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_MILES, "6.2 mi · Easy", "50:00 · 8:03 /mi");

  limber_entry_set_time (LIMBER_ENTRY (run), 7 * 3600 + 5 * 60);
  limber_run_set_run_kind (run, LIMBER_RUN_LONG);
  limber_run_set_distance (run, 21097.5);
  limber_run_set_duration (run, 6330);
  limber_run_set_rpe (run, 3);
  limber_run_set_surface (run, LIMBER_SURFACE_TRAIL);
  limber_entry_set_notes (LIMBER_ENTRY (run), "Felt strong\nsecond line is not shown");
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_KM, "21.1 km · Long run",
               "07:05 · 1:45:30 · 5:00 /km · Effort 3, Moderate · Trail · Felt strong");

  /* What a watch adds, when known, rounded; a flat run's climb is left out. */
  limber_run_set_elevation_gain (run, 119.6);
  limber_run_set_avg_heart_rate (run, 148.2);
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_KM, "21.1 km · Long run",
               "07:05 · 1:45:30 · 5:00 /km · Effort 3, Moderate · Trail · 120 m up · 148 bpm · "
               "Felt strong");
  limber_run_set_elevation_gain (run, 0);
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_MILES, "13.1 mi · Long run",
               "07:05 · 1:45:30 · 8:03 /mi · Effort 3, Moderate · Trail · 148 bpm · Felt strong");
  limber_run_unset_avg_heart_rate (run);
  limber_run_set_elevation_gain (run, 35);
  assert_text (LIMBER_ENTRY (run), LIMBER_UNITS_KM, "21.1 km · Long run",
               "07:05 · 1:45:30 · 5:00 /km · Effort 3, Moderate · Trail · 35 m up · Felt strong");
}

static void
test_long_notes (void)
{
  g_autoptr(LimberHydration) water = limber_hydration_new ();
  g_autofree char *summary = NULL;

  limber_hydration_set_volume (water, 1500);
  limber_entry_set_notes (LIMBER_ENTRY (water),
                          "A very long note about the day that goes on and on about the weather "
                          "and the route");
  summary = limber_entry_format_summary (LIMBER_ENTRY (water), LIMBER_UNITS_KM);
  g_assert_true (g_str_has_suffix (summary, "…"));
  g_assert_cmpuint (g_utf8_strlen (summary, -1), <=, 61);
  g_assert_true (g_str_has_prefix (summary, "A very long note about the day"));
  assert_text (LIMBER_ENTRY (water), LIMBER_UNITS_KM, "1.5 l", summary);
}

static void
test_soreness (void)
{
  g_autoptr(LimberSoreness) soreness = limber_soreness_new ();
  g_autofree char *summary = NULL;

  limber_soreness_set_zone (soreness, LIMBER_ZONE_CALF);
  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  limber_soreness_set_level (soreness, 6);
  limber_soreness_set_quality (soreness, LIMBER_QUALITY_SHARP);
  limber_soreness_set_limits_walking (soreness, TRUE);
  summary = g_strdup_printf ("%s · Sharp · Limits walking", limber_soreness_level_get_label (6));
  assert_text (LIMBER_ENTRY (soreness), LIMBER_UNITS_KM, "Calf (left) · 6/10", summary);
}

static void
test_fascia (void)
{
  g_autoptr(LimberFasciaSession) session = limber_fascia_session_new ();

  limber_fascia_session_set_duration (session, 20 * 60);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 120);
  limber_fascia_session_add_item (session, "arch-ball", LIMBER_ZONE_FOOT, LIMBER_SIDE_BOTH, 60);
  assert_text (LIMBER_ENTRY (session), LIMBER_UNITS_KM, "Fascia session · 20 min",
               "Calf roll, Arch and heel ball roll");

  limber_fascia_session_set_fascia_kind (session, LIMBER_FASCIA_PROFESSIONAL);
  limber_fascia_session_clear_items (session);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH, 0);
  assert_text (LIMBER_ENTRY (session), LIMBER_UNITS_KM, "Massage · 20 min", "Hamstring");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/entry-text/run", test_run);
  g_test_add_func ("/limber/entry-text/long-notes", test_long_notes);
  g_test_add_func ("/limber/entry-text/soreness", test_soreness);
  g_test_add_func ("/limber/entry-text/fascia", test_fascia);

  return g_test_run ();
}
