/*
 * cmd_export.c - "dipnet export GRAPH.json --format F -o OUT [filters]":
 * the graph (or its filtered view, the shared filters) in the format of
 * another tool (GraphML, GEXF, CSV, JSON Lines, Cytoscape.js
 * JSON; the writers are in src/output/). The format comes from --format,
 * else from OUT's extension. CSV writes two files, PREFIX.nodes.csv and
 * PREFIX.edges.csv, each through a temporary file; both are committed only
 * when both were written completely.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/filter_opts.h"
#include "dipnet/export.h"
#include "dipnet/filter.h"
#include "dipnet/io.h"

const char cmd_export_usage[] =
    "usage: dipnet export GRAPH.json [--format FORMAT] -o OUT\n"
    "                     [--gexf-version 1.3|1.2] [filters]\n"
    "\n"
    "Writes the graph (or a filtered view of it) for another tool. Same\n"
    "graph, same bytes.\n"
    "\n"
    "  -f, --format FORMAT   graphml, gexf, csv, jsonl or cytoscape; by default\n"
    "                        taken from OUT's extension (.graphml, .gexf, .csv,\n"
    "                        .jsonl, .cyjs)\n"
    "  -o, --output OUT      the file to write (atomically); '-' or none is\n"
    "                        standard output (not for csv)\n"
    "      --gexf-version V  1.3 (default; Gephi 0.9+) or 1.2 (1.2draft, for\n"
    "                        NetworkX before 3.6)\n"
    CLI_FILTER_HELP
    "\n"
    "Formats:\n"
    "  graphml    NetworkX (nx.read_graphml), yEd, Gephi. Every attribute is a\n"
    "             declared <key>: label, type, kind, state, iso, cameo, aliases\n"
    "             and numeric attributes (centralities) on nodes; key/type,\n"
    "             count, cameo, goldstein, evidence_count and the first\n"
    "             evidence (document, date, sentence, text) on edges. yEd shows\n"
    "             labels and state colours at once (yfiles NodeLabel); to label\n"
    "             by another field use Edit > Properties Mapper, new node\n"
    "             configuration, map e.g. 'state' to 'Label Text'. Layout:\n"
    "             Layout > Organic.\n"
    "  gexf       Gephi: the same attributes, nodes coloured by state and sized\n"
    "             by weighted degree, edge weight = count, coloured by type.\n"
    "  csv        Two tables, OUT.nodes.csv and OUT.edges.csv (a trailing\n"
    "             .csv or .edges.csv of OUT is dropped first): what 'dipnet\n"
    "             import' reads back, also spreadsheets, pandas, R, Gephi's\n"
    "             spreadsheet import. Aliases are joined with '|'.\n"
    "  jsonl      One event per evidence entry and line, columns as in GDELT:\n"
    "             date, sqldate, actor1_id, actor1_name, actor1_country_code\n"
    "             (ISO alpha-3), actor2_..., event_code (CAMEO), goldstein,\n"
    "             source_document, sentence. Edges without evidence give none.\n"
    "  cytoscape  Cytoscape.js JSON (.cyjs): Cytoscape desktop (name is the\n"
    "             label, interaction the edge type), cytoscape.js and\n"
    "             networkx.cytoscape_graph.\n";

/* Format from the output's extension, or -1. */
static int format_from_name(const char *out)
{
    static const struct {
        const char *ext;
        dn_export_format f;
    } map[] = {{".graphml", DN_EXPORT_GRAPHML}, {".gexf", DN_EXPORT_GEXF},
               {".csv", DN_EXPORT_CSV},         {".jsonl", DN_EXPORT_JSONL},
               {".ndjson", DN_EXPORT_JSONL},    {".cyjs", DN_EXPORT_CYTOSCAPE}};
    size_t n = out ? strlen(out) : 0;

    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        size_t k = strlen(map[i].ext);
        if (n > k && strcmp(out + n - k, map[i].ext) == 0)
            return (int)map[i].f;
    }
    return -1;
}

/* PREFIX of "-o PREFIX[.edges.csv|.csv]" */
static char *csv_prefix(const char *out)
{
    size_t n = strlen(out);
    char *p;

    if (n > 10 && strcmp(out + n - 10, ".edges.csv") == 0)
        n -= 10;
    else if (n > 10 && strcmp(out + n - 10, ".nodes.csv") == 0)
        n -= 10;
    else if (n > 4 && strcmp(out + n - 4, ".csv") == 0)
        n -= 4;
    if (!(p = malloc(n + 1)))
        return NULL;
    memcpy(p, out, n);
    p[n] = '\0';
    return p;
}

static int export_csv(dn_graph *g, const char *out, dn_error *err)
{
    char *prefix = csv_prefix(out), *nodes = NULL, *edges = NULL;
    dn_out *on = NULL, *oe = NULL;
    int rc = DN_ENOMEM;

    if (!prefix || !(nodes = malloc(strlen(prefix) + 11)) ||
        !(edges = malloc(strlen(prefix) + 11))) {
        dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    sprintf(nodes, "%s.nodes.csv", prefix);
    sprintf(edges, "%s.edges.csv", prefix);
    if (!(on = dn_out_open(nodes, err)) || !(oe = dn_out_open(edges, err))) {
        rc = err->code;
        goto done;
    }
    if ((rc = dn_export_csv_nodes(g, dn_out_file(on), err))) {
        snprintf(err->file, sizeof err->file, "%s", nodes);
        goto done;
    }
    if ((rc = dn_export_csv_edges(g, dn_out_file(oe), err))) {
        snprintf(err->file, sizeof err->file, "%s", edges);
        goto done;
    }
    /* both written: now replace both */
    rc = dn_out_commit(on, err);
    on = NULL;
    if (rc == DN_OK)
        rc = dn_out_commit(oe, err);
    oe = NULL;
done:
    dn_out_abort(on);
    dn_out_abort(oe);
    free(prefix);
    free(nodes);
    free(edges);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"gexf-version", required_argument, NULL, 'G'},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *out = NULL, *fmt_name = NULL;
    dn_gexf_version gv = DN_GEXF_1_3;
    dn_graph *g = NULL, *fg;
    dn_filter flt;
    dn_out *o;
    dn_error err;
    int c, fmt, rc;

    dn_error_clear(&err);
    dn_filter_init(&flt);
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            fmt_name = optarg;
            break;
        case 'o':
            out = optarg;
            break;
        case 'G':
            if (strcmp(optarg, "1.3") == 0)
                gv = DN_GEXF_1_3;
            else if (strcmp(optarg, "1.2") == 0 ||
                     strcmp(optarg, "1.2draft") == 0)
                gv = DN_GEXF_1_2;
            else
                return cli_usage_error("export", "--gexf-version must be 1.3 "
                                       "or 1.2, not '%s'", optarg);
            break;
        default:
            switch (cli_filter_option("export", c, optarg, &flt)) {
            case 1:
                break;
            case 2:
                return 2;
            default:
                return cli_usage_error("export", "bad option");
            }
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("export", "give exactly one graph file");
    if (out && strcmp(out, "-") == 0)
        out = NULL;
    if (fmt_name) {
        if ((fmt = dn_export_format_parse(fmt_name)) < 0)
            return cli_usage_error("export", "unknown format '%s' (formats: "
                                   "graphml, gexf, csv, jsonl, cytoscape)",
                                   fmt_name);
    } else if ((fmt = format_from_name(out)) < 0) {
        return cli_usage_error("export", "give --format (graphml, gexf, csv, "
                               "jsonl, cytoscape) or an output name with "
                               "one of their extensions");
    }
    if (fmt == DN_EXPORT_CSV) {
        struct stat st;
        /* a device, a pipe or a directory would become "/dev/null.nodes.csv"
         * and the like: the two tables need a name prefix */
        if (!out || (stat(out, &st) == 0 && !S_ISREG(st.st_mode)))
            return cli_usage_error("export", "csv writes two files: give -o "
                                   "PREFIX (PREFIX.nodes.csv, "
                                   "PREFIX.edges.csv)");
    }
    if (dn_graph_read_json(argv[optind], &g, &err) != DN_OK)
        return cli_error(&err);
    if (dn_filter_active(&flt)) {
        rc = dn_filter_apply(g, &flt, &fg, &err);
        dn_graph_free(g);
        if (rc != DN_OK)
            return cli_error(&err);
        g = fg;
    }
    if (fmt == DN_EXPORT_CSV) {
        rc = export_csv(g, out, &err);
        dn_graph_free(g);
        return rc == DN_OK ? 0 : cli_error(&err);
    }
    if (!(o = dn_out_open(out, &err))) {
        dn_graph_free(g);
        return cli_error(&err);
    }
    switch (fmt) {
    case DN_EXPORT_GRAPHML:
        rc = dn_export_graphml(g, dn_out_file(o), &err);
        break;
    case DN_EXPORT_GEXF:
        rc = dn_export_gexf(g, dn_out_file(o), gv, &err);
        break;
    case DN_EXPORT_JSONL:
        rc = dn_export_jsonl(g, dn_out_file(o), &err);
        break;
    default:
        rc = dn_export_cytoscape(g, dn_out_file(o), &err);
        break;
    }
    dn_graph_free(g);
    if (rc != DN_OK) {
        if (!err.file[0])
            snprintf(err.file, sizeof err.file, "%s", dn_out_name(o));
        dn_out_abort(o);
        return cli_error(&err);
    }
    return dn_out_commit(o, &err) == DN_OK ? 0 : cli_error(&err);
}
