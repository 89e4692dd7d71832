/*
 * paths_kernel.h - dipnet's own shortest-path kernel: betweenness,
 * outward closeness and harmonic centrality from one Brandes pass per
 * source (private to src/analysis/).
 *
 * igraph 0.10 runs one shortest-path search per actor for each of the
 * three measures and allocates inside each search; this kernel runs one
 * search per actor for all three, over a CSR copy of the arcs, with every
 * buffer allocated once per call. The definitions are igraph's (and so
 * NetworkX's, see dipnet/analyze.h); paths_kernel.c says how ties and the
 * cutoff are compared. tests/test_analyze.c checks the kernel against
 * igraph on random graphs.
 */
#ifndef DN_ANALYSIS_PATHS_KERNEL_H
#define DN_ANALYSIS_PATHS_KERNEL_H

#include "analysis/bridge.h"
#include "dipnet/error.h"

/* Relative tolerance under which two path lengths count as equal
 * (igraph's IGRAPH_SHORTEST_PATH_EPSILON): 1/3 + 1/3 + 1/3 and 1 are two
 * shortest paths of the same length. */
#define DN_PK_EPSILON 1e-10

/* Computes, for the directed graph a (arc lengths 1/a->w[i] when
 * a->weighted, else 1; a may hold self-loops and parallel arcs, which
 * count as igraph counts them), into arrays of a->n doubles, each of
 * which may be NULL when not wanted:
 *   betweenness  directed, unnormalised (Brandes)
 *   closeness    outward, Wasserman-Faust: (r/(n-1)) * (r/S), r = actors
 *                reached, S = sum of the distances to them; 0 when r = 0
 *   harmonic     outward sum of 1/distance over the actors reached
 * cutoff > 0: only paths of length <= cutoff count, and an actor farther
 * than that is not reached; cutoff <= 0: exact. DN_OK, DN_ENOMEM, or
 * DN_ELIMIT when the graph has 2^32 - 2 or more vertices or arcs. */
int dn_pk_compute(const dn_arcs *a, double cutoff, double *betweenness,
                  double *closeness, double *harmonic, dn_error *err);

#endif
