/*
 * diagram_opts.h - what "dipnet dot" and "dipnet render" share: their
 * options (the diagram options of dot.h plus the shared graph filters), and
 * loading and filtering the graph. Each command keeps its own usage text.
 */
#ifndef DN_CLI_DIAGRAM_OPTS_H
#define DN_CLI_DIAGRAM_OPTS_H

#include "dipnet/dot.h"
#include "dipnet/filter.h"

typedef struct cli_diagram {
    dn_filter filter;      /* the shared filters */
    dn_dot_options dot;    /* the diagram options */
    const char *graph;     /* the graph file (argv) */
    const char *out;       /* -o FILE, or NULL */
    const char *format;    /* --format (render only), or NULL */
    char describe[512];    /* dn_filter_describe of filter */
} cli_diagram;

/* The help lines of the diagram options (without the filters). */
#define CLI_DIAGRAM_HELP                                                     \
    "  --layout NAME      dot (default), neato, fdp, sfdp or circo\n"        \
    "  --title TEXT       heading (default: the document's title)\n"         \
    "  --top N            only the N most central actors (PageRank when\n"   \
    "                     the graph was annotated, else weighted degree)\n" \
    "                     and the interactions among them\n"                 \
    "  --size-by MEASURE  actor size from a node attribute (pagerank,\n"     \
    "                     betweenness, ...) or 'degree'\n"                   \
    "  --link-prefix P    prefix of the SVG ids node-<id> and edge-<k>\n"    \
    "  --url-prefix P     link actors and arrows to P node-<id>, P edge-<k>\n" \
    "  --no-legend        leave the legend out\n"                            \
    "  --no-clusters      do not group actors by state\n"

/* Parses argv. with_format accepts --format (render). Returns -1 when the
 * command should go on, else the exit status (2 after a usage message). */
int cli_diagram_parse(const char *cmd, int argc, char **argv, int with_format,
                      cli_diagram *d);

/* Reads d->graph and applies the filters: *g is the graph to draw (caller
 * frees). Returns 0, or the exit status after printing the error. */
int cli_diagram_load(cli_diagram *d, dn_graph **g);

#endif
