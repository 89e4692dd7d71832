/*
 * path.c - the shortest chains of contact between two actors (fewest
 * hops), for "dipnet path".
 *
 * Moves: each edge of a selected type gives the move source -> target,
 * and, when chains are undirected, target -> source marked "reversed".
 * Moves are kept in two CSR arrays (by origin and by destination), each
 * origin's moves sorted by (destination id, forward before reversed,
 * higher count, type order) and cut down to one move per destination:
 * the move a hop shows.
 *
 * Search: one BFS from `from` over the moves (distance df) and one from
 * `to` against them (distance dt). A vertex lies on a shortest chain iff
 * df + dt = D. A depth-first walk from `from` over such vertices, visiting
 * destinations in id order, lists the chains in lexicographic order of
 * their node ids, up to max_paths; the number of all shortest chains comes
 * from a count over the same layered graph (saturating at SIZE_MAX). No
 * igraph here: the walk needs the order and the cap that igraph's
 * all-shortest-paths does not give.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/analyze.h"

typedef struct move {
    size_t to;          /* destination vertex */
    const dn_edge *e;   /* the edge shown for this hop */
    int reversed;
} move;

typedef struct csr {
    size_t *off; /* n+1 */
    move *mv;
} csr;

static const dn_graph *sort_g; /* for the qsort comparator */

static int cmp_move(const void *a, const void *b)
{
    const move *x = a, *y = b;
    int c;

    if (x->to != y->to) {
        c = strcmp(sort_g->nodes[x->to]->id, sort_g->nodes[y->to]->id);
        if (c)
            return c;
        return x->to < y->to ? -1 : 1;
    }
    if (x->reversed != y->reversed)
        return x->reversed - y->reversed;
    if (x->e->count != y->e->count)
        return x->e->count > y->e->count ? -1 : 1;
    return (int)x->e->type - (int)y->e->type;
}

static void csr_free(csr *c)
{
    free(c->off);
    free(c->mv);
}

/* Builds the CSR of moves by origin (by_dest = 0) or by destination
 * (by_dest = 1: then mv[].to is the origin). One move per (origin,
 * destination) pair. */
static int build_csr(const dn_graph *g, unsigned types, int directed,
                     int by_dest, csr *c)
{
    size_t n = g->n_nodes, m = 0, *pos = NULL;

    c->off = calloc(n + 2, sizeof *c->off);
    if (!c->off)
        return -1;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < g->n_edges; i++) {
            const dn_edge *e = g->edges[i];
            size_t s = e->source->index, t = e->target->index;
            if (!(types & DN_EDGE_BIT(e->type)) || s == t)
                continue;
            for (int rev = 0; rev < (directed ? 1 : 2); rev++) {
                size_t from = rev ? t : s, to = rev ? s : t;
                size_t key = by_dest ? to : from;
                if (pass == 0) {
                    c->off[key + 1]++;
                } else {
                    move *mv = &c->mv[pos[key]++];
                    mv->to = by_dest ? from : to;
                    mv->e = e;
                    mv->reversed = rev;
                }
            }
        }
        if (pass == 0) {
            for (size_t v = 0; v < n; v++)
                c->off[v + 1] += c->off[v];
            m = c->off[n];
            c->mv = malloc((m ? m : 1) * sizeof *c->mv);
            pos = malloc((n ? n : 1) * sizeof *pos);
            if (!c->mv || !pos) {
                free(pos);
                return -1;
            }
            memcpy(pos, c->off, n * sizeof *pos);
        }
    }
    free(pos);
    /* sort each origin's moves and keep the first per destination */
    sort_g = g;
    {
        size_t k = 0;
        for (size_t v = 0; v < n; v++) {
            size_t b = c->off[v], e = c->off[v + 1];
            c->off[v] = k;
            if (e - b > 1)
                qsort(c->mv + b, e - b, sizeof *c->mv, cmp_move);
            for (size_t i = b; i < e; i++)
                if (i == b || c->mv[i].to != c->mv[i - 1].to)
                    c->mv[k++] = c->mv[i];
        }
        c->off[n] = k;
    }
    sort_g = NULL;
    return 0;
}

/* BFS distances over c from src; -1 = unreached. queue has n slots and
 * ends up holding the reached vertices in BFS order; returns how many. */
static size_t bfs(const csr *c, size_t n, size_t src, long *dist, size_t *queue)
{
    size_t head = 0, tail = 0;

    for (size_t i = 0; i < n; i++)
        dist[i] = -1;
    dist[src] = 0;
    queue[tail++] = src;
    while (head < tail) {
        size_t v = queue[head++];
        for (size_t k = c->off[v]; k < c->off[v + 1]; k++)
            if (dist[c->mv[k].to] < 0) {
                dist[c->mv[k].to] = dist[v] + 1;
                queue[tail++] = c->mv[k].to;
            }
    }
    return tail;
}

typedef struct walk {
    const csr *fw;
    const long *df, *dt;
    long D;
    size_t target, max;
    dn_paths *out;
    size_t *stack; /* move index per depth */
    int oom;
} walk;

static void emit(walk *w)
{
    dn_paths *p = w->out;
    dn_path *np;
    dn_path *path;

    np = realloc(p->paths, (p->n_paths + 1) * sizeof *p->paths);
    if (!np) {
        w->oom = 1;
        return;
    }
    p->paths = np;
    path = &p->paths[p->n_paths];
    path->n_hops = (size_t)w->D;
    path->hops = malloc((w->D ? (size_t)w->D : 1) * sizeof *path->hops);
    if (!path->hops) {
        w->oom = 1;
        return;
    }
    for (long d = 0; d < w->D; d++) {
        const move *mv = &w->fw->mv[w->stack[d]];
        path->hops[d].edge = mv->e;
        path->hops[d].reversed = mv->reversed;
    }
    p->n_paths++;
}

static void dfs(walk *w, size_t v, long depth)
{
    if (w->oom || w->out->n_paths >= w->max)
        return;
    if (depth == w->D) {
        if (v == w->target)
            emit(w);
        return;
    }
    for (size_t k = w->fw->off[v]; k < w->fw->off[v + 1]; k++) {
        size_t u = w->fw->mv[k].to;
        if (w->df[u] == depth + 1 && w->dt[u] >= 0 &&
            w->df[u] + w->dt[u] == w->D) {
            w->stack[depth] = k;
            dfs(w, u, depth + 1);
            if (w->oom || w->out->n_paths >= w->max)
                return;
        }
    }
}

int dn_shortest_paths(const dn_graph *g, const dn_node *from,
                      const dn_node *to, unsigned types, int directed,
                      size_t max_paths, dn_paths **out, dn_error *err)
{
    size_t n = g->n_nodes, *queue = NULL;
    long *df = NULL, *dt = NULL;
    size_t *cnt = NULL;
    csr fw = {NULL, NULL}, bw = {NULL, NULL};
    dn_paths *p = NULL;
    int rc = DN_ENOMEM;

    *out = NULL;
    if (!types)
        types = DN_EDGE_ALL;
    if (!(p = calloc(1, sizeof *p)))
        goto fail;
    df = malloc((n ? n : 1) * sizeof *df);
    dt = malloc((n ? n : 1) * sizeof *dt);
    queue = malloc((n ? n : 1) * sizeof *queue);
    cnt = calloc(n ? n : 1, sizeof *cnt);
    if (!df || !dt || !queue || !cnt)
        goto fail;
    if (build_csr(g, types, directed, 0, &fw) != 0 ||
        build_csr(g, types, directed, 1, &bw) != 0)
        goto fail;
    bfs(&fw, n, from->index, df, queue);
    if (df[to->index] >= 0) {
        walk w;
        long D = df[to->index];

        size_t reached;

        bfs(&bw, n, to->index, dt, queue);
        /* count shortest chains in BFS order of df */
        reached = bfs(&fw, n, from->index, df, queue);
        cnt[from->index] = 1;
        for (size_t i = 0; i < reached; i++) {
            size_t v = queue[i];
            if (df[v] >= D)
                break;
            for (size_t k = fw.off[v]; k < fw.off[v + 1]; k++) {
                size_t u = fw.mv[k].to;
                if (df[u] == df[v] + 1) {
                    cnt[u] = cnt[u] > SIZE_MAX - cnt[v] ? SIZE_MAX
                                                        : cnt[u] + cnt[v];
                }
            }
        }
        p->total = cnt[to->index];
        memset(&w, 0, sizeof w);
        w.fw = &fw;
        w.df = df;
        w.dt = dt;
        w.D = D;
        w.target = to->index;
        w.max = max_paths ? max_paths : 1;
        w.out = p;
        if (!(w.stack = malloc(((size_t)D + 1) * sizeof *w.stack)))
            goto fail;
        dfs(&w, from->index, 0);
        free(w.stack);
        if (w.oom)
            goto fail;
    }
    *out = p;
    p = NULL;
    rc = DN_OK;
fail:
    if (rc != DN_OK)
        dn_error_set(err, rc, NULL, 0, 0, "out of memory while searching "
                                          "paths");
    dn_paths_free(p);
    csr_free(&fw);
    csr_free(&bw);
    free(df);
    free(dt);
    free(queue);
    free(cnt);
    return rc;
}

void dn_paths_free(dn_paths *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_paths; i++)
        free(p->paths[i].hops);
    free(p->paths);
    free(p);
}
