/*
 * test_regress_json.c - regression tests for defects the fuzzers found in
 * the JSON layer (src/util/json.c, src/io/graph_json.c). Each test feeds the
 * exact input that crashed, in a buffer of exactly its length with no NUL
 * after it (as dn_graph_parse_json's contract allows), so that ASan
 * (make check SAN=1) and valgrind (make check VALGRIND=1) see any read past
 * the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dipnet/io.h"

/* Parses the n bytes of s from a heap copy with nothing after them. */
static int parse_exact(const char *s, size_t n, dn_graph **g, dn_error *err)
{
    char *copy = malloc(n ? n : 1);
    int rc;

    assert_non_null(copy);
    memcpy(copy, s, n);
    dn_error_clear(err);
    rc = dn_graph_parse_json(copy, n, "in.json", g, err);
    free(copy);
    return rc;
}

/* fuzz crash 1: a file of white space only was measured with strspn,
 * which reads up to a NUL the buffer does not have (heap-buffer-overflow in
 * dn_json_parse). It must be "empty file" without reading past the end. */
static void white_space_only_unterminated(void **state)
{
    static const char *const inputs[] = {" ", "\n", " \t\r\n  ", ""};
    (void)state;
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        dn_graph *g = (dn_graph *)1;
        dn_error err;
        int rc = parse_exact(inputs[i], strlen(inputs[i]), &g, &err);
        assert_int_equal(rc, DN_EPARSE);
        assert_null(g);
        assert_string_equal(err.msg, "empty file, JSON expected");
    }
}

/* Trailing white space and trailing text after a value, unterminated. */
static void trailing_text_unterminated(void **state)
{
    static const char ok[] = "{\"nodes\": []}  \n";
    static const char bad[] = "{\"nodes\": []} x";
    dn_graph *g = NULL;
    dn_error err;
    (void)state;
    assert_int_equal(parse_exact(ok, sizeof ok - 1, &g, &err), DN_OK);
    assert_non_null(g);
    assert_int_equal(g->n_nodes, 0);
    dn_graph_free(g);
    assert_int_equal(parse_exact(bad, sizeof bad - 1, &g, &err), DN_EPARSE);
    assert_null(g);
    assert_non_null(strstr(err.msg, "unexpected text after the JSON value"));
    assert_int_equal(err.line, 1);
    assert_int_equal(err.column, 15);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(white_space_only_unterminated),
        cmocka_unit_test(trailing_text_unterminated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
