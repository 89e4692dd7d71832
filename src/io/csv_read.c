/*
 * csv_read.c - reading CSV (RFC 4180) and importing an edges table (and an
 * optional nodes table) into a graph: the reverse of src/output/csv.c.
 *
 * The parser turns the whole file into rows of NUL-terminated fields,
 * remembering for each field the line and column where it starts (a quoted
 * field may hold newlines, so a record may span lines). It is strict where
 * a lenient parser would silently shift columns: a quote inside an
 * unquoted field, text after a closing quote and an unterminated quote are
 * errors with their place, and so is a byte that is not UTF-8 (a file
 * saved in a legacy code page).
 *
 * The importer works on the parsed tables in one pass that validates and
 * builds at once; a bad row is reported (through the caller's callback)
 * and skipped, and when any row was bad the graph built so far is thrown
 * away: a file is imported whole or not at all. Columns are found by their
 * header names, so their order is free and optional columns may be left
 * out; an unknown column in the edges table is an error (a misspelt
 * "goldstien" would otherwise vanish), in the nodes table it is a numeric
 * attribute (as extra node fields are in the JSON graph file).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/export.h"
#include "dipnet/io.h"
#include "util/json.h"
#include "util/util.h"

/* ---- parsing ---------------------------------------------------------- */

static void row_free(dn_csv_row *r)
{
    for (size_t i = 0; i < r->n_fields; i++)
        free(r->fields[i]);
    free(r->fields);
    free(r->lines);
    free(r->columns);
}

void dn_csv_free(dn_csv *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_rows; i++)
        row_free(&t->rows[i]);
    free(t->rows);
    free(t);
}

typedef struct parser {
    const char *p, *end;
    const char *line_start;
    long line;
    const char *name;
    dn_error *err;
} parser;

static long col_of(const parser *ps, const char *at)
{
    return (long)(at - ps->line_start) + 1;
}

/* Consumes a line end at ps->p if there is one ("\r\n", "\n" or "\r"). */
static int eat_eol(parser *ps)
{
    if (ps->p < ps->end && *ps->p == '\r') {
        ps->p++;
        if (ps->p < ps->end && *ps->p == '\n')
            ps->p++;
    } else if (ps->p < ps->end && *ps->p == '\n') {
        ps->p++;
    } else {
        return 0;
    }
    ps->line++;
    ps->line_start = ps->p;
    return 1;
}

static int add_field(dn_csv_row *r, size_t *cap, dn_buf *b, long line,
                     long col)
{
    size_t c1 = *cap, c2 = *cap;
    char *s;

    if (dn_grow((void **)&r->fields, cap, r->n_fields + 1, sizeof *r->fields) ||
        dn_grow((void **)&r->lines, &c1, r->n_fields + 1, sizeof *r->lines) ||
        dn_grow((void **)&r->columns, &c2, r->n_fields + 1,
                sizeof *r->columns) ||
        !(s = dn_buf_take(b)))
        return -1;
    r->fields[r->n_fields] = s;
    r->lines[r->n_fields] = line;
    r->columns[r->n_fields++] = col;
    return 0;
}

/* Parses one record, and the line end after it when there is one. */
static int parse_record(parser *ps, dn_csv_row *r)
{
    size_t cap = 0;
    dn_buf b;

    dn_buf_init(&b);
    r->line = ps->line;
    for (;;) {
        long fline = ps->line, fcol = col_of(ps, ps->p);
        if (ps->p < ps->end && *ps->p == '"') {
            const char *open = ps->p;
            long oline = ps->line, ocol = col_of(ps, open);
            ps->p++;
            for (;;) {
                if (ps->p >= ps->end) {
                    dn_buf_free(&b);
                    return dn_error_set(ps->err, DN_EPARSE, ps->name, oline,
                                        ocol, "unterminated quoted field");
                }
                if (*ps->p == '"') {
                    if (ps->p + 1 < ps->end && ps->p[1] == '"') {
                        dn_buf_putc(&b, '"');
                        ps->p += 2;
                        continue;
                    }
                    ps->p++;
                    break;
                }
                if (*ps->p == '\0') {
                    dn_buf_free(&b);
                    return dn_error_set(ps->err, DN_EPARSE, ps->name,
                                        ps->line, col_of(ps, ps->p),
                                        "NUL byte in the file");
                }
                if (*ps->p == '\n' ||
                    (*ps->p == '\r' &&
                     !(ps->p + 1 < ps->end && ps->p[1] == '\n'))) {
                    dn_buf_putc(&b, *ps->p++);
                    ps->line++;
                    ps->line_start = ps->p;
                    continue;
                }
                dn_buf_putc(&b, *ps->p++);
            }
            if (ps->p < ps->end && *ps->p != ',' && *ps->p != '\r' &&
                *ps->p != '\n') {
                dn_buf_free(&b);
                return dn_error_set(ps->err, DN_EPARSE, ps->name, ps->line,
                                    col_of(ps, ps->p),
                                    "unexpected character after the closing "
                                    "quote of a field (a quote inside a "
                                    "quoted field is written \"\")");
            }
        } else {
            const char *s = ps->p;
            while (ps->p < ps->end && *ps->p != ',' && *ps->p != '\r' &&
                   *ps->p != '\n') {
                if (*ps->p == '"' || *ps->p == '\0') {
                    int q = *ps->p == '"';
                    dn_buf_free(&b);
                    return dn_error_set(
                        ps->err, DN_EPARSE, ps->name, ps->line,
                        col_of(ps, ps->p), "%s",
                        q ? "quote inside an unquoted field (quote the whole "
                            "field and double the quote)"
                          : "NUL byte in the file");
                }
                ps->p++;
            }
            dn_buf_append(&b, s, (size_t)(ps->p - s));
        }
        if (add_field(r, &cap, &b, fline, fcol))
            goto nomem;
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        eat_eol(ps);
        return DN_OK;
    }
nomem:
    dn_buf_free(&b);
    return dn_error_set(ps->err, DN_ENOMEM, ps->name, 0, 0, "out of memory");
}

/* Offset of the first byte that does not start valid UTF-8, or len. */
static size_t utf8_bad(const unsigned char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        unsigned c = s[i], cp;
        size_t n;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            n = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 4, cp = c & 0x07;
        else
            return i;
        if (i + n > len)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += n;
    }
    return len;
}

int dn_csv_parse(const char *data, size_t len, const char *name,
                 dn_csv **out, dn_error *err)
{
    size_t bad_at = utf8_bad((const unsigned char *)data, len);

    dn_csv *t = calloc(1, sizeof *t);
    parser ps;
    int rc;

    *out = NULL;
    if (bad_at < len) {
        long line, column;
        free(t);
        dn_offset_to_line_col(data, len, bad_at, &line, &column);
        return dn_error_set(err, DN_EPARSE, name, line, column,
                            "byte 0x%02X is not UTF-8 (save the file as "
                            "\"CSV UTF-8\")", (unsigned char)data[bad_at]);
    }
    if (!t)
        return dn_error_set(err, DN_ENOMEM, name, 0, 0, "out of memory");
    ps.p = data;
    ps.end = data + len;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        ps.p += 3;
    ps.line_start = ps.p;
    ps.line = 1;
    ps.name = name;
    ps.err = err;
    while (ps.p < ps.end) {
        dn_csv_row r;
        memset(&r, 0, sizeof r);
        if (eat_eol(&ps)) /* an empty line */
            continue;
        if (dn_grow((void **)&t->rows, &t->cap_rows, t->n_rows + 1,
                    sizeof *t->rows)) {
            rc = dn_error_set(err, DN_ENOMEM, name, 0, 0, "out of memory");
            goto fail;
        }
        if ((rc = parse_record(&ps, &r))) {
            row_free(&r);
            goto fail;
        }
        t->rows[t->n_rows++] = r;
    }
    *out = t;
    return DN_OK;
fail:
    dn_csv_free(t);
    return rc;
}

/* ---- importing -------------------------------------------------------- */

#define REPORT_MAX 100

typedef struct importer {
    dn_graph *g;
    const dn_graph *base;
    const char *name; /* file being read, for messages */
    dn_error *err;    /* the first error */
    dn_import_report_fn report;
    void *ctx;
    long n_bad;
} importer;

/* Records one bad row (field may be SIZE_MAX for the whole row). */
static void bad(importer *im, int code, const dn_csv_row *r, size_t field,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void bad(importer *im, int code, const dn_csv_row *r, size_t field,
                const char *fmt, ...)
{
    dn_error e;
    char msg[DN_ERROR_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dn_error_clear(&e);
    if (field < r->n_fields)
        dn_error_set(&e, code, im->name, r->lines[field], r->columns[field],
                     "%s", msg);
    else
        dn_error_set(&e, code, im->name, r->line, 0, "%s", msg);
    if (im->err->code == DN_OK)
        *im->err = e;
    if (im->report && im->n_bad < REPORT_MAX)
        im->report(&e, im->ctx);
    im->n_bad++;
}

/* Index of a header name, or -1. */
static long col(const dn_csv_row *h, const char *name)
{
    for (size_t i = 0; i < h->n_fields; i++)
        if (strcmp(h->fields[i], name) == 0)
            return (long)i;
    return -1;
}

/* The cell of column c in row r, NULL when the column is absent; "" is an
 * empty cell. */
static const char *cell(const dn_csv_row *r, long c)
{
    return c < 0 ? NULL : r->fields[c];
}

static const char *nonempty(const dn_csv_row *r, long c)
{
    const char *s = cell(r, c);
    return s && *s ? s : NULL;
}

/* The largest whole number the graph file takes (it stores numbers as
 * doubles; graph_json.c refuses more). */
#define WHOLE_MAX 9000000000000000L

/* Strict whole numbers: digits only, no sign, min..WHOLE_MAX. */
static int parse_long(const char *s, long min, long *out)
{
    char *end;
    long v;

    if (!*s || *s < '0' || *s > '9')
        return -1;
    errno = 0;
    v = strtol(s, &end, 10);
    if (*end || errno || v < min || v > WHOLE_MAX)
        return -1;
    *out = v;
    return 0;
}

static int parse_double(const char *s, double *out)
{
    char *end;
    double v;

    if (strcmp(s, "NaN") == 0 || strcmp(s, "nan") == 0 ||
        strcmp(s, "NAN") == 0) {
        *out = NAN;
        return 0;
    }
    /* decimal notation only: strtod would also take hex, inf, nan(...) */
    if (!*s || s[strspn(s, "0123456789+-.eE")])
        return -1;
    errno = 0;
    v = strtod(s, &end);
    if (*end || errno == ERANGE || isnan(v))
        return -1;
    *out = v;
    return 0;
}

/* Type from the id's prefix (state:, person:, org:, place:), or -1. */
static int type_of_id(const char *id)
{
    const char *colon = strchr(id, ':');

    if (!colon || !colon[1])
        return -1;
    for (int t = 0; t < DN_ACTOR__COUNT; t++) {
        const char *p = dn_actor_id_prefix((dn_actor_type)t);
        if (strlen(p) == (size_t)(colon - id) &&
            strncmp(p, id, (size_t)(colon - id)) == 0)
            return t;
    }
    return -1;
}

static const dn_csv_row *sort_row; /* qsort has no context argument */

static int cmp_field(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int c = strcmp(sort_row->fields[i], sort_row->fields[j]);

    return c ? c : (i > j) - (i < j);
}

/* Reports each column name that appears again (at its later place); sorts
 * indices instead of comparing all pairs, since a header may be long. */
static int no_duplicates(importer *im, const dn_csv_row *h)
{
    size_t *ix = h->n_fields ? malloc(h->n_fields * sizeof *ix) : NULL;
    int ok = 1;

    if (!ix)
        return 1; /* no columns, or no memory: nothing to compare */
    for (size_t i = 0; i < h->n_fields; i++)
        ix[i] = i;
    sort_row = h;
    qsort(ix, h->n_fields, sizeof *ix, cmp_field);
    sort_row = NULL;
    for (size_t i = 1; i < h->n_fields; i++)
        if (strcmp(h->fields[ix[i]], h->fields[ix[i - 1]]) == 0) {
            bad(im, DN_EINVAL, h, ix[i], "column \"%s\" appears twice",
                h->fields[ix[i]]);
            ok = 0;
        }
    free(ix);
    return ok;
}

static int check_header(importer *im, const dn_csv_row *h,
                        const char *const *known, const char *const *required)
{
    int ok = 1;

    if (h->n_fields == 1 && strchr(h->fields[0], ';')) {
        bad(im, DN_EINVAL, h, 0, "the columns are separated by ';': save "
            "the file as comma-separated CSV");
        return 0;
    }
    for (size_t i = 0; i < h->n_fields; i++) {
        int found = !known;
        for (const char *const *k = known; k && *k; k++)
            found |= strcmp(h->fields[i], *k) == 0;
        if (!h->fields[i][0]) {
            bad(im, DN_EINVAL, h, i, "empty column name in the header");
            ok = 0;
        } else if (!found) {
            bad(im, DN_EINVAL, h, i, "unknown column \"%s\"", h->fields[i]);
            ok = 0;
        }
    }
    if (!no_duplicates(im, h))
        ok = 0;
    for (const char *const *k = required; *k; k++)
        if (col(h, *k) < 0) {
            bad(im, DN_EINVAL, h, SIZE_MAX,
                "the header has no \"%s\" column", *k);
            ok = 0;
        }
    return ok;
}

static int right_width(importer *im, const dn_csv_row *h, const dn_csv_row *r)
{
    if (r->n_fields == h->n_fields)
        return 1;
    bad(im, DN_EINVAL, r, SIZE_MAX,
        "%zu fields, but the header has %zu columns", r->n_fields,
        h->n_fields);
    return 0;
}

/* Splits "a|b\|c" into aliases of n. 0 ok, -1 ENOMEM. */
static int add_aliases(dn_node *n, const char *s)
{
    dn_buf b;
    int rc = 0;

    dn_buf_init(&b);
    for (const char *p = s;; p++) {
        if (*p == '\\' && (p[1] == '|' || p[1] == '\\')) {
            dn_buf_putc(&b, *++p);
        } else if (*p == '|' || !*p) {
            const char *a = dn_buf_cstr(&b);
            if (b.oom || (*a && dn_node_add_alias(n, a) != DN_OK)) {
                rc = -1;
                break;
            }
            dn_buf_reset(&b);
            if (!*p)
                break;
        } else {
            dn_buf_putc(&b, *p);
        }
    }
    dn_buf_free(&b);
    return rc;
}

static const char *const node_cols[] = {"id",    "label", "type",  "kind",
                                        "state", "iso",   "cameo", "aliases",
                                        NULL};

static int import_nodes(importer *im, const dn_csv *t)
{
    static const char *const required[] = {"id", NULL};
    const dn_csv_row *h;
    long c[8];

    if (!t->n_rows)
        return DN_OK;
    h = &t->rows[0];
    if (!check_header(im, h, NULL, required))
        return DN_OK;
    for (int i = 0; i < 8; i++)
        c[i] = col(h, node_cols[i]);
    /* aliases and attributes are kept unique by linear searches */
    {
        size_t n_known = 0;
        for (int i = 0; i < 8; i++)
            n_known += c[i] >= 0;
        if (h->n_fields - n_known > DN_NODE_MAX_ATTRS) {
            bad(im, DN_ELIMIT, h, SIZE_MAX, "more than %d attribute columns",
                DN_NODE_MAX_ATTRS);
            return DN_OK;
        }
    }
    for (size_t i = 1; i < t->n_rows; i++) {
        const dn_csv_row *r = &t->rows[i];
        const char *id, *label, *type;
        const dn_node *b;
        dn_node *n;
        int ty, ok = 1;

        if (!right_width(im, h, r))
            continue;
        if (!(id = nonempty(r, c[0]))) {
            bad(im, DN_EINVAL, r, (size_t)c[0], "id: empty");
            continue;
        }
        b = im->base ? dn_graph_node(im->base, id) : NULL;
        if ((type = nonempty(r, c[2]))) {
            if ((ty = dn_actor_type_parse(type)) < 0) {
                bad(im, DN_EINVAL, r, (size_t)c[2],
                    "type: unknown actor type \"%s\" (types: state, person, "
                    "organization, place)", type);
                ok = 0;
            }
        } else if (b) {
            ty = (int)b->type;
        } else if ((ty = type_of_id(id)) < 0) {
            bad(im, DN_EINVAL, r, (size_t)c[0],
                "id: unknown node id prefix in \"%s\" and no type (prefixes: "
                "state:, person:, org:, place:)", id);
            ok = 0;
        }
        if (nonempty(r, c[7])) {
            size_t n_alias = 1;
            for (const char *p = cell(r, c[7]); *p; p++) {
                if (*p == '\\' && p[1])
                    p++;
                else if (*p == '|')
                    n_alias++;
            }
            if (n_alias > DN_NODE_MAX_ALIASES) {
                bad(im, DN_ELIMIT, r, (size_t)c[7],
                    "aliases: more than %d", DN_NODE_MAX_ALIASES);
                ok = 0;
            }
        }
        if (!(label = nonempty(r, c[1])))
            label = b ? b->label : id;
        if (dn_graph_node(im->g, id)) {
            bad(im, DN_EINVAL, r, (size_t)c[0], "id: \"%s\" appears twice",
                id);
            ok = 0;
        }
        /* numeric attributes: every column that is not a known one */
        for (size_t k = 0; k < h->n_fields; k++) {
            double v;
            int known = 0;
            for (int j = 0; j < 8; j++)
                known |= c[j] == (long)k;
            if (known || !r->fields[k][0])
                continue;
            if (parse_double(r->fields[k], &v)) {
                bad(im, DN_EINVAL, r, k, "%s: \"%s\" is not a number",
                    h->fields[k], r->fields[k]);
                ok = 0;
            }
        }
        if (!ok || im->n_bad)
            continue; /* keep validating; build only while all is well */
        if (!(n = dn_graph_add_node(im->g, id, label, (dn_actor_type)ty)) ||
            dn_node_set_kind(n, nonempty(r, c[3])) ||
            dn_node_set_state(n, nonempty(r, c[4])) ||
            dn_node_set_iso(n, nonempty(r, c[5])) ||
            dn_node_set_cameo(n, nonempty(r, c[6])) ||
            (nonempty(r, c[7]) && add_aliases(n, cell(r, c[7]))))
            return DN_ENOMEM;
        for (size_t k = 0; k < h->n_fields; k++) {
            double v;
            int known = 0;
            for (int j = 0; j < 8; j++)
                known |= c[j] == (long)k;
            if (known || !r->fields[k][0])
                continue;
            parse_double(r->fields[k], &v);
            if (dn_node_set_attr(n, h->fields[k], v))
                return DN_ENOMEM;
        }
    }
    return DN_OK;
}

enum {
    E_SOURCE, E_TARGET, E_SLABEL, E_TLABEL, E_TYPE, E_COUNT, E_CAMEO,
    E_GOLDSTEIN, E_EVCOUNT, E_DOC, E_DATE, E_SENTENCE, E_START, E_END,
    E_TEXT, E_TRIGGER, E__COUNT
};

static const char *const edge_cols[E__COUNT + 1] = {
    "source", "target", "source_label", "target_label", "type", "count",
    "cameo", "goldstein", "evidence_count", "evidence_document",
    "evidence_date", "evidence_sentence", "evidence_start", "evidence_end",
    "evidence_text", "evidence_trigger", NULL};

/* Finds or (when the row is good so far) creates an endpoint. Returns 0
 * and sets *out (NULL while validating only), or -1 after reporting. */
static int endpoint(importer *im, const dn_csv_row *r, const long *c,
                    int which, dn_node **out)
{
    long ci = c[which ? E_TARGET : E_SOURCE];
    const char *what = which ? "target" : "source";
    const char *id = nonempty(r, ci), *label;
    const dn_node *b;
    int ty;

    *out = NULL;
    if (!id) {
        bad(im, DN_EINVAL, r, (size_t)ci, "%s: empty", what);
        return -1;
    }
    if ((*out = dn_graph_node(im->g, id)))
        return 0;
    label = nonempty(r, c[which ? E_TLABEL : E_SLABEL]);
    if ((b = im->base ? dn_graph_node(im->base, id) : NULL)) {
        ty = (int)b->type;
        if (!label)
            label = b->label;
    } else if ((ty = type_of_id(id)) < 0) {
        bad(im, DN_EINVAL, r, (size_t)ci,
            "%s: unknown node id prefix in \"%s\" (prefixes: state:, "
            "person:, org:, place:; or define the node in the nodes file)",
            what, id);
        return -1;
    }
    if (im->n_bad)
        return 0; /* validating only */
    if (!(*out = dn_graph_add_node(im->g, id, label ? label : id,
                                   (dn_actor_type)ty))) {
        bad(im, DN_ENOMEM, r, SIZE_MAX, "out of memory");
        return -1;
    }
    return 0;
}

/* 1 when base holds the edge (s, t, type) with this evidence entry; then
 * *count is its count. */
static int base_has_evidence(const dn_graph *base, const char *s,
                             const char *t, int type, const char *doc,
                             long start, long end, long *count)
{
    const dn_node *bs, *bt;
    const dn_edge *e;
    long d;

    if (!base || !(bs = dn_graph_node(base, s)) ||
        !(bt = dn_graph_node(base, t)) ||
        !(e = dn_graph_edge(base, bs, bt, (dn_edge_type)type)) ||
        (d = dn_graph_document(base, doc)) < 0)
        return 0;
    for (size_t i = 0; i < e->n_evidence; i++)
        if (e->evidence[i].doc == (uint32_t)d &&
            e->evidence[i].start == start && e->evidence[i].end == end) {
            *count = e->count;
            return 1;
        }
    return 0;
}

static void import_edge_row(importer *im, const dn_csv_row *r, const long *c)
{
    const char *type = nonempty(r, c[E_TYPE]), *s, *doc;
    long count = 1, evc, sentence = 0, start = 0, end = 0, base_count = 0;
    double gs = NAN;
    dn_node *src, *dst;
    int ty = -1, ok = 1, have_ev;
    dn_edge *e;

    ok &= endpoint(im, r, c, 0, &src) == 0;
    ok &= endpoint(im, r, c, 1, &dst) == 0;
    if (!type || (ty = dn_edge_type_parse(type)) < 0) {
        bad(im, DN_EINVAL, r, (size_t)c[E_TYPE],
            "type: unknown interaction type \"%s\" (types: call, meeting, "
            "appeal, statement, accusation, rejection, attack, member_of)",
            type ? type : "");
        ok = 0;
    }
    if ((s = nonempty(r, c[E_COUNT])) && parse_long(s, 1, &count)) {
        bad(im, DN_EINVAL, r, (size_t)c[E_COUNT],
            "count: \"%s\" is not a whole number >= 1 (at most 9e15)", s);
        ok = 0;
    }
    if ((s = nonempty(r, c[E_GOLDSTEIN])) &&
        (parse_double(s, &gs) || isnan(gs) || gs < -10.0 || gs > 10.0)) {
        bad(im, DN_EINVAL, r, (size_t)c[E_GOLDSTEIN],
            "goldstein: \"%s\" is not a number from -10 to 10", s);
        ok = 0;
    }
    if ((s = nonempty(r, c[E_EVCOUNT])) && parse_long(s, 0, &evc)) {
        bad(im, DN_EINVAL, r, (size_t)c[E_EVCOUNT],
            "evidence_count: \"%s\" is not a whole number >= 0 "
            "(at most 9e15)", s);
        ok = 0;
    }
    doc = nonempty(r, c[E_DOC]);
    have_ev = doc != NULL;
    if (have_ev) {
        const char *date = nonempty(r, c[E_DATE]);
        long d;
        if (!(s = nonempty(r, c[E_SENTENCE])) ||
            parse_long(s, 1, &sentence)) {
            bad(im, DN_EINVAL, r,
                c[E_SENTENCE] < 0 ? SIZE_MAX : (size_t)c[E_SENTENCE],
                "evidence_sentence: \"%s\" is not a whole number >= 1 "
                "(required with evidence_document)", s ? s : "");
            ok = 0;
        }
        if ((s = nonempty(r, c[E_START])) && parse_long(s, 0, &start)) {
            bad(im, DN_EINVAL, r, (size_t)c[E_START],
                "evidence_start: \"%s\" is not a whole number >= 0 "
                "(at most 9e15)", s);
            ok = 0;
        }
        if ((s = nonempty(r, c[E_END])) && parse_long(s, 0, &end)) {
            bad(im, DN_EINVAL, r, (size_t)c[E_END],
                "evidence_end: \"%s\" is not a whole number >= 0 "
                "(at most 9e15)", s);
            ok = 0;
        } else if (end < start) {
            bad(im, DN_EINVAL, r,
                c[E_END] < 0 ? SIZE_MAX : (size_t)c[E_END],
                "evidence_end: %ld is before evidence_start %ld", end,
                start);
            ok = 0;
        }
        if (date && !dn_json_valid_date(date)) {
            bad(im, DN_EINVAL, r, (size_t)c[E_DATE],
                "evidence_date: \"%s\" is not a date of the form "
                "YYYY-MM-DD", date);
            ok = 0;
        } else if (date && (d = dn_graph_document(im->g, doc)) >= 0 &&
                   im->g->docs[d].date &&
                   strcmp(im->g->docs[d].date, date) != 0) {
            bad(im, DN_EINVAL, r, (size_t)c[E_DATE],
                "evidence_date: %s differs from the date %s given to "
                "document \"%s\" before", date, im->g->docs[d].date, doc);
            ok = 0;
        } else if (date && im->base &&
                   (d = dn_graph_document(im->base, doc)) >= 0 &&
                   im->base->docs[d].date &&
                   strcmp(im->base->docs[d].date, date) != 0) {
            bad(im, DN_EINVAL, r, (size_t)c[E_DATE],
                "evidence_date: %s differs from the date %s of document "
                "\"%s\" in the graph", date, im->base->docs[d].date, doc);
            ok = 0;
        }
    }
    if (!ok || im->n_bad)
        return; /* validating only */
    if (have_ev && base_has_evidence(im->base, src->id, dst->id, ty, doc,
                                     start, end, &base_count))
        /* the row describes an edge of the graph it goes into (a graph's
         * own export, edited): its count is the edge's count, not more
         * readings, so importing it twice changes nothing */
        count = 1 + (count > base_count ? count - base_count : 0);
    if (!(e = dn_graph_edge(im->g, src, dst, (dn_edge_type)ty))) {
        /* a new edge: the first row of a key sets its code and weight */
        if (!(e = dn_graph_add_edge(im->g, src, dst, (dn_edge_type)ty)))
            goto nomem;
        if (c[E_CAMEO] >= 0 &&
            dn_edge_set_cameo(im->g, e, nonempty(r, c[E_CAMEO])))
            goto nomem;
        if (c[E_GOLDSTEIN] >= 0)
            e->goldstein = gs;
    }
    if (have_ev) {
        const char *date = nonempty(r, c[E_DATE]);
        long di = dn_graph_add_document(im->g, doc, NULL, date);
        dn_evidence ev;

        if (di < 0 || (date && !im->g->docs[di].date &&
                       dn_str_replace(&im->g->docs[di].date, date)))
            goto nomem;
        memset(&ev, 0, sizeof ev);
        ev.doc = (uint32_t)di;
        ev.sentence = sentence;
        ev.start = start;
        ev.end = end;
        ev.text = (char *)nonempty(r, c[E_TEXT]);
        ev.trigger = (char *)nonempty(r, c[E_TRIGGER]);
        if (dn_edge_add_evidence(im->g, e, &ev) < 0)
            goto nomem;
        /* the row stands for count readings, one of them this evidence
         * (counted once even when two rows repeat it) */
        e->count += count - 1;
    } else {
        e->count += count;
    }
    return;
nomem:
    bad(im, DN_ENOMEM, r, SIZE_MAX, "out of memory");
}

static int import_edges(importer *im, const dn_csv *t)
{
    static const char *const required[] = {"source", "target", "type", NULL};
    const dn_csv_row *h;
    long c[E__COUNT];

    if (!t->n_rows) {
        dn_csv_row none;
        memset(&none, 0, sizeof none);
        none.line = 1;
        bad(im, DN_EINVAL, &none, SIZE_MAX,
            "empty file (a header row with source, target and type is "
            "required)");
        return DN_OK;
    }
    h = &t->rows[0];
    if (!check_header(im, h, edge_cols, required))
        return DN_OK;
    for (int i = 0; i < E__COUNT; i++)
        c[i] = col(h, edge_cols[i]);
    for (size_t i = 1; i < t->n_rows; i++)
        if (right_width(im, h, &t->rows[i]))
            import_edge_row(im, &t->rows[i], c);
    return DN_OK;
}

static int load(importer *im, const char *path, dn_csv **t)
{
    dn_error e;
    char *data;
    size_t len;
    int rc;

    dn_error_clear(&e);
    *t = NULL;
    if (!(rc = dn_read_file(path, DN_READ_MAX_DEFAULT, &data, &len, &e))) {
        rc = dn_csv_parse(data, len, im->name, t, &e);
        free(data);
    }
    if (rc) {
        if (im->err->code == DN_OK)
            *im->err = e;
        if (im->report)
            im->report(&e, im->ctx);
        im->n_bad++;
    }
    return rc;
}

int dn_csv_import(const char *edges_path, const char *nodes_path,
                  const dn_graph *base, dn_import_report_fn report,
                  void *ctx, dn_graph **out, dn_error *err)
{
    dn_csv *nodes = NULL, *edges = NULL;
    importer im;
    int rc = DN_OK;

    *out = NULL;
    memset(&im, 0, sizeof im);
    im.base = base;
    im.err = err;
    im.report = report;
    im.ctx = ctx;
    if (!(im.g = dn_graph_new()))
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    if (nodes_path) {
        im.name = strcmp(nodes_path, "-") == 0 ? "<stdin>" : nodes_path;
        if (load(&im, nodes_path, &nodes) == DN_OK)
            rc = import_nodes(&im, nodes);
    }
    im.name = strcmp(edges_path, "-") == 0 ? "<stdin>" : edges_path;
    if (rc == DN_OK && load(&im, edges_path, &edges) == DN_OK)
        rc = import_edges(&im, edges);
    dn_csv_free(nodes);
    dn_csv_free(edges);
    if (rc == DN_ENOMEM)
        dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    if (rc != DN_OK || im.n_bad) {
        dn_graph_free(im.g);
        return err->code ? err->code : rc;
    }
    *out = im.g;
    return DN_OK;
}
