/*
 * cmd_analyze.c - "dipnet analyze": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_analyze_usage[] = "usage: dipnet analyze ...\n\nNot implemented yet.\n";

int cmd_analyze(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet analyze: not implemented yet\n");
    return 1;
}
