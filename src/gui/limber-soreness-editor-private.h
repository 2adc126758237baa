/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-date-row.h"
#include "limber-soreness-editor.h"
#include "limber-soreness-zone-row.h"

G_BEGIN_DECLS

/* How far back, today included, the map looks for the latest soreness of each zone. */
#define RECENT_DAYS 14
/* Where a newly chosen zone's slider starts when the zone has no recent entry: mild. */
#define DEFAULT_LEVEL 2

struct _LimberSorenessEditor
{
  GtkBox               parent_instance;

  LimberJournal       *journal;
  int                  units;
  GPtrArray           *rows;       /* LimberSorenessZoneRow, in the order chosen; not owned */
  guint8               recent[LIMBER_N_ZONES][LIMBER_N_SIDES];   /* by drawn side */
  GtkCheckButton      *checks[LIMBER_N_ZONES][LIMBER_N_SIDES];

  guint                editing : 1;
  guint                loading : 1;
  guint                syncing : 1;
  guint                touched : 1;   /* the user changed something, so errors may look like it */

  LimberDateRow       *date_row;
  AdwEntryRow         *time_row;
  GtkLabel            *when_message;
  LimberBodyMap       *body_map;
  AdwExpanderRow      *zone_list_row;
  GtkLabel            *zone_message;
  AdwPreferencesGroup *selected_group;
  GtkListBox          *selected_list;
  GtkLabel            *level_message;
  AdwComboRow         *quality_row;
  GtkSwitch           *walking_switch;
  GtkSwitch           *sleep_switch;
  AdwPreferencesGroup *feel_group;
  GtkLabel            *feel_message;
  GtkTextView         *notes_view;
  GtkLabel            *notes_message;
};

void                   limber_soreness_editor_emit_changed   (LimberSorenessEditor *self);

/* limber-soreness-editor-zones.c */
LimberSorenessZoneRow *limber_soreness_editor_find_row       (LimberSorenessEditor *self,
                                                              LimberZone            zone,
                                                              LimberSide            side);
LimberSorenessZoneRow *limber_soreness_editor_add_zone       (LimberSorenessEditor *self,
                                                              LimberZone            zone,
                                                              LimberSide            side);
void                   limber_soreness_editor_toggle_zone    (LimberSorenessEditor *self,
                                                              LimberZone            zone,
                                                              LimberSide            side,
                                                              gboolean              chosen);
void                   limber_soreness_editor_sync_zones     (LimberSorenessEditor *self);
void                   limber_soreness_editor_read_recent    (LimberSorenessEditor *self);
void                   limber_soreness_editor_fill_zone_list (LimberSorenessEditor *self);

G_END_DECLS
