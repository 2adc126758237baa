/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-moves.h"
#include "limber-plan-page-private.h"

/* The top half of the Plan page: the week strip with the days that had fascia work, the
 * sessions still due against the weekly target, and the suggested routine's moves. */

void
limber_plan_page_remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* "2 min", "1 min 30 s", "45 s" */
static char *
format_seconds (guint seconds)
{
  if (seconds < 60)
    return g_strdup_printf (_("%u s"), seconds);
  if (seconds % 60 == 0)
    return g_strdup_printf (_("%u min"), seconds / 60);

  /* Translators: minutes and seconds of a move, "1 min 30 s" */
  return g_strdup_printf (_("%u min %u s"), seconds / 60, seconds % 60);
}

void
limber_plan_page_build_days (LimberPlanPage *self)
{
  for (guint i = 0; i < 7; i++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *weekday = gtk_label_new (NULL);
      GtkWidget *number = gtk_label_new (NULL);
      GtkWidget *mark = gtk_image_new ();

      gtk_widget_add_css_class (cell, "limber-day");
      gtk_widget_add_css_class (weekday, "caption");
      gtk_widget_add_css_class (number, "heading");
      gtk_image_set_pixel_size (GTK_IMAGE (mark), 12);
      gtk_widget_set_size_request (mark, 16, 16);
      gtk_widget_set_halign (mark, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);

      gtk_box_append (GTK_BOX (cell), weekday);
      gtk_box_append (GTK_BOX (cell), number);
      gtk_box_append (GTK_BOX (cell), mark);
      gtk_box_append (self->days_box, cell);

      self->day_cells[i] = cell;
      self->day_marks[i] = GTK_IMAGE (mark);
    }
}

static void
refresh_days (LimberPlanPage *self,
              LimberDay       today)
{
  LimberDay monday = limber_day_week_start (today);
  g_autoptr(GPtrArray) sessions = NULL;
  guint per_day[7] = { 0 };

  sessions = limber_journal_list (self->journal, monday, monday + 6, LIMBER_ENTRY_KINDS_FASCIA,
                                  NULL);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    per_day[limber_entry_get_day (g_ptr_array_index (sessions, i)) - monday]++;

  for (guint i = 0; i < 7; i++)
    {
      LimberDay day = monday + i;
      GtkWidget *cell = self->day_cells[i];
      GtkWidget *weekday = gtk_widget_get_first_child (cell);
      GtkWidget *number = gtk_widget_get_next_sibling (weekday);
      /* Translators: a weekday in the week strip of the Plan page, see g_date_time_format() */
      g_autofree char *weekday_text = limber_day_format (day, _("%a"));
      g_autofree char *number_text = limber_day_format (day, "%-d");
      /* Translators: a day of the week strip for screen readers, see g_date_time_format() */
      g_autofree char *long_day = limber_day_format (day, _("%A %-d %B"));
      g_autofree char *accessible = NULL;

      gtk_label_set_text (GTK_LABEL (weekday), weekday_text);
      gtk_label_set_text (GTK_LABEL (number), number_text);

      gtk_image_set_from_icon_name (self->day_marks[i],
                                    per_day[i] > 0 ? "object-select-symbolic" : NULL);

      if (per_day[i] > 0)
        gtk_widget_add_css_class (cell, "done");
      else
        gtk_widget_remove_css_class (cell, "done");
      if (day == today)
        gtk_widget_add_css_class (cell, "today");
      else
        gtk_widget_remove_css_class (cell, "today");
      if (day > today)
        gtk_widget_add_css_class (cell, "dim-label");
      else
        gtk_widget_remove_css_class (cell, "dim-label");

      if (per_day[i] > 0)
        /* Translators: "Monday 16 November: 1 fascia session" */
        accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u fascia session",
                                                   "%s: %u fascia sessions", per_day[i]),
                                      long_day, per_day[i]);
      else
        /* Translators: "Monday 16 November: no fascia session" */
        accessible = g_strdup_printf (_("%s: no fascia session"), long_day);
      gtk_widget_set_tooltip_text (cell, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
    }
}

void
limber_plan_page_refresh_week (LimberPlanPage             *self,
                               LimberDay                   today,
                               const LimberAdvisorOptions *options,
                               LimberRecommendation       *plan)
{
  LimberDay monday = limber_day_week_start (today);
  g_autoptr(GArray) weeks = NULL;
  /* Translators: the ISO week number, see g_date_time_format() */
  g_autofree char *week = limber_day_format (today, _("Week %V"));
  /* Translators: the first day of a week, see g_date_time_format() */
  g_autofree char *first = limber_day_format (monday, _("%-d %B"));
  /* Translators: the last day of a week, see g_date_time_format() */
  g_autofree char *last = limber_day_format (monday + 6, _("%-d %B"));
  g_autofree char *line = NULL;
  g_autofree char *detail = NULL;
  guint target = MAX (options->weekly_target, 1);
  guint done = 0;

  weeks = limber_journal_weekly_totals (self->journal, monday, monday + 6, NULL);
  if (weeks != NULL && weeks->len > 0)
    done = g_array_index (weeks, LimberWeekTotals, 0).fascia_sessions;

  /* Translators: "Week 47 · 16 November to 22 November" */
  line = g_strdup_printf (_("%s · %s to %s"), week, first, last);
  gtk_label_set_text (self->week_label, line);

  if (plan != NULL)
    gtk_label_set_text (self->due_title, limber_recommendation_get_title (plan));
  else
    gtk_label_set_text (self->due_title, _("This Week"));

  if (done >= target)
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: fascia sessions done this week
                                            * against the weekly target */
                                           "%u of %u session done: the week’s target is reached",
                                           "%u of %u sessions done: the week’s target is reached",
                                           done), done, target);
  else
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u sessions done · %u more due by Sunday",
                                           "%u of %u sessions done · %u more due by Sunday",
                                           target - done), done, target, target - done);
  gtk_label_set_text (self->due_detail, detail);
  gtk_level_bar_set_value (self->due_bar, MIN (1.0, (double) done / target));

  refresh_days (self, today);
}

static GtkWidget *
make_move_row (const LimberRoutineMove *moves,
               guint                    n)
{
  const LimberMove *move = limber_moves_lookup (moves[0].move_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time_label;
  g_autofree char *where = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *time = NULL;
  guint seconds = 0;

  for (guint i = 0; i < n; i++)
    seconds += moves[i].seconds;

  if (n == 2)
    {
      g_autofree char *each = format_seconds (moves[0].seconds);

      /* Translators: a zone and the time of a move done on each side, "Calf · 1 min 30 s
       * each side" */
      subtitle = g_strdup_printf (_("%s · %s each side"), limber_zone_get_label (moves[0].zone),
                                  each);
    }
  else
    subtitle = limber_zone_side_describe (moves[0].zone, moves[0].side);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 move != NULL ? limber_move_get_name (move) : moves[0].move_id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  time = format_seconds (seconds);
  time_label = gtk_label_new (time);
  gtk_widget_add_css_class (time_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "limber-move-id", (gpointer) moves[0].move_id);

  return row;
}

void
limber_plan_page_refresh_routine (LimberPlanPage       *self,
                                  LimberRecommendation *plan)
{
  const LimberRoutineMove *moves = NULL;
  guint n_moves = 0;
  guint total;
  g_autofree char *start = NULL;
  g_autofree char *total_text = NULL;
  GtkWidget *total_row;
  GtkWidget *total_label;

  limber_plan_page_remove_children (GTK_WIDGET (self->routine_list));

  if (plan != NULL)
    moves = limber_recommendation_get_moves (plan, &n_moves);

  /* A move done on each side in turn is one row. */
  for (guint i = 0; i < n_moves;)
    {
      guint n = 1;

      if (i + 1 < n_moves && moves[i + 1].move_id == moves[i].move_id &&
          moves[i].side == LIMBER_SIDE_LEFT && moves[i + 1].side == LIMBER_SIDE_RIGHT)
        n = 2;

      gtk_list_box_append (self->routine_list, make_move_row (moves + i, n));
      i += n;
    }

  total = plan != NULL ? limber_recommendation_get_total_seconds (plan) : 0;
  total_text = g_strdup_printf (_("%u min"), (total + 30) / 60);

  total_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (total_row),
                                 n_moves > 0 ? _("Total") : _("No move fits this week"));
  total_label = gtk_label_new (total_text);
  gtk_widget_add_css_class (total_label, "heading");
  gtk_widget_add_css_class (total_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (total_row), total_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (total_row), FALSE);
  gtk_widget_add_css_class (total_row, "limber-total-row");
  gtk_list_box_append (self->routine_list, total_row);

  gtk_label_set_text (self->routine_note,
                      plan != NULL ? limber_recommendation_get_detail (plan) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->routine_note), plan != NULL);

  /* Translators: the Start button with the routine's length, "_Start · 12 min" */
  start = g_strdup_printf (_("_Start · %s"), total_text);
  gtk_label_set_text_with_mnemonic (self->start_label, start);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), n_moves > 0);
}
