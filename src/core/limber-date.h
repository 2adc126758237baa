/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A "day" is a GDate Julian day number: 1 is Monday, 1 January of year 1. Weeks start on
 * Monday (ISO 8601), so the week of a day starts at limber_day_week_start (day). */
typedef guint32 LimberDay;

#define LIMBER_DAY_INVALID ((LimberDay) 0)

LimberDay  limber_day_today            (void);
LimberDay  limber_day_from_date_time   (GDateTime   *date_time);
GDateTime *limber_day_to_date_time     (LimberDay    day);
int        limber_time_now             (void);
LimberDay  limber_day_from_ymd         (int          year,
                                        int          month,
                                        int          day);
gboolean   limber_day_parse_iso        (const char  *text,
                                        LimberDay   *day);
char      *limber_day_to_iso           (LimberDay    day);
char      *limber_day_format           (LimberDay    day,
                                        const char  *format);
LimberDay  limber_day_week_start       (LimberDay    day);
guint      limber_day_weekday          (LimberDay    day);

gboolean   limber_time_parse           (const char  *text,
                                        int         *seconds);
char      *limber_time_format          (int          seconds);

gboolean   limber_duration_parse       (const char  *text,
                                        double      *seconds);
char      *limber_duration_format      (double       seconds);
char      *limber_pace_format          (double       seconds_per_km);

G_END_DECLS
