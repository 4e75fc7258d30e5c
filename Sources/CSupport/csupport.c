#define _GNU_SOURCE
#include "csupport.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dlfcn.h>
#include <stdint.h>
#include <string.h>
#ifdef __linux__
#include <sys/syscall.h>
#include <linux/fs.h>
#endif

int tongxin_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

/* XXH64 (Yann Collet's xxHash, 64-bit), written out from its specification: a fast
   hash that is the same in every process, unlike Swift's seeded Hasher. */
#define P1 TONGXIN_XXH_P1
#define P2 TONGXIN_XXH_P2
#define P3 TONGXIN_XXH_P3
#define P4 TONGXIN_XXH_P4
#define P5 TONGXIN_XXH_P5
#define rotl64 tongxin_xxh_rotl
#define xxh_round tongxin_xxh_round

static inline uint64_t read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint32_t read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t xxh_merge(uint64_t acc, uint64_t value) {
    acc ^= xxh_round(0, value);
    return acc * P1 + P4;
}

uint64_t tongxin_hash64(const void *data, size_t length, uint64_t seed) {
    const uint8_t *p = (const uint8_t *)data, *end = p + length;
    uint64_t h;
    if (length >= 32) {
        uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
        const uint8_t *limit = end - 32;
        do {
            v1 = xxh_round(v1, read64(p)); v2 = xxh_round(v2, read64(p + 8));
            v3 = xxh_round(v3, read64(p + 16)); v4 = xxh_round(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl64(v1, 1) + rotl64(v2, 7) + rotl64(v3, 12) + rotl64(v4, 18);
        h = xxh_merge(h, v1); h = xxh_merge(h, v2); h = xxh_merge(h, v3); h = xxh_merge(h, v4);
    } else {
        h = seed + P5;
    }
    h += (uint64_t)length;
    while (p + 8 <= end) {
        h ^= xxh_round(0, read64(p));
        h = rotl64(h, 27) * P1 + P4;
        p += 8;
    }
    if (p + 4 <= end) {
        h ^= (uint64_t)read32(p) * P1;
        h = rotl64(h, 23) * P2 + P3;
        p += 4;
    }
    while (p < end) {
        h ^= (*p) * P5;
        h = rotl64(h, 11) * P1;
        p++;
    }
    h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P3; h ^= h >> 32;
    return h;
}

const char *tongxin_library_path(const void *symbol) {
    Dl_info info;
    if (dladdr(symbol, &info) == 0 || info.dli_fname == NULL) return NULL;
    return info.dli_fname;
}
