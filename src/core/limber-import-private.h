/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/parser.h>

#include "limber-activity.h"

G_BEGIN_DECLS

/* Shared by the GPX and TCX readers: the state their SAX handlers receive starts with this. */
typedef struct
{
  xmlParserCtxtPtr  ctxt;
  GError           *error;     /* set by limber_xml_stop() */
} LimberXmlState;

/* The handlers a reader provides; everything else (DTDs, entities) is refused. */
typedef struct
{
  startElementNsSAX2Func  start_element;
  endElementNsSAX2Func    end_element;
  charactersSAXFunc       characters;
} LimberXmlHandlers;

gboolean  limber_xml_parse          (const char               *data,
                                     gsize                     length,
                                     const char               *format_name,
                                     const LimberXmlHandlers  *handlers,
                                     LimberXmlState           *state,
                                     GError                  **error);
void      limber_xml_stop           (LimberXmlState           *state,
                                     GError                   *error);

gboolean  limber_parse_iso_time     (const char               *text,
                                     gint64                   *ms);
gboolean  limber_parse_number       (const char               *text,
                                     double                   *value);
gboolean  limber_time_is_plausible  (gint64                    ms);

GBytes   *limber_gunzip             (const guint8             *data,
                                     gsize                     length,
                                     GError                  **error);
GBytes   *limber_import_load_file   (const char               *path,
                                     GError                  **error);
gboolean  limber_import_check_size  (gsize                     length,
                                     GError                  **error);

G_END_DECLS
