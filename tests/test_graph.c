/*
 * test_graph.c - the typed graph and its JSON file: interning, edge keys,
 * evidence that is never counted twice, merge that does not depend on
 * order, byte-identical round trips (also for a generated graph of 10,000
 * nodes and 100,000 edges), and every validation error with its place.
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

#include "dipnet/graph.h"
#include "dipnet/io.h"
#include "support/capture.h"
#include "util/util.h"

/* Serialises g into a malloc'ed string. */
static char *to_json(dn_graph *g)
{
    return capture(dn_graph_write_json, g);
}

static dn_graph *from_json(const char *s)
{
    dn_graph *g = NULL;
    dn_error err;

    dn_error_clear(&err);
    if (dn_graph_parse_json(s, strlen(s), "t.json", &g, &err) != DN_OK)
        fail_msg("parse failed: %s", err.msg);
    return g;
}

static long add_doc(dn_graph *g, const char *id)
{
    long d = dn_graph_add_document(g, id, "Title", "2022-09-13");
    assert_true(d >= 0);
    return d;
}

static dn_evidence ev_at(long doc, long start, const char *text)
{
    dn_evidence ev = {(uint32_t)doc, 1, start, start + (long)strlen(text),
                      (char *)text, (char *)"trigger"};
    return ev;
}

static void test_nodes_interned(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_node *a = dn_graph_add_node(g, "state:armenia", "Armenia",
                                   DN_ACTOR_STATE);
    dn_node *b = dn_graph_add_node(g, "state:armenia", "Other label",
                                   DN_ACTOR_PERSON);

    (void)state;
    assert_ptr_equal(a, b);
    assert_string_equal(b->label, "Armenia");
    assert_int_equal(b->type, DN_ACTOR_STATE);
    assert_int_equal(g->n_nodes, 1);
    assert_ptr_equal(dn_graph_node(g, "state:armenia"), a);
    assert_null(dn_graph_node(g, "state:azerbaijan"));
    assert_int_equal(dn_node_add_alias(a, "Yerevan"), DN_OK);
    assert_int_equal(dn_node_add_alias(a, "Yerevan"), DN_OK);
    assert_int_equal(dn_node_add_alias(a, "Armenia"), DN_OK); /* = label */
    assert_int_equal(a->n_aliases, 1);
    /* many nodes: the table grows and every id is still found */
    for (int i = 0; i < 5000; i++) {
        char id[32];
        snprintf(id, sizeof id, "person:p%d", i);
        assert_non_null(dn_graph_add_node(g, id, id, DN_ACTOR_PERSON));
    }
    for (int i = 0; i < 5000; i++) {
        char id[32];
        snprintf(id, sizeof id, "person:p%d", i);
        assert_string_equal(dn_graph_node(g, id)->id, id);
    }
    assert_ptr_equal(dn_graph_node(g, "state:armenia"), a);
    dn_graph_free(g);
}

/* The model keeps the bounds the file reader enforces, so a graph built by
 * merging many sources can always be read back. */
static void test_node_bounds(void **state)
{
    dn_graph *g = dn_graph_new(), *g2;
    dn_node *n = dn_graph_add_node(g, "state:a", "A", DN_ACTOR_STATE);
    char name[32], *json;

    (void)state;
    for (int i = 0; i < DN_NODE_MAX_ALIASES + 50; i++) {
        snprintf(name, sizeof name, "alias %d", i);
        assert_int_equal(dn_node_add_alias(n, name), DN_OK);
    }
    assert_int_equal(n->n_aliases, DN_NODE_MAX_ALIASES);
    for (int i = 0; i < DN_NODE_MAX_ATTRS; i++) {
        snprintf(name, sizeof name, "m%d", i);
        assert_int_equal(dn_node_set_attr(n, name, i), DN_OK);
    }
    assert_int_equal(dn_node_set_attr(n, "one-more", 1.0), DN_ELIMIT);
    assert_int_equal(dn_node_set_attr(n, "m0", 2.0), DN_OK); /* replace */
    json = to_json(g);
    g2 = from_json(json); /* fails the test if the reader refuses it */
    assert_int_equal(g2->nodes[0]->n_aliases, DN_NODE_MAX_ALIASES);
    free(json);
    dn_graph_free(g);
    dn_graph_free(g2);
}

/* Aliases stay unique and in insertion order while the scan compares
 * stored hashes first: duplicates at every position of a long list are
 * refused, and the list keeps working after dn_graph_sort reorders it and
 * after a merge turns an alias into the label. */
static void test_alias_order_and_dedup(void **state)
{
    dn_graph *g = dn_graph_new(), *g2 = dn_graph_new();
    dn_node *n = dn_graph_add_node(g, "person:x", "X", DN_ACTOR_PERSON);
    char name[32];

    (void)state;
    for (int round = 0; round < 3; round++) /* each document adds again */
        for (int i = 0; i < 100; i++) {
            /* walk the numbers in a scrambled order, the same each round */
            snprintf(name, sizeof name, "alias %03d", (i * 37) % 100);
            assert_int_equal(dn_node_add_alias(n, name), DN_OK);
        }
    assert_int_equal(n->n_aliases, 100);
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, "alias %03d", (i * 37) % 100);
        assert_string_equal(n->aliases[i], name);
    }
    /* same first bytes, different length: not a duplicate */
    assert_int_equal(dn_node_add_alias(n, "alias 00"), DN_OK);
    assert_int_equal(dn_node_add_alias(n, "alias 0000"), DN_OK);
    assert_int_equal(dn_node_add_alias(n, "X"), DN_OK); /* the label */
    assert_int_equal(dn_node_add_alias(n, ""), DN_OK);
    assert_int_equal(dn_node_add_alias(n, NULL), DN_OK);
    assert_int_equal(n->n_aliases, 102);
    assert_string_equal(n->aliases[100], "alias 00");
    assert_string_equal(n->aliases[101], "alias 0000");

    dn_graph_sort(g); /* reorders the aliases (and their hashes) */
    assert_string_equal(n->aliases[0], "alias 00");
    assert_string_equal(n->aliases[1], "alias 000");
    assert_string_equal(n->aliases[2], "alias 0000");
    assert_string_equal(n->aliases[101], "alias 099");
    for (size_t i = 1; i < n->n_aliases; i++) /* merge sort: every pair */
        assert_true(strcmp(n->aliases[i - 1], n->aliases[i]) < 0);
    for (int i = 0; i < 100; i++) { /* all still known after the sort */
        snprintf(name, sizeof name, "alias %03d", i);
        assert_int_equal(dn_node_add_alias(n, name), DN_OK);
    }
    assert_int_equal(n->n_aliases, 102);
    assert_int_equal(dn_node_add_alias(n, "Zed"), DN_OK); /* appended */
    assert_int_equal(n->n_aliases, 103);
    assert_string_equal(n->aliases[102], "Zed");

    /* a longer label from another graph takes over; the old label becomes
     * an alias and the new one leaves the aliases */
    {
        dn_node *m = dn_graph_add_node(g2, "person:x", "alias 050",
                                       DN_ACTOR_PERSON);
        dn_error err;
        assert_int_equal(dn_node_add_alias(m, "Other"), DN_OK);
        dn_error_clear(&err);
        assert_int_equal(dn_graph_merge(g, g2, &err), DN_OK);
    }
    assert_string_equal(n->label, "alias 050");
    assert_int_equal(n->n_aliases, 104); /* -"alias 050" +"X" +"Other" */
    assert_string_equal(n->aliases[51], "alias 049");
    assert_string_equal(n->aliases[52], "alias 051"); /* moved up */
    assert_string_equal(n->aliases[101], "Zed");
    assert_string_equal(n->aliases[102], "X");
    assert_string_equal(n->aliases[103], "Other");
    for (int i = 0; i < 100; i++) { /* hashes moved with the strings */
        snprintf(name, sizeof name, "alias %03d", i);
        assert_int_equal(dn_node_add_alias(n, name), DN_OK);
    }
    assert_int_equal(dn_node_add_alias(n, "X"), DN_OK);
    assert_int_equal(dn_node_add_alias(n, "Other"), DN_OK);
    assert_int_equal(dn_node_add_alias(n, "Zed"), DN_OK);
    assert_int_equal(n->n_aliases, 104);
    dn_graph_free(g);
    dn_graph_free(g2);
}

/* Edge CAMEO codes are interned per graph: one copy per distinct code,
 * set, replaced and cleared through dn_edge_set_cameo, copied (never
 * shared) between graphs, valid until the graph is freed. Run under
 * valgrind or ASan, a code freed twice or read after its graph died
 * fails here. */
static void test_edge_cameo_interned(void **state)
{
    dn_graph *g = dn_graph_new(), *h = dn_graph_new(), *m = dn_graph_new();
    dn_node *a = dn_graph_add_node(g, "state:a", "A", DN_ACTOR_STATE);
    dn_node *b = dn_graph_add_node(g, "state:b", "B", DN_ACTOR_STATE);
    dn_edge *c1 = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    dn_edge *c2 = dn_graph_add_edge(g, b, a, DN_EDGE_CALL);
    dn_edge *at = dn_graph_add_edge(g, a, b, DN_EDGE_ATTACK);
    dn_edge *mo = dn_graph_add_edge(g, a, b, DN_EDGE_MEMBER_OF);
    char buf[8];
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    /* defaults: the type's root, one copy for all edges of the type */
    assert_string_equal(c1->cameo, "041");
    assert_ptr_equal(c1->cameo, c2->cameo);
    assert_ptr_not_equal(c1->cameo, dn_edge_type_cameo(DN_EDGE_CALL));
    assert_string_equal(at->cameo, "190");
    assert_null(mo->cameo);

    /* set from a caller's buffer: copied, then shared by equal codes */
    strcpy(buf, "194");
    assert_int_equal(dn_edge_set_cameo(g, at, buf), DN_OK);
    strcpy(buf, "xxx"); /* the caller's bytes change, the code does not */
    assert_string_equal(at->cameo, "194");
    assert_int_equal(dn_edge_set_cameo(g, c1, "194"), DN_OK);
    assert_ptr_equal(c1->cameo, at->cameo);
    assert_string_equal(c2->cameo, "041"); /* the others keep theirs */
    /* replace, set to itself, clear, set again */
    assert_int_equal(dn_edge_set_cameo(g, c1, "043"), DN_OK);
    assert_string_equal(c1->cameo, "043");
    assert_string_equal(at->cameo, "194");
    assert_int_equal(dn_edge_set_cameo(g, c1, c1->cameo), DN_OK);
    assert_string_equal(c1->cameo, "043");
    assert_int_equal(dn_edge_set_cameo(g, c1, NULL), DN_OK);
    assert_null(c1->cameo);
    assert_int_equal(dn_edge_set_cameo(g, c1, "041"), DN_OK);
    assert_ptr_equal(c1->cameo, c2->cameo);
    assert_int_equal(dn_edge_set_cameo(g, mo, "0"), DN_OK);
    assert_string_equal(mo->cameo, "0");

    /* another graph's code is copied into this graph */
    {
        dn_node *ha = dn_graph_add_node(h, "state:a", "A", DN_ACTOR_STATE);
        dn_node *hb = dn_graph_add_node(h, "state:b", "B", DN_ACTOR_STATE);
        dn_edge *he = dn_graph_add_edge(h, ha, hb, DN_EDGE_ATTACK);
        assert_int_equal(dn_edge_set_cameo(h, he, at->cameo), DN_OK);
        assert_string_equal(he->cameo, "194");
        assert_ptr_not_equal(he->cameo, at->cameo);
    }

    /* merge: fresh edges take src's code (NULL too), a specific code
     * beats the root; the merged graph's codes are its own */
    assert_int_equal(dn_graph_merge(m, g, &err), DN_OK);
    dn_graph_free(g);
    assert_int_equal(dn_graph_merge(m, h, &err), DN_OK);
    dn_graph_free(h);
    {
        dn_node *ma = dn_graph_node(m, "state:a"), *mb = dn_graph_node(m, "state:b");
        dn_edge *e1 = dn_graph_edge(m, ma, mb, DN_EDGE_CALL);
        dn_edge *e2 = dn_graph_edge(m, mb, ma, DN_EDGE_CALL);
        dn_edge *e3 = dn_graph_edge(m, ma, mb, DN_EDGE_ATTACK);
        dn_edge *e4 = dn_graph_edge(m, ma, mb, DN_EDGE_MEMBER_OF);
        assert_string_equal(e1->cameo, "041");
        assert_ptr_equal(e1->cameo, e2->cameo);
        assert_string_equal(e3->cameo, "194"); /* read after g, h died */
        assert_string_equal(e4->cameo, "0");
    }
    dn_graph_free(m);
}

static void test_edges_and_evidence(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_node *a = dn_graph_add_node(g, "person:a", "A", DN_ACTOR_PERSON);
    dn_node *b = dn_graph_add_node(g, "person:b", "B", DN_ACTOR_PERSON);
    long d = add_doc(g, "seed.txt");
    dn_edge *call = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    dn_edge *meet = dn_graph_add_edge(g, a, b, DN_EDGE_MEETING);
    dn_evidence ev = ev_at(d, 10, "A phoned B.");

    (void)state;
    assert_ptr_not_equal(call, meet);
    assert_ptr_equal(dn_graph_add_edge(g, a, b, DN_EDGE_CALL), call);
    assert_null(dn_graph_edge(g, b, a, DN_EDGE_CALL)); /* directed */
    assert_string_equal(call->cameo, "041");
    assert_true(call->goldstein == 1.0);
    assert_int_equal(call->count, 0);
    assert_int_equal(dn_edge_add_evidence(g, call, &ev), 1);
    assert_int_equal(dn_edge_add_evidence(g, call, &ev), 0); /* same place */
    assert_int_equal(call->count, 1);
    /* the same sentence is separate evidence for another edge */
    assert_int_equal(dn_edge_add_evidence(g, meet, &ev), 1);
    ev.start = 50;
    ev.end = 60;
    assert_int_equal(dn_edge_add_evidence(g, call, &ev), 1);
    assert_int_equal(call->count, 2);
    assert_int_equal(call->n_evidence, 2);
    assert_int_equal(dn_graph_evidence_count(g), 3);
    dn_graph_free(g);
}

/* Evidence strings are interned: one copy per distinct string, shared by
 * every edge it supports, owned by the graph (not by the caller, whose
 * buffer may change), stable while the table and arena grow, and copied
 * into the destination of a merge. */
static void test_evidence_interned(void **state)
{
    dn_graph *g = dn_graph_new(), *dst = dn_graph_new();
    dn_node *a = dn_graph_add_node(g, "person:a", "A", DN_ACTOR_PERSON);
    dn_node *b = dn_graph_add_node(g, "person:b", "B", DN_ACTOR_PERSON);
    dn_node *c = dn_graph_add_node(g, "person:c", "C", DN_ACTOR_PERSON);
    dn_edge *ab = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    dn_edge *ac = dn_graph_add_edge(g, a, c, DN_EDGE_CALL);
    dn_edge *bc = dn_graph_add_edge(g, b, c, DN_EDGE_MEETING);
    long d = add_doc(g, "seed.txt");
    char buf[64], *big = malloc(100001);
    dn_evidence ev;
    const dn_edge *m;
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    assert_non_null(big);
    snprintf(buf, sizeof buf, "A phoned B and C.");
    ev = ev_at(d, 0, buf);
    assert_int_equal(dn_edge_add_evidence(g, ab, &ev), 1);
    assert_int_equal(dn_edge_add_evidence(g, ac, &ev), 1);
    assert_ptr_equal(ab->evidence[0].text, ac->evidence[0].text);
    assert_ptr_not_equal(ab->evidence[0].text, buf);
    assert_ptr_equal(ab->evidence[0].trigger, ac->evidence[0].trigger);
    /* the caller's buffer is reused for the next sentence */
    snprintf(buf, sizeof buf, "B met C.");
    ev = ev_at(d, 40, buf);
    assert_int_equal(dn_edge_add_evidence(g, bc, &ev), 1);
    assert_string_equal(ab->evidence[0].text, "A phoned B and C.");
    assert_string_equal(bc->evidence[0].text, "B met C.");
    assert_ptr_equal(bc->evidence[0].trigger, ab->evidence[0].trigger);
    ev.trigger = NULL; /* absent strings stay absent */
    ev.start = 80;
    assert_int_equal(dn_edge_add_evidence(g, bc, &ev), 1);
    assert_null(bc->evidence[1].trigger);
    assert_ptr_equal(bc->evidence[1].text, bc->evidence[0].text);
    /* thousands of distinct strings and one longer than an arena chunk:
     * earlier pointers stay valid while the table and the arena grow */
    memset(big, 'x', 100000);
    big[100000] = '\0';
    ev = ev_at(d, 1000, big);
    assert_int_equal(dn_edge_add_evidence(g, ab, &ev), 1);
    for (long i = 0; i < 20000; i++) {
        snprintf(buf, sizeof buf, "Sentence number %ld.", i);
        ev = ev_at(d, 2000 + i * 40, buf);
        assert_int_equal(dn_edge_add_evidence(g, i % 2 ? ab : ac, &ev), 1);
    }
    ev = ev_at(d, 5000000, big);
    assert_int_equal(dn_edge_add_evidence(g, ac, &ev), 1);
    assert_ptr_equal(ac->evidence[ac->n_evidence - 1].text,
                     ab->evidence[1].text);
    assert_string_equal(ab->evidence[0].text, "A phoned B and C.");
    assert_string_equal(ab->evidence[1].text, big);
    for (size_t k = 2; k < ab->n_evidence; k++) {
        snprintf(buf, sizeof buf, "Sentence number %ld.", (long)(2 * k - 3));
        assert_string_equal(ab->evidence[k].text, buf);
    }
    /* a merge copies into dst's own store: g can go */
    assert_int_equal(dn_graph_merge(dst, g, &err), DN_OK);
    dn_graph_free(g);
    m = dn_graph_edge(dst, dn_graph_node(dst, "person:a"),
                      dn_graph_node(dst, "person:c"), DN_EDGE_CALL);
    assert_non_null(m);
    assert_string_equal(m->evidence[0].text, "A phoned B and C.");
    assert_string_equal(m->evidence[m->n_evidence - 1].text, big);
    assert_string_equal(m->evidence[0].trigger, "trigger");
    m = dn_graph_edge(dst, dn_graph_node(dst, "person:a"),
                      dn_graph_node(dst, "person:b"), DN_EDGE_CALL);
    assert_non_null(m);
    assert_ptr_equal(m->evidence[0].text,
                     dn_graph_edge(dst, dn_graph_node(dst, "person:a"),
                                   dn_graph_node(dst, "person:c"),
                                   DN_EDGE_CALL)->evidence[0].text);
    dn_graph_free(dst);
    free(big);
}

/* Evidence stays unique on edges with few entries (checked by a scan of
 * the edge's list) and with many (checked in the graph's table, which an
 * edge enters at its 17th entry), and the same place on another edge is
 * separate evidence. */
static void test_evidence_unique_many(void **state)
{
    dn_graph *g = dn_graph_new();
    dn_node *a = dn_graph_add_node(g, "person:a", "A", DN_ACTOR_PERSON);
    dn_node *b = dn_graph_add_node(g, "person:b", "B", DN_ACTOR_PERSON);
    dn_edge *many = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    dn_edge *few = dn_graph_add_edge(g, b, a, DN_EDGE_CALL);
    long d = add_doc(g, "seed.txt"), d2 = add_doc(g, "other.txt");

    (void)state;
    for (int round = 0; round < 2; round++)
        for (long i = 0; i < 40; i++) {
            dn_evidence ev = ev_at(i % 2 ? d : d2, i * 10, "Same text.");
            assert_int_equal(dn_edge_add_evidence(g, many, &ev), !round);
            if (i < 5)
                assert_int_equal(dn_edge_add_evidence(g, few, &ev), !round);
            ev.end++; /* another place */
            if (round && i == 39)
                assert_int_equal(dn_edge_add_evidence(g, many, &ev), 1);
        }
    assert_int_equal(many->n_evidence, 41);
    assert_int_equal(many->count, 41);
    assert_int_equal(few->n_evidence, 5);
    assert_int_equal(few->count, 5);
    /* the lists moved as they grew (arena slots, then malloc): every
     * entry kept its place and fields */
    for (long i = 0; i < 40; i++) {
        assert_int_equal(many->evidence[i].start, i * 10);
        assert_int_equal(many->evidence[i].doc, i % 2 ? d : d2);
        assert_string_equal(many->evidence[i].text, "Same text.");
        if (i < 5)
            assert_int_equal(few->evidence[i].start, i * 10);
    }
    dn_graph_free(g);
}

/* Two overlapping graphs as a reader would build them. */
static dn_graph *graph_one(void)
{
    dn_graph *g = dn_graph_new();
    dn_node *p = dn_graph_add_node(g, "person:nikol-pashinyan",
                                   "Nikol Pashinyan", DN_ACTOR_PERSON);
    dn_node *b = dn_graph_add_node(g, "person:antony-blinken",
                                   "Antony Blinken", DN_ACTOR_PERSON);
    long d = add_doc(g, "a.txt");
    dn_evidence ev = ev_at(d, 0, "Pashinyan phoned Blinken.");
    dn_edge *e = dn_graph_add_edge(g, p, b, DN_EDGE_CALL);

    dn_node_add_alias(p, "Pashinyan");
    dn_node_set_state(p, "Armenia");
    dn_node_set_attr(p, "pagerank", 0.25);
    dn_edge_add_evidence(g, e, &ev);
    return g;
}

static dn_graph *graph_two(void)
{
    dn_graph *g = dn_graph_new();
    dn_node *p = dn_graph_add_node(g, "person:nikol-pashinyan", "Pashinyan",
                                   DN_ACTOR_PERSON);
    dn_node *b = dn_graph_add_node(g, "person:antony-blinken", "Blinken",
                                   DN_ACTOR_PERSON);
    dn_node *s = dn_graph_add_node(g, "state:armenia", "Armenia",
                                   DN_ACTOR_STATE);
    long d1 = add_doc(g, "a.txt");
    long d2 = add_doc(g, "b.txt");
    dn_evidence same = ev_at(d1, 0, "Pashinyan phoned Blinken.");
    dn_evidence other = ev_at(d2, 7, "Pashinyan and Blinken spoke.");
    dn_edge *e = dn_graph_add_edge(g, p, b, DN_EDGE_CALL);
    dn_edge *m = dn_graph_add_edge(g, b, s, DN_EDGE_APPEAL);

    dn_node_set_kind(p, "prime minister");
    dn_node_set_attr(p, "pagerank", 0.5);
    dn_edge_add_evidence(g, e, &same);
    dn_edge_add_evidence(g, e, &other);
    m->count = 3; /* counts that came without evidence (an import) */
    return g;
}

static void test_merge_order_independent(void **state)
{
    dn_graph *ab = dn_graph_new(), *ba = dn_graph_new();
    dn_graph *one = graph_one(), *two = graph_two();
    dn_error err;
    char *x, *y;
    dn_node *p;
    dn_edge *e;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_graph_merge(ab, one, &err), DN_OK);
    assert_int_equal(dn_graph_merge(ab, two, &err), DN_OK);
    assert_int_equal(dn_graph_merge(ba, two, &err), DN_OK);
    assert_int_equal(dn_graph_merge(ba, one, &err), DN_OK);
    x = to_json(ab);
    y = to_json(ba);
    assert_string_equal(x, y);

    p = dn_graph_node(ab, "person:nikol-pashinyan");
    assert_string_equal(p->label, "Nikol Pashinyan"); /* the longer label */
    assert_int_equal(p->n_aliases, 1);                 /* "Pashinyan" once */
    assert_string_equal(p->aliases[0], "Pashinyan");
    assert_string_equal(p->state, "Armenia");
    assert_string_equal(p->kind, "prime minister");
    assert_true(dn_node_attr(p, "pagerank")->value == 0.5);
    e = dn_graph_edge(ab, p, dn_graph_node(ab, "person:antony-blinken"),
                      DN_EDGE_CALL);
    assert_int_equal(e->count, 2); /* a.txt@0 once, b.txt@7 */
    assert_int_equal(e->n_evidence, 2);
    assert_int_equal(ab->n_docs, 2);

    /* a specific CAMEO code survives merging, in either order, and beats
     * the type's root code */
    {
        dn_graph *gx = dn_graph_new(), *gy = dn_graph_new(), *gxy = dn_graph_new(),
                 *gyx = dn_graph_new();
        dn_node *a1 = dn_graph_add_node(gx, "state:a", "A", DN_ACTOR_STATE);
        dn_node *b1 = dn_graph_add_node(gx, "place:b", "B", DN_ACTOR_PLACE);
        dn_node *a2 = dn_graph_add_node(gy, "state:a", "A", DN_ACTOR_STATE);
        dn_node *b2 = dn_graph_add_node(gy, "place:b", "B", DN_ACTOR_PLACE);
        dn_edge *ex = dn_graph_add_edge(gx, a1, b1, DN_EDGE_ATTACK);
        dn_node *ka, *kb;
        dn_graph_add_edge(gy, a2, b2, DN_EDGE_ATTACK); /* root code 190 */
        assert_int_equal(dn_edge_set_cameo(gx, ex, "194"), DN_OK);
        ex->goldstein = -10.0;
        assert_int_equal(dn_graph_merge(gxy, gx, &err), DN_OK);
        ka = dn_graph_node(gxy, "state:a");
        kb = dn_graph_node(gxy, "place:b");
        assert_string_equal(dn_graph_edge(gxy, ka, kb, DN_EDGE_ATTACK)->cameo,
                            "194");
        assert_int_equal(dn_graph_merge(gxy, gy, &err), DN_OK);
        assert_int_equal(dn_graph_merge(gyx, gy, &err), DN_OK);
        assert_int_equal(dn_graph_merge(gyx, gx, &err), DN_OK);
        assert_string_equal(dn_graph_edge(gxy, ka, kb, DN_EDGE_ATTACK)->cameo,
                            "194");
        assert_string_equal(dn_graph_edge(gyx, dn_graph_node(gyx, "state:a"),
                                          dn_graph_node(gyx, "place:b"),
                                          DN_EDGE_ATTACK)->cameo, "194");
        dn_graph_free(gx);
        dn_graph_free(gy);
        dn_graph_free(gxy);
        dn_graph_free(gyx);
    }

    /* merging a graph into itself changes nothing */
    assert_int_equal(dn_graph_merge(ab, one, &err), DN_OK);
    free(y);
    y = to_json(ab);
    assert_string_equal(x, y);
    free(x);
    free(y);
    dn_graph_free(ab);
    dn_graph_free(ba);
    dn_graph_free(one);
    dn_graph_free(two);
}

/* dn_hash_bytes is FNV-1a (the lexicon's phrase hashes extend it byte by
 * byte, text.c computes it inline): its unrolled loop gives the byte
 * loop's value at every length. */
static void test_hash_fnv(void **state)
{
    char s[48];

    (void)state;
    /* the basis dipnet has always used (FNV's own ends in ...6037) */
    assert_true(dn_hash_str("") == 1469598103934665603ULL);
    assert_true(dn_hash_str("a") == (1469598103934665603ULL ^ 'a') * 1099511628211ULL);
    for (size_t n = 0; n < sizeof s; n++) {
        uint64_t h = 1469598103934665603ULL;
        s[n] = (char)(0x80 + n * 7);
        for (size_t i = 0; i <= n; i++)
            h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
        assert_true(dn_hash_bytes(s, n + 1, 0) == h);
        assert_true(dn_hash_bytes(s, n + 1, 12345) != h);
    }
}

/* dn_hash_fast's value as its zero-padded memcpy of the last word gave
 * it, at every length and alignment: its tail is read without one. */
static uint64_t hash_fast_ref(const unsigned char *s, size_t n)
{
    const uint64_t k = 0x517cc1b727220a95ULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n, v;

    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&v, s, 8);
        h = (((h << 5) | (h >> 59)) ^ v) * k;
    }
    if (n) {
        v = 0;
        memcpy(&v, s, n);
        h = (((h << 5) | (h >> 59)) ^ v) * k;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

static void test_hash_fast(void **state)
{
    unsigned char buf[64];

    (void)state;
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 37 + 11);
    for (size_t off = 0; off < 8; off++)
        for (size_t n = 0; off + n <= 48; n++)
            assert_true(dn_hash_fast(buf + off, n) == hash_fast_ref(buf + off, n));
}

/* Nodes and their strings live in the graph's arena: fields replaced
 * many times, alias and attribute lists grown past their first blocks, an
 * id longer than an arena chunk, and ids that share long prefixes (the
 * sort compares 16-byte prefixes first) all read back as set, sorted. */
static void test_node_storage(void **state)
{
    dn_graph *g = dn_graph_new();
    size_t big = 70000;
    char *long_id = malloc(big + 1), buf[64];
    dn_node *n, *l;

    (void)state;
    assert_non_null(g);
    assert_non_null(long_id);
    memcpy(long_id, "person:", 7);
    memset(long_id + 7, 'z', big - 7);
    long_id[big] = '\0';
    assert_non_null(l = dn_graph_add_node(g, long_id, NULL, DN_ACTOR_PERSON));
    assert_string_equal(l->label, long_id);
    assert_ptr_equal(dn_graph_node(g, long_id), l);
    assert_non_null(n = dn_graph_add_node(g, "person:abcdefghijklmnop-2", "N", DN_ACTOR_PERSON));
    for (int i = 0; i < 50; i++) {
        snprintf(buf, sizeof buf, "kind %d", i);
        assert_int_equal(dn_node_set_kind(n, buf), DN_OK);
        snprintf(buf, sizeof buf, "Label %d", i);
        assert_int_equal(dn_node_set_label(n, buf), DN_OK);
        snprintf(buf, sizeof buf, "alias %02d", 49 - i);
        assert_int_equal(dn_node_add_alias(n, buf), DN_OK);
        assert_int_equal(dn_node_add_alias(n, buf), DN_OK); /* once */
        snprintf(buf, sizeof buf, "attr%02d", 49 - i);
        assert_int_equal(dn_node_set_attr(n, buf, i), DN_OK);
    }
    assert_int_equal(dn_node_set_state(n, NULL), DN_OK);
    assert_null(n->state);
    assert_string_equal(n->kind, "kind 49");
    assert_string_equal(n->label, "Label 49");
    assert_int_equal(n->n_aliases, 50);
    assert_int_equal(n->n_attrs, 50);
    assert_non_null(dn_graph_add_node(g, "person:abcdefghijklmnop-10", "M", DN_ACTOR_PERSON));
    assert_non_null(dn_graph_add_node(g, "person:abcdefghijklmnop", "O", DN_ACTOR_PERSON));
    dn_graph_sort(g);
    assert_string_equal(g->nodes[0]->id, "person:abcdefghijklmnop");
    assert_string_equal(g->nodes[1]->id, "person:abcdefghijklmnop-10");
    assert_string_equal(g->nodes[2]->id, "person:abcdefghijklmnop-2");
    assert_ptr_equal(g->nodes[3], l);
    for (size_t i = 0; i < n->n_aliases; i++) {
        snprintf(buf, sizeof buf, "alias %02zu", i);
        assert_string_equal(n->aliases[i], buf);
        snprintf(buf, sizeof buf, "attr%02zu", i);
        assert_string_equal(n->attrs[i].name, buf);
        assert_true(n->attrs[i].value == (double)(49 - i));
    }
    dn_graph_free(g);
    free(long_id);
}

/* dn_make_id_buf writes what dn_make_id returns, and nothing into a
 * buffer short of the bound. */
static void test_make_id_buf(void **state)
{
    static const char *const names[] = {"Nikol Pashinyan", "F\xc3\xa9lix Tshisekedi", "",
                                         "\xe4\xb9\xa0\xe8\xbf\x91", "A", "-Z--9- Al\xe2\x80\x99s "};
    char buf[64];

    (void)state;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *id = dn_make_id("person", names[i]);
        size_t ln = strlen(names[i]), bound = strlen("person") + 2 + (ln > 17 ? ln : 17);
        assert_non_null(id);
        memset(buf, '#', sizeof buf);
        assert_int_equal(dn_make_id_buf("person", names[i], buf, bound), strlen(id));
        assert_string_equal(buf, id);
        memset(buf, '#', sizeof buf);
        assert_int_equal(dn_make_id_buf("person", names[i], buf, bound - 1), 0);
        assert_true(buf[0] == '#');
        free(id);
    }
}

static void test_make_id(void **state)
{
    char *id;

    (void)state;
    id = dn_make_id("person", "Nikol Pashinyan");
    assert_string_equal(id, "person:nikol-pashinyan");
    free(id);
    id = dn_make_id("person", "F\xc3\xa9lix Tshisekedi");
    assert_string_equal(id, "person:felix-tshisekedi");
    free(id);
    id = dn_make_id("org", "Tigray People's Liberation Front");
    assert_string_equal(id, "org:tigray-peoples-liberation-front");
    free(id);
    id = dn_make_id("person", "Recep Tayyip Erdo\xc4\x9f" "an");
    assert_string_equal(id, "person:recep-tayyip-erdogan");
    free(id);
    id = dn_make_id("person", "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3");
    assert_true(strncmp(id, "person:x", 8) == 0 && strlen(id) == 24);
    free(id);
    /* the id is written into a buffer sized from the name: the shortest
     * names, names of separators only, and a lone non-ASCII letter */
    id = dn_make_id("p", "A");
    assert_string_equal(id, "p:a");
    free(id);
    id = dn_make_id("p", "");
    assert_true(strncmp(id, "p:x", 3) == 0 && strlen(id) == 19);
    free(id);
    id = dn_make_id("p", "\xc3\xa9");
    assert_string_equal(id, "p:e");
    free(id);
    id = dn_make_id("p", "\xe2\x80\x99");
    assert_true(strncmp(id, "p:x", 3) == 0 && strlen(id) == 19);
    free(id);
    id = dn_make_id("p", "-Z--9- Al\xe2\x80\x99s ");
    assert_string_equal(id, "p:z-9-als");
    free(id);
}

/* dn_make_id as it was written first, byte by byte with ctype-like
 * tests: the table-driven one must give the same ids. */
static char fold_ref(unsigned cp)
{
    static const char l1[] =
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    static const char la[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = l1[cp - 0xC0];
        return (c == '*' || c == '/') ? 0 : c;
    }
    if (cp >= 0x100 && cp <= 0x17F)
        return la[cp - 0x100];
    return 0;
}

static void make_id_ref(char *o, const char *name)
{
    const unsigned char *s = (const unsigned char *)name;
    int pending_dash = 0, any = 0;

    while (*s) {
        char c = 0;
        if (*s < 0x80) {
            unsigned char b = *s;
            if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z'))
                c = (char)b;
            else if (b >= 'A' && b <= 'Z')
                c = (char)(b - 'A' + 'a');
            else if (b != '\'')
                pending_dash = 1;
            s++;
            if (!c)
                continue;
        } else if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
            c = fold_ref(((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F));
            s += 2;
            if (!c) {
                pending_dash = 1;
                continue;
            }
        } else if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
            s += 3;
            continue;
        } else {
            s++;
            while ((*s & 0xC0) == 0x80)
                s++;
            pending_dash = 1;
            continue;
        }
        if (pending_dash && any)
            *o++ = '-';
        pending_dash = 0;
        *o++ = c;
        any = 1;
    }
    *o = '\0';
}

static void test_make_id_ref(void **state)
{
    static const char pool[] = "aZ09 -'.\xc3\xa9\xc4\x9f\xe2\x80\x99\xe4\xb9\xa0\xc3\x97\x80";
    unsigned long r = 12345;

    (void)state;
    for (int k = 0; k < 20000; k++) {
        char name[24], want[64], *id;
        size_t n = (size_t)(k % 20);
        for (size_t i = 0; i < n; i++) {
            r = r * 6364136223846793005UL + 1442695040888963407UL;
            name[i] = pool[(r >> 33) % (sizeof pool - 1)];
        }
        name[n] = '\0';
        make_id_ref(want, name);
        id = dn_make_id("p", name);
        assert_non_null(id);
        if (want[0])
            assert_string_equal(id + 2, want);
        else
            assert_true(id[2] == 'x' && strlen(id) == 19);
        free(id);
    }
}

static const char *const good_graph =
    "{\"directed\": true, \"multigraph\": true,\n"
    " \"graph\": {\"generator\":\"dipnet 0.1\",\"documents\":[{\"id\":"
    "\"seed.txt\",\"title\":\"Border\",\"date\":\"2022-09-13\"}]},\n"
    " \"nodes\": [\n"
    "  {\"id\":\"org:csto\",\"label\":\"CSTO\",\"type\":\"organization\","
    "\"kind\":\"igo\",\"closeness\":null},\n"
    "  {\"id\":\"state:armenia\",\"label\":\"Armenia\",\"type\":\"state\","
    "\"state\":\"Armenia\",\"iso\":\"ARM\",\"cameo\":\"ARM\",\"aliases\":["
    "\"Yerevan\",\"\xc3\x89 \\\"q\\\" \\\\ <b>\"],\"pagerank\":0.1234567890123}\n"
    " ],\n"
    " \"edges\": [\n"
    "  {\"source\":\"state:armenia\",\"target\":\"org:csto\",\"key\":"
    "\"appeal\",\"type\":\"appeal\",\"count\":2,\"cameo\":\"020\","
    "\"goldstein\":3,\"evidence\":[{\"document\":\"seed.txt\",\"date\":"
    "\"2022-09-13\",\"sentence\":3,\"start\":10,\"end\":40,\"text\":"
    "\"Armenia appealed to the CSTO.\",\"trigger\":\"appealed to\"}]},\n"
    "  {\"source\":\"state:armenia\",\"target\":\"org:csto\",\"key\":"
    "\"member_of\",\"type\":\"member_of\",\"count\":1,\"evidence\":[]}\n"
    " ]}\n";

static void test_round_trip_bytes(void **state)
{
    dn_graph *g = from_json(good_graph);
    char *out = to_json(g);
    dn_graph *g2;
    char *out2;
    const dn_node *a;

    (void)state;
    /* the sample is written in the writer's own layout: same bytes */
    assert_string_equal(out, good_graph);
    g2 = from_json(out);
    out2 = to_json(g2);
    assert_string_equal(out, out2);
    a = dn_graph_node(g2, "state:armenia");
    assert_int_equal(a->n_aliases, 2);
    assert_true(isnan(dn_node_attr(dn_graph_node(g2, "org:csto"),
                                   "closeness")->value));
    assert_int_equal(g2->edges[0]->count, 2);
    assert_int_equal(g2->edges[0]->n_evidence, 1);
    free(out);
    free(out2);
    dn_graph_free(g);
    dn_graph_free(g2);
}

/* A deterministic pseudo-random graph of n nodes and m edges. */
static dn_graph *generated(size_t n, size_t m)
{
    static const char *const words[] = {"Foreign", "Ministry", "Council",
                                        "\xc3\x89lys\xc3\xa9" "e", "\"Q\"",
                                        "back\\slash", "<b>", "Minister"};
    dn_graph *g = dn_graph_new();
    uint64_t x = 42;
    long doc = add_doc(g, "gen.txt");
    dn_node **nodes = malloc(n * sizeof *nodes);

    for (size_t i = 0; i < n; i++) {
        char id[48], label[96];
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        snprintf(id, sizeof id, "person:n%zu", i);
        snprintf(label, sizeof label, "%s %s %zu", words[(x >> 33) % 8],
                 words[(x >> 40) % 8], i);
        nodes[i] = dn_graph_add_node(g, id, label, (dn_actor_type)(i % 4));
        if (i % 3 == 0)
            dn_node_set_state(nodes[i], "Armenia");
        if (i % 5 == 0)
            dn_node_add_alias(nodes[i], words[i % 8]);
        if (i % 7 == 0)
            dn_node_set_attr(nodes[i], "pagerank", (double)i / 3.0);
    }
    for (size_t k = 0; g->n_edges < m; k++) {
        dn_edge *e;
        dn_evidence ev;
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        e = dn_graph_add_edge(g, nodes[(x >> 20) % n], nodes[(x >> 40) % n],
                              (dn_edge_type)((x >> 8) % DN_EDGE__COUNT));
        ev = ev_at(doc, (long)k * 100, "Somebody met somebody else.");
        ev.sentence = (long)k + 1;
        dn_edge_add_evidence(g, e, &ev);
    }
    free(nodes);
    return g;
}

static void test_generated_round_trip(void **state)
{
    dn_graph *g = generated(10000, 100000), *g2;
    char *a = to_json(g), *b;

    (void)state;
    assert_int_equal(g->n_nodes, 10000);
    assert_int_equal(g->n_edges, 100000);
    g2 = from_json(a);
    assert_int_equal(g2->n_nodes, 10000);
    assert_int_equal(g2->n_edges, 100000);
    b = to_json(g2);
    assert_int_equal(strlen(a), strlen(b));
    assert_true(strcmp(a, b) == 0);
    free(a);
    free(b);
    dn_graph_free(g);
    dn_graph_free(g2);
}

/* ---- validation ------------------------------------------------------- */

typedef struct bad_case {
    const char *json;
    int code;
    const char *msg;  /* a substring the message must hold */
    long line, column; /* expected place; 0 = not checked */
} bad_case;

#define HEAD "{\"directed\":true,\"multigraph\":true,"
#define NODE_A "{\"id\":\"state:armenia\",\"label\":\"Armenia\",\"type\":\"state\"}"
#define NODE_B "{\"id\":\"org:csto\",\"label\":\"CSTO\",\"type\":\"organization\"}"
#define EDGE(extra) "{\"source\":\"state:armenia\",\"target\":\"org:csto\"," \
    "\"type\":\"appeal\"" extra "}"

static const bad_case bad_cases[] = {
    {"", DN_EPARSE, "empty file", 0, 0},
    {"{\"nodes\": [\n  {\"id\": \"a\",,}]}", DN_EPARSE, "syntax", 2, 15},
    {"{\"nodes\": []} trailing", DN_EPARSE, "after the JSON", 1, 15},
    {"[]", DN_EINVAL, "must hold a JSON object", 0, 0},
    {HEAD "\"edges\":[]}", DN_EINVAL, "graph.nodes: missing", 0, 0},
    {HEAD "\"nodes\":[],\"colour\":1}", DN_EINVAL, "graph.colour: unknown field", 0, 0},
    {"{\"directed\":false,\"nodes\":[]}", DN_EINVAL, "graph.directed: must be true", 0, 0},
    {HEAD "\"nodes\":[{\"label\":\"x\",\"type\":\"state\"}]}", DN_EINVAL,
     "graph.nodes[0].id: missing", 0, 0},
    {HEAD "\"nodes\":[{\"id\":3,\"label\":\"x\",\"type\":\"state\"}]}", DN_EINVAL,
     "graph.nodes[0].id: must be a string, not a number", 0, 0},
    {HEAD "\"nodes\":[" NODE_A ",{\"id\":\"x\",\"label\":\"x\",\"type\":\"planet\"}]}",
     DN_EINVAL, "graph.nodes[1].type: unknown actor type \"planet\"", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_A "]}", DN_EINVAL,
     "graph.nodes[1].id: duplicate node id \"state:armenia\"", 0, 0},
    {HEAD "\"nodes\":[{\"id\":\"a\",\"id\":\"b\",\"label\":\"x\",\"type\":\"state\"}]}",
     DN_EINVAL, "duplicate key \"id\"", 0, 0},
    {HEAD "\"nodes\":[{\"id\":\"a\",\"label\":\"x\",\"type\":\"state\",\"aliases\":[1]}]}",
     DN_EINVAL, "graph.nodes[0].aliases[0]: must be a string", 0, 0},
    {HEAD "\"nodes\":[{\"id\":\"a\",\"label\":\"x\",\"type\":\"state\",\"lable\":\"y\"}]}",
     DN_EINVAL, "graph.nodes[0].lable: unknown field", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "],\n\"edges\":[\n  {\"source\":\"state:armenia\","
     "\"target\":\"state:azerbaijan\",\"type\":\"call\"}]}", DN_EINVAL,
     "graph.edges[0].target: no node \"state:azerbaijan\"", 3, 3},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"type\":\"hug\"") "]}",
     DN_EINVAL, "duplicate key \"type\"", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[{\"source\":\"state:armenia\","
     "\"target\":\"org:csto\",\"type\":\"hug\"}]}", DN_EINVAL,
     "graph.edges[0].type: unknown interaction type \"hug\"", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"key\":\"call\"") "]}",
     DN_EINVAL, "graph.edges[0].key: must repeat the type", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"count\":\"2\"") "]}",
     DN_EINVAL, "graph.edges[0].count: must be an integer >= 1", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"count\":0") "]}",
     DN_EINVAL, "graph.edges[0].count: must be an integer >= 1", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"goldstein\":11") "]}",
     DN_EINVAL, "graph.edges[0].goldstein: must be a number from -10 to 10", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE("") "," EDGE("") "]}",
     DN_EINVAL, "graph.edges[1]: duplicate edge", 0, 0},
    {HEAD "\"nodes\":[" NODE_A "," NODE_B "],\"edges\":[" EDGE(",\"evidence\":[{"
     "\"document\":\"nope.txt\",\"sentence\":1,\"start\":0,\"end\":5}]") "]}",
     DN_EINVAL, "graph.edges[0].evidence[0].document: no document \"nope.txt\"", 0, 0},
    {HEAD "\"graph\":{\"documents\":[{\"id\":\"d\"}]},\"nodes\":[" NODE_A "," NODE_B
     "],\"edges\":[" EDGE(",\"evidence\":[{\"document\":\"d\",\"sentence\":1,"
     "\"start\":9,\"end\":5}]") "]}", DN_EINVAL, "graph.edges[0].evidence[0].end: is before start", 0, 0},
    {HEAD "\"graph\":{\"documents\":[{\"id\":\"d\"}]},\"nodes\":[" NODE_A "," NODE_B
     "],\"edges\":[" EDGE(",\"count\":1,\"evidence\":[{\"document\":\"d\",\"sentence\":1,"
     "\"start\":0,\"end\":5},{\"document\":\"d\",\"sentence\":2,\"start\":6,\"end\":9}]") "]}",
     DN_EINVAL, "graph.edges[0].count: 1 is less than the 2 evidence", 0, 0},
    {HEAD "\"graph\":{\"documents\":[{\"id\":\"d\",\"date\":\"2022-02-30\"}]},\"nodes\":[]}",
     DN_EINVAL, "graph.graph.documents[0].date: \"2022-02-30\" is not a date", 0, 0},
    {HEAD "\"graph\":{\"documents\":[{\"id\":\"d\"},{\"id\":\"d\"}]},\"nodes\":[]}",
     DN_EINVAL, "graph.graph.documents[1].id: duplicate document \"d\"", 0, 0},
    {"{\"nodes\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
     DN_ELIMIT, "nested deeper than 64", 1, 74},
};

static void test_validation_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const bad_case *c = &bad_cases[i];
        dn_graph *g = (dn_graph *)1;
        dn_error err;
        int rc;

        dn_error_clear(&err);
        rc = dn_graph_parse_json(c->json, strlen(c->json), "bad.json", &g,
                                 &err);
        if (rc != c->code || !strstr(err.msg, c->msg))
            fail_msg("case %zu: got code %d \"%s\", want %d \"%s\"", i, rc,
                     err.msg, c->code, c->msg);
        assert_null(g); /* nothing half-loaded */
        assert_string_equal(err.file, "bad.json");
        assert_int_equal(dn_error_exit_code(&err), 2);
        if (c->line) {
            assert_int_equal(err.line, c->line);
            assert_int_equal(err.column, c->column);
        }
    }
}

/* Numbers read back as the very same double (cJSON alone prints 15 digits
 * when they come within its epsilon, losing the last bits). */
static void test_number_precision(void **state)
{
    static const double values[] = {0.08247422680412371, 1.0 / 3.0,
                                    -2.5e-300, 123456.7890123456, 1e300};
    dn_graph *g = dn_graph_new(), *g2;
    dn_node *n = dn_graph_add_node(g, "state:a", "A", DN_ACTOR_STATE);
    char name[16], *json;

    (void)state;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        snprintf(name, sizeof name, "m%zu", i);
        dn_node_set_attr(n, name, values[i]);
    }
    json = to_json(g);
    assert_non_null(strstr(json, "\"m0\":0.08247422680412371"));
    g2 = from_json(json);
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        snprintf(name, sizeof name, "m%zu", i);
        assert_true(dn_node_attr(g2->nodes[0], name)->value == values[i]);
    }
    free(json);
    dn_graph_free(g);
    dn_graph_free(g2);
}

static void test_error_format(void **state)
{
    dn_error err;
    char buf[256];

    (void)state;
    dn_error_clear(&err);
    dn_error_set(&err, DN_EPARSE, "g.json", 3, 7, "JSON syntax error");
    dn_error_set(&err, DN_EIO, "other", 0, 0, "ignored: first error wins");
    assert_string_equal(dn_error_format(&err, buf, sizeof buf),
                        "g.json:3:7: JSON syntax error");
    assert_int_equal(dn_error_exit_code(&err), 2);
    dn_error_clear(&err);
    dn_error_set(&err, DN_EIO, "out.json", 0, 0, "cannot replace");
    assert_string_equal(dn_error_format(&err, buf, sizeof buf),
                        "out.json: cannot replace");
    assert_int_equal(dn_error_exit_code(&err), 1);
}

static void test_type_mask(void **state)
{
    unsigned mask;
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_edge_type_mask_parse("call,meeting", &mask, &err),
                     DN_OK);
    assert_int_equal(mask, DN_EDGE_BIT(DN_EDGE_CALL) |
                               DN_EDGE_BIT(DN_EDGE_MEETING));
    assert_int_equal(dn_edge_type_mask_parse("call,hug", &mask, &err),
                     DN_EUSAGE);
    assert_non_null(strstr(err.msg, "\"hug\""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nodes_interned),
        cmocka_unit_test(test_node_bounds),
        cmocka_unit_test(test_alias_order_and_dedup),
        cmocka_unit_test(test_edge_cameo_interned),
        cmocka_unit_test(test_edges_and_evidence),
        cmocka_unit_test(test_evidence_interned),
        cmocka_unit_test(test_evidence_unique_many),
        cmocka_unit_test(test_merge_order_independent),
        cmocka_unit_test(test_node_storage),
        cmocka_unit_test(test_make_id),
        cmocka_unit_test(test_make_id_ref),
        cmocka_unit_test(test_hash_fnv),
        cmocka_unit_test(test_hash_fast),
        cmocka_unit_test(test_round_trip_bytes),
        cmocka_unit_test(test_generated_round_trip),
        cmocka_unit_test(test_validation_errors),
        cmocka_unit_test(test_number_precision),
        cmocka_unit_test(test_error_format),
        cmocka_unit_test(test_type_mask),
        cmocka_unit_test(test_make_id_buf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
