/*
 * fuzz_extract.c - article text through the whole extractor, under
 * libFuzzer, with the default lexicons of data/ (or $DIPNET_DATA).
 *
 * Any bytes are an article: dn_extract_document must return DN_OK (it
 * fails only when out of memory), every evidence entry must point inside
 * the text (start <= end <= length) with a sentence number >= 1, and the
 * graph must write a graph file that loads again (so no extracted string
 * can break the file) and whose round trip is byte-identical.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/extract.h"
#include "dipnet/io.h"
#include "dipnet/lexicon.h"
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static dn_lexicon *lx;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("DIPNET_DATA");
    dn_error err;

    (void)argc;
    (void)argv;
    dn_error_clear(&err);
    lx = dn_lexicon_new();
    FUZZ_CHECK(lx != NULL, "dn_lexicon_new");
    FUZZ_CHECK(dn_lexicon_load_dir(lx, dir && *dir ? dir : "data", &err) ==
                       DN_OK &&
                   dn_lexicon_finish(lx, &err) == DN_OK,
               "cannot load the lexicons (run from the repository root or "
               "set DIPNET_DATA): %s", err.msg);
    return 0;
}

static char *write_mem(dn_graph *g, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    dn_error err;

    FUZZ_CHECK(f != NULL, "open_memstream");
    dn_error_clear(&err);
    FUZZ_CHECK(dn_graph_write_json(g, f, &err) == DN_OK, "write: %s",
               err.msg);
    FUZZ_CHECK(fclose(f) == 0, "fclose");
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dn_graph *g = dn_graph_new(), *g2 = NULL;
    dn_extract_stats st;
    dn_error err;
    char *w1, *w2;
    size_t n1, n2;
    int rc;

    FUZZ_CHECK(g != NULL, "dn_graph_new");
    memset(&st, 0, sizeof st);
    dn_error_clear(&err);
    rc = dn_extract_document(g, lx, "fuzz.txt", (const char *)data, size,
                             "2022-09-13", &st, &err);
    FUZZ_CHECK(rc == DN_OK, "extract failed: %s", err.msg);
    FUZZ_CHECK(st.bytes == size, "stats.bytes %zu for %zu", st.bytes, size);
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        FUZZ_CHECK(e->count >= 1 && (size_t)e->count >= e->n_evidence,
                   "edge %zu count %ld", i, e->count);
        for (size_t j = 0; j < e->n_evidence; j++) {
            const dn_evidence *ev = &e->evidence[j];
            FUZZ_CHECK(ev->start >= 0 && ev->start <= ev->end &&
                           (size_t)ev->end <= size && ev->sentence >= 1,
                       "evidence [%ld, %ld) sentence %ld in %zu bytes",
                       ev->start, ev->end, ev->sentence, size);
        }
    }
    w1 = write_mem(g, &n1);
    dn_error_clear(&err);
    FUZZ_CHECK(dn_graph_parse_json(w1, n1, "extracted", &g2, &err) == DN_OK,
               "extracted graph does not load: %s:%ld:%ld: %s", err.file,
               err.line, err.column, err.msg);
    w2 = write_mem(g2, &n2);
    FUZZ_CHECK(n1 == n2 && memcmp(w1, w2, n1) == 0,
               "extracted graph changes in a round trip");
    free(w1);
    free(w2);
    dn_graph_free(g);
    dn_graph_free(g2);
    return 0;
}
