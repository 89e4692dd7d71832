/*
 * cmd_analyze.c - "dipnet analyze GRAPH": centrality, communities and
 * components of an interaction graph, as an aligned table, CSV or JSON,
 * or written into the graph file as node attributes (--annotate).
 *
 * Flow: read the graph, apply the shared filters (level, types, dates,
 * min count, ego), run dn_analyze on the view, rank the actors by the
 * first measure asked for (PageRank by default), print the top N. The
 * rows are an index array sorted over the analysis; nothing is copied.
 * --timing prints where the time went on stderr (load, filter, analysis,
 * of which inside the measure kernels: igraph and dipnet's shortest-path
 * kernel, output) for the benchmark. --engine igraph computes the
 * path-based measures with igraph instead of that kernel (to compare).
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/filter_opts.h"
#include "dipnet/analyze.h"
#include "dipnet/filter.h"
#include "dipnet/io.h"

const char cmd_analyze_usage[] =
    "usage: dipnet analyze GRAPH.json [--measures LIST|all] [--types LIST]\n"
    "         [--level actor|state] [--weight count|none] [--top N]\n"
    "         [--format table|csv|json] [--annotate] [-o FILE] [filters]\n"
    "\n"
    "Who is at the centre of the diplomatic activity, who initiates contact\n"
    "and who is sought out, who brokers between camps, which actors form\n"
    "blocs. Computed on the directed graph in which all the interactions\n"
    "from A to B (of the selected types) are one arc whose weight is the\n"
    "sum of their counts; self-contacts are left out. Betweenness,\n"
    "closeness and harmonic centrality come from dipnet's own shortest-path\n"
    "kernel (one search per actor for all three), the rest from igraph.\n"
    "\n"
    "Measures (--measures, comma-separated, default all; the table is\n"
    "sorted by the first one, PageRank by default):\n"
    "  pagerank          weighted, damping 0.85\n"
    "  betweenness       directed, unnormalised; an arc's length is\n"
    "                    1/weight (frequent contact = short link)\n"
    "  closeness         outward, lengths 1/weight; for graphs that are not\n"
    "                    connected the Wasserman-Faust form (r/(n-1))*(r/S),\n"
    "                    r = actors reached, S = sum of distances to them;\n"
    "                    0 for actors that reach nobody\n"
    "  harmonic          outward sum of 1/distance (unreached actors add 0)\n"
    "  hub, authority    HITS, weighted, each summing to 1: hubs initiate\n"
    "                    contact with authorities, authorities are sought out\n"
    "  eigenvector       on the undirected projection (directed eigenvector\n"
    "                    centrality is all zeros on acyclic graphs), max 1\n"
    "  in_degree, out_degree, degree, in_strength, out_strength, strength\n"
    "  coreness          k-core number, degree = in + out\n"
    "  community         Leiden (modularity objective) on the undirected\n"
    "                    projection, seeded: reproducible; the modularity\n"
    "                    is reported\n"
    "  weak_component, strong_component   component ids (0 = largest)\n"
    "\n"
    "Options:\n"
    "  --measures LIST    measures to compute and show (default all)\n"
    "  --weight MODE      count (default): arc weight = sum of counts;\n"
    "                     none: every arc weighs 1\n"
    "  --top N            show the first N actors only (default all)\n"
    "  --format FMT       table (default), csv (RFC 4180) or json; missing\n"
    "                     values are empty in CSV and null in JSON\n"
    "  --cutoff L         betweenness, closeness and harmonic only follow\n"
    "                     paths of length <= L (for very large graphs)\n"
    "  --seed N           seed of the community detection (default 42)\n"
    "  --annotate         write the measures into the graph as node\n"
    "                     attributes (\"pagerank\", \"betweenness\", ...) and\n"
    "                     write the whole graph JSON to -o (required);\n"
    "                     actors outside a filtered view get null; with\n"
    "                     --level state the state-level graph is written\n"
    "  --timing           print the time of each phase on stderr\n"
    "  --engine E         dipnet (default) or igraph: who computes\n"
    "                     betweenness, closeness and harmonic (igraph's own\n"
    "                     functions, slower; for cross-checking)\n"
    "  -o, --output FILE  write to FILE (atomically) instead of stdout\n"
    "\n"
    "Filters:\n" CLI_FILTER_HELP;

enum { FMT_TABLE, FMT_CSV, FMT_JSON };

enum {
    OPT_MEASURES = 0x2000,
    OPT_WEIGHT,
    OPT_TOP,
    OPT_FORMAT,
    OPT_ANNOTATE,
    OPT_CUTOFF,
    OPT_SEED,
    OPT_TIMING,
    OPT_ENGINE
};

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- ranking ---------------------------------------------------------- */

static const dn_analysis *rank_a;
static const dn_graph *rank_g;
static dn_measure rank_m;

static int cmp_rank(const void *pa, const void *pb)
{
    size_t i = *(const size_t *)pa, j = *(const size_t *)pb;
    double x = rank_a->values[rank_m][i], y = rank_a->values[rank_m][j];
    int ids = rank_m == DN_M_COMMUNITY || rank_m == DN_M_WEAK_COMPONENT ||
              rank_m == DN_M_STRONG_COMPONENT;
    int c;

    if (isnan(x) != isnan(y))
        return isnan(x) ? 1 : -1; /* missing values last */
    if (!isnan(x) && x != y) {
        if (ids) /* ids ascending: blocs listed together, largest first */
            return x < y ? -1 : 1;
        return x > y ? -1 : 1;
    }
    c = strcmp(rank_g->nodes[i]->label, rank_g->nodes[j]->label);
    return c ? c : strcmp(rank_g->nodes[i]->id, rank_g->nodes[j]->id);
}

/* ---- value formatting ------------------------------------------------- */

/* The shortest %g form that reads back as the same double. */
static void fmt_exact(char *buf, size_t size, double v)
{
    for (int p = 15; p <= 17; p++) {
        snprintf(buf, size, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

/* A value for output: "" for NaN, integers without decimals, reals
 * rounded (table) or exact (csv, json). */
static void fmt_value(char *buf, size_t size, dn_measure m, double v,
                      int exact)
{
    if (isnan(v))
        snprintf(buf, size, "%s", "");
    else if (dn_measure_is_integer(m) || (v == floor(v) && fabs(v) < 1e15 &&
                                          (m == DN_M_IN_STRENGTH ||
                                           m == DN_M_OUT_STRENGTH ||
                                           m == DN_M_STRENGTH)))
        snprintf(buf, size, "%.0f", v);
    else if (exact)
        fmt_exact(buf, size, v);
    else
        snprintf(buf, size, "%.6g", v);
}

/* Display width of a UTF-8 string: code points (good enough for the
 * Latin, Cyrillic and Armenian names of our corpus). */
static size_t utf8_width(const char *s)
{
    size_t w = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

static void pad(FILE *f, const char *s, size_t width, int right)
{
    size_t w = utf8_width(s);

    if (right)
        for (size_t i = w; i < width; i++)
            fputc(' ', f);
    fputs(s, f);
    if (!right)
        for (size_t i = w; i < width; i++)
            fputc(' ', f);
}

static void csv_field(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

static void json_num(FILE *f, dn_measure m, double v)
{
    char buf[64];

    if (isnan(v) || isinf(v)) {
        fputs("null", f);
        return;
    }
    fmt_value(buf, sizeof buf, m, v, 1);
    fputs(buf, f);
}

/* ---- writers ---------------------------------------------------------- */

typedef struct view {
    const dn_graph *g;
    const dn_analysis *a;
    const dn_measure *order;
    size_t n_order;
    const size_t *rows;
    size_t n_rows;
} view;

static const char *state_of(const dn_node *n)
{
    return n->state ? n->state : "";
}

static void write_table(FILE *f, const view *v, const char *caption)
{
    size_t w_rank = 4, w_label = 5, w_type = 4, w_state = 5;
    size_t w_m[DN_M__COUNT];
    char buf[64];

    for (size_t k = 0; k < v->n_order; k++)
        w_m[k] = strlen(dn_measure_name(v->order[k]));
    for (size_t r = 0; r < v->n_rows; r++) {
        const dn_node *n = v->g->nodes[v->rows[r]];
        size_t w;
        snprintf(buf, sizeof buf, "%zu", r + 1);
        if (strlen(buf) > w_rank)
            w_rank = strlen(buf);
        if ((w = utf8_width(n->label)) > w_label)
            w_label = w;
        if ((w = strlen(dn_actor_type_name(n->type))) > w_type)
            w_type = w;
        if ((w = utf8_width(state_of(n))) > w_state)
            w_state = w;
        for (size_t k = 0; k < v->n_order; k++) {
            fmt_value(buf, sizeof buf, v->order[k],
                      v->a->values[v->order[k]][v->rows[r]], 0);
            if (strlen(buf) > w_m[k])
                w_m[k] = strlen(buf);
        }
    }
    if (w_label > 60)
        w_label = 60; /* longer labels push their row's columns right */
    if (caption && *caption)
        fprintf(f, "# %s\n", caption);
    pad(f, "rank", w_rank, 1);
    fputs("  ", f);
    pad(f, "actor", w_label, 0);
    fputs("  ", f);
    pad(f, "type", w_type, 0);
    fputs("  ", f);
    pad(f, "state", w_state, 0);
    for (size_t k = 0; k < v->n_order; k++) {
        fputs("  ", f);
        pad(f, dn_measure_name(v->order[k]), w_m[k], 1);
    }
    fputc('\n', f);
    for (size_t r = 0; r < v->n_rows; r++) {
        const dn_node *n = v->g->nodes[v->rows[r]];
        snprintf(buf, sizeof buf, "%zu", r + 1);
        pad(f, buf, w_rank, 1);
        fputs("  ", f);
        pad(f, n->label, w_label, 0);
        fputs("  ", f);
        pad(f, dn_actor_type_name(n->type), w_type, 0);
        fputs("  ", f);
        pad(f, state_of(n), w_state, 0);
        for (size_t k = 0; k < v->n_order; k++) {
            fmt_value(buf, sizeof buf, v->order[k],
                      v->a->values[v->order[k]][v->rows[r]], 0);
            fputs("  ", f);
            pad(f, *buf ? buf : "-", w_m[k], 1);
        }
        fputc('\n', f);
    }
    if (v->a->values[DN_M_COMMUNITY]) {
        fprintf(f, "\n%zu communities, modularity ", v->a->n_communities);
        if (isnan(v->a->modularity))
            fputs("undefined (no contacts)\n", f);
        else
            fprintf(f, "%.4f\n", v->a->modularity);
    }
}

static void write_csv(FILE *f, const view *v)
{
    char buf[64];

    fputs("rank,id,label,type,state", f);
    for (size_t k = 0; k < v->n_order; k++)
        fprintf(f, ",%s", dn_measure_name(v->order[k]));
    fputs("\r\n", f);
    for (size_t r = 0; r < v->n_rows; r++) {
        const dn_node *n = v->g->nodes[v->rows[r]];
        fprintf(f, "%zu,", r + 1);
        csv_field(f, n->id);
        fputc(',', f);
        csv_field(f, n->label);
        fprintf(f, ",%s,", dn_actor_type_name(n->type));
        csv_field(f, state_of(n));
        for (size_t k = 0; k < v->n_order; k++) {
            fmt_value(buf, sizeof buf, v->order[k],
                      v->a->values[v->order[k]][v->rows[r]], 1);
            fprintf(f, ",%s", buf);
        }
        fputs("\r\n", f);
    }
}

static void write_json(FILE *f, const view *v, const char *graph_name,
                       const char *caption, const char *weight)
{
    const dn_analysis *a = v->a;

    fputs("{\"graph\": ", f);
    json_str(f, graph_name);
    fputs(", \"filter\": ", f);
    json_str(f, caption);
    fprintf(f, ", \"weight\": \"%s\", \"actors\": %zu, \"arcs\": %zu, "
               "\"cutoff\": ", weight, a->n, a->n_arcs);
    if (a->cutoff > 0)
        json_num(f, DN_M_PAGERANK, a->cutoff);
    else
        fputs("null", f);
    if (a->values[DN_M_COMMUNITY]) {
        fprintf(f, ", \"communities\": %zu, \"modularity\": ",
                a->n_communities);
        json_num(f, DN_M_PAGERANK, a->modularity);
    }
    if (a->values[DN_M_WEAK_COMPONENT])
        fprintf(f, ", \"weak_components\": %zu", a->n_weak);
    if (a->values[DN_M_STRONG_COMPONENT])
        fprintf(f, ", \"strong_components\": %zu", a->n_strong);
    fputs(",\n \"measures\": [", f);
    for (size_t k = 0; k < v->n_order; k++)
        fprintf(f, "%s\"%s\"", k ? ", " : "", dn_measure_name(v->order[k]));
    fputs("],\n \"nodes\": [", f);
    for (size_t r = 0; r < v->n_rows; r++) {
        const dn_node *n = v->g->nodes[v->rows[r]];
        fprintf(f, "%s\n  {\"rank\": %zu, \"id\": ", r ? "," : "", r + 1);
        json_str(f, n->id);
        fputs(", \"label\": ", f);
        json_str(f, n->label);
        fprintf(f, ", \"type\": \"%s\", \"state\": ",
                dn_actor_type_name(n->type));
        if (n->state)
            json_str(f, n->state);
        else
            fputs("null", f);
        for (size_t k = 0; k < v->n_order; k++) {
            fprintf(f, ", \"%s\": ", dn_measure_name(v->order[k]));
            json_num(f, v->order[k], a->values[v->order[k]][v->rows[r]]);
        }
        fputc('}', f);
    }
    fputs("\n ]}\n", f);
}

/* Annotates the graph that will be written: the view itself at state
 * level, else the whole input graph, whose actors outside the view get
 * NaN (null) so that no stale value survives. */
static int annotate(dn_graph *whole, dn_graph *viewg, int state_level,
                    const dn_analysis *a, dn_graph **target, dn_error *err)
{
    if (state_level || whole == viewg) {
        *target = viewg;
        return dn_analysis_annotate(viewg, a, err);
    }
    *target = whole;
    for (size_t i = 0; i < whole->n_nodes; i++) {
        dn_node *n = whole->nodes[i];
        const dn_node *vn = dn_graph_node(viewg, n->id);
        for (int m = 0; m < DN_M__COUNT; m++) {
            if (!a->values[m])
                continue;
            if (dn_node_set_attr(n, dn_measure_name(m),
                                 vn ? a->values[m][vn->index] : NAN) !=
                DN_OK)
                return dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                                    "out of memory while annotating");
        }
    }
    return DN_OK;
}

int cmd_analyze(int argc, char **argv)
{
    static const struct option opts[] = {
        {"measures", required_argument, NULL, OPT_MEASURES},
        {"weight", required_argument, NULL, OPT_WEIGHT},
        {"top", required_argument, NULL, OPT_TOP},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"annotate", no_argument, NULL, OPT_ANNOTATE},
        {"cutoff", required_argument, NULL, OPT_CUTOFF},
        {"seed", required_argument, NULL, OPT_SEED},
        {"timing", no_argument, NULL, OPT_TIMING},
        {"engine", required_argument, NULL, OPT_ENGINE},
        {"output", required_argument, NULL, 'o'},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *out_path = NULL, *measures = NULL;
    dn_measure order[DN_M__COUNT];
    size_t n_order = 0, top = 0, *rows = NULL;
    int fmt = FMT_TABLE, do_annotate = 0, timing = 0, c, rc = 1;
    dn_analyze_opts ao;
    dn_filter flt;
    dn_graph *g = NULL, *fg = NULL, *target = NULL;
    dn_analysis *a = NULL;
    dn_error err;
    dn_out *o = NULL;
    char caption[512], *end;
    double t0, t_load, t_filter, t_analyze, t_out;

    dn_error_clear(&err);
    dn_analyze_opts_init(&ao);
    dn_filter_init(&flt);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case OPT_MEASURES: measures = optarg; break;
        case OPT_WEIGHT:
            if (strcmp(optarg, "count") == 0)
                ao.weight = DN_WEIGHT_COUNT;
            else if (strcmp(optarg, "none") == 0)
                ao.weight = DN_WEIGHT_NONE;
            else
                return cli_usage_error("analyze", "--weight: want count or "
                                                  "none, not \"%s\"", optarg);
            break;
        case OPT_TOP:
            top = (size_t)strtoul(optarg, &end, 10);
            if (*end || *optarg < '0' || *optarg > '9')
                return cli_usage_error("analyze", "--top: want a whole "
                                                  "number, not \"%s\"",
                                       optarg);
            break;
        case OPT_FORMAT:
            if (strcmp(optarg, "table") == 0)
                fmt = FMT_TABLE;
            else if (strcmp(optarg, "csv") == 0)
                fmt = FMT_CSV;
            else if (strcmp(optarg, "json") == 0)
                fmt = FMT_JSON;
            else
                return cli_usage_error("analyze", "--format: want table, csv "
                                                  "or json, not \"%s\"",
                                       optarg);
            break;
        case OPT_ANNOTATE: do_annotate = 1; break;
        case OPT_CUTOFF:
            ao.cutoff = strtod(optarg, &end);
            if (*end || !*optarg || !(ao.cutoff >= 0))
                return cli_usage_error("analyze", "--cutoff: want a length "
                                                  ">= 0, not \"%s\"", optarg);
            break;
        case OPT_SEED:
            ao.seed = strtoul(optarg, &end, 10);
            if (*end || *optarg < '0' || *optarg > '9')
                return cli_usage_error("analyze", "--seed: want a whole "
                                                  "number, not \"%s\"",
                                       optarg);
            break;
        case OPT_TIMING: timing = 1; break;
        case OPT_ENGINE:
            if (strcmp(optarg, "dipnet") == 0)
                ao.engine = DN_ENGINE_DIPNET;
            else if (strcmp(optarg, "igraph") == 0)
                ao.engine = DN_ENGINE_IGRAPH;
            else
                return cli_usage_error("analyze", "--engine: want dipnet or "
                                                  "igraph, not \"%s\"",
                                       optarg);
            break;
        case 'o': out_path = optarg; break;
        default:
            switch (cli_filter_option("analyze", c, optarg, &flt)) {
            case 1: break;
            case 2: return 2;
            default: return cli_usage_error("analyze", "bad option");
            }
        }
    }
    if (argc - optind != 1)
        return cli_usage_error("analyze", "give exactly one graph file");
    if (measures) {
        if (dn_measure_list_parse(measures, order, &n_order, &err) != DN_OK)
            return cli_usage_error("analyze", "--measures: %s", err.msg);
    } else {
        dn_measure_list_parse("all", order, &n_order, &err);
    }
    if (do_annotate && !out_path)
        return cli_usage_error("analyze", "--annotate writes a graph: give "
                                          "-o FILE (or -o - for stdout)");
    ao.measures = 0;
    for (size_t k = 0; k < n_order; k++)
        ao.measures |= DN_MEASURE_BIT(order[k]);

    t0 = now();
    if (dn_graph_read_json(argv[optind], &g, &err) != DN_OK)
        return cli_error(&err);
    t_load = now();
    if (dn_filter_active(&flt)) {
        if (dn_filter_apply(g, &flt, &fg, &err) != DN_OK)
            goto fail;
    } else {
        fg = g;
    }
    t_filter = now();
    if (dn_analyze(fg, &ao, &a, &err) != DN_OK)
        goto fail;
    t_analyze = now();

    dn_filter_describe(&flt, caption, sizeof caption);
    if (!(o = dn_out_open(out_path, &err)))
        goto fail;
    if (do_annotate) {
        if (annotate(g, fg, flt.level_state, a, &target, &err) != DN_OK ||
            dn_graph_write_json(target, dn_out_file(o), &err) != DN_OK)
            goto fail;
    } else {
        view v;
        size_t n = fg->n_nodes;

        if (!(rows = malloc((n ? n : 1) * sizeof *rows))) {
            dn_error_set(&err, DN_ENOMEM, NULL, 0, 0, "out of memory");
            goto fail;
        }
        for (size_t i = 0; i < n; i++)
            rows[i] = i;
        rank_a = a;
        rank_g = fg;
        rank_m = order[0];
        qsort(rows, n, sizeof *rows, cmp_rank);
        v.g = fg;
        v.a = a;
        v.order = order;
        v.n_order = n_order;
        v.rows = rows;
        v.n_rows = top && top < n ? top : n;
        if (fmt == FMT_TABLE)
            write_table(dn_out_file(o), &v, caption);
        else if (fmt == FMT_CSV)
            write_csv(dn_out_file(o), &v);
        else
            write_json(dn_out_file(o), &v, argv[optind], caption,
                       ao.weight == DN_WEIGHT_COUNT ? "count" : "none");
    }
    if (dn_out_commit(o, &err) != DN_OK) {
        o = NULL;
        goto fail;
    }
    o = NULL;
    t_out = now();
    if (timing) {
        /* overhead: the analysis outside the measure kernels (igraph
         * calls and our path kernel) over the time inside them */
        double an = t_analyze - t_filter, kn = a->kernel_seconds;
        fprintf(stderr,
                "timing: load_s %.3f\ntiming: filter_s %.3f\n"
                "timing: analyze_s %.3f\ntiming: kernel_s %.3f\n"
                "timing: igraph_s %.3f\ntiming: path_kernel_s %.3f\n"
                "timing: output_s %.3f\ntiming: overhead_pct %.2f\n",
                t_load - t0, t_filter - t_load, an, kn, a->igraph_seconds,
                kn - a->igraph_seconds, t_out - t_analyze,
                kn > 0 ? 100.0 * (an - kn) / kn : 0.0);
    }
    rc = 0;
fail:
    if (rc)
        rc = cli_error(&err);
    dn_out_abort(o);
    free(rows);
    dn_analysis_free(a);
    if (fg != g)
        dn_graph_free(fg);
    dn_graph_free(g);
    return rc;
}
