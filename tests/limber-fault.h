/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-journal.h"

G_BEGIN_DECLS

/* What the fault tests (suite "reliability") share: entries that can be made again from their
 * UUID alone, so a test can check every value a killed writer stored; and plain-SQLite looks
 * at a journal file that change nothing in it. */

/* "Today" for every fault test: generated entries fall on or before it. */
#define FAULT_TODAY_YMD 2026, 11, 21

LimberEntry *fault_entry_new          (guint        generation,
                                       guint        index);
gboolean     fault_entry_parse_uuid   (const char  *uuid,
                                       guint       *generation,
                                       guint       *index);
guint        fault_batch_size         (guint        generation,
                                       guint        batch);

char        *fault_dump_journal       (const char  *path);
char        *fault_integrity_check    (const char  *path);
void         fault_assert_sound       (const char  *path);
guint        fault_count_half_written (const char  *path);

char        *fault_list_dir           (const char  *dir);
char        *fault_read_file          (const char  *path,
                                       gsize       *length);
void         fault_remove_tree        (const char  *path);

G_END_DECLS
