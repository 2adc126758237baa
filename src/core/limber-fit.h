/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-activity.h"

G_BEGIN_DECLS

/* Seconds from 1970-01-01 to 1989-12-31 00:00 UTC, where FIT times count from. */
#define LIMBER_FIT_EPOCH G_GINT64_CONSTANT (631065600)

guint16         limber_fit_crc  (guint16        crc,
                                 const guint8  *data,
                                 gsize          length);
LimberActivity *limber_fit_read (const char    *data,
                                 gsize          length,
                                 GError       **error);

G_END_DECLS
