/*
 * json.h - strict JSON parsing on top of cJSON, shared by the graph file
 * reader, the lexicon loader and the importers.
 *
 * cJSON accepts duplicate keys silently and reports syntax errors through a
 * global pointer; dn_json_parse instead refuses nesting deeper than a limit
 * (before cJSON sees the text), names the line and column of a syntax
 * error, and rejects duplicate keys with the key's path.
 */
#ifndef DN_UTIL_JSON_H
#define DN_UTIL_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "dipnet/error.h"

/* Parses data[0..len). On success *root is the tree (caller frees with
 * cJSON_Delete). Errors: DN_ELIMIT (too deep), DN_EPARSE (syntax, with line
 * and column), DN_EINVAL (duplicate key, naming it). */
int dn_json_parse(const char *data, size_t len, const char *name,
                  int max_depth, cJSON **root, dn_error *err);

/* Parses the slice doc[off..off+n) as one JSON value, with the checks of
 * dn_json_parse, reporting lines and columns within the whole document.
 * max_depth <= 0 skips the depth check (for a caller that checked the
 * whole document already). */
int dn_json_parse_slice(const char *doc, size_t doc_len, size_t off, size_t n,
                        const char *name, int max_depth, cJSON **root,
                        dn_error *err);

/* Offset where nesting outside strings first exceeds max, or (size_t)-1. */
size_t dn_json_too_deep(const char *s, size_t len, int max);

/* Finds the end of the JSON value that starts at s[pos] (after any
 * whitespace was skipped): the offset one past its last byte, matching
 * brackets outside strings. Returns (size_t)-1 when the text ends first. */
size_t dn_json_value_end(const char *s, size_t len, size_t pos);

/* The member of obj named key (case-sensitive), or NULL: what
 * cJSON_GetObjectItemCaseSensitive does, without a strcmp call for every
 * member whose first byte differs (it matters on million-edge files). */
const cJSON *dn_json_get(const cJSON *obj, const char *key);

/* "a string", "a number", "an object", ... for messages. */
const char *dn_json_type_name(const cJSON *v);

/* 1 when s is a calendar date of the form YYYY-MM-DD. */
int dn_json_valid_date(const char *s);

#endif
