/*
 * main.c - the dipnet tool: dispatches "dipnet COMMAND ..." to the
 * subcommand's file through the one table built from cli/commands.h.
 * Adding a command is one file (cmd_NAME.c defining cmd_NAME and
 * cmd_NAME_usage) and one row here.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "dipnet/graph.h"

#define ROW(name, summary) {#name, summary, cmd_##name##_usage, cmd_##name},
const cli_command cli_commands[] = {COMMANDS(ROW){NULL, NULL, NULL, NULL}};

const cli_command *cli_find(const char *name)
{
    for (const cli_command *c = cli_commands; c->name; c++)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static int usage(FILE *f)
{
    fprintf(f, "usage: dipnet COMMAND [OPTIONS] [FILE...]\n"
               "       dipnet help COMMAND | --help | --version\n\n"
               "Who contacted whom, from news articles: a typed interaction "
               "graph with evidence.\n\nCommands:\n");
    for (const cli_command *c = cli_commands; c->name; c++)
        fprintf(f, "  %-9s %s\n", c->name, c->summary);
    fprintf(f, "\nCommon options: -o FILE (default: standard output; a "
               "regular file is replaced atomically), '-' reads standard "
               "input.\nExit status: 0 ok, 1 runtime failure, 2 usage or bad "
               "input.\n");
    return f == stdout ? 0 : 2;
}

int main(int argc, char **argv)
{
    const cli_command *c;

    if (argc < 2)
        return usage(stderr);
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
        return usage(stdout);
    if (strcmp(argv[1], "--version") == 0) {
        printf("dipnet %s\n", DN_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "help") == 0)
        return argc > 2 ? cli_help(argv[2]) : usage(stdout);
    if (!(c = cli_find(argv[1]))) {
        fprintf(stderr, "dipnet: no command '%s'\n", argv[1]);
        return usage(stderr);
    }
    if (cli_wants_help(argc - 1, argv + 1)) {
        fputs(c->usage, stdout);
        return 0;
    }
    return c->run(argc - 1, argv + 1);
}
