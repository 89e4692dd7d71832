/*
 * dipnet/error.h - how the library reports failure.
 *
 * Every dipnet function that can fail returns an int status (DN_OK is 0) and
 * fills a caller-owned dn_error with a message and, where it applies, the
 * file, line and column the failure refers to. The library never prints and
 * never exits; the command-line tool turns a dn_error into a message on
 * stderr ("FILE:LINE:COL: message") and an exit status (dn_error_exit_code).
 */
#ifndef DIPNET_ERROR_H
#define DIPNET_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. Bad input (syntax, validation, limits, usage) maps to exit
 * status 2; everything else (memory, I/O, library failures) to exit 1. */
enum {
    DN_OK = 0,
    DN_ENOMEM,   /* out of memory */
    DN_EIO,      /* a file could not be read or written */
    DN_EPARSE,   /* malformed input: JSON syntax, CSV syntax */
    DN_EINVAL,   /* well-formed input with wrong content: validation */
    DN_ELIMIT,   /* input larger or deeper than a documented limit */
    DN_EUSAGE,   /* wrong options or arguments */
    DN_EEXTERNAL /* igraph, Graphviz or another library failed */
};

#define DN_ERROR_MSG_MAX 1024
#define DN_ERROR_FILE_MAX 512

typedef struct dn_error {
    int code;                     /* DN_OK when no error has been recorded */
    char file[DN_ERROR_FILE_MAX]; /* file the error refers to, or "" */
    long line;                    /* 1-based line, or 0 when unknown */
    long column;                  /* 1-based column, or 0 when unknown */
    char msg[DN_ERROR_MSG_MAX];   /* the message, without file and place */
} dn_error;

/* Resets err to "no error". Accepts NULL. */
void dn_error_clear(dn_error *err);

/* Records an error and returns code, so that "return dn_error_set(...)"
 * reads naturally. file may be NULL; line/column 0 mean unknown. The first
 * error recorded wins: a second call on an error already set is ignored, so
 * that the innermost, most precise message reaches the user. Accepts a NULL
 * err (then only returns code). */
int dn_error_set(dn_error *err, int code, const char *file, long line,
                 long column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Formats "file:line:column: msg" (parts that are unknown are left out)
 * into buf; returns buf. */
const char *dn_error_format(const dn_error *err, char *buf, size_t size);

/* 2 for bad input and usage (DN_EPARSE, DN_EINVAL, DN_ELIMIT, DN_EUSAGE),
 * 1 for any other failure, 0 for DN_OK. */
int dn_error_exit_code(const dn_error *err);

/* A short name for a status code ("parse error", "out of memory", ...). */
const char *dn_strerror(int code);

#ifdef __cplusplus
}
#endif
#endif
