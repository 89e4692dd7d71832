/*
 * cmd_path.c - "dipnet path GRAPH FROM TO": the shortest chains of contact
 * between two actors, each hop with its interaction type and the first
 * sentence it was read from, so that a briefing can say how A reaches B.
 *
 * Chains are undirected by default (a call from B to A links A and B as
 * much as one from A to B); --directed follows the arrows only. Actors are
 * named by id, label or alias (dn_graph_find_actor). Exit 1 when no chain
 * exists, 2 for an unknown or ambiguous actor.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/filter_opts.h"
#include "dipnet/analyze.h"
#include "dipnet/filter.h"
#include "dipnet/io.h"

const char cmd_path_usage[] =
    "usage: dipnet path GRAPH.json FROM TO [--directed] [--all]\n"
    "         [--types LIST] [filters] [-o FILE]\n"
    "\n"
    "Prints the shortest chain of contact (fewest hops) from FROM to TO,\n"
    "each hop with its interaction type and the first sentence it was read\n"
    "from (document and sentence number). Actors are given by id, label or\n"
    "alias. Chains use contacts in either direction unless --directed.\n"
    "When two actors are joined by several interactions, a hop shows one in\n"
    "the walking direction if any, then the most often seen.\n"
    "\n"
    "  --directed         follow the arrows only (who contacted whom)\n"
    "  --all              every shortest chain (at most 100), not just one\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    "\n"
    "Exit status: 0 a chain was found, 1 none exists, 2 unknown actor or\n"
    "bad usage.\n"
    "\n"
    "Filters:\n" CLI_FILTER_HELP;

#define PATH_MAX_ALL 100

enum { OPT_DIRECTED = 0x2000, OPT_ALL };

/* Finds name in the view fg; at state level a person's or body's name is
 * looked up in the whole graph g and taken to its state. */
static const dn_node *find(const dn_graph *g, const dn_graph *fg,
                           const char *name, int state_level,
                           int *in_whole)
{
    const dn_node *n = dn_graph_find_actor(fg, name), *w;

    *in_whole = 0;
    if (n)
        return n;
    if (!(w = dn_graph_find_actor(g, name)))
        return NULL;
    *in_whole = 1;
    if (state_level && w->state)
        return dn_graph_find_actor(fg, w->state);
    return dn_graph_node(fg, w->id);
}

static void print_hop(FILE *f, const dn_graph *g, const dn_hop *h,
                      size_t k)
{
    const dn_edge *e = h->edge;
    const dn_node *a = h->reversed ? e->target : e->source;
    const dn_node *b = h->reversed ? e->source : e->target;

    if (h->reversed)
        fprintf(f, "  %zu. %s <-%s- %s", k, a->label,
                dn_edge_type_name(e->type), b->label);
    else
        fprintf(f, "  %zu. %s -%s-> %s", k, a->label,
                dn_edge_type_name(e->type), b->label);
    fprintf(f, " (seen %ld time%s)\n", e->count, e->count == 1 ? "" : "s");
    if (e->n_evidence) {
        const dn_evidence *ev = &e->evidence[0];
        fprintf(f, "     %s, sentence %ld: \"%s\"\n", g->docs[ev->doc].id,
                ev->sentence, ev->text ? ev->text : "");
    } else {
        fprintf(f, "     (no sentence recorded)\n");
    }
}

int cmd_path(int argc, char **argv)
{
    static const struct option opts[] = {
        {"directed", no_argument, NULL, OPT_DIRECTED},
        {"all", no_argument, NULL, OPT_ALL},
        {"output", required_argument, NULL, 'o'},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *out_path = NULL;
    int directed = 0, all = 0, c, rc = 1;
    dn_filter flt;
    dn_graph *g = NULL, *fg = NULL;
    const dn_node *from, *to;
    dn_paths *p = NULL;
    dn_error err;
    dn_out *o = NULL;
    FILE *f;

    dn_error_clear(&err);
    dn_filter_init(&flt);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case OPT_DIRECTED: directed = 1; break;
        case OPT_ALL: all = 1; break;
        case 'o': out_path = optarg; break;
        default:
            switch (cli_filter_option("path", c, optarg, &flt)) {
            case 1: break;
            case 2: return 2;
            default: return cli_usage_error("path", "bad option");
            }
        }
    }
    if (argc - optind != 3)
        return cli_usage_error("path", "give a graph file and two actors");
    if (dn_graph_read_json(argv[optind], &g, &err) != DN_OK)
        return cli_error(&err);
    if (dn_filter_active(&flt)) {
        if (dn_filter_apply(g, &flt, &fg, &err) != DN_OK) {
            rc = cli_error(&err);
            goto done;
        }
    } else {
        fg = g;
    }
    for (int k = 1; k <= 2; k++) {
        const char *name = argv[optind + k];
        int in_whole;
        const dn_node *n = find(g, fg, name, flt.level_state, &in_whole);
        if (!n && !in_whole) {
            rc = cli_usage_error("path", "no single actor \"%s\" in %s (give "
                                         "an id, a label or an alias; a name "
                                         "shared by two actors needs the id)",
                                 name, argv[optind]);
            goto done;
        }
        if (!n) {
            fprintf(stderr, "dipnet path: \"%s\" has no contacts left after "
                            "the filters; no chain\n", name);
            rc = 1;
            goto done;
        }
        if (k == 1)
            from = n;
        else
            to = n;
    }
    if (dn_shortest_paths(fg, from, to, 0, directed,
                          all ? PATH_MAX_ALL : 1, &p, &err) != DN_OK) {
        rc = cli_error(&err);
        goto done;
    }
    if (p->n_paths == 0) {
        fprintf(stderr, "dipnet path: no %schain of contact from %s to %s\n",
                directed ? "directed " : "", from->label, to->label);
        rc = 1;
        goto done;
    }
    if (!(o = dn_out_open(out_path, &err))) {
        rc = cli_error(&err);
        goto done;
    }
    f = dn_out_file(o);
    fprintf(f, "%s to %s: %zu hop%s, %zu shortest chain%s%s\n", from->label,
            to->label, p->paths[0].n_hops, p->paths[0].n_hops == 1 ? "" : "s",
            p->total, p->total == 1 ? "" : "s",
            p->n_paths < p->total ? (all ? " (first 100 shown)"
                                         : " (first shown; --all for more)")
                                  : "");
    for (size_t i = 0; i < p->n_paths; i++) {
        if (p->n_paths > 1)
            fprintf(f, "%schain %zu:\n", i ? "\n" : "", i + 1);
        for (size_t k = 0; k < p->paths[i].n_hops; k++)
            print_hop(f, fg, &p->paths[i].hops[k], k + 1);
    }
    rc = dn_out_commit(o, &err) == DN_OK ? 0 : cli_error(&err);
    o = NULL;
done:
    dn_out_abort(o);
    dn_paths_free(p);
    if (fg != g)
        dn_graph_free(fg);
    dn_graph_free(g);
    return rc;
}
