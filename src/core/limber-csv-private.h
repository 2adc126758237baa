/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-csv.h"
#include "limber-csv-reader.h"

G_BEGIN_DECLS

#define LIMBER_CSV_MAX_COLUMNS 13

/* Every kind's first columns, in this order. */
enum
{
  LIMBER_CSV_COLUMN_UUID,
  LIMBER_CSV_COLUMN_DATE,
  LIMBER_CSV_COLUMN_TIME,
  LIMBER_CSV_N_COMMON_COLUMNS
};

/* Each kind's own columns, after the common ones, in the order of export. Columns added
 * later come after the notes, where a program reading the older files by position does not
 * meet them. */
enum
{
  RUN_DISTANCE = LIMBER_CSV_N_COMMON_COLUMNS, RUN_DURATION, RUN_RPE, RUN_KIND, RUN_SURFACE,
  RUN_TEMPERATURE, RUN_SHOES, RUN_NOTES, RUN_ELEVATION_GAIN, RUN_AVG_HEART_RATE, RUN_N_COLUMNS
};

enum
{
  SORENESS_ZONE = LIMBER_CSV_N_COMMON_COLUMNS, SORENESS_SIDE, SORENESS_LEVEL, SORENESS_QUALITY,
  SORENESS_LIMITS_WALKING, SORENESS_DISTURBS_SLEEP, SORENESS_NOTES, SORENESS_N_COLUMNS
};

enum
{
  HYDRATION_ML = LIMBER_CSV_N_COMMON_COLUMNS, HYDRATION_NOTES, HYDRATION_N_COLUMNS
};

enum
{
  FASCIA_MINUTES = LIMBER_CSV_N_COMMON_COLUMNS, FASCIA_KIND, FASCIA_MOVES, FASCIA_ZONES,
  FASCIA_NOTES, FASCIA_MOBILITY, FASCIA_N_COLUMNS
};

/* A record read as an entry of one kind: map[c] is the field holding the kind's column c,
 * or -1 when the file does not have that column. */
typedef struct
{
  const LimberCsvRecord *record;
  int                    map[LIMBER_CSV_MAX_COLUMNS];
} LimberCsvRow;

guint        limber_csv_kind_get_n_columns (LimberEntryKind      kind);
const char  *limber_csv_kind_get_column    (LimberEntryKind      kind,
                                            guint                column,
                                            gboolean            *required);

LimberEntry *limber_csv_parse_row          (LimberEntryKind      kind,
                                            const LimberCsvRow  *row,
                                            GError             **error);

void         limber_csv_write_header       (LimberEntryKind      kind,
                                            GString             *out);
void         limber_csv_write_entry        (LimberEntry         *entry,
                                            GString             *out);

G_END_DECLS
