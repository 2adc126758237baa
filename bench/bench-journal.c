/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the journal the benchmarks share: YEARS of a run, soreness, water (3 to 6 entries)
 * and a fascia session on every day, up to today, made by limber_sample_generate_daily ().
 * YEARS 0 writes an empty journal. A separate program, so that the benchmarks that start
 * Limber or measure memory do not carry the generated entries in their own memory.
 *
 *   bench-journal PATH YEARS
 */
#include "config.h"

#include <stdlib.h>

#include "limber-sample.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint years;

  if (argc != 3)
    {
      g_printerr ("usage: bench-journal PATH YEARS\n");
      return 2;
    }

  years = atoi (argv[2]);
  journal = limber_journal_open (argv[1], &error);
  if (journal == NULL)
    {
      g_printerr ("bench-journal: %s\n", error->message);
      return 1;
    }

  if (years > 0)
    {
      entries = limber_sample_generate_daily (52 * years + years / 4, 1, limber_day_today ());
      if (!limber_journal_add_many (journal, entries, &error))
        {
          g_printerr ("bench-journal: %s\n", error->message);
          return 1;
        }
    }

  g_print ("%u\n", entries != NULL ? entries->len : 0);

  return 0;
}
