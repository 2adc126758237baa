/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-dismissals"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-dismissals.h"
#include "limber-journal-private.h"

/* Recommendations a runner dismissed for a week, kept in the journal's dismissal table.
 *
 * A dismissal names a card by its fingerprint: a hash of what the card says and rests on,
 * that is the rule, the zone and side, the severity, the title (which carries the rule's
 * headline numbers: "4 of 6 days", "35 % longer") and the entries the rule used. The card
 * stays hidden until the week is over, or until its facts change: a new or deleted entry, a
 * level that turns a warning into a physio flag or a count that moves all give it a new
 * fingerprint, and it shows again. */

static sqlite3_stmt *
prepare (LimberJournal  *journal,
         const char     *sql,
         const char     *what,
         GError        **error)
{
  sqlite3 *db = limber_journal_get_db (journal);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      limber_journal_set_error_from_sqlite (error, db, rc, what);
      return NULL;
    }

  return stmt;
}

/* Steps a statement that returns no rows, finalizes it, and says whether rows changed. */
static gboolean
run (LimberJournal  *journal,
     sqlite3_stmt   *stmt,
     const char     *what,
     gboolean       *changed,
     GError        **error)
{
  sqlite3 *db = limber_journal_get_db (journal);
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, db, rc, what);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);

  if (changed != NULL)
    *changed = sqlite3_changes (db) > 0;

  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * limber_dismissals_fingerprint:
 * @rec: a recommendation
 *
 * Returns: (transfer full): a hex digest of what @rec says and rests on; it changes when the
 *   facts behind @rec do
 */
char *
limber_dismissals_fingerprint (LimberRecommendation *rec)
{
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GPtrArray) uuids = NULL;
  const char * const *entries;
  int zone;
  const char *parts[5];

  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (rec), NULL);

  zone = limber_recommendation_get_zone (rec);
  parts[0] = limber_recommendation_get_rule (rec);
  parts[1] = "";
  parts[2] = "";
  if (zone != LIMBER_NO_ZONE)
    {
      parts[1] = limber_zone_to_id (zone);
      parts[2] = limber_side_to_id (limber_recommendation_get_side (rec));
    }
  parts[3] = limber_severity_to_id (limber_recommendation_get_severity (rec));
  parts[4] = limber_recommendation_get_title (rec);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *part = parts[i] != NULL ? parts[i] : "";

      /* A separator no id or title holds, so that parts cannot run into each other. */
      g_checksum_update (checksum, (const guchar *) part, -1);
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
    }

  /* The entries in a stable order: the same facts found in another order are the same. */
  uuids = g_ptr_array_new ();
  entries = limber_recommendation_get_entries (rec);
  for (guint i = 0; entries[i] != NULL; i++)
    g_ptr_array_add (uuids, (gpointer) entries[i]);
  g_ptr_array_sort (uuids, compare_strings);
  for (guint i = 0; i < uuids->len; i++)
    {
      g_checksum_update (checksum, (const guchar *) uuids->pdata[i], -1);
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

/* The last day a card dismissed on @today stays hidden. */
LimberDay
limber_dismissals_until (LimberDay today)
{
  g_return_val_if_fail (today != LIMBER_DAY_INVALID, LIMBER_DAY_INVALID);

  return today + LIMBER_DISMISS_DAYS - 1;
}

/**
 * limber_dismissals_add:
 * @fingerprint: the card's fingerprint, from limber_dismissals_fingerprint()
 * @rule: the card's rule id
 * @zone: (nullable): the id of the card's zone, %NULL or "" for none
 * @side: (nullable): the id of its side, %NULL or "" for none
 * @today: the day of dismissal
 *
 * Hides the card with @fingerprint for a week from @today, and forgets dismissals that
 * ran out before @today. Emits #LimberJournal::dismissals-changed.
 */
gboolean
limber_dismissals_add (LimberJournal  *journal,
                       const char     *fingerprint,
                       const char     *rule,
                       const char     *zone,
                       const char     *side,
                       LimberDay       today,
                       GError        **error)
{
  const char *what = _("Dismissing advice");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (fingerprint != NULL && *fingerprint != '\0', FALSE);
  g_return_val_if_fail (rule != NULL && *rule != '\0', FALSE);
  g_return_val_if_fail (today != LIMBER_DAY_INVALID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare (journal, "DELETE FROM dismissal WHERE dismissed_until < ?1", what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, today);
  if (!run (journal, stmt, what, NULL, error))
    return FALSE;

  stmt = prepare (journal,
                  "INSERT OR REPLACE INTO dismissal (fingerprint, rule, zone, side, dismissed_until,"
                  " created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                  what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fingerprint, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rule, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 3, zone);
  bind_text_or_null (stmt, 4, side);
  sqlite3_bind_int64 (stmt, 5, limber_dismissals_until (today));
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC);
  if (!run (journal, stmt, what, NULL, error))
    return FALSE;

  limber_journal_emit_dismissals_changed (journal);

  return TRUE;
}

/* limber_dismissals_add() for @rec. */
gboolean
limber_dismissals_dismiss (LimberJournal         *journal,
                           LimberRecommendation  *rec,
                           LimberDay              today,
                           GError               **error)
{
  g_autofree char *fingerprint = NULL;
  int zone;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (LIMBER_IS_RECOMMENDATION (rec), FALSE);

  fingerprint = limber_dismissals_fingerprint (rec);
  zone = limber_recommendation_get_zone (rec);

  return limber_dismissals_add (journal, fingerprint, limber_recommendation_get_rule (rec),
                                zone == LIMBER_NO_ZONE ? NULL : limber_zone_to_id (zone),
                                zone == LIMBER_NO_ZONE
                                  ? NULL : limber_side_to_id (limber_recommendation_get_side (rec)),
                                today, error);
}

/* Shows the card with @fingerprint again (Undo). Emits #LimberJournal::dismissals-changed
 * when it was hidden. */
gboolean
limber_dismissals_remove (LimberJournal  *journal,
                          const char     *fingerprint,
                          GError        **error)
{
  const char *what = _("Bringing advice back");
  sqlite3_stmt *stmt;
  gboolean changed = FALSE;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (fingerprint != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare (journal, "DELETE FROM dismissal WHERE fingerprint = ?1", what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fingerprint, -1, SQLITE_TRANSIENT);
  if (!run (journal, stmt, what, &changed, error))
    return FALSE;

  if (changed)
    limber_journal_emit_dismissals_changed (journal);

  return TRUE;
}

/* Shows every dismissed card again. */
gboolean
limber_dismissals_clear (LimberJournal  *journal,
                         GError        **error)
{
  const char *what = _("Bringing advice back");
  sqlite3_stmt *stmt;
  gboolean changed = FALSE;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare (journal, "DELETE FROM dismissal", what, error);
  if (stmt == NULL)
    return FALSE;
  if (!run (journal, stmt, what, &changed, error))
    return FALSE;

  if (changed)
    limber_journal_emit_dismissals_changed (journal);

  return TRUE;
}

/**
 * limber_dismissals_filter:
 * @recommendations: a #GListModel of #LimberRecommendation
 * @today: the day to judge from
 * @n_hidden: (out) (optional): how many were left out
 *
 * Returns: (transfer full): the recommendations not dismissed as of @today, in their order
 */
GListModel *
limber_dismissals_filter (LimberJournal  *journal,
                          GListModel     *recommendations,
                          LimberDay       today,
                          guint          *n_hidden,
                          GError        **error)
{
  const char *what = _("Reading dismissed advice");
  g_autoptr(GHashTable) hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListStore *store;
  sqlite3_stmt *stmt;
  guint n, n_left_out = 0;
  int rc;

  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (recommendations), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (journal, "SELECT fingerprint FROM dismissal WHERE dismissed_until >= ?1",
                  what, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (hidden, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      limber_journal_set_error_from_sqlite (error, limber_journal_get_db (journal), rc, what);
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);

  store = g_list_store_new (LIMBER_TYPE_RECOMMENDATION);
  n = g_list_model_get_n_items (recommendations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberRecommendation) rec = g_list_model_get_item (recommendations, i);
      g_autofree char *fingerprint = limber_dismissals_fingerprint (rec);

      if (g_hash_table_contains (hidden, fingerprint))
        n_left_out++;
      else
        g_list_store_append (store, rec);
    }

  if (n_hidden != NULL)
    *n_hidden = n_left_out;

  return G_LIST_MODEL (store);
}
