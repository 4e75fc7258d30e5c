#ifndef TONGXIN_CSUPPORT_H
#define TONGXIN_CSUPPORT_H

#include <stddef.h>
#include <stdint.h>

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int tongxin_exchange_paths(const char *first, const char *second);

/// How often cmark-gfm called Tongxin's cmark_manage_extensions_special_characters
/// (see cmark_special_characters.c); 0 means the library does not reach it and
/// Markdown parses must not overlap.
long tongxin_cmark_special_character_calls(void);

/// XXH64 of `length` bytes: the same value in every process and on every run, for
/// keys kept on disk between builds.
uint64_t tongxin_hash64(const void *data, size_t length, uint64_t seed);

/// The file of the shared library (or program) that holds `symbol`, or NULL.
const char *tongxin_library_path(const void *symbol);

/// A SHA-512-crypt hash ($6$…) of `password` with a random salt, written into `out`
/// (at least 128 bytes). Returns 0, or -1 when libcrypt cannot make one.
int tongxin_sha512_crypt(const char *password, char *out, size_t size);

/// A yescrypt hash ($y$…) of `password` with a random salt (cost 5), written into `out`
/// (at least 128 bytes). Returns 0, or -1 when libcrypt cannot make one.
int tongxin_yescrypt(const char *password, char *out, size_t size);

/// 1 when `hash` (any crypt(3) hash) is the hash of `password`, else 0.
int tongxin_crypt_matches(const char *password, const char *hash);

#endif
