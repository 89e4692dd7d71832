/*
 * export_util.c - what the export writers share: XML escaping that always
 * yields well-formed XML (invalid characters become U+FFFD), RFC 4180 CSV
 * quoting, round-trip number formatting, and the colour palette.
 *
 * The colours are the DOT diagrams' (output/palette.h): a state's colour is
 * a pure function of its label, an interaction type has one colour, so a
 * state looks the same in Graphviz, Gephi and yEd.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "output/export_util.h"
#include "output/palette.h"
#include "util/util.h"

/* Length of the valid UTF-8 sequence XML may hold at p, or 0. */
static size_t utf8_ok(const unsigned char *p)
{
    unsigned c = p[0], cp;
    size_t n, i;

    if (c < 0x80)
        return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? 1 : 0;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, cp = c & 0x07;
    else
        return 0;
    for (i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        return 0;
    return n;
}

void dn_exp_xml(FILE *f, const char *s, int attr)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;

    if (!s)
        return;
    while (*p) {
        const char *rep = NULL;
        size_t n = 1;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\'': rep = attr ? "&apos;" : NULL; break;
        case '\r': rep = "&#13;"; break;
        case '\n': rep = attr ? "&#10;" : NULL; break;
        case '\t': rep = attr ? "&#9;" : NULL; break;
        default:
            if (!(n = utf8_ok(p))) {
                rep = "\xEF\xBF\xBD"; /* U+FFFD */
                n = 1;
            }
        }
        if (rep) {
            fwrite(run, 1, (size_t)(p - run), f);
            fputs(rep, f);
            p += n;
            run = p;
        } else {
            p += n;
        }
    }
    fwrite(run, 1, (size_t)(p - run), f);
}

void dn_exp_csv(FILE *f, const char *s)
{
    if (!s)
        return;
    if (!s[strcspn(s, ",\"\r\n")]) {
        fputs(s, f);
        return;
    }
    putc('"', f);
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        fwrite(s, 1, (size_t)(q - s) + 1, f);
        putc('"', f);
    }
    fputs(s, f);
    putc('"', f);
}

const char *dn_exp_num(char *buf, double v)
{
    if (isnan(v))
        return strcpy(buf, "NaN");
    if (isinf(v))
        return strcpy(buf, v > 0 ? "Infinity" : "-Infinity");
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(buf, 32, "%.0f", v);
        if (strcmp(buf, "-0") == 0)
            strcpy(buf, "0");
        return buf;
    }
    snprintf(buf, 32, "%.15g", v);
    if (strtod(buf, NULL) != v)
        snprintf(buf, 32, "%.17g", v);
    return buf;
}

/* "#rrggbb" -> three bytes */
static void hex_rgb(const char *hex, unsigned char rgb[3])
{
    for (int i = 0; i < 3; i++) {
        unsigned v = 0;
        for (int k = 1; k <= 2; k++) {
            char c = hex && hex[0] == '#' ? hex[2 * i + k] : '0';
            v = v * 16 + (unsigned)(c >= 'a'   ? c - 'a' + 10
                                    : c >= 'A' ? c - 'A' + 10
                                               : c - '0');
        }
        rgb[i] = (unsigned char)v;
    }
}

void dn_export_state_color(const char *state, unsigned char rgb[3])
{
    hex_rgb(dn_palette_state_color(state), rgb);
}

void dn_exp_type_color(dn_edge_type t, unsigned char rgb[3])
{
    hex_rgb(dn_palette_edge(t)->color, rgb);
}

double *dn_exp_strength(const dn_graph *g)
{
    double *s = g->n_nodes ? calloc(g->n_nodes, sizeof *s) : NULL;

    if (!s)
        return NULL;
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        s[e->source->index] += (double)e->count;
        s[e->target->index] += (double)e->count;
    }
    return s;
}

int dn_exp_finish(FILE *f, dn_error *err)
{
    if (fflush(f) != 0 || ferror(f))
        return dn_error_set(err, DN_EIO, NULL, 0, 0, "write error");
    return DN_OK;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int dn_exp_attr_names(const dn_graph *g, const char ***names, size_t *n)
{
    const char **v = NULL;
    size_t cap = 0, k = 0, total = 0;

    *names = NULL;
    *n = 0;
    for (size_t i = 0; i < g->n_nodes; i++)
        total += g->nodes[i]->n_attrs;
    if (!total)
        return DN_OK;
    if (dn_grow((void **)&v, &cap, total, sizeof *v))
        return DN_ENOMEM;
    for (size_t i = 0; i < g->n_nodes; i++)
        for (size_t j = 0; j < g->nodes[i]->n_attrs; j++)
            v[k++] = g->nodes[i]->attrs[j].name;
    qsort(v, k, sizeof *v, cmp_name);
    total = 0;
    for (size_t i = 0; i < k; i++)
        if (!total || strcmp(v[total - 1], v[i]) != 0)
            v[total++] = v[i];
    *names = v;
    *n = total;
    return DN_OK;
}

char *dn_exp_join_aliases(const dn_node *n)
{
    dn_buf b;

    dn_buf_init(&b);
    for (size_t i = 0; i < n->n_aliases; i++) {
        if (i)
            dn_buf_putc(&b, '|');
        for (const char *p = n->aliases[i]; *p; p++) {
            if (*p == '|' || *p == '\\')
                dn_buf_putc(&b, '\\');
            dn_buf_putc(&b, *p);
        }
    }
    if (b.oom) {
        dn_buf_free(&b);
        return NULL;
    }
    if (!b.data)
        return dn_strdup("");
    return dn_buf_take(&b);
}

static const char *const format_names[DN_EXPORT__COUNT] = {
    "graphml", "gexf", "csv", "jsonl", "cytoscape"};

int dn_export_format_parse(const char *name)
{
    for (int i = 0; i < DN_EXPORT__COUNT; i++)
        if (name && strcmp(name, format_names[i]) == 0)
            return i;
    if (name && (strcmp(name, "cyjs") == 0 || strcmp(name, "cytoscapejs") == 0))
        return DN_EXPORT_CYTOSCAPE;
    return -1;
}

const char *dn_export_format_name(dn_export_format f)
{
    return (unsigned)f < DN_EXPORT__COUNT ? format_names[f] : NULL;
}

int dn_exp_json_num(cJSON *o, const char *key, double v)
{
    char buf[32];

    if (!isfinite(v))
        return cJSON_AddNullToObject(o, key) != NULL;
    return cJSON_AddRawToObject(o, key, dn_exp_num(buf, v)) != NULL;
}
