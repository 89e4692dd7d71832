/*
 * capture.c - the writer capture of capture.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "support/capture.h"

char *capture(capture_writer w, dn_graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dn_error err;

    dn_error_clear(&err);
    assert_non_null(f);
    assert_int_equal(w(g, f, &err), DN_OK);
    fclose(f);
    return buf;
}
