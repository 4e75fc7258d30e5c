// cmark-gfm 0.29.0.gfm.6 keeps the inline special characters in one process-wide
// table. cmark_parser_finish calls cmark_manage_extensions_special_characters to add
// the extensions' characters (strikethrough's '~', the autolink triggers) before each
// parse and to remove them after it, so a parse that ended while another was running
// made the other one miss strikethroughs and autolinks (upstream issue 199).
//
// The library calls that function through its PLT, so this definition, linked into
// the program, is the one it reaches. It forwards the adding (idempotent: every parser
// Tongxin makes attaches the same extensions) and drops the removing, so the table
// never changes back and parses may overlap. It counts its calls: if a future build
// of the library bound the call directly, the count stays 0 and the Swift side
// (MarkdownRenderer) keeps parses apart with a lock instead.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>

#include "csupport.h"

struct cmark_parser;
typedef void (*tongxin_manage_function)(struct cmark_parser *parser, int add);

static tongxin_manage_function library_function;
static pthread_once_t resolved = PTHREAD_ONCE_INIT;
static atomic_long calls;

static void resolve(void) {
    library_function = (tongxin_manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

void cmark_manage_extensions_special_characters(struct cmark_parser *parser, int add) {
    pthread_once(&resolved, resolve);
    atomic_fetch_add(&calls, 1);
    if (add && library_function) {
        library_function(parser, 1);
    }
}

long tongxin_cmark_special_character_calls(void) {
    pthread_once(&resolved, resolve);
    return library_function ? atomic_load(&calls) : 0;
}
