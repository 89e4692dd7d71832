/*
 * dipnet/analyze.h - centrality and structure of an interaction graph, and
 * the shortest chains of contact between two actors.
 *
 * Engines. Betweenness, closeness and harmonic centrality come from
 * dipnet's own shortest-path kernel (src/analysis/paths_kernel.c: one
 * Brandes search per actor gives all three); everything else comes from
 * igraph. opts.engine = DN_ENGINE_IGRAPH computes those three with igraph
 * too (igraph_betweenness, igraph_closeness, igraph_harmonic_centrality
 * and their _cutoff forms), for cross-checking; both engines give the
 * same values up to rounding (tests/test_analyze.c compares them).
 *
 * The analysis graph. dn_analyze() turns a dn_graph into a directed simple
 * graph over the same nodes (same order, g->nodes[i] is vertex i): all
 * edges from A to B whose type is in the type mask become one arc A -> B
 * with weight = the sum of their counts (DN_WEIGHT_COUNT) or 1
 * (DN_WEIGHT_NONE). Edges from an actor to itself (which the state-level
 * aggregation produces: "Armenia's ministry accused Armenia's army") are
 * left out: they are not contacts between two actors.
 *
 * What each measure means here (exactly, so that it can be compared with
 * NetworkX; tests/test_analyze_nx.py does):
 *   in_degree, out_degree, degree   distinct actors that contacted / were
 *                                   contacted by this one; degree = in + out
 *   in_strength, out_strength,      the same weighted by the arc weights
 *   strength
 *   betweenness    directed, unnormalised (NetworkX normalized=False), arc
 *                  LENGTH = 1/weight, so that frequent contact is a short
 *                  link. Optional length cutoff: only paths no longer than
 *                  it count. Two path lengths within a relative 1e-10 of
 *                  each other are equal (as in igraph): 1/10 + 1/15 and
 *                  1/6 make two shortest paths although their doubles
 *                  differ (NetworkX compares exactly and finds one); a
 *                  path whose length equals the cutoff up to rounding may
 *                  fall on either side of it.
 *   closeness      outward (from the actor along the arrows), lengths
 *                  1/weight, Wasserman-Faust form for disconnected graphs:
 *                  (r/(n-1)) * (r/S) where r is the number of actors it
 *                  reaches and S the sum of the distances to them; 0 when
 *                  it reaches none (isolated actors, pure targets). Equals
 *                  networkx.closeness_centrality(G.reverse(), distance=len,
 *                  wf_improved=True).
 *   harmonic       outward: sum of 1/distance over the actors it reaches
 *                  (unreachable ones add 0); equals
 *                  networkx.harmonic_centrality(G.reverse(), distance=len).
 *   pagerank       directed, weighted, damping 0.85, dangling actors'
 *                  rank spread uniformly (PRPACK); sums to 1.
 *   hub, authority HITS on the weighted arcs, scaled to sum 1 (as
 *                  NetworkX does). A good hub initiates contact with good
 *                  authorities: hub ~ "who initiates", authority ~ "who
 *                  is sought out".
 *   eigenvector    on the UNDIRECTED projection (weight of {A,B} = weight
 *                  A->B + weight B->A), scaled to max 1. Directed
 *                  eigenvector centrality counts in-links only and is all
 *                  zeros on an acyclic graph, which contact graphs nearly
 *                  are; the undirected form is the meaningful one here.
 *   coreness       k-core number with degree = in + out (NetworkX
 *                  core_number on the DiGraph).
 *   community      Leiden with the modularity objective (node weights =
 *                  strengths, resolution 1/(2m)) on the undirected
 *                  projection, weighted, two iterations, RNG seeded
 *                  (opts.seed) so that the output is reproducible; ids
 *                  renumbered 0.. by decreasing size, ties by first
 *                  actor in id order.
 *                  a->modularity is the partition's weighted modularity
 *                  (resolution 1); NaN for a graph without arcs.
 *   weak_component, strong_component
 *                  component ids, renumbered the same way as communities.
 * Measures that cannot be defined for a node are NaN (written as null).
 */
#ifndef DIPNET_ANALYZE_H
#define DIPNET_ANALYZE_H

#include <stddef.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dn_measure {
    DN_M_PAGERANK = 0,
    DN_M_BETWEENNESS,
    DN_M_CLOSENESS,
    DN_M_HARMONIC,
    DN_M_HUB,
    DN_M_AUTHORITY,
    DN_M_EIGENVECTOR,
    DN_M_IN_DEGREE,
    DN_M_OUT_DEGREE,
    DN_M_DEGREE,
    DN_M_IN_STRENGTH,
    DN_M_OUT_STRENGTH,
    DN_M_STRENGTH,
    DN_M_CORENESS,
    DN_M_COMMUNITY,
    DN_M_WEAK_COMPONENT,
    DN_M_STRONG_COMPONENT,
    DN_M__COUNT
} dn_measure;

#define DN_MEASURE_BIT(m) (1u << (unsigned)(m))
#define DN_MEASURE_ALL ((1u << DN_M__COUNT) - 1u)

/* "pagerank", "betweenness", "in_degree", ...: the name used in option
 * lists, table headers, JSON keys and node attributes. NULL when out of
 * range. */
const char *dn_measure_name(dn_measure m);
/* -1 when name is not a measure. */
int dn_measure_parse(const char *name);
/* Parses "pagerank,betweenness" or "all" into order[] (in the order given,
 * duplicates dropped; "all" is every measure in enum order) and sets *n.
 * order must hold DN_M__COUNT entries. DN_OK or DN_EUSAGE. */
int dn_measure_list_parse(const char *list, dn_measure *order, size_t *n,
                          dn_error *err);
/* 1 for measures that are ids or whole numbers (degree, coreness,
 * community, components), 0 for real-valued ones. */
int dn_measure_is_integer(dn_measure m);

typedef enum dn_weight_mode {
    DN_WEIGHT_COUNT = 0, /* arc weight = sum of counts */
    DN_WEIGHT_NONE       /* every arc weighs 1 */
} dn_weight_mode;

typedef enum dn_engine {
    DN_ENGINE_DIPNET = 0, /* betweenness, closeness, harmonic: our kernel */
    DN_ENGINE_IGRAPH      /* every measure with igraph */
} dn_engine;

typedef struct dn_analyze_opts {
    unsigned measures;  /* mask of DN_MEASURE_BIT */
    unsigned types;     /* edge types that enter; 0 = all */
    dn_weight_mode weight;
    double cutoff;      /* path length cutoff for betweenness, closeness
                           and harmonic; <= 0 = exact (no cutoff) */
    unsigned long seed; /* seed of igraph's RNG (communities) */
    dn_engine engine;   /* who computes the path-based measures */
} dn_analyze_opts;

/* Defaults: all measures, all types, count weights, no cutoff, seed 42,
 * the dipnet engine. */
void dn_analyze_opts_init(dn_analyze_opts *o);

typedef struct dn_analysis {
    size_t n;                    /* vertices = g->n_nodes at analysis time */
    size_t n_arcs;               /* arcs of the analysis graph */
    unsigned measures;           /* which values[] are filled */
    double *values[DN_M__COUNT]; /* values[m][i] for node i, or NULL */
    double modularity;           /* of the communities, NaN if none */
    size_t n_communities, n_weak, n_strong;
    double cutoff;               /* as used (<= 0: exact) */
    double igraph_seconds;       /* wall time spent inside igraph calls */
    double kernel_seconds;       /* wall time inside the measure kernels:
                                    the igraph calls plus dipnet's
                                    shortest-path kernel */
} dn_analysis;

/* Computes the measures of opts on g. On success *out is the analysis
 * (caller frees with dn_analysis_free). igraph failures become
 * DN_EEXTERNAL with igraph's reason; DN_ENOMEM. The library installs its
 * own igraph error and warning handlers for the duration of the call (the
 * process never aborts and nothing is printed). */
int dn_analyze(const dn_graph *g, const dn_analyze_opts *opts,
               dn_analysis **out, dn_error *err);
void dn_analysis_free(dn_analysis *a);

/* Writes every computed measure into the nodes of g (the graph that was
 * analysed, same node order) as attributes named dn_measure_name(m).
 * DN_OK or DN_ENOMEM. */
int dn_analysis_annotate(dn_graph *g, const dn_analysis *a, dn_error *err);

/* One step of a chain of contact: the edge used and whether it was walked
 * against its arrow. */
typedef struct dn_hop {
    const dn_edge *edge;
    int reversed; /* 1 when the chain goes from edge->target to source */
} dn_hop;

typedef struct dn_path {
    dn_hop *hops;
    size_t n_hops;
} dn_path;

typedef struct dn_paths {
    dn_path *paths; /* shortest chains, in order of their node ids */
    size_t n_paths;
    size_t total;   /* shortest chains that exist (>= n_paths) */
} dn_paths;

/* The shortest chains of contact (fewest hops) from `from` to `to` in g,
 * over edges whose type is in types (0 = all). directed = 0 lets a chain
 * use an edge in either direction. At most max_paths chains are returned
 * (1 for just one; total says how many exist). For each hop the edge
 * shown is, among the edges joining the two actors, one in the walking
 * direction if any, then the most often seen, then the first by type.
 * *out has n_paths 0 when there is no chain. from == to gives one chain
 * of no hops. */
int dn_shortest_paths(const dn_graph *g, const dn_node *from,
                      const dn_node *to, unsigned types, int directed,
                      size_t max_paths, dn_paths **out, dn_error *err);
void dn_paths_free(dn_paths *p);

#ifdef __cplusplus
}
#endif
#endif
