/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-journal.h"
#include "limber-recommendation.h"

G_BEGIN_DECLS

/* "Dismiss for a week" hides a card on the day of dismissal and the 6 days after it. */
#define LIMBER_DISMISS_DAYS 7

char       *limber_dismissals_fingerprint  (LimberRecommendation  *rec);
LimberDay   limber_dismissals_until        (LimberDay              today);
gboolean    limber_dismissals_add          (LimberJournal         *journal,
                                            const char            *fingerprint,
                                            const char            *rule,
                                            const char            *zone,
                                            const char            *side,
                                            LimberDay              today,
                                            GError               **error);
gboolean    limber_dismissals_dismiss      (LimberJournal         *journal,
                                            LimberRecommendation  *rec,
                                            LimberDay              today,
                                            GError               **error);
gboolean    limber_dismissals_remove       (LimberJournal         *journal,
                                            const char            *fingerprint,
                                            GError               **error);
gboolean    limber_dismissals_clear        (LimberJournal         *journal,
                                            GError               **error);
GListModel *limber_dismissals_filter       (LimberJournal         *journal,
                                            GListModel            *recommendations,
                                            LimberDay              today,
                                            guint                 *n_hidden,
                                            GError               **error);

G_END_DECLS
