/*
 * dipnet/text.h - from bytes to sentences and tokens.
 *
 * Articles arrive as UTF-8 that may be broken. Nothing here ever rewrites
 * the article: sentences and tokens carry byte offsets into the ORIGINAL
 * text, so that evidence can point at exact bytes, while each token also
 * carries a normalised form for matching (curly quotes and apostrophes
 * folded to ASCII, dashes to '-', invalid bytes treated as separators,
 * all-caps lines title-cased).
 *
 * Sentences: every line break ends a sentence (so headings and the title
 * line are sentences of their own); inside a line a sentence ends at '.',
 * '!' or '?' (plus closing quotes or brackets) followed by a space and a
 * word that does not start in lower case, unless the word before the stop is
 * an abbreviation (Mr., Gen., Sept., No., U.S.) or an initial. List markers
 * (bullets, "1.") at the start of a line are left out of the sentence.
 * Quotation state is tracked across sentences and across paragraphs: a
 * paragraph that opens a quote and never closes it continues the quote in
 * the next paragraph. Sentences longer than DN_SENT_MAX bytes are cut at a
 * space, which bounds the work per sentence.
 */
#ifndef DIPNET_TEXT_H
#define DIPNET_TEXT_H

#include <stddef.h>

#include "dipnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DN_SENT_MAX 65536

/* Sentence flags. */
enum {
    DN_SENT_QUOTED = 1u << 0,     /* starts inside a quotation */
    DN_SENT_PARA_START = 1u << 1, /* first sentence of its line */
    DN_SENT_PARA_END = 1u << 2,   /* last sentence of its line */
    DN_SENT_HEADING = 1u << 3,    /* a whole line without final punctuation */
    DN_SENT_CAPS = 1u << 4,       /* its line is written in capitals */
    DN_SENT_COLON = 1u << 5,      /* ends with ':' (introduces a quote) */
    DN_SENT_QUOTE_CONT = 1u << 6  /* its line starts with an opening quote
                                     that continues a quote left open */
};

typedef struct dn_sentence {
    size_t start;   /* byte offset of the first byte (after a list marker) */
    size_t end;     /* one past the last byte (trailing space trimmed) */
    size_t para;    /* 0-based line (paragraph) number */
    unsigned flags; /* DN_SENT_* */
} dn_sentence;

/* Splits text[0..len) into sentences. *out is malloc'ed (caller frees),
 * *n its length. Returns DN_OK or DN_ENOMEM. */
int dn_text_split(const char *text, size_t len, dn_sentence **out, size_t *n,
                  dn_error *err);

/* Token flags. */
enum {
    DN_TOK_WORD = 1u << 0,   /* letters/digits (else punctuation) */
    DN_TOK_CAP = 1u << 1,    /* starts with an upper-case letter */
    DN_TOK_QUOTE = 1u << 2,  /* lies inside a quotation */
    DN_TOK_OPENQ = 1u << 3,  /* an opening quotation mark */
    DN_TOK_CLOSEQ = 1u << 4, /* a closing quotation mark */
    DN_TOK_UPPER = 1u << 5   /* all letters upper case (in the original) */
};

typedef struct dn_token {
    size_t start, end; /* byte offsets into the original text */
    const char *text;  /* normalised form (arena) */
    const char *lower; /* ASCII-lower-cased normalised form (arena) */
    size_t len;        /* strlen(text) == strlen(lower) */
    unsigned long long htext, hlower; /* FNV-1a 64 (dn_hash_bytes) of text
                                         and lower, for the lexicon tables */
    unsigned flags;    /* DN_TOK_* */
} dn_token;

/* Tokens of one sentence (dn_tokenize) or of many (dn_tokenize_sentences);
 * reused from call to call. A token without capitals has lower == text. */
typedef struct dn_tokens {
    dn_token *tok;
    size_t n, cap;
    char *arena; /* token strings, NUL-separated */
    size_t arena_len, arena_cap;
} dn_tokens;

/* The length of the Arabic article that opens the word w[0, n), with its
 * hyphen, when a capital follows it ("al-Ahram", "El-Sisi", "ash-Sharq":
 * 3, 3, 4); else 0. The tokenizer capitalises such a word in lower case,
 * and the lexicon enters a name that opens so in both cases. */
size_t dn_article_prefix(const char *w, size_t n);

void dn_tokens_init(dn_tokens *t);
void dn_tokens_free(dn_tokens *t);
/* Tokenises text[start..end). quoted: the span starts inside a quotation;
 * caps: title-case all-capital words (a heading in capitals). Returns DN_OK
 * or DN_ENOMEM. Token pointers are valid until the next call. */
int dn_tokenize(dn_tokens *t, const char *text, size_t start, size_t end,
                int quoted, int caps);

/* Tokenises the n sentences s[0..n) of text as dn_tokenize does each one
 * (quoted: DN_SENT_QUOTED, caps: DN_SENT_CAPS), into one token array and
 * one arena: sentence i's tokens are t->tok[first[i] .. first[i + 1]),
 * first has n + 1 entries, t->n == first[n]. The arena is sized once for
 * all the sentences. Returns DN_OK or DN_ENOMEM (t->n == 0). Token
 * pointers are valid until the next call on t. */
int dn_tokenize_sentences(dn_tokens *t, const char *text, const dn_sentence *s, size_t n,
                          size_t *first);

/* A copy of s[0..n) as valid UTF-8: invalid bytes become U+FFFD and
 * control characters other than tab become spaces. malloc'ed, NULL on
 * ENOMEM. */
char *dn_utf8_clean(const char *s, size_t n);
/* dn_utf8_clean's text written to out, which has room for 3 * n + 1
 * bytes (an invalid byte grows to 3, nothing grows more), with a NUL;
 * returns its length. For a caller with a buffer of its own: no malloc,
 * no strlen. */
size_t dn_utf8_clean_to(char *out, const char *s, size_t n);
/* The length of the run of printable ASCII and tabs at s[0..n): the bytes
 * dn_utf8_clean copies as they are (== n: the text is clean already). */
size_t dn_utf8_printable_run(const char *s, size_t n);

/* Decodes one code point at s[0..n); returns its length (>= 1) and stores
 * the code point, or 0xFFFD for an invalid byte (length 1). */
size_t dn_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

#ifdef __cplusplus
}
#endif
#endif
