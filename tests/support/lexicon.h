/*
 * lexicon.h - test support: a finished lexicon from files of the tree.
 *
 * The paths are relative to $DIPNET_ROOT (the tree when unset); a path
 * naming a directory loads every lexicon file in it (dn_lexicon_load_dir),
 * others one file each, in order, so that later files override earlier
 * ones as `--lexicon` does.
 */
#ifndef DN_TESTS_LEXICON_H
#define DN_TESTS_LEXICON_H

#include "dipnet/lexicon.h"

/* The lexicon of the NULL-terminated paths, finished; NULL (after a
 * message on stderr naming the file) when one fails to load. */
dn_lexicon *support_lexicon(const char *const paths[]);

#endif
