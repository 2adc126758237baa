/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-moves"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-moves.h"

/* Fills both zones[] and n_zones from one list, so the two cannot disagree. */
#define ZONES(...) \
  .zones = { __VA_ARGS__ }, \
  .n_zones = sizeof ((LimberZone[]) { __VA_ARGS__ }) / sizeof (LimberZone)

/* Translators: the cautions below are shown under several moves of the catalogue */
#define CAUTION_BREATHE \
  N_("Ease off if you wince or cannot breathe fully: relaxed breathing matters more than " \
     "pressure.")
#define CAUTION_SPOT \
  N_("Leave a spot alone if the pain there is sharp, or if it feels numb or swollen.")
#define CAUTION_SLOW \
  N_("Keep the pressure slow and steady; rolling harder or faster does not work better.")

static const struct { const char *id; const char *label; } tools[LIMBER_N_TOOLS] = {
  [LIMBER_TOOL_FOAM_ROLLER] = { "foam_roller", N_("Foam roller") },
  [LIMBER_TOOL_BALL]        = { "ball",        N_("Ball") },
  [LIMBER_TOOL_HANDS]       = { "hands",       N_("Hands") },
  [LIMBER_TOOL_NONE]        = { "none",        N_("No tool") },
};

/* The catalogue, roughly from the feet up. A move lists the zones it is meant for: the
 * tissue it works, and for the knee the thigh tissue around it (no move presses on the
 * knee joint itself). The ids are stable: they are stored in the journal and CSV files. */
static const LimberMove moves[] = {
  {
    .id = "arch-ball",
    /* Translators: name of a self-massage move, a ball rolled under the foot */
    .name = N_("Arch and heel ball roll"),
    .tool = LIMBER_TOOL_BALL,
    ZONES (LIMBER_ZONE_FOOT, LIMBER_ZONE_HEEL),
    .per_side = TRUE,
    .default_seconds = 150,
    .summary = N_("A ball rolled slowly along the sole of the foot, from the heel to the toes."),
    .steps = {
      N_("Sit, or stand with a hand on a wall, and set a tennis or lacrosse ball under the "
         "arch of one foot."),
      N_("Let some of your weight sink onto the ball while the other foot stays flat."),
      N_("Roll slowly from the front of the heel to just behind the toes, and back."),
      N_("Stop on a tender spot, breathe out slowly and let the foot soften over the ball."),
      N_("Finish with a little time around the heel, then change feet."),
      NULL
    },
    .cautions = {
      CAUTION_BREATHE,
      N_("Sit down for it if standing puts more weight on the ball than feels comfortable."),
      CAUTION_SPOT,
      NULL
    },
  },
  {
    .id = "toe-spreaders",
    /* Translators: name of a self-massage move, fingers laced between the toes */
    .name = N_("Toe spreaders"),
    .tool = LIMBER_TOOL_HANDS,
    ZONES (LIMBER_ZONE_FOOT),
    .per_side = TRUE,
    .default_seconds = 45,
    .summary = N_("Fingers laced between the toes to pull, bend and twist the sole of the foot."),
    .steps = {
      N_("Sit comfortably with one bare foot resting across the opposite thigh."),
      N_("Slide the fingers of the opposite hand between your toes, only as far as they go "
         "without strain."),
      N_("Draw the toes gently away from the foot, then bend them down and back in slow waves."),
      N_("Turn the sole of the foot slowly inward, then outward."),
      N_("Close your free hand over the laced fingers and toes, squeeze softly for a few "
         "breaths, then change feet."),
      NULL
    },
    .cautions = {
      N_("Stiff toes may only let your fingers in part of the way at first: that is fine, "
         "do not force them."),
      N_("Keep the movements small and slow if a toe joint aches or pinches."),
      NULL
    },
  },
  {
    .id = "calf-roll",
    /* Translators: name of a self-massage move on a foam roller */
    .name = N_("Calf roll"),
    .tool = LIMBER_TOOL_FOAM_ROLLER,
    ZONES (LIMBER_ZONE_CALF),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A foam roller under the calf, worked slowly from the ankle up to the knee."),
    .steps = {
      N_("Sit on the floor with one leg straight and the foam roller under it, just above "
         "the ankle."),
      N_("Put your hands on the floor behind you and lift your hips a little to add weight."),
      N_("Roll slowly up toward the knee, a few centimetres with each breath."),
      N_("When you meet a tender spot, stay on it for about 20 seconds and breathe out "
         "slowly."),
      N_("Stop short of the back of the knee, roll back down, then change legs."),
      NULL
    },
    .cautions = {
      CAUTION_BREATHE,
      N_("Keep the roller off the back of the knee."),
      CAUTION_SPOT,
      NULL
    },
  },
  {
    .id = "inner-calf-ball",
    /* Translators: name of a self-massage move with a ball */
    .name = N_("Inner calf ball"),
    .tool = LIMBER_TOOL_BALL,
    ZONES (LIMBER_ZONE_CALF),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A ball pressed into the inner calf while the foot points and flexes."),
    .steps = {
      N_("Sit on the floor with the leg to be worked bent in front of you, its outer edge "
         "down so the inner calf faces up."),
      N_("Place a lacrosse or tennis ball on the inner calf, just behind the edge of the "
         "shinbone."),
      N_("Press down on the ball with both hands, building the pressure slowly."),
      N_("On a tender spot, hold the pressure and point and flex the foot a few times."),
      N_("Move the ball a little higher or lower and repeat, then change legs."),
      NULL
    },
    .cautions = {
      N_("Keep the ball on the muscle, not on the bony edge of the shin."),
      CAUTION_BREATHE,
      CAUTION_SPOT,
      NULL
    },
  },
  {
    .id = "outer-calf-ball",
    /* Translators: name of a self-massage move with a ball */
    .name = N_("Outer calf ball"),
    .tool = LIMBER_TOOL_BALL,
    ZONES (LIMBER_ZONE_CALF, LIMBER_ZONE_SHIN),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A ball pressed into the outside of the lower leg while the foot points and "
                  "flexes."),
    .steps = {
      N_("Sit on the floor with the knee of the leg to be worked bent and dropped inward, so "
         "the outside of the lower leg faces up."),
      N_("Place the ball on the fleshy outer side of the lower leg, beside the shinbone."),
      N_("Press into the ball with your hands until the pressure is firm but comfortable."),
      N_("On a tender spot, hold and point and flex the foot a few times."),
      N_("Work from just above the ankle to a hand’s width below the knee, then change legs."),
      NULL
    },
    .cautions = {
      N_("Keep off the bony knob just below the outside of the knee: a nerve runs close to "
         "the skin there."),
      N_("Stop if you feel tingling or numbness in the foot."),
      CAUTION_BREATHE,
      NULL
    },
  },
  {
    .id = "sock-pull",
    /* Translators: name of a self-massage move: the hands slide up the lower leg as if
     * pulling up a tight sock */
    .name = N_("Sock pull"),
    .tool = LIMBER_TOOL_HANDS,
    ZONES (LIMBER_ZONE_CALF, LIMBER_ZONE_SHIN, LIMBER_ZONE_HEEL),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("Both hands wrapped round the lower leg, gliding the tissue along it while "
                  "the ankle moves."),
    .steps = {
      N_("Sit on the floor with bare lower legs and one knee bent."),
      N_("Lace your fingers round the back of the ankle, just above the heel, and squeeze "
         "lightly."),
      N_("Slide the hands slowly up toward the knee, as if pulling on a tight sock, while you "
         "pump and circle the ankle."),
      N_("Repeat with the hands on the inner and outer sides of the leg, then on the front of "
         "the shin."),
      N_("Reverse the direction, starting just below the knee and sliding down."),
      N_("Vary the squeeze to change how deep the pull goes, then change legs."),
      NULL
    },
    .cautions = {
      N_("Squeeze only as firmly as feels comfortable: a light grip is enough to begin."),
      CAUTION_SPOT,
      NULL
    },
  },
  {
    .id = "it-band-roll",
    /* Translators: name of a self-massage move on a foam roller; "IT band" is the
     * iliotibial band on the outside of the thigh */
    .name = N_("IT band roll"),
    .tool = LIMBER_TOOL_FOAM_ROLLER,
    ZONES (LIMBER_ZONE_IT_BAND, LIMBER_ZONE_KNEE),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A foam roller along the outside of the thigh, from below the hip to above "
                  "the knee."),
    .steps = {
      N_("Lie on your side, propped on a forearm, with the foam roller under the outer thigh."),
      N_("Cross the top leg over and set its foot on the floor in front of you to carry some "
         "of your weight."),
      N_("Roll slowly from just below the hip to just above the knee."),
      N_("Pause where it feels tender, and tighten and relax the thigh a few times."),
      N_("Roll back up, then change sides."),
      NULL
    },
    .cautions = {
      N_("Stop above the knee; never roll over the joint."),
      N_("This area is often very sensitive: put more weight on your foot and arm rather than "
         "gritting your teeth."),
      CAUTION_BREATHE,
      NULL
    },
  },
  {
    .id = "quad-roll",
    /* Translators: name of a self-massage move on a foam roller, front of the thigh */
    .name = N_("Quad roll"),
    .tool = LIMBER_TOOL_FOAM_ROLLER,
    ZONES (LIMBER_ZONE_QUAD, LIMBER_ZONE_KNEE),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A foam roller under the front of the thigh, from the hip to above the "
                  "kneecap."),
    .steps = {
      N_("Lie face down, propped on your forearms, with the foam roller under the front of "
         "one thigh."),
      N_("Bend the other knee out to the side to take some of your weight."),
      N_("Using your arms, roll slowly from just below the hip to just above the kneecap."),
      N_("On a tender spot, pause and slowly bend and straighten the knee a few times."),
      N_("Roll back up, then change legs."),
      NULL
    },
    .cautions = {
      N_("Stop above the kneecap; never roll over it."),
      N_("Keep your stomach lightly braced so the lower back does not sag."),
      CAUTION_SLOW,
      NULL
    },
  },
  {
    .id = "rocking-fold",
    /* Translators: name of a gentle stretch: a standing forward bend with slow rocking */
    .name = N_("Rocking forward fold"),
    .tool = LIMBER_TOOL_NONE,
    ZONES (LIMBER_ZONE_HAMSTRING, LIMBER_ZONE_LOWER_BACK),
    .per_side = FALSE,
    .default_seconds = 90,
    .summary = N_("A relaxed standing forward bend, swaying slowly from side to side."),
    .steps = {
      N_("Stand with your feet hip-width apart and your knees soft."),
      N_("Fold forward slowly from the hips and let your head and arms hang."),
      N_("Shift your weight gently from one foot to the other and let the back and legs sway "
         "with it."),
      N_("Bend your knees more whenever the stretch feels strong, and keep breathing slowly."),
      N_("Bend your knees and uncurl slowly to come back up."),
      NULL
    },
    .cautions = {
      N_("Do not bounce or push deeper: let the fold settle on its own."),
      N_("Skip it if folding forward sends pain, tingling or numbness down a leg."),
      N_("Come up slowly if you feel light-headed."),
      NULL
    },
  },
  {
    .id = "adductor-roll",
    /* Translators: name of a self-massage move on a foam roller, inner thigh */
    .name = N_("Adductor roll"),
    .tool = LIMBER_TOOL_FOAM_ROLLER,
    ZONES (LIMBER_ZONE_ADDUCTOR),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A foam roller under the inner thigh, worked from above the knee toward the "
                  "pelvis."),
    .steps = {
      N_("Lie face down on your forearms with the foam roller on the floor beside you, "
         "parallel to your body."),
      N_("Bend one knee out to the side and rest the inner thigh on the roller, just above "
         "the knee."),
      N_("Shift your body sideways to roll slowly up the inner thigh toward the pelvis."),
      N_("Relax into the roller on a tender spot for a few breaths."),
      N_("Roll back down, then change sides."),
      NULL
    },
    .cautions = {
      N_("Start above the knee and keep the roller off the inside of the joint."),
      N_("Stop before the roller reaches the crease of the groin."),
      CAUTION_BREATHE,
      NULL
    },
  },
  {
    .id = "figure-four",
    /* Translators: name of a hip stretch lying on the back, one ankle crossed over the
     * other knee so the legs make the shape of a "4" */
    .name = N_("Figure-four stretch"),
    .tool = LIMBER_TOOL_NONE,
    ZONES (LIMBER_ZONE_HIP),
    .per_side = TRUE,
    .default_seconds = 90,
    .summary = N_("A lying hip stretch with one ankle crossed over the opposite knee."),
    .steps = {
      N_("Lie on your back with both knees bent and your feet flat on the floor."),
      N_("Cross one ankle over the opposite knee and let the top knee open out to the side."),
      N_("Reach round the thigh of the lower leg and draw it gently toward your chest."),
      N_("Hold for about a minute and a half, breathing slowly while the stretch eases."),
      N_("Lower both feet to the floor, then change sides."),
      NULL
    },
    .cautions = {
      N_("Hold without forcing: let the tension soften rather than pulling harder."),
      N_("Back off if the crossed knee hurts; the stretch belongs in the buttock and outer "
         "hip."),
      NULL
    },
  },
  {
    .id = "outer-hip-ball",
    /* Translators: name of a self-massage move with a ball on the side of the hip */
    .name = N_("Outer hip ball"),
    .tool = LIMBER_TOOL_BALL,
    ZONES (LIMBER_ZONE_HIP, LIMBER_ZONE_IT_BAND),
    .per_side = TRUE,
    .default_seconds = 120,
    .summary = N_("A ball under the side of the hip, holding tender spots while the muscle "
                  "tightens and relaxes."),
    .steps = {
      N_("Lie on your side, propped on a forearm, with a lacrosse or tennis ball under the "
         "outer hip."),
      N_("Place it in the soft area below the rim of the pelvis and above the thigh bone."),
      N_("Roll slowly up and down a few centimetres to find a tender spot."),
      N_("Hold the ball there and tighten and relax the hip a few times."),
      N_("Move on to the next spot, then change sides."),
      NULL
    },
    .cautions = {
      N_("For a softer version, lie on a mat or blanket, or stand and press the ball between "
         "your hip and a wall."),
      N_("Keep the ball off the bony point at the side of the hip."),
      CAUTION_BREATHE,
      NULL
    },
  },
  {
    .id = "knee-hug-rock",
    /* Translators: name of a gentle move lying on the back, both knees hugged to the chest */
    .name = N_("Knee hug rock"),
    .tool = LIMBER_TOOL_NONE,
    ZONES (LIMBER_ZONE_LOWER_BACK),
    .per_side = FALSE,
    .default_seconds = 60,
    .summary = N_("Lying on your back with both knees held to the chest, rocking gently."),
    .steps = {
      N_("Lie on your back on a mat and draw both knees toward your chest."),
      N_("Hold your shins or the backs of your thighs and keep your head on the floor."),
      N_("Rock slowly from side to side and let the lower back ease against the floor."),
      N_("Add small circles with the knees if they feel good, breathing slowly."),
      N_("Lower your feet to the floor one at a time to finish."),
      NULL
    },
    .cautions = {
      N_("Hold behind the thighs instead of the shins if deep knee bending is uncomfortable."),
      N_("Keep the movement small and stop if it sends pain down a leg."),
      NULL
    },
  },
  {
    .id = "upper-back-roll",
    /* Translators: name of a move lying back over a foam roller under the shoulder blades */
    .name = N_("Upper back roll"),
    .tool = LIMBER_TOOL_FOAM_ROLLER,
    ZONES (LIMBER_ZONE_UPPER_BACK),
    .per_side = FALSE,
    .default_seconds = 60,
    .summary = N_("Lying back over a foam roller under the shoulder blades, breathing slowly."),
    .steps = {
      N_("Sit on the floor and lie back over a foam roller placed across your back, under the "
         "shoulder blades."),
      N_("Lace your fingers behind your head and let it rest back into your hands."),
      N_("Keep your feet flat and your hips on the floor, and let the upper back soften over "
         "the roller."),
      N_("Breathe slowly for about a minute, letting the chest open on each breath out."),
      N_("To shift the roller, lift your hips, move a few centimetres and settle again."),
      NULL
    },
    .cautions = {
      N_("Keep the roller under the upper back, not under the lower back or the neck."),
      N_("Let your hands carry the weight of your head so the neck stays relaxed."),
      CAUTION_BREATHE,
      NULL
    },
  },
};

static GStrv
dup_translated (const char * const *msgids,
                gsize               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert (msgids != NULL);

  for (gsize i = 0; i < max && msgids[i] != NULL; i++)
    g_strv_builder_add (builder, _(msgids[i]));

  return g_strv_builder_end (builder);
}

/* The whole catalogue, in display order. n_moves may be NULL. */
const LimberMove *
limber_moves_get_all (guint *n_moves)
{
  if (n_moves != NULL)
    *n_moves = G_N_ELEMENTS (moves);

  return moves;
}

/* NULL when id is NULL or not in the catalogue. */
const LimberMove *
limber_moves_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      if (g_str_equal (id, moves[i].id))
        return &moves[i];
    }

  return NULL;
}

/* The moves meant for a zone, in catalogue order. The array holds const LimberMove
 * pointers into the catalogue and has no free function. */
GPtrArray *
limber_moves_for_zone (LimberZone zone)
{
  GPtrArray *found;

  g_return_val_if_fail (zone < LIMBER_N_ZONES, NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      if (limber_move_has_zone (&moves[i], zone))
        g_ptr_array_add (found, (gpointer) &moves[i]);
    }

  return found;
}

const char *
limber_move_get_name (const LimberMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  return _(move->name);
}

const char *
limber_move_get_summary (const LimberMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  return _(move->summary);
}

gboolean
limber_move_has_zone (const LimberMove *move,
                      LimberZone        zone)
{
  g_return_val_if_fail (move != NULL, FALSE);

  for (guint i = 0; i < move->n_zones && i < LIMBER_MOVE_MAX_ZONES; i++)
    {
      if (move->zones[i] == zone)
        return TRUE;
    }

  return FALSE;
}

/* Translated how-to steps, NULL-terminated. Free with g_strfreev(). */
GStrv
limber_move_dup_steps (const LimberMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  return dup_translated (move->steps, G_N_ELEMENTS (move->steps));
}

/* Translated cautions, NULL-terminated. Free with g_strfreev(). */
GStrv
limber_move_dup_cautions (const LimberMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  return dup_translated (move->cautions, G_N_ELEMENTS (move->cautions));
}

const char *
limber_tool_to_id (LimberTool tool)
{
  g_return_val_if_fail (tool < LIMBER_N_TOOLS, NULL);

  return tools[tool].id;
}

gboolean
limber_tool_from_id (const char *id,
                     LimberTool *tool)
{
  g_return_val_if_fail (tool != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < LIMBER_N_TOOLS; i++)
    {
      if (g_str_equal (id, tools[i].id))
        {
          *tool = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_tool_get_label (LimberTool tool)
{
  g_return_val_if_fail (tool < LIMBER_N_TOOLS, NULL);

  return _(tools[tool].label);
}
