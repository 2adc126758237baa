/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-date.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_ENTRY_KIND_RUN,
  LIMBER_ENTRY_KIND_SORENESS,
  LIMBER_ENTRY_KIND_HYDRATION,
  LIMBER_ENTRY_KIND_FASCIA,
  LIMBER_N_ENTRY_KINDS
} LimberEntryKind;

/* A set of kinds, for listing. */
typedef enum
{
  LIMBER_ENTRY_KINDS_RUN       = 1 << LIMBER_ENTRY_KIND_RUN,
  LIMBER_ENTRY_KINDS_SORENESS  = 1 << LIMBER_ENTRY_KIND_SORENESS,
  LIMBER_ENTRY_KINDS_HYDRATION = 1 << LIMBER_ENTRY_KIND_HYDRATION,
  LIMBER_ENTRY_KINDS_FASCIA    = 1 << LIMBER_ENTRY_KIND_FASCIA,
  LIMBER_ENTRY_KINDS_ALL       = 0xf,
} LimberEntryKinds;

/* Each code names the field at fault, so an editor can show the message beside it. */
typedef enum
{
  LIMBER_ENTRY_ERROR_DATE,
  LIMBER_ENTRY_ERROR_TIME,
  LIMBER_ENTRY_ERROR_NOTES,
  LIMBER_ENTRY_ERROR_DISTANCE,
  LIMBER_ENTRY_ERROR_DURATION,
  LIMBER_ENTRY_ERROR_RPE,
  LIMBER_ENTRY_ERROR_RUN_KIND,
  LIMBER_ENTRY_ERROR_SURFACE,
  LIMBER_ENTRY_ERROR_TEMPERATURE,
  LIMBER_ENTRY_ERROR_SHOES,
  LIMBER_ENTRY_ERROR_ZONE,
  LIMBER_ENTRY_ERROR_SIDE,
  LIMBER_ENTRY_ERROR_LEVEL,
  LIMBER_ENTRY_ERROR_QUALITY,
  LIMBER_ENTRY_ERROR_VOLUME,
  LIMBER_ENTRY_ERROR_FASCIA_KIND,
  LIMBER_ENTRY_ERROR_MOVES,
  LIMBER_ENTRY_ERROR_MOBILITY,
  LIMBER_ENTRY_ERROR_UUID,
  LIMBER_ENTRY_ERROR_ELEVATION_GAIN,
  LIMBER_ENTRY_ERROR_HEART_RATE,
} LimberEntryError;

#define LIMBER_ENTRY_ERROR (limber_entry_error_quark ())
#define LIMBER_ENTRY_NOTES_MAX 10000
#define LIMBER_EARLIEST_YEAR 1900

#define LIMBER_TYPE_ENTRY (limber_entry_get_type ())

G_DECLARE_DERIVABLE_TYPE (LimberEntry, limber_entry, LIMBER, ENTRY, GObject)

struct _LimberEntryClass
{
  GObjectClass parent_class;

  LimberEntryKind kind;

  gboolean     (*validate) (LimberEntry  *self,
                            GError      **error);
  gboolean     (*equal)    (LimberEntry  *self,
                            LimberEntry  *other);
  LimberEntry *(*copy)     (LimberEntry  *self);
};

GQuark           limber_entry_error_quark     (void);

LimberEntryKind  limber_entry_get_kind        (LimberEntry     *self);
const char      *limber_entry_kind_to_id      (LimberEntryKind  kind);
gboolean         limber_entry_kind_from_id    (const char      *id,
                                               LimberEntryKind *kind);

const char      *limber_entry_get_uuid        (LimberEntry     *self);
void             limber_entry_set_uuid        (LimberEntry     *self,
                                               const char      *uuid);
LimberDay        limber_entry_get_day         (LimberEntry     *self);
void             limber_entry_set_day         (LimberEntry     *self,
                                               LimberDay        day);
int              limber_entry_get_time        (LimberEntry     *self);
void             limber_entry_set_time        (LimberEntry     *self,
                                               int              seconds);
const char      *limber_entry_get_notes       (LimberEntry     *self);
void             limber_entry_set_notes       (LimberEntry     *self,
                                               const char      *notes);
gint64           limber_entry_get_created     (LimberEntry     *self);
gint64           limber_entry_get_updated     (LimberEntry     *self);
void             limber_entry_set_timestamps  (LimberEntry     *self,
                                               gint64           created,
                                               gint64           updated);

gboolean         limber_entry_check_day       (LimberDay        day,
                                               LimberDay        today,
                                               GError         **error);
gboolean         limber_entry_validate        (LimberEntry     *self,
                                               LimberDay        today,
                                               GError         **error);
gboolean         limber_entry_equal           (LimberEntry     *self,
                                               LimberEntry     *other);
LimberEntry     *limber_entry_copy            (LimberEntry     *self);

G_END_DECLS
