/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fascia-session"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "limber-fascia-session.h"
#include "limber-mobility.h"
#include "limber-moves.h"

struct _LimberFasciaSession
{
  LimberEntry       parent_instance;

  GArray           *items;
  GArray           *results;
  guint             duration;
  LimberFasciaKind  kind;
};

G_DEFINE_FINAL_TYPE (LimberFasciaSession, limber_fascia_session, LIMBER_TYPE_ENTRY)

static const struct { const char *id; const char *label; } kinds[LIMBER_N_FASCIA_KINDS] = {
  [LIMBER_FASCIA_SELF]         = { "self",         N_("Self-care") },
  [LIMBER_FASCIA_PROFESSIONAL] = { "professional", N_("Professional massage") },
};

static gboolean
validate_item (const LimberFasciaItem  *item,
               GError                 **error)
{
  const LimberMove *move = NULL;

  if (item->move_id != NULL)
    {
      move = limber_moves_lookup (item->move_id);
      if (move == NULL)
        {
          g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                       _("Move “%s” is not in the move library"), item->move_id);
          return FALSE;
        }
    }

  if ((guint) item->zone >= LIMBER_N_ZONES)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_ZONE,
                           _("Zone must be one of the body zones of the body map"));
      return FALSE;
    }

  if (move != NULL && !limber_move_has_zone (move, item->zone))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                   _("Move “%s” does not work the zone “%s”"),
                   limber_move_get_name (move), limber_zone_get_label (item->zone));
      return FALSE;
    }

  if ((guint) item->side >= LIMBER_N_SIDES ||
      (limber_zone_is_paired (item->zone) && item->side == LIMBER_SIDE_CENTRE))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_SIDE,
                   _("Side must be left, right or both for the zone “%s”"),
                   limber_zone_get_label (item->zone));
      return FALSE;
    }

  if (item->seconds != 0 &&
      (item->seconds < LIMBER_FASCIA_ITEM_MIN_SECONDS ||
       item->seconds > LIMBER_FASCIA_ITEM_MAX_SECONDS))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                   _("Time for a move must be between %d seconds and %d minutes"),
                   LIMBER_FASCIA_ITEM_MIN_SECONDS, LIMBER_FASCIA_ITEM_MAX_SECONDS / 60);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_result (const LimberMobilityResult  *result,
                 GError                     **error)
{
  const LimberMobilityTest *test = limber_mobility_lookup (result->test_id);

  if (test == NULL)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY,
                   _("Mobility test “%s” is not one of Limber’s self-tests"),
                   result->test_id ? result->test_id : "");
      return FALSE;
    }

  if (!isfinite (result->value) ||
      result->value < test->min_value || result->value > test->max_value)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY,
                   _("%s must be between %g and %g %s"),
                   limber_mobility_get_name (test), test->min_value, test->max_value,
                   limber_mobility_get_unit_label (test));
      return FALSE;
    }

  if (test->per_side ? (result->side != LIMBER_SIDE_LEFT && result->side != LIMBER_SIDE_RIGHT)
                     : result->side != LIMBER_SIDE_CENTRE)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOBILITY,
                   test->per_side ? _("%s is measured on the left or the right side")
                                  : _("%s is measured once, not per side"),
                   limber_mobility_get_name (test));
      return FALSE;
    }

  return TRUE;
}

static gboolean
limber_fascia_session_validate (LimberEntry  *entry,
                                GError      **error)
{
  LimberFasciaSession *self = LIMBER_FASCIA_SESSION (entry);
  guint with_move = 0;
  guint item_seconds;

  if (self->duration < LIMBER_FASCIA_MIN_SECONDS || self->duration > LIMBER_FASCIA_MAX_SECONDS)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                   _("Duration must be between %d and %d minutes"),
                   LIMBER_FASCIA_MIN_SECONDS / 60, LIMBER_FASCIA_MAX_SECONDS / 60);
      return FALSE;
    }

  if ((guint) self->kind >= LIMBER_N_FASCIA_KINDS)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_FASCIA_KIND,
                           _("Kind must be self-care or professional massage"));
      return FALSE;
    }

  if (self->items->len > LIMBER_FASCIA_MAX_ITEMS)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                   _("A session can hold at most %d moves"), LIMBER_FASCIA_MAX_ITEMS);
      return FALSE;
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const LimberFasciaItem *item = &g_array_index (self->items, LimberFasciaItem, i);

      if (!validate_item (item, error))
        return FALSE;
      if (item->move_id != NULL)
        with_move++;
    }

  if (with_move != 0 && with_move != self->items->len)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_MOVES,
                           _("Either every part of a session names a move, or none does"));
      return FALSE;
    }

  /* A minute of slack for rounding: the moves cannot take longer than the session. */
  item_seconds = limber_fascia_session_get_item_seconds (self);
  if (item_seconds > self->duration + 60)
    {
      guint item_minutes = (item_seconds + 59) / 60;
      guint session_minutes = self->duration / 60;
      g_autofree char *session_text = NULL;

      /* Translators: a session's length, used in “The moves add up to …” */
      session_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                                   session_minutes), session_minutes);
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DURATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: the moves' minutes, then the session's length,
                                 * e.g. "The moves add up to 12 minutes, more than the session’s
                                 * 10 minutes" */
                                "The moves add up to %u minute, more than the session’s %s",
                                "The moves add up to %u minutes, more than the session’s %s",
                                item_minutes),
                   item_minutes, session_text);
      return FALSE;
    }

  for (guint i = 0; i < self->results->len; i++)
    {
      if (!validate_result (&g_array_index (self->results, LimberMobilityResult, i), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
limber_fascia_session_equal (LimberEntry *entry,
                             LimberEntry *other_entry)
{
  LimberFasciaSession *self = LIMBER_FASCIA_SESSION (entry);
  LimberFasciaSession *other = LIMBER_FASCIA_SESSION (other_entry);

  if (self->duration != other->duration ||
      self->kind != other->kind ||
      self->items->len != other->items->len ||
      self->results->len != other->results->len)
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      const LimberFasciaItem *a = &g_array_index (self->items, LimberFasciaItem, i);
      const LimberFasciaItem *b = &g_array_index (other->items, LimberFasciaItem, i);

      /* Interned strings: pointer equality is string equality. */
      if (a->move_id != b->move_id || a->zone != b->zone || a->side != b->side ||
          a->seconds != b->seconds)
        return FALSE;
    }

  for (guint i = 0; i < self->results->len; i++)
    {
      const LimberMobilityResult *a = &g_array_index (self->results, LimberMobilityResult, i);
      const LimberMobilityResult *b = &g_array_index (other->results, LimberMobilityResult, i);

      if (a->test_id != b->test_id || a->side != b->side || a->after != b->after ||
          fabs (a->value - b->value) > 1e-6)
        return FALSE;
    }

  return TRUE;
}

static LimberEntry *
limber_fascia_session_copy (LimberEntry *entry)
{
  LimberFasciaSession *self = LIMBER_FASCIA_SESSION (entry);
  LimberFasciaSession *copy = limber_fascia_session_new ();

  copy->duration = self->duration;
  copy->kind = self->kind;
  g_array_append_vals (copy->items, self->items->data, self->items->len);
  g_array_append_vals (copy->results, self->results->data, self->results->len);

  return LIMBER_ENTRY (copy);
}

static void
limber_fascia_session_finalize (GObject *object)
{
  LimberFasciaSession *self = (LimberFasciaSession *)object;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->results, g_array_unref);

  G_OBJECT_CLASS (limber_fascia_session_parent_class)->finalize (object);
}

static void
limber_fascia_session_class_init (LimberFasciaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LimberEntryClass *entry_class = LIMBER_ENTRY_CLASS (klass);

  object_class->finalize = limber_fascia_session_finalize;

  entry_class->kind = LIMBER_ENTRY_KIND_FASCIA;
  entry_class->validate = limber_fascia_session_validate;
  entry_class->equal = limber_fascia_session_equal;
  entry_class->copy = limber_fascia_session_copy;
}

static void
limber_fascia_session_init (LimberFasciaSession *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (LimberFasciaItem));
  self->results = g_array_new (FALSE, TRUE, sizeof (LimberMobilityResult));
  self->kind = LIMBER_FASCIA_SELF;
}

LimberFasciaSession *
limber_fascia_session_new (void)
{
  return g_object_new (LIMBER_TYPE_FASCIA_SESSION, NULL);
}

/* Seconds, the whole session. */
guint
limber_fascia_session_get_duration (LimberFasciaSession *self)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (self), 0);

  return self->duration;
}

void
limber_fascia_session_set_duration (LimberFasciaSession *self,
                                    guint                seconds)
{
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  self->duration = seconds;
}

LimberFasciaKind
limber_fascia_session_get_fascia_kind (LimberFasciaSession *self)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (self), LIMBER_FASCIA_SELF);

  return self->kind;
}

void
limber_fascia_session_set_fascia_kind (LimberFasciaSession *self,
                                       LimberFasciaKind     kind)
{
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  self->kind = kind;
}

const LimberFasciaItem *
limber_fascia_session_get_items (LimberFasciaSession *self,
                                 guint               *n_items)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = self->items->len;

  return (const LimberFasciaItem *) (gpointer) self->items->data;
}

void
limber_fascia_session_add_item (LimberFasciaSession *self,
                                const char          *move_id,
                                LimberZone           zone,
                                LimberSide           side,
                                guint                seconds)
{
  LimberFasciaItem item = {
    .move_id = (move_id && *move_id) ? g_intern_string (move_id) : NULL,
    .zone = zone,
    .side = side,
    .seconds = seconds,
  };

  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  g_array_append_val (self->items, item);
}

void
limber_fascia_session_clear_items (LimberFasciaSession *self)
{
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  g_array_set_size (self->items, 0);
}

/* The seconds of all parts added up. */
guint
limber_fascia_session_get_item_seconds (LimberFasciaSession *self)
{
  guint total = 0;

  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    total += g_array_index (self->items, LimberFasciaItem, i).seconds;

  return total;
}

const LimberMobilityResult *
limber_fascia_session_get_results (LimberFasciaSession *self,
                                   guint               *n_results)
{
  g_return_val_if_fail (LIMBER_IS_FASCIA_SESSION (self), NULL);
  g_return_val_if_fail (n_results != NULL, NULL);

  *n_results = self->results->len;

  return (const LimberMobilityResult *) (gpointer) self->results->data;
}

void
limber_fascia_session_add_result (LimberFasciaSession *self,
                                  const char          *test_id,
                                  LimberSide           side,
                                  gboolean             after,
                                  double               value)
{
  LimberMobilityResult result = {
    .test_id = test_id ? g_intern_string (test_id) : NULL,
    .side = side,
    .after = !!after,
    .value = value,
  };

  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  g_array_append_val (self->results, result);
}

void
limber_fascia_session_clear_results (LimberFasciaSession *self)
{
  g_return_if_fail (LIMBER_IS_FASCIA_SESSION (self));

  g_array_set_size (self->results, 0);
}

const char *
limber_fascia_kind_to_id (LimberFasciaKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_FASCIA_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
limber_fascia_kind_from_id (const char       *id,
                            LimberFasciaKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_N_FASCIA_KINDS; i++)
    {
      if (g_str_equal (id, kinds[i].id))
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_fascia_kind_get_label (LimberFasciaKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_FASCIA_KINDS, NULL);

  return _(kinds[kind].label);
}
