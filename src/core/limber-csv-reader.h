/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record of a CSV file: its fields, and the physical line it starts on (the first is 1).
 * Unquoted fields are trimmed of spaces; quoted fields are kept as written, with CRLF inside
 * them read as LF. */
typedef struct
{
  GPtrArray *fields;
  guint      line;
} LimberCsvRecord;

GPtrArray *limber_csv_read_records (const char  *display_name,
                                    const char  *data,
                                    gsize        length,
                                    GError     **error);

G_END_DECLS
