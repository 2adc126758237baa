/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-run-editor.h"

G_BEGIN_DECLS

gboolean  limber_run_editor_is_blank            (const char   *text);
char     *limber_run_editor_format_number       (double        value,
                                                 int           digits);
char     *limber_run_editor_format_duration     (double        seconds);
int       limber_run_editor_now_rounded         (void);
gboolean  limber_run_editor_read_time           (const char   *text,
                                                 int          *seconds,
                                                 GError      **error);
gboolean  limber_run_editor_read_distance       (LimberUnits   units,
                                                 const char   *text,
                                                 double       *metres,
                                                 GError      **error);
gboolean  limber_run_editor_read_duration       (const char   *text,
                                                 double       *seconds,
                                                 GError      **error);
gboolean  limber_run_editor_read_temperature    (const char   *text,
                                                 double       *celsius,
                                                 GError      **error);
gboolean  limber_run_editor_read_elevation_gain (const char   *text,
                                                 double       *metres,
                                                 GError      **error);
gboolean  limber_run_editor_read_heart_rate     (const char   *text,
                                                 double       *bpm,
                                                 GError      **error);

G_END_DECLS
