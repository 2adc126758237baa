/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fault"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "limber-fascia-session.h"
#include "limber-hydration.h"
#include "limber-mobility.h"
#include "limber-moves.h"
#include "limber-run.h"
#include "limber-soreness.h"

#include "limber-fault.h"

/* Batch sizes of a writer: 1 is one limber_journal_add (), more one limber_journal_add_many (). */
static const guint batch_sizes[] = { 1, 1, 1, 1, 2, 3, 5, 8, 13, 40 };

static const char * const note_words[] = {
  "easy", "windy", "hills", "Ölberg", "tempo", "rain", "heel", "café", "早上", "track", "🏃",
};

/* One generator per entry, seeded by its place, so the entry is the same on every call. */
static GRand *
entry_rand (guint generation,
            guint index)
{
  guint32 seed[2] = { generation, index };

  return g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
}

static char *
make_notes (GRand *rand)
{
  GString *notes;
  guint words;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return NULL;
    case 1:
      words = g_rand_int_range (rand, 1, 8);
      break;
    case 2:
      words = g_rand_int_range (rand, 8, 60);
      break;
    default:
      /* Long enough to spill onto overflow pages. */
      words = g_rand_int_range (rand, 300, 1400);
      break;
    }

  notes = g_string_new (NULL);
  for (guint i = 0; i < words; i++)
    {
      if (i > 0)
        g_string_append_c (notes, i % 12 == 0 ? '\n' : ' ');
      g_string_append (notes, note_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (note_words))]);
    }

  return g_string_free (notes, FALSE);
}

static LimberSide
side_for (GRand      *rand,
          LimberZone  zone)
{
  if (!limber_zone_is_paired (zone))
    return LIMBER_SIDE_CENTRE;

  return g_rand_int_range (rand, LIMBER_SIDE_LEFT, LIMBER_SIDE_BOTH + 1);
}

static LimberEntry *
make_run (GRand *rand)
{
  LimberRun *run = limber_run_new ();
  double distance = g_rand_int_range (rand, 1000, 42196);

  limber_run_set_distance (run, distance);
  /* Between 3:00 and 9:00 per km, to the millisecond. */
  limber_run_set_duration (run, distance * g_rand_int_range (rand, 180000, 540000) / 1e6);
  if (g_rand_boolean (rand))
    limber_run_set_rpe (run, g_rand_int_range (rand, 0, 11));
  limber_run_set_run_kind (run, g_rand_int_range (rand, 0, LIMBER_N_RUN_KINDS));
  limber_run_set_surface (run, g_rand_int_range (rand, 0, LIMBER_N_SURFACES));
  if (g_rand_boolean (rand))
    limber_run_set_temperature (run, g_rand_int_range (rand, -200, 350) / 10.0);
  if (g_rand_boolean (rand))
    limber_run_set_shoes (run, g_rand_boolean (rand) ? "Daily trainers" : "Spikes “fast”");

  return LIMBER_ENTRY (run);
}

static LimberEntry *
make_soreness (GRand *rand)
{
  LimberSoreness *soreness = limber_soreness_new ();
  LimberZone zone = g_rand_int_range (rand, 0, LIMBER_N_ZONES);

  limber_soreness_set_zone (soreness, zone);
  limber_soreness_set_side (soreness, side_for (rand, zone));
  limber_soreness_set_level (soreness, g_rand_int_range (rand, 0, 11));
  limber_soreness_set_quality (soreness, g_rand_int_range (rand, 0, LIMBER_N_QUALITIES));
  limber_soreness_set_limits_walking (soreness, g_rand_boolean (rand));
  limber_soreness_set_disturbs_sleep (soreness, g_rand_boolean (rand));

  return LIMBER_ENTRY (soreness);
}

static LimberEntry *
make_water (GRand *rand)
{
  LimberHydration *water = limber_hydration_new ();

  limber_hydration_set_volume (water, g_rand_int_range (rand, 100, 20000) / 4.0);

  return LIMBER_ENTRY (water);
}

/* A session always has at least one item: one without any was half-written. */
static LimberEntry *
make_session (GRand *rand)
{
  LimberFasciaSession *session = limber_fascia_session_new ();
  gboolean professional = g_rand_int_range (rand, 0, 4) == 0;
  guint n_items = g_rand_int_range (rand, 1, 9);
  guint n_moves, n_tests, n_results;
  const LimberMove *moves = limber_moves_get_all (&n_moves);
  const LimberMobilityTest *tests = limber_mobility_get_all (&n_tests);
  guint seconds = 0;

  limber_fascia_session_set_fascia_kind (session, professional ? LIMBER_FASCIA_PROFESSIONAL
                                                               : LIMBER_FASCIA_SELF);
  for (guint i = 0; i < n_items; i++)
    {
      guint item_seconds = g_rand_boolean (rand) ? g_rand_int_range (rand, 5, 301) : 0;

      if (professional)
        {
          LimberZone zone = g_rand_int_range (rand, 0, LIMBER_N_ZONES);

          limber_fascia_session_add_item (session, NULL, zone, side_for (rand, zone),
                                          item_seconds);
        }
      else
        {
          const LimberMove *move = &moves[g_rand_int_range (rand, 0, n_moves)];
          LimberZone zone = move->zones[g_rand_int_range (rand, 0, move->n_zones)];

          limber_fascia_session_add_item (session, move->id, zone, side_for (rand, zone),
                                          item_seconds);
        }
      seconds += item_seconds;
    }
  limber_fascia_session_set_duration (session, seconds + g_rand_int_range (rand, 60, 1200));

  n_results = g_rand_int_range (rand, 0, 5);
  for (guint i = 0; i < n_results; i++)
    {
      const LimberMobilityTest *test = &tests[g_rand_int_range (rand, 0, n_tests)];
      LimberSide side = test->per_side ? (g_rand_boolean (rand) ? LIMBER_SIDE_LEFT
                                                                 : LIMBER_SIDE_RIGHT)
                                       : LIMBER_SIDE_CENTRE;
      double value = test->min_value +
                     g_rand_int_range (rand, 0, 2 * (test->max_value - test->min_value) + 1) / 2.0;

      limber_fascia_session_add_result (session, test->id, side, g_rand_boolean (rand), value);
    }

  return LIMBER_ENTRY (session);
}

/**
 * fault_entry_new:
 * @generation: the writer that makes it (one per child process)
 * @index: its place in that writer's sequence
 *
 * Returns: (transfer full): a valid entry of any kind, with every field and its UUID
 *   derived from @generation and @index alone
 */
LimberEntry *
fault_entry_new (guint generation,
                 guint index)
{
  g_autoptr(GRand) rand = entry_rand (generation, index);
  g_autofree char *uuid = NULL;
  g_autofree char *notes = NULL;
  LimberDay today = limber_day_from_ymd (FAULT_TODAY_YMD);
  LimberEntry *entry;

  switch (g_rand_int_range (rand, 0, LIMBER_N_ENTRY_KINDS))
    {
    case LIMBER_ENTRY_KIND_RUN:
      entry = make_run (rand);
      break;
    case LIMBER_ENTRY_KIND_SORENESS:
      entry = make_soreness (rand);
      break;
    case LIMBER_ENTRY_KIND_HYDRATION:
      entry = make_water (rand);
      break;
    default:
      entry = make_session (rand);
      break;
    }

  uuid = g_strdup_printf ("%08x-0000-4000-8000-%012x", generation, index);
  limber_entry_set_uuid (entry, uuid);
  limber_entry_set_day (entry, today - g_rand_int_range (rand, 0, 3650));
  limber_entry_set_time (entry, g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 86400) : -1);
  notes = make_notes (rand);
  limber_entry_set_notes (entry, notes);

  return entry;
}

gboolean
fault_entry_parse_uuid (const char *uuid,
                        guint      *generation,
                        guint      *index)
{
  char again[37];

  if (uuid == NULL || sscanf (uuid, "%8x-0000-4000-8000-%12x", generation, index) != 2)
    return FALSE;

  g_snprintf (again, sizeof again, "%08x-0000-4000-8000-%012x", *generation, *index);
  return strcmp (again, uuid) == 0;
}

/* How many entries the writer @generation stores in its write number @batch. */
guint
fault_batch_size (guint generation,
                  guint batch)
{
  guint32 x = generation * 7919u + batch;

  /* A few rounds of integer mixing: sizes look random but are fixed by their place. */
  x ^= x >> 16;
  x *= 0x7feb352du;
  x ^= x >> 15;
  x *= 0x846ca68bu;
  x ^= x >> 16;

  return batch_sizes[x % G_N_ELEMENTS (batch_sizes)];
}

/* A read-only connection: SQLite reads a WAL beside the file but writes nothing to it. */
static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static void
append_rows (GString    *out,
             sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  g_string_append_printf (out, "-- %s\n", sql);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          if (i > 0)
            g_string_append_c (out, '|');
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_NULL:
              g_string_append (out, "NULL");
              break;
            case SQLITE_FLOAT:
              /* Exact: two doubles that print alike in decimal still differ here. */
              g_string_append_printf (out, "%a", sqlite3_column_double (stmt, i));
              break;
            default:
              g_string_append (out, (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
      g_string_append_c (out, '\n');
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

/**
 * fault_dump_journal:
 *
 * Returns: (transfer full): every row of every table of the journal at @path, its schema and
 *   its version, as text: two journals hold the same when their dumps are equal
 */
char *
fault_dump_journal (const char *path)
{
  static const char * const queries[] = {
    "SELECT (SELECT application_id FROM pragma_application_id),"
    " (SELECT user_version FROM pragma_user_version)",
    "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name",
    "SELECT * FROM entry ORDER BY id",
    "SELECT * FROM run ORDER BY entry_id",
    "SELECT * FROM soreness ORDER BY entry_id",
    "SELECT * FROM hydration ORDER BY entry_id",
    "SELECT * FROM fascia_session ORDER BY entry_id",
    "SELECT * FROM fascia_item ORDER BY session_id, position",
    "SELECT * FROM mobility_result ORDER BY session_id, position",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = open_read_only (path);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    append_rows (out, db, queries[i]);
  sqlite3_close (db);

  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): what PRAGMA integrity_check says, "ok" when all is well */
char *
fault_integrity_check (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = open_read_only (path);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (out, FALSE);
}

/* Fails the test unless PRAGMA integrity_check finds the journal at @path sound. */
void
fault_assert_sound (const char *path)
{
  g_autofree char *integrity = fault_integrity_check (path);

  g_assert_cmpstr (integrity, ==, "ok");
}

/**
 * fault_count_half_written:
 *
 * Counts the rows that show a write stopped halfway: an entry without the row of its kind
 * (or with a row of another kind), a kind row without its entry, a fascia session without
 * items (the fault tests never store one), gaps in a session's item or result positions, and
 * broken foreign keys. Each problem found is logged.
 */
guint
fault_count_half_written (const char *path)
{
  static const struct {
    const char *what;
    const char *sql;
  } checks[] = {
    { "entries without the row of their kind",
      "SELECT count(*) FROM entry e WHERE NOT CASE e.kind"
      " WHEN 'run' THEN EXISTS (SELECT 1 FROM run WHERE entry_id = e.id)"
      " WHEN 'soreness' THEN EXISTS (SELECT 1 FROM soreness WHERE entry_id = e.id)"
      " WHEN 'hydration' THEN EXISTS (SELECT 1 FROM hydration WHERE entry_id = e.id)"
      " WHEN 'fascia' THEN EXISTS (SELECT 1 FROM fascia_session WHERE entry_id = e.id)"
      " ELSE 0 END" },
    { "runs without a run entry",
      "SELECT count(*) FROM run r LEFT JOIN entry e ON e.id = r.entry_id"
      " WHERE e.kind IS NOT 'run'" },
    { "soreness rows without a soreness entry",
      "SELECT count(*) FROM soreness s LEFT JOIN entry e ON e.id = s.entry_id"
      " WHERE e.kind IS NOT 'soreness'" },
    { "hydration rows without a hydration entry",
      "SELECT count(*) FROM hydration h LEFT JOIN entry e ON e.id = h.entry_id"
      " WHERE e.kind IS NOT 'hydration'" },
    { "fascia sessions without a fascia entry",
      "SELECT count(*) FROM fascia_session f LEFT JOIN entry e ON e.id = f.entry_id"
      " WHERE e.kind IS NOT 'fascia'" },
    { "fascia sessions without items",
      "SELECT count(*) FROM fascia_session f"
      " WHERE NOT EXISTS (SELECT 1 FROM fascia_item i WHERE i.session_id = f.entry_id)" },
    { "sessions with gaps in their items",
      "SELECT count(*) FROM (SELECT session_id FROM fascia_item GROUP BY session_id"
      " HAVING max(position) + 1 <> count(*))" },
    { "sessions with gaps in their results",
      "SELECT count(*) FROM (SELECT session_id FROM mobility_result GROUP BY session_id"
      " HAVING max(position) + 1 <> count(*))" },
    { "broken foreign keys", "SELECT count(*) FROM pragma_foreign_key_check" },
  };
  sqlite3 *db = open_read_only (path);
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int n;

      if (sqlite3_prepare_v2 (db, checks[i].sql, -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s: %s", checks[i].sql, sqlite3_errmsg (db));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      n = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);

      if (n > 0)
        g_test_message ("%s: %d %s", path, n, checks[i].what);
      total += n;
    }
  sqlite3_close (db);

  return total;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Returns: (transfer full): the names in @dir, sorted, with spaces between: what it holds */
char *
fault_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

char *
fault_read_file (const char *path,
                 gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* Removes @path and all below it; read-only folders are made writable first. */
void
fault_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      fault_remove_tree (child);
    }
  g_rmdir (path);
}
