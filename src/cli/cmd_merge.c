/*
 * cmd_merge.c - "dipnet merge GRAPH... -o OUT": the union of graph files.
 * Every input is read and validated before anything is written.
 */
#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "dipnet/io.h"

const char cmd_merge_usage[] =
    "usage: dipnet merge GRAPH.json... [-o OUT.json]\n"
    "\n"
    "Unites graph files: actors with the same id become one node (aliases\n"
    "united), interactions with the same source, target and type one edge;\n"
    "evidence from the same document and offsets is counted once. The result\n"
    "does not depend on the order of the inputs.\n"
    "\n"
    "  -o FILE     write to FILE (atomically) instead of standard output\n";

int cmd_merge(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {NULL, 0, NULL, 0}};
    const char *out = NULL;
    dn_graph *all, *g;
    dn_error err;
    int c;

    dn_error_clear(&err);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        if (c != 'o')
            return cli_usage_error("merge", "bad option");
        out = optarg;
    }
    if (optind >= argc)
        return cli_usage_error("merge", "give at least one graph file");
    if (!(all = dn_graph_new())) {
        dn_error_set(&err, DN_ENOMEM, NULL, 0, 0, "out of memory");
        return cli_error(&err);
    }
    for (int i = optind; i < argc; i++) {
        if (dn_graph_read_json(argv[i], &g, &err) != DN_OK ||
            dn_graph_merge(all, g, &err) != DN_OK) {
            dn_graph_free(g);
            dn_graph_free(all);
            return cli_error(&err);
        }
        dn_graph_free(g);
    }
    c = dn_graph_save_json(all, out, &err);
    dn_graph_free(all);
    return c == DN_OK ? 0 : cli_error(&err);
}
