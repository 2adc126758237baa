/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-soreness-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "limber-soreness.h"
#include "limber-soreness-editor-private.h"

/* The soreness editor's zones: which are chosen, shown alike on the map, in the list of check
 * buttons and in the rows with their levels; and the latest level of each zone lately. */

/* The sides the map draws a zone with: left and right when paired, else only the centre. */
static guint
drawn_sides (LimberZone zone,
             LimberSide sides[2])
{
  if (!limber_zone_is_paired (zone))
    {
      sides[0] = LIMBER_SIDE_CENTRE;
      return 1;
    }

  sides[0] = LIMBER_SIDE_LEFT;
  sides[1] = LIMBER_SIDE_RIGHT;
  return 2;
}

/* Whether an entry for @zone on @entry_side is about the map's @side of it. */
static gboolean
side_covers (LimberZone zone,
             LimberSide entry_side,
             LimberSide side)
{
  return !limber_zone_is_paired (zone) || entry_side == side || entry_side == LIMBER_SIDE_BOTH;
}

static void
remove_row (LimberSorenessEditor  *self,
            LimberSorenessZoneRow *row)
{
  g_ptr_array_remove (self->rows, row);
  gtk_list_box_remove (self->selected_list, GTK_WIDGET (row));
}

static void
show_recent_in_list (LimberSorenessEditor *self)
{
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    for (LimberSide side = 0; side < LIMBER_N_SIDES; side++)
      {
        GtkWidget *row;
        g_autofree char *subtitle = NULL;
        int level = self->recent[zone][side];

        if (self->checks[zone][side] == NULL)
          continue;

        /* Translators: the latest soreness logged for a zone, e.g. "Latest: 4 · Moderate" */
        if (level > 0)
          subtitle = g_strdup_printf (_("Latest: %d · %s"), level,
                                      limber_soreness_level_get_label (level));

        row = gtk_widget_get_ancestor (GTK_WIDGET (self->checks[zone][side]),
                                       ADW_TYPE_ACTION_ROW);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
      }
}

static void
on_zone_row_level_cb (LimberSorenessEditor *self)
{
  limber_soreness_editor_sync_zones (self);
  limber_soreness_editor_emit_changed (self);
}

static void
on_zone_row_remove_cb (LimberSorenessEditor  *self,
                       LimberSorenessZoneRow *row)
{
  remove_row (self, row);
  limber_soreness_editor_sync_zones (self);
  limber_soreness_editor_emit_changed (self);
}

static void
on_zone_check_toggled_cb (LimberSorenessEditor *self,
                          GtkCheckButton       *check)
{
  LimberZone zone = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "limber-zone"));
  LimberSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "limber-side"));

  if (self->syncing)
    return;

  limber_soreness_editor_toggle_zone (self, zone, side, gtk_check_button_get_active (check));
}

LimberSorenessZoneRow *
limber_soreness_editor_find_row (LimberSorenessEditor *self,
                                 LimberZone            zone,
                                 LimberSide            side)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      LimberSorenessZoneRow *row = g_ptr_array_index (self->rows, i);

      if (limber_soreness_zone_row_get_zone (row) == zone &&
          side_covers (zone, limber_soreness_zone_row_get_side (row), side))
        return row;
    }

  return NULL;
}

/* Shows the chosen zones everywhere: outlined on the map with the level being entered (the
 * others with their latest level), ticked in the list. */
void
limber_soreness_editor_sync_zones (LimberSorenessEditor *self)
{
  g_autoptr(GString) chosen = g_string_new (NULL);

  limber_body_map_clear_selection (self->body_map);
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      LimberSide sides[2];
      guint n_sides = drawn_sides (zone, sides);

      for (guint i = 0; i < n_sides; i++)
        limber_body_map_set_level (self->body_map, zone, sides[i], self->recent[zone][sides[i]]);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      LimberSorenessZoneRow *row = g_ptr_array_index (self->rows, i);
      LimberZone zone = limber_soreness_zone_row_get_zone (row);
      LimberSide side = limber_soreness_zone_row_get_side (row);
      g_autofree char *name = limber_zone_side_describe (zone, side);

      if (!limber_zone_is_paired (zone))
        side = LIMBER_SIDE_CENTRE;
      limber_body_map_set_selected (self->body_map, zone, side, TRUE);
      limber_body_map_set_level (self->body_map, zone, side,
                                 limber_soreness_zone_row_get_level (row));

      if (chosen->len > 0)
        g_string_append (chosen, _(", "));
      g_string_append (chosen, name);
    }

  self->syncing = TRUE;
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    for (LimberSide side = 0; side < LIMBER_N_SIDES; side++)
      if (self->checks[zone][side] != NULL)
        gtk_check_button_set_active (self->checks[zone][side],
                                     limber_soreness_editor_find_row (self, zone, side) != NULL);
  self->syncing = FALSE;

  adw_expander_row_set_subtitle (self->zone_list_row,
                                 chosen->len > 0 ? chosen->str : _("None chosen"));
}

/* Adds a row for a zone, starting at its latest level. An edited entry keeps one zone: the new
 * one replaces the old. */
LimberSorenessZoneRow *
limber_soreness_editor_add_zone (LimberSorenessEditor *self,
                                 LimberZone            zone,
                                 LimberSide            side)
{
  GtkWidget *row;
  LimberSide sides[2];
  guint n_sides = drawn_sides (zone, sides);
  int level = 0;

  for (guint i = 0; i < n_sides; i++)
    if (side_covers (zone, side, sides[i]))
      level = MAX (level, self->recent[zone][sides[i]]);

  if (self->editing)
    while (self->rows->len > 0)
      remove_row (self, g_ptr_array_index (self->rows, 0));

  row = limber_soreness_zone_row_new (zone, side, level > 0 ? level : DEFAULT_LEVEL);
  g_signal_connect_object (row, "notify::level", G_CALLBACK (on_zone_row_level_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_zone_row_remove_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (self->selected_list, row);
  g_ptr_array_add (self->rows, row);

  return LIMBER_SORENESS_ZONE_ROW (row);
}

void
limber_soreness_editor_toggle_zone (LimberSorenessEditor *self,
                                    LimberZone            zone,
                                    LimberSide            side,
                                    gboolean              chosen)
{
  LimberSorenessZoneRow *row = limber_soreness_editor_find_row (self, zone, side);

  if (chosen && row == NULL)
    limber_soreness_editor_add_zone (self, zone, side);
  else if (!chosen && row != NULL)
    remove_row (self, row);
  else
    return;

  limber_soreness_editor_sync_zones (self);
  limber_soreness_editor_emit_changed (self);
}

/* The latest level of each zone and side in the last RECENT_DAYS days. */
void
limber_soreness_editor_read_recent (LimberSorenessEditor *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay today = limber_journal_get_today (self->journal);

  memset (self->recent, 0, sizeof self->recent);

  entries = limber_journal_list (self->journal, today - (RECENT_DAYS - 1), today,
                                 LIMBER_ENTRY_KINDS_SORENESS, &error);
  if (entries == NULL)
    {
      g_warning ("Cannot read the recent soreness entries: %s", error->message);
      return;
    }

  /* Oldest first, so a later entry overwrites an earlier one. */
  for (guint i = 0; i < entries->len; i++)
    {
      LimberSoreness *soreness = g_ptr_array_index (entries, i);
      LimberZone zone = limber_soreness_get_zone (soreness);
      LimberSide sides[2];
      guint n_sides = drawn_sides (zone, sides);

      for (guint j = 0; j < n_sides; j++)
        if (side_covers (zone, limber_soreness_get_side (soreness), sides[j]))
          self->recent[zone][sides[j]] = limber_soreness_get_level (soreness);
    }

  show_recent_in_list (self);
}

/* One row with a check button for each zone and side the map draws. */
void
limber_soreness_editor_fill_zone_list (LimberSorenessEditor *self)
{
  for (LimberZone zone = 0; zone < LIMBER_N_ZONES; zone++)
    {
      LimberSide sides[2];
      guint n_sides = drawn_sides (zone, sides);

      for (guint i = 0; i < n_sides; i++)
        {
          g_autofree char *name = limber_zone_side_describe (zone, sides[i]);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          adw_expander_row_add_row (self->zone_list_row, row);

          g_object_set_data (G_OBJECT (check), "limber-zone", GUINT_TO_POINTER (zone));
          g_object_set_data (G_OBJECT (check), "limber-side", GUINT_TO_POINTER (sides[i]));
          g_signal_connect_object (check, "toggled", G_CALLBACK (on_zone_check_toggled_cb), self,
                                   G_CONNECT_SWAPPED);
          self->checks[zone][sides[i]] = GTK_CHECK_BUTTON (check);
        }
    }
}
