/*
 * dipnet/report.h - the briefing page: one self-contained HTML file that
 * answers "where does this arrow come from?" without a network.
 *
 * The page holds, in order: a header (title, date range of the evidence,
 * the documents the graph was read from, the filters applied), the diagram
 * as inline SVG, a "New since DATE" section when asked, the key actors
 * (one column per measure: PageRank, hubs, authorities, betweenness), every
 * actor, and every interaction grouped by type with each of its evidence
 * sentences (document, sentence number, date, trigger words in <mark>).
 *
 * Anchors: the entry of an actor has the HTML id "node-<actor id>" and the
 * entry of edge g->edges[i] has id "edge-<i>" (index after dn_graph_sort).
 * Give the diagram (dot.h) a link_prefix such as "svg-", no url_prefix, and
 * pass the same prefix as svg_prefix: the page then finds each SVG node and
 * edge group (ids "<svg_prefix>node-..." and "<svg_prefix>edge-<i>"),
 * replaces its <title> with a tooltip naming the actor, or the
 * interaction's type, actors and count, and wraps its shapes in a link to
 * the entry. The page writes those links itself, so every href on it is
 * escaped by the report, whatever the ids hold. Each evidence entry is an element of class
 * "evidence" (one per evidence entry of the graph).
 *
 * Safety: every string from the graph is HTML-escaped, invalid UTF-8 is
 * replaced, the SVG's XML prolog, DOCTYPE and comments are dropped, and the
 * page carries a Content-Security-Policy that forbids every fetch and every
 * script: the page ships no script at all. Output is deterministic (no
 * clock, no pointer order).
 */
#ifndef DIPNET_REPORT_H
#define DIPNET_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One column of the key-actor table. */
typedef struct dn_report_measure {
    const char *name;    /* column heading, e.g. "PageRank" */
    const char *role;    /* what a high score means, e.g. "brokers" */
    const double *value; /* one score per node, indexed by node->index;
                            NAN = no score. Borrowed. */
} dn_report_measure;

typedef struct dn_report_opts {
    const char *title;     /* page title; NULL: "Briefing: <title of the
                              first document>" or "Briefing" */
    const char *filters;   /* the filters applied, as dn_filter_describe
                              gives them; NULL or "" = none */
    const char *new_since; /* YYYY-MM-DD: add a "New since" section listing
                              the edges first seen on or after it; NULL =
                              no section */
    const char *svg;       /* the diagram as an SVG document (prolog and
                              DOCTYPE allowed; they are dropped), or NULL */
    const char *svg_prefix; /* the diagram's link_prefix (see above), or
                              NULL to keep its <title> elements */
    size_t svg_shown;      /* when the diagram draws only the most central
                              actors: how many (the caption says so); 0 =
                              it draws them all */
    const char *svg_note;  /* shown in place of a missing diagram; NULL =
                              a generic note */
    const dn_report_measure *measures; /* key-actor columns; NULL or none:
                              the page ranks actors by weighted degree
                              (contacts made and received) and says so */
    size_t n_measures;
    size_t top;            /* actors taken from each measure; 0 = 10 */
} dn_report_opts;

/* Sets every field to its default (all NULL / 0). */
void dn_report_opts_init(dn_report_opts *o);

/* Writes the page for g to f. g must be sorted (dn_graph_sort) so that
 * indices and anchors match the diagram. DN_OK, DN_EINVAL for a bad
 * new_since date, DN_ENOMEM, or DN_EIO when f reports a write error. */
int dn_report_write(const dn_graph *g, const dn_report_opts *o, FILE *f,
                    dn_error *err);

/* The date an edge was first seen: the earliest date of the documents of
 * its evidence (YYYY-MM-DD, pointing into g), or NULL when no evidence is
 * dated. */
const char *dn_report_first_seen(const dn_graph *g, const dn_edge *e);

/* 1 when e was first seen on or after since (dn_report_first_seen(g, e) >=
 * since); 0 otherwise, including edges with no dated evidence. */
int dn_report_is_new(const dn_graph *g, const dn_edge *e, const char *since);

#ifdef __cplusplus
}
#endif
#endif
