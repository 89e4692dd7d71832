/*
 * capture.h - test support: what a graph writer writes, as a string.
 *
 * Every writer of dipnet (the graph file, the exports) has the shape
 * int w(dn_graph *, FILE *, dn_error *); capture runs one into an
 * open_memstream and fails the calling cmocka test unless it returns DN_OK.
 */
#ifndef DN_TESTS_CAPTURE_H
#define DN_TESTS_CAPTURE_H

#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

typedef int (*capture_writer)(dn_graph *g, FILE *f, dn_error *err);

/* The bytes w writes for g, NUL-terminated; the caller frees them. */
char *capture(capture_writer w, dn_graph *g);

#endif
