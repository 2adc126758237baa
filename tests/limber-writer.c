/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-writer"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "limber-fault.h"

/* The child process of test-power-loss: opens the journal JOURNAL and adds the entries of
 * writer GENERATION (see fault_entry_new ()), one by one and in batches, until it is killed.
 * Only once an add has returned TRUE does it write the UUIDs it stored to stdout, one per
 * line, in a single write() of less than PIPE_BUF bytes: a pipe takes it whole or not at all,
 * so the parent never reads part of a report. */

static void
report (const GString *text)
{
  gsize done = 0;

  while (done < text->len)
    {
      gssize n = write (STDOUT_FILENO, text->str + done, text->len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        exit (4);
      done += n;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  guint generation;
  guint index = 0;

  if (argc != 3)
    {
      g_printerr ("usage: %s JOURNAL GENERATION\n", argv[0]);
      return 2;
    }
  generation = g_ascii_strtoull (argv[2], NULL, 10);

  journal = limber_journal_open (argv[1], &error);
  if (journal == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 3;
    }
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));

  for (guint batch = 0; ; batch++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GString) text = g_string_new (NULL);
      guint size = fault_batch_size (generation, batch);
      gboolean ok;

      for (guint i = 0; i < size; i++)
        g_ptr_array_add (entries, fault_entry_new (generation, index++));

      if (size == 1)
        ok = limber_journal_add (journal, entries->pdata[0], &error);
      else
        ok = limber_journal_add_many (journal, entries, &error);

      if (!ok)
        {
          g_printerr ("%s: %s\n", argv[0], error->message);
          return 3;
        }

      for (guint i = 0; i < entries->len; i++)
        g_string_append_printf (text, "%s\n",
                                limber_entry_get_uuid (g_ptr_array_index (entries, i)));
      report (text);
    }
}
