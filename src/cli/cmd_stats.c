/*
 * cmd_stats.c - "dipnet stats GRAPH": counts of actors by type and of
 * interactions by type, with their counts and evidence, as text or JSON.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "dipnet/io.h"

const char cmd_stats_usage[] =
    "usage: dipnet stats GRAPH.json [--json] [-o FILE]\n"
    "\n"
    "Counts the actors of a graph by type, and its interactions by type with\n"
    "their total count and evidence entries.\n"
    "\n"
    "  --json      print the figures as a JSON object\n"
    "  -o FILE     write to FILE instead of standard output\n";

static void print_text(FILE *f, const char *name, const dn_graph *g)
{
    size_t by_type[DN_ACTOR__COUNT] = {0};
    size_t e_n[DN_EDGE__COUNT] = {0}, e_ev[DN_EDGE__COUNT] = {0};
    long e_count[DN_EDGE__COUNT] = {0};

    for (size_t i = 0; i < g->n_nodes; i++)
        by_type[g->nodes[i]->type]++;
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        e_n[e->type]++;
        e_count[e->type] += e->count;
        e_ev[e->type] += e->n_evidence;
    }
    fprintf(f, "%s: %zu actors, %zu interactions, %zu evidence, %zu "
               "documents\n\n", name, g->n_nodes, g->n_edges,
            dn_graph_evidence_count(g), g->n_docs);
    fprintf(f, "%-14s %8s\n", "actors", "nodes");
    for (int t = 0; t < DN_ACTOR__COUNT; t++)
        fprintf(f, "  %-12s %8zu\n", dn_actor_type_name(t), by_type[t]);
    fprintf(f, "\n%-14s %8s %8s %8s\n", "interactions", "edges", "count",
            "evidence");
    for (int t = 0; t < DN_EDGE__COUNT; t++)
        fprintf(f, "  %-12s %8zu %8ld %8zu\n", dn_edge_type_name(t), e_n[t],
                e_count[t], e_ev[t]);
}

static void print_json(FILE *f, const dn_graph *g)
{
    size_t by_type[DN_ACTOR__COUNT] = {0};
    size_t e_n[DN_EDGE__COUNT] = {0}, e_ev[DN_EDGE__COUNT] = {0};
    long e_count[DN_EDGE__COUNT] = {0};

    for (size_t i = 0; i < g->n_nodes; i++)
        by_type[g->nodes[i]->type]++;
    for (size_t i = 0; i < g->n_edges; i++) {
        e_n[g->edges[i]->type]++;
        e_count[g->edges[i]->type] += g->edges[i]->count;
        e_ev[g->edges[i]->type] += g->edges[i]->n_evidence;
    }
    fprintf(f, "{\"nodes\": %zu, \"edges\": %zu, \"evidence\": %zu, "
               "\"documents\": %zu,\n \"nodes_by_type\": {", g->n_nodes,
            g->n_edges, dn_graph_evidence_count(g), g->n_docs);
    for (int t = 0; t < DN_ACTOR__COUNT; t++)
        fprintf(f, "%s\"%s\": %zu", t ? ", " : "", dn_actor_type_name(t),
                by_type[t]);
    fprintf(f, "},\n \"edges_by_type\": {");
    for (int t = 0; t < DN_EDGE__COUNT; t++)
        fprintf(f, "%s\"%s\": {\"edges\": %zu, \"count\": %ld, "
                   "\"evidence\": %zu}", t ? ", " : "",
                dn_edge_type_name(t), e_n[t], e_count[t], e_ev[t]);
    fprintf(f, "}}\n");
}

int cmd_stats(int argc, char **argv)
{
    static const struct option opts[] = {{"json", no_argument, NULL, 'j'},
                                         {"output", required_argument, NULL, 'o'},
                                         {NULL, 0, NULL, 0}};
    const char *out = NULL;
    int json = 0, c, rc;
    dn_graph *g = NULL;
    dn_error err;
    dn_out *o;

    dn_error_clear(&err);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'j': json = 1; break;
        case 'o': out = optarg; break;
        default: return cli_usage_error("stats", "bad option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error("stats", "give exactly one graph file");
    if (dn_graph_read_json(argv[optind], &g, &err) != DN_OK)
        return cli_error(&err);
    if (!(o = dn_out_open(out, &err))) {
        dn_graph_free(g);
        return cli_error(&err);
    }
    if (json)
        print_json(dn_out_file(o), g);
    else
        print_text(dn_out_file(o), argv[optind], g);
    dn_graph_free(g);
    rc = dn_out_commit(o, &err);
    return rc == DN_OK ? 0 : cli_error(&err);
}
