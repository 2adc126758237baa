/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-entry-text.h"
#include "limber-journal-row.h"
#include "limber-week-summary.h"

/* A row of the Journal page: a week's header with its totals, or one entry. */
struct _LimberJournalRow
{
  AdwBin      parent_instance;

  GObject    *item;

  GtkStack   *stack;
  GtkLabel   *week_title;
  GtkLabel   *week_totals;
  GtkImage   *icon;
  GtkLabel   *title;
  GtkLabel   *summary;
  GtkLabel   *day_label;
  GtkButton  *delete_button;
};

G_DEFINE_FINAL_TYPE (LimberJournalRow, limber_journal_row, ADW_TYPE_BIN)

static void
append_part (GString    *text,
             const char *part)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

static void
show_week (LimberJournalRow  *self,
           LimberWeekSummary *week,
           LimberUnits        units,
           LimberDay          today)
{
  const LimberWeekTotals *totals = limber_week_summary_get_totals (week);
  LimberDay monday = totals->week_start;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = NULL;

  if (monday == limber_day_week_start (today))
    title = g_strdup (_("This Week"));
  else if (monday + 7 == limber_day_week_start (today))
    title = g_strdup (_("Last Week"));
  else
    {
      /* Translators: a week's header in the journal, see g_date_time_format(); "Week of 16 November
       * 2026" */
      g_autofree char *date = limber_day_format (monday, _("%e %B %Y"));

      title = g_strdup_printf (_("Week of %s"), g_strstrip (date));
    }

  if (totals->runs > 0)
    {
      g_autofree char *distance = limber_units_format_distance (units, totals->distance);
      g_autofree char *runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs",
                                                            totals->runs),
                                               totals->runs);
      append_part (text, distance);
      append_part (text, runs);
    }
  if (totals->fascia_sessions > 0)
    {
      g_autofree char *fascia = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u fascia session",
                                                              "%u fascia sessions",
                                                              totals->fascia_sessions),
                                                 totals->fascia_sessions);
      append_part (text, fascia);
    }
  if (totals->hydration_days > 0)
    {
      g_autofree char *volume = limber_units_format_volume (totals->hydration /
                                                            totals->hydration_days);
      /* Translators: the average water a day over the days with water logged */
      g_autofree char *water = g_strdup_printf (_("%s water a day"), volume);
      append_part (text, water);
    }
  if (text->len == 0)
    g_string_append (text, _("No runs, fascia sessions or water this week"));

  gtk_label_set_text (self->week_title, title);
  gtk_label_set_text (self->week_totals, text->str);
  gtk_stack_set_visible_child_name (self->stack, "week");
}

static void
show_entry (LimberJournalRow *self,
            LimberEntry      *entry,
            LimberUnits       units,
            LimberDay         today)
{
  LimberEntryKind kind = limber_entry_get_kind (entry);
  g_autofree char *title = limber_entry_format_title (entry, units);
  g_autofree char *summary = limber_entry_format_summary (entry, units);
  g_autofree char *day = NULL;
  g_autofree char *accessible = NULL;

  if (limber_entry_get_day (entry) == today)
    day = g_strdup (_("Today"));
  else if (limber_entry_get_day (entry) + 1 == today)
    day = g_strdup (_("Yesterday"));
  else
    /* Translators: an entry's day in the journal list, see g_date_time_format(); "Tue 17" */
    day = limber_day_format (limber_entry_get_day (entry), _("%a %e"));

  gtk_image_set_from_icon_name (self->icon, limber_entry_kind_get_icon_name (kind));
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary), *summary != '\0');
  gtk_label_set_text (self->day_label, g_strstrip (day));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s",
                                    limber_entry_get_uuid (entry));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "win.delete-entry");

  /* Translators: how a screen reader names an entry: kind, title, day */
  accessible = g_strdup_printf (_("%s: %s, %s"), limber_entry_kind_get_label (kind), title, day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_clear_pointer (&accessible, g_free);
  /* Translators: the delete button of a row, for screen readers: "Delete Run" */
  accessible = g_strdup_printf (_("Delete %s"), limber_entry_kind_get_label (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, "entry");
}

/* The tooltip is given when asked for: setting tooltip-text makes GTK 4.8 ask the X server
 * where the pointer is, for each of the up to 200 rows the Journal page makes when shown. */
static gboolean
on_delete_query_tooltip_cb (GtkWidget  *button,
                            int         x,
                            int         y,
                            gboolean    keyboard_mode,
                            GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, _("Delete"));

  return TRUE;
}

static void
limber_journal_row_dispose (GObject *object)
{
  LimberJournalRow *self = LIMBER_JOURNAL_ROW (object);

  /* The bin's child belongs to the template: let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_JOURNAL_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (limber_journal_row_parent_class)->dispose (object);
}

static void
limber_journal_row_class_init (LimberJournalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_journal_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-journal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, week_title);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, week_totals);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, icon);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, title);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, summary);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_query_tooltip_cb);
}

static void
limber_journal_row_init (LimberJournalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
limber_journal_row_new (void)
{
  return g_object_new (LIMBER_TYPE_JOURNAL_ROW, NULL);
}

/**
 * limber_journal_row_set_item:
 * @item: (nullable): a LimberWeekSummary or a LimberEntry
 */
void
limber_journal_row_set_item (LimberJournalRow *self,
                             GObject          *item,
                             LimberUnits       units,
                             LimberDay         today)
{
  g_return_if_fail (LIMBER_IS_JOURNAL_ROW (self));
  g_return_if_fail (item == NULL || LIMBER_IS_WEEK_SUMMARY (item) || LIMBER_IS_ENTRY (item));

  g_set_object (&self->item, item);

  if (LIMBER_IS_WEEK_SUMMARY (item))
    show_week (self, LIMBER_WEEK_SUMMARY (item), units, today);
  else if (LIMBER_IS_ENTRY (item))
    show_entry (self, LIMBER_ENTRY (item), units, today);
}

GObject *
limber_journal_row_get_item (LimberJournalRow *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL_ROW (self), NULL);

  return self->item;
}

const char *
limber_journal_row_get_title (LimberJournalRow *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL_ROW (self), NULL);

  return LIMBER_IS_WEEK_SUMMARY (self->item) ? gtk_label_get_text (self->week_title)
                                             : gtk_label_get_text (self->title);
}

const char *
limber_journal_row_get_summary (LimberJournalRow *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL_ROW (self), NULL);

  return LIMBER_IS_WEEK_SUMMARY (self->item) ? gtk_label_get_text (self->week_totals)
                                             : gtk_label_get_text (self->summary);
}
