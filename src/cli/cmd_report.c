/*
 * cmd_report.c - "dipnet report GRAPH -o BRIEF.html": the briefing page.
 *
 * Reads the graph, applies the shared filters, sorts it (so that the
 * diagram's element ids and the page's anchors agree), computes PageRank,
 * HITS hubs and authorities and betweenness (analyze.h), draws the diagram
 * to SVG in memory (dot.h, with element ids "svg-node-<id>" and
 * "svg-edge-<k>", which the page wraps in links to each entry) and writes the page
 * (report.h) atomically. A diagram or an analysis that fails does not stop
 * the page: it is written with a visible note instead, and the failure is
 * reported on stderr as a warning.
 *
 * --since DATE is the one filter the report treats differently: the page
 * keeps the whole graph (earlier contacts are the context of the new ones)
 * and adds a "New since DATE" section listing the contacts whose earliest
 * evidence is dated on or after DATE. --until and the other filters cut
 * the graph as in analyze and render.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/filter_opts.h"
#include "dipnet/analyze.h"
#include "dipnet/dot.h"
#include "dipnet/filter.h"
#include "dipnet/io.h"
#include "dipnet/report.h"

const char cmd_report_usage[] =
    "usage: dipnet report GRAPH.json -o BRIEF.html [options]\n"
    "\n"
    "Writes one self-contained HTML briefing page: the diagram (every arrow\n"
    "and actor links to its evidence), the key actors by PageRank, hubs\n"
    "(initiators), authorities (sought out) and betweenness (brokers), every\n"
    "actor, and every interaction with the sentences it was read from. The\n"
    "page fetches nothing and runs no script; it prints on A4 with the\n"
    "diagram on the first page.\n"
    "\n"
    "  -o, --output FILE  the page to write (default: standard output)\n"
    "  --title TEXT       the page title (default: the document's title)\n"
    "  --top N            actors taken from each measure (default 10)\n"
    "  --layout NAME      diagram layout: dot (default), neato, fdp, sfdp,\n"
    "                     circo\n"
    "  --diagram-top N    draw only the N most central actors (PageRank)\n"
    "                     when the graph has more (default 80; 0 = all);\n"
    "                     the page still lists every actor and interaction\n"
    "  --no-diagram       leave the diagram out\n"
    "  --cutoff L         betweenness follows only paths of length <= L\n"
    "                     (arc length 1/count; for very large graphs, where\n"
    "                     exact betweenness takes minutes)\n"
    CLI_FILTER_HELP
    "\n"
    "--since DATE does not cut the page: it keeps the whole graph for\n"
    "context and adds a \"New since DATE\" section listing the contacts first\n"
    "seen on or after DATE (earliest evidence date). The other filters cut\n"
    "the graph as in analyze and render.\n";

enum {
    OPT_TITLE = 0x100,
    OPT_TOP,
    OPT_LAYOUT,
    OPT_NO_DIAGRAM,
    OPT_DIAGRAM_TOP,
    OPT_CUTOFF
};

/* Actors drawn by default: a diagram of more is unreadable on a page and
 * slow to lay out; the page lists them all anyway. */
#define DEFAULT_DIAGRAM_TOP 80

/* Fills the four key-actor columns from the analysis; broker_role is the
 * betweenness column's subtitle. */
static void fill_measures(const dn_analysis *a, const char *broker_role,
                          dn_report_measure *ms, size_t *n)
{
    static const struct {
        dn_measure m;
        const char *name, *role;
    } cols[] = {{DN_M_PAGERANK, "PageRank", "influence"},
                {DN_M_HUB, "Hub", "initiators"},
                {DN_M_AUTHORITY, "Authority", "sought out"},
                {DN_M_BETWEENNESS, "Betweenness", "brokers"}};

    *n = 0;
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        if (a->values[cols[i].m])
            ms[(*n)++] = (dn_report_measure){
                cols[i].name,
                cols[i].m == DN_M_BETWEENNESS ? broker_role : cols[i].role,
                a->values[cols[i].m]};
}

int cmd_report(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"title", required_argument, NULL, OPT_TITLE},
        {"top", required_argument, NULL, OPT_TOP},
        {"layout", required_argument, NULL, OPT_LAYOUT},
        {"no-diagram", no_argument, NULL, OPT_NO_DIAGRAM},
        {"diagram-top", required_argument, NULL, OPT_DIAGRAM_TOP},
        {"cutoff", required_argument, NULL, OPT_CUTOFF},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *out = NULL, *since = NULL, *layout = NULL;
    char describe[512], note[DN_ERROR_MSG_MAX + 64];
    int c, rc = 0, diagram = 1;
    dn_graph *g = NULL, *view = NULL;
    dn_analysis *an = NULL;
    dn_analyze_opts aopts;
    dn_dot_options dopts;
    dn_report_opts ropts;
    dn_report_measure ms[4];
    dn_filter filter;
    dn_error err, werr;
    dn_out *o = NULL;
    char *svg = NULL, *end;
    size_t svg_len = 0;
    long top, diagram_top = DEFAULT_DIAGRAM_TOP;
    double cutoff = 0;
    char broker_role[64];

    dn_error_clear(&err);
    dn_filter_init(&filter);
    dn_report_opts_init(&ropts);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        int r;
        switch (c) {
        case 'o': out = optarg; break;
        case OPT_TITLE: ropts.title = optarg; break;
        case OPT_TOP:
            top = strtol(optarg, &end, 10);
            if (*optarg < '0' || *optarg > '9' || *end || top < 1 ||
                top > 100000)
                return cli_usage_error("report", "--top: want a whole number "
                                                 ">= 1, not \"%s\"", optarg);
            ropts.top = (size_t)top;
            break;
        case OPT_LAYOUT:
            if (!dn_dot_layout_valid(optarg))
                return cli_usage_error("report", "--layout: want dot, neato, "
                                                 "fdp, sfdp or circo, not "
                                                 "\"%s\"", optarg);
            layout = optarg;
            break;
        case OPT_NO_DIAGRAM: diagram = 0; break;
        case OPT_CUTOFF:
            cutoff = strtod(optarg, &end);
            if (end == optarg || *end || !(cutoff > 0) || cutoff > 1e9)
                return cli_usage_error("report", "--cutoff: want a length "
                                                 "> 0, not \"%s\"", optarg);
            break;
        case OPT_DIAGRAM_TOP:
            diagram_top = strtol(optarg, &end, 10);
            if (*optarg < '0' || *optarg > '9' || *end || diagram_top < 0 ||
                diagram_top > 1000000)
                return cli_usage_error("report", "--diagram-top: want a whole "
                                                 "number >= 0, not \"%s\"",
                                       optarg);
            break;
        default:
            r = cli_filter_option("report", c, optarg, &filter);
            if (r == 1)
                break;
            if (r == 2)
                return 2;
            return cli_usage_error("report", "bad option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error("report", "give exactly one graph file");
    /* --since marks new contacts instead of cutting the graph */
    since = filter.since;
    filter.since = NULL;

    if (dn_graph_read_json(argv[optind], &g, &err) != DN_OK)
        return cli_error(&err);
    if (dn_filter_apply(g, &filter, &view, &err) != DN_OK)
        goto fail;
    dn_graph_sort(view);
    dn_filter_describe(&filter, describe, sizeof describe);
    ropts.filters = describe;
    ropts.new_since = since;

    /* the key-actor columns; without them the page ranks by degree */
    dn_analyze_opts_init(&aopts);
    aopts.measures = DN_MEASURE_BIT(DN_M_PAGERANK) | DN_MEASURE_BIT(DN_M_HUB) |
                     DN_MEASURE_BIT(DN_M_AUTHORITY) |
                     DN_MEASURE_BIT(DN_M_BETWEENNESS);
    aopts.cutoff = cutoff;
    if (cutoff > 0)
        snprintf(broker_role, sizeof broker_role, "brokers (paths up to %g)",
                 cutoff);
    else
        snprintf(broker_role, sizeof broker_role, "brokers");
    dn_error_clear(&werr);
    if (dn_analyze(view, &aopts, &an, &werr) == DN_OK) {
        fill_measures(an, broker_role, ms, &ropts.n_measures);
        ropts.measures = ms;
        /* the diagram's top-N picks by the "pagerank" attribute */
        if (dn_analysis_annotate(view, an, &werr) != DN_OK)
            fprintf(stderr, "dipnet report: warning: %s\n", werr.msg);
    } else {
        fprintf(stderr, "dipnet report: warning: no centrality measures "
                        "(%s); ranking actors by contacts\n", werr.msg);
    }

    if (diagram) {
        dn_dot_options_init(&dopts);
        dopts.title = ropts.title;
        dopts.filters = describe;
        dopts.link_prefix = "svg-";
        /* no url_prefix: the page links each node and edge group itself
         * (report.c), escaping the actor ids on the way */
        if (layout)
            dopts.layout = layout;
        if (diagram_top > 0 && view->n_nodes > (size_t)diagram_top)
            dopts.top_n = (size_t)diagram_top;
        dn_error_clear(&werr);
        if (dn_render(view, &dopts, "svg", layout, &svg, &svg_len, &werr) ==
            DN_OK) {
            ropts.svg = svg;
            ropts.svg_prefix = "svg-";
            ropts.svg_shown = dopts.top_n;
        }
        if (!ropts.svg) {
            snprintf(note, sizeof note, "the diagram could not be drawn (%s).",
                     werr.msg);
            ropts.svg_note = note;
            fprintf(stderr, "dipnet report: warning: %s\n", note);
        }
    } else
        ropts.svg_note = "left out (--no-diagram).";

    if (!(o = dn_out_open(out, &err)))
        goto fail;
    if (dn_report_write(view, &ropts, dn_out_file(o), &err) != DN_OK) {
        dn_out_abort(o);
        goto fail;
    }
    if (dn_out_commit(o, &err) != DN_OK)
        goto fail;
    goto done;
fail:
    rc = cli_error(&err);
done:
    free(svg);
    dn_analysis_free(an);
    dn_graph_free(view);
    dn_graph_free(g);
    return rc;
}
