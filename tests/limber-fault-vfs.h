/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An SQLite VFS for the fault tests, put in front of the default one for every connection
 * opened after fault_vfs_install (): it can run out of room as a full disk does (a write that
 * would grow a file fails with SQLITE_FULL, the code SQLite gives for ENOSPC), and it notes
 * the name of every file SQLite opens. Everything else goes to the real VFS unchanged. */

#define FAULT_VFS_UNLIMITED (-1)

void        fault_vfs_install         (void);
void        fault_vfs_set_free_space  (gint64  bytes);
gint64      fault_vfs_get_free_space  (void);
GPtrArray  *fault_vfs_take_opened     (void);

G_END_DECLS
