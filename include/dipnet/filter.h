/*
 * dipnet/filter.h - views of a graph shared by every command that reads
 * graphs (analyze, path, dot, render, report): interaction types, evidence
 * dates, minimum count, an ego network, and the state-level aggregation.
 *
 * A filter never changes its input: it builds a new graph. Order of
 * application: aggregation to states (level_state), then types, dates and
 * min_count on edges, then the ego network. Nodes left without edges are
 * dropped when any edge filter or ego is set, kept otherwise.
 */
#ifndef DIPNET_FILTER_H
#define DIPNET_FILTER_H

#include <stddef.h>

#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dn_filter {
    unsigned types;    /* mask of DN_EDGE_BIT(type); 0 means all types */
    const char *since; /* YYYY-MM-DD: keep evidence dated on or after it;
                          NULL = no bound. An edge keeps only the evidence
                          inside the range, its count drops accordingly,
                          and an edge left with none is dropped. */
    const char *until; /* YYYY-MM-DD, inclusive; NULL = no bound */
    long min_count;    /* keep edges whose count >= min_count (0 = all) */
    const char *ego;   /* actor given by id, label or alias; NULL = all */
    int radius;        /* hops around ego, edges taken as undirected (>= 0) */
    int level_state;   /* aggregate persons and bodies into their state */
} dn_filter;

/* No filtering: all types, no dates, min_count 0, no ego, radius 1. */
void dn_filter_init(dn_filter *f);

/* 1 when f would change some graph (any field set). */
int dn_filter_active(const dn_filter *f);

/* Builds the filtered view of g into *out (caller frees). Errors:
 * DN_EUSAGE for an ego that names no actor or a bad date, DN_ENOMEM. */
int dn_filter_apply(const dn_graph *g, const dn_filter *f, dn_graph **out,
                    dn_error *err);

/* The state-level graph: every actor whose `state` names a state is
 * replaced by that state's node (state:<name>, created when the graph has
 * none); IGOs, NGOs and stateless actors stay as they are. Edges between
 * the same pair of states and of the same type are united (counts and
 * evidence add up); an edge from a state to itself is kept. */
int dn_graph_aggregate_states(const dn_graph *g, dn_graph **out,
                              dn_error *err);

/* Finds an actor by id, then by label, then by alias (labels and aliases
 * compared case-insensitively). NULL when none, or when the name is
 * ambiguous (two actors share it as a label or alias). */
dn_node *dn_graph_find_actor(const dn_graph *g, const char *name);

/* Describes the active parts of f for captions, e.g.
 * "types: call, meeting; since 2022-09-01; ego Armenia (radius 1)";
 * "" when nothing is active. Returns buf. */
const char *dn_filter_describe(const dn_filter *f, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
