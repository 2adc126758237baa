/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "limber-body.h"
#include "limber-entry.h"

G_BEGIN_DECLS

typedef enum
{
  LIMBER_FASCIA_SELF,
  LIMBER_FASCIA_PROFESSIONAL,
  LIMBER_N_FASCIA_KINDS
} LimberFasciaKind;

/* One piece of work in a session: a move of the catalogue on a zone and side, or (for a
 * professional massage) a zone alone. move_id is interned or NULL; seconds 0 = not known. */
typedef struct
{
  const char *move_id;
  LimberZone  zone;
  LimberSide  side;
  guint       seconds;
} LimberFasciaItem;

/* A mobility self-test result; side is LIMBER_SIDE_CENTRE for tests not done per side. */
typedef struct
{
  const char *test_id;
  LimberSide  side;
  gboolean    after;
  double      value;
} LimberMobilityResult;

#define LIMBER_FASCIA_MIN_SECONDS 60
#define LIMBER_FASCIA_MAX_SECONDS (240 * 60)
#define LIMBER_FASCIA_ITEM_MIN_SECONDS 5
#define LIMBER_FASCIA_ITEM_MAX_SECONDS 3600
#define LIMBER_FASCIA_MAX_ITEMS 40

#define LIMBER_TYPE_FASCIA_SESSION (limber_fascia_session_get_type ())

G_DECLARE_FINAL_TYPE (LimberFasciaSession, limber_fascia_session,
                      LIMBER, FASCIA_SESSION, LimberEntry)

LimberFasciaSession        *limber_fascia_session_new           (void);

guint                       limber_fascia_session_get_duration  (LimberFasciaSession *self);
void                        limber_fascia_session_set_duration  (LimberFasciaSession *self,
                                                                 guint                seconds);
LimberFasciaKind            limber_fascia_session_get_fascia_kind (LimberFasciaSession *self);
void                        limber_fascia_session_set_fascia_kind (LimberFasciaSession *self,
                                                                   LimberFasciaKind     kind);

const LimberFasciaItem     *limber_fascia_session_get_items     (LimberFasciaSession *self,
                                                                 guint               *n_items);
void                        limber_fascia_session_add_item      (LimberFasciaSession *self,
                                                                 const char          *move_id,
                                                                 LimberZone           zone,
                                                                 LimberSide           side,
                                                                 guint                seconds);
void                        limber_fascia_session_clear_items   (LimberFasciaSession *self);
guint                       limber_fascia_session_get_item_seconds (LimberFasciaSession *self);

const LimberMobilityResult *limber_fascia_session_get_results   (LimberFasciaSession *self,
                                                                 guint               *n_results);
void                        limber_fascia_session_add_result    (LimberFasciaSession *self,
                                                                 const char          *test_id,
                                                                 LimberSide           side,
                                                                 gboolean             after,
                                                                 double               value);
void                        limber_fascia_session_clear_results (LimberFasciaSession *self);

const char                 *limber_fascia_kind_to_id            (LimberFasciaKind     kind);
gboolean                    limber_fascia_kind_from_id          (const char          *id,
                                                                 LimberFasciaKind    *kind);
const char                 *limber_fascia_kind_get_label        (LimberFasciaKind     kind);

G_END_DECLS
