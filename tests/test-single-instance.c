/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-single-instance"

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "limber-application.h"
#include "limber-fault.h"

/* The real `limber` (its path is the first argument) runs on a private session bus. A second
 * `limber` started meanwhile hands over to the first, which shows the window it has rather
 * than a second one, and exits at once without opening the journal. Needs a display and
 * dbus-daemon; skips, saying which is missing, without them. */

#define WAIT_SECONDS 20
#define OBJECT_PATH "/io/github/limberjournal/Limber"

static const char *limber_exe;

typedef struct
{
  GPid pid;
  int  status;
  gboolean exited;
} Child;

static void
spawn_limber (Child *child)
{
  const char *argv[] = { limber_exe, NULL };
  g_autoptr(GError) error = NULL;

  child->exited = FALSE;
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &child->pid,
                 &error);
  g_assert_no_error (error);
}

/* TRUE once @child has exited; its wait status is then in child->status. */
static gboolean
has_exited (Child *child)
{
  if (!child->exited && waitpid (child->pid, &child->status, WNOHANG) == child->pid)
    {
      child->exited = TRUE;
      g_spawn_close_pid (child->pid);
    }

  return child->exited;
}

static void
wait_for_exit (Child      *child,
               const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!has_exited (child))
    {
      if (g_get_monotonic_time () > deadline)
        {
          kill (child->pid, SIGKILL);
          g_error ("%s did not exit within %d seconds", what, WAIT_SECONDS);
        }
      g_usleep (20000);
    }

  if (!WIFEXITED (child->status) || WEXITSTATUS (child->status) != 0)
    g_error ("%s did not exit cleanly (wait status %d)", what, child->status);
}

static gboolean
name_has_owner (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &owned);

  return owned;
}

/* The windows the running Limber has: GtkApplication puts one object on the bus for each. */
static guint
count_windows (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;
  guint n = 0;

  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, OBJECT_PATH "/window",
                                       "org.freedesktop.DBus.Introspectable", "Introspect",
                                       NULL, G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(&s)", &xml);
  node = g_dbus_node_info_new_for_xml (xml, &error);
  g_assert_no_error (error);

  while (node->nodes != NULL && node->nodes[n] != NULL)
    n++;

  return n;
}

/* Waits until the first Limber owns its name on the bus and shows a window. */
static void
wait_for_first (GDBusConnection *bus,
                Child           *first)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!name_has_owner (bus) || count_windows (bus) == 0)
    {
      g_assert_false (has_exited (first));
      if (g_get_monotonic_time () > deadline)
        {
          kill (first->pid, SIGKILL);
          g_error ("The first Limber showed no window within %d seconds", WAIT_SECONDS);
        }
      g_usleep (50000);
    }
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
make_default_journal (void)
{
  g_autofree char *path = limber_journal_get_default_path ();
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  limber_journal_set_today (journal, limber_day_from_ymd (FAULT_TODAY_YMD));
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (entries, fault_entry_new (1, i));
  g_assert_true (limber_journal_add_many (journal, entries, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static void
test_second_activates_first (void)
{
  g_autoptr(GTestDBus) test_bus = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *daemon = g_find_program_in_path ("dbus-daemon");
  g_autofree char *path = limber_journal_get_default_path ();
  g_autofree char *display = NULL;
  g_autoptr(LimberJournal) journal = NULL;
  LimberApplication *second;
  char *argv[] = { (char *) "limber", NULL };
  guint second_started = 0;
  Child first, third;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run under Xvfb");
      return;
    }
  if (daemon == NULL)
    {
      g_test_skip ("No dbus-daemon for a session bus: install the dbus package");
      return;
    }

  make_default_journal ();

  /* A session bus of our own; the Limbers started from here use it. GTestDBus unsets DISPLAY
   * (against X11 autolaunch): they need it back. */
  display = g_strdup (g_getenv ("DISPLAY"));
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  spawn_limber (&first);
  wait_for_first (bus, &first);
  g_assert_cmpuint (count_windows (bus), ==, 1);

  /* A second start, in this process: it hands over and never opens the journal. */
  second = limber_application_new ();
  g_signal_connect (second, "startup", G_CALLBACK (count_cb), &second_started);
  g_assert_cmpint (g_application_run (G_APPLICATION (second), 1, argv), ==, 0);
  g_assert_cmpuint (second_started, ==, 0);
  g_assert_null (limber_application_get_journal (LIMBER_APPLICATION (second)));
  g_assert_finalize_object (second);

  /* A third, as a user starts it: it exits at once, and the first shows the window it has. */
  spawn_limber (&third);
  wait_for_exit (&third, "The second limber");
  g_assert_false (has_exited (&first));
  g_assert_cmpuint (count_windows (bus), ==, 1);

  /* Quit the first, as its menu does. */
  g_dbus_connection_call_sync (bus, APPLICATION_ID, OBJECT_PATH, "org.gtk.Actions", "Activate",
                               g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                               G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  wait_for_exit (&first, "The first limber");

  g_clear_object (&bus);
  g_test_dbus_down (test_bus);

  /* The journal is whole and holds what it held. */
  journal = limber_journal_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limber_journal_count (journal, LIMBER_ENTRY_KINDS_ALL), ==, 3);
  g_assert_finalize_object (g_steal_pointer (&journal));
  fault_assert_sound (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("limber-test-data-XXXXXX", NULL);
  int status;

  /* The default journal in a data folder of our own, set before GLib reads it; the
   * Limbers started from here inherit it. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: %s PATH-TO-LIMBER", argv[0]);
  limber_exe = argv[1];

  g_test_add_func ("/limber/single-instance/second-activates-first",
                   test_second_activates_first);

  status = g_test_run ();
  fault_remove_tree (data_home);

  return status;
}
