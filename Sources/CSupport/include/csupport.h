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

/* XXH64's primes and round (tongxin_hash64 in csupport.c uses them too). */
static const uint64_t TONGXIN_XXH_P1 = 0x9E3779B185EBCA87ULL, TONGXIN_XXH_P2 = 0xC2B2AE3D27D4EB4FULL,
                      TONGXIN_XXH_P3 = 0x165667B19E3779F9ULL, TONGXIN_XXH_P4 = 0x85EBCA77C2B2AE63ULL,
                      TONGXIN_XXH_P5 = 0x27D4EB2F165667C5ULL;

static inline uint64_t tongxin_xxh_rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static inline uint64_t tongxin_xxh_round(uint64_t acc, uint64_t input) {
    return tongxin_xxh_rotl(acc + input * TONGXIN_XXH_P2, 31) * TONGXIN_XXH_P1;
}

/// tongxin_hash64 of one number's 8 little-endian bytes, inline: a page's key and digest
/// combine hundreds of numbers, and a call per number was most of their cost.
static inline uint64_t tongxin_hash64_word(uint64_t value, uint64_t seed) {
    uint64_t h = seed + TONGXIN_XXH_P5 + 8;
    h ^= tongxin_xxh_round(0, value);
    h = tongxin_xxh_rotl(h, 27) * TONGXIN_XXH_P1 + TONGXIN_XXH_P4;
    h ^= h >> 33; h *= TONGXIN_XXH_P2; h ^= h >> 29; h *= TONGXIN_XXH_P3; h ^= h >> 32;
    return h;
}

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
