/*
 * cmd_dot.c - "dipnet dot": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_dot_usage[] = "usage: dipnet dot ...\n\nNot implemented yet.\n";

int cmd_dot(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet dot: not implemented yet\n");
    return 1;
}
