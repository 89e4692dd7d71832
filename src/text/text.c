/*
 * text.c - UTF-8 decoding, sentence splitting and tokenising (see
 * dipnet/text.h).
 *
 * The splitter walks the bytes once, line by line. For each line it skips
 * a list marker, then cuts sentences at a stop followed by a space and a
 * word that does not start in lower case, unless the word before the stop
 * is an abbreviation or an initial. It tracks quotation marks to record,
 * per sentence, whether it starts inside a quote; a line that opens a
 * quote and leaves it open passes the quote on to the next line.
 *
 * The tokeniser writes normalised token strings into an arena that is
 * reused for every sentence, so tokenising allocates only while the arena
 * grows. Abbreviations are a property of written English, not of any
 * article, and are kept in the small table below.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/text.h"
#include "util/util.h"

size_t dn_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0], need, v;

    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < need + 1)
        goto bad;
    for (unsigned i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            goto bad;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((need == 2 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
        (need == 3 && (v < 0x10000 || v > 0x10FFFF)))
        goto bad;
    *cp = v;
    return need + 1;
bad:
    *cp = 0xFFFD;
    return 1;
}

/* dn_utf8_decode with the ASCII case inline (the common one). */
static inline size_t decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    return dn_utf8_decode(s, n, cp);
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Length of the run of printable ASCII and tabs at u[0..n), 8 bytes at a
 * time while no byte is below 0x20 (a tab is), 0x7F or above. */
static size_t printable_run(const unsigned char *u, size_t n)
{
    size_t i = 0;

    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, u + i, 8);
        if (((x | (x - 0x20 * ONES) | ~((x ^ 0x7F * ONES) + 0x7F * ONES)) & HIGHS) != 0)
            break;
        i += 8;
    }
    while (i < n && ((u[i] >= 0x20 && u[i] < 0x7F) || u[i] == '\t'))
        i++;
    return i;
}

char *dn_utf8_clean(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = printable_run(u, n), o;
    char *out;

    if (i == n) {
        /* the common case: one copy */
        if (!(out = malloc(n + 1)))
            return NULL;
        memcpy(out, s, n);
        out[n] = '\0';
        return out;
    }
    /* else an invalid byte grows to 3 bytes (U+FFFD), nothing grows more */
    if (n > ((size_t)-1 - 1) / 3 || !(out = malloc(3 * n + 1)))
        return NULL;
    memcpy(out, s, i);
    o = i;
    while (i < n) {
        unsigned c = u[i], cp;
        size_t k;
        if (c < 0x80) {
            k = printable_run(u + i, n - i);
            if (k == 0) {
                out[o++] = ' '; /* a control character or DEL */
                i++;
            } else {
                memcpy(out + o, s + i, k);
                o += k;
                i += k;
            }
            continue;
        }
        k = dn_utf8_decode(u + i, n - i, &cp);
        if (k == 1) {
            /* an invalid byte (a valid non-ASCII code point has 2 to 4) */
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            for (size_t j = 0; j < k; j++)
                out[o + j] = s[i + j];
            o += k;
        }
        i += k;
    }
    out[o] = '\0';
    return out;
}

/* Classes of bytes: ASCII spaces (with the control characters), letters
 * and digits, capitals, small letters; B_STOP marks the bytes the splitter
 * must look at ('"', '.', '!', '?' and every non-ASCII byte). B_LETTER_NA
 * is no byte's class: the tokeniser uses it for a non-ASCII capital. */
enum {
    B_SPACE = 1,
    B_ALNUM = 2,
    B_UPPER = 4,
    B_LOWER = 8,
    B_STOP = 16,
    B_LETTER_NA = 32
};

#define S B_SPACE
#define A B_ALNUM
#define U B_UPPER
#define L B_LOWER
#define T B_STOP
static const unsigned char bcls[256] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, T, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, T, 0,
    A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0, T,
    0, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U,
    A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, 0, 0, 0, 0, 0,
    0, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L,
    A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, 0, 0, 0, 0, 0,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
    T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
};
#undef S
#undef A
#undef U
#undef L
#undef T

/* Character classes of code points that matter for matching. */
static int is_space_cp(unsigned cp)
{
    if (cp < 0x80)
        return bcls[cp] & B_SPACE; /* tab, newlines and other controls */
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' ||
           cp == '\f' || cp == '\v' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD || (cp < 0x20);
}

static int is_open_quote_cp(unsigned cp)
{
    return cp == 0x201C || cp == 0x00AB || cp == 0x201E;
}

static int is_close_quote_cp(unsigned cp)
{
    return cp == 0x201D || cp == 0x00BB;
}

static int is_apos_cp(unsigned cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

static int is_dash_cp(unsigned cp)
{
    return cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2212 ||
           cp == 0x2015;
}

static int is_bullet_cp(unsigned cp)
{
    return cp == 0x25CF || cp == 0x2022 || cp == 0x00B0 || cp == 0x00B7 ||
           cp == 0x25AA || cp == 0x25A0 || cp == 0x2023 || cp == 0x2043 ||
           cp == 0x25E6 || cp == '-' || cp == '*' || is_dash_cp(cp);
}

/* Letters and digits, including every non-ASCII code point that is not a
 * space, quote, dash or bullet. */
static int is_word_cp(unsigned cp)
{
    if (cp < 0x80)
        return (bcls[cp] & B_ALNUM) != 0;
    return !is_space_cp(cp) && !is_open_quote_cp(cp) &&
           !is_close_quote_cp(cp) && !is_apos_cp(cp) && !is_dash_cp(cp) &&
           !is_bullet_cp(cp) && cp != 0x2026;
}

static int is_upper_cp(unsigned cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x100 && cp < 0x180 && (cp % 2) == 0) ||
           (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F);
}

static int is_lower_cp(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
           (cp >= 0x100 && cp < 0x180 && (cp % 2) == 1) ||
           (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x44F);
}

/* Abbreviations that end with a stop without ending the sentence, by
 * their first letter: Mr, Mrs, Ms, Dr, Prof, Gen, Lt, Col, Maj, Capt, Sgt,
 * Adm, Brig, Cmdr, Gov, Sen, Rep, Rev, St, Sr, Jr, Amb, Pres, Hon, the
 * months, No, Nos, Nr, vs, etc, approx, Co, Corp, Inc, Ltd, Mt, Ft, Dept,
 * Univ, Art, Sec, Vol, p, pp, e.g, i.e, cf, al, Fig, Ave. */
static const char *abbrev_list(char first)
{
    switch (first) {
    case 'A':
        return "Adm\0Amb\0Apr\0Aug\0Art\0Ave\0";
    case 'B':
        return "Brig\0";
    case 'C':
        return "Col\0Capt\0Cmdr\0Co\0Corp\0";
    case 'D':
        return "Dr\0Dec\0Dept\0";
    case 'F':
        return "Feb\0Ft\0Fig\0";
    case 'G':
        return "Gen\0Gov\0";
    case 'H':
        return "Hon\0";
    case 'I':
        return "Inc\0";
    case 'J':
        return "Jr\0Jan\0Jun\0Jul\0";
    case 'L':
        return "Lt\0Ltd\0";
    case 'M':
        return "Mr\0Mrs\0Ms\0Maj\0Mar\0Mt\0";
    case 'N':
        return "Nov\0No\0Nos\0Nr\0";
    case 'O':
        return "Oct\0";
    case 'P':
        return "Prof\0Pres\0";
    case 'R':
        return "Rep\0Rev\0";
    case 'S':
        return "Sgt\0Sen\0St\0Sr\0Sep\0Sept\0Sec\0";
    case 'U':
        return "Univ\0";
    case 'V':
        return "Vol\0";
    case 'a':
        return "approx\0al\0";
    case 'c':
        return "cf\0";
    case 'e':
        return "etc\0e.g\0";
    case 'i':
        return "i.e\0";
    case 'p':
        return "p\0pp\0";
    case 'v':
        return "vs\0";
    default:
        return NULL;
    }
}

static int is_abbrev(const char *w, size_t n)
{
    const char *p;

    if (n == 0 || n > 6 || !(p = abbrev_list(w[0])))
        return 0;
    while (*p) {
        size_t l = 1;
        while (p[l])
            l++;
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p += l + 1;
    }
    return 0;
}

/* Offset of the start of the word that ends at s[end) (exclusive). */
static size_t word_start(const char *s, size_t lo, size_t end)
{
    size_t i = end;
    while (i > lo) {
        unsigned char c = (unsigned char)s[i - 1];
        if (c == ' ' || c == '\t' || c == '(' || c == '"' || c == '\n')
            break;
        i--;
    }
    return i;
}

/* 1 when the stop at s[dot] (a '.') ends no sentence because of the word
 * before it. */
static int stop_is_abbrev(const char *s, size_t lo, size_t dot)
{
    size_t ws = word_start(s, lo, dot), n = dot - ws;
    const char *w = s + ws;

    if (n == 0)
        return 0;
    if (n == 1 && isupper((unsigned char)w[0]))
        return 1; /* an initial: "J. Blinken" */
    if (memchr(w, '.', n) && n <= 6)
        return 1; /* U.S., U.N., D.C. */
    return is_abbrev(w, n);
}

/* Skips a list marker at s[i..end): bullets, "1." / "1)" / "a)". */
static size_t skip_marker(const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned cp;
    size_t k, j;

    while (i < end && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= end)
        return i;
    k = decode(u + i, end - i, &cp);
    if (is_bullet_cp(cp) && i + k < end && (s[i + k] == ' ' || s[i + k] == '\t'))
        return skip_marker(s, i + k, end);
    j = i;
    while (j < end && j - i < 3 && isdigit(u[j]))
        j++;
    if (j > i && j + 1 < end && (s[j] == '.' || s[j] == ')') &&
        (s[j + 1] == ' ' || s[j + 1] == '\t'))
        return skip_marker(s, j + 1, end);
    return i;
}

typedef struct splitter {
    dn_sentence *v;
    size_t n, cap;
    int oom;
} splitter;

static void push(splitter *sp, const char *s, size_t a, size_t b, size_t para,
                 unsigned flags)
{
    while (a < b && isspace((unsigned char)s[a]))
        a++;
    while (b > a && isspace((unsigned char)s[b - 1]))
        b--;
    if (a >= b || sp->oom)
        return;
    if (sp->n == sp->cap && dn_grow((void **)&sp->v, &sp->cap, sp->n + 1, sizeof *sp->v) != 0) {
        sp->oom = 1;
        return;
    }
    sp->v[sp->n].start = a;
    sp->v[sp->n].end = b;
    sp->v[sp->n].para = para;
    sp->v[sp->n].flags = flags;
    sp->n++;
}

/* 1 when the line has letters and none of them is lower case. */
static int line_is_caps(const char *s, size_t a, size_t b)
{
    int letters = 0;
    size_t i = a;

    while (i < b) {
        unsigned cp, c = (unsigned char)s[i];
        if (c < 0x80) {
            if (bcls[c] & B_LOWER)
                return 0;
            letters += (bcls[c] & B_UPPER) != 0;
            i++;
            continue;
        }
        i += dn_utf8_decode((const unsigned char *)s + i, b - i, &cp);
        if (is_lower_cp(cp))
            return 0;
        if (is_upper_cp(cp))
            letters++;
    }
    return letters >= 4;
}

/* Classifies a '"' at s[i]: opening when what precedes is a space, a
 * bracket or the line start, closing otherwise. */
static int straight_opens(const char *s, size_t lo, size_t i)
{
    return i == lo || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '\t' ||
           s[i - 1] == '[';
}

/* Splits one line s[a..b); *inq carries the quotation state. */
static void split_line(splitter *sp, const char *s, size_t a, size_t b,
                       size_t para, int *inq)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start, i, first = sp->n;
    int caps, q_at_start, opened_first = 0, carried = *inq;
    unsigned cp;

    start = skip_marker(s, a, b);
    if (start >= b)
        return;
    caps = line_is_caps(s, start, b);
    decode(u + start, b - start, &cp);
    if (is_open_quote_cp(cp) || s[start] == '"')
        opened_first = 1;
    if (!opened_first)
        *inq = 0; /* a line that does not open a quote leaves any quote */
    q_at_start = *inq;
    i = start;
    while (i < b) {
        /* bytes that are no quote, stop or non-ASCII do nothing here
         * until a sentence grows longer than DN_SENT_MAX: skipped */
        size_t lim = b - start > DN_SENT_MAX ? start + DN_SENT_MAX + 1 : b, k;
        while (i < lim && !(bcls[u[i]] & B_STOP))
            i++;
        if (i >= b)
            break;
        k = decode(u + i, b - i, &cp);
        if (is_open_quote_cp(cp)) {
            *inq = 1;
        } else if (is_close_quote_cp(cp)) {
            *inq = 0;
        } else if (cp == '"') {
            *inq = straight_opens(s, start, i) ? 1 : 0;
        } else if ((cp == '.' || cp == '!' || cp == '?') && i + k < b) {
            size_t j = i + k, after;
            unsigned c2;
            int closed = 0;
            /* closing quotes and brackets belong to this sentence */
            while (j < b) {
                size_t k2 = decode(u + j, b - j, &c2);
                if (is_close_quote_cp(c2) || c2 == '"' || c2 == ')' ||
                    c2 == 0x2019 || c2 == '\'') {
                    if (is_close_quote_cp(c2) || c2 == '"')
                        closed = 1;
                    j += k2;
                } else {
                    break;
                }
            }
            if (j < b && (s[j] == ' ' || s[j] == '\t')) {
                after = j;
                while (after < b && (s[after] == ' ' || s[after] == '\t'))
                    after++;
                c2 = 0;
                if (after < b) /* never decode past the line's end */
                    decode(u + after, b - after, &c2);
                if (after < b && !is_lower_cp(c2) &&
                    !(cp == '.' && stop_is_abbrev(s, start, i))) {
                    if (closed)
                        *inq = 0;
                    push(sp, s, start, j, para, q_at_start ? DN_SENT_QUOTED : 0);
                    start = after;
                    q_at_start = *inq;
                    i = after;
                    continue;
                }
            }
        } else if (i - start > DN_SENT_MAX && (cp == ' ' || cp == '\t')) {
            push(sp, s, start, i, para, q_at_start ? DN_SENT_QUOTED : 0);
            start = i;
            q_at_start = *inq;
        }
        i += k;
    }
    push(sp, s, start, b, para, q_at_start ? DN_SENT_QUOTED : 0);
    if (sp->oom || sp->n == first)
        return;
    sp->v[first].flags |= DN_SENT_PARA_START;
    if (opened_first && carried)
        sp->v[first].flags |= DN_SENT_QUOTE_CONT;
    sp->v[sp->n - 1].flags |= DN_SENT_PARA_END;
    for (size_t k = first; k < sp->n; k++)
        if (caps)
            sp->v[k].flags |= DN_SENT_CAPS;
    {
        dn_sentence *last = &sp->v[sp->n - 1];
        unsigned char c = (unsigned char)s[last->end - 1];
        size_t e = last->end;
        /* the last visible character, past closing quotes */
        while (e > last->start) {
            size_t back = 1;
            while (e - back > last->start && (u[e - back] & 0xC0) == 0x80)
                back++;
            decode(u + e - back, back, &cp);
            if (is_close_quote_cp(cp) || cp == '"' || cp == ')') {
                e -= back;
                continue;
            }
            c = (unsigned char)(cp < 0x80 ? cp : 'x');
            break;
        }
        if (c == ':')
            last->flags |= DN_SENT_COLON;
        if (sp->n - first == 1 && c != '.' && c != '!' && c != '?' && c != ':')
            last->flags |= DN_SENT_HEADING;
    }
    /* a quote opened by this line and not closed carries on only when the
     * line itself began with the opening quote */
    if (*inq && !opened_first)
        *inq = 0;
}

int dn_text_split(const char *text, size_t len, dn_sentence **out, size_t *n,
                  dn_error *err)
{
    splitter sp = {NULL, 0, 0, 0};
    size_t a = 0, para = 0;
    int inq = 0;

    while (a < len) {
        const char *nl = memchr(text + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - text) : len;
        size_t t = a;
        while (t < b && isspace((unsigned char)text[t]))
            t++;
        if (t < b) {
            split_line(&sp, text, a, b, para, &inq);
            para++;
        }
        a = b + 1;
    }
    if (sp.oom) {
        free(sp.v);
        *out = NULL;
        *n = 0;
        return dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = sp.v;
    *n = sp.n;
    return DN_OK;
}

void dn_tokens_init(dn_tokens *t)
{
    memset(t, 0, sizeof *t);
}

void dn_tokens_free(dn_tokens *t)
{
    if (!t)
        return;
    free(t->tok);
    free(t->arena);
    memset(t, 0, sizeof *t);
}

static const char *const caps_small[] = {"of", "the", "and", "for", "to",
                                         "in", "on", "at", "a", "an", "by",
                                         NULL};

/* Title-cases a word of a line written in capitals: long words become
 * "Word", short function words lower case, other short words (US, UN,
 * EU) stay. */
static void caps_fold(char *w, size_t n)
{
    char low[8];
    if (n <= 3) {
        for (size_t i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)w[i]);
        low[n] = '\0';
        for (int i = 0; caps_small[i]; i++)
            if (strcmp(low, caps_small[i]) == 0) {
                memcpy(w, low, n);
                return;
            }
        return;
    }
    for (size_t i = 1; i < n; i++) {
        if (w[i - 1] == '-' || w[i - 1] == '\'')
            continue;
        w[i] = (char)tolower((unsigned char)w[i]);
    }
}

/* Makes room for tokenising `bytes` bytes of text: the arena is never
 * reallocated while tokenising, so that token strings can point into it
 * at once. A token's normalised text is never longer than its bytes of
 * the original, and takes with its lower-cased copy and both NULs at most
 * 2 * (bytes + 1), hence 4 * bytes + 2 in all. The token array starts at
 * ntok entries and grows as needed (its entries hold no pointers into
 * it). Old contents are dropped. Returns 0 or -1. */
static int tokens_reserve(dn_tokens *t, size_t bytes, size_t ntok)
{
    size_t need;

    if (bytes > ((size_t)-1 - 2) / 4 - 1 || ntok > (size_t)-1 / sizeof *t->tok)
        return -1;
    need = 4 * bytes + 2;
    if (t->arena_cap < need) {
        free(t->arena);
        t->arena_cap = 0;
        if (!(t->arena = malloc(need)))
            return -1;
        t->arena_cap = need;
    }
    if (t->cap < ntok) {
        free(t->tok);
        t->cap = 0;
        if (!(t->tok = malloc(ntok * sizeof *t->tok)))
            return -1;
        t->cap = ntok;
    }
    return 0;
}

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

/* FNV-1a 64 of p[0..n), as dn_hash_bytes. */
static inline uint64_t fnv(const char *p, size_t n)
{
    uint64_t h = FNV_OFFSET;
    for (size_t j = 0; j < n; j++)
        h = (h ^ (unsigned char)p[j]) * FNV_PRIME;
    return h;
}

/* Where tok_span writes tokens: dn_tokens' fields kept in locals, which
 * stores of bytes into the arena cannot alias (they could alias *t). */
typedef struct tcur {
    dn_token *tok;
    char *arena;
    size_t n, cap, alen;
} tcur;

/* Appends the token whose normalised text, len bytes with hash ht, was
 * written at the end of the arena: NUL-terminates it and adds its
 * lower-cased copy with its hash, unless it has no ASCII capital
 * (may_upper == 0): then text and lower are the same string. *inq: the
 * quotation state, moved on by the token's quotation marks. */
static inline void emit(tcur *c, size_t len, uint64_t ht, int may_upper, size_t s0, size_t e,
                        unsigned flags, int *inq)
{
    char *p = c->arena + c->alen;
    dn_token *tk = &c->tok[c->n++];

    p[len] = '\0';
    tk->text = p;
    tk->htext = ht;
    tk->len = len;
    tk->start = s0;
    tk->end = e;
    if (!may_upper) {
        tk->lower = p;
        tk->hlower = ht;
        c->alen += len + 1;
    } else {
        unsigned char *lo = (unsigned char *)p + len + 1;
        uint64_t hl = FNV_OFFSET;
        for (size_t j = 0; j < len; j++) {
            unsigned b = (unsigned char)p[j], l = b - 'A' < 26 ? b + 32 : b;
            lo[j] = (unsigned char)l;
            hl = (hl ^ l) * FNV_PRIME;
        }
        lo[len] = '\0';
        tk->lower = (const char *)lo;
        tk->hlower = hl;
        c->alen += 2 * (len + 1);
    }
    if (flags & DN_TOK_OPENQ)
        *inq = 1;
    tk->flags = flags | (*inq ? DN_TOK_QUOTE : 0);
    if (flags & DN_TOK_CLOSEQ)
        *inq = 0;
}

/* 1 when a letter or digit starts at u[i] (i < end). */
static inline int word_at(const unsigned char *u, size_t i, size_t end)
{
    unsigned cp;
    if (u[i] < 0x80)
        return (bcls[u[i]] & B_ALNUM) != 0;
    dn_utf8_decode(u + i, end - i, &cp);
    return is_word_cp(cp);
}

/* The code points after an apostrophe at u[i..i+k): *c2 (length *k2, 0
 * when none) and *c3, ' ' where the span ends. */
static inline void after_apos(const unsigned char *u, size_t i, size_t k, size_t end,
                              unsigned *c2, size_t *k2, unsigned *c3)
{
    *c2 = ' ';
    *c3 = ' ';
    *k2 = 0;
    if (i + k < end)
        *k2 = decode(u + i + k, end - i - k, c2);
    if (i + k + *k2 < end)
        decode(u + i + k + *k2, end - i - k - *k2, c3);
}

/* Writes the word starting at u[*pi] (a letter or digit, code point cp)
 * at q: letters, digits, inner hyphens and apostrophes ("didn't"), or a
 * dotted abbreviation ("U.S."). Sets *flags and *may_upper; returns the
 * end of what it wrote and moves *pi past the word. */
static char *scan_word(const unsigned char *u, size_t *pi, size_t end, unsigned cp, int caps,
                       char *q, unsigned *flags, int *may_upper)
{
    char *p = q;
    size_t i = *pi, k;
    unsigned acc = 0; /* B_* bits of what the word holds */

    *flags = DN_TOK_WORD | (is_upper_cp(cp) ? DN_TOK_CAP : 0);
    if (cp < 0x80 && (bcls[cp] & (B_UPPER | B_LOWER)) && i + 2 < end && u[i + 1] == '.' &&
        (bcls[u[i + 2]] & (B_UPPER | B_LOWER))) {
        /* dotted abbreviations: U.S., U.N. */
        size_t j = i;
        while (j + 1 < end && (bcls[u[j]] & (B_UPPER | B_LOWER)) && u[j + 1] == '.')
            j += 2;
        if (j - i >= 4) {
            memcpy(q, u + i, j - i);
            *pi = j;
            *may_upper = 1;
            return q + (j - i);
        }
    }
    for (;;) {
        unsigned c;
        /* a run of ASCII letters and digits: the common case */
        while (i < end && (bcls[u[i]] & B_ALNUM)) {
            acc |= bcls[u[i]];
            *q++ = (char)u[i++];
        }
        if (i >= end)
            break;
        c = u[i];
        if (c < 0x80) {
            k = 1;
            cp = c;
            if (c != '-' && c != '\'')
                break;
        } else {
            k = dn_utf8_decode(u + i, end - i, &cp);
            if (is_word_cp(cp)) {
                if (is_lower_cp(cp))
                    acc |= B_LOWER;
                else if (is_upper_cp(cp))
                    acc |= B_LETTER_NA;
                memcpy(q, u + i, k);
                q += k;
                i += k;
                continue;
            }
        }
        if ((cp == '-' || is_dash_cp(cp)) && cp != 0x2014 && i + k < end) {
            if (word_at(u, i + k, end)) {
                *q++ = '-';
                i += k;
                continue;
            }
        }
        if (is_apos_cp(cp) && i + k < end) {
            unsigned c2, c3;
            size_t k2;
            after_apos(u, i, k, end, &c2, &k2, &c3);
            if ((c2 == 's' || c2 == 'S') && !is_word_cp(c3))
                break; /* possessive: its own token */
            if (is_word_cp(c2)) {
                *q++ = '\'';
                i += k;
                continue;
            }
        }
        break;
    }
    if (!(acc & B_LOWER) && (acc & (B_UPPER | B_LETTER_NA))) {
        *flags |= DN_TOK_UPPER;
        if (caps)
            caps_fold(p, (size_t)(q - p));
    }
    *may_upper = (acc & B_UPPER) != 0;
    *pi = i;
    return q;
}

/* The general case of tok_span: the token (if any: a non-ASCII space
 * gives none) that starts at u[i], any byte. Returns the offset past it. */
static size_t tok_general(tcur *c, const unsigned char *u, size_t start, size_t i, size_t end,
                          int caps, int *inq)
{
    unsigned cp, flags = 0;
    size_t k = decode(u + i, end - i, &cp), s0 = i;
    int may_upper = 0;
    char *p, *q;

    if (is_space_cp(cp))
        return i + k;
    p = q = c->arena + c->alen;
    if (is_word_cp(cp)) {
        q = scan_word(u, &i, end, cp, caps, q, &flags, &may_upper);
    } else if (is_apos_cp(cp)) {
        unsigned c2, c3;
        size_t k2;
        after_apos(u, i, k, end, &c2, &k2, &c3);
        *q++ = '\'';
        if ((c2 == 's' || c2 == 'S') && !is_word_cp(c3) && s0 > start && !isspace(u[s0 - 1])) {
            *q++ = 's';
            i += k + k2;
        } else {
            /* a single quote: a quotation mark when it opens or closes a
             * word, else an apostrophe */
            i += k;
        }
    } else if (is_open_quote_cp(cp) || is_close_quote_cp(cp) || cp == '"') {
        int opens = is_open_quote_cp(cp) ||
                    (cp == '"' && straight_opens((const char *)u, start, i));
        *q++ = '"';
        flags = opens ? DN_TOK_OPENQ : DN_TOK_CLOSEQ;
        i += k;
    } else if (is_dash_cp(cp)) {
        *q++ = '-';
        i += k;
    } else if (cp == 0x2026) {
        memcpy(q, "...", 3);
        q += 3;
        i += k;
    } else {
        memcpy(q, u + i, k);
        q += k;
        i += k;
    }
    emit(c, (size_t)(q - p), fnv(p, (size_t)(q - p)), may_upper, s0, i, flags, inq);
    return i;
}

/* Tokenises text[start..end) onto the end of t. The arena must have room
 * (tokens_reserve); the token array grows. Words of ASCII letters and
 * digits and ASCII punctuation are tokenised here, copied and hashed in
 * one pass; anything else (and a word that goes on past its ASCII run,
 * "didn't", "U.S.", or a word in capitals to title-case) by tok_general.
 * Returns 0 or -1. */
static int tok_span(dn_tokens *t, const char *text, size_t start, size_t end, int quoted,
                    int caps)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t i = start;
    int inq = quoted, rc = 0;
    tcur c = {t->tok, t->arena, t->n, t->cap, t->arena_len};

    while (i < end) {
        unsigned b = u[i], cl = bcls[b];

        if (cl & B_SPACE) {
            i++;
            continue;
        }
        if (c.n == c.cap) {
            t->n = c.n;
            if (dn_grow((void **)&t->tok, &t->cap, c.n + 1, sizeof *t->tok) != 0) {
                rc = -1;
                break;
            }
            c.tok = t->tok;
            c.cap = t->cap;
        }
        if (cl & B_ALNUM) {
            /* a run of ASCII letters and digits, copied and hashed */
            unsigned char *w = (unsigned char *)c.arena + c.alen;
            unsigned acc = 0, upper;
            uint64_t h = FNV_OFFSET;
            size_t r = i;
            do {
                acc |= cl;
                w[r - i] = (unsigned char)b;
                h = (h ^ b) * FNV_PRIME;
                if (++r == end)
                    break;
                b = u[r];
                cl = bcls[b];
            } while (cl & B_ALNUM);
            upper = !(acc & B_LOWER) && (acc & B_UPPER);
            /* the word ends here unless a hyphen, an apostrophe or a
             * non-ASCII letter goes on, or it is "U.S." */
            if (!(upper && caps) &&
                (r == end || (b < 0x80 && b != '-' && b != '\'' && !(b == '.' && r == i + 1)))) {
                unsigned flags = DN_TOK_WORD | ((bcls[u[i]] & B_UPPER) ? DN_TOK_CAP : 0) |
                                 (upper ? DN_TOK_UPPER : 0);
                emit(&c, r - i, h, (acc & B_UPPER) != 0, i, r, flags, &inq);
                i = r;
                continue;
            }
        } else if (b < 0x80 && b != '\'' && b != '"') {
            /* ASCII punctuation: a token of its own */
            c.arena[c.alen] = (char)b;
            emit(&c, 1, (FNV_OFFSET ^ b) * FNV_PRIME, 0, i, i + 1, 0, &inq);
            i++;
            continue;
        }
        i = tok_general(&c, u, start, i, end, caps, &inq);
    }
    t->n = c.n;
    t->arena_len = c.alen;
    return rc;
}

int dn_tokenize(dn_tokens *t, const char *text, size_t start, size_t end,
                int quoted, int caps)
{
    t->n = 0;
    t->arena_len = 0;
    if (tokens_reserve(t, end - start, (end - start) / 4 + 8) != 0 ||
        tok_span(t, text, start, end, quoted, caps) != 0) {
        t->n = 0;
        return DN_ENOMEM;
    }
    return DN_OK;
}

int dn_tokenize_sentences(dn_tokens *t, const char *text, const dn_sentence *s, size_t n,
                          size_t *first)
{
    size_t bytes = 0;

    t->n = 0;
    t->arena_len = 0;
    for (size_t i = 0; i < n; i++)
        bytes += s[i].end - s[i].start;
    if (tokens_reserve(t, bytes, bytes / 4 + 16) != 0)
        goto oom;
    for (size_t i = 0; i < n; i++) {
        first[i] = t->n;
        if (tok_span(t, text, s[i].start, s[i].end, (s[i].flags & DN_SENT_QUOTED) != 0,
                     (s[i].flags & DN_SENT_CAPS) != 0) != 0)
            goto oom;
    }
    first[n] = t->n;
    return DN_OK;
oom:
    t->n = 0;
    return DN_ENOMEM;
}
