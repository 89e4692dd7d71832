/*
 * jsonl.c - the graph as event data: JSON Lines, one object per evidence
 * entry (one reading of one interaction in one sentence), in the spirit of
 * GDELT's event table so that event-data users can load it beside GDELT
 * or ICEWS: date (YYYY-MM-DD) and sqldate (YYYYMMDD as a number, GDELT's
 * SQLDATE), actor1_* for the source and actor2_* for the target (id, name,
 * type, state, country_code = ISO 3166-1 alpha-3, code = CAMEO actor
 * code), event_type, event_code (CAMEO), event_root_code (its first two
 * digits), quad_class (GDELT's QuadClass, 1-4), goldstein,
 * source_document, document_title, sentence_number, sentence, trigger,
 * start and end (byte offsets) and edge_count. Absent
 * values are null, so every line has the same keys in the same order.
 *
 * Lines come in sorted edge order, then sorted evidence order. Each object
 * is built and printed by cJSON, one at a time.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"

static int put_str(cJSON *o, const char *k, const char *v)
{
    return (v ? cJSON_AddStringToObject(o, k, v) : cJSON_AddNullToObject(o, k))
           != NULL;
}

static int put_num(cJSON *o, const char *k, double v)
{
    return dn_exp_json_num(o, k, v); /* full precision; NaN is null */
}

static int actor(cJSON *o, const char *p, const dn_node *n)
{
    char k[32];
    int ok;

    snprintf(k, sizeof k, "%s_id", p);
    ok = put_str(o, k, n->id);
    snprintf(k, sizeof k, "%s_name", p);
    ok = ok && put_str(o, k, n->label);
    snprintf(k, sizeof k, "%s_type", p);
    ok = ok && put_str(o, k, dn_actor_type_name(n->type));
    snprintf(k, sizeof k, "%s_state", p);
    ok = ok && put_str(o, k, n->state);
    snprintf(k, sizeof k, "%s_country_code", p);
    ok = ok && put_str(o, k, n->iso);
    snprintf(k, sizeof k, "%s_code", p);
    return ok && put_str(o, k, n->cameo);
}

/* GDELT's QuadClass of a CAMEO root code: 1 verbal cooperation (01-05),
 * 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material
 * conflict (15-20); NAN (null) without a code. */
static double quad_class(const char *root)
{
    int r;

    if (!root[0] || root[0] < '0' || root[0] > '9' || root[1] < '0' ||
        root[1] > '9')
        return NAN;
    r = (root[0] - '0') * 10 + (root[1] - '0');
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : r <= 20 ? 4 : NAN;
}

static cJSON *event(const dn_graph *g, const dn_edge *e,
                    const dn_evidence *ev)
{
    const dn_document *d = &g->docs[ev->doc];
    cJSON *o = cJSON_CreateObject();
    double sqldate = NAN;
    char root[3] = {0};
    int ok = o != NULL;

    if (d->date && strlen(d->date) == 10) {
        char digits[9] = {d->date[0], d->date[1], d->date[2], d->date[3],
                          d->date[5], d->date[6], d->date[8], d->date[9], 0};
        sqldate = strtod(digits, NULL);
    }
    if (e->cameo && strlen(e->cameo) >= 2)
        memcpy(root, e->cameo, 2);
    ok = ok && put_str(o, "date", d->date) && put_num(o, "sqldate", sqldate) &&
         actor(o, "actor1", e->source) && actor(o, "actor2", e->target) &&
         put_str(o, "event_type", dn_edge_type_name(e->type)) &&
         put_str(o, "event_code", e->cameo) &&
         put_str(o, "event_root_code", root[0] ? root : NULL) &&
         put_num(o, "quad_class", quad_class(root)) &&
         put_num(o, "goldstein", e->goldstein) &&
         put_str(o, "source_document", d->id) &&
         put_str(o, "document_title", d->title) &&
         put_num(o, "sentence_number", (double)ev->sentence) &&
         put_str(o, "sentence", ev->text) && put_str(o, "trigger", ev->trigger) &&
         put_num(o, "start", (double)ev->start) &&
         put_num(o, "end", (double)ev->end) &&
         put_num(o, "edge_count", (double)e->count);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

int dn_export_jsonl(dn_graph *g, FILE *f, dn_error *err)
{
    dn_graph_sort(g);
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        for (size_t k = 0; k < e->n_evidence; k++) {
            cJSON *o = event(g, e, &e->evidence[k]);
            char *s = o ? cJSON_PrintUnformatted(o) : NULL;
            cJSON_Delete(o);
            if (!s)
                return dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                                    "out of memory");
            fputs(s, f);
            putc('\n', f);
            cJSON_free(s);
        }
        if (ferror(f))
            break;
    }
    return dn_exp_finish(f, err);
}
