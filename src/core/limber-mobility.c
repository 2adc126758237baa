/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-mobility"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-mobility.h"

/* The self-tests, done before and after a session to see whether it helped. The ids are
 * stable: they are stored in the journal and in CSV files. */
static const LimberMobilityTest tests[] = {
  {
    .id = "knee_to_wall",
    /* Translators: name of an ankle mobility self-test */
    .name = N_("Knee to wall"),
    .instructions = N_("Face a wall and bend one knee forward until it touches the wall, with "
                       "the heel kept down. Move the foot back as far as it will go while the "
                       "knee still reaches the wall, then measure from the big toe to the wall."),
    .unit = LIMBER_MOBILITY_UNIT_CM,
    .min_value = 0,
    .max_value = 20,
    .per_side = TRUE,
    .higher_is_better = TRUE,
  },
  {
    .id = "toe_mobility",
    /* Translators: name of a self-test of how freely the toes bend and spread */
    .name = N_("Toe mobility"),
    .instructions = N_("Sit with bare feet and curl the toes down, lift them up, then spread "
                       "them apart. Score how freely they move, from 0 (hardly at all) to "
                       "10 (free and easy)."),
    .unit = LIMBER_MOBILITY_UNIT_SCORE,
    .min_value = 0,
    .max_value = 10,
    .per_side = TRUE,
    .higher_is_better = TRUE,
  },
  {
    .id = "quad_stretch",
    /* Translators: name of a knee-bending self-test, the standing thigh stretch */
    .name = N_("Quad stretch"),
    .instructions = N_("Stand tall with a hand on a wall and draw one heel toward your "
                       "buttock with the hand on the same side, without arching your back. "
                       "Measure the gap left between heel and buttock, or ask someone to."),
    .unit = LIMBER_MOBILITY_UNIT_CM,
    .min_value = 0,
    .max_value = 60,
    .per_side = TRUE,
    .higher_is_better = FALSE,
  },
  {
    .id = "runners_lunge",
    /* Translators: name of a hip mobility self-test in a long kneeling lunge */
    .name = N_("Runner’s lunge"),
    .instructions = N_("Kneel on one knee with the other foot well in front and ease your hips "
                       "forward and down, trunk upright. Score how freely the front of the back "
                       "hip opens and the front hip bends, from 0 (stuck) to 10 (free and easy)."),
    .unit = LIMBER_MOBILITY_UNIT_SCORE,
    .min_value = 0,
    .max_value = 10,
    .per_side = TRUE,
    .higher_is_better = TRUE,
  },
  {
    .id = "toe_touch",
    /* Translators: name of a self-test: bend forward with straight legs toward the floor */
    .name = N_("Standing toe touch"),
    .instructions = N_("Stand with your feet together and knees straight, then fold forward "
                       "slowly toward the floor without bouncing. Measure from your fingertips "
                       "to the floor; if they reach below it (standing on a step), enter the "
                       "distance as a negative number."),
    .unit = LIMBER_MOBILITY_UNIT_CM,
    .min_value = -30,
    .max_value = 60,
    .per_side = FALSE,
    .higher_is_better = FALSE,
  },
};

/* All the self-tests, in display order. n_tests may be NULL. */
const LimberMobilityTest *
limber_mobility_get_all (guint *n_tests)
{
  if (n_tests != NULL)
    *n_tests = G_N_ELEMENTS (tests);

  return tests;
}

/* NULL when id is NULL or not a known test. */
const LimberMobilityTest *
limber_mobility_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      if (g_str_equal (id, tests[i].id))
        return &tests[i];
    }

  return NULL;
}

const char *
limber_mobility_get_name (const LimberMobilityTest *test)
{
  g_return_val_if_fail (test != NULL, NULL);

  return _(test->name);
}

const char *
limber_mobility_get_instructions (const LimberMobilityTest *test)
{
  g_return_val_if_fail (test != NULL, NULL);

  return _(test->instructions);
}

/* The unit written after a value: "12 cm", "7 points". */
const char *
limber_mobility_get_unit_label (const LimberMobilityTest *test)
{
  g_return_val_if_fail (test != NULL, NULL);

  switch (test->unit)
    {
    case LIMBER_MOBILITY_UNIT_CM:
      /* Translators: abbreviation of centimetres, written after a measured distance */
      return _("cm");
    case LIMBER_MOBILITY_UNIT_SCORE:
    default:
      /* Translators: unit of a 0–10 self-rating, written after the number ("7 points") */
      return _("points");
    }
}
