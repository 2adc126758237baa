/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "limber-body.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_TOOL_FOAM_ROLLER,
  LIMBER_TOOL_BALL,
  LIMBER_TOOL_HANDS,
  LIMBER_TOOL_NONE,
  LIMBER_N_TOOLS
} LimberTool;

#define LIMBER_MOVE_MAX_ZONES 4

/* One fascia move of the catalogue. The strings are untranslated msgids: read them
 * through the accessors below, which translate. Instances are static and never freed. */
typedef struct
{
  const char *id;
  const char *name;
  LimberTool  tool;
  LimberZone  zones[LIMBER_MOVE_MAX_ZONES];
  guint       n_zones;
  gboolean    per_side;          /* done once for each side (a foot, a leg) */
  guint       default_seconds;   /* per side when per_side */
  const char *summary;           /* one line */
  const char *steps[8];          /* NULL-terminated */
  const char *cautions[4];       /* NULL-terminated */
} LimberMove;

const LimberMove *limber_moves_get_all          (guint            *n_moves);
const LimberMove *limber_moves_lookup           (const char       *id);
GPtrArray        *limber_moves_for_zone         (LimberZone        zone);

const char       *limber_move_get_name          (const LimberMove *move);
const char       *limber_move_get_summary       (const LimberMove *move);
gboolean          limber_move_has_zone          (const LimberMove *move,
                                                 LimberZone        zone);
GStrv             limber_move_dup_steps         (const LimberMove *move);
GStrv             limber_move_dup_cautions      (const LimberMove *move);

const char       *limber_tool_to_id             (LimberTool        tool);
gboolean          limber_tool_from_id           (const char       *id,
                                                 LimberTool       *tool);
const char       *limber_tool_get_label         (LimberTool        tool);

G_END_DECLS
