/*
 * cmd_extract.c - "dipnet extract": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_extract_usage[] = "usage: dipnet extract ...\n\nNot implemented yet.\n";

int cmd_extract(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet extract: not implemented yet\n");
    return 1;
}
