/*
 * gexf.c - the graph as GEXF for Gephi: version 1.3 (http://gexf.net/1.3,
 * the default) or 1.2draft (http://www.gexf.net/1.2draft, which NetworkX
 * before 3.6 reads).
 *
 * Attributes are declared in <attributes class="node|edge" mode="static">
 * with short ids ("n0".., "a<i>" for numeric attributes,
 * "e0"..) and titles equal to the names NetworkX and Gephi show. Nodes
 * carry label, viz:color (dn_export_state_color, the same for a state in
 * every file) and viz:size (8 + 4 * sqrt of the weighted degree). Edges
 * carry a unique id "e<index>", label and, in 1.3, kind = the interaction
 * type (Gephi keeps parallel edges of different kinds apart), weight =
 * count and viz:color by type. Absent values are left out.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"

typedef struct attdef {
    const char *id, *title, *type;
} attdef;

static const attdef node_atts[] = {
    {"n0", "type", "string"}, {"n1", "kind", "string"},
    {"n2", "state", "string"}, {"n3", "iso", "string"},
    {"n4", "cameo", "string"}, {"n5", "aliases", "string"}};
static const attdef edge_atts[] = {
    {"e0", "type", "string"},
    {"e1", "count", "long"},
    {"e2", "cameo", "string"},
    {"e3", "goldstein", "double"},
    {"e4", "evidence_count", "long"},
    {"e5", "evidence_document", "string"},
    {"e6", "evidence_date", "string"},
    {"e7", "evidence_sentence", "long"},
    {"e8", "evidence_text", "string"}};

#define N_OF(a) (sizeof(a) / sizeof(a)[0])

static void declare(FILE *f, const attdef *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f,
                "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
                a[i].id, a[i].title, a[i].type);
}

static void att(FILE *f, const char *id, const char *value)
{
    if (!value)
        return;
    fprintf(f, "          <attvalue for=\"%s\" value=\"", id);
    dn_exp_xml(f, value, 1);
    fputs("\"/>\n", f);
}

static void att_long(FILE *f, const char *id, long v)
{
    fprintf(f, "          <attvalue for=\"%s\" value=\"%ld\"/>\n", id, v);
}

static int write_node(FILE *f, const dn_node *n, const char **attr,
                      size_t n_attr, double strength)
{
    unsigned char rgb[3];
    char num[32], *al = NULL;
    size_t a = 0;

    if (n->n_aliases && !(al = dn_exp_join_aliases(n)))
        return DN_ENOMEM;
    fputs("      <node id=\"", f);
    dn_exp_xml(f, n->id, 1);
    fputs("\" label=\"", f);
    dn_exp_xml(f, n->label, 1);
    fputs("\">\n        <attvalues>\n", f);
    att(f, "n0", dn_actor_type_name(n->type));
    att(f, "n1", n->kind);
    att(f, "n2", n->state);
    att(f, "n3", n->iso);
    att(f, "n4", n->cameo);
    att(f, "n5", al);
    free(al);
    for (size_t i = 0; i < n->n_attrs; i++) {
        while (a < n_attr && strcmp(attr[a], n->attrs[i].name) != 0)
            a++;
        fprintf(f, "          <attvalue for=\"a%zu\" value=\"%s\"/>\n", a,
                dn_exp_num(num, n->attrs[i].value));
    }
    dn_export_state_color(n->state, rgb);
    fprintf(f,
            "        </attvalues>\n"
            "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n"
            "        <viz:size value=\"%s\"/>\n      </node>\n",
            rgb[0], rgb[1], rgb[2],
            dn_exp_num(num, floor((8.0 + 4.0 * sqrt(strength)) * 100.0 +
                                  0.5) / 100.0));
    return DN_OK;
}

static void write_edge(FILE *f, const dn_graph *g, const dn_edge *e,
                       dn_gexf_version v)
{
    const char *type = dn_edge_type_name(e->type);
    unsigned char rgb[3];
    char num[32];

    fprintf(f, "      <edge id=\"e%zu\" source=\"", e->index);
    dn_exp_xml(f, e->source->id, 1);
    fputs("\" target=\"", f);
    dn_exp_xml(f, e->target->id, 1);
    fprintf(f, "\" label=\"%s\"", type);
    if (v == DN_GEXF_1_3)
        fprintf(f, " kind=\"%s\"", type);
    fprintf(f, " weight=\"%ld\">\n        <attvalues>\n", e->count);
    att(f, "e0", type);
    att_long(f, "e1", e->count);
    att(f, "e2", e->cameo);
    if (!isnan(e->goldstein))
        att(f, "e3", dn_exp_num(num, e->goldstein));
    att_long(f, "e4", (long)e->n_evidence);
    if (e->n_evidence) {
        const dn_evidence *ev = &e->evidence[0];
        att(f, "e5", g->docs[ev->doc].id);
        att(f, "e6", g->docs[ev->doc].date);
        att_long(f, "e7", ev->sentence);
        att(f, "e8", ev->text);
    }
    dn_exp_type_color(e->type, rgb);
    fprintf(f,
            "        </attvalues>\n"
            "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n      </edge>\n",
            rgb[0], rgb[1], rgb[2]);
}

int dn_export_gexf(dn_graph *g, FILE *f, dn_gexf_version v, dn_error *err)
{
    const char **attr = NULL;
    size_t n_attr = 0;
    double *strength = NULL;
    int rc;

    dn_graph_sort(g);
    if ((rc = dn_exp_attr_names(g, &attr, &n_attr)) ||
        (g->n_nodes && !(strength = dn_exp_strength(g)))) {
        free(attr);
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    if (v == DN_GEXF_1_3)
        fputs("<gexf xmlns=\"http://gexf.net/1.3\" "
              "xmlns:viz=\"http://gexf.net/1.3/viz\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xsi:schemaLocation=\"http://gexf.net/1.3 "
              "http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
              f);
    else
        fputs("<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
              "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
              "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n",
              f);
    fputs("  <meta>\n    <creator>", f);
    dn_exp_xml(f, g->generator ? g->generator : DN_GENERATOR, 0);
    fputs("</creator>\n  </meta>\n"
          "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
          "    <attributes class=\"node\" mode=\"static\">\n",
          f);
    declare(f, node_atts, N_OF(node_atts));
    for (size_t i = 0; i < n_attr; i++) {
        fprintf(f, "      <attribute id=\"a%zu\" title=\"", i);
        dn_exp_xml(f, attr[i], 1);
        fputs("\" type=\"double\"/>\n", f);
    }
    fputs("    </attributes>\n"
          "    <attributes class=\"edge\" mode=\"static\">\n",
          f);
    declare(f, edge_atts, N_OF(edge_atts));
    fputs("    </attributes>\n    <nodes>\n", f);
    for (size_t i = 0; rc == DN_OK && i < g->n_nodes; i++)
        rc = write_node(f, g->nodes[i], attr, n_attr, strength[i]);
    free(attr);
    free(strength);
    if (rc != DN_OK)
        return dn_error_set(err, rc, NULL, 0, 0, "out of memory");
    fputs("    </nodes>\n    <edges>\n", f);
    for (size_t i = 0; i < g->n_edges; i++)
        write_edge(f, g, g->edges[i], v);
    fputs("    </edges>\n  </graph>\n</gexf>\n", f);
    return dn_exp_finish(f, err);
}
