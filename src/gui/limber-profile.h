/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void limber_profile_watch_window (GtkWindow *window);

G_END_DECLS
