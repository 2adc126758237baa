/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A GtkSpinButton whose value is a number of seconds, shown and typed as minutes: "1:30",
 * "12:00"; "1.5" or "1,5" typed alone are minutes too. A value of 0 shows as an empty text. */

void      limber_minutes_spin_setup  (GtkSpinButton *spin);
gboolean  limber_minutes_spin_read   (GtkSpinButton *spin,
                                      guint         *seconds);
void      limber_minutes_spin_set    (GtkSpinButton *spin,
                                      guint          seconds);
char     *limber_minutes_format      (guint          seconds);

G_END_DECLS
