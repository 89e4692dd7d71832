/*
 * test_graph_write.c - the hand-written graph file writer gives exactly
 * the bytes cJSON 1.7.15 gave: every byte value 1..255 in every kind of
 * string (ids, labels, aliases, attribute names, documents, evidence text
 * and triggers), strings longer than the writer's 64 KB buffer, numbers,
 * empty arrays and absent fields. The expected file is built here the way
 * the writer used to build it, one cJSON object per element printed with
 * cJSON_PrintUnformatted; a few escapes are also spelled out by hand, the
 * whole file must parse back (with cJSON) to the same strings, and a write
 * error must be reported.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "dipnet/graph.h"
#include "dipnet/io.h"
#include "support/capture.h"
#include "util/util.h"

static char *to_json(dn_graph *g)
{
    return capture(dn_graph_write_json, g);
}

/* ---- the old writer, on cJSON ---------------------------------------- */

static void c_str(cJSON *o, const char *k, const char *v)
{
    if (v)
        assert_non_null(cJSON_AddStringToObject(o, k, v));
}

static void c_num(cJSON *o, const char *k, double v)
{
    char buf[40];

    if (isnan(v) || isinf(v)) {
        assert_non_null(cJSON_AddNullToObject(o, k));
        return;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(buf, sizeof buf, "%lld", (long long)v);
    } else {
        for (int prec = 15; prec <= 17; prec++) {
            snprintf(buf, sizeof buf, "%.*g", prec, v);
            if (strtod(buf, NULL) == v)
                break;
        }
    }
    assert_non_null(cJSON_AddRawToObject(o, k, buf));
}

static void c_put(dn_buf *b, cJSON *o, const char *lead)
{
    char *s = cJSON_PrintUnformatted(o);

    assert_non_null(s);
    dn_buf_puts(b, lead);
    dn_buf_puts(b, s);
    cJSON_free(s);
    cJSON_Delete(o);
}

/* The file as cJSON printed it (g must be sorted). */
static char *expected_json(const dn_graph *g)
{
    dn_buf b;
    cJSON *meta = cJSON_CreateObject(), *docs;

    dn_buf_init(&b);
    c_str(meta, "generator", g->generator);
    docs = cJSON_AddArrayToObject(meta, "documents");
    for (size_t i = 0; i < g->n_docs; i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddItemToArray(docs, d);
        c_str(d, "id", g->docs[i].id);
        c_str(d, "title", g->docs[i].title);
        c_str(d, "date", g->docs[i].date);
    }
    dn_buf_puts(&b, "{\"directed\": true, \"multigraph\": true,\n");
    c_put(&b, meta, " \"graph\": ");
    dn_buf_puts(&b, ",\n \"nodes\": [");
    for (size_t i = 0; i < g->n_nodes; i++) {
        const dn_node *n = g->nodes[i];
        cJSON *o = cJSON_CreateObject();
        c_str(o, "id", n->id);
        c_str(o, "label", n->label);
        c_str(o, "type", dn_actor_type_name(n->type));
        c_str(o, "kind", n->kind);
        c_str(o, "state", n->state);
        c_str(o, "iso", n->iso);
        c_str(o, "cameo", n->cameo);
        if (n->n_aliases) {
            cJSON *a = cJSON_AddArrayToObject(o, "aliases");
            for (size_t k = 0; k < n->n_aliases; k++)
                cJSON_AddItemToArray(a, cJSON_CreateString(n->aliases[k]));
        }
        for (size_t k = 0; k < n->n_attrs; k++)
            c_num(o, n->attrs[k].name, n->attrs[k].value);
        c_put(&b, o, i ? ",\n  " : "\n  ");
    }
    dn_buf_puts(&b, g->n_nodes ? "\n ],\n \"edges\": [" : "],\n \"edges\": [");
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        const char *type = dn_edge_type_name(e->type);
        cJSON *o = cJSON_CreateObject(), *arr;
        c_str(o, "source", e->source->id);
        c_str(o, "target", e->target->id);
        c_str(o, "key", type);
        c_str(o, "type", type);
        c_num(o, "count", (double)e->count);
        c_str(o, "cameo", e->cameo);
        if (!isnan(e->goldstein))
            c_num(o, "goldstein", e->goldstein);
        arr = cJSON_AddArrayToObject(o, "evidence");
        for (size_t k = 0; k < e->n_evidence; k++) {
            const dn_evidence *ev = &e->evidence[k];
            cJSON *x = cJSON_CreateObject();
            cJSON_AddItemToArray(arr, x);
            c_str(x, "document", g->docs[ev->doc].id);
            c_str(x, "date", g->docs[ev->doc].date);
            c_num(x, "sentence", (double)ev->sentence);
            c_num(x, "start", (double)ev->start);
            c_num(x, "end", (double)ev->end);
            c_str(x, "text", ev->text);
            c_str(x, "trigger", ev->trigger);
        }
        c_put(&b, o, i ? ",\n  " : "\n  ");
    }
    dn_buf_puts(&b, g->n_edges ? "\n ]}\n" : "]}\n");
    assert_false(b.oom);
    return dn_buf_take(&b);
}

/* Compares two files and names the first differing byte. */
static void assert_same_bytes(const char *got, const char *want)
{
    size_t i = 0;

    while (got[i] && got[i] == want[i])
        i++;
    if (got[i] != want[i])
        fail_msg("output differs from cJSON's at byte %zu: got \"%.40s\", "
                 "want \"%.40s\"", i, got + i, want + i);
}

/* ---- hostile strings -------------------------------------------------- */

/* "<prefix><byte>x" for byte b. */
static void with_byte(char *out, const char *prefix, int b)
{
    snprintf(out, 64, "%s%cx", prefix, (char)b);
}

/* A graph whose strings hold every byte value 1..255, quotes,
 * backslashes, invalid UTF-8 and long strings. */
static dn_graph *hostile_graph(char **long_text)
{
    dn_graph *g = dn_graph_new();
    char s[64], t[64];
    size_t big = 200000;
    char *lt = malloc(big + 1);
    dn_node *hub;
    long d0, d1;

    assert_non_null(g);
    assert_non_null(lt);
    /* a sentence longer than the writer's buffer, escapes on the way */
    for (size_t i = 0; i < big; i++)
        lt[i] = (char)(i % 997 == 0 ? '"' : i % 1009 == 0 ? '\n'
                       : i % 65536 == 65535 ? '\\' : 'a' + (int)(i % 26));
    lt[big] = '\0';
    *long_text = lt;
    assert_true((d0 = dn_graph_add_document(g, "doc \"one\"\\\x01.txt",
                                            "T\x7f\xff\xfe", "2022-09-13")) >= 0);
    assert_true((d1 = dn_graph_add_document(g, "undated", NULL, NULL)) >= 0);
    hub = dn_graph_add_node(g, "state:hub", "Hub", DN_ACTOR_STATE);
    assert_non_null(hub);
    assert_int_equal(dn_node_set_iso(hub, "HUB"), DN_OK);
    for (int b = 1; b < 256; b++) {
        char id[32];
        dn_node *n;
        dn_edge *e;
        dn_evidence ev;

        snprintf(id, sizeof id, "person:p%03d", b);
        with_byte(s, "label ", b);
        assert_non_null(n = dn_graph_add_node(g, id, s, DN_ACTOR_PERSON));
        with_byte(s, "kind ", b);
        assert_int_equal(dn_node_set_kind(n, s), DN_OK);
        with_byte(s, "alias ", b);
        assert_int_equal(dn_node_add_alias(n, s), DN_OK);
        with_byte(s, "attr ", b);
        assert_int_equal(dn_node_set_attr(n, s, b / 7.0), DN_OK);
        assert_non_null(e = dn_graph_add_edge(g, n, hub, DN_EDGE_CALL));
        with_byte(s, "sentence ", b);
        with_byte(t, "trigger ", b);
        ev = (dn_evidence){(uint32_t)(b % 2 ? d0 : d1), b, b * 10, b * 10 + 9,
                           s, t};
        assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
    }
    {
        dn_node *x = dn_graph_add_node(g, "org:x\"\\/", "q\"b\\s/\x01\x1f\x7f\t\xc3\xa9", DN_ACTOR_ORGANIZATION);
        dn_edge *e;
        dn_evidence ev = {(uint32_t)d0, 1, 0, (long)big, lt, NULL};
        assert_non_null(x);
        assert_int_equal(dn_node_set_attr(x, "nan", NAN), DN_OK);
        assert_int_equal(dn_node_set_attr(x, "inf", INFINITY), DN_OK);
        assert_int_equal(dn_node_set_attr(x, "third", 1.0 / 3.0), DN_OK);
        assert_non_null(e = dn_graph_add_edge(g, x, hub, DN_EDGE_ATTACK));
        assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
        e->goldstein = -9.7;
        e->count = 12;
        assert_non_null(e = dn_graph_add_edge(g, hub, x, DN_EDGE_MEMBER_OF));
        e->count = 1; /* member_of: no cameo, no goldstein, no evidence */
    }
    return g;
}

static void test_bytes_as_cjson(void **state)
{
    char *lt, *got, *want;
    dn_graph *g = hostile_graph(&lt);

    (void)state;
    got = to_json(g); /* sorts g */
    want = expected_json(g);
    assert_same_bytes(got, want);
    assert_int_equal(strlen(got), strlen(want));
    /* the escapes spelled out, not only compared with cJSON */
    assert_non_null(strstr(got, "{\"id\":\"org:x\\\"\\\\/\",\"label\":"
                                "\"q\\\"b\\\\s/\\u0001\\u001f\x7f\\t\xc3\xa9\""
                                ",\"type\":\"organization\",\"inf\":null,"
                                "\"nan\":null,\"third\":0.3333333333333333}"));
    assert_non_null(strstr(got, "\"label\":\"label \\bx\""));
    assert_non_null(strstr(got, "\"kind\":\"kind \\fx\""));
    assert_non_null(strstr(got, "\"text\":\"sentence \\rx\""));
    assert_non_null(strstr(got, "\"trigger\":\"trigger \\u001bx\""));
    assert_non_null(strstr(got, "\"attr \\u000bx\":1.5714285714285714"));
    assert_non_null(strstr(got, "\"aliases\":[\"alias \xffx\"]"));
    assert_non_null(strstr(got, "{\"document\":\"doc \\\"one\\\"\\\\\\u0001"
                                ".txt\",\"date\":\"2022-09-13\",\"sentence\":1,"
                                "\"start\":0,\"end\":200000,\"text\":\"\\\"bcd"));
    assert_non_null(strstr(got, "\"target\":\"org:x\\\"\\\\/\",\"key\":"
                                "\"member_of\",\"type\":\"member_of\",\"count\":1,"
                                "\"evidence\":[]}"));
    free(got);
    free(want);
    dn_graph_free(g);
    free(lt);
}

/* The file parses back (with cJSON, as the reader does) to the very
 * strings that went in. */
static void test_round_trip_strings(void **state)
{
    char *lt, *got, s[64];
    dn_graph *g = hostile_graph(&lt);
    cJSON *root, *nodes, *edges, *n, *e;
    int seen = 0;

    (void)state;
    got = to_json(g);
    root = cJSON_Parse(got);
    assert_non_null(root);
    nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
    edges = cJSON_GetObjectItemCaseSensitive(root, "edges");
    assert_int_equal(cJSON_GetArraySize(nodes), 257);
    cJSON_ArrayForEach(n, nodes) {
        const char *id = cJSON_GetObjectItemCaseSensitive(n, "id")->valuestring;
        int b;
        if (sscanf(id, "person:p%d", &b) != 1)
            continue;
        with_byte(s, "label ", b);
        assert_string_equal(
            cJSON_GetObjectItemCaseSensitive(n, "label")->valuestring, s);
        with_byte(s, "alias ", b);
        assert_string_equal(cJSON_GetArrayItem(
            cJSON_GetObjectItemCaseSensitive(n, "aliases"), 0)->valuestring, s);
        with_byte(s, "attr ", b);
        assert_non_null(cJSON_GetObjectItemCaseSensitive(n, s));
        assert_true(cJSON_GetObjectItemCaseSensitive(n, s)->valuedouble ==
                    b / 7.0);
        seen++;
    }
    assert_int_equal(seen, 255);
    seen = 0;
    cJSON_ArrayForEach(e, edges) {
        cJSON *ev = cJSON_GetArrayItem(
            cJSON_GetObjectItemCaseSensitive(e, "evidence"), 0);
        long b = ev ? (long)cJSON_GetObjectItemCaseSensitive(ev, "sentence")
                          ->valuedouble : 0;
        const char *text = ev ? cJSON_GetObjectItemCaseSensitive(ev, "text")
                                    ->valuestring : NULL;
        if (!ev)
            continue;
        if (strlen(text) == 200000) {
            assert_string_equal(text, lt);
            assert_null(cJSON_GetObjectItemCaseSensitive(ev, "trigger"));
            assert_string_equal(
                cJSON_GetObjectItemCaseSensitive(ev, "document")->valuestring,
                "doc \"one\"\\\x01.txt");
            continue;
        }
        with_byte(s, "sentence ", (int)b);
        assert_string_equal(text, s);
        with_byte(s, "trigger ", (int)b);
        assert_string_equal(
            cJSON_GetObjectItemCaseSensitive(ev, "trigger")->valuestring, s);
        seen++;
    }
    assert_int_equal(seen, 255);
    cJSON_Delete(root);
    free(got);
    dn_graph_free(g);
    free(lt);
}

static void test_numbers(void **state)
{
    static const struct {
        double v;
        const char *text;
    } cases[] = {
        {0.1, "0.1"}, {-3.0, "-3"}, {1e300, "1e+300"},
        {5e-324, "4.94065645841247e-324"}, {1e15, "1e+15"},
        {999999999999999.0, "999999999999999"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {-0.0, "0"}, {-1e-7, "-1e-07"}, {3.141592653589793, "3.141592653589793"},
        {0.30000000000000004, "0.30000000000000004"}, {-2.5, "-2.5"},
    };
    char key[16];
    dn_graph *g = dn_graph_new();
    dn_node *n = dn_graph_add_node(g, "state:x", "X", DN_ACTOR_STATE);
    char *got, *want;

    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(key, sizeof key, "k%02zu", i);
        assert_int_equal(dn_node_set_attr(n, key, cases[i].v), DN_OK);
    }
    got = to_json(g);
    want = expected_json(g);
    assert_same_bytes(got, want);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char frag[64];
        snprintf(frag, sizeof frag, "\"k%02zu\":%s%c", i, cases[i].text,
                 i + 1 < sizeof cases / sizeof cases[0] ? ',' : '}');
        if (!strstr(got, frag))
            fail_msg("%s not in %s", frag, got);
    }
    free(got);
    free(want);
    dn_graph_free(g);
}

static void test_empty_graph(void **state)
{
    dn_graph *g = dn_graph_new();
    char *got;

    (void)state;
    got = to_json(g);
    assert_string_equal(got, "{\"directed\": true, \"multigraph\": true,\n"
                             " \"graph\": {\"generator\":\"dipnet 0.1\","
                             "\"documents\":[]},\n \"nodes\": [],\n"
                             " \"edges\": []}\n");
    free(got);
    dn_graph_free(g);
}

/* A full disk is an error, not a short file. */
static void test_write_error(void **state)
{
    char *lt;
    dn_graph *g = hostile_graph(&lt);
    FILE *f = fopen("/dev/full", "w");
    dn_error err;

    (void)state;
    if (!f) {
        dn_graph_free(g);
        free(lt);
        skip();
    }
    setvbuf(f, NULL, _IONBF, 0);
    dn_error_clear(&err);
    assert_int_equal(dn_graph_write_json(g, f, &err), DN_EIO);
    assert_non_null(strstr(err.msg, "write error"));
    fclose(f);
    dn_graph_free(g);
    free(lt);
}

/* The writer copies strings 16 and 8 bytes at a time and checks the last,
 * partial block as an overlapping one: one byte to escape at every place
 * of every length up to 40 (ids, aliases, evidence texts), and integers
 * of every digit count, written two digits at a time. */
static void test_block_edges(void **state)
{
    static const char bad[] = {'"', '\\', '\n', 0x01, 0x1f, 'z'};
    dn_graph *g = dn_graph_new();
    dn_node *hub = dn_graph_add_node(g, "state:hub", "Hub", DN_ACTOR_STATE);
    long d = dn_graph_add_document(g, "d.txt", NULL, NULL);
    char s[64], id[64];
    char *got, *want;
    long num = 0, count = 0;

    (void)state;
    assert_true(d >= 0);
    for (size_t len = 0; len <= 40; len++) {
        dn_node *n;
        dn_edge *e;
        memset(s, 'a', len);
        s[len] = '\0';
        snprintf(id, sizeof id, "org:%s%02zu", s, len);
        assert_non_null(n = dn_graph_add_node(g, id, s, DN_ACTOR_ORGANIZATION));
        assert_non_null(e = dn_graph_add_edge(g, n, hub, DN_EDGE_MEETING));
        for (size_t pos = 0; pos < len; pos++)
            for (size_t k = 0; k < sizeof bad; k++) {
                dn_evidence ev;
                memset(s, 'a', len);
                s[len] = '\0';
                s[pos] = bad[k];
                assert_int_equal(dn_node_add_alias(n, s), DN_OK);
                /* 7, 77, ... fifteen 7s, then the same negative */
                num = 0;
                for (long j = 0; j <= count % 15; j++)
                    num = num * 10 + 7;
                if (count++ / 15 % 2)
                    num = -num;
                ev = (dn_evidence){(uint32_t)d, num, (long)(pos * 8 + k),
                                   num, s, len % 2 ? s : NULL};
                assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
            }
        e->count = len % 3 == 0 ? -(long)len : len % 3 == 1 ? 1000000000000000L + (long)len : (long)len;
    }
    got = to_json(g); /* sorts g */
    want = expected_json(g);
    assert_same_bytes(got, want);
    assert_int_equal(strlen(got), strlen(want));
    free(got);
    free(want);
    dn_graph_free(g);
}

/* A sentence (clean or with escapes) that several edges cite is written
 * the same each time, in the first file and in a second one (whose
 * strings the writer has seen already). */
static void test_shared_strings(void **state)
{
    static const char *const texts[] = {"A clean sentence.",
                                        "A \"quoted\"\tone, long enough to take sixteen-byte blocks.",
                                        "x"};
    dn_graph *g = dn_graph_new();
    long d = dn_graph_add_document(g, "d.txt", NULL, "2024-01-02");
    dn_node *n[4];
    char *got, *again, *want;

    (void)state;
    assert_true(d >= 0);
    for (int i = 0; i < 4; i++) {
        char id[16];
        snprintf(id, sizeof id, "state:s%d", i);
        assert_non_null(n[i] = dn_graph_add_node(g, id, id + 6, DN_ACTOR_STATE));
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            dn_edge *e;
            if (i == j)
                continue;
            assert_non_null(e = dn_graph_add_edge(g, n[i], n[j], DN_EDGE_CALL));
            for (int k = 0; k < 3; k++) {
                char copy[100]; /* a fresh buffer: interned, not kept */
                dn_evidence ev;
                snprintf(copy, sizeof copy, "%s", texts[(i + j + k) % 3]);
                ev = (dn_evidence){(uint32_t)d, k + 1, k * 100, k * 100 + 50,
                                   copy, k ? "said \"x\"" : "called"};
                assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
            }
            assert_int_equal(dn_edge_set_cameo(g, e, i % 2 ? "042" : "041"), DN_OK);
        }
    got = to_json(g); /* sorts g */
    again = to_json(g);
    want = expected_json(g);
    assert_same_bytes(got, want);
    assert_same_bytes(again, want);
    assert_non_null(strstr(got, "\"text\":\"A \\\"quoted\\\"\\tone,"));
    free(got);
    free(again);
    free(want);
    dn_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_as_cjson),
        cmocka_unit_test(test_round_trip_strings),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_empty_graph),
        cmocka_unit_test(test_write_error),
        cmocka_unit_test(test_block_edges),
        cmocka_unit_test(test_shared_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
