/*
 * cmd_render.c - "dipnet render GRAPH -o OUT.svg|png|pdf": lays the
 * briefing diagram out and renders it with gvc (see dipnet/dot.h). The
 * picture is rendered to memory first and written through dn_out, so a
 * failed render or an unwritable path never leaves a partial file nor
 * touches an existing one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/diagram_opts.h"
#include "cli/filter_opts.h"
#include "dipnet/io.h"

const char cmd_render_usage[] =
    "usage: dipnet render GRAPH.json -o OUT.svg|OUT.png|OUT.pdf [options]\n"
    "                     [filters]\n"
    "\n"
    "Lays out and draws the diagram of a graph (the one 'dipnet dot' writes)\n"
    "with Graphviz. The format follows the extension of OUT; with -o - (to\n"
    "standard output) give --format.\n"
    "\n"
    "  -o FILE            the picture to write (.svg, .png or .pdf)\n"
    "  --format FMT       svg, png or pdf, whatever the extension\n"
    CLI_DIAGRAM_HELP
    "\nFilters:\n"
    CLI_FILTER_HELP;

int cmd_render(int argc, char **argv)
{
    cli_diagram d;
    dn_graph *g = NULL;
    dn_error err;
    dn_out *o = NULL;
    const char *format;
    char *data = NULL;
    size_t len = 0;
    int rc;

    dn_error_clear(&err);
    if ((rc = cli_diagram_parse("render", argc, argv, 1, &d)) >= 0)
        return rc;
    if (!d.out)
        return cli_usage_error("render", "give the picture to write with -o "
                                         "OUT.svg, OUT.png or OUT.pdf");
    if (d.format) {
        if (strcmp(d.format, "svg") && strcmp(d.format, "png") &&
            strcmp(d.format, "pdf"))
            return cli_usage_error("render", "--format: want svg, png or "
                                             "pdf, not \"%s\"", d.format);
        format = d.format;
    } else if (!(format = dn_render_format_for_path(d.out))) {
        return cli_usage_error("render", "%s: unknown picture format (name "
                                         "it .svg, .png or .pdf, or give "
                                         "--format)", d.out);
    }
    if ((rc = cli_diagram_load(&d, &g)) != 0)
        return rc;
    if (!(o = dn_out_open(d.out, &err)))
        goto fail;
    if (dn_render(g, &d.dot, format, NULL, &data, &len, &err) != DN_OK)
        goto fail;
    if (fwrite(data, 1, len, dn_out_file(o)) != len) {
        dn_error_set(&err, DN_EIO, d.out, 0, 0, "write error");
        goto fail;
    }
    free(data);
    dn_graph_free(g);
    rc = dn_out_commit(o, &err);
    return rc == DN_OK ? 0 : cli_error(&err);
fail:
    dn_out_abort(o);
    free(data);
    dn_graph_free(g);
    return cli_error(&err);
}
