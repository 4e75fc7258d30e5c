// Debian's libmimalloc-dev: the allocator the tongxin binary links in place of glibc's
// malloc, and its options (FreedMemory.swift).
#include <mimalloc.h>
