/*
 * test_analyze.c - the analysis passes (include/dipnet/analyze.h) on small
 * graphs whose measures are known by hand: degree and strength with typed
 * parallel edges combined and self-contacts left out, betweenness with
 * 1/count lengths, outward Wasserman-Faust closeness and harmonic
 * centrality, PageRank on a cycle, components and communities numbered
 * deterministically, graphs without arcs (NaN modularity), the igraph
 * error handler returning instead of aborting, --annotate attributes, and
 * the shortest chains of contact of dn_shortest_paths.
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
