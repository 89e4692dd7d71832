/*
 * test_report.c - the briefing page as the library writes it
 * (dn_report_write): page structure (doctype, CSP, no script, sections in
 * order), HTML escaping of every kind of graph text, one evidence entry per
 * evidence, trigger words marked only where found, the SVG prolog and
 * comments dropped and its titles replaced, the new-since selection, the
 * fallback key-actor table, and the bad-date error.
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
#include "dipnet/report.h"

/* Number of non-overlapping occurrences of needle in hay. */
static size_t count(const char *hay, const char *needle)
{
    size_t n = 0, len = strlen(needle);

    for (const char *p = hay; (p = strstr(p, needle)); p += len)
        n++;
    return n;
}

static void add_ev(dn_graph *g, dn_edge *e, uint32_t doc, long sentence,
                   long start, const char *text, const char *trigger)
{
    dn_evidence ev = {doc, sentence, start, start + (long)strlen(text),
                      (char *)text, (char *)trigger};

    assert_int_equal(dn_edge_add_evidence(g, e, &ev), 1);
}

/* Three actors, two documents a week apart, four edges:
 *   a -> b call      (2 evidence, 2022-09-13 and 2022-09-20)
 *   b -> a meeting   (1 evidence, 2022-09-20)
 *   c -> a accusation (1 evidence, 2022-09-13, trigger not in sentence)
 *   a -> c statement  (no evidence: an imported count of 3) */
static dn_graph *fixture(void)
{
    dn_graph *g = dn_graph_new();
    dn_node *a, *b, *c;
    dn_edge *e;
    long d1, d2;

    assert_non_null(g);
    d1 = dn_graph_add_document(g, "one.txt", "Talks & \"tension\" <b>", "2022-09-13");
    d2 = dn_graph_add_document(g, "two.txt", "Day two", "2022-09-20");
    assert_true(d1 == 0 && d2 == 1);
    a = dn_graph_add_node(g, "person:a", "<script>alert(1)</script>", DN_ACTOR_PERSON);
    b = dn_graph_add_node(g, "state:b", "C\xc3\xb4te d'Ivoire", DN_ACTOR_STATE);
    c = dn_graph_add_node(g, "org:c", "\"Q\" & 'A' \xff bad", DN_ACTOR_ORGANIZATION);
    assert_int_equal(dn_node_set_state(b, "C\xc3\xb4te d'Ivoire"), DN_OK);
    assert_int_equal(dn_node_add_alias(a, "</td><td>"), DN_OK);
    e = dn_graph_add_edge(g, a, b, DN_EDGE_CALL);
    add_ev(g, e, 0, 1, 0, "The man <script>x()</script> PHONED the side & more.", "phoned");
    add_ev(g, e, 1, 4, 100, "He held phone calls again.", "phone call");
    e = dn_graph_add_edge(g, b, a, DN_EDGE_MEETING);
    add_ev(g, e, 1, 2, 50, "They met \"in person\".", "met");
    e = dn_graph_add_edge(g, c, a, DN_EDGE_ACCUSATION);
    add_ev(g, e, 0, 3, 70, "Q blamed him.", "accused");
    e = dn_graph_add_edge(g, a, c, DN_EDGE_STATEMENT);
    e->count = 3;
    dn_graph_sort(g);
    return g;
}

static char *page(const dn_graph *g, const dn_report_opts *o, int want)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dn_error err;

    dn_error_clear(&err);
    assert_non_null(f);
    assert_int_equal(dn_report_write(g, o, f, &err), want);
    fclose(f);
    return buf;
}

static void test_structure(void **state)
{
    dn_graph *g = fixture();
    dn_report_opts o;
    char *html;
    const char *p[8];
    static const char *const order[] = {
        "<header class=\"page\">", "id=\"diagram\"", "id=\"key-actors\"",
        "id=\"actors\"", "id=\"interactions\"", "id=\"documents\"",
        "<footer>"};

    (void)state;
    dn_report_opts_init(&o);
    html = page(g, &o, DN_OK);
    assert_true(strncmp(html, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0);
    assert_non_null(strstr(html, "<meta charset=\"utf-8\">"));
    assert_non_null(strstr(html, "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""));
    assert_non_null(strstr(html, "@media print{"));
    assert_non_null(strstr(html, "thead{display:table-header-group}"));
    assert_non_null(strstr(html, "break-inside:avoid"));
    assert_int_equal(count(html, "<script"), 0);
    assert_int_equal(count(html, "<style>"), 1);
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        p[i] = strstr(html, order[i]);
        assert_non_null(p[i]);
        if (i)
            assert_true(p[i] > p[i - 1]);
    }
    /* one document: the title is made from it (escaped) */
    assert_non_null(strstr(html, "<title>Briefing</title>"));
    assert_non_null(strstr(html, "Evidence dated <b>2022-09-13</b> to <b>2022-09-20</b>"));
    assert_non_null(strstr(html, "<b>3</b> actors &#183; <b>4</b> interactions &#183; <b>4</b> evidence sentences &#183; <b>2</b> documents"));
    assert_non_null(strstr(html, "Filters: none (the whole graph)"));
    /* no diagram given: a visible note */
    assert_non_null(strstr(html, "<div class=\"missing\" id=\"diagram-missing\">"));
    /* every edge and actor has its anchor */
    for (size_t i = 0; i < g->n_edges; i++) {
        char id[32];
        snprintf(id, sizeof id, "id=\"edge-%zu\"", i);
        assert_int_equal(count(html, id), 1);
    }
    assert_int_equal(count(html, "id=\"node-person:a\""), 1);
    assert_int_equal(count(html, "id=\"node-state:b\""), 1);
    assert_int_equal(count(html, "id=\"node-org:c\""), 1);
    /* groups by type in type order; the imported count is explained */
    assert_true(strstr(html, "id=\"type-call\"") < strstr(html, "id=\"type-meeting\""));
    assert_true(strstr(html, "id=\"type-statement\"") < strstr(html, "id=\"type-accusation\""));
    assert_non_null(strstr(html, "3 of the 3 sightings came without evidence"));
    assert_non_null(strstr(html, "CAMEO <b>041</b> &#183; Goldstein <b>+1.0</b>"));
    free(html);
    dn_graph_free(g);
}

static void test_escaping(void **state)
{
    dn_graph *g = fixture();
    dn_report_opts o;
    char *html;

    (void)state;
    dn_report_opts_init(&o);
    o.title = "<i>T</i> & 'x'";
    o.filters = "ego \"<x>\"";
    html = page(g, &o, DN_OK);
    assert_int_equal(count(html, "<script"), 0);
    assert_int_equal(count(html, "<i>T</i>"), 0);
    assert_non_null(strstr(html, "<title>&lt;i&gt;T&lt;/i&gt; &amp; &#39;x&#39;</title>"));
    assert_non_null(strstr(html, "<b>ego &quot;&lt;x&gt;&quot;</b>"));
    assert_true(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;") >= 3);
    assert_non_null(strstr(html, "&lt;/td&gt;&lt;td&gt;"));
    assert_non_null(strstr(html, "Talks &amp; &quot;tension&quot; &lt;b&gt;"));
    /* invalid UTF-8 becomes U+FFFD; valid non-ASCII is kept */
    assert_non_null(strstr(html, "&quot;Q&quot; &amp; &#39;A&#39; \xef\xbf\xbd bad"));
    assert_non_null(strstr(html, "C\xc3\xb4te d&#39;Ivoire"));
    assert_null(strstr(html, "\xff"));
    assert_non_null(strstr(html, "The man &lt;script&gt;x()&lt;/script&gt; <mark>PHONED</mark> the side &amp; more."));
    free(html);
    dn_graph_free(g);
}

static void test_evidence_and_marks(void **state)
{
    dn_graph *g = fixture();
    char *html;

    (void)state;
    html = page(g, NULL, DN_OK);
    assert_int_equal(count(html, "<li class=\"evidence\">"), dn_graph_evidence_count(g));
    assert_int_equal(count(html, "<li class=\"evidence\">"), 4);
    /* found: whole phrase, case-insensitively; "met" at a word start */
    assert_non_null(strstr(html, "He held <mark>phone calls</mark> again.")); /* to the word end */
    assert_non_null(strstr(html, "They <mark>met</mark> &quot;in person&quot;."));
    /* not found: no mark */
    assert_non_null(strstr(html, "<blockquote class=\"sentence\">Q blamed him.</blockquote>"));
    assert_int_equal(count(html, "<mark>"), 3);
    /* the citation: document, sentence, date */
    assert_non_null(strstr(html, "<a href=\"#doc-1\">two.txt</a>, sentence 4, 2022-09-20"));
    free(html);
    dn_graph_free(g);
}

static void test_new_since(void **state)
{
    dn_graph *g = fixture();
    dn_report_opts o;
    dn_edge *call, *meet, *acc, *stmt;
    char *html, *sec, *end;

    (void)state;
    call = dn_graph_edge(g, dn_graph_node(g, "person:a"), dn_graph_node(g, "state:b"), DN_EDGE_CALL);
    meet = dn_graph_edge(g, dn_graph_node(g, "state:b"), dn_graph_node(g, "person:a"), DN_EDGE_MEETING);
    acc = dn_graph_edge(g, dn_graph_node(g, "org:c"), dn_graph_node(g, "person:a"), DN_EDGE_ACCUSATION);
    stmt = dn_graph_edge(g, dn_graph_node(g, "person:a"), dn_graph_node(g, "org:c"), DN_EDGE_STATEMENT);
    assert_string_equal(dn_report_first_seen(g, call), "2022-09-13");
    assert_string_equal(dn_report_first_seen(g, meet), "2022-09-20");
    assert_null(dn_report_first_seen(g, stmt));
    assert_false(dn_report_is_new(g, call, "2022-09-14"));
    assert_true(dn_report_is_new(g, meet, "2022-09-14"));
    assert_true(dn_report_is_new(g, meet, "2022-09-20"));  /* on the date */
    assert_false(dn_report_is_new(g, meet, "2022-09-21"));
    assert_false(dn_report_is_new(g, acc, "2022-09-14"));
    assert_false(dn_report_is_new(g, stmt, "2000-01-01")); /* undated */
    assert_true(dn_report_is_new(g, call, "2022-09-13"));

    dn_report_opts_init(&o);
    o.new_since = "2022-09-14";
    html = page(g, &o, DN_OK);
    sec = strstr(html, "<section class=\"new\" id=\"new\">");
    assert_non_null(sec);
    end = strstr(sec, "</section>");
    *end = '\0';
    assert_int_equal(count(sec, "class=\"new-edge\""), 1);
    {
        char want[64];
        snprintf(want, sizeof want, "<a href=\"#edge-%zu\">", meet->index);
        assert_non_null(strstr(sec, want));
    }
    assert_non_null(strstr(sec, "first seen 2022-09-20"));
    /* the section sits between the diagram and the key actors */
    assert_true(sec > strstr(html, "id=\"diagram\""));
    *end = '<';
    assert_true(sec < strstr(html, "id=\"key-actors\""));
    free(html);

    o.new_since = "2023-01-01";
    html = page(g, &o, DN_OK);
    assert_non_null(strstr(html, "No contact was first seen on or after this date."));
    free(html);

    o.new_since = "2022-9-1";
    html = page(g, &o, DN_EINVAL);
    free(html);
    dn_graph_free(g);
}

static void test_svg(void **state)
{
    dn_graph *g = fixture();
    dn_report_opts o;
    char *html;
    char svg[1024];
    const dn_edge *meet = dn_graph_edge(g, dn_graph_node(g, "state:b"), dn_graph_node(g, "person:a"), DN_EDGE_MEETING);

    (void)state;
    snprintf(svg, sizeof svg,
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
             "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"\n"
             " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
             "<!-- Generated by graphviz -->\n"
             "<svg width=\"10pt\" height=\"10pt\">\n"
             "<g id=\"svg&#45;node&#45;state:b\" class=\"node\">\n<title>n2</title>\n</g>\n"
             "<!-- n0&#45;&gt;n1 -->\n"
             "<g id=\"svg&#45;edge&#45;%zu\" class=\"edge\">\n<title>n2&#45;&gt;n0</title>\n"
             "<g id=\"a_svg&#45;edge&#45;%zu\"><a xlink:title=\"t\"><path d=\"M0,0\"/></a>\n</g>\n</g>\n"
             "<g id=\"clust1\" class=\"cluster\"><title>cluster_0</title></g>\n"
             "</svg>\n",
             meet->index, meet->index);
    dn_report_opts_init(&o);
    o.svg = svg;
    o.svg_prefix = "svg-";
    html = page(g, &o, DN_OK);
    assert_null(strstr(html, "<?xml"));
    assert_null(strstr(html, "<!DOCTYPE svg"));
    assert_null(strstr(html, "<!--"));
    assert_null(strstr(html, "diagram-missing"));
    assert_int_equal(count(html, "<svg width=\"10pt\" height=\"10pt\">"), 1);
    /* node n2 is g->nodes[2] (state:b): its tooltip, with its contacts */
    assert_string_equal(g->nodes[2]->id, "state:b");
    assert_non_null(strstr(html, "<title>C\xc3\xb4te d&#39;Ivoire (state): contacts made 1, received 2</title>"));
    assert_non_null(strstr(html, "<title>C\xc3\xb4te d&#39;Ivoire &#8594; &lt;script&gt;alert(1)&lt;/script&gt;: meeting &#215;1 (click for the evidence)</title>"));
    assert_non_null(strstr(html, "<title>cluster_0</title>")); /* untouched */
    /* each group's shapes are wrapped in a link to the entry, closed at
     * the group's own </g> (not at a nested one) */
    {
        char want[256];
        snprintf(want, sizeof want,
                 "(click for the evidence)</title>\n<a class=\"arrow\" "
                 "href=\"#edge-%zu\">\n<g id=\"a_svg&#45;edge&#45;%zu\"><a "
                 "xlink:title=\"t\"><path d=\"M0,0\"/></a>\n</g>\n</a></g>\n"
                 "<g id=\"clust1\"",
                 meet->index, meet->index);
        assert_non_null(strstr(html, want));
    }
    assert_non_null(strstr(html, "received 2</title>\n<a class=\"actor\" href=\"#node-state:b\">\n</a></g>"));
    assert_int_equal(count(html, "<a class=\"arrow\""), 1);
    assert_int_equal(count(html, "<a class=\"actor\""), 1);
    assert_non_null(strstr(html, "</svg>\n<figcaption>"));
    free(html);

    /* text without an <svg> element: the note */
    o.svg = "<?xml version=\"1.0\"?><html>no</html>";
    html = page(g, &o, DN_OK);
    assert_non_null(strstr(html, "diagram-missing"));
    assert_null(strstr(html, "<html>no"));
    free(html);
    dn_graph_free(g);
}

static void test_key_actors(void **state)
{
    dn_graph *g = fixture();
    dn_report_opts o;
    dn_report_measure m[2];
    double pr[3], bw[3];
    char *html, *t;

    (void)state;
    /* without measures: ranked by contacts made and received */
    html = page(g, NULL, DN_OK);
    assert_non_null(strstr(html, "id=\"key-actors-fallback\""));
    assert_non_null(strstr(html, "Contacts made<small>initiators</small>"));
    free(html);

    /* nodes in id order: org:c, person:a, state:b */
    pr[0] = 0.2; pr[1] = 0.5; pr[2] = 0.3;
    bw[0] = 0; bw[1] = 1e-17; bw[2] = 2; /* noise is not a rank */
    m[0] = (dn_report_measure){"PageRank", "influence", pr};
    m[1] = (dn_report_measure){"Betweenness", "brokers", bw};
    dn_report_opts_init(&o);
    o.measures = m;
    o.n_measures = 2;
    o.top = 2;
    html = page(g, &o, DN_OK);
    assert_null(strstr(html, "key-actors-fallback"));
    t = strstr(html, "<table class=\"key-actors\">");
    assert_non_null(t);
    *strstr(t, "</table>") = '\0';
    /* rows: the union of the top 2 of each, by PageRank: a, b */
    assert_int_equal(count(t, "<tr><td>"), 2);
    assert_true(strstr(t, "#node-person:a") < strstr(t, "#node-state:b"));
    assert_null(strstr(t, "#node-org:c"));
    assert_non_null(strstr(t, "<td class=\"num top\">0.500 <span class=\"rank\">(1)</span></td><td class=\"num\">0</td>"));
    assert_non_null(strstr(t, "<td class=\"num top\">0.300 <span class=\"rank\">(2)</span></td><td class=\"num top\">2.000 <span class=\"rank\">(1)</span></td>"));
    free(html);
    dn_graph_free(g);
}

static void test_empty_graph(void **state)
{
    dn_graph *g = dn_graph_new();
    char *html;

    (void)state;
    html = page(g, NULL, DN_OK);
    assert_non_null(strstr(html, "No dated evidence"));
    assert_non_null(strstr(html, "The graph has no interactions."));
    assert_non_null(strstr(html, "</html>\n"));
    free(html);
    dn_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_evidence_and_marks),
        cmocka_unit_test(test_new_since),
        cmocka_unit_test(test_svg),
        cmocka_unit_test(test_key_actors),
        cmocka_unit_test(test_empty_graph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
