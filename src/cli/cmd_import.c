/*
 * cmd_import.c - "dipnet import": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_import_usage[] = "usage: dipnet import ...\n\nNot implemented yet.\n";

int cmd_import(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet import: not implemented yet\n");
    return 1;
}
