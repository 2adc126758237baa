/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "limber-fascia-item-row.h"
#include "limber-fascia-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_FASCIA_ITEM_LIST (limber_fascia_item_list_get_type ())

G_DECLARE_FINAL_TYPE (LimberFasciaItemList, limber_fascia_item_list,
                      LIMBER, FASCIA_ITEM_LIST, AdwPreferencesGroup)

LimberFasciaItemRow *limber_fascia_item_list_add              (LimberFasciaItemList  *self,
                                                               const LimberMove      *move,
                                                               LimberZone             zone);
void                 limber_fascia_item_list_load             (LimberFasciaItemList  *self,
                                                               LimberFasciaSession   *session);
gboolean             limber_fascia_item_list_add_items        (LimberFasciaItemList  *self,
                                                               LimberFasciaSession   *session,
                                                               GError               **error);
void                 limber_fascia_item_list_show_error       (LimberFasciaItemList  *self,
                                                               const GError          *error,
                                                               gboolean               hint);
void                 limber_fascia_item_list_set_professional (LimberFasciaItemList  *self,
                                                               gboolean               professional);
guint                limber_fascia_item_list_get_seconds      (LimberFasciaItemList  *self);
gboolean             limber_fascia_item_list_has_move         (LimberFasciaItemList  *self,
                                                               const char            *move_id);
guint                limber_fascia_item_list_get_n_items      (LimberFasciaItemList  *self);
LimberFasciaItemRow *limber_fascia_item_list_get_item         (LimberFasciaItemList  *self,
                                                               guint                  index);

G_END_DECLS
