/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-date-row.h"
#include "limber-entry.h"
#include "limber-resources.h"

/* The date of an entry in an editor: a row showing the day on a button that opens a calendar.
 * The user may pick only the days the core accepts for an entry (none in the future, none
 * before LIMBER_EARLIEST_YEAR); a day set by code, such as a stored entry's, is shown as it
 * is, for the editor's validation to judge. "notify::day" tells of every change. */
struct _LimberDateRow
{
  AdwActionRow    parent_instance;

  LimberDay       day;
  LimberDay       today;

  GtkMenuButton  *button;
  GtkPopover     *popover;
  GtkCalendar    *calendar;
  GtkLabel       *message_label;

  guint           syncing : 1;
};

G_DEFINE_FINAL_TYPE (LimberDateRow, limber_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DAY,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The calendar shows the chosen day, without that counting as a pick. */
static void
sync_calendar (LimberDateRow *self)
{
  g_autoptr(GDateTime) date = limber_day_to_date_time (self->day);

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
}

static void
show_day (LimberDateRow *self)
{
  g_autofree char *label = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *full = NULL;

  /* Translators: how an editor shows the date of an entry, see g_date_time_format() */
  /* xgettext:no-c-format */
  label = limber_day_format (self->day, _("%a %-d %b %Y"));
  gtk_menu_button_set_label (self->button, label);

  /* Translators: the date of an entry as a screen reader says it, see g_date_time_format() */
  /* xgettext:no-c-format */
  full = limber_day_format (self->day, _("%A %-d %B %Y"));
  /* Translators: the spoken name of the date button, e.g. "Date: Tuesday 14 May 2024" */
  spoken = g_strdup_printf (_("Date: %s"), full);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);

  sync_calendar (self);
}

static void
on_calendar_day_selected_cb (LimberDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  LimberDay day;

  if (self->syncing)
    return;

  date = gtk_calendar_get_date (self->calendar);
  day = limber_day_from_date_time (date);

  /* A day Save would refuse is refused here, saying why, and the calendar stays open. */
  if (!limber_entry_check_day (day, self->today, &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      sync_calendar (self);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  gtk_popover_popdown (self->popover);
  limber_date_row_set_day (self, day);
}

/* The calendar opens on the chosen day again, not on a month browsed to and left. */
static void
on_popover_closed_cb (LimberDateRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  sync_calendar (self);
}

static void
limber_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_DATE_ROW);

  G_OBJECT_CLASS (limber_date_row_parent_class)->dispose (object);
}

static void
limber_date_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LimberDateRow *self = LIMBER_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;
    case PROP_TODAY:
      g_value_set_uint (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_date_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LimberDateRow *self = LIMBER_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DAY:
      limber_date_row_set_day (self, g_value_get_uint (value));
      break;
    case PROP_TODAY:
      limber_date_row_set_today (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_date_row_class_init (LimberDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_date_row_dispose;
  object_class->get_property = limber_date_row_get_property;
  object_class->set_property = limber_date_row_set_property;

  /**
   * LimberDateRow:day:
   *
   * The day shown and picked (a LimberDay).
   */
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL,
                       1, G_MAXUINT32, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LimberDateRow:today:
   *
   * The latest day the user may pick (a LimberDay): the journal's today. The system's
   * today until set.
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       1, G_MAXUINT32, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources live in a static library: referring to them keeps them linked in. */
  (void) limber_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, LimberDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, LimberDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberDateRow, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_closed_cb);
}

static void
limber_date_row_init (LimberDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = limber_day_today ();
  self->day = self->today;
  show_day (self);
}

GtkWidget *
limber_date_row_new (void)
{
  return g_object_new (LIMBER_TYPE_DATE_ROW, NULL);
}

LimberDay
limber_date_row_get_day (LimberDateRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DATE_ROW (self), LIMBER_DAY_INVALID);

  return self->day;
}

/* Any valid day: a stored entry's is shown as it is, even out of the range a user may pick. */
void
limber_date_row_set_day (LimberDateRow *self,
                         LimberDay      day)
{
  g_return_if_fail (LIMBER_IS_DATE_ROW (self));
  g_return_if_fail (g_date_valid_julian (day));

  if (day == self->day)
    return;

  self->day = day;
  show_day (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

LimberDay
limber_date_row_get_today (LimberDateRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DATE_ROW (self), LIMBER_DAY_INVALID);

  return self->today;
}

void
limber_date_row_set_today (LimberDateRow *self,
                           LimberDay      today)
{
  g_return_if_fail (LIMBER_IS_DATE_ROW (self));
  g_return_if_fail (g_date_valid_julian (today));

  if (today == self->today)
    return;

  self->today = today;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}
