/*
 * arena.c - the bump allocator of arena.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

#define CHUNK_MIN (64u * 1024u)

/* A new chunk of at least CHUNK_MIN for need bytes. */
static void *alloc_chunk(dn_arena *a, size_t need)
{
    size_t cap = need > CHUNK_MIN ? need : CHUNK_MIN;
    dn_arena_chunk *c;

    if (cap > SIZE_MAX - sizeof *c)
        return NULL;
    if (!(c = malloc(sizeof *c + cap)))
        return NULL;
    c->next = a->head;
    a->head = c;
    a->used = need;
    a->cap = cap;
    return c->data;
}

/* dn_arena_alloc's other cases (arena.h): n of 0 or too big for its
 * rounding, an empty arena, a full head chunk. */
void *dn_arena_alloc_slow(dn_arena *a, size_t n)
{
    size_t need = (n + 7) & ~(size_t)7;
    void *p;

    if (n == 0 || need < n)
        return NULL;
    if (!a->head || a->cap - a->used < need)
        return alloc_chunk(a, need);
    p = (char *)a->head->data + a->used;
    a->used += need;
    return p;
}

void dn_arena_free(dn_arena *a)
{
    dn_arena_chunk *c = a->head;

    while (c) {
        dn_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    memset(a, 0, sizeof *a);
}

void dn_arena_reset(dn_arena *a)
{
    dn_arena_chunk *c;
    size_t total;

    if (!a->head || !a->head->next) {
        a->used = 0; /* empty, or one chunk: rewound */
        return;
    }
    /* the head's size is known; an older chunk took at least CHUNK_MIN
     * (more only for a request larger than that, a rare case counted
     * short: the merged chunk is then too small and grows again) */
    total = a->cap;
    for (c = a->head->next; c; c = c->next)
        total = total > SIZE_MAX - CHUNK_MIN ? SIZE_MAX : total + CHUNK_MIN;
    dn_arena_free(a);
    if (total > SIZE_MAX - sizeof *c || !(c = malloc(sizeof *c + total)))
        return; /* an empty arena: the next allocation tries again */
    c->next = NULL;
    a->head = c;
    a->cap = total;
    a->used = 0;
}
