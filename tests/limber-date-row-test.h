/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-date-row.h"

/* For the UI tests of the editors: reaching into their date row as a user would. */

gpointer  date_row_child           (gpointer     row,
                                    const char  *name);
void      date_row_pick            (gpointer     row,
                                    LimberDay    day);
void      date_row_assert_refused  (gpointer     row,
                                    LimberDay    kept,
                                    const char  *message);
