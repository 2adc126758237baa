/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-application.h"
#include "limber-window.h"

/* What the UI test programs share: a real application and window on a real display,
 * with a temporary journal and in-memory settings. */

/* How long a test waits for a window to appear before it fails. */
#define WAIT_SECONDS 10

typedef struct _Fixture Fixture;

typedef struct
{
  const char *path;
  void      (*func) (Fixture *f);
} WindowTest;

struct _Fixture
{
  char              *dir;
  LimberJournal     *journal;
  LimberApplication *app;
  LimberWindow      *window;
  GSettings         *settings;
  const WindowTest  *test;
  gboolean           test_ran;
};

typedef gboolean (*Condition) (gpointer data);

extern gboolean have_display;

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!have_display)                                          \
      {                                                         \
        g_test_skip ("No display; run under Xvfb");             \
        return;                                                 \
      }                                                         \
  } G_STMT_END

void       wait_until          (Condition      condition,
                                gpointer       data);
void       drain               (void);
gboolean   is_mapped           (gpointer       data);
gboolean   is_allocated        (gpointer       data);
gboolean   is_revealed         (gpointer       data);
gboolean   is_null             (gpointer       data);
GtkWindow *find_toplevel       (GType          type);
gboolean   has_toplevel        (gpointer       data);
GtkWindow *wait_for_toplevel   (GType          type);
gpointer   window_child        (gpointer       window,
                                GType          type,
                                const char    *name);
void       destroy_all_windows (void);
void       reset_settings      (GSettings     *settings);
void       remove_dir          (const char    *path);
void       fixture_setup       (Fixture       *f,
                                gconstpointer  data);
void       fixture_teardown    (Fixture       *f,
                                gconstpointer  data);
void       track_window        (Fixture       *f,
                                LimberWindow  *window);
void       run_window_test     (Fixture       *f,
                                gconstpointer  data);
