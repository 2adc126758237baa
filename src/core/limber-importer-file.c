/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-importer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "limber-csv.h"
#include "limber-fit.h"
#include "limber-gpx.h"
#include "limber-import-private.h"
#include "limber-importer-private.h"
#include "limber-run.h"
#include "limber-tcx.h"

/* Importing one unit: the bytes of a file (or of an export's member) become an activity,
 * the activity a run, and the run goes into the journal with its track in one
 * transaction, unless the journal has it already. Every outcome is counted. */

/* Two runs are the same when they started this close and went this far alike. */
#define DUPLICATE_SECONDS 60
#define DUPLICATE_DISTANCE 0.02

static void
unit_done (LimberImportContext *context)
{
  context->summary->done++;
  if (context->progress != NULL)
    context->progress (context->progress_data);
}

void
limber_import_unit_failed (LimberImportContext *context,
                           const char          *display_name,
                           const GError        *error)
{
  g_autofree char *prefix = g_strdup_printf ("%s:", display_name);
  char *reason;

  /* CSV messages name the file and line already ("runs.csv:3: ..."). */
  if (g_str_has_prefix (error->message, prefix))
    reason = g_strdup (error->message);
  else
    reason = g_strdup_printf ("%s: %s", display_name, error->message);

  g_ptr_array_add (context->summary->failures, reason);
  context->summary->failed++;
  unit_done (context);
}

void
limber_import_unit_skipped (LimberImportContext *context)
{
  context->summary->skipped++;
  unit_done (context);
}

static LimberRun *
run_from_activity (LimberImportContext  *context,
                   LimberActivity       *activity,
                   GError              **error)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(LimberRun) run = NULL;
  double duration, climb, heart_rate;

  if (activity->start == NULL)
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The file holds no times, so Limber cannot tell when the run "
                             "took place"));
      return NULL;
    }

  duration = activity->moving_time > 0 ? activity->moving_time : activity->elapsed_time;
  if (!(duration > 0))
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The file holds too few times to tell how long the run lasted"));
      return NULL;
    }

  if (!(activity->distance > 0))
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_NO_DATA,
                           _("The file holds no distance and no track to measure one on"));
      return NULL;
    }

  local = g_date_time_to_timezone (activity->start, context->zone);
  if (local == NULL)
    {
      g_set_error_literal (error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_INVALID,
                           _("The start time of the run is out of range"));
      return NULL;
    }

  run = limber_run_new ();
  limber_entry_set_day (LIMBER_ENTRY (run), limber_day_from_date_time (local));
  limber_entry_set_time (LIMBER_ENTRY (run),
                         g_date_time_get_hour (local) * 3600 +
                         g_date_time_get_minute (local) * 60 + g_date_time_get_second (local));
  limber_entry_set_notes (LIMBER_ENTRY (run), activity->name);
  limber_run_set_distance (run, round (activity->distance * 10.0) / 10.0);
  limber_run_set_duration (run, round (duration));
  limber_run_set_run_kind (run, activity->run_kind);
  limber_run_set_surface (run, activity->surface);
  if (activity->rpe != LIMBER_RPE_UNSET)
    limber_run_set_rpe (run, activity->rpe);

  /* To the metre and the beat, as a watch shows them. A figure no run can have (a
   * barometer gone wild, a strap that lost contact) is left unknown rather than costing
   * the run. */
  climb = round (activity->ascent);
  if (climb >= 0 && climb <= LIMBER_RUN_MAX_ELEVATION_GAIN_M)      /* FALSE for NAN */
    limber_run_set_elevation_gain (run, climb);
  heart_rate = round (activity->heart_rate);
  if (heart_rate >= LIMBER_RUN_MIN_HEART_RATE && heart_rate <= LIMBER_RUN_MAX_HEART_RATE)
    limber_run_set_avg_heart_rate (run, heart_rate);

  if (!limber_entry_validate (LIMBER_ENTRY (run),
                              limber_journal_get_today (context->journal), error))
    return NULL;

  return g_steal_pointer (&run);
}

/* A run the journal has already: started within a minute of this one (or, for a run kept
 * without a time of day, on the same day) and within 2 % of its distance. */
static gboolean
is_duplicate (LimberImportContext  *context,
              LimberRun            *run,
              gboolean             *duplicate,
              GError              **error)
{
  g_autoptr(GArray) starts = NULL;
  LimberDay day = limber_entry_get_day (LIMBER_ENTRY (run));
  gint64 start = (gint64) day * 86400 + limber_entry_get_time (LIMBER_ENTRY (run));
  double distance = limber_run_get_distance (run);

  starts = limber_journal_list_run_starts (context->journal, day - 1, day + 1, error);
  if (starts == NULL)
    return FALSE;

  *duplicate = FALSE;
  for (guint i = 0; i < starts->len && !*duplicate; i++)
    {
      const LimberRunStart *other = &g_array_index (starts, LimberRunStart, i);
      gboolean same_start;

      if (other->time >= 0)
        same_start = ABS ((gint64) other->day * 86400 + other->time - start) <= DUPLICATE_SECONDS;
      else
        same_start = other->day == day;

      *duplicate = same_start &&
                   fabs (other->distance - distance) <=
                     DUPLICATE_DISTANCE * MAX (other->distance, distance);
    }

  return TRUE;
}

/**
 * limber_import_activity:
 *
 * Adds @activity as a run with its track, or counts it as skipped (not a run), duplicate
 * or failed.
 */
void
limber_import_activity (LimberImportContext *context,
                        const char          *display_name,
                        LimberActivity      *activity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRun) run = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) tracks = g_ptr_array_new ();
  gboolean duplicate = FALSE;

  if (!limber_activity_is_run (activity))
    {
      limber_import_unit_skipped (context);
      return;
    }

  run = run_from_activity (context, activity, &error);
  if (run == NULL || !is_duplicate (context, run, &duplicate, &error))
    {
      limber_import_unit_failed (context, display_name, error);
      return;
    }

  if (duplicate)
    {
      context->summary->duplicates++;
      unit_done (context);
      return;
    }

  g_ptr_array_add (entries, run);
  g_ptr_array_add (tracks, activity->points->len >= 2 ? activity->points : NULL);
  if (!limber_journal_add_many_with_tracks (context->journal, entries, tracks, &error))
    {
      limber_import_unit_failed (context, display_name, error);
      return;
    }

  context->summary->imported++;
  unit_done (context);
}

static void
import_csv (LimberImportContext *context,
            const char          *display_name,
            const char          *file_name,
            GBytes              *bytes)
{
  g_autoptr(GError) error = NULL;
  LimberCsvSummary csv = { 0 };
  LimberEntryKind kind;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!limber_csv_kind_for_file (file_name, &kind) &&
      !limber_csv_kind_for_data (data, length, &kind))
    {
      g_set_error_literal (&error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_UNKNOWN_KIND,
                           _("Limber cannot tell what this CSV file holds: name it runs.csv, "
                             "soreness.csv, hydration.csv or fascia.csv, or give it the header "
                             "of one of them"));
      limber_import_unit_failed (context, display_name, error);
      return;
    }

  if (!limber_csv_import_data (context->journal, display_name, data, length, kind, &csv,
                               &error))
    {
      limber_import_unit_failed (context, display_name, error);
      return;
    }

  context->summary->imported += csv.imported;
  context->summary->duplicates += csv.already_present;
  unit_done (context);
}

/**
 * limber_import_bytes:
 * @display_name: how messages name the file
 * @file_name: the file's name, which tells its format (".gpx", ".tcx", ".fit", ".csv",
 *   each maybe followed by ".gz")
 * @row: (nullable): the Strava activity the file belongs to
 *
 * Imports one file's contents as one unit.
 */
void
limber_import_bytes (LimberImportContext   *context,
                     const char            *display_name,
                     const char            *file_name,
                     GBytes                *bytes,
                     const LimberStravaRow *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(LimberActivity) activity = NULL;
  g_autofree char *name = g_ascii_strdown (file_name, -1);
  const char *data;
  gsize length;

  if (g_str_has_suffix (name, ".gz"))
    {
      const guint8 *packed;
      gsize packed_length;

      packed = g_bytes_get_data (bytes, &packed_length);
      plain = limber_gunzip (packed, packed_length, &error);
      if (plain == NULL)
        {
          limber_import_unit_failed (context, display_name, error);
          return;
        }
      name[strlen (name) - 3] = '\0';
    }
  else
    plain = g_bytes_ref (bytes);

  data = g_bytes_get_data (plain, &length);

  if (g_str_has_suffix (name, ".csv") && row == NULL)
    {
      import_csv (context, display_name, name, plain);
      return;
    }

  if (g_str_has_suffix (name, ".gpx"))
    activity = limber_gpx_read (data, length, &error);
  else if (g_str_has_suffix (name, ".tcx"))
    activity = limber_tcx_read (data, length, &error);
  else if (g_str_has_suffix (name, ".fit"))
    activity = limber_fit_read (data, length, &error);
  else
    g_set_error_literal (&error, LIMBER_IMPORT_ERROR, LIMBER_IMPORT_ERROR_UNSUPPORTED,
                         _("Limber reads GPX, TCX, FIT and CSV files (also gzip-compressed) "
                           "and Strava exports, and this is none of them"));

  if (activity == NULL)
    {
      limber_import_unit_failed (context, display_name, error);
      return;
    }

  if (row != NULL)
    limber_strava_apply_row (row, activity);

  limber_import_activity (context, display_name, activity);
}
