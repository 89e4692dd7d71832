/*
 * fuzz_outputs.c - every writer on hostile graphs, under libFuzzer.
 *
 * A graph file that loads may still hold anything in its strings (markup,
 * quotes, control characters, huge or odd numbers). Whatever loads must be
 * written by every format without a crash, a sanitizer report or an error:
 * GraphML, GEXF 1.3 and 1.2draft, CSV nodes and edges, JSON Lines,
 * Cytoscape.js, DOT (through cgraph) and the HTML briefing page. Inputs are
 * graph files, seeded like fuzz_graph_json.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/dot.h"
#include "dipnet/export.h"
#include "dipnet/io.h"
#include "dipnet/report.h"
#include "fuzz_common.h"

typedef struct sink {
    char *buf;
    size_t len;
    FILE *f;
} sink;

static void sink_open(sink *s)
{
    s->buf = NULL;
    s->f = open_memstream(&s->buf, &s->len);
    FUZZ_CHECK(s->f != NULL, "open_memstream");
}

static void sink_close(sink *s, int rc, const dn_error *err, const char *what)
{
    FUZZ_CHECK(rc == DN_OK, "%s failed: %s", what, err->msg);
    FUZZ_CHECK(fclose(s->f) == 0, "fclose");
    free(s->buf);
}

#define WRITE(what, call)                                                   \
    do {                                                                    \
        sink s;                                                             \
        int rc_;                                                            \
        sink_open(&s);                                                      \
        dn_error_clear(&err);                                               \
        rc_ = (call);                                                       \
        sink_close(&s, rc_, &err, what);                                    \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dn_graph *g = NULL;
    dn_error err;
    dn_dot_options dopt;
    dn_report_opts ropt;
    char *dot = NULL;
    size_t dot_len = 0;
    int rc;

    dn_error_clear(&err);
    if (dn_graph_parse_json((const char *)data, size, "fuzz", &g, &err))
        return 0;
    WRITE("graphml", dn_export_graphml(g, s.f, &err));
    WRITE("gexf 1.3", dn_export_gexf(g, s.f, DN_GEXF_1_3, &err));
    WRITE("gexf 1.2", dn_export_gexf(g, s.f, DN_GEXF_1_2, &err));
    WRITE("csv nodes", dn_export_csv_nodes(g, s.f, &err));
    WRITE("csv edges", dn_export_csv_edges(g, s.f, &err));
    WRITE("jsonl", dn_export_jsonl(g, s.f, &err));
    WRITE("cytoscape", dn_export_cytoscape(g, s.f, &err));
    dn_graph_sort(g);
    dn_report_opts_init(&ropt);
    WRITE("report", dn_report_write(g, &ropt, s.f, &err));
    dn_dot_options_init(&dopt);
    dn_error_clear(&err);
    rc = dn_dot_string(g, &dopt, &dot, &dot_len, &err);
    FUZZ_CHECK(rc == DN_OK, "dot failed: %s", err.msg);
    FUZZ_CHECK(dot && strlen(dot) == dot_len, "dot length");
    free(dot);
    dn_graph_free(g);
    return 0;
}
