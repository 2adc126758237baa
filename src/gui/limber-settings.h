/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "limber-advisor.h"
#include "limber-units.h"

G_BEGIN_DECLS

LimberUnits limber_settings_get_units            (GSettings            *settings);
void        limber_settings_get_advisor_options  (GSettings            *settings,
                                                  LimberAdvisorOptions *options);
gboolean    limber_settings_key_changes_advice   (const char           *key);

G_END_DECLS
