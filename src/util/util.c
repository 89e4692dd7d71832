/*
 * util.c - the private helpers of util.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util/util.h"

char *dn_strdup(const char *s)
{
    return s ? dn_strndup(s, strlen(s)) : NULL;
}

char *dn_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);

    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

int dn_str_replace(char **slot, const char *s)
{
    char *copy = NULL;

    if (s && !(copy = dn_strdup(s)))
        return -1;
    free(*slot);
    *slot = copy;
    return 0;
}

size_t dn_table_cap(size_t n)
{
    size_t cap = 64;
    while (cap < 2 * n && cap < ((size_t)1 << 40))
        cap *= 2;
    return cap;
}

int dn_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return 0;
    /* start at the size asked for: most evidence and alias arrays of a
     * graph hold one or two elements, and a million of them matter */
    ncap = *cap ? *cap : need;
    while (ncap < need) {
        if (ncap > ((size_t)-1) / 2 / elem)
            return -1;
        ncap *= 2;
    }
    p = realloc(*arr, ncap * elem);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

/* FNV-1a. The multiply chain is serial, byte after byte; the loop is
 * unrolled by eight so that its counting and branching cost an eighth,
 * and the last n % 8 bytes go in runs of four, two and one, in their
 * order (names and words are short: those bytes were most of a call's
 * steps, each with its own count and branch). The hash is the same. */
uint64_t dn_hash_bytes(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    const uint64_t prime = 1099511628211ULL;
    uint64_t h = seed ? seed : 1469598103934665603ULL;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        h = (h ^ s[i]) * prime;
        h = (h ^ s[i + 1]) * prime;
        h = (h ^ s[i + 2]) * prime;
        h = (h ^ s[i + 3]) * prime;
        h = (h ^ s[i + 4]) * prime;
        h = (h ^ s[i + 5]) * prime;
        h = (h ^ s[i + 6]) * prime;
        h = (h ^ s[i + 7]) * prime;
    }
    if (n & 4) {
        h = (h ^ s[i]) * prime;
        h = (h ^ s[i + 1]) * prime;
        h = (h ^ s[i + 2]) * prime;
        h = (h ^ s[i + 3]) * prime;
        i += 4;
    }
    if (n & 2) {
        h = (h ^ s[i]) * prime;
        h = (h ^ s[i + 1]) * prime;
        i += 2;
    }
    if (n & 1)
        h = (h ^ s[i]) * prime;
    return h;
}

uint64_t dn_hash_str(const char *s)
{
    return dn_hash_bytes(s, strlen(s), 0);
}

/* FxHash's step (rotate, xor a word, multiply) over 8-byte words, the
 * last word padded with zeros and the length mixed in, then MurmurHash3's
 * finaliser so that the low bits, which pick the slot, depend on all.
 * The words go two a turn (the same steps in the same order): the
 * evidence sentences hashed for the graph are a hundred bytes and more,
 * and the loop's counting cost as much as a step. */
uint64_t dn_hash_fast(const void *p, size_t n)
{
    const unsigned char *s = p;
    const uint64_t k = 0x517cc1b727220a95ULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n, v, w;
    size_t len = n;

    for (; n >= 16; s += 16, n -= 16) {
        memcpy(&v, s, 8);
        memcpy(&w, s + 8, 8);
        h = (((h << 5) | (h >> 59)) ^ v) * k;
        h = (((h << 5) | (h >> 59)) ^ w) * k;
    }
    if (n >= 8) {
        memcpy(&v, s, 8);
        h = (((h << 5) | (h >> 59)) ^ v) * k;
        s += 8;
        n -= 8;
    }
    if (n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* the zero-padded last word, without a memcpy of n bytes: the
         * word that ends the bytes shifted down, or two overlapping
         * 4-byte reads, or three single bytes */
        if (len >= 8) {
            memcpy(&v, s + n - 8, 8);
            v >>= 8 * (8 - n);
        } else if (n >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, s, 4);
            memcpy(&hi, s + n - 4, 4);
            v = lo | (uint64_t)hi << (8 * (n - 4));
        } else {
            v = s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) |
                (uint64_t)s[n - 1] << (8 * (n - 1));
        }
#else
        (void)len;
        v = 0;
        memcpy(&v, s, n);
#endif
        h = (((h << 5) | (h >> 59)) ^ v) * k;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

uint64_t dn_hash_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

void dn_buf_init(dn_buf *b)
{
    memset(b, 0, sizeof *b);
}

void dn_buf_free(dn_buf *b)
{
    free(b->data);
    dn_buf_init(b);
}

void dn_buf_reset(dn_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void dn_buf_reserve(dn_buf *b, size_t n)
{
    if (!b->oom && n >= b->cap && dn_grow((void **)&b->data, &b->cap, n + 1, 1) != 0)
        b->oom = 1;
}

void dn_buf_append(dn_buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        /* a buffer starts at 64 bytes: built a character at a time (ids,
         * labels), it would otherwise be reallocated at 2, 4, 8, ... */
        size_t need = b->len + n + 1;
        if (b->cap == 0 && need < 64)
            need = 64;
        if (dn_grow((void **)&b->data, &b->cap, need, 1) != 0) {
            b->oom = 1;
            return;
        }
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void dn_buf_puts(dn_buf *b, const char *s)
{
    dn_buf_append(b, s, strlen(s));
}

void dn_buf_putc(dn_buf *b, char c)
{
    dn_buf_append(b, &c, 1);
}

void dn_buf_printf(dn_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (b->oom)
        return;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || dn_grow((void **)&b->data, &b->cap, b->len + (size_t)n + 1, 1)) {
        b->oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *dn_buf_cstr(dn_buf *b)
{
    return b->data && !b->oom ? b->data : "";
}

char *dn_buf_take(dn_buf *b)
{
    char *p;

    if (b->oom) {
        dn_buf_free(b);
        return NULL;
    }
    p = b->data ? b->data : dn_strdup("");
    dn_buf_init(b);
    return p;
}

/* A zeroed table of n entries of size bytes, freed with dn_tab_free(t, n,
 * size). A table of TAB_MAP bytes or more is mapped from the kernel,
 * whose pages come zeroed: calloc would clear each page again (from the
 * heap, a table of the graph's size is no fresh memory: glibc raises its
 * mmap threshold to the size of the last table freed), and the tables
 * double, so that their zeroing cost as much as all the entries put into
 * them. A table of 2 MB or more is asked to live in huge pages: the big
 * tables (edges, evidence texts, evidence keys) are probed at random,
 * one probe per new edge or sentence, and over 4 KB pages most probes
 * would also miss the TLB. A power-of-two table of 2 MB or more is a
 * whole number of huge pages (Linux places an anonymous mapping of 2 MB
 * or more on a 2 MB boundary since 6.7; on older kernels the unaligned
 * ends of a table stay in small pages). NULL on ENOMEM. */
#define TAB_MAP ((size_t)64 << 10)
#define TAB_HUGE ((size_t)256 << 10)

/* The bytes mapped for a table of bytes bytes (TAB_MAP or more): a table
 * of TAB_HUGE bytes up to a huge page gets a whole huge page, so that it
 * too is one TLB entry (the node table of a graph of a few thousand
 * nodes, probed once per new node of each document, is 256 KB: over 4 KB
 * pages nearly every probe missed the TLB at 100 MB). Up to 2 MB per
 * table, for a graph of that size. */
static size_t tab_mapped(size_t bytes)
{
    return bytes >= TAB_HUGE && bytes < DN_HUGE_PAGE ? DN_HUGE_PAGE : bytes;
}

void *dn_tab_calloc(size_t n, size_t size)
{
    size_t bytes;
    void *p;

    if (size && n > SIZE_MAX / size)
        return NULL;
    bytes = n * size;
#ifdef MAP_ANONYMOUS
    if (bytes >= TAB_MAP) {
        bytes = tab_mapped(bytes);
        p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return NULL;
#ifdef MADV_HUGEPAGE
        if (bytes >= DN_HUGE_PAGE)
            (void)madvise(p, bytes, MADV_HUGEPAGE); /* advice: may be ignored */
#endif
        return p;
    }
#endif
    p = calloc(n, size);
    return p;
}

/* Frees a table of dn_tab_calloc(n, size) (NULL allowed). */
void dn_tab_free(void *t, size_t n, size_t size)
{
    if (!t)
        return;
#ifdef MAP_ANONYMOUS
    if (n * size >= TAB_MAP) {
        (void)munmap(t, tab_mapped(n * size));
        return;
    }
#endif
    (void)n;
    (void)size;
    free(t);
}
