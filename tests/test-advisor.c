/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-advisor"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "limber-advisor.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* Every test judges the journal as of Saturday 21 November 2026; its week started on Monday
 * 16 November. The texts are checked in English (LANGUAGE=C, no setlocale), so the dates read
 * "Sat 21 Nov". Handy days: ago (1) Fri 20 Nov, ago (2) Thu 19, ago (3) Wed 18, ago (5) Mon 16,
 * ago (8) Fri 13, ago (10) Wed 11, ago (12) Mon 9, ago (13) Sun 8, ago (19) Mon 2 Nov,
 * ago (26) Mon 26 Oct, ago (28) Sat 24 Oct, ago (33) Mon 19 Oct. */
#define TODAY (limber_day_from_ymd (2026, 11, 21))
#define NO_TEMP NAN
#define NO_RPE LIMBER_RPE_UNSET

typedef struct
{
  char                 *dir;
  char                 *path;
  LimberJournal        *journal;
  LimberAdvisorOptions  options;
} Fixture;

static LimberDay
ago (int days)
{
  return TODAY - days;
}

/* A text must (or must not) contain a piece; on failure both are shown. */
#define assert_has(text, piece) assert_text ((text), (piece), TRUE, __FILE__, __LINE__)
#define assert_lacks(text, piece) assert_text ((text), (piece), FALSE, __FILE__, __LINE__)
#define assert_title(rec, title) \
  g_assert_cmpstr (limber_recommendation_get_title (rec), ==, (title))
#define assert_detail(rec, piece) assert_has (limber_recommendation_get_detail (rec), (piece))
#define assert_detail_lacks(rec, piece) \
  assert_lacks (limber_recommendation_get_detail (rec), (piece))
#define assert_source(rec, piece) assert_has (limber_recommendation_get_source (rec), (piece))

/* A check for a defect these tests once found in the core: it marks the test failed without
 * aborting. Every use has a Fixed: comment saying what was wrong. */
#define check_fixed(cond, ...) \
  G_STMT_START { if (!(cond)) g_test_fail_printf (__VA_ARGS__); } G_STMT_END

static void
assert_text (const char *text,
             const char *piece,
             gboolean    wanted,
             const char *file,
             int         line)
{
  gboolean found = text != NULL && strstr (text, piece) != NULL;
  g_autofree char *message = NULL;

  if (found == wanted)
    return;

  message = g_strdup_printf ("“%s” %s “%s”", text ? text : "(null)",
                             wanted ? "does not contain" : "contains", piece);
  g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
}

/* Fixture: a fresh journal in its own temporary folder, default options. */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("limber-advisor-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "journal.db", NULL);
  f->journal = limber_journal_open (f->path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (f->journal, TODAY);
  limber_advisor_options_init (&f->options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_assert_finalize_object (f->journal);

  handle = g_dir_open (f->dir, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Builders: each adds one valid entry, or fails the test. */

static void
add_entry (Fixture  *f,
           gpointer  entry,
           int       hour,
           int       minute)
{
  g_autoptr(GError) error = NULL;

  if (hour >= 0)
    limber_entry_set_time (LIMBER_ENTRY (entry), hour * 3600 + minute * 60);
  g_assert_true (limber_journal_add (f->journal, LIMBER_ENTRY (entry), &error));
  g_assert_no_error (error);
  g_object_unref (entry);
}

static void
add_run_at (Fixture       *f,
            LimberDay      day,
            int            hour,
            int            minute,
            double         km,
            double         minutes,
            LimberRunKind  kind,
            int            rpe,
            double         celsius)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, km * 1000.0);
  limber_run_set_duration (run, minutes * 60.0);
  limber_run_set_run_kind (run, kind);
  limber_run_set_rpe (run, rpe);
  if (!isnan (celsius))
    limber_run_set_temperature (run, celsius);
  add_entry (f, run, hour, minute);
}

static void
add_run (Fixture       *f,
         LimberDay      day,
         double         km,
         double         minutes,
         LimberRunKind  kind,
         int            rpe,
         double         celsius)
{
  add_run_at (f, day, -1, 0, km, minutes, kind, rpe, celsius);
}

/* An easy run at 6 minutes a kilometre, no effort, no temperature. */
static void
add_easy (Fixture   *f,
          LimberDay  day,
          double     km)
{
  add_run (f, day, km, km * 6.0, LIMBER_RUN_EASY, NO_RPE, NO_TEMP);
}

static void
add_sore (Fixture       *f,
          LimberDay      day,
          LimberZone     zone,
          LimberSide     side,
          int            level,
          LimberQuality  quality,
          gboolean       walking,
          gboolean       sleep)
{
  LimberSoreness *sore = limber_soreness_new ();

  limber_entry_set_day (LIMBER_ENTRY (sore), day);
  limber_soreness_set_zone (sore, zone);
  limber_soreness_set_side (sore, side);
  limber_soreness_set_level (sore, level);
  limber_soreness_set_quality (sore, quality);
  limber_soreness_set_limits_walking (sore, walking);
  limber_soreness_set_disturbs_sleep (sore, sleep);
  add_entry (f, sore, -1, 0);
}

/* A plain ache: no red-flag sign. */
static void
add_ache (Fixture    *f,
          LimberDay   day,
          LimberZone  zone,
          LimberSide  side,
          int         level)
{
  add_sore (f, day, zone, side, level, LIMBER_QUALITY_ACHE, FALSE, FALSE);
}

static void
add_water (Fixture   *f,
           LimberDay  day,
           double     ml)
{
  LimberHydration *water = limber_hydration_new ();

  limber_entry_set_day (LIMBER_ENTRY (water), day);
  limber_hydration_set_volume (water, ml);
  add_entry (f, water, -1, 0);
}

static void
add_fascia_at (Fixture   *f,
               LimberDay  day,
               int        hour,
               int        minute,
               guint      minutes,
               gboolean   professional)
{
  LimberFasciaSession *session = limber_fascia_session_new ();

  limber_entry_set_day (LIMBER_ENTRY (session), day);
  limber_fascia_session_set_duration (session, minutes * 60);
  limber_fascia_session_set_fascia_kind (session, professional ? LIMBER_FASCIA_PROFESSIONAL
                                                               : LIMBER_FASCIA_SELF);
  add_entry (f, session, hour, minute);
}

static void
add_fascia (Fixture   *f,
            LimberDay  day,
            guint      minutes,
            gboolean   professional)
{
  add_fascia_at (f, day, -1, 0, minutes, professional);
}

/* @n self-care sessions (at most 4) in the week that starts on @monday. */
static void
add_sessions_in_week (Fixture   *f,
                      LimberDay  monday,
                      guint      n)
{
  g_assert_cmpuint (n, <=, 4);
  for (guint i = 0; i < n; i++)
    add_fascia (f, monday + 2 * i, 12, FALSE);
}

/* Evaluation and finders. */

static char *
dump_rules (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i ? " " : "", limber_recommendation_get_rule (rec));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Most serious first; within a severity, the newest day first. */
static void
assert_sorted (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) a = g_list_model_get_item (model, i - 1);
      g_autoptr(LimberRecommendation) b = g_list_model_get_item (model, i);

      g_assert_cmpint (limber_recommendation_get_severity (a), >=,
                       limber_recommendation_get_severity (b));
      if (limber_recommendation_get_severity (a) == limber_recommendation_get_severity (b))
        g_assert_cmpuint (limber_recommendation_get_day (a), >=,
                          limber_recommendation_get_day (b));
    }
}

static GListModel *
evaluate_at (Fixture   *f,
             LimberDay  today)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = limber_advisor_evaluate (f->journal, &f->options, today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  assert_sorted (model);

  return model;
}

static GListModel *
evaluate (Fixture *f)
{
  return evaluate_at (f, TODAY);
}

/* The first recommendation of @rule, or NULL; the model keeps it alive. */
static LimberRecommendation *
find_rec (GListModel *model,
          const char *rule)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (model, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), rule))
        return rec;
    }

  return NULL;
}

static guint
count_rule (GListModel *model,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (model, i);

      if (g_str_equal (limber_recommendation_get_rule (rec), rule))
        n++;
    }

  return n;
}

#define get_rec(model, rule) get_rec_at ((model), (rule), __FILE__, __LINE__)

/* Like find_rec(), but the rule must be there. */
static LimberRecommendation *
get_rec_at (GListModel *model,
            const char *rule,
            const char *file,
            int         line)
{
  LimberRecommendation *rec = find_rec (model, rule);

  if (rec == NULL)
    {
      g_autofree char *rules = dump_rules (model);
      g_autofree char *message = g_strdup_printf ("no “%s” among: %s", rule, rules);

      g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
    }

  return rec;
}

static void
assert_rec (LimberRecommendation *rec,
            LimberSeverity        severity,
            int                   zone,
            LimberSide            side,
            LimberDay             day)
{
  g_assert_cmpint (limber_recommendation_get_severity (rec), ==, severity);
  g_assert_cmpint (limber_recommendation_get_zone (rec), ==, zone);
  if (zone != LIMBER_NO_ZONE)
    g_assert_cmpint (limber_recommendation_get_side (rec), ==, side);
  g_assert_cmpuint (limber_recommendation_get_day (rec), ==, day);
}

/* "calf-roll:left calf-roll:right …": the routine in one comparable string. */
static char *
routine_text (LimberRecommendation *rec)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const LimberRoutineMove *moves;
  guint n;

  moves = limber_recommendation_get_moves (rec, &n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s:%s", i ? " " : "", moves[i].move_id,
                            limber_side_to_id (moves[i].side));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* No move is done on @zone, and no move of the catalogue that works @zone is there. */
static void
assert_routine_avoids (LimberRecommendation *rec,
                       LimberZone            zone)
{
  const LimberRoutineMove *moves;
  guint n;

  moves = limber_recommendation_get_moves (rec, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const LimberMove *move = limber_moves_lookup (moves[i].move_id);

      g_assert_nonnull (move);
      g_assert_cmpint (moves[i].zone, !=, zone);
      if (limber_move_has_zone (move, zone))
        {
          g_autofree char *message = g_strdup_printf ("“%s” works zone %s", moves[i].move_id,
                                                      limber_zone_to_id (zone));

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
        }
    }
}

static guint
total_seconds (LimberRecommendation *rec)
{
  return limber_recommendation_get_total_seconds (rec);
}

/* weekly-plan */

#define BASELINE_ROUTINE "calf-roll:left calf-roll:right figure-four:left figure-four:right " \
                         "arch-ball:left arch-ball:right upper-back-roll:centre"

static void
test_weekly_plan_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = evaluate (f);
  g_autoptr(GListModel) wednesday = NULL;
  LimberRecommendation *rec;
  g_autofree char *routine = NULL;

  /* Nothing logged: the plan is the only recommendation. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  rec = get_rec (model, "weekly-plan");
  assert_rec (rec, LIMBER_SEVERITY_SUGGEST, LIMBER_NO_ZONE, 0, TODAY);
  /* Target 3, none done, but only Saturday and Sunday are left. */
  assert_title (rec, "This week: 2 more fascia sessions");
  assert_detail (rec, "0 sessions done since Monday; your target is 3 a week.");
  assert_detail (rec, "It takes about 13 minutes");
  assert_detail_lacks (rec, "sore");
  assert_detail_lacks (rec, "left out");
  assert_source (rec, "Wiewelhove");
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==, BASELINE_ROUTINE);
  g_assert_cmpuint (total_seconds (rec), ==, 780);

  /* On Wednesday five days are left: all three are due. */
  wednesday = evaluate_at (f, ago (3));
  rec = get_rec (wednesday, "weekly-plan");
  assert_title (rec, "This week: 3 more fascia sessions");
}

static void
test_weekly_plan_due (Fixture       *f,
                      gconstpointer  data)
{
  /* Sunday belongs to last week and does not count. */
  add_fascia (f, ago (6), 15, FALSE);

  add_fascia (f, ago (5), 15, FALSE);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    assert_title (rec, "This week: 2 more fascia sessions");
    assert_detail (rec, "1 session done since Monday");
  }

  add_fascia (f, ago (4), 15, FALSE);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    assert_title (rec, "This week: 1 more fascia session");
    assert_detail (rec, "2 sessions done since Monday");
  }

  add_fascia (f, ago (2), 15, TRUE);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    assert_title (rec, "Weekly fascia target reached: 3 of 3 sessions");
    /* Still a routine to do. */
    g_assert_cmpuint (total_seconds (rec), >=, 600);
    g_assert_cmpuint (total_seconds (rec), <=, 900);
  }
}

static void
test_weekly_plan_target_option (Fixture       *f,
                                gconstpointer  data)
{
  add_fascia (f, ago (5), 15, FALSE);

  f->options.weekly_target = 5;
  {
    /* Wednesday: 1 of 5 done, 5 days left. */
    g_autoptr(GListModel) model = evaluate_at (f, ago (3));
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    assert_title (rec, "This week: 4 more fascia sessions");
    assert_detail (rec, "your target is 5 a week");
  }

  f->options.weekly_target = 1;
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    /* The noun follows the target: one session a week is "1 of 1 session". */
    assert_title (rec, "Weekly fascia target reached: 1 of 1 session");
  }
}

static void
test_weekly_plan_sore_first (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_ache (f, ago (7), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 7);      /* 8 days: too old */
  add_ache (f, ago (6), LIMBER_ZONE_KNEE, LIMBER_SIDE_LEFT, 3);
  add_ache (f, ago (2), LIMBER_ZONE_HIP, LIMBER_SIDE_RIGHT, 5);
  add_ache (f, ago (1), LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 2);  /* 2/10: not sore */

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");

  /* The most sore first, on its side; then the baseline, calf on both sides. */
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==,
                   "figure-four:right it-band-roll:left calf-roll:left calf-roll:right "
                   "arch-ball:left arch-ball:right upper-back-roll:centre");
  g_assert_cmpuint (total_seconds (rec), ==, 810);
  assert_detail (rec,
                 "The routine starts with what was sore in the last 7 days: Hip and glute "
                 "(right) 5/10, Knee (left) 3/10.");
  assert_detail_lacks (rec, "Hamstring");
  assert_detail_lacks (rec, "Calf (right)");
}

static void
test_weekly_plan_two_is_not_sore (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_ache (f, ago (1), LIMBER_ZONE_KNEE, LIMBER_SIDE_LEFT, 2);

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==, BASELINE_ROUTINE);
  assert_detail_lacks (rec, "sore");
}

/* Four weeks before the last 7 days at 20 km a week (80 km), then @recent_km in the last 7. */
static void
add_heavy_base (Fixture *f,
                double   recent_km)
{
  static const int days[] = { 34, 30, 27, 24, 20, 16, 12, 8 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    add_easy (f, ago (days[i]), 10.0);
  add_easy (f, ago (5), recent_km / 2.0);
  add_easy (f, ago (2), recent_km / 2.0);
}

static void
test_weekly_plan_heavy_distance (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_heavy_base (f, 26.0);  /* 1.3 × 20 km */

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  assert_title (rec, "Heavy week: a short session each day, 2 to go");
  assert_detail (rec,
                 "This is a heavy week (you ran 26.0 km in the last 7 days, 1.3 × your average "
                 "week of the 4 weeks before (20.0 km))");
  g_assert_cmpuint (total_seconds (rec), >=, 480);
  g_assert_cmpuint (total_seconds (rec), <=, 660);
}

static void
test_weekly_plan_not_heavy (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_heavy_base (f, 25.8);  /* 1.29 × 20 km */

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  assert_title (rec, "This week: 2 more fascia sessions");
  assert_detail_lacks (rec, "heavy");
  g_assert_cmpuint (total_seconds (rec), ==, 780);
}

static void
test_weekly_plan_heavy_effort (Fixture       *f,
                               gconstpointer  data)
{
  add_run (f, ago (6), 8.0, 40.0, LIMBER_RUN_INTERVALS, 8, NO_TEMP);
  add_run (f, ago (3), 8.0, 45.0, LIMBER_RUN_TEMPO, 7, NO_TEMP);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    /* One run at 8 and one at 7: not heavy. */
    assert_title (rec, "This week: 2 more fascia sessions");
  }

  add_run (f, ago (1), 8.0, 40.0, LIMBER_RUN_INTERVALS, 9, NO_TEMP);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "weekly-plan");

    assert_title (rec, "Heavy week: a short session each day, 2 to go");
    assert_detail (rec, "(2 runs in the last 7 days were at effort 8 or more)");
    g_assert_cmpuint (total_seconds (rec), <=, 660);
  }
}

/* red-flag */

static void
test_red_flag_sharp (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec, *first;

  add_sore (f, ago (14), LIMBER_ZONE_KNEE, LIMBER_SIDE_RIGHT, 7, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);                                                   /* too old */
  add_sore (f, ago (13), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 6, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);
  add_run (f, ago (1), 21.1, 115.0, LIMBER_RUN_LONG, 6, NO_TEMP);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 1);
  rec = get_rec (model, "red-flag");
  assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, ago (13));
  first = g_list_model_get_item (model, 0);
  g_assert_true (first == rec);
  g_object_unref (first);
  assert_title (rec, "Calf (left): have it looked at");
  assert_detail (rec, "On Sun 8 Nov you logged sharp pain in Calf (left), level 6/10.");
  assert_detail (rec, "physiotherapist");

  /* No calf work in any routine, and the plan says why. */
  rec = get_rec (model, "weekly-plan");
  assert_routine_avoids (rec, LIMBER_ZONE_CALF);
  assert_detail (rec, "left out");
  assert_detail (rec, ": Calf.");
  rec = get_rec (model, "after-long-run");
  assert_routine_avoids (rec, LIMBER_ZONE_CALF);
  assert_detail (rec, "left out");
  g_assert_true (limber_recommendation_has_move (rec, "arch-ball"));
}

static void
test_red_flag_window (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sore (f, ago (14), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 8, LIMBER_QUALITY_NUMBNESS,
            TRUE, TRUE);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 0);
  rec = get_rec (model, "weekly-plan");
  g_assert_true (limber_recommendation_has_move (rec, "calf-roll"));
  assert_detail_lacks (rec, "left out");

  /* A day earlier it was within 14 days. */
  g_clear_object (&model);
  model = evaluate_at (f, ago (1));
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 1);
}

static void
test_red_flag_signs (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;
  static const struct
  {
    LimberZone  zone;
    LimberSide  side;
    const char *text;
  } expected[] = {  /* newest first */
    { LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH,
      "On Fri 20 Nov you logged pain that disturbs sleep in Hip and glute (both sides), "
      "level 3/10." },
    { LIMBER_ZONE_HEEL, LIMBER_SIDE_LEFT,
      "On Thu 19 Nov you logged pain that limits walking in Heel and Achilles (left), "
      "level 5/10." },
    { LIMBER_ZONE_FOOT, LIMBER_SIDE_RIGHT,
      "On Wed 18 Nov you logged numbness or tingling in Foot (right), level 2/10." },
  };

  add_sore (f, ago (3), LIMBER_ZONE_FOOT, LIMBER_SIDE_RIGHT, 2, LIMBER_QUALITY_NUMBNESS,
            FALSE, FALSE);
  add_sore (f, ago (2), LIMBER_ZONE_HEEL, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_ACHE, TRUE, FALSE);
  add_sore (f, ago (1), LIMBER_ZONE_HIP, LIMBER_SIDE_BOTH, 3, LIMBER_QUALITY_TIGHT, FALSE, TRUE);
  /* High, but an ache with no sign: not a red flag. */
  add_ache (f, ago (1), LIMBER_ZONE_KNEE, LIMBER_SIDE_LEFT, 8);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LimberRecommendation) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (limber_recommendation_get_rule (item), ==, "red-flag");
      assert_rec (item, LIMBER_SEVERITY_PHYSIO, expected[i].zone, expected[i].side,
                  ago (1 + i));
      assert_detail (item, expected[i].text);
    }

  rec = get_rec (model, "weekly-plan");
  assert_routine_avoids (rec, LIMBER_ZONE_FOOT);
  assert_routine_avoids (rec, LIMBER_ZONE_HEEL);
  assert_routine_avoids (rec, LIMBER_ZONE_HIP);
  assert_detail (rec, ": Foot, Heel and Achilles, Hip and glute.");
}

static void
test_red_flag_newest_entry (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sore (f, ago (10), LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, 7, LIMBER_QUALITY_SHARP,
            TRUE, FALSE);
  add_sore (f, ago (3), LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, 4, LIMBER_QUALITY_SHARP,
            TRUE, FALSE);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 1);
  rec = get_rec (model, "red-flag");
  assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, ago (3));
  assert_detail (rec,
                 "On Wed 18 Nov you logged sharp pain, pain that limits walking in Shin (right), "
                 "level 4/10.");
}

static void
test_red_flag_heel_catalogue (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;
  g_autofree char *routine = NULL;

  /* The heel is in no baseline, but arch-ball and sock-pull work it too. */
  add_sore (f, ago (2), LIMBER_ZONE_HEEL, LIMBER_SIDE_LEFT, 6, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);
  add_run (f, ago (1), 24.0, 140.0, LIMBER_RUN_LONG, NO_RPE, NO_TEMP);

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  assert_routine_avoids (rec, LIMBER_ZONE_HEEL);
  g_assert_false (limber_recommendation_has_move (rec, "arch-ball"));
  g_assert_true (limber_recommendation_has_move (rec, "toe-spreaders"));
  g_assert_true (limber_recommendation_has_move (rec, "calf-roll"));

  rec = get_rec (model, "after-long-run");
  assert_routine_avoids (rec, LIMBER_ZONE_HEEL);
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==,
                   "calf-roll:left calf-roll:right toe-spreaders:left toe-spreaders:right "
                   "rocking-fold:both figure-four:left figure-four:right upper-back-roll:centre");
}

/* persistent-niggle */

static void
add_calf_levels (Fixture   *f,
                 LimberSide side,
                 const int *days,
                 const int *levels,
                 guint      n)
{
  for (guint i = 0; i < n; i++)
    add_ache (f, ago (days[i]), LIMBER_ZONE_CALF, side, levels[i]);
}

static void
test_niggle_fires (Fixture       *f,
                   gconstpointer  data)
{
  static const int days[] = { 8, 5, 2 }, levels[] = { 4, 5, 4 };
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, 3);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 1);
  rec = get_rec (model, "persistent-niggle");
  assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, ago (2));
  assert_title (rec, "Calf (left): a niggle that is not settling");
  assert_detail (rec,
                 "Calf (left) was at 4/10 or more on 3 days over 7 days (4/10 on Fri 13 Nov, "
                 "5/10 on Mon 16 Nov, 4/10 on Thu 19 Nov) and is not improving.");
  assert_source (rec, "Silbernagel");
  g_assert_cmpuint (g_strv_length ((char **) limber_recommendation_get_entries (rec)), ==, 3);
}

static void
test_niggle_five_days_apart (Fixture       *f,
                             gconstpointer  data)
{
  static const int days[] = { 7, 5, 2 }, levels[] = { 4, 5, 4 };
  g_autoptr(GListModel) model = NULL;

  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, 3);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
}

static void
test_niggle_two_high_days (Fixture       *f,
                           gconstpointer  data)
{
  static const int days[] = { 8, 5, 2 }, levels[] = { 4, 3, 4 };
  g_autoptr(GListModel) model = NULL;

  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, 3);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
}

static void
test_niggle_improving (Fixture       *f,
                       gconstpointer  data)
{
  static const int days[] = { 8, 5, 2 }, levels[] = { 6, 5, 4 };

  /* The latest is 2 below the first: improving, and no rise either. */
  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, 3);
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
  }

  /* A second entry on the latest day: its highest level, 5, counts. */
  add_ache (f, ago (2), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "persistent-niggle");

    assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, ago (2));
    assert_detail (rec, "5/10 on Thu 19 Nov");
  }
}

static void
test_niggle_settled (Fixture       *f,
                     gconstpointer  data)
{
  static const int days[] = { 8, 5, 2, 1 }, levels[] = { 4, 5, 4, 2 };
  g_autoptr(GListModel) model = NULL;

  /* The newest level is 2/10: settled. */
  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, 4);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
}

static void
test_niggle_other_side (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_ache (f, ago (8), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  add_ache (f, ago (5), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 5);
  add_ache (f, ago (2), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 5);
  add_ache (f, ago (2), LIMBER_ZONE_SHIN, LIMBER_SIDE_LEFT, 5);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
}

static void
test_niggle_window (Fixture       *f,
                    gconstpointer  data)
{
  static const int days[] = { 10, 7, 4 }, levels[] = { 5, 5, 5 };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) day_before = NULL;
  LimberRecommendation *rec;

  /* Today the first day is 10 days old, out of the last 10. */
  add_calf_levels (f, LIMBER_SIDE_RIGHT, days, levels, 3);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);

  /* Seen from yesterday, the three days are 9, 6 and 3 days old. */
  day_before = evaluate_at (f, ago (1));
  rec = get_rec (day_before, "persistent-niggle");
  assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, ago (4));
  assert_detail (rec, "Calf (right) was at 4/10 or more on 3 days over 7 days");
}

static void
test_niggle_rising (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_ache (f, ago (4), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 2);       /* 2 → 4: rising */
  add_ache (f, ago (1), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 4);
  add_ache (f, ago (4), LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, 3);      /* 3 → 4: 1 point */
  add_ache (f, ago (1), LIMBER_ZONE_SHIN, LIMBER_SIDE_RIGHT, 4);
  add_ache (f, ago (4), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 2);        /* 2 → 3: under 4 */
  add_ache (f, ago (1), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 3);
  add_ache (f, ago (7), LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT, 2);      /* 2 is 7 days back */
  add_ache (f, ago (1), LIMBER_ZONE_QUAD, LIMBER_SIDE_RIGHT, 4);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 1);
  rec = get_rec (model, "persistent-niggle");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, ago (1));
  assert_title (rec, "Calf (left): soreness is rising");
  assert_detail (rec, "Calf (left) went from 2/10 on Tue 17 Nov to 4/10 on Fri 20 Nov.");
  assert_source (rec, "Farrar");
}

/* missed-maintenance */

static void
test_missed_all_on_target (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  for (int week = 4; week >= 1; week--)
    add_sessions_in_week (f, ago (5 + 7 * week), 3);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "missed-maintenance"), ==, 0);
}

static void
test_missed_short_weeks (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sessions_in_week (f, ago (33), 3);  /* 19 Oct */
  add_sessions_in_week (f, ago (26), 2);  /* 26 Oct */
  add_sessions_in_week (f, ago (19), 3);  /* 2 Nov */
  add_sessions_in_week (f, ago (12), 1);  /* 9 Nov */

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "missed-maintenance"), ==, 1);
  rec = get_rec (model, "missed-maintenance");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (6));
  assert_title (rec, "Fascia work fell short in 2 of the last 4 weeks");
  assert_detail (rec,
                 "Your target is 3 sessions a week; you did 1 in the week of Mon 9 Nov, 2 in the "
                 "week of Mon 26 Oct.");
  assert_detail (rec, "Your current streak of weeks on target is 0");
}

static void
test_missed_streak (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sessions_in_week (f, ago (33), 1);
  add_sessions_in_week (f, ago (26), 3);
  add_sessions_in_week (f, ago (19), 4);
  add_sessions_in_week (f, ago (12), 3);

  model = evaluate (f);
  rec = get_rec (model, "missed-maintenance");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (27));
  assert_title (rec, "Fascia work fell short in 1 of the last 4 weeks");
  assert_detail (rec, "you did 1 in the week of Mon 19 Oct.");
  assert_detail (rec, "Your current streak is 3 weeks on target.");
}

static void
test_missed_young_journal (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  /* The journal starts on Monday 2 November: 2 complete weeks to judge. */
  add_sessions_in_week (f, ago (19), 1);
  add_sessions_in_week (f, ago (12), 3);

  model = evaluate (f);
  rec = get_rec (model, "missed-maintenance");
  assert_title (rec, "Fascia work fell short in 1 of the last 2 weeks");
  assert_detail (rec, "you did 1 in the week of Mon 2 Nov.");
  assert_detail (rec, "Your current streak is 1 week on target.");
}

static void
test_missed_started_mid_week (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  /* Started on Wednesday 4 November: that week began before the journal and is not judged. */
  add_fascia (f, ago (17), 15, FALSE);
  add_sessions_in_week (f, ago (12), 3);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "missed-maintenance"), ==, 0);
}

static void
test_missed_target_option (Fixture       *f,
                           gconstpointer  data)
{
  for (int week = 4; week >= 1; week--)
    add_sessions_in_week (f, ago (5 + 7 * week), 1);

  f->options.weekly_target = 1;
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "missed-maintenance"), ==, 0);
  }

  f->options.weekly_target = 2;
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "missed-maintenance");

    assert_title (rec, "Fascia work fell short in 4 of the last 4 weeks");
    assert_detail (rec,
                   "Your target is 2 sessions a week; you did 1 in the week of Mon 9 Nov, 1 in "
                   "the week of Mon 2 Nov, 1 in the week of Mon 26 Oct, 1 in the week of Mon 19 "
                   "Oct.");
  }
}

/* after-long-run */

static void
test_long_run_kind (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_run (f, ago (2), 20.0, 100.0, LIMBER_RUN_LONG, NO_RPE, NO_TEMP);

  model = evaluate (f);
  rec = get_rec (model, "after-long-run");
  assert_rec (rec, LIMBER_SEVERITY_SUGGEST, LIMBER_NO_ZONE, 0, ago (2));
  assert_title (rec, "After your long run of Thu 19 Nov");
  assert_detail (rec,
                 "Your run of 20.0 km on Thu 19 Nov (logged as a long run) had no fascia session "
                 "in the 24 hours after it.");
  assert_source (rec, "Konrad");
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==,
                   "calf-roll:left calf-roll:right arch-ball:left arch-ball:right "
                   "rocking-fold:both figure-four:left figure-four:right upper-back-roll:centre");
  g_assert_cmpuint (total_seconds (rec), >=, 600);
  g_assert_cmpuint (total_seconds (rec), <=, 900);

  /* Three days after, the advice is no longer timely. */
  g_clear_object (&model);
  model = evaluate_at (f, ago (2) + 3);
  g_assert_cmpuint (count_rule (model, "after-long-run"), ==, 0);
}

/* A long run on Thursday at 09:00, a session @data minutes later. */
static void
test_long_run_session_after (Fixture       *f,
                             gconstpointer  data)
{
  int offset = GPOINTER_TO_INT (data);
  int minute_of_run = 9 * 60;
  int at = minute_of_run + offset;
  g_autoptr(GListModel) model = NULL;

  add_run_at (f, ago (2), 9, 0, 18.0, 105.0, LIMBER_RUN_LONG, NO_RPE, NO_TEMP);
  add_fascia_at (f, ago (2) + at / 1440, (at % 1440) / 60, at % 60, 15, FALSE);

  model = evaluate (f);
  /* Within 24 hours after the run (23 h, 24 h) silences the rule; before it, or 25 h
   * later, does not. */
  g_assert_cmpuint (count_rule (model, "after-long-run"), ==,
                    offset >= 0 && offset <= 24 * 60 ? 0 : 1);
}

static void
test_long_run_duration (Fixture       *f,
                        gconstpointer  data)
{
  int minutes = GPOINTER_TO_INT (data);
  g_autoptr(GListModel) model = NULL;

  add_run (f, ago (2), 15.0, minutes, LIMBER_RUN_EASY, NO_RPE, NO_TEMP);

  model = evaluate (f);
  if (minutes < 90)
    g_assert_cmpuint (count_rule (model, "after-long-run"), ==, 0);
  else
    assert_detail (get_rec (model, "after-long-run"),
                   "Your run of 15.0 km on Thu 19 Nov (90 minutes)");
}

static void
test_long_run_median (Fixture       *f,
                      gconstpointer  data)
{
  double km = GPOINTER_TO_INT (data) / 10.0;
  g_autoptr(GListModel) model = NULL;

  add_easy (f, ago (20), 8.0);
  add_easy (f, ago (15), 10.0);
  add_easy (f, ago (10), 12.0);
  add_run (f, ago (1), km, 75.0, LIMBER_RUN_EASY, NO_RPE, NO_TEMP);

  model = evaluate (f);
  if (km < 15.0)
    g_assert_cmpuint (count_rule (model, "after-long-run"), ==, 0);
  else
    assert_detail (get_rec (model, "after-long-run"),
                   "Your run of 15.0 km on Fri 20 Nov (1.5 × your median run of the 28 days "
                   "before (10.0 km))");
}

/* massage-timing */

static void
test_massage_hard_run (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_run (f, ago (1), 10.0, 45.0, LIMBER_RUN_TEMPO, 8, NO_TEMP);

  model = evaluate (f);
  rec = get_rec (model, "massage-timing");
  assert_rec (rec, LIMBER_SEVERITY_SUGGEST, LIMBER_NO_ZONE, 0, ago (1));
  assert_title (rec, "Deep work fits best between Sun 22 Nov and Mon 23 Nov");
  assert_detail (rec,
                 "After your hard run on Fri 20 Nov (effort 8/10), tissues recover better if "
                 "deep or professional massage waits 48 to 72 hours.");
}

static void
test_massage_effort_seven (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_run (f, ago (1), 10.0, 45.0, LIMBER_RUN_TEMPO, 7, NO_TEMP);
  add_run (f, ago (4), 10.0, 42.0, LIMBER_RUN_INTERVALS, 9, NO_TEMP);  /* 4 days: too old */

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "massage-timing"), ==, 0);
}

static void
test_massage_race (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_run (f, ago (3), 21.1, 100.0, LIMBER_RUN_RACE, NO_RPE, NO_TEMP);

  model = evaluate (f);
  rec = get_rec (model, "massage-timing");
  assert_rec (rec, LIMBER_SEVERITY_SUGGEST, LIMBER_NO_ZONE, 0, ago (3));
  assert_title (rec, "Deep work fits best between Fri 20 Nov and Sat 21 Nov");
  assert_detail (rec, "After your race on Wed 18 Nov,");

  /* Tomorrow the race is 4 days old. */
  g_clear_object (&model);
  model = evaluate_at (f, TODAY + 1);
  g_assert_cmpuint (count_rule (model, "massage-timing"), ==, 0);
}

static void
test_massage_race_after_hard_run (Fixture       *f,
                                  gconstpointer  data)
{
  add_run (f, ago (1), 12.0, 50.0, LIMBER_RUN_INTERVALS, 9, NO_TEMP);

  /* Monday's race falls in the 48–72 h window after Friday's run. */
  f->options.next_race = TODAY + 2;
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "massage-timing");

    g_assert_cmpuint (count_rule (model, "massage-timing"), ==, 1);
    assert_title (rec, "Keep to gentle self-care before your race");
    assert_detail (rec,
                   "Deep or professional work after your hard run on Fri 20 Nov (effort 9/10) "
                   "would fit between Sun 22 Nov and Mon 23 Nov, but your race on Mon 23 Nov is "
                   "too close");
  }

  /* A race 6 days after the run is far enough. */
  f->options.next_race = TODAY + 5;
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "massage-timing");

    assert_title (rec, "Deep work fits best between Sun 22 Nov and Mon 23 Nov");
  }
}

static void
test_massage_race_ahead (Fixture       *f,
                         gconstpointer  data)
{
  add_easy (f, ago (1), 8.0);

  f->options.next_race = TODAY + 2;
  {
    g_autoptr(GListModel) model = evaluate (f);
    LimberRecommendation *rec = get_rec (model, "massage-timing");

    assert_rec (rec, LIMBER_SEVERITY_SUGGEST, LIMBER_NO_ZONE, 0, TODAY);
    assert_title (rec, "No deep massage before the race");
    assert_detail (rec, "Your race is on Mon 23 Nov.");
  }

  f->options.next_race = TODAY + 3;
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "massage-timing"), ==, 0);
  }

  f->options.next_race = ago (1);
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "massage-timing"), ==, 0);
  }
}

/* professional-maintenance */

/* A professional session @data days ago, in a journal that starts 40 days ago. */
static void
test_professional_age (Fixture       *f,
                       gconstpointer  data)
{
  int days = GPOINTER_TO_INT (data);
  g_autoptr(GListModel) model = NULL;

  add_fascia (f, ago (40), 15, FALSE);
  add_fascia (f, ago (days), 60, TRUE);

  model = evaluate (f);
  if (days <= 27)
    g_assert_cmpuint (count_rule (model, "professional-maintenance"), ==, 0);
  else
    {
      LimberRecommendation *rec = get_rec (model, "professional-maintenance");

      assert_rec (rec, LIMBER_SEVERITY_INFO, LIMBER_NO_ZONE, 0, TODAY);
      assert_title (rec, "No professional massage in 4 weeks");
      assert_detail (rec, "Your last professional session was on Sat 24 Oct.");
      assert_detail (rec, "every 2 to 4 weeks");
    }
}

static void
test_professional_journal_age (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) day_before = NULL;
  LimberRecommendation *rec;

  /* Self-care does not count; the journal is 28 days old counting today. */
  add_fascia (f, ago (27), 15, FALSE);

  model = evaluate (f);
  rec = get_rec (model, "professional-maintenance");
  assert_detail (rec, "No professional session is in your journal");

  /* Yesterday it was 27 days old: too young to judge. */
  day_before = evaluate_at (f, ago (1));
  g_assert_cmpuint (count_rule (day_before, "professional-maintenance"), ==, 0);
}

/* In a heavy week, 2 weeks: a professional session @data days ago. */
static void
test_professional_heavy (Fixture       *f,
                         gconstpointer  data)
{
  int days = GPOINTER_TO_INT (data);
  g_autoptr(GListModel) model = NULL;

  add_fascia (f, ago (20), 15, FALSE);
  add_fascia (f, ago (days), 60, TRUE);
  add_run (f, ago (2), 8.0, 40.0, LIMBER_RUN_INTERVALS, 8, NO_TEMP);
  add_run (f, ago (1), 8.0, 40.0, LIMBER_RUN_TEMPO, 8, NO_TEMP);

  model = evaluate (f);
  if (days <= 13)
    g_assert_cmpuint (count_rule (model, "professional-maintenance"), ==, 0);
  else
    {
      LimberRecommendation *rec = get_rec (model, "professional-maintenance");

      assert_title (rec, "No professional massage in 2 weeks");
      assert_detail (rec,
                     "Your last professional session was on Sat 7 Nov. In a heavy block (2 runs "
                     "in the last 7 days were at effort 8 or more)");
    }
}

/* hydration-low */

static void
test_water_three_low (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_water (f, ago (4), 2100);
  add_water (f, ago (3), 1500);
  add_water (f, ago (2), 1500);
  add_water (f, ago (1), 1000);
  add_water (f, ago (1), 500);

  model = evaluate (f);
  rec = get_rec (model, "hydration-low");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (1));
  assert_title (rec, "Water below target on 3 of 4 days");
  assert_detail (rec,
                 "you drank less than your target on 3: 1.5 of 2.0 L on Wed 18 Nov, 1.5 of 2.0 L "
                 "on Thu 19 Nov, 1.5 of 2.0 L on Fri 20 Nov.");
  assert_detail (rec, "About 2.0 L a day");
  assert_source (rec, "EFSA");
}

static void
test_water_not_enough_days (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  /* Two low days; a low today and 8 days ago do not count; unlogged days are not low. */
  add_water (f, ago (8), 500);
  add_water (f, ago (3), 2000);
  add_water (f, ago (2), 1500);
  add_water (f, ago (1), 1900);
  add_water (f, TODAY, 300);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "hydration-low"), ==, 0);

  /* With a lower target none is low. */
  f->options.daily_water_ml = 1500;
  g_clear_object (&model);
  add_water (f, ago (5), 1500);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "hydration-low"), ==, 0);
}

static void
test_water_none_logged (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_easy (f, ago (1), 10.0);
  add_run (f, ago (2), 10.0, 60.0, LIMBER_RUN_EASY, NO_RPE, 30.0);
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "hydration-low"), ==, 0);
}

/* A run at @data tenths of a degree on Friday, with 2.2 L that day. */
static void
test_water_hot_run (Fixture       *f,
                    gconstpointer  data)
{
  double celsius = GPOINTER_TO_INT (data) / 10.0;
  g_autoptr(GListModel) model = NULL;

  add_water (f, ago (3), 1800);
  add_water (f, ago (2), 1900);
  add_water (f, ago (1), 2200);
  add_run (f, ago (1), 10.0, 55.0, LIMBER_RUN_EASY, NO_RPE, celsius);

  model = evaluate (f);
  if (celsius < 25.0)
    g_assert_cmpuint (count_rule (model, "hydration-low"), ==, 0);
  else
    {
      LimberRecommendation *rec = get_rec (model, "hydration-low");

      assert_title (rec, "Water below target on 3 of 3 days");
      assert_detail (rec,
                     "1.8 of 2.0 L on Wed 18 Nov, 1.9 of 2.0 L on Thu 19 Nov, 2.2 of 2.5 L on "
                     "Fri 20 Nov.");
    }
}

/* run-spike */

typedef struct
{
  const char *name;
  double      km;
  const char *title;     /* NULL: no spike */
  const char *band;
  const char *hazard;
} SpikeCase;

static const SpikeCase spike_cases[] = {
  { "/limber/advisor/run-spike/1.1", 11.0, NULL, NULL, NULL },
  { "/limber/advisor/run-spike/1.2", 12.0, "A run 20 % longer than your recent longest",
    "single runs 10–30 % longer", "1.64 times" },
  { "/limber/advisor/run-spike/1.3", 13.0, "A run 30 % longer than your recent longest",
    "single runs 10–30 % longer", "1.64 times" },
  { "/limber/advisor/run-spike/1.5", 15.0, "A run 50 % longer than your recent longest",
    "single runs 30–100 % longer", "1.52 times" },
  { "/limber/advisor/run-spike/2.0", 20.0, "A run 100 % longer than your recent longest",
    "single runs 30–100 % longer", "1.52 times" },
  { "/limber/advisor/run-spike/2.5", 25.0, "A run 150 % longer than your recent longest",
    "single runs more than 100 % longer", "2.28 times" },
};

static void
test_run_spike (Fixture       *f,
                gconstpointer  data)
{
  const SpikeCase *c = data;
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;
  g_autofree char *distance = NULL;

  add_easy (f, ago (25), 8.0);
  add_easy (f, ago (10), 10.0);
  add_easy (f, ago (4), 6.0);
  add_run (f, ago (1), c->km, c->km * 5.5, LIMBER_RUN_EASY, NO_RPE, NO_TEMP);

  model = evaluate (f);
  rec = find_rec (model, "run-spike");
  if (c->title == NULL)
    {
      g_assert_null (rec);
      return;
    }

  g_assert_nonnull (rec);
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (1));
  assert_title (rec, c->title);
  distance = g_strdup_printf ("Your run on Fri 20 Nov (%.1f km)", c->km);
  assert_detail (rec, distance);
  assert_detail (rec, "longest run of the 30 days before it (10.0 km on Wed 11 Nov)");
  assert_detail (rec, c->band);
  assert_detail (rec, c->hazard);
  assert_source (rec, "Frandsen");
}

static void
test_run_spike_window (Fixture       *f,
                       gconstpointer  data)
{
  /* The 10 km was 31 days before the latest run: out of its 30 days. */
  add_easy (f, ago (32), 10.0);
  add_easy (f, ago (1), 20.0);
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "run-spike"), ==, 0);
  }

  add_easy (f, ago (31), 10.0);
  {
    g_autoptr(GListModel) model = evaluate (f);

    assert_detail (get_rec (model, "run-spike"), "(10.0 km on Wed 21 Oct)");
  }

  /* A week on, the latest run is no longer recent. */
  {
    g_autoptr(GListModel) model = evaluate_at (f, ago (1) + 7);

    g_assert_cmpuint (count_rule (model, "run-spike"), ==, 0);
  }
}

static void
test_run_spike_latest_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  /* Only the latest run is compared: a 15 km three days ago, then an easy 5 km. */
  add_easy (f, ago (12), 10.0);
  add_easy (f, ago (3), 15.0);
  add_easy (f, ago (1), 5.0);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "run-spike"), ==, 0);
}

static void
test_run_spike_miles (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_easy (f, ago (10), 10.0);
  add_easy (f, ago (1), 20.0);
  f->options.miles = TRUE;

  model = evaluate (f);
  rec = get_rec (model, "run-spike");
  assert_detail (rec, "Your run on Fri 20 Nov (12.4 mi)");
  assert_detail (rec, "(6.2 mi on Wed 11 Nov)");
}

/* weekly-increase */

static void
test_increase_this_week (Fixture       *f,
                         gconstpointer  data)
{
  double km = GPOINTER_TO_INT (data) / 10.0;
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_easy (f, ago (8), 10.0);  /* last week */
  add_easy (f, ago (1), km);

  model = evaluate (f);
  rec = find_rec (model, "weekly-increase");
  if (km <= 13.0)
    {
      g_assert_null (rec);
      return;
    }

  g_assert_nonnull (rec);
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, TODAY);
  assert_title (rec, "This week is already 31 % over last week");
  assert_detail (rec, "Since Monday you have run 13.1 km, against 10.0 km all of last week.");
  assert_detail (rec, "more than 30 %");
  assert_detail (rec, "rule of thumb");
  assert_source (rec, "Nielsen");
}

static void
test_increase_small_base (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_easy (f, ago (8), 9.0);
  add_easy (f, ago (1), 20.0);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "weekly-increase"), ==, 0);
}

static void
test_increase_last_week (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_easy (f, ago (15), 10.0);  /* week of 2 Nov */
  add_easy (f, ago (8), 14.0);   /* week of 9 Nov */

  model = evaluate (f);
  rec = get_rec (model, "weekly-increase");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (6));
  assert_title (rec, "Last week was 40 % over the week before");
  assert_detail (rec, "In the week of Mon 9 Nov you ran 14.0 km, against 10.0 km the week before.");
}

/* load-context */

/* 60 km in the 21 days before the last 7 (20 km a week), the journal starting 27 days ago. */
static void
add_chronic (Fixture *f)
{
  static const int days[] = { 27, 24, 20, 17, 13, 9 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    add_easy (f, ago (days[i]), 10.0);
}

static void
test_load_ratio (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_chronic (f);
  add_easy (f, ago (5), 10.0);
  add_easy (f, ago (3), 10.0);
  add_easy (f, ago (1), 10.0);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "load-context"), ==, 1);
  rec = get_rec (model, "load-context");
  assert_rec (rec, LIMBER_SEVERITY_INFO, LIMBER_NO_ZONE, 0, TODAY);
  assert_title (rec, "Training load in context");
  assert_detail (rec,
                 "Last 7 days: 30.0 km; the 21 days before averaged 20.0 km a week, a ratio of "
                 "1.50.");
  assert_detail_lacks (rec, "monotony");
  assert_detail (rec, "do not predict injury");
  assert_source (rec, "Gabbett");
}

static void
test_load_effort (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_chronic (f);
  for (int i = 5; i >= 1; i -= 2)
    add_run (f, ago (i), 10.0, 60.0, LIMBER_RUN_EASY, 5, NO_TEMP);

  /* 3 days of 5 × 60 = 300 in 7: mean 128.6, SD 148.5, monotony 0.87, strain 779. */
  model = evaluate (f);
  rec = get_rec (model, "load-context");
  assert_detail (rec,
                 "Session load (effort × minutes) was 900 this week, with a monotony of 0.9 and "
                 "a strain of 779;");
}

static void
test_load_never_warns (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_chronic (f);
  for (int i = 6; i >= 0; i--)
    add_run (f, ago (i), 60.0 / 7.0, 50.0, LIMBER_RUN_EASY, 6, NO_TEMP);

  /* Ratio 3.0, and every day alike (SD 0): still context only. */
  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "load-context"), ==, 1);
  rec = get_rec (model, "load-context");
  g_assert_cmpint (limber_recommendation_get_severity (rec), ==, LIMBER_SEVERITY_INFO);
  assert_detail (rec, "a ratio of 3.00.");
  assert_detail (rec, "Session load (effort × minutes) was 2100 this week.");
}

static void
test_load_not_enough_history (Fixture       *f,
                              gconstpointer  data)
{
  /* The journal starts 26 days ago. */
  static const int days[] = { 26, 20, 13, 9, 3, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    add_easy (f, ago (days[i]), 10.0);
  {
    g_autoptr(GListModel) model = evaluate (f);

    g_assert_cmpuint (count_rule (model, "load-context"), ==, 0);
  }

  /* Old enough tomorrow. */
  {
    g_autoptr(GListModel) model = evaluate_at (f, TODAY + 1);

    g_assert_cmpuint (count_rule (model, "load-context"), ==, 1);
  }
}

static void
test_load_no_running_before (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_fascia (f, ago (35), 15, FALSE);  /* an old journal... */
  add_easy (f, ago (3), 10.0);          /* ...that only ran this week */

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "load-context"), ==, 0);
}

/* Ordering */

static void
assert_rules (GListModel *model,
              const char *expected)
{
  g_autofree char *rules = dump_rules (model);

  g_assert_cmpstr (rules, ==, expected);
}

static void
test_order_severity_then_day (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  add_sore (f, ago (10), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);                                 /* physio, 10 days old */
  add_easy (f, ago (12), 10.0);
  add_run (f, ago (2), 15.0, 80.0, LIMBER_RUN_TEMPO, 8, NO_TEMP);
  add_water (f, ago (4), 1500);
  add_water (f, ago (2), 1500);
  add_water (f, ago (1), 1500);

  /* physio: red-flag (Wed 11 Nov); warn: weekly-increase (today), hydration-low (Fri),
   * run-spike (Thu 19), missed-maintenance (Sun 15, no session since the journal began on
   * Mon 9); suggest: weekly-plan (today), then after-long-run and
   * massage-timing, both Thu 19, by rule id. */
  model = evaluate (f);
  assert_rules (model, "red-flag weekly-increase hydration-low run-spike missed-maintenance "
                       "weekly-plan after-long-run massage-timing");
}

static void
test_order_ties (Fixture       *f,
                 gconstpointer  data)
{
  static const int niggle_days[] = { 8, 5, 2 }, niggle_levels[] = { 5, 5, 5 };
  g_autoptr(GListModel) model = NULL;

  add_chronic (f);
  add_easy (f, ago (4), 10.0);
  add_calf_levels (f, LIMBER_SIDE_RIGHT, niggle_days, niggle_levels, 3);   /* physio, Thu */
  add_sore (f, ago (1), LIMBER_ZONE_FOOT, LIMBER_SIDE_LEFT, 4, LIMBER_QUALITY_NUMBNESS,
            FALSE, FALSE);                                                 /* physio, Fri */
  add_sessions_in_week (f, ago (19), 1);                                   /* warn, Sun 15 */
  add_ache (f, ago (6), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 2);             /* warn, Fri */
  add_ache (f, ago (1), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 5);

  /* Within a severity newest first; on the same day (today, info) by rule id. */
  model = evaluate (f);
  assert_rules (model, "red-flag persistent-niggle persistent-niggle missed-maintenance "
                       "weekly-plan load-context professional-maintenance");
  {
    g_autoptr(LimberRecommendation) rising = g_list_model_get_item (model, 2);

    assert_rec (rising, LIMBER_SEVERITY_WARN, LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, ago (1));
  }
}

/* Scenarios: several rules at once */

static void
test_scenario_calf_niggle_growing (Fixture       *f,
                                   gconstpointer  data)
{
  static const int days[] = { 13, 11, 8, 5, 3, 0 }, levels[] = { 2, 3, 4, 5, 5, 6 };
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;
  const LimberRoutineMove *moves;
  guint n;

  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, G_N_ELEMENTS (days));
  for (int i = 31; i > 0; i -= 7)  /* a steady 8 km a week */
    add_easy (f, ago (i), 8.0);

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 1);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 0);
  rec = get_rec (model, "persistent-niggle");
  assert_rec (rec, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, TODAY);
  assert_detail (rec,
                 "Calf (left) was at 4/10 or more on 4 days over 9 days (4/10 on Fri 13 Nov, "
                 "5/10 on Mon 16 Nov, 5/10 on Wed 18 Nov, 6/10 on Sat 21 Nov)");
  {
    g_autoptr(LimberRecommendation) first = g_list_model_get_item (model, 0);

    g_assert_true (first == rec);
  }

  /* The plan starts on the left calf only; the calf is not red-flagged, so it is worked. */
  rec = get_rec (model, "weekly-plan");
  moves = limber_recommendation_get_moves (rec, &n);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpint (moves[0].zone, ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (moves[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_cmpstr (moves[0].move_id, ==, "calf-roll");
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==,
                   "calf-roll:left figure-four:left figure-four:right arch-ball:left "
                   "arch-ball:right upper-back-roll:centre");
  assert_detail (rec,
                 "The routine starts with what was sore in the last 7 days: Calf (left) 6/10.");
  assert_detail_lacks (rec, "left out");
  assert_detail_lacks (rec, "heavy");
}

static void
test_scenario_recovering (Fixture       *f,
                          gconstpointer  data)
{
  static const int days[] = { 13, 10, 7, 1 }, levels[] = { 6, 5, 3, 2 };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) earlier = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_calf_levels (f, LIMBER_SIDE_LEFT, days, levels, G_N_ELEMENTS (days));

  model = evaluate (f);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);
  g_assert_cmpuint (count_rule (model, "red-flag"), ==, 0);
  rec = get_rec (model, "weekly-plan");
  routine = routine_text (rec);
  g_assert_cmpstr (routine, ==, BASELINE_ROUTINE);
  assert_detail_lacks (rec, "sore");

  /* A week ago (Sat 14 Nov, the 3/10 day) the calf still led the plan. */
  earlier = evaluate_at (f, ago (7));
  g_assert_cmpuint (count_rule (earlier, "persistent-niggle"), ==, 0);
  assert_detail (get_rec (earlier, "weekly-plan"),
                 "what was sore in the last 7 days: Calf (left) 6/10.");
}

static void
test_scenario_stopped_fascia (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sessions_in_week (f, ago (33), 3);
  add_sessions_in_week (f, ago (26), 3);
  add_sessions_in_week (f, ago (19), 1);
  for (int i = 31; i > 0; i -= 7)  /* a steady 8 km a week */
    add_easy (f, ago (i), 8.0);

  model = evaluate (f);
  assert_rules (model, "missed-maintenance weekly-plan load-context professional-maintenance");

  rec = get_rec (model, "missed-maintenance");
  assert_rec (rec, LIMBER_SEVERITY_WARN, LIMBER_NO_ZONE, 0, ago (6));
  assert_title (rec, "Fascia work fell short in 2 of the last 4 weeks");
  assert_detail (rec, "you did 0 in the week of Mon 9 Nov, 1 in the week of Mon 2 Nov.");
  assert_detail (rec, "Your current streak of weeks on target is 0");

  rec = get_rec (model, "weekly-plan");
  assert_title (rec, "This week: 2 more fascia sessions");
  assert_detail (rec, "0 sessions done since Monday");

  rec = get_rec (model, "professional-maintenance");
  assert_title (rec, "No professional massage in 4 weeks");
}

static void
test_scenario_sharp_pain_day (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  /* Ordinary weeks: about 30 km, water, two sessions this week; a long run on Thursday;
   * then sharp pain in the left hamstring on Friday. */
  static const int days[] = { 34, 32, 30, 27, 25, 23, 20, 18, 16, 13, 11, 9, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    add_easy (f, ago (days[i]), 10.0);
  add_run (f, ago (2), 24.0, 135.0, LIMBER_RUN_LONG, 7, NO_TEMP);
  add_fascia (f, ago (5), 15, FALSE);
  add_fascia (f, ago (3), 15, FALSE);
  for (int i = 7; i >= 1; i--)
    add_water (f, ago (i), 2300);
  add_sore (f, ago (1), LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT, 5, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);

  model = evaluate (f);
  {
    g_autoptr(LimberRecommendation) first = g_list_model_get_item (model, 0);

    g_assert_cmpstr (limber_recommendation_get_rule (first), ==, "red-flag");
    assert_rec (first, LIMBER_SEVERITY_PHYSIO, LIMBER_ZONE_HAMSTRING, LIMBER_SIDE_LEFT,
                ago (1));
    assert_detail (first, "On Fri 20 Nov you logged sharp pain in Hamstring (left), level 5/10.");
  }
  g_assert_cmpuint (count_rule (model, "hydration-low"), ==, 0);
  g_assert_cmpuint (count_rule (model, "persistent-niggle"), ==, 0);

  /* Normally the after-long-run routine has the rocking fold for the hamstrings. */
  rec = get_rec (model, "after-long-run");
  assert_routine_avoids (rec, LIMBER_ZONE_HAMSTRING);
  g_assert_false (limber_recommendation_has_move (rec, "rocking-fold"));
  g_assert_true (limber_recommendation_has_move (rec, "calf-roll"));
  assert_detail (rec, "left out");
  assert_detail (rec, ": Hamstring.");

  rec = get_rec (model, "weekly-plan");
  assert_routine_avoids (rec, LIMBER_ZONE_HAMSTRING);
  assert_title (rec, "This week: 1 more fascia session");
  assert_detail (rec, ": Hamstring.");
}

/* JSON */

static void
assert_json_matches (GListModel *model,
                     const char *json)
{
  static const char * const keys[] = {
    "detail", "moves", "rule", "severity", "side", "source", "title", "zone", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (model));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (model, i);
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(GList) members = json_object_get_members (object);
      int zone = limber_recommendation_get_zone (rec);
      const LimberRoutineMove *moves;
      JsonArray *json_moves;
      guint n_moves, k = 0;

      members = g_list_sort (members, (GCompareFunc) g_strcmp0);
      for (GList *l = members; l != NULL; l = l->next, k++)
        g_assert_cmpstr (l->data, ==, keys[k]);
      g_assert_null (keys[k]);

      g_assert_cmpstr (json_object_get_string_member (object, "rule"), ==,
                       limber_recommendation_get_rule (rec));
      g_assert_cmpstr (json_object_get_string_member (object, "severity"), ==,
                       limber_severity_to_id (limber_recommendation_get_severity (rec)));
      g_assert_cmpstr (json_object_get_string_member (object, "title"), ==,
                       limber_recommendation_get_title (rec));
      g_assert_cmpstr (json_object_get_string_member (object, "detail"), ==,
                       limber_recommendation_get_detail (rec));
      if (limber_recommendation_get_source (rec) == NULL)
        g_assert_true (json_object_get_null_member (object, "source"));
      else
        g_assert_cmpstr (json_object_get_string_member (object, "source"), ==,
                         limber_recommendation_get_source (rec));

      if (zone == LIMBER_NO_ZONE)
        {
          g_assert_true (json_object_get_null_member (object, "zone"));
          g_assert_true (json_object_get_null_member (object, "side"));
        }
      else
        {
          g_assert_cmpstr (json_object_get_string_member (object, "zone"), ==,
                           limber_zone_to_id (zone));
          g_assert_cmpstr (json_object_get_string_member (object, "side"), ==,
                           limber_side_to_id (limber_recommendation_get_side (rec)));
        }

      moves = limber_recommendation_get_moves (rec, &n_moves);
      json_moves = json_object_get_array_member (object, "moves");
      g_assert_cmpuint (json_array_get_length (json_moves), ==, n_moves);
      for (guint j = 0; j < n_moves; j++)
        {
          JsonObject *move = json_array_get_object_element (json_moves, j);

          g_assert_cmpstr (json_object_get_string_member (move, "id"), ==, moves[j].move_id);
          g_assert_cmpint (json_object_get_int_member (move, "seconds"), ==, moves[j].seconds);
          g_assert_cmpint (json_object_get_int_member (move, "seconds"), >, 0);
        }
    }
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *json = NULL;

  add_sore (f, ago (2), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 6, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);
  add_sessions_in_week (f, ago (19), 1);
  add_run (f, ago (1), 12.0, 50.0, LIMBER_RUN_INTERVALS, 8, NO_TEMP);

  model = evaluate (f);
  assert_rules (model, "red-flag missed-maintenance weekly-plan massage-timing");
  json = limber_advisor_to_json (model);
  g_assert_nonnull (json);
  assert_json_matches (model, json);
  /* Spot checks on the text itself. */
  assert_has (json, "\"zone\" : \"calf\"");
  assert_has (json, "\"side\" : \"left\"");
  assert_has (json, "\"zone\" : null");
  assert_has (json, "\"id\" : \"arch-ball\"");
}

static void
test_json_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) model = evaluate (f);
  g_autoptr(GListModel) nothing = G_LIST_MODEL (g_list_store_new (LIMBER_TYPE_RECOMMENDATION));
  g_autofree char *json = limber_advisor_to_json (model);
  g_autofree char *empty = limber_advisor_to_json (nothing);

  assert_json_matches (model, json);
  assert_json_matches (nothing, empty);
  g_assert_cmpstr (empty, ==, "[]");
}

/* Purity */

/* A bit of everything, all on or before today. */
static void
add_rich_history (Fixture *f)
{
  add_chronic (f);
  add_sessions_in_week (f, ago (19), 3);
  add_sessions_in_week (f, ago (12), 1);
  add_fascia (f, ago (30), 60, TRUE);
  add_run (f, ago (3), 18.0, 100.0, LIMBER_RUN_LONG, 8, 27.0);
  add_easy (f, ago (1), 6.0);
  add_water (f, ago (3), 1400);
  add_water (f, ago (2), 1700);
  add_water (f, ago (1), 1900);
  add_ache (f, ago (8), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 4);
  add_ache (f, ago (4), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 5);
  add_ache (f, ago (1), LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 5);
  add_ache (f, ago (1), LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 3);
}

static void
test_purity_twice (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) defaults = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json1 = NULL;
  g_autofree char *json2 = NULL;
  g_autofree char *json3 = NULL;

  add_rich_history (f);

  first = evaluate (f);
  second = evaluate (f);
  defaults = limber_advisor_evaluate (f->journal, NULL, TODAY, &error);
  g_assert_no_error (error);
  json1 = limber_advisor_to_json (first);
  json2 = limber_advisor_to_json (second);
  json3 = limber_advisor_to_json (defaults);
  g_assert_cmpuint (g_list_model_get_n_items (first), >=, 8);
  g_assert_cmpstr (json1, ==, json2);
  g_assert_cmpstr (json1, ==, json3);
}

static void
test_purity_future_ignored (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autofree char *json1 = NULL;
  g_autofree char *json2 = NULL;

  add_rich_history (f);
  before = evaluate (f);
  json1 = limber_advisor_to_json (before);

  /* The journal's clock moves on; entries after the evaluation day follow. */
  limber_journal_set_today (f->journal, TODAY + 14);
  add_sore (f, TODAY + 1, LIMBER_ZONE_KNEE, LIMBER_SIDE_LEFT, 9, LIMBER_QUALITY_SHARP,
            TRUE, TRUE);
  add_ache (f, TODAY + 2, LIMBER_ZONE_CALF, LIMBER_SIDE_RIGHT, 2);
  add_fascia (f, TODAY + 1, 15, FALSE);        /* Sunday, the same week */
  add_fascia (f, TODAY + 3, 60, TRUE);
  add_run (f, TODAY + 1, 42.2, 230.0, LIMBER_RUN_RACE, 10, 30.0);
  add_water (f, TODAY + 1, 300);
  add_water (f, TODAY + 2, 300);

  after = evaluate (f);
  json2 = limber_advisor_to_json (after);
  g_assert_cmpstr (json1, ==, json2);
}

static void
test_purity_only_future (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;

  /* A journal whose every entry is after the evaluation day reads as empty. */
  limber_journal_set_today (f->journal, TODAY + 40);
  add_fascia (f, TODAY + 1, 15, FALSE);
  add_sore (f, TODAY + 2, LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 8, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);
  add_run (f, TODAY + 3, 30.0, 170.0, LIMBER_RUN_LONG, 9, NO_TEMP);
  add_water (f, TODAY + 35, 300);

  model = evaluate (f);
  assert_rules (model, "weekly-plan");
  assert_detail (get_rec (model, "weekly-plan"), "0 sessions done since Monday");
}

/* Regressions: defects these tests found in the core, now fixed. Each test holds one check
 * marked Fixed:, saying what was wrong; they come last so that a failure (which stops a
 * --tap run) leaves every other test run. Use -k to see them all. */

static gboolean
routine_has_hip (LimberRecommendation *rec)
{
  return limber_recommendation_has_move (rec, "figure-four") ||
         limber_recommendation_has_move (rec, "outer-hip-ball");
}

static void
test_bug_heavy_routine_hip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_heavy_base (f, 26.0);
  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  routine = routine_text (rec);

  /* Fixed: weekly-plan in a heavy week (routine 480-660 s): limber_advisor_build_routine()
   * says "lower leg, foot, hip and back always have a place", but both calves (240 s) and
   * both feet with the arch ball (300 s) leave no room for figure-four (180 s), so the
   * routine is calf, foot and upper back only (600 s). */
  check_fixed (routine_has_hip (rec), "Fixed: the heavy-week routine has no hip move: %s",
               routine);
}

static void
test_bug_long_run_routine_hip (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *routine = NULL;
  LimberRecommendation *rec;

  add_run (f, ago (2), 20.0, 100.0, LIMBER_RUN_LONG, NO_RPE, NO_TEMP);
  model = evaluate (f);
  rec = get_rec (model, "after-long-run");
  routine = routine_text (rec);

  /* Fixed: after-long-run focuses calf, foot, hamstring and hip, and its detail says "Ten
   * minutes on the calves, feet, hamstrings and hips", but after calf-roll, arch-ball and
   * rocking-fold (630 s) no hip move fits under 720 s: the routine has no hip move, though
   * build_routine() promises one move for each focus zone. */
  check_fixed (routine_has_hip (rec), "Fixed: the after-long-run routine has no hip move: %s",
             routine);
}

/* Heavy by effort: two runs at 8 this week. */
static void
add_two_hard_runs (Fixture *f)
{
  add_run (f, ago (2), 8.0, 40.0, LIMBER_RUN_INTERVALS, 8, NO_TEMP);
  add_run (f, ago (1), 8.0, 40.0, LIMBER_RUN_INTERVALS, 8, NO_TEMP);
}

static void
test_bug_heavy_title_done_today (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_two_hard_runs (f);
  add_fascia (f, TODAY, 10, FALSE);
  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  assert_has (limber_recommendation_get_title (rec), "Heavy week");

  /* Fixed: weekly-plan, heavy week, Saturday with today's session logged: due = 1 (Sunday's)
   * picks the singular title "Heavy week: a short session today", though today's session
   * is done and the one left is tomorrow's. */
  check_fixed (strstr (limber_recommendation_get_title (rec), "today") == NULL,
             "Fixed: weekly-plan title '%s' asks for a session today, already done",
             limber_recommendation_get_title (rec));
}

static void
test_bug_heavy_title_nothing_due (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_two_hard_runs (f);
  limber_journal_set_today (f->journal, TODAY + 1);
  add_fascia (f, TODAY + 1, 10, FALSE);
  model = evaluate_at (f, TODAY + 1);
  rec = get_rec (model, "weekly-plan");
  assert_has (limber_recommendation_get_title (rec), "Heavy week");

  /* Fixed: weekly-plan, heavy week, Sunday with Sunday's session logged: due = 0 and the
   * title reads "Heavy week: a short session each day, 0 to go". */
  check_fixed (strstr (limber_recommendation_get_title (rec), "0 to go") == NULL,
             "Fixed: weekly-plan title '%s' when nothing is due",
             limber_recommendation_get_title (rec));
}

static void
test_bug_heavy_young_journal (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  /* A journal started 10 days ago, the same 20 km every week. */
  add_easy (f, ago (10), 10.0);
  add_easy (f, ago (8), 10.0);
  add_easy (f, ago (5), 10.0);
  add_easy (f, ago (1), 10.0);

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  /* Fixed: heavy week (limber-advisor.c find_heavy_week): the 4 weeks before are averaged over
   * 4 weeks even when the journal covers only 3 days of them, so 20 km against a 20 km week
   * reads "4.0 × your average week of the 4 weeks before (5.0 km)". */
  check_fixed (strstr (limber_recommendation_get_title (rec), "Heavy week") == NULL,
             "Fixed: a steady week in a 10-day-old journal is called heavy: '%s'",
             limber_recommendation_get_detail (rec));
}

static void
test_bug_sore_list_red_flag (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  LimberRecommendation *rec;

  add_sore (f, ago (2), LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 6, LIMBER_QUALITY_SHARP,
            FALSE, FALSE);

  model = evaluate (f);
  rec = get_rec (model, "weekly-plan");
  assert_routine_avoids (rec, LIMBER_ZONE_CALF);
  assert_detail (rec, "left out");
  /* Fixed: weekly-plan, red flag on a zone sore at 3/10 or more in the last 7 days: the detail
   * says "The routine starts with what was sore in the last 7 days: Calf (left) 6/10." while
   * the routine holds no calf move (and, next sentence, says calf moves are left out). */
  check_fixed (strstr (limber_recommendation_get_detail (rec), "starts with what was sore") == NULL,
             "Fixed: weekly-plan detail says the routine starts with a red-flagged zone: '%s'",
             limber_recommendation_get_detail (rec));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/limber/advisor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_DATA(path, value, func) \
  g_test_add ("/limber/advisor/" path, Fixture, GINT_TO_POINTER (value), fixture_set_up, func, \
              fixture_tear_down)

  ADD ("weekly-plan/empty", test_weekly_plan_empty);
  ADD ("weekly-plan/due", test_weekly_plan_due);
  ADD ("weekly-plan/target-option", test_weekly_plan_target_option);
  ADD ("weekly-plan/sore-first", test_weekly_plan_sore_first);
  ADD ("weekly-plan/two-is-not-sore", test_weekly_plan_two_is_not_sore);
  ADD ("weekly-plan/heavy-distance", test_weekly_plan_heavy_distance);
  ADD ("weekly-plan/not-heavy-1.29", test_weekly_plan_not_heavy);
  ADD ("weekly-plan/heavy-effort", test_weekly_plan_heavy_effort);

  ADD ("red-flag/sharp", test_red_flag_sharp);
  ADD ("red-flag/window", test_red_flag_window);
  ADD ("red-flag/signs", test_red_flag_signs);
  ADD ("red-flag/newest-entry", test_red_flag_newest_entry);
  ADD ("red-flag/heel-catalogue", test_red_flag_heel_catalogue);

  ADD ("persistent-niggle/fires", test_niggle_fires);
  ADD ("persistent-niggle/five-days-apart", test_niggle_five_days_apart);
  ADD ("persistent-niggle/two-high-days", test_niggle_two_high_days);
  ADD ("persistent-niggle/improving", test_niggle_improving);
  ADD ("persistent-niggle/settled", test_niggle_settled);
  ADD ("persistent-niggle/other-side", test_niggle_other_side);
  ADD ("persistent-niggle/window", test_niggle_window);
  ADD ("persistent-niggle/rising", test_niggle_rising);

  ADD ("missed-maintenance/all-on-target", test_missed_all_on_target);
  ADD ("missed-maintenance/short-weeks", test_missed_short_weeks);
  ADD ("missed-maintenance/streak", test_missed_streak);
  ADD ("missed-maintenance/young-journal", test_missed_young_journal);
  ADD ("missed-maintenance/started-mid-week", test_missed_started_mid_week);
  ADD ("missed-maintenance/target-option", test_missed_target_option);

  ADD ("after-long-run/kind", test_long_run_kind);
  ADD_DATA ("after-long-run/session-2h-before", -2 * 60, test_long_run_session_after);
  ADD_DATA ("after-long-run/session-23h", 23 * 60, test_long_run_session_after);
  ADD_DATA ("after-long-run/session-24h", 24 * 60, test_long_run_session_after);
  ADD_DATA ("after-long-run/session-25h", 25 * 60, test_long_run_session_after);
  ADD_DATA ("after-long-run/89-minutes", 89, test_long_run_duration);
  ADD_DATA ("after-long-run/90-minutes", 90, test_long_run_duration);
  ADD_DATA ("after-long-run/median-1.49", 149, test_long_run_median);
  ADD_DATA ("after-long-run/median-1.5", 150, test_long_run_median);

  ADD ("massage-timing/hard-run", test_massage_hard_run);
  ADD ("massage-timing/effort-7", test_massage_effort_seven);
  ADD ("massage-timing/race", test_massage_race);
  ADD ("massage-timing/race-after-hard-run", test_massage_race_after_hard_run);
  ADD ("massage-timing/race-ahead", test_massage_race_ahead);

  ADD_DATA ("professional-maintenance/27-days", 27, test_professional_age);
  ADD_DATA ("professional-maintenance/28-days", 28, test_professional_age);
  ADD ("professional-maintenance/journal-age", test_professional_journal_age);
  ADD_DATA ("professional-maintenance/heavy-13-days", 13, test_professional_heavy);
  ADD_DATA ("professional-maintenance/heavy-14-days", 14, test_professional_heavy);

  ADD ("hydration-low/three-low", test_water_three_low);
  ADD ("hydration-low/not-enough-days", test_water_not_enough_days);
  ADD ("hydration-low/none-logged", test_water_none_logged);
  ADD_DATA ("hydration-low/run-24.9C", 249, test_water_hot_run);
  ADD_DATA ("hydration-low/run-25C", 250, test_water_hot_run);

  for (guint i = 0; i < G_N_ELEMENTS (spike_cases); i++)
    g_test_add (spike_cases[i].name, Fixture, &spike_cases[i], fixture_set_up, test_run_spike,
                fixture_tear_down);
  ADD ("run-spike/window", test_run_spike_window);
  ADD ("run-spike/latest-only", test_run_spike_latest_only);
  ADD ("run-spike/miles", test_run_spike_miles);

  ADD_DATA ("weekly-increase/30-percent", 130, test_increase_this_week);
  ADD_DATA ("weekly-increase/31-percent", 131, test_increase_this_week);
  ADD ("weekly-increase/small-base", test_increase_small_base);
  ADD ("weekly-increase/last-week", test_increase_last_week);

  ADD ("load-context/ratio", test_load_ratio);
  ADD ("load-context/effort", test_load_effort);
  ADD ("load-context/never-warns", test_load_never_warns);
  ADD ("load-context/not-enough-history", test_load_not_enough_history);
  ADD ("load-context/no-running-before", test_load_no_running_before);

  ADD ("order/severity-then-day", test_order_severity_then_day);
  ADD ("order/ties", test_order_ties);

  ADD ("scenario/calf-niggle-growing", test_scenario_calf_niggle_growing);
  ADD ("scenario/recovering", test_scenario_recovering);
  ADD ("scenario/stopped-fascia", test_scenario_stopped_fascia);
  ADD ("scenario/sharp-pain-day", test_scenario_sharp_pain_day);

  ADD ("json/keys", test_json);
  ADD ("json/empty", test_json_empty);

  ADD ("purity/twice", test_purity_twice);
  ADD ("purity/future-ignored", test_purity_future_ignored);
  ADD ("purity/only-future", test_purity_only_future);

  ADD ("regression/heavy-routine-has-hip", test_bug_heavy_routine_hip);
  ADD ("regression/long-run-routine-has-hip", test_bug_long_run_routine_hip);
  ADD ("regression/heavy-title-done-today", test_bug_heavy_title_done_today);
  ADD ("regression/heavy-title-nothing-due", test_bug_heavy_title_nothing_due);
  ADD ("regression/heavy-young-journal", test_bug_heavy_young_journal);
  ADD ("regression/sore-list-red-flag", test_bug_sore_list_red_flag);

#undef ADD
#undef ADD_DATA

  return g_test_run ();
}
