/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-entry-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "limber-entry-text.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-soreness.h"

/* One-line descriptions of entries, for lists: a title saying what it was and a summary
 * with the details a runner scans for. */

#define NOTES_SNIPPET 60

static const char * const icon_names[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN]       = "limber-run-symbolic",
  [LIMBER_ENTRY_KIND_SORENESS]  = "limber-soreness-symbolic",
  [LIMBER_ENTRY_KIND_HYDRATION] = "limber-water-symbolic",
  [LIMBER_ENTRY_KIND_FASCIA]    = "limber-fascia-symbolic",
};

static const char * const kind_labels[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN]       = N_("Run"),
  [LIMBER_ENTRY_KIND_SORENESS]  = N_("Soreness"),
  [LIMBER_ENTRY_KIND_HYDRATION] = N_("Water"),
  [LIMBER_ENTRY_KIND_FASCIA]    = N_("Fascia session"),
};

static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

/* The first line of the notes, cut at a word near NOTES_SNIPPET characters. */
static char *
notes_snippet (LimberEntry *entry)
{
  const char *notes = limber_entry_get_notes (entry);
  g_autofree char *line = NULL;
  const char *end;

  if (notes == NULL || *notes == '\0')
    return NULL;

  end = strchr (notes, '\n');
  line = end != NULL ? g_strndup (notes, end - notes) : g_strdup (notes);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > NOTES_SNIPPET)
    {
      char *cut = g_utf8_offset_to_pointer (line, NOTES_SNIPPET);
      char *space;

      *cut = '\0';
      space = strrchr (line, ' ');
      if (space != NULL && space > line + NOTES_SNIPPET / 2)
        *space = '\0';
      return g_strconcat (line, "…", NULL);
    }

  return g_steal_pointer (&line);
}

static void
append_time (GString     *text,
             LimberEntry *entry)
{
  g_autofree char *time = NULL;

  if (limber_entry_get_time (entry) < 0)
    return;

  time = limber_time_format (limber_entry_get_time (entry));
  append_part (text, time);
}

/* "42:10" under an hour, "1:05:30" from an hour up. */
static char *
format_duration (double seconds)
{
  gint64 s = (gint64) (seconds + 0.5);

  if (s < 3600)
    return g_strdup_printf ("%d:%02d", (int) (s / 60), (int) (s % 60));

  return g_strdup_printf ("%d:%02d:%02d", (int) (s / 3600), (int) (s / 60 % 60), (int) (s % 60));
}

static char *
run_title (LimberRun   *run,
           LimberUnits  units)
{
  g_autofree char *distance = limber_units_format_distance (units,
                                                            limber_run_get_distance (run));
  const char *kind = limber_run_kind_get_label (limber_run_get_run_kind (run));

  /* Translators: a run's title in lists: a distance, then the kind of run, e.g.
   * "10.0 km · Easy" */
  return g_strdup_printf (_("%s · %s"), distance, kind);
}

static void
run_summary (GString     *text,
             LimberRun   *run,
             LimberUnits  units)
{
  g_autofree char *duration = format_duration (limber_run_get_duration (run));
  g_autofree char *pace = limber_units_format_pace (units, limber_run_get_pace (run));

  append_part (text, duration);
  append_part (text, pace);

  if (limber_run_get_rpe (run) != LIMBER_RPE_UNSET)
    {
      /* Translators: a run's effort in lists, e.g. "Effort 3, moderate" */
      g_autofree char *effort = g_strdup_printf (_("Effort %d, %s"), limber_run_get_rpe (run),
                                                 limber_rpe_get_label (limber_run_get_rpe (run)));
      append_part (text, effort);
    }

  if (limber_run_get_surface (run) != LIMBER_SURFACE_UNSET)
    append_part (text, limber_surface_get_label (limber_run_get_surface (run)));

  /* A flat run's 0 m says nothing worth the room. */
  if (limber_run_has_elevation_gain (run) && limber_run_get_elevation_gain (run) >= 0.5)
    {
      /* Translators: the metres a run climbed, in lists, e.g. "120 m up" */
      g_autofree char *climb = g_strdup_printf (_("%.0f m up"),
                                                limber_run_get_elevation_gain (run));
      append_part (text, climb);
    }

  if (limber_run_has_avg_heart_rate (run))
    {
      /* Translators: a run's average heart rate in beats a minute, in lists, e.g. "148 bpm" */
      g_autofree char *heart_rate = g_strdup_printf (_("%.0f bpm"),
                                                     limber_run_get_avg_heart_rate (run));
      append_part (text, heart_rate);
    }
}

static char *
soreness_title (LimberSoreness *soreness)
{
  g_autofree char *where = limber_zone_side_describe (limber_soreness_get_zone (soreness),
                                                      limber_soreness_get_side (soreness));

  /* Translators: a soreness entry's title, e.g. "Calf (left) · 4/10" */
  return g_strdup_printf (_("%s · %d/10"), where, limber_soreness_get_level (soreness));
}

static void
soreness_summary (GString        *text,
                  LimberSoreness *soreness)
{
  append_part (text, limber_soreness_level_get_label (limber_soreness_get_level (soreness)));
  append_part (text, limber_quality_get_label (limber_soreness_get_quality (soreness)));
  if (limber_soreness_get_limits_walking (soreness))
    append_part (text, _("Limits walking"));
  if (limber_soreness_get_disturbs_sleep (soreness))
    append_part (text, _("Disturbs sleep"));
}

static char *
fascia_title (LimberFasciaSession *session)
{
  guint minutes = (limber_fascia_session_get_duration (session) + 30) / 60;

  if (limber_fascia_session_get_fascia_kind (session) == LIMBER_FASCIA_PROFESSIONAL)
    /* Translators: a professional massage session's title, e.g. "Massage · 45 min" */
    return g_strdup_printf (_("Massage · %u min"), minutes);

  /* Translators: a self-care fascia session's title, e.g. "Fascia session · 20 min" */
  return g_strdup_printf (_("Fascia session · %u min"), minutes);
}

static void
fascia_summary (GString             *text,
                LimberFasciaSession *session)
{
  const LimberFasciaItem *items;
  g_autoptr(GString) moves = g_string_new (NULL);
  guint n_items, shown = 0;

  items = limber_fascia_session_get_items (session, &n_items);

  for (guint i = 0; i < n_items; i++)
    {
      const LimberMove *move = items[i].move_id ? limber_moves_lookup (items[i].move_id) : NULL;
      const char *name = move != NULL ? limber_move_get_name (move)
                                      : limber_zone_get_label (items[i].zone);

      /* The same move on both legs reads once. */
      if (i > 0 && items[i].move_id != NULL && items[i].move_id == items[i - 1].move_id)
        continue;

      if (shown == 3)
        {
          /* Translators: more moves than the list shows */
          g_string_append (moves, _(", …"));
          break;
        }
      if (shown > 0)
        g_string_append (moves, ", ");
      g_string_append (moves, name);
      shown++;
    }

  append_part (text, moves->str);
}

/**
 * limber_entry_format_title:
 *
 * Returns: (transfer full): what the entry was, e.g. "10.0 km · Easy", "Calf (left) · 4/10",
 *   "500 ml", "Fascia session · 20 min"
 */
char *
limber_entry_format_title (LimberEntry *entry,
                           LimberUnits  units)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY (entry), NULL);

  switch (limber_entry_get_kind (entry))
    {
    case LIMBER_ENTRY_KIND_RUN:
      return run_title (LIMBER_RUN (entry), units);
    case LIMBER_ENTRY_KIND_SORENESS:
      return soreness_title (LIMBER_SORENESS (entry));
    case LIMBER_ENTRY_KIND_HYDRATION:
      return limber_units_format_volume (limber_hydration_get_volume (LIMBER_HYDRATION (entry)));
    case LIMBER_ENTRY_KIND_FASCIA:
      return fascia_title (LIMBER_FASCIA_SESSION (entry));
    case LIMBER_N_ENTRY_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * limber_entry_format_summary:
 *
 * Returns: (transfer full): the details on one line: time of day, the kind's details and
 *   the start of the notes, separated by " · "
 */
char *
limber_entry_format_summary (LimberEntry *entry,
                             LimberUnits  units)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *notes = NULL;

  g_return_val_if_fail (LIMBER_IS_ENTRY (entry), NULL);

  append_time (text, entry);

  switch (limber_entry_get_kind (entry))
    {
    case LIMBER_ENTRY_KIND_RUN:
      run_summary (text, LIMBER_RUN (entry), units);
      break;
    case LIMBER_ENTRY_KIND_SORENESS:
      soreness_summary (text, LIMBER_SORENESS (entry));
      break;
    case LIMBER_ENTRY_KIND_HYDRATION:
      break;
    case LIMBER_ENTRY_KIND_FASCIA:
      fascia_summary (text, LIMBER_FASCIA_SESSION (entry));
      break;
    case LIMBER_N_ENTRY_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }

  notes = notes_snippet (entry);
  append_part (text, notes);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
limber_entry_kind_get_icon_name (LimberEntryKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);

  return icon_names[kind];
}

const char *
limber_entry_kind_get_label (LimberEntryKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);

  return _(kind_labels[kind]);
}
