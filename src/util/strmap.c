/*
 * strmap.c - the string -> int map of strmap.h.
 */
#include <stdlib.h>
#include <string.h>

#include "util/strmap.h"
#include "util/util.h"

static int grow(dn_strmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64, i;
    dn_strmap_slot *ns = calloc(ncap, sizeof *ns);

    if (!ns)
        return -1;
    for (size_t j = 0; j < m->cap; j++) {
        if (!m->slots[j].key)
            continue;
        for (i = m->slots[j].h & (ncap - 1); ns[i].key; i = (i + 1) & (ncap - 1))
            ;
        ns[i] = m->slots[j];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return 0;
}

int dn_strmap_reserve(dn_strmap *m, size_t n)
{
    size_t cap;
    dn_strmap_slot *ns;
    if (m->cap || n == 0)
        return 0;
    cap = dn_table_cap(n);
    if (!(ns = calloc(cap, sizeof *ns)))
        return -1;
    m->slots = ns;
    m->cap = cap;
    return 0;
}

int dn_strmap_put(dn_strmap *m, const char *key, int val)
{
    return dn_strmap_put_h(m, key, dn_hash_str(key), val);
}

int dn_strmap_put_h(dn_strmap *m, const char *key, uint64_t h, int val)
{
    size_t i;

    /* A map with an arena is a document's, rebuilt for every document:
     * grown at 50% load, as zeroing bigger tables would cost more than
     * the probes saved. Without one it is the lexicon's, built once and
     * probed for every token: grown at 25%, half the probes. */
    if ((m->used + 1) * (m->arena ? 2 : 4) > m->cap && grow(m) != 0)
        return -1;
    for (i = h & (m->cap - 1); m->slots[i].key; i = (i + 1) & (m->cap - 1))
        if (m->slots[i].h == h && strcmp(m->slots[i].key, key) == 0) {
            m->slots[i].val = val;
            return 0;
        }
    if (!(m->slots[i].key = m->arena ? dn_arena_strdup(m->arena, key)
                                     : dn_strdup(key)))
        return -1;
    m->slots[i].val = val;
    m->slots[i].h = h;
    m->used++;
    return 0;
}

int dn_strmap_probe(const dn_strmap *m, const char *key, uint64_t h,
                    size_t i)
{
    for (i = (i + 1) & (m->cap - 1); m->slots[i].key;
         i = (i + 1) & (m->cap - 1))
        if (m->slots[i].h == h && strcmp(m->slots[i].key, key) == 0)
            return m->slots[i].val;
    return -1;
}

int dn_strmap_get(const dn_strmap *m, const char *key)
{
    return m->cap ? dn_strmap_get_h(m, key, dn_hash_str(key)) : -1;
}

void dn_strmap_free(dn_strmap *m)
{
    for (size_t i = 0; !m->arena && i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    memset(m, 0, sizeof *m);
}

void dn_strmap_clear(dn_strmap *m)
{
    dn_strmap_slot *s = m->slots;
    size_t cap = m->cap;

    /* An empty slot is one without a key: only the keys are cleared. A
     * document's map (its keys the arena's) is emptied for every
     * document: the loop keeps the table in locals, which a store
     * through a char pointer could otherwise have changed, and asks for
     * the arena once. */
    if (!m->arena)
        for (size_t i = 0; i < cap; i++)
            free(s[i].key);
    for (size_t i = 0; i < cap; i++)
        s[i].key = NULL;
    m->used = 0;
}
