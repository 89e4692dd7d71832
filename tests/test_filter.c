/*
 * test_filter.c - the shared graph filters (include/dipnet/filter.h): types,
 * date ranges that drop evidence and counts, min_count, ego networks with
 * radius, the state-level aggregation, actor lookup by id/label/alias with
 * ambiguity, and the caption text. Small hand-built graphs with exact
 * expected nodes and edges, plus the seed gold graph.
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

#include "dipnet/filter.h"
#include "dipnet/io.h"

/* A chain a -> b -> c -> d -> e plus:
 *   a -> b call (doc1 2022-09-01, doc2 2022-09-13), count 2
 *   a -> b meeting (doc2), count 1
 *   b -> c appeal (doc2) count 1
 *   c -> d call, count 3 without evidence (import)
 *   d -> e attack (doc3 undated)
 *   x isolated
 * persons p (Armenia) and q (France) with p -> q call (doc1) and
 * p -> state:armenia statement (doc1). */
static dn_graph *sample(void)
{
    dn_graph *g = dn_graph_new();
    long d1, d2, d3;
    dn_node *a, *b, *c, *d, *e, *p, *q, *arm;
    dn_edge *ed;
    dn_evidence ev = {0, 1, 0, 10, (char *)"sentence", (char *)"t"};

    assert_non_null(g);
    d1 = dn_graph_add_document(g, "doc1.txt", "One", "2022-09-01");
    d2 = dn_graph_add_document(g, "doc2.txt", "Two", "2022-09-13");
    d3 = dn_graph_add_document(g, "doc3.txt", "Three", NULL);
    a = dn_graph_add_node(g, "person:a", "Alpha", DN_ACTOR_PERSON);
    b = dn_graph_add_node(g, "person:b", "Beta", DN_ACTOR_PERSON);
    c = dn_graph_add_node(g, "person:c", "Gamma", DN_ACTOR_PERSON);
    d = dn_graph_add_node(g, "person:d", "Delta", DN_ACTOR_PERSON);
    e = dn_graph_add_node(g, "person:e", "Epsilon", DN_ACTOR_PERSON);
    dn_graph_add_node(g, "person:x", "Lonely", DN_ACTOR_PERSON);
    p = dn_graph_add_node(g, "person:p", "Pashinyan", DN_ACTOR_PERSON);
    q = dn_graph_add_node(g, "person:q", "Macron", DN_ACTOR_PERSON);
    arm = dn_graph_add_node(g, "state:armenia", "Armenia", DN_ACTOR_STATE);
    assert_int_equal(dn_node_set_state(p, "Armenia"), DN_OK);
    assert_int_equal(dn_node_set_state(q, "France"), DN_OK);
    assert_int_equal(dn_node_set_state(arm, "Armenia"), DN_OK);
    assert_int_equal(dn_node_add_alias(a, "The First"), DN_OK);
    assert_int_equal(dn_node_add_alias(b, "Shared"), DN_OK);
    assert_int_equal(dn_node_add_alias(c, "Shared"), DN_OK);
    assert_int_equal(dn_node_add_alias(arm, "Yerevan"), DN_OK);

    ed = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    ev.doc = (uint32_t)d1, ev.start = 0, ev.end = 10;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ev.doc = (uint32_t)d2, ev.start = 0, ev.end = 10;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ed = dn_graph_add_edge(g, a, b, DN_EDGE_MEETING);
    ev.doc = (uint32_t)d2, ev.start = 20, ev.end = 30;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ed = dn_graph_add_edge(g, b, c, DN_EDGE_APPEAL);
    ev.doc = (uint32_t)d2, ev.start = 40, ev.end = 50;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ed = dn_graph_add_edge(g, c, d, DN_EDGE_CALL);
    ed->count = 3;
    ed = dn_graph_add_edge(g, d, e, DN_EDGE_ATTACK);
    ev.doc = (uint32_t)d3, ev.start = 0, ev.end = 10;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ed = dn_graph_add_edge(g, p, q, DN_EDGE_CALL);
    ev.doc = (uint32_t)d1, ev.start = 100, ev.end = 110;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    ed = dn_graph_add_edge(g, p, arm, DN_EDGE_STATEMENT);
    ev.doc = (uint32_t)d1, ev.start = 200, ev.end = 210;
    assert_int_equal(dn_edge_add_evidence(g, ed, &ev), 1);
    dn_graph_sort(g);
    return g;
}

/* "s>t:type:count" for every edge, joined by spaces. */
static const char *edges_str(const dn_graph *g)
{
    static char buf[4096];
    size_t n = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s>%s:%s:%ld",
                              i ? " " : "", e->source->id, e->target->id,
                              dn_edge_type_name(e->type), e->count);
    }
    return buf;
}

static const char *nodes_str(const dn_graph *g)
{
    static char buf[4096];
    size_t n = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < g->n_nodes; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? " " : "",
                              g->nodes[i]->id);
    return buf;
}

static dn_graph *apply(const dn_graph *g, const dn_filter *f)
{
    dn_graph *o = NULL;
    dn_error err;

    dn_error_clear(&err);
    if (dn_filter_apply(g, f, &o, &err) != DN_OK)
        fail_msg("filter failed: %s", err.msg);
    return o;
}

static void test_init_and_active(void **state)
{
    dn_filter f;
    char buf[256];

    (void)state;
    dn_filter_init(&f);
    assert_int_equal(f.radius, 1);
    assert_int_equal(dn_filter_active(&f), 0);
    assert_string_equal(dn_filter_describe(&f, buf, sizeof buf), "");
    f.types = DN_EDGE_ALL;
    assert_int_equal(dn_filter_active(&f), 0); /* all types changes nothing */
    f.types = DN_EDGE_BIT(DN_EDGE_CALL) | DN_EDGE_BIT(DN_EDGE_MEETING);
    assert_int_equal(dn_filter_active(&f), 1);
    f.since = "2022-09-01";
    f.ego = "Armenia";
    assert_string_equal(dn_filter_describe(&f, buf, sizeof buf),
                        "types: call, meeting; since 2022-09-01; ego "
                        "Armenia (radius 1)");
    f.level_state = 1;
    f.min_count = 2;
    f.until = "2022-10-01";
    assert_string_equal(dn_filter_describe(&f, buf, sizeof buf),
                        "level: state; types: call, meeting; since "
                        "2022-09-01; until 2022-10-01; min count 2; ego "
                        "Armenia (radius 1)");
    /* truncation stays NUL-terminated */
    assert_string_equal(dn_filter_describe(&f, buf, 6), "level");
}

static void test_no_filter_is_a_copy(void **state)
{
    dn_graph *g = sample(), *o;
    dn_filter f;

    (void)state;
    dn_filter_init(&f);
    o = apply(g, &f);
    assert_int_equal(o->n_nodes, g->n_nodes); /* isolated x kept */
    assert_string_equal(nodes_str(o), nodes_str(g));
    assert_string_equal(edges_str(o), edges_str(g));
    assert_int_equal(o->n_docs, 3);
    assert_int_equal(dn_graph_evidence_count(o), dn_graph_evidence_count(g));
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_types(void **state)
{
    dn_graph *g = sample(), *o;
    dn_filter f;

    (void)state;
    dn_filter_init(&f);
    f.types = DN_EDGE_BIT(DN_EDGE_CALL);
    o = apply(g, &f);
    assert_string_equal(edges_str(o), "person:a>person:b:call:2 "
                                      "person:c>person:d:call:3 "
                                      "person:p>person:q:call:1");
    assert_string_equal(nodes_str(o), "person:a person:b person:c person:d "
                                      "person:p person:q");
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_dates(void **state)
{
    dn_graph *g = sample(), *o;
    dn_filter f;

    (void)state;
    dn_filter_init(&f);
    f.since = "2022-09-10";
    o = apply(g, &f);
    /* only doc2 evidence; a>b call keeps one of its two; the undated
     * attack and the evidence-less import are dropped */
    assert_string_equal(edges_str(o), "person:a>person:b:call:1 "
                                      "person:a>person:b:meeting:1 "
                                      "person:b>person:c:appeal:1");
    assert_int_equal(o->edges[0]->n_evidence, 1);
    assert_string_equal(o->docs[o->edges[0]->evidence[0].doc].id,
                        "doc2.txt");
    dn_graph_free(o);

    dn_filter_init(&f);
    f.until = "2022-09-01";
    o = apply(g, &f);
    assert_string_equal(edges_str(o), "person:a>person:b:call:1 "
                                      "person:p>person:q:call:1 "
                                      "person:p>state:armenia:statement:1");
    dn_graph_free(o);

    dn_filter_init(&f);
    f.since = "2022-09-02";
    f.until = "2022-09-12";
    o = apply(g, &f);
    assert_int_equal(o->n_edges, 0);
    assert_int_equal(o->n_nodes, 0);
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_bad_input(void **state)
{
    dn_graph *g = sample(), *o = NULL;
    dn_filter f;
    dn_error err;

    (void)state;
    dn_filter_init(&f);
    f.since = "2022-02-30";
    dn_error_clear(&err);
    assert_int_equal(dn_filter_apply(g, &f, &o, &err), DN_EUSAGE);
    assert_null(o);
    assert_non_null(strstr(err.msg, "2022-02-30"));

    dn_filter_init(&f);
    f.since = "2022-10-01";
    f.until = "2022-09-01";
    dn_error_clear(&err);
    assert_int_equal(dn_filter_apply(g, &f, &o, &err), DN_EUSAGE);

    dn_filter_init(&f);
    f.ego = "Nobody";
    dn_error_clear(&err);
    assert_int_equal(dn_filter_apply(g, &f, &o, &err), DN_EUSAGE);
    assert_non_null(strstr(err.msg, "no actor \"Nobody\""));

    dn_filter_init(&f);
    f.ego = "shared";
    dn_error_clear(&err);
    assert_int_equal(dn_filter_apply(g, &f, &o, &err), DN_EUSAGE);
    assert_non_null(strstr(err.msg, "ambiguous"));
    assert_null(o);
    dn_graph_free(g);
}

static void test_min_count(void **state)
{
    dn_graph *g = sample(), *o;
    dn_filter f;

    (void)state;
    dn_filter_init(&f);
    f.min_count = 2;
    o = apply(g, &f);
    assert_string_equal(edges_str(o), "person:a>person:b:call:2 "
                                      "person:c>person:d:call:3");
    dn_graph_free(o);
    /* min_count applies to the count left inside the date range */
    f.since = "2022-09-10";
    o = apply(g, &f);
    assert_int_equal(o->n_edges, 0);
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_ego(void **state)
{
    dn_graph *g = sample(), *o;
    dn_filter f;

    (void)state;
    dn_filter_init(&f);
    f.ego = "gamma"; /* label, any case */
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "person:b person:c person:d");
    assert_string_equal(edges_str(o), "person:b>person:c:appeal:1 "
                                      "person:c>person:d:call:3");
    dn_graph_free(o);

    f.radius = 2; /* edges against the arrow count as hops */
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "person:a person:b person:c person:d "
                                      "person:e");
    assert_int_equal(o->n_edges, 5);
    dn_graph_free(o);

    f.radius = 0;
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "person:c");
    assert_int_equal(o->n_edges, 0);
    dn_graph_free(o);

    /* the ego's ball is taken over the edges left by the type filter */
    dn_filter_init(&f);
    f.ego = "The First"; /* alias */
    f.radius = 3;
    f.types = DN_EDGE_BIT(DN_EDGE_CALL) | DN_EDGE_BIT(DN_EDGE_MEETING);
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "person:a person:b");
    assert_string_equal(edges_str(o), "person:a>person:b:call:2 "
                                      "person:a>person:b:meeting:1");
    dn_graph_free(o);

    /* an isolated ego stays alone */
    dn_filter_init(&f);
    f.ego = "person:x";
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "person:x");
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_aggregate(void **state)
{
    dn_graph *g = sample(), *o = NULL;
    dn_filter f;
    dn_error err;
    const dn_node *fr;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_graph_aggregate_states(g, &o, &err), DN_OK);
    /* p -> Armenia, q -> a new state:france; p->arm statement becomes a
     * self-loop on Armenia */
    assert_non_null(strstr(edges_str(o), "state:armenia>state:france:call:1"));
    assert_non_null(
        strstr(edges_str(o), "state:armenia>state:armenia:statement:1"));
    assert_null(dn_graph_node(o, "person:p"));
    fr = dn_graph_node(o, "state:france");
    assert_non_null(fr);
    assert_int_equal(fr->type, DN_ACTOR_STATE);
    assert_string_equal(fr->label, "France");
    assert_string_equal(fr->state, "France");
    /* stateless persons stay */
    assert_non_null(dn_graph_node(o, "person:a"));
    assert_int_equal(o->n_nodes, 8);
    dn_graph_free(o);

    /* --level state with an ego named by a person's name: the person's
     * state is the ego */
    dn_filter_init(&f);
    f.level_state = 1;
    f.ego = "Pashinyan";
    o = apply(g, &f);
    assert_string_equal(nodes_str(o), "state:armenia state:france");
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_aggregate_unites_edges(void **state)
{
    dn_graph *g = dn_graph_new(), *o = NULL;
    dn_node *p1, *p2, *t;
    dn_edge *e;
    dn_evidence ev = {0, 1, 0, 5, (char *)"s", NULL};
    dn_error err;
    long d;

    (void)state;
    d = dn_graph_add_document(g, "d.txt", NULL, "2022-01-01");
    p1 = dn_graph_add_node(g, "person:p1", "P1", DN_ACTOR_PERSON);
    p2 = dn_graph_add_node(g, "org:mod", "MoD", DN_ACTOR_ORGANIZATION);
    t = dn_graph_add_node(g, "org:un", "UN", DN_ACTOR_ORGANIZATION);
    assert_int_equal(dn_node_set_state(p1, "Armenia"), DN_OK);
    assert_int_equal(dn_node_set_state(p2, "Armenia"), DN_OK);
    assert_int_equal(dn_node_set_kind(p2, "government"), DN_OK);
    assert_int_equal(dn_node_set_kind(t, "igo"), DN_OK);
    assert_int_equal(dn_node_set_state(t, "United States"), DN_OK);
    ev.doc = (uint32_t)d;
    e = dn_graph_add_edge(g, p1, t, DN_EDGE_APPEAL);
    assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
    e = dn_graph_add_edge(g, p2, t, DN_EDGE_APPEAL);
    ev.start = 10, ev.end = 15;
    assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
    e->count += 2; /* two more without evidence */
    dn_error_clear(&err);
    assert_int_equal(dn_graph_aggregate_states(g, &o, &err), DN_OK);
    /* an IGO keeps its own node even with a state set */
    assert_string_equal(nodes_str(o), "org:un state:armenia");
    assert_string_equal(edges_str(o), "state:armenia>org:un:appeal:4");
    assert_int_equal(o->edges[0]->n_evidence, 2);
    dn_graph_free(o);
    dn_graph_free(g);
}

static void test_find_actor(void **state)
{
    dn_graph *g = sample();

    (void)state;
    assert_string_equal(dn_graph_find_actor(g, "person:a")->id, "person:a");
    assert_string_equal(dn_graph_find_actor(g, "ALPHA")->id, "person:a");
    assert_string_equal(dn_graph_find_actor(g, "the first")->id, "person:a");
    assert_string_equal(dn_graph_find_actor(g, "Yerevan")->id,
                        "state:armenia");
    assert_null(dn_graph_find_actor(g, "Shared")); /* ambiguous */
    assert_null(dn_graph_find_actor(g, "Nobody"));
    assert_null(dn_graph_find_actor(g, ""));
    dn_graph_free(g);
}

static void test_seed_gold(void **state)
{
    dn_graph *g = NULL, *o;
    dn_error err;
    dn_filter f;
    char path[1024];
    const char *root = getenv("DIPNET_ROOT");

    (void)state;
    snprintf(path, sizeof path, "%s/fixtures/graphs/seed-gold.json",
             root ? root : ".");
    dn_error_clear(&err);
    assert_int_equal(dn_graph_read_json(path, &g, &err), DN_OK);
    /* the label "Armenia" beats the alias "Armenia" of the armed forces;
     * "Armenian side" is an alias of two actors */
    assert_string_equal(dn_graph_find_actor(g, "Armenia")->id,
                        "state:armenia");
    assert_string_equal(dn_graph_find_actor(g, "Pashinyan")->id,
                        "person:nikol-pashinyan");
    assert_null(dn_graph_find_actor(g, "Armenian side"));

    dn_filter_init(&f);
    f.types = DN_EDGE_BIT(DN_EDGE_CALL);
    o = apply(g, &f);
    assert_string_equal(edges_str(o),
                        "person:ararat-mirzoyan>person:karen-donfried:call:1 "
                        "person:ararat-mirzoyan>person:sergey-lavrov:call:1 "
                        "person:nikol-pashinyan>person:antony-blinken:call:1 "
                        "person:nikol-pashinyan>person:emmanuel-macron:call:1");
    dn_graph_free(o);

    dn_filter_init(&f);
    f.level_state = 1;
    f.types = DN_EDGE_BIT(DN_EDGE_CALL);
    o = apply(g, &f);
    assert_string_equal(edges_str(o),
                        "state:armenia>state:france:call:1 "
                        "state:armenia>state:russia:call:1 "
                        "state:armenia>state:united-states:call:2");
    dn_graph_free(o);

    dn_filter_init(&f);
    f.level_state = 1;
    o = apply(g, &f);
    /* attacks on five Armenian towns (one sentence) and on Armenia (another)
     * are one edge whose evidence is the two sentences, not six */
    for (size_t i = 0; i < o->n_edges; i++) {
        const dn_edge *e = o->edges[i];
        if (e->type == DN_EDGE_ATTACK) {
            assert_string_equal(e->source->id, "state:azerbaijan");
            assert_string_equal(e->target->id, "state:armenia");
            assert_int_equal(e->count, 2);
            assert_int_equal(e->n_evidence, 2);
        }
    }
    dn_graph_free(o);
    dn_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init_and_active),
        cmocka_unit_test(test_no_filter_is_a_copy),
        cmocka_unit_test(test_types),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_min_count),
        cmocka_unit_test(test_ego),
        cmocka_unit_test(test_aggregate),
        cmocka_unit_test(test_aggregate_unites_edges),
        cmocka_unit_test(test_find_actor),
        cmocka_unit_test(test_seed_gold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
