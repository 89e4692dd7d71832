/*
 * dipnet/lexicon.h - what the extractor knows: states, places,
 * organisations, persons (data/states.json, places.json,
 * organizations.json, persons.json, described in data/README.md), and the
 * extractor's own sections: role titles, government bodies and interaction
 * triggers (data/titles.json, bodies.json, triggers.json, described in the
 * header comment of src/extract/lexicon.c).
 *
 * A lexicon is built by loading files one after another; a later file
 * adds entries and overrides entries of the same name. After loading,
 * every surface form (name, alias, acronym, demonym, capital, seat, title
 * form, body form) is a key of a phrase table: the tokens of the form, as
 * the tokenizer of text.h cuts them, joined by a space. Names are looked
 * up case-sensitively; titles, bodies, triggers and lower-case forms
 * case-insensitively.
 */
#ifndef DIPNET_LEXICON_H
#define DIPNET_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "dipnet/error.h"
#include "dipnet/graph.h"
#include "dipnet/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a surface form stands for. */
typedef enum dn_lex_kind {
    DN_LX_STATE = 0, /* a state by name ("Armenia", "US") */
    DN_LX_DEMONYM,   /* a state's adjective ("Armenian") */
    DN_LX_CAPITAL,   /* a state's capital ("Yerevan") */
    DN_LX_SEAT,      /* a seat of government ("Kremlin") */
    DN_LX_PLACE,     /* a city or region */
    DN_LX_ORG,       /* an organisation */
    DN_LX_PERSON,    /* a person */
    DN_LX_TITLE,     /* a role title ("foreign minister") */
    DN_LX_BODY,      /* a government body ("defense ministry") */
    DN_LX__COUNT
} dn_lex_kind;

/* dn_lex_state.kinds: the forms of state its names declare ("Kingdom of
 * Saudi Arabia", "United Arab Emirates"), for "the kingdom". */
enum {
    DN_STATE_KINGDOM = 1u << 0,
    DN_STATE_EMIRATE = 1u << 1,
    DN_STATE_SULTANATE = 1u << 2,
    DN_STATE_PRINCIPALITY = 1u << 3,
    DN_STATE_REPUBLIC = 1u << 4,
    DN_STATE_MONARCHY = DN_STATE_KINGDOM | DN_STATE_EMIRATE | DN_STATE_SULTANATE |
                        DN_STATE_PRINCIPALITY
};

typedef struct dn_lex_state {
    char *name, *iso2, *iso3, *cameo, *capital;
    char *demonym;  /* first demonym, or NULL */
    unsigned kinds; /* DN_STATE_* of its names */
} dn_lex_state;

/* The DN_STATE_* bit a lower-case noun names ("kingdom", "emirate",
 * "monarchy"), or 0. */
unsigned dn_state_kind_of_noun(const char *noun);

typedef struct dn_lex_place {
    char *name;
    int state; /* index into states, -1 when unknown */
    char *kind;
} dn_lex_place;

typedef struct dn_lex_org {
    char *name, *kind, *cameo;
    int state; /* -1: none (IGOs) */
} dn_lex_org;

typedef struct dn_lex_person {
    char *name, *role;
    int state;
    int full_name_only; /* "surname": false, the surname alone does not
                           name them (a namesake is better known) */
    int title;          /* the title whose form the role is, -1: none
                           (set by dn_lexicon_finish) */
    const long *terms;  /* [2 * n_terms]: the first and last day of each
                           term in the role, as YYYYMMDD (a month or day
                           not known is 00 in a first day, 99 in a last;
                           99999999: still in office) */
    size_t n_terms;     /* 0: the terms are not known */
} dn_lex_person;

typedef struct dn_lex_title {
    char *role;  /* canonical role, the person's kind */
    int leader;  /* heads of state or government ("Rwanda's leader") */
    int org;     /* a title of an organisation's office holder */
    int national; /* a state's own office: with no state said, its holder
                     is of the dateline's state ("MOSCOW - Deputy Defence
                     Minister Yunus-Bek Yevkurov") */
    int state;   /* the one state whose office it is ("pope": the Holy
                    See), or -1 */
} dn_lex_title;

typedef struct dn_lex_body {
    char *key;     /* "defense ministry" */
    char *kind;    /* government or military */
    char *label;   /* "Ministry of Defense of {state}" / "{demonym} ..." */
    char *agent;   /* CAMEO agent code appended to the state's: GOV, MIL */
    char *alone;   /* the organisation a capitalised form names when no
                      state goes with it ("the Security Council": the
                      United Nations Security Council), or NULL */
    int state;     /* a body of one state only (-1: combines with any) */
    int military;  /* armed forces: may be named by demonym + equipment */
} dn_lex_body;

/* One way to write a trigger: words, each a set of alternatives; "*"
 * matches up to three other words. */
typedef struct dn_trigger_form {
    char ***alts;   /* alts[w] is a NULL-terminated list of lower-case words,
                       or NULL for a gap */
    size_t n_words;
    int trigger;    /* index into triggers */
} dn_trigger_form;

/* A filter of the hashes (dn_token.hlower) of a list of words: bit
 * (hash >> shift) of bits is set for each word of the list, in 32 or
 * more bits a word (at least 64 in all), so that a token not in the list
 * passes it about once in 32. */
typedef struct dn_word_filter {
    unsigned long long *bits;
    unsigned shift; /* 64 - log2 of the number of bits */
} dn_word_filter;

typedef struct dn_lex_trigger {
    char *name;         /* the entry's name, for messages */
    dn_edge_type type;
    char *cameo;
    double goldstein;
    char **preps;       /* words that introduce the object; "" = direct */
    size_t n_preps;
    char **context;     /* one of these words must be in the sentence */
    size_t n_context;
    int context_window; /* > 0: the context words stand within this many
                           tokens after the trigger */
    char **unless;      /* none of these words may be in the sentence */
    size_t n_unless;
    /* the two lists' words by dn_token.hlower, and a filter of each
     * list's hashes that lets most tokens by at once */
    unsigned long long *context_h, *unless_h;
    dn_word_filter context_filter, unless_filter;
    int window;         /* words that may stand between trigger and object */
    int noun;           /* a noun: "provocation by X", "X's provocations" */
    int passive;        /* may be passive: "was shelled by X" */
    int reject_prior;   /* "rejected the charges": against prior accusers */
    int symmetric;      /* call, meeting: "A and B held talks" */
    int joint;          /* symmetric, with the object after "with": "A and
                           B held talks" is between them (not "A and B
                           visited", "welcomed the deal") */
    int inverse;        /* "A received a call from B": B -> A */
    int person_object;  /* the object must be a person: "called Erdogan"
                           is a call, "called the killing" is not */
    int object_then_to; /* "to" must follow the object: "told X to leave"
                           (not "told X that ...") */
    int objects_meet;   /* the objects meet one another too: "brought A
                           and B together" */
    int named_object;   /* the object must be named, not a pronoun
                           ("called him a great friend": whose friend a
                           pronoun leaves open) */
    int modal;          /* a modal of obligation: the actor right before it
                           is asked to act by whoever speaks ("said Russia
                           must withdraw") */
    int owner_type;     /* >= 0: the edge type (a dn_edge_type) when the
                           object is an owner, "welcomed Moscow's decision"
                           (a statement, not a meeting); -1 none */
} dn_lex_trigger;

typedef struct dn_lexicon dn_lexicon;

/* A match of a surface form. */
typedef struct dn_lex_ref {
    dn_lex_kind kind;
    int index; /* into the array of that kind */
} dn_lex_ref;

/* An empty lexicon; NULL on ENOMEM. Free with dn_lexicon_free (NULL ok). */
dn_lexicon *dn_lexicon_new(void);
void dn_lexicon_free(dn_lexicon *lx);

/* Loads one lexicon file (any subset of the sections). Errors name the
 * file and, for syntax, line and column; for content, the entry. */
int dn_lexicon_load_file(dn_lexicon *lx, const char *path, dn_error *err);
int dn_lexicon_load_mem(dn_lexicon *lx, const char *data, size_t len,
                        const char *name, dn_error *err);
/* Loads every default file of a directory (states, places, organizations,
 * persons, titles, bodies, triggers); missing files are skipped, except
 * that the directory must hold at least states.json. */
int dn_lexicon_load_dir(dn_lexicon *lx, const char *dir, dn_error *err);
/* Builds the phrase tables; call after the last load. */
int dn_lexicon_finish(dn_lexicon *lx, dn_error *err);

/* Longest form starting at tokens[i]: returns its length in tokens (0 when
 * none) and fills up to max refs (all entries sharing that form). */
size_t dn_lexicon_match(const dn_lexicon *lx, const dn_token *tok, size_t n,
                        size_t i, dn_lex_ref *refs, size_t max, size_t *n_refs);
/* Like dn_lexicon_match, only forms of one kind. */
size_t dn_lexicon_match_kind(const dn_lexicon *lx, const dn_token *tok,
                             size_t n, size_t i, dn_lex_kind kind, int *index);

/* What both matchers look up first for a token: first[0] describes the
 * forms that start with it as written, first[1] those that start with it
 * lower-cased; -1 for none, other values are the lexicon's own (indexes
 * of its tables). A caller that matches at the same token many times
 * computes this once and passes it to the _first variants, which then
 * skip the table probes (and return 0 at once when both are -1). */
void dn_lexicon_first(const dn_lexicon *lx, const dn_token *t, int first[2]);
size_t dn_lexicon_match_first(const dn_lexicon *lx, const dn_token *tok,
                              size_t n, size_t i, const int first[2],
                              dn_lex_ref *refs, size_t max, size_t *n_refs);
size_t dn_lexicon_match_kind_first(const dn_lexicon *lx, const dn_token *tok,
                                   size_t n, size_t i, const int first[2],
                                   dn_lex_kind kind, int *index);

/* The trigger forms whose first word may be w (lower case): *refs[k].index
 * are indexes for dn_lexicon_tform. Returns 1 when there are any. */
int dn_lexicon_trigger_lookup(const dn_lexicon *lx, const char *w,
                              const dn_lex_ref **refs, size_t *n);
/* The same for a token of dn_tokenize (uses its hash). */
int dn_lexicon_trigger_lookup_tok(const dn_lexicon *lx, const dn_token *t,
                                  const dn_lex_ref **refs, size_t *n);
const dn_trigger_form *dn_lexicon_tform(const dn_lexicon *lx, int i);

/* Access to the entries. */
size_t dn_lexicon_count(const dn_lexicon *lx, dn_lex_kind kind);
const dn_lex_state *dn_lexicon_state(const dn_lexicon *lx, int i);
const dn_lex_place *dn_lexicon_place(const dn_lexicon *lx, int i);
const dn_lex_org *dn_lexicon_org(const dn_lexicon *lx, int i);
const dn_lex_person *dn_lexicon_person(const dn_lexicon *lx, int i);
const dn_lex_title *dn_lexicon_title(const dn_lexicon *lx, int i);
const dn_lex_body *dn_lexicon_body(const dn_lexicon *lx, int i);
const dn_lex_trigger *dn_lexicon_trigger(const dn_lexicon *lx, int i);
/* The node id (dn_make_id of type prefix and name) of a state, place,
 * organisation or person entry, computed once by dn_lexicon_finish so that
 * the extractor does not rebuild it in every document. NULL for other
 * kinds or an index out of range. */
const char *dn_lexicon_entry_id(const dn_lexicon *lx, dn_lex_kind kind, int i);
/* The label of body bi for state st ("Ministry of Defense of Armenia",
 * from the body's label pattern) and, in *id, its node id; both computed
 * by dn_lexicon_finish. NULL when out of range. */
const char *dn_lexicon_body_label(const dn_lexicon *lx, int bi, int st,
                                  const char **id);
/* The persons (indexes, at most max of them in out) one of whose names
 * ends in the word surname[0, len) ("Jiang": Jiang Zemin), in index
 * order; returns how many there are (which may exceed max). Needs
 * dn_lexicon_finish. */
size_t dn_lexicon_persons_of_surname(const dn_lexicon *lx, const char *surname, size_t len,
                                     int *out, size_t max);
/* The title whose role or one of whose forms is role, compared without
 * case ("foreign secretary": the foreign minister's), or -1. */
int dn_lexicon_title_of_role(const dn_lexicon *lx, const char *role);

/* A day or a period as YYYYMMDD bounds: "1996-01-31" is 19960131 to
 * 19960131, "1996-01" 19960100 to 19960199, "1996" 19960000 to 19969999.
 * 0 when s is none of these forms. */
int dn_date_bounds(const char *s, long *lo, long *hi);

/* 1 when person i held their role at some day of [lo, hi] (YYYYMMDD
 * bounds, dn_date_bounds), 0 when not, -1 when their terms are not
 * known. */
int dn_lexicon_person_in_office(const dn_lexicon *lx, int i, long lo, long hi);

/* 1 when kind is role, or role followed by more words ("secretary" fits
 * "secretary of state"). */
int dn_role_fits(const char *kind, const char *role);

/* The persons (indexes, at most max in out) whose role fits role
 * (dn_role_fits), of state
 * state, and who held it at some day of [lo, hi]; their number. Persons
 * whose terms are not known are not counted. */
size_t dn_lexicon_holders(const dn_lexicon *lx, const char *role, int state, long lo, long hi,
                          int *out, size_t max);
/* Index of the state with this name, or -1. */
int dn_lexicon_find_state(const dn_lexicon *lx, const char *name);
/* Index of the entry of this kind whose name (as the lexicon gives it, not
 * an alias) is name, or -1. */
int dn_lexicon_find(const dn_lexicon *lx, dn_lex_kind kind, const char *name);
/* 1 when w (lower case) is one of the words of a list section
 * ("negations", "hypotheticals", "speech", "relation_nouns",
 * "group_nouns", "equipment", "honorifics", "particles"). */
int dn_lexicon_has_word(const dn_lexicon *lx, const char *list,
                        const char *w);
/* 1 when state i puts a person's family name first (word list
 * family_name_first_states: "Xi" of Xi Jinping). */
int dn_lexicon_family_first_state(const dn_lexicon *lx, int i);
/* The same, in bulk: the bit of a list (-1 when absent, or when the
 * DN_LEX_LIST_BITS bits are taken: the first lists of the files have one,
 * except given_name_states and surname_stop, which the lexicon reads
 * itself) and the mask of the lists a word belongs to. Bit
 * DN_LEX_LIST_BITS is never set in a mask ("no list"), and bit 63 is
 * DN_LEX_MASK_TRIGGER. */
typedef uint64_t dn_wordmask;
#define DN_LEX_LIST_BITS 62
int dn_lexicon_list_bit(const dn_lexicon *lx, const char *list);
dn_wordmask dn_lexicon_word_mask(const dn_lexicon *lx, const char *w);
/* dn_lexicon_word_mask of a token's lower form (uses its hash). */
dn_wordmask dn_lexicon_token_mask(const dn_lexicon *lx, const dn_token *t);

/* A bit no word list has (lists have bits 0..62): set in the mask of
 * dn_lexicon_token_info when a trigger form may start with the token, so
 * that only then dn_lexicon_trigger_lookup_tok needs to be asked. */
#define DN_LEX_MASK_TRIGGER ((dn_wordmask)1 << 63)
/* Everything the extractor asks of each token, for the n tokens of tok,
 * with one table probe per token (two when it has capitals): mask[i] is
 * dn_lexicon_token_mask of tok[i], with DN_LEX_MASK_TRIGGER added, and
 * first[2 * i], first[2 * i + 1] what dn_lexicon_first gives for it.
 * Needs dn_lexicon_finish after the last load. */
void dn_lexicon_tokens_info(const dn_lexicon *lx, const dn_token *tok, size_t n,
                            dn_wordmask *mask, int *first);

#ifdef __cplusplus
}
#endif
#endif
