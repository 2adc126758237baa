/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "limber-csv-private.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* Entries as CSV rows. Numbers are written in the C locale, with as many decimals as
 * reading them back needs; fields are quoted only when they must be. */

typedef void (*WriteFunc) (LimberEntry  *entry,
                           char        **cells);

/* The shortest fixed-point form, with at least min_decimals, that reads back as the same
 * number. */
static char *
format_number (double value,
               int    min_decimals)
{
  char buffer[64];

  for (int decimals = min_decimals; decimals <= 17; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup (buffer);
}

/* Whole seconds as minutes: four decimals are enough to get the seconds back. */
static char *
format_minutes (guint seconds)
{
  char buffer[64];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.4f", seconds / 60.0);
  end = buffer + strlen (buffer);
  while (end[-1] == '0')
    *--end = '\0';
  if (end[-1] == '.')
    end[-1] = '\0';

  return g_strdup (buffer);
}

static char *
format_duration (double seconds)
{
  /* H:MM:SS holds whole seconds; a fractional duration is written in minutes, which
   * limber_duration_parse () also reads, so that nothing is lost. */
  if (fabs (seconds - round (seconds)) < 1e-9)
    return limber_duration_format (seconds);

  return format_number (seconds / 60.0, 0);
}

static void
write_common (LimberEntry  *entry,
              char        **cells)
{
  int time = limber_entry_get_time (entry);

  cells[LIMBER_CSV_COLUMN_UUID] = g_strdup (limber_entry_get_uuid (entry));
  cells[LIMBER_CSV_COLUMN_DATE] = limber_day_to_iso (limber_entry_get_day (entry));
  cells[LIMBER_CSV_COLUMN_TIME] = time >= 0 ? limber_time_format (time) : NULL;
}

static void
write_run (LimberEntry  *entry,
           char        **cells)
{
  LimberRun *run = LIMBER_RUN (entry);
  int rpe = limber_run_get_rpe (run);

  cells[RUN_DISTANCE] = format_number (limber_run_get_distance (run) / 1000.0, 3);
  cells[RUN_DURATION] = format_duration (limber_run_get_duration (run));
  cells[RUN_RPE] = rpe != LIMBER_RPE_UNSET ? g_strdup_printf ("%d", rpe) : NULL;
  cells[RUN_KIND] = g_strdup (limber_run_kind_to_id (limber_run_get_run_kind (run)));
  cells[RUN_SURFACE] = g_strdup (limber_surface_to_id (limber_run_get_surface (run)));
  if (limber_run_has_temperature (run))
    cells[RUN_TEMPERATURE] = format_number (limber_run_get_temperature (run), 0);
  cells[RUN_SHOES] = g_strdup (limber_run_get_shoes (run));
  cells[RUN_NOTES] = g_strdup (limber_entry_get_notes (entry));
  if (limber_run_has_elevation_gain (run))
    cells[RUN_ELEVATION_GAIN] = format_number (limber_run_get_elevation_gain (run), 0);
  if (limber_run_has_avg_heart_rate (run))
    cells[RUN_AVG_HEART_RATE] = format_number (limber_run_get_avg_heart_rate (run), 0);
}

static void
write_soreness (LimberEntry  *entry,
                char        **cells)
{
  LimberSoreness *soreness = LIMBER_SORENESS (entry);

  cells[SORENESS_ZONE] = g_strdup (limber_zone_to_id (limber_soreness_get_zone (soreness)));
  cells[SORENESS_SIDE] = g_strdup (limber_side_to_id (limber_soreness_get_side (soreness)));
  cells[SORENESS_LEVEL] = g_strdup_printf ("%d", limber_soreness_get_level (soreness));
  cells[SORENESS_QUALITY] =
    g_strdup (limber_quality_to_id (limber_soreness_get_quality (soreness)));
  cells[SORENESS_LIMITS_WALKING] =
    g_strdup (limber_soreness_get_limits_walking (soreness) ? "yes" : "no");
  cells[SORENESS_DISTURBS_SLEEP] =
    g_strdup (limber_soreness_get_disturbs_sleep (soreness) ? "yes" : "no");
  cells[SORENESS_NOTES] = g_strdup (limber_entry_get_notes (entry));
}

static void
write_hydration (LimberEntry  *entry,
                 char        **cells)
{
  cells[HYDRATION_ML] = format_number (limber_hydration_get_volume (LIMBER_HYDRATION (entry)), 0);
  cells[HYDRATION_NOTES] = g_strdup (limber_entry_get_notes (entry));
}

static void
write_fascia (LimberEntry  *entry,
              char        **cells)
{
  LimberFasciaSession *session = LIMBER_FASCIA_SESSION (entry);
  g_autoptr(GString) moves = g_string_new (NULL);
  g_autoptr(GString) zones = g_string_new (NULL);
  g_autoptr(GString) mobility = g_string_new (NULL);
  const LimberFasciaItem *items;
  const LimberMobilityResult *results;
  guint n_items, n_results;

  items = limber_fascia_session_get_items (session, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      const char *separator = i > 0 ? ";" : "";

      if (items[i].move_id != NULL)
        {
          g_string_append_printf (moves, "%s%s", separator, items[i].move_id);
          if (items[i].seconds != 0)
            g_string_append_printf (moves, ":%u", items[i].seconds);
        }

      g_string_append_printf (zones, "%s%s:%s", separator, limber_zone_to_id (items[i].zone),
                              limber_side_to_id (items[i].side));
      if (items[i].move_id == NULL && items[i].seconds != 0)
        g_string_append_printf (zones, ":%u", items[i].seconds);
    }

  results = limber_fascia_session_get_results (session, &n_results);
  for (guint i = 0; i < n_results; i++)
    {
      g_autofree char *value = format_number (results[i].value, 0);

      g_string_append_printf (mobility, "%s%s:%s:%s:%s", i > 0 ? ";" : "", results[i].test_id,
                              limber_side_to_id (results[i].side),
                              results[i].after ? "after" : "before", value);
    }

  cells[FASCIA_MINUTES] = format_minutes (limber_fascia_session_get_duration (session));
  cells[FASCIA_KIND] =
    g_strdup (limber_fascia_kind_to_id (limber_fascia_session_get_fascia_kind (session)));
  cells[FASCIA_MOVES] = g_string_free (g_steal_pointer (&moves), FALSE);
  cells[FASCIA_ZONES] = g_string_free (g_steal_pointer (&zones), FALSE);
  cells[FASCIA_NOTES] = g_strdup (limber_entry_get_notes (entry));
  cells[FASCIA_MOBILITY] = g_string_free (g_steal_pointer (&mobility), FALSE);
}

static void
append_field (GString    *out,
              const char *text)
{
  gsize length = strlen (text);

  if (strpbrk (text, ",\"\r\n") == NULL &&
      (length == 0 || (!g_ascii_isspace (text[0]) && !g_ascii_isspace (text[length - 1]))))
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const WriteFunc writers[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN]       = write_run,
  [LIMBER_ENTRY_KIND_SORENESS]  = write_soreness,
  [LIMBER_ENTRY_KIND_HYDRATION] = write_hydration,
  [LIMBER_ENTRY_KIND_FASCIA]    = write_fascia,
};

void
limber_csv_write_header (LimberEntryKind  kind,
                         GString         *out)
{
  g_return_if_fail (kind < LIMBER_N_ENTRY_KINDS);
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < limber_csv_kind_get_n_columns (kind); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, limber_csv_kind_get_column (kind, i, NULL));
    }
  g_string_append_c (out, '\n');
}

void
limber_csv_write_entry (LimberEntry *entry,
                        GString     *out)
{
  char *cells[LIMBER_CSV_MAX_COLUMNS] = { NULL, };
  LimberEntryKind kind;

  g_return_if_fail (LIMBER_IS_ENTRY (entry));
  g_return_if_fail (out != NULL);

  kind = limber_entry_get_kind (entry);
  write_common (entry, cells);
  writers[kind] (entry, cells);

  for (guint i = 0; i < limber_csv_kind_get_n_columns (kind); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, cells[i] ? cells[i] : "");
      g_free (cells[i]);
    }
  g_string_append_c (out, '\n');
}
