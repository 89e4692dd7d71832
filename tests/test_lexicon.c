/*
 * test_lexicon.c - the lexicon's per-token answers and phrase matching on
 * a small lexicon held in this file: dn_lexicon_tokens_info (word lists,
 * the trigger bit, the first-word values) agrees with dn_lexicon_token_mask,
 * dn_lexicon_first and dn_lexicon_trigger_lookup_tok; matching finds the
 * longest form, case-sensitively for names and case-insensitively for
 * titles and bodies, forms of one or of many words (more than 32 too),
 * and not a longer form whose second word differs from the text's;
 * one-byte tokens (punctuation, one-letter words) get the same answers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/lexicon.h"

/* 33 words: a form longer than the 32 lengths kept one by one. */
#define LONG_FORM                                                                      \
    "Grand Council of the One Two Three Four Five Six Seven Eight Nine Ten Eleven " \
    "Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty "   \
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota"

static const char lexicon_json[] =
    "{\"states\": [{\"name\": \"Armenia\", \"iso3\": \"ARM\", \"capital\": \"Yerevan\","
    "               \"demonyms\": [\"Armenian\"]},"
    "              {\"name\": \"United States\", \"iso3\": \"USA\","
    "               \"names\": [\"US\", \"United States of America\"]}],"
    " \"places\": [{\"name\": \"Q\"}],"
    " \"organizations\": [{\"name\": \"" LONG_FORM "\", \"kind\": \"igo\"}],"
    " \"persons\": [{\"name\": \"Ararat Mirzoyan\", \"state\": \"Armenia\","
    "                \"aliases\": [\"Mirzoyan\"]}],"
    " \"titles\": [{\"role\": \"foreign minister\","
    "               \"forms\": [\"foreign minister\", \"minister of foreign affairs\"]}],"
    " \"bodies\": [{\"key\": \"defense ministry\", \"label\": \"Ministry of Defense of {state}\","
    "               \"forms\": [\"ministry of defense\"]}],"
    " \"triggers\": [{\"name\": \"accuse\", \"type\": \"accusation\","
    "                 \"forms\": [\"accuse|accused\", \"blamed * for\"]}],"
    " \"words\": {\"negations\": [\"not\", \"never\"], \"speech\": [\"said\", \"Never\"],"
    "           \"clause_breaks\": [\";\", \",\", \"q\"]}}";

static dn_lexicon *lx;
static dn_tokens tk;

static int setup(void **state)
{
    dn_error err;
    (void)state;
    dn_error_clear(&err);
    lx = dn_lexicon_new();
    if (!lx || dn_lexicon_load_mem(lx, lexicon_json, sizeof lexicon_json - 1, "test.json",
                                   &err) != DN_OK ||
        dn_lexicon_finish(lx, &err) != DN_OK) {
        fprintf(stderr, "lexicon: %s\n", err.msg);
        return -1;
    }
    dn_tokens_init(&tk);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    dn_tokens_free(&tk);
    dn_lexicon_free(lx);
    return 0;
}

static void tokenize(const char *s)
{
    assert_int_equal(dn_tokenize(&tk, s, 0, strlen(s), 0, 0), DN_OK);
}

/* The index of the token whose text is w. */
static size_t tok_at(const char *w)
{
    for (size_t i = 0; i < tk.n; i++)
        if (strcmp(tk.tok[i].text, w) == 0)
            return i;
    fail_msg("no token \"%s\"", w);
    return 0;
}

static void test_tokens_info_agrees(void **state)
{
    dn_wordmask mask[64];
    int first[128];
    (void)state;
    tokenize("Armenian officials said they never accused the US, and NOT the "
             "Ministry of Defense; Mirzoyan blamed Yerevan for it.");
    assert_true(tk.n <= 64);
    dn_lexicon_tokens_info(lx, tk.tok, tk.n, mask, first);
    for (size_t i = 0; i < tk.n; i++) {
        int f[2];
        const dn_lex_ref *refs;
        size_t nr;
        int trig = dn_lexicon_trigger_lookup_tok(lx, &tk.tok[i], &refs, &nr);
        assert_int_equal(mask[i] & ~DN_LEX_MASK_TRIGGER, dn_lexicon_token_mask(lx, &tk.tok[i]));
        if (trig)
            assert_true(mask[i] & DN_LEX_MASK_TRIGGER);
        dn_lexicon_first(lx, &tk.tok[i], f);
        assert_int_equal(f[0], first[2 * i]);
        assert_int_equal(f[1], first[2 * i + 1]);
        if (!(tk.tok[i].flags & DN_TOK_WORD))
            assert_true(f[0] < 0 && f[1] < 0);
    }
}

static void test_masks_and_triggers(void **state)
{
    dn_wordmask mask[16];
    int first[32];
    int neg = dn_lexicon_list_bit(lx, "negations"), sp = dn_lexicon_list_bit(lx, "speech");
    (void)state;
    assert_true(neg >= 0 && sp >= 0 && neg != sp);
    tokenize("NOT said accused blamed the");
    dn_lexicon_tokens_info(lx, tk.tok, tk.n, mask, first);
    assert_int_equal(mask[0], 1u << neg); /* the lower form counts */
    assert_int_equal(mask[1], 1u << sp);
    assert_int_equal(mask[2], DN_LEX_MASK_TRIGGER);
    assert_int_equal(mask[3], DN_LEX_MASK_TRIGGER);
    assert_int_equal(mask[4], 0u);
    assert_true(first[8] < 0 && first[9] < 0); /* "the" starts no form */
    /* "Never" is in the lists lower-cased: "never" is in both */
    tokenize("Never");
    dn_lexicon_tokens_info(lx, tk.tok, tk.n, mask, first);
    assert_int_equal(mask[0], (1u << neg) | (1u << sp));
}

/* One-byte tokens are answered by the byte: punctuation in a list, a
 * one-letter name as written (not lower-cased), a one-letter list word
 * by its lower form, and bytes the lexicon lacks. */
static void test_one_byte_tokens(void **state)
{
    dn_wordmask mask[16];
    int first[32];
    int cb = dn_lexicon_list_bit(lx, "clause_breaks");
    dn_lex_ref refs[4];
    size_t nr;
    (void)state;
    assert_true(cb >= 0);
    tokenize("Q, q; Q. x");
    assert_int_equal(tk.n, 7);
    dn_lexicon_tokens_info(lx, tk.tok, tk.n, mask, first);
    assert_int_equal(mask[0], 1u << cb); /* "Q": its lower form "q" is listed */
    assert_int_equal(mask[1], 1u << cb); /* "," */
    assert_int_equal(mask[2], 1u << cb); /* "q" */
    assert_int_equal(mask[3], 1u << cb); /* ";" */
    assert_int_equal(mask[5], 0u);       /* "." */
    assert_int_equal(mask[6], 0u);       /* "x" */
    assert_true(first[0] >= 0);          /* "Q" starts the place */
    assert_true(first[4] < 0 && first[5] < 0); /* "q" starts no form */
    assert_true(first[2] < 0 && first[3] < 0); /* nor does a comma */
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, 4, refs, 4, &nr), 1);
    assert_true(nr == 1 && refs[0].kind == DN_LX_PLACE);
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, 2, refs, 4, &nr), 0);
    for (size_t i = 0; i < tk.n; i++)
        assert_int_equal(mask[i] & ~DN_LEX_MASK_TRIGGER, dn_lexicon_token_mask(lx, &tk.tok[i]));
}

static void test_longest_and_case(void **state)
{
    dn_lex_ref refs[8];
    size_t nr, l;
    int idx;
    (void)state;
    tokenize("the United States of America and the United States and Armenian "
             "MINISTRY OF DEFENSE and the ministry of defence");
    l = dn_lexicon_match(lx, tk.tok, tk.n, tok_at("United"), refs, 8, &nr);
    assert_int_equal(l, 4);
    assert_int_equal(nr, 1);
    assert_int_equal(refs[0].kind, DN_LX_STATE);
    assert_int_equal(refs[0].index, 1);
    l = dn_lexicon_match(lx, tk.tok, tk.n, tok_at("Armenian"), refs, 8, &nr);
    assert_int_equal(l, 1);
    assert_int_equal(refs[0].kind, DN_LX_DEMONYM);
    /* bodies are matched case-insensitively */
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, tok_at("MINISTRY"), DN_LX_BODY, &idx);
    assert_int_equal(l, 3);
    assert_int_equal(idx, 0);
    /* names are not: "the" is no form, and "defence" no body word */
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, 0, refs, 8, &nr), 0);
    assert_int_equal(nr, 0);
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, tk.n - 3, DN_LX_BODY, &idx);
    assert_int_equal(l, 0);
    assert_int_equal(idx, -1);
    tokenize("armenia");
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, 0, refs, 8, &nr), 0);
}

static void test_second_word_and_kinds(void **state)
{
    dn_lex_ref refs[8];
    size_t nr, l;
    int idx, first[2];
    (void)state;
    /* "United Nations" shares the first word of a longer form only */
    tokenize("the United Nations and the Foreign Minister and foreign policy");
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, tok_at("United"), refs, 8, &nr), 0);
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, tok_at("Foreign"), DN_LX_TITLE, &idx);
    assert_int_equal(l, 2);
    assert_int_equal(idx, 0);
    /* a title word asked for a body: none */
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, tok_at("Foreign"), DN_LX_BODY, &idx);
    assert_int_equal(l, 0);
    assert_int_equal(idx, -1);
    l = dn_lexicon_match(lx, tk.tok, tk.n, tok_at("foreign"), refs, 8, &nr);
    assert_int_equal(l, 0);
    /* the _first variants give what the plain ones give */
    dn_lexicon_first(lx, &tk.tok[tok_at("Foreign")], first);
    l = dn_lexicon_match_kind_first(lx, tk.tok, tk.n, tok_at("Foreign"), first, DN_LX_TITLE,
                                    &idx);
    assert_int_equal(l, 2);
    assert_int_equal(idx, 0);
    /* the form ends the text: the second word is past the last token */
    tokenize("Mirzoyan");
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, 0, DN_LX_PERSON, &idx);
    assert_int_equal(l, 1);
    assert_int_equal(idx, 0);
    tokenize("Ararat Mirzoyan");
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, 0, DN_LX_PERSON, &idx);
    assert_int_equal(l, 2);
}

/* An entry by its name, not by an alias or another kind's name. */
static void test_find_by_name(void **state)
{
    (void)state;
    assert_int_equal(dn_lexicon_find(lx, DN_LX_PERSON, "Ararat Mirzoyan"), 0);
    assert_int_equal(dn_lexicon_find(lx, DN_LX_PERSON, "Mirzoyan"), -1);
    assert_int_equal(dn_lexicon_find(lx, DN_LX_STATE, "United States"), 1);
    assert_int_equal(dn_lexicon_find_state(lx, "Armenia"), 0);
    assert_int_equal(dn_lexicon_find(lx, DN_LX_PLACE, "Armenia"), -1);
    assert_int_equal(dn_lexicon_find(lx, DN_LX__COUNT, "Armenia"), -1);
}

/* A surname alone names its person when no other person's name ends so,
 * no other kind has it as a form, the state goes by family names and the
 * word is no common one; a person of "surname": false is named in full
 * only, and takes no surname from another ("Scholz" stays Olaf's). */
static void test_surnames(void **state)
{
    static const char js[] =
        "{\"states\": [{\"name\": \"China\", \"iso3\": \"CHN\"},"
        "              {\"name\": \"Chad\", \"iso3\": \"TCD\"}],"
        " \"places\": [{\"name\": \"Abeche\"}],"
        " \"persons\": [{\"name\": \"Olaf Scholz\"}, {\"name\": \"Anna Smith\"},"
        "               {\"name\": \"John Smith\"}, {\"name\": \"Theresa May\"},"
        "               {\"name\": \"Xi Jinping\", \"state\": \"China\"},"
        "               {\"name\": \"Idriss Abeche\"}, {\"name\": \"Louis XIV\"},"
        "               {\"name\": \"Ricardo Scholz\", \"surname\": false},"
        "               {\"name\": \"Nora Walker\", \"surname\": false}],"
        " \"words\": {\"surname_stop\": [\"May\"], \"given_name_states\": [\"China\"],"
        "            \"family_name_first_states\": [\"China\"]}}";
    dn_lexicon *l2 = dn_lexicon_new();
    dn_error err;
    int idx = -1;
    (void)state;
    dn_error_clear(&err);
    assert_non_null(l2);
    assert_int_equal(dn_lexicon_load_mem(l2, js, sizeof js - 1, "s.json", &err), DN_OK);
    assert_int_equal(dn_lexicon_finish(l2, &err), DN_OK);
    tokenize("Scholz");
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 1);
    assert_int_equal(idx, 0);
    tokenize("Smith"); /* two persons */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("May"); /* a common word */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("Jinping"); /* the family name comes first there */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("Xi"); /* ... and names the person alone */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 1);
    assert_int_equal(idx, 4);
    tokenize("Abeche"); /* a place's name */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("XIV"); /* a regnal number */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("Walker"); /* named in full only */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    tokenize("Nora Walker");
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 2);
    assert_int_equal(idx, 8);
    tokenize("scholz"); /* names match in their case */
    assert_int_equal(dn_lexicon_match_kind(l2, tk.tok, tk.n, 0, DN_LX_PERSON, &idx), 0);
    {
        /* every person of a surname, for a title before it: those named
         * in full only too, and the family name first in China */
        int out[4];
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Smith", 5, out, 4), 2);
        assert_int_equal(out[0], 1);
        assert_int_equal(out[1], 2);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Scholz", 6, out, 4), 2);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Walker", 6, out, 4), 1);
        assert_int_equal(out[0], 8);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Xi", 2, out, 4), 1);
        assert_int_equal(out[0], 4);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Jinping", 7, out, 4), 0);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Smit", 4, out, 4), 0);
        assert_int_equal(dn_lexicon_persons_of_surname(l2, "Smithson", 8, out, 4), 0);
    }
    dn_lexicon_free(l2);
}

/* A person's terms: dates, months or years, null while in office; the
 * holders of a role (or a fuller one: "secretary" fits "secretary of
 * state") of a state on a day; malformed terms rejected with the entry's
 * path. */
static void test_terms(void **state)
{
    static const char js[] =
        "{\"states\": [{\"name\": \"Erewhon\", \"iso3\": \"ERW\"}],"
        " \"persons\": [{\"name\": \"Ann Old\", \"state\": \"Erewhon\", \"role\": \"president\","
        "                \"terms\": [[\"1990-03\", \"1994-06-30\"], [\"2001\", \"2003\"]]},"
        "               {\"name\": \"Bo New\", \"state\": \"Erewhon\", \"role\": \"president\","
        "                \"terms\": [[\"1994-06-30\", null]]},"
        "               {\"name\": \"Cy Vice\", \"state\": \"Erewhon\","
        "                \"role\": \"vice president\", \"terms\": [[\"1990\", null]]},"
        "               {\"name\": \"Di Sec\", \"state\": \"Erewhon\","
        "                \"role\": \"secretary of state\", \"terms\": [[\"1990\", null]]},"
        "               {\"name\": \"Ed Unknown\", \"state\": \"Erewhon\", \"role\": \"president\"}]}";
    static const char *const bad[] = {
        "{\"persons\": [{\"name\": \"X\", \"terms\": \"1990\"}]}",
        "{\"persons\": [{\"name\": \"X\", \"terms\": [[\"1990\"]]}]}",
        "{\"persons\": [{\"name\": \"X\", \"terms\": [[\"1990-13\", null]]}]}",
        "{\"persons\": [{\"name\": \"X\", \"terms\": [[\"90\", null]]}]}",
        "{\"persons\": [{\"name\": \"X\", \"terms\": [[\"1995\", \"1990\"]]}]}",
        "{\"persons\": [{\"name\": \"X\", \"terms\": [[1990, null]]}]}"};
    dn_lexicon *l2 = dn_lexicon_new();
    dn_error err;
    long lo, hi;
    int out[4];
    (void)state;
    assert_int_equal(dn_date_bounds("1996-01-31", &lo, &hi), 1);
    assert_int_equal(lo, 19960131);
    assert_int_equal(hi, 19960131);
    assert_int_equal(dn_date_bounds("1996-01", &lo, &hi), 1);
    assert_int_equal(lo, 19960100);
    assert_int_equal(hi, 19960199);
    assert_int_equal(dn_date_bounds("1996", &lo, &hi), 1);
    assert_int_equal(lo, 19960000);
    assert_int_equal(hi, 19969999);
    assert_int_equal(dn_date_bounds("1996-1-31", &lo, &hi), 0);
    assert_int_equal(dn_date_bounds("1996-01-32", &lo, &hi), 0);
    assert_int_equal(dn_date_bounds("1996-01-31x", &lo, &hi), 0);
    dn_error_clear(&err);
    assert_non_null(l2);
    assert_int_equal(dn_lexicon_load_mem(l2, js, sizeof js - 1, "t.json", &err), DN_OK);
    assert_int_equal(dn_lexicon_finish(l2, &err), DN_OK);
    assert_int_equal(dn_lexicon_person_in_office(l2, 0, 19920505, 19920505), 1);
    assert_int_equal(dn_lexicon_person_in_office(l2, 0, 19900100, 19900199), 0); /* before March */
    assert_int_equal(dn_lexicon_person_in_office(l2, 0, 20020000, 20029999), 1);
    assert_int_equal(dn_lexicon_person_in_office(l2, 0, 19970101, 19970101), 0);
    assert_int_equal(dn_lexicon_person_in_office(l2, 4, 19970101, 19970101), -1);
    /* 1997: Bo New only (not the vice president, nor Ed, whose terms are
     * not known); the day of the handover: both; 2002: both */
    assert_int_equal(dn_lexicon_holders(l2, "president", 0, 19970101, 19970101, out, 4), 1);
    assert_int_equal(out[0], 1);
    assert_int_equal(dn_lexicon_holders(l2, "president", 0, 19940630, 19940630, out, 4), 2);
    assert_int_equal(dn_lexicon_holders(l2, "president", 0, 20020000, 20029999, out, 4), 2);
    assert_int_equal(dn_lexicon_holders(l2, "secretary", 0, 19970101, 19970101, out, 4), 1);
    assert_int_equal(out[0], 3);
    assert_int_equal(dn_lexicon_holders(l2, "secret", 0, 19970101, 19970101, out, 4), 0);
    dn_lexicon_free(l2);
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        dn_lexicon *l3 = dn_lexicon_new();
        assert_non_null(l3);
        dn_error_clear(&err);
        assert_int_equal(dn_lexicon_load_mem(l3, bad[k], strlen(bad[k]), "b.json", &err),
                         DN_EINVAL);
        assert_non_null(strstr(err.msg, "persons[0]"));
        assert_non_null(strstr(err.msg, "terms"));
        dn_lexicon_free(l3);
    }
}

/* A role fits a longer kind that begins with it ("secretary" fits
 * "secretary of state"), and "minister" any minister; "president" does
 * not fit "vice president". */
static void test_role_fits(void **state)
{
    (void)state;
    assert_true(dn_role_fits("secretary of state", "secretary"));
    assert_true(dn_role_fits("foreign minister", "minister"));
    assert_true(dn_role_fits("minister", "minister"));
    assert_false(dn_role_fits("vice president", "president"));
    assert_false(dn_role_fits("foreign minister", "prime minister"));
    assert_false(dn_role_fits("ministerial adviser", "minister"));
}

/* Word-list bits: the lists the lexicon reads itself (given_name_states,
 * surname_stop) take none; the others take one each while the
 * DN_LEX_LIST_BITS last, then none (never a bit another list or the
 * trigger bit holds); a word's mask has its lists' bits only. */
static void test_list_bits(void **state)
{
    char js[4096];
    size_t n = 0;
    dn_lexicon *l2 = dn_lexicon_new();
    dn_error err;
    (void)state;
    n += (size_t)snprintf(js + n, sizeof js - n,
                          "{\"words\": {\"given_name_states\": [\"X\"], \"surname_stop\": [\"May\"]");
    for (int k = 0; k < DN_LEX_LIST_BITS + 2; k++)
        n += (size_t)snprintf(js + n, sizeof js - n, ", \"l%d\": [\"w%d\", \"all\"]", k, k);
    n += (size_t)snprintf(js + n, sizeof js - n, "}}");
    assert_true(n < sizeof js);
    dn_error_clear(&err);
    assert_non_null(l2);
    assert_int_equal(dn_lexicon_load_mem(l2, js, n, "b.json", &err), DN_OK);
    assert_int_equal(dn_lexicon_finish(l2, &err), DN_OK);
    assert_int_equal(dn_lexicon_list_bit(l2, "given_name_states"), -1);
    assert_int_equal(dn_lexicon_list_bit(l2, "surname_stop"), -1);
    assert_int_equal(dn_lexicon_list_bit(l2, "l0"), 0);
    assert_int_equal(dn_lexicon_list_bit(l2, "l61"), DN_LEX_LIST_BITS - 1);
    assert_int_equal(dn_lexicon_list_bit(l2, "l62"), -1);
    assert_int_equal(dn_lexicon_list_bit(l2, "l63"), -1);
    assert_int_equal(dn_lexicon_word_mask(l2, "w3"), (dn_wordmask)1 << 3);
    /* bits past 31: the masks are 64 bits wide */
    assert_int_equal(dn_lexicon_word_mask(l2, "w40"), (dn_wordmask)1 << 40);
    assert_int_equal(dn_lexicon_word_mask(l2, "w62"), 0u);
    assert_int_equal(dn_lexicon_word_mask(l2, "all"), ((dn_wordmask)1 << DN_LEX_LIST_BITS) - 1);
    assert_false(dn_lexicon_word_mask(l2, "all") & DN_LEX_MASK_TRIGGER);
    assert_true(dn_lexicon_has_word(l2, "l63", "w63"));
    dn_lexicon_free(l2);
}

/* 1 when the hash h passes filter f. */
static int filter_passes(const dn_word_filter *f, unsigned long long h)
{
    unsigned long long bit = h >> f->shift;
    return (int)(f->bits[bit >> 6] >> (bit & 63) & 1);
}

/* A trigger's context and "unless" filters: every word of a list passes
 * its list's filter (a word stopped there would be a context word never
 * seen); 32 bits a word or more, so that few other words pass; an empty
 * list's filter lets nothing by. */
static void test_word_filters(void **state)
{
    char js[8192], words[4096];
    size_t n = 0, w = 0;
    int passed = 0;
    dn_lexicon *l2 = dn_lexicon_new();
    dn_error err;
    const dn_lex_trigger *t;
    (void)state;
    for (int k = 0; k < 100; k++)
        w += (size_t)snprintf(words + w, sizeof words - w, "%s\"c%d\"", k ? ", " : "", k);
    n = (size_t)snprintf(js, sizeof js,
                         "{\"triggers\": [{\"name\": \"a\", \"type\": \"accusation\","
                         " \"forms\": [\"accused\"], \"context\": [%s],"
                         " \"unless\": [\"rumours\", \"Denied\"]},"
                         " {\"name\": \"b\", \"type\": \"appeal\", \"forms\": [\"urged\"]}]}",
                         words);
    assert_true(n < sizeof js);
    dn_error_clear(&err);
    assert_non_null(l2);
    assert_int_equal(dn_lexicon_load_mem(l2, js, n, "f.json", &err), DN_OK);
    assert_int_equal(dn_lexicon_finish(l2, &err), DN_OK);
    t = dn_lexicon_trigger(l2, 0);
    assert_int_equal(t->n_context, 100);
    assert_true(((size_t)1 << (64 - t->context_filter.shift)) >= 32 * 100);
    tokenize(words);
    for (size_t i = 0; i < tk.n; i++)
        if (tk.tok[i].flags & DN_TOK_WORD)
            assert_true(filter_passes(&t->context_filter, tk.tok[i].hlower));
    tokenize("rumours denied DENIED");
    for (size_t i = 0; i < tk.n; i++)
        assert_true(filter_passes(&t->unless_filter, tk.tok[i].hlower));
    /* other words: about one in 32 passes */
    for (int k = 0; k < 1000; k++) {
        char o[16];
        snprintf(o, sizeof o, "o%d", k);
        tokenize(o);
        passed += filter_passes(&t->context_filter, tk.tok[0].hlower);
    }
    assert_true(passed < 100);
    t = dn_lexicon_trigger(l2, 1);
    assert_int_equal(t->n_context, 0);
    tokenize("accused urged rumours c1");
    for (size_t i = 0; i < tk.n; i++) {
        assert_false(filter_passes(&t->context_filter, tk.tok[i].hlower));
        assert_false(filter_passes(&t->unless_filter, tk.tok[i].hlower));
    }
    dn_lexicon_free(l2);
}

static void test_long_form(void **state)
{
    dn_lex_ref refs[8];
    size_t nr, l;
    int idx;
    (void)state;
    tokenize("the " LONG_FORM " met");
    l = dn_lexicon_match(lx, tk.tok, tk.n, 1, refs, 8, &nr);
    assert_int_equal(l, 33);
    assert_int_equal(nr, 1);
    assert_int_equal(refs[0].kind, DN_LX_ORG);
    l = dn_lexicon_match_kind(lx, tk.tok, tk.n, 1, DN_LX_ORG, &idx);
    assert_int_equal(l, 33);
    assert_int_equal(idx, 0);
    /* one word short: no form */
    tokenize("the Grand Council of the One Two Three");
    assert_int_equal(dn_lexicon_match(lx, tk.tok, tk.n, 1, refs, 8, &nr), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_info_agrees),
        cmocka_unit_test(test_masks_and_triggers),
        cmocka_unit_test(test_surnames),
        cmocka_unit_test(test_terms),
        cmocka_unit_test(test_role_fits),
        cmocka_unit_test(test_list_bits),
        cmocka_unit_test(test_one_byte_tokens),
        cmocka_unit_test(test_longest_and_case),
        cmocka_unit_test(test_second_word_and_kinds),
        cmocka_unit_test(test_long_form),
        cmocka_unit_test(test_word_filters),
        cmocka_unit_test(test_find_by_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
