/*
 * palette.h - how the diagrams look: the fill colour of each state, the
 * shape of each kind of actor and the colour and line of each interaction
 * type. Private to src/output (dot.c and the HTML report).
 *
 * A state's colour is a pure function of its name (a hash of the name into
 * a fixed list of light colours), so the same state has the same colour in
 * every diagram whatever else the graph holds. Two states may share a
 * colour when their hashes collide; the state clusters carry the name.
 */
#ifndef DN_OUTPUT_PALETTE_H
#define DN_OUTPUT_PALETTE_H

#include "dipnet/graph.h"

/* "#rrggbb" fill colour of a state; NULL state gives the no-state colour. */
const char *dn_palette_state_color(const char *state);
/* The same colour mixed with white (amount 0..1 of white), into buf (8
 * bytes at least); for the background of a state's cluster. */
const char *dn_palette_tint(const char *color, double white, char *buf);
/* A darker shade of the colour (factor 0..1 of the original kept). */
const char *dn_palette_shade(const char *color, double keep, char *buf);

/* The look of one actor class. */
typedef struct dn_actor_look {
    const char *key;   /* "state", "person", "government", ... */
    const char *shape; /* Graphviz shape */
    const char *style; /* Graphviz style (always includes "filled") */
    const char *words; /* the shape in words, for the legend */
} dn_actor_look;

/* The look of an actor given its type and kind: states, persons, places,
 * and organizations by kind (government, igo, ngo, media, military; an
 * unknown or missing kind gets the generic "organization" look). */
const dn_actor_look *dn_palette_actor(dn_actor_type type, const char *kind);
/* All actor looks in legend order, and their number. */
const dn_actor_look *dn_palette_actor_looks(size_t *n);

typedef struct dn_edge_look {
    const char *color;  /* "#rrggbb" */
    const char *style;  /* "solid", "dashed", "bold" */
    double penwidth;    /* base line width for count 1 */
    int conflictual;    /* 1 for accusation, rejection, attack */
} dn_edge_look;

const dn_edge_look *dn_palette_edge(dn_edge_type t);
/* Line width for an edge of this type seen count times: the base width
 * growing with log2(count), capped. */
double dn_palette_penwidth(dn_edge_type t, long count);

#endif
