/*
 * analyze.c - the analysis passes around the igraph bridge: measure names,
 * the analysis graph built from a dn_graph, deterministic renumbering of
 * communities and components, and writing measures into nodes.
 *
 * Who computes what: betweenness, closeness and harmonic centrality come
 * from paths_kernel.c (one search per actor for all three), unless
 * opts->engine is DN_ENGINE_IGRAPH; every other measure comes from
 * igraph_bridge.c. Both report their time: a->kernel_seconds is the sum.
 *
 * The analysis graph (see dipnet/analyze.h): one arc per ordered pair of
 * distinct actors that has an edge of a selected type, weight = sum of
 * counts (or 1). It is built as an array of (source, target, weight)
 * triples in node-index order, sorted (counting sort) and merged, then
 * handed to igraph_bridge.c together with its undirected projection
 * (pairs {u < v}, weight = sum over both directions; built only for
 * eigenvector centrality and communities).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analysis/bridge.h"
#include "analysis/paths_kernel.h"
#include "dipnet/analyze.h"

static const char *const measure_names[DN_M__COUNT] = {
    "pagerank",      "betweenness",      "closeness",   "harmonic",
    "hub",           "authority",        "eigenvector", "in_degree",
    "out_degree",    "degree",           "in_strength", "out_strength",
    "strength",      "coreness",         "community",   "weak_component",
    "strong_component"};

const char *dn_measure_name(dn_measure m)
{
    return (unsigned)m < DN_M__COUNT ? measure_names[m] : NULL;
}

int dn_measure_parse(const char *name)
{
    for (int i = 0; i < DN_M__COUNT; i++)
        if (name && strcmp(name, measure_names[i]) == 0)
            return i;
    return -1;
}

int dn_measure_is_integer(dn_measure m)
{
    switch (m) {
    case DN_M_IN_DEGREE:
    case DN_M_OUT_DEGREE:
    case DN_M_DEGREE:
    case DN_M_CORENESS:
    case DN_M_COMMUNITY:
    case DN_M_WEAK_COMPONENT:
    case DN_M_STRONG_COMPONENT:
        return 1;
    default:
        return 0;
    }
}

int dn_measure_list_parse(const char *list, dn_measure *order, size_t *n,
                          dn_error *err)
{
    const char *p = list;
    unsigned seen = 0;

    *n = 0;
    if (list && strcmp(list, "all") == 0) {
        for (int i = 0; i < DN_M__COUNT; i++)
            order[(*n)++] = (dn_measure)i;
        return DN_OK;
    }
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char word[32];
        int m = -1;

        if (len > 0 && len < sizeof word) {
            memcpy(word, p, len);
            word[len] = '\0';
            m = dn_measure_parse(word);
        }
        if (m < 0) {
            return dn_error_set(
                err, DN_EUSAGE, NULL, 0, 0,
                "unknown measure \"%.*s\" (measures: all, pagerank, "
                "betweenness, closeness, harmonic, hub, authority, "
                "eigenvector, in_degree, out_degree, degree, in_strength, "
                "out_strength, strength, coreness, community, "
                "weak_component, strong_component)",
                (int)(len < 64 ? len : 64), p);
        }
        if (!(seen & DN_MEASURE_BIT(m))) {
            seen |= DN_MEASURE_BIT(m);
            order[(*n)++] = (dn_measure)m;
        }
        p = comma ? comma + 1 : NULL;
    }
    if (!*n) {
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0, "empty measure list");
    }
    return DN_OK;
}

void dn_analyze_opts_init(dn_analyze_opts *o)
{
    memset(o, 0, sizeof *o);
    o->measures = DN_MEASURE_ALL;
    o->weight = DN_WEIGHT_COUNT;
    o->seed = 42;
}

void dn_analysis_free(dn_analysis *a)
{
    if (!a)
        return;
    for (int m = 0; m < DN_M__COUNT; m++)
        free(a->values[m]);
    free(a);
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- the analysis graph ---------------------------------------------- */

typedef struct triple {
    int64_t s, t;
    double w;
} triple;

/* Sorts tr[0..n) by (s, t) in linear time: a counting sort on t, then a
 * stable one on s (vertices are 0..nv-1), into tmp; then merges equal
 * pairs, adding weights, back into tr. Already sorted input (a sorted
 * dn_graph gives edges in (source, target) order) is only scanned.
 * Returns the number of distinct pairs, or (size_t)-1 when out of
 * memory. */
static size_t sort_merge(triple *tr, triple *tmp, size_t n, size_t nv)
{
    size_t k = 0, *cnt = NULL;
    int sorted = 1;

    for (size_t i = 1; i < n && sorted; i++)
        if (tr[i - 1].s > tr[i].s ||
            (tr[i - 1].s == tr[i].s && tr[i - 1].t > tr[i].t))
            sorted = 0;
    if (!sorted) {
        if (!(cnt = malloc((nv + 1) * sizeof *cnt)))
            return (size_t)-1;
        /* by t into tmp */
        memset(cnt, 0, (nv + 1) * sizeof *cnt);
        for (size_t i = 0; i < n; i++)
            cnt[tr[i].t + 1]++;
        for (size_t v = 0; v < nv; v++)
            cnt[v + 1] += cnt[v];
        for (size_t i = 0; i < n; i++)
            tmp[cnt[tr[i].t]++] = tr[i];
        /* stably by s back into tr */
        memset(cnt, 0, (nv + 1) * sizeof *cnt);
        for (size_t i = 0; i < n; i++)
            cnt[tmp[i].s + 1]++;
        for (size_t v = 0; v < nv; v++)
            cnt[v + 1] += cnt[v];
        for (size_t i = 0; i < n; i++)
            tr[cnt[tmp[i].s]++] = tmp[i];
        free(cnt);
    }
    for (size_t i = 0; i < n; i++) {
        if (k && tr[k - 1].s == tr[i].s && tr[k - 1].t == tr[i].t)
            tr[k - 1].w += tr[i].w;
        else
            tr[k++] = tr[i];
    }
    return k;
}

static void arcs_free(dn_arcs *a)
{
    free(a->ends);
    free(a->w);
    free(a->uends);
    free(a->uw);
}

/* Fills a from g: the arcs, and the undirected projection when
 * undirected is set (eigenvector, community); otherwise um is 0 and the
 * projection arrays hold one unused slot (igraph views want non-NULL). */
static int build_arcs(const dn_graph *g, const dn_analyze_opts *o,
                      int undirected, dn_arcs *a)
{
    triple *tr = NULL, *tmp = NULL;
    size_t n = 0, cap = g->n_edges ? g->n_edges : 1;
    unsigned types = o->types ? o->types : DN_EDGE_ALL;
    int rc = -1;

    memset(a, 0, sizeof *a);
    a->n = g->n_nodes;
    a->weighted = o->weight == DN_WEIGHT_COUNT;
    if (!(tr = malloc(cap * sizeof *tr)) || !(tmp = malloc(cap * sizeof *tmp)))
        goto fail;
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        if (!(types & DN_EDGE_BIT(e->type)) || e->source == e->target)
            continue;
        tr[n].s = (int64_t)e->source->index;
        tr[n].t = (int64_t)e->target->index;
        tr[n].w = (double)(e->count > 0 ? e->count : 1);
        n++;
    }
    if ((n = sort_merge(tr, tmp, n, a->n)) == (size_t)-1)
        goto fail;
    a->m = n;
    a->ends = malloc((2 * n + 1) * sizeof *a->ends);
    a->w = malloc((n + 1) * sizeof *a->w);
    if (!a->ends || !a->w)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        a->ends[2 * i] = tr[i].s;
        a->ends[2 * i + 1] = tr[i].t;
        a->w[i] = a->weighted ? tr[i].w : 1.0;
    }
    if (!undirected)
        n = 0;
    /* the undirected projection: each pair as (min, max) */
    for (size_t i = 0; i < n; i++) {
        if (tr[i].s > tr[i].t) {
            int64_t x = tr[i].s;
            tr[i].s = tr[i].t;
            tr[i].t = x;
        }
        tr[i].w = a->w[i];
    }
    if ((n = sort_merge(tr, tmp, n, a->n)) == (size_t)-1)
        goto fail;
    a->um = n;
    a->uends = malloc((2 * n + 1) * sizeof *a->uends);
    a->uw = malloc((n + 1) * sizeof *a->uw);
    if (!a->uends || !a->uw)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        a->uends[2 * i] = tr[i].s;
        a->uends[2 * i + 1] = tr[i].t;
        a->uw[i] = a->weighted ? tr[i].w : 1.0;
    }
    rc = 0;
fail:
    free(tr);
    free(tmp);
    if (rc)
        arcs_free(a);
    return rc;
}

/* Renumbers raw ids in v[0..n) to 0..k-1 by decreasing group size, ties
 * by the group's first vertex; returns k. */
static size_t renumber(double *v, size_t n)
{
    size_t k = 0, *size = NULL, *first = NULL, *order = NULL, *map = NULL;

    for (size_t i = 0; i < n; i++)
        if ((size_t)v[i] + 1 > k)
            k = (size_t)v[i] + 1;
    size = calloc(k + 1, sizeof *size);
    first = malloc((k + 1) * sizeof *first);
    order = malloc((k + 1) * sizeof *order);
    map = malloc((k + 1) * sizeof *map);
    if (!size || !first || !order || !map)
        goto done;
    for (size_t c = 0; c < k; c++)
        first[c] = n, order[c] = c;
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)v[i];
        size[c]++;
        if (first[c] == n)
            first[c] = i;
    }
    /* insertion sort would be quadratic for many singletons: sort with a
     * comparator on (size desc, first asc) through a small shell sort */
    for (size_t gap = k / 2; gap > 0; gap /= 2)
        for (size_t i = gap; i < k; i++) {
            size_t x = order[i], j = i;
            while (j >= gap &&
                   (size[order[j - gap]] < size[x] ||
                    (size[order[j - gap]] == size[x] &&
                     first[order[j - gap]] > first[x]))) {
                order[j] = order[j - gap];
                j -= gap;
            }
            order[j] = x;
        }
    for (size_t r = 0; r < k; r++)
        map[order[r]] = r;
    for (size_t i = 0; i < n; i++)
        v[i] = (double)map[(size_t)v[i]];
done:
    free(size);
    free(first);
    free(order);
    free(map);
    return k;
}

int dn_analyze(const dn_graph *g, const dn_analyze_opts *opts,
               dn_analysis **out, dn_error *err)
{
    const unsigned paths = DN_MEASURE_BIT(DN_M_BETWEENNESS) |
                           DN_MEASURE_BIT(DN_M_CLOSENESS) |
                           DN_MEASURE_BIT(DN_M_HARMONIC);
    dn_analysis *a = NULL;
    dn_analyze_opts igo = *opts;
    dn_arcs arcs;
    int rc = DN_ENOMEM, have_arcs = 0;

    *out = NULL;
    if (!(a = calloc(1, sizeof *a)))
        goto fail;
    a->n = g->n_nodes;
    a->measures = opts->measures & DN_MEASURE_ALL;
    a->cutoff = opts->cutoff;
    a->modularity = NAN;
    for (int m = 0; m < DN_M__COUNT; m++)
        if (a->measures & DN_MEASURE_BIT(m)) {
            if (!(a->values[m] = calloc(a->n ? a->n : 1, sizeof(double))))
                goto fail;
        }
    if (build_arcs(g, opts,
                   (a->measures & (DN_MEASURE_BIT(DN_M_EIGENVECTOR) |
                                   DN_MEASURE_BIT(DN_M_COMMUNITY))) != 0,
                   &arcs) != 0)
        goto fail;
    have_arcs = 1;
    a->n_arcs = arcs.m;
    igo.measures = a->measures;
    if (opts->engine == DN_ENGINE_DIPNET && (a->measures & paths)) {
        double t0 = now();
        rc = dn_pk_compute(&arcs, opts->cutoff, a->values[DN_M_BETWEENNESS],
                           a->values[DN_M_CLOSENESS],
                           a->values[DN_M_HARMONIC], err);
        a->kernel_seconds += now() - t0;
        if (rc != DN_OK)
            goto fail;
        igo.measures &= ~paths;
    }
    if ((rc = dn_ig_compute(&arcs, &igo, a, err)) != DN_OK)
        goto fail;
    a->kernel_seconds += a->igraph_seconds;
    rc = DN_ENOMEM;
    if (a->values[DN_M_COMMUNITY])
        a->n_communities = renumber(a->values[DN_M_COMMUNITY], a->n);
    if (a->values[DN_M_WEAK_COMPONENT])
        a->n_weak = renumber(a->values[DN_M_WEAK_COMPONENT], a->n);
    if (a->values[DN_M_STRONG_COMPONENT])
        a->n_strong = renumber(a->values[DN_M_STRONG_COMPONENT], a->n);
    *out = a;
    a = NULL;
    rc = DN_OK;
fail:
    if (have_arcs)
        arcs_free(&arcs);
    dn_analysis_free(a);
    if (rc == DN_ENOMEM)
        dn_error_set(err, rc, NULL, 0, 0, "out of memory while analysing");
    return rc;
}

int dn_analysis_annotate(dn_graph *g, const dn_analysis *a, dn_error *err)
{
    if (a->n != g->n_nodes)
        return dn_error_set(err, DN_EINVAL, NULL, 0, 0,
                            "analysis of %zu actors does not fit a graph of "
                            "%zu", a->n, g->n_nodes);
    for (int m = 0; m < DN_M__COUNT; m++) {
        if (!a->values[m])
            continue;
        for (size_t i = 0; i < g->n_nodes; i++)
            if (dn_node_set_attr(g->nodes[i], measure_names[m],
                                 a->values[m][i]) != DN_OK)
                return dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                                    "out of memory while annotating");
    }
    return DN_OK;
}
