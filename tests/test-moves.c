/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "limber-mobility.h"
#include "limber-moves.h"

static gboolean
is_kebab_case (const char *id)
{
  gboolean after_hyphen = TRUE;

  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}

static gboolean
is_snake_case (const char *id)
{
  if (id == NULL || !g_ascii_islower (*id))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && *p != '_')
        return FALSE;
    }

  return id[strlen (id) - 1] != '_' && strstr (id, "__") == NULL;
}

/* A sentence a user reads: starts with a capital, ends with a full stop, no format
 * directives that would confuse xgettext and translators. */
static void
assert_sentence (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 10);
  g_assert_true (g_ascii_isupper (text[0]));
  g_assert_cmpint (text[strlen (text) - 1], ==, '.');
  g_assert_null (strchr (text, '%'));
}

static void
test_moves_ids (void)
{
  const LimberMove *moves;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_moves = 0;

  moves = limber_moves_get_all (&n_moves);
  g_assert_nonnull (moves);
  g_assert_cmpuint (n_moves, >=, 13);
  g_assert_true (limber_moves_get_all (NULL) == moves);

  for (guint i = 0; i < n_moves; i++)
    {
      g_test_message ("move %s", moves[i].id);
      g_assert_true (is_kebab_case (moves[i].id));
      g_assert_true (g_hash_table_add (seen, (gpointer) moves[i].id));
    }

  g_assert_false (is_kebab_case ("Calf-roll"));
  g_assert_false (is_kebab_case ("calf--roll"));
  g_assert_false (is_kebab_case ("calf_roll"));
  g_assert_false (is_kebab_case ("-calf"));
  g_assert_false (is_kebab_case ("calf-"));
}

/* The moves the source articles name must all be there. */
static void
test_moves_named_in_domain (void)
{
  static const char * const ids[] = {
    "arch-ball", "toe-spreaders", "calf-roll", "inner-calf-ball", "outer-calf-ball",
    "sock-pull", "figure-four", "outer-hip-ball", "it-band-roll", "adductor-roll",
    "rocking-fold", "upper-back-roll", "quad-roll",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_test_message ("move %s", ids[i]);
      g_assert_nonnull (limber_moves_lookup (ids[i]));
    }
}

static void
assert_move (const char *id,
             LimberTool  tool,
             gboolean    per_side,
             guint       seconds)
{
  const LimberMove *move = limber_moves_lookup (id);

  g_test_message ("move %s", id);
  g_assert_nonnull (move);
  g_assert_cmpint (move->tool, ==, tool);
  g_assert_cmpint (move->per_side, ==, per_side);
  g_assert_cmpuint (move->default_seconds, ==, seconds);
}

static void
test_moves_details (void)
{
  const LimberMove *move;

  assert_move ("arch-ball", LIMBER_TOOL_BALL, TRUE, 150);
  move = limber_moves_lookup ("arch-ball");
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_FOOT));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_HEEL));
  g_assert_false (limber_move_has_zone (move, LIMBER_ZONE_CALF));

  assert_move ("toe-spreaders", LIMBER_TOOL_HANDS, TRUE, 45);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("toe-spreaders"), LIMBER_ZONE_FOOT));

  assert_move ("calf-roll", LIMBER_TOOL_FOAM_ROLLER, TRUE, 120);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("calf-roll"), LIMBER_ZONE_CALF));

  assert_move ("sock-pull", LIMBER_TOOL_HANDS, TRUE, 120);
  move = limber_moves_lookup ("sock-pull");
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_CALF));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_SHIN));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_HEEL));

  assert_move ("outer-calf-ball", LIMBER_TOOL_BALL, TRUE, 120);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("outer-calf-ball"),
                                       LIMBER_ZONE_SHIN));

  assert_move ("figure-four", LIMBER_TOOL_NONE, TRUE, 90);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("figure-four"), LIMBER_ZONE_HIP));

  assert_move ("outer-hip-ball", LIMBER_TOOL_BALL, TRUE, 120);
  move = limber_moves_lookup ("outer-hip-ball");
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_HIP));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_IT_BAND));

  assert_move ("adductor-roll", LIMBER_TOOL_FOAM_ROLLER, TRUE, 120);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("adductor-roll"),
                                       LIMBER_ZONE_ADDUCTOR));

  assert_move ("rocking-fold", LIMBER_TOOL_NONE, FALSE, 90);
  move = limber_moves_lookup ("rocking-fold");
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_HAMSTRING));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_LOWER_BACK));

  assert_move ("upper-back-roll", LIMBER_TOOL_FOAM_ROLLER, FALSE, 60);
  g_assert_true (limber_move_has_zone (limber_moves_lookup ("upper-back-roll"),
                                       LIMBER_ZONE_UPPER_BACK));

  assert_move ("quad-roll", LIMBER_TOOL_FOAM_ROLLER, TRUE, 120);
  move = limber_moves_lookup ("quad-roll");
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_QUAD));
  g_assert_true (limber_move_has_zone (move, LIMBER_ZONE_KNEE));
}

static void
test_moves_every_zone_covered (void)
{
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      g_autoptr(GPtrArray) found = limber_moves_for_zone (zone);

      g_test_message ("zone %s", limber_zone_to_id (zone));
      g_assert_nonnull (found);
      g_assert_cmpuint (found->len, >=, 1);
    }
}

static void
test_moves_lookup (void)
{
  const LimberMove *moves;
  guint n_moves;

  moves = limber_moves_get_all (&n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      g_autofree char *copy = g_strdup (moves[i].id);

      /* Compared by content, not by pointer. */
      g_assert_true (limber_moves_lookup (copy) == &moves[i]);
    }

  g_assert_null (limber_moves_lookup (NULL));
  g_assert_null (limber_moves_lookup (""));
  g_assert_null (limber_moves_lookup ("moonwalk"));
  g_assert_null (limber_moves_lookup ("Calf-Roll"));
  g_assert_null (limber_moves_lookup ("calf_roll"));
  g_assert_null (limber_moves_lookup ("calf-roll "));
}

static void
test_moves_for_zone (void)
{
  const LimberMove *moves;
  guint n_moves;
  guint total = 0;

  moves = limber_moves_get_all (&n_moves);

  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      g_autoptr(GPtrArray) found = limber_moves_for_zone (zone);
      guint expected = 0;
      const LimberMove *previous = NULL;

      for (guint i = 0; i < n_moves; i++)
        expected += limber_move_has_zone (&moves[i], zone) ? 1 : 0;
      g_assert_cmpuint (found->len, ==, expected);

      for (guint i = 0; i < found->len; i++)
        {
          const LimberMove *move = g_ptr_array_index (found, i);

          /* Pointers into the catalogue, in catalogue order. */
          g_assert_true (move >= moves && move < moves + n_moves);
          g_assert_true (previous == NULL || move > previous);
          g_assert_true (limber_move_has_zone (move, zone));
          previous = move;
        }

      total += found->len;
    }

  /* Each move appears once for each of its zones. */
  {
    guint zone_slots = 0;

    for (guint i = 0; i < n_moves; i++)
      zone_slots += moves[i].n_zones;
    g_assert_cmpuint (total, ==, zone_slots);
  }

  g_test_expect_message ("limber-moves", G_LOG_LEVEL_CRITICAL, "*zone < LIMBER_N_ZONES*");
  g_assert_null (limber_moves_for_zone (LIMBER_N_ZONES));
  g_test_assert_expected_messages ();
}

static void
test_moves_content (void)
{
  const LimberMove *moves;
  guint n_moves;

  moves = limber_moves_get_all (&n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      const LimberMove *move = &moves[i];
      g_auto(GStrv) steps = limber_move_dup_steps (move);
      g_auto(GStrv) cautions = limber_move_dup_cautions (move);
      gboolean zone_seen[LIMBER_N_ZONES] = { FALSE, };

      g_test_message ("move %s", move->id);

      g_assert_nonnull (limber_move_get_name (move));
      g_assert_cmpstr (limber_move_get_name (move), !=, "");
      g_assert_null (strchr (limber_move_get_name (move), '%'));
      assert_sentence (limber_move_get_summary (move));

      g_assert_cmpuint (move->default_seconds, >=, 20);
      g_assert_cmpuint (move->default_seconds, <=, 300);
      g_assert_cmpint (move->tool, >=, 0);
      g_assert_cmpint (move->tool, <, LIMBER_N_TOOLS);

      g_assert_cmpuint (move->n_zones, >=, 1);
      g_assert_cmpuint (move->n_zones, <=, LIMBER_MOVE_MAX_ZONES);
      for (guint z = 0; z < move->n_zones; z++)
        {
          g_assert_cmpint (move->zones[z], >=, 0);
          g_assert_cmpint (move->zones[z], <, LIMBER_N_ZONES);
          g_assert_false (zone_seen[move->zones[z]]);
          zone_seen[move->zones[z]] = TRUE;
          g_assert_true (limber_move_has_zone (move, move->zones[z]));

          /* A move done once per side only makes sense on zones that come in pairs. */
          if (move->per_side)
            g_assert_true (limber_zone_is_paired (move->zones[z]));
        }
      for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
        g_assert_cmpint (limber_move_has_zone (move, zone), ==, zone_seen[zone]);

      g_assert_nonnull (steps);
      g_assert_cmpuint (g_strv_length (steps), >=, 3);
      g_assert_cmpuint (g_strv_length (steps), <=, 6);
      for (guint s = 0; steps[s] != NULL; s++)
        {
          assert_sentence (steps[s]);
          /* The copy is the (here untranslated) msgid, in order. */
          g_assert_cmpstr (steps[s], ==, move->steps[s]);
          g_assert_true (steps[s] != move->steps[s]);
        }

      g_assert_nonnull (cautions);
      g_assert_cmpuint (g_strv_length (cautions), >=, 1);
      g_assert_cmpuint (g_strv_length (cautions), <=, 3);
      for (guint c = 0; cautions[c] != NULL; c++)
        {
          assert_sentence (cautions[c]);
          g_assert_cmpstr (cautions[c], ==, move->cautions[c]);
        }
    }
}

static void
test_moves_preconditions (void)
{
  g_test_expect_message ("limber-moves", G_LOG_LEVEL_CRITICAL, "*move != NULL*");
  g_assert_null (limber_move_get_name (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-moves", G_LOG_LEVEL_CRITICAL, "*move != NULL*");
  g_assert_null (limber_move_dup_steps (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-moves", G_LOG_LEVEL_CRITICAL, "*move != NULL*");
  g_assert_false (limber_move_has_zone (NULL, LIMBER_ZONE_CALF));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-moves", G_LOG_LEVEL_CRITICAL, "*tool < LIMBER_N_TOOLS*");
  g_assert_null (limber_tool_to_id (LIMBER_N_TOOLS));
  g_test_assert_expected_messages ();
}

static void
test_moves_tools (void)
{
  static const char * const ids[LIMBER_N_TOOLS] = {
    [LIMBER_TOOL_FOAM_ROLLER] = "foam_roller",
    [LIMBER_TOOL_BALL]        = "ball",
    [LIMBER_TOOL_HANDS]       = "hands",
    [LIMBER_TOOL_NONE]        = "none",
  };
  static const char * const labels[LIMBER_N_TOOLS] = {
    [LIMBER_TOOL_FOAM_ROLLER] = "Foam roller",
    [LIMBER_TOOL_BALL]        = "Ball",
    [LIMBER_TOOL_HANDS]       = "Hands",
    [LIMBER_TOOL_NONE]        = "No tool",
  };
  LimberTool tool;

  for (LimberTool t = 0; t < LIMBER_N_TOOLS; t++)
    {
      g_autofree char *copy = g_strdup (limber_tool_to_id (t));

      g_assert_cmpstr (limber_tool_to_id (t), ==, ids[t]);
      g_assert_cmpstr (limber_tool_get_label (t), ==, labels[t]);

      tool = LIMBER_N_TOOLS;
      g_assert_true (limber_tool_from_id (copy, &tool));
      g_assert_cmpint (tool, ==, t);
    }

  tool = LIMBER_TOOL_HANDS;
  g_assert_false (limber_tool_from_id (NULL, &tool));
  g_assert_false (limber_tool_from_id ("", &tool));
  g_assert_false (limber_tool_from_id ("foam-roller", &tool));
  g_assert_false (limber_tool_from_id ("Ball", &tool));
  g_assert_false (limber_tool_from_id ("massage_gun", &tool));
  /* A failed lookup leaves the out value alone. */
  g_assert_cmpint (tool, ==, LIMBER_TOOL_HANDS);
}

static void
test_mobility_catalogue (void)
{
  const LimberMobilityTest *tests;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_tests = 0;

  tests = limber_mobility_get_all (&n_tests);
  g_assert_nonnull (tests);
  g_assert_cmpuint (n_tests, ==, 5);
  g_assert_true (limber_mobility_get_all (NULL) == tests);

  for (guint i = 0; i < n_tests; i++)
    {
      const LimberMobilityTest *test = &tests[i];
      g_autofree char *copy = g_strdup (test->id);
      const char *instructions;

      g_test_message ("mobility test %s", test->id);
      g_assert_true (is_snake_case (test->id));
      g_assert_true (g_hash_table_add (seen, (gpointer) test->id));
      g_assert_true (limber_mobility_lookup (copy) == test);

      g_assert_nonnull (limber_mobility_get_name (test));
      g_assert_cmpstr (limber_mobility_get_name (test), !=, "");

      /* One to three sentences. */
      instructions = limber_mobility_get_instructions (test);
      assert_sentence (instructions);
      {
        guint sentences = 0;

        for (const char *p = instructions; *p != '\0'; p++)
          sentences += (*p == '.' && (p[1] == ' ' || p[1] == '\0')) ? 1 : 0;
        g_assert_cmpuint (sentences, >=, 1);
        g_assert_cmpuint (sentences, <=, 3);
      }

      g_assert_cmpfloat (test->min_value, <, test->max_value);

      switch (test->unit)
        {
        case LIMBER_MOBILITY_UNIT_CM:
          g_assert_cmpstr (limber_mobility_get_unit_label (test), ==, "cm");
          break;
        case LIMBER_MOBILITY_UNIT_SCORE:
          g_assert_cmpstr (limber_mobility_get_unit_label (test), ==, "points");
          g_assert_cmpfloat (test->min_value, ==, 0);
          g_assert_cmpfloat (test->max_value, ==, 10);
          g_assert_true (test->higher_is_better);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_null (limber_mobility_lookup (NULL));
  g_assert_null (limber_mobility_lookup (""));
  g_assert_null (limber_mobility_lookup ("knee-to-wall"));
  g_assert_null (limber_mobility_lookup ("sit_and_reach"));
}

static void
assert_mobility (const char         *id,
                 LimberMobilityUnit  unit,
                 double              min_value,
                 double              max_value,
                 gboolean            per_side,
                 gboolean            higher_is_better)
{
  const LimberMobilityTest *test = limber_mobility_lookup (id);

  g_test_message ("mobility test %s", id);
  g_assert_nonnull (test);
  g_assert_cmpint (test->unit, ==, unit);
  g_assert_cmpfloat (test->min_value, ==, min_value);
  g_assert_cmpfloat (test->max_value, ==, max_value);
  g_assert_cmpint (test->per_side, ==, per_side);
  g_assert_cmpint (test->higher_is_better, ==, higher_is_better);
}

static void
test_mobility_details (void)
{
  assert_mobility ("knee_to_wall", LIMBER_MOBILITY_UNIT_CM, 0, 20, TRUE, TRUE);
  assert_mobility ("toe_mobility", LIMBER_MOBILITY_UNIT_SCORE, 0, 10, TRUE, TRUE);
  assert_mobility ("quad_stretch", LIMBER_MOBILITY_UNIT_CM, 0, 60, TRUE, FALSE);
  assert_mobility ("runners_lunge", LIMBER_MOBILITY_UNIT_SCORE, 0, 10, TRUE, TRUE);
  assert_mobility ("toe_touch", LIMBER_MOBILITY_UNIT_CM, -30, 60, FALSE, FALSE);
}

static void
test_mobility_preconditions (void)
{
  g_test_expect_message ("limber-mobility", G_LOG_LEVEL_CRITICAL, "*test != NULL*");
  g_assert_null (limber_mobility_get_unit_label (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("limber-mobility", G_LOG_LEVEL_CRITICAL, "*test != NULL*");
  g_assert_null (limber_mobility_get_name (NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limber/moves/ids", test_moves_ids);
  g_test_add_func ("/limber/moves/named-in-domain", test_moves_named_in_domain);
  g_test_add_func ("/limber/moves/details", test_moves_details);
  g_test_add_func ("/limber/moves/every-zone-covered", test_moves_every_zone_covered);
  g_test_add_func ("/limber/moves/lookup", test_moves_lookup);
  g_test_add_func ("/limber/moves/for-zone", test_moves_for_zone);
  g_test_add_func ("/limber/moves/content", test_moves_content);
  g_test_add_func ("/limber/moves/preconditions", test_moves_preconditions);
  g_test_add_func ("/limber/moves/tools", test_moves_tools);
  g_test_add_func ("/limber/moves/mobility/catalogue", test_mobility_catalogue);
  g_test_add_func ("/limber/moves/mobility/details", test_mobility_details);
  g_test_add_func ("/limber/moves/mobility/preconditions", test_mobility_preconditions);

  return g_test_run ();
}
