/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-journal.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PLAN_PAGE (limber_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberPlanPage, limber_plan_page, LIMBER, PLAN_PAGE, AdwBin)

LimberPlanPage *limber_plan_page_new     (LimberJournal  *journal);
void            limber_plan_page_refresh (LimberPlanPage *self);

G_END_DECLS
