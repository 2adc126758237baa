/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-minutes-spin"

#include "config.h"

#include <math.h>

#include "limber-date.h"
#include "limber-minutes-spin.h"

/* The text being typed is read by the form on every change, and by the spin button itself
 * when it takes the value (Enter, focus out). */
static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  gpointer       user_data)
{
  guint seconds;

  if (!limber_minutes_spin_read (spin, &seconds))
    return GTK_INPUT_ERROR;

  *new_value = seconds;
  return TRUE;
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = NULL;

  text = value >= 0.5 ? limber_minutes_format ((guint) lround (value)) : g_strdup ("");
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Call once, before the first value is set. */
void
limber_minutes_spin_setup (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_spin_button_set_digits (spin, 0);
  /* A text that cannot be read goes back to the last good value instead of to 0. */
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), NULL);
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output_cb), NULL);
}

/**
 * limber_minutes_spin_read:
 * @seconds: (out): the time typed, rounded to a second
 *
 * Reads the text as it stands, typed or not yet taken by the spin button. An empty text
 * reads as 0.
 *
 * Returns: FALSE when the text is not a time
 */
gboolean
limber_minutes_spin_read (GtkSpinButton *spin,
                          guint         *seconds)
{
  g_autofree char *text = NULL;
  double value;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), FALSE);
  g_return_val_if_fail (seconds != NULL, FALSE);

  /* "1,5" is one and a half minutes where the comma is the decimal mark. */
  text = g_strdelimit (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))), ",", '.');
  g_strstrip (text);
  if (*text == '\0')
    {
      *seconds = 0;
      return TRUE;
    }

  if (!limber_duration_parse (text, &value) || value > 100 * 3600)
    return FALSE;

  *seconds = (guint) lround (value);
  return TRUE;
}

void
limber_minutes_spin_set (GtkSpinButton *spin,
                         guint          seconds)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  gtk_spin_button_set_value (spin, seconds);
  /* set_value() leaves the text alone when the value does not change. */
  on_spin_output_cb (spin, NULL);
}

/* "1:30" for 90 seconds: minutes and seconds, the way the spin buttons show them. */
char *
limber_minutes_format (guint seconds)
{
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}
