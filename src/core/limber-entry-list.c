/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-entry-list"

#include "config.h"

#include <string.h>

#include "limber-entry-list.h"
#include "limber-journal-private.h"

/*
 * Every entry of the journal, newest first, with a LimberWeekSummary before each week's
 * entries: the model of the Journal page. Only the order is read up front (one indexed query
 * returning ids and days); entries are read a page at a time, when the view asks for them,
 * and only a few pages are kept. Ten years of daily entries cost a few hundred kilobytes.
 */

#define PAGE_SIZE 64
#define MAX_PAGES 12

typedef struct
{
  const char *uuid;       /* in the string chunk; NULL for a week header */
  LimberDay   day;        /* the entry's day, or the week's Monday */
  guint       header;     /* for an entry: position of its week's header */
} Row;

typedef struct
{
  guint       index;
  GHashTable *entries;    /* uuid → LimberEntry */
} Page;

struct _LimberEntryList
{
  GObject           parent_instance;

  LimberJournal    *journal;
  sqlite3_stmt     *stmt;
  LimberEntryKinds  kinds;
  char             *search;

  GArray           *rows;
  GStringChunk     *uuids;
  GHashTable       *summaries;   /* position → LimberWeekSummary */
  guint             n_entries;
  GQueue            pages;       /* of Page, most recently used first */
};

static void limber_entry_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberEntryList, limber_entry_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      limber_entry_list_model_init))

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_KINDS,
  PROP_SEARCH,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_ORDER \
  "SELECT uuid, day FROM entry" \
  " WHERE kind IN (?3, ?4, ?5, ?6)" \
  "   AND (?1 IS NULL OR notes LIKE ?1 ESCAPE '\\')" \
  " ORDER BY day DESC, time DESC, id DESC"

static void
page_free (gpointer data)
{
  Page *page = data;

  g_hash_table_unref (page->entries);
  g_free (page);
}

static void
drop_pages (LimberEntryList *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

/* A LIKE pattern matching @text anywhere, with LIKE's own characters escaped. */
static char *
make_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

static gboolean
prepare (LimberEntryList *self)
{
  int rc;

  if (self->stmt != NULL)
    return TRUE;

  rc = sqlite3_prepare_v3 (limber_journal_get_db (self->journal), SELECT_ORDER, -1,
                           SQLITE_PREPARE_PERSISTENT, &self->stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_warning ("Cannot list the journal: %s",
                 sqlite3_errmsg (limber_journal_get_db (self->journal)));
      return FALSE;
    }

  return TRUE;
}

/* Reads the order of the entries and builds the week headers. */
static void
read_rows (LimberEntryList  *self,
           GArray           *rows,
           GStringChunk     *uuids,
           GHashTable       *summaries,
           guint            *n_entries)
{
  g_autofree char *pattern = NULL;
  g_autoptr(GArray) weeks = NULL;
  LimberDay first = LIMBER_DAY_INVALID, last = LIMBER_DAY_INVALID;
  LimberDay week = LIMBER_DAY_INVALID;
  guint header = 0;
  int rc;

  *n_entries = 0;

  if (self->kinds == 0 || !prepare (self))
    return;

  if (self->search != NULL && *self->search != '\0')
    pattern = make_pattern (self->search);

  sqlite3_bind_text (self->stmt, 1, pattern, -1, SQLITE_STATIC);
  limber_journal_bind_kinds (self->stmt, self->kinds);

  while ((rc = sqlite3_step (self->stmt)) == SQLITE_ROW)
    {
      Row row;

      row.day = (LimberDay) sqlite3_column_int64 (self->stmt, 1);

      if (limber_day_week_start (row.day) != week)
        {
          Row head = { NULL, limber_day_week_start (row.day), 0 };

          week = head.day;
          header = rows->len;
          g_array_append_val (rows, head);
        }

      row.uuid = g_string_chunk_insert_const (uuids,
                                              (const char *) sqlite3_column_text (self->stmt, 0));
      row.header = header;
      g_array_append_val (rows, row);
      (*n_entries)++;

      if (last == LIMBER_DAY_INVALID)
        last = row.day;
      first = row.day;
    }

  if (rc != SQLITE_DONE)
    g_warning ("Cannot list the journal: %s",
               sqlite3_errmsg (limber_journal_get_db (self->journal)));

  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);

  if (*n_entries == 0)
    return;

  /* One query for the totals of every week shown, whatever the filter. */
  weeks = limber_journal_weekly_totals (self->journal, limber_day_week_start (first),
                                        limber_day_week_start (last) + 6, NULL);
  if (weeks == NULL)
    return;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      guint w;

      if (row->uuid != NULL)
        continue;

      w = (row->day - limber_day_week_start (first)) / 7;
      g_assert (w < weeks->len);
      g_hash_table_insert (summaries, GUINT_TO_POINTER (i),
                           limber_week_summary_new (&g_array_index (weeks, LimberWeekTotals, w)));
    }
}

static gboolean
row_same (LimberEntryList *self,
          GHashTable      *old_summaries,
          const Row       *a,
          guint            a_pos,
          GHashTable      *new_summaries,
          const Row       *b,
          guint            b_pos,
          const char      *changed_uuid)
{
  if ((a->uuid == NULL) != (b->uuid == NULL) || a->day != b->day)
    return FALSE;

  if (a->uuid != NULL)
    return strcmp (a->uuid, b->uuid) == 0 &&
           (changed_uuid == NULL || strcmp (a->uuid, changed_uuid) != 0);

  return limber_week_summary_equal (g_hash_table_lookup (old_summaries, GUINT_TO_POINTER (a_pos)),
                                    g_hash_table_lookup (new_summaries, GUINT_TO_POINTER (b_pos)));
}

/* Reads the order again and tells the views what changed: the rows between the common
 * start and the common end, so a view keeps its scroll position. @changed_uuid, when
 * known, is an entry whose content changed in place. */
static void
reload (LimberEntryList *self,
        const char      *changed_uuid,
        gboolean         everything)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GHashTable) summaries = NULL;
  GStringChunk *uuids = g_string_chunk_new (4096);
  guint old_n = self->rows->len, new_n, n_entries;
  guint prefix = 0, suffix = 0;

  summaries = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  read_rows (self, rows, uuids, summaries, &n_entries);
  new_n = rows->len;

  if (!everything)
    {
      while (prefix < old_n && prefix < new_n &&
             row_same (self, self->summaries, &g_array_index (self->rows, Row, prefix), prefix,
                       summaries, &g_array_index (rows, Row, prefix), prefix, changed_uuid))
        prefix++;

      while (suffix < old_n - prefix && suffix < new_n - prefix &&
             row_same (self,
                       self->summaries, &g_array_index (self->rows, Row, old_n - 1 - suffix),
                       old_n - 1 - suffix,
                       summaries, &g_array_index (rows, Row, new_n - 1 - suffix),
                       new_n - 1 - suffix, changed_uuid))
        suffix++;
    }

  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_clear_pointer (&self->uuids, g_string_chunk_free);
  self->uuids = uuids;
  g_clear_pointer (&self->summaries, g_hash_table_unref);
  self->summaries = g_steal_pointer (&summaries);
  self->n_entries = n_entries;
  drop_pages (self);

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Reads the entries of the page holding @position, evicting the least recently used. */
static Page *
get_page (LimberEntryList *self,
          guint            position)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint index = position / PAGE_SIZE;
  guint start, end;
  LimberDay newest, oldest;
  Page *page;

  for (GList *l = self->pages.head; l != NULL; l = l->next)
    {
      page = l->data;
      if (page->index == index)
        {
          g_queue_unlink (&self->pages, l);
          g_queue_push_head_link (&self->pages, l);
          return page;
        }
    }

  start = index * PAGE_SIZE;
  end = MIN (start + PAGE_SIZE, self->rows->len) - 1;
  newest = 0;
  oldest = G_MAXUINT32;
  for (guint i = start; i <= end; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      if (row->uuid != NULL)
        {
          newest = MAX (newest, row->day);
          oldest = MIN (oldest, row->day);
        }
    }

  page = g_new0 (Page, 1);
  page->index = index;
  page->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  entries = limber_journal_list (self->journal, oldest, newest, self->kinds, &error);
  if (entries == NULL)
    g_warning ("Cannot read the journal: %s", error->message);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      LimberEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_insert (page->entries, (gpointer) limber_entry_get_uuid (entry),
                           g_object_ref (entry));
    }

  g_queue_push_head (&self->pages, page);
  while (self->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));

  return page;
}

static void
on_journal_changed_cb (LimberEntryList *self,
                       guint            kinds,
                       const char      *uuid)
{
  reload (self, uuid, FALSE);
}

static GType
limber_entry_list_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
limber_entry_list_get_n_items (GListModel *model)
{
  return LIMBER_ENTRY_LIST (model)->rows->len;
}

static gpointer
limber_entry_list_get_item (GListModel *model,
                            guint       position)
{
  LimberEntryList *self = LIMBER_ENTRY_LIST (model);
  const Row *row;
  LimberEntry *entry;

  if (position >= self->rows->len)
    return NULL;

  row = &g_array_index (self->rows, Row, position);
  if (row->uuid == NULL)
    return g_object_ref (g_hash_table_lookup (self->summaries, GUINT_TO_POINTER (position)));

  entry = g_hash_table_lookup (get_page (self, position)->entries, row->uuid);
  if (entry != NULL)
    return g_object_ref (entry);

  /* Not in its page's days: the journal changed under us and a reload is on its way. */
  return limber_journal_get (self->journal, row->uuid, NULL);
}

static void
limber_entry_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = limber_entry_list_get_item_type;
  iface->get_n_items = limber_entry_list_get_n_items;
  iface->get_item = limber_entry_list_get_item;
}

static void
limber_entry_list_finalize (GObject *object)
{
  LimberEntryList *self = LIMBER_ENTRY_LIST (object);

  drop_pages (self);
  g_clear_pointer (&self->stmt, sqlite3_finalize);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->uuids, g_string_chunk_free);
  g_clear_pointer (&self->summaries, g_hash_table_unref);

  G_OBJECT_CLASS (limber_entry_list_parent_class)->finalize (object);
}

static void
limber_entry_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LimberEntryList *self = LIMBER_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_KINDS:
      g_value_set_uint (value, self->kinds);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->rows->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_entry_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LimberEntryList *self = LIMBER_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    case PROP_KINDS:
      limber_entry_list_set_kinds (self, g_value_get_uint (value));
      break;

    case PROP_SEARCH:
      limber_entry_list_set_search (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_entry_list_constructed (GObject *object)
{
  LimberEntryList *self = LIMBER_ENTRY_LIST (object);

  G_OBJECT_CLASS (limber_entry_list_parent_class)->constructed (object);

  g_assert (LIMBER_IS_JOURNAL (self->journal));

  g_signal_connect_object (self->journal, "changed", G_CALLBACK (on_journal_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self, NULL, TRUE);
}

static void
limber_entry_list_class_init (LimberEntryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = limber_entry_list_constructed;
  object_class->finalize = limber_entry_list_finalize;
  object_class->get_property = limber_entry_list_get_property;
  object_class->set_property = limber_entry_list_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KINDS] =
    g_param_spec_uint ("kinds", NULL, NULL,
                       0, LIMBER_ENTRY_KINDS_ALL, LIMBER_ENTRY_KINDS_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_entry_list_init (LimberEntryList *self)
{
  self->kinds = LIMBER_ENTRY_KINDS_ALL;
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->uuids = g_string_chunk_new (64);
  self->summaries = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_queue_init (&self->pages);
}

LimberEntryList *
limber_entry_list_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_ENTRY_LIST, "journal", journal, NULL);
}

LimberJournal *
limber_entry_list_get_journal (LimberEntryList *self)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), NULL);

  return self->journal;
}

LimberEntryKinds
limber_entry_list_get_kinds (LimberEntryList *self)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), 0);

  return self->kinds;
}

/**
 * limber_entry_list_set_kinds:
 *
 * Shows only entries of @kinds (0 shows nothing).
 */
void
limber_entry_list_set_kinds (LimberEntryList  *self,
                             LimberEntryKinds  kinds)
{
  g_return_if_fail (LIMBER_IS_ENTRY_LIST (self));

  kinds &= LIMBER_ENTRY_KINDS_ALL;
  if (self->kinds == kinds)
    return;

  self->kinds = kinds;
  reload (self, NULL, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KINDS]);
}

const char *
limber_entry_list_get_search (LimberEntryList *self)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), NULL);

  return self->search;
}

/**
 * limber_entry_list_set_search:
 * @search: (nullable): text the notes must contain (case-insensitive for ASCII letters)
 */
void
limber_entry_list_set_search (LimberEntryList *self,
                              const char      *search)
{
  g_return_if_fail (LIMBER_IS_ENTRY_LIST (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  reload (self, NULL, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

/* The number of entries shown, week headers aside. */
guint
limber_entry_list_get_n_entries (LimberEntryList *self)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), 0);

  return self->n_entries;
}

/* The day rows are ordered by: a header sorts with the newest entry of its week, which
 * always follows it. */
static LimberDay
sort_day (LimberEntryList *self,
          guint            position)
{
  const Row *row = &g_array_index (self->rows, Row, position);

  if (row->uuid == NULL)
    row = &g_array_index (self->rows, Row, position + 1);

  return row->day;
}

/**
 * limber_entry_list_find_day:
 *
 * Where to scroll to show @day: the header of the week of the newest entry on or before
 * @day, or the last item when every entry is newer.
 *
 * Returns: a position, or G_MAXUINT when the list is empty
 */
guint
limber_entry_list_find_day (LimberEntryList *self,
                            LimberDay        day)
{
  guint lo = 0, hi;

  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), G_MAXUINT);

  if (self->rows->len == 0)
    return G_MAXUINT;

  /* Rows are newest first: find the first row whose day is on or before @day. */
  hi = self->rows->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (sort_day (self, mid) > day)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo == self->rows->len)
    return self->rows->len - 1;

  /* Show the week's header above the entry. */
  if (g_array_index (self->rows, Row, lo).uuid != NULL)
    return g_array_index (self->rows, Row, lo).header;

  return lo;
}

/**
 * limber_entry_list_find_uuid:
 *
 * Returns: the position of the entry, or G_MAXUINT when it is not shown
 */
guint
limber_entry_list_find_uuid (LimberEntryList *self,
                             const char      *uuid)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), G_MAXUINT);
  g_return_val_if_fail (uuid != NULL, G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      if (row->uuid != NULL && strcmp (row->uuid, uuid) == 0)
        return i;
    }

  return G_MAXUINT;
}

/* The day of the item at @position (a week header's Monday). */
LimberDay
limber_entry_list_get_day (LimberEntryList *self,
                           guint            position)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), LIMBER_DAY_INVALID);
  g_return_val_if_fail (position < self->rows->len, LIMBER_DAY_INVALID);

  return g_array_index (self->rows, Row, position).day;
}

/* How many entries are read and held right now (for tests and benchmarks). */
guint
limber_entry_list_get_n_loaded (LimberEntryList *self)
{
  guint n = 0;

  g_return_val_if_fail (LIMBER_IS_ENTRY_LIST (self), 0);

  for (GList *l = self->pages.head; l != NULL; l = l->next)
    n += g_hash_table_size (((Page *) l->data)->entries);

  return n;
}
