/*
 * cmd_dot.c - "dipnet dot GRAPH": writes the briefing diagram of a graph as
 * Graphviz DOT (built with cgraph, see dipnet/dot.h), to a file written
 * atomically or to standard output.
 */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/diagram_opts.h"
#include "cli/filter_opts.h"
#include "dipnet/io.h"

const char cmd_dot_usage[] =
    "usage: dipnet dot GRAPH.json [-o OUT.dot] [options] [filters]\n"
    "\n"
    "Writes the diagram of a graph as Graphviz DOT: actors shaped by type,\n"
    "filled with their state's colour and grouped by state; interactions\n"
    "coloured by type, wider with their count; a legend, a title and a\n"
    "caption naming the documents, dates and filters. The same graph and\n"
    "options always give the same bytes. Draw it with 'dipnet render' or\n"
    "'dot -Tsvg'.\n"
    "\n"
    "  -o FILE            write to FILE instead of standard output\n"
    CLI_DIAGRAM_HELP
    "\nFilters:\n"
    CLI_FILTER_HELP;

int cmd_dot(int argc, char **argv)
{
    cli_diagram d;
    dn_graph *g = NULL;
    dn_error err;
    dn_out *o;
    int rc;

    dn_error_clear(&err);
    if ((rc = cli_diagram_parse("dot", argc, argv, 0, &d)) >= 0)
        return rc;
    if ((rc = cli_diagram_load(&d, &g)) != 0)
        return rc;
    if (!(o = dn_out_open(d.out, &err))) {
        dn_graph_free(g);
        return cli_error(&err);
    }
    if (dn_dot_write(g, &d.dot, dn_out_file(o), &err) != DN_OK) {
        dn_out_abort(o);
        dn_graph_free(g);
        if (!err.file[0])
            snprintf(err.file, sizeof err.file, "%s", d.graph);
        return cli_error(&err);
    }
    dn_graph_free(g);
    if (dn_out_commit(o, &err) != DN_OK)
        return cli_error(&err);
    return 0;
}
