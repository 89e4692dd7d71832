/*
 * arena.h - a bump allocator for data that lives and dies together (the
 * strings of one document's actors, the keys of its tables).
 *
 * Memory comes in chunks of at least 64 KB kept in a singly linked list;
 * an allocation takes the next bytes of the newest chunk (8-byte aligned),
 * or starts a new chunk when it does not fit (one large enough for a big
 * request). Nothing is freed alone: dn_arena_free releases every chunk.
 * Replacing a string in an arena (a role the article gives) leaves the old
 * bytes in place until then, which is bounded by the calls made. A zeroed
 * dn_arena is an empty arena.
 */
#ifndef DN_UTIL_ARENA_H
#define DN_UTIL_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct dn_arena_chunk {
    struct dn_arena_chunk *next;
    max_align_t data[]; /* the bytes handed out */
} dn_arena_chunk;

typedef struct dn_arena {
    dn_arena_chunk *head; /* newest chunk, NULL when empty */
    size_t used, cap;     /* bytes taken and available in head */
} dn_arena;

/* dn_arena_alloc when the head chunk lacks room (or n is 0 or too big):
 * not for callers. */
void *dn_arena_alloc_slow(dn_arena *a, size_t n);

/* n bytes (n > 0), 8-byte aligned; NULL on ENOMEM. The common case, room
 * in the head chunk, is inline: a document's actors and table keys make
 * tens of thousands of small allocations per megabyte of text, and the
 * calls cost more than the bumps. */
static inline void *dn_arena_alloc(dn_arena *a, size_t n)
{
    size_t need = (n + 7) & ~(size_t)7;
    void *p;

    if (n == 0 || need < n || !a->head || a->cap - a->used < need)
        return dn_arena_alloc_slow(a, n);
    p = (char *)a->head->data + a->used;
    a->used += need;
    return p;
}

/* Copies into the arena; NULL in gives NULL out (not an error). */
static inline char *dn_arena_strndup(dn_arena *a, const char *s, size_t n)
{
    char *p;

    if (!s)
        return NULL;
    if (!(p = dn_arena_alloc(a, n + 1)))
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static inline char *dn_arena_strdup(dn_arena *a, const char *s)
{
    return s ? dn_arena_strndup(a, s, strlen(s)) : NULL;
}

/* Releases every chunk and leaves an empty arena. */
void dn_arena_free(dn_arena *a);
/* Releases every allocation but keeps the memory for the next use: the
 * chunks are merged into one of their total size (one malloc when there
 * were several, none when there was one), so that filling the arena
 * again to the same size takes no malloc. Pointers into it are invalid
 * afterwards. */
void dn_arena_reset(dn_arena *a);

#endif
