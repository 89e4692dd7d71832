/*
 * diagram_opts.c - option parsing and graph loading shared by "dipnet dot"
 * and "dipnet render" (see diagram_opts.h).
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/diagram_opts.h"
#include "cli/filter_opts.h"
#include "dipnet/io.h"

enum {
    OPT_LAYOUT = 0x2000,
    OPT_TITLE,
    OPT_TOP,
    OPT_SIZE_BY,
    OPT_LINK_PREFIX,
    OPT_URL_PREFIX,
    OPT_NO_LEGEND,
    OPT_NO_CLUSTERS,
    OPT_FORMAT
};

int cli_diagram_parse(const char *cmd, int argc, char **argv, int with_format,
                      cli_diagram *d)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"layout", required_argument, NULL, OPT_LAYOUT},
        {"title", required_argument, NULL, OPT_TITLE},
        {"top", required_argument, NULL, OPT_TOP},
        {"size-by", required_argument, NULL, OPT_SIZE_BY},
        {"link-prefix", required_argument, NULL, OPT_LINK_PREFIX},
        {"url-prefix", required_argument, NULL, OPT_URL_PREFIX},
        {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
        {"no-clusters", no_argument, NULL, OPT_NO_CLUSTERS},
        {"format", required_argument, NULL, OPT_FORMAT},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    int c, r;

    memset(d, 0, sizeof *d);
    dn_filter_init(&d->filter);
    dn_dot_options_init(&d->dot);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': d->out = optarg; break;
        case OPT_LAYOUT:
            if (!dn_dot_layout_valid(optarg))
                return cli_usage_error(cmd, "--layout: want dot, neato, fdp, "
                                            "sfdp or circo, not \"%s\"",
                                       optarg);
            d->dot.layout = optarg;
            break;
        case OPT_TITLE: d->dot.title = optarg; break;
        case OPT_TOP: {
            char *end;
            long v;
            errno = 0;
            v = isdigit((unsigned char)*optarg) ? strtol(optarg, &end, 10)
                                                : -1;
            if (v < 1 || errno || *end)
                return cli_usage_error(cmd, "--top: want a whole number >= "
                                            "1, not \"%s\"", optarg);
            d->dot.top_n = (size_t)v;
            break;
        }
        case OPT_SIZE_BY:
            if (!*optarg)
                return cli_usage_error(cmd, "--size-by: empty measure");
            d->dot.size_by = optarg;
            break;
        case OPT_LINK_PREFIX: d->dot.link_prefix = optarg; break;
        case OPT_URL_PREFIX: d->dot.url_prefix = optarg; break;
        case OPT_NO_LEGEND: d->dot.legend = 0; break;
        case OPT_NO_CLUSTERS: d->dot.clusters = 0; break;
        case OPT_FORMAT:
            if (!with_format)
                return cli_usage_error(cmd, "unknown option --format");
            d->format = optarg;
            break;
        case '?':
            if (optopt)
                return cli_usage_error(cmd, "bad or incomplete option -%c",
                                       optopt);
            return cli_usage_error(cmd, "unknown option or missing value: "
                                        "%s", argv[optind - 1]);
        default:
            r = cli_filter_option(cmd, c, optarg, &d->filter);
            if (r == 2)
                return 2;
            if (r == 0)
                return cli_usage_error(cmd, "bad option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(cmd, "give exactly one graph file");
    d->graph = argv[optind];
    dn_filter_describe(&d->filter, d->describe, sizeof d->describe);
    d->dot.filters = d->describe;
    return -1;
}

int cli_diagram_load(cli_diagram *d, dn_graph **g)
{
    dn_graph *raw = NULL, *view = NULL;
    dn_error err;

    *g = NULL;
    dn_error_clear(&err);
    if (dn_graph_read_json(d->graph, &raw, &err) != DN_OK)
        return cli_error(&err);
    if (!dn_filter_active(&d->filter)) {
        *g = raw;
        return 0;
    }
    if (dn_filter_apply(raw, &d->filter, &view, &err) != DN_OK) {
        dn_graph_free(raw);
        return cli_error(&err);
    }
    dn_graph_free(raw);
    *g = view;
    return 0;
}
