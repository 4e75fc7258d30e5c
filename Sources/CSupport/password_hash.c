#include "csupport.h"
#include <crypt.h>
#include <string.h>

/* A new hash of `password` with a fresh salt for the method `prefix` at `cost`. */
static int hash_with(const char *prefix, unsigned long cost, const char *password, char *out, size_t size) {
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (crypt_gensalt_rn(prefix, cost, NULL, 0, setting, (int)sizeof setting) == NULL) return -1;
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_rn(password, setting, &data, (int)sizeof data);
    if (hash == NULL || hash[0] == '*' || strlen(hash) + 1 > size) return -1;
    memcpy(out, hash, strlen(hash) + 1);
    return 0;
}

/* SHA-512-crypt ($6$, 5000 rounds, 16 random salt characters) through libxcrypt, the
   crypt(3) that Debian's nginx calls for auth_basic_user_file entries it does not
   hash itself: the same function, so a hash written here is one nginx accepts. */
int tongxin_sha512_crypt(const char *password, char *out, size_t size) {
    return hash_with("$6$", 0, password, out, size);
}

int tongxin_crypt_matches(const char *password, const char *hash) {
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *again = crypt_rn(password, hash, &data, (int)sizeof data);
    return again != NULL && again[0] != '*' && strcmp(again, hash) == 0;
}

/* yescrypt ($y$, libxcrypt's default and Debian's for /etc/shadow since bullseye) at
   cost 5: a memory-hard password KDF for the editor's login page, where a password is
   checked once per sign-in and may cost tens of milliseconds. */
int tongxin_yescrypt(const char *password, char *out, size_t size) {
    return hash_with("$y$", 5, password, out, size);
}
