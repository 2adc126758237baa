/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-date-row-test"

#include "config.h"

#include "limber-date-row-test.h"

/* A part of a LimberDateRow: "button", "popover", "calendar", "message_label". */
gpointer
date_row_child (gpointer    row,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (row), LIMBER_TYPE_DATE_ROW, name);

  g_assert_nonnull (child);
  return child;
}

/* What a click on @day in the row's calendar does, and what follows it. */
void
date_row_pick (gpointer  row,
               LimberDay day)
{
  g_autoptr(GDateTime) date = limber_day_to_date_time (day);

  gtk_calendar_select_day (date_row_child (row, "calendar"), date);
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The row refused a pick: it still has and shows @kept, and says @message by its calendar. */
void
date_row_assert_refused (gpointer    row,
                         LimberDay   kept,
                         const char *message)
{
  g_autofree char *label = limber_day_format (kept, "%a %-d %b %Y");
  GtkLabel *refusal = date_row_child (row, "message_label");

  g_assert_cmpuint (limber_date_row_get_day (row), ==, kept);
  g_assert_cmpstr (gtk_menu_button_get_label (date_row_child (row, "button")), ==, label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (refusal)));
  g_assert_cmpstr (gtk_label_get_label (refusal), ==, message);
}
