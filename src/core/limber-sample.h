/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal.h"

G_BEGIN_DECLS

GPtrArray *limber_sample_generate (guint           weeks,
                                   guint32         seed,
                                   LimberDay       last_day);
GPtrArray *limber_sample_generate_daily (guint      weeks,
                                         guint32    seed,
                                         LimberDay  last_day);
gboolean   limber_sample_fill     (LimberJournal  *journal,
                                   guint           weeks,
                                   guint32         seed,
                                   LimberDay       last_day,
                                   GError        **error);

G_END_DECLS
