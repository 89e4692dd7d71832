/*
 * filter_opts.c - parses the graph filter options shared by analyze, path,
 * dot, render and report into a dn_filter (see filter_opts.h). Values are
 * checked here so that a typo is a usage error (exit 2) naming the option;
 * the strings are kept by pointer (they live in argv).
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/filter_opts.h"

/* 1 when s looks like YYYY-MM-DD with a month 1-12 and a day 1-31 (the
 * library checks the calendar). */
static int date_shape(const char *s)
{
    int m, d;

    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 0;
    m = atoi(s + 5);
    d = atoi(s + 8);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Parses a whole non-negative decimal number no larger than max. */
static int parse_count(const char *s, long max, long *out)
{
    char *end;
    long v;

    if (!s || !isdigit((unsigned char)*s))
        return 0;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || *end || v < 0 || v > max)
        return 0;
    *out = v;
    return 1;
}

int cli_filter_option(const char *cmd, int opt, const char *arg,
                      dn_filter *f)
{
    dn_error err;
    long v;

    dn_error_clear(&err);
    switch (opt) {
    case CLI_OPT_TYPES:
        if (dn_edge_type_mask_parse(arg, &f->types, &err) != DN_OK)
            return cli_usage_error(cmd, "--types: %s", err.msg);
        return 1;
    case CLI_OPT_SINCE:
    case CLI_OPT_UNTIL:
        if (!date_shape(arg))
            return cli_usage_error(cmd, "--%s: bad date \"%s\" (want "
                                        "YYYY-MM-DD)",
                                   opt == CLI_OPT_SINCE ? "since" : "until",
                                   arg);
        if (opt == CLI_OPT_SINCE)
            f->since = arg;
        else
            f->until = arg;
        return 1;
    case CLI_OPT_MIN_COUNT:
        if (!parse_count(arg, LONG_MAX, &v))
            return cli_usage_error(cmd, "--min-count: want a whole number "
                                        ">= 0, not \"%s\"", arg);
        f->min_count = v;
        return 1;
    case CLI_OPT_EGO:
        if (!*arg)
            return cli_usage_error(cmd, "--ego: empty actor name");
        f->ego = arg;
        return 1;
    case CLI_OPT_RADIUS:
        if (!parse_count(arg, 1000000, &v))
            return cli_usage_error(cmd, "--radius: want a whole number "
                                        ">= 0, not \"%s\"", arg);
        f->radius = (int)v;
        return 1;
    case CLI_OPT_LEVEL:
        if (strcmp(arg, "actor") == 0)
            f->level_state = 0;
        else if (strcmp(arg, "state") == 0)
            f->level_state = 1;
        else
            return cli_usage_error(cmd, "--level: want actor or state, not "
                                        "\"%s\"", arg);
        return 1;
    default:
        return 0;
    }
}
