/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-entry.h"

typedef struct
{
  char      *uuid;
  char      *notes;
  LimberDay  day;
  int        time;
  gint64     created;
  gint64     updated;
} LimberEntryPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LimberEntry, limber_entry, G_TYPE_OBJECT)

G_DEFINE_QUARK (limber-entry-error-quark, limber_entry_error)

static const char * const kind_ids[LIMBER_N_ENTRY_KINDS] = {
  [LIMBER_ENTRY_KIND_RUN]       = "run",
  [LIMBER_ENTRY_KIND_SORENESS]  = "soreness",
  [LIMBER_ENTRY_KIND_HYDRATION] = "hydration",
  [LIMBER_ENTRY_KIND_FASCIA]    = "fascia",
};

static gboolean
validate_common (LimberEntry  *self,
                 LimberDay     today,
                 GError      **error)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  if (!limber_entry_check_day (priv->day, today, error))
    return FALSE;

  if (priv->time != -1 && (priv->time < 0 || priv->time >= 86400))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_TIME,
                           _("Time must be between 00:00 and 23:59"));
      return FALSE;
    }

  if (priv->notes != NULL && g_utf8_strlen (priv->notes, -1) > LIMBER_ENTRY_NOTES_MAX)
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_NOTES,
                   _("Notes must be at most %d characters"), LIMBER_ENTRY_NOTES_MAX);
      return FALSE;
    }

  if (priv->uuid != NULL && !g_uuid_string_is_valid (priv->uuid))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_UUID,
                   _("“%s” is not a valid entry id (a UUID)"), priv->uuid);
      return FALSE;
    }

  return TRUE;
}

static void
limber_entry_finalize (GObject *object)
{
  LimberEntry *self = (LimberEntry *)object;
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->notes, g_free);

  G_OBJECT_CLASS (limber_entry_parent_class)->finalize (object);
}

static void
limber_entry_class_init (LimberEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_entry_finalize;
}

static void
limber_entry_init (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  priv->time = -1;
}

const char *
limber_entry_kind_to_id (LimberEntryKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_ENTRY_KINDS, NULL);

  return kind_ids[kind];
}

gboolean
limber_entry_kind_from_id (const char      *id,
                           LimberEntryKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LIMBER_N_ENTRY_KINDS; i++)
    {
      if (g_str_equal (id, kind_ids[i]))
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

LimberEntryKind
limber_entry_get_kind (LimberEntry *self)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY (self), 0);

  return LIMBER_ENTRY_GET_CLASS (self)->kind;
}

const char *
limber_entry_get_uuid (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), NULL);

  return priv->uuid;
}

/* NULL leaves the id unset; the journal gives the entry a new UUID when it is added. */
void
limber_entry_set_uuid (LimberEntry *self,
                       const char  *uuid)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_if_fail (LIMBER_IS_ENTRY (self));

  if (g_strcmp0 (priv->uuid, uuid) == 0)
    return;

  g_free (priv->uuid);
  priv->uuid = uuid ? g_ascii_strdown (uuid, -1) : NULL;
}

LimberDay
limber_entry_get_day (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), LIMBER_DAY_INVALID);

  return priv->day;
}

void
limber_entry_set_day (LimberEntry *self,
                      LimberDay    day)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_if_fail (LIMBER_IS_ENTRY (self));

  priv->day = day;
}

/* Seconds since midnight, or -1 when the time of day is not known. */
int
limber_entry_get_time (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), -1);

  return priv->time;
}

void
limber_entry_set_time (LimberEntry *self,
                       int          seconds)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_if_fail (LIMBER_IS_ENTRY (self));

  priv->time = seconds;
}

const char *
limber_entry_get_notes (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), NULL);

  return priv->notes ? priv->notes : "";
}

void
limber_entry_set_notes (LimberEntry *self,
                        const char  *notes)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_if_fail (LIMBER_IS_ENTRY (self));

  if (notes != NULL && *notes == '\0')
    notes = NULL;

  if (g_strcmp0 (priv->notes, notes) == 0)
    return;

  g_free (priv->notes);
  priv->notes = g_strdup (notes);
}

/* Unix time in seconds, set by the journal. */
gint64
limber_entry_get_created (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), 0);

  return priv->created;
}

gint64
limber_entry_get_updated (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), 0);

  return priv->updated;
}

void
limber_entry_set_timestamps (LimberEntry *self,
                             gint64       created,
                             gint64       updated)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);

  g_return_if_fail (LIMBER_IS_ENTRY (self));

  priv->created = created;
  priv->updated = updated;
}

/**
 * limber_entry_check_day:
 * @today: the day against which "in the future" is judged
 *
 * Whether an entry of any kind may be dated @day: from 1 January LIMBER_EARLIEST_YEAR to
 * @today. The rule limber_entry_validate() applies, for a date picker to refuse what Save
 * would refuse.
 *
 * Returns: FALSE with a LIMBER_ENTRY_ERROR_DATE error saying why when it may not
 */
gboolean
limber_entry_check_day (LimberDay   day,
                        LimberDay   today,
                        GError    **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (day == LIMBER_DAY_INVALID || !g_date_valid_julian (day))
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE,
                           _("Date is missing"));
      return FALSE;
    }

  if (day > today)
    {
      g_set_error_literal (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE,
                           _("Date cannot be in the future"));
      return FALSE;
    }

  if (day < limber_day_from_ymd (LIMBER_EARLIEST_YEAR, 1, 1))
    {
      g_set_error (error, LIMBER_ENTRY_ERROR, LIMBER_ENTRY_ERROR_DATE,
                   _("Date must be between 1 January %d and today"), LIMBER_EARLIEST_YEAR);
      return FALSE;
    }

  return TRUE;
}

/**
 * limber_entry_validate:
 * @today: the day against which "in the future" is judged
 *
 * Checks every field. On failure @error's code names the field at fault
 * (#LimberEntryError) and its message the allowed range.
 */
gboolean
limber_entry_validate (LimberEntry  *self,
                       LimberDay     today,
                       GError      **error)
{
  g_return_val_if_fail (LIMBER_IS_ENTRY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_common (self, today, error))
    return FALSE;

  return LIMBER_ENTRY_GET_CLASS (self)->validate (self, error);
}

/* Same content: kind, id, day, time, notes and every kind's field. Timestamps are ignored. */
gboolean
limber_entry_equal (LimberEntry *self,
                    LimberEntry *other)
{
  LimberEntryPrivate *a = limber_entry_get_instance_private (self);
  LimberEntryPrivate *b = limber_entry_get_instance_private (other);

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_ENTRY (other), FALSE);

  if (G_OBJECT_TYPE (self) != G_OBJECT_TYPE (other))
    return FALSE;

  if (g_strcmp0 (a->uuid, b->uuid) != 0 ||
      a->day != b->day ||
      a->time != b->time ||
      g_strcmp0 (a->notes, b->notes) != 0)
    return FALSE;

  return LIMBER_ENTRY_GET_CLASS (self)->equal (self, other);
}

LimberEntry *
limber_entry_copy (LimberEntry *self)
{
  LimberEntryPrivate *priv = limber_entry_get_instance_private (self);
  LimberEntry *copy;

  g_return_val_if_fail (LIMBER_IS_ENTRY (self), NULL);

  copy = LIMBER_ENTRY_GET_CLASS (self)->copy (self);
  limber_entry_set_uuid (copy, priv->uuid);
  limber_entry_set_day (copy, priv->day);
  limber_entry_set_time (copy, priv->time);
  limber_entry_set_notes (copy, priv->notes);
  limber_entry_set_timestamps (copy, priv->created, priv->updated);

  return copy;
}
