/*
 * fuzz_common.h - what the libFuzzer harnesses share: a check that aborts
 * with a message (so that libFuzzer saves the input as a crash), and
 * writing into a memory buffer through open_memstream.
 */
#ifndef DN_FUZZ_COMMON_H
#define DN_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond, ...)                                               \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "fuzz check failed at %s:%d: %s: ", __FILE__,   \
                    __LINE__, #cond);                                       \
            fprintf(stderr, __VA_ARGS__);                                   \
            fputc('\n', stderr);                                            \
            abort();                                                        \
        }                                                                   \
    } while (0)

/* An error the library reported must be complete: a code and a message. */
static inline void fuzz_check_error(const dn_error *err, int rc)
{
    FUZZ_CHECK(rc != 0 && err->code == rc, "rc %d, err.code %d", rc,
               err->code);
    FUZZ_CHECK(err->msg[0] != '\0', "empty error message (code %d)", rc);
}

#endif
