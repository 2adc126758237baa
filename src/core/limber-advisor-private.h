/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-advisor.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-run.h"
#include "limber-soreness.h"

G_BEGIN_DECLS

/* The research the rules rest on, as shown to users. */
#define SOURCE_FRANDSEN N_("Frandsen et al. 2025, Br J Sports Med")
#define SOURCE_NIELSEN N_("Nielsen et al. 2014, J Orthop Sports Phys Ther")
#define SOURCE_PAIN N_("Silbernagel et al. 2007 (pain-monitoring model); Farrar et al. 2001")
#define SOURCE_LOAD N_("Gabbett 2016; Foster 1998; Impellizzeri et al. 2020")
#define SOURCE_WATER N_("EFSA 2010 (adequate water intake); ACSM 2007 (fluid replacement)")
#define SOURCE_ROLLING N_("Wiewelhove et al. 2019; Konrad et al. 2022 (foam rolling)")

/* Definitions the rules share with the charts (limber-series-*.c), so that both agree. */

/* A long run: logged as one, or lasting this long, or this many times the median run of the
 * days before it. */
#define LIMBER_LONG_RUN_SECONDS (90 * 60)
#define LIMBER_LONG_RUN_MEDIAN_FACTOR 1.5
#define LIMBER_LONG_RUN_MEDIAN_DAYS 28

/* A persistent niggle: a zone and side at this level or more on enough days of the window,
 * the first and last of them far enough apart, and not improving by this many points. */
#define LIMBER_PAIN_HIGH_LEVEL 4
#define LIMBER_NIGGLE_WINDOW_DAYS 10
#define LIMBER_NIGGLE_MIN_DAYS 3
#define LIMBER_NIGGLE_MIN_SPAN_DAYS 6
#define LIMBER_PAIN_CHANGE_POINTS 2

/* How far back the rules look: the longest is a run up to 7 days old compared with the 30
 * days before it. */
#define LIMBER_ADVISOR_WINDOW_DAYS 42

/* Everything the rules read, loaded once per evaluation. Arrays hold entries oldest first;
 * the per-kind arrays do not own their entries. */
typedef struct
{
  const LimberAdvisorOptions *options;
  LimberDay                   today;
  LimberDay                   first_day;       /* the journal's first entry, or INVALID */
  GPtrArray                  *entries;
  GPtrArray                  *runs;
  GPtrArray                  *soreness;
  GPtrArray                  *hydration;
  GPtrArray                  *fascia;
  GArray                      *weeks;          /* LimberWeekTotals, 53 weeks to this one */
  GPtrArray                  *results;
  gboolean                    heavy;
  char                       *heavy_reason;
  LimberDay                   red_flag_day[LIMBER_N_ZONES];  /* INVALID: no flag */
} LimberAdvisorContext;

typedef struct
{
  LimberZone zone;
  LimberSide side;
} LimberFocus;

typedef void (*LimberAdvisorRule) (LimberAdvisorContext *ctx);

void   limber_advisor_rule_red_flag                 (LimberAdvisorContext *ctx);
void   limber_advisor_rule_persistent_niggle        (LimberAdvisorContext *ctx);
void   limber_advisor_rule_weekly_plan              (LimberAdvisorContext *ctx);
void   limber_advisor_rule_missed_maintenance       (LimberAdvisorContext *ctx);
void   limber_advisor_rule_after_long_run           (LimberAdvisorContext *ctx);
void   limber_advisor_rule_massage_timing           (LimberAdvisorContext *ctx);
void   limber_advisor_rule_professional_maintenance (LimberAdvisorContext *ctx);
void   limber_advisor_rule_hydration_low            (LimberAdvisorContext *ctx);
void   limber_advisor_rule_run_spike                (LimberAdvisorContext *ctx);
void   limber_advisor_rule_weekly_increase          (LimberAdvisorContext *ctx);
void   limber_advisor_rule_load_context             (LimberAdvisorContext *ctx);

LimberRecommendation *limber_advisor_add            (LimberAdvisorContext *ctx,
                                                     const char           *rule,
                                                     LimberSeverity        severity,
                                                     LimberDay             day);
void   limber_advisor_build_routine                 (LimberAdvisorContext *ctx,
                                                     LimberRecommendation *rec,
                                                     const LimberFocus    *focus,
                                                     guint                 n_focus,
                                                     guint                 min_seconds,
                                                     guint                 max_seconds);
void   limber_advisor_append_sentence               (GString              *text,
                                                     const char           *sentence);
char  *limber_advisor_excluded_text                 (LimberAdvisorContext *ctx);
char  *limber_advisor_format_distance               (LimberAdvisorContext *ctx,
                                                     double                metres);
char  *limber_advisor_format_day                    (LimberDay             day);
double limber_advisor_distance_between              (LimberAdvisorContext *ctx,
                                                     LimberDay             first,
                                                     LimberDay             last);

G_END_DECLS
