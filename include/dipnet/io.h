/*
 * dipnet/io.h - files: reading input safely, writing output atomically, and
 * the native graph file (node-link JSON, see ../shared/EVENTS.md).
 *
 * Output: dn_out_open() gives a FILE* to write to. When the target is a
 * regular file (or does not exist yet) the bytes go to a temporary file in
 * the same directory, and dn_out_commit() flushes, syncs and renames it into
 * place, so a failure never leaves a half-written or clobbered file. When
 * the target is standard output ("-" or NULL), a character device such as
 * /dev/null or /dev/stdout, or a pipe, it is written directly and never
 * replaced. A process killed mid-write leaves the old target and a hidden
 * ".NAME.XXXXXX" temporary file beside it (tests/test_atomic.sh).
 *
 * Limits (hostile or huge input gives DN_ELIMIT, exit status 2, with the
 * file and, for nesting, line and column; tests/test_limits.sh):
 *   - any input file (graph, article, CSV): DN_READ_MAX_DEFAULT, 1 GiB;
 *     lexicon files: 256 MiB. Checked from the file size before reading.
 *   - JSON nesting (graph files and lexicons): DN_JSON_MAX_DEPTH levels,
 *     checked before cJSON sees the text (no deep recursion).
 *   - sentences: cut at DN_SENT_MAX bytes (text.h); an evidence entry keeps
 *     at most DN_EVIDENCE_TEXT_MAX bytes of its sentence (extract.h), so a
 *     run-on "sentence" naming thousands of actors stays linear in time
 *     and output (10 MB in ~5 s, a 34 MB graph: bench/bench_limits.sh).
 *   - a node: DN_NODE_MAX_ALIASES aliases, DN_NODE_MAX_ATTRS attributes.
 *   - graphs: no count limit; memory bounds them. A million actors and a
 *     million interactions (200 MB of JSON) read in ~8 s and ~700 MB.
 */
#ifndef DIPNET_IO_H
#define DIPNET_IO_H

#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest file dn_read_file accepts unless told otherwise (1 GiB). */
#define DN_READ_MAX_DEFAULT ((size_t)1 << 30)
/* Deepest JSON nesting the graph and lexicon readers accept. */
#define DN_JSON_MAX_DEPTH 64
/* The graph and CSV readers refuse a node with more than
 * DN_NODE_MAX_ALIASES aliases or DN_NODE_MAX_ATTRS attributes (graph.h):
 * each list is kept unique by a linear search, so a hostile file of 100,000
 * aliases on one node took 10 s, a million would take hours. The model
 * keeps the same bounds, so every graph it builds can be read back. */

/* Reads a whole file ("-" is standard input) into a NUL-terminated buffer.
 * Rejects directories and files larger than max bytes (DN_ELIMIT) with a
 * message naming the file. On success *data is malloc'ed (caller frees) and
 * *len is its length without the NUL. */
int dn_read_file(const char *path, size_t max, char **data, size_t *len,
                 dn_error *err);

typedef struct dn_out dn_out;

/* Opens an output target; path NULL or "-" is standard output. Returns NULL
 * and fills err when the directory cannot be written. */
dn_out *dn_out_open(const char *path, dn_error *err);
/* The stream to write to. */
FILE *dn_out_file(dn_out *o);
/* Finishes: checks write errors, flushes, renames the temporary file into
 * place. Frees o in every case. On failure the temporary file is removed
 * and the target is untouched. */
int dn_out_commit(dn_out *o, dn_error *err);
/* Gives up: removes the temporary file, leaves the target untouched, frees
 * o. Accepts NULL. */
void dn_out_abort(dn_out *o);
/* The name to use in messages ("<stdout>" for standard output). */
const char *dn_out_name(const dn_out *o);

/* Parses a graph file from memory. name is used in messages. A file loads
 * whole or not at all: on any error *out is NULL and err says where
 * ("FILE:LINE:COL" for syntax, "graph.edges[3].target: ..." for fields). */
int dn_graph_parse_json(const char *data, size_t len, const char *name,
                        dn_graph **out, dn_error *err);
/* Reads a graph file ("-" is standard input). */
int dn_graph_read_json(const char *path, dn_graph **out, dn_error *err);
/* Writes g (sorted first, hence not const) as JSON to f. */
int dn_graph_write_json(dn_graph *g, FILE *f, dn_error *err);
/* Writes g atomically to path ("-" or NULL: standard output). */
int dn_graph_save_json(dn_graph *g, const char *path, dn_error *err);

/* Turns a byte offset into a 1-based line and column (column counted in
 * bytes). */
void dn_offset_to_line_col(const char *data, size_t len, size_t off,
                           long *line, long *col);

#ifdef __cplusplus
}
#endif
#endif
