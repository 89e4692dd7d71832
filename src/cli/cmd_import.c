/*
 * cmd_import.c - "dipnet import EDGES.csv [--nodes NODES.csv] [--into
 * GRAPH.json] [-o OUT.json]": contacts from a spreadsheet into a graph, in
 * the layout "dipnet export --format csv" writes (src/io/csv_read.c). Every
 * bad row is listed with file, line and column; when there is one, nothing
 * is written (exit 2) and the --into graph stays as it was.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "dipnet/export.h"
#include "dipnet/io.h"

const char cmd_import_usage[] =
    "usage: dipnet import EDGES.csv [--nodes NODES.csv] [--into GRAPH.json]\n"
    "                     [-o OUT.json]\n"
    "\n"
    "Reads interactions from an edges CSV (RFC 4180, a header row naming the\n"
    "columns, any order) and writes them as a graph: add contacts from other\n"
    "sources, or correct an exported graph in a spreadsheet and import it\n"
    "again. The columns are those 'dipnet export --format csv' writes:\n"
    "\n"
    "  source, target   node ids (required), e.g. state:armenia; a node not\n"
    "                   in the nodes file or the --into graph gets its type\n"
    "                   from the prefix (state:, person:, org:, place:)\n"
    "  type             call, meeting, appeal, statement, accusation,\n"
    "                   rejection, attack or member_of (required)\n"
    "  source_label, target_label   names for nodes created here\n"
    "  count            times seen (default 1); cameo, goldstein (when the\n"
    "                   column is missing: the type's defaults; empty: none)\n"
    "  evidence_document, evidence_date, evidence_sentence (required with a\n"
    "                   document), evidence_start, evidence_end,\n"
    "                   evidence_text, evidence_trigger: one evidence entry\n"
    "  evidence_count   ignored (written by export for reading)\n"
    "\n"
    "Rows with the same source, target and type are one edge (counts add).\n"
    "\n"
    "  --nodes FILE   a nodes CSV: id (required), label, type, kind, state,\n"
    "                 iso, cameo, aliases ('|' between them), and any other\n"
    "                 column as a numeric attribute\n"
    "  --into GRAPH   merge into GRAPH (as 'dipnet merge' does) and write the\n"
    "                 result back to GRAPH (atomically), or to -o. Rows add\n"
    "                 to the graph; a row whose evidence entry the graph's\n"
    "                 edge already holds describes that edge (its count is\n"
    "                 the edge's, not more), so importing a graph's own\n"
    "                 export into it changes nothing; rows without evidence\n"
    "                 add their count. To correct or delete, edit the export\n"
    "                 and import it without --into.\n"
    "  -o FILE        write to FILE (atomically) instead of standard output\n"
    "\n"
    "Exit status 2 when any row is bad: every bad row is listed as\n"
    "FILE:LINE:COLUMN and nothing is written.\n";

static void report(const dn_error *e, void *ctx)
{
    char buf[DN_ERROR_MSG_MAX + DN_ERROR_FILE_MAX + 64];

    (void)ctx;
    fprintf(stderr, "dipnet: %s\n", dn_error_format(e, buf, sizeof buf));
}

int cmd_import(int argc, char **argv)
{
    static const struct option opts[] = {
        {"nodes", required_argument, NULL, 'n'},
        {"into", required_argument, NULL, 'i'},
        {"output", required_argument, NULL, 'o'},
        {NULL, 0, NULL, 0}};
    const char *nodes = NULL, *into = NULL, *out = NULL;
    dn_graph *base = NULL, *g = NULL;
    dn_error err;
    int c, rc;

    dn_error_clear(&err);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'n':
            nodes = optarg;
            break;
        case 'i':
            into = optarg;
            break;
        case 'o':
            out = optarg;
            break;
        default:
            return cli_usage_error("import", "bad option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("import", "give exactly one edges CSV file");
    if (into && strcmp(into, "-") == 0)
        return cli_usage_error("import", "--into needs a file, not '-'");
    if (into && dn_graph_read_json(into, &base, &err) != DN_OK)
        return cli_error(&err);
    rc = dn_csv_import(argv[optind], nodes, base, report, NULL, &g, &err);
    if (rc != DN_OK) {
        dn_graph_free(base);
        if (dn_error_exit_code(&err) == 2)
            fprintf(stderr, "dipnet import: nothing imported%s\n",
                    into ? "; the graph is unchanged" : "");
        return dn_error_exit_code(&err) ? dn_error_exit_code(&err) : 1;
    }
    if (base) {
        rc = dn_graph_merge(base, g, &err);
        dn_graph_free(g);
        g = base;
        if (!out)
            out = into;
    }
    if (rc == DN_OK)
        rc = dn_graph_save_json(g, out, &err);
    dn_graph_free(g);
    return rc == DN_OK ? 0 : cli_error(&err);
}
