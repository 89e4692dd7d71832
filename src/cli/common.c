/*
 * common.c - messages, help and paths shared by the subcommands.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

int cli_error(const dn_error *err)
{
    char buf[DN_ERROR_MSG_MAX + DN_ERROR_FILE_MAX + 64];

    fprintf(stderr, "dipnet: %s\n", dn_error_format(err, buf, sizeof buf));
    return dn_error_exit_code(err) ? dn_error_exit_code(err) : 1;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "dipnet %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'dipnet help %s'.\n", cmd);
    return 2;
}

int cli_help(const char *cmd)
{
    const cli_command *c = cli_find(cmd);

    if (!c)
        return cli_usage_error("help", "no command '%s'", cmd);
    fputs(c->usage, stdout);
    return 0;
}

int cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return 1;
    }
    return 0;
}

static int is_dir_with(const char *dir, const char *file)
{
    char p[PATH_MAX];
    struct stat st;

    snprintf(p, sizeof p, "%s/%s", dir, file);
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

const char *cli_data_dir(void)
{
    static char dir[PATH_MAX];
    static const char *const rel[] = {"../data", "../../data",
                                      "../share/dipnet", NULL};
    char exe[PATH_MAX];
    const char *env = getenv("DIPNET_DATA");
    ssize_t n;

    if (env && *env)
        return env;
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        char *slash;
        exe[n] = '\0';
        if ((slash = strrchr(exe, '/')))
            *slash = '\0';
        for (int i = 0; rel[i]; i++) {
            snprintf(dir, sizeof dir, "%s/%s", exe, rel[i]);
            if (is_dir_with(dir, "states.json"))
                return dir;
        }
    }
#ifdef DN_DATADIR
    if (is_dir_with(DN_DATADIR, "states.json"))
        return DN_DATADIR;
#endif
    return NULL;
}
