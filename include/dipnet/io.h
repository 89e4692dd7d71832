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
 * replaced.
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
