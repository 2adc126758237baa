/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-fault-vfs"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "limber-fault-vfs.h"

/* Why a VFS rather than PRAGMA max_page_count or a small tmpfs: max_page_count caps the
 * database's pages on one connection only, and never fills the WAL, where WAL-mode writes
 * go first; a tmpfs needs mount rights a test cannot count on. Here every file SQLite writes
 * (journal, WAL) draws on one pool of free bytes, and a write that would grow a file beyond
 * it fails as unixWrite () fails on ENOSPC. Not modelled: the "-shm" index, which SQLite
 * grows outside xWrite. */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* the real VFS's file, allocated right after this struct */
} FaultFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs fault_vfs;
static GMutex lock;
static gint64 free_space = FAULT_VFS_UNLIMITED;
static GPtrArray *opened;

static sqlite3_file *
real_of (sqlite3_file *file)
{
  return ((FaultFile *) file)->real;
}

/* Takes @bytes from the free space; FALSE when there is not that much left. */
static gboolean
reserve (sqlite3_int64 bytes)
{
  gboolean ok = TRUE;

  g_mutex_lock (&lock);
  if (free_space != FAULT_VFS_UNLIMITED)
    {
      if (bytes > free_space)
        ok = FALSE;
      else
        free_space -= bytes;
    }
  g_mutex_unlock (&lock);

  return ok;
}

static void
give_back (sqlite3_int64 bytes)
{
  g_mutex_lock (&lock);
  if (free_space != FAULT_VFS_UNLIMITED)
    free_space += bytes;
  g_mutex_unlock (&lock);
}

static int
fault_close (sqlite3_file *file)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xClose (real);
}

static int
fault_read (sqlite3_file  *file,
            void          *buffer,
            int            amount,
            sqlite3_int64  offset)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xRead (real, buffer, amount, offset);
}

static int
fault_write (sqlite3_file  *file,
             const void    *buffer,
             int            amount,
             sqlite3_int64  offset)
{
  sqlite3_file *real = real_of (file);
  sqlite3_int64 size = 0;
  sqlite3_int64 growth;

  if (real->pMethods->xFileSize (real, &size) != SQLITE_OK)
    size = 0;
  growth = offset + amount - size;
  if (growth > 0 && !reserve (growth))
    return SQLITE_FULL;

  return real->pMethods->xWrite (real, buffer, amount, offset);
}

static int
fault_truncate (sqlite3_file  *file,
                sqlite3_int64  new_size)
{
  sqlite3_file *real = real_of (file);
  sqlite3_int64 size = 0;
  int rc;

  real->pMethods->xFileSize (real, &size);
  rc = real->pMethods->xTruncate (real, new_size);
  if (rc == SQLITE_OK && new_size < size)
    give_back (size - new_size);

  return rc;
}

static int
fault_sync (sqlite3_file *file,
            int           flags)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xSync (real, flags);
}

static int
fault_file_size (sqlite3_file  *file,
                 sqlite3_int64 *size)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xFileSize (real, size);
}

static int
fault_lock (sqlite3_file *file,
            int           level)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xLock (real, level);
}

static int
fault_unlock (sqlite3_file *file,
              int           level)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xUnlock (real, level);
}

static int
fault_check_reserved_lock (sqlite3_file *file,
                           int          *result)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xCheckReservedLock (real, result);
}

static int
fault_file_control (sqlite3_file *file,
                    int           op,
                    void         *arg)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xFileControl (real, op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xSectorSize (real);
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xDeviceCharacteristics (real);
}

static int
fault_shm_map (sqlite3_file  *file,
               int            page,
               int            page_size,
               int            extend,
               void volatile **mapped)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xShmMap (real, page, page_size, extend, mapped);
}

static int
fault_shm_lock (sqlite3_file *file,
                int           offset,
                int           n,
                int           flags)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xShmLock (real, offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  sqlite3_file *real = real_of (file);

  real->pMethods->xShmBarrier (real);
}

static int
fault_shm_unmap (sqlite3_file *file,
                 int           delete_flag)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xShmUnmap (real, delete_flag);
}

static int
fault_fetch (sqlite3_file   *file,
             sqlite3_int64   offset,
             int             amount,
             void          **pointer)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xFetch (real, offset, amount, pointer);
}

static int
fault_unfetch (sqlite3_file  *file,
               sqlite3_int64  offset,
               void          *pointer)
{
  sqlite3_file *real = real_of (file);

  return real->pMethods->xUnfetch (real, offset, pointer);
}

static const sqlite3_io_methods fault_io_methods = {
  3,
  fault_close,
  fault_read,
  fault_write,
  fault_truncate,
  fault_sync,
  fault_file_size,
  fault_lock,
  fault_unlock,
  fault_check_reserved_lock,
  fault_file_control,
  fault_sector_size,
  fault_device_characteristics,
  fault_shm_map,
  fault_shm_lock,
  fault_shm_barrier,
  fault_shm_unmap,
  fault_fetch,
  fault_unfetch,
};

static int
fault_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  FaultFile *fault_file = (FaultFile *) file;
  int rc;

  fault_file->real = (sqlite3_file *) (fault_file + 1);
  rc = real_vfs->xOpen (real_vfs, name, fault_file->real, flags, out_flags);

  /* SQLite calls xClose only when pMethods is set. */
  file->pMethods = fault_file->real->pMethods != NULL ? &fault_io_methods : NULL;

  if (rc == SQLITE_OK && name != NULL)
    {
      g_mutex_lock (&lock);
      g_ptr_array_add (opened, g_strdup (name));
      g_mutex_unlock (&lock);
    }

  return rc;
}

static int
fault_delete (sqlite3_vfs *vfs,
              const char  *name,
              int          sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
fault_access (sqlite3_vfs *vfs,
              const char  *name,
              int          flags,
              int         *result)
{
  return real_vfs->xAccess (real_vfs, name, flags, result);
}

static int
fault_full_pathname (sqlite3_vfs *vfs,
                     const char  *name,
                     int          n_out,
                     char        *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n_out, out);
}

static int
fault_randomness (sqlite3_vfs *vfs,
                  int          n,
                  char        *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
fault_sleep (sqlite3_vfs *vfs,
             int          microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
fault_current_time (sqlite3_vfs *vfs,
                    double      *now)
{
  return real_vfs->xCurrentTime (real_vfs, now);
}

static int
fault_get_last_error (sqlite3_vfs *vfs,
                      int          n,
                      char        *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

static int
fault_current_time_int64 (sqlite3_vfs   *vfs,
                          sqlite3_int64 *now)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, now);
}

/* Makes the fault VFS the default one, for connections opened from now on. */
void
fault_vfs_install (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 2);

  opened = g_ptr_array_new_with_free_func (g_free);

  fault_vfs.iVersion = 2;
  fault_vfs.szOsFile = sizeof (FaultFile) + real_vfs->szOsFile;
  fault_vfs.mxPathname = real_vfs->mxPathname;
  fault_vfs.zName = "limber-fault";
  fault_vfs.xOpen = fault_open;
  fault_vfs.xDelete = fault_delete;
  fault_vfs.xAccess = fault_access;
  fault_vfs.xFullPathname = fault_full_pathname;
  fault_vfs.xRandomness = fault_randomness;
  fault_vfs.xSleep = fault_sleep;
  fault_vfs.xCurrentTime = fault_current_time;
  fault_vfs.xGetLastError = fault_get_last_error;
  fault_vfs.xCurrentTimeInt64 = fault_current_time_int64;

  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}

/* How many more bytes files may grow by, or FAULT_VFS_UNLIMITED. */
void
fault_vfs_set_free_space (gint64 bytes)
{
  g_mutex_lock (&lock);
  free_space = bytes;
  g_mutex_unlock (&lock);
}

gint64
fault_vfs_get_free_space (void)
{
  gint64 bytes;

  g_mutex_lock (&lock);
  bytes = free_space;
  g_mutex_unlock (&lock);

  return bytes;
}

/* Returns: (transfer full): the files SQLite opened since the last call, in order */
GPtrArray *
fault_vfs_take_opened (void)
{
  GPtrArray *names;

  g_assert_nonnull (opened);

  g_mutex_lock (&lock);
  names = g_steal_pointer (&opened);
  opened = g_ptr_array_new_with_free_func (g_free);
  g_mutex_unlock (&lock);

  return names;
}
