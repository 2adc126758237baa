/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-advisor.h"
#include "limber-plan-page.h"

G_BEGIN_DECLS

struct _LimberPlanPage
{
  AdwBin          parent_instance;

  LimberJournal  *journal;
  GSettings      *settings;
  guint           midnight_id;
  gboolean        showing_race;    /* the calendar is being set, not picked from */

  GtkLabel       *due_title;
  GtkLabel       *week_label;
  GtkBox         *days_box;
  GtkLevelBar    *due_bar;
  GtkLabel       *due_detail;
  GtkListBox     *routine_list;
  GtkLabel       *routine_note;
  GtkButton      *start_button;
  GtkLabel       *start_label;
  GtkBox         *cards_box;
  GtkBox         *hidden_box;
  GtkLabel       *hidden_label;
  GtkMenuButton  *race_button;
  GtkCalendar    *race_calendar;
  GtkButton      *race_clear_button;

  GtkWidget      *day_cells[7];
  GtkImage       *day_marks[7];
};

void limber_plan_page_remove_children (GtkWidget                  *parent);
void limber_plan_page_build_days      (LimberPlanPage             *self);
void limber_plan_page_refresh_week    (LimberPlanPage             *self,
                                       LimberDay                   today,
                                       const LimberAdvisorOptions *options,
                                       LimberRecommendation       *plan);
void limber_plan_page_refresh_routine (LimberPlanPage             *self,
                                       LimberRecommendation       *plan);

G_END_DECLS
