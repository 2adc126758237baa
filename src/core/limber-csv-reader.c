/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "limber-csv.h"
#include "limber-csv-reader.h"

/* An RFC 4180 reader: fields separated by commas, records by LF or CRLF, and fields in
 * double quotes may hold commas, line breaks and quotes written twice (""). Blank lines
 * are skipped. Errors are LIMBER_CSV_ERROR_INVALID, prefixed with "NAME:LINE: ". */

typedef struct
{
  const char *display_name;
  const char *p;
  const char *end;
  guint       line;
} Reader;

static void
record_free (LimberCsvRecord *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

static gboolean
at_line_end (const Reader *reader,
             const char   *p)
{
  return *p == '\n' || (*p == '\r' && p + 1 < reader->end && p[1] == '\n');
}

static gboolean
reader_fail (Reader      *reader,
             guint        line,
             const char  *message,
             GError     **error)
{
  g_set_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID,
               "%s:%u: %s", reader->display_name, line, message);
  return FALSE;
}

/* Reads the field at reader->p, and leaves reader->p on the separator that ends it. */
static char *
read_field (Reader    *reader,
            gboolean  *quoted,
            GError   **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *p = reader->p;
  guint first_line;

  *quoted = (p < reader->end && *p == '"');

  if (!*quoted)
    {
      while (p < reader->end && *p != ',' && !at_line_end (reader, p))
        p++;
      g_string_append_len (text, reader->p, p - reader->p);
      reader->p = p;
      /* Spaces around an unquoted value are not part of it. */
      return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
    }

  first_line = reader->line;
  p++;

  for (;;)
    {
      if (p >= reader->end)
        {
          reader_fail (reader, first_line, _("A quoted field is not closed"), error);
          return NULL;
        }

      if (*p == '"')
        {
          if (p + 1 < reader->end && p[1] == '"')
            {
              g_string_append_c (text, '"');
              p += 2;
              continue;
            }
          p++;
          break;
        }

      if (*p == '\r' && p + 1 < reader->end && p[1] == '\n')
        {
          g_string_append_c (text, '\n');
          p += 2;
          reader->line++;
          continue;
        }

      if (*p == '\n')
        reader->line++;
      g_string_append_c (text, *p++);
    }

  while (p < reader->end && (*p == ' ' || *p == '\t'))
    p++;

  if (p < reader->end && *p != ',' && !at_line_end (reader, p))
    {
      reader_fail (reader, reader->line,
                   _("Unexpected text after a closing quote: write a quote inside a quoted "
                     "field as two quotes (\"\")"), error);
      return NULL;
    }

  reader->p = p;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The next record that is not blank; NULL at the end of the data or on error. */
static LimberCsvRecord *
read_record (Reader  *reader,
             GError **error)
{
  while (reader->p < reader->end)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint line = reader->line;
      gboolean blank = TRUE;

      for (;;)
        {
          gboolean quoted;
          char *field = read_field (reader, &quoted, error);

          if (field == NULL)
            return NULL;

          blank = blank && !quoted && *field == '\0';
          g_ptr_array_add (fields, field);

          if (reader->p >= reader->end)
            break;

          if (*reader->p == ',')
            {
              reader->p++;
              continue;
            }

          reader->p += (*reader->p == '\r') ? 2 : 1;
          reader->line++;
          break;
        }

      if (!blank)
        {
          LimberCsvRecord *record = g_new0 (LimberCsvRecord, 1);

          record->fields = g_steal_pointer (&fields);
          record->line = line;
          return record;
        }
    }

  return NULL;
}

static const char *
skip_bom (const char *data,
          gsize      *length)
{
  if (*length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      *length -= 3;
      return data + 3;
    }

  return data;
}

/**
 * limber_csv_read_records:
 * @display_name: the file name to put in error messages
 *
 * Reads every record of @data, after a UTF-8 byte order mark if there is one.
 *
 * Returns: (transfer full): a #GPtrArray of #LimberCsvRecord, empty for empty data
 */
GPtrArray *
limber_csv_read_records (const char  *display_name,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GError) local_error = NULL;
  Reader reader = { display_name, NULL, NULL, 1 };
  const char *bad = NULL;
  LimberCsvRecord *record;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (data == NULL)
    return g_steal_pointer (&records);

  data = skip_bom (data, &length);
  reader.p = data;
  reader.end = data + length;

  if (!g_utf8_validate_len (data, length, &bad))
    {
      guint line = 1;

      for (const char *p = data; p < bad; p++)
        line += (*p == '\n');

      reader_fail (&reader, line,
                   _("The text is not valid UTF-8: save the file as UTF-8 and import it again"),
                   error);
      return NULL;
    }

  while ((record = read_record (&reader, &local_error)) != NULL)
    g_ptr_array_add (records, record);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}
