/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-activity.h"

G_BEGIN_DECLS

LimberActivity *limber_gpx_read   (const char              *data,
                                   gsize                    length,
                                   GError                 **error);
char           *limber_gpx_write  (const LimberTrackPoint  *points,
                                   guint                    n_points,
                                   const char              *name,
                                   gsize                   *length);

G_END_DECLS
