/*
 * test_regress_text.c - regression tests for defects the text fuzzer
 * (fuzz/fuzz_text.c) found in src/text/text.c. Inputs sit in heap buffers
 * of exactly their length, so that ASan and valgrind see reads past the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/text.h"

static char *exact(const char *s, size_t n)
{
    char *p = malloc(n ? n : 1);
    assert_non_null(p);
    memcpy(p, s, n);
    return p;
}

/* fuzz crash 2: a line ending in a stop and spaces ("... U.S.  ") made the
 * splitter decode the character after the spaces, one byte past the end of
 * the text (heap-buffer-overflow in dn_utf8_decode from split_line). */
static void stop_then_spaces_at_end(void **state)
{
    static const char *const inputs[] = {"He met U.S.  ", "Talks ended.  ",
                                         "Why? \t", "A. "};
    (void)state;
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        size_t len = strlen(inputs[i]), n = 0;
        char *t = exact(inputs[i], len);
        dn_sentence *s = NULL;
        dn_error err;
        dn_error_clear(&err);
        assert_int_equal(dn_text_split(t, len, &s, &n, &err), DN_OK);
        assert_int_equal(n, 1);
        assert_int_equal(s[0].start, 0);
        /* trailing space trimmed: the sentence ends at the stop */
        assert_true(s[0].end <= len);
        assert_true(t[s[0].end - 1] == '.' || t[s[0].end - 1] == '?');
        free(s);
        free(t);
    }
}

/* fuzz find 3: dn_utf8_clean copied a lone 0xEF byte unchanged (it was
 * excepted from replacement), so "clean" text carried invalid UTF-8 into
 * evidence and the graph file. Every invalid byte becomes U+FFFD; a real
 * U+FFFD and a byte order mark (both start with 0xEF) stay as they are. */
static void lone_ef_is_replaced(void **state)
{
    static const char in[] = "a\xEF" "b \xEF\xBF\xBD \xEF\xBB\xBF \xEF";
    static const char want[] = "a\xEF\xBF\xBD" "b \xEF\xBF\xBD \xEF\xBB\xBF "
                               "\xEF\xBF\xBD";
    char *t = exact(in, sizeof in - 1);
    char *c = dn_utf8_clean(t, sizeof in - 1);
    (void)state;
    assert_non_null(c);
    assert_string_equal(c, want);
    free(c);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stop_then_spaces_at_end),
        cmocka_unit_test(lone_ef_is_replaced),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
