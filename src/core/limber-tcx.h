/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-activity.h"

G_BEGIN_DECLS

LimberActivity *limber_tcx_read (const char  *data,
                                 gsize        length,
                                 GError     **error);

G_END_DECLS
