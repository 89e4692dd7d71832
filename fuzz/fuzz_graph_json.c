/*
 * fuzz_graph_json.c - the native graph file reader under libFuzzer.
 *
 * Any byte string given to dn_graph_parse_json must either load or give an
 * error with a code and a message; never crash, leak or hang. A graph that
 * loads must round-trip: write(g) parsed again gives a graph whose writing
 * is byte-identical (write . read is the identity on what we write), and
 * the first writing must itself load.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/io.h"
#include "fuzz_common.h"

static char *write_mem(dn_graph *g, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    dn_error err;
    int rc;

    FUZZ_CHECK(f != NULL, "open_memstream");
    dn_error_clear(&err);
    rc = dn_graph_write_json(g, f, &err);
    FUZZ_CHECK(rc == DN_OK, "write failed: %s", err.msg);
    FUZZ_CHECK(fclose(f) == 0, "fclose");
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dn_graph *g = NULL, *g2 = NULL;
    dn_error err;
    char *w1, *w2;
    size_t n1, n2;
    int rc;

    dn_error_clear(&err);
    rc = dn_graph_parse_json((const char *)data, size, "fuzz", &g, &err);
    if (rc != DN_OK) {
        fuzz_check_error(&err, rc);
        FUZZ_CHECK(g == NULL, "graph returned with an error");
        return 0;
    }
    FUZZ_CHECK(g != NULL, "no graph and no error");
    w1 = write_mem(g, &n1);
    dn_error_clear(&err);
    rc = dn_graph_parse_json(w1, n1, "fuzz-written", &g2, &err);
    FUZZ_CHECK(rc == DN_OK, "our own output does not load: %s (line %ld "
               "col %ld)\n%s", err.msg, err.line, err.column, w1);
    w2 = write_mem(g2, &n2);
    FUZZ_CHECK(n1 == n2 && memcmp(w1, w2, n1) == 0,
               "round trip differs:\n--- first\n%s\n--- second\n%s", w1, w2);
    FUZZ_CHECK(g->n_nodes == g2->n_nodes && g->n_edges == g2->n_edges &&
               g->n_docs == g2->n_docs, "counts differ after round trip");
    free(w1);
    free(w2);
    dn_graph_free(g);
    dn_graph_free(g2);
    return 0;
}
