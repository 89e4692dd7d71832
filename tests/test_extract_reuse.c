/*
 * test_extract_reuse.c - a dn_extractor used for many documents gives the
 * graph that a fresh extraction of each gives: nothing of a document
 * (actors, names, caches, lexicon matches, speakers) leaks into the next,
 * whatever came before it. The documents are the real articles of
 * fixtures/corpus and texts made from them; the lexicon is data/, the one
 * "dipnet extract" uses. Each graph is compared as the JSON it writes.
 *
 * The sequences: A, B, A; a document of 2.2 MB (read in two parts, after
 * which the extractor releases its memory) followed by short ones; a
 * 300 KB one (its tables kept, too large for the short ones that follow,
 * which make their own) followed by short ones.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/extract.h"
#include "support/lexicon.h"
#include "dipnet/io.h"
#include "dipnet/lexicon.h"

static dn_lexicon *lx;

typedef struct text {
    const char *id;
    char *s;
    size_t len;
} text;

static int setup(void **state)
{
    static const char *const dirs[] = {"data", NULL};
    (void)state;
    return (lx = support_lexicon(dirs)) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dn_lexicon_free(lx);
    return 0;
}

/* Article dNN of fixtures/corpus, malloc'ed. */
static text article(const char *id, int n)
{
    const char *root = getenv("DIPNET_ROOT");
    char path[4096];
    text t = {id, NULL, 0};
    dn_error err;
    dn_error_clear(&err);
    snprintf(path, sizeof path, "%s/fixtures/corpus/articles/d%02d.txt", root ? root : ".", n);
    assert_int_equal(dn_read_file(path, 1 << 20, &t.s, &t.len, &err), DN_OK);
    return t;
}

/* Articles 1 .. 10 over and over, blank lines between, to at least size
 * bytes: one long text whose parts name hundreds of actors. */
static text long_text(const char *id, size_t size)
{
    text t = {id, NULL, 0};
    size_t cap = size + (1 << 16);
    assert_non_null(t.s = malloc(cap));
    for (int k = 0; t.len < size; k++) {
        text a = article("x", 1 + k % 10);
        memcpy(t.s + t.len, a.s, a.len);
        t.len += a.len;
        t.s[t.len++] = '\n';
        t.s[t.len++] = '\n';
        free(a.s);
    }
    return t;
}

/* The graph as JSON, malloc'ed. */
static char *json_of(dn_graph *g)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    dn_error err;
    dn_error_clear(&err);
    assert_non_null(f);
    assert_int_equal(dn_graph_write_json(g, f, &err), DN_OK);
    assert_int_equal(fclose(f), 0);
    return buf;
}

/* Extracts the n texts into one graph, with one extractor (x) or each
 * with dn_extract_document (x NULL); returns the JSON and the stats. */
static char *extract_all(dn_extractor *x, const text *t, size_t n, dn_extract_stats *st)
{
    dn_graph *g = dn_graph_new();
    dn_error err;
    char *js;
    dn_error_clear(&err);
    assert_non_null(g);
    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(x ? dn_extractor_document(x, g, t[i].id, t[i].s, t[i].len, NULL, st, &err)
                           : dn_extract_document(g, lx, t[i].id, t[i].s, t[i].len, NULL, st, &err),
                         DN_OK);
    js = json_of(g);
    dn_graph_free(g);
    return js;
}

/* One extractor over t[0..n) gives what fresh extractions give. */
static void same_as_fresh(const text *t, size_t n)
{
    dn_extractor *x = dn_extractor_new(lx);
    dn_extract_stats s1, s2;
    char *fresh, *reused;
    assert_non_null(x);
    fresh = extract_all(NULL, t, n, &s1);
    reused = extract_all(x, t, n, &s2);
    assert_true(s1.edges > 0);
    assert_memory_equal(&s1, &s2, sizeof s1);
    assert_string_equal(fresh, reused);
    free(fresh);
    free(reused);
    dn_extractor_free(x);
}

static void a_b_a_as_apart(void **state)
{
    text t[5] = {article("a.txt", 1), article("b.txt", 6), article("a2.txt", 1),
                 article("c.txt", 3), article("b2.txt", 6)};
    (void)state;
    same_as_fresh(t, 5);
    for (int i = 0; i < 5; i++)
        free(t[i].s);
}

static void short_after_long_as_apart(void **state)
{
    /* 2.2 MB: two parts, the second short enough to release the memory
     * of the first */
    text t[4] = {long_text("long.txt", (size_t)2200 << 10), article("a.txt", 2),
                 article("b.txt", 9), article("c.txt", 2)};
    (void)state;
    same_as_fresh(t, 4);
    for (int i = 0; i < 4; i++)
        free(t[i].s);
}

static void short_after_medium_as_apart(void **state)
{
    /* 300 KB: kept, but its tables are too large for what follows */
    text t[5] = {article("a.txt", 4), long_text("medium.txt", (size_t)300 << 10),
                 article("b.txt", 5), article("c.txt", 4), long_text("m2.txt", 20000)};
    (void)state;
    same_as_fresh(t, 5);
    for (int i = 0; i < 5; i++)
        free(t[i].s);
}

static void empty_texts_between(void **state)
{
    text t[4] = {article("a.txt", 7), {"empty.txt", NULL, 0}, {"blank.txt", NULL, 0},
                 article("b.txt", 7)};
    (void)state;
    t[1].s = strdup("");
    t[2].s = strdup("\n\n  \n");
    t[2].len = strlen(t[2].s);
    same_as_fresh(t, 4);
    for (int i = 0; i < 4; i++)
        free(t[i].s);
}

static void quotes_do_not_carry_over(void **state)
{
    /* every sentence of A opens a quotation; B has none, and a quotation
     * left open in B's notes would give its sentences a speaker */
    static const char *a = "Statements\n"
                           "Pashinyan said: \"Azerbaijan shelled Jermuk.\"\n"
                           "Aliyev said: \"Armenia provoked us.\"\n"
                           "Lavrov said: \"We urge restraint.\"\n"
                           "Blinken said: \"We call on both sides.\"\n"
                           "Michel said: \"We condemn the attacks.\"\n";
    static const char *b = "The Armenian Foreign Ministry issued a statement:\n"
                           "Azerbaijan committed another provocation.\n"
                           "We condemn the aggression against Armenia.\n"
                           "The shelling of Jermuk by Azerbaijan is a provocation.\n";
    text t[3] = {{"a.txt", strdup(a), strlen(a)}, {"b.txt", strdup(b), strlen(b)},
                 {"a2.txt", strdup(a), strlen(a)}};
    (void)state;
    same_as_fresh(t, 3);
    for (int i = 0; i < 3; i++)
        free(t[i].s);
}

/* One extractor for one graph, then (that graph freed) for another, which
 * may well take the first one's address: the extractor remembers the
 * nodes of lexicon actors across documents, of one graph only, and the
 * second graph is what a fresh extraction gives. Under the sanitizers a
 * node of the freed graph, if used, is a use after free. */
static void graph_after_graph_as_apart(void **state)
{
    text t[3] = {article("a.txt", 1), article("b.txt", 6), article("c.txt", 3)};
    dn_extractor *x = dn_extractor_new(lx);
    dn_extract_stats s1, s2;
    (void)state;
    assert_non_null(x);
    for (int round = 0; round < 3; round++) {
        char *fresh = extract_all(NULL, t, 3, &s1), *reused = extract_all(x, t, 3, &s2);
        assert_true(s1.edges > 0);
        assert_memory_equal(&s1, &s2, sizeof s1);
        assert_string_equal(fresh, reused);
        free(fresh);
        free(reused);
    }
    {
        /* two graphs alive, used in turn */
        dn_graph *g1 = dn_graph_new(), *g2 = dn_graph_new();
        dn_error err;
        char *j1, *j2;
        dn_error_clear(&err);
        assert_non_null(g1);
        assert_non_null(g2);
        for (int i = 0; i < 3; i++) {
            assert_int_equal(dn_extractor_document(x, g1, t[i].id, t[i].s, t[i].len, NULL, NULL, &err),
                             DN_OK);
            assert_int_equal(dn_extractor_document(x, g2, t[i].id, t[i].s, t[i].len, NULL, NULL, &err),
                             DN_OK);
        }
        j1 = json_of(g1);
        j2 = json_of(g2);
        assert_string_equal(j1, j2);
        for (size_t k = 0; k < g2->n_edges; k++) {
            assert_ptr_equal(dn_graph_node(g2, g2->edges[k]->source->id), g2->edges[k]->source);
            assert_ptr_equal(dn_graph_node(g2, g2->edges[k]->target->id), g2->edges[k]->target);
        }
        free(j1);
        free(j2);
        dn_graph_free(g1);
        dn_graph_free(g2);
    }
    dn_extractor_free(x);
    for (int i = 0; i < 3; i++)
        free(t[i].s);
}

/* A field of a node cleared between two documents is filled in again by
 * the next document naming the actor, as a fresh extraction would: the
 * extractor's memory of what the node holds lapses (dn_graph_epoch). */
static void cleared_field_filled_again(void **state)
{
    static const char *a = "Clashes\nArmenia accused Azerbaijan of shelling the border.\n";
    dn_extractor *x = dn_extractor_new(lx);
    dn_graph *g = dn_graph_new();
    dn_node *n;
    dn_error err;
    (void)state;
    dn_error_clear(&err);
    assert_non_null(x);
    assert_non_null(g);
    assert_int_equal(dn_extractor_document(x, g, "a.txt", a, strlen(a), NULL, NULL, &err), DN_OK);
    assert_non_null(n = dn_graph_node(g, "state:armenia"));
    assert_string_equal(n->iso, "ARM");
    assert_string_equal(n->cameo, "ARM");
    assert_int_equal(dn_node_set_iso(n, NULL), DN_OK);
    assert_int_equal(dn_node_set_cameo(n, NULL), DN_OK);
    assert_int_equal(dn_extractor_document(x, g, "b.txt", a, strlen(a), NULL, NULL, &err), DN_OK);
    assert_ptr_equal(dn_graph_node(g, "state:armenia"), n);
    assert_non_null(n->iso);
    assert_string_equal(n->iso, "ARM");
    assert_non_null(n->cameo);
    assert_string_equal(n->cameo, "ARM");
    dn_graph_free(g);
    dn_extractor_free(x);
}

static void free_null(void **state)
{
    (void)state;
    dn_extractor_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_b_a_as_apart),
        cmocka_unit_test(short_after_long_as_apart),
        cmocka_unit_test(short_after_medium_as_apart),
        cmocka_unit_test(empty_texts_between),
        cmocka_unit_test(quotes_do_not_carry_over),
        cmocka_unit_test(graph_after_graph_as_apart),
        cmocka_unit_test(cleared_field_filled_again),
        cmocka_unit_test(free_null),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
