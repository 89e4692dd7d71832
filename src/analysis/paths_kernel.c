/*
 * paths_kernel.c - betweenness, outward closeness and harmonic centrality
 * from one shortest-path search per source (Brandes 2001), in our own C.
 *
 * Why: igraph 0.10 computes each of the three with its own search per
 * actor and allocates inside every search; on a 5,000-actor graph that
 * was 4 s of the 4.7 s of `dipnet analyze --measures all`. Here one
 * search per actor yields all three.
 *
 * Data structures, all allocated once per call (no allocation inside the
 * source loop):
 *   off[n+1], to[m], len[m]  the out-arcs as CSR, in the order of dn_arcs
 *                            (sorted by source, then target); len[i] =
 *                            1/weight (unused when unweighted)
 *   nd[n]   per-vertex state of the current search, 32 bytes so that one
 *           cache line holds two: dist, sigma (number of shortest paths
 *           from the source), coef ((1 + delta) / sigma once the vertex
 *           has been back-propagated, 0 before), stamp (source + 1 of the
 *           search that last touched the vertex: a vertex whose stamp is
 *           not the current one is untouched, so nothing is reset between
 *           sources) and pos (its slot in the heap, PK_OUT or PK_DONE)
 *   heap[n] an indexed 4-ary min-heap of (dist, vertex) with decrease-key
 *   order[n] the vertices in the order they were settled; for BFS it is
 *           also the queue
 *
 * One source s: the forward pass (Dijkstra with lengths 1/weight, or BFS
 * when unweighted) settles vertices in order of distance, adds each
 * settled t != s to closeness (r += 1, S += d) and harmonic (+= 1/d), and
 * counts shortest paths: relaxing v -> w with alt = d(v) + len, a shorter
 * alt resets sigma(w) to sigma(v), an equal one adds sigma(v). The
 * backward pass walks order[] backwards and pulls over OUT-arcs instead
 * of keeping predecessor lists: w is a successor of v on a shortest path
 * when d(v) + len(v,w) equals d(w) (and w was settled after v, which a
 * coef still 0 tells), so
 *   delta(v) = sigma(v) * sum over successors w of coef(w),
 *   coef(v)  = (1 + delta(v)) / sigma(v),   betweenness(v) += delta(v).
 * Parallel arcs are separate paths and self-loops never lie on a
 * shortest path, as in igraph.
 *
 * Ties: two path lengths a and b are equal when |a - b| < 1e-10 (a + b)
 * (DN_PK_EPSILON, the relative comparison of igraph_cmp_epsilon with
 * igraph's shortest-path epsilon), so that 1/3 + 1/3 + 1/3 and 1 are two
 * shortest paths. igraph compares d + 1 where we compare d; the two only
 * differ for lengths within a few units in the last place of each other.
 * Unweighted distances are whole numbers and compared exactly.
 *
 * Cutoff (cutoff > 0): as igraph's *_cutoff functions, a vertex farther
 * than the cutoff is not reached (it adds nothing to closeness and
 * harmonic) and only shortest paths no longer than the cutoff count for
 * betweenness. A relaxation with alt > cutoff is dropped at once, so the
 * search never leaves the ball of radius cutoff.
 *
 * Determinism: sources in index order, arcs in CSR order, vertices in
 * settling order; the same input gives the same bits.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/paths_kernel.h"

#define PK_OUT UINT32_MAX         /* touched, not in the heap */
#define PK_DONE (UINT32_MAX - 1u) /* settled */

typedef struct pk_node {
    double dist;    /* distance from the source (tentative until settled) */
    double sigma;   /* shortest paths from the source to here */
    double coef;    /* (1 + delta) / sigma after the backward pass, else 0 */
    uint32_t stamp; /* source + 1 of the search that touched it last */
    uint32_t pos;   /* heap slot, PK_OUT or PK_DONE */
} pk_node;

typedef struct pk_ent {
    double key;    /* tentative distance */
    uint32_t node; /* vertex */
} pk_ent;

typedef struct pk {
    uint32_t n;
    const uint32_t *off, *to; /* out-arcs, CSR */
    const double *len;        /* arc lengths (weighted only) */
    pk_node *nd;
    pk_ent *heap;
    uint32_t hn;    /* entries in the heap */
    uint32_t *order; /* settled vertices, in order */
    double cutoff;  /* +Inf when exact */
} pk;

/* ---- the indexed 4-ary heap ------------------------------------------- */

/* Puts (key, v) at slot i or above it. */
static void heap_up(pk *k, uint32_t i, double key, uint32_t v)
{
    pk_ent *h = k->heap;

    while (i > 0) {
        uint32_t p = (i - 1) >> 2;
        if (h[p].key <= key)
            break;
        h[i] = h[p];
        k->nd[h[i].node].pos = i;
        i = p;
    }
    h[i].key = key;
    h[i].node = v;
    k->nd[v].pos = i;
}

/* Removes the minimum into *v, *key; the last entry sinks from the top. */
static void heap_pop(pk *k, uint32_t *v, double *key)
{
    pk_ent *h = k->heap, last;
    uint32_t i = 0, n;

    *v = h[0].node;
    *key = h[0].key;
    n = --k->hn;
    if (n == 0)
        return;
    last = h[n];
    for (;;) {
        uint32_t c = 4 * i + 1, best, end;
        if (c >= n)
            break;
        best = c;
        end = c + 4 < n ? c + 4 : n;
        for (uint32_t j = c + 1; j < end; j++)
            if (h[j].key < h[best].key)
                best = j;
        if (h[best].key >= last.key)
            break;
        h[i] = h[best];
        k->nd[h[i].node].pos = i;
        i = best;
    }
    h[i] = last;
    k->nd[last.node].pos = i;
}

/* ---- forward passes ------------------------------------------------------ */

/* Dijkstra from s (stamp cur). Returns the number of settled vertices
 * (in k->order); *r, *S, *H get closeness and harmonic sums. */
static uint32_t forward_weighted(pk *k, uint32_t s, uint32_t cur, double *r,
                                 double *S, double *H)
{
    pk_node *nd = k->nd;
    const uint32_t *off = k->off, *to = k->to;
    const double *len = k->len;
    const double cutoff = k->cutoff;
    uint32_t ns = 0;
    double rr = 0, ss = 0, hh = 0;

    nd[s].stamp = cur;
    nd[s].dist = 0;
    nd[s].sigma = 1;
    nd[s].coef = 0;
    k->hn = 1;
    heap_up(k, 0, 0.0, s);
    while (k->hn) {
        uint32_t v;
        double dv, sv;

        heap_pop(k, &v, &dv);
        nd[v].pos = PK_DONE;
        k->order[ns++] = v;
        if (v != s) {
            rr += 1;
            ss += dv;
            hh += 1.0 / dv;
        }
        sv = nd[v].sigma;
        for (uint32_t i = off[v], e = off[v + 1]; i < e; i++) {
            uint32_t w = to[i];
            pk_node *x = &nd[w];
            double alt = dv + len[i], diff, tol;

            if (x->stamp != cur) {
                x->stamp = cur;
                x->coef = 0;
                if (alt > cutoff) {
                    x->dist = INFINITY;
                    x->pos = PK_OUT;
                    continue;
                }
                x->dist = alt;
                x->sigma = sv;
                heap_up(k, k->hn++, alt, w);
                continue;
            }
            if (x->pos == PK_DONE || alt > cutoff)
                continue;
            if (x->pos == PK_OUT) {
                x->dist = alt;
                x->sigma = sv;
                heap_up(k, k->hn++, alt, w);
                continue;
            }
            diff = alt - x->dist;
            tol = DN_PK_EPSILON * (alt + x->dist);
            if (diff <= -tol) { /* shorter */
                x->dist = alt;
                x->sigma = sv;
                heap_up(k, x->pos, alt, w);
            } else if (diff < tol) { /* as short: more paths */
                x->sigma += sv;
            }
        }
    }
    *r = rr;
    *S = ss;
    *H = hh;
    return ns;
}

/* BFS from s (stamp cur); order[] is the queue. As forward_weighted. */
static uint32_t forward_bfs(pk *k, uint32_t s, uint32_t cur, double *r,
                            double *S, double *H)
{
    pk_node *nd = k->nd;
    const uint32_t *off = k->off, *to = k->to;
    uint32_t *q = k->order, head = 0, tail = 0;
    double rr = 0, ss = 0, hh = 0;

    nd[s].stamp = cur;
    nd[s].dist = 0;
    nd[s].sigma = 1;
    nd[s].coef = 0;
    q[tail++] = s;
    while (head < tail) {
        uint32_t v = q[head++];
        double dv = nd[v].dist, sv = nd[v].sigma, alt = dv + 1;
        int inside = alt <= k->cutoff;

        if (v != s) {
            rr += 1;
            ss += dv;
            hh += 1.0 / dv;
        }
        for (uint32_t i = off[v], e = off[v + 1]; i < e; i++) {
            pk_node *x = &nd[to[i]];

            if (x->stamp != cur) {
                /* touched even beyond the cutoff (never queued, coef 0)
                 * so that the backward pass reads current values */
                x->stamp = cur;
                x->coef = 0;
                x->dist = alt;
                x->sigma = sv;
                if (inside)
                    q[tail++] = to[i];
            } else if (x->dist == alt) {
                x->sigma += sv;
            }
        }
    }
    *r = rr;
    *S = ss;
    *H = hh;
    return tail;
}

/* ---- backward pass --------------------------------------------------- */

/* Dependencies of the ns settled vertices (order[0] is the source, which
 * gets none), added to bet. */
static void backward(pk *k, uint32_t ns, int weighted, double *bet)
{
    pk_node *nd = k->nd;
    const uint32_t *off = k->off, *to = k->to, *order = k->order;
    const double *len = k->len;
    const double cutoff = k->cutoff;

    for (uint32_t j = ns; j-- > 1;) {
        uint32_t v = order[j];
        double dv = nd[v].dist, sum = 0, delta;

        if (weighted) {
            for (uint32_t i = off[v], e = off[v + 1]; i < e; i++) {
                const pk_node *x = &nd[to[i]];
                double alt = dv + len[i];
                if (x->coef != 0 && alt <= cutoff &&
                    fabs(alt - x->dist) < DN_PK_EPSILON * (alt + x->dist))
                    sum += x->coef;
            }
        } else {
            double alt = dv + 1;
            for (uint32_t i = off[v], e = off[v + 1]; i < e; i++) {
                const pk_node *x = &nd[to[i]];
                if (x->dist == alt)
                    sum += x->coef; /* 0 unless settled after v */
            }
        }
        delta = nd[v].sigma * sum;
        bet[v] += delta;
        nd[v].coef = (1 + delta) / nd[v].sigma;
    }
}

/* ---- the call ---------------------------------------------------------- */

int dn_pk_compute(const dn_arcs *a, double cutoff, double *betweenness,
                  double *closeness, double *harmonic, dn_error *err)
{
    pk k;
    uint32_t *off = NULL, *to = NULL, *fill = NULL;
    double *len = NULL;
    size_t n = a->n, m = a->m;
    int rc = DN_ENOMEM;

    memset(&k, 0, sizeof k);
    if (n >= PK_DONE || m >= PK_DONE)
        return dn_error_set(err, DN_ELIMIT, NULL, 0, 0,
                            "path kernel: %zu actors and %zu arcs exceed "
                            "its limit of 2^32 - 2",
                            n, m);
    if (betweenness)
        for (size_t i = 0; i < n; i++)
            betweenness[i] = 0;
    if (n == 0)
        return DN_OK;
    off = calloc(n + 1, sizeof *off);
    fill = malloc(n * sizeof *fill);
    to = malloc((m ? m : 1) * sizeof *to);
    len = malloc((m ? m : 1) * sizeof *len);
    k.nd = malloc(n * sizeof *k.nd);
    k.heap = malloc(n * sizeof *k.heap);
    k.order = malloc(n * sizeof *k.order);
    if (!off || !fill || !to || !len || !k.nd || !k.heap || !k.order)
        goto done;

    /* CSR by a counting sort on the source, stable (dn_arcs order) */
    for (size_t i = 0; i < m; i++)
        off[a->ends[2 * i] + 1]++;
    for (size_t v = 0; v < n; v++)
        off[v + 1] += off[v];
    memcpy(fill, off, n * sizeof *fill);
    for (size_t i = 0; i < m; i++) {
        uint32_t j = fill[a->ends[2 * i]]++;
        to[j] = (uint32_t)a->ends[2 * i + 1];
        len[j] = a->weighted ? 1.0 / a->w[i] : 1.0;
    }
    for (size_t v = 0; v < n; v++) {
        k.nd[v].stamp = 0;
        k.nd[v].coef = 0;
        k.nd[v].pos = PK_OUT;
    }
    k.n = (uint32_t)n;
    k.off = off;
    k.to = to;
    k.len = len;
    k.cutoff = cutoff > 0 ? cutoff : INFINITY;

    for (uint32_t s = 0; s < k.n; s++) {
        double r, S, H;
        uint32_t ns = a->weighted ? forward_weighted(&k, s, s + 1, &r, &S, &H)
                                  : forward_bfs(&k, s, s + 1, &r, &S, &H);
        if (closeness)
            closeness[s] = r > 0 ? r * r / (S * (double)(n - 1)) : 0.0;
        if (harmonic)
            harmonic[s] = H;
        if (betweenness)
            backward(&k, ns, a->weighted, betweenness);
    }
    rc = DN_OK;
done:
    free(off);
    free(fill);
    free(to);
    free(len);
    free(k.nd);
    free(k.heap);
    free(k.order);
    if (rc == DN_ENOMEM)
        dn_error_set(err, rc, NULL, 0, 0,
                     "out of memory in the shortest-path kernel");
    return rc;
}
