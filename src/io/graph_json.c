/*
 * graph_json.c - the native graph file: node-link JSON as NetworkX and d3
 * read it (networkx.node_link_graph(data, edges="edges")), see EVENTS.md.
 *
 * Reading walks the top-level object by hand and parses each node and edge
 * with cJSON on its own, validating every field while building a fresh
 * graph; any error frees that graph, so a file loads whole or not at all. Errors name the place: "FILE:LINE:COL: ..." for
 * syntax, "FILE: graph.edges[3].target: no node \"state:armenia\"" for
 * content. Duplicate keys (which cJSON accepts silently) are rejected, and
 * nesting deeper than DN_JSON_MAX_DEPTH is refused before parsing.
 *
 * Writing sorts the graph and prints one node or edge per line, by hand
 * through a 64 KB buffer, in exactly the bytes cJSON_PrintUnformatted
 * gave for each element (see the writing section), so output is
 * deterministic, diff-friendly and streams without building any tree.
 * read(write(g)) gives the same bytes.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "dipnet/io.h"
#include "graph/graph_private.h"
#include "util/json.h"
#include "util/util.h"

/* ---- reading ---------------------------------------------------------- */

typedef struct reader {
    const char *name; /* file name for messages */
    const char *data; /* the whole file */
    size_t len;
    dn_error *err;
    dn_graph *g;
    char path[256];   /* "graph.edges[3]" of the element being read */
} reader;

static int bad(reader *r, const char *field, const char *fmt, const char *arg)
{
    char msg[600];

    snprintf(msg, sizeof msg, fmt, arg ? arg : "");
    return dn_error_set(r->err, DN_EINVAL, r->name, 0, 0, "%s%s%s: %s",
                        r->path, field ? "." : "", field ? field : "", msg);
}

/* Reads an optional string field; NULL/absent gives *out = NULL. */
static int opt_string(reader *r, const cJSON *obj, const char *key,
                      const char **out)
{
    const cJSON *v = dn_json_get(obj, key);

    *out = NULL;
    if (!v || cJSON_IsNull(v))
        return DN_OK;
    if (!cJSON_IsString(v))
        return bad(r, key, "must be a string, not %s", dn_json_type_name(v));
    *out = v->valuestring;
    return DN_OK;
}

static int req_string(reader *r, const cJSON *obj, const char *key,
                      const char **out)
{
    int rc = opt_string(r, obj, key, out);

    if (rc == DN_OK && (!*out || !**out))
        return bad(r, key, "missing (a non-empty string is required)%s",
                   NULL);
    return rc;
}

static int req_long(reader *r, const cJSON *obj, const char *key, long min,
                    long *out, int required)
{
    const cJSON *v = dn_json_get(obj, key);

    if (!v) {
        if (required)
            return bad(r, key, "missing (an integer is required)%s", NULL);
        return DN_OK;
    }
    if (!cJSON_IsNumber(v) || v->valuedouble != floor(v->valuedouble) ||
        v->valuedouble < (double)min || v->valuedouble > 9.0e15)
        return dn_error_set(r->err, DN_EINVAL, r->name, 0, 0,
                            "%s.%s: must be an integer >= %ld", r->path, key,
                            min);
    *out = (long)v->valuedouble;
    return DN_OK;
}

static int check_date(reader *r, const char *field, const char *d)
{
    if (d && !dn_json_valid_date(d))
        return bad(r, field, "\"%s\" is not a date of the form YYYY-MM-DD",
                   d);
    return DN_OK;
}

static int only_keys(reader *r, const cJSON *obj, const char *const *keys)
{
    for (const cJSON *c = obj->child; c; c = c->next) {
        int known = 0;
        for (const char *const *k = keys; *k && !known; k++)
            known = c->string[0] == (*k)[0] && strcmp(c->string, *k) == 0;
        if (!known)
            return bad(r, c->string, "unknown field%s", NULL);
    }
    return DN_OK;
}

static int read_documents(reader *r, const cJSON *meta)
{
    static const char *const keys[] = {"generator", "documents", NULL};
    static const char *const doc_keys[] = {"id", "title", "date", NULL};
    const cJSON *docs, *d;
    const char *gen;
    int i = 0, rc;

    snprintf(r->path, sizeof r->path, "graph.graph");
    if (!cJSON_IsObject(meta))
        return bad(r, NULL, "must be an object%s", NULL);
    if ((rc = only_keys(r, meta, keys)) || (rc = opt_string(r, meta, "generator", &gen)))
        return rc;
    if (gen && dn_str_replace(&r->g->generator, gen))
        return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0, "out of memory");
    docs = dn_json_get(meta, "documents");
    if (!docs || cJSON_IsNull(docs))
        return DN_OK;
    if (!cJSON_IsArray(docs))
        return bad(r, "documents", "must be an array%s", NULL);
    cJSON_ArrayForEach(d, docs) {
        const char *id, *title, *date;
        snprintf(r->path, sizeof r->path, "graph.graph.documents[%d]", i++);
        if (!cJSON_IsObject(d))
            return bad(r, NULL, "must be an object%s", NULL);
        if ((rc = only_keys(r, d, doc_keys)) ||
            (rc = req_string(r, d, "id", &id)) ||
            (rc = opt_string(r, d, "title", &title)) ||
            (rc = opt_string(r, d, "date", &date)) ||
            (rc = check_date(r, "date", date)))
            return rc;
        if (dn_graph_document(r->g, id) >= 0)
            return bad(r, "id", "duplicate document \"%s\"", id);
        if (dn_graph_add_document(r->g, id, title, date) < 0)
            return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0,
                                "out of memory");
    }
    return DN_OK;
}

static const char *const node_keys[] = {"id", "label", "type", "kind",
                                        "state", "iso", "cameo", "aliases",
                                        NULL};

static int read_node(reader *r, const cJSON *o)
{
    const char *id, *label, *type, *kind, *state, *iso, *cameo;
    const cJSON *aliases, *a;
    dn_node *n;
    int t, rc;

    if (!cJSON_IsObject(o))
        return bad(r, NULL, "must be an object%s", NULL);
    if ((rc = req_string(r, o, "id", &id)) ||
        (rc = req_string(r, o, "label", &label)) ||
        (rc = req_string(r, o, "type", &type)) ||
        (rc = opt_string(r, o, "kind", &kind)) ||
        (rc = opt_string(r, o, "state", &state)) ||
        (rc = opt_string(r, o, "iso", &iso)) ||
        (rc = opt_string(r, o, "cameo", &cameo)))
        return rc;
    if ((t = dn_actor_type_parse(type)) < 0)
        return bad(r, "type",
                   "unknown actor type \"%s\" (types: state, person, "
                   "organization, place)", type);
    if (dn_graph_node(r->g, id))
        return bad(r, "id", "duplicate node id \"%s\"", id);
    if (!(n = dn_graph_add_node(r->g, id, label, (dn_actor_type)t)) ||
        dn_node_set_kind(n, kind) || dn_node_set_state(n, state) ||
        dn_node_set_iso(n, iso) || dn_node_set_cameo(n, cameo))
        goto nomem;
    aliases = dn_json_get(o, "aliases");
    if (aliases && !cJSON_IsNull(aliases)) {
        int i = 0;
        if (!cJSON_IsArray(aliases))
            return bad(r, "aliases", "must be an array of strings%s", NULL);
        /* dn_node_add_alias keeps aliases unique by a linear search */
        if (cJSON_GetArraySize(aliases) > DN_NODE_MAX_ALIASES)
            return dn_error_set(r->err, DN_ELIMIT, r->name, 0, 0,
                                "%s.aliases: more than %d aliases", r->path,
                                DN_NODE_MAX_ALIASES);
        cJSON_ArrayForEach(a, aliases) {
            if (!cJSON_IsString(a)) {
                char f[32];
                snprintf(f, sizeof f, "aliases[%d]", i);
                return bad(r, f, "must be a string%s", NULL);
            }
            if (dn_node_add_alias(n, a->valuestring))
                goto nomem;
            i++;
        }
    }
    /* Any other field is a numeric attribute (centralities written by
     * analyze --annotate); null stands for NaN. */
    for (const cJSON *c = o->child; c; c = c->next) {
        int known = 0;
        for (const char *const *k = node_keys; *k; k++)
            if (strcmp(c->string, *k) == 0)
                known = 1;
        if (known)
            continue;
        if (!cJSON_IsNumber(c) && !cJSON_IsNull(c))
            return bad(r, c->string,
                       "unknown field (extra node fields must be numbers)%s",
                       NULL);
        if (n->n_attrs >= DN_NODE_MAX_ATTRS) /* unique by linear search */
            return dn_error_set(r->err, DN_ELIMIT, r->name, 0, 0,
                                "%s: more than %d attributes", r->path,
                                DN_NODE_MAX_ATTRS);
        if (dn_node_set_attr(n, c->string,
                             cJSON_IsNull(c) ? NAN : c->valuedouble))
            goto nomem;
    }
    return DN_OK;
nomem:
    return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0, "out of memory");
}

static int read_evidence(reader *r, dn_edge *e, const cJSON *arr)
{
    static const char *const keys[] = {"document", "date", "sentence",
                                       "start", "end", "text", "trigger",
                                       NULL};
    char base[128];
    const cJSON *o;
    int i = 0, rc;

    snprintf(base, sizeof base, "%.120s", r->path);
    if (!cJSON_IsArray(arr))
        return bad(r, "evidence", "must be an array%s", NULL);
    cJSON_ArrayForEach(o, arr) {
        const char *doc, *date, *text, *trigger;
        dn_evidence ev;
        long d;

        memset(&ev, 0, sizeof ev);
        snprintf(r->path, sizeof r->path, "%.120s.evidence[%d]", base, i++);
        if (!cJSON_IsObject(o))
            return bad(r, NULL, "must be an object%s", NULL);
        if ((rc = only_keys(r, o, keys)) ||
            (rc = req_string(r, o, "document", &doc)) ||
            (rc = opt_string(r, o, "date", &date)) ||
            (rc = check_date(r, "date", date)) ||
            (rc = opt_string(r, o, "text", &text)) ||
            (rc = opt_string(r, o, "trigger", &trigger)) ||
            (rc = req_long(r, o, "sentence", 1, &ev.sentence, 1)) ||
            (rc = req_long(r, o, "start", 0, &ev.start, 1)) ||
            (rc = req_long(r, o, "end", 0, &ev.end, 1)))
            return rc;
        if (ev.end < ev.start)
            return bad(r, "end", "is before start%s", NULL);
        if ((d = dn_graph_document(r->g, doc)) < 0)
            return bad(r, "document",
                       "no document \"%s\" in graph.graph.documents", doc);
        if (date) {
            dn_document *D = &r->g->docs[d];
            if (D->date && strcmp(D->date, date) != 0)
                return bad(r, "date", "differs from the date of its "
                           "document (%s)", D->date);
            if (!D->date && dn_str_replace(&D->date, date))
                return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0,
                                    "out of memory");
        }
        ev.doc = (uint32_t)d;
        ev.text = (char *)text;
        ev.trigger = (char *)trigger;
        rc = dn_edge_add_evidence(r->g, e, &ev);
        if (rc < 0)
            return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0,
                                "out of memory");
        if (rc == 0)
            return bad(r, NULL, "duplicate evidence (same document, start "
                       "and end)%s", NULL);
    }
    snprintf(r->path, sizeof r->path, "%.120s", base);
    return DN_OK;
}

static int read_edge(reader *r, const cJSON *o)
{
    static const char *const keys[] = {"source", "target", "key", "type",
                                       "count", "cameo", "goldstein",
                                       "evidence", NULL};
    const char *src, *dst, *key, *type, *cameo;
    const cJSON *gs, *ev;
    dn_node *s, *t;
    dn_edge *e;
    long count = 0;
    int ty, rc;

    if (!cJSON_IsObject(o))
        return bad(r, NULL, "must be an object%s", NULL);
    if ((rc = only_keys(r, o, keys)) ||
        (rc = req_string(r, o, "source", &src)) ||
        (rc = req_string(r, o, "target", &dst)) ||
        (rc = req_string(r, o, "type", &type)) ||
        (rc = opt_string(r, o, "key", &key)) ||
        (rc = opt_string(r, o, "cameo", &cameo)) ||
        (rc = req_long(r, o, "count", 1, &count, 0)))
        return rc;
    if (!(s = dn_graph_node(r->g, src)))
        return bad(r, "source", "no node \"%s\"", src);
    if (!(t = dn_graph_node(r->g, dst)))
        return bad(r, "target", "no node \"%s\"", dst);
    if ((ty = dn_edge_type_parse(type)) < 0)
        return bad(r, "type",
                   "unknown interaction type \"%s\" (types: call, meeting, "
                   "appeal, statement, accusation, rejection, attack, "
                   "member_of)", type);
    if (key && strcmp(key, type) != 0)
        return bad(r, "key", "must repeat the type (\"%s\")", type);
    if (dn_graph_edge(r->g, s, t, (dn_edge_type)ty))
        return bad(r, NULL, "duplicate edge (same source, target and type "
                   "\"%s\")", type);
    if (!(e = dn_graph_add_edge(r->g, s, t, (dn_edge_type)ty)))
        goto nomem;
    if (dn_edge_set_cameo(r->g, e, cameo) != DN_OK)
        goto nomem;
    gs = dn_json_get(o, "goldstein");
    e->goldstein = NAN;
    if (gs && !cJSON_IsNull(gs)) {
        if (!cJSON_IsNumber(gs) || gs->valuedouble < -10.0 ||
            gs->valuedouble > 10.0)
            return bad(r, "goldstein", "must be a number from -10 to 10%s",
                       NULL);
        e->goldstein = gs->valuedouble;
    }
    ev = dn_json_get(o, "evidence");
    if (ev && !cJSON_IsNull(ev) && (rc = read_evidence(r, e, ev)))
        return rc;
    if (!count)
        count = e->n_evidence ? (long)e->n_evidence : 1;
    if (count < (long)e->n_evidence)
        return dn_error_set(r->err, DN_EINVAL, r->name, 0, 0,
                            "%s.count: %ld is less than the %zu evidence "
                            "entries", r->path, count, e->n_evidence);
    e->count = count;
    return DN_OK;
nomem:
    return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0, "out of memory");
}

/* The top level is walked by hand, and each node and edge is parsed by
 * cJSON on its own: memory stays small for big files, nodes are read before
 * edges whatever their order in the file, and a field error can name the
 * line and column of its element. */

typedef struct slice {
    size_t off, len;
} slice;

typedef struct slices {
    slice *v;
    size_t n, cap;
} slices;

static void skip_ws(const char *s, size_t len, size_t *pos)
{
    while (*pos < len && (s[*pos] == ' ' || s[*pos] == '\t' ||
                          s[*pos] == '\n' || s[*pos] == '\r'))
        (*pos)++;
}

static int syntax_at(reader *r, size_t off, const char *what)
{
    long line, col;

    dn_offset_to_line_col(r->data, r->len, off, &line, &col);
    return dn_error_set(r->err, DN_EPARSE, r->name, line, col,
                        "JSON syntax error: %s", what);
}

/* Places a content error that carries no position at element offset off. */
static int placed(reader *r, int rc, size_t off)
{
    if (rc != DN_OK && r->err && r->err->line == 0 && rc == r->err->code)
        dn_offset_to_line_col(r->data, r->len, off, &r->err->line,
                              &r->err->column);
    return rc;
}

/* Reads the elements of the array that starts at s[*pos] == '['. */
static int scan_array(reader *r, size_t *pos, slices *out)
{
    const char *s = r->data;
    size_t len = r->len;

    (*pos)++;
    skip_ws(s, len, pos);
    if (*pos < len && s[*pos] == ']') {
        (*pos)++;
        return DN_OK;
    }
    for (;;) {
        size_t end;
        skip_ws(s, len, pos);
        end = dn_json_value_end(s, len, *pos);
        if (end == (size_t)-1 || end == *pos)
            return syntax_at(r, end == (size_t)-1 ? len : *pos,
                             "value expected");
        if (dn_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v))
            return dn_error_set(r->err, DN_ENOMEM, r->name, 0, 0,
                                "out of memory");
        out->v[out->n].off = *pos;
        out->v[out->n].len = end - *pos;
        out->n++;
        *pos = end;
        skip_ws(s, len, pos);
        if (*pos < len && s[*pos] == ',') {
            (*pos)++;
            continue;
        }
        if (*pos < len && s[*pos] == ']') {
            (*pos)++;
            return DN_OK;
        }
        return syntax_at(r, *pos, "',' or ']' expected");
    }
}

static int parse_slice(reader *r, const slice *sl, cJSON **out)
{
    /* read_top checked the depth of the whole file */
    return dn_json_parse_slice(r->data, r->len, sl->off, sl->len, r->name, 0,
                               out, r->err);
}

static const char *const top_keys[] = {"directed", "multigraph", "graph",
                                       "nodes", "edges", "links", NULL};
enum { K_DIRECTED, K_MULTIGRAPH, K_GRAPH, K_NODES, K_EDGES, K_LINKS, K__N };

static int read_top(reader *r, slice *val, int *seen, slices *nodes,
                    slices *edges)
{
    const char *s = r->data;
    size_t len = r->len, pos = 0;
    size_t deep = dn_json_too_deep(s, len, DN_JSON_MAX_DEPTH);
    int rc;

    if (deep != (size_t)-1) {
        long line, col;
        dn_offset_to_line_col(s, len, deep, &line, &col);
        return dn_error_set(r->err, DN_ELIMIT, r->name, line, col,
                            "JSON nested deeper than %d levels",
                            DN_JSON_MAX_DEPTH);
    }
    skip_ws(s, len, &pos);
    if (pos == len)
        return dn_error_set(r->err, DN_EPARSE, r->name, 0, 0,
                            "empty file, JSON expected");
    if (s[pos] != '{') {
        cJSON *v = NULL;
        slice whole = {pos, len - pos};
        if ((rc = parse_slice(r, &whole, &v)))
            return rc;
        snprintf(r->path, sizeof r->path, "graph");
        rc = bad(r, NULL, "the file must hold a JSON object, not %s",
                 dn_json_type_name(v));
        cJSON_Delete(v);
        return rc;
    }
    pos++;
    skip_ws(s, len, &pos);
    if (pos < len && s[pos] == '}') {
        pos++;
        goto trailing;
    }
    for (;;) {
        size_t kend, key_off;
        int k;
        skip_ws(s, len, &pos);
        if (pos >= len || s[pos] != '"')
            return syntax_at(r, pos, "a key in double quotes expected");
        key_off = pos;
        kend = dn_json_value_end(s, len, pos);
        if (kend == (size_t)-1)
            return syntax_at(r, len, "unterminated string");
        for (k = 0; k < K__N; k++)
            if (kend - key_off - 2 == strlen(top_keys[k]) &&
                memcmp(s + key_off + 1, top_keys[k], kend - key_off - 2) == 0)
                break;
        pos = kend;
        skip_ws(s, len, &pos);
        if (pos >= len || s[pos] != ':')
            return syntax_at(r, pos, "':' expected");
        pos++;
        skip_ws(s, len, &pos);
        if (k == K__N) {
            snprintf(r->path, sizeof r->path, "graph.%.*s",
                     (int)(kend - key_off - 2 > 100 ? 100 : kend - key_off - 2),
                     s + key_off + 1);
            return placed(r, bad(r, NULL, "unknown field%s", NULL), key_off);
        }
        if (seen[k])
            return placed(r, dn_error_set(r->err, DN_EINVAL, r->name, 0, 0,
                                          "duplicate key \"%s\" in an object",
                                          top_keys[k]), key_off);
        seen[k] = 1;
        if ((k == K_NODES || k == K_EDGES || k == K_LINKS) && pos < len &&
            s[pos] == '[') {
            val[k].off = pos;
            if ((rc = scan_array(r, &pos, k == K_NODES ? nodes : edges)))
                return rc;
            val[k].len = pos - val[k].off;
        } else {
            size_t end = dn_json_value_end(s, len, pos);
            if (end == (size_t)-1 || end == pos)
                return syntax_at(r, end == (size_t)-1 ? len : pos,
                                 "value expected");
            val[k].off = pos;
            val[k].len = end - pos;
            pos = end;
        }
        skip_ws(s, len, &pos);
        if (pos < len && s[pos] == ',') {
            pos++;
            continue;
        }
        if (pos < len && s[pos] == '}') {
            pos++;
            break;
        }
        return syntax_at(r, pos, "',' or '}' expected");
    }
trailing:
    skip_ws(s, len, &pos);
    if (pos < len)
        return syntax_at(r, pos, "unexpected text after the JSON value");
    return DN_OK;
}

/* Parses a small top-level value (directed, multigraph, graph, or a
 * nodes/edges value that is not an array) and checks it. */
static int read_small(reader *r, const slice *sl, int k)
{
    cJSON *v = NULL;
    int rc;

    if ((rc = parse_slice(r, sl, &v)))
        return rc;
    snprintf(r->path, sizeof r->path, "graph");
    switch (k) {
    case K_DIRECTED:
        if (!cJSON_IsTrue(v))
            rc = bad(r, "directed", "must be true (dipnet graphs are "
                     "directed)%s", NULL);
        break;
    case K_MULTIGRAPH:
        if (!cJSON_IsTrue(v))
            rc = bad(r, "multigraph", "must be true (one edge per type)%s",
                     NULL);
        break;
    case K_GRAPH:
        rc = read_documents(r, v);
        break;
    default:
        rc = bad(r, top_keys[k], "must be an array, not %s",
                 dn_json_type_name(v));
    }
    cJSON_Delete(v);
    return placed(r, rc, sl->off);
}

static int read_elements(reader *r, const slices *sl, const char *what,
                         int (*fn)(reader *, const cJSON *))
{
    for (size_t i = 0; i < sl->n; i++) {
        cJSON *v = NULL;
        int rc;
        snprintf(r->path, sizeof r->path, "graph.%s[%zu]", what, i);
        if ((rc = parse_slice(r, &sl->v[i], &v)))
            return rc;
        rc = fn(r, v);
        cJSON_Delete(v);
        if (rc)
            return placed(r, rc, sl->v[i].off);
    }
    return DN_OK;
}

static int read_graph(reader *r)
{
    slice val[K__N];
    int seen[K__N] = {0};
    slices nodes = {0}, edges = {0};
    int rc;

    memset(val, 0, sizeof val);
    rc = read_top(r, val, seen, &nodes, &edges);
    if (rc == DN_OK && seen[K_EDGES] && seen[K_LINKS]) {
        snprintf(r->path, sizeof r->path, "graph");
        rc = placed(r, bad(r, "links", "give either \"edges\" or \"links\", "
                           "not both%s", NULL), val[K_LINKS].off);
    }
    for (int k = K_DIRECTED; rc == DN_OK && k <= K_GRAPH; k++)
        if (seen[k])
            rc = read_small(r, &val[k], k);
    if (rc == DN_OK && !seen[K_NODES]) {
        snprintf(r->path, sizeof r->path, "graph");
        rc = bad(r, "nodes", "missing (an array is required)%s", NULL);
    }
    for (int k = K_NODES; rc == DN_OK && k <= K_LINKS; k++)
        if (seen[k] && r->data[val[k].off] != '[')
            rc = read_small(r, &val[k], k);
    if (rc == DN_OK)
        rc = read_elements(r, &nodes, "nodes", read_node);
    if (rc == DN_OK)
        rc = read_elements(r, &edges, "edges", read_edge);
    free(nodes.v);
    free(edges.v);
    return rc;
}

int dn_graph_parse_json(const char *data, size_t len, const char *name,
                        dn_graph **out, dn_error *err)
{
    reader r;
    int rc;

    *out = NULL;
    memset(&r, 0, sizeof r);
    r.name = name;
    r.err = err;
    r.data = data;
    r.len = len;
    if (!(r.g = dn_graph_new()))
        return dn_error_set(err, DN_ENOMEM, name, 0, 0, "out of memory");
    rc = read_graph(&r);
    if (rc != DN_OK) {
        dn_graph_free(r.g);
        return rc;
    }
    *out = r.g;
    return DN_OK;
}

int dn_graph_read_json(const char *path, dn_graph **out, dn_error *err)
{
    char *data;
    size_t len;
    int rc;

    *out = NULL;
    if ((rc = dn_read_file(path, DN_READ_MAX_DEFAULT, &data, &len, err)))
        return rc;
    rc = dn_graph_parse_json(data, len,
                             strcmp(path, "-") == 0 ? "<stdin>" : path, out,
                             err);
    free(data);
    return rc;
}

/* ---- writing ---------------------------------------------------------- */

/* The writer prints by hand into a 64 KB buffer flushed with fwrite: a
 * dense graph has millions of evidence entries, and building, printing
 * and freeing a cJSON tree for each element cost a fifth of an
 * extraction. The bytes are exactly those cJSON 1.7.15's
 * cJSON_PrintUnformatted gave (tests/test_graph_write.c checks them):
 * objects as {"k":v,"k":v}, arrays as [a,b], no spaces; strings escape
 * '"' and '\\', \b \f \n \r \t by name and other bytes below 0x20 as
 * \u00xx with lower-case hex; every other byte (0x7f and UTF-8) is
 * copied raw.
 *
 * What repeats is formatted once (struct pre): each document's evidence
 * head, each node's escaped id (an edge writes two), each edge type's
 * "key"/"type" members, and each distinct number of a small cache. A
 * string is copied into the buffer eight bytes at a time while it is
 * checked for bytes that need an escape; only a string that holds one
 * takes the byte-by-byte path. */

#define JW_CAP 65536

typedef struct jw {
    FILE *f;     /* the file, or NULL to collect into mem */
    char *buf;   /* JW_CAP bytes */
    size_t len;  /* bytes waiting in buf */
    int failed;  /* an fwrite came short (or mem ran out of memory);
                    later writes do nothing */
    dn_buf *mem; /* the destination when f is NULL */
} jw;

/* Hands n bytes to the destination. */
static void jw_out(jw *w, const char *s, size_t n)
{
    if (w->failed || !n)
        return;
    if (w->f) {
        if (fwrite(s, 1, n, w->f) != n)
            w->failed = 1;
    } else {
        dn_buf_append(w->mem, s, n);
        w->failed = w->mem->oom;
    }
}

static void jw_flush(jw *w)
{
    jw_out(w, w->buf, w->len);
    w->len = 0;
}

/* The slow half of jw_put: a flush, and a long piece straight through. */
static void jw_put_long(jw *w, const char *s, size_t n)
{
    jw_flush(w);
    if (n >= JW_CAP) { /* a long sentence: straight through */
        jw_out(w, s, n);
        return;
    }
    memcpy(w->buf, s, n);
    w->len = n;
}

static inline void jw_put(jw *w, const char *s, size_t n)
{
    if (n > JW_CAP - w->len) {
        jw_put_long(w, s, n);
        return;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

#define JW_LIT(w, lit) jw_put((w), (lit), sizeof(lit) - 1)

static inline void jw_putc(jw *w, char c)
{
    if (w->len == JW_CAP)
        jw_flush(w);
    w->buf[w->len++] = c;
}

/* Bytes that cJSON's print_string escapes: below 0x20, '"' and '\\'. */
static int jw_escaped(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

/* Whether one of the eight bytes of v is below 0x20, a '"' or a '\\':
 * exact as a yes/no (the three has-less-than tests set a high bit only
 * when some byte qualifies; which one is for the byte loop to find). */
static inline int jw_word_escapes(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');

    return ((((v - ones * 0x20) & ~v) | ((q - ones) & ~q) |
             ((b - ones) & ~b)) & highs) != 0;
}

#ifdef __SSE2__
/* The same test on the sixteen bytes at p with SSE2 (every x86-64 has
 * it): a byte is below 0x20 when max(byte, 0x1f) is 0x1f. */
static inline int jw_block_escapes(__m128i v)
{
    const __m128i ctl = _mm_set1_epi8(0x1f);
    __m128i e = _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl);

    e = _mm_or_si128(e, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    e = _mm_or_si128(e, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return _mm_movemask_epi8(e) != 0;
}
#endif

/* Writes the n bytes at p escaped, then the closing quote: the path of
 * strings that hold a byte to escape, and of very long ones. */
static void jw_str_escape(jw *w, const unsigned char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *end = p + n;

    while (p < end) {
        const unsigned char *q = p;
        char e[6];
        size_t k = 2;

        while (q < end && !jw_escaped(*q))
            q++;
        if (q > p)
            jw_put(w, (const char *)p, (size_t)(q - p));
        if (q == end)
            break;
        e[0] = '\\';
        switch (*q) {
        case '"': e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        case '\b': e[1] = 'b'; break;
        case '\f': e[1] = 'f'; break;
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        default: /* cJSON: sprintf("u%04x") */
            e[1] = 'u';
            e[2] = '0';
            e[3] = '0';
            e[4] = hex[*q >> 4];
            e[5] = hex[*q & 15];
            k = 6;
        }
        jw_put(w, e, k);
        p = q + 1;
    }
    jw_putc(w, '"');
}

/* Writes the n bytes at s as a JSON string, quotes included, escaped as
 * cJSON does. A string with nothing to escape is copied sixteen (SSE2)
 * or eight bytes at a time straight into the buffer as it is checked;
 * the last, partial block is checked and copied as the block that ends
 * the string (overlapping bytes already done). At the first word that needs an escape, the bytes before
 * it stay written and jw_str_escape does the rest. */
static int jw_str_n(jw *w, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    char *o;
    size_t i = 0;
    uint64_t v;

    if (n + 2 > JW_CAP - w->len) {
        jw_flush(w);
        if (n + 2 > JW_CAP) {
            jw_putc(w, '"');
            jw_str_escape(w, p, n);
            return 1; /* not looked at: as if it held an escape */
        }
    }
    o = w->buf + w->len + 1;
    o[-1] = '"';
#ifdef __SSE2__
    if (n >= 16) {
        __m128i x;
        for (; i + 16 <= n; i += 16) {
            x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            if (jw_block_escapes(x))
                goto escape;
            _mm_storeu_si128((__m128i *)(void *)(o + i), x);
        }
        if (i < n) {
            x = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
            if (jw_block_escapes(x))
                goto escape;
            _mm_storeu_si128((__m128i *)(void *)(o + n - 16), x);
        }
    } else
#endif
    if (n >= 8) {
        for (; i + 8 <= n; i += 8) {
            memcpy(&v, p + i, 8);
            if (jw_word_escapes(v))
                goto escape;
            memcpy(o + i, &v, 8);
        }
        if (i < n) {
            memcpy(&v, p + n - 8, 8);
            if (jw_word_escapes(v))
                goto escape;
            memcpy(o + n - 8, &v, 8);
        }
    } else {
        for (; i < n; i++) {
            if (jw_escaped(p[i]))
                goto escape;
            o[i] = (char)p[i];
        }
    }
    o[n] = '"';
    w->len += n + 2;
    return 0;
escape:
    w->len += 1 + i;
    jw_str_escape(w, p + i, n - i);
    return 1;
}

static void jw_str(jw *w, const char *s)
{
    jw_str_n(w, s, strlen(s));
}

/* jw_istr's slow half: a long string, a dirty one, one not looked at
 * yet (its verdict is written into its header) or one without room. */
static void jw_istr_slow(jw *w, const char *s)
{
    uint32_t *hp = dn_istr_hdr(s), h = *hp;
    size_t n = h >> 2;

    if (n == DN_ISTR_LONG) {
        jw_str(w, s);
        return;
    }
    if ((h & 3) == DN_ISTR_DIRTY) {
        jw_str_n(w, s, n);
        return;
    }
    /* first sight (or no room: then the verdict is written again) */
    *hp = (h & ~3u) | (jw_str_n(w, s, n) ? DN_ISTR_DIRTY : DN_ISTR_CLEAN);
}

/* Copies the n bytes at s to d (apart): up to sixteen (names, codes,
 * triggers: most strings written) as two overlapping words, inline,
 * with no call to memcpy; 1 to 3 as the bytes at 0, n / 2 and n - 1.
 * Every byte read is one of the n. */
static inline void jw_copy(char *d, const char *s, size_t n)
{
    uint64_t a, b;
    uint32_t x, y;

    if (n > 16) {
        memcpy(d, s, n);
    } else if (n >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else if (n >= 4) {
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        memcpy(d, &x, 4);
        memcpy(d + n - 4, &y, 4);
    } else if (n) {
        d[0] = s[0];
        d[n / 2] = s[n / 2];
        d[n - 1] = s[n - 1];
    }
}

/* An interned string of the graph (graph_private.h): its length is in
 * its header, and so is whether it holds a byte to escape (the graph's
 * verdict, made when it copied the string in; for the few strings that
 * came without one, found at their first write); a clean one is copied
 * as it is, inline (an evidence entry writes two, an edge one more). The
 * writer then writes no headers: the lines of a million sentences stay
 * clean in the cache, none is written back. */
static inline void jw_istr(jw *w, const char *s)
{
    uint32_t h = *dn_istr_hdr(s);
    size_t n = h >> 2; /* DN_ISTR_LONG is more than fits */

    if ((h & 3) == DN_ISTR_CLEAN && n + 2 <= JW_CAP - w->len) {
        char *o = w->buf + w->len;
        o[0] = '"';
        jw_copy(o + 1, s, n);
        o[n + 1] = '"';
        w->len += n + 2;
        return;
    }
    jw_istr_slow(w, s);
}

/* Formats a number so that it reads back as exactly the same double, into
 * buf (40 bytes); returns its length. cJSON 1.7.15 prints 15 significant
 * digits whenever they come within its epsilon of the value, which loses
 * the last bits of values such as centralities; so non-integral numbers
 * take the fewest digits (15, 16 or 17) that round-trip, integers below
 * 1e15 are written digit by digit. NaN and infinities are null. */
static size_t num_format(char *buf, double v)
{
    if (isnan(v) || isinf(v)) {
        memcpy(buf, "null", 4);
        return 4;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        long long n = (long long)v;
        unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n
                                     : (unsigned long long)n;
        char tmp[24], *p = tmp + sizeof tmp;
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        if (n < 0)
            *--p = '-';
        memcpy(buf, p, (size_t)(tmp + sizeof tmp - p));
        return (size_t)(tmp + sizeof tmp - p);
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, 40, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return strlen(buf);
}

/* A cache of formatted numbers: Goldstein weights come from a short list,
 * and printing a non-integral one costs a snprintf and a strtod. Direct
 * mapped by the value's bits; zeroed when made (calloc), so that all 40
 * bytes of a slot can be copied. */
#define NUM_CACHE 64

typedef struct num_cache {
    uint64_t bits[NUM_CACHE];
    unsigned char len[NUM_CACHE]; /* 0: empty slot */
    char text[NUM_CACHE][40];
} num_cache;

/* jw_num's slow half: a number not in the cache (formatted into its
 * slot), or no room for a fixed-size copy. */
static __attribute__((noinline)) void jw_num_slow(jw *w, num_cache *c, size_t k, double v,
                                                  uint64_t bits)
{
    if (!c->len[k] || c->bits[k] != bits) {
        c->len[k] = (unsigned char)num_format(c->text[k], v);
        c->bits[k] = bits;
    }
    jw_put(w, c->text[k], c->len[k]);
}

/* A number through the cache: a hit with room in the buffer (every
 * Goldstein weight but the first of its value) is a fixed-size copy,
 * inline. */
static inline void jw_num(jw *w, num_cache *c, double v)
{
    uint64_t bits;
    size_t k;

    memcpy(&bits, &v, sizeof bits);
    k = (size_t)((bits * 0x9e3779b97f4a7c15ULL) >> 58);
    if (c->len[k] && c->bits[k] == bits && sizeof c->text[k] <= JW_CAP - w->len) {
        memcpy(w->buf + w->len, c->text[k], sizeof c->text[k]);
        w->len += c->len[k];
        return;
    }
    jw_num_slow(w, c, k, v, bits);
}

/* Writes the decimal digits of u (< 1e15) ending just before end, two at
 * a time; returns where they begin. Below 1e8 (every offset and count of
 * a real graph) the divisions are 32-bit ones, a multiply and a shift
 * each, where a 64-bit division by 100 takes a wide multiply and more. */
static inline char *jw_digits(char *end, unsigned long u)
{
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char *p = end;
    uint32_t v;

    while (u >= 100000000UL) {
        p -= 2;
        memcpy(p, pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    for (v = (uint32_t)u; v >= 100; v /= 100) {
        p -= 2;
        memcpy(p, pairs + 2 * (v % 100), 2);
    }
    u = v;
    if (u >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * u, 2);
    } else {
        *--p = (char)('0' + u);
    }
    return p;
}

/* The number of decimal digits of u (< 1e15): the bit length of v = u | 1
 * (0 has one digit, as 1 has) times log10(2) (1233 / 4096, close enough
 * below 2^64) gives the count or one less, which a comparison with a
 * power of ten settles (the powers above 1 are even: v is below one
 * when u is). */
static inline size_t jw_ndigits(unsigned long u)
{
    static const unsigned long pow10[] = {
        1UL, 10UL, 100UL, 1000UL, 10000UL, 100000UL, 1000000UL, 10000000UL,
        100000000UL, 1000000000UL, 10000000000UL, 100000000000UL,
        1000000000000UL, 10000000000000UL, 100000000000000UL,
        1000000000000000UL};
#if defined(__GNUC__)
    unsigned long v = u | 1;
    unsigned bits = (unsigned)(8 * sizeof v) - (unsigned)__builtin_clzl(v);
    size_t t = ((size_t)bits * 1233) >> 12;

    return t + 1 - (v < pow10[t]);
#else
    size_t n = 1;

    (void)pow10;
    for (; u >= 10000; u /= 10000)
        n += 4;
    return n + (u >= 10) + (u >= 100) + (u >= 1000);
#endif
}

/* An integer field (counts, offsets) as jw_num writes it as a double:
 * digits below 1e15 (two at a time, straight into the buffer when it
 * has room), num_format's rules beyond. */
static void jw_long(jw *w, long v)
{
    char buf[40];
    unsigned long u;
    size_t n;

    if (v <= -1000000000000000L || v >= 1000000000000000L) {
        jw_put(w, buf, num_format(buf, (double)v));
        return;
    }
    u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    n = jw_ndigits(u) + (v < 0);
    if (n > JW_CAP - w->len)
        jw_flush(w);
    jw_digits(w->buf + w->len + n, u);
    if (v < 0)
        w->buf[w->len] = '-';
    w->len += n;
}

/* The key of the next member: ",\"key\":", without the comma for the
 * first. key is a literal that needs no escaping. */
#define jw_key(w, first, key)                                                  \
    do {                                                                       \
        if (*(first))                                                          \
            JW_LIT((w), "\"" key "\":");                                       \
        else                                                                   \
            JW_LIT((w), ",\"" key "\":");                                      \
        *(first) = 0;                                                          \
    } while (0)

/* A member whose value is a string of the graph's: the key (kn bytes
 * at k, ",\"key\":" or "\"key\":") then the string, as jw_put and jw_istr
 * write them; a clean string (the common case) goes out with its key
 * after one check for room, inline. */
static inline __attribute__((always_inline)) void jw_key_istr(jw *w, const char *k, size_t kn,
                                                           const char *s)
{
    uint32_t h = *dn_istr_hdr(s);
    size_t n = h >> 2; /* DN_ISTR_LONG is more than fits */

    if ((h & 3) == DN_ISTR_CLEAN && kn + n + 2 <= JW_CAP - w->len) {
        char *o = w->buf + w->len;
        memcpy(o, k, kn);
        o[kn] = '"';
        jw_copy(o + kn + 1, s, n);
        o[kn + n + 1] = '"';
        w->len += kn + n + 2;
        return;
    }
    jw_put(w, k, kn);
    jw_istr(w, s);
}

/* A string member of the graph's (graph_private.h); left out when NULL. */
#define jw_opt_istr(w, first, key, v)                                          \
    do {                                                                       \
        const char *v_ = (v);                                                  \
        if (v_) {                                                              \
            if (*(first))                                                      \
                jw_key_istr((w), "\"" key "\":", sizeof("\"" key "\":") - 1, v_); \
            else                                                               \
                jw_key_istr((w), ",\"" key "\":", sizeof(",\"" key "\":") - 1,  \
                            v_);                                               \
            *(first) = 0;                                                      \
        }                                                                      \
    } while (0)

/* A string member; left out when v is NULL, as cJSON's callers did. */
#define jw_opt_str(w, first, key, v)                                           \
    do {                                                                       \
        const char *v_ = (v);                                                  \
        if (v_) {                                                              \
            jw_key((w), (first), key);                                         \
            jw_str((w), v_);                                                   \
        }                                                                      \
    } while (0)

static void write_meta(jw *w, const dn_graph *g)
{
    int first = 1;

    jw_putc(w, '{');
    jw_opt_str(w, &first, "generator", g->generator);
    jw_key(w, &first, "documents");
    jw_putc(w, '[');
    for (size_t i = 0; i < g->n_docs; i++) {
        int f = 1;
        if (i)
            jw_putc(w, ',');
        jw_putc(w, '{');
        jw_opt_str(w, &f, "id", g->docs[i].id);
        jw_opt_str(w, &f, "title", g->docs[i].title);
        jw_opt_str(w, &f, "date", g->docs[i].date);
        jw_putc(w, '}');
    }
    JW_LIT(w, "]}");
}

/* Pieces formatted once, kept in text as ranges [off[k], off[k + 1]):
 *   k = doc                  {"document":"ID","date":"DATE","sentence":
 *                            the opening of every evidence entry of doc
 *   k = n_docs + type        ,"key":"TYPE","type":"TYPE","count":
 *   k = n_docs + types + a   ,"type":"ACTOR"   a node's type (actor type a)
 *   k = n_docs + types + actors + 2i      {"source":"ID"   node i as an
 *                                         edge's source
 *   k = n_docs + types + actors + 2i + 1  ,"target":"ID"   and as its target
 * (the id quoted and escaped). The node ids are taken after the sort, in
 * index order. */
#define PRE_PAD 64 /* bytes readable past the end of the last piece */

typedef struct pre {
    dn_buf text;
    size_t *off;   /* n_docs + DN_EDGE__COUNT + DN_ACTOR__COUNT + 2 n_nodes +
                      1 offsets */
    size_t n_docs;
    num_cache nums;
} pre;

static size_t pre_len(const pre *p, size_t k)
{
    return p->off[k + 1] - p->off[k];
}

static const char *pre_at(const pre *p, size_t k)
{
    return p->text.data + p->off[k];
}

/* Each piece ends where the bytes flushed and those waiting in the
 * scratch buffer end: the buffer is flushed when full, not per piece. */
static int pre_build(pre *h, const dn_graph *g, char *scratch)
{
    jw m = {NULL, scratch, 0, 0, &h->text};
    size_t k = 0, room = PRE_PAD + 64 * (DN_EDGE__COUNT + DN_ACTOR__COUNT);

    dn_buf_init(&h->text);
    /* the pieces' size when nothing needs an escape (then it grows): one
     * block, not one that doubles behind the scratch buffer's flushes */
    for (size_t i = 0; i < g->n_docs; i++)
        room += 40 + strlen(g->docs[i].id) + (g->docs[i].date ? strlen(g->docs[i].date) : 0);
    for (size_t i = 0; i < g->n_nodes; i++)
        room += 2 * (16 + dn_istr_len(g->nodes[i]->id));
    dn_buf_reserve(&h->text, room);
    h->n_docs = g->n_docs;
    if (!(h->off = malloc((g->n_docs + DN_EDGE__COUNT + DN_ACTOR__COUNT + 2 * g->n_nodes + 1) *
                          sizeof *h->off)))
        return -1;
    h->off[k++] = 0;
    for (size_t i = 0; i < g->n_docs; i++) {
        int first = 1;
        jw_putc(&m, '{');
        jw_opt_str(&m, &first, "document", g->docs[i].id);
        jw_opt_str(&m, &first, "date", g->docs[i].date);
        jw_key(&m, &first, "sentence");
        h->off[k++] = h->text.len + m.len;
    }
    for (int t = 0; t < DN_EDGE__COUNT; t++) {
        const char *type = dn_edge_type_name((dn_edge_type)t);
        int first = 0;
        jw_opt_str(&m, &first, "key", type);
        jw_opt_str(&m, &first, "type", type);
        jw_key(&m, &first, "count");
        h->off[k++] = h->text.len + m.len;
    }
    for (int a = 0; a < DN_ACTOR__COUNT; a++) {
        int first = 0;
        jw_opt_str(&m, &first, "type", dn_actor_type_name((dn_actor_type)a));
        h->off[k++] = h->text.len + m.len;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        jw_key_istr(&m, "{\"source\":", sizeof "{\"source\":" - 1, g->nodes[i]->id);
        h->off[k++] = h->text.len + m.len;
        jw_key_istr(&m, ",\"target\":", sizeof ",\"target\":" - 1, g->nodes[i]->id);
        h->off[k++] = h->text.len + m.len;
    }
    jw_flush(&m);
    dn_buf_append(&h->text, (const char[PRE_PAD]){0}, PRE_PAD);
    return m.failed || h->text.oom ? -1 : 0;
}

/* Writes piece k, which pre_build left PRE_PAD bytes readable past: a
 * short piece (most: a document's head, an id with its key) goes as a
 * fixed-size copy, inline, with no call to memcpy. */
static inline void pre_put(jw *w, const pre *p, size_t k)
{
    size_t n = pre_len(p, k);

    if (n <= PRE_PAD && PRE_PAD <= JW_CAP - w->len) {
        memcpy(w->buf + w->len, pre_at(p, k), PRE_PAD);
        w->len += n;
        return;
    }
    jw_put(w, pre_at(p, k), n);
}

static void write_node(jw *w, pre *pr, const dn_node *n)
{
    int first = 1;

    jw_putc(w, '{');
    jw_opt_istr(w, &first, "id", n->id);
    jw_opt_istr(w, &first, "label", n->label);
    if (!first && (unsigned)n->type < DN_ACTOR__COUNT) /* (always) */
        pre_put(w, pr, pr->n_docs + DN_EDGE__COUNT + n->type);
    else
        jw_opt_str(w, &first, "type", dn_actor_type_name(n->type));
    jw_opt_istr(w, &first, "kind", n->kind);
    jw_opt_istr(w, &first, "state", n->state);
    jw_opt_istr(w, &first, "iso", n->iso);
    jw_opt_istr(w, &first, "cameo", n->cameo);
    if (n->n_aliases) {
        jw_key(w, &first, "aliases");
        jw_putc(w, '[');
        for (size_t i = 0; i < n->n_aliases; i++) {
            if (i)
                jw_key_istr(w, ",", 1, n->aliases[i]);
            else
                jw_istr(w, n->aliases[i]);
        }
        jw_putc(w, ']');
    }
    for (size_t i = 0; i < n->n_attrs; i++) {
        if (!first)
            jw_putc(w, ',');
        first = 0;
        jw_istr(w, n->attrs[i].name);
        jw_putc(w, ':');
        jw_num(w, &pr->nums, n->attrs[i].value);
    }
    jw_putc(w, '}');
}

/* Writes u (< 1e15) at o; returns the end. */
static inline char *put_digits(char *o, unsigned long u)
{
    size_t n = jw_ndigits(u);

    jw_digits(o + n, u);
    return o + n;
}

/* The bytes up to the text of an evidence entry: its document's head,
 * then sentence, start and end. Three numbers below 1e15 and a short head
 * (the common case) go into the buffer after one check for room. */
static void write_place(jw *w, pre *pr, const dn_evidence *ev)
{
    const unsigned long lim = 1000000000000000UL;
    size_t hl = pre_len(pr, ev->doc);
    char *o;

    if (hl > JW_CAP / 2 || (unsigned long)ev->sentence >= lim ||
        (unsigned long)ev->start >= lim || (unsigned long)ev->end >= lim) {
        int f = 0;
        jw_put(w, pre_at(pr, ev->doc), hl);
        jw_long(w, ev->sentence);
        jw_key(w, &f, "start");
        jw_long(w, ev->start);
        jw_key(w, &f, "end");
        jw_long(w, ev->end);
        return;
    }
    if (hl + PRE_PAD > JW_CAP - w->len) /* 3 x 15 digits, 16 bytes of keys */
        jw_flush(w);
    o = w->buf + w->len;
    if (hl <= PRE_PAD) /* (see pre_put) */
        memcpy(o, pre_at(pr, ev->doc), PRE_PAD);
    else
        memcpy(o, pre_at(pr, ev->doc), hl);
    o = put_digits(o + hl, (unsigned long)ev->sentence);
    memcpy(o, ",\"start\":", 9);
    o = put_digits(o + 9, (unsigned long)ev->start);
    memcpy(o, ",\"end\":", 7);
    o = put_digits(o + 7, (unsigned long)ev->end);
    w->len = (size_t)(o - w->buf);
}

static void write_edge(jw *w, pre *pr, const dn_edge *e)
{
    size_t ids = pr->n_docs + DN_EDGE__COUNT + DN_ACTOR__COUNT;
    int first = 0;

    pre_put(w, pr, ids + 2 * e->source->index);
    pre_put(w, pr, ids + 2 * e->target->index + 1);
    if ((unsigned)e->type < DN_EDGE__COUNT) {
        pre_put(w, pr, pr->n_docs + e->type);
    } else {
        jw_key(w, &first, "count");
    }
    if ((unsigned long)e->count < 10 && w->len < JW_CAP) /* most counts */
        w->buf[w->len++] = (char)('0' + e->count);
    else
        jw_long(w, e->count);
    jw_opt_istr(w, &first, "cameo", e->cameo);
    if (!isnan(e->goldstein)) {
        jw_key(w, &first, "goldstein");
        jw_num(w, &pr->nums, e->goldstein);
    }
    JW_LIT(w, ",\"evidence\":["); /* (first is 0 from the start) */
    for (size_t i = 0; i < e->n_evidence; i++) {
        const dn_evidence *ev = &e->evidence[i];
        int f = 0; /* the head ends with the first member */
        if (i)
            jw_putc(w, ',');
        write_place(w, pr, ev);
        jw_opt_istr(w, &f, "text", ev->text);
        jw_opt_istr(w, &f, "trigger", ev->trigger);
        jw_putc(w, '}');
    }
    JW_LIT(w, "]}");
}

/* Sorted edges lie all over memory, and so do their evidence lists,
 * nodes and sentences: writing edge i waits for cache misses unless they
 * were asked for ahead, in stages (an edge's fields must arrive before
 * they can point further): edge i + 12 itself (the line of its fields
 * and the next, where the graph keeps a one-entry evidence list: see
 * edge_cell in graph.c), the lists and nodes of edge i + 6, the first
 * two lines of the first sentence and the trigger of edge i + 3. */
static void prefetch_edges(const dn_graph *g, size_t i)
{
    size_t n = g->n_edges;

    if (i + 12 < n) {
        DN_PREFETCH(g->edges[i + 12]);
        DN_PREFETCH((const char *)g->edges[i + 12] + 64);
    }
    if (i + 6 < n) {
        const dn_edge *e = g->edges[i + 6];
        if (e->n_evidence > 1)
            DN_PREFETCH(e->evidence);
        DN_PREFETCH(e->source);
        DN_PREFETCH(e->target);
    }
    if (i + 3 < n) {
        const dn_edge *e = g->edges[i + 3];
        if (e->n_evidence && e->evidence[0].text) {
            DN_PREFETCH(e->evidence[0].text - 4);
            DN_PREFETCH(e->evidence[0].text + 60);
        }
        if (e->n_evidence && e->evidence[0].trigger)
            DN_PREFETCH(e->evidence[0].trigger - 4);
    }
}

int dn_graph_write_json(dn_graph *g, FILE *f, dn_error *err)
{
    jw w = {f, malloc(JW_CAP), 0, 0, NULL};
    pre *pr = calloc(1, sizeof *pr);

    dn_graph_sort(g);
    if (!w.buf || !pr || pre_build(pr, g, w.buf) != 0) {
        free(w.buf);
        if (pr) {
            dn_buf_free(&pr->text);
            free(pr->off);
        }
        free(pr);
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    JW_LIT(&w, "{\"directed\": true, \"multigraph\": true,\n \"graph\": ");
    write_meta(&w, g);
    JW_LIT(&w, ",\n \"nodes\": [");
    for (size_t i = 0; i < g->n_nodes && !w.failed; i++) {
        if (i)
            JW_LIT(&w, ",\n  ");
        else
            JW_LIT(&w, "\n  ");
        write_node(&w, pr, g->nodes[i]);
    }
    if (g->n_nodes)
        JW_LIT(&w, "\n ],\n \"edges\": [");
    else
        JW_LIT(&w, "],\n \"edges\": [");
    for (size_t i = 0; i < g->n_edges && !w.failed; i++) {
        prefetch_edges(g, i);
        if (i)
            JW_LIT(&w, ",\n  ");
        else
            JW_LIT(&w, "\n  ");
        write_edge(&w, pr, g->edges[i]);
    }
    if (g->n_edges)
        JW_LIT(&w, "\n ]}\n");
    else
        JW_LIT(&w, "]}\n");
    jw_flush(&w);
    free(w.buf);
    dn_buf_free(&pr->text);
    free(pr->off);
    free(pr);
    if (w.failed || ferror(f))
        return dn_error_set(err, DN_EIO, NULL, 0, 0, "write error: %s",
                            strerror(errno ? errno : EIO));
    return DN_OK;
}

int dn_graph_save_json(dn_graph *g, const char *path, dn_error *err)
{
    dn_out *o = dn_out_open(path, err);
    int rc;

    if (!o)
        return err->code;
    rc = dn_graph_write_json(g, dn_out_file(o), err);
    if (rc != DN_OK) {
        if (!err->file[0])
            snprintf(err->file, sizeof err->file, "%s", dn_out_name(o));
        dn_out_abort(o);
        return rc;
    }
    return dn_out_commit(o, err);
}
