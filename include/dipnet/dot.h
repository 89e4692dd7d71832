/*
 * dipnet/dot.h - briefing diagrams: a graph as Graphviz DOT (built through
 * cgraph, never printed by hand) and rendered to SVG, PNG or PDF by gvc.
 *
 * The picture: one node per actor, shaped by type and kind (double octagon
 * for states, ellipse for persons, rounded box for government bodies,
 * hexagon for IGOs, ...), filled with the colour of its state (a fixed
 * function of the state's name, the same in every diagram); the persons,
 * bodies and places of a state sit in a cluster labelled with the state's
 * name, with the state's own node. Edges are coloured and styled by
 * interaction type (cooperative cool, conflictual warm, attack bold red,
 * member_of dashed grey), wider with their count and labelled "call ×3"
 * when seen more than once. A legend lists only the interaction types and
 * actor shapes present; a title and a caption name the documents, the date
 * range of the evidence and the filters applied.
 *
 * Graphviz names are synthetic (n0, n1, ... in actor id order) and every
 * text goes into a label escaped for Graphviz, so any name (quotes,
 * backslashes, markup, emoji, newlines, invalid UTF-8) is drawn as written.
 * The same graph and options always give the same DOT bytes.
 *
 * SVG element ids: node "<link_prefix>node-<actor id>", edge
 * "<link_prefix>edge-<k>", where k is the edge's position in the input
 * graph sorted by (source id, target id, type), i.e. its index after
 * dn_graph_sort(). The HTML report uses them to tie an arrow to its
 * evidence.
 */
#ifndef DIPNET_DOT_H
#define DIPNET_DOT_H

#include <stddef.h>
#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dn_dot_options {
    const char *title;       /* heading; NULL: the document's title (one
                                document) or "N documents" */
    const char *filters;     /* the filters applied, for the caption
                                (dn_filter_describe); NULL or "" = none */
    const char *size_by;     /* NULL: every actor the same size; "degree":
                                weighted total degree (sum of counts); else
                                a numeric node attribute ("pagerank") */
    size_t top_n;            /* 0: all actors; else keep the N most central
                                (the "pagerank" attribute when the graph
                                has one, else weighted total degree; ties by
                                id) and the edges among them */
    const char *link_prefix; /* prefix of node and edge ids; NULL = "" */
    const char *url_prefix;  /* when set, nodes and edges get a URL (an SVG
                                link) "<url_prefix>node-<id>" and
                                "<url_prefix>edge-<k>" */
    const char *layout;      /* dot (default), neato, fdp, sfdp or circo:
                                the graph attributes are tuned to it and a
                                layout other than dot is named in the DOT */
    int legend;              /* draw the legend (default 1) */
    int clusters;            /* group actors by state (default 1) */
} dn_dot_options;

/* Defaults: everything NULL/0, layout "dot", legend and clusters on. */
void dn_dot_options_init(dn_dot_options *o);

/* 1 when name is a layout dipnet offers (dot, neato, fdp, sfdp, circo). */
int dn_dot_layout_valid(const char *name);

/* The render format for an output path from its extension ("svg", "png",
 * "pdf", case-insensitive); NULL for any other extension. */
const char *dn_render_format_for_path(const char *path);

/* Writes the diagram of g as DOT to f. o may be NULL (defaults). Errors:
 * DN_EUSAGE (a size_by attribute no actor has, a bad layout), DN_EIO,
 * DN_ENOMEM, DN_EEXTERNAL (cgraph). */
int dn_dot_write(const dn_graph *g, const dn_dot_options *o, FILE *f,
                 dn_error *err);

/* The same DOT text in memory: *out is malloc'ed (caller frees), *len its
 * length without the terminating NUL. */
int dn_dot_string(const dn_graph *g, const dn_dot_options *o, char **out,
                  size_t *len, dn_error *err);

/* Lays the diagram out with layout (NULL: o->layout, else dot) and renders
 * it in format ("svg", "png", "pdf", or any format gvc offers) to memory:
 * *data is malloc'ed (caller frees), *len its length. Nothing is printed;
 * Graphviz's own messages end up in err. A format the installed plugins do
 * not offer fails with DN_EEXTERNAL and a hint to rebuild the plugin
 * configuration ("dot -c" as root). */
int dn_render(const dn_graph *g, const dn_dot_options *o, const char *format,
              const char *layout, char **data, size_t *len, dn_error *err);

#ifdef __cplusplus
}
#endif
#endif
