/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-csv-private.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* The columns of each kind's file, and how a row of it becomes an entry. A value that
 * cannot be read gives a message naming it; a value that reads but is out of range is
 * left for limber_entry_validate () to report. */

typedef struct
{
  const char *name;
  gboolean    required;
} Column;

G_STATIC_ASSERT (RUN_N_COLUMNS <= LIMBER_CSV_MAX_COLUMNS);
G_STATIC_ASSERT (SORENESS_N_COLUMNS <= LIMBER_CSV_MAX_COLUMNS);
G_STATIC_ASSERT (FASCIA_N_COLUMNS <= LIMBER_CSV_MAX_COLUMNS);

static const Column run_columns[RUN_N_COLUMNS] = {
  { "uuid" }, { "date", TRUE }, { "time" }, { "distance_km", TRUE }, { "duration", TRUE },
  { "rpe" }, { "kind" }, { "surface" }, { "temperature_c" }, { "shoes" }, { "notes" },
  { "elevation_gain_m" }, { "avg_heart_rate_bpm" },
};

static const Column soreness_columns[SORENESS_N_COLUMNS] = {
  { "uuid" }, { "date", TRUE }, { "time" }, { "zone", TRUE }, { "side" }, { "level", TRUE },
  { "quality" }, { "limits_walking" }, { "disturbs_sleep" }, { "notes" },
};

static const Column hydration_columns[HYDRATION_N_COLUMNS] = {
  { "uuid" }, { "date", TRUE }, { "time" }, { "ml", TRUE }, { "notes" },
};

static const Column fascia_columns[FASCIA_N_COLUMNS] = {
  { "uuid" }, { "date", TRUE }, { "time" }, { "minutes", TRUE }, { "kind" }, { "moves" },
  { "zones" }, { "notes" }, { "mobility" },
};

typedef LimberCsvRow Row;

typedef struct
{
  const Column  *columns;
  guint          n_columns;
  guint          notes_column;
  GType        (*get_type) (void);
  gboolean     (*parse)    (LimberEntry  *entry,
                            const Row    *row,
                            GError      **error);
} KindInfo;

static gboolean G_GNUC_PRINTF (2, 3)
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID,
                                                format, args));
  va_end (args);

  return FALSE;
}

static const char *
row_get (const Row *row,
         guint      column)
{
  int i = row->map[column];

  if (i < 0 || (guint) i >= row->record->fields->len)
    return "";

  return g_ptr_array_index (row->record->fields, i);
}

/* The value without spaces around it, for numbers and ids. */
static char *
row_dup (const Row *row,
         guint      column)
{
  return g_strstrip (g_strdup (row_get (row, column)));
}

static gboolean
parse_double (const char *text,
              double     *value)
{
  char *end = NULL;
  double v;

  if (*text == '\0')
    return FALSE;

  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v))
    return FALSE;

  *value = v;
  return TRUE;
}

static gboolean
parse_int (const char *text,
           int        *value)
{
  gint64 v;

  if (!g_ascii_string_to_signed (text, 10, -1000000, 1000000, &v, NULL))
    return FALSE;

  *value = (int) v;
  return TRUE;
}

static gboolean
parse_seconds (const char *text,
               guint      *seconds)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &v, NULL))
    return FALSE;

  *seconds = (guint) v;
  return TRUE;
}

static char *
zone_ids (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < LIMBER_N_ZONES; i++)
    g_string_append_printf (list, "%s%s", i ? ", " : "", limber_zone_to_id (i));

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
parse_zone (const char  *text,
            LimberZone  *zone,
            GError     **error)
{
  g_autofree char *id = g_ascii_strdown (text, -1);
  g_autofree char *ids = NULL;

  if (limber_zone_from_id (id, zone))
    return TRUE;

  ids = zone_ids ();
  return fail (error, _("“%s” is not a valid zone (%s)"), text, ids);
}

static gboolean
parse_side (const char  *text,
            LimberSide  *side,
            GError     **error)
{
  g_autofree char *id = g_ascii_strdown (text, -1);

  if (limber_side_from_id (id, side))
    return TRUE;

  return fail (error, _("“%s” is not a valid side (left, right, both, centre)"), text);
}

static LimberSide
default_side (LimberZone zone)
{
  return limber_zone_is_paired (zone) ? LIMBER_SIDE_BOTH : LIMBER_SIDE_CENTRE;
}

static gboolean
parse_flag (const Row   *row,
            guint        column,
            const char  *column_name,
            gboolean    *flag,
            GError     **error)
{
  static const char * const yes[] = { "yes", "true", "1", NULL };
  static const char * const no[] = { "", "no", "false", "0", NULL };
  g_autofree char *text = row_dup (row, column);
  g_autofree char *id = g_ascii_strdown (text, -1);

  *flag = g_strv_contains ((const char * const *) yes, id);
  if (*flag || g_strv_contains ((const char * const *) no, id))
    return TRUE;

  return fail (error, _("“%s” is not a valid value for %s (yes or no)"), text, column_name);
}

/* Splits a ;-separated list, dropping empty items. */
static GStrv
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*g_strstrip (parts[i]) != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
parse_common (LimberEntry     *entry,
              const KindInfo  *info,
              const Row       *row,
              GError         **error)
{
  g_autofree char *uuid = row_dup (row, LIMBER_CSV_COLUMN_UUID);
  g_autofree char *date = row_dup (row, LIMBER_CSV_COLUMN_DATE);
  g_autofree char *time = row_dup (row, LIMBER_CSV_COLUMN_TIME);
  LimberDay day;
  int seconds;

  if (*date == '\0')
    return fail (error, _("Date is missing"));
  if (!limber_day_parse_iso (date, &day))
    return fail (error, _("“%s” is not a valid date (YYYY-MM-DD)"), date);
  limber_entry_set_day (entry, day);

  if (*time != '\0')
    {
      if (!limber_time_parse (time, &seconds))
        return fail (error, _("“%s” is not a valid time (HH:MM)"), time);
      limber_entry_set_time (entry, seconds);
    }

  /* An id that is not a UUID is reported by the validation, with its own message. */
  if (*uuid != '\0')
    limber_entry_set_uuid (entry, uuid);

  limber_entry_set_notes (entry, row_get (row, info->notes_column));

  return TRUE;
}

static gboolean
parse_run (LimberEntry  *entry,
           const Row    *row,
           GError      **error)
{
  LimberRun *run = LIMBER_RUN (entry);
  g_autofree char *distance = row_dup (row, RUN_DISTANCE);
  g_autofree char *duration = row_dup (row, RUN_DURATION);
  g_autofree char *rpe = row_dup (row, RUN_RPE);
  g_autofree char *kind = row_dup (row, RUN_KIND);
  g_autofree char *kind_id = g_ascii_strdown (kind, -1);
  g_autofree char *surface = row_dup (row, RUN_SURFACE);
  g_autofree char *surface_id = g_ascii_strdown (surface, -1);
  g_autofree char *temperature = row_dup (row, RUN_TEMPERATURE);
  g_autofree char *climb = row_dup (row, RUN_ELEVATION_GAIN);
  g_autofree char *heart_rate = row_dup (row, RUN_AVG_HEART_RATE);
  LimberRunKind run_kind = LIMBER_RUN_EASY;
  LimberSurface run_surface;
  double value;
  int effort;

  if (*distance == '\0')
    return fail (error, _("Distance is missing"));
  if (!parse_double (distance, &value))
    return fail (error, _("“%s” is not a valid distance in km"), distance);
  limber_run_set_distance (run, value * 1000.0);

  if (*duration == '\0')
    return fail (error, _("Duration is missing"));
  if (!limber_duration_parse (duration, &value))
    return fail (error, _("“%s” is not a valid duration (H:MM:SS or MM:SS)"), duration);
  limber_run_set_duration (run, value);

  if (*rpe != '\0')
    {
      if (!parse_int (rpe, &effort))
        return fail (error, _("“%s” is not a valid effort (a whole number from 0 to 10)"), rpe);
      /* -1 would read as "not set": the range is checked here, not left to validation. */
      if (effort < 0 || effort > 10)
        return fail (error, _("Effort must be between 0 and 10"));
      limber_run_set_rpe (run, effort);
    }

  if (*kind != '\0' && !limber_run_kind_from_id (kind_id, &run_kind))
    return fail (error, _("“%s” is not a valid kind (easy, long, tempo, intervals, race, "
                          "recovery, other)"), kind);
  limber_run_set_run_kind (run, run_kind);

  if (!limber_surface_from_id (surface_id, &run_surface))
    return fail (error, _("“%s” is not a valid surface (road, trail, track, treadmill, other)"),
                 surface);
  limber_run_set_surface (run, run_surface);

  if (*temperature != '\0')
    {
      if (!parse_double (temperature, &value))
        return fail (error, _("“%s” is not a valid temperature in °C"), temperature);
      limber_run_set_temperature (run, value);
    }

  limber_run_set_shoes (run, row_get (row, RUN_SHOES));

  /* Files written before these columns existed leave them out: unknown. */
  if (*climb != '\0')
    {
      if (!parse_double (climb, &value))
        return fail (error, _("“%s” is not a valid elevation gain in metres"), climb);
      limber_run_set_elevation_gain (run, value);
    }

  if (*heart_rate != '\0')
    {
      if (!parse_double (heart_rate, &value))
        return fail (error, _("“%s” is not a valid average heart rate in beats a minute"),
                     heart_rate);
      limber_run_set_avg_heart_rate (run, value);
    }

  return TRUE;
}

static gboolean
parse_soreness (LimberEntry  *entry,
                const Row    *row,
                GError      **error)
{
  LimberSoreness *soreness = LIMBER_SORENESS (entry);
  g_autofree char *zone = row_dup (row, SORENESS_ZONE);
  g_autofree char *side = row_dup (row, SORENESS_SIDE);
  g_autofree char *level = row_dup (row, SORENESS_LEVEL);
  g_autofree char *quality = row_dup (row, SORENESS_QUALITY);
  g_autofree char *quality_id = g_ascii_strdown (quality, -1);
  LimberZone soreness_zone;
  LimberSide soreness_side;
  LimberQuality soreness_quality = LIMBER_QUALITY_ACHE;
  gboolean flag;
  int value;

  if (*zone == '\0')
    return fail (error, _("Zone is missing"));
  if (!parse_zone (zone, &soreness_zone, error))
    return FALSE;
  limber_soreness_set_zone (soreness, soreness_zone);

  soreness_side = default_side (soreness_zone);
  if (*side != '\0' && !parse_side (side, &soreness_side, error))
    return FALSE;
  limber_soreness_set_side (soreness, soreness_side);

  if (*level == '\0')
    return fail (error, _("Soreness level is missing"));
  if (!parse_int (level, &value))
    return fail (error, _("“%s” is not a valid soreness level (a whole number from 0 to 10)"),
                 level);
  limber_soreness_set_level (soreness, value);

  if (*quality != '\0' && !limber_quality_from_id (quality_id, &soreness_quality))
    return fail (error, _("“%s” is not a valid quality (ache, tight, sharp, numbness)"),
                 quality);
  limber_soreness_set_quality (soreness, soreness_quality);

  if (!parse_flag (row, SORENESS_LIMITS_WALKING, "limits_walking", &flag, error))
    return FALSE;
  limber_soreness_set_limits_walking (soreness, flag);

  if (!parse_flag (row, SORENESS_DISTURBS_SLEEP, "disturbs_sleep", &flag, error))
    return FALSE;
  limber_soreness_set_disturbs_sleep (soreness, flag);

  return TRUE;
}

static gboolean
parse_hydration (LimberEntry  *entry,
                 const Row    *row,
                 GError      **error)
{
  g_autofree char *ml = row_dup (row, HYDRATION_ML);
  double value;

  if (*ml == '\0')
    return fail (error, _("Amount is missing"));
  if (!parse_double (ml, &value))
    return fail (error, _("“%s” is not a valid amount in ml"), ml);
  limber_hydration_set_volume (LIMBER_HYDRATION (entry), value);

  return TRUE;
}

/* "calf-roll" or "calf-roll:120". */
static gboolean
parse_move_token (const char        *token,
                  const LimberMove **move,
                  guint             *seconds,
                  GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (token, ":", 2);
  g_autofree char *id = g_ascii_strdown (g_strstrip (parts[0]), -1);

  *seconds = 0;
  if (parts[1] != NULL && !parse_seconds (g_strstrip (parts[1]), seconds))
    return fail (error, _("“%s” is not a valid move: write MOVE or MOVE:SECONDS"), token);

  *move = limber_moves_lookup (id);
  if (*move == NULL)
    return fail (error, _("Move “%s” is not in the move library"), id);

  return TRUE;
}

/* "calf", "calf:left", or for a part without a move "calf:left:300". */
static gboolean
parse_zone_token (const char  *token,
                  LimberZone  *zone,
                  LimberSide  *side,
                  guint       *seconds,
                  GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (token, ":", 3);

  *seconds = 0;
  if (!parse_zone (g_strstrip (parts[0]), zone, error))
    return FALSE;

  *side = default_side (*zone);
  if (parts[1] == NULL)
    return TRUE;
  if (!parse_side (g_strstrip (parts[1]), side, error))
    return FALSE;

  if (parts[2] != NULL && !parse_seconds (g_strstrip (parts[2]), seconds))
    return fail (error,
                 _("“%s” is not a valid zone: write ZONE, ZONE:SIDE or ZONE:SIDE:SECONDS"), token);

  return TRUE;
}

static gboolean
parse_fascia_items (LimberFasciaSession  *session,
                    const Row            *row,
                    GError              **error)
{
  g_auto(GStrv) moves = split_list (row_get (row, FASCIA_MOVES));
  g_auto(GStrv) zones = split_list (row_get (row, FASCIA_ZONES));
  guint n_moves = g_strv_length (moves);
  guint n_zones = g_strv_length (zones);

  if (n_moves > 0 && n_zones > 0 && n_moves != n_zones)
    return fail (error, _("There are %u moves but %u zones: give one zone for each move, or none"),
                 n_moves, n_zones);

  for (guint i = 0; i < MAX (n_moves, n_zones); i++)
    {
      const LimberMove *move = NULL;
      LimberZone zone;
      LimberSide side;
      guint move_seconds = 0;
      guint zone_seconds = 0;

      if (n_moves > 0 && !parse_move_token (moves[i], &move, &move_seconds, error))
        return FALSE;

      if (n_zones > 0)
        {
          if (!parse_zone_token (zones[i], &zone, &side, &zone_seconds, error))
            return FALSE;
          if (move != NULL && zone_seconds != 0)
            return fail (error,
                         _("“%s”: give the seconds of a move after the move, not the zone"),
                         zones[i]);
        }
      else
        {
          if (move->n_zones == 0)
            return fail (error, _("Move “%s” needs a zone in the zones column"), move->id);
          zone = move->zones[0];
          side = default_side (zone);
        }

      limber_fascia_session_add_item (session, move ? move->id : NULL, zone, side,
                                      move ? move_seconds : zone_seconds);
    }

  return TRUE;
}

/* "knee_to_wall:left:before:9.5"; a test not done per side may leave the side out. */
static gboolean
parse_mobility (LimberFasciaSession  *session,
                const Row            *row,
                GError              **error)
{
  g_auto(GStrv) tokens = split_list (row_get (row, FASCIA_MOBILITY));

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (tokens[i], ":", -1);
      guint n = g_strv_length (parts);
      LimberSide side = LIMBER_SIDE_CENTRE;
      gboolean ok = (n == 3 || n == 4);
      gboolean after = FALSE;
      double value = 0;

      for (guint j = 0; j < n; j++)
        {
          char *part = g_strstrip (parts[j]);

          for (char *c = part; *c != '\0'; c++)
            *c = g_ascii_tolower (*c);
        }

      if (ok && n == 4)
        ok = limber_side_from_id (parts[1], &side);
      if (ok)
        {
          const char *when = parts[n - 2];

          after = g_str_equal (when, "after");
          ok = (after || g_str_equal (when, "before")) && parse_double (parts[n - 1], &value);
        }
      if (!ok || *parts[0] == '\0')
        return fail (error,
                     _("“%s” is not a valid mobility result: write TEST:SIDE:before:VALUE or "
                       "TEST:SIDE:after:VALUE"), tokens[i]);

      limber_fascia_session_add_result (session, parts[0], side, after, value);
    }

  return TRUE;
}

static gboolean
parse_fascia (LimberEntry  *entry,
              const Row    *row,
              GError      **error)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (entry);
  g_autofree char *minutes = row_dup (row, FASCIA_MINUTES);
  g_autofree char *kind = row_dup (row, FASCIA_KIND);
  g_autofree char *kind_id = g_ascii_strdown (kind, -1);
  LimberFasciaKind fascia_kind = LIMBER_FASCIA_SELF;
  double value;

  if (*minutes == '\0')
    return fail (error, _("Duration is missing"));
  if (!parse_double (minutes, &value) || value < 0)
    return fail (error, _("“%s” is not a valid number of minutes"), minutes);
  /* Out of range values stay out of range, for the validation to report. */
  limber_fascia_session_set_duration (session, (guint) MIN (round (value * 60.0), G_MAXUINT));

  if (*kind != '\0' && !limber_fascia_kind_from_id (kind_id, &fascia_kind))
    return fail (error, _("“%s” is not a valid kind (self, professional)"), kind);
  limber_fascia_session_set_fascia_kind (session, fascia_kind);

  return parse_fascia_items (session, row, error) && parse_mobility (session, row, error);
}

static const KindInfo kinds[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN] = {
    run_columns, RUN_N_COLUMNS, RUN_NOTES,
    limber_run_get_type, parse_run,
  },
  [LIMBER_ENTRY_KIND_SORENESS] = {
    soreness_columns, SORENESS_N_COLUMNS, SORENESS_NOTES,
    limber_soreness_get_type, parse_soreness,
  },
  [LIMBER_ENTRY_KIND_HYDRATION] = {
    hydration_columns, HYDRATION_N_COLUMNS, HYDRATION_NOTES,
    limber_hydration_get_type, parse_hydration,
  },
  [LIMBER_ENTRY_KIND_FASCIA] = {
    fascia_columns, FASCIA_N_COLUMNS, FASCIA_NOTES,
    limber_fascia_session_get_type, parse_fascia,
  },
};

guint
limber_csv_kind_get_n_columns (LimberEntryKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, 0);

  return kinds[kind].n_columns;
}

/* The columns come in the order of export; uuid, date and time are the first three. */
const char *
limber_csv_kind_get_column (LimberEntryKind  kind,
                            guint            column,
                            gboolean        *required)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);
  g_return_val_if_fail (column < kinds[kind].n_columns, NULL);

  if (required != NULL)
    *required = kinds[kind].columns[column].required;

  return kinds[kind].columns[column].name;
}

/* An entry with the row's values, not yet validated; NULL if a value cannot be read. */
LimberEntry *
limber_csv_parse_row (LimberEntryKind      kind,
                      const LimberCsvRow  *row,
                      GError             **error)
{
  const KindInfo *info;
  g_autoptr(LimberEntry) entry = NULL;

  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);
  g_return_val_if_fail (row != NULL, NULL);

  info = &kinds[kind];
  entry = g_object_new (info->get_type (), NULL);

  if (!parse_common (entry, info, row, error) || !info->parse (entry, row, error))
    return NULL;

  return g_steal_pointer (&entry);
}
