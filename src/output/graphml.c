/*
 * graphml.c - the graph as GraphML, for NetworkX (read_graphml), yEd and
 * Gephi.
 *
 * Every attribute is declared once as a <key> with attr.name and attr.type
 * (NetworkX refuses undeclared or untyped data): fixed node keys n0..n6,
 * one key "a<i>" per numeric node attribute (the sorted union over all
 * nodes), fixed edge keys e0..e9, and two yfiles keys (nodegraphics,
 * edgegraphics) whose y:NodeLabel / y:EdgeLabel make yEd show the labels
 * and state colours without its property mapper. Absent values are left
 * out (GraphML has no null); NaN is written "NaN". Edges carry the id
 * "e<index>" (unique, as Gephi requires) and the interaction type as data
 * "key" and "type".
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"

typedef struct keydef {
    const char *id, *name, *type;
} keydef;

static const keydef node_keys[] = {
    {"n0", "label", "string"}, {"n1", "type", "string"},
    {"n2", "kind", "string"},  {"n3", "state", "string"},
    {"n4", "iso", "string"},   {"n5", "cameo", "string"},
    {"n6", "aliases", "string"}};
static const keydef edge_keys[] = {
    {"e0", "key", "string"},
    {"e1", "type", "string"},
    {"e2", "count", "long"},
    {"e3", "cameo", "string"},
    {"e4", "goldstein", "double"},
    {"e5", "evidence_count", "long"},
    {"e6", "evidence_document", "string"},
    {"e7", "evidence_date", "string"},
    {"e8", "evidence_sentence", "long"},
    {"e9", "evidence_text", "string"}};

#define N_OF(a) (sizeof(a) / sizeof(a)[0])

static void data(FILE *f, const char *key, const char *value)
{
    if (!value)
        return;
    fprintf(f, "      <data key=\"%s\">", key);
    dn_exp_xml(f, value, 0);
    fputs("</data>\n", f);
}

static void data_long(FILE *f, const char *key, long v)
{
    fprintf(f, "      <data key=\"%s\">%ld</data>\n", key, v);
}

static void keys(FILE *f, const char *for_, const keydef *k, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f,
                "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" "
                "attr.type=\"%s\"/>\n",
                k[i].id, for_, k[i].name, k[i].type);
}

static int write_node(FILE *f, const dn_node *n, const char **attr,
                      size_t n_attr)
{
    unsigned char rgb[3];
    char num[32], *al;
    size_t a = 0;

    fputs("    <node id=\"", f);
    dn_exp_xml(f, n->id, 1);
    fputs("\">\n", f);
    data(f, "n0", n->label);
    data(f, "n1", dn_actor_type_name(n->type));
    data(f, "n2", n->kind);
    data(f, "n3", n->state);
    data(f, "n4", n->iso);
    data(f, "n5", n->cameo);
    if (n->n_aliases) {
        if (!(al = dn_exp_join_aliases(n)))
            return DN_ENOMEM;
        data(f, "n6", al);
        free(al);
    }
    /* n->attrs and attr are both sorted by name: walk them together */
    for (size_t i = 0; i < n->n_attrs; i++) {
        while (a < n_attr && attr[a] != n->attrs[i].name &&
               strcmp(attr[a], n->attrs[i].name) != 0)
            a++;
        fprintf(f, "      <data key=\"a%zu\">%s</data>\n", a,
                dn_exp_num(num, n->attrs[i].value));
    }
    dn_export_state_color(n->state, rgb);
    fprintf(f,
            "      <data key=\"yn\"><y:ShapeNode><y:Fill "
            "color=\"#%02X%02X%02X\" transparent=\"false\"/><y:NodeLabel>",
            rgb[0], rgb[1], rgb[2]);
    dn_exp_xml(f, n->label, 0);
    fputs("</y:NodeLabel></y:ShapeNode></data>\n    </node>\n", f);
    return DN_OK;
}

static void write_edge(FILE *f, const dn_graph *g, const dn_edge *e)
{
    const char *type = dn_edge_type_name(e->type);
    char num[32];

    fprintf(f, "    <edge id=\"e%zu\" source=\"", e->index);
    dn_exp_xml(f, e->source->id, 1);
    fputs("\" target=\"", f);
    dn_exp_xml(f, e->target->id, 1);
    fputs("\">\n", f);
    data(f, "e0", type);
    data(f, "e1", type);
    data_long(f, "e2", e->count);
    data(f, "e3", e->cameo);
    if (!isnan(e->goldstein))
        data(f, "e4", dn_exp_num(num, e->goldstein));
    data_long(f, "e5", (long)e->n_evidence);
    if (e->n_evidence) {
        const dn_evidence *ev = &e->evidence[0];
        data(f, "e6", g->docs[ev->doc].id);
        data(f, "e7", g->docs[ev->doc].date);
        data_long(f, "e8", ev->sentence);
        data(f, "e9", ev->text);
    }
    fprintf(f,
            "      <data key=\"ye\"><y:PolyLineEdge><y:Arrows source=\"none\" "
            "target=\"standard\"/><y:EdgeLabel>%s</y:EdgeLabel>"
            "</y:PolyLineEdge></data>\n    </edge>\n",
            type);
}

int dn_export_graphml(dn_graph *g, FILE *f, dn_error *err)
{
    const char **attr = NULL;
    size_t n_attr = 0;
    int rc;

    dn_graph_sort(g);
    if ((rc = dn_exp_attr_names(g, &attr, &n_attr)))
        return dn_error_set(err, rc, NULL, 0, 0, "out of memory");
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xmlns:y=\"http://www.yworks.com/xml/graphml\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n",
          f);
    fprintf(f, "  <!-- %s; yEd: labels and colours come through the yfiles "
               "keys; Edit > Properties Mapper maps any other key -->\n",
            DN_GENERATOR);
    keys(f, "node", node_keys, N_OF(node_keys));
    for (size_t i = 0; i < n_attr; i++) {
        fprintf(f, "  <key id=\"a%zu\" for=\"node\" attr.name=\"", i);
        dn_exp_xml(f, attr[i], 1);
        fputs("\" attr.type=\"double\"/>\n", f);
    }
    keys(f, "edge", edge_keys, N_OF(edge_keys));
    fputs("  <key id=\"yn\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
          "  <key id=\"ye\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"
          "  <key id=\"g0\" for=\"graph\" attr.name=\"generator\" "
          "attr.type=\"string\"/>\n"
          "  <graph id=\"G\" edgedefault=\"directed\">\n",
          f);
    fputs("    <data key=\"g0\">", f);
    dn_exp_xml(f, g->generator ? g->generator : DN_GENERATOR, 0);
    fputs("</data>\n", f);
    for (size_t i = 0; rc == DN_OK && i < g->n_nodes; i++)
        rc = write_node(f, g->nodes[i], attr, n_attr);
    for (size_t i = 0; rc == DN_OK && i < g->n_edges; i++)
        write_edge(f, g, g->edges[i]);
    free(attr);
    if (rc != DN_OK)
        return dn_error_set(err, rc, NULL, 0, 0, "out of memory");
    fputs("  </graph>\n</graphml>\n", f);
    return dn_exp_finish(f, err);
}
