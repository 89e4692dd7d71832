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
 * The tokeniser writes normalised token strings into one arena, sized
 * once for everything it is given (a sentence, or with
 * dn_tokenize_sentences every sentence of a document part): a token's
 * text is never longer than its bytes, so text, lower-cased copy and NULs
 * take at most 4 bytes a byte. Token strings therefore point into the
 * arena at once and no token is ever copied. A token without ASCII
 * capitals (most) has lower == text and one hash computed for both.
 *
 * Most bytes are ASCII: a byte class table (bcls) answers "space? letter
 * or digit? capital? may a word go on here?" in one load, and with SSE2 a
 * block of 32 bytes is classified at once (wblock), so that the ASCII
 * words inside it, and the space or punctuation after each, are tokenised
 * one after the other from its bit masks, each copied and hashed in one
 * pass; only what is left (non-ASCII, apostrophes, quotes, hyphenated and
 * dotted words, words in capitals to title-case) takes the general path,
 * which decodes code points. The splitter likewise skips, 32, 16 or 8
 * bytes at a time, the bytes that are no quote, stop or non-ASCII.
 *
 * Abbreviations are a property of written English, not of any article,
 * and are kept in the small table below.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define DN_SSE2 1
#endif

#include "dipnet/text.h"
#include "util/util.h"

size_t dn_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0], v;

    /* each length written out: the loop over continuation bytes cost
     * half of a decode (curly quotes and dashes are 3 bytes) */
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (n >= 2 && (s[1] & 0xC0) == 0x80) {
            *cp = (c & 0x1F) << 6 | (s[1] & 0x3Fu);
            return 2;
        }
    } else if (c >= 0xE0 && c <= 0xEF) {
        if (n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
            v = (c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
            if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { /* no overlong form, no surrogate */
                *cp = v;
                return 3;
            }
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        if (n >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
            v = (c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
            if (v >= 0x10000 && v <= 0x10FFFF) {
                *cp = v;
                return 4;
            }
        }
    }
    *cp = 0xFFFD; /* an invalid byte */
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

/* 0x80 in each byte of x that is below 0x20, 0x7F or above (a tab too). */
#define NONPRINT8(x) (((x) | ((x) - 0x20 * ONES) | ~(((x) ^ 0x7F * ONES) + 0x7F * ONES)) & HIGHS)

#ifdef DN_SSE2
/* 0xFF in each byte of u[0..16) that is no printable ASCII or tab. */
static inline __m128i nonprint_v(const unsigned char *u)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    /* v + 1 < 0x21 as signed bytes: below 0x20, or 0x7F and above */
    __m128i bad = _mm_cmpgt_epi8(_mm_set1_epi8(0x21), _mm_add_epi8(v, _mm_set1_epi8(1)));
    return _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), bad);
}

/* The bits of the bytes of u[0..16) that are no printable ASCII or tab. */
static inline unsigned nonprint16(const unsigned char *u)
{
    return (unsigned)_mm_movemask_epi8(nonprint_v(u));
}
#endif

/* Length of the run of printable ASCII and tabs at s[0..n). Blocks of 32
 * or 16 bytes (SSE2) or 8, the last one overlapping the block before it;
 * a string shorter than 16 bytes takes two overlapping loads of 8 or 4
 * bytes and one test when it is all printable (names, words). */
size_t dn_utf8_printable_run(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    uint64_t x, y;

#ifdef DN_SSE2
    if (n >= 16) {
        unsigned bits;
        /* 32 bytes a test; the last test overlaps the bytes before it */
        for (; i + 32 <= n; i += 32)
            if (_mm_movemask_epi8(_mm_or_si128(nonprint_v(u + i), nonprint_v(u + i + 16))) != 0)
                goto exact;
        if (i == n || _mm_movemask_epi8(_mm_or_si128(nonprint_v(u + (n >= 32 ? n - 32 : 0)),
                                                      nonprint_v(u + n - 16))) == 0)
            return n;
    exact:
        for (; i + 16 <= n; i += 16)
            if ((bits = nonprint16(u + i)) != 0)
                return i + (size_t)__builtin_ctz(bits);
        /* the last 16 bytes: those before i are printable, no bit there */
        if (i < n && (bits = nonprint16(u + n - 16)) != 0)
            return n - 16 + (size_t)__builtin_ctz(bits);
        return n;
    }
#endif
    if (n >= 8 && n <= 16) {
        memcpy(&x, u, 8);
        memcpy(&y, u + n - 8, 8);
        if ((NONPRINT8(x) | NONPRINT8(y)) == 0)
            return n;
        goto bytes;
    }
    if (n >= 4 && n < 8) {
        uint32_t lo, hi;
        memcpy(&lo, u, 4);
        memcpy(&hi, u + n - 4, 4);
        x = lo | (uint64_t)hi << 32;
        if (NONPRINT8(x) == 0)
            return n;
        goto bytes;
    }
    while (i + 8 <= n) {
        memcpy(&x, u + i, 8);
        if (NONPRINT8(x) != 0)
            goto bytes;
        i += 8;
    }
    if (i < n && n >= 8) {
        memcpy(&x, u + n - 8, 8);
        if (NONPRINT8(x) == 0)
            return n;
    }
bytes:
    while (i < n && ((u[i] >= 0x20 && u[i] < 0x7F) || u[i] == '\t'))
        i++;
    return i;
}

/* dn_utf8_clean_to for a text whose first i bytes are printable ASCII
 * (dn_utf8_printable_run's answer, which both callers have): they are
 * copied at once, the rest cleaned. out has room for 3 * n + 1 bytes. */
static size_t utf8_clean_from(char *out, const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o;

    memcpy(out, s, i);
    o = i;
    while (i < n) {
        unsigned c = u[i], cp;
        size_t k;
        if (c < 0x80) {
            k = dn_utf8_printable_run(s + i, n - i);
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
        } else if (i + 4 <= n) {
            /* 4 bytes copied at once, k of them kept: out has room, as
             * o <= 3 * i and 3 * i + 4 <= 3 * n + 1 */
            memcpy(out + o, s + i, 4);
            o += k;
        } else {
            for (size_t j = 0; j < k; j++)
                out[o + j] = s[i + j];
            o += k;
        }
        i += k;
    }
    out[o] = '\0';
    return o;
}

char *dn_utf8_clean(const char *s, size_t n)
{
    size_t i = dn_utf8_printable_run(s, n);
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
    utf8_clean_from(out, s, n, i);
    return out;
}

size_t dn_utf8_clean_to(char *out, const char *s, size_t n)
{
    return utf8_clean_from(out, s, n, dn_utf8_printable_run(s, n));
}

/* Classes of bytes: ASCII spaces (with the control characters), letters
 * and digits, capitals, small letters. B_STOP marks the bytes the splitter
 * must look at ('"', '.', '!', '?' and every non-ASCII byte), B_WORDON
 * those that may go on with a word after its ASCII letters ('-', '\'',
 * '.' and non-ASCII), B_QUOTE those that, outside a word, are more than
 * ASCII punctuation ('\'', '"' and non-ASCII). B_LETTER_NA is no byte's
 * class: the tokeniser uses it for a non-ASCII capital. */
enum {
    B_SPACE = 1,
    B_ALNUM = 2,
    B_UPPER = 4,
    B_LOWER = 8,
    B_STOP = 16,
    B_LETTER_NA = 32,
    B_WORDON = 64,
    B_QUOTE = 128
};

#define S B_SPACE
#define A B_ALNUM
#define U B_UPPER
#define L B_LOWER
#define T B_STOP
#define W B_WORDON
#define Q B_QUOTE
static const unsigned char bcls[256] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, T, T|Q, 0, 0, 0, 0, W|Q, 0, 0, 0, 0, 0, W, T|W, 0,
    A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0, T,
    0, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U,
    A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, A|U, 0, 0, 0, 0, 0,
    0, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L,
    A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, A|L, 0, 0, 0, 0, 0,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
    T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q, T|W|Q,
};
#undef S
#undef A
#undef U
#undef L
#undef T
#undef W
#undef Q

/* Bytes with A-Z lower-cased. */
static const unsigned char lowtab[256] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
    0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
    0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
    0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
    0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

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

static inline int is_lower_cp(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
           (cp >= 0x100 && cp < 0x180 && (cp % 2) == 1) ||
           (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x44F);
}

/* Abbreviations that end with a stop without ending the sentence, by
 * their first letter: Mr, Mrs, Ms, Dr, Prof, Gen, Lt, Col, Maj, Capt, Sgt,
 * Adm, Brig, Cmdr, Gov, Sen, Rep, Rev, St, Sr, Jr, Amb, Pres, Hon, the
 * months, No, Nos, Nr, vs, etc, approx, Co, Corp, Inc, Ltd, Mt, Ft, Dept,
 * Univ, Art, Sec, Vol, p, pp, e.g, i.e, cf, al, Fig, Ave, and the given
 * names written short: Md, Mohd, Muhd ("Md. Jashim Uddin"). Each is led
 * by its length (an octal escape), so that a word is compared only with
 * those of its length and the list is walked without strlen. */
static const char *abbrev_list(char first)
{
    switch (first) {
    case 'A':
        return "\3Adm\3Amb\3Apr\3Aug\3Art\3Ave";
    case 'B':
        return "\4Brig";
    case 'C':
        return "\3Col\4Capt\4Cmdr\2Co\4Corp";
    case 'D':
        return "\2Dr\3Dec\4Dept";
    case 'F':
        return "\3Feb\2Ft\3Fig";
    case 'G':
        return "\3Gen\3Gov";
    case 'H':
        return "\3Hon";
    case 'I':
        return "\3Inc";
    case 'J':
        return "\2Jr\3Jan\3Jun\3Jul";
    case 'L':
        return "\2Lt\3Ltd";
    case 'M':
        return "\2Mr\3Mrs\2Ms\3Maj\3Mar\2Mt\2Md\4Mohd\4Muhd";
    case 'N':
        return "\3Nov\2No\3Nos\2Nr";
    case 'O':
        return "\3Oct";
    case 'P':
        return "\4Prof\4Pres";
    case 'R':
        return "\3Rep\3Rev";
    case 'S':
        return "\3Sgt\3Sen\2St\2Sr\3Sep\4Sept\3Sec";
    case 'U':
        return "\4Univ";
    case 'V':
        return "\3Vol";
    case 'a':
        return "\6approx\2al";
    case 'c':
        return "\2cf";
    case 'e':
        return "\3etc\3e.g";
    case 'i':
        return "\3i.e";
    case 'p':
        return "\1p\2pp";
    case 'v':
        return "\2vs";
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
        size_t l = (unsigned char)*p++; /* the length, then the letters */
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p += l;
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
 * before it. Neither an abbreviation nor a dotted one ("U.S.") is longer
 * than 6 bytes, so the word is sought 7 bytes back at most. */
static int stop_is_abbrev(const char *s, size_t lo, size_t dot)
{
    size_t ws = word_start(s, dot - lo > 7 ? dot - 7 : lo, dot), n = dot - ws;
    const char *w = s + ws;

    if (n == 0 || n > 6)
        return 0;
    if (n == 1 && isupper((unsigned char)w[0]))
        return 1; /* an initial: "J. Blinken" */
    if (memchr(w, '.', n))
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

/* isspace() of the C locale (the tool never calls setlocale), without
 * the call. */
static inline int c_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline void push(splitter *sp, const char *s, size_t a, size_t b, size_t para,
                        unsigned flags)
{
    while (a < b && c_space((unsigned char)s[a]))
        a++;
    while (b > a && c_space((unsigned char)s[b - 1]))
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

/* 0x80 in every byte of x that is zero (and maybe in bytes above one that
 * is: the lowest flagged byte is always zero). */
#define ZEROS(x) (((x) - ONES) & ~(x) & HIGHS)

#ifdef DN_SSE2
/* The bits of the bytes of u[0..16) with B_STOP: '!' and '"' (0x21 and
 * 0x22: one signed compare, x + 0x80 - 0x21 < 2 - 0x80), '.', '?' and
 * non-ASCII (the top bit). */
static inline unsigned stops16(const unsigned char *u)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i m = _mm_cmpgt_epi8(_mm_set1_epi8((char)(2 - 0x80)),
                               _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '!'))));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(m, v));
}
#endif

/* The first offset in u[i..lim) of a byte with B_STOP ('"', '.', '!',
 * '?' or non-ASCII), or lim; blocks of 16 (SSE2) or 8 bytes without one
 * are skipped at once. */
static size_t skip_plain(const unsigned char *u, size_t i, size_t lim)
{
#ifdef DN_SSE2
    while (i + 32 <= lim) {
        unsigned bits = stops16(u + i) | stops16(u + i + 16) << 16;
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
        i += 32;
    }
    if (i + 16 <= lim) {
        unsigned bits = stops16(u + i);
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
        i += 16;
    }
#endif
    while (i + 8 <= lim) {
        uint64_t x;
        memcpy(&x, u + i, 8);
        if (((x & HIGHS) | ZEROS(x ^ ('.' * ONES)) | ZEROS(x ^ ('"' * ONES)) |
             ZEROS(x ^ ('!' * ONES)) | ZEROS(x ^ ('?' * ONES))) != 0)
            break;
        i += 8;
    }
    while (i < lim && !(bcls[u[i]] & B_STOP))
        i++;
    return i;
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
        i = skip_plain(u, i, lim);
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

    /* about one sentence in 64 bytes, to start with: news sentences are
     * longer, so the array is seldom copied as it grows */
    if (dn_grow((void **)&sp.v, &sp.cap, len / 64 + 16, sizeof *sp.v) != 0)
        sp.oom = 1;

    while (a < len) {
        const char *nl = memchr(text + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - text) : len;
        size_t t = a;
        while (t < b && c_space((unsigned char)text[t]))
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

/* Bytes past the arena's last string that the tokeniser may scribble on
 * (it stores 16 bytes at a time). */
#define ARENA_SLACK 32

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
    need = 4 * bytes + 2 + ARENA_SLACK;
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

/* Where tok_span writes tokens: the next token (the array has room for
 * all) and the end of the arena's used part. Kept in locals, which stores
 * of bytes into the arena cannot alias (they could alias *t). */
typedef struct tcur {
    dn_token *tok;
    char *a;
} tcur;

/* emit() for a token whose lower-cased copy (when has_upper) is already
 * written after the text's NUL, with its hash hl. */
static inline dn_token *emit_pre(tcur *c, size_t len, uint64_t ht, uint64_t hl, int has_upper,
                                 size_t s0, size_t e)
{
    char *p = c->a;
    dn_token *tk = c->tok++;

    p[len] = '\0';
    tk->text = p;
    tk->htext = ht;
    tk->len = len;
    tk->start = s0;
    tk->end = e;
    if (!has_upper) {
        tk->lower = p;
        tk->hlower = ht;
        c->a = p + len + 1;
    } else {
        p[2 * len + 1] = '\0';
        tk->lower = p + len + 1;
        tk->hlower = hl;
        c->a = p + 2 * len + 2;
    }
    return tk;
}
/* Appends the token whose normalised text, len bytes with hash ht, was
 * written at c->a (the end of the arena): NUL-terminates it and adds its
 * lower-cased copy with its hash, unless it has no ASCII capital
 * (may_upper == 0): then text and lower are the same string. The caller
 * sets the flags. */
static inline dn_token *emit(tcur *c, size_t len, uint64_t ht, int may_upper, size_t s0,
                             size_t e)
{
    uint64_t hl = ht;
    if (may_upper) {
        const unsigned char *p = (const unsigned char *)c->a;
        unsigned char *lo = (unsigned char *)c->a + len + 1;
        hl = FNV_OFFSET;
        for (size_t j = 0; j < len; j++) {
            unsigned l = lowtab[p[j]];
            lo[j] = (unsigned char)l;
            hl = (hl ^ l) * FNV_PRIME;
        }
    }
    return emit_pre(c, len, ht, hl, may_upper, s0, e);
}


/* The bytes of a sentence the tokeniser classifies at once (wblock): two
 * halves of 16. */
#define WBLOCK 32

#ifdef DN_SSE2
/* WBLOCK bytes of a sentence classified at once, so that each word of
 * ASCII letters and digits inside them is found, copied and lower-cased
 * without a look at its bytes one by one. Bit k of the masks tells of the
 * byte at base + k. */
typedef struct wblock {
    size_t base;
    unsigned other; /* neither an ASCII letter nor a digit */
    unsigned upper; /* capitals A-Z */
    unsigned lower; /* small letters a-z */
} wblock;

/* The classes of the 16 bytes v, as 16-bit masks (as wblock's); stores v
 * at text[0, 16) and v lower-cased at low[0, 16). */
static inline void classify16(__m128i v, unsigned char *text, unsigned char *low, unsigned *other,
                              unsigned *upper, unsigned *lower)
{
    /* x in [lo, lo + k) as a signed compare: x + 0x80 - lo < k - 0x80 */
    __m128i f = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* letters to small */
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(f, _mm_set1_epi8((char)(0x80 - 'a'))),
                                    _mm_set1_epi8((char)(26 - 0x80)));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
                                   _mm_set1_epi8((char)(10 - 0x80)));
    unsigned lm = (unsigned)_mm_movemask_epi8(letter);
    unsigned sm = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)); /* bit 0x20 of each byte */

    _mm_storeu_si128((__m128i *)(void *)text, v);
    _mm_storeu_si128((__m128i *)(void *)low,
                     _mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20))));
    *other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFF;
    *upper = lm & ~sm;
    *lower = lm & sm;
}

/* The block of the WBLOCK bytes at u[i], i < end; at a sentence's end (i +
 * WBLOCK > end, which needs end >= WBLOCK) the bytes from end on read as
 * spaces, so that no word runs past it. Stores the bytes at bytes[0,
 * WBLOCK) and the same lower-cased at bytes[WBLOCK, 2 * WBLOCK), so that a
 * word of less than 16 bytes at k is copied with a 16-byte load at bytes +
 * k (or bytes + WBLOCK + k), which never reads past an array of 2 * WBLOCK
 * + 16 bytes. */
static inline wblock wblock_load(const unsigned char *u, size_t i, size_t end,
                                 unsigned char *bytes)
{
    __m128i v0, v1;
    unsigned o0, o1, u0, u1, l0, l1;
    wblock w;

    if (i + WBLOCK <= end) {
        v0 = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 16));
    } else {
        /* the last WBLOCK bytes of the text before end, then spaces */
        unsigned char tail[2 * WBLOCK];
        _mm_storeu_si128((__m128i *)(void *)tail,
                         _mm_loadu_si128((const __m128i *)(const void *)(u + end - WBLOCK)));
        _mm_storeu_si128((__m128i *)(void *)(tail + 16),
                         _mm_loadu_si128((const __m128i *)(const void *)(u + end - 16)));
        _mm_storeu_si128((__m128i *)(void *)(tail + WBLOCK), _mm_set1_epi8(' '));
        _mm_storeu_si128((__m128i *)(void *)(tail + WBLOCK + 16), _mm_set1_epi8(' '));
        v0 = _mm_loadu_si128((const __m128i *)(const void *)(tail + WBLOCK - (end - i)));
        v1 = _mm_loadu_si128((const __m128i *)(const void *)(tail + WBLOCK + 16 - (end - i)));
    }
    classify16(v0, bytes, bytes + WBLOCK, &o0, &u0, &l0);
    classify16(v1, bytes + 16, bytes + WBLOCK + 16, &o1, &u1, &l1);
    w.base = i;
    w.other = o0 | o1 << 16;
    w.upper = u0 | u1 << 16;
    w.lower = l0 | l1 << 16;
    return w;
}
#endif

/* fnv(w, n) for a word of n < 16 bytes, unrolled by four. */
static inline uint64_t fnv_short(const unsigned char *w, size_t n)
{
    const unsigned char *e = w + n;
    uint64_t h = FNV_OFFSET;

    if (n & 1)
        h = (h ^ *w++) * FNV_PRIME;
    if (n & 2) {
        h = (h ^ w[0]) * FNV_PRIME;
        h = (h ^ w[1]) * FNV_PRIME;
        w += 2;
    }
    for (; w < e; w += 4) {
        h = (h ^ w[0]) * FNV_PRIME;
        h = (h ^ w[1]) * FNV_PRIME;
        h = (h ^ w[2]) * FNV_PRIME;
        h = (h ^ w[3]) * FNV_PRIME;
    }
    return h;
}

/* fnv(w, n) and, in *hl, fnv(w + WBLOCK, n), for a word of n < 16 bytes
 * and its lower-cased copy WBLOCK bytes after it: two chains side by side. */
static inline uint64_t fnv_short2(const unsigned char *w, size_t n, uint64_t *hl)
{
    const unsigned char *e = w + n;
    uint64_t h = FNV_OFFSET, l = FNV_OFFSET;

    if (n & 1) {
        h = (h ^ w[0]) * FNV_PRIME;
        l = (l ^ w[WBLOCK]) * FNV_PRIME;
        w++;
    }
    for (; w < e; w += 2) {
        h = (h ^ w[0]) * FNV_PRIME;
        l = (l ^ w[WBLOCK]) * FNV_PRIME;
        h = (h ^ w[1]) * FNV_PRIME;
        l = (l ^ w[WBLOCK + 1]) * FNV_PRIME;
    }
    *hl = l;
    return h;
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

size_t dn_article_prefix(const char *w, size_t n)
{
    static const char *const arts[] = {"al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath"};
    if (n < 3 || ((w[0] | 0x20) != 'a' && (w[0] | 0x20) != 'e'))
        return 0; /* (most words and names: asked of every form at load) */
    for (size_t k = 0; k < sizeof arts / sizeof *arts; k++) {
        size_t l = strlen(arts[k]);
        if (n > l + 1 && (w[0] | 0x20) == arts[k][0] && memcmp(w + 1, arts[k] + 1, l - 1) == 0 &&
            w[l] == '-' && (unsigned char)w[l + 1] >= 'A' && (unsigned char)w[l + 1] <= 'Z')
            return l + 1;
    }
    return 0;
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
    if (!(*flags & DN_TOK_CAP) && dn_article_prefix(p, (size_t)(q - p)))
        *flags |= DN_TOK_CAP; /* "al-Ahram", "el-Sisi": a name */
    *may_upper = (acc & B_UPPER) != 0;
    *pi = i;
    return q;
}

/* The general case of tok_span: the token (if any: a non-ASCII space
 * gives none) that starts at u[i], any byte. *inq: the quotation state.
 * Returns the offset past it. */
static size_t tok_general(tcur *c, const unsigned char *u, size_t start, size_t i, size_t end,
                          int caps, int *inq)
{
    unsigned cp, flags = 0;
    size_t k = decode(u + i, end - i, &cp), s0 = i;
    int may_upper = 0;
    char *p, *q;
    dn_token *tk;

    if (is_space_cp(cp))
        return i + k;
    p = q = c->a;
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
    tk = emit(c, (size_t)(q - p), fnv(p, (size_t)(q - p)), may_upper, s0, i);
    if (flags & DN_TOK_OPENQ)
        *inq = 1;
    tk->flags = flags | (*inq ? DN_TOK_QUOTE : 0);
    if (flags & DN_TOK_CLOSEQ)
        *inq = 0;
    return i;
}

/* The ASCII punctuation b at u[i], a token of its own. */
static inline void tok_punct(tcur *c, unsigned b, size_t i, unsigned qbit)
{
    dn_token *tk;
    c->a[0] = (char)b;
    tk = emit(c, 1, (FNV_OFFSET ^ b) * FNV_PRIME, 0, i, i + 1);
    tk->flags = qbit;
}

/* The word of ASCII letters and digits at u[i], byte by byte: copied and
 * hashed in one pass when it ends at its ASCII run, else (a hyphen, an
 * apostrophe or a non-ASCII letter goes on, or it is "U.S.", or it is to
 * be title-cased) by tok_general. Returns the offset past it. */
static size_t tok_ascii_word(tcur *c, const unsigned char *u, size_t start, size_t i, size_t end,
                             int caps, int *inq)
{
    unsigned char *w = (unsigned char *)c->a;
    unsigned b = u[i], cl = bcls[b], acc = cl, cl0 = cl;
    uint64_t h = FNV_OFFSET;
    size_t r = i;

    for (;;) {
        w[r - i] = (unsigned char)b;
        h = (h ^ b) * FNV_PRIME;
        if (++r == end)
            break;
        b = u[r];
        cl = bcls[b];
        if (!(cl & B_ALNUM))
            break;
        acc |= cl;
    }
    if (r == end || !(cl & B_WORDON) || (b == '.' && r > i + 1)) {
        int upper = (acc & (B_UPPER | B_LOWER)) == B_UPPER;
        if (!(upper && caps)) {
            dn_token *tk = emit(c, r - i, h, (acc & B_UPPER) != 0, i, r);
            tk->flags = DN_TOK_WORD | ((cl0 & B_UPPER) ? DN_TOK_CAP : 0) |
                        (upper ? DN_TOK_UPPER : 0) | (*inq ? DN_TOK_QUOTE : 0);
            return r;
        }
    }
    return tok_general(c, u, start, i, end, caps, inq);
}

/* Tokenises text[start..end) at *cur (see tok_spans). Words of ASCII
 * letters and digits are found in blocks of WBLOCK bytes (wblock) and
 * tokenised one after the other with the space or ASCII punctuation after
 * each; other ASCII punctuation and curly double quotes are tokens at once;
 * anything else (and a word that goes on past its ASCII run, "didn't",
 * "U.S.", or a word in capitals to title-case) goes to tok_general.
 * wbytes: 2 * WBLOCK + 16 bytes for wblock_load, the last 16 zeros. */
static inline void tok_span(tcur *cur, const unsigned char *u, size_t start, size_t end,
                            int quoted, int caps, unsigned char *wbytes)
{
    size_t i = start;
    int inq = quoted;
    unsigned qbit = inq ? DN_TOK_QUOTE : 0; /* DN_TOK_QUOTE while in a quotation */
    tcur c = *cur;
#ifdef DN_SSE2
    wblock wb;

    /* no block yet: i - base >= WBLOCK for every i >= start (modulo 2^64) */
    wb.base = start - WBLOCK;
    wb.other = wb.upper = wb.lower = 0;
#endif

    while (i < end) {
        unsigned b = u[i], cl = bcls[b];

        if (cl & B_SPACE) {
            i++;
            continue;
        }
#ifdef DN_SSE2
        /* words of ASCII letters and digits (the common case), with the
         * space or the ASCII punctuation after each: their length and
         * cases are those of the block they lie in, loaded again at a
         * word that does not end inside */
        if ((cl & B_ALNUM) && end >= WBLOCK) {
            for (;;) {
                size_t off = i - wb.base, n;
                unsigned ends = 0, nb, m, fl; /* ends: wb.other from the word on */
                const unsigned char *w;
                char *p = c.a;
                dn_token *tk = c.tok;

                if (off >= WBLOCK || !(ends = wb.other >> off)) {
                    /* no block yet, or the word does not end inside it */
                    wb = wblock_load(u, i, end, wbytes);
                    off = 0;
                    ends = wb.other;
                }
                if (!ends || (n = (unsigned)__builtin_ctz(ends)) >= 16) {
                    /* a word of 16 bytes or more */
                    i = tok_ascii_word(&c, u, start, i, end, caps, &inq);
                    qbit = inq ? DN_TOK_QUOTE : 0;
                    break;
                }
                nb = wbytes[off + n];
                m = ((1u << n) - 1) << off;
                w = wbytes + off;
                /* the flags of a word with capitals, 0 without */
                fl = !(wb.upper & m) ? 0
                                     : DN_TOK_WORD | ((wb.upper >> off) & 1 ? DN_TOK_CAP : 0) |
                                           (!(wb.lower & m) ? DN_TOK_UPPER : 0);
                /* as tok_ascii_word */
                if (((bcls[nb] & B_WORDON) && !(nb == '.' && n > 1)) ||
                    ((fl & DN_TOK_UPPER) && caps)) {
                    i = tok_general(&c, u, start, i, end, caps, &inq);
                    qbit = inq ? DN_TOK_QUOTE : 0;
                    break;
                }
                _mm_storeu_si128((__m128i *)(void *)p, _mm_loadu_si128((const __m128i *)(const void *)w));
                p[n] = '\0';
                if (!fl) {
                    /* no capital: text and lower are one string */
                    uint64_t h = fnv_short(w, n);
                    tk->flags = DN_TOK_WORD | qbit;
                    tk->lower = p;
                    tk->htext = h;
                    tk->hlower = h;
                    c.a = p + n + 1;
                } else {
                    uint64_t hl;
                    tk->flags = fl | qbit;
                    _mm_storeu_si128((__m128i *)(void *)(p + n + 1),
                                     _mm_loadu_si128((const __m128i *)(const void *)(w + WBLOCK)));
                    p[2 * n + 1] = '\0';
                    tk->lower = p + n + 1;
                    tk->htext = fnv_short2(w, n, &hl);
                    tk->hlower = hl;
                    c.a = p + 2 * n + 2;
                }
                tk->text = p;
                tk->len = n;
                tk->start = i;
                tk->end = i + n;
                c.tok = tk + 1;
                i += n;
                if (nb == ' ') {
                    i++; /* the space between words, at once */
                } else if (!(bcls[nb] & (B_SPACE | B_QUOTE))) {
                    tok_punct(&c, nb, i, qbit); /* "word," */
                    i++;
                    if (i < end && u[i] == ' ')
                        i++;
                } else {
                    break;
                }
                if (i >= end || !(bcls[u[i]] & B_ALNUM))
                    break;
            }
            continue;
        }
#endif
        if (cl & B_ALNUM) {
            i = tok_ascii_word(&c, u, start, i, end, caps, &inq);
            qbit = inq ? DN_TOK_QUOTE : 0;
        } else if (!(cl & B_QUOTE)) {
            /* ASCII punctuation: a token of its own */
            tok_punct(&c, b, i, qbit);
            i++;
        } else if (b == 0xE2 && i + 2 < end && u[i + 1] == 0x80 &&
                   (u[i + 2] == 0x9C || u[i + 2] == 0x9D)) {
            /* a curly double quote, U+201C or U+201D (the commonest
             * non-ASCII token), as tok_general makes it */
            dn_token *tk;
            c.a[0] = '"';
            tk = emit(&c, 1, (FNV_OFFSET ^ '"') * FNV_PRIME, 0, i, i + 3);
            if (u[i + 2] == 0x9C) {
                inq = 1;
                tk->flags = DN_TOK_OPENQ | DN_TOK_QUOTE;
            } else {
                tk->flags = DN_TOK_CLOSEQ | qbit;
                inq = 0;
            }
            qbit = inq ? DN_TOK_QUOTE : 0;
            i += 3;
        } else {
            i = tok_general(&c, u, start, i, end, caps, &inq);
            qbit = inq ? DN_TOK_QUOTE : 0;
        }
    }
    *cur = c;
}

/* Tokenises the n sentences s[0..n) of text onto the end of t, each as
 * tok_span (quoted: DN_SENT_QUOTED, caps: DN_SENT_CAPS), and stores at
 * first[k] (unless first is NULL) the index of sentence k's first token.
 * The arena must have room (tokens_reserve); the token array grows here
 * before a sentence that might not fit (a token takes one byte at least).
 * Returns 0 or -1. */
static int tok_spans(dn_tokens *t, const char *text, const dn_sentence *s, size_t n,
                     size_t *first)
{
    const unsigned char *u = (const unsigned char *)text;
    tcur c = {t->tok + t->n, t->arena + t->arena_len};
    unsigned char wbytes[2 * WBLOCK + 16];
    int rc = 0;

#ifdef DN_SSE2
    _mm_storeu_si128((__m128i *)(void *)(wbytes + 2 * WBLOCK), _mm_setzero_si128());
#endif
    for (size_t k = 0; k < n; k++) {
        size_t len = s[k].end - s[k].start, nt = (size_t)(c.tok - t->tok);
        if (first)
            first[k] = nt;
        if (t->cap - nt < len) {
            if (dn_grow((void **)&t->tok, &t->cap, nt + len, sizeof *t->tok) != 0) {
                rc = -1;
                break;
            }
            c.tok = t->tok + nt;
        }
        tok_span(&c, u, s[k].start, s[k].end, (s[k].flags & DN_SENT_QUOTED) != 0,
                 (s[k].flags & DN_SENT_CAPS) != 0, wbytes);
    }
    t->n = (size_t)(c.tok - t->tok);
    t->arena_len = (size_t)(c.a - t->arena);
    return rc;
}

int dn_tokenize(dn_tokens *t, const char *text, size_t start, size_t end,
                int quoted, int caps)
{
    dn_sentence one = {start, end, 0, (quoted ? DN_SENT_QUOTED : 0) | (caps ? DN_SENT_CAPS : 0)};

    t->n = 0;
    t->arena_len = 0;
    if (tokens_reserve(t, end - start, (end - start) / 4 + 8) != 0 ||
        tok_spans(t, text, &one, 1, NULL) != 0) {
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
    if (tokens_reserve(t, bytes, bytes / 4 + 16) != 0 || tok_spans(t, text, s, n, first) != 0)
        goto oom;
    first[n] = t->n;
    return DN_OK;
oom:
    t->n = 0;
    return DN_ENOMEM;
}
