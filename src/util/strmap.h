/*
 * strmap.h - a string -> int map: open addressing with linear probing,
 * power-of-two capacity grown at 25% load (50% for a map with an arena,
 * a document's, rebuilt per document), keys copied. Each slot keeps the
 * key's hash (dn_hash_str), compared before the string, so that a lookup
 * costs one strcmp in the common case. Used by the lexicon (entry names,
 * word lists, first words) and by the extractor's per-document tables.
 * A zeroed dn_strmap is an empty map. With `arena` set, keys are copied
 * into that arena (a document's tables: no malloc per key, nothing to free
 * per key); the arena must outlive the map.
 */
#ifndef DN_UTIL_STRMAP_H
#define DN_UTIL_STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util/arena.h"

/* A slot holds the key, its hash and its value together, so that a probe
 * touches one cache line (the lexicon's tables are larger than L2). */
typedef struct dn_strmap_slot {
    uint64_t h; /* dn_hash_str(key) */
    char *key;  /* NULL marks an empty slot */
    int val;
} dn_strmap_slot;

typedef struct dn_strmap {
    dn_strmap_slot *slots;
    size_t cap, used;
    dn_arena *arena; /* NULL: keys are malloc'd and freed with the map */
} dn_strmap;

/* Sizes an empty map for about n keys at once (no growth steps on the
 * way there); a no-op on a map in use. 0 ok, -1 ENOMEM. */
int dn_strmap_reserve(dn_strmap *m, size_t n);
/* Sets key to val (copying key when new). 0 ok, -1 ENOMEM. */
int dn_strmap_put(dn_strmap *m, const char *key, int val);
/* The same, for a caller that has h = dn_hash_str(key) already. */
int dn_strmap_put_h(dn_strmap *m, const char *key, uint64_t h, int val);
/* The value of key, or -1 when absent. */
int dn_strmap_get(const dn_strmap *m, const char *key);
/* The same, for a caller that has h = dn_hash_str(key) already. Inline:
 * most lookups (the extractor asks for every token) end at the first
 * slot, empty or holding the key; a longer probe continues out of line. */
static inline int dn_strmap_get_h(const dn_strmap *m, const char *key,
                                  uint64_t h);
/* The rest of a probe that began at slot i (not empty, not key). */
int dn_strmap_probe(const dn_strmap *m, const char *key, uint64_t h,
                    size_t i);
/* Frees the keys and tables and leaves an empty map. */
void dn_strmap_free(dn_strmap *m);
/* Empties the map but keeps its table for the next keys (a document's
 * map reused for the next document); keys without an arena are freed. */
void dn_strmap_clear(dn_strmap *m);

static inline int dn_strmap_get_h(const dn_strmap *m, const char *key,
                                  uint64_t h)
{
    const dn_strmap_slot *s;
    size_t i;

    if (!m->cap)
        return -1;
    i = h & (m->cap - 1);
    s = &m->slots[i];
    if (!s->key)
        return -1;
    if (s->h == h && strcmp(s->key, key) == 0)
        return s->val;
    return dn_strmap_probe(m, key, h, i);
}

#endif
