/*
 * fuzz_text.c - the text layer (sentence splitter, tokeniser, UTF-8
 * cleaning) under libFuzzer: the first stage every article goes through.
 *
 * Any bytes must split into sentences that lie inside the text, in order,
 * never overlapping and never longer than DN_SENT_MAX; every token must lie
 * inside its sentence with non-NULL normalised forms; dn_utf8_clean must
 * give valid UTF-8 without control characters other than tab and keep
 * valid input unchanged in length or longer (U+FFFD replaces one byte with
 * three).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/text.h"
#include "fuzz_common.h"

static void check_clean(const char *s, size_t n)
{
    char *c = dn_utf8_clean(s, n);
    size_t len, i = 0;

    FUZZ_CHECK(c != NULL, "dn_utf8_clean returned NULL");
    len = strlen(c);
    FUZZ_CHECK(len >= n || memchr(s, 0, n) != NULL,
               "clean output shorter (%zu) than input (%zu)", len, n);
    while (i < len) {
        unsigned cp;
        size_t k = dn_utf8_decode((const unsigned char *)c + i, len - i, &cp);
        FUZZ_CHECK(k >= 1 && i + k <= len, "decode step %zu at %zu", k, i);
        FUZZ_CHECK(!(cp == 0xFFFD && k == 1),
                   "invalid UTF-8 byte 0x%02x left at %zu",
                   (unsigned char)c[i], i);
        FUZZ_CHECK(cp >= 0x20 || cp == '\t',
                   "control character 0x%02x left at %zu", cp, i);
        i += k;
    }
    free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    dn_sentence *sent = NULL;
    dn_tokens tk;
    dn_error err;
    size_t n = 0, prev_end = 0;
    int rc;

    check_clean(s, size);
    dn_error_clear(&err);
    rc = dn_text_split(s, size, &sent, &n, &err);
    FUZZ_CHECK(rc == DN_OK, "split failed: %s", err.msg);
    dn_tokens_init(&tk);
    for (size_t i = 0; i < n; i++) {
        const dn_sentence *x = &sent[i];
        FUZZ_CHECK(x->start <= x->end && x->end <= size,
                   "sentence %zu [%zu, %zu) outside text of %zu", i,
                   x->start, x->end, size);
        FUZZ_CHECK(x->start >= prev_end, "sentence %zu starts at %zu "
                   "before the previous end %zu", i, x->start, prev_end);
        FUZZ_CHECK(x->end - x->start <= DN_SENT_MAX,
                   "sentence %zu of %zu bytes", i, x->end - x->start);
        prev_end = x->end;
        rc = dn_tokenize(&tk, s, x->start, x->end,
                         (x->flags & DN_SENT_QUOTED) != 0,
                         (x->flags & DN_SENT_CAPS) != 0);
        FUZZ_CHECK(rc == DN_OK, "tokenize failed");
        for (size_t j = 0; j < tk.n; j++) {
            const dn_token *t = &tk.tok[j];
            FUZZ_CHECK(t->start < t->end && t->start >= x->start &&
                       t->end <= x->end,
                       "token %zu [%zu, %zu) outside sentence [%zu, %zu)",
                       j, t->start, t->end, x->start, x->end);
            FUZZ_CHECK(t->text && t->lower, "token %zu without text", j);
            FUZZ_CHECK(j == 0 || t->start >= tk.tok[j - 1].end,
                       "tokens %zu and %zu overlap", j - 1, j);
        }
    }
    dn_tokens_free(&tk);
    free(sent);
    return 0;
}
