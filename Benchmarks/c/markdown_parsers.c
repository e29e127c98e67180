/* Compares md4c and cmark-gfm on the same input: parse (and, for cmark, walk the tree) N times
 * and print the median MB/s of each. Used to choose policyscope's Markdown parser.
 * Build and run: see run-markdown-parsers.sh beside this file. */
#include <md4c.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long counter;
static int enter_block(MD_BLOCKTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; counter++; return 0; }
static int leave_block(MD_BLOCKTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; return 0; }
static int enter_span(MD_SPANTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; counter++; return 0; }
static int leave_span(MD_SPANTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; return 0; }
static int text_cb(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { (void)t; (void)s; (void)u; counter += n; return 0; }

static double now(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec + ts.tv_nsec / 1e9; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s FILE...\n", argv[0]); return 2; }
    size_t total = 0, cap = 1 << 20; char *buf = malloc(cap);
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb"); if (!f) { perror(argv[i]); return 1; }
        fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
        while (total + n + 2 > cap) { cap *= 2; buf = realloc(buf, cap); }
        if (fread(buf + total, 1, n, f) != (size_t)n) { fclose(f); return 1; }
        total += n; buf[total++] = '\n'; fclose(f);
    }
    enum { RUNS = 15, REPS = 10 };
    double md[RUNS], cm[RUNS];
    MD_PARSER p = {0, MD_FLAG_TABLES, enter_block, leave_block, enter_span, leave_span, text_cb, NULL, NULL};
    cmark_gfm_core_extensions_ensure_registered();
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    for (int r = 0; r < RUNS; r++) {
        double t0 = now();
        for (int k = 0; k < REPS; k++) md_parse(buf, (MD_SIZE)total, &p, NULL);
        md[r] = (double)total * REPS / (now() - t0) / 1e6;
        t0 = now();
        for (int k = 0; k < REPS; k++) {
            cmark_parser *cp = cmark_parser_new(CMARK_OPT_SOURCEPOS);
            cmark_parser_attach_syntax_extension(cp, table);
            cmark_parser_feed(cp, buf, total);
            cmark_node *doc = cmark_parser_finish(cp);
            cmark_iter *it = cmark_iter_new(doc);
            cmark_event_type ev;
            while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) if (ev == CMARK_EVENT_ENTER) counter++;
            cmark_iter_free(it); cmark_node_free(doc); cmark_parser_free(cp);
        }
        cm[r] = (double)total * REPS / (now() - t0) / 1e6;
    }
    qsort(md, RUNS, sizeof md[0], cmp); qsort(cm, RUNS, sizeof cm[0], cmp);
    printf("input: %zu bytes from %d files; %d runs of %d parses each\n", total, argc - 1, RUNS, REPS);
    printf("md4c        median %.0f MB/s\n", md[RUNS / 2]);
    printf("cmark-gfm   median %.0f MB/s (parse + tree walk)\n", cm[RUNS / 2]);
    printf("ratio       md4c is %.1fx faster\n", md[RUNS / 2] / cm[RUNS / 2]);
    return counter == 42; /* keep the callbacks' work observable */
}
