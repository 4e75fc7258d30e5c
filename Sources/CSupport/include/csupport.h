#ifndef TONGXIN_CSUPPORT_H
#define TONGXIN_CSUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int tongxin_exchange_paths(const char *first, const char *second);

#endif
