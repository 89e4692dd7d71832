/*
 * cmd_render.c - "dipnet render": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_render_usage[] = "usage: dipnet render ...\n\nNot implemented yet.\n";

int cmd_render(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet render: not implemented yet\n");
    return 1;
}
