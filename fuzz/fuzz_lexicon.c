/*
 * fuzz_lexicon.c - the lexicon loader under libFuzzer.
 *
 * Lexicons are data files analysts write and extend by hand, so the loader
 * must take any bytes: load, or fail with a coded, worded error; never
 * crash, leak or hang. An input holding a NUL byte is cut there into two
 * files loaded one after the other into one lexicon, which exercises the
 * "a later file overrides entries of the same name" path. A lexicon that
 * loads is finished (phrase tables built) and then queried with a fixed
 * sentence, token by token.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/lexicon.h"
#include "dipnet/text.h"
#include "fuzz_common.h"

static const char sentence[] =
    "Armenian Foreign Minister Ararat Mirzoyan held a phone call with the "
    "U.S. Secretary of State, and the Azerbaijani Defense Ministry accused "
    "Armenia's armed forces of shelling Kapan; \"we reject it\", said the "
    "CSTO.";

/* Demonyms, capitals and seats are forms of states: their refs index the
 * states. */
static size_t ref_count(const dn_lexicon *lx, dn_lex_kind k)
{
    if (k == DN_LX_DEMONYM || k == DN_LX_CAPITAL || k == DN_LX_SEAT)
        k = DN_LX_STATE;
    return dn_lexicon_count(lx, k);
}

static void query(const dn_lexicon *lx)
{
    dn_tokens tk;
    dn_lex_ref refs[8];

    dn_tokens_init(&tk);
    FUZZ_CHECK(dn_tokenize(&tk, sentence, 0, sizeof sentence - 1, 0, 0) ==
                   DN_OK, "tokenize");
    for (size_t i = 0; i < tk.n; i++) {
        size_t nr = 0;
        size_t len = dn_lexicon_match(lx, tk.tok, tk.n, i, refs, 8, &nr);
        FUZZ_CHECK(len <= tk.n - i, "match of %zu tokens at %zu of %zu",
                   len, i, tk.n);
        FUZZ_CHECK(nr <= 8, "%zu refs for room of 8", nr);
        for (size_t r = 0; r < nr; r++)
            FUZZ_CHECK(refs[r].index >= 0 &&
                           (size_t)refs[r].index < ref_count(lx, refs[r].kind),
                       "ref %d of kind %d out of range", refs[r].index,
                       (int)refs[r].kind);
        (void)dn_lexicon_has_word(lx, "negations", tk.tok[i].lower);
    }
    dn_tokens_free(&tk);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nul = memchr(s, 0, size);
    size_t n1 = nul ? (size_t)(nul - s) : size;
    dn_lexicon *lx = dn_lexicon_new();
    dn_error err;
    int rc;

    FUZZ_CHECK(lx != NULL, "dn_lexicon_new");
    dn_error_clear(&err);
    rc = dn_lexicon_load_mem(lx, s, n1, "fuzz1.json", &err);
    if (rc == DN_OK && nul) {
        dn_error_clear(&err);
        rc = dn_lexicon_load_mem(lx, nul + 1, size - n1 - 1, "fuzz2.json",
                                 &err);
    }
    if (rc == DN_OK) {
        dn_error_clear(&err);
        rc = dn_lexicon_finish(lx, &err);
    }
    if (rc != DN_OK)
        fuzz_check_error(&err, rc);
    else
        query(lx);
    dn_lexicon_free(lx);
    return 0;
}
