/*
 * dot.c - the briefing diagram of a graph, built with cgraph (see dot.h).
 *
 * How it works: a "plan" is made first, without Graphviz: the actors in id
 * order (plan.nodes) and the edges in (source id, target id, type) order
 * (plan.edges), the subset kept by top_n (plan.keep, by position in
 * plan.nodes), each actor's weighted degree and size value, and the states
 * that get a cluster. The plan is then turned into a cgraph graph in one
 * pass: attributes are declared once on the root graph (so that agwrite
 * prints them in declaration order), actors become nodes n0, n1, ... in id
 * order, clusters are subgraphs cluster_0, cluster_1, ... in state-name
 * order, and edges follow in their sorted order. Nothing depends on pointer
 * or hash order, so the DOT bytes are a function of the graph and options.
 *
 * Text never goes into Graphviz names: labels, tooltips and ids are escaped
 * for escString (dn_dot_escape), the title, caption and legend are
 * HTML-like labels escaped as entities (dn_dot_escape_html).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dipnet/dot.h"
#include "output/dot_build.h"
#include "output/palette.h"
#include "util/util.h"

#define LABEL_WRAP 22   /* characters per line of an actor's label */
#define TITLE_WRAP 90   /* characters per line of the title */
#define CAPTION_WRAP 120
#define MAX_DOCS_NAMED 3

static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo",
                                      NULL};

void dn_dot_options_init(dn_dot_options *o)
{
    memset(o, 0, sizeof *o);
    o->layout = "dot";
    o->legend = 1;
    o->clusters = 1;
}

int dn_dot_layout_valid(const char *name)
{
    for (int i = 0; name && layouts[i]; i++)
        if (strcmp(name, layouts[i]) == 0)
            return 1;
    return 0;
}

const char *dn_render_format_for_path(const char *path)
{
    static const char *const fmts[] = {"svg", "png", "pdf", NULL};
    const char *slash = path ? strrchr(path, '/') : NULL;
    const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;

    if (!dot)
        return NULL;
    for (int i = 0; fmts[i]; i++)
        if (strcasecmp(dot + 1, fmts[i]) == 0)
            return fmts[i];
    return NULL;
}

/* ---- escaping ---------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when s starts an
 * invalid one (bad lead byte, truncated, overlong, surrogate, > U+10FFFF). */
static size_t utf8_len(const unsigned char *s)
{
    unsigned c = s[0];

    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return (s[1] & 0xc0) == 0x80 ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
            return 0;
        if (c == 0xe0 && s[1] < 0xa0)
            return 0; /* overlong */
        if (c == 0xed && s[1] >= 0xa0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
            (s[3] & 0xc0) != 0x80)
            return 0;
        if (c == 0xf0 && s[1] < 0x90)
            return 0;
        if (c == 0xf4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

/* Characters (code points, invalid bytes counted as one) of the word that
 * starts at s, up to a space, a newline or the end. */
static int word_width(const unsigned char *s)
{
    int w = 0;

    while (*s && *s != ' ' && *s != '\n') {
        size_t n = utf8_len(s);
        s += n ? n : 1;
        w++;
    }
    return w;
}

/* Where escaped text goes. Graphviz decodes HTML entities in every label
 * and passes them through into SVG attributes, so '&' is always written as
 * "&amp;". Backslashes: a label or an id is read once as an escString
 * ("\\" is one backslash, "\N" the node name); a tooltip is read twice
 * (2.42 unescapes it, then substitutes \N and the like), so a backslash
 * takes four. A tooltip or id has one line: newlines become spaces. */
enum esc_mode { ESC_LABEL, ESC_TOOLTIP, ESC_ID, ESC_HTML };

static void escape(dn_buf *b, const char *str, int width, enum esc_mode mode)
{
    const unsigned char *s = (const unsigned char *)(str ? str : "");
    int html = mode == ESC_HTML;
    const char *brk = html ? "<BR/>" : mode == ESC_LABEL ? "\\n" : " ";
    int col = 0;

    while (*s) {
        size_t n;

        if (*s == '\n' || (*s == ' ' && width > 0 && col > 0 &&
                           col + 1 + word_width(s + 1) > width)) {
            dn_buf_puts(b, brk);
            col = 0;
            s++;
            continue;
        }
        n = utf8_len(s);
        col++;
        if (n == 0) {
            dn_buf_puts(b, "\xef\xbf\xbd"); /* U+FFFD for a bad byte */
            s++;
            continue;
        }
        if (n > 1) {
            dn_buf_append(b, (const char *)s, n);
            s += n;
            continue;
        }
        switch (*s) {
        case '\\':
            dn_buf_puts(b, html ? "\\"
                           : mode == ESC_TOOLTIP ? "\\\\\\\\" : "\\\\");
            break;
        case '&':
            dn_buf_puts(b, "&amp;");
            break;
        case '<':
            dn_buf_puts(b, html ? "&lt;" : "<");
            break;
        case '>':
            dn_buf_puts(b, html ? "&gt;" : ">");
            break;
        case '"':
            dn_buf_puts(b, html ? "&quot;" : "\"");
            break;
        case '\'':
            dn_buf_puts(b, html ? "&#39;" : "'");
            break;
        default:
            if (*s < 0x20 || *s == 0x7f)
                dn_buf_putc(b, ' '); /* tabs and controls: not drawable */
            else
                dn_buf_putc(b, (char)*s);
        }
        s++;
    }
}

void dn_dot_escape(dn_buf *b, const char *s, int width)
{
    escape(b, s, width, ESC_LABEL);
}

void dn_dot_escape_html(dn_buf *b, const char *s, int width)
{
    escape(b, s, width, ESC_HTML);
}

static void escape_tooltip(dn_buf *b, const char *s)
{
    escape(b, s, 0, ESC_TOOLTIP);
}

static void escape_id(dn_buf *b, const char *s)
{
    escape(b, s, 0, ESC_ID);
}

/* Percent-encodes s for a URL attribute: Graphviz 2.42 copies URL into
 * xlink:href without escaping '<' or '"', so an actor id such as
 * org:r&d<lab> made the SVG ill-formed and could inject markup. Only
 * unreserved characters and ":/#" are left as they are. */
static void escape_url(dn_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";

    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
            (*c >= '0' && *c <= '9') || strchr("-._~:/#", *c)) {
            dn_buf_putc(b, (char)*c);
        } else {
            dn_buf_putc(b, '%');
            dn_buf_putc(b, hex[*c >> 4]);
            dn_buf_putc(b, hex[*c & 15]);
        }
    }
}

/* ---- the plan ---------------------------------------------------------- */

typedef struct plan {
    const dn_graph *g;
    const dn_dot_options *o;
    const dn_node **nodes; /* all actors, id order */
    const dn_edge **edges; /* all edges, (source, target, type) order */
    size_t *pos;           /* g->nodes index -> position in nodes */
    double *degree;        /* weighted total degree, by position */
    double *size;          /* size_by value, by position (NAN: none) */
    unsigned char *keep;   /* drawn?, by position */
    long *name;            /* synthetic number n<k>, by position; -1 */
    size_t n_kept, e_kept;
    const char **states;   /* distinct cluster state names, sorted */
    size_t n_states;
    int top_by_pagerank;   /* top_n ranked by the pagerank attribute */
} plan;

static int cmp_node_id(const void *a, const void *b)
{
    return strcmp((*(const dn_node *const *)a)->id,
                  (*(const dn_node *const *)b)->id);
}

static int cmp_edge_key(const void *a, const void *b)
{
    const dn_edge *x = *(const dn_edge *const *)a;
    const dn_edge *y = *(const dn_edge *const *)b;
    int c = strcmp(x->source->id, y->source->id);

    if (c == 0)
        c = strcmp(x->target->id, y->target->id);
    if (c == 0)
        c = (int)x->type - (int)y->type;
    return c;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Ranking of top_n: score descending, then id ascending. The scores live
 * in a static pointer during the qsort (cgraph is single-threaded anyway,
 * and so is this module). */
static const double *rank_score;
static const dn_node **rank_nodes;

static int cmp_rank(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    double x = rank_score[i], y = rank_score[j];

    if (x != y)
        return x > y ? -1 : 1;
    return strcmp(rank_nodes[i]->id, rank_nodes[j]->id);
}

static double attr_or_nan(const dn_node *n, const char *name)
{
    const dn_attr *a = dn_node_attr(n, name);

    return a ? a->value : NAN;
}

/* 1 when n belongs in the cluster of its state: persons, bodies and the
 * state itself; places and stateless actors stay outside. */
static int in_cluster(const dn_node *n)
{
    return n->type != DN_ACTOR_PLACE && n->state && *n->state;
}

static void plan_free(plan *p)
{
    free(p->nodes);
    free(p->edges);
    free(p->pos);
    free(p->degree);
    free(p->size);
    free(p->keep);
    free(p->name);
    free(p->states);
}

static int plan_top(plan *p, dn_error *err)
{
    const dn_graph *g = p->g;
    size_t n = g->n_nodes, *order = NULL;
    double *score = NULL;

    for (size_t i = 0; i < n && !p->top_by_pagerank; i++)
        if (dn_node_attr(p->nodes[i], "pagerank"))
            p->top_by_pagerank = 1;
    if (!(order = malloc(n * sizeof *order)) ||
        !(score = malloc(n * sizeof *score))) {
        free(order);
        free(score);
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
        score[i] = p->top_by_pagerank ? attr_or_nan(p->nodes[i], "pagerank")
                                      : p->degree[i];
        if (isnan(score[i]))
            score[i] = -INFINITY;
    }
    rank_score = score;
    rank_nodes = p->nodes;
    qsort(order, n, sizeof *order, cmp_rank);
    memset(p->keep, 0, n);
    for (size_t i = 0; i < p->o->top_n && i < n; i++)
        p->keep[order[i]] = 1;
    free(order);
    free(score);
    return DN_OK;
}

static int plan_make(plan *p, const dn_graph *g, const dn_dot_options *o,
                     dn_error *err)
{
    size_t n = g->n_nodes, m = g->n_edges;

    memset(p, 0, sizeof *p);
    p->g = g;
    p->o = o;
    p->nodes = malloc((n ? n : 1) * sizeof *p->nodes);
    p->edges = malloc((m ? m : 1) * sizeof *p->edges);
    p->pos = malloc((n ? n : 1) * sizeof *p->pos);
    p->degree = calloc(n ? n : 1, sizeof *p->degree);
    p->size = malloc((n ? n : 1) * sizeof *p->size);
    p->keep = malloc(n ? n : 1);
    p->name = malloc((n ? n : 1) * sizeof *p->name);
    p->states = malloc((n ? n : 1) * sizeof *p->states);
    if (!p->nodes || !p->edges || !p->pos || !p->degree || !p->size ||
        !p->keep || !p->name || !p->states)
        goto nomem;
    for (size_t i = 0; i < n; i++)
        p->nodes[i] = g->nodes[i];
    for (size_t i = 0; i < m; i++)
        p->edges[i] = g->edges[i];
    qsort(p->nodes, n, sizeof *p->nodes, cmp_node_id);
    qsort(p->edges, m, sizeof *p->edges, cmp_edge_key);
    for (size_t i = 0; i < n; i++) {
        if (p->nodes[i]->index >= n || g->nodes[p->nodes[i]->index] != p->nodes[i])
            return dn_error_set(err, DN_EINVAL, NULL, 0, 0,
                                "graph node indices are inconsistent");
        p->pos[p->nodes[i]->index] = i;
    }
    for (size_t i = 0; i < m; i++) {
        const dn_edge *e = p->edges[i];
        p->degree[p->pos[e->source->index]] += (double)e->count;
        p->degree[p->pos[e->target->index]] += (double)e->count;
    }
    memset(p->keep, 1, n);
    if (o->top_n > 0 && o->top_n < n) {
        int rc = plan_top(p, err);
        if (rc != DN_OK)
            return rc;
    }
    /* size values */
    if (o->size_by && *o->size_by) {
        int any = 0;
        for (size_t i = 0; i < n; i++) {
            p->size[i] = strcmp(o->size_by, "degree") == 0
                             ? p->degree[i]
                             : attr_or_nan(p->nodes[i], o->size_by);
            any |= !isnan(p->size[i]);
        }
        if (!any)
            return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                                "no actor has the attribute '%s' to size "
                                "by (run 'dipnet analyze --annotate' "
                                "first, or use 'degree')", o->size_by);
    } else {
        for (size_t i = 0; i < n; i++)
            p->size[i] = NAN;
    }
    /* synthetic names in id order among the drawn actors */
    for (size_t i = 0; i < n; i++)
        p->name[i] = p->keep[i] ? (long)p->n_kept++ : -1;
    for (size_t i = 0; i < m; i++)
        if (p->keep[p->pos[p->edges[i]->source->index]] &&
            p->keep[p->pos[p->edges[i]->target->index]])
            p->e_kept++;
    /* cluster states: distinct states of drawn actors, unless the only
     * member would be the state's own node */
    if (o->clusters) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (p->keep[i] && in_cluster(p->nodes[i]))
                p->states[k++] = p->nodes[i]->state;
        qsort(p->states, k, sizeof *p->states, cmp_str);
        for (size_t i = 0; i < k; i++) {
            if (p->n_states && strcmp(p->states[p->n_states - 1],
                                      p->states[i]) == 0)
                continue;
            p->states[p->n_states++] = p->states[i];
        }
        /* drop the states whose members are all states themselves */
        k = 0;
        for (size_t s = 0; s < p->n_states; s++) {
            int other = 0;
            for (size_t i = 0; i < n && !other; i++)
                if (p->keep[i] && in_cluster(p->nodes[i]) &&
                    strcmp(p->nodes[i]->state, p->states[s]) == 0 &&
                    p->nodes[i]->type != DN_ACTOR_STATE)
                    other = 1;
            if (other)
                p->states[k++] = p->states[s];
        }
        p->n_states = k;
    }
    return DN_OK;
nomem:
    return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
}

/* ---- cgraph ------------------------------------------------------------ */

/* Object ids. cgraph's default id discipline makes the id of a named object
 * the address of its name in the string pool, and agwrite prints subgraphs
 * in id order: the order of the clusters would follow malloc. This
 * discipline numbers names in the order they are first seen instead (even
 * ids 2, 4, 6, ...; anonymous objects such as edges get odd ids), so the
 * clusters come out in creation order. A name's number is found through an
 * open-addressing table of indices into names. */
typedef struct id_state {
    Agraph_t *g;       /* the root graph, whose string pool holds names */
    char **names;      /* names[i] has id 2 * (i + 1); pool strings, as
                          agwrite reads their HTML flag (PITFALLS) */
    size_t n, cap;
    size_t *slots;     /* table of index + 1 (0: empty), size a power of 2 */
    size_t n_slots;
    IDTYPE next_anon;  /* next odd id */
} id_state;

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
    id_state *st = calloc(1, sizeof *st);

    (void)disc;
    if (st) {
        st->g = g;
        st->next_anon = 1;
    }
    return st;
}

static size_t *id_slot(id_state *st, const char *name)
{
    size_t mask = st->n_slots - 1, i = (size_t)dn_hash_str(name) & mask;

    while (st->slots[i] && strcmp(st->names[st->slots[i] - 1], name) != 0)
        i = (i + 1) & mask;
    return &st->slots[i];
}

static int id_rehash(id_state *st)
{
    size_t n = st->n_slots ? st->n_slots * 2 : 64;
    size_t *old = st->slots, old_n = st->n_slots;

    if (!(st->slots = calloc(n, sizeof *st->slots))) {
        st->slots = old;
        return -1;
    }
    st->n_slots = n;
    for (size_t i = 0; i < old_n; i++)
        if (old[i])
            *id_slot(st, st->names[old[i] - 1]) = old[i];
    free(old);
    return 0;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id,
                   int createflag)
{
    id_state *st = state;
    size_t *slot;

    (void)objtype;
    if (!str) {
        *id = st->next_anon;
        st->next_anon += 2;
        return 1;
    }
    if (st->n_slots == 0 && (!createflag || id_rehash(st) != 0))
        return 0;
    slot = id_slot(st, str);
    if (!*slot) {
        if (!createflag)
            return 0;
        if ((st->n + 1) * 2 > st->n_slots) {
            if (id_rehash(st) != 0)
                return 0;
            slot = id_slot(st, str);
        }
        if (dn_grow((void **)&st->names, &st->cap, st->n + 1,
                    sizeof *st->names) != 0 ||
            !(st->names[st->n] = agstrdup(st->g, str)))
            return 0;
        *slot = ++st->n;
    }
    *id = (IDTYPE)(2 * *slot);
    return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request)
{
    (void)state;
    (void)objtype;
    (void)request;
    return 0;
}

static void id_free(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id; /* names live until the graph is closed */
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
    id_state *st = state;

    (void)objtype;
    if (id % 2 == 0 && id >= 2 && id / 2 <= st->n)
        return st->names[id / 2 - 1];
    return NULL;
}

static void id_close(void *state)
{
    id_state *st = state;

    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        agstrfree(st->g, st->names[i]);
    free(st->names);
    free(st->slots);
    free(st);
}

static void id_register(void *state, int objtype, void *obj)
{
    (void)state;
    (void)objtype;
    (void)obj;
}

static Agiddisc_t id_disc = {id_open,  id_map,   id_alloc,   id_free,
                             id_print, id_close, id_register};
static Agdisc_t graph_disc = {&AgMemDisc, &id_disc, &AgIoDisc};


/* Attribute symbols, declared on the root in this order. */
typedef struct syms {
    Agsym_t *g_label, *c_style, *c_color, *c_fillcolor, *c_fontsize,
        *c_fontcolor, *c_id;
    Agsym_t *n_label, *n_shape, *n_style, *n_fillcolor, *n_color,
        *n_fontsize, *n_penwidth, *n_tooltip, *n_id, *n_url, *n_margin;
    Agsym_t *e_label, *e_color, *e_fontcolor, *e_style, *e_penwidth,
        *e_tooltip, *e_id, *e_url, *e_arrowsize;
} syms;

/* agattr/agxset take char*; cgraph copies the strings. */
#define S(x) ((char *)(x))

static Agsym_t *decl(Agraph_t *g, int kind, const char *name,
                     const char *def)
{
    return agattr(g, kind, S(name), S(def));
}

static void graph_attrs(Agraph_t *g, const dn_dot_options *o, syms *y)
{
    const char *lay = o->layout ? o->layout : "dot";

    decl(g, AGRAPH, "linelength", "0"); /* no wrapping of long strings */
    if (strcmp(lay, "dot") != 0)
        decl(g, AGRAPH, "layout", lay);
    decl(g, AGRAPH, "fontname", "Helvetica");
    y->c_fontsize = decl(g, AGRAPH, "fontsize", "12");
    y->c_fontcolor = decl(g, AGRAPH, "fontcolor", "#222222");
    decl(g, AGRAPH, "labelloc", "t");
    decl(g, AGRAPH, "bgcolor", "white");
    decl(g, AGRAPH, "pad", "0.3");
    decl(g, AGRAPH, "outputorder", "edgesfirst");
    if (strcmp(lay, "dot") == 0) {
        decl(g, AGRAPH, "rankdir", "LR");
        decl(g, AGRAPH, "nodesep", "0.22");
        decl(g, AGRAPH, "ranksep", "0.9");
        /* no newrank: in 2.42 agclose fails after a newrank layout and
         * the whole graph leaks */
    } else {
        decl(g, AGRAPH, "overlap", strcmp(lay, "sfdp") == 0 ? "prism"
                                                           : "false");
        decl(g, AGRAPH, "sep", "+12");
        decl(g, AGRAPH, "esep", "+6");
    }
    /* circo routes splines=true through makeMultiSpline, which writes out
     * of bounds in 2.42 on some graphs (valgrind); "curved" takes minutes:
     * straight edges there */
    decl(g, AGRAPH, "splines", strcmp(lay, "circo") == 0 ? "line" : "true");
    y->g_label = decl(g, AGRAPH, "label", "");
    y->c_style = decl(g, AGRAPH, "style", "");
    y->c_color = decl(g, AGRAPH, "color", "black");
    y->c_fillcolor = decl(g, AGRAPH, "fillcolor", "white");
    y->c_id = decl(g, AGRAPH, "id", "");

    y->n_label = decl(g, AGNODE, "label", "\\N");
    y->n_shape = decl(g, AGNODE, "shape", "box");
    y->n_style = decl(g, AGNODE, "style", "filled");
    y->n_fillcolor = decl(g, AGNODE, "fillcolor", "white");
    y->n_color = decl(g, AGNODE, "color", "#555555");
    decl(g, AGNODE, "fontname", "Helvetica");
    y->n_fontsize = decl(g, AGNODE, "fontsize", "11");
    y->n_penwidth = decl(g, AGNODE, "penwidth", "1");
    y->n_margin = decl(g, AGNODE, "margin", "0.10,0.05");
    y->n_tooltip = decl(g, AGNODE, "tooltip", "");
    y->n_id = decl(g, AGNODE, "id", "");
    y->n_url = o->url_prefix ? decl(g, AGNODE, "URL", "") : NULL;

    /* the count as a tail label ("call ×3" beside the actor who acts), not
     * a label: dot 2.42 double-frees its rank arrays after a labelled edge
     * between two nodes of one rank inside clusters, and xlabels drift far
     * from their edge */
    y->e_label = decl(g, AGEDGE, "taillabel", "");
    y->e_color = decl(g, AGEDGE, "color", "#555555");
    y->e_fontcolor = decl(g, AGEDGE, "labelfontcolor", "#333333");
    decl(g, AGEDGE, "fontname", "Helvetica");
    decl(g, AGEDGE, "fontsize", "9");
    decl(g, AGEDGE, "labelfontsize", "9");
    decl(g, AGEDGE, "labeldistance", "2.2");
    y->e_style = decl(g, AGEDGE, "style", "solid");
    y->e_penwidth = decl(g, AGEDGE, "penwidth", "1");
    y->e_arrowsize = decl(g, AGEDGE, "arrowsize", "0.7");
    y->e_tooltip = decl(g, AGEDGE, "tooltip", "");
    y->e_id = decl(g, AGEDGE, "id", "");
    y->e_url = o->url_prefix ? decl(g, AGEDGE, "URL", "") : NULL;
}

/* Sets a plain (escString) attribute from a dn_buf and resets the buf. */
static void set_buf(void *obj, Agsym_t *sym, dn_buf *b)
{
    agxset(obj, sym, S(dn_buf_cstr(b)));
    dn_buf_reset(b);
}

/* Sets an HTML-like attribute: the text is stored as an HTML string. The
 * text always starts with "<" so it never matches a plain string already
 * in the pool (PITFALLS). */
static void set_html(Agraph_t *g, void *obj, Agsym_t *sym, dn_buf *b)
{
    char *h = agstrdup_html(g, S(dn_buf_cstr(b)));

    agxset(obj, sym, h);
    agstrfree(g, h);
    dn_buf_reset(b);
}

static void fmt_num(char *buf, size_t size, double v)
{
    snprintf(buf, size, "%.2f", v);
}

/* Title and caption as the root graph's HTML label. */
static void title_label(const plan *p, dn_buf *b)
{
    const dn_graph *g = p->g;
    const dn_dot_options *o = p->o;
    const char *lo = NULL, *hi = NULL;
    const char **ids = NULL;
    int undated = 0;

    dn_buf_puts(b, "<FONT POINT-SIZE=\"20\"><B>");
    if (o->title && *o->title)
        dn_dot_escape_html(b, o->title, TITLE_WRAP);
    else if (g->n_docs == 1 && g->docs[0].title && *g->docs[0].title)
        dn_dot_escape_html(b, g->docs[0].title, TITLE_WRAP);
    else if (g->n_docs == 0)
        dn_buf_puts(b, "Interaction graph");
    else if (g->n_docs == 1) {
        dn_buf_puts(b, "Interactions in ");
        dn_dot_escape_html(b, g->docs[0].id, TITLE_WRAP);
    }
    else
        dn_buf_printf(b, "Interactions in %zu documents", g->n_docs);
    dn_buf_puts(b, "</B></FONT><BR/><FONT POINT-SIZE=\"11\" "
                   "COLOR=\"#444444\">");
    /* line 1: what is drawn and from where */
    dn_buf_printf(b, "%zu actor%s, %zu interaction%s", p->n_kept,
                  p->n_kept == 1 ? "" : "s", p->e_kept,
                  p->e_kept == 1 ? "" : "s");
    if (g->n_docs > 0 && (ids = malloc(g->n_docs * sizeof *ids))) {
        for (size_t i = 0; i < g->n_docs; i++)
            ids[i] = g->docs[i].id;
        qsort(ids, g->n_docs, sizeof *ids, cmp_str);
        dn_buf_printf(b, " from %zu document%s: ", g->n_docs,
                      g->n_docs == 1 ? "" : "s");
        for (size_t i = 0; i < g->n_docs && i < MAX_DOCS_NAMED; i++) {
            if (i)
                dn_buf_puts(b, ", ");
            dn_dot_escape_html(b, ids[i], 0);
        }
        if (g->n_docs > MAX_DOCS_NAMED)
            dn_buf_printf(b, " and %zu more", g->n_docs - MAX_DOCS_NAMED);
        free(ids);
    }
    /* line 2: dates of the evidence of the drawn edges */
    for (size_t i = 0; i < g->n_edges; i++) {
        const dn_edge *e = p->edges[i];
        if (!p->keep[p->pos[e->source->index]] ||
            !p->keep[p->pos[e->target->index]])
            continue;
        for (size_t k = 0; k < e->n_evidence; k++) {
            const char *d = e->evidence[k].doc < g->n_docs
                                ? g->docs[e->evidence[k].doc].date
                                : NULL;
            if (!d || !*d) {
                undated = 1;
                continue;
            }
            if (!lo || strcmp(d, lo) < 0)
                lo = d;
            if (!hi || strcmp(d, hi) > 0)
                hi = d;
        }
    }
    dn_buf_puts(b, "<BR/>");
    if (!lo)
        dn_buf_puts(b, "evidence undated");
    else if (strcmp(lo, hi) == 0) {
        dn_buf_puts(b, "evidence dated ");
        dn_dot_escape_html(b, lo, 0);
    } else {
        dn_buf_puts(b, "evidence dated ");
        dn_dot_escape_html(b, lo, 0);
        dn_buf_puts(b, " to ");
        dn_dot_escape_html(b, hi, 0);
    }
    if (lo && undated)
        dn_buf_puts(b, " (some undated)");
    /* line 3: the view */
    if ((o->filters && *o->filters) || (o->top_n && o->top_n < g->n_nodes) ||
        (o->size_by && *o->size_by)) {
        int first = 1;
        dn_buf_puts(b, "<BR/>");
        if (o->filters && *o->filters) {
            dn_buf_puts(b, "filters: ");
            dn_dot_escape_html(b, o->filters, CAPTION_WRAP);
            first = 0;
        }
        if (o->top_n && o->top_n < g->n_nodes) {
            dn_buf_printf(b, "%stop %zu of %zu actors by %s", first ? "" : "; ",
                          o->top_n, g->n_nodes,
                          p->top_by_pagerank ? "PageRank"
                                             : "weighted degree");
            first = 0;
        }
        if (o->size_by && *o->size_by) {
            dn_buf_printf(b, "%ssize by ", first ? "" : "; ");
            dn_dot_escape_html(b, strcmp(o->size_by, "degree") == 0
                                      ? "weighted degree"
                                      : o->size_by, 0);
        }
    }
    dn_buf_puts(b, "</FONT>");
}

/* The legend: the interaction types drawn, then the actor looks drawn. */
static void legend_label(const plan *p, dn_buf *b)
{
    int types[DN_EDGE__COUNT] = {0};
    size_t n_looks;
    const dn_actor_look *looks = dn_palette_actor_looks(&n_looks);
    unsigned char used[16] = {0};

    for (size_t i = 0; i < p->g->n_edges; i++) {
        const dn_edge *e = p->edges[i];
        if (p->keep[p->pos[e->source->index]] &&
            p->keep[p->pos[e->target->index]])
            types[e->type] = 1;
    }
    for (size_t i = 0; i < p->g->n_nodes; i++)
        if (p->keep[i])
            used[dn_palette_actor(p->nodes[i]->type, p->nodes[i]->kind) -
                 looks] = 1;
    dn_buf_puts(b, "<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" "
                   "CELLSPACING=\"0\" CELLPADDING=\"3\" BGCOLOR=\"white\">");
    if (p->e_kept) {
        dn_buf_puts(b, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Interactions"
                       "</B></TD></TR>");
        for (int t = 0; t < DN_EDGE__COUNT; t++) {
            const dn_edge_look *l = dn_palette_edge(t);
            const char *line = strcmp(l->style, "dashed") == 0
                                   ? "\xe2\x95\x8c\xe2\x95\x8c\xe2\x95\x8c"
                               : strcmp(l->style, "bold") == 0
                                   ? "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81"
                                   : "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80";
            if (!types[t])
                continue;
            dn_buf_printf(b, "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">%s"
                             "\xe2\x96\xb6</FONT></TD><TD ALIGN=\"LEFT\">%s"
                             "</TD></TR>",
                          l->color, line, dn_edge_type_name(t));
        }
    }
    if (p->n_kept) {
        dn_buf_puts(b, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Actors</B>"
                       "</TD></TR>");
        for (size_t i = 0; i < n_looks; i++)
            if (used[i])
                dn_buf_printf(b, "<TR><TD ALIGN=\"LEFT\">%s</TD>"
                                 "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                              looks[i].words, looks[i].key);
    }
    dn_buf_puts(b, "</TABLE>");
}

static void node_attrs(const plan *p, size_t i, Agnode_t *an, const syms *y,
                       dn_buf *b, double max_size)
{
    const dn_node *n = p->nodes[i];
    const dn_actor_look *look = dn_palette_actor(n->type, n->kind);
    const char *fill = dn_palette_state_color(n->state);
    char shade[8], num[32];
    const char *prefix = p->o->link_prefix ? p->o->link_prefix : "";

    dn_dot_escape(b, n->label, LABEL_WRAP);
    if (n->type == DN_ACTOR_PERSON && n->kind && *n->kind) {
        dn_buf_puts(b, "\\n");
        dn_dot_escape(b, n->kind, LABEL_WRAP);
    }
    set_buf(an, y->n_label, b);
    agxset(an, y->n_shape, S(look->shape));
    agxset(an, y->n_style, S(look->style));
    agxset(an, y->n_fillcolor, S(fill));
    agxset(an, y->n_color, S(dn_palette_shade(fill, 0.45, shade)));
    if (n->type == DN_ACTOR_STATE)
        agxset(an, y->n_penwidth, S("1.6"));
    if (!isnan(p->size[i]) && max_size > 0 && p->size[i] > 0) {
        fmt_num(num, sizeof num, 10.0 + 12.0 * sqrt(p->size[i] / max_size));
        agxset(an, y->n_fontsize, num);
    } else if (!isnan(max_size)) {
        agxset(an, y->n_fontsize, S("10.00"));
    }
    /* tooltip: label, type, kind, state */
    escape_tooltip(b, n->label);
    dn_buf_printf(b, " \xe2\x80\x94 %s", dn_actor_type_name(n->type));
    if (n->kind && *n->kind) {
        dn_buf_puts(b, ", ");
        escape_tooltip(b, n->kind);
    }
    if (n->state && *n->state && n->type != DN_ACTOR_STATE) {
        dn_buf_puts(b, ", ");
        escape_tooltip(b, n->state);
    }
    set_buf(an, y->n_tooltip, b);
    escape_id(b, prefix);
    dn_buf_puts(b, "node-");
    escape_id(b, n->id);
    set_buf(an, y->n_id, b);
    if (y->n_url) {
        escape_url(b, p->o->url_prefix);
        dn_buf_puts(b, "node-");
        escape_url(b, n->id);
        set_buf(an, y->n_url, b);
    }
}

static void edge_attrs(const plan *p, size_t k, Agedge_t *ae, const syms *y,
                       dn_buf *b)
{
    const dn_edge *e = p->edges[k];
    const dn_edge_look *l = dn_palette_edge(e->type);
    const char *prefix = p->o->link_prefix ? p->o->link_prefix : "";
    char num[32];

    agxset(ae, y->e_color, S(l->color));
    agxset(ae, y->e_fontcolor, S(l->color));
    agxset(ae, y->e_style, S(l->style));
    fmt_num(num, sizeof num, dn_palette_penwidth(e->type, e->count));
    agxset(ae, y->e_penwidth, num);
    if (e->type == DN_EDGE_ATTACK)
        agxset(ae, y->e_arrowsize, S("0.9"));
    if (e->count > 1) {
        dn_buf_printf(b, "%s \xc3\x97%ld", dn_edge_type_name(e->type),
                      e->count);
        set_buf(ae, y->e_label, b);
    }
    escape_tooltip(b, e->source->label);
    dn_buf_puts(b, " \xe2\x86\x92 ");
    escape_tooltip(b, e->target->label);
    dn_buf_printf(b, ": %s, %ld time%s", dn_edge_type_name(e->type),
                  e->count, e->count == 1 ? "" : "s");
    set_buf(ae, y->e_tooltip, b);
    escape_id(b, prefix);
    dn_buf_printf(b, "edge-%zu", k);
    set_buf(ae, y->e_id, b);
    if (y->e_url) {
        escape_url(b, p->o->url_prefix);
        dn_buf_printf(b, "edge-%zu", k);
        set_buf(ae, y->e_url, b);
    }
}

static void cluster_attrs(const plan *p, size_t s, Agraph_t *c,
                          const syms *y, dn_buf *b)
{
    const char *col = dn_palette_state_color(p->states[s]);
    char tint[8], shade[8];

    dn_dot_escape(b, p->states[s], 0);
    set_buf(c, y->g_label, b);
    agxset(c, y->c_style, S("rounded,filled"));
    agxset(c, y->c_fillcolor, S(dn_palette_tint(col, 0.75, tint)));
    agxset(c, y->c_color, S(dn_palette_shade(col, 0.6, shade)));
    agxset(c, y->c_fontsize, S("13"));
    escape_id(b, p->o->link_prefix ? p->o->link_prefix : "");
    dn_buf_printf(b, "state-%zu", s);
    set_buf(c, y->c_id, b);
}

int dn_dot_build(const dn_graph *g, const dn_dot_options *opts,
                 Agraph_t **out, dn_error *err)
{
    dn_dot_options defaults;
    const dn_dot_options *o = opts;
    Agraph_t *ag = NULL;
    Agnode_t **an = NULL;
    plan p;
    syms y;
    dn_buf b;
    double max_size = NAN;
    char name[32];
    int rc = DN_OK;

    *out = NULL;
    dn_buf_init(&b);
    memset(&y, 0, sizeof y);
    if (!o) {
        dn_dot_options_init(&defaults);
        o = &defaults;
    }
    if (o->layout && !dn_dot_layout_valid(o->layout))
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "unknown layout '%s' (use dot, neato, fdp, "
                            "sfdp or circo)", o->layout);
    if ((rc = plan_make(&p, g, o, err)) != DN_OK)
        goto done;
    if (!(an = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *an)))
        goto nomem;
    if (!(ag = agopen(S("dipnet"), Agdirected, &graph_disc))) {
        rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                          "cgraph could not create a graph");
        goto done;
    }
    graph_attrs(ag, o, &y);
    title_label(&p, &b);
    set_html(ag, ag, y.g_label, &b);

    for (size_t i = 0; i < g->n_nodes; i++) {
        if (!p.keep[i])
            continue;
        if (!isnan(p.size[i]) && (isnan(max_size) || p.size[i] > max_size))
            max_size = p.size[i];
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (!p.keep[i])
            continue;
        snprintf(name, sizeof name, "n%ld", p.name[i]);
        if (!(an[i] = agnode(ag, name, 1)))
            goto cgraph_fail;
        node_attrs(&p, i, an[i], &y, &b, max_size);
    }
    for (size_t s = 0; s < p.n_states; s++) {
        Agraph_t *c;
        snprintf(name, sizeof name, "cluster_%zu", s);
        if (!(c = agsubg(ag, name, 1)))
            goto cgraph_fail;
        cluster_attrs(&p, s, c, &y, &b);
        for (size_t i = 0; i < g->n_nodes; i++)
            if (an[i] && in_cluster(p.nodes[i]) &&
                strcmp(p.nodes[i]->state, p.states[s]) == 0)
                agsubnode(c, an[i], 1);
    }
    for (size_t k = 0; k < g->n_edges; k++) {
        const dn_edge *e = p.edges[k];
        Agnode_t *s = an[p.pos[e->source->index]];
        Agnode_t *t = an[p.pos[e->target->index]];
        Agedge_t *ae;
        if (!s || !t)
            continue;
        if (!(ae = agedge(ag, s, t, NULL, 1)))
            goto cgraph_fail;
        edge_attrs(&p, k, ae, &y, &b);
    }
    if (o->legend && (p.n_kept || p.e_kept)) {
        Agnode_t *l = agnode(ag, S("legend"), 1);
        if (!l)
            goto cgraph_fail;
        legend_label(&p, &b);
        set_html(ag, l, y.n_label, &b);
        agxset(l, y.n_shape, S("plaintext"));
        agxset(l, y.n_style, S("solid"));
        agxset(l, y.n_fontsize, S("10"));
        agxset(l, y.n_id, S("legend"));
        agxset(l, y.n_tooltip, S("legend"));
    }
    if (b.oom)
        goto nomem;
    *out = ag;
    ag = NULL;
    goto done;
cgraph_fail:
    rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                      "cgraph could not add to the diagram");
    goto done;
nomem:
    rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
done:
    if (ag)
        agclose(ag);
    free(an);
    dn_buf_free(&b);
    plan_free(&p);
    return rc;
}

int dn_dot_write(const dn_graph *g, const dn_dot_options *o, FILE *f,
                 dn_error *err)
{
    Agraph_t *ag;
    int rc = dn_dot_build(g, o, &ag, err);

    if (rc != DN_OK)
        return rc;
    agwrite(ag, f);
    agclose(ag);
    if (ferror(f))
        return dn_error_set(err, DN_EIO, NULL, 0, 0, "write error");
    return DN_OK;
}

int dn_dot_string(const dn_graph *g, const dn_dot_options *o, char **out,
                  size_t *len, dn_error *err)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    int rc;

    *out = NULL;
    *len = 0;
    if (!f)
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    rc = dn_dot_write(g, o, f, err);
    if (fclose(f) != 0 && rc == DN_OK)
        rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    if (rc != DN_OK) {
        free(buf);
        return rc;
    }
    *out = buf;
    *len = n;
    return DN_OK;
}
