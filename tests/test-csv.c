/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>

#include "limber-csv.h"
#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-journal.h"
#include "limber-run.h"
#include "limber-soreness.h"

#define UUID_RUN "0b6a1f8e-5a3c-4d2e-9f10-2c3d4e5f6a7b"
#define UUID_HYDRATION "1c7b2f9e-6b4d-4e3f-8a21-3d4e5f6a7b8c"

typedef struct
{
  char          *dir;
  LimberJournal *journal;
} Fixture;

static LimberDay
ymd (int year,
     int month,
     int day)
{
  return limber_day_from_ymd (year, month, day);
}

static LimberJournal *
open_journal (const char *dir,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  LimberJournal *journal = limber_journal_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (journal);
  limber_journal_set_today (journal, ymd (2024, 6, 30));

  return journal;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("limber-csv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->journal = open_journal (fixture->dir, "journal.sqlite");
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->journal);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
add_entry (LimberJournal *journal,
           gpointer       entry)
{
  g_autoptr(GError) error = NULL;

  limber_journal_add (journal, LIMBER_ENTRY (entry), &error);
  g_assert_no_error (error);
  g_object_unref (entry);
}

static LimberRun *
new_run (LimberDay   day,
         double      metres,
         double      seconds)
{
  LimberRun *run = limber_run_new ();

  limber_entry_set_day (LIMBER_ENTRY (run), day);
  limber_run_set_distance (run, metres);
  limber_run_set_duration (run, seconds);

  return run;
}

/* Every kind, with every optional field set on one entry and unset on another. */
static void
fill_journal (LimberJournal *journal)
{
  LimberRun *run;
  LimberSoreness *soreness;
  LimberHydration *hydration;
  LimberFasciaSession *session;

  run = new_run (ymd (2024, 6, 1), 10000, 3000);
  limber_entry_set_uuid (LIMBER_ENTRY (run), UUID_RUN);
  limber_entry_set_time (LIMBER_ENTRY (run), 7 * 3600 + 5 * 60);
  limber_entry_set_notes (LIMBER_ENTRY (run), " Windy, \"fresh\" legs\nthen rain ");
  limber_run_set_rpe (run, 7);
  limber_run_set_run_kind (run, LIMBER_RUN_TEMPO);
  limber_run_set_surface (run, LIMBER_SURFACE_TRAIL);
  limber_run_set_temperature (run, -3.5);
  limber_run_set_shoes (run, "Pegasus, 40");
  limber_run_set_elevation_gain (run, 120);
  limber_run_set_avg_heart_rate (run, 148);
  add_entry (journal, run);

  add_entry (journal, new_run (ymd (2024, 6, 2), 5000, 1800));

  /* Values that are not whole metres or seconds, and a time with seconds. */
  run = new_run (ymd (2024, 6, 3), 12345.678, 3661.25);
  limber_entry_set_time (LIMBER_ENTRY (run), 18 * 3600 + 30 * 60 + 15);
  limber_run_set_temperature (run, 21.37);
  limber_run_set_elevation_gain (run, 35.5);
  add_entry (journal, run);

  soreness = limber_soreness_new ();
  limber_entry_set_day (LIMBER_ENTRY (soreness), ymd (2024, 6, 2));
  limber_entry_set_time (LIMBER_ENTRY (soreness), 21 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (soreness), "After the hills");
  limber_soreness_set_zone (soreness, LIMBER_ZONE_LOWER_BACK);
  limber_soreness_set_side (soreness, LIMBER_SIDE_CENTRE);
  limber_soreness_set_level (soreness, 6);
  limber_soreness_set_quality (soreness, LIMBER_QUALITY_SHARP);
  limber_soreness_set_limits_walking (soreness, TRUE);
  limber_soreness_set_disturbs_sleep (soreness, TRUE);
  add_entry (journal, soreness);

  soreness = limber_soreness_new ();
  limber_entry_set_day (LIMBER_ENTRY (soreness), ymd (2024, 6, 3));
  limber_soreness_set_zone (soreness, LIMBER_ZONE_CALF);
  limber_soreness_set_side (soreness, LIMBER_SIDE_LEFT);
  add_entry (journal, soreness);

  hydration = limber_hydration_new ();
  limber_entry_set_day (LIMBER_ENTRY (hydration), ymd (2024, 6, 1));
  limber_entry_set_time (LIMBER_ENTRY (hydration), 9 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (hydration), "Electrolytes");
  limber_hydration_set_volume (hydration, 500);
  add_entry (journal, hydration);

  hydration = limber_hydration_new ();
  limber_entry_set_day (LIMBER_ENTRY (hydration), ymd (2024, 6, 1));
  limber_entry_set_notes (LIMBER_ENTRY (hydration), "  two glasses ");
  limber_hydration_set_volume (hydration, 333.5);
  add_entry (journal, hydration);

  session = limber_fascia_session_new ();
  limber_entry_set_day (LIMBER_ENTRY (session), ymd (2024, 6, 1));
  limber_entry_set_time (LIMBER_ENTRY (session), 19 * 3600);
  limber_entry_set_notes (LIMBER_ENTRY (session), "After the tempo; calves tight");
  limber_fascia_session_set_duration (session, 15 * 60);
  limber_fascia_session_add_item (session, "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120);
  limber_fascia_session_add_item (session, "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_RIGHT, 90);
  limber_fascia_session_add_item (session, "upper-back-roll", LIMBER_ZONE_UPPER_BACK,
                                  LIMBER_SIDE_CENTRE, 0);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, FALSE, 8.5);
  limber_fascia_session_add_result (session, "knee_to_wall", LIMBER_SIDE_LEFT, TRUE, 10);
  limber_fascia_session_add_result (session, "toe_touch", LIMBER_SIDE_CENTRE, TRUE, -3.25);
  add_entry (journal, session);

  session = limber_fascia_session_new ();
  limber_entry_set_day (LIMBER_ENTRY (session), ymd (2024, 6, 4));
  limber_fascia_session_set_fascia_kind (session, LIMBER_FASCIA_PROFESSIONAL);
  limber_fascia_session_set_duration (session, 45 * 60);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 300);
  limber_fascia_session_add_item (session, NULL, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 0);
  add_entry (journal, session);

  /* A duration that is not a whole number of minutes, nothing else. */
  session = limber_fascia_session_new ();
  limber_entry_set_day (LIMBER_ENTRY (session), ymd (2024, 6, 5));
  limber_fascia_session_set_duration (session, 61);
  add_entry (journal, session);
}

static GPtrArray *
list_all (LimberJournal *journal)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = limber_journal_list (journal, 1, G_MAXUINT32, LIMBER_ENTRY_KINDS_ALL,
                                            &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);

  return entries;
}

static void
assert_same_journal (LimberJournal *a,
                     LimberJournal *b)
{
  g_autoptr(GPtrArray) entries_a = list_all (a);
  g_autoptr(GPtrArray) entries_b = list_all (b);

  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    g_assert_cmpuint (limber_journal_count (a, 1 << k), ==, limber_journal_count (b, 1 << k));

  g_assert_cmpuint (entries_a->len, ==, entries_b->len);
  for (guint i = 0; i < entries_a->len; i++)
    {
      LimberEntry *entry = g_ptr_array_index (entries_a, i);
      g_autoptr(LimberEntry) other = limber_journal_get (b, limber_entry_get_uuid (entry), NULL);

      g_assert_nonnull (other);
      g_assert_true (limber_entry_equal (entry, other));
    }
}

static gboolean
import_text (LimberJournal     *journal,
             const char        *name,
             LimberEntryKind    kind,
             const char        *text,
             LimberCsvSummary  *summary,
             GError           **error)
{
  return limber_csv_import_data (journal, name, text, strlen (text), kind, summary, error);
}

static LimberEntry *
only_entry (LimberJournal *journal)
{
  g_autoptr(GPtrArray) entries = list_all (journal);

  g_assert_cmpuint (entries->len, ==, 1);

  return g_object_ref (g_ptr_array_index (entries, 0));
}

static char *
read_export (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LimberJournal) fresh = open_journal (fixture->dir, "fresh.sqlite");
  g_autofree char *export_dir = g_build_filename (fixture->dir, "export", "csv", NULL);
  g_autoptr(GError) error = NULL;
  guint expected[LIMBER_N_ENTRY_KINDS] = { 3, 2, 2, 3 };
  struct stat st;

  fill_journal (fixture->journal);

  limber_csv_export (fixture->journal, export_dir, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (export_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
    {
      g_autofree char *path = g_build_filename (export_dir, limber_csv_file_name (k), NULL);
      LimberCsvSummary summary = { 99, 99 };

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);

      limber_csv_import_file (fresh, path, &summary, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (summary.imported, ==, expected[k]);
      g_assert_cmpuint (summary.already_present, ==, 0);
    }

  assert_same_journal (fixture->journal, fresh);
  assert_same_journal (fresh, fixture->journal);
  g_assert_finalize_object (g_steal_pointer (&fresh));
}

static const char *
uuid_at (GPtrArray *entries,
         guint      index)
{
  g_assert_cmpuint (index, <, entries->len);

  return limber_entry_get_uuid (g_ptr_array_index (entries, index));
}

static void
test_export_text (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sorenesses = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *soreness = NULL;
  g_autofree char *hydration = NULL;
  g_autofree char *fascia = NULL;
  g_autofree char *expected = NULL;

  fill_journal (fixture->journal);

  sorenesses = limber_journal_list (fixture->journal, 1, G_MAXUINT32,
                                    LIMBER_ENTRY_KINDS_SORENESS, &error);
  g_assert_no_error (error);
  sessions = limber_journal_list (fixture->journal, 1, G_MAXUINT32,
                                  LIMBER_ENTRY_KINDS_FASCIA, &error);
  g_assert_no_error (error);

  runs = limber_csv_export_kind (fixture->journal, LIMBER_ENTRY_KIND_RUN, &error);
  g_assert_no_error (error);
  g_assert_nonnull (runs);
  g_assert_true (g_str_has_prefix (runs, "uuid,date,time,distance_km,duration,rpe,kind,surface,"
                                         "temperature_c,shoes,notes,elevation_gain_m,"
                                         "avg_heart_rate_bpm\n"
                                         UUID_RUN ",2024-06-01,07:05,10.000,0:50:00,7,tempo,"
                                         "trail,-3.5,\"Pegasus, 40\",\" Windy, \"\"fresh\"\" legs\n"
                                         "then rain \",120,148\n"));
  g_assert_nonnull (strstr (runs, ",2024-06-02,,5.000,0:30:00,,easy,,,,,,\n"));
  g_assert_nonnull (strstr (runs, ",2024-06-03,18:30:15,12.345678,61.0208333333333"));
  g_assert_nonnull (strstr (runs, ",21.37,,,35.5,\n"));

  hydration = limber_csv_export_kind (fixture->journal, LIMBER_ENTRY_KIND_HYDRATION, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (hydration, "uuid,date,time,ml,notes\n"));
  g_assert_nonnull (strstr (hydration, ",2024-06-01,09:00,500,Electrolytes\n"));
  g_assert_nonnull (strstr (hydration, ",2024-06-01,,333.5,\"  two glasses \"\n"));

  soreness = limber_csv_export_kind (fixture->journal, LIMBER_ENTRY_KIND_SORENESS, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("uuid,date,time,zone,side,level,quality,limits_walking,"
                              "disturbs_sleep,notes\n"
                              "%s,2024-06-02,21:00,lower_back,centre,6,sharp,yes,yes,"
                              "After the hills\n"
                              "%s,2024-06-03,,calf,left,0,ache,no,no,\n",
                              uuid_at (sorenesses, 0), uuid_at (sorenesses, 1));
  g_assert_cmpstr (soreness, ==, expected);
  g_clear_pointer (&expected, g_free);

  fascia = limber_csv_export_kind (fixture->journal, LIMBER_ENTRY_KIND_FASCIA, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("uuid,date,time,minutes,kind,moves,zones,notes,mobility\n"
                              "%s,2024-06-01,19:00,15,self,calf-roll:120;figure-four:90;"
                              "upper-back-roll,calf:left;hip:right;upper_back:centre,"
                              "After the tempo; calves tight,knee_to_wall:left:before:8.5;"
                              "knee_to_wall:left:after:10;toe_touch:centre:after:-3.25\n"
                              "%s,2024-06-04,,45,professional,,hip:left:300;lower_back:centre,"
                              ",\n"
                              "%s,2024-06-05,,1.0167,self,,,,\n",
                              uuid_at (sessions, 0), uuid_at (sessions, 1), uuid_at (sessions, 2));
  g_assert_cmpstr (fascia, ==, expected);
}

static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LimberJournal) fresh = open_journal (fixture->dir, "fresh.sqlite");
  g_autofree char *export_dir = g_build_filename (fixture->dir, "export", NULL);
  g_autoptr(GError) error = NULL;
  guint expected[LIMBER_N_ENTRY_KINDS] = { 3, 2, 2, 3 };
  LimberCsvSummary summary;

  fill_journal (fixture->journal);
  limber_csv_export (fixture->journal, export_dir, &error);
  g_assert_no_error (error);

  for (guint round = 0; round < 2; round++)
    {
      for (guint k = 0; k < LIMBER_N_ENTRY_KINDS; k++)
        {
          g_autofree char *path = g_build_filename (export_dir, limber_csv_file_name (k), NULL);

          limber_csv_import_file (fresh, path, &summary, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (summary.imported, ==, round == 0 ? expected[k] : 0);
          g_assert_cmpuint (summary.already_present, ==, round == 0 ? 0 : expected[k]);
        }
    }

  g_assert_cmpuint (limber_journal_count (fresh, LIMBER_ENTRY_KINDS_ALL), ==, 10);

  /* A uuid repeated in the same file is added once. */
  import_text (fixture->journal, "hydration.csv", LIMBER_ENTRY_KIND_HYDRATION,
               "uuid,date,ml\n"
               UUID_HYDRATION ",2024-06-10,250\n"
               UUID_HYDRATION ",2024-06-11,300\n"
               ",2024-06-12,400\n",
               &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 2);
  g_assert_cmpuint (summary.already_present, ==, 1);
  g_assert_true (limber_journal_contains (fixture->journal, UUID_HYDRATION));
  g_assert_finalize_object (g_steal_pointer (&fresh));
}

static void
test_column_order (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberEntry) entry = NULL;
  LimberCsvSummary summary;
  LimberRun *run;

  import_text (fixture->journal, "runs.csv", LIMBER_ENTRY_KIND_RUN,
               " Notes ,Heart_Rate,DURATION,Distance_KM,  date,Kind,Surface,RPE\n"
               "Easy shake-out,142,45:30,8.2,2024-06-20,Long,Road,4\n",
               &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 1);

  entry = only_entry (fixture->journal);
  run = LIMBER_RUN (entry);
  g_assert_nonnull (limber_entry_get_uuid (entry));
  g_assert_cmpuint (limber_entry_get_day (entry), ==, ymd (2024, 6, 20));
  g_assert_cmpint (limber_entry_get_time (entry), ==, -1);
  g_assert_cmpstr (limber_entry_get_notes (entry), ==, "Easy shake-out");
  g_assert_cmpfloat_with_epsilon (limber_run_get_distance (run), 8200, 1e-9);
  g_assert_cmpfloat_with_epsilon (limber_run_get_duration (run), 45 * 60 + 30, 1e-9);
  g_assert_cmpint (limber_run_get_run_kind (run), ==, LIMBER_RUN_LONG);
  g_assert_cmpint (limber_run_get_surface (run), ==, LIMBER_SURFACE_ROAD);
  g_assert_cmpint (limber_run_get_rpe (run), ==, 4);
  g_assert_false (limber_run_has_temperature (run));
  g_assert_null (limber_run_get_shoes (run));
  /* A file of the columns before elevation and heart rate existed leaves them unknown. */
  g_assert_false (limber_run_has_elevation_gain (run));
  g_assert_false (limber_run_has_avg_heart_rate (run));
}

static void
test_quoting (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberEntry) entry = NULL;
  LimberCsvSummary summary;

  import_text (fixture->journal, "runs.csv", LIMBER_ENTRY_KIND_RUN,
               "date,distance_km,duration,shoes,notes\n"
               "2024-06-20,5,25:00,\"Clifton, 9\",\"Hills, then \"\"strides\"\"\r\n"
               "second line,\n\nthird\"\n",
               &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 1);

  entry = only_entry (fixture->journal);
  g_assert_cmpstr (limber_run_get_shoes (LIMBER_RUN (entry)), ==, "Clifton, 9");
  g_assert_cmpstr (limber_entry_get_notes (entry), ==,
                   "Hills, then \"strides\"\nsecond line,\n\nthird");
}

static void
test_bom_crlf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  LimberCsvSummary summary;

  import_text (fixture->journal, "hydration.csv", LIMBER_ENTRY_KIND_HYDRATION,
               "\xef\xbb\xbf" "date,time,ml,notes\r\n"
               "\r\n"
               "2024-06-20,07:30,250,Tea\r\n"
               "   \r\n"
               "2024-06-21,,750 ,\r\n",
               &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 2);

  entries = list_all (fixture->journal);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (limber_entry_get_time (entries->pdata[0]), ==, 7 * 3600 + 30 * 60);
  g_assert_cmpstr (limber_entry_get_notes (entries->pdata[0]), ==, "Tea");
  g_assert_cmpfloat (limber_hydration_get_volume (entries->pdata[0]), ==, 250);
  g_assert_cmpint (limber_entry_get_time (entries->pdata[1]), ==, -1);
  g_assert_cmpfloat (limber_hydration_get_volume (entries->pdata[1]), ==, 750);
}

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LimberCsvSummary summary = { 99, 99 };
  gboolean ok;

  add_entry (fixture->journal, new_run (ymd (2024, 6, 1), 5000, 1800));

  ok = import_text (fixture->journal, "runs.csv", LIMBER_ENTRY_KIND_RUN,
                    "date,distance_km,duration,kind,notes\n"
                    "2024-06-10,10,50:00,easy,\n"
                    "2024-06-11,600,50:00,easy,far too far\n"
                    "2024-06-12,8,40:00,tempo,\"a note\n"
                    "over three\n"
                    "lines\"\n"
                    "2024-06-13,5,25:00,fast,\n"
                    "2024-06-14,5,25:00,,\n",
                    &summary, &error);
  g_assert_false (ok);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "runs.csv:3: Distance must be between 0.1 and 500 km\n"
                   "runs.csv:7: “fast” is not a valid kind (easy, long, tempo, intervals, race, "
                   "recovery, other)");
  g_assert_cmpuint (summary.imported, ==, 0);
  g_assert_cmpuint (summary.already_present, ==, 0);
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

static void
test_too_many_problems (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("date,ml\n");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (text, "2024-06-01,1\n");

  import_text (fixture->journal, "hydration.csv", LIMBER_ENTRY_KIND_HYDRATION, text->str,
               NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 51);
  g_assert_cmpstr (lines[0], ==, "hydration.csv:2: Amount must be between 10 and 5000 ml");
  g_assert_cmpstr (lines[49], ==, "hydration.csv:51: Amount must be between 10 and 5000 ml");
  g_assert_cmpstr (lines[50], ==, "and 10 more problems");
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  import_text (fixture->journal, "runs.csv", LIMBER_ENTRY_KIND_RUN,
               "date,distance,duration\n2024-06-01,5,25:00\n", NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "runs.csv:1: Missing column “distance_km”");
  g_clear_error (&error);

  import_text (fixture->journal, "soreness.csv", LIMBER_ENTRY_KIND_SORENESS,
               "\n\nuuid,side\n", NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "soreness.csv:3: Missing column “date”\n"
                   "soreness.csv:3: Missing column “zone”\n"
                   "soreness.csv:3: Missing column “level”");
  g_clear_error (&error);

  import_text (fixture->journal, "hydration.csv", LIMBER_ENTRY_KIND_HYDRATION,
               "date,ml,ML\n", NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "hydration.csv:1: Column “ml” appears more than once");
  g_clear_error (&error);

  import_text (fixture->journal, "fascia.csv", LIMBER_ENTRY_KIND_FASCIA, "", NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "fascia.csv:1: The file is empty: it needs a header row");

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

typedef struct
{
  LimberEntryKind  kind;
  const char      *text;
  const char      *message;
} BadValue;

static const BadValue bad_values[] = {
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-13-01,5,25:00\n",
    "runs.csv:2: “2024-13-01” is not a valid date (YYYY-MM-DD)" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n01/06/2024,5,25:00\n",
    "runs.csv:2: “01/06/2024” is not a valid date (YYYY-MM-DD)" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n,5,25:00\n",
    "runs.csv:2: Date is missing" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-07-01,5,25:00\n",
    "runs.csv:2: Date cannot be in the future" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-06-01,0.05,0:25:00\n",
    "runs.csv:2: Distance must be between 0.1 and 500 km" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-06-01,5 km,25:00\n",
    "runs.csv:2: “5 km” is not a valid distance in km" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-06-01,5,25 min\n",
    "runs.csv:2: “25 min” is not a valid duration (H:MM:SS or MM:SS)" },
  { LIMBER_ENTRY_KIND_RUN, "date,time,distance_km,duration\n2024-06-01,25:00,5,25:00\n",
    "runs.csv:2: “25:00” is not a valid time (HH:MM)" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,rpe\n2024-06-01,5,25:00,11\n",
    "runs.csv:2: Effort must be between 0 and 10" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,rpe\n2024-06-01,5,25:00,-1\n",
    "runs.csv:2: Effort must be between 0 and 10" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,surface\n2024-06-01,5,25:00,sand\n",
    "runs.csv:2: “sand” is not a valid surface (road, trail, track, treadmill, other)" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,temperature_c\n2024-06-01,5,25:00,60\n",
    "runs.csv:2: Temperature must be between -40 and 50 °C" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,elevation_gain_m\n2024-06-01,5,25:00,lots\n",
    "runs.csv:2: “lots” is not a valid elevation gain in metres" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,elevation_gain_m\n2024-06-01,5,25:00,-5\n",
    "runs.csv:2: Elevation gain must be between 0 and 10000 m" },
  { LIMBER_ENTRY_KIND_RUN,
    "date,distance_km,duration,avg_heart_rate_bpm\n2024-06-01,5,25:00,148 bpm\n",
    "runs.csv:2: “148 bpm” is not a valid average heart rate in beats a minute" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration,avg_heart_rate_bpm\n2024-06-01,5,25:00,300\n",
    "runs.csv:2: Average heart rate must be between 30 and 250 bpm" },
  { LIMBER_ENTRY_KIND_RUN, "uuid,date,distance_km,duration\nnot-a-uuid,2024-06-01,5,25:00\n",
    "runs.csv:2: “not-a-uuid” is not a valid entry id (a UUID)" },
  { LIMBER_ENTRY_KIND_RUN, "date,distance_km,duration\n2024-06-01,5,25:00,extra\n",
    "runs.csv:2: This row has 4 fields but the header only 3: put text that holds commas in "
    "double quotes" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,level\n2024-06-01,elbow,3\n",
    "soreness.csv:2: “elbow” is not a valid zone (foot, heel, calf, shin, knee, it_band, quad, "
    "hamstring, adductor, hip, lower_back, upper_back)" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,side,level\n2024-06-01,calf,centre,3\n",
    "soreness.csv:2: Side must be left, right or both for the zone “Calf”" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,side,level\n2024-06-01,calf,middle,3\n",
    "soreness.csv:2: “middle” is not a valid side (left, right, both, centre)" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,level\n2024-06-01,calf,11\n",
    "soreness.csv:2: Soreness level must be between 0 and 10" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,level\n2024-06-01,calf,4.5\n",
    "soreness.csv:2: “4.5” is not a valid soreness level (a whole number from 0 to 10)" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,level,quality\n2024-06-01,calf,4,burning\n",
    "soreness.csv:2: “burning” is not a valid quality (ache, tight, sharp, numbness)" },
  { LIMBER_ENTRY_KIND_SORENESS, "date,zone,level,disturbs_sleep\n2024-06-01,calf,4,maybe\n",
    "soreness.csv:2: “maybe” is not a valid value for disturbs_sleep (yes or no)" },
  { LIMBER_ENTRY_KIND_HYDRATION, "date,ml\n2024-06-01,0\n",
    "hydration.csv:2: Amount must be between 10 and 5000 ml" },
  { LIMBER_ENTRY_KIND_HYDRATION, "date,ml\n2024-06-01,\n",
    "hydration.csv:2: Amount is missing" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,moves\n2024-06-01,10,back-flip:60\n",
    "fascia.csv:2: Move “back-flip” is not in the move library" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,moves\n2024-06-01,10,calf-roll:two\n",
    "fascia.csv:2: “calf-roll:two” is not a valid move: write MOVE or MOVE:SECONDS" },
  { LIMBER_ENTRY_KIND_FASCIA,
    "date,minutes,moves,zones\n2024-06-01,10,calf-roll;figure-four,calf:left\n",
    "fascia.csv:2: There are 2 moves but 1 zones: give one zone for each move, or none" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,moves,zones\n2024-06-01,10,calf-roll,hip\n",
    "fascia.csv:2: Move “Calf roll” does not work the zone “Hip and glute”" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,zones\n2024-06-01,10,calf:centre\n",
    "fascia.csv:2: Side must be left, right or both for the zone “Calf”" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,kind\n2024-06-01,10,spa\n",
    "fascia.csv:2: “spa” is not a valid kind (self, professional)" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes\n2024-06-01,0.5\n",
    "fascia.csv:2: Duration must be between 1 and 240 minutes" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes\n2024-06-01,-5\n",
    "fascia.csv:2: “-5” is not a valid number of minutes" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,mobility\n2024-06-01,10,knee_to_wall:left:during:5\n",
    "fascia.csv:2: “knee_to_wall:left:during:5” is not a valid mobility result: write "
    "TEST:SIDE:before:VALUE or TEST:SIDE:after:VALUE" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,mobility\n2024-06-01,10,knee_to_wall:5\n",
    "fascia.csv:2: “knee_to_wall:5” is not a valid mobility result: write "
    "TEST:SIDE:before:VALUE or TEST:SIDE:after:VALUE" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,mobility\n2024-06-01,10,splits:centre:after:5\n",
    "fascia.csv:2: Mobility test “splits” is not one of Limber’s self-tests" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes,mobility\n2024-06-01,10,toe_touch:left:after:5\n",
    "fascia.csv:2: Standing toe touch is measured once, not per side" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes\n2024-06-01,10\n2024-06-01,\"10\n",
    "fascia.csv:3: A quoted field is not closed" },
  { LIMBER_ENTRY_KIND_FASCIA, "date,minutes\n2024-06-01,\"10\"x\n",
    "fascia.csv:2: Unexpected text after a closing quote: write a quote inside a quoted field "
    "as two quotes (\"\")" },
  { LIMBER_ENTRY_KIND_HYDRATION, "date,ml,notes\n2024-06-01,250,ok\n2024-06-02,250,caf\xe9\n",
    "hydration.csv:3: The text is not valid UTF-8: save the file as UTF-8 and import it again" },
};

static void
test_invalid_values (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const names[] = {
    "runs.csv", "soreness.csv", "hydration.csv", "fascia.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      const BadValue *bad = &bad_values[i];
      g_autoptr(GError) error = NULL;
      gboolean ok;

      ok = import_text (fixture->journal, names[bad->kind], bad->kind, bad->text, NULL, &error);
      g_assert_false (ok);
      g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad->message);
    }

  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 0);
}

static void
test_soreness_values (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  LimberSoreness *soreness;

  import_text (fixture->journal, "soreness.csv", LIMBER_ENTRY_KIND_SORENESS,
               "date,zone,side,level,quality,limits_walking,disturbs_sleep\n"
               "2024-06-01,Calf,,3,,,\n"
               "2024-06-02,lower_back,,5,Tight,TRUE,1\n"
               "2024-06-03,knee,Right,7,sharp,No,false\n",
               NULL, &error);
  g_assert_no_error (error);

  entries = list_all (fixture->journal);
  g_assert_cmpuint (entries->len, ==, 3);

  soreness = entries->pdata[0];
  g_assert_cmpint (limber_soreness_get_zone (soreness), ==, LIMBER_ZONE_CALF);
  g_assert_cmpint (limber_soreness_get_side (soreness), ==, LIMBER_SIDE_BOTH);
  g_assert_cmpint (limber_soreness_get_level (soreness), ==, 3);
  g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_ACHE);
  g_assert_false (limber_soreness_get_limits_walking (soreness));
  g_assert_false (limber_soreness_get_disturbs_sleep (soreness));

  soreness = entries->pdata[1];
  g_assert_cmpint (limber_soreness_get_side (soreness), ==, LIMBER_SIDE_CENTRE);
  g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_TIGHT);
  g_assert_true (limber_soreness_get_limits_walking (soreness));
  g_assert_true (limber_soreness_get_disturbs_sleep (soreness));

  soreness = entries->pdata[2];
  g_assert_cmpint (limber_soreness_get_zone (soreness), ==, LIMBER_ZONE_KNEE);
  g_assert_cmpint (limber_soreness_get_side (soreness), ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpint (limber_soreness_get_quality (soreness), ==, LIMBER_QUALITY_SHARP);
  g_assert_false (limber_soreness_get_limits_walking (soreness));
}

static void
assert_item (const LimberFasciaItem *item,
             const char             *move_id,
             LimberZone              zone,
             LimberSide              side,
             guint                   seconds)
{
  g_assert_cmpstr (item->move_id, ==, move_id);
  g_assert_cmpint (item->zone, ==, zone);
  g_assert_cmpint (item->side, ==, side);
  g_assert_cmpuint (item->seconds, ==, seconds);
}

static void
test_fascia_moves (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LimberJournal) fresh = open_journal (fixture->dir, "fresh.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *text = NULL;
  const LimberFasciaItem *items;
  const LimberMobilityResult *results;
  LimberFasciaSession *session;
  LimberCsvSummary summary;
  guint n;

  import_text (fixture->journal, "fascia.csv", LIMBER_ENTRY_KIND_FASCIA,
               "date,minutes,kind,moves,zones,mobility\n"
               "2024-06-01,12.5,,calf-roll:120; Figure-Four:90,calf:left;hip:right,"
               "\"knee_to_wall:left:before:8;knee_to_wall:left:after:9.5;toe_touch:after:4\"\n"
               "2024-06-02,10,self,arch-ball;upper-back-roll,,\n"
               "2024-06-03,60,professional,,hip:left:600;lower_back;calf,\n",
               &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 3);

  entries = list_all (fixture->journal);
  g_assert_cmpuint (entries->len, ==, 3);

  /* Moves paired with zones by position. */
  session = entries->pdata[0];
  g_assert_cmpuint (limber_fascia_session_get_duration (session), ==, 750);
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (session), ==, LIMBER_FASCIA_SELF);
  items = limber_fascia_session_get_items (session, &n);
  g_assert_cmpuint (n, ==, 2);
  assert_item (&items[0], "calf-roll", LIMBER_ZONE_CALF, LIMBER_SIDE_LEFT, 120);
  assert_item (&items[1], "figure-four", LIMBER_ZONE_HIP, LIMBER_SIDE_RIGHT, 90);
  results = limber_fascia_session_get_results (session, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (results[0].test_id, ==, "knee_to_wall");
  g_assert_cmpint (results[0].side, ==, LIMBER_SIDE_LEFT);
  g_assert_false (results[0].after);
  g_assert_cmpfloat (results[0].value, ==, 8);
  g_assert_true (results[1].after);
  g_assert_cmpfloat (results[1].value, ==, 9.5);
  g_assert_cmpstr (results[2].test_id, ==, "toe_touch");
  g_assert_cmpint (results[2].side, ==, LIMBER_SIDE_CENTRE);
  g_assert_cmpfloat (results[2].value, ==, 4);

  /* Moves alone take their first zone, on both sides or the centre. */
  session = entries->pdata[1];
  items = limber_fascia_session_get_items (session, &n);
  g_assert_cmpuint (n, ==, 2);
  assert_item (&items[0], "arch-ball", LIMBER_ZONE_FOOT, LIMBER_SIDE_BOTH, 0);
  assert_item (&items[1], "upper-back-roll", LIMBER_ZONE_UPPER_BACK, LIMBER_SIDE_CENTRE, 0);

  /* Zones alone. */
  session = entries->pdata[2];
  g_assert_cmpint (limber_fascia_session_get_fascia_kind (session), ==,
                   LIMBER_FASCIA_PROFESSIONAL);
  items = limber_fascia_session_get_items (session, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_item (&items[0], NULL, LIMBER_ZONE_HIP, LIMBER_SIDE_LEFT, 600);
  assert_item (&items[1], NULL, LIMBER_ZONE_LOWER_BACK, LIMBER_SIDE_CENTRE, 0);
  assert_item (&items[2], NULL, LIMBER_ZONE_CALF, LIMBER_SIDE_BOTH, 0);

  /* And back again. */
  text = limber_csv_export_kind (fixture->journal, LIMBER_ENTRY_KIND_FASCIA, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, ",2024-06-01,,12.5,self,calf-roll:120;figure-four:90,"
                                  "calf:left;hip:right,,knee_to_wall:left:before:8;"
                                  "knee_to_wall:left:after:9.5;toe_touch:centre:after:4\n"));
  import_text (fresh, "fascia.csv", LIMBER_ENTRY_KIND_FASCIA, text, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 3);
  assert_same_journal (fixture->journal, fresh);
  g_assert_finalize_object (g_steal_pointer (&fresh));
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_kind_from_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LimberEntry) entry = NULL;
  LimberEntryKind kind = LIMBER_N_ENTRY_KINDS;
  LimberCsvSummary summary;

  g_assert_true (limber_csv_kind_for_file ("/home/me/runs.csv", &kind));
  g_assert_cmpint (kind, ==, LIMBER_ENTRY_KIND_RUN);
  g_assert_true (limber_csv_kind_for_file ("2024-Soreness.CSV", &kind));
  g_assert_cmpint (kind, ==, LIMBER_ENTRY_KIND_SORENESS);
  g_assert_true (limber_csv_kind_for_file ("hydration.csv", &kind));
  g_assert_cmpint (kind, ==, LIMBER_ENTRY_KIND_HYDRATION);
  g_assert_true (limber_csv_kind_for_file ("old/fascia.csv", &kind));
  g_assert_cmpint (kind, ==, LIMBER_ENTRY_KIND_FASCIA);
  g_assert_false (limber_csv_kind_for_file ("runs.csv.bak", &kind));
  g_assert_false (limber_csv_kind_for_file ("export.csv", &kind));

  g_assert_cmpstr (limber_csv_file_name (LIMBER_ENTRY_KIND_RUN), ==, "runs.csv");
  g_assert_cmpstr (limber_csv_file_name (LIMBER_ENTRY_KIND_FASCIA), ==, "fascia.csv");

  /* The name says nothing: the header does. */
  write_file (fixture->dir, "drinks.csv", "Date,ML\n2024-06-01,400\n");
  path = g_build_filename (fixture->dir, "drinks.csv", NULL);
  limber_csv_import_file (fixture->journal, path, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 1);
  entry = only_entry (fixture->journal);
  g_assert_true (LIMBER_IS_HYDRATION (entry));
  g_assert_cmpfloat (limber_hydration_get_volume (LIMBER_HYDRATION (entry)), ==, 400);
  g_clear_pointer (&path, g_free);

  /* Errors name the file by its base name. */
  write_file (fixture->dir, "2024-runs.csv", "date,distance_km,duration\n2024-06-01,0,30:00\n");
  path = g_build_filename (fixture->dir, "2024-runs.csv", NULL);
  limber_csv_import_file (fixture->journal, path, NULL, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "2024-runs.csv:2: Distance must be between 0.1 and 500 km");
  g_clear_error (&error);
  g_clear_pointer (&path, g_free);

  write_file (fixture->dir, "weights.csv", "date,kg\n2024-06-01,70\n");
  path = g_build_filename (fixture->dir, "weights.csv", NULL);
  limber_csv_import_file (fixture->journal, path, &summary, &error);
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_UNKNOWN_KIND);
  g_assert_nonnull (strstr (error->message, "“weights.csv”"));
  g_assert_cmpuint (limber_journal_count (fixture->journal, LIMBER_ENTRY_KINDS_ALL), ==, 1);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere", "runs.csv", NULL);
  g_autoptr(GError) error = NULL;
  LimberCsvSummary summary = { 99, 99 };

  g_assert_false (limber_csv_import_file (fixture->journal, path, &summary, &error));
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (summary.imported, ==, 0);
}

static void
test_export_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "plain-file", NULL);
  g_autofree char *inside = g_build_filename (file, "csv", NULL);
  g_autoptr(GError) error = NULL;

  write_file (fixture->dir, "plain-file", "");
  g_assert_false (limber_csv_export (fixture->journal, inside, &error));
  g_assert_error (error, LIMBER_CSV_ERROR, LIMBER_CSV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, inside));
}

static void
test_empty_export (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *export_dir = g_build_filename (fixture->dir, "export", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *hydration = NULL;
  LimberCsvSummary summary = { 99, 99 };
  g_autofree char *path = g_build_filename (export_dir, "runs.csv", NULL);

  limber_csv_export (fixture->journal, export_dir, &error);
  g_assert_no_error (error);

  runs = read_export (export_dir, "runs.csv");
  g_assert_cmpstr (runs, ==, "uuid,date,time,distance_km,duration,rpe,kind,surface,"
                             "temperature_c,shoes,notes,elevation_gain_m,avg_heart_rate_bpm\n");
  hydration = read_export (export_dir, "hydration.csv");
  g_assert_cmpstr (hydration, ==, "uuid,date,time,ml,notes\n");

  g_assert_true (limber_csv_import_file (fixture->journal, path, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.imported, ==, 0);
  g_assert_cmpuint (summary.already_present, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/limber/csv/round-trip", test_round_trip);
  ADD ("/limber/csv/export-text", test_export_text);
  ADD ("/limber/csv/empty-export", test_empty_export);
  ADD ("/limber/csv/import-twice", test_import_twice);
  ADD ("/limber/csv/column-order", test_column_order);
  ADD ("/limber/csv/quoting", test_quoting);
  ADD ("/limber/csv/bom-crlf", test_bom_crlf);
  ADD ("/limber/csv/bad-rows", test_bad_rows);
  ADD ("/limber/csv/too-many-problems", test_too_many_problems);
  ADD ("/limber/csv/missing-column", test_missing_column);
  ADD ("/limber/csv/invalid-values", test_invalid_values);
  ADD ("/limber/csv/soreness-values", test_soreness_values);
  ADD ("/limber/csv/fascia-moves", test_fascia_moves);
  ADD ("/limber/csv/kind-from-file", test_kind_from_file);
  ADD ("/limber/csv/missing-file", test_missing_file);
  ADD ("/limber/csv/export-unwritable", test_export_unwritable);

#undef ADD

  return g_test_run ();
}
