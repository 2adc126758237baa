/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>
#include <zlib.h>

#include "import-helpers.h"
#include "limber-fit.h"

FitWriter *
fit_writer_new (void)
{
  FitWriter *writer = g_new0 (FitWriter, 1);
  guint8 header[14] = { 0 };

  writer->data = g_byte_array_new ();
  g_byte_array_append (writer->data, header, sizeof header);

  return writer;
}

void
fit_writer_value (FitWriter *writer,
                  guint64    value,
                  guint      size)
{
  for (guint i = 0; i < size; i++)
    {
      guint shift = writer->big_endian ? 8 * (size - 1 - i) : 8 * i;
      guint8 byte = (value >> shift) & 0xff;

      g_byte_array_append (writer->data, &byte, 1);
    }
}

void
fit_writer_bytes (FitWriter    *writer,
                  const guint8 *bytes,
                  guint         n)
{
  g_byte_array_append (writer->data, bytes, n);
}

void
fit_writer_define (FitWriter         *writer,
                   guint8             local,
                   guint16            global,
                   const FitFieldDef *fields,
                   guint              n_fields,
                   const guint8      *developer_sizes,
                   guint              n_developer)
{
  guint8 header = 0x40 | local | (n_developer > 0 ? 0x20 : 0);
  guint8 fixed[3] = { header, 0, writer->big_endian ? 1 : 0 };

  g_byte_array_append (writer->data, fixed, 3);
  fit_writer_value (writer, global, 2);
  fixed[0] = n_fields;
  g_byte_array_append (writer->data, fixed, 1);
  for (guint i = 0; i < n_fields; i++)
    {
      guint8 def[3] = { fields[i].num, fields[i].size, fields[i].base };

      g_byte_array_append (writer->data, def, 3);
    }

  if (n_developer > 0)
    {
      guint8 n = n_developer;

      g_byte_array_append (writer->data, &n, 1);
      for (guint i = 0; i < n_developer; i++)
        {
          guint8 def[3] = { i, developer_sizes[i], 0 };

          g_byte_array_append (writer->data, def, 3);
        }
    }
}

void
fit_writer_data (FitWriter *writer,
                 guint8     local)
{
  g_byte_array_append (writer->data, &local, 1);
}

void
fit_writer_compressed (FitWriter *writer,
                       guint8     local,
                       guint8     offset)
{
  guint8 header = 0x80 | (local << 5) | (offset & 0x1f);

  g_byte_array_append (writer->data, &header, 1);
}

/* Fills in the header (12 or 14 bytes) and appends the file CRC. */
GBytes *
fit_writer_finish (FitWriter *writer,
                   guint      header_size)
{
  GByteArray *data = writer->data;
  guint32 data_size;
  guint16 crc;
  guint8 trailer[2];

  g_assert (header_size == 12 || header_size == 14);
  if (header_size == 12)
    g_byte_array_remove_range (data, 12, 2);

  data_size = data->len - header_size;
  data->data[0] = header_size;
  data->data[1] = 0x20;                     /* protocol 2.0 */
  data->data[2] = 2132 & 0xff;              /* profile 21.32 */
  data->data[3] = 2132 >> 8;
  for (guint i = 0; i < 4; i++)
    data->data[4 + i] = (data_size >> (8 * i)) & 0xff;
  memcpy (data->data + 8, ".FIT", 4);
  if (header_size == 14)
    {
      crc = limber_fit_crc (0, data->data, 12);
      data->data[12] = crc & 0xff;
      data->data[13] = crc >> 8;
    }

  crc = limber_fit_crc (0, data->data, data->len);
  trailer[0] = crc & 0xff;
  trailer[1] = crc >> 8;
  g_byte_array_append (data, trailer, 2);

  g_free (writer);
  return g_byte_array_free_to_bytes (data);
}

/* 2024-03-10 06:30:00 UTC in FIT time. */
#define START (1710052200 - 631065600)

GBytes *
fit_sample_activity (gboolean big_endian,
                     guint    header_size,
                     gboolean with_session)
{
  static const FitFieldDef file_id[] = {
    { 0, 1, 0x00 },          /* type: enum */
    { 1, 2, 0x84 },          /* manufacturer */
    { 4, 4, 0x86 },          /* time_created */
  };
  static const FitFieldDef record[] = {
    { 253, 4, 0x86 },        /* timestamp */
    { 0, 4, 0x85 },          /* position_lat: sint32 semicircles */
    { 1, 4, 0x85 },          /* position_long */
    { 2, 2, 0x84 },          /* altitude: (m + 500) * 5 */
    { 3, 1, 0x02 },          /* heart_rate */
    { 5, 4, 0x86 },          /* distance: cm */
    { 13, 1, 0x01 },         /* temperature: sint8, not read */
  };
  static const FitFieldDef compact[] = {  /* a record without timestamp, for compressed headers */
    { 0, 4, 0x85 }, { 1, 4, 0x85 }, { 3, 1, 0x02 }, { 5, 4, 0x86 },
  };
  static const FitFieldDef event[] = {
    { 253, 4, 0x86 }, { 0, 1, 0x00 }, { 1, 1, 0x00 },
  };
  static const FitFieldDef lap[] = {
    { 253, 4, 0x86 }, { 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 }, { 9, 4, 0x86 },
    { 15, 1, 0x02 }, { 21, 2, 0x84 }, { 25, 1, 0x00 },
  };
  static const FitFieldDef session[] = {
    { 253, 4, 0x86 }, { 2, 4, 0x86 }, { 5, 1, 0x00 }, { 6, 1, 0x00 }, { 7, 4, 0x86 },
    { 8, 4, 0x86 }, { 9, 4, 0x86 }, { 16, 1, 0x02 }, { 22, 2, 0x84 },
    { 4, 16, 0x86 },         /* an array of four uint32 (not read, only skipped) */
  };
  static const guint8 developer_sizes[] = { 2, 5 };
  static const guint8 developer_bytes[] = { 0xde, 0xad, 'h', 'e', 'l', 'l', 'o' };
  FitWriter *writer = fit_writer_new ();
  gint32 lat0 = (gint32) (47.0 / 180.0 * 2147483648.0);
  gint32 lon0 = (gint32) (8.0 / 180.0 * 2147483648.0);
  /* About 0.0002 degrees of latitude: 22.2 m. */
  gint32 step = (gint32) (0.0002 / 180.0 * 2147483648.0);

  writer->big_endian = big_endian;

  fit_writer_define (writer, 0, 0, file_id, G_N_ELEMENTS (file_id), NULL, 0);
  fit_writer_data (writer, 0);
  fit_writer_value (writer, 4, 1);
  fit_writer_value (writer, 1, 2);
  fit_writer_value (writer, START, 4);

  /* Records with two developer fields (a 2-byte and a 5-byte one) to skip. */
  fit_writer_define (writer, 1, 20, record, G_N_ELEMENTS (record), developer_sizes, 2);
  fit_writer_define (writer, 2, 20, compact, G_N_ELEMENTS (compact), NULL, 0);
  fit_writer_define (writer, 3, 21, event, G_N_ELEMENTS (event), NULL, 0);

  for (guint i = 0; i < 20; i++)
    {
      guint32 t = START + i * 10 + (i >= 10 ? 120 : 0);   /* a two-minute stop after 10 */

      if (i == 10)
        {
          fit_writer_data (writer, 3);                    /* timer stop */
          fit_writer_value (writer, START + 95, 4);
          fit_writer_value (writer, 0, 1);
          fit_writer_value (writer, 4, 1);
        }

      if (i % 4 == 3)
        {
          /* A compressed timestamp: 5 bits of offset from the last full timestamp. */
          fit_writer_compressed (writer, 2, t & 0x1f);
          fit_writer_value (writer, (guint32) (lat0 + step * (gint32) i), 4);
          fit_writer_value (writer, (guint32) lon0, 4);
          fit_writer_value (writer, 150 + i, 1);
          fit_writer_value (writer, i * 2222, 4);
          continue;
        }

      fit_writer_data (writer, 1);
      fit_writer_value (writer, t, 4);
      fit_writer_value (writer, (guint32) (lat0 + step * (gint32) i), 4);
      fit_writer_value (writer, (guint32) lon0, 4);
      fit_writer_value (writer, (guint32) ((400.0 + i * 1.5 + 500.0) * 5.0), 2);
      fit_writer_value (writer, 150 + i, 1);
      fit_writer_value (writer, i * 2222, 4);
      fit_writer_value (writer, 0x7f, 1);
      fit_writer_bytes (writer, developer_bytes, sizeof developer_bytes);
    }

  fit_writer_define (writer, 4, 19, lap, G_N_ELEMENTS (lap), NULL, 0);
  fit_writer_data (writer, 4);
  fit_writer_value (writer, START + 310, 4);
  fit_writer_value (writer, START, 4);
  fit_writer_value (writer, 310000, 4);       /* elapsed 310 s */
  fit_writer_value (writer, 190000, 4);       /* timer 190 s */
  fit_writer_value (writer, 42500, 4);        /* 425 m */
  fit_writer_value (writer, 158, 1);
  fit_writer_value (writer, 28, 2);
  fit_writer_value (writer, 1, 1);

  if (with_session)
    {
      fit_writer_define (writer, 5, 18, session, G_N_ELEMENTS (session), NULL, 0);
      fit_writer_data (writer, 5);
      fit_writer_value (writer, START + 310, 4);
      fit_writer_value (writer, START, 4);
      fit_writer_value (writer, 1, 1);          /* running */
      fit_writer_value (writer, 3, 1);          /* trail */
      fit_writer_value (writer, 310000, 4);
      fit_writer_value (writer, 195000, 4);     /* timer 195 s */
      fit_writer_value (writer, 43000, 4);      /* 430 m */
      fit_writer_value (writer, 159, 1);
      fit_writer_value (writer, 29, 2);
      for (guint i = 0; i < 4; i++)
        fit_writer_value (writer, i, 4);
    }

  return fit_writer_finish (writer, header_size);
}

GBytes *
gzip_bytes (const void *data,
            gsize       length)
{
  z_stream stream = { 0 };
  gsize capacity = compressBound (length) + 64;
  guint8 *out = g_malloc (capacity);

  g_assert_cmpint (deflateInit2 (&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
                                 Z_DEFAULT_STRATEGY), ==, Z_OK);
  stream.next_in = (Bytef *) data;
  stream.avail_in = length;
  stream.next_out = out;
  stream.avail_out = capacity;
  g_assert_cmpint (deflate (&stream, Z_FINISH), ==, Z_STREAM_END);
  deflateEnd (&stream);

  return g_bytes_new_take (out, stream.total_out);
}

static void
add_to_zip (struct archive *archive,
            const char     *folder,
            const char     *relative,
            const char     *prefix)
{
  g_autofree char *path = relative[0] ? g_build_filename (folder, relative, NULL)
                                      : g_strdup (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child_relative = relative[0] ? g_build_filename (relative, name, NULL)
                                                    : g_strdup (name);
      g_autofree char *child = g_build_filename (folder, child_relative, NULL);
      g_autofree char *member = g_strconcat (prefix, child_relative, NULL);
      g_autofree char *contents = NULL;
      struct archive_entry *entry;
      gsize length;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          add_to_zip (archive, folder, child_relative, prefix);
          continue;
        }

      g_assert_true (g_file_get_contents (child, &contents, &length, NULL));
      entry = archive_entry_new ();
      archive_entry_set_pathname (entry, member);
      archive_entry_set_size (entry, length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, contents, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }
}

/* Zips every file under @folder, each member named @prefix + its path below @folder. */
void
write_zip (const char *zip_path,
           const char *folder,
           const char *prefix)
{
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, zip_path), ==, ARCHIVE_OK);
  add_to_zip (archive, folder, "", prefix);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
}

void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

char *
read_text (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}
