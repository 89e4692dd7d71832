/*
 * cmd_report.c - "dipnet report": not built yet (a placeholder so that the
 * command table is complete; its issue replaces this file).
 */
#include <stdio.h>

#include "cli/cli.h"

const char cmd_report_usage[] = "usage: dipnet report ...\n\nNot implemented yet.\n";

int cmd_report(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dipnet report: not implemented yet\n");
    return 1;
}
