/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_CSV_ERROR_INVALID,      /* rows that cannot be read: the message lists them all */
  LIMBER_CSV_ERROR_UNKNOWN_KIND, /* neither the file name nor the header says what it holds */
  LIMBER_CSV_ERROR_IO,
} LimberCsvError;

#define LIMBER_CSV_ERROR (limber_csv_error_quark ())

typedef struct
{
  guint imported;
  guint already_present;   /* rows whose uuid the journal had already */
} LimberCsvSummary;

GQuark    limber_csv_error_quark   (void);

gboolean  limber_csv_kind_for_file (const char       *path,
                                    LimberEntryKind  *kind);
gboolean  limber_csv_kind_for_data (const char       *data,
                                    gsize             length,
                                    LimberEntryKind  *kind);

gboolean  limber_csv_import_file   (LimberJournal    *journal,
                                    const char       *path,
                                    LimberCsvSummary *summary,
                                    GError          **error);
gboolean  limber_csv_import_data   (LimberJournal    *journal,
                                    const char       *display_name,
                                    const char       *data,
                                    gsize             length,
                                    LimberEntryKind   kind,
                                    LimberCsvSummary *summary,
                                    GError          **error);

char     *limber_csv_export_kind   (LimberJournal    *journal,
                                    LimberEntryKind   kind,
                                    GError          **error);
gboolean  limber_csv_export        (LimberJournal    *journal,
                                    const char       *directory,
                                    GError          **error);

const char *limber_csv_file_name   (LimberEntryKind   kind);

G_END_DECLS
