/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-sample"

#include "config.h"

#include <math.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-sample.h"
#include "limber-soreness.h"

/* A deterministic, believable journal: a runner doing four or five runs a week in a
 * four-week cycle (three building weeks, one easier), drinking most days, doing fascia work
 * two to four times a week, a professional massage every few weeks, and ordinary soreness
 * after long and hard runs. In the last ten days a left-calf niggle builds up, so that a demo
 * journal shows what Limber does with one. Used by `limber --demo`, tests and benchmarks. */

typedef struct
{
  GRand     *rand;
  GPtrArray *entries;
  LimberDay  first_day;
  LimberDay  last_day;
  gboolean   daily;      /* an entry of every kind every day, for benchmarks */
} Sampler;

static const char * const shoes[] = { "Daily trainers", "Light racers", "Trail shoes" };

static double
jitter (Sampler *s,
        double   spread)
{
  return g_rand_double_range (s->rand, -spread, spread);
}

static char *
sample_uuid (Sampler *s)
{
  guint8 b[16];

  for (guint i = 0; i < 16; i++)
    b[i] = g_rand_int_range (s->rand, 0, 256);

  b[6] = (b[6] & 0x0f) | 0x40;  /* version 4 */
  b[8] = (b[8] & 0x3f) | 0x80;  /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

static void
add (Sampler     *s,
     LimberEntry *entry,
     LimberDay    day,
     int          time)
{
  g_autofree char *uuid = sample_uuid (s);

  limber_entry_set_uuid (entry, uuid);
  limber_entry_set_day (entry, day);
  limber_entry_set_time (entry, time);
  g_ptr_array_add (s->entries, entry);
}

/* Seasonal temperature in °C for the northern hemisphere, a tenth of a degree precise. */
static double
temperature_for (Sampler   *s,
                 LimberDay  day)
{
  GDate date;
  double season;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  season = cos (2 * G_PI * (g_date_get_day_of_year (&date) - 200) / 365.0);

  return round ((13.0 + 11.0 * season + jitter (s, 4.0)) * 10.0) / 10.0;
}

static void
add_run (Sampler       *s,
         LimberDay      day,
         LimberRunKind  kind,
         double         km,
         double         pace,
         int            rpe)
{
  LimberRun *run = limber_run_new ();
  double distance = round ((km + jitter (s, km * 0.08)) * 1000.0 / 10.0) * 10.0;
  double duration = round (distance / 1000.0 * (pace + jitter (s, 12.0)));

  limber_run_set_distance (run, distance);
  limber_run_set_duration (run, duration);
  limber_run_set_run_kind (run, kind);
  limber_run_set_rpe (run, CLAMP (rpe + g_rand_int_range (s->rand, -1, 2), 1, 10));
  limber_run_set_surface (run, kind == LIMBER_RUN_LONG && g_rand_boolean (s->rand)
                                 ? LIMBER_SURFACE_TRAIL
                                 : kind == LIMBER_RUN_INTERVALS ? LIMBER_SURFACE_TRACK
                                                                : LIMBER_SURFACE_ROAD);
  limber_run_set_temperature (run, temperature_for (s, day));
  limber_run_set_shoes (run, limber_run_get_surface (run) == LIMBER_SURFACE_TRAIL
                               ? shoes[2]
                               : kind == LIMBER_RUN_INTERVALS || kind == LIMBER_RUN_TEMPO
                                   ? shoes[1] : shoes[0]);
  if (kind == LIMBER_RUN_LONG && g_rand_int_range (s->rand, 0, 4) == 0)
    limber_entry_set_notes (LIMBER_ENTRY (run), "Felt strong in the last third.");

  add (s, LIMBER_ENTRY (run), day, (kind == LIMBER_RUN_LONG ? 8 : 18) * 3600 +
                                     g_rand_int_range (s->rand, 0, 4) * 900);
}

static void
add_soreness (Sampler    *s,
              LimberDay   day,
              LimberZone  zone,
              LimberSide  side,
              int         level,
              LimberQuality quality)
{
  LimberSoreness *soreness = limber_soreness_new ();

  limber_soreness_set_zone (soreness, zone);
  limber_soreness_set_side (soreness, side);
  limber_soreness_set_level (soreness, CLAMP (level, 0, 10));
  limber_soreness_set_quality (soreness, quality);

  add (s, LIMBER_ENTRY (soreness), day, 7 * 3600 + 30 * 60);
}

static void
add_water (Sampler   *s,
           LimberDay  day)
{
  int n = g_rand_int_range (s->rand, 3, 7);

  for (int i = 0; i < n; i++)
    {
      LimberHydration *hydration = limber_hydration_new ();
      static const double sizes[] = { 250, 330, 500, 500, 750 };

      limber_hydration_set_volume (hydration, sizes[g_rand_int_range (s->rand, 0, 5)]);
      add (s, LIMBER_ENTRY (hydration), day, (8 + i * 14 / n) * 3600);
    }
}

/* A 10–15 minute self-care routine: the sore zone first, then a lower-leg and hip baseline. */
static void
add_fascia (Sampler    *s,
            LimberDay   day,
            LimberZone  focus,
            gboolean    with_tests)
{
  static const LimberZone baseline[] = {
    LIMBER_ZONE_CALF, LIMBER_ZONE_FOOT, LIMBER_ZONE_HIP, LIMBER_ZONE_HAMSTRING,
    LIMBER_ZONE_IT_BAND, LIMBER_ZONE_UPPER_BACK,
  };
  LimberFasciaSession *session = limber_fascia_session_new ();
  guint target = 600 + 60 * g_rand_int_range (s->rand, 0, 6);
  guint total = 0;

  for (guint i = 0; i <= G_N_ELEMENTS (baseline) && total < target; i++)
    {
      LimberZone zone = i == 0 ? focus : baseline[i - 1];
      g_autoptr(GPtrArray) moves = limber_moves_for_zone (zone);
      const LimberMove *move;

      if (moves->len == 0 || (i > 0 && zone == focus))
        continue;

      move = g_ptr_array_index (moves, g_rand_int_range (s->rand, 0, moves->len));
      if (move->per_side && limber_zone_is_paired (zone))
        {
          limber_fascia_session_add_item (session, move->id, zone, LIMBER_SIDE_LEFT,
                                          move->default_seconds);
          limber_fascia_session_add_item (session, move->id, zone, LIMBER_SIDE_RIGHT,
                                          move->default_seconds);
          total += 2 * move->default_seconds;
        }
      else
        {
          limber_fascia_session_add_item (session, move->id, zone,
                                          limber_zone_is_paired (zone) ? LIMBER_SIDE_BOTH
                                                                        : LIMBER_SIDE_CENTRE,
                                          move->default_seconds);
          total += move->default_seconds;
        }
    }

  limber_fascia_session_set_duration (session, MAX (total, 60));

  if (with_tests)
    {
      double before = 7.0 + g_rand_int_range (s->rand, 0, 5);

      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, before);
      limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE,
                                        before + 1.0);
      limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, FALSE, 6.0);
      limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, 3.0);
    }

  add (s, LIMBER_ENTRY (session), day, 21 * 3600);
}

static void
add_massage (Sampler   *s,
             LimberDay  day)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_fascia_session_set_fascia_kind (session, LIMBER_FASCIA_PROFESSIONAL);
  limber_fascia_session_set_duration (session, 45 * 60);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH, 0);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_BOTH, 0);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH, 0);
  limber_entry_set_notes (LIMBER_ENTRY (session), "Sports massage");

  add (s, LIMBER_ENTRY (session), day, 17 * 3600);
}

static void
sample_week (Sampler   *s,
             LimberDay  monday,
             guint      week_index)
{
  /* Three building weeks, then an easier one; the base grows slowly over the years. */
  double cycle = (week_index % 4 == 3) ? 0.75 : 1.0 + 0.06 * (week_index % 4);
  double base = MIN (1.0 + week_index / 150.0, 1.4) * cycle;
  gboolean hard_week = week_index % 4 == 2;

  for (guint weekday = 0; weekday < 7; weekday++)
    {
      LimberDay day = monday + weekday;
      gboolean long_run = FALSE;

      if (day < s->first_day || day > s->last_day)
        continue;

      switch (weekday)
        {
        case 1: /* Tuesday */
          add_run (s, day, LIMBER_RUN_EASY, 8.0 * base, 340, 3);
          break;
        case 3: /* Thursday */
          if (week_index % 2 == 0)
            add_run (s, day, LIMBER_RUN_INTERVALS, 9.0 * base, 300, hard_week ? 9 : 8);
          else
            add_run (s, day, LIMBER_RUN_TEMPO, 10.0 * base, 290, 7);
          break;
        case 4: /* Friday */
          if (g_rand_int_range (s->rand, 0, 3) == 0 || s->daily)
            add_run (s, day, LIMBER_RUN_RECOVERY, 5.0, 370, 2);
          break;
        case 5: /* Saturday */
          add_run (s, day, LIMBER_RUN_EASY, 6.0 * base, 345, 3);
          break;
        case 6: /* Sunday */
          add_run (s, day, LIMBER_RUN_LONG, 16.0 * base + 2.0 * (week_index % 4), 355, 6);
          long_run = TRUE;
          break;
        default:
          if (s->daily)
            add_run (s, day, LIMBER_RUN_RECOVERY, 5.0, 370, 2);
          break;
        }

      if (s->daily)
        {
          LimberZone zone = g_rand_int_range (s->rand, 0, LIMBER_N_ZONES);

          add_water (s, day);
          add_soreness (s, day, zone,
                        limber_zone_is_paired (zone) ? LIMBER_SIDE_BOTH : LIMBER_SIDE_CENTRE,
                        g_rand_int_range (s->rand, 0, 3), LIMBER_QUALITY_ACHE);
          add_fascia (s, day, long_run ? LIMBER_ZONE_CALF : LIMBER_ZONE_HIP, FALSE);
          continue;
        }

      if (g_rand_int_range (s->rand, 0, 10) < 8)
        add_water (s, day);

      if (long_run && g_rand_int_range (s->rand, 0, 3) > 0)
        add_soreness (s, day, LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH,
                      2 + g_rand_int_range (s->rand, 0, 2), LIMBER_QUALITY_TIGHT);
      if (weekday == 4 && g_rand_int_range (s->rand, 0, 2) == 0)
        add_soreness (s, day, LIMBER_ZONE_HAMSTRING,
                      g_rand_boolean (s->rand) ? LIMBER_SIDE_LEFT : LIMBER_SIDE_RIGHT,
                      1 + g_rand_int_range (s->rand, 0, 3), LIMBER_QUALITY_ACHE);

      /* Fascia work on Monday, Wednesday and Sunday evenings, now and then skipped. */
      if ((weekday == 0 || weekday == 2 || weekday == 6) && g_rand_int_range (s->rand, 0, 6) > 0)
        add_fascia (s, day, long_run ? LIMBER_ZONE_CALF : LIMBER_ZONE_HIP,
                    weekday == 0 && week_index % 2 == 0);
    }

  if (week_index % 3 == 1 && monday + 2 >= s->first_day && monday + 2 <= s->last_day)
    add_massage (s, monday + 2);
}

/* The left-calf niggle of the last ten days: levels that do not settle. */
static void
sample_niggle (Sampler *s)
{
  static const struct { int days_ago; int level; } niggle[] = {
    { 9, 4 }, { 6, 5 }, { 4, 5 }, { 1, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (niggle); i++)
    {
      LimberDay day = s->last_day - niggle[i].days_ago;

      if (day >= s->first_day)
        add_soreness (s, day, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, niggle[i].level,
                      LIMBER_QUALITY_TIGHT);
    }
}

/**
 * limber_sample_generate:
 * @weeks: how many weeks, ending on @last_day
 * @seed: the same seed gives the same entries, UUIDs included
 * @last_day: the last day with entries
 *
 * Returns: (transfer full) (element-type LimberEntry): valid entries, oldest first
 */
static GPtrArray *
generate (guint     weeks,
          guint32   seed,
          LimberDay last_day,
          gboolean  daily)
{
  Sampler s = { 0 };
  LimberDay monday;
  guint week_index = 0;

  s.rand = g_rand_new_with_seed (seed);
  s.entries = g_ptr_array_new_with_free_func (g_object_unref);
  s.last_day = last_day;
  s.first_day = last_day - weeks * 7 + 1;
  s.daily = daily;

  for (monday = limber_day_week_start (s.first_day); monday <= last_day; monday += 7)
    sample_week (&s, monday, week_index++);

  sample_niggle (&s);

  g_rand_free (s.rand);

  return s.entries;
}

GPtrArray *
limber_sample_generate (guint     weeks,
                        guint32   seed,
                        LimberDay last_day)
{
  g_return_val_if_fail (weeks > 0, NULL);
  g_return_val_if_fail (last_day > weeks * 7, NULL);

  return generate (weeks, seed, last_day, FALSE);
}

/**
 * limber_sample_generate_daily:
 *
 * Like limber_sample_generate(), but with a run, soreness, water and a fascia session on
 * every day: the worst case the benchmarks measure.
 */
GPtrArray *
limber_sample_generate_daily (guint     weeks,
                              guint32   seed,
                              LimberDay last_day)
{
  g_return_val_if_fail (weeks > 0, NULL);
  g_return_val_if_fail (last_day > weeks * 7, NULL);

  return generate (weeks, seed, last_day, TRUE);
}

gboolean
limber_sample_fill (LimberJournal  *journal,
                    guint           weeks,
                    guint32         seed,
                    LimberDay       last_day,
                    GError        **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);

  entries = limber_sample_generate (weeks, seed, last_day);

  return limber_journal_add_many (journal, entries, error);
}
