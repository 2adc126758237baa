/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-week-summary"

#include "config.h"

#include "limber-week-summary.h"

/* One week's totals as an object, for the week headers of a list of entries. */
struct _LimberWeekSummary
{
  GObject          parent_instance;

  LimberWeekTotals totals;
};

G_DEFINE_FINAL_TYPE (LimberWeekSummary, limber_week_summary, G_TYPE_OBJECT)

static void
limber_week_summary_class_init (LimberWeekSummaryClass *klass)
{
}

static void
limber_week_summary_init (LimberWeekSummary *self)
{
}

LimberWeekSummary *
limber_week_summary_new (const LimberWeekTotals *totals)
{
  LimberWeekSummary *self;

  g_return_val_if_fail (totals != NULL, NULL);

  self = g_object_new (LIMBER_TYPE_WEEK_SUMMARY, NULL);
  self->totals = *totals;

  return self;
}

const LimberWeekTotals *
limber_week_summary_get_totals (LimberWeekSummary *self)
{
  g_return_val_if_fail (LIMBER_IS_WEEK_SUMMARY (self), NULL);

  return &self->totals;
}

LimberDay
limber_week_summary_get_week_start (LimberWeekSummary *self)
{
  g_return_val_if_fail (LIMBER_IS_WEEK_SUMMARY (self), LIMBER_DAY_INVALID);

  return self->totals.week_start;
}

gboolean
limber_week_summary_equal (LimberWeekSummary *self,
                           LimberWeekSummary *other)
{
  g_return_val_if_fail (LIMBER_IS_WEEK_SUMMARY (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_WEEK_SUMMARY (other), FALSE);

  /* Field by field: the struct has padding. */
  return self->totals.week_start == other->totals.week_start &&
         self->totals.distance == other->totals.distance &&
         self->totals.duration == other->totals.duration &&
         self->totals.runs == other->totals.runs &&
         self->totals.fascia_sessions == other->totals.fascia_sessions &&
         self->totals.fascia_seconds == other->totals.fascia_seconds &&
         self->totals.hydration == other->totals.hydration &&
         self->totals.hydration_days == other->totals.hydration_days;
}
