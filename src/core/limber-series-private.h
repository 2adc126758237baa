/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal-private.h"
#include "limber-series.h"
#include "limber-units.h"

G_BEGIN_DECLS

/* Building a series: limber-series.c holds the object, the files limber-series-*.c compute
 * the charts. */

/* Where a chart's slots start and end, and how wide one is. */
typedef struct
{
  LimberSeriesRange  range;
  LimberSeriesScale  scale;
  LimberDay          first;          /* the first slot's day (a Monday) */
  LimberDay          today;          /* the last day shown */
  LimberDay          journal_first;  /* the journal's first entry, or LIMBER_DAY_INVALID */
  guint              n_slots;
} LimberSeriesFrame;

void               limber_series_frame_init     (LimberSeriesFrame          *frame,
                                                 LimberJournal              *journal,
                                                 LimberSeriesRange           range,
                                                 LimberDay                   today,
                                                 gboolean                    weekly);
guint              limber_series_frame_slot     (const LimberSeriesFrame    *frame,
                                                 LimberDay                   day);
LimberDay          limber_series_frame_slot_day (const LimberSeriesFrame    *frame,
                                                 guint                       slot);
LimberDay          limber_series_frame_slot_end (const LimberSeriesFrame    *frame,
                                                 guint                       slot);
char              *limber_series_frame_describe (const LimberSeriesFrame    *frame);

LimberSeries      *limber_series_new            (LimberSeriesKind            kind,
                                                 const LimberSeriesFrame    *frame);
void               limber_series_set_title      (LimberSeries               *self,
                                                 const char                 *title);
void               limber_series_take_summary   (LimberSeries               *self,
                                                 char                       *summary);
void               limber_series_set_caption    (LimberSeries               *self,
                                                 const char                 *caption);
void               limber_series_set_empty      (LimberSeries               *self,
                                                 const char                 *message);
void               limber_series_set_unit       (LimberSeries               *self,
                                                 guint                       axis,
                                                 const char                 *unit,
                                                 guint                       digits);
void               limber_series_set_fixed_range (LimberSeries              *self,
                                                  guint                      axis,
                                                  double                     min,
                                                  double                     max);
void               limber_series_set_target     (LimberSeries               *self,
                                                 double                      target,
                                                 const char                 *label);
LimberSeriesLine  *limber_series_add_line       (LimberSeries               *self,
                                                 const char                 *label,
                                                 LimberSeriesStyle           style,
                                                 guint                       axis);
void               limber_series_add_band       (LimberSeries               *self,
                                                 LimberDay                   first,
                                                 LimberDay                   last,
                                                 guint                       flags,
                                                 const char                 *label);
LimberSeriesRow   *limber_series_add_row        (LimberSeries               *self,
                                                 LimberZone                  zone,
                                                 LimberSide                  side);

#define limber_series_line_point(line, i) (&g_array_index ((line)->points, LimberSeriesPoint, (i)))

char              *limber_series_describe_empty (LimberSeries               *self,
                                                 const LimberSeriesFrame    *frame);

LimberUnits        limber_series_units          (const LimberAdvisorOptions *options);
char              *limber_series_format_number  (double                      value,
                                                 guint                       digits);
gboolean           limber_series_step_error     (LimberJournal              *journal,
                                                 sqlite3_stmt               *stmt,
                                                 int                         rc,
                                                 GError                    **error);

G_END_DECLS
