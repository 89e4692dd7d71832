/*
 * bridge.h - the private interface between the analysis passes and igraph.
 *
 * Every igraph call of dipnet lives in igraph_bridge.c (igraph 1.0 changes
 * the argument order of several functions, so there must be one place to
 * port). The rest of src/analysis/ prepares plain arrays (dn_arcs) and
 * reads plain arrays back; it never includes igraph.h.
 */
#ifndef DN_ANALYSIS_BRIDGE_H
#define DN_ANALYSIS_BRIDGE_H

#include <stddef.h>
#include <stdint.h>

#include "dipnet/analyze.h"

/* The analysis graph as arrays. Vertices are 0..n-1 (node indices). */
typedef struct dn_arcs {
    size_t n;         /* vertices */
    size_t m;         /* directed arcs, no loops, no duplicates */
    int64_t *ends;    /* 2*m: from0, to0, from1, to1, ... */
    double *w;        /* m arc weights (> 0) */
    size_t um;        /* edges of the undirected projection */
    int64_t *uends;   /* 2*um, each pair once with u < v */
    double *uw;       /* um weights: sum of both arcs' weights */
    int weighted;     /* 0: pass no weights to igraph (all 1) */
} dn_arcs;

/* Computes the measures of opts->measures into res->values[m] (allocated
 * by the caller, res->n doubles each). Communities and components come
 * back as raw igraph ids (the caller renumbers them); res->modularity and
 * res->igraph_seconds are set. DN_OK, DN_ENOMEM or DN_EEXTERNAL. */
int dn_ig_compute(const dn_arcs *a, const dn_analyze_opts *opts,
                  dn_analysis *res, dn_error *err);

/* Makes igraph fail on purpose (a malformed edge vector) to show that the
 * error handler returns and the error becomes DN_EEXTERNAL. For tests. */
int dn_ig_selftest_error(dn_error *err);

#endif
