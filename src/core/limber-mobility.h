/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LIMBER_MOBILITY_UNIT_CM,      /* a distance measured with a tape */
  LIMBER_MOBILITY_UNIT_SCORE,   /* how easy it felt, 0 (could not) to 10 (free and easy) */
} LimberMobilityUnit;

/* A quick before/after self-test that shows whether a session helped. Static, never freed;
 * strings are untranslated msgids read through the accessors. */
typedef struct
{
  const char         *id;
  const char         *name;
  const char         *instructions;
  LimberMobilityUnit  unit;
  double              min_value;
  double              max_value;
  gboolean            per_side;
  gboolean            higher_is_better;
} LimberMobilityTest;

const LimberMobilityTest *limber_mobility_get_all          (guint                    *n_tests);
const LimberMobilityTest *limber_mobility_lookup           (const char               *id);
const char               *limber_mobility_get_name         (const LimberMobilityTest *test);
const char               *limber_mobility_get_instructions (const LimberMobilityTest *test);
const char               *limber_mobility_get_unit_label   (const LimberMobilityTest *test);

G_END_DECLS
