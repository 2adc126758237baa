/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-fit.h"

G_BEGIN_DECLS

/* Shared by limber-fit.c (the protocol: header, CRCs, definitions, records) and
 * limber-fit-messages.c (what the session, lap, record and event messages mean). */

#define N_LOCAL_TYPES 16

enum
{
  MSG_SPORT = 12,
  MSG_SESSION = 18,
  MSG_LAP = 19,
  MSG_RECORD = 20,
  MSG_EVENT = 21,
};

#define FIELD_TIMESTAMP 253

typedef struct
{
  guint8 num;
  guint8 size;
  guint8 base;
} FitField;

typedef struct
{
  gboolean  defined;
  gboolean  big_endian;
  guint16   global;
  guint8    n_fields;
  FitField  fields[255];
  gsize     size;            /* bytes of a data message, developer fields included */
} FitDefinition;

/* The summary figures of a session, or of a lap. NAN or -1 when the file leaves them out. */
typedef struct
{
  gint64 start;
  double elapsed, timer, distance, heart_rate, ascent;
  int    sport, sub_sport;
} Summary;

typedef struct
{
  const guint8   *data;
  gsize           end;
  LimberActivity *activity;
  FitDefinition   definitions[N_LOCAL_TYPES];
  guint32         last_timestamp;
  gboolean        has_timestamp;
  gboolean        new_segment;
  guint           n_sessions;
  Summary         session;
  guint           n_laps;
  Summary         laps;             /* sums; start of the first lap */
  double          laps_hr_weight;
  int             sport, sub_sport; /* from a sport message */
  double          max_distance;
  double          hr_sum;
  guint           hr_count;
} FitReader;

guint64   limber_fit_read_raw      (const guint8         *p,
                                    guint                 size,
                                    gboolean              big_endian);
void      limber_fit_reader_init   (FitReader            *self);
gboolean  limber_fit_read_message  (FitReader            *self,
                                    const FitDefinition  *definition,
                                    const guint8         *p,
                                    gint64                header_time,
                                    GError              **error);
void      limber_fit_finish        (FitReader            *self);

G_END_DECLS
