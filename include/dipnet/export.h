/*
 * dipnet/export.h - the graph in the formats other tools read, and back.
 *
 * Writers (src/output/): GraphML (NetworkX, yEd, Gephi), GEXF 1.3 or
 * 1.2draft (Gephi; NetworkX 2.8 reads 1.2draft only), CSV (a nodes table
 * and an edges table, RFC 4180), JSON Lines (one event per evidence entry,
 * columns named after GDELT's) and Cytoscape.js JSON (Cytoscape desktop,
 * cytoscape.js, networkx.cytoscape_graph). Every writer sorts the graph
 * first (dn_graph_sort, hence not const), so the same graph always gives
 * the same bytes, and writes to a caller-owned FILE (use dn_out_open /
 * dn_out_commit for atomic files). A writer returns DN_OK, DN_ENOMEM or
 * DN_EIO (the stream reported a write error).
 *
 * Reader (src/io/csv_read.c): an RFC 4180 CSV parser and the importer that
 * turns an edges CSV (and an optional nodes CSV) in the layout the CSV
 * writer produces into a graph. The importer checks every row before it
 * builds anything: a file is imported whole or not at all.
 *
 * The CSV layout (the header row names the columns; their order is free):
 *   nodes: id, label, type, kind, state, iso, cameo, aliases (joined with
 *          "|"; a "|" or "\" inside an alias is escaped with "\"), then one
 *          column per numeric attribute (empty: absent; "NaN" allowed).
 *   edges: source, target, source_label, target_label, type, count, cameo,
 *          goldstein, evidence_count, evidence_document, evidence_date,
 *          evidence_sentence, evidence_start, evidence_end, evidence_text,
 *          evidence_trigger. The evidence_* columns describe the edge's
 *          first evidence entry (in sorted order).
 */
#ifndef DIPNET_EXPORT_H
#define DIPNET_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dn_export_format {
    DN_EXPORT_GRAPHML = 0,
    DN_EXPORT_GEXF,
    DN_EXPORT_CSV,
    DN_EXPORT_JSONL,
    DN_EXPORT_CYTOSCAPE,
    DN_EXPORT__COUNT
} dn_export_format;

/* "graphml", "gexf", "csv", "jsonl", "cytoscape" -> format; -1 if unknown. */
int dn_export_format_parse(const char *name);
const char *dn_export_format_name(dn_export_format f);

/* GEXF versions the writer knows. */
typedef enum dn_gexf_version {
    DN_GEXF_1_3 = 0, /* http://gexf.net/1.3, the default; Gephi 0.9+ */
    DN_GEXF_1_2      /* http://www.gexf.net/1.2draft; NetworkX < 3.6 */
} dn_gexf_version;

/* GraphML with one declared <key> (attr.name, attr.type) per attribute:
 * nodes carry label, type, kind, state, iso, cameo, aliases and every
 * numeric attribute (double); edges carry an id ("e0", "e1", ... in sorted
 * order), key and type (the interaction type), count, cameo, goldstein,
 * evidence_count and the first evidence entry's document, sentence and
 * text. yEd labels come through y:ShapeNode/y:NodeLabel and
 * y:PolyLineEdge/y:EdgeLabel (the yfiles extension keys). */
int dn_export_graphml(dn_graph *g, FILE *f, dn_error *err);

/* GEXF with static attributes (the same as GraphML), viz colours by the
 * actor's state (dn_export_state_color) and sizes by weighted degree, edge
 * weight = count, edge colour by interaction type. */
int dn_export_gexf(dn_graph *g, FILE *f, dn_gexf_version v, dn_error *err);

/* The two CSV tables (layout above), CRLF line ends, fields quoted when
 * they hold a comma, a quote, CR or LF. */
int dn_export_csv_nodes(dn_graph *g, FILE *f, dn_error *err);
int dn_export_csv_edges(dn_graph *g, FILE *f, dn_error *err);

/* One JSON object per line and per evidence entry (edges without evidence
 * give no line): date, sqldate, actor1_id, actor1_name, actor1_type,
 * actor1_state, actor1_country_code, actor1_code, actor2_..., event_type,
 * event_code, event_root_code, quad_class, goldstein, source_document,
 * document_title, sentence_number, sentence, trigger, start, end,
 * edge_count. */
int dn_export_jsonl(dn_graph *g, FILE *f, dn_error *err);

/* Cytoscape.js JSON: {"data": {...}, "directed": true, "multigraph": true,
 * "elements": {"nodes": [{"data": {"id", "value", "name", ...}}],
 * "edges": [{"data": {"id", "source", "target", "key", "interaction",
 * ...}}]}}. */
int dn_export_cytoscape(dn_graph *g, FILE *f, dn_error *err);

/* The colour of a state in every drawing (GEXF viz, yEd fill): the DOT
 * diagrams' colour, a fixed function of the state's label. */
void dn_export_state_color(const char *state, unsigned char rgb[3]);

/* ---- CSV reading ------------------------------------------------------ */

/* One parsed CSV file. Fields are NUL-terminated copies with quotes
 * removed; a record that spans lines (a quoted newline) is one row. */
typedef struct dn_csv_row {
    long line;       /* line of the record's first byte (1-based) */
    size_t n_fields;
    char **fields;
    long *lines;     /* line where each field starts (a quoted field
                        may span lines) */
    long *columns;   /* 1-based byte column where each field starts */
} dn_csv_row;

typedef struct dn_csv {
    dn_csv_row *rows; /* rows[0] is the header when the file has one */
    size_t n_rows, cap_rows;
} dn_csv;

/* Parses RFC 4180 CSV: comma separated, CRLF or LF record ends, fields
 * optionally in double quotes with "" for a quote; a UTF-8 byte order mark
 * is skipped, empty lines are skipped. A quote inside an unquoted field, a
 * character after a closing quote, an unterminated quote or a byte that is
 * not UTF-8 is DN_EPARSE with name, line and column. *out is freed with dn_csv_free. */
int dn_csv_parse(const char *data, size_t len, const char *name,
                 dn_csv **out, dn_error *err);
void dn_csv_free(dn_csv *t);

/* Called for each bad row found while importing (so that a tool can list
 * them all); the importer still returns the first error. */
typedef void (*dn_import_report_fn)(const dn_error *e, void *ctx);

/* Reads edges_path (and nodes_path when not NULL) into a new graph *out.
 * base, when not NULL, is the graph the rows will be merged into: nodes
 * named only by id in the edges file take their label and type from it.
 * Otherwise a node that the nodes file does not define gets its type from
 * the id's prefix (state:, person:, org:, place:) and its label from
 * source_label / target_label (else the id). Columns missing from the
 * header take defaults (count 1; cameo and goldstein of the type); an empty
 * cell means absent. Checks every row, calls report (may be NULL) for each
 * bad one (at most 100), and fails with the first: DN_EPARSE or DN_EINVAL
 * with file, line and column, nothing built. */
int dn_csv_import(const char *edges_path, const char *nodes_path,
                  const dn_graph *base, dn_import_report_fn report,
                  void *ctx, dn_graph **out, dn_error *err);

#ifdef __cplusplus
}
#endif
#endif
