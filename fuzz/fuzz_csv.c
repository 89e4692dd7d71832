/*
 * fuzz_csv.c - the CSV reader and importer under libFuzzer.
 *
 * The whole input goes through dn_csv_parse (RFC 4180 from memory). Then it
 * is cut at its first NUL byte into an edges table and, when there is a
 * NUL, a nodes table, which dn_csv_import reads as files (memfd files named
 * through /proc/self/fd). Either step loads or fails with a coded, worded
 * error; never a crash, leak or hang. A graph that imports must write a
 * graph file that loads, and its CSV export must import again with the
 * same nodes and edges; after that first (possibly lossy: one evidence
 * entry per edge) step, CSV -> import -> CSV must give the same bytes.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "dipnet/export.h"
#include "dipnet/io.h"
#include "fuzz_common.h"

/* A memory file holding data[0..n); its path goes into path. */
static int memfile(const char *name, const void *data, size_t n, char *path,
                   size_t cap)
{
    int fd = memfd_create(name, MFD_CLOEXEC);

    FUZZ_CHECK(fd >= 0, "memfd_create");
    FUZZ_CHECK(n == 0 || write(fd, data, n) == (ssize_t)n, "write memfd");
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    return fd;
}

static void reported(const dn_error *e, void *ctx)
{
    (void)ctx;
    FUZZ_CHECK(e->code != DN_OK && e->msg[0], "empty report");
}

typedef int (*writer)(dn_graph *, FILE *, dn_error *);

static char *to_mem(dn_graph *g, writer w, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    dn_error err;

    FUZZ_CHECK(f != NULL, "open_memstream");
    dn_error_clear(&err);
    FUZZ_CHECK(w(g, f, &err) == DN_OK, "writer failed: %s", err.msg);
    FUZZ_CHECK(fclose(f) == 0, "fclose");
    return buf;
}

/* Imports edges (and nodes) CSV text; NULL when the importer refuses it. */
static dn_graph *import(const char *e, size_t ne, const char *n, size_t nn,
                        int must)
{
    char pe[64], pn[64];
    int fe = memfile("edges.csv", e, ne, pe, sizeof pe);
    int fn = n ? memfile("nodes.csv", n, nn, pn, sizeof pn) : -1;
    dn_graph *g = NULL;
    dn_error err;
    int rc;

    dn_error_clear(&err);
    rc = dn_csv_import(pe, n ? pn : NULL, NULL, reported, NULL, &g, &err);
    close(fe);
    if (fn >= 0)
        close(fn);
    if (rc != DN_OK) {
        FUZZ_CHECK(!must, "our own CSV does not import: %s:%ld:%ld: %s\n"
                   "--- edges\n%.*s\n--- nodes\n%.*s", err.file, err.line,
                   err.column, err.msg, (int)ne, e, (int)nn, n ? n : "");
        fuzz_check_error(&err, rc);
        FUZZ_CHECK(g == NULL, "graph returned with an error");
        return NULL;
    }
    FUZZ_CHECK(g != NULL, "no graph and no error");
    return g;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nul = memchr(s, 0, size);
    size_t ne = nul ? (size_t)(nul - s) : size;
    dn_csv *t = NULL;
    dn_graph *g, *g2, *g3, *back;
    dn_error err;
    char *e1, *n1, *e2, *n2, *e3, *n3, *js;
    size_t le1, ln1, le2, ln2, le3, ln3, ljs;
    int rc;

    dn_error_clear(&err);
    rc = dn_csv_parse(s, size, "fuzz.csv", &t, &err);
    if (rc != DN_OK)
        fuzz_check_error(&err, rc);
    dn_csv_free(t);

    if (!(g = import(s, ne, nul ? nul + 1 : NULL, nul ? size - ne - 1 : 0, 0)))
        return 0;
    e1 = to_mem(g, dn_export_csv_edges, &le1);
    n1 = to_mem(g, dn_export_csv_nodes, &ln1);
    js = to_mem(g, dn_graph_write_json, &ljs);
    dn_error_clear(&err);
    FUZZ_CHECK(dn_graph_parse_json(js, ljs, "fuzz.json", &back, &err) ==
                   DN_OK, "imported graph writes a file that does not load: "
                   "%s\n%s", err.msg, js);
    /* The CSV tables carry an edge's first evidence entry only (and its
     * evidence_count), so the first export may lose evidence; from then on
     * export(import(x)) must be x. */
    g2 = import(e1, le1, n1, ln1, 1);
    FUZZ_CHECK(g2->n_nodes == g->n_nodes && g2->n_edges == g->n_edges,
               "import of our CSV: %zu nodes %zu edges, was %zu and %zu",
               g2->n_nodes, g2->n_edges, g->n_nodes, g->n_edges);
    e2 = to_mem(g2, dn_export_csv_edges, &le2);
    n2 = to_mem(g2, dn_export_csv_nodes, &ln2);
    g3 = import(e2, le2, n2, ln2, 1);
    e3 = to_mem(g3, dn_export_csv_edges, &le3);
    n3 = to_mem(g3, dn_export_csv_nodes, &ln3);
    FUZZ_CHECK(le2 == le3 && memcmp(e2, e3, le2) == 0,
               "edges CSV differs after import:\n--- first\n%s\n--- second\n%s",
               e2, e3);
    FUZZ_CHECK(ln2 == ln3 && memcmp(n2, n3, ln2) == 0,
               "nodes CSV differs after import:\n--- first\n%s\n--- second\n%s",
               n2, n3);
    free(e1);
    free(n1);
    free(e2);
    free(n2);
    free(e3);
    free(n3);
    free(js);
    dn_graph_free(back);
    dn_graph_free(g);
    dn_graph_free(g2);
    dn_graph_free(g3);
    return 0;
}
