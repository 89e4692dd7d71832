/*
 * error.c - dn_error: recording a failure with its place, formatting it,
 * and mapping it to an exit status. See include/dipnet/error.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dipnet/error.h"

void dn_error_clear(dn_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

int dn_error_set(dn_error *err, int code, const char *file, long line,
                 long column, const char *fmt, ...)
{
    va_list ap;

    if (!err || err->code != DN_OK)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *dn_error_format(const dn_error *err, char *buf, size_t size)
{
    size_t n = 0;

    if (!size)
        return buf;
    buf[0] = '\0';
    if (!err)
        return buf;
    if (err->file[0]) {
        n += (size_t)snprintf(buf, size, "%s:", err->file);
        if (err->line > 0 && n < size)
            n += (size_t)snprintf(buf + n, size - n, "%ld:", err->line);
        if (err->line > 0 && err->column > 0 && n < size)
            n += (size_t)snprintf(buf + n, size - n, "%ld:", err->column);
        if (n < size)
            n += (size_t)snprintf(buf + n, size - n, " ");
    }
    if (n < size)
        snprintf(buf + n, size - n, "%s",
                 err->msg[0] ? err->msg : dn_strerror(err->code));
    return buf;
}

int dn_error_exit_code(const dn_error *err)
{
    if (!err || err->code == DN_OK)
        return 0;
    switch (err->code) {
    case DN_EPARSE:
    case DN_EINVAL:
    case DN_ELIMIT:
    case DN_EUSAGE:
        return 2;
    default:
        return 1;
    }
}

const char *dn_strerror(int code)
{
    switch (code) {
    case DN_OK: return "ok";
    case DN_ENOMEM: return "out of memory";
    case DN_EIO: return "input/output error";
    case DN_EPARSE: return "parse error";
    case DN_EINVAL: return "invalid input";
    case DN_ELIMIT: return "input exceeds a limit";
    case DN_EUSAGE: return "usage error";
    case DN_EEXTERNAL: return "library failure";
    default: return "unknown error";
    }
}
