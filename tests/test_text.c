/*
 * test_text.c - the text layer: sentence splitting (abbreviations, initials,
 * bullets, numbered items, headings, quotations over several paragraphs),
 * tokens (normalised quotes and dashes, possessives, offsets into the
 * original bytes, all-caps lines), the document-level tokeniser (the same
 * tokens as sentence by sentence) and UTF-8 repair.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/text.h"
#include "util/util.h"

typedef struct split {
    dn_sentence *s;
    size_t n;
} split;

static split do_split(const char *t)
{
    split r = {NULL, 0};
    dn_error err;
    dn_error_clear(&err);
    assert_int_equal(dn_text_split(t, strlen(t), &r.s, &r.n, &err), DN_OK);
    return r;
}

static void assert_sent(const char *t, const dn_sentence *s, const char *want)
{
    size_t n = strlen(want);
    assert_int_equal(s->end - s->start, n);
    assert_memory_equal(t + s->start, want, n);
}

static void abbreviations_do_not_split(void **state)
{
    const char *t = "Mr. Blinken met Gen. Smith in the U.S. on Sept. 13 and No. 5 "
                    "was J. R. Doe's. Then Armenia appealed.";
    const char *t2 = "Misri met Md. Jashim Uddin. Then Armenia appealed.";
    split r = do_split(t);
    (void)state;
    assert_int_equal(r.n, 2);
    assert_sent(t, &r.s[0], "Mr. Blinken met Gen. Smith in the U.S. on Sept. 13 and No. 5 "
                            "was J. R. Doe's.");
    assert_sent(t, &r.s[1], "Then Armenia appealed.");
    free(r.s);
    /* a given name written short */
    r = do_split(t2);
    assert_int_equal(r.n, 2);
    assert_sent(t2, &r.s[0], "Misri met Md. Jashim Uddin.");
    free(r.s);
}

static void bullets_numbers_and_headings(void **state)
{
    const char *t = "Military actions on the border\n\n"
                    "\xE2\x97\x8F The Security Council met. It appealed to Russia.\n"
                    "1. Kang spoke by phone.\n"
                    "- Chad withdraws its ambassador\n"
                    "What is known so far\n";
    split r = do_split(t);
    (void)state;
    assert_int_equal(r.n, 6);
    assert_sent(t, &r.s[0], "Military actions on the border");
    assert_true(r.s[0].flags & DN_SENT_HEADING);
    assert_sent(t, &r.s[1], "The Security Council met.");
    assert_sent(t, &r.s[2], "It appealed to Russia.");
    assert_sent(t, &r.s[3], "Kang spoke by phone.");
    assert_sent(t, &r.s[4], "Chad withdraws its ambassador");
    assert_sent(t, &r.s[5], "What is known so far");
    assert_int_equal(r.s[3].para, 2);
    free(r.s);
}

static void lowercase_after_stop_continues(void **state)
{
    const char *t = "The rate was 2.5 p.c. higher. it went on. Done.";
    split r = do_split(t);
    (void)state;
    assert_int_equal(r.n, 2);
    assert_sent(t, &r.s[0], "The rate was 2.5 p.c. higher. it went on.");
    free(r.s);
}

/* A paragraph opening a quote that never closes continues it in the next
 * paragraph, as in the seed article; a paragraph with no quote resets. */
static void quotation_over_paragraphs(void **state)
{
    const char *t = "In the words of the ministry:\n\n"
                    "\xE2\x80\x9C" "First paragraph. Still quoted.\n\n"
                    "\xE2\x80\x9C" "Second paragraph.\xE2\x80\x9D\n\n"
                    "Not quoted.\n";
    split r = do_split(t);
    (void)state;
    assert_int_equal(r.n, 5);
    assert_true(r.s[0].flags & DN_SENT_COLON);
    assert_false(r.s[0].flags & DN_SENT_QUOTED);
    assert_false(r.s[1].flags & DN_SENT_QUOTED); /* opens the quote itself */
    assert_true(r.s[2].flags & DN_SENT_QUOTED);
    assert_true(r.s[3].flags & DN_SENT_QUOTED);
    assert_true(r.s[3].flags & DN_SENT_QUOTE_CONT);
    assert_false(r.s[4].flags & DN_SENT_QUOTED);
    free(r.s);
}

static void tokens_normalise_and_keep_offsets(void **state)
{
    const char *t = "Russia\xE2\x80\x99s \xE2\x80\x9C" "Armenian-Azerbaijani\xE2\x80\x9D border \xE2\x80\x93 U.S. didn't.";
    dn_tokens tk;
    (void)state;
    dn_tokens_init(&tk);
    assert_int_equal(dn_tokenize(&tk, t, 0, strlen(t), 0, 0), DN_OK);
    assert_int_equal(tk.n, 10);
    assert_string_equal(tk.tok[0].text, "Russia");
    assert_string_equal(tk.tok[1].text, "'s");
    assert_int_equal(tk.tok[1].start, 6);
    assert_int_equal(tk.tok[1].end, 10); /* the curly apostrophe is 3 bytes */
    assert_string_equal(tk.tok[2].text, "\"");
    assert_true(tk.tok[2].flags & DN_TOK_OPENQ);
    assert_string_equal(tk.tok[3].text, "Armenian-Azerbaijani");
    assert_true(tk.tok[3].flags & DN_TOK_QUOTE);
    assert_true(tk.tok[4].flags & DN_TOK_CLOSEQ);
    assert_false(tk.tok[5].flags & DN_TOK_QUOTE);
    assert_string_equal(tk.tok[5].lower, "border");
    assert_string_equal(tk.tok[6].text, "-");
    assert_string_equal(tk.tok[7].text, "U.S.");
    assert_string_equal(tk.tok[8].text, "didn't");
    assert_memory_equal(t + tk.tok[3].start, "Armenian-Azerbaijani", 20);
    /* curly quotes: 3 bytes each, their flags exactly */
    assert_int_equal(tk.tok[2].start, 11);
    assert_int_equal(tk.tok[2].end, 14);
    assert_int_equal(tk.tok[2].flags, DN_TOK_OPENQ | DN_TOK_QUOTE);
    assert_int_equal(tk.tok[4].end - tk.tok[4].start, 3);
    assert_int_equal(tk.tok[4].flags, DN_TOK_CLOSEQ | DN_TOK_QUOTE);
    assert_true(tk.tok[2].htext == tk.tok[4].htext);
    /* a closing quote that ends the span, and a quote cut short by it */
    assert_int_equal(dn_tokenize(&tk, "a\xE2\x80\x9D", 0, 4, 1, 0), DN_OK);
    assert_int_equal(tk.n, 2);
    assert_int_equal(tk.tok[1].flags, DN_TOK_CLOSEQ | DN_TOK_QUOTE);
    assert_int_equal(tk.tok[1].end, 4);
    assert_false(tk.tok[1].flags & DN_TOK_OPENQ);
    assert_int_equal(dn_tokenize(&tk, "a\xE2\x80\x9D", 0, 3, 0, 0), DN_OK);
    assert_int_equal(tk.n, 1); /* invalid bytes separate, make no token */
    dn_tokens_free(&tk);
}

static void caps_lines_are_title_cased(void **state)
{
    const char *t = "ANTONY BLINKEN, US SECRETARY OF STATE";
    dn_tokens tk;
    (void)state;
    dn_tokens_init(&tk);
    assert_int_equal(dn_tokenize(&tk, t, 0, strlen(t), 0, 1), DN_OK);
    assert_int_equal(tk.n, 7);
    assert_string_equal(tk.tok[0].text, "Antony");
    assert_string_equal(tk.tok[1].text, "Blinken");
    assert_string_equal(tk.tok[3].text, "US");
    assert_string_equal(tk.tok[5].text, "of");
    assert_true(tk.tok[0].flags & DN_TOK_UPPER);
    dn_tokens_free(&tk);
}

/* Every field of a token of dn_tokenize_sentences equals the one of
 * dn_tokenize on the sentence alone, and the hashes are those of the
 * strings. */
static void assert_same_tokens(const dn_token *a, const dn_token *b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(a[k].start, b[k].start);
        assert_int_equal(a[k].end, b[k].end);
        assert_string_equal(a[k].text, b[k].text);
        assert_string_equal(a[k].lower, b[k].lower);
        assert_int_equal(a[k].len, b[k].len);
        assert_int_equal(a[k].len, strlen(a[k].text));
        assert_int_equal(a[k].len, strlen(a[k].lower));
        assert_true(a[k].htext == b[k].htext);
        assert_true(a[k].hlower == b[k].hlower);
        assert_true(a[k].htext == dn_hash_bytes(a[k].text, a[k].len, 0));
        assert_true(a[k].hlower == dn_hash_bytes(a[k].lower, a[k].len, 0));
        assert_int_equal(a[k].flags, b[k].flags);
    }
}

static void sentences_tokenised_at_once_as_one_by_one(void **state)
{
    const char *t =
        "PRESIDENT'S ADDRESS TO THE U.N. ASSEMBLY\n"
        "Russia\xE2\x80\x99s envoy said: \xE2\x80\x9CThe U.S. didn't act.\xE2\x80\x9D Mr. Lavrov's "
        "aide \xE2\x80\x93 and the EU's \xC3\x89lys\xC3\xA9" "e \xE2\x80\x94 agreed\xE2\x80\xA6\n"
        "\xE2\x80\x9C" "Armenian-Azerbaijani talks are \xFF\xC3 over, \"he said\". 'Yes', e.g. "
        "Rwanda\xE2\x80\x93" "Congo.\n"
        "\xE2\x80\xA2 NATO\xC2\xA0" "AND \xCE\x91\xCE\x92\xCE\x93 IN KYIV\n"
        "a\tb\x01" "c 1.5 J. Smith U.S.A. x.y '' \xE2\x80\x98quoted\xE2\x80\x99 dogs' bones.";
    split r = do_split(t);
    dn_tokens all, one;
    size_t *first = malloc((r.n + 1) * sizeof *first);
    (void)state;
    assert_non_null(first);
    assert_true(r.n >= 5);
    dn_tokens_init(&all);
    dn_tokens_init(&one);
    assert_int_equal(dn_tokenize_sentences(&all, t, r.s, r.n, first), DN_OK);
    assert_int_equal(first[0], 0);
    assert_int_equal(first[r.n], all.n);
    for (size_t i = 0; i < r.n; i++) {
        assert_int_equal(dn_tokenize(&one, t, r.s[i].start, r.s[i].end,
                                     (r.s[i].flags & DN_SENT_QUOTED) != 0,
                                     (r.s[i].flags & DN_SENT_CAPS) != 0),
                         DN_OK);
        assert_int_equal(first[i + 1] - first[i], one.n);
        assert_same_tokens(all.tok + first[i], one.tok, one.n);
    }
    /* the caps heading is title-cased, its short words kept or lowered */
    assert_string_equal(all.tok[0].text, "President");
    assert_string_equal(all.tok[1].text, "'s");
    assert_string_equal(all.tok[3].text, "to");
    assert_string_equal(all.tok[5].text, "U.N.");
    assert_string_equal(all.tok[5].lower, "u.n.");
    /* the arrays are reused: a second, smaller call */
    assert_int_equal(dn_tokenize_sentences(&all, t, r.s + 1, 1, first), DN_OK);
    assert_int_equal(first[1], all.n);
    assert_int_equal(dn_tokenize(&one, t, r.s[1].start, r.s[1].end,
                                 (r.s[1].flags & DN_SENT_QUOTED) != 0, 0),
                     DN_OK);
    assert_int_equal(all.n, one.n);
    assert_same_tokens(all.tok, one.tok, one.n);
    /* no sentences, no tokens */
    assert_int_equal(dn_tokenize_sentences(&all, t, r.s, 0, first), DN_OK);
    assert_int_equal(all.n, 0);
    assert_int_equal(first[0], 0);
    dn_tokens_free(&all);
    dn_tokens_free(&one);
    free(first);
    free(r.s);
}

/* The printable run stops at the first byte dn_utf8_clean would change,
 * wherever it falls in the 8-byte steps; a tab belongs to the run. */
static void printable_run_stops_at_the_first_unclean_byte(void **state)
{
    char buf[40];
    (void)state;
    assert_int_equal(dn_utf8_printable_run("", 0), 0);
    assert_int_equal(dn_utf8_printable_run("abc\tdef", 7), 7);
    for (size_t at = 0; at < sizeof buf; at++) {
        const char bad[] = {'\x01', '\x7f', '\xc3', '\n'};
        for (size_t b = 0; b < sizeof bad; b++) {
            memset(buf, 'a', sizeof buf);
            buf[at] = bad[b];
            assert_int_equal(dn_utf8_printable_run(buf, sizeof buf), at);
        }
        memset(buf, 'a', sizeof buf);
        buf[at] = '\t';
        assert_int_equal(dn_utf8_printable_run(buf, sizeof buf), sizeof buf);
    }
}

/* The same for strings of every length up to 40 (the short ones and the
 * last, overlapping block take their own paths), with a second unclean
 * byte after the first and one just past the end, which must not count. */
static void printable_run_of_every_length(void **state)
{
    char buf[48];
    (void)state;
    for (size_t n = 0; n <= 40; n++) {
        memset(buf, 'b', sizeof buf);
        buf[n] = '\x02'; /* past the end */
        assert_int_equal(dn_utf8_printable_run(buf, n), n);
        for (size_t at = 0; at < n; at++) {
            memset(buf, 'b', sizeof buf);
            buf[n] = '\x02';
            buf[at] = '\x80';
            if (at + 3 < n)
                buf[at + 3] = '\x1f';
            assert_int_equal(dn_utf8_printable_run(buf, n), at);
        }
    }
}

static void utf8_repair(void **state)
{
    static const char in[] = "ok \xC3\xA9 \xFF \xC3 \xED\xA0\x80 \xF0\x9F\x98\x80\x01";
    char *c = dn_utf8_clean(in, sizeof in - 1);
    unsigned cp;
    (void)state;
    assert_non_null(c);
    assert_string_equal(c, "ok \xC3\xA9 \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
                           "\xF0\x9F\x98\x80 ");
    free(c);
    assert_int_equal(dn_utf8_decode((const unsigned char *)"\xE2\x80\x9C", 3, &cp), 3);
    assert_int_equal(cp, 0x201C);
    assert_int_equal(dn_utf8_decode((const unsigned char *)"\xE2\x80", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(dn_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
}

static void long_sentences_are_cut(void **state)
{
    size_t len = 3 * DN_SENT_MAX;
    char *t = malloc(len + 1);
    split r;
    (void)state;
    assert_non_null(t);
    for (size_t i = 0; i < len; i++)
        t[i] = (i % 6 == 5) ? ' ' : 'a';
    t[len] = '\0';
    r = do_split(t);
    assert_true(r.n >= 3 && r.n <= 4);
    for (size_t i = 0; i < r.n; i++)
        assert_true(r.s[i].end - r.s[i].start <= DN_SENT_MAX + 8);
    free(r.s);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(abbreviations_do_not_split),
        cmocka_unit_test(bullets_numbers_and_headings),
        cmocka_unit_test(lowercase_after_stop_continues),
        cmocka_unit_test(quotation_over_paragraphs),
        cmocka_unit_test(tokens_normalise_and_keep_offsets),
        cmocka_unit_test(caps_lines_are_title_cased),
        cmocka_unit_test(sentences_tokenised_at_once_as_one_by_one),
        cmocka_unit_test(printable_run_stops_at_the_first_unclean_byte),
        cmocka_unit_test(printable_run_of_every_length),
        cmocka_unit_test(utf8_repair),
        cmocka_unit_test(long_sentences_are_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
