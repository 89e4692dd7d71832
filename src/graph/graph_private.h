/*
 * graph_private.h - what the graph shares with the library's own writers
 * and its extractor, not public API.
 *
 * Every interned string of a graph (evidence texts and triggers, edge
 * CAMEO codes: see dn_evidence in dipnet/graph.h) is stored in the graph's
 * arena behind a 4-byte header, 4-byte aligned:
 *
 *     [uint32 len << 2 | state] [len bytes] [NUL]
 *
 * len is the string's length (DN_ISTR_LONG when it does not fit in 30
 * bits: then strlen tells). state says whether a JSON writer must escape
 * the bytes: DN_ISTR_UNKNOWN (not looked at yet), DN_ISTR_CLEAN (no byte
 * needs an escape: the bytes go out as they are) or DN_ISTR_DIRTY
 * (escape them). The graph gives the verdict when it copies a string in
 * (node ids too), on bytes it has just read; a writer finds it for a
 * string that came without one when it first writes it. A sentence that
 * supports ten edges is checked once, not ten times. The state only ever moves from unknown to a verdict on bytes
 * that never change.
 */
#ifndef DN_GRAPH_PRIVATE_H
#define DN_GRAPH_PRIVATE_H

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "dipnet/graph.h"

/* A number (from 1) that no other graph of the process has had and that
 * changes whenever a field of one of g's nodes is cleared (set to NULL):
 * a memo of a graph's nodes and of the fields they hold (the
 * extractor's, node_memo_slot) holds while the number it was made for
 * does. A pointer cannot tell a graph from the one allocated in its place
 * once it is freed. Nodes are never removed, their fields never cleared
 * otherwise (the setters, merges and the reader only fill them). */
uint64_t dn_graph_epoch(const dn_graph *g);

/* For a caller that adds many edges, each a probe of a large table (the
 * extractor): hints that bring the slots it will read into the cache
 * while it does other work, and an evidence text measured and hashed
 * once for all the edges of its sentence.
 *
 * dn_graph_prefetch_edge: the slot dn_graph_add_edge(g, source, target,
 * type) will probe first. dn_graph_text_key: text's length and hash (tk
 * keeps the pointer, NULL allowed), and the slot of the graph's text
 * table it will probe. dn_edge_add_evidence_key: dn_edge_add_evidence
 * with ev->text's key (tk->s == ev->text, its bytes unchanged since the
 * key was made). */
typedef struct dn_text_key {
    const char *s;
    size_t len;
    uint64_t h;
} dn_text_key;

void dn_graph_prefetch_edge(const dn_graph *g, const dn_node *source, const dn_node *target,
                            dn_edge_type type);
void dn_graph_text_key(const dn_graph *g, const char *text, dn_text_key *tk);
/* dn_graph_text_key for a text whose length its caller knows (len ==
 * strlen(text)): not measured again. */
void dn_graph_text_key_n(const dn_graph *g, const char *text, size_t len, dn_text_key *tk);
int dn_edge_add_evidence_key(dn_graph *g, dn_edge *e, const dn_evidence *ev,
                             const dn_text_key *tk);

#define DN_ISTR_UNKNOWN 0u
#define DN_ISTR_CLEAN 1u
#define DN_ISTR_DIRTY 2u
#define DN_ISTR_LONG 0x3fffffffu

/* Whether the 16 bytes at p hold one that JSON escapes (below 0x20,
 * '"' or '\\'): a byte is below 0x20 when max(byte, 0x1f) is 0x1f. */
#ifdef __SSE2__
static inline int dn_istr_block_escapes(const unsigned char *p)
{
    const __m128i ctl = _mm_set1_epi8(0x1f);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i e = _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl);

    e = _mm_or_si128(e, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    e = _mm_or_si128(e, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return _mm_movemask_epi8(e) != 0;
}
#endif

/* Whether one of the n bytes at s is one that JSON escapes: sixteen at a
 * time with SSE2 (every x86-64 has it), the last block ending with the
 * string (overlapping the one before). */
static inline int dn_istr_escapes(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

#ifdef __SSE2__
    if (n >= 16) {
        for (; i + 16 <= n; i += 16)
            if (dn_istr_block_escapes(p + i))
                return 1;
        return i < n && dn_istr_block_escapes(p + n - 16);
    }
#endif
    for (; i < n; i++)
        if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
            return 1;
    return 0;
}

/* The header of interned string s (s must be one: see above). */
static inline uint32_t *dn_istr_hdr(const char *s)
{
    return (uint32_t *)(void *)(uintptr_t)(s - 4);
}

/* The length of interned string s. */
static inline size_t dn_istr_len(const char *s)
{
    uint32_t h = *dn_istr_hdr(s) >> 2;

    return h == DN_ISTR_LONG ? strlen(s) : h;
}

#endif
