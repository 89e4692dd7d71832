/*
 * export_util.h - private helpers of the export writers (src/output/):
 * XML escaping, CSV quoting, number formatting and the colour palette.
 * Not public API; only the files of src/output/ that write interchange
 * formats include it.
 */
#ifndef DN_OUTPUT_EXPORT_UTIL_H
#define DN_OUTPUT_EXPORT_UTIL_H

#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

/* Writes s escaped for XML 1.0 (element text, or an attribute value when
 * attr is set): & < > " ' as entities, CR (and in attributes LF and TAB)
 * as character references so parsers keep them; characters XML cannot
 * hold (C0 controls, invalid UTF-8, U+FFFE/U+FFFF) become U+FFFD. */
void dn_exp_xml(FILE *f, const char *s, int attr);

/* Writes s as one CSV field, quoted when it holds , " CR or LF. */
void dn_exp_csv(FILE *f, const char *s);

/* Shortest "%.15g"/"%.17g" text that reads back as v; "NaN", "Infinity"
 * or "-Infinity" for the non-finite values. Returns buf (>= 32 bytes). */
const char *dn_exp_num(char *buf, double v);

/* Colour of an interaction type (edges in GEXF). */
void dn_exp_type_color(dn_edge_type t, unsigned char rgb[3]);

/* Weighted degree of every node (sum of counts in and out), indexed by
 * node->index after dn_graph_sort; malloc'ed, NULL on ENOMEM (or when the
 * graph has no nodes). */
double *dn_exp_strength(const dn_graph *g);

/* The common end of every writer: DN_EIO when f has an error, else DN_OK. */
int dn_exp_finish(FILE *f, dn_error *err);

/* The union of numeric attribute names over all nodes, sorted, unique.
 * *names is malloc'ed (the strings point into the nodes). DN_OK or
 * DN_ENOMEM. */
int dn_exp_attr_names(const dn_graph *g, const char ***names, size_t *n);

/* The node's aliases joined with "|", a "|" or "\\" inside an alias escaped
 * with "\\" (the CSV nodes table's convention, also used in GraphML and
 * GEXF). Malloc'ed; "" when none; NULL on ENOMEM. */
char *dn_exp_join_aliases(const dn_node *n);

/* Adds a number to a cJSON object printed with dn_exp_num's full
 * precision (cJSON's own printing keeps 15 digits when a 17-digit value
 * lies within its epsilon, which loses bits), NaN and infinities as null.
 * Returns 0 on ENOMEM. */
struct cJSON;
int dn_exp_json_num(struct cJSON *o, const char *key, double v);

#endif
