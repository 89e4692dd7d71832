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

/* Keys are string literals and values outlive the object (they belong to
 * the graph), so neither is copied: one allocation per field, not three. */
static int put_str(cJSON *o, const char *k, const char *v)
{
    cJSON *item = v ? cJSON_CreateStringReference(v) : cJSON_CreateNull();

    if (!item)
        return 0;
    cJSON_AddItemToObjectCS(o, k, item);
    return 1;
}

static int put_num(cJSON *o, const char *k, double v)
{
    cJSON *item;

    if (isfinite(v) && v != floor(v))
        return dn_exp_json_num(o, k, v); /* full precision */
    /* whole numbers print exactly; NaN (absent) as null */
    if (!(item = isfinite(v) ? cJSON_CreateNumber(v) : cJSON_CreateNull()))
        return 0;
    cJSON_AddItemToObjectCS(o, k, item);
    return 1;
}

static int actor(cJSON *o, int which, const dn_node *n)
{
    static const char *const keys[2][6] = {
        {"actor1_id", "actor1_name", "actor1_type", "actor1_state",
         "actor1_country_code", "actor1_code"},
        {"actor2_id", "actor2_name", "actor2_type", "actor2_state",
         "actor2_country_code", "actor2_code"}};
    const char *const *k = keys[which];

    return put_str(o, k[0], n->id) && put_str(o, k[1], n->label) &&
           put_str(o, k[2], dn_actor_type_name(n->type)) &&
           put_str(o, k[3], n->state) && put_str(o, k[4], n->iso) &&
           put_str(o, k[5], n->cameo);
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
         actor(o, 0, e->source) && actor(o, 1, e->target) &&
         put_str(o, "event_type", dn_edge_type_name(e->type)) &&
         put_str(o, "event_code", e->cameo) &&
         (root[0] ? cJSON_AddStringToObject(o, "event_root_code", root)
                  : cJSON_AddNullToObject(o, "event_root_code")) &&
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
    char *buf = NULL;
    int cap = 0, rc = DN_OK;

    dn_graph_sort(g);
    for (size_t i = 0; rc == DN_OK && i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        for (size_t k = 0; rc == DN_OK && k < e->n_evidence; k++) {
            cJSON *o = event(g, e, &e->evidence[k]);
            /* print into one reused buffer, grown until the line fits */
            while (o && !(cap && cJSON_PrintPreallocated(o, buf, cap, 0))) {
                char *nb = cap < (1 << 28) ? realloc(buf, cap ? 2 * (size_t)cap
                                                              : 4096)
                                           : NULL;
                if (!nb) {
                    cJSON_Delete(o);
                    o = NULL;
                    break;
                }
                buf = nb;
                cap = cap ? 2 * cap : 4096;
            }
            if (!o) {
                rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                                  "out of memory");
                break;
            }
            cJSON_Delete(o);
            fputs(buf, f);
            putc('\n', f);
        }
        if (ferror(f))
            break;
    }
    free(buf);
    return rc == DN_OK ? dn_exp_finish(f, err) : rc;
}
