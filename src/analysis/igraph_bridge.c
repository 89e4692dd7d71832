/*
 * igraph_bridge.c - every call dipnet makes into igraph (0.10 API).
 *
 * In: a dn_arcs (plain arrays: arcs, weights, the undirected projection).
 * Out: plain double arrays in a dn_analysis. Nothing else in dipnet sees an
 * igraph type, so porting to igraph 1.0 (which reorders the arguments of
 * betweenness, PageRank and others) touches this file only.
 *
 * Errors: igraph's default handler aborts the process. For the duration of
 * dn_ig_compute we install handlers that record the reason (and free
 * igraph's temporary allocations with IGRAPH_FINALLY_FREE, as igraph asks
 * of a handler that returns) and swallow warnings (the library never
 * prints). Every call goes through the CALL() macro, which times it, turns
 * a failure into DN_EEXTERNAL with igraph's reason, and jumps to the one
 * cleanup path. The handlers are process-global: the analysis is not
 * thread-safe, like igraph's own error state.
 *
 * Weights: igraph reads weights as LENGTHS for betweenness, closeness and
 * harmonic centrality, and as STRENGTHS for strength, PageRank, HITS,
 * eigenvector centrality, Leiden and modularity. We pass 1/weight to
 * the first group so that frequent contact means a short link.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <igraph.h>

#include "analysis/bridge.h"

_Static_assert(sizeof(igraph_integer_t) == sizeof(int64_t),
               "igraph_integer_t must be 64-bit (igraph 0.10 default)");

static char ig_reason[512];
static igraph_error_t ig_errno;

static void on_error(const char *reason, const char *file, int line,
                     igraph_error_t code)
{
    snprintf(ig_reason, sizeof ig_reason, "%s (igraph %s:%d)",
             reason ? reason : "unknown error", file ? file : "?", line);
    ig_errno = code;
    IGRAPH_FINALLY_FREE();
}

static void on_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line; /* e.g. "graph is disconnected": documented, not printed */
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Runs one igraph call, adds its time to res->igraph_seconds, and on
 * failure records the error and goes to fail. Needs `res`, `err`, `rc`. */
#define CALL(what, expr)                                                     \
    do {                                                                     \
        double t0_ = now();                                                  \
        igraph_error_t e_ = (expr);                                          \
        res->igraph_seconds += now() - t0_;                                  \
        if (e_ != IGRAPH_SUCCESS) {                                          \
            rc = e_ == IGRAPH_ENOMEM ? DN_ENOMEM : DN_EEXTERNAL;             \
            dn_error_set(err, rc, NULL, 0, 0, "igraph %s failed: %s", what,  \
                         ig_reason[0] ? ig_reason                            \
                                      : igraph_strerror(e_));                \
            goto fail;                                                       \
        }                                                                    \
    } while (0)

static void copy_out(double *dst, const igraph_vector_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = VECTOR(*v)[i];
}

static void copy_out_int(double *dst, const igraph_vector_int_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = (double)VECTOR(*v)[i];
}

/* Eigenvector solvers leave round-off (1e-18, -0) where the exact value
 * is 0; such values are set to 0 so that tables do not show "-0". */
static void clean_zeros(double *v, size_t n)
{
    double max = 0;

    for (size_t i = 0; i < n; i++)
        if (fabs(v[i]) > max)
            max = fabs(v[i]);
    for (size_t i = 0; i < n; i++)
        if (fabs(v[i]) <= 1e-13 * max)
            v[i] = 0.0;
}

/* Scales v to sum 1 (HITS, as NetworkX reports it); all zeros stay. */
static void scale_sum1(double *v, size_t n)
{
    double s = 0;

    clean_zeros(v, n);
    for (size_t i = 0; i < n; i++)
        s += v[i];
    if (s > 0)
        for (size_t i = 0; i < n; i++)
            v[i] /= s;
}

#define WANT(m) (opts->measures & DN_MEASURE_BIT(m))

int dn_ig_compute(const dn_arcs *a, const dn_analyze_opts *opts,
                  dn_analysis *res, dn_error *err)
{
    igraph_error_handler_t *old_err;
    igraph_warning_handler_t *old_warn;
    igraph_t g, ug;
    igraph_vector_int_t ends, uends, ivec;
    igraph_vector_t w, len, uw, vec, vec2;
    igraph_matrix_t dist;
    const igraph_vector_t *wp = NULL, *lenp = NULL, *uwp = NULL;
    int have_g = 0, have_ug = 0, rc = DN_OK;
    igraph_integer_t n = (igraph_integer_t)a->n, no;
    igraph_real_t value;
    double cutoff = opts->cutoff > 0 ? opts->cutoff : -1;

    ig_reason[0] = '\0';
    old_err = igraph_set_error_handler(on_error);
    old_warn = igraph_set_warning_handler(on_warning);
    /* All vectors start as views or empty so that cleanup is uniform. */
    igraph_vector_int_view(&ends, (const igraph_integer_t *)a->ends,
                           (igraph_integer_t)(2 * a->m));
    igraph_vector_int_view(&uends, (const igraph_integer_t *)a->uends,
                           (igraph_integer_t)(2 * a->um));
    igraph_vector_view(&w, a->w, (igraph_integer_t)a->m);
    igraph_vector_view(&uw, a->uw, (igraph_integer_t)a->um);
    memset(&len, 0, sizeof len);
    memset(&vec, 0, sizeof vec);
    memset(&vec2, 0, sizeof vec2);
    memset(&ivec, 0, sizeof ivec);
    memset(&dist, 0, sizeof dist);
    CALL("vector", igraph_vector_init(&len, (igraph_integer_t)a->m));
    CALL("vector", igraph_vector_init(&vec, 0));
    CALL("vector", igraph_vector_init(&vec2, 0));
    CALL("vector", igraph_vector_int_init(&ivec, 0));
    CALL("matrix", igraph_matrix_init(&dist, 0, 0));
    for (size_t i = 0; i < a->m; i++)
        VECTOR(len)[i] = 1.0 / a->w[i];
    if (a->weighted) {
        wp = &w;
        lenp = &len;
        uwp = &uw;
    }

    /* ARPACK (HITS, eigenvector) starts from a random vector and Leiden
     * shuffles: a fixed seed makes every run give the same bytes. */
    CALL("rng", igraph_rng_seed(igraph_rng_default(),
                                (igraph_uint_t)opts->seed));
    CALL("create", igraph_create(&g, &ends, n, IGRAPH_DIRECTED));
    have_g = 1;

    /* degree and strength */
    {
        static const struct {
            dn_measure deg, str;
            igraph_neimode_t mode;
        } ds[] = {{DN_M_IN_DEGREE, DN_M_IN_STRENGTH, IGRAPH_IN},
                  {DN_M_OUT_DEGREE, DN_M_OUT_STRENGTH, IGRAPH_OUT},
                  {DN_M_DEGREE, DN_M_STRENGTH, IGRAPH_ALL}};
        for (size_t k = 0; k < sizeof ds / sizeof ds[0]; k++) {
            if (WANT(ds[k].deg)) {
                CALL("degree", igraph_degree(&g, &ivec, igraph_vss_all(),
                                             ds[k].mode, IGRAPH_LOOPS));
                copy_out_int(res->values[ds[k].deg], &ivec, a->n);
            }
            if (WANT(ds[k].str)) {
                CALL("strength",
                     igraph_strength(&g, &vec, igraph_vss_all(), ds[k].mode,
                                     IGRAPH_LOOPS, wp));
                copy_out(res->values[ds[k].str], &vec, a->n);
            }
        }
    }
    if (WANT(DN_M_BETWEENNESS)) {
        if (cutoff > 0)
            CALL("betweenness",
                 igraph_betweenness_cutoff(&g, &vec, igraph_vss_all(),
                                           IGRAPH_DIRECTED, lenp, cutoff));
        else
            CALL("betweenness", igraph_betweenness(&g, &vec, igraph_vss_all(),
                                                   IGRAPH_DIRECTED, lenp));
        copy_out(res->values[DN_M_BETWEENNESS], &vec, a->n);
    }
    /* Closeness and harmonic centrality. Without a cutoff both come from
     * one set of distances: igraph's closeness and harmonic calls would
     * each run a shortest-path search from every actor, and our pass over
     * the n x n distances costs less than one such search. With a cutoff
     * (large graphs) a search reaches few actors and that pass would
     * dominate, so igraph's own cutoff calls are used. */
    if (cutoff <= 0 && WANT(DN_M_CLOSENESS) && WANT(DN_M_HARMONIC)) {
        /* Distances from every actor come in blocks of rows (sources)
         * so that a block stays under ~64 MB; the matrix is
         * column-major, so the inner loop runs over the rows of one
         * column. Unreachable is +Inf. */
        double *clo = res->values[DN_M_CLOSENESS];
        double *har = res->values[DN_M_HARMONIC];
        size_t block = a->n ? (size_t)(8u << 20) / a->n : 1;
        double *sum = NULL;
        size_t *reach = NULL;

        if (block < 1)
            block = 1;
        if (block > a->n)
            block = a->n;
        sum = calloc(block ? block : 1, sizeof *sum);
        reach = calloc(block ? block : 1, sizeof *reach);
        if (!sum || !reach) {
            free(sum);
            free(reach);
            rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                              "out of memory while computing closeness");
            goto fail;
        }
        for (size_t b0 = 0; b0 < a->n; b0 += block) {
            size_t nb = a->n - b0 < block ? a->n - b0 : block;
            igraph_vs_t from = igraph_vss_range((igraph_integer_t)b0,
                                                (igraph_integer_t)(b0 + nb));
            double t0 = now();
            igraph_error_t e;

            e = igraph_distances_dijkstra(&g, &dist, from, igraph_vss_all(),
                                          lenp, IGRAPH_OUT);
            res->igraph_seconds += now() - t0;
            if (e != IGRAPH_SUCCESS) {
                free(sum);
                free(reach);
                rc = e == IGRAPH_ENOMEM ? DN_ENOMEM : DN_EEXTERNAL;
                dn_error_set(err, rc, NULL, 0, 0,
                             "igraph distances failed: %s",
                             ig_reason[0] ? ig_reason : igraph_strerror(e));
                goto fail;
            }
            for (size_t i = 0; i < nb; i++)
                sum[i] = 0, reach[i] = 0;
            if (har)
                for (size_t i = 0; i < nb; i++)
                    har[b0 + i] = 0;
            for (size_t j = 0; j < a->n; j++) {
                const double *col = &MATRIX(dist, 0, j);
                for (size_t i = 0; i < nb; i++) {
                    double d = col[i];
                    if (isinf(d) || j == b0 + i)
                        continue;
                    sum[i] += d;
                    reach[i]++;
                    if (har)
                        har[b0 + i] += 1.0 / d;
                }
            }
            /* Wasserman-Faust: (r/(n-1)) * (r/S); 0 when none reached */
            if (clo)
                for (size_t i = 0; i < nb; i++) {
                    double r = (double)reach[i];
                    clo[b0 + i] = r > 0 ? r * r / (sum[i] *
                                                   (double)(a->n - 1))
                                        : 0.0;
                }
        }
        free(sum);
        free(reach);
    } else {
        if (WANT(DN_M_CLOSENESS)) {
            double *c = res->values[DN_M_CLOSENESS];
            if (cutoff > 0)
                CALL("closeness",
                     igraph_closeness_cutoff(&g, &vec, &ivec, NULL,
                                             igraph_vss_all(), IGRAPH_OUT,
                                             lenp, 0, cutoff));
            else
                CALL("closeness",
                     igraph_closeness(&g, &vec, &ivec, NULL, igraph_vss_all(),
                                      IGRAPH_OUT, lenp, 0));
            /* igraph: 1/S over the r vertices reached (NaN when r = 0).
             * Wasserman-Faust: (r/(n-1)) * (r/S); 0 when none reached. */
            for (size_t i = 0; i < a->n; i++) {
                double r = (double)VECTOR(ivec)[i];
                c[i] = (r > 0 && a->n > 1)
                           ? r * r * VECTOR(vec)[i] / (double)(a->n - 1)
                           : 0.0;
            }
        }
        if (WANT(DN_M_HARMONIC)) {
            if (cutoff > 0)
                CALL("harmonic centrality",
                     igraph_harmonic_centrality_cutoff(
                         &g, &vec, igraph_vss_all(), IGRAPH_OUT, lenp, 0,
                         cutoff));
            else
                CALL("harmonic centrality",
                     igraph_harmonic_centrality(&g, &vec, igraph_vss_all(),
                                                IGRAPH_OUT, lenp, 0));
            copy_out(res->values[DN_M_HARMONIC], &vec, a->n);
        }
    }
    if (WANT(DN_M_PAGERANK)) {
        CALL("pagerank",
             igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &vec, &value,
                             igraph_vss_all(), IGRAPH_DIRECTED, 0.85, wp,
                             NULL));
        copy_out(res->values[DN_M_PAGERANK], &vec, a->n);
    }
    if (WANT(DN_M_HUB) || WANT(DN_M_AUTHORITY)) {
        if (a->m == 0) {
            /* no arcs: every actor is as (un)important; NetworkX gives 1/n */
            for (size_t i = 0; i < a->n; i++) {
                if (WANT(DN_M_HUB))
                    res->values[DN_M_HUB][i] = 1.0 / (double)a->n;
                if (WANT(DN_M_AUTHORITY))
                    res->values[DN_M_AUTHORITY][i] = 1.0 / (double)a->n;
            }
        } else {
            CALL("hits", igraph_hub_and_authority_scores(&g, &vec, &vec2,
                                                         &value, 1, wp, NULL));
            if (WANT(DN_M_HUB)) {
                copy_out(res->values[DN_M_HUB], &vec, a->n);
                scale_sum1(res->values[DN_M_HUB], a->n);
            }
            if (WANT(DN_M_AUTHORITY)) {
                copy_out(res->values[DN_M_AUTHORITY], &vec2, a->n);
                scale_sum1(res->values[DN_M_AUTHORITY], a->n);
            }
        }
    }
    if (WANT(DN_M_CORENESS)) {
        CALL("coreness", igraph_coreness(&g, &ivec, IGRAPH_ALL));
        copy_out_int(res->values[DN_M_CORENESS], &ivec, a->n);
    }
    if (WANT(DN_M_WEAK_COMPONENT)) {
        CALL("components", igraph_connected_components(&g, &ivec, NULL, &no,
                                                       IGRAPH_WEAK));
        copy_out_int(res->values[DN_M_WEAK_COMPONENT], &ivec, a->n);
    }
    if (WANT(DN_M_STRONG_COMPONENT)) {
        CALL("components", igraph_connected_components(&g, &ivec, NULL, &no,
                                                       IGRAPH_STRONG));
        copy_out_int(res->values[DN_M_STRONG_COMPONENT], &ivec, a->n);
    }

    /* the undirected projection */
    if (WANT(DN_M_EIGENVECTOR) || WANT(DN_M_COMMUNITY)) {
        CALL("create", igraph_create(&ug, &uends, n, IGRAPH_UNDIRECTED));
        have_ug = 1;
    }
    if (WANT(DN_M_EIGENVECTOR)) {
        if (a->um == 0) {
            for (size_t i = 0; i < a->n; i++)
                res->values[DN_M_EIGENVECTOR][i] = NAN;
        } else {
            CALL("eigenvector centrality",
                 igraph_eigenvector_centrality(&ug, &vec, &value,
                                               IGRAPH_UNDIRECTED, 1, uwp,
                                               NULL));
            copy_out(res->values[DN_M_EIGENVECTOR], &vec, a->n);
            clean_zeros(res->values[DN_M_EIGENVECTOR], a->n);
        }
    }
    if (WANT(DN_M_COMMUNITY)) {
        CALL("rng", igraph_rng_seed(igraph_rng_default(),
                                    (igraph_uint_t)opts->seed));
        if (a->um == 0) {
            /* no edges: every actor is its own community */
            CALL("vector", igraph_vector_int_resize(&ivec, n));
            for (igraph_integer_t i = 0; i < n; i++)
                VECTOR(ivec)[i] = i;
        } else {
            /* Leiden optimises modularity when the node weights are the
             * strengths and the resolution is 1/(2m), m = total weight
             * (otherwise it optimises CPM). Two iterations, as
             * python-igraph does: on our graphs that beats igraph's
             * multilevel in modularity and is ten times faster on a
             * million edges (igraph 0.10.2's "until stable", -1, stops
             * at lower modularity). */
            igraph_real_t total = 0;
            igraph_integer_t nc;
            CALL("strength", igraph_strength(&ug, &vec, igraph_vss_all(),
                                             IGRAPH_ALL, IGRAPH_LOOPS, uwp));
            for (size_t i = 0; i < a->n; i++)
                total += VECTOR(vec)[i];
            CALL("leiden", igraph_community_leiden(&ug, uwp, &vec,
                                                   1.0 / total, 0.01, 0, 2,
                                                   &ivec, &nc, &value));
        }
        copy_out_int(res->values[DN_M_COMMUNITY], &ivec, a->n);
        if (a->um == 0)
            res->modularity = NAN;
        else
            CALL("modularity", igraph_modularity(&ug, &ivec, uwp, 1.0,
                                                 IGRAPH_UNDIRECTED, &value));
        if (a->um)
            res->modularity = value;
    }

fail:
    if (have_ug)
        igraph_destroy(&ug);
    if (have_g)
        igraph_destroy(&g);
    if (VECTOR(len))
        igraph_vector_destroy(&len);
    if (VECTOR(vec))
        igraph_vector_destroy(&vec);
    if (VECTOR(vec2))
        igraph_vector_destroy(&vec2);
    if (VECTOR(ivec))
        igraph_vector_int_destroy(&ivec);
    if (dist.data.stor_begin)
        igraph_matrix_destroy(&dist);
    igraph_set_error_handler(old_err);
    igraph_set_warning_handler(old_warn);
    return rc;
}

int dn_ig_selftest_error(dn_error *err)
{
    igraph_error_handler_t *old_err;
    igraph_warning_handler_t *old_warn;
    igraph_integer_t odd[3] = {0, 1, 2};
    igraph_vector_int_t v;
    igraph_t g;
    dn_analysis dummy, *res = &dummy;
    int rc = DN_OK;

    memset(&dummy, 0, sizeof dummy);
    ig_reason[0] = '\0';
    old_err = igraph_set_error_handler(on_error);
    old_warn = igraph_set_warning_handler(on_warning);
    igraph_vector_int_view(&v, odd, 3);
    CALL("create", igraph_create(&g, &v, 3, IGRAPH_DIRECTED));
    igraph_destroy(&g);
fail:
    igraph_set_error_handler(old_err);
    igraph_set_warning_handler(old_warn);
    return rc;
}
