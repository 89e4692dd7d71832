/*
 * filter_opts.h - the graph filter options shared by analyze, path, dot,
 * render and report (--types, --since, --until, --min-count, --ego,
 * --radius, --level). A command appends CLI_FILTER_LONGOPTS to its
 * getopt_long table and passes every option it does not know itself to
 * cli_filter_option().
 */
#ifndef DN_CLI_FILTER_OPTS_H
#define DN_CLI_FILTER_OPTS_H

#include <getopt.h>

#include "dipnet/filter.h"

enum {
    CLI_OPT_TYPES = 0x1000,
    CLI_OPT_SINCE,
    CLI_OPT_UNTIL,
    CLI_OPT_MIN_COUNT,
    CLI_OPT_EGO,
    CLI_OPT_RADIUS,
    CLI_OPT_LEVEL
};

#define CLI_FILTER_LONGOPTS                                                  \
    {"types", required_argument, NULL, CLI_OPT_TYPES},                      \
    {"since", required_argument, NULL, CLI_OPT_SINCE},                      \
    {"until", required_argument, NULL, CLI_OPT_UNTIL},                      \
    {"min-count", required_argument, NULL, CLI_OPT_MIN_COUNT},              \
    {"ego", required_argument, NULL, CLI_OPT_EGO},                          \
    {"radius", required_argument, NULL, CLI_OPT_RADIUS},                    \
    {"level", required_argument, NULL, CLI_OPT_LEVEL}

/* Help lines for the filter options, to include in a command's usage. */
#define CLI_FILTER_HELP                                                      \
    "  --types LIST       only these interaction types (call,meeting,...)\n" \
    "  --since DATE       only evidence dated on or after DATE (YYYY-MM-DD)\n" \
    "  --until DATE       only evidence dated on or before DATE\n"           \
    "  --min-count N      only interactions seen at least N times\n"         \
    "  --ego ACTOR        only ACTOR (id, label or alias) and its neighbours\n" \
    "  --radius N         hops around --ego (default 1)\n"                   \
    "  --level LEVEL      actor (default) or state: merge persons and bodies\n" \
    "                     into their states\n"

/* Handles one option. Returns 1 when opt was a filter option and its value
 * was good, 0 when opt is not a filter option, and 2 (after printing a
 * usage message naming cmd) when the value is bad. */
int cli_filter_option(const char *cmd, int opt, const char *arg,
                      dn_filter *f);

#endif
