/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "limber-application.h"
#include "limber-backup.h"
#include "limber-cli.h"
#include "limber-preferences-window.h"
#include "limber-resources.h"
#include "limber-application-private.h"
#include "limber-window.h"


G_DEFINE_FINAL_TYPE (LimberApplication, limber_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the journal file PATH instead of the default one"), N_("PATH") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Import PATH (GPX, TCX, FIT or CSV files, folders, Strava exports) without opening a "
       "window (repeatable)"), N_("PATH") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the journal into the folder DIR without opening a window"), N_("DIR") },
  { "export-gpx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write each run that has a track as a GPX file into the folder DIR"), N_("DIR") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the journal to the new file FILE without opening a window"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Put the backup FILE in place of the journal, keeping the journal aside"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a temporary journal filled with 12 weeks of sample data"), NULL },
  { "recommend", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the recommendations for the journal without opening a window"), NULL },
  { "today", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --recommend: judge as on the day DATE (YYYY-MM-DD)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --recommend: print JSON instead of text"), NULL },
  { NULL }
};

/* In the order of the color-scheme enum in the schema: default, light, dark. */
static const AdwColorScheme color_schemes[] = {
  ADW_COLOR_SCHEME_DEFAULT,
  ADW_COLOR_SCHEME_FORCE_LIGHT,
  ADW_COLOR_SCHEME_FORCE_DARK,
};

/* What the command line asked for that needs no window. */
typedef struct
{
  gboolean            demo;
  const char         *database;
  const char * const *import_paths;
  const char         *export_dir;
  const char         *export_gpx_dir;
  const char         *backup_path;
  gboolean            recommend;
  LimberDay           today;
  gboolean            json;
} HeadlessRequest;

/* The advisor's settings from Preferences when the schema is installed, else the defaults:
 * the command line must work on a machine where Limber only was built. */
static void
load_advisor_options (LimberAdvisorOptions *options)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *next_race = NULL;

  limber_advisor_options_init (options);

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)))
    return;

  settings = g_settings_new (APPLICATION_ID);
  options->weekly_target = g_settings_get_uint (settings, "weekly-fascia-target");
  options->daily_water_ml = g_settings_get_double (settings, "daily-water-target") * 1000.0;
  options->miles = g_settings_get_enum (settings, "units") == 1;

  next_race = g_settings_get_string (settings, "next-race");
  if (*next_race != '\0' && !limber_day_parse_iso (next_race, &options->next_race))
    g_warning ("Ignoring the next-race setting “%s”: it is not a YYYY-MM-DD date", next_race);
}

/* Backup, import, export and recommendations without a display; returns the exit status. */
static int
run_headless (const HeadlessRequest *request)
{
  gboolean demo = request->demo;
  const char *database = request->database;
  const char * const *import_paths = request->import_paths;
  const char *export_dir = request->export_dir;
  g_autoptr(LimberJournal) journal = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  gboolean ok;

  if (demo)
    {
      journal = limber_cli_open_demo (&error);
    }
  else
    {
      if (database == NULL)
        database = default_path = limber_journal_get_default_path ();
      journal = limber_journal_open (database, &error);
    }

  ok = journal != NULL;
  /* The copy first, so it holds the journal as it was before this command changed it. */
  if (ok && request->backup_path != NULL)
    ok = limber_cli_backup (journal, request->backup_path, report, &error);
  if (ok && import_paths != NULL)
    ok = limber_cli_import (journal, import_paths, report, &error);
  if (ok && export_dir != NULL)
    ok = limber_cli_export (journal, export_dir, report, &error);
  if (ok && request->export_gpx_dir != NULL)
    ok = limber_cli_export_gpx (journal, request->export_gpx_dir, report, &error);
  if (ok && request->recommend)
    {
      LimberAdvisorOptions options;

      load_advisor_options (&options);
      ok = limber_cli_recommend (journal, &options,
                                 request->today != LIMBER_DAY_INVALID
                                   ? request->today : limber_journal_get_today (journal),
                                 request->json, report, &error);
    }

  if (report->len > 0)
    g_print ("%s", report->str);

  if (!ok)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* A restore replaces the journal file, so it runs alone and never opens the journal. */
static int
run_restore (const char *database,
             const char *backup_path)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    database = default_path = limber_journal_get_default_path ();

  if (!limber_cli_restore (database, backup_path, report, &error))
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return EXIT_FAILURE;
    }

  g_print ("%s", report->str);
  return EXIT_SUCCESS;
}

static void
on_daily_backup_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(LimberApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!limber_backup_auto_finish (LIMBER_JOURNAL (source), result, &error))
    g_warning ("Could not make today’s backup: %s", error->message);

  g_debug ("The automatic backup took %.1f ms",
           (g_get_monotonic_time () - self->backup_started) / 1000.0);
  g_application_release (G_APPLICATION (self));
}

/* Once a day, the default journal is copied into the backups folder beside it, in a worker
 * thread. The application stays up until the copy is done, so quitting at once cannot cut it
 * short (it would only leave a temporary file). */
static void
make_daily_backup (LimberApplication *self)
{
  g_autofree char *folder = limber_backup_get_default_folder ();

  self->backup_started = g_get_monotonic_time ();
  g_application_hold (G_APPLICATION (self));
  limber_backup_auto_async (self->journal, folder, NULL, NULL, on_daily_backup_done_cb,
                            g_object_ref (self));
}

void
limber_application_open_journal (LimberApplication *self)
{
  g_autofree char *default_path = NULL;
  const char *path = self->database_path;

  g_assert (self->journal == NULL);
  g_clear_error (&self->journal_error);

  if (self->demo)
    {
      self->journal = limber_cli_open_demo (&self->journal_error);
      return;
    }

  if (path == NULL)
    path = default_path = limber_journal_get_default_path ();

  self->journal = limber_journal_open (path, &self->journal_error);
  if (self->journal == NULL && self->database_path == NULL)
    self->database_path = g_steal_pointer (&default_path);

  /* Only the default journal: the backups folder is its own. */
  if (self->journal != NULL && self->database_path == NULL)
    make_daily_backup (self);
}

static void
apply_color_scheme (LimberApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  int value = g_settings_get_enum (self->settings, "color-scheme");

  g_assert (value >= 0 && value < (int) G_N_ELEMENTS (color_schemes));

  adw_style_manager_set_color_scheme (style_manager, color_schemes[value]);
}

static void
on_open_error_response_cb (LimberApplication *self,
                           const char        *response,
                           AdwMessageDialog  *dialog)
{
  /* limber_application_offer_restore() handles that one. */
  if (g_strcmp0 (response, "restore") == 0)
    return;

  g_application_quit (G_APPLICATION (self));
}

void
limber_application_show_open_error (LimberApplication *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *display_path = NULL;
  g_autofree char *body = NULL;

  g_assert (self->journal_error != NULL);

  if (self->database_path != NULL)
    display_path = g_filename_display_name (self->database_path);

  /* Name the file, unless the reason already does. */
  if (display_path != NULL && strstr (self->journal_error->message, display_path) == NULL)
    {
      /* Translators: the first %s is the reason, the second the file's path. */
      body = g_strdup_printf (_("%s\n\nJournal file: %s"), self->journal_error->message,
                              display_path);
    }
  else
    {
      body = g_strdup (self->journal_error->message);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Could Not Open the Journal"),
                                                       body));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_set_default_response (dialog, "quit");
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response_cb), self,
                           G_CONNECT_SWAPPED);
  limber_application_offer_restore (self, dialog);

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_color_scheme_changed_cb (LimberApplication *self,
                            const char        *key,
                            GSettings         *settings)
{
  apply_color_scheme (self);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LimberApplication *self = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Close rather than quit, so each window can save its state on the way out. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application", self,
                        "application-name", _("Limber"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Limber developers"),
                        "copyright", _("© 2026 The Limber developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/limberjournal/limber",
                        "issue-url", "https://github.com/limberjournal/limber/issues",
                        "translator-credits", _("translator-credits"),
                        "comments", _("Keep a journal of your runs, soreness, water and fascia "
                                      "care, and get a weekly routine suggested from it."),
                        NULL);
  gtk_window_present (about);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  LimberPreferencesWindow *preferences = limber_preferences_window_new (parent);

  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri (parent, "help:" PACKAGE_NAME, GDK_CURRENT_TIME);
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LimberApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* GtkApplicationWindow provides the action from gtk/help-overlay.ui. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "help", help_activated },
  { "shortcuts", shortcuts_activated },
};

static int
limber_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  LimberApplication *self = LIMBER_APPLICATION (app);
  g_autofree char *database = NULL;
  g_autofree char *export_dir = NULL;
  g_autofree char *export_gpx_dir = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *restore_path = NULL;
  g_autofree char *today = NULL;
  g_autofree const char **import_paths = NULL;
  HeadlessRequest request = { 0 };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, "database", "^ay", &database);
  g_variant_dict_lookup (options, "export", "^ay", &export_dir);
  g_variant_dict_lookup (options, "export-gpx", "^ay", &export_gpx_dir);
  g_variant_dict_lookup (options, "import", "^a&ay", &import_paths);
  g_variant_dict_lookup (options, "backup", "^ay", &backup_path);
  g_variant_dict_lookup (options, "restore", "^ay", &restore_path);
  self->demo = g_variant_dict_contains (options, "demo");

  if (self->demo && database != NULL)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, _("--demo and --database cannot be used together"));
      return EXIT_FAILURE;
    }

  request.recommend = g_variant_dict_contains (options, "recommend");
  request.json = g_variant_dict_contains (options, "json");
  g_variant_dict_lookup (options, "today", "s", &today);

  if ((today != NULL || request.json) && !request.recommend)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, _("--today and --json go with --recommend"));
      return EXIT_FAILURE;
    }

  if (today != NULL && !limber_day_parse_iso (today, &request.today))
    {
      g_printerr ("%s: ", PACKAGE_NAME);
      /* Translators: %s is what the user typed after --today= */
      g_printerr (_("--today must be a date written as YYYY-MM-DD, not “%s”"), today);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (restore_path != NULL)
    {
      if (self->demo || import_paths != NULL || export_dir != NULL || export_gpx_dir != NULL ||
          backup_path != NULL || request.recommend)
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME,
                      _("--restore goes alone, or with --database to name the journal"));
          return EXIT_FAILURE;
        }

      return run_restore (database, restore_path);
    }

  if (import_paths != NULL || export_dir != NULL || export_gpx_dir != NULL ||
      backup_path != NULL || request.recommend)
    {
      request.demo = self->demo;
      request.database = database;
      request.import_paths = import_paths;
      request.export_dir = export_dir;
      request.export_gpx_dir = export_gpx_dir;
      request.backup_path = backup_path;

      return run_headless (&request);
    }

  if (self->demo || database != NULL)
    {
      /* Another journal: open a window of our own instead of handing over to a running one. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      g_free (self->database_path);
      self->database_path = g_steal_pointer (&database);
    }

  return -1;
}

static void
limber_application_startup (GApplication *app)
{
  LimberApplication *self = LIMBER_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.help", { "F1", NULL } },
  };

  G_APPLICATION_CLASS (limber_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  limber_application_add_backup_actions (self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  if (self->journal == NULL)
    limber_application_open_journal (self);
}

static void
limber_application_activate (GApplication *app)
{
  LimberApplication *self = LIMBER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      if (self->journal == NULL)
        {
          limber_application_show_open_error (self);
          return;
        }

      window = GTK_WINDOW (limber_window_new (self, self->journal));
    }

  gtk_window_present (window);
}

static void
limber_application_shutdown (GApplication *app)
{
  LimberApplication *self = LIMBER_APPLICATION (app);

  g_clear_object (&self->journal);

  G_APPLICATION_CLASS (limber_application_parent_class)->shutdown (app);
}

static void
limber_application_dispose (GObject *object)
{
  LimberApplication *self = LIMBER_APPLICATION (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_application_parent_class)->dispose (object);
}

static void
limber_application_finalize (GObject *object)
{
  LimberApplication *self = LIMBER_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_error (&self->journal_error);

  G_OBJECT_CLASS (limber_application_parent_class)->finalize (object);
}

static void
limber_application_class_init (LimberApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = limber_application_dispose;
  object_class->finalize = limber_application_finalize;

  app_class->handle_local_options = limber_application_handle_local_options;
  app_class->startup = limber_application_startup;
  app_class->activate = limber_application_activate;
  app_class->shutdown = limber_application_shutdown;

  /* The resources live in a static library: referring to them keeps them linked in. */
  (void) limber_get_resource ();
}

static void
limber_application_init (LimberApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

/**
 * limber_application_new:
 *
 * Creates the application, which opens the journal named on the command line (or the
 * default one) when it starts.
 *
 * Returns: (transfer full): a new #LimberApplication
 */
LimberApplication *
limber_application_new (void)
{
  return g_object_new (LIMBER_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * limber_application_new_for_journal:
 * @journal: an open journal
 *
 * Creates a non-unique application that shows @journal instead of opening one; for tests.
 *
 * Returns: (transfer full): a new #LimberApplication
 */
LimberApplication *
limber_application_new_for_journal (LimberJournal *journal)
{
  LimberApplication *self;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  self = g_object_new (LIMBER_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
  self->journal = g_object_ref (journal);

  return self;
}

/**
 * limber_application_get_journal:
 * @self: a #LimberApplication
 *
 * Returns: (transfer none) (nullable): the open journal, or %NULL before startup or when it
 *   could not be opened
 */
LimberJournal *
limber_application_get_journal (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);

  return self->journal;
}
