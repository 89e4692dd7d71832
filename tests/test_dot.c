/*
 * test_dot.c - the briefing diagram library (include/dipnet/dot.h): the
 * escaping of any text for Graphviz, the golden DOT of the seed graph,
 * byte-identical output whatever the insertion order, DOT that cgraph reads
 * back with the same nodes, edges and labels, clusters, the legend listing
 * exactly the types present, --top by weighted degree and by PageRank,
 * --size-by, link ids, and rendering to SVG, PNG and PDF in memory.
 *
 * The fixtures are found through $DIPNET_ROOT (tests/run.sh sets it), else
 * the current directory. Regenerate the golden file after an intended change
 * of the picture with:
 *   build/dipnet dot fixtures/graphs/seed-gold.json -o fixtures/dot/seed-gold.dot
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/dot.h"
#include "dipnet/io.h"
#include "output/dot_build.h"
#include "util/util.h"

/* Under SAN=1, LeakSanitizer reads these: the leaks Graphviz 2.42 and its
 * font stack leave after a correct teardown (as in tests/lsan.supp). Never
 * our own code. Unused in other builds. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libgvc.so\nleak:libcgraph.so\nleak:libcdt.so\n"
           "leak:libgvplugin\nleak:libfontconfig.so\nleak:libpango\n"
           "leak:libcairo\nleak:libglib\n";
}

static char *fixture_path(const char *rel)
{
    const char *root = getenv("DIPNET_ROOT");
    dn_buf b;

    dn_buf_init(&b);
    dn_buf_printf(&b, "%s/%s", root && *root ? root : ".", rel);
    return dn_buf_take(&b);
}

static dn_graph *load_seed(void)
{
    char *path = fixture_path("fixtures/graphs/seed-gold.json");
    dn_graph *g = NULL;
    dn_error err;

    dn_error_clear(&err);
    assert_int_equal(dn_graph_read_json(path, &g, &err), DN_OK);
    free(path);
    return g;
}

static char *dot_of(const dn_graph *g, const dn_dot_options *o)
{
    char *s = NULL;
    size_t n = 0;
    dn_error err;

    dn_error_clear(&err);
    assert_int_equal(dn_dot_string(g, o, &s, &n, &err), DN_OK);
    assert_int_equal(strlen(s), n);
    return s;
}

static char *escaped(const char *s, int width, int html)
{
    dn_buf b;

    dn_buf_init(&b);
    if (html)
        dn_dot_escape_html(&b, s, width);
    else
        dn_dot_escape(&b, s, width);
    dn_buf_cstr(&b);
    return dn_buf_take(&b);
}

#define assert_escaped(in, width, html, want)                                \
    do {                                                                     \
        char *got_ = escaped(in, width, html);                               \
        assert_string_equal(got_, want);                                     \
        free(got_);                                                          \
    } while (0)

static void test_escape(void **state)
{
    (void)state;
    assert_escaped("C:\\path\\", 0, 0, "C:\\\\path\\\\");
    assert_escaped("\\N and \\n", 0, 0, "\\\\N and \\\\n");
    assert_escaped("two\nlines", 0, 0, "two\\nlines");
    assert_escaped("tab\there\x01", 0, 0, "tab here ");
    assert_escaped("bad \xff\xc0\xaf utf8", 0, 0,
                   "bad \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd utf8");
    assert_escaped("surrogate \xed\xa0\x80", 0, 0,
                   "surrogate \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    assert_escaped("quote \" <b> & emoji \xf0\x9f\x87\xa6\xf0\x9f\x87\xb2", 0,
                   0,
                   "quote \" <b> &amp; emoji \xf0\x9f\x87\xa6\xf0\x9f\x87\xb2");
    /* Graphviz decodes entities in labels: "&amp;" must stay visible */
    assert_escaped("&amp; &#45;", 0, 0, "&amp;amp; &amp;#45;");
    assert_escaped("R&D <Lab> \"x\" 'y'\nz\\", 0, 1,
                   "R&amp;D &lt;Lab&gt; &quot;x&quot; &#39;y&#39;<BR/>z\\");
    /* wrapping at spaces, words never cut */
    assert_escaped("General Staff of the Armed Forces of Armenia", 22, 0,
                   "General Staff of the\\nArmed Forces of\\nArmenia");
    assert_escaped("Supercalifragilisticexpialidocious word", 10, 0,
                   "Supercalifragilisticexpialidocious\\nword");
    /* width counts characters, not bytes */
    assert_escaped("Никол Пашинян", 13, 0, "Никол Пашинян");
    assert_escaped("", 10, 0, "");
    assert_escaped(NULL, 10, 0, "");
}

static void test_golden_seed(void **state)
{
    dn_graph *g = load_seed();
    char *path = fixture_path("fixtures/dot/seed-gold.dot");
    char *want = NULL, *got;
    size_t n;
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_read_file(path, DN_READ_MAX_DEFAULT, &want, &n, &err),
                     DN_OK);
    got = dot_of(g, NULL);
    assert_string_equal(got, want);
    free(got);
    free(want);
    free(path);
    dn_graph_free(g);
}

/* The same graph built in the reverse order gives the same bytes. */
static void test_deterministic(void **state)
{
    dn_graph *g = load_seed(), *r = dn_graph_new();
    char *a, *b, *c;

    (void)state;
    assert_non_null(r);
    for (size_t i = 0; i < g->n_docs; i++)
        dn_graph_add_document(r, g->docs[i].id, g->docs[i].title,
                              g->docs[i].date);
    for (size_t i = g->n_nodes; i-- > 0;)
        assert_non_null(dn_graph_copy_node(r, g->nodes[i]));
    for (size_t i = g->n_edges; i-- > 0;) {
        const dn_edge *e = g->edges[i];
        dn_edge *f = dn_graph_add_edge(r, dn_graph_node(r, e->source->id),
                                       dn_graph_node(r, e->target->id),
                                       e->type);
        assert_non_null(f);
        for (size_t k = 0; k < e->n_evidence; k++)
            assert_int_equal(dn_edge_add_evidence(r, f, &e->evidence[k]), 1);
    }
    a = dot_of(g, NULL);
    b = dot_of(g, NULL);
    c = dot_of(r, NULL);
    assert_string_equal(a, b);
    assert_string_equal(a, c);
    free(a);
    free(b);
    free(c);
    dn_graph_free(g);
    dn_graph_free(r);
}

static Agnode_t *node_with_id(Agraph_t *ag, const char *id)
{
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
        char *v = agget(n, (char *)"id");
        if (v && strcmp(v, id) == 0)
            return n;
    }
    return NULL;
}

/* The DOT text parses back with cgraph: every actor and edge, synthetic
 * names, the labels and ids as set, the clusters of the seed's states. */
static void test_read_back(void **state)
{
    dn_graph *g = load_seed();
    char *s = dot_of(g, NULL);
    Agraph_t *ag = agmemread(s);
    Agnode_t *n;
    Agraph_t *c;
    int edges = 0, clusters = 0;

    (void)state;
    assert_non_null(ag);
    assert_int_equal(agnnodes(ag), 25 + 1); /* actors and the legend */
    assert_int_equal(agnedges(ag), 25);
    n = node_with_id(ag, "node-org:general-staff-of-the-armed-forces-of-armenia");
    assert_non_null(n);
    assert_string_equal(agnameof(n), "n4");
    assert_string_equal(agget(n, (char *)"label"),
                        "General Staff of the\\nArmed Forces of\\nArmenia");
    assert_string_equal(agget(n, (char *)"shape"), "box");
    n = node_with_id(ag, "node-state:armenia");
    assert_non_null(n);
    assert_string_equal(agget(n, (char *)"shape"), "doubleoctagon");
    n = node_with_id(ag, "node-person:nikol-pashinyan");
    assert_string_equal(agget(n, (char *)"shape"), "ellipse");
    n = node_with_id(ag, "node-place:goris");
    assert_string_equal(agget(n, (char *)"shape"), "house");
    /* same state, same fill */
    assert_string_equal(
        agget(node_with_id(ag, "node-place:goris"), (char *)"fillcolor"),
        agget(node_with_id(ag, "node-state:armenia"), (char *)"fillcolor"));
    assert_string_not_equal(
        agget(node_with_id(ag, "node-state:azerbaijan"), (char *)"fillcolor"),
        agget(node_with_id(ag, "node-state:armenia"), (char *)"fillcolor"));
    for (n = agfstnode(ag); n; n = agnxtnode(ag, n))
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e)) {
            char *id = agget(e, (char *)"id");
            assert_non_null(id);
            assert_memory_equal(id, "edge-", 5);
            edges++;
            if (strcmp(agget(e, (char *)"style"), "bold") == 0)
                assert_string_equal(agget(e, (char *)"color"), "#d7191c");
        }
    assert_int_equal(edges, 25);
    /* clusters: Armenia, Azerbaijan, France, Russia, United States, in
     * name order; places and stateless bodies stay outside */
    for (c = agfstsubg(ag); c; c = agnxtsubg(c))
        clusters++;
    assert_int_equal(clusters, 5);
    for (clusters = 0; clusters < 5; clusters++) {
        static const char *const want[] = {"Armenia", "Azerbaijan", "France",
                                           "Russia", "United States"};
        char name[32];
        snprintf(name, sizeof name, "cluster_%d", clusters);
        assert_non_null(c = agsubg(ag, name, 0));
        assert_string_equal(agget(c, (char *)"label"), want[clusters]);
        if (clusters == 0) {
            assert_int_equal(agnnodes(c), 8); /* 4 bodies, 3 persons, state */
            assert_null(agsubnode(c, node_with_id(ag, "node-place:goris"), 0));
            assert_non_null(
                agsubnode(c, node_with_id(ag, "node-state:armenia"), 0));
        }
    }
    agclose(ag);
    free(s);
    dn_graph_free(g);
}

/* The legend's interaction rows name exactly the types drawn. */
static void assert_legend_types(Agraph_t *ag, unsigned mask)
{
    Agnode_t *l = agnode(ag, (char *)"legend", 0);
    const char *label;

    assert_non_null(l);
    label = agget(l, (char *)"label");
    assert_true(aghtmlstr((char *)label));
    for (int t = 0; t < DN_EDGE__COUNT; t++) {
        char cell[64];
        snprintf(cell, sizeof cell, "<TD ALIGN=\"LEFT\">%s</TD>",
                 dn_edge_type_name(t));
        if (mask & DN_EDGE_BIT(t))
            assert_non_null(strstr(label, cell));
        else
            assert_null(strstr(label, cell));
    }
}

static void test_legend(void **state)
{
    dn_graph *g = load_seed(), *h = dn_graph_new();
    Agraph_t *ag;
    dn_error err;
    dn_node *a, *b;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_dot_build(g, NULL, &ag, &err), DN_OK);
    /* the seed has every type but statement */
    assert_legend_types(ag, DN_EDGE_ALL & ~DN_EDGE_BIT(DN_EDGE_STATEMENT));
    agclose(ag);
    /* a graph of one call and one statement */
    a = dn_graph_add_node(h, "person:a", "A", DN_ACTOR_PERSON);
    b = dn_graph_add_node(h, "person:b", "B", DN_ACTOR_PERSON);
    dn_graph_add_edge(h, a, b, DN_EDGE_CALL)->count = 3;
    dn_graph_add_edge(h, b, a, DN_EDGE_STATEMENT)->count = 1;
    assert_int_equal(dn_dot_build(h, NULL, &ag, &err), DN_OK);
    assert_legend_types(ag, DN_EDGE_BIT(DN_EDGE_CALL) |
                                DN_EDGE_BIT(DN_EDGE_STATEMENT));
    /* count above one: "call ×3", a wider line than count 1 */
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n))
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e)) {
            if (strcmp(agget(e, (char *)"id"), "edge-0") == 0) {
                assert_string_equal(agget(e, (char *)"taillabel"),
                                    "call \xc3\x97" "3");
                assert_string_equal(agget(e, (char *)"tooltip"),
                                    "A \xe2\x86\x92 B: call, 3 times");
                assert_true(atof(agget(e, (char *)"penwidth")) > 1.4);
            } else {
                assert_string_equal(agget(e, (char *)"taillabel"), "");
                assert_string_equal(agget(e, (char *)"penwidth"), "1.20");
            }
        }
    agclose(ag);
    dn_graph_free(g);
    dn_graph_free(h);
}

static int has_node(Agraph_t *ag, const char *id)
{
    return node_with_id(ag, id) != NULL;
}

static void test_top_and_size(void **state)
{
    dn_graph *g = load_seed();
    dn_dot_options o;
    Agraph_t *ag;
    dn_error err;
    char *s;

    (void)state;
    dn_error_clear(&err);
    dn_dot_options_init(&o);
    /* weighted degree: Azerbaijani Armed Forces 6, Armenia 6, the
     * Azerbaijani Defense Ministry 4 */
    o.top_n = 3;
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_OK);
    assert_int_equal(agnnodes(ag), 3 + 1);
    assert_true(has_node(ag, "node-org:azerbaijani-armed-forces"));
    assert_true(has_node(ag, "node-state:armenia"));
    assert_true(has_node(ag, "node-org:ministry-of-defense-of-azerbaijan"));
    assert_int_equal(agnedges(ag), 3);
    /* names stay dense in id order among the drawn actors */
    assert_string_equal(agnameof(node_with_id(ag, "node-state:armenia")), "n2");
    agclose(ag);
    /* ties by id: top 1 of two actors with degree 6 */
    o.top_n = 1;
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_OK);
    assert_true(has_node(ag, "node-org:azerbaijani-armed-forces"));
    assert_int_equal(agnedges(ag), 0);
    agclose(ag);
    /* PageRank when annotated, even against the degree */
    dn_node_set_attr(dn_graph_node(g, "place:sotk"), "pagerank", 0.5);
    dn_node_set_attr(dn_graph_node(g, "person:sergey-lavrov"), "pagerank", 0.3);
    o.top_n = 2;
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_OK);
    assert_true(has_node(ag, "node-place:sotk"));
    assert_true(has_node(ag, "node-person:sergey-lavrov"));
    agclose(ag);
    s = dot_of(g, &o);
    assert_non_null(strstr(s, "top 2 of 25 actors by PageRank"));
    free(s);
    /* size by an attribute: the largest gets 22pt, one without it 10pt */
    o.top_n = 0;
    o.size_by = "pagerank";
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_OK);
    assert_string_equal(agget(node_with_id(ag, "node-place:sotk"),
                              (char *)"fontsize"), "22.00");
    assert_string_equal(agget(node_with_id(ag, "node-place:goris"),
                              (char *)"fontsize"), "10.00");
    agclose(ag);
    o.size_by = "betweenness";
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_EUSAGE);
    assert_null(ag);
    assert_non_null(strstr(err.msg, "betweenness"));
    o.size_by = NULL;
    o.layout = "spring";
    dn_error_clear(&err);
    assert_int_equal(dn_dot_build(g, &o, &ag, &err), DN_EUSAGE);
    dn_graph_free(g);
}

static void test_links(void **state)
{
    dn_graph *g = load_seed();
    dn_dot_options o;
    char *s;

    (void)state;
    dn_dot_options_init(&o);
    o.link_prefix = "svg-";
    o.url_prefix = "#";
    s = dot_of(g, &o);
    assert_non_null(strstr(s, "id=\"svg-node-person:nikol-pashinyan\""));
    assert_non_null(strstr(s, "URL=\"#node-person:nikol-pashinyan\""));
    assert_non_null(strstr(s, "id=\"svg-edge-24\""));
    assert_non_null(strstr(s, "URL=\"#edge-24\""));
    assert_null(strstr(s, "edge-25"));
    free(s);
    dn_graph_free(g);
}

static void test_render(void **state)
{
    dn_graph *g = load_seed();
    char *data = NULL;
    size_t n = 0;
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    assert_int_equal(dn_render(g, NULL, "svg", NULL, &data, &n, &err), DN_OK);
    assert_true(n > 1000);
    assert_non_null(strstr(data, "<svg"));
    assert_non_null(strstr(data, "id=\"node&#45;state:armenia\""));
    assert_non_null(strstr(data, "Military actions on the Armenian"));
    free(data);
    assert_int_equal(dn_render(g, NULL, "png", "neato", &data, &n, &err),
                     DN_OK);
    assert_memory_equal(data, "\x89PNG\r\n\x1a\n", 8);
    free(data);
    assert_int_equal(dn_render(g, NULL, "pdf", "fdp", &data, &n, &err),
                     DN_OK);
    assert_memory_equal(data, "%PDF", 4);
    free(data);
    assert_int_equal(dn_render(g, NULL, "nosuchformat", NULL, &data, &n, &err),
                     DN_EEXTERNAL);
    assert_null(data);
    assert_non_null(strstr(err.msg, "nosuchformat"));
    assert_non_null(strstr(err.msg, "dot -c"));
    dn_error_clear(&err);
    assert_int_equal(dn_render(g, NULL, "svg", "spring", &data, &n, &err),
                     DN_EUSAGE);
    dn_graph_free(g);
}

/* An empty graph still draws: a title and no legend. */
static void test_empty(void **state)
{
    dn_graph *g = dn_graph_new();
    char *s, *data = NULL;
    size_t n;
    dn_error err;

    (void)state;
    dn_error_clear(&err);
    s = dot_of(g, NULL);
    assert_non_null(strstr(s, "Interaction graph"));
    assert_non_null(strstr(s, "0 actors, 0 interactions"));
    assert_null(strstr(s, "legend"));
    free(s);
    assert_int_equal(dn_render(g, NULL, "svg", NULL, &data, &n, &err), DN_OK);
    free(data);
    dn_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_golden_seed),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_read_back),
        cmocka_unit_test(test_legend),
        cmocka_unit_test(test_top_and_size),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_render),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
