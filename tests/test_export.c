/*
 * test_export.c - the export writers and the CSV reader at the library
 * level: exact CSV bytes and quoting, XML that stays well-formed for any
 * input (controls and broken UTF-8 become U+FFFD), full-precision numbers,
 * the same bytes whatever order a graph was built in, the RFC 4180 parser
 * (quoted newlines, doubled quotes, CRLF, BOM, empty lines) and its errors
 * with line and column, and the importer's all-or-nothing validation with
 * one report per bad row.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "dipnet/export.h"
#include "dipnet/graph.h"
#include "dipnet/io.h"
#include "support/capture.h"

typedef int (*writer_fn)(dn_graph *g, FILE *f, dn_error *err);

static int gexf12(dn_graph *g, FILE *f, dn_error *err)
{
    return dn_export_gexf(g, f, DN_GEXF_1_2, err);
}

static int gexf13(dn_graph *g, FILE *f, dn_error *err)
{
    return dn_export_gexf(g, f, DN_GEXF_1_3, err);
}

static const writer_fn writers[] = {
    dn_export_graphml, gexf12, gexf13, dn_export_csv_nodes,
    dn_export_csv_edges, dn_export_jsonl, dn_export_cytoscape};

/* Runs a writer into a malloc'ed string. */
static char *run(writer_fn w, dn_graph *g)
{
    return capture(w, g);
}

/* A small graph; order 0 or 1 adds the same content in another order. */
static dn_graph *small(int order)
{
    dn_graph *g = dn_graph_new();
    dn_node *a, *b, *c;
    dn_evidence ev;
    long d1, d2;

    assert_non_null(g);
    if (order) {
        d2 = dn_graph_add_document(g, "b.txt", NULL, "2022-09-14");
        d1 = dn_graph_add_document(g, "a.txt", "Title", "2022-09-13");
        c = dn_graph_add_node(g, "org:x", "X \x01 bad \xff byte", 2);
        b = dn_graph_add_node(g, "state:b", "B, \"the\" <b>", 0);
        a = dn_graph_add_node(g, "person:a", "A & Co\nline", 1);
    } else {
        d1 = dn_graph_add_document(g, "a.txt", "Title", "2022-09-13");
        d2 = dn_graph_add_document(g, "b.txt", NULL, "2022-09-14");
        a = dn_graph_add_node(g, "person:a", "A & Co\nline", 1);
        b = dn_graph_add_node(g, "state:b", "B, \"the\" <b>", 0);
        c = dn_graph_add_node(g, "org:x", "X \x01 bad \xff byte", 2);
    }
    assert_int_equal(dn_node_set_state(a, "B, \"the\" <b>"), DN_OK);
    assert_int_equal(dn_node_set_attr(a, "pagerank", 0.1), DN_OK);
    assert_int_equal(dn_node_set_attr(a, "closeness", NAN), DN_OK);
    assert_int_equal(dn_node_set_attr(b, "pagerank", 0.08247422680412371),
                     DN_OK);
    assert_int_equal(dn_node_add_alias(a, order ? "p|q" : "r\\s"), DN_OK);
    assert_int_equal(dn_node_add_alias(a, order ? "r\\s" : "p|q"), DN_OK);
    for (int k = 0; k < 2; k++) {
        dn_edge *e = (k ^ order) ? dn_graph_add_edge(g, b, c, DN_EDGE_ATTACK)
                                 : dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
        assert_non_null(e);
        if (e->type != DN_EDGE_CALL) {
            e->count = 2;
            continue;
        }
        memset(&ev, 0, sizeof ev);
        for (int j = 0; j < 2; j++) {
            int i = j ^ order;
            ev.doc = (uint32_t)(i ? d2 : d1);
            ev.sentence = i ? 4 : 2;
            ev.start = i ? 40 : 20;
            ev.end = i ? 50 : 30;
            ev.text = i ? "Second, \"quoted\"." : "First\r\nsentence & <x>.";
            ev.trigger = "phoned";
            assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
        }
    }
    return g;
}

static void test_same_bytes_any_order(void **state)
{
    dn_graph *g0 = small(0), *g1 = small(1);

    (void)state;
    for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
        char *a = run(writers[i], g0), *b = run(writers[i], g1);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    dn_graph_free(g0);
    dn_graph_free(g1);
}

static void test_csv_bytes(void **state)
{
    dn_graph *g = small(0);
    char *n = run(dn_export_csv_nodes, g), *e = run(dn_export_csv_edges, g);

    (void)state;
    assert_string_equal(
        n, "id,label,type,kind,state,iso,cameo,aliases,closeness,pagerank\r\n"
           "org:x,X \x01 bad \xff byte,organization,,,,,,,\r\n"
           "person:a,\"A & Co\nline\",person,,\"B, \"\"the\"\" <b>\",,,"
           "p\\|q|r\\\\s,NaN,0.1\r\n"
           "state:b,\"B, \"\"the\"\" <b>\",state,,,,,,,"
           "0.08247422680412371\r\n");
    assert_string_equal(
        e, "source,target,source_label,target_label,type,count,cameo,"
           "goldstein,evidence_count,evidence_document,evidence_date,"
           "evidence_sentence,evidence_start,evidence_end,evidence_text,"
           "evidence_trigger\r\n"
           "person:a,state:b,\"A & Co\nline\",\"B, \"\"the\"\" <b>\",call,2,"
           "041,1,2,a.txt,2022-09-13,2,20,30,\"First\r\nsentence & <x>.\","
           "phoned\r\n"
           "state:b,org:x,\"B, \"\"the\"\" <b>\",X \x01 bad \xff byte,attack,"
           "2,190,-10,0,,,,,,,\r\n");
    free(n);
    free(e);
    dn_graph_free(g);
}

static void test_xml_escaping(void **state)
{
    dn_graph *g = small(0);
    char *x = run(dn_export_graphml, g), *y = run(gexf12, g);

    (void)state;
    /* element text: & < > escaped, newline kept, CR as a reference */
    assert_non_null(strstr(x, "<data key=\"n0\">A &amp; Co\nline</data>"));
    assert_non_null(strstr(
        x, "<data key=\"e9\">First&#13;\nsentence &amp; &lt;x&gt;.</data>"));
    /* a control character and a broken byte become U+FFFD */
    assert_non_null(
        strstr(x, "<data key=\"n0\">X \xEF\xBF\xBD bad \xEF\xBF\xBD byte<"));
    assert_null(strchr(x, '\x01'));
    /* numbers at full precision, NaN spelt out, long counts */
    assert_non_null(strstr(x, ">0.08247422680412371</data>"));
    assert_non_null(strstr(x, ">NaN</data>"));
    assert_non_null(strstr(x, "attr.name=\"pagerank\" attr.type=\"double\""));
    assert_non_null(strstr(x, "<edge id=\"e0\" source=\"person:a\" "
                              "target=\"state:b\">"));
    /* attribute values: quotes and newlines as references */
    assert_non_null(strstr(y, "label=\"A &amp; Co&#10;line\""));
    assert_non_null(strstr(y, "value=\"B, &quot;the&quot; &lt;b&gt;\""));
    assert_non_null(strstr(y, "xmlns=\"http://www.gexf.net/1.2draft\""));
    assert_null(strstr(y, " kind=\""));
    free(x);
    free(y);
    x = run(gexf13, g);
    assert_non_null(strstr(x, "xmlns=\"http://gexf.net/1.3\""));
    assert_non_null(strstr(x, "label=\"call\" kind=\"call\" weight=\"2\""));
    free(x);
    dn_graph_free(g);
}

static void test_jsonl_and_cytoscape(void **state)
{
    dn_graph *g = small(0);
    char *j = run(dn_export_jsonl, g), *c = run(dn_export_cytoscape, g);
    int lines = 0;

    (void)state;
    for (const char *p = j; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, 2); /* two evidence entries, none on attack */
    assert_non_null(strstr(j, "\"date\":\"2022-09-13\",\"sqldate\":20220913,"
                              "\"actor1_id\":\"person:a\""));
    assert_non_null(strstr(j, "\"event_code\":\"041\",\"event_root_code\":"
                              "\"04\",\"quad_class\":1,\"goldstein\":1,"));
    assert_non_null(strstr(j, "\"document_title\":null"));
    assert_non_null(strstr(c, "\"id\":\"state:b\",\"value\":\"state:b\","
                              "\"name\":\"B, \\\"the\\\" <b>\""));
    assert_non_null(strstr(c, "\"pagerank\":0.08247422680412371"));
    assert_non_null(strstr(c, "\"closeness\":null"));
    assert_non_null(strstr(c, "\"key\":\"call\",\"interaction\":\"call\""));
    free(j);
    free(c);
    dn_graph_free(g);
}

static void test_format_names(void **state)
{
    (void)state;
    assert_int_equal(dn_export_format_parse("graphml"), DN_EXPORT_GRAPHML);
    assert_int_equal(dn_export_format_parse("cytoscape"),
                     DN_EXPORT_CYTOSCAPE);
    assert_int_equal(dn_export_format_parse("cyjs"), DN_EXPORT_CYTOSCAPE);
    assert_int_equal(dn_export_format_parse("GraphML"), -1);
    assert_int_equal(dn_export_format_parse(NULL), -1);
    assert_string_equal(dn_export_format_name(DN_EXPORT_JSONL), "jsonl");
}

static dn_csv *parse_ok(const char *s)
{
    dn_csv *t = NULL;
    dn_error err;

    dn_error_clear(&err);
    assert_int_equal(dn_csv_parse(s, strlen(s), "t.csv", &t, &err), DN_OK);
    return t;
}

static void test_csv_parse(void **state)
{
    const char *s = "\xEF\xBB\xBF" "a,b,c\r\n"
                    "\r\n"
                    "1,\"two, \"\"2\"\"\nlines\",\r\n"
                    "\"\",x,\"y\"\n"
                    "last,row,no-eol";
    dn_csv *t = parse_ok(s);

    (void)state;
    assert_int_equal(t->n_rows, 4);
    assert_int_equal(t->rows[0].n_fields, 3);
    assert_string_equal(t->rows[0].fields[0], "a");
    assert_int_equal(t->rows[1].line, 3);
    assert_string_equal(t->rows[1].fields[1], "two, \"2\"\nlines");
    assert_string_equal(t->rows[1].fields[2], "");
    assert_int_equal(t->rows[1].columns[1], 3);
    assert_int_equal(t->rows[1].lines[2], 4); /* after the quoted newline */
    assert_int_equal(t->rows[1].columns[2], 8);
    assert_int_equal(t->rows[2].line, 5);
    assert_string_equal(t->rows[2].fields[0], "");
    assert_string_equal(t->rows[2].fields[2], "y");
    assert_string_equal(t->rows[3].fields[2], "no-eol");
    dn_csv_free(t);
    dn_csv_free(NULL);
}

static void parse_bad(const char *s, long line, long col, const char *msg)
{
    dn_csv *t = (dn_csv *)1;
    dn_error err;

    dn_error_clear(&err);
    assert_int_equal(dn_csv_parse(s, strlen(s), "t.csv", &t, &err),
                     DN_EPARSE);
    assert_null(t);
    assert_string_equal(err.file, "t.csv");
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, col);
    assert_non_null(strstr(err.msg, msg));
}

static void test_csv_parse_errors(void **state)
{
    (void)state;
    parse_bad("a,b\n1,\"open\n\nstill open", 2, 3, "unterminated");
    parse_bad("a,b\n1,\"x\"y\n", 2, 6, "after the closing quote");
    parse_bad("a,b\n1,x\"y\n", 2, 4, "quote inside an unquoted field");
    parse_bad("a,b\n1,caf\xE9\n", 2, 6, "byte 0xE9 is not UTF-8");
    parse_bad("a,b\n1,\"\xF0\x9F\x87\"\n", 2, 4, "byte 0xF0 is not UTF-8");
}

static int reports;
static void count_report(const dn_error *e, void *ctx)
{
    (void)ctx;
    assert_int_not_equal(e->code, DN_OK);
    reports++;
}

static char *write_tmp(const char *content)
{
    char *path = strdup("/tmp/dn_test_export_XXXXXX");
    int fd = mkstemp(path);

    assert_true(fd >= 0);
    assert_int_equal(write(fd, content, strlen(content)),
                     (ssize_t)strlen(content));
    close(fd);
    return path;
}

static void test_import(void **state)
{
    char *ok = write_tmp(
        "type,target,source,count,evidence_document,evidence_sentence,"
        "evidence_text\n"
        "call,state:b,person:a,3,a.txt,2,\"Hello, world\"\n"
        "call,state:b,person:a,1,,,\n"
        "meeting,org:new,person:a,,,,\n");
    char *bad = write_tmp("source,target,type,count\n"
                          "person:a,state:b,call,1\n"
                          "person:a,state:b,calls,1\n"
                          "person:a,state:b\n"
                          "x:a,state:b,call,-1\n");
    dn_graph *g = NULL, *base = small(0);
    dn_error err;
    dn_edge *e;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_csv_import(ok, NULL, base, NULL, NULL, &g, &err),
                     DN_OK);
    assert_int_equal(g->n_nodes, 3);
    assert_int_equal(g->n_edges, 2);
    /* labels and types of known nodes come from the base graph */
    assert_string_equal(dn_graph_node(g, "person:a")->label, "A & Co\nline");
    assert_string_equal(dn_graph_node(g, "org:new")->label, "org:new");
    assert_int_equal(dn_graph_node(g, "org:new")->type,
                     DN_ACTOR_ORGANIZATION);
    e = dn_graph_edge(g, dn_graph_node(g, "person:a"),
                      dn_graph_node(g, "state:b"), DN_EDGE_CALL);
    assert_non_null(e);
    assert_int_equal(e->count, 4); /* rows of one key add up */
    assert_int_equal(e->n_evidence, 1);
    assert_string_equal(e->evidence[0].text, "Hello, world");
    assert_string_equal(e->cameo, "041"); /* no cameo column: default */
    dn_graph_free(g);

    reports = 0;
    dn_error_clear(&err);
    assert_int_equal(
        dn_csv_import(bad, NULL, NULL, count_report, NULL, &g, &err),
        DN_EINVAL);
    assert_null(g);
    assert_int_equal(reports, 4); /* calls; 2 fields; x: prefix; -1 */
    assert_int_equal(err.line, 3); /* the first bad row */
    assert_int_equal(err.column, 18);
    assert_non_null(strstr(err.msg, "type: unknown interaction type"));
    unlink(ok);
    unlink(bad);
    free(ok);
    free(bad);
    dn_graph_free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_bytes_any_order),
        cmocka_unit_test(test_csv_bytes),
        cmocka_unit_test(test_xml_escaping),
        cmocka_unit_test(test_jsonl_and_cytoscape),
        cmocka_unit_test(test_format_names),
        cmocka_unit_test(test_csv_parse),
        cmocka_unit_test(test_csv_parse_errors),
        cmocka_unit_test(test_import),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
