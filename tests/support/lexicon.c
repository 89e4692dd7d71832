/*
 * lexicon.c - see lexicon.h.
 */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

dn_lexicon *support_lexicon(const char *const paths[])
{
    const char *root = getenv("DIPNET_ROOT");
    dn_lexicon *lx = dn_lexicon_new();
    char path[4096];
    dn_error err;

    dn_error_clear(&err);
    if (!lx)
        return NULL;
    for (int i = 0; paths[i]; i++) {
        struct stat st;
        int rc;
        snprintf(path, sizeof path, "%s/%s", root ? root : ".", paths[i]);
        rc = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? dn_lexicon_load_dir(lx, path, &err)
                                                         : dn_lexicon_load_file(lx, path, &err);
        if (rc != DN_OK) {
            fprintf(stderr, "%s: %s\n", path, err.msg);
            dn_lexicon_free(lx);
            return NULL;
        }
    }
    if (dn_lexicon_finish(lx, &err) != DN_OK) {
        fprintf(stderr, "lexicon: %s\n", err.msg);
        dn_lexicon_free(lx);
        return NULL;
    }
    return lx;
}
