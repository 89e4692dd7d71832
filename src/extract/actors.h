/*
 * actors.h - private to src/extract: the per-document state shared by
 * actor recognition (actors.c) and interaction extraction (extract.c).
 *
 * A document keeps its own actor table (doc_actor), keyed by node id, with
 * every surface form seen; graph nodes are made only for actors that take
 * part in an edge. Each sentence is turned into tokens and then into
 * mentions: token spans that name an actor (or two, for "both sides").
 */
#ifndef DN_EXTRACT_ACTORS_H
#define DN_EXTRACT_ACTORS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dipnet/graph.h"
#include "dipnet/lexicon.h"
#include "dipnet/text.h"
#include "util/arena.h"
#include "util/strmap.h"

/* One actor of the document. Its own strings live in the document's arena
 * (doc.arena): they are never freed one by one. kind and agent point at
 * strings that outlive the document (the lexicon's, or literals), or at
 * another actor's kind: never copied. */
typedef struct doc_actor {
    const char *id;     /* node id: "person:nikol-pashinyan" (arena, or the
                           lexicon's for its entries) */
    const char *label;  /* canonical label (arena, or the lexicon's for
                           the actors made with a known id) */
    size_t label_len;   /* strlen(label) */
    dn_actor_type type;
    uint32_t lexkey;    /* actors whose id is the lexicon's own string for
                           an entry (lex_actor, doc_state_actor,
                           body_actor): DOC_LEXKEY of the entry, which
                           keys the extractor's node memo; 0 for others */
    const char *kind;   /* org kind or person role, or NULL */
    int state;          /* lexicon state index, -1 none */
    int body;           /* lexicon body index, -1 none */
    int leader;         /* person holding a leader title */
    int lex_leader;     /* listed person whose listed role is a head of
                           state's or government's (not a monarch's), in
                           office on the document's date: "the Russian
                           leader" after "Vladimir Putin" */
    unsigned char gender; /* persons: DOC_MALE, DOC_FEMALE, 0 not known */
    unsigned char gender_asked; /* its first name was looked up */
    unsigned char label_plain; /* 1 when its label is printable ASCII and
                                  opens with no "the " (doc_actor_alias
                                  keeps no alias of it as written), 2 when
                                  not, 0 not known yet */
    int lex;            /* taken from the lexicon (canonical) */
    int ff_checked;     /* persons: state + 2 when family_first_put last
                           looked at them, 0 never */
    size_t seen2;       /* pass 2: 1 + the last sentence that named it, 0
                           none yet ("the ministry": the last one named) */
    int sur_named;      /* lexicon persons: the surname is a key of
                           doc.names (keys stay: it need not be asked
                           again) */
    uint64_t label_h;   /* lexicon persons: dn_hash_str(label), 0 not
                           known yet */
    const char *agent;  /* CAMEO agent code for bodies */
    const char *surname; /* persons: last word of the name (a suffix of label) */
    char *first;        /* persons: first word of the name */
    size_t fn_key;      /* persons with a surname and a first name: the
                           first name's first 3 bytes as a number */
    int fn_next;        /* ... and the next such person under the same
                           doc.fn_head bucket, -1 */
    int capital_of;     /* a capital city mention: state index, else -1 */
    int st_next;        /* persons with a state: the next person under
                           the same doc.st_head bucket, + 1 (0: none) */
    int sl_next;        /* persons made with no state: the next such
                           person after this one (doc.sl_head), + 1 (0:
                           none) */
    char **aliases;     /* cleaned surface forms, at most 64 (arena) */
    uint64_t *alias_h;  /* [n_aliases]: hash of each alias as compared
                           (its first alias_cut() bytes) (arena) */
    size_t n_aliases, cap_aliases;
    uint64_t *seen;     /* hashes of the raw surface forms seen, at most
                           64 (arena, grown by seen_room) */
    size_t n_seen, cap_seen;
    dn_node *node;      /* graph node once the actor is in an edge */
} doc_actor;

/* doc_actor.lexkey of lexicon entry i of a kind (a state, org, person or
 * place; for a body of a state, i = body * states + state); 0 (no key)
 * for an i of 2^27 or more. */
#define DOC_LEXKEY(kind, i)                                                  \
    ((size_t)(i) < ((size_t)1 << 27) ? ((uint32_t)(kind) << 27 | (uint32_t)(i)) + 1 : 0)

/* Mention flags. */
enum {
    M_PP = 1u << 0,      /* object of a preposition: not a subject */
    M_WEAK = 1u << 1,    /* demonym + noun: object only */
    M_POSS = 1u << 2,    /* followed by 's */
    M_PRON = 1u << 3,    /* a pronoun */
    M_CAPITAL = 1u << 4, /* a capital city standing for its state */
    M_OBJ = 1u << 5,     /* already the object of a trigger */
    M_GROUP = 1u << 6,   /* both sides: actor and actor2 */
    M_OBJPRON = 1u << 7, /* him/her: resolved at edge time */
    M_SPEAKER = 1u << 8, /* we/our inside a quote */
    M_MOD = 1u << 9,     /* a state or place naming a topic ("the Belarus
                            border", "the Cyprus problem"): no party */
    M_EACH = 1u << 10,   /* a group whose k-th member faces the subject's
                            k-th ("A and B spoke with their Turkish
                            counterparts": A with A's, B with B's) */
    M_NOALIAS = 1u << 11 /* its text is no name of its actor ("Greece" in
                            "the leaders of Turkey and Greece") */
};

/* doc.author when headings name several authors: none speaks for all */
#define DOC_AUTHORS (-2)

/* doc_actor.gender */
enum { DOC_MALE = 1, DOC_FEMALE = 2 };

typedef struct mention {
    size_t ts, te;   /* token span */
    int actor;       /* doc actor index */
    int actor2;      /* second actor (groups) or alternative (him/her) */
    int actor3;      /* third actor of a group ("the three leaders"), -1 */
    unsigned flags;
} mention;


typedef struct sent_info {
    int sp_after;    /* speaker named after a closing quote */
    int sp_before;   /* speaker named before an opening quote */
    int first_actor; /* first actor mentioned */
    int first_subj;  /* first actor mentioned as no preposition's object,
                        owner or topic ("The illegal acts of the Kosovo
                        leadership ...": none) */
    int speaker;     /* resolved speaker of its quoted words, and of
                        its words in a transcript's block */
    int label_actor; /* "Zhao Lijian: ...": the label's actor, -1 */
    unsigned short label_end; /* tokens of the label with its colon (0:
                                 none), skipped in pass 2 */
    unsigned char end_inq, has_open, has_quote;
    unsigned char label_block; /* in a transcript, at or after a label:
                                  "we" and "I" are its speaker */
} sent_info;

/* An accusation or an appeal read so far in the document: whom a later
 * "rejected the charges", "rejected all calls" or "X refused" answers. */
typedef struct accusation {
    int src, tgt;
    int type;    /* DN_EDGE_ACCUSATION or DN_EDGE_APPEAL */
    size_t sent; /* the sentence it was read in */
} accusation;

/* The word lists ("words" of data/triggers.json) the rules consult, by name in
 * doc_list_names (actors.c); has_word(d, WL_X, i) tests token i. */
enum doc_list {
    WL_PREPOSITIONS, WL_SPEECH, WL_TRANSPARENT, WL_STATE_NOUNS, WL_PARTICLES,
    WL_FUNCTION_WORDS, WL_RELATION_NOUNS, WL_NEGATIONS, WL_HYPOTHETICALS, WL_HEDGES,
    WL_CLAUSE_BREAKS, WL_CLAIM_NOUNS, WL_PRONOUNS, WL_PLACE_NOUNS, WL_HONORIFICS,
    WL_GROUP_NOUNS, WL_CAPITAL_NOUNS, WL_AUXILIARIES, WL_PERSON_GROUP_NOUNS,
    WL_RECIPROCAL_VERBS, WL_GEO_NOUNS, WL_LOCATIVES, WL_ORG_NOUNS, WL_TARGET_NOUNS,
    WL_TIME_WORDS, WL_FEMININE, WL_MASCULINE, WL_CESSATIONS, WL_CLUTTER, WL_INITIATIVE_NOUNS,
    WL_NAME_ABBREVIATIONS, WL_SUBORDINATORS, WL_DEED_PARTICIPLES, WL_NUMERALS, WL_REMARK_NOUNS,
    WL_STEP_NOUNS, WL_CLAIM_VERBS, WL_TIME_UNITS, WL_BYLINE_WORDS, WL_STATEMENT_HEADS,
    WL_PATIENT_NOUNS, WL_GATHERING_NOUNS, WL_SENTENCE_ADVERBS, WL_CIVILIAN_NOUNS,
    WL_COGNITION_VERBS, WL_DEPARTURE_VERBS,
    WL_ADVERBIAL_NOUNS, WL_IRREGULAR_PASTS,
    WL_ORG_HEADS, WL_RESTRAINT_NOUNS, WL_DEED_NOUNS, WL_QUESTION_MODALS, WL__COUNT
};

/* An int table (actor indexes) whose entries hold for one document: each
 * entry carries the serial of the document that set it, and one set by an
 * earlier document reads as unset (-1), so nothing is cleared between
 * documents. Allocated on first use, kept by the extractor. */
typedef struct doc_memo {
    struct doc_memo_entry {
        int val;
        unsigned serial; /* beside its value: one cache line read, not
                            two (the tables are read at random) */
    } *e;
    size_t n;
} doc_memo;

typedef struct doc {
    const dn_lexicon *lx;
    dn_graph *g;
    dn_arena arena; /* actor strings and table keys, freed with the doc */
    const char *text;
    size_t len;
    long doc_index;
    size_t base;      /* offset of text[0] in the document (a part of it) */
    size_t sent_base; /* sentences of the document before this part */
    int pass; /* 1: collect names; 2: extract */

    doc_actor *actors;
    size_t n_actors, cap_actors;
    int *persons;        /* indexes of the person actors, in order: the
                            scans for a surname or a role read these only */
    size_t n_persons, cap_persons;
    int fn_head[256], fn_tail[256]; /* persons with a surname and a first
                           name, chained in order by their first name's first
                           3 bytes (hashed), -1 empty */
    dn_strmap names;     /* full names, surnames, discovered places -> actor,
                            and "\x02noun" -> the state of "a Syrian air base" */
    uint64_t noun_filter; /* bit (hlower & 63) of the token of each
                             "\x02noun" key put: a word whose bit is clear
                             is no key (0: none put) */
    dn_strmap name_first; /* first word of a name -> its longest length */
    uint64_t given_filter[64]; /* name_filter of the first names of the
                                  persons chained by fn_head (given_at) */
    uint64_t first_filter[64]; /* name_filter of the name_first keys'
                                  hash: most capitalised words start no
                                  name, and are told so without a probe */
    /* (type, label) -> actor, an open hash whose labels are the actors'
     * own: doc_actor_get finds a known actor without building its id;
     * and id -> actor (type -1, label the actor's id): every actor by
     * its node id. Keys are not copied (the actors' or the lexicon's). */
    struct actor_cache {
        uint64_t h;
        const char *label; /* NULL: empty slot */
        int type, actor;
    } *acache;
    size_t acache_cap, acache_used;
    const void *ev_sent; /* the sentence whose evidence text ev_text is */
    char *ev_text;
    doc_memo body_memo; /* [body * n_states + state] -> body_actor's actor */
    size_t lx_states, lx_bodies; /* the lexicon's counts of states and of
                                    bodies, read by body_actor on its first
                                    call of the document (0 before) */
    int st_head[64];    /* persons with a state, chained by state & 63
                           (st_next): the first, + 1 (0: none); a person's
                           state is set once */
    int sl_head, sl_tail; /* the persons made with no state, in order,
                             chained by sl_next (+ 1, 0: none); those given
                             a state since are unlinked when
                             stateless_holder passes them */
    unsigned serial;    /* this document's number for the memos, from 1 */

    /* The current sentence: views into the document's arrays, which
     * dn_extract_document fills once and both passes share. */
    dn_tokens tk;
    dn_wordmask *tokmask; /* per token: word lists it belongs to */
    unsigned char wl_bit[WL__COUNT]; /* word list -> its bit in tokmask
                                        (31, never set, when the lexicon
                                        has no such list) */
    signed char *ctx_ok; /* per trigger: context, "unless" words seen in the sentence */
    /* per token of the sentence, lexicon matches computed once per
     * document (the lexicon match of a token depends on its sentence
     * only, so pass 2 reuses pass 1's): */
    int *lm_len;          /* longest match length, -1 unknown */
    unsigned *lm_roff;    /* where its refs start in lm_pool */
    unsigned short *lm_n; /* number of refs (at most LM_REFS: LM_N),
                             and the ref pick_ref chooses among them, + 1
                             (0 none, 31 not made yet), with titles and
                             bodies (bits 5-9) and without (bits 10-14) */
    dn_lex_ref *lm_pool;  /* the refs of every match of the document */
    size_t lm_pool_n, lm_pool_cap;
    int *lm_title, *lm_body; /* (len << 16 | index+1), -1 unknown */
    int *lm_first;        /* 2 per token: dn_lexicon_first */
    unsigned short *nr_memo; /* name_run at the token, which depends on the
                             sentence only (both passes ask it): (skip << 8
                             | length) + 1, 0 not known yet */
    unsigned char *tokskip; /* per token: 1 when doc_recognise steps over
                               it (punctuation, or a lower-case word that
                               starts no lexicon form and is no pronoun) */
    int *state_actor;     /* lexicon state index -> actor, -1 */
    doc_memo lex_memo[3]; /* lexicon org, person, place index -> actor */
    mention *m;
    size_t n_m, cap_m;

    sent_info *si;
    size_t cur_sent;
    int *state_count; /* mentions per lexicon state */
    int pair_subj[2]; /* two states joined by "and" as the subject of one
                         of the first three sentences ("Saudi Arabia and
                         Iran agreed"), -1: none; the pair when none is
                         named in "X-Y" */
    int pair[2];      /* the two sides: states named in "X-Y", else the
                         two states named most */
    int pair_named;   /* the pair was named ("Armenian-Azerbaijani") */
    int last_attacker; /* the source of the last attack edge added (pass
                          2), -1 */
    int author;       /* "By James Baker": the author an op-ed's I and we
                         are, named on a line near the top (-1 none) */
    int dateline;     /* the state of the dateline's city ("MOSCOW, June
                         25 (Reuters) -"), -1 none or several; after pass 1
                         with none, the issuer's when the story is about it
                         (doc_dateline_holders): the state of the officials
                         named with no state */
    int dateline_seen; /* the first body sentence has been read for it */
    int issuer;       /* the state whose seat or government body the head
                         lines name ("THE WHITE HOUSE", "U.S. Department of
                         State Daily Press Briefing"): whose office "the
                         President" of the text is; -1 none or two */
    int issuer_org;   /* the non-governmental organisation that opens one
                         of the first lines ("Newsroom Freedom Watch, case
                         alert ..."): the document's "we"; -1 none */
    int head_igo;     /* the one intergovernmental organisation the head
                         lines name ("Communique of the Extraordinary Summit
                         of ... SADC"), an actor; -1 none, -2 several */
    int in_head;      /* pass 1: no body sentence read yet */
    int statement_doc; /* the title opens "Statement", "Press Release",
                          "Communique": its "we" is the issuer */
    int head_body;    /* the head lines name a government body of no state */
    long date_lo, date_hi; /* the document's date as YYYYMMDD bounds
                              (--date, else the first date its first
                              sentences write), 0 0 when not known */
    int home;         /* the state the document is about: named at least
                         three times and twice as often as any other, -1
                         (whose is "the army" that no body names before) */
    int person_pair[2]; /* the two persons of the last act between two
                           persons, + 1 (0: none): "both leaders" */
    size_t person_pair_sent; /* the sentence of that act */
    int person_pair_type;    /* its dn_edge_type ("The leaders discussed"
                                after a call is that call) */
    size_t person_trio_sent; /* the sentence of that act */
    int person_trio[3]; /* the three persons of the last act among three
                           persons, + 1 (0: none): "the three leaders" */

    int last_person, prev_person, last_person_subj;
    int recent_person[6]; /* the last persons mentioned, distinct, latest
                             first, -1 (for a pronoun whose gender the
                             latest ones do not fit, "the two leaders") */
    size_t recent_sent[6]; /* the sentence each was last named in */
    int last_subject, last_nonperson;
    int last_subj2;   /* the second of a subject "A and B" (states or
                         organisations) of the last sentence: "They" */
    int last_state;  /* last state mentioned */
    int state_ring[4]; /* the last distinct states mentioned, latest at
                          state_ring_at - 1 (mod 4); -1 empty */
    unsigned state_ring_at;
    int sent_person; /* first person subject of the current sentence */
    int sp_one, sp_n;           /* the persons the current sentence names
                                   (not by a pronoun): the last, and how
                                   many times another was named */
    int prev_sp_one, prev_sp_n; /* the same of the sentence before */
    int sent_nonperson; /* first other subject of the current sentence */
    int last_place;  /* last place mentioned */
    int state_trio[3];      /* the last three states named together ("A, B
                               and C"), for "the three countries" */
    size_t state_trio_sent; /* ... in this sentence */
    int state_pair2[2];     /* the last two states joined by "and" */
    size_t state_pair2_sent; /* ... in this sentence */
    int honor_last[4]; /* the last person named after "His Majesty", "His
                          Highness", "His Excellency", "His Holiness" (with
                          a name), for the same words standing alone */
    int btw[2];      /* the two actors of the last "between A and B" */
    size_t btw_sent; /* ... and its sentence */
    int list_subj;   /* the actor of a head ending with ':' ("The Council,
                        at its meeting:"), subject of the numbered items
                        after it that begin with their verb; -1 none */
    size_t list_until; /* ... up to this sentence */
    int its_q;       /* the owner of "its" for the next phrase_at: "Its
                        foreign ministry spokesman" (-1 none) */
    int igo_ring[4]; /* the last intergovernmental organisations mentioned
                        (pass 2), igo_n of them in all, for "the bloc" */
    size_t igo_n;
    accusation *acc;
    size_t n_acc, cap_acc;
    int oom;
} doc;

/* first_filter and given_filter: 4096-bit filters of key hashes, on bits
 * the table index does not use. */
static inline void name_filter_add(uint64_t f[64], uint64_t h)
{
    size_t b = (size_t)(h >> 40) & 4095;
    f[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* 0 when no key of hash h was added to f. */
static inline int name_filter_has(const uint64_t f[64], uint64_t h)
{
    size_t b = (size_t)(h >> 40) & 4095;
    return (int)((f[b >> 6] >> (b & 63)) & 1);
}

/* What doc_actor_get_id computes of a lexicon entry's label and id (their
 * lengths and hashes), kept by the extractor for every entry
 * (doc_lex_info_slot): the actor made for a lexicon entry in each
 * document reads neither string for it. It holds for the actor type and
 * the two strings it was computed for (compared as pointers); len1 is
 * the label's length + 1, 0 when not known yet. */
typedef struct doc_lex_info {
    uint64_t h, hid;
    const char *label, *id;
    uint32_t len1;
    uint16_t idlen;
    uint8_t type;
    uint8_t label_plain; /* doc_actor.label_plain of the label (known) */
} doc_lex_info;

/* The extractor's doc_lex_info for the entry of doc_actor.lexkey key (in
 * extract.c), NULL when there is none (no key, or memory is short). */
doc_lex_info *doc_lex_info_slot(doc *d, uint32_t key);

/* Frees the memos (the extractor's release). */
void doc_memo_free(doc *d);
/* Sizes the actor table and cache for about n actors at once. 0 ok, -1
 * ENOMEM. */
int doc_reserve(doc *d, size_t n);
/* Finds or creates an actor; returns its index or -1 (ENOMEM). */
int doc_actor_get(doc *d, dn_actor_type type, const char *label,
                  const char *kind, int state);
/* The same with the node id known (lexicon entries: dn_lexicon_entry_id,
 * bodies: dn_lexicon_body_label); NULL known_id computes it. With a
 * known id, label too must outlive the document (the lexicon's name or
 * body label): a new actor keeps both as they are. */
int doc_actor_get_id(doc *d, dn_actor_type type, const char *label, const char *known_id,
                     const char *kind, int state);
/* The actor of lexicon state st (made on first use, then remembered in
 * d->state_actor). */
int doc_state_actor(doc *d, int st);
/* A transcript speaker of no known state takes the state of the body the
 * document's head names (d->issuer), when there is one. */
void doc_label_speaker_state(doc *d, int a);
/* Adds a surface form (text bytes) as an alias. */
void doc_actor_alias(doc *d, int a, const char *s, size_t n);
/* Recognises the mentions of the current tokens (d->tk) into d->m. */
void doc_recognise(doc *d);
/* 1 when a title or a government body starts at token i ("government",
 * "foreign minister"). */
int doc_office_at(doc *d, size_t i);
/* After pass 1: names of persons that are a lexicon person spelt with a
 * letter more or less ("Josef Borrel") are pointed at that person. */
void doc_merge_persons(doc *d);
/* Pass 1, the first sentences: a dateline of one city ("MOSCOW, June 25
 * (Reuters) -", "DJIBOUTI -") sets d->dateline to its state. */
void doc_dateline(doc *d);
/* After pass 1 (d->pair and d->home known): the persons of a national
 * title and no state ("Deputy Defence Minister Yunus-Bek Yevkurov" in a
 * story from Moscow) take the dateline's, when the story is about that
 * state (its home or one of its pair). */
void doc_dateline_holders(doc *d);
/* Pass 1, a heading sentence before the body (the title included): its
 * seat of government or government body names d->issuer. */
void doc_issuer(doc *d);

/* One of the first lines opening with a non-governmental organisation
 * and a comma or nothing after it ("Newsroom Freedom Watch, case alert
 * EGY-14-07"): it issues the document (d->issuer_org), whose "we" it is. */
void doc_issuer_org(doc *d);
/* Pass 1, the first sentences: the first date the sentence writes
 * ("January 31, 1996", "31 Jan. 2022", "March 2019") sets d->date_lo and
 * d->date_hi, when no date is known. */
void doc_date(doc *d);
#define LM_REFS 16
#define LM_N(v) ((v) & 31u)
#define LM_PICK_UNKNOWN (31u << 5 | 31u << 10) /* both picks not made yet */
/* 1 when token i of the current sentence, lower-cased, is the literal w:
 * lengths first, then a memcmp of a known size (the rules ask this of
 * nearly every token; "" w "" admits string literals only). */
#define doc_lw_is(d, i, w)                                                              \
    ((size_t)(i) < (d)->tk.n && (d)->tk.tok[(i)].len == sizeof("" w "") - 1 &&         \
     memcmp((d)->tk.tok[(i)].lower, w, sizeof("" w "") - 1) == 0)

/* 1 when w is "the", "a" or "an" (asked of most tokens: no strcmp). */
static inline int doc_is_det(const char *w)
{
    if (w[0] == 't')
        return w[1] == 'h' && w[2] == 'e' && w[3] == '\0';
    return w[0] == 'a' && (w[1] == '\0' || (w[1] == 'n' && w[2] == '\0'));
}

/* 1 when token i of the current sentence is "the", "a" or "an". */
static inline int doc_det_at(const doc *d, size_t i)
{
    return i < d->tk.n && doc_is_det(d->tk.tok[i].lower);
}

/* 1 when token i of the current sentence ends in "ed" (a past participle,
 * or an adjective): a word of four letters or more. */
static inline int doc_ends_ed(const doc *d, size_t i)
{
    const dn_token *t = i < d->tk.n ? &d->tk.tok[i] : NULL;
    return t && t->len > 3 && t->lower[t->len - 2] == 'e' && t->lower[t->len - 1] == 'd';
}

/* 1 when token i of the current sentence ends in "ing" (a participle, a
 * gerund, or "during"): a word of four letters or more. */
/* doc_month_of past its first test (actors.c). */
int doc_month_named(const char *w, size_t n);

/* The month a word names ("January", "Jan", "Sept"), 1-12, else 0. Most
 * words asked (every capitalised word of a document's first sentences)
 * have no month's length or initial (J, F, M, A, S, O, N or D, written
 * in capitals), which one bit of a mask tells without a call. */
static inline int doc_month_of(const char *w, size_t n)
{
    const uint32_t initials = 1u << ('J' - 'A') | 1u << ('F' - 'A') | 1u << ('M' - 'A') |
                              1u << ('A' - 'A') | 1u << ('S' - 'A') | 1u << ('O' - 'A') |
                              1u << ('N' - 'A') | 1u << ('D' - 'A');
    unsigned c = (unsigned)(unsigned char)w[0] - 'A';
    if (n < 3 || n > 9 || c >= 26u || !((initials >> c) & 1u))
        return 0;
    return doc_month_named(w, n);
}

static inline int doc_ends_ing(const doc *d, size_t i)
{
    const dn_token *t = i < d->tk.n ? &d->tk.tok[i] : NULL;
    return t && t->len > 3 && memcmp(t->lower + t->len - 3, "ing", 3) == 0;
}

/* The same test on token i's text as written (case kept): "'s", ",". */
#define doc_tx_is(d, i, w)                                                              \
    ((size_t)(i) < (d)->tk.n && (d)->tk.tok[(i)].len == sizeof("" w "") - 1 &&         \
     memcmp((d)->tk.tok[(i)].text, w, sizeof("" w "") - 1) == 0)

/* A name in capitals ("NIKKI HALEY") in the usual case, in buf; NULL when
 * it is not one (actors.c). */
const char *doc_caps_title(const char *name, char *buf, size_t size);
/* The person a transcript's label made of an office alone names ("THE
 * MINISTER OF FOREIGN AFFAIRS:", the label's tokens before end): the one
 * person of that role the story has named so far; -1 none or several. */
int doc_label_office(doc *d, size_t end);
/* Pass 1: a "By NAME" line near the top, or a heading "Statement by
 * NAME" (heading: the sentence is a heading line), names the document's
 * author (d->author; DOC_AUTHORS when two headings name two persons). */
void doc_byline(doc *d, int heading);
/* Pass 1: a term the document defines for an actor it has just named,
 * "the Republic of the Sudan (the Applicant)", "the United Arab Emirates
 * ("the Respondent")", "The Applicant is the Republic of the Sudan": the
 * term becomes a name of that actor in the document. */
void doc_definitions(doc *d);
/* Resolves d->wl_bit from the lexicon (once per document). */
void doc_lists_init(doc *d);
/* 1 when token i of the current sentence is in word list wl: one load
 * and a shift, for the rules ask it of nearly every token. */
static inline int doc_has_word(const doc *d, enum doc_list wl, size_t i)
{
    return i < d->tk.n && ((d->tokmask[i] >> d->wl_bit[wl]) & 1u);
}
/* 1 when w is a preposition. */
int is_prep(const char *w);
/* 1 when the lower-cased token i ends in "ly" and is longer than 3 bytes
 * ("reportedly"): an adverb the rules step over. */
static inline int doc_is_ly(const doc *d, size_t i)
{
    size_t n = d->tk.tok[i].len;
    return n > 3 && d->tk.tok[i].lower[n - 2] == 'l' && d->tk.tok[i].lower[n - 1] == 'y';
}

#endif
