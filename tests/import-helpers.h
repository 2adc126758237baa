/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Builds FIT files byte by byte, the way a watch writes them. */
typedef struct
{
  GByteArray *data;
  gboolean    big_endian;     /* of the definitions written from now on */
} FitWriter;

typedef struct
{
  guint8 num;
  guint8 size;
  guint8 base;
} FitFieldDef;

FitWriter *fit_writer_new              (void);
void       fit_writer_define           (FitWriter          *writer,
                                        guint8              local,
                                        guint16             global,
                                        const FitFieldDef  *fields,
                                        guint               n_fields,
                                        const guint8       *developer_sizes,
                                        guint               n_developer);
void       fit_writer_data             (FitWriter          *writer,
                                        guint8              local);
void       fit_writer_compressed       (FitWriter          *writer,
                                        guint8              local,
                                        guint8              offset);
void       fit_writer_value            (FitWriter          *writer,
                                        guint64             value,
                                        guint               size);
void       fit_writer_bytes            (FitWriter          *writer,
                                        const guint8       *bytes,
                                        guint               n);
GBytes    *fit_writer_finish           (FitWriter          *writer,
                                        guint               header_size);

/* A running activity of 20 records a second apart with every feature a reader must cope
 * with: developer fields, compressed timestamps, a timer stop, lap and session messages. */
GBytes    *fit_sample_activity         (gboolean            big_endian,
                                        guint               header_size,
                                        gboolean            with_session);

GBytes    *gzip_bytes                  (const void         *data,
                                        gsize               length);
void       write_zip                   (const char         *zip_path,
                                        const char         *folder,
                                        const char         *prefix);
void       remove_tree                 (const char         *path);
char      *read_text                   (const char         *path,
                                        gsize              *length);

G_END_DECLS
