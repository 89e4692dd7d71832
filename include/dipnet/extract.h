/*
 * dipnet/extract.h - from article text to actors and interactions.
 *
 * dn_extract_document reads one article (UTF-8, title on the first line)
 * and adds what it finds to a graph: actors as nodes (with every surface
 * form seen as an alias) and interactions as edges with evidence (document,
 * sentence number, byte offsets and text of the sentence, trigger words).
 * See ../shared/EVENTS.md for what counts as an interaction.
 *
 * The work is done one document at a time; nothing the document needs
 * (its actors, coreference chains, quotation speakers) outlives it, so
 * memory grows with the graph only. A dn_extractor keeps the working
 * memory (tokens, tables, arrays: about thirty times a document's size)
 * from one document to the next, so that extracting many documents does
 * not allocate and clear it for each; dn_extract_document makes one for
 * a single call.
 */
#ifndef DIPNET_EXTRACT_H
#define DIPNET_EXTRACT_H

#include <stddef.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"
#include "dipnet/lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes of a sentence kept as an evidence entry's text. A longer sentence
 * (a run-on list, a page without stops; see DN_SENT_MAX in text.h) is cut
 * at a character boundary and ends in U+2026; its offsets still span it. */
#define DN_EVIDENCE_TEXT_MAX 2048

typedef struct dn_extract_stats {
    size_t documents;
    size_t bytes;
    size_t sentences;
    size_t mentions;  /* actor mentions recognised */
    size_t triggers;  /* trigger words seen */
    size_t edges;     /* evidence entries added */
} dn_extract_stats;

/* Extracts the article text[0..len) with id doc_id (its title is the first
 * line) into g. date (YYYY-MM-DD) may be NULL. stats may be NULL; counts
 * are added to it. lx must be finished (dn_lexicon_finish). Returns DN_OK
 * or DN_ENOMEM. A text over 2 MB (no article: a book, a dump) is read in
 * parts of at most 2 MB cut at blank lines, so that memory stays bounded;
 * names and pronouns then resolve within a part only. Evidence offsets and
 * sentence numbers are always the whole document's. */
int dn_extract_document(dn_graph *g, const dn_lexicon *lx, const char *doc_id,
                        const char *text, size_t len, const char *date,
                        dn_extract_stats *stats, dn_error *err);

/* A working context for extracting many documents with one lexicon. */
typedef struct dn_extractor dn_extractor;

/* An extractor for lexicon lx, which must be finished (dn_lexicon_finish),
 * stay unchanged and outlive it. NULL on ENOMEM. Free with
 * dn_extractor_free. Its memory is that of the largest recent document:
 * after a document more than 4 times longer than the next (and than
 * 128 KB) it is released. */
dn_extractor *dn_extractor_new(const dn_lexicon *lx);
/* dn_extract_document with x's lexicon and working memory: the same
 * graph as dn_extract_document gives, whatever x extracted before. One
 * extractor serves one thread at a time. */
int dn_extractor_document(dn_extractor *x, dn_graph *g, const char *doc_id,
                          const char *text, size_t len, const char *date,
                          dn_extract_stats *stats, dn_error *err);
/* Frees x and its memory; NULL is allowed. */
void dn_extractor_free(dn_extractor *x);

#ifdef __cplusplus
}
#endif
#endif
