/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double  bench_median             (double     *values,
                                  guint       n);
char   *bench_describe_machine   (void);
guint   bench_make_journal       (const char *path,
                                  guint       years);
gsize   bench_peak_rss_kb        (void);
void    bench_remove_tree        (const char *path);

G_END_DECLS
