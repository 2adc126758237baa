/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "limber-fit.h"

/* libFuzzer target: any bytes as a FIT file, read twice. First as they are, which mostly
 * exercises the header and CRC checks; then with the header's data size and both CRCs made
 * to agree with the bytes, so that mutations reach the definitions and messages behind
 * them instead of stopping at a checksum. */

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
read_once (const guint8 *data,
           size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_fit_read ((const char *) data, size, &error);

  g_assert ((activity == NULL) != (error == NULL));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree guint8 *fixed = NULL;
  guint header_size;
  guint32 data_size;
  guint16 crc;

  read_once (data, size);

  if (size < 16 || size > 1024 * 1024)
    return 0;

  fixed = g_memdup2 (data, size);
  header_size = fixed[0] < 12 ? 12 : fixed[0] > 14 ? 14 : fixed[0];
  fixed[0] = header_size;
  memcpy (fixed + 8, ".FIT", 4);
  data_size = size - header_size - 2;
  for (guint i = 0; i < 4; i++)
    fixed[4 + i] = (data_size >> (8 * i)) & 0xff;
  if (header_size == 14)
    {
      crc = limber_fit_crc (0, fixed, 12);
      fixed[12] = crc & 0xff;
      fixed[13] = crc >> 8;
    }
  crc = limber_fit_crc (0, fixed, size - 2);
  fixed[size - 2] = crc & 0xff;
  fixed[size - 1] = crc >> 8;

  read_once (fixed, size);
  return 0;
}
