/*
 * filter.c - views of a graph: interaction types, evidence dates, minimum
 * count, an ego network, the state-level aggregation, and finding an actor
 * by the name a user types (see include/dipnet/filter.h).
 *
 * Every function here builds a new graph and leaves its input alone. The
 * pipeline of dn_filter_apply is:
 *
 *   g --(level_state)--> aggregated --(types, dates, min_count)--> kept
 *     edges --(ego, radius)--> ball of nodes --> out (sorted)
 *
 * Edges are decided first into a keep[] array over the working graph's
 * edges (with the count each keeps once the dates have removed evidence);
 * the ego ball is a breadth-first search over the kept edges taken as
 * undirected; the output is then built in one pass, nodes in the working
 * graph's order, so indices never depend on hash order. dn_graph_sort
 * ends every build.
 *
 * Dates: an evidence entry is dated by its document. With a date bound
 * set, evidence of an undated document is dropped, and so are counts that
 * came without evidence (imports): their date is unknown. An edge's count
 * becomes the number of its evidence entries inside the range.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dipnet/filter.h"
#include "util/json.h"
#include "util/util.h"

void dn_filter_init(dn_filter *f)
{
    memset(f, 0, sizeof *f);
    f->radius = 1;
}

static int types_active(unsigned types)
{
    return types && (types & DN_EDGE_ALL) != DN_EDGE_ALL;
}

int dn_filter_active(const dn_filter *f)
{
    return types_active(f->types) || f->since || f->until ||
           f->min_count > 0 || f->ego || f->level_state;
}


/* ---- finding an actor ------------------------------------------------- */

/* Finds by id, then label, then alias. Returns the node, or NULL with
 * *ambiguous set to 1 when two actors share the name at the level where it
 * first matched. */
static dn_node *find_actor(const dn_graph *g, const char *name,
                           int *ambiguous)
{
    dn_node *hit = NULL;

    *ambiguous = 0;
    if (!name || !*name)
        return NULL;
    if ((hit = dn_graph_node(g, name)))
        return hit;
    for (size_t i = 0; i < g->n_nodes; i++)
        if (strcasecmp(g->nodes[i]->label, name) == 0) {
            if (hit) {
                *ambiguous = 1;
                return NULL;
            }
            hit = g->nodes[i];
        }
    if (hit)
        return hit;
    for (size_t i = 0; i < g->n_nodes; i++) {
        const dn_node *n = g->nodes[i];
        for (size_t k = 0; k < n->n_aliases; k++)
            if (strcasecmp(n->aliases[k], name) == 0) {
                if (hit) {
                    *ambiguous = 1;
                    return NULL;
                }
                hit = g->nodes[i];
                break;
            }
    }
    return hit;
}

dn_node *dn_graph_find_actor(const dn_graph *g, const char *name)
{
    int ambiguous;

    return find_actor(g, name, &ambiguous);
}

/* ---- aggregation to states ------------------------------------------- */

/* 1 when n is folded into its state: it names a state and is not the
 * state itself, an IGO or an NGO. */
static int folds_into_state(const dn_node *n)
{
    if (!n->state || !*n->state || n->type == DN_ACTOR_STATE)
        return 0;
    if (n->type == DN_ACTOR_ORGANIZATION && n->kind &&
        (strcmp(n->kind, "igo") == 0 || strcmp(n->kind, "ngo") == 0))
        return 0;
    return 1;
}

static int cmp_state_label(const void *a, const void *b)
{
    const dn_node *x = *(const dn_node *const *)a;
    const dn_node *y = *(const dn_node *const *)b;
    int c = strcmp(x->label, y->label);

    return c ? c : strcmp(x->id, y->id);
}

/* The node of g that stands for the state labelled name: the state node
 * with id state:<slug>, else a state node with that label (looked up in
 * `states`, g's state nodes sorted by label then id, when given; a scan
 * otherwise). NULL when g has none. */
static const dn_node *state_node_of(const dn_graph *g, const char *name,
                                    const char *slug_id,
                                    dn_node *const *states, size_t n_states)
{
    const dn_node *n = dn_graph_node(g, slug_id);

    if (n && n->type == DN_ACTOR_STATE)
        return n;
    if (states) {
        size_t lo = 0, hi = n_states;
        while (lo < hi) { /* first entry whose label is >= name */
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(states[mid]->label, name) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < n_states && strcmp(states[lo]->label, name) == 0
                   ? states[lo]
                   : NULL;
    }
    for (size_t i = 0; i < g->n_nodes; i++)
        if (g->nodes[i]->type == DN_ACTOR_STATE &&
            strcmp(g->nodes[i]->label, name) == 0)
            return g->nodes[i];
    return NULL;
}

/* Copies the documents of src into dst, in the same order, so evidence
 * document indices stay valid. */
static int copy_docs(dn_graph *dst, const dn_graph *src)
{
    for (size_t i = 0; i < src->n_docs; i++)
        if (dn_graph_add_document(dst, src->docs[i].id, src->docs[i].title,
                                  src->docs[i].date) != (long)i)
            return -1;
    return 0;
}

/* Adds edge se of the source graph as (s, t) in dst: evidence (all of it,
 * or only that selected by keep_ev), counts without evidence when
 * with_extra, and the smallest CAMEO code with its Goldstein weight. */
static int copy_edge(dn_graph *dst, const dn_edge *se, dn_node *s,
                     dn_node *t, const unsigned char *keep_ev,
                     int with_extra)
{
    dn_edge *de = dn_graph_edge(dst, s, t, se->type);
    int fresh = !de;

    if (!de && !(de = dn_graph_add_edge(dst, s, t, se->type)))
        return -1;
    if (se->cameo &&
        (fresh || !de->cameo || strcmp(se->cameo, de->cameo) < 0)) {
        if (dn_edge_set_cameo(dst, de, se->cameo) != DN_OK)
            return -1;
        de->goldstein = se->goldstein;
    } else if (fresh && !se->cameo) {
        if (dn_edge_set_cameo(dst, de, NULL) != DN_OK)
            return -1;
        de->goldstein = se->goldstein;
    }
    for (size_t k = 0; k < se->n_evidence; k++)
        if ((!keep_ev || keep_ev[k]) &&
            dn_edge_add_evidence(dst, de, &se->evidence[k]) < 0)
            return -1;
    if (with_extra && se->count > (long)se->n_evidence)
        de->count += se->count - (long)se->n_evidence;
    return 0;
}

int dn_graph_aggregate_states(const dn_graph *g, dn_graph **out,
                              dn_error *err)
{
    dn_graph *a = dn_graph_new();
    dn_node **map = NULL, **states = NULL;
    size_t n_states = 0;
    char *sid = NULL;
    int rc = DN_ENOMEM;

    *out = NULL;
    if (!a || copy_docs(a, g) != 0)
        goto fail;
    if (g->n_nodes && !(map = calloc(g->n_nodes, sizeof *map)))
        goto fail;
    if (!(states = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *states)))
        goto fail;
    for (size_t i = 0; i < g->n_nodes; i++)
        if (g->nodes[i]->type == DN_ACTOR_STATE)
            states[n_states++] = g->nodes[i];
    if (n_states > 1)
        qsort(states, n_states, sizeof *states, cmp_state_label);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const dn_node *n = g->nodes[i];
        const dn_node *sn;

        if (!folds_into_state(n)) {
            if (!(map[i] = dn_graph_copy_node(a, n)))
                goto fail;
            continue;
        }
        free(sid);
        if (!(sid = dn_make_id("state", n->state)))
            goto fail;
        if ((sn = state_node_of(g, n->state, sid, states, n_states))) {
            map[i] = dn_graph_copy_node(a, sn);
        } else {
            map[i] = dn_graph_add_node(a, sid, n->state, DN_ACTOR_STATE);
            if (map[i] && !map[i]->state &&
                dn_node_set_state(map[i], n->state) != DN_OK)
                goto fail;
            if (map[i] && n->iso && !map[i]->iso &&
                dn_node_set_iso(map[i], n->iso) != DN_OK)
                goto fail;
        }
        if (!map[i])
            goto fail;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        if (copy_edge(a, e, map[e->source->index], map[e->target->index],
                      NULL, 1) != 0)
            goto fail;
    }
    dn_graph_sort(a);
    *out = a;
    a = NULL;
    rc = DN_OK;
fail:
    free(sid);
    free(map);
    free(states);
    dn_graph_free(a);
    if (rc != DN_OK)
        dn_error_set(err, rc, NULL, 0, 0,
                     "out of memory while aggregating to states");
    return rc;
}

/* ---- the filter ------------------------------------------------------- */

/* 1 when document d of g is dated inside [since, until]. */
static int doc_in_range(const dn_graph *g, uint32_t d, const dn_filter *f)
{
    const char *date = g->docs[d].date;

    if (!date || !dn_json_valid_date(date))
        return 0;
    if (f->since && strcmp(date, f->since) < 0)
        return 0;
    if (f->until && strcmp(date, f->until) > 0)
        return 0;
    return 1;
}

/* Resolves the ego in w (the working graph); with level_state, a name
 * that is not in w is looked up in the original graph g and mapped to its
 * state. Returns the node of w or NULL with err set. */
static dn_node *resolve_ego(const dn_graph *g, const dn_graph *w,
                            const dn_filter *f, dn_error *err)
{
    int amb = 0;
    dn_node *n = find_actor(w, f->ego, &amb);

    if (!n && !amb && w != g) {
        dn_node *o = find_actor(g, f->ego, &amb);
        if (o && folds_into_state(o)) {
            char *sid = dn_make_id("state", o->state);
            const dn_node *sn =
                sid ? state_node_of(w, o->state, sid, NULL, 0) : NULL;
            free(sid);
            if (sn)
                return w->nodes[sn->index];
        } else if (o) {
            n = dn_graph_node(w, o->id);
        }
    }
    if (!n)
        dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                     amb ? "actor \"%s\" is ambiguous: give its id"
                         : "no actor \"%s\" in the graph (give an id, a "
                           "label or an alias)",
                     f->ego);
    return n;
}

/* Marks in in_ball[] the nodes within radius hops of ego over the kept
 * edges, taken as undirected. Adjacency in CSR form. */
static int ego_ball(const dn_graph *w, const unsigned char *keep,
                    size_t ego, int radius, unsigned char *in_ball)
{
    size_t n = w->n_nodes, *off = NULL, *adj = NULL, *queue = NULL;
    int *dist = NULL, rc = -1;
    size_t head = 0, tail = 0;

    off = calloc(n + 1, sizeof *off);
    dist = malloc((n ? n : 1) * sizeof *dist);
    queue = malloc((n ? n : 1) * sizeof *queue);
    if (!off || !dist || !queue)
        goto fail;
    for (size_t i = 0; i < w->n_edges; i++)
        if (keep[i]) {
            off[w->edges[i]->source->index + 1]++;
            off[w->edges[i]->target->index + 1]++;
        }
    for (size_t i = 0; i < n; i++)
        off[i + 1] += off[i];
    if (!(adj = malloc((off[n] ? off[n] : 1) * sizeof *adj)))
        goto fail;
    {
        size_t *pos = malloc((n ? n : 1) * sizeof *pos);
        if (!pos)
            goto fail;
        memcpy(pos, off, n * sizeof *pos);
        for (size_t i = 0; i < w->n_edges; i++)
            if (keep[i]) {
                size_t s = w->edges[i]->source->index;
                size_t t = w->edges[i]->target->index;
                adj[pos[s]++] = t;
                adj[pos[t]++] = s;
            }
        free(pos);
    }
    for (size_t i = 0; i < n; i++)
        dist[i] = -1;
    dist[ego] = 0;
    queue[tail++] = ego;
    while (head < tail) {
        size_t v = queue[head++];
        in_ball[v] = 1;
        if (dist[v] >= radius)
            continue;
        for (size_t k = off[v]; k < off[v + 1]; k++)
            if (dist[adj[k]] < 0) {
                dist[adj[k]] = dist[v] + 1;
                queue[tail++] = adj[k];
            }
    }
    rc = 0;
fail:
    free(off);
    free(adj);
    free(dist);
    free(queue);
    return rc;
}

int dn_filter_apply(const dn_graph *g, const dn_filter *f, dn_graph **out,
                    dn_error *err)
{
    dn_graph *agg = NULL, *o = NULL;
    const dn_graph *w = g;
    unsigned char *keep = NULL, *has_edge = NULL, *in_ball = NULL;
    unsigned char *keep_ev = NULL;
    long *kcount = NULL;
    dn_node **map = NULL, *ego = NULL;
    size_t max_ev = 0;
    int dates = f->since || f->until;
    int edge_filter = types_active(f->types) || dates || f->min_count > 0;
    int rc = DN_ENOMEM;

    *out = NULL;
    if ((f->since && !dn_json_valid_date(f->since)) ||
        (f->until && !dn_json_valid_date(f->until)))
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "bad date \"%s\" (want YYYY-MM-DD)",
                            f->since && !dn_json_valid_date(f->since) ? f->since
                                                              : f->until);
    if (f->since && f->until && strcmp(f->since, f->until) > 0)
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "--since %s is after --until %s", f->since,
                            f->until);
    if (f->ego && f->radius < 0)
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "radius must be 0 or more");
    if (f->level_state) {
        if ((rc = dn_graph_aggregate_states(g, &agg, err)) != DN_OK)
            return rc;
        w = agg;
        rc = DN_ENOMEM;
    }
    if (f->ego && !(ego = resolve_ego(g, w, f, err))) {
        rc = DN_EUSAGE;
        goto done;
    }

    keep = calloc(w->n_edges ? w->n_edges : 1, 1);
    kcount = calloc(w->n_edges ? w->n_edges : 1, sizeof *kcount);
    has_edge = calloc(w->n_nodes ? w->n_nodes : 1, 1);
    in_ball = calloc(w->n_nodes ? w->n_nodes : 1, 1);
    map = calloc(w->n_nodes ? w->n_nodes : 1, sizeof *map);
    if (!keep || !kcount || !has_edge || !in_ball || !map)
        goto done;
    for (size_t i = 0; i < w->n_edges; i++)
        if (w->edges[i]->n_evidence > max_ev)
            max_ev = w->edges[i]->n_evidence;
    if (dates && !(keep_ev = malloc(max_ev ? max_ev : 1)))
        goto done;

    /* edges: types, dates, min_count */
    for (size_t i = 0; i < w->n_edges; i++) {
        const dn_edge *e = w->edges[i];
        long c = e->count;

        if (types_active(f->types) && !(f->types & DN_EDGE_BIT(e->type)))
            continue;
        if (dates) {
            c = 0;
            for (size_t k = 0; k < e->n_evidence; k++)
                c += doc_in_range(w, e->evidence[k].doc, f);
        }
        if (c < 1 || c < f->min_count)
            continue;
        keep[i] = 1;
        kcount[i] = c;
    }
    /* the ego network */
    if (ego) {
        if (ego_ball(w, keep, ego->index, f->radius, in_ball) != 0)
            goto done;
        for (size_t i = 0; i < w->n_edges; i++)
            if (keep[i] && !(in_ball[w->edges[i]->source->index] &&
                             in_ball[w->edges[i]->target->index]))
                keep[i] = 0;
    }
    for (size_t i = 0; i < w->n_edges; i++)
        if (keep[i]) {
            has_edge[w->edges[i]->source->index] = 1;
            has_edge[w->edges[i]->target->index] = 1;
        }
    if (ego)
        has_edge[ego->index] = 1; /* the centre of an ego view stays */

    /* build */
    if (!(o = dn_graph_new()) || copy_docs(o, w) != 0)
        goto done;
    for (size_t i = 0; i < w->n_nodes; i++) {
        if ((edge_filter || ego) && !has_edge[i])
            continue;
        if (!(map[i] = dn_graph_copy_node(o, w->nodes[i])))
            goto done;
    }
    for (size_t i = 0; i < w->n_edges; i++) {
        const dn_edge *e = w->edges[i];
        if (!keep[i])
            continue;
        if (dates)
            for (size_t k = 0; k < e->n_evidence; k++)
                keep_ev[k] = (unsigned char)doc_in_range(w, e->evidence[k].doc,
                                                         f);
        if (copy_edge(o, e, map[e->source->index], map[e->target->index],
                      dates ? keep_ev : NULL, !dates) != 0)
            goto done;
    }
    dn_graph_sort(o);
    *out = o;
    o = NULL;
    rc = DN_OK;
done:
    if (rc == DN_ENOMEM)
        dn_error_set(err, rc, NULL, 0, 0, "out of memory while filtering");
    dn_graph_free(o);
    dn_graph_free(agg);
    free(keep);
    free(kcount);
    free(has_edge);
    free(in_ball);
    free(map);
    free(keep_ev);
    return rc;
}

const char *dn_filter_describe(const dn_filter *f, char *buf, size_t size)
{
    dn_buf b;
    const char *sep = "";

    if (!size)
        return buf;
    dn_buf_init(&b);
    if (f->level_state) {
        dn_buf_puts(&b, "level: state");
        sep = "; ";
    }
    if (types_active(f->types)) {
        const char *comma = "";
        dn_buf_printf(&b, "%stypes: ", sep);
        for (int t = 0; t < DN_EDGE__COUNT; t++)
            if (f->types & DN_EDGE_BIT(t)) {
                dn_buf_printf(&b, "%s%s", comma, dn_edge_type_name(t));
                comma = ", ";
            }
        sep = "; ";
    }
    if (f->since) {
        dn_buf_printf(&b, "%ssince %s", sep, f->since);
        sep = "; ";
    }
    if (f->until) {
        dn_buf_printf(&b, "%suntil %s", sep, f->until);
        sep = "; ";
    }
    if (f->min_count > 0) {
        dn_buf_printf(&b, "%smin count %ld", sep, f->min_count);
        sep = "; ";
    }
    if (f->ego)
        dn_buf_printf(&b, "%sego %s (radius %d)", sep, f->ego, f->radius);
    snprintf(buf, size, "%s", b.oom ? "" : dn_buf_cstr(&b));
    dn_buf_free(&b);
    return buf;
}
