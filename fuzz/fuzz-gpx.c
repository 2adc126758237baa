/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "limber-gpx.h"

/* libFuzzer target: any bytes as a GPX file. The reader must refuse or read them, without
 * crashing, reading out of bounds, leaking or expanding entities. */

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberActivity) activity = limber_gpx_read ((const char *) data, size, &error);

  g_assert ((activity == NULL) != (error == NULL));
  if (activity != NULL)
    {
      g_autofree char *text = limber_gpx_write ((const LimberTrackPoint *) activity->points->data,
                                                activity->points->len, activity->name, NULL);
      g_autoptr(GBytes) packed = limber_track_pack ((const LimberTrackPoint *)
                                                    activity->points->data,
                                                    activity->points->len);
      g_autoptr(GArray) unpacked = limber_track_unpack (packed, NULL);

      g_assert (text != NULL);
      g_assert (unpacked != NULL && unpacked->len == activity->points->len);
    }

  return 0;
}
