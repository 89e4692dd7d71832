/*
 * cytoscape.c - the graph as Cytoscape.js JSON, which Cytoscape desktop
 * (File > Import > Network from File, .cyjs), cytoscape.js and
 * networkx.cytoscape_graph read:
 *
 *   {"format_version": "1.0", "generated_by": ..., "data": {"name", ...},
 *    "directed": true, "multigraph": true,
 *    "elements": {"nodes": [{"data": {"id", "value", "name", ...}}],
 *                 "edges": [{"data": {"id", "source", "target", "key",
 *                                     "interaction", ...}}]}}
 *
 * A node's id and value are its dipnet id (NetworkX takes value as the
 * node), name is its label (Cytoscape's label). An edge's interaction and
 * key are its type (NetworkX takes key as the multigraph key), name reads
 * "Source (type) Target" as Cytoscape names edges. Numeric node attributes
 * whose names clash with these reserved names get an "attr_" prefix. Each
 * element is printed by cJSON on its own line, so the file streams.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"
#include "util/util.h"

/* k must be a string literal and v must outlive the print (a string of the
 * graph): neither is copied. Absent values are left out. */
static int add_str(cJSON *o, const char *k, const char *v)
{
    cJSON *item;

    if (!v)
        return 1;
    if (!(item = cJSON_CreateStringReference(v)))
        return 0;
    cJSON_AddItemToObjectCS(o, k, item);
    return 1;
}

static const char *const reserved[] = {
    "id", "value", "name", "label", "type", "kind", "state", "iso",
    "cameo", "aliases", "shared_name", "selected", NULL};

static cJSON *node_json(const dn_node *n)
{
    cJSON *w = cJSON_CreateObject(), *o = cJSON_AddObjectToObject(w, "data");
    int ok = o != NULL;

    ok = ok && add_str(o, "id", n->id) && add_str(o, "value", n->id) &&
         add_str(o, "name", n->label) && add_str(o, "label", n->label) &&
         add_str(o, "type", dn_actor_type_name(n->type)) &&
         add_str(o, "kind", n->kind) && add_str(o, "state", n->state) &&
         add_str(o, "iso", n->iso) && add_str(o, "cameo", n->cameo);
    if (ok && n->n_aliases) {
        const char **v = (const char **)n->aliases;
        cJSON *a = cJSON_CreateStringArray(v, (int)n->n_aliases);
        ok = a && cJSON_AddItemToObject(o, "aliases", a);
    }
    for (size_t i = 0; ok && i < n->n_attrs; i++) {
        const char *name = n->attrs[i].name;
        char key[256];
        int clash = 0;
        for (const char *const *r = reserved; *r; r++)
            clash |= strcmp(*r, name) == 0;
        snprintf(key, sizeof key, "%s%s", clash ? "attr_" : "", name);
        ok = dn_exp_json_num(o, key, n->attrs[i].value); /* NaN: null */
    }
    if (!ok) {
        cJSON_Delete(w);
        return NULL;
    }
    return w;
}

static cJSON *edge_json(const dn_graph *g, const dn_edge *e)
{
    cJSON *w = cJSON_CreateObject(), *o = cJSON_AddObjectToObject(w, "data");
    const char *type = dn_edge_type_name(e->type);
    char id[32];
    dn_buf name;
    int ok = o != NULL;

    snprintf(id, sizeof id, "e%zu", e->index);
    dn_buf_init(&name);
    dn_buf_printf(&name, "%s (%s) %s", e->source->label, type,
                  e->target->label);
    ok = ok && !name.oom && cJSON_AddStringToObject(o, "id", id) &&
         add_str(o, "source", e->source->id) &&
         add_str(o, "target", e->target->id) && add_str(o, "key", type) &&
         add_str(o, "interaction", type) && add_str(o, "type", type) &&
         cJSON_AddStringToObject(o, "name", dn_buf_cstr(&name)) &&
         cJSON_AddNumberToObject(o, "count", (double)e->count) &&
         add_str(o, "cameo", e->cameo) &&
         (isnan(e->goldstein) ||
          dn_exp_json_num(o, "goldstein", e->goldstein)) &&
         cJSON_AddNumberToObject(o, "evidence_count", (double)e->n_evidence);
    dn_buf_free(&name);
    if (ok && e->n_evidence) {
        const dn_evidence *ev = &e->evidence[0];
        ok = add_str(o, "evidence_document", g->docs[ev->doc].id) &&
             add_str(o, "evidence_date", g->docs[ev->doc].date) &&
             cJSON_AddNumberToObject(o, "evidence_sentence",
                                     (double)ev->sentence) &&
             add_str(o, "evidence_text", ev->text);
    }
    if (!ok) {
        cJSON_Delete(w);
        return NULL;
    }
    return w;
}

static int cmp_doc(const void *a, const void *b)
{
    return strcmp((*(const dn_document *const *)a)->id,
                  (*(const dn_document *const *)b)->id);
}

/* A print buffer reused for every element. */
typedef struct pbuf {
    char *data;
    int cap;
} pbuf;

/* Prints o (and frees it) after lead; 0 on ENOMEM. */
static int put(FILE *f, pbuf *b, cJSON *o, const char *lead)
{
    while (o && !(b->cap && cJSON_PrintPreallocated(o, b->data, b->cap, 0))) {
        char *nd = b->cap < (1 << 28)
                       ? realloc(b->data, b->cap ? 2 * (size_t)b->cap : 4096)
                       : NULL;
        if (!nd) {
            cJSON_Delete(o);
            return 0;
        }
        b->data = nd;
        b->cap = b->cap ? 2 * b->cap : 4096;
    }
    if (!o)
        return 0;
    cJSON_Delete(o);
    fputs(lead, f);
    fputs(b->data, f);
    return 1;
}

int dn_export_cytoscape(dn_graph *g, FILE *f, dn_error *err)
{
    cJSON *meta = cJSON_CreateObject();
    pbuf b = {NULL, 0};
    int ok;

    dn_graph_sort(g);
    ok = meta && cJSON_AddStringToObject(meta, "name", "dipnet graph") &&
         add_str(meta, "generator", g->generator ? g->generator
                                                 : DN_GENERATOR);
    if (ok && g->n_docs) {
        cJSON *docs = cJSON_AddArrayToObject(meta, "documents");
        const dn_document **order = malloc(g->n_docs * sizeof *order);
        ok = docs && order;
        for (size_t i = 0; ok && i < g->n_docs; i++)
            order[i] = &g->docs[i];
        if (ok) /* by id, so that the order documents came in is lost */
            qsort(order, g->n_docs, sizeof *order, cmp_doc);
        for (size_t i = 0; ok && i < g->n_docs; i++) {
            cJSON *d = cJSON_CreateObject();
            ok = d && cJSON_AddItemToArray(docs, d) &&
                 add_str(d, "id", order[i]->id) &&
                 add_str(d, "title", order[i]->title) &&
                 add_str(d, "date", order[i]->date);
        }
        free(order);
    }
    if (!ok) {
        cJSON_Delete(meta);
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    fputs("{\"format_version\": \"1.0\", \"generated_by\": \"" DN_GENERATOR
          "\", \"target_cytoscapejs_version\": \"~2.1\",\n",
          f);
    ok = put(f, &b, meta, " \"data\": ");
    fputs(",\n \"directed\": true, \"multigraph\": true,\n"
          " \"elements\": {\"nodes\": [",
          f);
    for (size_t i = 0; ok && i < g->n_nodes; i++)
        ok = put(f, &b, node_json(g->nodes[i]), i ? ",\n  " : "\n  ");
    fputs("],\n \"edges\": [", f);
    for (size_t i = 0; ok && i < g->n_edges; i++)
        ok = put(f, &b, edge_json(g, g->edges[i]), i ? ",\n  " : "\n  ");
    free(b.data);
    if (!ok)
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    fputs("]}}\n", f);
    return dn_exp_finish(f, err);
}
