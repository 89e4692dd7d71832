/*
 * cmd_extract.c - "dipnet extract": articles in, interaction graph out.
 *
 * Loads the default lexicons (cli_data_dir()) and any --lexicon files,
 * reads each article whole (one at a time, freed before the next), runs
 * the extractor on it (one dn_extractor for the run, whose working memory
 * serves every article) and writes the graph atomically. With --into the
 * existing graph is read and validated first and the articles are added to
 * it. Nothing is written when any input fails.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "dipnet/extract.h"
#include "dipnet/io.h"
#include "dipnet/lexicon.h"
#include "util/json.h"
#include "util/util.h"

const char cmd_extract_usage[] =
    "usage: dipnet extract [FILE...] [-o OUT.json] [--lexicon FILE.json]...\n"
    "                      [--date YYYY-MM-DD] [--into GRAPH.json] [--summary]\n"
    "\n"
    "Reads UTF-8 plain-text articles (title on the first line; '-' or no FILE\n"
    "is standard input) and writes the graph of who contacted whom: actors\n"
    "as nodes, interactions (call, meeting, appeal, statement, accusation,\n"
    "rejection, attack, member_of) as edges, each with the sentences it was\n"
    "read from as evidence.\n"
    "\n"
    "  -o, --output FILE   write to FILE (atomically) instead of standard output\n"
    "  --lexicon FILE      add or override lexicon entries (repeatable); the\n"
    "                      defaults come from $DIPNET_DATA or the data directory\n"
    "  --date YYYY-MM-DD   the articles' date, recorded with the evidence\n"
    "  --into GRAPH        add the articles to this graph (written back to it\n"
    "                      unless -o is given)\n"
    "  --summary           print the actors and interactions found (to standard\n"
    "                      error when the graph goes to standard output)\n";

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s && s[1] ? s + 1 : p;
}

/* Appends s (n bytes) to the line buffer. */
static char *put(char *o, const char *s, size_t n)
{
    memcpy(o, s, n);
    return o + n;
}

/* Writes the decimal digits of u at o; returns the end. */
static char *put_ulong(char *o, unsigned long u)
{
    char tmp[24], *p = tmp + sizeof tmp;

    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    return put(o, p, (size_t)(tmp + sizeof tmp - p));
}

/* A piece of a summary line, formatted once: the text and its length. */
typedef struct piece {
    const char *s;
    size_t n;
} piece;

/* The pieces of node i's lines, formatted once (a graph has far fewer
 * nodes than edges): as a source "  LABEL -", the label padded to 28
 * bytes as "%-28s" pads it; as a target "-> LABEL (". */
typedef struct node_pieces {
    piece src, dst;
} node_pieces;

/* The pieces of g's nodes, in g->nodes's order, and their text in *text
 * (free both); NULL when out of memory. */
static node_pieces *summary_pieces(const dn_graph *g, char **text)
{
    node_pieces *np = malloc((g->n_nodes + 1) * sizeof *np);
    size_t total = 0;
    char *o;

    for (size_t i = 0; i < g->n_nodes; i++) {
        size_t n = strlen(g->nodes[i]->label);
        total += (n > 28 ? n : 28) + 4 + n + 5;
    }
    if (!np || !(*text = o = malloc(total + 1))) {
        free(np);
        return NULL;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        const char *l = g->nodes[i]->label;
        size_t n = strlen(l);
        np[i].src.s = o;
        o = put(o, "  ", 2);
        o = put(o, l, n);
        for (size_t k = n; k < 28; k++)
            *o++ = ' ';
        o = put(o, " -", 2);
        np[i].src.n = (size_t)(o - np[i].src.s);
        np[i].dst.s = o;
        o = put(o, "-> ", 3);
        o = put(o, l, n);
        o = put(o, " (", 2);
        np[i].dst.n = (size_t)(o - np[i].dst.s);
    }
    return np;
}

/* One line, "  %-28s -%s-> %s (%ld)\n", at o from its pieces; returns
 * the end. */
static char *put_line(char *o, const piece *src, const piece *ty,
                      const piece *dst, long count)
{
    o = put(o, src->s, src->n);
    o = put(o, ty->s, ty->n);
    o = put(o, dst->s, dst->n);
    if (count < 0) {
        *o++ = '-';
        o = put_ulong(o, 0UL - (unsigned long)count);
    } else {
        o = put_ulong(o, (unsigned long)count);
    }
    return put(o, ")\n", 2);
}

/* The header and one line per interaction, in the graph's order (the
 * graph was sorted when it was written, so a node's index is its place
 * in g->nodes). Lines are put together by hand from pieces formatted
 * once per node and type, into a 256 KB buffer written with fwrite: a
 * graph of a million edges would spend longer in fprintf than in writing
 * its file. Edges lie all over memory, so each is asked for ahead of its
 * line, both cache lines when its fields straddle two (7 ms, not 12, on
 * 217,000 edges). */
static void summary(const dn_graph *g, FILE *f, const dn_extract_stats *st)
{
    enum { BUF = 1 << 18, AHEAD = 32 };
    piece types[DN_EDGE__COUNT + 1];
    char *text = NULL, *buf = malloc(BUF), *o = buf;
    node_pieces *np = buf ? summary_pieces(g, &text) : NULL;

    fprintf(f, "documents: %zu  sentences: %zu  actors: %zu  interactions: %zu\n",
            st->documents, st->sentences, g->n_nodes, g->n_edges);
    for (int t = 0; t <= DN_EDGE__COUNT; t++) {
        const char *s = dn_edge_type_name((dn_edge_type)t);
        types[t].s = s ? s : "(null)"; /* what printf gave for NULL */
        types[t].n = strlen(types[t].s);
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        unsigned t = (unsigned)e->type < DN_EDGE__COUNT ? (unsigned)e->type : DN_EDGE__COUNT;
        const piece *src = NULL, *dst = NULL;
        size_t need = 0;
        if (i + AHEAD < g->n_edges) { /* source to count: often two lines */
            DN_PREFETCH(g->edges[i + AHEAD]);
            DN_PREFETCH(&g->edges[i + AHEAD]->count);
        }
        if (np) {
            src = &np[e->source->index].src;
            dst = &np[e->target->index].dst;
            need = src->n + types[t].n + dst->n + 23; /* 20 digits, a sign, ")\n" */
            if ((size_t)(o - buf) + need > BUF) {
                fwrite(buf, 1, (size_t)(o - buf), f);
                o = buf;
            }
        }
        if (!np || need > BUF) { /* out of memory, or a label longer than buf */
            fprintf(f, "  %-28s -%s-> %s (%ld)\n", e->source->label, types[t].s,
                    e->target->label, e->count);
            continue;
        }
        o = put_line(o, src, &types[t], dst, e->count);
    }
    if (buf)
        fwrite(buf, 1, (size_t)(o - buf), f);
    free(buf);
    free(text);
    free(np);
}

int cmd_extract(int argc, char **argv)
{
    enum { OPT_LEXICON = 256, OPT_DATE, OPT_INTO, OPT_SUMMARY };
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"lexicon", required_argument, NULL, OPT_LEXICON},
                                         {"date", required_argument, NULL, OPT_DATE},
                                         {"into", required_argument, NULL, OPT_INTO},
                                         {"summary", no_argument, NULL, OPT_SUMMARY},
                                         {NULL, 0, NULL, 0}};
    const char *out = NULL, *date = NULL, *into = NULL, *dir;
    const char **lexfiles = NULL;
    int n_lex = 0, want_summary = 0, c, rc = 0;
    dn_lexicon *lx = NULL;
    dn_extractor *x = NULL;
    dn_graph *g = NULL;
    dn_error err;
    dn_extract_stats st;
    static char *stdin_only[] = {"-"};
    char **files;
    int n_files;

    dn_error_clear(&err);
    memset(&st, 0, sizeof st);
    if (!(lexfiles = calloc((size_t)argc + 1, sizeof *lexfiles)))
        return 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case OPT_LEXICON: lexfiles[n_lex++] = optarg; break;
        case OPT_DATE: date = optarg; break;
        case OPT_INTO: into = optarg; break;
        case OPT_SUMMARY: want_summary = 1; break;
        default: free(lexfiles); return cli_usage_error("extract", "bad option");
        }
    }
    if (date && !dn_json_valid_date(date)) {
        free(lexfiles);
        return cli_usage_error("extract", "--date wants YYYY-MM-DD, not '%s'", date);
    }
    files = optind < argc ? argv + optind : stdin_only;
    n_files = optind < argc ? argc - optind : 1;
    if (!(lx = dn_lexicon_new()))
        goto nomem;
    if (!(dir = cli_data_dir())) {
        if (n_lex == 0) {
            rc = cli_usage_error("extract", "no lexicon directory found (set DIPNET_DATA "
                                            "or give --lexicon FILE)");
            goto done;
        }
    } else if (dn_lexicon_load_dir(lx, dir, &err) != DN_OK) {
        goto fail;
    }
    for (int i = 0; i < n_lex; i++)
        if (dn_lexicon_load_file(lx, lexfiles[i], &err) != DN_OK) {
            if (err.code == DN_EIO)
                err.code = DN_EUSAGE; /* a lexicon named on the command line
                                         that cannot be read is bad usage */
            goto fail;
        }
    if (dn_lexicon_finish(lx, &err) != DN_OK)
        goto fail;
    if (!(x = dn_extractor_new(lx)))
        goto nomem;
    if (into) {
        if (dn_graph_read_json(into, &g, &err) != DN_OK)
            goto fail;
        if (!out)
            out = into;
    } else if (!(g = dn_graph_new())) {
        goto nomem;
    }
    for (int i = 0; i < n_files; i++) {
        char *data;
        size_t len;
        const char *id = strcmp(files[i], "-") == 0 ? "<stdin>" : base_name(files[i]);
        if (dn_read_file(files[i], DN_READ_MAX_DEFAULT, &data, &len, &err) != DN_OK)
            goto fail;
        rc = dn_extractor_document(x, g, id, data, len, date, &st, &err);
        free(data);
        if (rc != DN_OK)
            goto fail;
    }
    if (dn_graph_save_json(g, out, &err) != DN_OK)
        goto fail;
    if (want_summary)
        summary(g, (out && strcmp(out, "-") != 0) ? stdout : stderr, &st);
    rc = 0;
    goto done;
nomem:
    dn_error_set(&err, DN_ENOMEM, NULL, 0, 0, "out of memory");
fail:
    rc = cli_error(&err);
done:
    dn_graph_free(g);
    dn_extractor_free(x);
    dn_lexicon_free(lx);
    free(lexfiles);
    return rc;
}
