/*
 * graph.c - the typed interaction graph: nodes interned by id, edges keyed
 * by (source, target, type), evidence that is never recorded twice.
 *
 * Three open-addressing hash tables (linear probing, power-of-two sizes,
 * grown at 50% load) live in dn_graph_index:
 *   nodes:    node_head* keyed by id (with the id's hash)
 *   edges:    dn_edge*  keyed by (source, target, type) node pointers
 *                       (with the key's hash)
 *   evidence: ev_key    keyed by (edge, document, start, end), for edges
 *                       with more than EV_SCAN entries
 *   docs:     size_t    document index + 1, keyed by document id
 *   strs:     str_slot  interned evidence texts
 *   trigs:    str_slot  interned evidence triggers
 *   codes:    str_slot  interned edge CAMEO codes
 * They hold pointers, which stay valid when dn_graph_sort reorders the
 * arrays, so sorting never rebuilds them. Nothing is ever removed from a
 * graph: filters build a new graph instead.
 *
 * Evidence strings are interned: a dense sentence supports many edges,
 * and each edge's evidence points at the one copy of its text. The
 * copies live in an arena of chunks that double from 64 KB to a huge
 * page (longer strings get a chunk of their own) that dn_graph_free
 * releases at once; str_slot keeps each
 * string's hash beside it so that a probe compares strings only when the
 * hashes agree. Edge CAMEO codes are interned the same way, in a table of
 * their own: a few hundred codes serve every edge, so an edge costs no
 * malloc and no free for its code (dn_edge_set_cameo sets one).
 *
 * Edges themselves live in slabs of EDGE_SLAB cells and more (never
 * removed, so never freed one by one), each in a 64-byte aligned cell of
 * two cache lines
 * that also holds its first, one-entry evidence list (edge_cell); short
 * evidence lists live in the arena (ev_reserve), and each node keeps a
 * 4-byte hash of every alias beside its aliases, so that re-adding the aliases a node already has,
 * which the extractor does after each document, reads no strings.
 *
 * Nodes live in the arena too (node_head: the id, then the node),
 * and so do their strings (label, kind, ..., aliases, attribute names)
 * and their alias and attribute arrays (doubled, an outgrown one left in
 * place): making a node costs no malloc, and freeing a graph frees chunks,
 * slabs and the few long evidence lists, not node after node. Every
 * string in the arena carries graph_private.h's header (its length, and
 * the JSON writer's verdict on escaping).
 */
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/graph.h"
#include "graph/graph_private.h"
#include "util/util.h"

/* An assert that reads nodes (see dn_graph_add_edge): on in the sanitizer
 * builds (make SAN=1) or with DN_NODE_CHECKS defined. */
#if defined(DN_NODE_CHECKS) || defined(__SANITIZE_ADDRESS__)
#define NODE_ASSERT(c) assert(c)
#else
#define NODE_ASSERT(c) ((void)0)
#endif

/* An edge's first EV_SCAN evidence entries are kept unique by a scan of
 * its own list; only edges with more enter the evidence table, all their
 * entries at once. Most edges have one or two entries: their keys never
 * cost a table slot or a cache miss. */
#define EV_SCAN 16

/* Evidence lists of up to EV_SMALL entries live in the string arena (most
 * edges have one or two): no malloc and no free for them. */
#define EV_SMALL 4

typedef struct ev_key {
    const dn_edge *edge; /* NULL marks an empty slot */
    uint32_t doc;
    long start, end;
} ev_key;

typedef struct str_slot {
    uint64_t h;      /* str_hash of the string */
    const char *s;   /* the arena copy; NULL marks an empty slot */
} str_slot;

/* A table of interned strings, grown at 50% load. */
typedef struct str_tab {
    str_slot *slots;
    size_t cap, used;
    const char *last_in[2];  /* the caller's pointer of the last call of
                                each kind (texts, triggers) ... */
    const char *last_out[2]; /* ... and the copy it got: the extractor
                                passes one sentence's text (and often one
                                trigger) for each of its edges, a text and
                                a trigger in turn */
} str_tab;

/* A chunk of the string arena; data follows the header. */
typedef struct str_chunk {
    struct str_chunk *next;
    size_t used, cap;
    int mapped;         /* a huge chunk (dn_tab_calloc), not malloc'ed */
} str_chunk;

#define STR_CHUNK 65536 /* bytes of data in a graph's first chunk */

/* Edges are never removed from a graph, so they are carved from slabs
 * and freed with the graph, a free per slab, not per edge. Slabs double
 * from EDGE_SLAB cells to a huge page, mapped as the arena's chunks are
 * (arena_take_chunk): the extractor finds old edges and the writer reads
 * them all in an order that is not that of memory.
 *
 * Each edge has a cell of two cache lines, 64-byte aligned: the edge,
 * whose first line holds what the lookup, the sort and the summary read
 * (dipnet/graph.h), then its CAMEO code and weight and room for its first
 * evidence list, of one entry (most edges never have more), on the
 * second line, which the JSON writer reads with the first: the list costs
 * no arena bytes and no cache miss of its own. A longer list moves out
 * (ev_reserve); its slot here is then unused. */
#define EDGE_SLAB 256

typedef struct edge_cell {
    _Alignas(64) dn_edge e;
    dn_evidence first;
} edge_cell;

_Static_assert(offsetof(dn_edge, index) + sizeof(size_t) <= 64,
               "an edge's first fields fit one cache line");

typedef struct edge_slab {
    struct edge_slab *next;
    size_t used, cap;  /* cells taken, cells in c */
    int mapped;        /* a huge page (dn_tab_calloc), not aligned_alloc'ed */
    edge_cell c[];
} edge_slab;

/* A node as the graph allocates it, from its arena: a head (what the
 * graph keeps private), the id behind its graph_private.h header, then
 * the public struct, 8-byte aligned:
 *
 *     [ix][pad][idhdr][id bytes][NUL][pad to 8][dn_node]
 *
 * The node table points at the head, so that the probe that finds a node
 * reads the id on the line it starts and the node on the next; the index
 * pointer lets the setters, which get only the node, copy strings into
 * the arena (the head is n->id less its size). */
typedef struct node_head {
    dn_graph_index *ix; /* the graph's index (its arena) */
    uint32_t pad;
    uint32_t idhdr;     /* the id's graph_private.h header; the id
                           follows */
} node_head;

/* The offset of the node behind a head whose id has len bytes. */
static size_t node_off(size_t len)
{
    return (sizeof(node_head) + len + 1 + 7) & ~(size_t)7;
}

static node_head *head_of(const dn_node *n)
{
    return (node_head *)(void *)(n->id - sizeof(node_head));
}

static const char *head_id(const node_head *hd)
{
    return (const char *)(hd + 1);
}

static dn_node *head_node(const node_head *hd)
{
    return (dn_node *)(void *)((char *)(uintptr_t)hd +
                               node_off(dn_istr_len(head_id(hd))));
}

/* A slot of the node and edge tables: the entry's hash and pointer. */
typedef struct ptr_slot {
    uint64_t h;
    void *p;           /* dn_node* or dn_edge*; NULL = empty */
} ptr_slot;

struct dn_graph_index {
    ptr_slot *nodes;   /* size n_cap, keyed by id */
    size_t n_cap, n_used;
    ptr_slot *edges;   /* size e_cap, keyed by (source, target, type) */
    size_t e_cap, e_used;
    ev_key *ev;
    size_t v_cap, v_used;
    size_t *docs;      /* document index + 1, 0 = empty */
    size_t d_cap, d_used;
    str_tab strs;      /* interned evidence texts */
    str_tab trigs;     /* interned evidence triggers: a few dozen, a table
                          that stays in cache */
    str_tab codes;     /* interned edge CAMEO codes: a few hundred, a
                          table that stays in cache */
    const char *type_code[DN_EDGE__COUNT]; /* codes' copy of each type's
                          default code, NULL until first needed */
    str_chunk *chunks; /* the arena; the head is the one being filled */
    size_t chunk_cap;  /* data bytes of the next ordinary chunk (0: the
                          first, STR_CHUNK; see arena_take_chunk) */
    edge_slab *slabs;  /* the edges; the head is the one being filled */
    uint64_t epoch;    /* dn_graph_epoch */
};

/* Numbers for dn_graph_epoch, never given twice in a process. */
static uint64_t next_epoch(void)
{
    static _Atomic uint64_t last;

    return ++last;
}

static const char *const actor_names[DN_ACTOR__COUNT] = {
    "state", "person", "organization", "place"};
static const char *const actor_prefix[DN_ACTOR__COUNT] = {
    "state", "person", "org", "place"};
static const char *const edge_names[DN_EDGE__COUNT] = {
    "call", "meeting", "appeal", "statement",
    "accusation", "rejection", "attack", "member_of"};
/* CAMEO roots and GDELT Goldstein weights (EVENTS.md). */
static const char *const edge_cameo[DN_EDGE__COUNT] = {
    "041", "040", "020", "010", "112", "120", "190", NULL};
static const double edge_goldstein[DN_EDGE__COUNT] = {
    1.0, 1.0, 3.0, 0.0, -2.0, -4.0, -10.0, NAN};

const char *dn_actor_type_name(dn_actor_type t)
{
    return (unsigned)t < DN_ACTOR__COUNT ? actor_names[t] : NULL;
}

const char *dn_actor_id_prefix(dn_actor_type t)
{
    return (unsigned)t < DN_ACTOR__COUNT ? actor_prefix[t] : "actor";
}

int dn_actor_type_parse(const char *name)
{
    for (int i = 0; i < DN_ACTOR__COUNT; i++)
        if (name && strcmp(name, actor_names[i]) == 0)
            return i;
    return -1;
}

const char *dn_edge_type_name(dn_edge_type t)
{
    return (unsigned)t < DN_EDGE__COUNT ? edge_names[t] : NULL;
}

int dn_edge_type_parse(const char *name)
{
    for (int i = 0; i < DN_EDGE__COUNT; i++)
        if (name && strcmp(name, edge_names[i]) == 0)
            return i;
    return -1;
}

int dn_edge_type_mask_parse(const char *list, unsigned *mask, dn_error *err)
{
    const char *p = list;

    *mask = 0;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char word[32];
        int t;

        if (n == 0 || n >= sizeof word)
            return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                                "bad type list \"%s\" (types: call, meeting, "
                                "appeal, statement, accusation, rejection, "
                                "attack, member_of)", list);
        memcpy(word, p, n);
        word[n] = '\0';
        t = dn_edge_type_parse(word);
        if (t < 0)
            return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                                "unknown interaction type \"%s\" (types: "
                                "call, meeting, appeal, statement, "
                                "accusation, rejection, attack, member_of)",
                                word);
        *mask |= DN_EDGE_BIT(t);
        p = comma ? comma + 1 : NULL;
    }
    if (!*mask)
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0, "empty type list");
    return DN_OK;
}

const char *dn_edge_type_cameo(dn_edge_type t)
{
    return (unsigned)t < DN_EDGE__COUNT ? edge_cameo[t] : NULL;
}

double dn_edge_type_goldstein(dn_edge_type t)
{
    return (unsigned)t < DN_EDGE__COUNT ? edge_goldstein[t] : NAN;
}

/* ---- hash tables ------------------------------------------------------ */

/* Two multiplies and a finishing step (no calls): nodes are allocated
 * at least 8-byte aligned, so target + type is unique for a type < 8. */
static uint64_t edge_hash(const dn_node *s, const dn_node *t, dn_edge_type ty)
{
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9e3779b97f4a7c15ULL;

    h ^= ((uint64_t)(uintptr_t)t + (uint64_t)ty) * 0xc2b2ae3d27d4eb4fULL;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 32);
}

static uint64_t ev_hash(const dn_edge *e, uint32_t doc, long start, long end)
{
    uint64_t h = dn_hash_mix(0, (uint64_t)(uintptr_t)e);
    h = dn_hash_mix(h, doc);
    h = dn_hash_mix(h, (uint64_t)start);
    return dn_hash_mix(h, (uint64_t)end);
}

/* The node and edge tables keep each entry's hash beside its pointer: a
 * probe looks at a node or an edge (a cache miss in a big graph) only when
 * the hashes agree. */

/* Whether the n bytes at a and b are the same: up to 32 (triggers,
 * codes, most aliases and ids) compared as overlapping words, inline;
 * more by memcmp. Every byte read is one of the n. */
static inline int bytes_eq(const char *a, const char *b, size_t n)
{
    uint64_t x0, x1, y0, y1;
    uint32_t u0, u1, v0, v1;

    if (n > 32)
        return memcmp(a, b, n) == 0;
    if (n > 16) {
        memcpy(&x0, a, 8);
        memcpy(&x1, a + 8, 8);
        memcpy(&y0, b, 8);
        memcpy(&y1, b + 8, 8);
        if ((x0 ^ y0) | (x1 ^ y1))
            return 0;
        a += n - 16;
        b += n - 16;
        n = 16;
    }
    if (n >= 8) {
        memcpy(&x0, a, 8);
        memcpy(&x1, a + n - 8, 8);
        memcpy(&y0, b, 8);
        memcpy(&y1, b + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        memcpy(&u0, a, 4);
        memcpy(&u1, a + n - 4, 4);
        memcpy(&v0, b, 4);
        memcpy(&v1, b + n - 4, 4);
        return ((u0 ^ v0) | (u1 ^ v1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* The hash of the n bytes at s in the graph's tables (ids, interned
 * strings) and alias lists: dn_hash_fast, but for a string of up to 32
 * bytes (triggers, codes, most aliases and ids) a mix of its length and
 * the overlapping words that hold all its bytes, inline: a call and a
 * loop cost more than the probe it serves. Any function would do as
 * long as a table or a list keeps to one; equal hashes are always
 * confirmed by comparing the bytes. */
static inline uint64_t str_hash(const char *s, size_t n)
{
    uint64_t a = 0, b = 0, c = 0, d = 0, h;
    uint32_t x, y;

    if (n > 32)
        return dn_hash_fast(s, n);
    if (n > 16) {
        memcpy(&a, s, 8);
        memcpy(&b, s + 8, 8);
        memcpy(&c, s + n - 16, 8);
        memcpy(&d, s + n - 8, 8);
    } else if (n >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        a = x;
        b = y;
    } else if (n) {
        a = (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
            (uint64_t)(unsigned char)s[n - 1] << 16;
    }
    h = (a ^ (uint64_t)n) * 0x9e3779b97f4a7c15ULL + b * 0xc2b2ae3d27d4eb4fULL;
    h ^= (c * 0x165667b19e3779f9ULL + d * 0x85ebca77c2b2ae63ULL) >> 7;
    h ^= h >> 32;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

/* An id's hash (str_hash). */
static uint64_t id_hash(const char *id)
{
    return str_hash(id, strlen(id));
}

/* The same, of an id of n bytes. */
static uint64_t id_hash_n(const char *id, size_t n)
{
    return str_hash(id, n);
}

/* Puts (h, p) into a table known to hold a free slot. */
static void slot_put(ptr_slot *t, size_t cap, uint64_t h, void *p)
{
    size_t mask = cap - 1, i;

    for (i = h & mask; t[i].p; i = (i + 1) & mask)
        ;
    t[i].h = h;
    t[i].p = p;
}

/* slot_reserve when the table is full: a table twice the size (64
 * slots for none), its entries put into it again. */
static int slot_grow(ptr_slot **t, size_t *cap)
{
    size_t ncap = *cap ? *cap * 2 : 64;
    ptr_slot *nt;

    if (!(nt = dn_tab_calloc(ncap, sizeof *nt)))
        return -1;
    for (size_t i = 0; i < *cap; i++)
        if ((*t)[i].p)
            slot_put(nt, ncap, (*t)[i].h, (*t)[i].p);
    dn_tab_free(*t, *cap, sizeof **t);
    *t = nt;
    *cap = ncap;
    return 0;
}

/* Makes room for one more entry in a table grown at 50% load. */
static inline int slot_reserve(ptr_slot **t, size_t *cap, size_t used)
{
    return (used + 1) * 2 <= *cap ? 0 : slot_grow(t, cap);
}

/* The node whose id is the n bytes at id (hashing to h), or NULL. The
 * slot holds the id's hash: a probe reads a node only when the hashes
 * agree, so that a miss touches the table alone and a hit one node. */
static dn_node *node_find(const dn_graph_index *ix, const char *id, size_t n,
                          uint64_t h)
{
    size_t mask, i;

    if (!ix->n_cap)
        return NULL;
    mask = ix->n_cap - 1;
    for (i = h & mask; ix->nodes[i].p; i = (i + 1) & mask)
        if (ix->nodes[i].h == h) {
            const node_head *o = ix->nodes[i].p;
            if (dn_istr_len(head_id(o)) == n && bytes_eq(head_id(o), id, n))
                return head_node(o);
        }
    return NULL;
}

/* Inserts n (whose id hashes to h), growing the table at 50% load. */
static int node_insert(dn_graph_index *ix, dn_node *n, uint64_t h)
{
    if (slot_reserve(&ix->nodes, &ix->n_cap, ix->n_used) != 0)
        return -1;
    slot_put(ix->nodes, ix->n_cap, h, head_of(n));
    ix->n_used++;
    return 0;
}

static dn_edge *edge_find(const dn_graph_index *ix, const dn_node *source,
                          const dn_node *target, dn_edge_type type,
                          uint64_t h)
{
    size_t mask, i;

    if (!ix->e_cap)
        return NULL;
    mask = ix->e_cap - 1;
    for (i = h & mask; ix->edges[i].p; i = (i + 1) & mask)
        if (ix->edges[i].h == h) {
            dn_edge *e = ix->edges[i].p;
            /* the edge's second line (its CAMEO code and the first
             * evidence entry of its cell), which an edge found to add
             * evidence to reads next, is fetched with the first: two
             * misses at once in a large graph, not one after the other */
            DN_PREFETCH((const char *)e + 64);
            if (e->source == source && e->target == target && e->type == type)
                return e;
        }
    return NULL;
}

/* Finds the evidence key; inserts it when absent. Returns 1 when it was
 * inserted, 0 when present, -1 on ENOMEM. */
static int ev_tab_insert(dn_graph_index *ix, const ev_key *k)
{
    size_t mask, i;

    if ((ix->v_used + 1) * 2 > ix->v_cap) {
        ev_key *old = ix->ev;
        size_t old_cap = ix->v_cap, cap = old_cap ? old_cap * 2 : 64;

        ix->ev = dn_tab_calloc(cap, sizeof *ix->ev);
        if (!ix->ev) {
            ix->ev = old;
            return -1;
        }
        ix->v_cap = cap;
        for (size_t j = 0; j < old_cap; j++) {
            if (!old[j].edge)
                continue;
            size_t m = cap - 1, p;
            for (p = ev_hash(old[j].edge, old[j].doc, old[j].start,
                             old[j].end) & m;
                 ix->ev[p].edge; p = (p + 1) & m)
                ;
            ix->ev[p] = old[j];
        }
        dn_tab_free(old, old_cap, sizeof *old);
    }
    mask = ix->v_cap - 1;
    for (i = ev_hash(k->edge, k->doc, k->start, k->end) & mask; ix->ev[i].edge;
         i = (i + 1) & mask) {
        const ev_key *o = &ix->ev[i];
        if (o->edge == k->edge && o->doc == k->doc && o->start == k->start &&
            o->end == k->end)
            return 0;
    }
    ix->ev[i] = *k;
    ix->v_used++;
    return 1;
}

/* ---- interned strings ------------------------------------------------- */

/* arena_take when the chunk being filled lacks room: a new chunk; a
 * request too big for an ordinary chunk gets a chunk of its own, linked
 * behind the one being filled, which stays the one filled. NULL on
 * ENOMEM.
 *
 * Ordinary chunks double from STR_CHUNK to a huge page (header
 * included), mapped and asked to live in one (dn_tab_calloc): a large
 * graph's sentences, nodes and short evidence lists are read at random,
 * by the extractor when it finds an edge or a sentence again and by the
 * writer in edge order, and over 4 KB pages nearly every such read
 * would also miss the TLB. A small graph keeps small chunks. */
static void *arena_take_chunk(dn_graph_index *ix, size_t n)
{
    str_chunk *c = ix->chunks, *nc;
    int own = n > STR_CHUNK / 4;
    size_t cap = own ? n : ix->chunk_cap ? ix->chunk_cap : STR_CHUNK;

    if (!own && cap + sizeof *nc >= DN_HUGE_PAGE) {
        if (!(nc = dn_tab_calloc(1, DN_HUGE_PAGE)))
            return NULL;
        nc->cap = DN_HUGE_PAGE - sizeof *nc;
        nc->mapped = 1;
    } else {
        if (n > SIZE_MAX - sizeof *nc || !(nc = malloc(sizeof *nc + cap)))
            return NULL;
        nc->cap = cap;
        nc->mapped = 0;
        if (!own)
            ix->chunk_cap = 2 * cap;
    }
    if (c && own) {
        nc->next = c->next;
        c->next = nc;
    } else {
        nc->next = c;
        ix->chunks = nc;
    }
    nc->used = n;
    return nc + 1;
}

/* n bytes of the arena at an align-byte boundary (align: 4 or 8). The
 * common case, room in the chunk being filled, is inline: every string
 * and node the graph copies comes through here. */
static inline void *arena_take(dn_graph_index *ix, size_t n, size_t align)
{
    str_chunk *c = ix->chunks;
    size_t at;

    if (!c)
        return arena_take_chunk(ix, n);
    at = (c->used + align - 1) & ~(align - 1);
    if (at > c->cap || c->cap - at < n)
        return arena_take_chunk(ix, n);
    c->used = at + n;
    return (char *)(c + 1) + at;
}

static void *arena_alloc(dn_graph_index *ix, size_t n)
{
    return arena_take(ix, n, 8);
}

/* Writes the header of graph_private.h for a string of n bytes at h. */
static void istr_header(void *h, size_t n)
{
    uint32_t v = (uint32_t)(n < DN_ISTR_LONG ? n : DN_ISTR_LONG) << 2;

    memcpy(h, &v, 4);
}

/* Whether one of the eight bytes of v is below 0x20, a '"' or a '\\':
 * exact as a yes/no (each has-less-than test sets a high bit only when
 * some byte qualifies). */
static int word_escapes(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');

    return ((((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) != 0;
}

/* Copies the n bytes at s to d (apart) and tells whether one of them is
 * one that JSON escapes (dn_istr_escapes), in one pass: sixteen bytes at
 * a time with SSE2, the last block ending with the string (overlapping
 * the one before); a shorter string as two overlapping words of eight
 * or four bytes, or its one to three bytes. Most strings copied are names and codes of a few to
 * thirty bytes, which a byte loop and a call to memcpy cost several
 * times as much. Every byte read is one of the n. */
static inline __attribute__((always_inline)) int copy_escapes(char *d, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t a, b;
    uint32_t x, y;

#ifdef __SSE2__
    if (n >= 16) {
        /* the blocks' verdicts are or-ed as vectors, looked at once */
        const __m128i ctl = _mm_set1_epi8(0x1f), quote = _mm_set1_epi8('"'),
                      bslash = _mm_set1_epi8('\\');
        __m128i acc = _mm_setzero_si128(), v;
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            acc = _mm_or_si128(acc, _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
            acc = _mm_or_si128(acc, _mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                 _mm_cmpeq_epi8(v, bslash)));
            _mm_storeu_si128((__m128i *)(void *)(d + i), v);
        }
        if (i < n) { /* the last block ends with the string */
            v = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
            acc = _mm_or_si128(acc, _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
            acc = _mm_or_si128(acc, _mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                 _mm_cmpeq_epi8(v, bslash)));
            _mm_storeu_si128((__m128i *)(void *)(d + n - 16), v);
        }
        return _mm_movemask_epi8(acc) != 0;
    }
#else
    if (n >= 16) {
        memcpy(d, s, n);
        return dn_istr_escapes(s, n);
    }
#endif
    if (n >= 8) {
        memcpy(&a, p, 8);
        memcpy(&b, p + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
        return word_escapes(a) || word_escapes(b);
    }
    if (n >= 4) {
        memcpy(&x, p, 4);
        memcpy(&y, p + n - 4, 4);
        memcpy(d, &x, 4);
        memcpy(d + n - 4, &y, 4);
        return word_escapes((uint64_t)x << 32 | y);
    }
    if (!n)
        return 0;
    /* 1 to 3 bytes: those at 0, n / 2 and n - 1, in a word whose other
     * bytes are 'a' (no escape) */
    d[0] = (char)p[0];
    d[n / 2] = (char)p[n / 2];
    d[n - 1] = (char)p[n - 1];
    return word_escapes(0x6161616161000000ULL | p[0] | (uint64_t)p[n / 2] << 8 |
                        (uint64_t)p[n - 1] << 16);
}

/* Copies n bytes and a NUL into the arena behind the header of
 * graph_private.h (4-byte aligned), with the JSON writer's verdict on
 * them; NULL on ENOMEM. */
static inline __attribute__((always_inline)) char *arena_copy(dn_graph_index *ix, const char *s, size_t n)
{
    char *p = n < SIZE_MAX - 5 ? arena_take(ix, n + 5, 4) : NULL;
    uint32_t v;

    if (!p)
        return NULL;
    istr_header(p, n);
    if (n < DN_ISTR_LONG) {
        memcpy(&v, p, 4);
        v |= copy_escapes(p + 4, s, n) ? DN_ISTR_DIRTY : DN_ISTR_CLEAN;
        memcpy(p, &v, 4);
    } else {
        memcpy(p + 4, s, n);
    }
    p[4 + n] = '\0';
    return p + 4;
}

static int str_tab_grow(str_tab *tab)
{
    size_t cap = tab->cap ? tab->cap * 2 : 64, mask = cap - 1;
    str_slot *t = dn_tab_calloc(cap, sizeof *t);

    if (!t)
        return -1;
    for (size_t i = 0; i < tab->cap; i++) {
        size_t j;
        if (!tab->slots[i].s)
            continue;
        for (j = tab->slots[i].h & mask; t[j].s; j = (j + 1) & mask)
            ;
        t[j] = tab->slots[i];
    }
    dn_tab_free(tab->slots, tab->cap, sizeof *tab->slots);
    tab->slots = t;
    tab->cap = cap;
    return 0;
}

/* The graph's copy of the n bytes at s (NULL-terminated there), whose
 * str_hash is h, in table tab, made in the arena on first sight; k
 * (0 or 1) picks the one-entry cache of the kind of string asked for.
 * Sets *oom when a copy was needed and memory ran out. */
static char *intern_h(dn_graph_index *ix, str_tab *tab, const char *s, size_t n, uint64_t h,
                      int k, int *oom)
{
    size_t mask, i;
    char *copy;

    if ((tab->used + 1) * 2 > tab->cap && str_tab_grow(tab) != 0) {
        *oom = 1;
        return NULL;
    }
    mask = tab->cap - 1;
    for (i = h & mask; tab->slots[i].s; i = (i + 1) & mask) {
        const char *o = tab->slots[i].s;
        if (tab->slots[i].h == h &&
            (o == s || (dn_istr_len(o) == n && bytes_eq(o, s, n)))) {
            tab->last_in[k] = s;
            tab->last_out[k] = o;
            return (char *)o;
        }
    }
    if (!(copy = arena_copy(ix, s, n))) {
        *oom = 1;
        return NULL;
    }
    tab->slots[i].h = h;
    tab->slots[i].s = copy;
    tab->used++;
    tab->last_in[k] = s;
    tab->last_out[k] = copy;
    return copy;
}

/* The graph's copy of s in table tab (NULL for NULL): intern_h. */
static char *intern(dn_graph_index *ix, str_tab *tab, const char *s, int k, int *oom)
{
    size_t n;

    if (!s)
        return NULL;
    n = strlen(s);
    if (s == tab->last_in[k] && dn_istr_len(tab->last_out[k]) == n &&
        bytes_eq(tab->last_out[k], s, n))
        return (char *)tab->last_out[k]; /* the bytes may have changed
                                            under the same pointer:
                                            compared */
    return intern_h(ix, tab, s, n, str_hash(s, n), k, oom);
}

/* The same for an evidence text whose length and hash the caller knows
 * (dn_graph_text_key). */
static char *intern_key(dn_graph_index *ix, const dn_text_key *tk, int *oom)
{
    str_tab *tab = &ix->strs;

    if (!tk->s)
        return NULL;
    if (tk->s == tab->last_in[0] && dn_istr_len(tab->last_out[0]) == tk->len &&
        bytes_eq(tab->last_out[0], tk->s, tk->len))
        return (char *)tab->last_out[0];
    return intern_h(ix, tab, tk->s, tk->len, tk->h, 0, oom);
}

void dn_graph_text_key_n(const dn_graph *g, const char *text, size_t len, dn_text_key *tk)
{
    const str_tab *tab = &g->ix->strs;

    tk->s = text;
    tk->len = text ? len : 0;
    tk->h = text ? str_hash(text, len) : 0;
    if (text && tab->cap)
        DN_PREFETCH(&tab->slots[tk->h & (tab->cap - 1)]);
}

void dn_graph_text_key(const dn_graph *g, const char *text, dn_text_key *tk)
{
    dn_graph_text_key_n(g, text, text ? strlen(text) : 0, tk);
}

/* ---- graph ------------------------------------------------------------ */

dn_graph *dn_graph_new(void)
{
    dn_graph *g = calloc(1, sizeof *g);

    if (!g)
        return NULL;
    g->ix = calloc(1, sizeof *g->ix);
    g->generator = dn_strdup(DN_GENERATOR);
    if (!g->ix || !g->generator) {
        dn_graph_free(g);
        return NULL;
    }
    g->ix->epoch = next_epoch();
    return g;
}

uint64_t dn_graph_epoch(const dn_graph *g)
{
    return g->ix->epoch;
}

void dn_graph_free(dn_graph *g)
{
    if (!g)
        return;
    /* Nodes and all their strings and lists are in the arena, edges in
     * slabs, evidence strings and short lists in the arena: only long
     * evidence lists were malloc'ed, found slab by slab (in memory
     * order, not g->edges's). */
    for (edge_slab *sl = g->ix ? g->ix->slabs : NULL; sl; sl = sl->next)
        for (size_t i = 0; i < sl->used; i++)
            if (sl->c[i].e.cap_evidence > EV_SMALL)
                free(sl->c[i].e.evidence);
    for (size_t i = 0; i < g->n_docs; i++) {
        free(g->docs[i].id);
        free(g->docs[i].title);
        free(g->docs[i].date);
    }
    free(g->docs);
    free(g->nodes);
    free(g->edges);
    free(g->generator);
    if (g->ix) {
        dn_tab_free(g->ix->nodes, g->ix->n_cap, sizeof *g->ix->nodes);
        dn_tab_free(g->ix->edges, g->ix->e_cap, sizeof *g->ix->edges);
        dn_tab_free(g->ix->ev, g->ix->v_cap, sizeof *g->ix->ev);
        free(g->ix->docs);
        dn_tab_free(g->ix->strs.slots, g->ix->strs.cap, sizeof *g->ix->strs.slots);
        dn_tab_free(g->ix->trigs.slots, g->ix->trigs.cap, sizeof *g->ix->trigs.slots);
        dn_tab_free(g->ix->codes.slots, g->ix->codes.cap, sizeof *g->ix->codes.slots);
        while (g->ix->slabs) {
            edge_slab *next = g->ix->slabs->next;
            if (g->ix->slabs->mapped)
                dn_tab_free(g->ix->slabs, 1, DN_HUGE_PAGE);
            else
                free(g->ix->slabs);
            g->ix->slabs = next;
        }
        while (g->ix->chunks) {
            str_chunk *next = g->ix->chunks->next;
            if (g->ix->chunks->mapped)
                dn_tab_free(g->ix->chunks, 1, DN_HUGE_PAGE);
            else
                free(g->ix->chunks);
            g->ix->chunks = next;
        }
        free(g->ix);
    }
    free(g);
}

dn_node *dn_graph_node(const dn_graph *g, const char *id)
{
    size_t n;

    if (!id)
        return NULL;
    n = strlen(id);
    return node_find(g->ix, id, n, id_hash_n(id, n));
}

/* The node's copy of s (NULL for NULL) in the graph's arena; sets *oom
 * when memory ran out. A replaced copy stays in the arena until the graph
 * is freed: the extractor sets each field once, and bounded calls waste
 * bounded bytes. */
static char *node_copy(const dn_node *n, const char *s, int *oom)
{
    char *p;

    if (!s)
        return NULL;
    if (!(p = arena_copy(head_of(n)->ix, s, strlen(s))))
        *oom = 1;
    return p;
}

/* Sets *slot to the node's copy of s. DN_OK or DN_ENOMEM (unchanged).
 * Clearing a field starts a new epoch (dn_graph_epoch). */
static int node_set(dn_node *n, char **slot, const char *s)
{
    int oom = 0;
    char *p = node_copy(n, s, &oom);

    if (oom)
        return DN_ENOMEM;
    if (!p && *slot)
        head_of(n)->ix->epoch = next_epoch();
    *slot = p;
    return DN_OK;
}

dn_node *dn_graph_add_node(dn_graph *g, const char *id, const char *label,
                           dn_actor_type type)
{
    size_t idlen = strlen(id);
    uint64_t h = id_hash_n(id, idlen);
    dn_node *n = node_find(g->ix, id, idlen, h);
    node_head *hd;
    int oom = 0;

    if (n)
        return n;
    assert((unsigned)type < DN_ACTOR__COUNT);
    if (dn_grow((void **)&g->nodes, &g->cap_nodes, g->n_nodes + 1,
                sizeof *g->nodes) != 0 ||
        idlen > SIZE_MAX / 2 ||
        !(hd = arena_alloc(g->ix, node_off(idlen) + sizeof *n)))
        return NULL;
    hd->ix = g->ix;
    hd->pad = 0;
    istr_header(&hd->idhdr, idlen);
    n = (dn_node *)(void *)((char *)hd + node_off(idlen));
    memset(n, 0, sizeof *n);
    /* the id never changes: its verdict (graph_private.h) is made as it
     * is copied, not by the writer's first look at it */
    n->id = (char *)(hd + 1);
    if (idlen < DN_ISTR_LONG)
        hd->idhdr |= copy_escapes(n->id, id, idlen) ? DN_ISTR_DIRTY : DN_ISTR_CLEAN;
    else
        memcpy(n->id, id, idlen);
    n->id[idlen] = '\0';
    n->label = node_copy(n, label ? label : id, &oom);
    n->type = type;
    if (oom || node_insert(g->ix, n, h) != 0)
        return NULL; /* the block stays in the arena, unreachable */
    n->index = g->n_nodes;
    g->nodes[g->n_nodes++] = n;
    return n;
}

int dn_node_set_kind(dn_node *n, const char *kind)
{
    return node_set(n, &n->kind, kind);
}

int dn_node_set_state(dn_node *n, const char *state)
{
    return node_set(n, &n->state, state);
}

int dn_node_set_cameo(dn_node *n, const char *cameo)
{
    return node_set(n, &n->cameo, cameo);
}

int dn_node_set_iso(dn_node *n, const char *iso)
{
    return node_set(n, &n->iso, iso);
}

int dn_node_set_label(dn_node *n, const char *label)
{
    if (!label)
        return DN_OK; /* a node always has a label */
    return node_set(n, &n->label, label);
}

/* The hash kept in n->alias_hash for each alias. */
static uint32_t alias_hash(const char *alias)
{
    return (uint32_t)str_hash(alias, strlen(alias));
}

/* Whether arena string a (graph_private.h) holds the n bytes at s. */
static int istr_eq(const char *a, const char *s, size_t n)
{
    return dn_istr_len(a) == n && bytes_eq(a, s, n);
}

/* Whether n has the alias of len bytes at alias, whose hash is h: the
 * hashes are compared four at a time (SSE2), an alias's bytes read only
 * in a block where its hash agrees. The extractor offers the aliases a
 * node already has, up to 64 of them, after every document. */
static int has_alias(const dn_node *n, uint32_t h, const char *alias, size_t len)
{
    size_t i = 0;

#ifdef __SSE2__
    const __m128i hv = _mm_set1_epi32((int)h);

    for (; i + 4 <= n->n_aliases; i += 4) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(n->alias_hash + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(v, hv)) == 0)
            continue;
        for (size_t k = i; k < i + 4; k++)
            if (n->alias_hash[k] == h && istr_eq(n->aliases[k], alias, len))
                return 1;
    }
#endif
    for (; i < n->n_aliases; i++)
        if (n->alias_hash[i] == h && istr_eq(n->aliases[i], alias, len))
            return 1;
    return 0;
}

int dn_node_add_alias(dn_node *n, const char *alias)
{
    uint32_t h;
    size_t len;
    char *copy;

    if (!alias || !*alias)
        return DN_OK;
    len = strlen(alias);
    /* The extractor offers a node its aliases again after every document
     * it appears in. The list is scanned by its 4-byte hashes, side by
     * side, reading an alias's bytes only when its hash agrees (in a
     * large graph each string read is a cache miss), and before the
     * label, which an alias found need not be compared with. */
    h = (uint32_t)str_hash(alias, len);
    if (has_alias(n, h, alias, len) || istr_eq(n->label, alias, len))
        return DN_OK;
    if (n->n_aliases >= DN_NODE_MAX_ALIASES)
        return DN_OK; /* see DN_NODE_MAX_ALIASES */
    if (n->n_aliases == n->cap_aliases) {
        /* both arrays have cap_aliases slots, in the arena (outgrown
         * ones stay there: a doubling wastes less than it keeps) */
        dn_graph_index *ix = head_of(n)->ix;
        size_t cap = n->cap_aliases ? n->cap_aliases * 2 : 4; /* a node
                                            seen in text has a few */
        char **a = arena_alloc(ix, cap * sizeof *a);
        uint32_t *hs = a ? arena_alloc(ix, cap * sizeof *hs) : NULL;
        if (!hs)
            return DN_ENOMEM;
        if (n->n_aliases) {
            memcpy(a, n->aliases, n->n_aliases * sizeof *a);
            memcpy(hs, n->alias_hash, n->n_aliases * sizeof *hs);
        }
        n->aliases = a;
        n->alias_hash = hs;
        n->cap_aliases = cap;
    }
    if (!(copy = arena_copy(head_of(n)->ix, alias, len)))
        return DN_ENOMEM;
    n->alias_hash[n->n_aliases] = h;
    n->aliases[n->n_aliases++] = copy;
    return DN_OK;
}

const dn_attr *dn_node_attr(const dn_node *n, const char *name)
{
    for (size_t i = 0; i < n->n_attrs; i++)
        if (strcmp(n->attrs[i].name, name) == 0)
            return &n->attrs[i];
    return NULL;
}

int dn_node_set_attr(dn_node *n, const char *name, double value)
{
    char *copy;

    for (size_t i = 0; i < n->n_attrs; i++)
        if (strcmp(n->attrs[i].name, name) == 0) {
            n->attrs[i].value = value;
            return DN_OK;
        }
    if (n->n_attrs >= DN_NODE_MAX_ATTRS)
        return DN_ELIMIT;
    if (n->n_attrs == n->cap_attrs) { /* in the arena, as aliases */
        size_t cap = n->cap_attrs ? n->cap_attrs * 2 : 4;
        dn_attr *a = arena_alloc(head_of(n)->ix, cap * sizeof *a);
        if (!a)
            return DN_ENOMEM;
        if (n->n_attrs)
            memcpy(a, n->attrs, n->n_attrs * sizeof *a);
        n->attrs = a;
        n->cap_attrs = cap;
    }
    if (!(copy = arena_copy(head_of(n)->ix, name, strlen(name))))
        return DN_ENOMEM;
    n->attrs[n->n_attrs].name = copy;
    n->attrs[n->n_attrs].value = value;
    n->n_attrs++;
    return DN_OK;
}

dn_edge *dn_graph_edge(const dn_graph *g, const dn_node *source,
                       const dn_node *target, dn_edge_type type)
{
    return edge_find(g->ix, source, target, type,
                     edge_hash(source, target, type));
}

void dn_graph_prefetch_edge(const dn_graph *g, const dn_node *source, const dn_node *target,
                            dn_edge_type type)
{
    const dn_graph_index *ix = g->ix;

    if (ix->e_cap)
        DN_PREFETCH(&ix->edges[edge_hash(source, target, type) & (ix->e_cap - 1)]);
}

/* An empty slab of cap cells, or of a huge page's worth when that is
 * less; NULL on ENOMEM. */
static edge_slab *new_slab(size_t cap)
{
    edge_slab *sl;

    if (sizeof *sl + cap * sizeof sl->c[0] >= DN_HUGE_PAGE) {
        if (!(sl = dn_tab_calloc(1, DN_HUGE_PAGE)))
            return NULL;
        sl->cap = (DN_HUGE_PAGE - sizeof *sl) / sizeof sl->c[0];
        sl->mapped = 1;
    } else {
        if (!(sl = aligned_alloc(_Alignof(edge_slab), sizeof *sl + cap * sizeof sl->c[0])))
            return NULL;
        sl->cap = cap;
        sl->mapped = 0;
    }
    sl->used = 0;
    return sl;
}

dn_edge *dn_graph_add_edge(dn_graph *g, dn_node *source, dn_node *target,
                           dn_edge_type type)
{
    uint64_t h = edge_hash(source, target, type);
    dn_edge *e = edge_find(g->ix, source, target, type, h);

    if (e)
        return e;
    assert((unsigned)type < DN_EDGE__COUNT);
    /* that the nodes are g's reads them: a cache miss for each new edge
     * in a large graph, whose adder (the extractor) need not read its
     * nodes otherwise; checked in the sanitizer builds */
    NODE_ASSERT(source->index < g->n_nodes && g->nodes[source->index] == source);
    NODE_ASSERT(target->index < g->n_nodes && g->nodes[target->index] == target);
    if ((g->n_edges >= g->cap_edges && /* (dn_grow's own test, inline) */
         dn_grow((void **)&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges) != 0) ||
        slot_reserve(&g->ix->edges, &g->ix->e_cap, g->ix->e_used) != 0)
        return NULL;
    if (!g->ix->type_code[type] && edge_cameo[type]) {
        int oom = 0;
        g->ix->type_code[type] =
            intern(g->ix, &g->ix->codes, edge_cameo[type], 0, &oom);
        if (oom)
            return NULL;
    }
    if (!g->ix->slabs || g->ix->slabs->used == g->ix->slabs->cap) {
        edge_slab *sl = new_slab(g->ix->slabs ? 2 * g->ix->slabs->cap : EDGE_SLAB);
        if (!sl)
            return NULL;
        sl->next = g->ix->slabs;
        g->ix->slabs = sl;
    }
    e = &g->ix->slabs->c[g->ix->slabs->used++].e;
    memset(e, 0, sizeof *e);
    e->source = source;
    e->target = target;
    e->type = type;
    e->goldstein = dn_edge_type_goldstein(type);
    e->cameo = (char *)g->ix->type_code[type];
    slot_put(g->ix->edges, g->ix->e_cap, h, e);
    g->ix->e_used++;
    e->index = g->n_edges;
    g->edges[g->n_edges++] = e;
    return e;
}

/* Room for one more evidence entry on e. A list of one entry is the
 * slot of e's cell (edge_cell), lists of up to EV_SMALL entries are
 * carved from the arena (2, then 4 slots; an outgrown one is left there),
 * longer ones are malloc'ed and doubled. -1 on ENOMEM. */
static int ev_reserve(dn_graph_index *ix, dn_edge *e)
{
    size_t cap = e->cap_evidence ? e->cap_evidence * 2 : 1;
    dn_evidence *p;

    if (e->n_evidence < e->cap_evidence)
        return 0;
    if (cap == 1)
        p = &((edge_cell *)(void *)e)->first;
    else if (cap <= EV_SMALL)
        p = arena_alloc(ix, cap * sizeof *p);
    else if (cap > SIZE_MAX / 2 / sizeof *p)
        return -1;
    else if (e->cap_evidence <= EV_SMALL)
        p = malloc(cap * sizeof *p);
    else
        p = realloc(e->evidence, cap * sizeof *p);
    if (!p)
        return -1;
    if (p != e->evidence && e->cap_evidence <= EV_SMALL && e->n_evidence)
        memcpy(p, e->evidence, e->n_evidence * sizeof *p);
    e->evidence = p;
    e->cap_evidence = cap;
    return 0;
}

/* dn_edge_add_evidence, with the text's key when tk is not NULL. */
static int add_evidence(dn_graph *g, dn_edge *e, const dn_evidence *ev, const dn_text_key *tk)
{
    ev_key k = {e, ev->doc, ev->start, ev->end};
    dn_evidence *slot;
    int r, oom = 0;

    assert(ev->doc < g->n_docs);
    if (ev_reserve(g->ix, e) != 0)
        return -1;
    if (e->n_evidence < EV_SCAN) {
        for (size_t i = 0; i < e->n_evidence; i++) {
            const dn_evidence *o = &e->evidence[i];
            if (o->start == ev->start && o->end == ev->end && o->doc == ev->doc)
                return 0;
        }
    } else {
        if (e->n_evidence == EV_SCAN) /* from now on the table decides */
            for (size_t i = 0; i < EV_SCAN; i++) {
                const dn_evidence *o = &e->evidence[i];
                ev_key ok = {e, o->doc, o->start, o->end};
                if (ev_tab_insert(g->ix, &ok) < 0)
                    return -1; /* the next call migrates again */
            }
        r = ev_tab_insert(g->ix, &k);
        if (r <= 0)
            return r;
    }
    slot = &e->evidence[e->n_evidence];
    *slot = *ev;
    slot->text = tk ? intern_key(g->ix, tk, &oom) : intern(g->ix, &g->ix->strs, ev->text, 0, &oom);
    slot->trigger = intern(g->ix, &g->ix->trigs, ev->trigger, 1, &oom);
    if (oom)
        return -1; /* the key stays in the table: harmless, the edge is
                      left as it was and the caller fails */
    e->n_evidence++;
    e->count++;
    return 1;
}

int dn_edge_add_evidence(dn_graph *g, dn_edge *e, const dn_evidence *ev)
{
    return add_evidence(g, e, ev, NULL);
}

int dn_edge_add_evidence_key(dn_graph *g, dn_edge *e, const dn_evidence *ev,
                             const dn_text_key *tk)
{
    assert(tk->s == ev->text);
    return add_evidence(g, e, ev, tk);
}

int dn_edge_set_cameo(dn_graph *g, dn_edge *e, const char *code)
{
    int oom = 0;
    char *p;

    if (!code) {
        e->cameo = NULL;
        return DN_OK;
    }
    if (e->cameo && (e->cameo == code || strcmp(e->cameo, code) == 0))
        return DN_OK; /* already this code: no probe */
    p = intern(g->ix, &g->ix->codes, code, 0, &oom);
    if (oom)
        return DN_ENOMEM;
    e->cameo = p;
    return DN_OK;
}

long dn_graph_document(const dn_graph *g, const char *id)
{
    const dn_graph_index *ix = g->ix;
    size_t mask, i;

    if (!ix->d_cap)
        return -1;
    mask = ix->d_cap - 1;
    for (i = id_hash(id) & mask; ix->docs[i]; i = (i + 1) & mask)
        if (strcmp(g->docs[ix->docs[i] - 1].id, id) == 0)
            return (long)(ix->docs[i] - 1);
    return -1;
}

/* Records document index di (whose id is set) in the table. */
static int doc_tab_insert(dn_graph *g, size_t di)
{
    dn_graph_index *ix = g->ix;
    size_t mask, i;

    if ((ix->d_used + 1) * 2 > ix->d_cap) {
        size_t cap = ix->d_cap ? ix->d_cap * 2 : 16;
        size_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        free(ix->docs);
        ix->docs = t;
        ix->d_cap = cap;
        ix->d_used = 0;
        for (size_t k = 0; k < g->n_docs; k++) /* rehash the others */
            if (k != di && doc_tab_insert(g, k) != 0)
                return -1;
    }
    mask = ix->d_cap - 1;
    for (i = id_hash(g->docs[di].id) & mask; ix->docs[i]; i = (i + 1) & mask)
        ;
    ix->docs[i] = di + 1;
    ix->d_used++;
    return 0;
}

long dn_graph_add_document(dn_graph *g, const char *id, const char *title,
                           const char *date)
{
    long i = dn_graph_document(g, id);
    dn_document *d;

    if (i >= 0) {
        d = &g->docs[i];
        if ((!d->title && title && dn_str_replace(&d->title, title)) ||
            (!d->date && date && dn_str_replace(&d->date, date)))
            return -1;
        return i;
    }
    if (g->n_docs >= UINT32_MAX ||
        dn_grow((void **)&g->docs, &g->cap_docs, g->n_docs + 1,
                sizeof *g->docs) != 0)
        return -1;
    d = &g->docs[g->n_docs];
    memset(d, 0, sizeof *d);
    d->id = dn_strdup(id);
    d->title = dn_strdup(title);
    d->date = dn_strdup(date);
    if (!d->id || (title && !d->title) || (date && !d->date) ||
        doc_tab_insert(g, g->n_docs) != 0) {
        free(d->id);
        free(d->title);
        free(d->date);
        return -1;
    }
    return (long)g->n_docs++;
}

/* Picks between two values of a string field so that the result does not
 * depend on which graph came first: a set value beats NULL, and of two set
 * values the smaller (strcmp) wins. Returns the one to keep. */
static const char *pick(const char *a, const char *b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return strcmp(a, b) <= 0 ? a : b;
}

static int merge_field(dn_node *n, char **dst, const char *src)
{
    const char *keep = pick(*dst, src);
    return keep == *dst ? 0 : node_set(n, dst, keep) != DN_OK;
}

dn_node *dn_graph_copy_node(dn_graph *g, const dn_node *n)
{
    dn_node *d = dn_graph_node(g, n->id);
    int fresh = !d;

    if (!d && !(d = dn_graph_add_node(g, n->id, n->label, n->type)))
        return NULL;
    if (!fresh && strcmp(d->label, n->label) != 0) {
        /* Two labels for one id: the longer (then the smaller) is the
         * label, the other becomes an alias. */
        size_t ld = strlen(d->label), ln = strlen(n->label);
        int take = ln > ld || (ln == ld && strcmp(n->label, d->label) < 0);
        char *old = d->label;
        if (take) {
            if (node_set(d, &d->label, n->label) != DN_OK)
                return NULL;
            if (dn_node_add_alias(d, old) != DN_OK)
                return NULL;
            /* the new label may have been an alias: drop it from aliases */
            for (size_t i = 0; i < d->n_aliases; i++)
                if (strcmp(d->aliases[i], d->label) == 0) {
                    memmove(&d->aliases[i], &d->aliases[i + 1],
                            (d->n_aliases - i - 1) * sizeof *d->aliases);
                    memmove(&d->alias_hash[i], &d->alias_hash[i + 1],
                            (d->n_aliases - i - 1) * sizeof *d->alias_hash);
                    d->n_aliases--;
                    break;
                }
        } else if (dn_node_add_alias(d, n->label) != DN_OK) {
            return NULL;
        }
    }
    if (merge_field(d, &d->kind, n->kind) ||
        merge_field(d, &d->state, n->state) ||
        merge_field(d, &d->cameo, n->cameo) || merge_field(d, &d->iso, n->iso))
        return NULL;
    for (size_t i = 0; i < n->n_aliases; i++)
        if (dn_node_add_alias(d, n->aliases[i]) != DN_OK)
            return NULL;
    for (size_t i = 0; i < n->n_attrs; i++) {
        const dn_attr *a = dn_node_attr(d, n->attrs[i].name);
        double v = n->attrs[i].value;
        /* the larger value wins; NaN loses */
        if (a && (isnan(v) || (!isnan(a->value) && a->value >= v)))
            continue;
        if (dn_node_set_attr(d, n->attrs[i].name, v) != DN_OK)
            return NULL;
    }
    return d;
}

/* Whether an edge's CAMEO code a should replace b when two graphs hold the
 * same edge: a specific code ("194", artillery) beats the type's root
 * default ("190"), a code beats none, and of two specific codes the
 * smaller wins, so that the result does not depend on merge order. */
static int cameo_wins(const char *a, const char *b, dn_edge_type type)
{
    const char *root = dn_edge_type_cameo(type);
    int a_root, b_root;

    if (!a || (b && strcmp(a, b) == 0))
        return 0;
    if (!b)
        return 1;
    a_root = root && strcmp(a, root) == 0;
    b_root = root && strcmp(b, root) == 0;
    if (a_root != b_root)
        return b_root;
    return strcmp(a, b) < 0;
}

int dn_graph_merge(dn_graph *dst, const dn_graph *src, dn_error *err)
{
    uint32_t *docmap = NULL;
    dn_node **nodemap = NULL;
    int rc = DN_ENOMEM;

    if (src->n_docs && !(docmap = malloc(src->n_docs * sizeof *docmap)))
        goto fail;
    for (size_t i = 0; i < src->n_docs; i++) {
        long d = dn_graph_add_document(dst, src->docs[i].id,
                                       src->docs[i].title, src->docs[i].date);
        if (d < 0)
            goto fail;
        docmap[i] = (uint32_t)d;
    }
    if (src->n_nodes && !(nodemap = malloc(src->n_nodes * sizeof *nodemap)))
        goto fail;
    for (size_t i = 0; i < src->n_nodes; i++)
        if (!(nodemap[i] = dn_graph_copy_node(dst, src->nodes[i])))
            goto fail;
    for (size_t i = 0; i < src->n_edges; i++) {
        const dn_edge *se = src->edges[i];
        dn_node *s = nodemap[se->source->index], *t = nodemap[se->target->index];
        int fresh = dn_graph_edge(dst, s, t, se->type) == NULL;
        dn_edge *de = dn_graph_add_edge(dst, s, t, se->type);
        long extra = se->count - (long)se->n_evidence;

        if (!de)
            goto fail;
        if (fresh || cameo_wins(se->cameo, de->cameo, se->type)) {
            if (dn_edge_set_cameo(dst, de, se->cameo) != DN_OK)
                goto fail;
            de->goldstein = se->goldstein;
        }
        for (size_t k = 0; k < se->n_evidence; k++) {
            dn_evidence ev = se->evidence[k];
            ev.doc = docmap[ev.doc];
            if (dn_edge_add_evidence(dst, de, &ev) < 0)
                goto fail;
        }
        if (extra > 0)
            de->count += extra;
    }
    rc = DN_OK;
fail:
    free(docmap);
    free(nodemap);
    if (rc != DN_OK)
        dn_error_set(err, rc, NULL, 0, 0, "out of memory while merging");
    return rc;
}

/* ---- order ------------------------------------------------------------ */

static int cmp_node(const void *a, const void *b)
{
    return strcmp((*(dn_node *const *)a)->id, (*(dn_node *const *)b)->id);
}

/* Edges sort after the nodes, whose indices then follow id order: the
 * index comparison is the id comparison without a strcmp. */
static int cmp_index(size_t a, size_t b)
{
    return (a > b) - (a < b);
}

static int cmp_edge(const void *a, const void *b)
{
    const dn_edge *x = *(dn_edge *const *)a, *y = *(dn_edge *const *)b;
    int c = cmp_index(x->source->index, y->source->index);

    if (!c)
        c = cmp_index(x->target->index, y->target->index);
    if (!c)
        c = (int)x->type - (int)y->type;
    return c;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_attr(const void *a, const void *b)
{
    return strcmp(((const dn_attr *)a)->name, ((const dn_attr *)b)->name);
}

/* Evidence order needs the documents; qsort has no context argument, so
 * the documents are reached through this file-local pointer. The graph
 * library is not thread-safe for writes anyway. */
static const dn_graph *sort_graph;

static int cmp_evidence(const void *a, const void *b)
{
    const dn_evidence *x = a, *y = b;
    int c = x->doc == y->doc ? 0 : strcmp(sort_graph->docs[x->doc].id,
                                          sort_graph->docs[y->doc].id);

    if (!c)
        c = (x->start > y->start) - (x->start < y->start);
    if (!c)
        c = (x->end > y->end) - (x->end < y->end);
    return c;
}

/* qsort that accepts an empty (NULL) array, which qsort itself may not. */
static void sort_n(void *base, size_t n, size_t size,
                   int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/* Lists up to this long are sorted by insertion (no qsort call, no
 * comparison through a pointer): most alias and evidence lists are one
 * to a few entries long. */
#define SMALL_SORT 16

/* A string and what goes with it, for skey_sort, with its first 16 bytes
 * as two big-endian numbers (zero-padded: the strings hold no NUL), so
 * that most comparisons are two integer compares and no strcmp call: node
 * ids differ within "person:nikol-pas". */
typedef struct skey {
    uint64_t p0, p1;
    const char *k;
    uintptr_t v;
} skey;

/* The eight bytes at b as a big-endian number. */
static uint64_t load_be64(const unsigned char *b)
{
    uint64_t v = 0;

#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                          \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&v, b, 8);
    v = __builtin_bswap64(v);
#else
    for (int i = 0; i < 8; i++)
        v = v << 8 | b[i];
#endif
    return v;
}

/* Fills s->p0, p1 from s->k, an arena string (graph_private.h). */
static void skey_prefix(skey *s)
{
    unsigned char b[16] = {0};
    size_t n = dn_istr_len(s->k);

    memcpy(b, s->k, n < 16 ? n : 16);
    s->p0 = load_be64(b);
    s->p1 = load_be64(b + 8);
}

/* strcmp's sign for two keys. */
static int skey_cmp(const skey *a, const skey *b)
{
    if (a->p0 != b->p0)
        return a->p0 < b->p0 ? -1 : 1;
    if (a->p1 != b->p1)
        return a->p1 < b->p1 ? -1 : 1;
    return strcmp(a->k, b->k);
}

/* Sorts a[0..n) by strcmp of k: a merge sort (tmp holds n / 2 + 1) whose
 * short runs are sorted by insertion, with the comparison inline, not
 * through qsort's pointer. Keys are unique, so the order is qsort's. */
static void skey_sort(skey *a, skey *tmp, size_t n)
{
    size_t h = n / 2, i = 0, j = h, o = 0;

    if (n <= SMALL_SORT) {
        for (size_t x = 1; x < n; x++) {
            skey t = a[x];
            size_t y = x;
            for (; y > 0 && skey_cmp(&a[y - 1], &t) > 0; y--)
                a[y] = a[y - 1];
            a[y] = t;
        }
        return;
    }
    skey_sort(a, tmp, h);
    skey_sort(a + h, tmp, n - h);
    if (skey_cmp(&a[h - 1], &a[h]) <= 0)
        return; /* already in order */
    memcpy(tmp, a, h * sizeof *a);
    while (i < h && j < n)
        a[o++] = skey_cmp(&a[j], &tmp[i]) < 0 ? a[j++] : tmp[i++];
    while (i < h)
        a[o++] = tmp[i++];
}

/* Sorts the n pointers at base by the string (an arena string, see
 * graph_private.h) at each one's key offset
 * (key(p) = *(const char **)((char *)p + off)), or, with off < 0, by the
 * strings they are, moving hashes (when not NULL) with them. -1 when
 * memory runs out (nothing done). */
static int sort_by_string(void **base, uint32_t *hashes, size_t n, long off)
{
    skey *a;

    assert(!hashes || off < 0);
    if (n < 2)
        return 0;
    if (n > SIZE_MAX / 2 / sizeof *a ||
        !(a = malloc((n + n / 2 + 1) * sizeof *a)))
        return -1;
    for (size_t i = 0; i < n; i++) {
        a[i].k = off < 0 ? (const char *)base[i]
                         : *(const char *const *)((const char *)base[i] + off);
        a[i].v = hashes ? hashes[i] : (uintptr_t)base[i];
        skey_prefix(&a[i]);
    }
    skey_sort(a, a + n, n);
    for (size_t i = 0; i < n; i++) {
        if (hashes) {
            base[i] = (void *)(uintptr_t)a[i].k;
            hashes[i] = (uint32_t)a[i].v;
        } else {
            base[i] = (void *)a[i].v;
        }
    }
    free(a);
    return 0;
}

/* Sorts n's aliases by strcmp, moving each alias's hash with it. */
static void sort_aliases(dn_node *n)
{
    if (n->n_aliases > SMALL_SORT) {
        if (sort_by_string((void **)n->aliases, n->alias_hash, n->n_aliases,
                           -1) != 0) {
            sort_n(n->aliases, n->n_aliases, sizeof *n->aliases, cmp_str);
            for (size_t k = 0; k < n->n_aliases; k++) /* follow the order */
                n->alias_hash[k] = alias_hash(n->aliases[k]);
        }
        return;
    }
    for (size_t i = 1; i < n->n_aliases; i++) {
        char *a = n->aliases[i];
        uint32_t h = n->alias_hash[i];
        size_t j = i;
        for (; j > 0 && strcmp(n->aliases[j - 1], a) > 0; j--) {
            n->aliases[j] = n->aliases[j - 1];
            n->alias_hash[j] = n->alias_hash[j - 1];
        }
        n->aliases[j] = a;
        n->alias_hash[j] = h;
    }
}

/* Sorts e's evidence in cmp_evidence's order (sort_graph set). */
static void sort_evidence(dn_edge *e)
{
    if (e->n_evidence > SMALL_SORT) {
        sort_n(e->evidence, e->n_evidence, sizeof *e->evidence, cmp_evidence);
        return;
    }
    for (size_t i = 1; i < e->n_evidence; i++) {
        dn_evidence x = e->evidence[i];
        size_t j = i;
        for (; j > 0 && cmp_evidence(&e->evidence[j - 1], &x) > 0; j--)
            e->evidence[j] = e->evidence[j - 1];
        e->evidence[j] = x;
    }
}

/* Sorts g->edges by (source index, target index, type), the order of
 * cmp_edge, with an LSD radix sort on 8-byte entries: the key (source,
 * target and type in just the bits the node count needs, 2b + 3 bits for
 * b bits of index) above the edge's position in g->edges before the sort
 * (p bits). The key's bits are cut into as few digits of up to RADIX_BITS
 * as cover them; one pass counts every digit, and a digit that all keys
 * share costs no pass. Keys are unique (one edge per key), so the order
 * is the comparison sort's.
 *
 * Each edge is read once, to make its key, and written once, for its
 * index, both in the order g->edges had (for a graph just extracted, the
 * order edges were made, which is their order in memory): the ranks are
 * scattered into a side array, not into the edges, whose sorted order is
 * all over memory. The same pass sorts each edge's evidence.
 * The keys, their copy and the old order (3 n words) live in a mapping
 * of huge pages (dn_tab_calloc): each pass scatters entries to 2^RADIX_BITS
 * places at once, over 4 KB pages a TLB miss for nearly every one.
 * Returns -1 (nothing done) when the keys do not fit or memory runs out. */
#define RADIX_BITS 11

static int sort_edges_radix(dn_graph *g)
{
    size_t n = g->n_edges, nd, width;
    unsigned b = 1, p = 1, bits;
    uint64_t *buf, *a, *x, pmask;
    dn_edge **orig;
    uint32_t (*cnt)[1 << RADIX_BITS];

    while (b < 29 && ((size_t)1 << b) < g->n_nodes)
        b++;
    while (p < 32 && ((size_t)1 << p) < n)
        p++;
    bits = 2 * b + 3;
    nd = (bits + RADIX_BITS - 1) / RADIX_BITS;
    width = (bits + nd - 1) / nd;
    pmask = ((uint64_t)1 << p) - 1;
    if (g->n_nodes >= ((size_t)1 << 29) || n >= UINT32_MAX || bits + p > 64 ||
        n > SIZE_MAX / 3 / sizeof *buf || !(buf = dn_tab_calloc(3 * n, sizeof *buf)))
        return -1;
    if (!(cnt = calloc(nd, sizeof *cnt))) {
        dn_tab_free(buf, 3 * n, sizeof *buf);
        return -1;
    }
    a = buf;
    x = buf + n;
    orig = (dn_edge **)(void *)(buf + 2 * n);
    memcpy(orig, g->edges, n * sizeof *orig);
    for (size_t i = 0; i < n; i++) {
        const dn_edge *e = orig[i];
        uint64_t k = ((uint64_t)e->source->index << (b + 3)) |
                     ((uint64_t)e->target->index << 3) | (uint64_t)e->type;
        a[i] = k << p | i;
        for (size_t d = 0; d < nd; d++)
            cnt[d][(k >> (d * width)) & ((1u << width) - 1)]++;
    }
    for (size_t d = 0; d < nd; d++) {
        uint32_t *c = cnt[d], sum = 0;
        unsigned shift = (unsigned)(p + d * width), mask = (1u << width) - 1;
        uint64_t *t;
        if (c[(a[0] >> shift) & mask] == n)
            continue; /* every key has this digit */
        for (size_t v = 0; v <= mask; v++) {
            uint32_t k = c[v];
            c[v] = sum;
            sum += k;
        }
        for (size_t i = 0; i < n; i++)
            x[c[(a[i] >> shift) & mask]++] = a[i];
        t = a;
        a = x;
        x = t;
    }
    for (size_t i = 0; i < n; i++) { /* x: rank by old position */
        size_t j = (size_t)(a[i] & pmask);
        g->edges[i] = orig[j];
        x[j] = i;
    }
    sort_graph = g;
    for (size_t j = 0; j < n; j++) {
        orig[j]->index = (size_t)x[j];
        if (orig[j]->n_evidence > 1) /* most edges: nothing to sort */
            sort_evidence(orig[j]);
    }
    sort_graph = NULL;
    free(cnt);
    dn_tab_free(buf, 3 * n, sizeof *buf);
    return 0;
}

void dn_graph_sort(dn_graph *g)
{
    if (sort_by_string((void **)g->nodes, NULL, g->n_nodes,
                       (long)offsetof(dn_node, id)) != 0)
        sort_n(g->nodes, g->n_nodes, sizeof *g->nodes, cmp_node);
    for (size_t i = 0; i < g->n_nodes; i++) {
        dn_node *n = g->nodes[i];
        n->index = i;
        sort_aliases(n);
        sort_n(n->attrs, n->n_attrs, sizeof *n->attrs, cmp_attr);
    }
    if (g->n_edges > 1 && sort_edges_radix(g) == 0)
        return; /* indices and evidence done */
    sort_n(g->edges, g->n_edges, sizeof *g->edges, cmp_edge);
    sort_graph = g;
    for (size_t i = 0; i < g->n_edges; i++) {
        dn_edge *e = g->edges[i];
        e->index = i;
        sort_evidence(e);
    }
    sort_graph = NULL;
}

size_t dn_graph_evidence_count(const dn_graph *g)
{
    size_t n = 0;

    for (size_t i = 0; i < g->n_edges; i++)
        n += g->edges[i]->n_evidence;
    return n;
}

/* ---- ids -------------------------------------------------------------- */

/* ASCII base letter of a two-byte UTF-8 Latin-1 Supplement or Latin
 * Extended-A letter (U+00C0..U+017F), or 0. */
static char fold_latin(unsigned cp)
{
    static const char l1[] = /* U+00C0 .. U+00FF */
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    static const char la[] = /* U+0100 .. U+017F */
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = l1[cp - 0xC0];
        return (c == '*' || c == '/') ? 0 : c;
    }
    if (cp >= 0x100 && cp <= 0x17F)
        return la[cp - 0x100];
    return 0;
}

/* What an ASCII byte becomes in an id: itself (digits, lower-case
 * letters), its lower case (upper-case letters), ID_SKIP (the apostrophe:
 * "Tigray's" -> "tigrays") or ID_DASH (the rest: a separator). */
#define ID_DASH 0
#define ID_SKIP 1

static const char id_ascii[128] = {
    ['\''] = ID_SKIP,
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
    ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
    ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o',
    ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
    ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y',
    ['z'] = 'z',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e',
    ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j',
    ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o',
    ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't',
    ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
    ['Z'] = 'z',
};

/* The id of a name is never longer than the name (each byte written
 * stands for at least one byte read, a hyphen for the bytes it replaces),
 * or than "x" and 16 hex digits when nothing ASCII is left: a buffer of
 * that bound, written in place (dn_make_id mallocs it). ASCII goes through
 * id_ascii (isalnum and tolower of the C locale; the tool never calls
 * setlocale); dash is set by a separator once something was written, and
 * a hyphen goes out before the next character. */
size_t dn_make_id_buf(const char *prefix, const char *name, char *buf, size_t cap)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t lp = strlen(prefix), ln = strlen(name);
    char *id = buf, *o, *start;
    int dash = 0;

    if (cap < lp + 2 + (ln > 17 ? ln : 17))
        return 0;
    memcpy(id, prefix, lp);
    id[lp] = ':';
    o = start = id + lp + 1;
    while (*s) {
        char c;
        if (*s < 0x80) {
            c = id_ascii[*s++];
            if (c > ID_SKIP) {
                if (dash)
                    *o++ = '-';
                dash = 0;
                *o++ = c;
                /* the rest of the word, letters and digits copied at
                 * once (the NUL is a separator) */
                while (*s < 0x80 && (c = id_ascii[*s]) > ID_SKIP) {
                    *o++ = c;
                    s++;
                }
            } else if (c == ID_DASH) {
                dash = o > start;
            }
            continue;
        }
        if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
            unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
            c = fold_latin(cp);
            s += 2;
            if (!c) {
                dash = o > start;
                continue;
            }
        } else if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
            s += 3; /* right single quote, as an apostrophe */
            continue;
        } else {
            /* other non-ASCII: skip the whole sequence */
            s++;
            while ((*s & 0xC0) == 0x80)
                s++;
            dash = o > start;
            continue;
        }
        if (dash)
            *o++ = '-';
        dash = 0;
        *o++ = c;
    }
    if (o == start) { /* nothing ASCII in the name: a stable hash keeps ids
                         apart */
        snprintf(o, 18, "x%016llx", (unsigned long long)dn_hash_str(name));
        return (size_t)(o - id) + 17;
    }
    *o = '\0';
    return (size_t)(o - id);
}

char *dn_make_id(const char *prefix, const char *name)
{
    size_t ln = strlen(name), cap = strlen(prefix) + 2 + (ln > 17 ? ln : 17);
    char *id = malloc(cap);

    if (id)
        dn_make_id_buf(prefix, name, id, cap);
    return id;
}
