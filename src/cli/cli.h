/*
 * cli.h - what the subcommands of the dipnet tool share.
 *
 * The tool is the only place that reads argv, prints to the terminal and
 * chooses exit statuses: 0 ok, 1 runtime failure, 2 usage or bad input.
 * Each subcommand lives in its own file (cmd_NAME.c) and is one row of the
 * table in main.c. A command returns its exit status; it prints errors with
 * cli_error() and never calls exit().
 */
#ifndef DN_CLI_H
#define DN_CLI_H

#include "cli/commands.h"
#include "dipnet/error.h"

typedef struct cli_command {
    const char *name;
    const char *summary; /* one line for "dipnet --help" */
    const char *usage;   /* the full help text, ends with a newline */
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} cli_command;

/* The command table (main.c). */
extern const cli_command cli_commands[];
const cli_command *cli_find(const char *name);

/* Prints "dipnet: FILE:LINE:COL: message" on stderr; returns the exit
 * status that goes with the error (1 or 2). */
int cli_error(const dn_error *err);
/* Prints "dipnet CMD: message" and a hint to --help; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Prints the command's help on stdout; returns 0. */
int cli_help(const char *cmd);
/* 1 when argv holds -h or --help before a "--". */
int cli_wants_help(int argc, char **argv);

/* Directory of the default lexicons: $DIPNET_DATA, else data/ beside the
 * build directory, else PREFIX/share/dipnet beside the executable. Returns
 * a static string, or NULL when none is found. */
const char *cli_data_dir(void);

#endif
