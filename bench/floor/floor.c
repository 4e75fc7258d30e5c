/*
 * The floors Tongxin is measured against.
 *
 *   floor render CONTENT_DIR
 *       Reads every *.md under CONTENT_DIR into memory (not timed), strips the
 *       front matter, then renders every body with cmark-gfm in this one thread,
 *       with Tongxin's options and extensions (table, strikethrough, autolink,
 *       tagfilter, tasklist; CMARK_OPT_DEFAULT | STRIKETHROUGH_DOUBLE_TILDE |
 *       VALIDATE_UTF8). Nothing is written. Prints the seconds of the render loop.
 *
 *   floor write SOURCE_DIR DEST_DIR
 *       Reads every file under SOURCE_DIR (a built site) into memory (not timed),
 *       then recreates the same folders and writes the same files, byte for byte,
 *       under DEST_DIR (which must not exist). Prints the seconds of the write loop.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs libcmark-gfm)
 *        (libcmark-gfm.pc names -lcmark-gfm -lcmark-gfm-extensions)
 */
#define _XOPEN_SOURCE 700
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *path; char *data; size_t size; int is_dir; } item;

static item *items;
static size_t count, capacity;
static size_t root_len;
static int want_md_only;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void die(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(2);
}

static char *read_all(const char *path, size_t *size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open", path);
    struct stat st;
    if (fstat(fd, &st) != 0) die("cannot stat", path);
    char *buf = malloc(st.st_size + 1);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, st.st_size - got);
        if (n <= 0) die("cannot read", path);
        got += n;
    }
    buf[got] = 0;
    close(fd);
    *size = got;
    return buf;
}

static void push(item it) {
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 4096;
        items = realloc(items, capacity * sizeof(item));
    }
    items[count++] = it;
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    const char *rel = path + root_len;
    if (*rel == '/') rel++;
    if (type == FTW_D) {
        if (*rel && !want_md_only) push((item){strdup(rel), NULL, 0, 1});
        return 0;
    }
    if (type != FTW_F) return 0;
    size_t len = strlen(path);
    if (want_md_only && (len < 3 || strcmp(path + len - 3, ".md") != 0)) return 0;
    item it = {strdup(rel), NULL, 0, 0};
    it.data = read_all(path, &it.size);
    push(it);
    return 0;
}

/* The body after a leading "---\n … \n---\n" block. */
static const char *body_of(const char *text, size_t *size) {
    if (strncmp(text, "---\n", 4) != 0) return text;
    const char *end = strstr(text + 4, "\n---\n");
    if (!end) return text;
    const char *body = end + 5;
    *size -= (size_t)(body - text);
    return body;
}

static int render(const char *root) {
    want_md_only = 1;
    root_len = strlen(root);
    if (nftw(root, visit, 64, FTW_PHYS) != 0) die("cannot walk", root);
    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    int options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8;
    size_t in_bytes = 0, out_bytes = 0;
    double start = now();
    for (size_t i = 0; i < count; i++) {
        size_t size = items[i].size;
        const char *body = body_of(items[i].data, &size);
        cmark_parser *parser = cmark_parser_new(options);
        for (int k = 0; k < 5; k++) {
            cmark_syntax_extension *ext = cmark_find_syntax_extension(names[k]);
            if (ext) cmark_parser_attach_syntax_extension(parser, ext);
        }
        cmark_parser_feed(parser, body, size);
        cmark_node *doc = cmark_parser_finish(parser);
        char *html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
        out_bytes += strlen(html);
        in_bytes += size;
        free(html);
        cmark_node_free(doc);
        cmark_parser_free(parser);
    }
    double seconds = now() - start;
    printf("render_seconds=%.3f documents=%zu markdown_bytes=%zu html_bytes=%zu\n", seconds, count, in_bytes, out_bytes);
    return 0;
}

static int write_copy(const char *source, const char *dest) {
    want_md_only = 0;
    root_len = strlen(source);
    if (nftw(source, visit, 64, FTW_PHYS) != 0) die("cannot walk", source);
    size_t dest_len = strlen(dest);
    char *path = malloc(dest_len + 4096);
    memcpy(path, dest, dest_len);
    path[dest_len] = '/';
    size_t files = 0, bytes = 0;
    double start = now();
    if (mkdir(dest, 0755) != 0) die("cannot create", dest);
    for (size_t i = 0; i < count; i++) {   /* nftw lists a folder before its contents */
        strcpy(path + dest_len + 1, items[i].path);
        if (items[i].is_dir) {
            if (mkdir(path, 0755) != 0) die("cannot create", path);
            continue;
        }
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) die("cannot create", path);
        size_t done = 0;
        while (done < items[i].size) {
            ssize_t n = write(fd, items[i].data + done, items[i].size - done);
            if (n <= 0) die("cannot write", path);
            done += n;
        }
        if (close(fd) != 0) die("cannot close", path);
        files++;
        bytes += items[i].size;
    }
    double seconds = now() - start;
    printf("write_seconds=%.3f files=%zu bytes=%zu\n", seconds, files, bytes);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "render") == 0) return render(argv[2]);
    if (argc == 4 && strcmp(argv[1], "write") == 0) return write_copy(argv[2], argv[3]);
    fprintf(stderr, "usage: floor render CONTENT_DIR | floor write SOURCE_DIR DEST_DIR\n");
    return 2;
}
