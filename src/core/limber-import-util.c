/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-import"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parserInternals.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "limber-import-private.h"

/* What the file readers share: a careful XML parser, times and numbers as the files write
 * them, and reading (and un-gzipping) a file within LIMBER_IMPORT_MAX_SIZE. */

/* The XML is fed to the parser in pieces, so it never holds a second copy of a large file. */
#define XML_CHUNK_SIZE (256 * 1024)

/* Times before 1970 or after 2200 are a broken clock, not a run. */
#define EARLIEST_MS G_GINT64_CONSTANT (0)
#define LATEST_MS G_GINT64_CONSTANT (7258118400000)

void
limber_xml_stop (LimberXmlState *state,
                 GError         *error)
{
  if (state->error == NULL)
    state->error = error;
  else
    g_error_free (error);

  xmlStopParser (state->ctxt);
}

static void
refuse_doctype (LimberXmlState *state)
{
  /* No GPX or TCX file needs a DTD; refusing it before its declarations are read is what
   * keeps entity expansion ("billion laughs") and external loads out entirely. */
  limber_xml_stop (state,
                   g_error_new_literal (LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_UNSAFE,
                                        _("The file declares a document type, which GPS files "
                                          "never need; Limber does not read such files")));
}

static void
on_internal_subset_cb (void          *user_data,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  refuse_doctype (user_data);
}

static void
on_entity_decl_cb (void          *user_data,
                   const xmlChar *name,
                   int            type,
                   const xmlChar *public_id,
                   const xmlChar *system_id,
                   xmlChar       *content)
{
  refuse_doctype (user_data);
}

static void
on_reference_cb (void          *user_data,
                 const xmlChar *name)
{
  refuse_doctype (user_data);
}

static void
on_structured_error_cb (void        *user_data,
                        xmlErrorPtr  error)
{
  /* Kept in the parser context and reported once, not printed. */
}

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

/**
 * limber_xml_parse:
 * @format_name: "GPX" or "TCX", for messages
 * @state: the reader's state; its first member is a #LimberXmlState
 *
 * Runs a SAX parse over @data without network access, without loading or expanding
 * anything a DTD declares (a document type is refused at once), with libxml2's default
 * limits on names, text and depth (XML_PARSE_HUGE off), and within LIMBER_IMPORT_MAX_SIZE.
 */
gboolean
limber_xml_parse (const char               *data,
                  gsize                     length,
                  const char               *format_name,
                  const LimberXmlHandlers  *handlers,
                  LimberXmlState           *state,
                  GError                  **error)
{
  static GOnce once = G_ONCE_INIT;
  xmlSAXHandler sax;
  gsize offset = 0;
  gboolean well_formed;
  int last_line = 0;
  g_autofree char *last_message = NULL;

  g_once (&once, init_libxml, NULL);

  if (!limber_import_check_size (length, error))
    return FALSE;

  /* Some exporters (Strava's TCX among them) put spaces before the XML declaration. */
  while (length > 0 && g_ascii_isspace (*data))
    {
      data++;
      length--;
    }

  if (length == 0)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   _("The file is empty, not a %s file"), format_name);
      return FALSE;
    }

  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = handlers->start_element;
  sax.endElementNs = handlers->end_element;
  sax.characters = handlers->characters;
  sax.cdataBlock = handlers->characters;
  sax.internalSubset = on_internal_subset_cb;
  sax.externalSubset = on_internal_subset_cb;
  sax.entityDecl = on_entity_decl_cb;
  sax.reference = on_reference_cb;
  sax.serror = on_structured_error_cb;

  state->error = NULL;
  state->ctxt = xmlCreatePushParserCtxt (&sax, state, NULL, 0, NULL);
  if (state->ctxt == NULL)
    g_error ("Out of memory creating an XML parser");

  /* No XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: each would open a door. */
  xmlCtxtUseOptions (state->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  while (offset < length && state->error == NULL && state->ctxt->wellFormed)
    {
      gsize chunk = MIN (XML_CHUNK_SIZE, length - offset);

      xmlParseChunk (state->ctxt, data + offset, (int) chunk, 0);
      offset += chunk;
    }
  if (state->error == NULL && state->ctxt->wellFormed)
    xmlParseChunk (state->ctxt, NULL, 0, 1);

  well_formed = state->ctxt->wellFormed;
  if (!well_formed && state->error == NULL)
    {
      xmlErrorPtr last = xmlCtxtGetLastError (state->ctxt);

      if (last != NULL && last->message != NULL)
        {
          last_message = g_strstrip (g_utf8_make_valid (last->message, -1));
          last_line = last->line;
        }
    }

  xmlFreeParserCtxt (state->ctxt);
  state->ctxt = NULL;

  if (state->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&state->error));
      return FALSE;
    }

  if (!well_formed)
    {
      if (last_message != NULL)
        g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                     /* Translators: the first %s is GPX or TCX; the last is libxml2's own
                      * message */
                     _("This is not a readable %s file: line %d: %s"),
                     format_name, last_line, last_message);
      else
        g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                     _("This is not a readable %s file"), format_name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_digits (const char **p,
              guint        n,
              int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *p += n;
  *value = v;
  return TRUE;
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar. */
static gint64
days_from_civil (int year,
                 int month,
                 int day)
{
  gint64 y = year - (month <= 2);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/**
 * limber_parse_iso_time:
 *
 * Reads an ISO 8601 date and time as GPX and TCX files write it: "2024-06-01T07:02:11Z",
 * with optional fractions of a second and an offset ("+02:00"); without an offset the time
 * is taken as UTC. Spaces around it are allowed.
 */
gboolean
limber_parse_iso_time (const char *text,
                       gint64     *ms)
{
  const char *p = text;
  int year, month, day, hour, minute, second;
  gint64 fraction = 0, scale = 1000, offset = 0;

  while (g_ascii_isspace (*p))
    p++;

  if (!parse_digits (&p, 4, &year) || *p++ != '-' ||
      !parse_digits (&p, 2, &month) || *p++ != '-' ||
      !parse_digits (&p, 2, &day) || (*p != 'T' && *p != 't' && *p != ' '))
    return FALSE;
  p++;
  if (!parse_digits (&p, 2, &hour) || *p++ != ':' ||
      !parse_digits (&p, 2, &minute) || *p++ != ':' ||
      !parse_digits (&p, 2, &second))
    return FALSE;

  if (month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, year) ||
      hour > 23 || minute > 59 || second > 60)
    return FALSE;

  if (*p == '.' || *p == ',')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      for (; g_ascii_isdigit (*p); p++)
        {
          if (scale > 1)
            {
              scale /= 10;
              fraction += (*p - '0') * scale;
            }
        }
    }

  if (*p == 'Z' || *p == 'z')
    {
      p++;
    }
  else if (*p == '+' || *p == '-')
    {
      int sign = *p++ == '-' ? -1 : 1;
      int oh, om = 0;

      if (!parse_digits (&p, 2, &oh))
        return FALSE;
      if (*p == ':')
        p++;
      if (g_ascii_isdigit (*p) && !parse_digits (&p, 2, &om))
        return FALSE;
      if (oh > 23 || om > 59)
        return FALSE;
      offset = sign * (oh * 3600 + om * 60);
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return FALSE;

  *ms = ((days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
          offset) * 1000) + fraction;
  return TRUE;
}

gboolean
limber_time_is_plausible (gint64 ms)
{
  return ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/* A decimal number in the C locale, spaces around it allowed, nothing else. */
gboolean
limber_parse_number (const char *text,
                     double     *value)
{
  char *end = NULL;
  double v;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;

  v = g_ascii_strtod (text, &end);
  while (g_ascii_isspace (*end))
    end++;

  if (end == text || *end != '\0' || !isfinite (v))
    return FALSE;

  *value = v;
  return TRUE;
}

gboolean
limber_import_check_size (gsize    length,
                          GError **error)
{
  if (length > LIMBER_IMPORT_MAX_SIZE)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB, more than any run needs"),
                   (guint) (LIMBER_IMPORT_MAX_SIZE / (1024 * 1024)));
      return FALSE;
    }

  return TRUE;
}

/**
 * limber_gunzip:
 *
 * Decompresses gzip data (several members are read one after the other), refusing
 * anything that grows beyond LIMBER_IMPORT_MAX_SIZE.
 *
 * Returns: (transfer full): the data
 */
GBytes *
limber_gunzip (const guint8  *data,
               gsize          length,
               GError       **error)
{
  z_stream stream = { 0 };
  g_autofree guint8 *out = NULL;
  gsize capacity = CLAMP (length * 4, 4096, LIMBER_IMPORT_MAX_SIZE);
  gsize used = 0;
  int rc;

  /* 16 + MAX_WBITS: gzip only; a bare zlib or deflate stream is not a .gz file. */
  if (inflateInit2 (&stream, 16 + MAX_WBITS) != Z_OK)
    g_error ("Cannot set up zlib");

  out = g_malloc (capacity);
  stream.next_in = (Bytef *) data;

  for (;;)
    {
      gsize in_left = length - (stream.next_in - data);

      stream.avail_in = MIN (in_left, G_MAXUINT32);
      if (used == capacity)
        {
          if (capacity == LIMBER_IMPORT_MAX_SIZE)
            {
              inflateEnd (&stream);
              limber_import_check_size (capacity + 1, error);
              return NULL;
            }
          capacity = MIN (capacity * 2, LIMBER_IMPORT_MAX_SIZE);
          out = g_realloc (out, capacity);
        }

      stream.next_out = out + used;
      stream.avail_out = MIN (capacity - used, G_MAXUINT32);
      rc = inflate (&stream, Z_NO_FLUSH);
      used = stream.next_out - out;

      if (rc == Z_STREAM_END)
        {
          /* Another member may follow (gzip files can be concatenated). */
          if (stream.next_in == data + length)
            break;
          if (inflateReset (&stream) != Z_OK)
            rc = Z_DATA_ERROR;
          else
            continue;
        }

      if (rc == Z_BUF_ERROR && stream.avail_out > 0)
        {
          inflateEnd (&stream);
          g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                               _("The compressed file is cut short"));
          return NULL;
        }

      if (rc != Z_OK && rc != Z_BUF_ERROR)
        {
          inflateEnd (&stream);
          g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                               _("The file is not valid gzip data"));
          return NULL;
        }
    }

  inflateEnd (&stream);
  out = g_realloc (out, MAX (used, 1));
  return g_bytes_new_take (g_steal_pointer (&out), used);
}

/**
 * limber_import_load_file:
 *
 * The contents of @path as they are on disk (compressed or not), mapped into memory rather
 * than copied.
 *
 * Returns: (transfer full): the data
 */
GBytes *
limber_import_load_file (const char  *path,
                         GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                   _("Cannot read the file: %s"), g_strerror (saved_errno));
      return NULL;
    }

  /* Not a pipe or a device, which could block or never end. */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                           _("This is not a regular file"));
      return NULL;
    }

  if (!limber_import_check_size (st.st_size, error))
    return NULL;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_IO,
                   _("Cannot read the file: %s"), local_error->message);
      return NULL;
    }

  return g_mapped_file_get_bytes (mapped);
}
