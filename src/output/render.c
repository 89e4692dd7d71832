/*
 * render.c - lays a diagram out and renders it to memory with gvc (see
 * dn_render in dot.h).
 *
 * Graphviz reports problems through agerr(), which prints to stderr unless
 * a handler is installed; the library must never print, so for the length
 * of a render a handler collects the messages into a fixed buffer (gv_msgs)
 * and the previous handler is put back afterwards. The collected text ends
 * up in the dn_error when the render fails. cgraph is not thread-safe, and
 * neither is this (one static buffer).
 *
 * Sequence (PITFALLS): gvContext, build the graph, gvLayout, gvRenderData,
 * then gvFreeRenderData, gvFreeLayout, agclose. The gvc context itself is
 * made on first use and kept for the life of the process: in Graphviz 2.42
 * the pango plugin remembers a pointer to the last font name, which lives in
 * the context, so the first text laid out in a second context after
 * gvFreeContext reads freed memory (valgrind shows it). One context, never
 * freed, is "still reachable" at exit and nothing else.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gvc.h>

#include "dipnet/dot.h"
#include "output/dot_build.h"

static char gv_msgs[768];
static GVC_t *gvc_shared; /* see above: made once, never freed */

static int collect(char *msg)
{
    size_t have = strlen(gv_msgs);

    if (have + 1 < sizeof gv_msgs)
        snprintf(gv_msgs + have, sizeof gv_msgs - have, "%s", msg);
    return 0;
}

/* gv_msgs on one line, without the trailing newline. */
static const char *msgs(void)
{
    size_t n = strlen(gv_msgs);

    for (size_t i = 0; i < n; i++)
        if (gv_msgs[i] == '\n')
            gv_msgs[i] = i + 1 == n ? '\0' : ' ';
    return gv_msgs[0] ? gv_msgs : "no message from Graphviz";
}

/* 1 when gvc has a device plugin for format ("svg", or "svg:cairo"); *n
 * is the number of device formats found (0: no plugin configuration). */
static int has_format(GVC_t *gvc, const char *format, int *n)
{
    size_t want = strcspn(format, ":");
    char **list = gvPluginList(gvc, "device", n, NULL);
    int found = 0;

    for (int i = 0; list && i < *n; i++) {
        if (strlen(list[i]) == want && strncmp(list[i], format, want) == 0)
            found = 1;
        free(list[i]);
    }
    free(list);
    return found;
}

int dn_render(const dn_graph *g, const dn_dot_options *opts,
              const char *format, const char *layout, char **data,
              size_t *len, dn_error *err)
{
    dn_dot_options o;
    GVC_t *gvc = NULL;
    Agraph_t *ag = NULL;
    agusererrf prev_f;
    agerrlevel_t prev_level;
    char *out = NULL;
    unsigned int n = 0;
    int rc = DN_OK, n_formats = 0, laid_out = 0;

    *data = NULL;
    *len = 0;
    if (opts)
        o = *opts;
    else
        dn_dot_options_init(&o);
    if (layout)
        o.layout = layout;
    if (!o.layout)
        o.layout = "dot";
    if (!format || !*format)
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "no output format given");
    if (!dn_dot_layout_valid(o.layout))
        return dn_error_set(err, DN_EUSAGE, NULL, 0, 0,
                            "unknown layout '%s' (use dot, neato, fdp, "
                            "sfdp or circo)", o.layout);

    gv_msgs[0] = '\0';
    prev_f = agseterrf(collect);
    prev_level = agseterr(AGWARN);
    if (!gvc_shared)
        gvc_shared = gvContext();
    if (!(gvc = gvc_shared)) {
        rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                          "Graphviz could not start (gvContext failed)");
        goto done;
    }
    if ((rc = dn_dot_build(g, &o, &ag, err)) != DN_OK)
        goto done;
    if (gvLayout(gvc, ag, o.layout) != 0) {
        rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                          "Graphviz layout '%s' failed: %s", o.layout,
                          msgs());
        goto done;
    }
    laid_out = 1;
    if (gvRenderData(gvc, ag, format, &out, &n) != 0 || !out) {
        /* only now ask for the plugin list: gvPluginList leaks its
         * duplicate names in 2.42 */
        int found = has_format(gvc, format, &n_formats);
        if (!found && n_formats == 0)
            rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                              "Graphviz has no output plugins configured; "
                              "rebuild its plugin configuration as root "
                              "with 'dot -c' (Debian: "
                              "'libgvc6-config-update -c')");
        else if (!found)
            rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                              "Graphviz cannot write format '%s' (%s; if "
                              "it should, rebuild the plugin configuration "
                              "with 'dot -c' as root)", format, msgs());
        else
            rc = dn_error_set(err, DN_EEXTERNAL, NULL, 0, 0,
                              "Graphviz could not render %s: %s", format,
                              msgs());
        goto done;
    }
    if (!(*data = malloc((size_t)n + 1))) {
        rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    memcpy(*data, out, n);
    (*data)[n] = '\0';
    *len = n;
done:
    if (out)
        gvFreeRenderData(out);
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    agseterr(prev_level);
    agseterrf(prev_f);
    return rc;
}
