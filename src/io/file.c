/*
 * file.c - reading whole input files safely and writing output atomically.
 *
 * dn_read_file refuses directories and oversized files before reading a
 * byte. dn_out writes a regular-file target through "DIR/.NAME.XXXXXX"
 * (mkstemp in the target's directory) and renames it into place on commit,
 * so a failed or interrupted run leaves the previous file untouched. Other
 * targets (stdout, pipes, /dev/null, /dev/stdout) are written directly.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dipnet/io.h"
#include "util/util.h"

/* The checks made before a byte is read: a directory is refused, and a
 * regular file larger than max. DN_OK to read on. */
static int check_stat(const struct stat *st, const char *name, size_t max, dn_error *err)
{
    if (S_ISDIR(st->st_mode))
        return dn_error_set(err, DN_EINVAL, name, 0, 0, "is a directory, not a file");
    if (S_ISREG(st->st_mode) && (size_t)st->st_size > max)
        return dn_error_set(err, DN_ELIMIT, name, 0, 0,
                            "file of %lld bytes exceeds the limit of "
                            "%zu bytes", (long long)st->st_size, max);
    return DN_OK;
}

/* Standard input, through stdio (a second call finds it at its end, as
 * stdio keeps it). */
static int read_stdin(size_t max, char **data, size_t *len, dn_error *err)
{
    const char *name = "<stdin>";
    FILE *f = stdin;
    struct stat st = {0};
    dn_buf b;
    char chunk[65536];
    size_t n;
    int rc;

    if (fstat(fileno(f), &st) == 0 && (rc = check_stat(&st, name, max, err)) != DN_OK)
        return rc;
    dn_buf_init(&b);
    /* a regular file's size is known: one allocation instead of doubling */
    if (S_ISREG(st.st_mode) && st.st_size > 0 &&
        dn_grow((void **)&b.data, &b.cap, (size_t)st.st_size + 1, 1) != 0)
        b.oom = 1;
    while (!b.oom && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max) {
            dn_buf_free(&b);
            return dn_error_set(err, DN_ELIMIT, name, 0, 0,
                                "input exceeds the limit of %zu bytes", max);
        }
        dn_buf_append(&b, chunk, n);
        if (b.oom)
            break;
    }
    if (ferror(f) || b.oom) {
        int oom = b.oom;
        int e = errno;
        dn_buf_free(&b);
        if (oom)
            return dn_error_set(err, DN_ENOMEM, name, 0, 0, "out of memory");
        return dn_error_set(err, DN_EIO, name, 0, 0, "read error: %s",
                            strerror(e));
    }
    *len = b.len;
    *data = dn_buf_take(&b);
    if (!*data)
        return dn_error_set(err, DN_ENOMEM, name, 0, 0, "out of memory");
    return DN_OK;
}

/* A named file, read with read(2) straight into the buffer returned: a
 * run over thousands of small articles paid, per article, stdio's FILE
 * and buffer (a malloc and a free each), fread's copy into a 64 KB chunk
 * and dn_buf's copy out of it, some 2,500 instructions for 2 KB of text.
 * The same checks, bytes and messages as through stdio. A regular file's
 * size sizes the buffer (and its NUL); the read that finds the end, or
 * bytes the file gained meanwhile, goes to a small chunk, copied in only
 * when it holds bytes. Reads stop one byte past max at most. */
static int read_path(const char *path, size_t max, char **data, size_t *len, dn_error *err)
{
    int fd = open(path, O_RDONLY);
    struct stat st = {0};
    char *buf = NULL, chunk[4096];
    size_t n = 0, cap;
    int rc = DN_OK;

    if (fd < 0)
        return dn_error_set(err, DN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    if (fstat(fd, &st) == 0 && (rc = check_stat(&st, path, max, err)) != DN_OK)
        goto done;
    cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 1;
    if (!(buf = malloc(cap)))
        goto nomem;
    for (;;) {
        /* into the buffer while it has room, else into the chunk; never
         * more than one byte past max in all */
        int in_buf = n + 1 < cap;
        size_t want = in_buf ? cap - 1 - n : sizeof chunk;
        ssize_t r;
        if (want - 1 >= max - n)
            want = max - n + 1;
        r = read(fd, in_buf ? buf + n : chunk, want);
        if (r < 0) {
            rc = dn_error_set(err, DN_EIO, path, 0, 0, "read error: %s", strerror(errno));
            goto done;
        }
        if (r == 0)
            break;
        if (n + (size_t)r > max) {
            rc = dn_error_set(err, DN_ELIMIT, path, 0, 0,
                              "input exceeds the limit of %zu bytes", max);
            goto done;
        }
        if (!in_buf) {
            if (dn_grow((void **)&buf, &cap, n + (size_t)r + 1, 1) != 0)
                goto nomem;
            memcpy(buf + n, chunk, (size_t)r);
        }
        n += (size_t)r;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    buf = NULL;
    goto done;
nomem:
    rc = dn_error_set(err, DN_ENOMEM, path, 0, 0, "out of memory");
done:
    free(buf);
    close(fd);
    return rc;
}

int dn_read_file(const char *path, size_t max, char **data, size_t *len,
                 dn_error *err)
{
    *data = NULL;
    *len = 0;
    return strcmp(path, "-") == 0 ? read_stdin(max, data, len, err)
                                  : read_path(path, max, data, len, err);
}

struct dn_out {
    FILE *f;
    char *target;  /* final path, NULL for standard output */
    char *tmp;     /* temporary path, NULL when writing directly */
    int own;       /* f must be closed */
};

const char *dn_out_name(const dn_out *o)
{
    return o->target ? o->target : "<stdout>";
}

dn_out *dn_out_open(const char *path, dn_error *err)
{
    dn_out *o = calloc(1, sizeof *o);
    struct stat st;

    if (!o) {
        dn_error_set(err, DN_ENOMEM, path, 0, 0, "out of memory");
        return NULL;
    }
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        return o;
    }
    if (!(o->target = dn_strdup(path)))
        goto nomem;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        dn_error_set(err, DN_EUSAGE, path, 0, 0,
                     "is a directory; give a file name");
        goto fail;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device, a pipe, a socket: write directly, never replace */
        o->f = fopen(path, "wb");
        if (!o->f) {
            dn_error_set(err, DN_EIO, path, 0, 0, "cannot open for writing: %s",
                         strerror(errno));
            goto fail;
        }
        o->own = 1;
        return o;
    }
    {
        const char *slash = strrchr(path, '/');
        size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
        const char *base = slash ? slash + 1 : path;
        dn_buf b;
        int fd;

        dn_buf_init(&b);
        dn_buf_append(&b, path, dirlen);
        dn_buf_printf(&b, ".%s.XXXXXX", base);
        if (!(o->tmp = dn_buf_take(&b)))
            goto nomem;
        fd = mkstemp(o->tmp);
        if (fd < 0) {
            dn_error_set(err, DN_EIO, path, 0, 0,
                         "cannot create a file in its directory: %s",
                         strerror(errno));
            free(o->tmp);
            o->tmp = NULL;
            goto fail;
        }
        /* mkstemp makes the file 0600; give it the usual permissions */
        {
            mode_t um = umask(0);
            umask(um);
            if (stat(path, &st) == 0)
                fchmod(fd, st.st_mode & 07777);
            else
                fchmod(fd, 0666 & ~um);
        }
        o->f = fdopen(fd, "wb");
        if (!o->f) {
            close(fd);
            goto nomem;
        }
        o->own = 1;
    }
    return o;
nomem:
    dn_error_set(err, DN_ENOMEM, path, 0, 0, "out of memory");
fail:
    dn_out_abort(o);
    return NULL;
}

FILE *dn_out_file(dn_out *o)
{
    return o->f;
}

static void out_free(dn_out *o)
{
    free(o->target);
    free(o->tmp);
    free(o);
}

int dn_out_commit(dn_out *o, dn_error *err)
{
    int rc = DN_OK;
    const char *name = dn_out_name(o);

    if (fflush(o->f) != 0 || ferror(o->f))
        rc = dn_error_set(err, DN_EIO, name, 0, 0, "write error: %s",
                          strerror(errno ? errno : EIO));
    if (rc == DN_OK && o->tmp && fsync(fileno(o->f)) != 0 && errno != EINVAL)
        rc = dn_error_set(err, DN_EIO, name, 0, 0, "cannot sync: %s",
                          strerror(errno));
    if (o->own && fclose(o->f) != 0 && rc == DN_OK)
        rc = dn_error_set(err, DN_EIO, name, 0, 0, "write error: %s",
                          strerror(errno));
    o->own = 0;
    if (o->tmp) {
        if (rc == DN_OK && rename(o->tmp, o->target) != 0)
            rc = dn_error_set(err, DN_EIO, name, 0, 0, "cannot replace: %s",
                              strerror(errno));
        if (rc != DN_OK)
            unlink(o->tmp);
    }
    out_free(o);
    return rc;
}

void dn_out_abort(dn_out *o)
{
    if (!o)
        return;
    if (o->own && o->f)
        fclose(o->f);
    if (o->tmp)
        unlink(o->tmp);
    out_free(o);
}

void dn_offset_to_line_col(const char *data, size_t len, size_t off,
                           long *line, long *col)
{
    long l = 1, c = 1;

    if (off > len)
        off = len;
    for (size_t i = 0; i < off; i++) {
        if (data[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}
