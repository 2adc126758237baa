/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-entry.h"
#include "limber-track.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_JOURNAL_ERROR_NOT_A_JOURNAL,  /* not SQLite, or another program's database */
  LIMBER_JOURNAL_ERROR_CORRUPT,        /* a Limber journal SQLite cannot read */
  LIMBER_JOURNAL_ERROR_TOO_NEW,        /* written by a newer Limber */
  LIMBER_JOURNAL_ERROR_IO,             /* cannot create, read or write the file */
  LIMBER_JOURNAL_ERROR_NOT_FOUND,      /* no entry with that id */
  LIMBER_JOURNAL_ERROR_EXISTS,         /* an entry with that id, or a file to be written, exists */
  LIMBER_JOURNAL_ERROR_FULL,           /* the disk or the database is full */
  LIMBER_JOURNAL_ERROR_READ_ONLY,      /* the file or its folder cannot be written */
  LIMBER_JOURNAL_ERROR_FAILED,
  LIMBER_JOURNAL_ERROR_IN_USE,         /* another program has the journal open */
} LimberJournalError;

#define LIMBER_JOURNAL_ERROR (limber_journal_error_quark ())

/* The schema this Limber writes (PRAGMA user_version). */
#define LIMBER_JOURNAL_SCHEMA_VERSION 5

/* PRAGMA application_id: "Lmbr". */
#define LIMBER_JOURNAL_APPLICATION_ID 0x4c6d6272

/* Totals of one week (Monday to Sunday), all in SI units. */
typedef struct
{
  LimberDay week_start;
  double    distance;          /* metres */
  double    duration;          /* seconds of running */
  guint     runs;
  guint     fascia_sessions;
  guint     fascia_seconds;
  double    hydration;         /* millilitres in the week */
  guint     hydration_days;    /* days with at least one hydration entry */
} LimberWeekTotals;

typedef struct
{
  LimberDay day;
  double    volume;            /* millilitres */
  guint     entries;
} LimberDayHydration;

/* When a run started and how far it went, for finding the same run again. */
typedef struct
{
  LimberDay day;
  int       time;              /* seconds after midnight, or -1 */
  double    distance;          /* metres */
} LimberRunStart;

#define LIMBER_TYPE_JOURNAL (limber_journal_get_type ())

G_DECLARE_FINAL_TYPE (LimberJournal, limber_journal, LIMBER, JOURNAL, GObject)

GQuark         limber_journal_error_quark          (void);

char          *limber_journal_get_default_path     (void);
LimberJournal *limber_journal_open                 (const char        *path,
                                                    GError           **error);
const char    *limber_journal_get_path             (LimberJournal     *self);
gboolean       limber_journal_is_read_only         (LimberJournal     *self);
int            limber_journal_get_schema_version   (LimberJournal     *self);

void           limber_journal_set_today            (LimberJournal     *self,
                                                    LimberDay          today);
LimberDay      limber_journal_get_today            (LimberJournal     *self);

gboolean       limber_journal_add                  (LimberJournal     *self,
                                                    LimberEntry       *entry,
                                                    GError           **error);
gboolean       limber_journal_add_many             (LimberJournal     *self,
                                                    GPtrArray         *entries,
                                                    GError           **error);
gboolean       limber_journal_add_many_with_tracks (LimberJournal     *self,
                                                    GPtrArray         *entries,
                                                    GPtrArray         *tracks,
                                                    GError           **error);
gboolean       limber_journal_update               (LimberJournal     *self,
                                                    LimberEntry       *entry,
                                                    GError           **error);
gboolean       limber_journal_delete               (LimberJournal     *self,
                                                    const char        *uuid,
                                                    GError           **error);
gboolean       limber_journal_apply                (LimberJournal     *self,
                                                    GPtrArray         *added,
                                                    LimberEntry       *updated,
                                                    const char * const *deleted,
                                                    GError           **error);
LimberEntry   *limber_journal_get                  (LimberJournal     *self,
                                                    const char        *uuid,
                                                    GError           **error);
gboolean       limber_journal_contains             (LimberJournal     *self,
                                                    const char        *uuid);

GPtrArray     *limber_journal_list                 (LimberJournal     *self,
                                                    LimberDay          first_day,
                                                    LimberDay          last_day,
                                                    LimberEntryKinds   kinds,
                                                    GError           **error);
guint          limber_journal_count                (LimberJournal     *self,
                                                    LimberEntryKinds   kinds);
gboolean       limber_journal_get_day_range        (LimberJournal     *self,
                                                    LimberDay         *first_day,
                                                    LimberDay         *last_day);
GArray        *limber_journal_list_run_starts      (LimberJournal     *self,
                                                    LimberDay          first_day,
                                                    LimberDay          last_day,
                                                    GError           **error);

gboolean       limber_journal_set_track            (LimberJournal     *self,
                                                    const char        *uuid,
                                                    GArray            *points,
                                                    GError           **error);
GArray        *limber_journal_get_track            (LimberJournal     *self,
                                                    const char        *uuid,
                                                    GError           **error);
GStrv          limber_journal_list_tracked         (LimberJournal     *self,
                                                    GError           **error);

GArray        *limber_journal_weekly_totals        (LimberJournal     *self,
                                                    LimberDay          first_day,
                                                    LimberDay          last_day,
                                                    GError           **error);
GArray        *limber_journal_daily_hydration      (LimberJournal     *self,
                                                    LimberDay          first_day,
                                                    LimberDay          last_day,
                                                    GError           **error);
GStrv          limber_journal_list_shoes           (LimberJournal     *self,
                                                    guint              max);

gboolean       limber_journal_backup_to            (LimberJournal     *self,
                                                    const char        *path,
                                                    GError           **error);

G_END_DECLS
