/*
 * cmd_export.c - "dipnet export": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_export_usage[] = "usage: dipnet export ...\n\nNot implemented yet.\n";

int cmd_export(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet export: not implemented yet\n");
    return 1;
}
