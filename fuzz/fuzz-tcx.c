/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "limber-tcx.h"

/* libFuzzer target: any bytes as a TCX file. */

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_tcx_read ((const char *) data, size, &error);

  g_assert ((activity == NULL) != (error == NULL));
  return 0;
}
