/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-date.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_DATE_ROW (limber_date_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberDateRow, limber_date_row, LIMBER, DATE_ROW, AdwActionRow)

GtkWidget *limber_date_row_new        (void);
LimberDay  limber_date_row_get_day    (LimberDateRow *self);
void       limber_date_row_set_day    (LimberDateRow *self,
                                       LimberDay      day);
LimberDay  limber_date_row_get_today  (LimberDateRow *self);
void       limber_date_row_set_today  (LimberDateRow *self,
                                       LimberDay      today);

G_END_DECLS
