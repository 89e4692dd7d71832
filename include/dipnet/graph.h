/*
 * dipnet/graph.h - the typed interaction graph (see ../shared/EVENTS.md).
 *
 * A graph holds actors (nodes) and interactions (edges). Nodes are interned
 * by their id in a hash table: adding a node whose id exists returns the
 * existing node. Edges are keyed by (source, target, type): adding an edge
 * that exists returns the existing edge, and each edge carries a list of
 * evidence (where it was read) and a count. The same evidence (same
 * document, same byte offsets) is never recorded twice on an edge.
 *
 * Storage: g->nodes is an array of pointers, so a dn_node pointer stays
 * valid while the graph grows; n->index is its position in g->nodes. Edges
 * are likewise an array of pointers. Nodes, edges and every string and
 * list they hold belong to the graph (most live in its arena, all go with
 * dn_graph_free): never free, realloc or assign them; use the setters. Documents (the articles the evidence
 * comes from) are stored once in g->docs and referenced by index.
 *
 * Order: dn_graph_sort() puts nodes in id order and edges in (source id,
 * target id, type) order and renumbers indices; every writer sorts first so
 * that the same graph always gives the same bytes.
 *
 * The struct fields are public for reading and iteration. Change a graph
 * only through the functions below, which keep the hash tables in step.
 */
#ifndef DIPNET_GRAPH_H
#define DIPNET_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "dipnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DN_VERSION "0.1.0"
#define DN_GENERATOR "dipnet 0.1"

typedef enum dn_actor_type {
    DN_ACTOR_STATE = 0,
    DN_ACTOR_PERSON,
    DN_ACTOR_ORGANIZATION,
    DN_ACTOR_PLACE,
    DN_ACTOR__COUNT
} dn_actor_type;

/* Edge types, in the order EVENTS.md lists them. This order is the sort
 * order of edges that share source and target. */
typedef enum dn_edge_type {
    DN_EDGE_CALL = 0,
    DN_EDGE_MEETING,
    DN_EDGE_APPEAL,
    DN_EDGE_STATEMENT,
    DN_EDGE_ACCUSATION,
    DN_EDGE_REJECTION,
    DN_EDGE_ATTACK,
    DN_EDGE_MEMBER_OF,
    DN_EDGE__COUNT
} dn_edge_type;

/* Bit of an edge type in a type mask (dn_filter.types and the like). */
#define DN_EDGE_BIT(t) (1u << (unsigned)(t))
#define DN_EDGE_ALL ((1u << DN_EDGE__COUNT) - 1u)

/* "state", "person", ...; NULL for an out-of-range value. */
const char *dn_actor_type_name(dn_actor_type t);
/* Parses a type name; returns -1 when the name is not a type. */
int dn_actor_type_parse(const char *name);
const char *dn_edge_type_name(dn_edge_type t);
int dn_edge_type_parse(const char *name);
/* Parses a comma-separated list of edge type names ("call,meeting") into a
 * mask. Returns DN_OK, or DN_EUSAGE naming the unknown type. */
int dn_edge_type_mask_parse(const char *list, unsigned *mask, dn_error *err);
/* The default CAMEO root code and Goldstein weight of a type ("041", 1.0 for
 * call), used when an edge carries none of its own. member_of has neither:
 * NULL and NAN. */
const char *dn_edge_type_cameo(dn_edge_type t);
double dn_edge_type_goldstein(dn_edge_type t);

/* Bounds on one node, kept by the model itself so that every graph it can
 * build is one the file reader accepts back: aliases beyond the bound are
 * dropped (a thousand surface forms of one actor are noise), and one
 * attribute too many is refused with DN_ELIMIT. Both lists are kept unique
 * by linear search, which the bounds keep cheap (aliases compare a stored
 * hash before the bytes). */
#define DN_NODE_MAX_ALIASES 1000
#define DN_NODE_MAX_ATTRS 1000

/* A numeric attribute of a node, e.g. a centrality written by
 * "analyze --annotate". NAN is a legal value (written as null). */
typedef struct dn_attr {
    char *name;
    double value;
} dn_attr;

typedef struct dn_node {
    size_t index;       /* position in g->nodes */
    char *id;           /* stable key: "person:nikol-pashinyan"; never NULL */
    char *label;        /* display name; never NULL */
    dn_actor_type type; /* state, person, organization or place */
    char *kind;         /* organizations: government, igo, ngo, media,
                           military; persons: their role; else NULL */
    char *state;        /* label of the actor's state; a state's own label
                           for a state; NULL for IGOs and unknown */
    char *cameo;        /* CAMEO actor code ("ARMGOV") or NULL */
    char *iso;          /* ISO 3166-1 alpha-3 code of the actor's state
                           ("ARM"), or NULL */
    char **aliases;     /* other surface forms, unique, insertion order;
                           writers sort them */
    size_t n_aliases, cap_aliases;
    dn_attr *attrs;     /* numeric attributes, unique names */
    size_t n_attrs, cap_attrs;
    uint32_t *alias_hash; /* private to graph.c: a hash of each alias, in
                           step with aliases (cap_aliases slots), that
                           keeps dn_node_add_alias's scan off the strings */
} dn_node;

/* Where an edge was read: one sentence of one document.
 *
 * In a graph's evidence, text and trigger are interned: the graph owns
 * one copy of each distinct string, shared by every evidence entry (of
 * any edge) that holds the same bytes, and frees them all with the graph.
 * Nobody may free or modify them; they stay valid until dn_graph_free.
 * (A dn_evidence passed to dn_edge_add_evidence is the caller's: its
 * strings are only read.) */
typedef struct dn_evidence {
    uint32_t doc;  /* index into g->docs */
    long sentence; /* 1-based sentence number in the document */
    long start;    /* byte offset of the sentence's first byte */
    long end;      /* byte offset one past its last byte */
    char *text;    /* the sentence (UTF-8), or NULL; shared, see above */
    char *trigger; /* the trigger words, or NULL; shared, see above */
} dn_evidence;

typedef struct dn_edge {
    /* The graph allocates each edge at a 64-byte boundary: the fields up
     * to index share one cache line, which is all that the lookup, the
     * sort and the summary read of an edge. */
    dn_node *source;      /* the actor who acts */
    dn_node *target;      /* the actor acted upon */
    dn_edge_type type;
    long count;           /* times seen: evidence entries plus counts that
                             came without evidence (imports); >= 1 */
    dn_evidence *evidence;
    size_t n_evidence;
    size_t cap_evidence;
    size_t index;         /* position in g->edges */
    char *cameo;          /* CAMEO event code ("041") or NULL; interned
                             like evidence strings (one copy per distinct
                             code, owned by the graph): never free or
                             modify it, set it with dn_edge_set_cameo */
    double goldstein;     /* Goldstein weight, NAN when absent */
} dn_edge;

/* A document the graph was read from. */
typedef struct dn_document {
    char *id;    /* name as given (file name), unique in the graph */
    char *title; /* first line of the article, or NULL */
    char *date;  /* YYYY-MM-DD or NULL */
} dn_document;

typedef struct dn_graph_index dn_graph_index; /* private hash tables */

typedef struct dn_graph {
    char *generator;     /* "dipnet 0.1" */
    dn_document *docs;
    size_t n_docs, cap_docs;
    dn_node **nodes;
    size_t n_nodes, cap_nodes;
    dn_edge **edges;
    size_t n_edges, cap_edges;
    dn_graph_index *ix;  /* id -> node, (s,t,type) -> edge, evidence keys */
} dn_graph;

/* Allocates an empty graph; NULL when out of memory. Free with
 * dn_graph_free, which accepts NULL. */
dn_graph *dn_graph_new(void);
void dn_graph_free(dn_graph *g);

/* Looks a node up by id; NULL when absent. */
dn_node *dn_graph_node(const dn_graph *g, const char *id);

/* Returns the node with this id, creating it with label and type when it
 * does not exist. An existing node keeps its label and type. NULL when out
 * of memory. The strings are copied. */
dn_node *dn_graph_add_node(dn_graph *g, const char *id, const char *label,
                           dn_actor_type type);

/* Field setters; the string is copied, NULL clears. DN_OK or DN_ENOMEM. */
int dn_node_set_kind(dn_node *n, const char *kind);
int dn_node_set_state(dn_node *n, const char *state);
int dn_node_set_cameo(dn_node *n, const char *cameo);
int dn_node_set_iso(dn_node *n, const char *iso);
int dn_node_set_label(dn_node *n, const char *label);
/* Adds an alias unless it equals the label or an alias already there
 * (exact byte comparison), or the node holds DN_NODE_MAX_ALIASES already.
 * DN_OK or DN_ENOMEM. */
int dn_node_add_alias(dn_node *n, const char *alias);
/* Sets (or replaces) a numeric attribute. DN_OK, DN_ENOMEM, or DN_ELIMIT
 * for a new name on a node with DN_NODE_MAX_ATTRS attributes. */
int dn_node_set_attr(dn_node *n, const char *name, double value);
/* The attribute's slot, or NULL. */
const dn_attr *dn_node_attr(const dn_node *n, const char *name);

/* Looks an edge up; NULL when absent. */
dn_edge *dn_graph_edge(const dn_graph *g, const dn_node *source,
                       const dn_node *target, dn_edge_type type);

/* Returns the edge (source, target, type), creating it with count 0, no
 * evidence and the type's default CAMEO code and Goldstein weight when it
 * does not exist. source and target must belong to g. NULL when out of
 * memory. */
dn_edge *dn_graph_add_edge(dn_graph *g, dn_node *source, dn_node *target,
                           dn_edge_type type);

/* Records evidence on e and adds one to the count. ev's strings are
 * interned: copied into the graph on first sight, shared afterwards.
 * Returns 1 when added, 0 when the same (document, start, end) was already
 * on the edge (nothing changes), -1 when out of memory. ev->doc must be an
 * index into g->docs. */
int dn_edge_add_evidence(dn_graph *g, dn_edge *e, const dn_evidence *ev);

/* Sets e's CAMEO code to the graph's interned copy of code (copied on
 * first sight; NULL clears). code may be any string, also another graph's
 * code or e's own. DN_OK or DN_ENOMEM (e unchanged). */
int dn_edge_set_cameo(dn_graph *g, dn_edge *e, const char *code);

/* Returns the index of the document with this id, adding it when new.
 * title and date are stored when the document is new or had none.
 * Returns -1 when out of memory. */
long dn_graph_add_document(dn_graph *g, const char *id, const char *title,
                           const char *date);
/* Index of the document with this id, or -1. */
long dn_graph_document(const dn_graph *g, const char *id);

/* Adds all of src into dst (union). Nodes with the same id are one node:
 * fields missing in dst are taken from src, aliases and attributes are
 * united. Edges with the same key are one edge: evidence is united (the same
 * document and offsets once) and counts that came without evidence add up;
 * an edge new to dst keeps src's CAMEO code and Goldstein weight, and of two
 * codes a specific one ("194") beats the type's root ("190"), then the
 * smaller wins.
 * The result does not depend on the order of merging once sorted.
 * DN_OK or DN_ENOMEM. */
int dn_graph_merge(dn_graph *dst, const dn_graph *src, dn_error *err);

/* Copies one node of another graph (all its fields) into g and returns the
 * node of g; merges like dn_graph_merge when the id exists. NULL on ENOMEM. */
dn_node *dn_graph_copy_node(dn_graph *g, const dn_node *n);

/* Sorts nodes by id and edges by (source id, target id, type), sorts every
 * node's aliases and attributes by name and every edge's evidence by
 * (document id, start, end), and renumbers indices. */
void dn_graph_sort(dn_graph *g);

/* Number of evidence entries over all edges. */
size_t dn_graph_evidence_count(const dn_graph *g);

/* Makes a node id from a type prefix and a name: lower-case ASCII, runs of
 * other characters turned into single hyphens, non-ASCII letters folded to
 * ASCII where a simple folding exists ("Félix" -> "felix").
 * dn_make_id("person", "Nikol Pashinyan") -> "person:nikol-pashinyan".
 * Returns a malloc'ed string or NULL. */
char *dn_make_id(const char *prefix, const char *name);
/* The same id written into buf (cap bytes, its NUL included); returns its
 * length, or 0 with buf untouched when cap is less than the room it may
 * take: strlen(prefix) + 2 + the larger of strlen(name) and 17. */
size_t dn_make_id_buf(const char *prefix, const char *name, char *buf, size_t cap);

/* Prefix of the id for a type: "state", "person", "org", "place". */
const char *dn_actor_id_prefix(dn_actor_type t);

#ifdef __cplusplus
}
#endif
#endif
