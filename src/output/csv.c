/*
 * csv.c - the graph as two CSV tables (RFC 4180: CRLF line ends, fields
 * quoted when they hold a comma, a quote, CR or LF; a quote doubled), for
 * spreadsheets, Gephi's spreadsheet import, pandas and R, and for
 * "dipnet import", which reads them back (src/io/csv_read.c).
 *
 * nodes: id,label,type,kind,state,iso,cameo,aliases then one column per
 * numeric attribute (the sorted union over all nodes; empty when a node
 * has none). edges: one row per edge with its key, count, CAMEO code and
 * Goldstein weight, the number of evidence entries and the first of them
 * (in sorted order): enough for import to rebuild the graph; evidence
 * beyond the first survives only as count. Empty cells are absent values.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"

int dn_export_csv_nodes(dn_graph *g, FILE *f, dn_error *err)
{
    const char **attr = NULL;
    size_t n_attr = 0;
    char num[32];

    dn_graph_sort(g);
    if (dn_exp_attr_names(g, &attr, &n_attr))
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    fputs("id,label,type,kind,state,iso,cameo,aliases", f);
    for (size_t i = 0; i < n_attr; i++) {
        putc(',', f);
        dn_exp_csv(f, attr[i]);
    }
    fputs("\r\n", f);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const dn_node *n = g->nodes[i];
        char *al = dn_exp_join_aliases(n);
        size_t a = 0;

        if (!al) {
            free(attr);
            return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
        }
        dn_exp_csv(f, n->id);
        putc(',', f);
        dn_exp_csv(f, n->label);
        putc(',', f);
        dn_exp_csv(f, dn_actor_type_name(n->type));
        putc(',', f);
        dn_exp_csv(f, n->kind);
        putc(',', f);
        dn_exp_csv(f, n->state);
        putc(',', f);
        dn_exp_csv(f, n->iso);
        putc(',', f);
        dn_exp_csv(f, n->cameo);
        putc(',', f);
        dn_exp_csv(f, al);
        free(al);
        /* both lists sorted by name: one pass */
        for (size_t k = 0; k < n_attr; k++) {
            putc(',', f);
            if (a < n->n_attrs && strcmp(n->attrs[a].name, attr[k]) == 0)
                fputs(dn_exp_num(num, n->attrs[a++].value), f);
        }
        fputs("\r\n", f);
    }
    free(attr);
    return dn_exp_finish(f, err);
}

int dn_export_csv_edges(dn_graph *g, FILE *f, dn_error *err)
{
    char num[32];

    dn_graph_sort(g);
    fputs("source,target,source_label,target_label,type,count,cameo,"
          "goldstein,evidence_count,evidence_document,evidence_date,"
          "evidence_sentence,evidence_start,evidence_end,evidence_text,"
          "evidence_trigger\r\n",
          f);
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];

        dn_exp_csv(f, e->source->id);
        putc(',', f);
        dn_exp_csv(f, e->target->id);
        putc(',', f);
        dn_exp_csv(f, e->source->label);
        putc(',', f);
        dn_exp_csv(f, e->target->label);
        fprintf(f, ",%s,%ld,", dn_edge_type_name(e->type), e->count);
        dn_exp_csv(f, e->cameo);
        putc(',', f);
        if (!isnan(e->goldstein))
            fputs(dn_exp_num(num, e->goldstein), f);
        fprintf(f, ",%zu,", e->n_evidence);
        if (e->n_evidence) {
            const dn_evidence *ev = &e->evidence[0];
            const dn_document *d = &g->docs[ev->doc];
            dn_exp_csv(f, d->id);
            putc(',', f);
            dn_exp_csv(f, d->date);
            fprintf(f, ",%ld,%ld,%ld,", ev->sentence, ev->start, ev->end);
            dn_exp_csv(f, ev->text);
            putc(',', f);
            dn_exp_csv(f, ev->trigger);
        } else {
            fputs(",,,,,,", f);
        }
        fputs("\r\n", f);
    }
    return dn_exp_finish(f, err);
}
