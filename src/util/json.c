/*
 * json.c - strict JSON parsing (see json.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "dipnet/io.h"
#include "util/json.h"

/* Where the string whose bytes start at s[i] ends: the index of its
 * closing quote, or len when it runs to the end. A backslash takes the
 * byte after it along. Most of a lexicon is strings: they are crossed
 * sixteen bytes at a time (SSE2, every x86-64 has it) to the next quote
 * or backslash. */
static size_t string_end(const char *s, size_t len, size_t i)
{
    for (;;) {
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\');
        for (; i + 16 <= len; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)));
            if (m) {
                i += (size_t)__builtin_ctz(m);
                break;
            }
        }
#endif
        while (i < len && s[i] != '"' && s[i] != '\\')
            i++;
        if (i >= len || s[i] == '"')
            return i < len ? i : len;
        i += 2; /* a backslash and the byte it escapes */
    }
}

/* Scans for the deepest nesting outside strings; returns the offset where
 * the limit is passed, or (size_t)-1. */
size_t dn_json_too_deep(const char *s, size_t len, int max)
{
    int depth = 0;

    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"') {
            i = string_end(s, len, i + 1); /* the closing quote */
        } else if (c == '{' || c == '[') {
            if (++depth > max)
                return i;
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return (size_t)-1;
}

static int cmp_keys(const void *a, const void *b)
{
    return strcmp((*(const cJSON *const *)a)->string,
                  (*(const cJSON *const *)b)->string);
}

static int is_container(const cJSON *v)
{
    return (v->type & 0xFF) == cJSON_Object || (v->type & 0xFF) == cJSON_Array;
}

/* 1 when two of the keys of object v are the same: the one that comes
 * first (in member order for up to 16 members, in strcmp order beyond)
 * in *key. */
static int has_dup(const cJSON *v, const char **key)
{
    const cJSON *c;
    size_t n = 0;
    uint64_t firsts = 0;
    int clash = 0;

    /* equal keys have equal first two bytes: when no two members' first
     * bytes share a bit of this set (the objects of a lexicon: "name",
     * "aliases", "role", "state", "surname", "terms" take six), there is
     * no pair to compare (the second byte only when the first is not the
     * end) */
    for (c = v->child; c; c = c->next) {
        const unsigned char *k = (const unsigned char *)c->string;
        uint64_t bit = (uint64_t)1 << ((k[0] * 31u + (k[0] ? k[1] : 0u)) & 63);
        clash |= (firsts & bit) != 0;
        firsts |= bit;
        n++;
    }
    if (!clash)
        return 0;
    if (n <= 16) {
        for (c = v->child; c; c = c->next)
            for (const cJSON *d = c->next; d; d = d->next)
                if (c->string[0] == d->string[0] && strcmp(c->string, d->string) == 0) {
                    *key = c->string;
                    return 1;
                }
    } else {
        const cJSON **arr = malloc(n * sizeof *arr);
        size_t i = 0;
        if (arr) {
            for (c = v->child; c; c = c->next)
                arr[i++] = c;
            qsort(arr, n, sizeof *arr, cmp_keys);
            for (i = 1; i < n; i++)
                if (strcmp(arr[i - 1]->string, arr[i]->string) == 0) {
                    *key = arr[i]->string;
                    free(arr);
                    return 1;
                }
            free(arr);
        }
    }
    return 0;
}

/* Finds a duplicate key in any object of the tree of container v (an
 * object's own keys first, then its members' trees in order); returns
 * the object holding it and sets *key, or NULL. Also raises *deepest to
 * the nesting of v's containers (v itself at depth), complete when it
 * returns NULL: for a text cJSON parsed whole, the deepest nesting of
 * brackets outside strings that dn_json_too_deep would find. */
static const cJSON *find_dup(const cJSON *v, int depth, int *deepest, const char **key)
{
    const cJSON *r;

    if (depth > *deepest)
        *deepest = depth;
    if ((v->type & 0xFF) == cJSON_Object && has_dup(v, key))
        return v;
    for (const cJSON *c = v->child; c; c = c->next)
        if (is_container(c) && (r = find_dup(c, depth + 1, deepest, key)))
            return r;
    return NULL;
}

int dn_json_parse_slice(const char *doc, size_t doc_len, size_t off, size_t n,
                        const char *name, int max_depth, cJSON **root,
                        dn_error *err)
{
    const char *data = doc + off;
    const char *end = NULL;
    const char *key = NULL;
    size_t deep, at;
    long line, col;

    *root = NULL;
    /* The depth limit is checked on the tree when cJSON parses the text
     * whole (its nesting is then the tree's); only a text it refuses, or
     * one with a duplicate key, is scanned for it, since a text too deep
     * gets that message before any other. */
    *root = cJSON_ParseWithLengthOpts(data, n, &end, 0);
    at = n; /* where text after the value starts: none */
    if (*root && end) {
        at = (size_t)(end - data);
        while (at < n && data[at] && strchr(" \t\r\n", data[at]))
            at++;
    }
    if (*root && at >= n) {
        int deepest = 0;
        const cJSON *dup = is_container(*root) ? find_dup(*root, 1, &deepest, &key) : NULL;
        if (!dup && (max_depth <= 0 || deepest <= max_depth))
            return DN_OK;
    }
    if (max_depth > 0 &&
        (deep = dn_json_too_deep(data, n, max_depth)) != (size_t)-1) {
        cJSON_Delete(*root);
        *root = NULL;
        dn_offset_to_line_col(doc, doc_len, off + deep, &line, &col);
        return dn_error_set(err, DN_ELIMIT, name, line, col,
                            "JSON nested deeper than %d levels", max_depth);
    }
    if (!*root) {
        at = end && end >= data ? (size_t)(end - data) : 0;
        dn_offset_to_line_col(doc, doc_len, off + at, &line, &col);
        size_t ws = 0;
        while (ws < n && strchr(" \t\r\n", data[ws]) && data[ws])
            ws++;
        if (ws == n)
            return dn_error_set(err, DN_EPARSE, name, 0, 0,
                                "empty file, JSON expected");
        return dn_error_set(err, DN_EPARSE, name, line, col,
                            "JSON syntax error");
    }
    if (at < n) {
        cJSON_Delete(*root);
        *root = NULL;
        dn_offset_to_line_col(doc, doc_len, off + at, &line, &col);
        return dn_error_set(err, DN_EPARSE, name, line, col,
                            "unexpected text after the JSON value");
    }
    {
        /* a duplicate key (the depth was within the limit) */
        int rc = dn_error_set(err, DN_EINVAL, name, 0, 0,
                              "duplicate key \"%.200s\" in an object", key);
        cJSON_Delete(*root);
        *root = NULL;
        return rc;
    }
}

int dn_json_parse(const char *data, size_t len, const char *name,
                  int max_depth, cJSON **root, dn_error *err)
{
    return dn_json_parse_slice(data, len, 0, len, name, max_depth, root, err);
}

size_t dn_json_value_end(const char *s, size_t len, size_t pos)
{
    int depth = 0;

    if (pos >= len)
        return (size_t)-1;
    if (s[pos] != '{' && s[pos] != '[' && s[pos] != '"') {
        while (pos < len && !strchr(",}] \t\r\n", s[pos]) && s[pos])
            pos++;
        return pos;
    }
    for (size_t i = pos; i < len; i++) {
        char c = s[i];
        if (c == '"') {
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\')
                    i++;
            if (i >= len)
                return (size_t)-1;
            if (depth == 0)
                return i + 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return (size_t)-1;
}

const cJSON *dn_json_get(const cJSON *obj, const char *key)
{
    for (const cJSON *c = obj ? obj->child : NULL; c; c = c->next)
        if (c->string && c->string[0] == key[0] && strcmp(c->string, key) == 0)
            return c;
    return NULL;
}

const char *dn_json_type_name(const cJSON *v)
{
    if (!v) return "nothing";
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsObject(v)) return "an object";
    if (cJSON_IsArray(v)) return "an array";
    if (cJSON_IsBool(v)) return "a boolean";
    if (cJSON_IsNull(v)) return "null";
    return "an invalid value";
}

int dn_json_valid_date(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;

    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    if (s[10])
        return 0;
    y = atoi(s);
    m = atoi(s + 5);
    d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    return 1;
}
