/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WEEK_SUMMARY (limber_week_summary_get_type ())

G_DECLARE_FINAL_TYPE (LimberWeekSummary, limber_week_summary, LIMBER, WEEK_SUMMARY, GObject)

LimberWeekSummary      *limber_week_summary_new            (const LimberWeekTotals *totals);
const LimberWeekTotals *limber_week_summary_get_totals     (LimberWeekSummary      *self);
LimberDay               limber_week_summary_get_week_start (LimberWeekSummary      *self);
gboolean                limber_week_summary_equal          (LimberWeekSummary      *self,
                                                            LimberWeekSummary      *other);

G_END_DECLS
