/*
 * dot_build.h - the cgraph side of dot.h, private to src/output and the
 * tests: builds the diagram as a cgraph graph so that the renderer (and
 * tests) can use it without going through DOT text.
 */
#ifndef DN_OUTPUT_DOT_BUILD_H
#define DN_OUTPUT_DOT_BUILD_H

#include <cgraph.h>

#include "dipnet/dot.h"

/* Builds the diagram of g into a new cgraph graph *out (caller closes it
 * with agclose). o may be NULL. Errors as for dn_dot_write. When the graph
 * will be laid out, create the gvc context first (PITFALLS). */
int dn_dot_build(const dn_graph *g, const dn_dot_options *o, Agraph_t **out,
                 dn_error *err);

/* Appends s to b escaped for a Graphviz escString (backslashes doubled;
 * newlines as \n; invalid UTF-8 as U+FFFD; other control characters as
 * spaces), wrapping at spaces so that lines hold about width characters
 * (0: no wrapping). Exposed for the tests. */
struct dn_buf;
void dn_dot_escape(struct dn_buf *b, const char *s, int width);
/* Appends s escaped for an HTML-like label (& < > " ' as entities, newlines
 * as <BR/>, the same UTF-8 clean-up), wrapping like dn_dot_escape. */
void dn_dot_escape_html(struct dn_buf *b, const char *s, int width);

#endif
