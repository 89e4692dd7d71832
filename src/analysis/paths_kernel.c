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
 *   hkey[n], hid[n]  an indexed 8-ary min-heap of (dist, vertex) with
 *           decrease-key (nd[v].pos is v's slot), keys and vertices in
 *           separate arrays so that the comparisons read keys only; the
 *           eight children of slot i (8i+1 .. 8i+8) share one cache line
 *           and are compared without branches. Measured on the 5k bench
 *           graph: 4-ary with (key, vertex) pairs 1.43 s, split arrays
 *           1.23 s, 8-ary 1.17 s
 *   sinks[n] reached vertices without out-arcs: they skip the heap
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
#define PK_SINK (UINT32_MAX - 2u) /* reached sink, settled after the heap */

typedef struct pk_node {
    double dist;    /* distance from the source (tentative until settled) */
    double sigma;   /* shortest paths from the source to here */
    double coef;    /* (1 + delta) / sigma after the backward pass, else 0 */
    uint32_t stamp; /* source + 1 of the search that touched it last */
    uint32_t pos;   /* heap slot, PK_OUT or PK_DONE */
} pk_node;


typedef struct pk {
    uint32_t n;
    const uint32_t *off, *to; /* out-arcs, CSR */
    const double *len;        /* arc lengths (weighted only) */
    pk_node *nd;
    double *hkey;   /* heap keys (tentative distances), see heap_up */
    uint32_t *hid;  /* heap vertices */
    uint32_t hn;    /* entries in the heap */
    uint32_t *order; /* settled vertices, in order */
    uint32_t *sinks; /* reached vertices without out-arcs, see enter() */
    uint32_t nsinks;
    double cutoff;  /* +Inf when exact */
} pk;

/* ---- the indexed 8-ary heap ------------------------------------------- */

/* Puts (key, v) at slot i or above it. */
static void heap_up(pk *k, uint32_t i, double key, uint32_t v)
{
    double *hk = k->hkey;
    uint32_t *hi = k->hid;

    while (i > 0) {
        uint32_t p = (i - 1) >> 3;
        if (hk[p] <= key)
            break;
        hk[i] = hk[p];
        hi[i] = hi[p];
        k->nd[hi[i]].pos = i;
        i = p;
    }
    hk[i] = key;
    hi[i] = v;
    k->nd[v].pos = i;
}

/* Removes the minimum into *v, *key; the last entry sinks from the top.
 * A full group of eight children is compared as a tree of selections
 * without branches (the outcome is a coin toss the branch predictor
 * cannot learn). */
static void heap_pop(pk *k, uint32_t *v, double *key)
{
    double *hk = k->hkey, lk;
    uint32_t *hi = k->hid, i = 0, n, li;

    *v = hi[0];
    *key = hk[0];
    n = --k->hn;
    if (n == 0)
        return;
    lk = hk[n];
    li = hi[n];
    for (;;) {
        uint32_t c = 8 * i + 1, best;
        double bk;
        if (c + 7 < n) {
            const double *g = hk + c;
            uint32_t b0 = g[1] < g[0], b1 = 2 + (g[3] < g[2]),
                     b2 = 4 + (g[5] < g[4]), b3 = 6 + (g[7] < g[6]);
            uint32_t b01 = g[b1] < g[b0] ? b1 : b0,
                     b23 = g[b3] < g[b2] ? b3 : b2;
            uint32_t b = g[b23] < g[b01] ? b23 : b01;
            best = c + b;
            bk = g[b];
        } else if (c < n) {
            best = c;
            bk = hk[c];
            for (uint32_t j = c + 1; j < n; j++)
                if (hk[j] < bk)
                    best = j, bk = hk[j];
        } else {
            break;
        }
        if (bk >= lk)
            break;
        hk[i] = bk;
        hi[i] = hi[best];
        k->nd[hi[i]].pos = i;
        i = best;
    }
    hk[i] = lk;
    hi[i] = li;
    k->nd[li].pos = i;
}

/* ---- forward passes ------------------------------------------------------ */

/* w, at alt through a predecessor with sigma sv, joins the frontier. A
 * vertex without out-arcs (a sink: 13% of a random graph of mean degree
 * 2) relaxes nothing, so it skips the heap: its dist and sigma are final
 * once the heap is empty, and it is settled then (settle_sinks). */
static inline void enter(pk *k, pk_node *x, uint32_t w, double alt,
                         double sv)
{
    x->dist = alt;
    x->sigma = sv;
    if (k->off[w] == k->off[w + 1]) {
        x->pos = PK_SINK;
        k->sinks[k->nsinks++] = w;
    } else {
        heap_up(k, k->hn++, alt, w);
    }
}

/* Settles the sinks after the heap ran empty, in the order they were
 * reached: closeness and harmonic, and coef = (1 + 0) / sigma (a sink
 * has no dependency) for the backward pass. */
static void settle_sinks(pk *k, double *rr, double *ss, double *hh)
{
    for (uint32_t j = 0; j < k->nsinks; j++) {
        pk_node *x = &k->nd[k->sinks[j]];
        *rr += 1;
        *ss += x->dist;
        *hh += 1.0 / x->dist;
        x->pos = PK_DONE;
        x->coef = 1 / x->sigma;
    }
}

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
    k->nsinks = 0;
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
                enter(k, x, w, alt, sv);
                continue;
            }
            if (x->pos == PK_DONE || alt > cutoff)
                continue;
            if (x->pos == PK_OUT) {
                enter(k, x, w, alt, sv);
                continue;
            }
            diff = alt - x->dist;
            tol = DN_PK_EPSILON * (alt + x->dist);
            if (diff <= -tol) { /* shorter */
                x->dist = alt;
                x->sigma = sv;
                if (x->pos != PK_SINK)
                    heap_up(k, x->pos, alt, w);
            } else if (diff < tol) { /* as short: more paths */
                x->sigma += sv;
            }
        }
    }
    settle_sinks(k, &rr, &ss, &hh);
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
    double *len = NULL, *hkeys = NULL;
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
    /* keys from a 64-byte boundary + 7: each group of eight children
     * (8i+1 .. 8i+8) then fills one cache line */
    hkeys = aligned_alloc(64, ((n + 7 + 7) / 8) * 64);
    k.hid = malloc(n * sizeof *k.hid);
    k.order = malloc(n * sizeof *k.order);
    k.sinks = malloc(n * sizeof *k.sinks);
    if (!off || !fill || !to || !len || !k.nd || !hkeys || !k.hid ||
        !k.order || !k.sinks)
        goto done;
    k.hkey = hkeys + 7;

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
    free(hkeys);
    free(k.hid);
    free(k.order);
    free(k.sinks);
    if (rc == DN_ENOMEM)
        dn_error_set(err, rc, NULL, 0, 0,
                     "out of memory in the shortest-path kernel");
    return rc;
}
