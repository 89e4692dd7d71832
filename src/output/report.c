/*
 * report.c - the briefing page (see dipnet/report.h): one HTML file with
 * inline CSS and the diagram as inline SVG, nothing fetched, no script.
 *
 * The page is written top to bottom straight to a FILE*, one function per
 * section. All text from the graph passes through dn_html_escape (html.c);
 * the only markup written around it is fixed strings of this file and
 * numbers. Anchors follow the diagram's links (dot.h): "node-<actor id>"
 * (the id escaped as an attribute value) and "edge-<index>". Trigger words are found in the sentence with an ASCII case-insensitive
 * search and wrapped in <mark>; the sentence is cut into escaped runs
 * around the marks, so a mark can never split a UTF-8 sequence or an
 * entity.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/report.h"
#include "output/html.h"
#include "output/palette.h"

#define DEFAULT_TOP 10
#define MAX_MARKS 16
/* Scores closer to 0 than this are numerical noise (HITS gives 1e-17 for
 * actors that initiate nothing): shown as 0 and never ranked. */
#define NOISE 1e-9

static const char page_css[] =
    ":root{--ink:#1d2430;--muted:#5b6575;--line:#d5dae2;--bg:#fff;"
    "--soft:#f4f6f9;--accent:#1f5fa8;--mark:#ffe38a}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0 auto;max-width:1100px;padding:0 24px 48px;color:var(--ink);"
    "background:var(--bg);font:15px/1.45 system-ui,-apple-system,'Segoe UI',"
    "Roboto,'DejaVu Sans',sans-serif}\n"
    "header.page{border-bottom:3px solid var(--ink);padding:20px 0 10px;"
    "margin-bottom:8px}\n"
    "h1{font-size:1.7em;margin:0 0 6px}\n"
    "h2{font-size:1.3em;margin:28px 0 10px;padding-bottom:4px;border-bottom:"
    "1px solid var(--line)}\n"
    "h3{font-size:1.1em;margin:22px 0 8px}\n"
    "h4{font-size:1em;margin:0 0 4px}\n"
    ".meta{color:var(--muted);margin:2px 0}\n"
    ".meta b{color:var(--ink);font-weight:600}\n"
    "nav.toc{font-size:.9em;margin:8px 0}\n"
    "nav.toc a{margin-right:14px}\n"
    "a{color:var(--accent);text-decoration:none}\n"
    "a:hover{text-decoration:underline}\n"
    "figure.diagram{margin:0;border:1px solid var(--line);border-radius:6px;"
    "padding:8px;background:#fff;text-align:center}\n"
    "figure.diagram svg{max-width:100%;height:auto;max-height:85vh}\n"
    "figure.diagram svg a:hover path,figure.diagram svg a:hover polygon,"
    "figure.diagram svg a:hover ellipse{stroke-width:3}\n"
    "figure.diagram svg a{cursor:pointer}\n"
    "figcaption,.note{color:var(--muted);font-size:.9em;margin-top:6px}\n"
    ".missing{border:1px dashed var(--muted);padding:18px;text-align:center;"
    "color:var(--muted);border-radius:6px}\n"
    "table{border-collapse:collapse;width:100%;margin:6px 0 10px;"
    "font-size:.93em}\n"
    "th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;"
    "vertical-align:top}\n"
    "thead th{background:var(--soft);border-bottom:2px solid var(--line);"
    "font-weight:600}\n"
    "th small{display:block;font-weight:400;color:var(--muted)}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}\n"
    "td.top{background:#e8f0fb;font-weight:600}\n"
    "td .rank{color:var(--muted);font-weight:400;font-size:.85em}\n"
    ".id{color:var(--muted);font-size:.85em;font-family:ui-monospace,"
    "'DejaVu Sans Mono',monospace}\n"
    ".badge{display:inline-block;padding:0 7px;border-radius:9px;"
    "font-size:.8em;background:var(--soft);border:1px solid var(--line);"
    "color:var(--ink);white-space:nowrap}\n"
    "table.actors{table-layout:fixed}\n"
    "table.actors td{overflow-wrap:break-word}\n"
    "table.actors .c-actor{width:20%}table.actors .c-type{width:13%}"
    "table.actors .c-state{width:10%}table.actors .c-alias{width:23%}\n"
    "td.aliases{font-size:.88em;color:var(--muted)}\n"
    ".links{font-size:.92em}\n"
    "article.edge{border:1px solid var(--line);border-left:5px solid "
    "var(--tc,var(--accent));border-radius:4px;padding:8px 12px;"
    "margin:10px 0}\n"
    ".badge.type{background:var(--tt,var(--soft));border-color:var(--tc,"
    "var(--line))}\n"
    "article.edge:target,tr:target{outline:3px solid var(--mark);"
    "background:#fffbea}\n"
    ".facts{color:var(--muted);font-size:.9em;margin:0 0 4px}\n"
    ".facts b{color:var(--ink)}\n"
    "ol.evidence-list{margin:4px 0 0;padding-left:22px}\n"
    "li.evidence{margin:6px 0}\n"
    "blockquote.sentence{margin:0;padding:0}\n"
    "mark{background:var(--mark);padding:0 1px;border-radius:2px}\n"
    ".cite{color:var(--muted);font-size:.85em}\n"
    "section.new li{margin:3px 0}\n"
    "footer{margin-top:36px;color:var(--muted);font-size:.85em;border-top:1px "
    "solid var(--line);padding-top:8px}\n"
    "@page{size:A4;margin:12mm}\n"
    "@media print{\n"
    "body{max-width:none;padding:0;font-size:9.5pt}\n"
    "nav.toc,.screen-only{display:none}\n"
    "header.page{padding-top:0}\n"
    "section.diagram{break-after:page;page-break-after:always}\n"
    "figure.diagram{border:0;padding:0}\n"
    "figure.diagram svg{width:100%;max-height:190mm}\n"
    "h1{font-size:1.45em}\n"
    "h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
    "thead{display:table-header-group}\n"
    "tr,li.evidence,article.edge h4,.facts{break-inside:avoid;"
    "page-break-inside:avoid}\n"
    "article.edge{break-inside:auto}\n"
    "td.top{background:none;text-decoration:underline}\n"
    "a{color:inherit}\n"
    "mark{background:none;font-weight:700;text-decoration:underline}\n"
    "}\n";

void dn_report_opts_init(dn_report_opts *o)
{
    memset(o, 0, sizeof *o);
}

/* 1 when s is shaped YYYY-MM-DD. */
static int date_shape(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

const char *dn_report_first_seen(const dn_graph *g, const dn_edge *e)
{
    const char *best = NULL;

    for (size_t i = 0; i < e->n_evidence; i++) {
        uint32_t d = e->evidence[i].doc;
        const char *date = d < g->n_docs ? g->docs[d].date : NULL;
        if (date && *date && (!best || strcmp(date, best) < 0))
            best = date;
    }
    return best;
}

int dn_report_is_new(const dn_graph *g, const dn_edge *e, const char *since)
{
    const char *first = dn_report_first_seen(g, e);

    return first && since && strcmp(first, since) >= 0;
}

/* ---- small writers --------------------------------------------------- */

static void esc(FILE *f, const char *s)
{
    dn_html_escape(f, s);
}

static void write_num(FILE *f, double v)
{
    if (isnan(v))
        fputs("&#8212;", f);
    else if (fabs(v) < NOISE)
        fputs("0", f);
    else if (fabs(v) < 0.001)
        fprintf(f, "%.2e", v);
    else if (fabs(v) < 100)
        fprintf(f, "%.3f", v);
    else
        fprintf(f, "%.1f", v);
}

/* The anchor of an actor: "node-<id>", the fragment the diagram's links
 * (dot.h, url_prefix "#") point at. */
static void actor_href(FILE *f, const dn_node *n)
{
    fputs("<a href=\"#node-", f);
    esc(f, n->id);
    fputs("\">", f);
}

static void actor_link(FILE *f, const dn_node *n)
{
    actor_href(f, n);
    esc(f, n->label);
    fputs("</a>", f);
}

static void edge_link(FILE *f, const dn_edge *e)
{
    fprintf(f, "<a href=\"#edge-%zu\">", e->index);
    esc(f, e->source->label);
    fputs(" &#8594; ", f);
    esc(f, e->target->label);
    fputs("</a>", f);
}

static const char *type_title(dn_edge_type t)
{
    static const char *const titles[DN_EDGE__COUNT] = {
        "Calls", "Meetings", "Appeals", "Statements", "Accusations",
        "Rejections", "Attacks", "Memberships"};
    return (unsigned)t < DN_EDGE__COUNT ? titles[t] : "Other";
}

/* ---- trigger marks ----------------------------------------------------- */

typedef struct span {
    size_t start, end;
} span;

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* First occurrence of needle[0..nlen) in hay[0..hlen) that starts a word,
 * compared ASCII case-insensitively; (size_t)-1 when none. */
static size_t ci_find_word(const char *hay, size_t hlen, const char *needle,
                           size_t nlen)
{
    if (!nlen || nlen > hlen)
        return (size_t)-1;
    for (size_t i = 0; i + nlen <= hlen; i++) {
        size_t k = 0;
        if (i > 0 && is_word_byte((unsigned char)hay[i - 1]))
            continue;
        while (k < nlen && tolower((unsigned char)hay[i + k]) ==
                               tolower((unsigned char)needle[k]))
            k++;
        if (k == nlen)
            return i;
    }
    return (size_t)-1;
}

/* A mark that ends inside a word runs on to its end ("call" marks
 * "calls", "shell" marks "shelled"); only ASCII letters extend it, so a
 * mark never ends inside a UTF-8 sequence. */
static size_t word_end(const char *text, size_t end)
{
    if (end > 0 && isalpha((unsigned char)text[end - 1]))
        while (isalpha((unsigned char)text[end]))
            end++;
    return end;
}

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;

    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Finds the trigger in text: the whole phrase when it occurs, else each of
 * its words of three bytes or more (first occurrence of each), each run on
 * to the end of its word. Fills marks
 * sorted and without overlaps; returns their number. */
static size_t find_marks(const char *text, const char *trigger, span *marks)
{
    size_t tlen, n = 0, pos, out = 0;

    if (!text || !trigger || !*trigger)
        return 0;
    tlen = strlen(text);
    pos = ci_find_word(text, tlen, trigger, strlen(trigger));
    if (pos != (size_t)-1) {
        marks[0].start = pos;
        marks[0].end = word_end(text, pos + strlen(trigger));
        return 1;
    }
    for (const char *w = trigger; *w && n < MAX_MARKS;) {
        size_t wl = 0;
        while (*w && !is_word_byte((unsigned char)*w))
            w++;
        while (w[wl] && is_word_byte((unsigned char)w[wl]))
            wl++;
        if (wl >= 3 && (pos = ci_find_word(text, tlen, w, wl)) != (size_t)-1) {
            marks[n].start = pos;
            marks[n].end = word_end(text, pos + wl);
            n++;
        }
        w += wl;
    }
    if (!n)
        return 0;
    qsort(marks, n, sizeof *marks, span_cmp);
    for (size_t i = 1; i < n; i++) {
        if (marks[i].start <= marks[out].end) {
            if (marks[i].end > marks[out].end)
                marks[out].end = marks[i].end;
        } else
            marks[++out] = marks[i];
    }
    return out + 1;
}

static void write_sentence(FILE *f, const char *text, const char *trigger)
{
    span marks[MAX_MARKS];
    size_t n, at = 0;

    if (!text) {
        fputs("<span class=\"note\">(no sentence text recorded)</span>", f);
        return;
    }
    n = find_marks(text, trigger, marks);
    for (size_t i = 0; i < n; i++) {
        dn_html_escape_n(f, text + at, marks[i].start - at);
        fputs("<mark>", f);
        dn_html_escape_n(f, text + marks[i].start,
                         marks[i].end - marks[i].start);
        fputs("</mark>", f);
        at = marks[i].end;
    }
    dn_html_escape(f, text + at);
}

/* ---- the page index ------------------------------------------------------ */

/* Figures computed once per page so that no section walks every edge for
 * every node (the page stays linear in the size of the graph). */
typedef struct page_index {
    long *made, *received;     /* sums of counts, by node index */
    size_t *out_at, *in_at;    /* CSR offsets, n_nodes + 1 each */
    const dn_edge **out, **in; /* edges by source / by target, edge order */
    size_t *doc_ev;            /* evidence entries per document */
} page_index;

static void index_free(page_index *ix)
{
    free(ix->made);
    free(ix->received);
    free(ix->out_at);
    free(ix->in_at);
    free(ix->out);
    free(ix->in);
    free(ix->doc_ev);
}

static int index_build(const dn_graph *g, page_index *ix)
{
    size_t nn = g->n_nodes, ne = g->n_edges;

    memset(ix, 0, sizeof *ix);
    if (!(ix->made = calloc(nn + 1, sizeof *ix->made)) ||
        !(ix->received = calloc(nn + 1, sizeof *ix->received)) ||
        !(ix->out_at = calloc(nn + 2, sizeof *ix->out_at)) ||
        !(ix->in_at = calloc(nn + 2, sizeof *ix->in_at)) ||
        !(ix->out = malloc((ne + 1) * sizeof *ix->out)) ||
        !(ix->in = malloc((ne + 1) * sizeof *ix->in)) ||
        !(ix->doc_ev = calloc(g->n_docs + 1, sizeof *ix->doc_ev))) {
        index_free(ix);
        return DN_ENOMEM;
    }
    for (size_t i = 0; i < ne; i++) {
        const dn_edge *e = g->edges[i];
        ix->made[e->source->index] += e->count;
        ix->received[e->target->index] += e->count;
        ix->out_at[e->source->index + 2]++;
        ix->in_at[e->target->index + 2]++;
        for (size_t k = 0; k < e->n_evidence; k++)
            if (e->evidence[k].doc < g->n_docs)
                ix->doc_ev[e->evidence[k].doc]++;
    }
    /* counts at [i + 2] -> starts at [i + 1]; filling advances [i + 1]
     * to the end of node i, which is the start of node i + 1 */
    for (size_t i = 2; i < nn + 2; i++) {
        ix->out_at[i] += ix->out_at[i - 1];
        ix->in_at[i] += ix->in_at[i - 1];
    }
    for (size_t i = 0; i < ne; i++) {
        const dn_edge *e = g->edges[i];
        ix->out[ix->out_at[e->source->index + 1]++] = e;
        ix->in[ix->in_at[e->target->index + 1]++] = e;
    }
    return DN_OK;
}

/* ---- sections ------------------------------------------------------------ */

static void date_range(const dn_graph *g, const char **lo, const char **hi)
{
    *lo = *hi = NULL;
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = g->edges[i];
        for (size_t k = 0; k < e->n_evidence; k++) {
            uint32_t d = e->evidence[k].doc;
            const char *date = d < g->n_docs ? g->docs[d].date : NULL;
            if (!date || !*date)
                continue;
            if (!*lo || strcmp(date, *lo) < 0)
                *lo = date;
            if (!*hi || strcmp(date, *hi) > 0)
                *hi = date;
        }
    }
}

static void write_head(FILE *f, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
          "<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
          "'none'; style-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"" DN_GENERATOR "\">\n<title>",
          f);
    esc(f, title);
    fputs("</title>\n<style>\n", f);
    fputs(page_css, f);
    /* the diagram's colour of each interaction type (palette.h) */
    for (int t = 0; t < DN_EDGE__COUNT; t++) {
        const char *c = dn_palette_edge((dn_edge_type)t)->color;
        char tint[16];
        fprintf(f, ".t-%s{--tc:%s;--tt:%s}\n", dn_edge_type_name(t), c,
                dn_palette_tint(c, 0.85, tint));
    }
    fputs("</style>\n</head>\n<body>\n", f);
}

static void write_header(FILE *f, const dn_graph *g, const dn_report_opts *o,
                         const char *title)
{
    const char *lo, *hi;

    date_range(g, &lo, &hi);
    fputs("<header class=\"page\">\n<h1>", f);
    esc(f, title);
    fputs("</h1>\n<p class=\"meta\">", f);
    if (lo && strcmp(lo, hi) != 0) {
        fputs("Evidence dated <b>", f);
        esc(f, lo);
        fputs("</b> to <b>", f);
        esc(f, hi);
        fputs("</b>", f);
    } else if (lo) {
        fputs("Evidence dated <b>", f);
        esc(f, lo);
        fputs("</b>", f);
    } else
        fputs("No dated evidence", f);
    fprintf(f, " &#183; <b>%zu</b> actors &#183; <b>%zu</b> interactions "
               "&#183; <b>%zu</b> evidence sentences &#183; <b>%zu</b> "
               "document%s</p>\n",
            g->n_nodes, g->n_edges, dn_graph_evidence_count(g), g->n_docs,
            g->n_docs == 1 ? "" : "s");
    fputs("<p class=\"meta\" id=\"filters\">Filters: ", f);
    if (o->filters && *o->filters) {
        fputs("<b>", f);
        esc(f, o->filters);
        fputs("</b>", f);
    } else
        fputs("none (the whole graph)", f);
    if (o->new_since) {
        fputs(" &#183; new contacts since <b>", f);
        esc(f, o->new_since);
        fputs("</b> are listed <a href=\"#new\">below the diagram</a>", f);
    }
    fputs("</p>\n<p class=\"meta\">Read from: ", f);
    for (size_t i = 0; i < g->n_docs && i < 3; i++) {
        const dn_document *d = &g->docs[i];
        fputs(i ? "; " : "", f);
        fprintf(f, "<a href=\"#doc-%zu\">", i);
        esc(f, d->title ? d->title : d->id);
        fputs("</a>", f);
        if (d->title || d->date) {
            fputs(" <span class=\"id\">(", f);
            if (d->title)
                esc(f, d->id);
            if (d->title && d->date)
                fputs(", ", f);
            esc(f, d->date);
            fputs(")</span>", f);
        }
    }
    if (g->n_docs > 3)
        fprintf(f, " and <a href=\"#documents\">%zu more</a>", g->n_docs - 3);
    if (!g->n_docs)
        fputs("no documents recorded", f);
    fputs("</p>\n<nav class=\"toc\"><a href=\"#diagram\">Diagram</a>", f);
    if (o->new_since)
        fputs("<a href=\"#new\">New</a>", f);
    fputs("<a href=\"#key-actors\">Key actors</a><a href=\"#actors\">Actors"
          "</a><a href=\"#interactions\">Interactions &amp; evidence</a>"
          "<a href=\"#documents\">Documents</a></nav>\n</header>\n", f);
}

static void edge_tooltip(FILE *f, const dn_edge *e)
{
    esc(f, e->source->label);
    fputs(" &#8594; ", f);
    esc(f, e->target->label);
    fputs(": ", f);
    esc(f, dn_edge_type_name(e->type));
    fprintf(f, " &#215;%ld (click for the evidence)", e->count);
}

static void node_tooltip(FILE *f, const page_index *ix, const dn_node *n)
{
    esc(f, n->label);
    fputs(" (", f);
    esc(f, dn_actor_type_name(n->type));
    if (n->state && strcmp(n->state, n->label) != 0) {
        fputs(", ", f);
        esc(f, n->state);
    }
    fprintf(f, "): contacts made %ld, received %ld", ix->made[n->index],
            ix->received[n->index]);
}

/* Parses the digits at *p into *v; 1 when there was at least one. */
static int parse_index(const char *p, size_t *v)
{
    size_t x = 0;

    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        x = x * 10 + (size_t)(*p++ - '0');
    *v = x;
    return 1;
}

/* Matches the literal lit at p, where Graphviz may have written each '-'
 * of lit as "&#45;". Returns the end of the match or NULL. */
static const char *match_svg(const char *p, const char *lit)
{
    for (; *lit; lit++) {
        if (*lit == '-' && strncmp(p, "&#45;", 5) == 0)
            p += 5;
        else if (*p == *lit)
            p++;
        else
            return NULL;
    }
    return p;
}

/* 1 when p starts with <g id="PREFIX WHAT; *after is then past it. */
static int g_with_id(const char *p, const char *prefix, const char *what,
                     const char **after)
{
    const char *q;

    if (!(q = match_svg(p, "<g id=\"")) || !(q = match_svg(q, prefix)) ||
        !(q = match_svg(q, what)))
        return 0;
    *after = q;
    return 1;
}

/* 1 when p opens a <g> element ("<g>" or "<g ..."). */
static int opens_g(const char *p)
{
    return p[0] == '<' && p[1] == 'g' &&
           (p[2] == '>' || p[2] == ' ' || p[2] == '\n' || p[2] == '\t');
}

/* Copies the SVG element of an SVG document: everything before "<svg"
 * (XML prolog, DOCTYPE) and every comment is dropped. With a prefix, each
 * node or edge group (id "<prefix>node-..." / "<prefix>edge-<i>") gets
 * its <title> replaced by the tooltip of that actor or interaction (a
 * node's title is its synthetic Graphviz name "n<index>") and its content
 * wrapped in a link to the entry on the page:
 *   <g id="svg-edge-3" class="edge"><title>TOOLTIP</title>
 *   <a class="arrow" href="#edge-3">...shapes...</a></g>
 * The links are written here, from the graph, rather than taken from the
 * diagram, so that every href on the page is escaped by this file.
 * Returns 0 when the text holds no <svg element. */
static int write_svg(FILE *f, const dn_graph *g, const page_index *ix,
                     const char *svg, const char *prefix)
{
    const char *p = svg, *lt, *after;
    int pending = 0; /* 1: edge group opened, 2: node group opened */
    int depth = 0;   /* <g> nesting inside the group being linked; 0 =
                        no link open */
    size_t k = 0;

    while ((p = strstr(p, "<svg")) &&
           !(p[4] == ' ' || p[4] == '>' || p[4] == '\n' || p[4] == '\t' ||
             p[4] == '\r'))
        p += 4;
    if (!p)
        return 0;
    while ((lt = strchr(p, '<'))) {
        fwrite(p, 1, (size_t)(lt - p), f);
        p = lt;
        if (strncmp(p, "<!--", 4) == 0) {
            const char *end = strstr(p + 4, "-->");
            if (!end)
                return 1;
            p = end + 3;
            if (*p == '\n')
                p++;
            continue;
        }
        if (depth && opens_g(p))
            depth++;
        else if (depth && strncmp(p, "</g>", 4) == 0 && --depth == 0)
            fputs("</a>", f);
        if (!depth && prefix && g_with_id(p, prefix, "edge-", &after) &&
            parse_index(after, &k) && k < g->n_edges)
            pending = 1;
        else if (!depth && prefix && g_with_id(p, prefix, "node-", &after))
            pending = 2;
        else if (pending && strncmp(p, "<title>", 7) == 0) {
            const char *end = strstr(p + 7, "</title>");
            size_t ni;
            if (end && pending == 1) {
                fputs("<title>", f);
                edge_tooltip(f, g->edges[k]);
                fprintf(f, "</title>\n<a class=\"arrow\" href=\"#edge-%zu\">",
                        k);
                p = end + 8;
                depth = 1;
            } else if (end && p[7] == 'n' && parse_index(p + 8, &ni) &&
                       p + 8 + strspn(p + 8, "0123456789") == end &&
                       ni < g->n_nodes) {
                fputs("<title>", f);
                node_tooltip(f, ix, g->nodes[ni]);
                fputs("</title>\n<a class=\"actor\" href=\"#node-", f);
                esc(f, g->nodes[ni]->id);
                fputs("\">", f);
                p = end + 8;
                depth = 1;
            }
            pending = 0;
            if (depth)
                continue;
        }
        fputc('<', f);
        p++;
    }
    fputs(p, f);
    return 1;
}

static void write_diagram(FILE *f, const dn_graph *g, const page_index *ix,
                          const dn_report_opts *o)
{
    fputs("<section class=\"diagram\" id=\"diagram\">\n<h2>Diagram</h2>\n", f);
    if (o->svg) {
        fputs("<figure class=\"diagram\">\n", f);
        if (write_svg(f, g, ix, o->svg, o->svg_prefix)) {
            fputs("<figcaption>", f);
            if (o->svg_shown && o->svg_shown < g->n_nodes)
                fprintf(f, "<b>The diagram shows the %zu most central of the "
                           "%zu actors</b>; every actor and interaction is "
                           "listed below. ",
                        o->svg_shown, g->n_nodes);
            fputs("Arrows point from the actor who acts to the actor acted "
                  "upon.<span class=\"screen-only\"> Hover over an arrow or "
                  "an actor for its type and count; click it to jump to its "
                  "evidence.</span></figcaption>\n</figure>\n</section>\n",
                  f);
            return;
        }
        fputs("</figure>\n", f);
    }
    fputs("<div class=\"missing\" id=\"diagram-missing\">No diagram: ", f);
    esc(f, o->svg_note ? o->svg_note
                       : "the diagram could not be drawn for this page.");
    fputs("</div>\n</section>\n", f);
}

typedef struct dated {
    const dn_edge *e;
    const char *first;
} dated;

static int dated_cmp(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    int c = strcmp(x->first, y->first);

    if (c)
        return c;
    return x->e->index < y->e->index ? -1 : x->e->index > y->e->index;
}

/* The edges first seen on or after since, by first-seen date then edge
 * order. */
static int write_new(FILE *f, const dn_graph *g, const char *since)
{
    dated *list = NULL;
    size_t n = 0;

    if (g->n_edges && !(list = malloc(g->n_edges * sizeof *list)))
        return DN_ENOMEM;
    for (size_t i = 0; i < g->n_edges; i++)
        if (dn_report_is_new(g, g->edges[i], since)) {
            list[n].e = g->edges[i];
            list[n++].first = dn_report_first_seen(g, g->edges[i]);
        }
    if (n)
        qsort(list, n, sizeof *list, dated_cmp);
    fputs("<section class=\"new\" id=\"new\">\n<h2>New since ", f);
    esc(f, since);
    fprintf(f, " <span class=\"badge\">%zu</span></h2>\n", n);
    if (!n)
        fputs("<p class=\"note\">No contact was first seen on or after this "
              "date.</p>\n",
              f);
    else {
        fputs("<p class=\"note\">Contacts whose earliest evidence is dated on "
              "or after this date.</p>\n<ul>\n",
              f);
        for (size_t i = 0; i < n; i++) {
            const dn_edge *e = list[i].e;
            fputs("<li class=\"new-edge\">", f);
            edge_link(f, e);
            fprintf(f, " <span class=\"badge type t-%s\">",
                    dn_edge_type_name(e->type));
            esc(f, dn_edge_type_name(e->type));
            fprintf(f, "</span> &#215;%ld, first seen ", e->count);
            esc(f, list[i].first);
            fputs("</li>\n", f);
        }
        fputs("</ul>\n", f);
    }
    fputs("</section>\n", f);
    free(list);
    return DN_OK;
}

/* Sort helper for one measure: order of node indices by value. */
typedef struct ranked {
    size_t node;
    double v;
    const char *id;
} ranked;

static int ranked_cmp(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    int xn = isnan(x->v), yn = isnan(y->v);

    if (xn != yn)
        return xn - yn;
    if (!xn && x->v != y->v)
        return x->v > y->v ? -1 : 1;
    return strcmp(x->id, y->id);
}

static int write_key_actors(FILE *f, const dn_graph *g,
                            const dn_report_opts *o)
{
    dn_report_measure fallback[2];
    double *deg = NULL;
    const dn_report_measure *ms = o->measures;
    size_t nm = o->n_measures, top = o->top ? o->top : DEFAULT_TOP;
    size_t nn = g->n_nodes, n_rows = 0;
    size_t *rank = NULL; /* rank[m * nn + node]: 1-based, 0 = not top */
    ranked *r = NULL, *rows = NULL;
    int rc = DN_ENOMEM;

    if (!ms || !nm) {
        if (nn && !(deg = calloc(2 * nn, sizeof *deg)))
            return DN_ENOMEM;
        for (size_t i = 0; i < g->n_edges; i++) {
            deg[g->edges[i]->source->index] += (double)g->edges[i]->count;
            deg[nn + g->edges[i]->target->index] += (double)g->edges[i]->count;
        }
        fallback[0] = (dn_report_measure){"Contacts made", "initiators", deg};
        fallback[1] =
            (dn_report_measure){"Contacts received", "sought out", deg + nn};
        ms = fallback;
        nm = 2;
    }
    fputs("<section class=\"key-actors\" id=\"key-actors\">\n<h2>Key actors"
          "</h2>\n",
          f);
    if (!nn) {
        fputs("<p class=\"note\">The graph has no actors.</p>\n</section>\n", f);
        free(deg);
        return DN_OK;
    }
    if (!(rank = calloc(nm * nn, sizeof *rank)) ||
        !(r = malloc(nn * sizeof *r)) || !(rows = malloc(nn * sizeof *rows)))
        goto done;
    for (size_t m = 0; m < nm; m++) {
        for (size_t i = 0; i < nn; i++)
            r[i] = (ranked){i, ms[m].value[i], g->nodes[i]->id};
        qsort(r, nn, sizeof *r, ranked_cmp);
        for (size_t i = 0; i < nn && i < top; i++)
            if (!isnan(r[i].v) && r[i].v > NOISE)
                rank[m * nn + r[i].node] = i + 1;
    }
    for (size_t i = 0; i < nn; i++) {
        int any = 0;
        for (size_t m = 0; m < nm; m++)
            any |= rank[m * nn + i] != 0;
        if (any)
            rows[n_rows++] = (ranked){i, ms[0].value[i], g->nodes[i]->id};
    }
    qsort(rows, n_rows, sizeof *rows, ranked_cmp);
    if (ms == fallback)
        fputs("<p class=\"note\" id=\"key-actors-fallback\">Centrality "
              "measures were not available: actors are ranked by the number "
              "of contacts they made and received.</p>\n",
              f);
    fprintf(f, "<p class=\"note\">The top %zu actors of each measure; the "
               "highlighted cells are the top %zu of their column "
               "(rank in brackets).</p>\n",
            top, top);
    fputs("<table class=\"key-actors\">\n<thead><tr><th>Actor</th><th>Type"
          "</th><th>State</th>",
          f);
    for (size_t m = 0; m < nm; m++) {
        fputs("<th class=\"num\">", f);
        esc(f, ms[m].name);
        if (ms[m].role) {
            fputs("<small>", f);
            esc(f, ms[m].role);
            fputs("</small>", f);
        }
        fputs("</th>", f);
    }
    fputs("</tr></thead>\n<tbody>\n", f);
    for (size_t k = 0; k < n_rows; k++) {
        const dn_node *n = g->nodes[rows[k].node];
        fputs("<tr><td>", f);
        actor_link(f, n);
        fputs("</td><td>", f);
        esc(f, dn_actor_type_name(n->type));
        fputs("</td><td>", f);
        esc(f, n->state ? n->state : "");
        fputs("</td>", f);
        for (size_t m = 0; m < nm; m++) {
            size_t rk = rank[m * nn + n->index];
            fputs(rk ? "<td class=\"num top\">" : "<td class=\"num\">", f);
            write_num(f, ms[m].value[n->index]);
            if (rk)
                fprintf(f, " <span class=\"rank\">(%zu)</span>", rk);
            fputs("</td>", f);
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</section>\n", f);
    rc = DN_OK;
done:
    free(rank);
    free(r);
    free(rows);
    free(deg);
    return rc;
}

static void write_actors(FILE *f, const dn_graph *g, const page_index *ix)
{
    fputs("<section class=\"actors\" id=\"actors\">\n<h2>Actors</h2>\n", f);
    fputs("<table class=\"actors\">\n<thead><tr><th class=\"c-actor\">Actor"
          "</th><th class=\"c-type\">Type</th><th class=\"c-state\">State"
          "</th><th class=\"c-alias\">Also called</th><th>Acts on</th><th>"
          "Acted on by</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const dn_node *n = g->nodes[i];
        const char *sep;
        fputs("<tr class=\"actor\" id=\"node-", f);
        esc(f, n->id);
        fputs("\"><td><b>", f);
        esc(f, n->label);
        fputs("</b><br><span class=\"id\">", f);
        esc(f, n->id);
        fputs("</span></td><td>", f);
        esc(f, dn_actor_type_name(n->type));
        if (n->kind) {
            fputs("<br><span class=\"id\">", f);
            esc(f, n->kind);
            fputs("</span>", f);
        }
        fputs("</td><td>", f);
        esc(f, n->state ? n->state : "");
        fputs("</td><td class=\"aliases\">", f);
        for (size_t k = 0; k < n->n_aliases; k++) {
            fputs(k ? "; " : "", f);
            esc(f, n->aliases[k]);
        }
        for (int dir = 0; dir < 2; dir++) {
            const size_t *at = dir ? ix->in_at : ix->out_at;
            const dn_edge *const *list = dir ? ix->in : ix->out;
            fputs("</td><td class=\"links\">", f);
            sep = "";
            for (size_t k = at[i]; k < at[i + 1]; k++) {
                const dn_edge *e = list[k];
                const dn_node *other = dir ? e->source : e->target;
                fprintf(f, "%s<a href=\"#edge-%zu\">", sep, e->index);
                esc(f, other->label);
                fputs(" (", f);
                esc(f, dn_edge_type_name(e->type));
                fputs(")</a>", f);
                sep = ", ";
            }
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</section>\n", f);
}

static void write_edge(FILE *f, const dn_graph *g, const dn_edge *e)
{
    const char *first = dn_report_first_seen(g, e);

    fprintf(f, "<article class=\"edge t-%s\" id=\"edge-%zu\">\n<h4>",
            dn_edge_type_name(e->type), e->index);
    actor_link(f, e->source);
    fputs(" &#8594; ", f);
    actor_link(f, e->target);
    fprintf(f, " <span class=\"badge type t-%s\">", dn_edge_type_name(e->type));
    esc(f, dn_edge_type_name(e->type));
    fprintf(f, "</span></h4>\n<p class=\"facts\">count <b>%ld</b> &#183; "
               "CAMEO <b>",
            e->count);
    if (e->cameo)
        esc(f, e->cameo);
    else
        fputs("&#8212;", f);
    fputs("</b> &#183; Goldstein <b>", f);
    if (isnan(e->goldstein))
        fputs("&#8212;", f);
    else
        fprintf(f, "%+.1f", e->goldstein);
    fputs("</b>", f);
    if (first) {
        fputs(" &#183; first seen <b>", f);
        esc(f, first);
        fputs("</b>", f);
    }
    fputs("</p>\n", f);
    if (e->n_evidence) {
        fputs("<ol class=\"evidence-list\">\n", f);
        for (size_t k = 0; k < e->n_evidence; k++) {
            const dn_evidence *ev = &e->evidence[k];
            const dn_document *d = ev->doc < g->n_docs ? &g->docs[ev->doc]
                                                       : NULL;
            fputs("<li class=\"evidence\"><blockquote class=\"sentence\">", f);
            write_sentence(f, ev->text, ev->trigger);
            fputs("</blockquote><div class=\"cite\">", f);
            if (d) {
                fprintf(f, "<a href=\"#doc-%u\">", (unsigned)ev->doc);
                esc(f, d->id);
                fputs("</a>", f);
            }
            fprintf(f, ", sentence %ld", ev->sentence);
            if (d && d->date) {
                fputs(", ", f);
                esc(f, d->date);
            }
            fprintf(f, " &#183; bytes %ld&#8211;%ld", ev->start, ev->end);
            if (ev->trigger) {
                fputs(" &#183; trigger: <i>", f);
                esc(f, ev->trigger);
                fputs("</i>", f);
            }
            fputs("</div></li>\n", f);
        }
        fputs("</ol>\n", f);
    }
    if (e->count > (long)e->n_evidence)
        fprintf(f, "<p class=\"note\">%ld of the %ld sightings came without "
                   "evidence (imported counts).</p>\n",
                e->count - (long)e->n_evidence, e->count);
    fputs("</article>\n", f);
}

static int edge_order_cmp(const void *a, const void *b)
{
    const dn_edge *x = *(const dn_edge *const *)a;
    const dn_edge *y = *(const dn_edge *const *)b;

    if (x->type != y->type)
        return x->type < y->type ? -1 : 1;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static int write_interactions(FILE *f, const dn_graph *g)
{
    const dn_edge **list = NULL;
    size_t i = 0;

    fputs("<section class=\"interactions\" id=\"interactions\">\n<h2>"
          "Interactions and evidence</h2>\n",
          f);
    if (!g->n_edges) {
        fputs("<p class=\"note\">The graph has no interactions.</p>\n"
              "</section>\n",
              f);
        return DN_OK;
    }
    if (!(list = malloc(g->n_edges * sizeof *list)))
        return DN_ENOMEM;
    for (size_t k = 0; k < g->n_edges; k++)
        list[k] = g->edges[k];
    qsort(list, g->n_edges, sizeof *list, edge_order_cmp);
    while (i < g->n_edges) {
        dn_edge_type t = list[i]->type;
        size_t j = i, n_ev = 0;
        while (j < g->n_edges && list[j]->type == t)
            n_ev += list[j++]->n_evidence;
        fprintf(f, "<section class=\"type\" id=\"type-%s\">\n<h3>",
                dn_edge_type_name(t));
        esc(f, type_title(t));
        fprintf(f, " <span class=\"badge\">%zu interaction%s, %zu evidence"
                   "</span></h3>\n",
                j - i, j - i == 1 ? "" : "s", n_ev);
        for (; i < j; i++)
            write_edge(f, g, list[i]);
        fputs("</section>\n", f);
    }
    fputs("</section>\n", f);
    free(list);
    return DN_OK;
}

static void write_documents(FILE *f, const dn_graph *g,
                            const page_index *ix)
{
    fputs("<section class=\"documents\" id=\"documents\">\n<h2>Documents</h2>"
          "\n<table class=\"documents\">\n<thead><tr><th>Document</th>"
          "<th>Title</th><th>Date</th><th class=\"num\">Evidence</th></tr>"
          "</thead>\n<tbody>\n",
          f);
    for (size_t i = 0; i < g->n_docs; i++) {
        fprintf(f, "<tr class=\"document\" id=\"doc-%zu\"><td>", i);
        esc(f, g->docs[i].id);
        fputs("</td><td>", f);
        esc(f, g->docs[i].title ? g->docs[i].title : "");
        fputs("</td><td>", f);
        esc(f, g->docs[i].date ? g->docs[i].date : "");
        fprintf(f, "</td><td class=\"num\">%zu</td></tr>\n", ix->doc_ev[i]);
    }
    fputs("</tbody>\n</table>\n</section>\n", f);
}

int dn_report_write(const dn_graph *g, const dn_report_opts *o, FILE *f,
                    dn_error *err)
{
    dn_report_opts defaults;
    page_index ix;
    const char *title;
    char *made = NULL;
    int rc;

    if (!o) {
        dn_report_opts_init(&defaults);
        o = &defaults;
    }
    if (o->new_since && !date_shape(o->new_since))
        return dn_error_set(err, DN_EINVAL, NULL, 0, 0,
                            "bad date \"%s\" for the new-since section "
                            "(want YYYY-MM-DD)",
                            o->new_since);
    title = o->title;
    if (!title) {
        const char *doc = g->n_docs && g->docs[0].title ? g->docs[0].title
                                                        : NULL;
        if (doc && g->n_docs == 1) {
            size_t len = strlen(doc) + sizeof "Briefing: ";
            if (!(made = malloc(len)))
                return dn_error_set(err, DN_ENOMEM, NULL, 0, 0,
                                    "out of memory");
            snprintf(made, len, "Briefing: %s", doc);
            title = made;
        } else
            title = "Briefing";
    }
    if (index_build(g, &ix) != DN_OK) {
        free(made);
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    write_head(f, title);
    write_header(f, g, o, title);
    write_diagram(f, g, &ix, o);
    rc = o->new_since ? write_new(f, g, o->new_since) : DN_OK;
    if (rc == DN_OK)
        rc = write_key_actors(f, g, o);
    if (rc == DN_OK)
        write_actors(f, g, &ix);
    if (rc == DN_OK)
        rc = write_interactions(f, g);
    if (rc == DN_OK) {
        write_documents(f, g, &ix);
        fputs("<footer>Written by " DN_GENERATOR " from the graph's own "
              "evidence. Every sentence above is quoted as recorded; trigger "
              "words are highlighted where found.</footer>\n"
              "</body>\n</html>\n",
              f);
    }
    free(made);
    index_free(&ix);
    if (rc != DN_OK)
        return dn_error_set(err, rc, NULL, 0, 0,
                            "out of memory while writing the report");
    if (ferror(f))
        return dn_error_set(err, DN_EIO, NULL, 0, 0,
                            "write error while writing the report");
    return DN_OK;
}
