/*
 * util.h - small private helpers shared by the library: string copies, a
 * growable byte buffer, array growth and string hashing. Not public API.
 */
#ifndef DN_UTIL_H
#define DN_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* strdup that accepts NULL (returns NULL). */
char *dn_strdup(const char *s);
/* Copy of the first n bytes plus a NUL; NULL on ENOMEM. */
char *dn_strndup(const char *s, size_t n);
/* Replaces *slot with a copy of s (NULL clears). 0 ok, -1 ENOMEM. */
int dn_str_replace(char **slot, const char *s);

/* Grows *arr (elements of size elem) so that it holds at least need
 * elements; *cap is updated. 0 ok, -1 ENOMEM (then *arr is unchanged). */
int dn_grow(void **arr, size_t *cap, size_t need, size_t elem);
/* The capacity of an open-addressing table for n keys at half load: the
 * power of two >= 2n, at least 64. */
size_t dn_table_cap(size_t n);

/* 64-bit FNV-1a of n bytes, and of a NUL-terminated string. */
uint64_t dn_hash_bytes(const void *p, size_t n, uint64_t seed);
uint64_t dn_hash_str(const char *s);
/* A faster 64-bit hash of n bytes, read 8 at a time, for hash tables
 * only: the same on every run and on every platform of one byte order,
 * but not FNV-1a (whose values ids, colours and the lexicon's incremental
 * phrase hashes rely on). */
uint64_t dn_hash_fast(const void *p, size_t n);
/* Mixes an integer into a hash. */
uint64_t dn_hash_mix(uint64_t h, uint64_t v);

/* A growable NUL-terminated byte buffer. */
typedef struct dn_buf {
    char *data; /* NUL-terminated when len > 0 or after dn_buf_cstr */
    size_t len;
    size_t cap;
    int oom;    /* set when an append failed; later appends do nothing */
} dn_buf;

void dn_buf_init(dn_buf *b);
void dn_buf_free(dn_buf *b);
void dn_buf_reset(dn_buf *b);
/* Makes room for n bytes in all (and the NUL) at once, for a caller that
 * knows about how many will come: no reallocation (and copy) on the way. */
void dn_buf_reserve(dn_buf *b, size_t n);
void dn_buf_append(dn_buf *b, const char *s, size_t n);
void dn_buf_puts(dn_buf *b, const char *s);
void dn_buf_putc(dn_buf *b, char c);
void dn_buf_printf(dn_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The contents as a string ("" when empty). */
const char *dn_buf_cstr(dn_buf *b);
/* Hands the contents over (caller frees) and resets b. NULL on ENOMEM. */
char *dn_buf_take(dn_buf *b);

/* A hint to fetch p's cache line, for the tables a large graph misses
 * in. An asm statement on x86: GCC 12 drops a __builtin_prefetch that
 * sits alone under an if, deeming it without effect. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define DN_PREFETCH(p) __asm__ volatile("prefetcht0 %0" : : "m"(*(const char *)(p)))
#elif defined(__GNUC__)
#define DN_PREFETCH(p) __builtin_prefetch(p)
#else
#define DN_PREFETCH(p) ((void)(p))
#endif

/* Huge pages' size: a table or block of this size that dn_tab_calloc
 * maps is asked to live in one. */
#define DN_HUGE_PAGE ((size_t)2 << 20)

/* A zeroed table of n entries of size bytes for random probes: large
 * ones are mapped from the kernel, and asked to live in huge pages (see
 * util.c). Freed with dn_tab_free(t, n, size); NULL on ENOMEM. */
void *dn_tab_calloc(size_t n, size_t size);
/* Frees a table of dn_tab_calloc(n, size) (NULL allowed). */
void dn_tab_free(void *t, size_t n, size_t size);

#endif
