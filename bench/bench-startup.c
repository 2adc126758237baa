/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long Limber takes from exec to the first frame of its window, which shows the
 * Today page with this week's figures, and its peak memory, against bench-bare (an empty
 * AdwApplicationWindow of the same size, built with the same flags) started the same way, in
 * the same run. Limber opens its default journal (XDG_DATA_HOME points at a temporary folder
 * holding a daily journal of YEARS, written by bench-journal); both get the same environment
 * (LIMBER_PROFILE=exit, GSETTINGS_BACKEND=memory and the build's schemas), print the moment of
 * their first frame and close their window then. The two alternate (Limber, bare, Limber, ...)
 * so that load on the machine hits both; the medians of RUNS starts are compared. Each start is
 * a new primary instance on a session bus of the benchmark's own (it runs itself under
 * dbus-run-session when there is no session bus). Needs a display. Not a test.
 * Goal: at most 1.3 times the bare window's time and memory.
 *
 *   bench-startup [--runs=N] [--first-of-day] [--tsv] [YEARS...]   (default: 11 runs; 1 5 10 20)
 *   bench-startup --limber=OTHER/limber ...    to compare another build
 *
 * Limber makes the day's automatic backup (in a worker thread) at its first start of a day, and
 * not at later ones. Only the first start of this benchmark pays it; with --first-of-day every
 * Limber start does, as the first one of each day does.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib-unix.h>

#include "bench-util.h"

#define TIMEOUT_MS 60000
#define PREFIX     "limber-profile: first-frame "
#define GOAL       1.3

typedef struct
{
  double frame_ms;   /* from just before fork () to the first frame */
  double rss_mb;     /* peak resident memory, from wait4 () */
  double cpu_ms;     /* user and system time of the whole run */
} Run;

static int n_runs = 11;
static gboolean first_of_day;
static gboolean tsv;
static char *limber_exe = NULL;
static char *bare_exe = NULL;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &n_runs, "Starts of each program per size (11)", "N" },
  { "first-of-day", 0, 0, G_OPTION_ARG_NONE, &first_of_day,
    "Remove the day's backup before each Limber start, so each one makes it", NULL },
  { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, "Also print the figures as @tsv lines", NULL },
  { "limber", 0, 0, G_OPTION_ARG_FILENAME, &limber_exe, "Another build of Limber to start",
    "PATH" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_exe, "Another baseline program to start",
    "PATH" },
  { NULL }
};

/* Starts @argv, reads the moment of its first frame from its stderr and waits for it to
 * end. FALSE, saying why, when it printed no such moment or failed. */
static gboolean
run_once (const char *const *argv,
          char              **envp,
          Run                *run)
{
  g_autoptr(GString) output = g_string_new (NULL);
  struct rusage usage;
  const char *line;
  gint64 start, frame = 0;
  int fds[2], null_fd, status;
  pid_t pid;

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, NULL) ||
      (null_fd = open ("/dev/null", O_WRONLY | O_CLOEXEC)) < 0)
    g_error ("pipe: %s", g_strerror (errno));

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      dup2 (null_fd, STDOUT_FILENO);
      dup2 (fds[1], STDERR_FILENO);
      execve (argv[0], (char **) argv, envp);
      _exit (127);
    }

  close (fds[1]);
  close (null_fd);

  for (;;)
    {
      struct pollfd poll_fd = { fds[0], POLLIN, 0 };
      char buffer[4096];
      ssize_t n;
      int ready = poll (&poll_fd, 1, TIMEOUT_MS);

      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          g_string_append_printf (output, "(killed after %d s)\n", TIMEOUT_MS / 1000);
          kill (pid, SIGKILL);
          break;
        }

      n = read (fds[0], buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (output, buffer, n);
    }
  close (fds[0]);

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));

  line = strstr (output->str, PREFIX);
  if (line != NULL)
    frame = g_ascii_strtoll (line + strlen (PREFIX), NULL, 10);

  if (frame <= start || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s did not show its first frame and end (status %d):\n%s\n", argv[0], status,
                  output->str);
      return FALSE;
    }

  run->frame_ms = (frame - start) / 1000.0;
  run->rss_mb = usage.ru_maxrss / 1024.0;
  run->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;

  return TRUE;
}

/* A start that fails (a lost race for the bus name, say) is tried twice more. */
static void
run (const char *const *argv,
     char              **envp,
     Run                *result)
{
  for (guint attempt = 0; attempt < 3; attempt++)
    if (run_once (argv, envp, result))
      return;

  g_printerr ("%s failed three times\n", argv[0]);
  exit (1);
}

static char **
make_environment (const char *data_dir)
{
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "LIMBER_PROFILE", "exit", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_dir, TRUE);

  return envp;
}

static void
remove_backups (const char *data_dir)
{
  g_autofree char *folder = g_build_filename (data_dir, "limber", "backups", NULL);

  bench_remove_tree (folder);
}

/* Without a session bus of its own, each start would register on the desktop's, or find none;
 * dbus-run-session gives the benchmark one and ends it afterwards. */
static void
ensure_session_bus (int    argc,
                    char **argv)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *program = NULL;

  if (g_getenv ("BENCH_STARTUP_BUS") != NULL)
    return;

  program = g_find_program_in_path ("dbus-run-session");
  if (program == NULL)
    {
      g_printerr ("bench-startup needs dbus-run-session (apt-get install dbus)\n");
      exit (1);
    }

  g_setenv ("BENCH_STARTUP_BUS", "1", TRUE);
  args = g_ptr_array_new ();
  g_ptr_array_add (args, program);
  g_ptr_array_add (args, "--");
  for (int i = 0; i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);

  execv (program, (char **) args->pdata);
  g_printerr ("Could not run %s: %s\n", program, g_strerror (errno));
  exit (1);
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_years[] = { 1, 5, 10, 20 };
  g_autoptr(GOptionContext) context = g_option_context_new ("[YEARS...]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *tmp = NULL;
  g_autofree char *machine = NULL;
  g_autoptr(GString) table = g_string_new (NULL);
  g_autoptr(GString) tsv_lines = g_string_new (NULL);
  const char *limber_argv[] = { LIMBER_EXE, NULL };
  const char *bare_argv[] = { BENCH_BARE, NULL };
  const char *figure_time, *figure_rss;

  ensure_session_bus (argc, argv);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_runs < 1)
    {
      g_printerr ("bench-startup: %s\n",
                  error != NULL ? error->message : "--runs must be 1 or more");
      return 2;
    }

  if (limber_exe != NULL)
    limber_argv[0] = limber_exe;
  if (bare_exe != NULL)
    bare_argv[0] = bare_exe;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: run it under xvfb-run, or build-aux/bench\n");
      return 77;
    }

  for (int i = 1; i < argc; i++)
    {
      guint y = atoi (argv[i]);

      if (y < 1)
        {
          g_printerr ("bench-startup: YEARS must be 1 or more\n");
          return 2;
        }
      g_array_append_val (years, y);
    }
  if (years->len == 0)
    g_array_append_vals (years, default_years, G_N_ELEMENTS (default_years));

  tmp = g_dir_make_tmp ("limber-bench-startup-XXXXXX", &error);
  g_assert_no_error (error);

  machine = bench_describe_machine ();
  g_print ("Start-up: exec to the first frame (Limber: the Today page), and peak RSS;\n"
           "Limber against bench-bare, alternating, medians of %d starts each%s\n"
           "machine: %s; this driver's own peak RSS %.1f MB (a floor for both: a child's peak "
           "counts the memory it was forked with)\n\n", n_runs,
           first_of_day ? ", each Limber start making the day's backup" : "", machine,
           bench_peak_rss_kb () / 1024.0);

  figure_time = first_of_day ? "start-up, first of the day (vs bare window)"
                             : "start-up to first frame (vs bare window)";
  figure_rss = first_of_day ? "start-up peak RSS, first of the day (vs bare window)"
                            : "start-up peak RSS (vs bare window)";

  g_string_append (table, "| years | entries | Limber ms | bare ms | ratio | Limber MB | "
                          "bare MB | ratio | Limber CPU ms | bare CPU ms |\n"
                          "|------:|--------:|----------:|--------:|------:|----------:|"
                          "--------:|------:|--------------:|------------:|\n");

  for (guint y = 0; y < years->len; y++)
    {
      guint n_years = g_array_index (years, guint, y);
      g_autofree char *name = g_strdup_printf ("%uy", n_years);
      g_autofree char *data_dir = g_build_filename (tmp, name, NULL);
      g_autofree char *journal_dir = g_build_filename (data_dir, "limber", NULL);
      g_autofree char *journal = g_build_filename (journal_dir, "journal.db", NULL);
      g_auto(GStrv) envp = make_environment (data_dir);
      g_autofree double *limber_ms = g_new (double, n_runs);
      g_autofree double *bare_ms = g_new (double, n_runs);
      g_autofree double *limber_mb = g_new (double, n_runs);
      g_autofree double *bare_mb = g_new (double, n_runs);
      g_autofree double *limber_cpu = g_new (double, n_runs);
      g_autofree double *bare_cpu = g_new (double, n_runs);
      double lt, bt, lm, bm;
      guint n_entries;
      Run r;

      g_mkdir_with_parents (journal_dir, 0700);
      n_entries = bench_make_journal (journal, n_years);

      /* Not counted: the first start of each warms the page cache, the fonts, the shader
       * cache and the session's accessibility bus, and (in Limber) makes the day's backup. */
      run (limber_argv, envp, &r);
      run (bare_argv, envp, &r);

      for (int i = 0; i < n_runs; i++)
        {
          if (first_of_day)
            remove_backups (data_dir);
          run (limber_argv, envp, &r);
          limber_ms[i] = r.frame_ms;
          limber_mb[i] = r.rss_mb;
          limber_cpu[i] = r.cpu_ms;

          run (bare_argv, envp, &r);
          bare_ms[i] = r.frame_ms;
          bare_mb[i] = r.rss_mb;
          bare_cpu[i] = r.cpu_ms;
        }

      lt = bench_median (limber_ms, n_runs);
      bt = bench_median (bare_ms, n_runs);
      lm = bench_median (limber_mb, n_runs);
      bm = bench_median (bare_mb, n_runs);
      g_string_append_printf (table, "| %5u | %7u | %9.1f | %7.1f | %5.2f | %9.1f | %7.1f | "
                              "%5.2f | %13.1f | %11.1f |\n", n_years, n_entries, lt, bt, lt / bt,
                              lm, bm, lm / bm, bench_median (limber_cpu, n_runs),
                              bench_median (bare_cpu, n_runs));
      g_string_append_printf (tsv_lines, "@tsv\t%s\t%u\t%.1f\t%.1f\tms\tratio<=%.1f\n",
                              figure_time, n_years, lt, bt, GOAL);
      g_string_append_printf (tsv_lines, "@tsv\t%s\t%u\t%.1f\t%.1f\tMB\tratio<=%.1f\n",
                              figure_rss, n_years, lm, bm, GOAL);

      /* Row by row, so a long run shows progress. */
      g_print ("%s", table->str);
      g_string_truncate (table, 0);
      fflush (stdout);
    }

  g_print ("\nGoal: at most %.1f times the bare window, in time and in memory.\n", GOAL);
  if (tsv)
    g_print ("%s", tsv_lines->str);

  bench_remove_tree (tmp);

  return 0;
}
