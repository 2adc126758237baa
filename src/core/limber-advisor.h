/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"
#include "limber-recommendation.h"

G_BEGIN_DECLS

/* What a runner may set; limber_advisor_options_init() fills in the defaults. */
typedef struct
{
  guint     weekly_target;     /* fascia sessions a week */
  double    daily_water_ml;    /* the day's water target */
  double    hot_run_celsius;   /* a run at or above this raises the day's target... */
  double    hot_extra_ml;      /* ...by this much */
  LimberDay next_race;         /* LIMBER_DAY_INVALID when none is set */
  gboolean  miles;             /* distances in the texts in miles */
} LimberAdvisorOptions;

void        limber_advisor_options_init  (LimberAdvisorOptions        *options);

GListModel *limber_advisor_evaluate      (LimberJournal               *journal,
                                          const LimberAdvisorOptions  *options,
                                          LimberDay                    today,
                                          GError                     **error);

char       *limber_advisor_to_json       (GListModel                  *recommendations);

G_END_DECLS
