/*
 * test_analyze.c - the analysis passes (include/dipnet/analyze.h) on small
 * graphs whose measures are known by hand: degree and strength with typed
 * parallel edges combined and self-contacts left out, betweenness with
 * 1/count lengths, outward Wasserman-Faust closeness and harmonic
 * centrality, PageRank on a cycle, components and communities numbered
 * deterministically, graphs without arcs (NaN modularity), the igraph
 * error handler returning instead of aborting, --annotate attributes, and
 * the shortest chains of contact of dn_shortest_paths.
 *
 * dipnet's shortest-path kernel (paths_kernel.c) against igraph's own
 * betweenness, closeness and harmonic functions (the igraph engine) on
 * seeded random graphs: weighted (weights drawn so that equal path lengths
 * are frequent, some equal only up to rounding) and unweighted, exact and
 * with a cutoff, with isolated actors and several components, with
 * self-loops and parallel arcs fed straight into the kernel; and a tie
 * that only the epsilon comparison sees (1/10 + 1/15 against 1/6).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analysis/bridge.h"
#include "analysis/paths_kernel.h"
#include "dipnet/analyze.h"

#define EPS 1e-9

static dn_node *node(dn_graph *g, const char *id)
{
    dn_node *n = dn_graph_add_node(g, id, id, DN_ACTOR_PERSON);
    assert_non_null(n);
    return n;
}

static dn_edge *edge(dn_graph *g, const char *s, const char *t,
                     dn_edge_type ty, long count)
{
    dn_edge *e = dn_graph_add_edge(g, node(g, s), node(g, t), ty);
    assert_non_null(e);
    e->count = count;
    return e;
}

static dn_analysis *run(const dn_graph *g, const dn_analyze_opts *o)
{
    dn_analysis *a = NULL;
    dn_error err;

    dn_error_clear(&err);
    if (dn_analyze(g, o, &a, &err) != DN_OK)
        fail_msg("analyze failed: %s", err.msg);
    return a;
}

#define VAL(a, m, i) ((a)->values[m][i])

static void test_measure_names(void **state)
{
    dn_measure order[DN_M__COUNT];
    size_t n;
    dn_error err;

    (void)state;
    assert_string_equal(dn_measure_name(DN_M_PAGERANK), "pagerank");
    assert_string_equal(dn_measure_name(DN_M_STRONG_COMPONENT),
                        "strong_component");
    assert_null(dn_measure_name(DN_M__COUNT));
    assert_int_equal(dn_measure_parse("in_degree"), DN_M_IN_DEGREE);
    assert_int_equal(dn_measure_parse("Pagerank"), -1);
    dn_error_clear(&err);
    assert_int_equal(dn_measure_list_parse("betweenness,pagerank,betweenness",
                                           order, &n, &err),
                     DN_OK);
    assert_int_equal(n, 2);
    assert_int_equal(order[0], DN_M_BETWEENNESS);
    assert_int_equal(order[1], DN_M_PAGERANK);
    assert_int_equal(dn_measure_list_parse("all", order, &n, &err), DN_OK);
    assert_int_equal(n, DN_M__COUNT);
    assert_int_equal(order[0], DN_M_PAGERANK);
    assert_int_equal(dn_measure_list_parse("pagerank,centrality", order, &n,
                                           &err),
                     DN_EUSAGE);
    assert_non_null(strstr(err.msg, "\"centrality\""));
    dn_error_clear(&err);
    assert_int_equal(dn_measure_list_parse("", order, &n, &err), DN_EUSAGE);
    assert_true(dn_measure_is_integer(DN_M_COMMUNITY));
    assert_false(dn_measure_is_integer(DN_M_PAGERANK));
}

/* a -> b (call 1 + meeting 2 = weight 3), b -> c (appeal 1), a -> a
 * (statement: left out), d isolated. Nodes are created in id order. */
static dn_graph *chain(void)
{
    dn_graph *g = dn_graph_new();

    assert_non_null(g);
    node(g, "a");
    node(g, "b");
    node(g, "c");
    node(g, "d");
    edge(g, "a", "b", DN_EDGE_CALL, 1);
    edge(g, "a", "b", DN_EDGE_MEETING, 2);
    edge(g, "b", "c", DN_EDGE_APPEAL, 1);
    edge(g, "a", "a", DN_EDGE_STATEMENT, 5);
    dn_graph_sort(g);
    return g;
}

static void test_degrees_and_paths(void **state)
{
    dn_graph *g = chain();
    dn_analyze_opts o;
    dn_analysis *a;

    (void)state;
    dn_analyze_opts_init(&o);
    a = run(g, &o);
    assert_int_equal(a->n, 4);
    assert_int_equal(a->n_arcs, 2); /* parallel types united, loop dropped */
    /* degree: distinct partners; strength: counts */
    assert_true(VAL(a, DN_M_OUT_DEGREE, 0) == 1);
    assert_true(VAL(a, DN_M_OUT_STRENGTH, 0) == 3);
    assert_true(VAL(a, DN_M_IN_DEGREE, 1) == 1);
    assert_true(VAL(a, DN_M_DEGREE, 1) == 2);
    assert_true(VAL(a, DN_M_STRENGTH, 1) == 4);
    assert_true(VAL(a, DN_M_DEGREE, 3) == 0);
    /* betweenness: b is on the one path a -> c */
    assert_true(VAL(a, DN_M_BETWEENNESS, 1) == 1);
    assert_true(VAL(a, DN_M_BETWEENNESS, 0) == 0);
    /* closeness of a: reaches r = 2 (b at 1/3, c at 1/3 + 1) of n-1 = 3:
     * (2/3) * (2 / (4/3 + 1/3)) = 0.8 */
    assert_float_equal(VAL(a, DN_M_CLOSENESS, 0), 0.8, EPS);
    /* b reaches c at 1: (1/3) * (1/1) */
    assert_float_equal(VAL(a, DN_M_CLOSENESS, 1), 1.0 / 3.0, EPS);
    /* c and d reach nobody: 0, not NaN */
    assert_true(VAL(a, DN_M_CLOSENESS, 2) == 0);
    assert_true(VAL(a, DN_M_CLOSENESS, 3) == 0);
    /* harmonic of a: 1/(1/3) + 1/(4/3) = 3.75 */
    assert_float_equal(VAL(a, DN_M_HARMONIC, 0), 3.75, EPS);
    assert_true(VAL(a, DN_M_HARMONIC, 3) == 0);
    /* components: {a,b,c} is weak component 0, d is 1; every actor is its
     * own strong component, numbered by id */
    assert_true(VAL(a, DN_M_WEAK_COMPONENT, 0) == 0);
    assert_true(VAL(a, DN_M_WEAK_COMPONENT, 2) == 0);
    assert_true(VAL(a, DN_M_WEAK_COMPONENT, 3) == 1);
    assert_int_equal(a->n_weak, 2);
    assert_int_equal(a->n_strong, 4);
    for (int i = 0; i < 4; i++)
        assert_true(VAL(a, DN_M_STRONG_COMPONENT, i) == i);
    assert_true(VAL(a, DN_M_CORENESS, 1) == 1);
    assert_true(VAL(a, DN_M_CORENESS, 3) == 0);
    dn_analysis_free(a);

    /* unweighted: every arc is 1, a's closeness (2/3) * (2/3) */
    o.weight = DN_WEIGHT_NONE;
    a = run(g, &o);
    assert_true(VAL(a, DN_M_OUT_STRENGTH, 0) == 1);
    assert_float_equal(VAL(a, DN_M_CLOSENESS, 0), 4.0 / 9.0, EPS);
    assert_float_equal(VAL(a, DN_M_HARMONIC, 0), 1.5, EPS);
    dn_analysis_free(a);

    /* cutoff 0.5: a reaches b (1/3) but not c (4/3): closeness
     * (1/3) * (1 / (1/3)) = 1, harmonic 3; b no longer lies on a counted
     * path */
    o.weight = DN_WEIGHT_COUNT;
    o.cutoff = 0.5;
    a = run(g, &o);
    assert_float_equal(VAL(a, DN_M_CLOSENESS, 0), 1.0, EPS);
    assert_float_equal(VAL(a, DN_M_HARMONIC, 0), 3.0, EPS);
    assert_true(VAL(a, DN_M_BETWEENNESS, 1) == 0);
    assert_true(VAL(a, DN_M_CLOSENESS, 1) == 0); /* b -> c is 1 > 0.5 */
    dn_analysis_free(a);

    /* types: only appeals */
    dn_analyze_opts_init(&o);
    o.types = DN_EDGE_BIT(DN_EDGE_APPEAL);
    o.measures = DN_MEASURE_BIT(DN_M_OUT_DEGREE);
    a = run(g, &o);
    assert_int_equal(a->n_arcs, 1);
    assert_true(VAL(a, DN_M_OUT_DEGREE, 0) == 0);
    assert_true(VAL(a, DN_M_OUT_DEGREE, 1) == 1);
    assert_null(a->values[DN_M_PAGERANK]); /* not asked for */
    dn_analysis_free(a);
    dn_graph_free(g);
}

static void test_cycle_pagerank_hits(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *a;

    (void)state;
    edge(g, "x", "y", DN_EDGE_CALL, 1);
    edge(g, "y", "z", DN_EDGE_CALL, 1);
    edge(g, "z", "x", DN_EDGE_CALL, 1);
    dn_graph_sort(g);
    dn_analyze_opts_init(&o);
    a = run(g, &o);
    for (int i = 0; i < 3; i++) {
        assert_float_equal(VAL(a, DN_M_PAGERANK, i), 1.0 / 3.0, 1e-9);
        assert_float_equal(VAL(a, DN_M_EIGENVECTOR, i), 1.0, 1e-9);
        assert_float_equal(VAL(a, DN_M_BETWEENNESS, i), 1.0, 1e-9);
        assert_true(VAL(a, DN_M_STRONG_COMPONENT, i) == 0);
        assert_true(VAL(a, DN_M_CORENESS, i) == 2);
    }
    assert_int_equal(a->n_strong, 1);
    dn_analysis_free(a);
    dn_graph_free(g);

    /* HITS (a cycle is degenerate for HITS: every vector is a hub
     * vector). a -> c, b -> c, a -> d: authorities are the leading
     * eigenvector of [[2,1],[1,1]], (1, 1/phi), so c = 1/phi = 0.618..,
     * d = 0.381..; hubs: a = c + d, b = c, scaled to sum 1: the same */
    g = dn_graph_new();
    edge(g, "a", "c", DN_EDGE_APPEAL, 1);
    edge(g, "b", "c", DN_EDGE_APPEAL, 1);
    edge(g, "a", "d", DN_EDGE_APPEAL, 1);
    dn_graph_sort(g);
    a = run(g, &o);
    {
        double phi = (1 + sqrt(5.0)) / 2;
        assert_float_equal(VAL(a, DN_M_AUTHORITY, 2), 1 / phi, 1e-9);
        assert_float_equal(VAL(a, DN_M_AUTHORITY, 3), 1 - 1 / phi, 1e-9);
        assert_true(VAL(a, DN_M_AUTHORITY, 0) == 0);
        assert_float_equal(VAL(a, DN_M_HUB, 0), 1 / phi, 1e-9);
        assert_float_equal(VAL(a, DN_M_HUB, 1), 1 - 1 / phi, 1e-9);
        assert_true(VAL(a, DN_M_HUB, 2) == 0);
    }
    dn_analysis_free(a);
    dn_graph_free(g);
}

static void test_communities(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *a, *b;
    static const char *const left[] = {"a1", "a2", "a3", "a4"};
    static const char *const right[] = {"b1", "b2", "b3", "b4"};

    (void)state;
    /* two 4-cliques joined by one weak link; plus a pair c1-c2 */
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            edge(g, left[i], left[j], DN_EDGE_MEETING, 3);
            edge(g, right[i], right[j], DN_EDGE_MEETING, 3);
        }
    edge(g, "a1", "b1", DN_EDGE_CALL, 1);
    edge(g, "c1", "c2", DN_EDGE_CALL, 1);
    dn_graph_sort(g);
    dn_analyze_opts_init(&o);
    o.measures = DN_MEASURE_BIT(DN_M_COMMUNITY);
    a = run(g, &o);
    assert_int_equal(a->n_communities, 3);
    /* a* are nodes 0-3, b* 4-7, c* 8-9 (id order); the two cliques are
     * communities 0 and 1 (same size: the one with the first id first),
     * the pair is 2 */
    for (int i = 0; i < 4; i++) {
        assert_true(VAL(a, DN_M_COMMUNITY, i) == 0);
        assert_true(VAL(a, DN_M_COMMUNITY, 4 + i) == 1);
    }
    assert_true(VAL(a, DN_M_COMMUNITY, 8) == 2);
    assert_true(VAL(a, DN_M_COMMUNITY, 9) == 2);
    /* modularity: total weight m = 2 * 18 + 1 + 1 = 38; each clique has
     * internal weight 18 and degree sum 37, the pair 1 and 2:
     * Q = 2 (18/38 - (37/76)^2) + (1/38 - (2/76)^2) */
    assert_float_equal(a->modularity,
                       2 * (18.0 / 38 - (37.0 / 76) * (37.0 / 76)) +
                           (1.0 / 38 - (2.0 / 76) * (2.0 / 76)),
                       1e-12);
    b = run(g, &o);
    assert_memory_equal(a->values[DN_M_COMMUNITY], b->values[DN_M_COMMUNITY],
                        a->n * sizeof(double));
    assert_true(a->modularity == b->modularity);
    dn_analysis_free(a);
    dn_analysis_free(b);
    dn_graph_free(g);
}

static void test_no_arcs(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *a;

    (void)state;
    dn_analyze_opts_init(&o);
    a = run(g, &o); /* empty graph */
    assert_int_equal(a->n, 0);
    dn_analysis_free(a);
    node(g, "p");
    node(g, "q");
    edge(g, "p", "p", DN_EDGE_STATEMENT, 1); /* only a self-contact */
    a = run(g, &o);
    assert_int_equal(a->n_arcs, 0);
    assert_true(isnan(a->modularity));
    assert_true(isnan(VAL(a, DN_M_EIGENVECTOR, 0)));
    assert_float_equal(VAL(a, DN_M_PAGERANK, 0), 0.5, 1e-12);
    assert_float_equal(VAL(a, DN_M_HUB, 1), 0.5, 1e-12);
    assert_true(VAL(a, DN_M_CLOSENESS, 0) == 0);
    assert_int_equal(a->n_communities, 2);
    dn_analysis_free(a);
    dn_graph_free(g);
}

static void test_igraph_error_returns(void **state)
{
    dn_error err;
    dn_graph *g = chain();
    dn_analyze_opts o;
    dn_analysis *a;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_ig_selftest_error(&err), DN_EEXTERNAL);
    assert_non_null(strstr(err.msg, "igraph create failed"));
    /* the process goes on and igraph still works afterwards */
    dn_analyze_opts_init(&o);
    a = run(g, &o);
    assert_true(VAL(a, DN_M_BETWEENNESS, 1) == 1);
    dn_analysis_free(a);
    dn_graph_free(g);
}

static void test_annotate(void **state)
{
    dn_graph *g = chain(), *other = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *a;
    dn_error err;
    const dn_attr *at;

    (void)state;
    dn_analyze_opts_init(&o);
    a = run(g, &o);
    dn_error_clear(&err);
    assert_int_equal(dn_analysis_annotate(g, a, &err), DN_OK);
    at = dn_node_attr(g->nodes[1], "betweenness");
    assert_non_null(at);
    assert_true(at->value == 1);
    assert_non_null(dn_node_attr(g->nodes[0], "pagerank"));
    assert_non_null(dn_node_attr(g->nodes[3], "community"));
    assert_int_equal(g->nodes[0]->n_attrs, DN_M__COUNT);
    /* a graph of another size is refused */
    assert_int_equal(dn_analysis_annotate(other, a, &err), DN_EINVAL);
    dn_analysis_free(a);
    dn_graph_free(g);
    dn_graph_free(other);
}

/* s -> m1 -> t and s -> m2 <- t (so undirected there are two chains, one
 * directed chain); m1 -> t has call 1 and meeting 3 (the meeting shows). */
static void test_paths(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_paths *p = NULL;
    dn_error err;
    const dn_node *s, *t;

    (void)state;
    edge(g, "s", "m1", DN_EDGE_CALL, 1);
    edge(g, "m1", "t", DN_EDGE_CALL, 1);
    edge(g, "m1", "t", DN_EDGE_MEETING, 3);
    edge(g, "s", "m2", DN_EDGE_APPEAL, 1);
    edge(g, "t", "m2", DN_EDGE_ATTACK, 2);
    edge(g, "x", "y", DN_EDGE_CALL, 1);
    dn_graph_sort(g);
    s = dn_graph_node(g, "s");
    t = dn_graph_node(g, "t");
    dn_error_clear(&err);

    assert_int_equal(dn_shortest_paths(g, s, t, 0, 0, 10, &p, &err), DN_OK);
    assert_int_equal(p->total, 2);
    assert_int_equal(p->n_paths, 2);
    assert_int_equal(p->paths[0].n_hops, 2);
    assert_string_equal(p->paths[0].hops[0].edge->target->id, "m1");
    assert_int_equal(p->paths[0].hops[1].edge->type, DN_EDGE_MEETING);
    assert_int_equal(p->paths[0].hops[1].reversed, 0);
    assert_string_equal(p->paths[1].hops[1].edge->source->id, "t");
    assert_int_equal(p->paths[1].hops[1].reversed, 1);
    dn_paths_free(p);

    /* one chain asked: the first in id order, total still 2 */
    assert_int_equal(dn_shortest_paths(g, s, t, 0, 0, 1, &p, &err), DN_OK);
    assert_int_equal(p->n_paths, 1);
    assert_int_equal(p->total, 2);
    dn_paths_free(p);

    /* directed: only through m1; backwards none */
    assert_int_equal(dn_shortest_paths(g, s, t, 0, 1, 10, &p, &err), DN_OK);
    assert_int_equal(p->total, 1);
    dn_paths_free(p);
    assert_int_equal(dn_shortest_paths(g, t, s, 0, 1, 10, &p, &err), DN_OK);
    assert_int_equal(p->n_paths, 0);
    dn_paths_free(p);

    /* types: appeals and attacks only -> the chain through m2 */
    assert_int_equal(dn_shortest_paths(g, s, t,
                                       DN_EDGE_BIT(DN_EDGE_APPEAL) |
                                           DN_EDGE_BIT(DN_EDGE_ATTACK),
                                       0, 10, &p, &err),
                     DN_OK);
    assert_int_equal(p->total, 1);
    assert_string_equal(p->paths[0].hops[0].edge->target->id, "m2");
    dn_paths_free(p);

    /* another component: no chain; the same actor: one chain of 0 hops */
    assert_int_equal(dn_shortest_paths(g, s, dn_graph_node(g, "x"), 0, 0, 10,
                                       &p, &err),
                     DN_OK);
    assert_int_equal(p->n_paths, 0);
    assert_int_equal(p->total, 0);
    dn_paths_free(p);
    assert_int_equal(dn_shortest_paths(g, s, s, 0, 0, 10, &p, &err), DN_OK);
    assert_int_equal(p->n_paths, 1);
    assert_int_equal(p->paths[0].n_hops, 0);
    dn_paths_free(p);
    dn_graph_free(g);
}

/* a -> c (count 10) -> b (count 15) is 1/10 + 1/15 = 0.16666666666666669
 * long, a -> b (count 6) 1/6 = 0.16666666666666666: one length up to
 * rounding, so two shortest paths and c carries half of a -> b. Exact
 * comparison would give c nothing. Both engines agree. */
static void test_kernel_epsilon_tie(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *a;

    (void)state;
    edge(g, "a", "c", DN_EDGE_CALL, 10);
    edge(g, "c", "b", DN_EDGE_CALL, 15);
    edge(g, "a", "b", DN_EDGE_CALL, 6);
    dn_graph_sort(g); /* a = 0, b = 1, c = 2 */
    assert_true(1.0 / 10 + 1.0 / 15 != 1.0 / 6);
    dn_analyze_opts_init(&o);
    o.measures = DN_MEASURE_BIT(DN_M_BETWEENNESS) |
                 DN_MEASURE_BIT(DN_M_HARMONIC);
    for (int e = 0; e < 2; e++) {
        o.engine = e ? DN_ENGINE_IGRAPH : DN_ENGINE_DIPNET;
        a = run(g, &o);
        assert_float_equal(VAL(a, DN_M_BETWEENNESS, 2), 0.5, 1e-12);
        assert_true(VAL(a, DN_M_BETWEENNESS, 0) == 0);
        assert_true(VAL(a, DN_M_BETWEENNESS, 1) == 0);
        assert_float_equal(VAL(a, DN_M_HARMONIC, 0), 6 + 10, 1e-9);
        assert_true(a->kernel_seconds >= a->igraph_seconds);
        assert_null(a->values[DN_M_CLOSENESS]);
        dn_analysis_free(a);
    }
    dn_graph_free(g);
}

/* ---- the kernel against igraph on random graphs ----------------------- */

static uint64_t rng_state;

static uint32_t rnd(uint32_t bound)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)((rng_state >> 33) % bound);
}

typedef struct rcase {
    size_t n, m;   /* actors, arcs drawn */
    int weighted;  /* 0: BFS */
    int messy;     /* keep self-loops and parallel arcs */
    double cutoff; /* <= 0: exact */
} rcase;

/* Fills a with a random graph: arcs among the first 3/4 of the actors
 * (the rest isolated; all of them below 8 actors), weights from {1, 2, 3, 6, 10, 15} so that equal
 * lengths are common (1/10 + 1/15 = 1/6 only up to rounding). Without
 * messy, loops are dropped and parallel arcs merged (as dn_arcs is
 * built by dn_analyze). */
static void random_arcs(const rcase *c, dn_arcs *a)
{
    static const double ws[] = {1, 2, 3, 6, 10, 15};
    size_t span = c->n < 8 ? c->n : c->n * 3 / 4, k = 0;

    memset(a, 0, sizeof *a);
    a->n = c->n;
    a->weighted = c->weighted;
    a->ends = malloc((2 * c->m + 1) * sizeof *a->ends);
    a->w = malloc((c->m + 1) * sizeof *a->w);
    a->uends = calloc(2, sizeof *a->uends);
    a->uw = calloc(1, sizeof *a->uw);
    assert_non_null(a->ends);
    assert_non_null(a->w);
    assert_non_null(a->uends);
    assert_non_null(a->uw);
    for (size_t i = 0; i < c->m; i++) {
        int64_t s = rnd((uint32_t)span), t = rnd((uint32_t)span);
        double w = c->weighted ? ws[rnd(6)] : 1;
        size_t j;

        if (!c->messy) {
            if (s == t)
                continue;
            for (j = 0; j < k; j++)
                if (a->ends[2 * j] == s && a->ends[2 * j + 1] == t)
                    break;
            if (j < k) {
                if (c->weighted)
                    a->w[j] += w;
                continue;
            }
        }
        a->ends[2 * k] = s;
        a->ends[2 * k + 1] = t;
        a->w[k] = w;
        k++;
    }
    a->m = k;
}

static void assert_close(const char *what, size_t i, double x, double y)
{
    double scale = fabs(y) > 1 ? fabs(y) : 1;

    if (!(fabs(x - y) <= 1e-9 * scale))
        fail_msg("%s of actor %zu: kernel %.17g, igraph %.17g", what, i, x,
                 y);
}

static void test_kernel_vs_igraph(void **state)
{
    static const rcase cases[] = {
        {1, 0, 1, 0, 0},         {2, 1, 1, 0, 0},
        {40, 120, 1, 0, 0},      {40, 120, 0, 0, 0},
        {40, 120, 1, 0, 0.71},    {40, 120, 0, 0, 2},
        {200, 500, 1, 0, 0},     {200, 500, 0, 0, 0},
        {200, 500, 1, 0, 1.31},   {200, 500, 0, 0, 3},
        {200, 900, 1, 1, 0},     {200, 900, 0, 1, 0},
        {200, 900, 1, 1, 0.45},  {200, 900, 0, 1, 1},
        {300, 250, 1, 0, 0},     {300, 250, 0, 0, 0}, /* many components */
        {120, 1500, 1, 1, 0},    {120, 1500, 1, 0, 0.55},
    };
    const dn_measure ms[3] = {DN_M_BETWEENNESS, DN_M_CLOSENESS,
                              DN_M_HARMONIC};

    (void)state;
    rng_state = 20240611;
    for (size_t ci = 0; ci < sizeof cases / sizeof cases[0]; ci++) {
        const rcase *c = &cases[ci];
        dn_arcs arcs;
        dn_analysis ig, pk;
        dn_analyze_opts o;
        dn_error err;
        double nonzero = 0;

        for (int round = 0; round < 3; round++) {
            random_arcs(c, &arcs);
            memset(&ig, 0, sizeof ig);
            memset(&pk, 0, sizeof pk);
            for (int k = 0; k < 3; k++) {
                ig.values[ms[k]] = calloc(c->n + 1, sizeof(double));
                pk.values[ms[k]] = calloc(c->n + 1, sizeof(double));
                assert_non_null(ig.values[ms[k]]);
                assert_non_null(pk.values[ms[k]]);
            }
            dn_analyze_opts_init(&o);
            o.measures = DN_MEASURE_BIT(DN_M_BETWEENNESS) |
                         DN_MEASURE_BIT(DN_M_CLOSENESS) |
                         DN_MEASURE_BIT(DN_M_HARMONIC);
            o.cutoff = c->cutoff;
            o.engine = DN_ENGINE_IGRAPH;
            dn_error_clear(&err);
            if (dn_ig_compute(&arcs, &o, &ig, &err) != DN_OK)
                fail_msg("igraph: %s", err.msg);
            if (dn_pk_compute(&arcs, c->cutoff,
                              pk.values[DN_M_BETWEENNESS],
                              pk.values[DN_M_CLOSENESS],
                              pk.values[DN_M_HARMONIC], &err) != DN_OK)
                fail_msg("kernel: %s", err.msg);
            for (int k = 0; k < 3; k++)
                for (size_t i = 0; i < c->n; i++) {
                    if (!(fabs(pk.values[ms[k]][i] - ig.values[ms[k]][i]) <=
                          1e-9 * fmax(1, fabs(ig.values[ms[k]][i]))))
                        print_message("case %zu round %d\n", ci, round);
                    assert_close(dn_measure_name(ms[k]), i,
                                 pk.values[ms[k]][i], ig.values[ms[k]][i]);
                    nonzero += pk.values[ms[k]][i] != 0;
                }
            /* any subset of the three: the same values */
            {
                double *h = calloc(c->n + 1, sizeof(double));
                assert_non_null(h);
                assert_int_equal(dn_pk_compute(&arcs, c->cutoff, NULL, NULL,
                                               h, &err),
                                 DN_OK);
                assert_memory_equal(h, pk.values[DN_M_HARMONIC],
                                    c->n * sizeof(double));
                free(h);
            }
            for (int k = 0; k < 3; k++) {
                free(ig.values[ms[k]]);
                free(pk.values[ms[k]]);
            }
            free(arcs.ends);
            free(arcs.w);
            free(arcs.uends);
            free(arcs.uw);
        }
        /* the case tested something (not all zeros) unless trivial */
        if (c->m > 0)
            assert_true(nonzero > 0);
    }
}

/* dn_analyze with either engine on a dn_graph with typed parallel edges,
 * a self-contact and two components: every measure equal. */
static void test_engines_agree(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_analyze_opts o;
    dn_analysis *x, *y;
    char id[2][8];

    (void)state;
    rng_state = 7;
    for (int i = 0; i < 300; i++) {
        snprintf(id[0], sizeof id[0], "n%02u", rnd(60));
        snprintf(id[1], sizeof id[1], "n%02u", rnd(60));
        edge(g, id[0], id[1], (dn_edge_type)rnd(3), 1 + (long)rnd(5));
    }
    node(g, "z1");
    edge(g, "z2", "z3", DN_EDGE_CALL, 2);
    dn_graph_sort(g);
    for (int w = 0; w < 2; w++)
        for (int cut = 0; cut < 2; cut++) {
            dn_analyze_opts_init(&o);
            o.weight = w ? DN_WEIGHT_NONE : DN_WEIGHT_COUNT;
            o.cutoff = cut ? (w ? 2 : 0.61) : 0;
            x = run(g, &o);
            o.engine = DN_ENGINE_IGRAPH;
            y = run(g, &o);
            for (int m = 0; m < DN_M__COUNT; m++)
                for (size_t i = 0; i < g->n_nodes; i++)
                    assert_close(dn_measure_name((dn_measure)m), i,
                                 x->values[m][i], y->values[m][i]);
            assert_true(y->kernel_seconds == y->igraph_seconds);
            dn_analysis_free(x);
            dn_analysis_free(y);
        }
    dn_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_measure_names),
        cmocka_unit_test(test_degrees_and_paths),
        cmocka_unit_test(test_cycle_pagerank_hits),
        cmocka_unit_test(test_communities),
        cmocka_unit_test(test_no_arcs),
        cmocka_unit_test(test_igraph_error_returns),
        cmocka_unit_test(test_annotate),
        cmocka_unit_test(test_paths),
        cmocka_unit_test(test_kernel_epsilon_tie),
        cmocka_unit_test(test_kernel_vs_igraph),
        cmocka_unit_test(test_engines_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
