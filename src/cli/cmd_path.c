/*
 * cmd_path.c - "dipnet path": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_path_usage[] = "usage: dipnet path ...\n\nNot implemented yet.\n";

int cmd_path(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet path: not implemented yet\n");
    return 1;
}
