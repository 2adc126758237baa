/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "limber-fit-private.h"
#include "limber-import-private.h"

/* Garmin's Flexible and Interoperable Data Transfer protocol, the binary files of most
 * sports watches. A file is a 12- or 14-byte header (size, protocol and profile versions,
 * data size, ".FIT", an optional header CRC), records, and a CRC of everything before it.
 * Each record starts with a header byte: a definition message tells the layout of a local
 * message type (0–15): its global message number, byte order, fields (number, size, base
 * type) and developer fields; a data message carries the values in that layout; a
 * "compressed timestamp" header packs a local type 0–3 and a 5-bit time offset.
 *
 * Only the first FIT file of a chained file is read. Every read is bounds-checked against
 * the data size of the header; developer fields are skipped by their declared sizes; fields
 * whose size does not match their base type (arrays) are skipped. From the messages:
 * session (18), lap (19), record (20), event (21, timer stops start a new segment) and
 * sport (12), in limber-fit-messages.c. A multisport file is read by its first session. */

static const guint16 crc_table[16] = {
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401,
  0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01, 0x8801, 0x4400,
};

/* The CRC-16 of the FIT protocol, continued from @crc (0 to start). */
guint16
limber_fit_crc (guint16       crc,
                const guint8 *data,
                gsize         length)
{
  for (gsize i = 0; i < length; i++)
    {
      guint16 tmp = crc_table[crc & 0xf];

      crc = ((crc >> 4) & 0x0fff) ^ tmp ^ crc_table[data[i] & 0xf];
      tmp = crc_table[crc & 0xf];
      crc = ((crc >> 4) & 0x0fff) ^ tmp ^ crc_table[(data[i] >> 4) & 0xf];
    }

  return crc;
}

guint64
limber_fit_read_raw (const guint8 *p,
                     guint         size,
                     gboolean      big_endian)
{
  guint64 value = 0;

  for (guint i = 0; i < size; i++)
    value |= (guint64) p[big_endian ? i : size - 1 - i] << (8 * (size - 1 - i));

  return value;
}

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
read_definition (FitReader  *self,
                 guint8      header,
                 gsize      *pos,
                 GError    **error)
{
  FitDefinition *definition = &self->definitions[header & 0x0f];
  const guint8 *p = self->data + *pos;
  gboolean has_developer_fields = (header & 0x20) != 0;
  guint8 n_fields;

  if (self->end - *pos < 5)
    return fail (error, _("The file is damaged: a message definition is cut short"));

  if (p[1] > 1)
    return fail (error, _("The file is damaged: a message definition has an unknown byte order"));

  definition->defined = FALSE;
  definition->big_endian = p[1] == 1;
  definition->global = limber_fit_read_raw (p + 2, 2, definition->big_endian);
  n_fields = p[4];
  *pos += 5;

  if (self->end - *pos < (gsize) n_fields * 3)
    return fail (error, _("The file is damaged: a message definition is cut short"));

  definition->n_fields = n_fields;
  definition->size = 0;
  for (guint i = 0; i < n_fields; i++)
    {
      const guint8 *f = self->data + *pos + 3 * i;

      definition->fields[i] = (FitField) { f[0], f[1], f[2] };
      definition->size += f[1];
    }
  *pos += (gsize) n_fields * 3;

  if (has_developer_fields)
    {
      guint8 n_developer;

      if (self->end - *pos < 1)
        return fail (error, _("The file is damaged: a message definition is cut short"));
      n_developer = self->data[(*pos)++];
      if (self->end - *pos < (gsize) n_developer * 3)
        return fail (error, _("The file is damaged: a message definition is cut short"));

      /* Developer fields are skipped by their declared size; their meaning is not needed. */
      for (guint i = 0; i < n_developer; i++)
        definition->size += self->data[*pos + 3 * i + 1];
      *pos += (gsize) n_developer * 3;
    }

  definition->defined = TRUE;
  return TRUE;
}

static gboolean
read_records (FitReader  *self,
              gsize       pos,
              GError    **error)
{
  while (pos < self->end)
    {
      guint8 header = self->data[pos++];
      const FitDefinition *definition;
      gint64 header_time = -1;

      if (!(header & 0x80) && (header & 0x40))
        {
          if (!read_definition (self, header, &pos, error))
            return FALSE;
          continue;
        }

      if (header & 0x80)
        {
          /* Compressed timestamp: 5 bits of offset from the last full timestamp. */
          guint32 offset = header & 0x1f;
          guint32 last = self->last_timestamp;

          definition = &self->definitions[(header >> 5) & 0x03];
          if (self->has_timestamp)
            header_time = last + ((offset - (last & 0x1f)) & 0x1f);
        }
      else
        definition = &self->definitions[header & 0x0f];

      if (!definition->defined)
        return fail (error, _("The file is damaged: a message comes before its definition"));

      if (self->end - pos < definition->size)
        return fail (error, _("The file is damaged: a message is cut short"));

      if (!limber_fit_read_message (self, definition, self->data + pos, header_time, error))
        return FALSE;
      pos += definition->size;
    }

  return TRUE;
}

/**
 * limber_fit_read:
 *
 * Reads a FIT activity file held in memory. The header CRC (when set) and the file CRC
 * must match.
 *
 * Returns: (transfer full): the activity, or %NULL with @error
 */
LimberActivity *
limber_fit_read (const char  *data,
                 gsize        length,
                 GError     **error)
{
  const guint8 *bytes = (const guint8 *) data;
  g_autoptr(LimberActivity) activity = NULL;
  g_autofree FitReader *self = NULL;
  guint header_size;
  guint32 data_size;
  guint16 stored;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!limber_import_check_size (length, error))
    return NULL;

  if (length < 12 || memcmp (bytes + 8, ".FIT", 4) != 0)
    {
      fail (error, _("This is not a FIT file: it lacks the “.FIT” signature"));
      return NULL;
    }

  header_size = bytes[0];
  data_size = limber_fit_read_raw (bytes + 4, 4, FALSE);
  if (header_size < 12 || header_size > length)
    {
      fail (error, _("The file is damaged: its header has an impossible size"));
      return NULL;
    }

  if (header_size >= 14)
    {
      stored = limber_fit_read_raw (bytes + 12, 2, FALSE);
      if (stored != 0 && stored != limber_fit_crc (0, bytes, 12))
        {
          fail (error, _("The file is damaged: the checksum of its header does not match"));
          return NULL;
        }
    }

  if ((guint64) header_size + data_size + 2 > length)
    {
      g_set_error (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                   /* Translators: byte counts; the first is the file's size */
                   _("The file is cut short: it has %llu bytes of the %llu its header announces"),
                   (unsigned long long) length,
                   (unsigned long long) header_size + data_size + 2);
      return NULL;
    }

  stored = limber_fit_read_raw (bytes + header_size + data_size, 2, FALSE);
  if (stored != limber_fit_crc (0, bytes, header_size + data_size))
    {
      fail (error, _("The file is damaged: its checksum does not match its contents"));
      return NULL;
    }

  activity = limber_activity_new ();
  self = g_new0 (FitReader, 1);
  self->data = bytes;
  self->end = header_size + data_size;
  self->activity = activity;
  limber_fit_reader_init (self);

  if (!read_records (self, header_size, error))
    return NULL;

  if (self->n_sessions == 0 && self->n_laps == 0 && activity->points->len == 0 &&
      self->max_distance == 0)
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The FIT file holds no activity"));
      return NULL;
    }

  limber_fit_finish (self);
  return g_steal_pointer (&activity);
}