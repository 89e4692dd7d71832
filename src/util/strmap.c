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
    char **nk = calloc(ncap, sizeof *nk);
    int *nv = calloc(ncap, sizeof *nv);
    uint64_t *nh = calloc(ncap, sizeof *nh);

    if (!nk || !nv || !nh) {
        free(nk);
        free(nv);
        free(nh);
        return -1;
    }
    for (size_t j = 0; j < m->cap; j++) {
        if (!m->keys[j])
            continue;
        for (i = m->hs[j] & (ncap - 1); nk[i]; i = (i + 1) & (ncap - 1))
            ;
        nk[i] = m->keys[j];
        nv[i] = m->vals[j];
        nh[i] = m->hs[j];
    }
    free(m->keys);
    free(m->vals);
    free(m->hs);
    m->keys = nk;
    m->vals = nv;
    m->hs = nh;
    m->cap = ncap;
    return 0;
}

int dn_strmap_put(dn_strmap *m, const char *key, int val)
{
    uint64_t h;
    size_t i;

    if ((m->used + 1) * 2 > m->cap && grow(m) != 0)
        return -1;
    h = dn_hash_str(key);
    for (i = h & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (m->hs[i] == h && strcmp(m->keys[i], key) == 0) {
            m->vals[i] = val;
            return 0;
        }
    if (!(m->keys[i] = m->arena ? dn_arena_strdup(m->arena, key)
                                : dn_strdup(key)))
        return -1;
    m->vals[i] = val;
    m->hs[i] = h;
    m->used++;
    return 0;
}

int dn_strmap_get_h(const dn_strmap *m, const char *key, uint64_t h)
{
    size_t i;

    if (!m->cap)
        return -1;
    for (i = h & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (m->hs[i] == h && strcmp(m->keys[i], key) == 0)
            return m->vals[i];
    return -1;
}

int dn_strmap_get(const dn_strmap *m, const char *key)
{
    return m->cap ? dn_strmap_get_h(m, key, dn_hash_str(key)) : -1;
}

void dn_strmap_free(dn_strmap *m)
{
    for (size_t i = 0; !m->arena && i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    free(m->hs);
    memset(m, 0, sizeof *m);
}
