/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-activity.h"

G_BEGIN_DECLS

/* One row of a Strava export's activities.csv. */
typedef struct
{
  guint           line;
  char           *filename;    /* "activities/123.fit.gz", relative to the export; or NULL */
  char           *problem;     /* why the row cannot be used, or NULL */
  LimberActivity *activity;    /* what the row itself says */
} LimberStravaRow;

gboolean   limber_strava_is_activities_csv  (const char             *data,
                                             gsize                   length);
GPtrArray *limber_strava_read_activities    (const char             *display_name,
                                             const char             *data,
                                             gsize                   length,
                                             GError                **error);
GDateTime *limber_strava_parse_date         (const char             *text);
void       limber_strava_apply_row          (const LimberStravaRow  *row,
                                             LimberActivity         *activity);
LimberActivity *limber_strava_row_copy_activity (const LimberStravaRow *row);

G_END_DECLS
