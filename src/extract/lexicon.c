/*
 * lexicon.c - loading and matching the extractor's lexicons.
 *
 * Files: data/states.json, places.json, organizations.json, persons.json
 * (schema in data/README.md) and the three sections owned by the
 * extractor, whose schema is this:
 *
 * titles.json: {"titles": [{"role": "foreign minister",
 *                           "forms": ["foreign minister",
 *                                     "minister of foreign affairs", ...],
 *                           "leader": false, "org": false,
 *                           "national": true}, ...]}
 *   role   the canonical role, which becomes a person's `kind`
 *   forms  ways to write the title (matched case-insensitively)
 *   leader true for heads of state or government: "Rwanda's leader" is
 *          resolved to a person of that state holding such a title
 *   org    true for titles of IGO officials (secretary-general)
 *   national true for a state's own offices (minister, spokesperson): with
 *          no state said, a holder is of the dateline's state
 *   state  the one state whose office it is ("pope": Holy See), or absent:
 *          its holder is of that state, and "the Pope" alone names the
 *          one listed holder on the document's date
 *
 * bodies.json: {"bodies": [{"key": "defense ministry", "kind": "government",
 *                           "agent": "GOV",
 *                           "label": "Ministry of Defense of {state}",
 *                           "forms": ["defense ministry", "ministry of
 *                                     defense", ...],
 *                           "military": false, "state": null,
 *                           "alone": null}, ...]}
 *   A body combines with a state in every word order: "Azerbaijani Defense
 *   Ministry", "Azerbaijan's Defense Ministry", "Ministry of Defense of
 *   Azerbaijan". label is the canonical node label; {state} is replaced by
 *   the state's name, {demonym} by its first demonym (or its name).
 *   agent is the CAMEO agent code appended to the state's code (AZEMIL).
 *   alone: the organisation a capitalised form names when no state goes
 *   with it ("the Security Council": the United Nations Security Council).
 *   military: armed forces, also named by a demonym and a word of the
 *   "equipment" list ("Russian bombers"). state: a body of one state only
 *   ("State Department"), which then needs no state word.
 *
 * triggers.json: {"triggers": [{"name": "accuse", "type": "accusation",
 *                               "cameo": "112", "goldstein": -2.0,
 *                               "forms": ["accuse|accuses|accused|accusing"],
 *                               "preps": [""], "window": 0,
 *                               "context": [], "noun": false,
 *                               "passive": true, "reject_prior": false,
 *                               "inverse": false},
 *                               ...],
 *                 "words": {"negations": [...], "hypotheticals": [...],
 *                           "speech": [...], ...}}
 *   type       an edge type of EVENTS.md; cameo, goldstein: the CAMEO
 *              event code and Goldstein weight the edge gets
 *   forms      word sequences; "a|b" alternatives, "*" up to three words
 *   preps      words that introduce the object right after the trigger;
 *              "" allows a direct object
 *   window     words that may stand between trigger (and prep) and object
 *   context_window  when above 0, the context words must stand within
 *              that many tokens after the trigger ("called Pelosi's trip
 *              'irresponsible'"), not anywhere in the sentence
 *   unless     the trigger does not count when the sentence holds one of
 *              these words ("spoke with" is a call, unless the sentence
 *              speaks of a meeting, a visit or a summit)
 *   context    the trigger counts only when the sentence holds one of these
 *              words ("spoke" is a call only with "phone"/"telephone")
 *   noun       an evaluative noun: "provocation by X", "X's provocations";
 *              its author is the speaker
 *   passive    "X was shelled by Y" gives Y -> X
 *   reject_prior "rejected the charges" with no object: the edge goes to
 *              whoever accused the subject earlier in the document
 *   inverse    the object acted on the subject: "A received a call from B"
 *              gives B -> A
 *   person_object  the object must be a person, named or "him"/"her"
 *              ("called Erdogan" is a call; "called the killing ..." not)
 *   object_then_to  "to" must follow the object: what is asked of it
 *              ("told Chavez to be quiet" is an appeal; "told Chavez
 *              that ..." is not)
 *   named_object  the object must be named, not a pronoun ("called him
 *              a great friend" leaves open whose friend)
 *   modal      a modal of obligation ("must", "should"): the actor right
 *              before it, the subject of a reported clause, is asked to act
 *              by the speaker ("Lavrov said Kyiv must stop the shelling")
 *   objects_meet  the objects also meet one another: "brought Qarase
 *              and Bainimarama together for talks" (a meeting of each with
 *              the subject, and of the two)
 *   owner_type the edge type when the object is an owner ("welcomed
 *              Moscow's decision": a statement, where "welcomed Lavrov"
 *              is a meeting)
 *   words      word lists the extractor's rules use (see dn_lexicon_has_word):
 *              negations, hypotheticals, hedges (no edge when one stands
 *              before a trigger), speech (verbs that attribute a quote),
 *              relation_nouns ("dispute with X" is no object), group_nouns
 *              ("both sides"), state_nouns ("the gas-rich Gulf State"),
 *              claim_nouns ("rejected claims"), place_nouns ("the cities
 *              of A and B"), capital_nouns, transparent ("representatives
 *              of X"), honorifics and particles (inside names),
 *              function_words, prepositions, pronouns, clause_breaks,
 *              auxiliaries ("has", "will", "also": after a listed object
 *              they begin a new clause, "shelled A and B has appealed"),
 *              person_group_nouns ("both leaders", "the two men"),
 *              reciprocal_verbs ("traded blame": the act both ways),
 *              geo_nouns ("the Sea of Japan" names no state),
 *              locatives ("met with X in Moscow": where, not whom),
 *              org_nouns ("the bloc", "the council": the organisation
 *              named last whose name holds the noun), target_nouns ("struck
 *              the camp of X": what an attack hits, whose owner is hit),
 *              time_words (the first words of "this afternoon", "on
 *              Monday", "later": a phrase of time the rules step over),
 *              cessations ("halt air strikes": no attack made), clutter
 *              (the lines of a pasted web page: "Advertisement", "READ
 *              MORE:"), initiative_nouns ("welcomed the Russian
 *              initiative": what is said of a demonym's state),
 *              subordinators ("after", "because": a clause with its own
 *              subject), deed_participles ("the shooting, incited by X":
 *              its agent did it), numerals ("talks of two hours"),
 *              remark_nouns and step_nouns ("called the remarks rude",
 *              "condemned the move": aimed at the speaker, the mover),
 *              claim_verbs ("as Kigali alleges": the claimant),
 *              time_units ("this morning"), byline_words ("By Reuters
 *              Staff" names no author), statement_heads (a title that
 *              makes the document a statement: "we" is its issuer),
 *              patient_nouns ("called for Machar's release": the owner
 *              is asked nothing), gathering_nouns (a communique's
 *              "Summit", "The Authority": the organisation its head
 *              names), sentence_adverbs ("Meanwhile", "However": a
 *              capitalised word that is no given name), civilian_nouns
 *              ("threatened Swedish journalists": people of a state who
 *              are not its government), cognition_verbs ("said Blinken
 *              should remember that ...": a retort, no request to act),
 *              departure_verbs ("ordered the ambassador to leave": an
 *              expulsion, no request), adverbial_nouns ("At first Yemen
 *              demanded": with a preposition, an adverb, no object),
 *              irregular_pasts ("took Nigeria to the Court": a verb in
 *              the past whose object follows, as "-ed" words are),
 *              org_heads (the last word of an organisation's name the
 *              lexicon does not know: "Civic Election Observation
 *              Mission", "Board of Inquiry"), restraint_nouns ("called
 *              for restraint by both sides": those asked), deed_nouns
 *              ("condemned the actions of X": X's deed, X accused), and
 *              in names.json feminine and masculine (given names,
 *              honorifics and titles that tell a person's gender, for
 *              he/she) and name_abbreviations ("Md."); given_name_states
 *              and surname_stop are read by the lexicon itself
 *              (surnames). At most DN_LEX_LIST_BITS (62) lists take a bit
 *              of a token's 64-bit mask; the two the lexicon reads itself
 *              take none; 52 are in use.
 *
 * Storage: each kind of entry is an array; entries keep their own forms so
 * that a later file can override an entry of the same name before
 * dn_lexicon_finish builds the phrase tables. A phrase table is an open-
 * addressing hash from the joined tokens of a form to a list of refs; a
 * phrase's hash mixes its tokens' hashes (phrase_step), so that text is
 * looked up from the hashes the tokenizer computed. finish also builds the
 * word table: for every word that matters to a token (first word of a
 * form, word of a list, first word of a trigger) one slot with all the
 * answers (list mask, trigger bit, and per phrase table the lengths, kinds
 * and second words of the forms it starts), so that the extractor probes
 * once per token and the matchers probe only phrases that may exist; its
 * records (32 bytes, the key inline) are probed in place, at most a
 * quarter of them used, and one-byte words (punctuation) are answered
 * from a 256-entry table without a probe.
 *
 * Cache lines, not instructions, are the cost here: most probes miss the
 * L1 cache. So tokens_info asks for a sentence's word records before it
 * looks any up, each in one aligned line, hit or miss; the
 * matchers read a first word's fw_hot, one aligned line that answers a
 * one-word form of one entry with no probe at all; and a bitmap of each
 * phrase table's hashes turns away most multi-word phrases the text has
 * and the table lacks before their slot is read. The tables probed at
 * random per token (the word records, 2 MB with the default lexicon, the
 * phrase tables' slots, the fw_hot lines) are dn_tab_calloc's: from 256
 * KB on each lives in a huge page, where over 4 KB pages most of those
 * probes also missed the TLB.
 *
 * Memory: the lexicon's strings (entries, forms, map keys) and each
 * phrase table's keys and refs live in arenas that are freed whole; a
 * string a later file replaces stays there until dn_lexicon_free.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dipnet/io.h"
#include "dipnet/lexicon.h"
#include "dipnet/graph.h"
#include "util/arena.h"
#include "util/json.h"
#include "util/strmap.h"
#include "util/util.h"

/* String -> list of refs. Keys and ref lists live in the table's arena
 * (a list that grows leaves its old copy there): they die together. */
typedef struct ptab_slot { /* 32 bytes: two to a cache line */
    uint64_t hash;    /* dn_hash_str(key) */
    char *key;
    dn_lex_ref *refs; /* room for 2, or for n rounded up to a power of two */
    uint32_t klen;    /* strlen(key) */
    uint32_t n;
} ptab_slot;

typedef struct ptab {
    ptab_slot *slots;
    size_t cap, used;
    dn_arena mem; /* keys and refs */
    /* built by finish: bit PTAB_BIT(hash) of every key, 16 bits a key
     * (a power of two); the text's phrases are mostly no key, and this
     * answers most of them from a few kilobytes instead of a probe of
     * the slots, which lie in half a megabyte */
    uint64_t *filter;
    size_t fbits; /* 0: no filter (every probe goes to the slots) */
} ptab;

#define PTAB_BIT(t, h) ((size_t)((h) >> 32) & ((t)->fbits - 1))

/* What the forms that start with one word (in one phrase table) look
 * like: bit l-1 of lens is set when one of l tokens does (bit 31: one of
 * 32 tokens or more), kind_lens the same per kind of ref; max is the
 * longest; second a set of their second words. The matchers probe only
 * the lengths that exist, and longer ones only when the text's second
 * word may be one of these. */
typedef struct fw_info {
    unsigned lens;
    unsigned kind_lens[DN_LX__COUNT];
    int max;
    uint64_t second; /* second_bit of the second words of longer forms */
    long one;        /* the table's slot of the word alone, -1 when none */
} fw_info;

/* What match_first reads of an fw_info, packed in 32 bytes on aligned
 * memory (one cache line, where the fw_info takes two), with the first
 * ref of the one-word form: a token that is a one-word form of one entry
 * ("Russia") is answered from this line alone, without the table's slot
 * and ref list. */
typedef struct fw_hot {
    unsigned lens;      /* as fw_info */
    int max;            /* as fw_info */
    uint64_t second;    /* as fw_info */
    dn_lex_ref one_ref; /* the one-word form's first ref (when one_n >= 1) */
    uint32_t one_n;     /* its number of refs, 0: no one-word form */
    uint16_t kinds;     /* bit k: kind_lens[k] != 0 (a form of kind k starts here) */
    uint16_t kinds_long; /* bit k: kind_lens[k] > 1 (one of more than one token) */
} fw_hot;

/* A word's bit in a 64-bit set, from the top bits of its hash (those of
 * FNV-1a depend on every byte). */
static uint64_t second_bit(uint64_t h)
{
    return 1ULL << (h >> 58);
}

/* The key of the pair (first word fi, kind k) x second word of hash h2
 * in the lexicon's pair filter (the mix of phrase_step). */
static uint64_t pair_key(int fi, unsigned k, uint64_t h2)
{
    return ((h2 << 23 | h2 >> 41) ^ ((uint64_t)(unsigned)fi << 4 | k)) * 0x9E3779B97F4A7C15ULL;
}

/* The word of the pair filter that a pair key's bits are in, and where
 * they start in it (PAIR_ROT). */
#define PAIR_WORD(lx, key) ((size_t)((key) >> 32) & ((lx)->pbits / 64 - 1))
#define PAIR_ROT(key) ((unsigned)((key) >> 26) & 63u)

/* A pair filter's note of a form: its pair key and its length's bit. */
typedef struct pair_note {
    uint64_t key;
    uint32_t len_bit; /* len_bit(tokens of the form) */
} pair_note;

static uint64_t rotl64(uint64_t x, unsigned r)
{
    return r ? x << r | x >> (64 - r) : x;
}

/* The word table: every word a token's text or lower form is looked up
 * by, with all the answers the extractor wants per token, so that one
 * probe (two for a word with capitals) serves a token. It is an open-
 * addressing table of the records themselves, at most a quarter full: a
 * probe reads the record where the word's hash points, which holds the
 * key, so that a hit is one cache line (tokens_info asks for it before it
 * looks), and a miss mostly that line too, an empty record or a key of
 * another length. (An index of tagged entries over dense records, before,
 * took a second line for every hit, and most tokens hit: "the", "said".) */
typedef struct wtab_word { /* 32 bytes; one line in a mapped table (64 KB
                            * or more, page-aligned: dn_tab_calloc) */
    union {
        char in[16]; /* a key shorter than WKEY_IN: the key, NUL, and its
                      * length in in[15] */
        struct {
            const char *ptr; /* a longer key, in the table's arena */
            uint32_t len;
            char pad[3];
            unsigned char tag; /* in[15]: WKEY_FAR */
        } far;
    } k;               /* a hit compares the key without another miss */
    dn_wordmask mask;  /* word lists, | DN_LEX_MASK_TRIGGER */
    int fi[2];         /* fw_info of forms starting with key: exact, folded; -1 none */
} wtab_word;

#define WKEY_IN 15     /* keys of at most 14 bytes are kept in the record */
#define WKEY_FAR 0xFF  /* in[15] of a record whose key is in the arena */
#define WKEY_EMPTY 0xFE /* in[15] of an empty record (no key) */

typedef struct wtab {
    wtab_word *w;   /* cap records (dn_tab_calloc), at most a quarter of them used */
    size_t cap;     /* a power of two, or 0 */
    size_t n;       /* records used */
    dn_arena keys;  /* the records' long keys */
} wtab;

/* What wtab_find gives for a word the table lacks: no lists, no forms. */
static const wtab_word wtab_none = {{""}, 0, {-1, -1}};

/* A token longer than TOK_LONG bytes may start a trigger form whatever
 * the word table says: dn_lexicon_trigger_lookup_tok looks it up by its
 * own key. So tokens_info gives it the trigger bit: a record of a key that
 * long has it from the start (wtab_get_h), and wtab_probe gives such a
 * word the table lacks this record, not wtab_none. */
#define TOK_LONG 250
static const wtab_word wtab_none_long = {{""}, DN_LEX_MASK_TRIGGER, {-1, -1}};

_Static_assert(sizeof(wtab_word) == 32, "a word record is half a cache line");

/* The length of record w's key. */
static inline size_t wklen(const wtab_word *w)
{
    unsigned char t = (unsigned char)w->k.in[WKEY_IN];
    return t == WKEY_FAR ? w->k.far.len : t;
}

/* The key of record w (NUL-terminated, wklen bytes). */
static inline const char *wkey(const wtab_word *w)
{
    return (unsigned char)w->k.in[WKEY_IN] == WKEY_FAR ? w->k.far.ptr : w->k.in;
}


typedef struct entry_forms {
    char **v;
    dn_lex_kind *kinds; /* what each form stands for */
    size_t n, cap;
} entry_forms;

typedef struct wordlist {
    char *name;
    dn_strmap words;
    int bit; /* its bit in the word masks, -1 none (DN_LEX_LIST_BITS) */
} wordlist;

struct dn_lexicon {
    dn_lex_state *states;
    entry_forms *state_forms;
    size_t n_states, cap_states;
    dn_lex_place *places;
    entry_forms *place_forms;
    size_t n_places, cap_places;
    dn_lex_org *orgs;
    entry_forms *org_forms;
    size_t n_orgs, cap_orgs;
    dn_lex_person *persons;
    entry_forms *person_forms;
    size_t n_persons, cap_persons;
    dn_lex_title *titles;
    entry_forms *title_forms;
    size_t n_titles, cap_titles;
    dn_lex_body *bodies;
    entry_forms *body_forms;
    size_t n_bodies, cap_bodies;
    dn_lex_trigger *triggers;
    char ***trigger_formstr; /* per trigger: NULL-terminated form strings */
    size_t n_triggers, cap_triggers;
    dn_strmap names[DN_LX__COUNT]; /* entry name -> index, per kind */
    wordlist *lists;
    size_t n_lists, cap_lists;
    int n_bits; /* list bits given so far */
    dn_strmap wordmask; /* word -> its entry in wmask */
    dn_wordmask *wmask; /* the bit masks of the lists that hold each word */
    size_t n_wmask, wmask_cap;
    dn_arena strs; /* the strings of states, places, organisations, persons,
                      titles and bodies and their forms, and the keys of the
                      maps above; a string replaced by a later file stays
                      here until dn_lexicon_free */

    /* built by finish */
    ptab exact, folded;
    ptab trig; /* first word of a trigger form -> forms (DN_LX__COUNT) */
    wtab words;         /* per word: lists, trigger start, fw_info indexes */
    const wtab_word *byte_word[256]; /* the record of each one-byte word (most
                                        punctuation), or &wtab_none */
    fw_info *fw;        /* first-word infos, indexed by wtab_word.fi */
    fw_hot *fwh;        /* their hot part, likewise (dn_tab_calloc) */
    size_t n_fw, cap_fw;
    size_t n_fwh;       /* the entries fwh was allocated with */
    /* the second words of the forms of two tokens or more, per first word
     * and kind, and their lengths: for every such form, with key
     * pair_key(fi, k, h2) (fi the fw index of its first word, k its kind
     * and DN_LX__COUNT (any), h2 the hash of its second token), bit 0 and
     * the bit of its length (len_bit) of a 32-bit set rotated left by
     * PAIR_ROT(key) into 64-bit word PAIR_WORD(key). fw_hot.second is one
     * 64-bit set for all the forms of a first word ("foreign": minister,
     * ministry, secretary, ...); this tells, once the next token is in
     * that set, whether a form of the kind asked continues with it
     * ("foreign ministry" is no title), and of which lengths ("United
     * States" is no form of four tokens), before a search probes the
     * phrases. pair_notes collects the keys while finish adds the forms. */
    uint64_t *pairs;
    size_t pbits; /* a power of two; 0: no filter (every pair may be) */
    pair_note *pair_notes;
    size_t n_pair_notes, cap_pair_notes;
    size_t max_len;
    dn_trigger_form *tforms;
    size_t n_tforms, cap_tforms;
    /* node ids and body labels, built by finish in their own arena:
     * ids[kind][i] for states, places, orgs and persons;
     * body_label/body_id[bi * n_states + st] */
    dn_arena idmem;
    const char **ids[DN_LX__COUNT];
    const char **body_label, **body_id;
    /* every person's surname (of each form), sorted, for titled surnames
     * ("President Jiang": the persons of that surname and role); the
     * strings are the forms' own */
    struct sur_entry {
        const char *surname;
        int person;
    } *surnames;
    size_t n_surnames;
    /* per state, the lists of how its persons are named that hold its
     * name (STATE_FAMILY_FIRST, STATE_GIVEN_NAMES): finish asks of every
     * person's state, and the extractor of every person's; the lists'
     * names and the state's name need not be looked up each time. Built
     * first by finish, read by the extractor while finished. */
    unsigned char *state_names;
    /* every form of every title, lower-cased as strcasecmp compares
     * (tolower), -> the first title with that form, for
     * dn_lexicon_title_of_role, which finish asks of every person; valid
     * while roles_built (a later load clears it) */
    dn_strmap role_titles;
    int roles_built;
    int finished;
};

/* ---- small hash maps ---- */

/* The hash of a phrase of the tables: a one-token phrase hashes as its
 * token (dn_hash_str, the dn_token.htext / hlower of the tokenizer), each
 * further token's hash is mixed in. Tokens never hold a space, so a key,
 * the tokens of a form joined by spaces, has one hash whatever tokens it
 * is compared with, and the text's phrases are hashed without touching
 * their bytes. */
static uint64_t phrase_step(uint64_t h, uint64_t th)
{
    return ((h << 23 | h >> 41) ^ th) * 0x9E3779B97F4A7C15ULL;
}

/* 1 when a[0..n) equals b[0..n), reading neither beyond: whole words
 * where they fit (the last one overlapping), for the short keys here. */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    uint32_t u, v;
    uint16_t p, q;
    if (n >= 8) {
        size_t k;
        for (k = 0; k + 8 <= n; k += 8) {
            memcpy(&x, a + k, 8);
            memcpy(&y, b + k, 8);
            if (x != y)
                return 0;
        }
        if (k == n)
            return 1;
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        memcpy(&u, a, 4);
        memcpy(&v, b, 4);
        if (u != v)
            return 0;
        memcpy(&u, a + n - 4, 4);
        memcpy(&v, b + n - 4, 4);
        return u == v;
    }
    if (n >= 2) {
        memcpy(&p, a, 2);
        memcpy(&q, b, 2);
        if (p != q)
            return 0;
        memcpy(&p, a + n - 2, 2);
        memcpy(&q, b + n - 2, 2);
        return p == q;
    }
    return n == 0 || a[0] == b[0];
}

/* 1 when key equals tokens [i, i+l) joined by single spaces (folded:
 * their lower forms); the key's length is that of the tokens so joined
 * (ptab_find_tokens compared them), so no compare reads past it. */
static int key_is_tokens(const char *key, const dn_token *tok, size_t i, size_t l, int folded)
{
    for (size_t k = 0; k < l; k++) {
        const dn_token *t = &tok[i + k];
        if (k && *key++ != ' ')
            return 0;
        if (!same_bytes(key, folded ? t->lower : t->text, t->len))
            return 0;
        key += t->len;
    }
    return 1;
}

/* The slot of the phrase tokens [i, i+l) whose joined hash is h and
 * joined length klen (a key is compared only when its length is klen). */
static ptab_slot *ptab_find_tokens(const ptab *t, uint64_t h, size_t klen, const dn_token *tok,
                                   size_t i, size_t l, int folded)
{
    size_t x;
    if (!t->cap)
        return NULL;
    for (x = h & (t->cap - 1); t->slots[x].key; x = (x + 1) & (t->cap - 1)) {
        const ptab_slot *s = &t->slots[x];
        if (s->hash == h && s->klen == klen && key_is_tokens(s->key, tok, i, l, folded))
            return &t->slots[x];
    }
    return NULL;
}

/* The slot of the one-word key s[0..len) whose hash is h: ptab_find_tokens
 * of one token, without the walk over tokens. */
static inline ptab_slot *ptab_find_word(const ptab *t, uint64_t h, const char *s, size_t len)
{
    size_t x;
    if (!t->cap)
        return NULL;
    for (x = h & (t->cap - 1); t->slots[x].key; x = (x + 1) & (t->cap - 1)) {
        const ptab_slot *sl = &t->slots[x];
        if (sl->hash == h && sl->klen == len && same_bytes(sl->key, s, len))
            return &t->slots[x];
    }
    return NULL;
}

static ptab_slot *ptab_find(const ptab *t, const char *key)
{
    size_t i;
    uint64_t h;
    if (!t->cap)
        return NULL;
    h = dn_hash_str(key);
    for (i = h & (t->cap - 1); t->slots[i].key; i = (i + 1) & (t->cap - 1))
        if (t->slots[i].hash == h && strcmp(t->slots[i].key, key) == 0)
            return &t->slots[i];
    return NULL;
}

/* Adds ref to the refs of key, whose hash is h (phrase_step's for the
 * phrases, dn_hash_str's for keys looked up as strings). */
static int ptab_add(ptab *t, const char *key, uint64_t h, dn_lex_ref ref)
{
    size_t i;
    ptab_slot *s;

    if ((t->used + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 1024;
        ptab_slot *ns = dn_tab_calloc(ncap, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t j = 0; j < t->cap; j++) {
            if (!t->slots[j].key)
                continue;
            for (i = t->slots[j].hash & (ncap - 1); ns[i].key;
                 i = (i + 1) & (ncap - 1))
                ;
            ns[i] = t->slots[j];
        }
        dn_tab_free(t->slots, t->cap, sizeof *t->slots);
        t->slots = ns;
        t->cap = ncap;
    }
    for (i = h & (t->cap - 1); t->slots[i].key; i = (i + 1) & (t->cap - 1))
        if (t->slots[i].hash == h && strcmp(t->slots[i].key, key) == 0)
            break;
    s = &t->slots[i];
    if (!s->key) {
        size_t klen = strlen(key);
        if (klen >= 0xFFFFFFFFu || !(s->key = dn_arena_strndup(&t->mem, key, klen)) ||
            !(s->refs = dn_arena_alloc(&t->mem, 2 * sizeof *s->refs)))
            return -1;
        s->hash = h;
        s->klen = (uint32_t)klen;
        t->used++;
    }
    for (size_t j = 0; j < s->n; j++)
        if (s->refs[j].kind == ref.kind && s->refs[j].index == ref.index)
            return 0;
    if (s->n >= 2 && (s->n & (s->n - 1)) == 0) { /* full: n is its room */
        dn_lex_ref *nr;
        if (s->n >= 0x7FFFFFFFu || !(nr = dn_arena_alloc(&t->mem, 2 * s->n * sizeof *nr)))
            return -1;
        memcpy(nr, s->refs, s->n * sizeof *nr);
        s->refs = nr;
    }
    s->refs[s->n++] = ref;
    return 0;
}

/* Replaces the bit filter *words (*bits bits, 0: none) by a zeroed one
 * for n keys, 16 bits a key or more (a power of two, at least 64).
 * Returns 0, or -1 on ENOMEM with no filter left. */
static int filter_renew(uint64_t **words, size_t *bits, size_t n)
{
    size_t b = 64;
    while (b < 16 * n)
        b *= 2;
    free(*words);
    *bits = 0;
    if (!(*words = calloc(b / 64, sizeof **words)))
        return -1;
    *bits = b;
    return 0;
}

/* Builds t's filter of its keys' hashes (once the table is complete).
 * Returns 0 or -1. */
static int ptab_build_filter(ptab *t)
{
    if (filter_renew(&t->filter, &t->fbits, t->used) != 0)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key) {
            size_t b = PTAB_BIT(t, t->slots[i].hash);
            t->filter[b >> 6] |= 1ULL << (b & 63);
        }
    return 0;
}

/* 0 when t surely lacks a key of hash h (1: it may have one). */
static inline int ptab_may_have(const ptab *t, uint64_t h)
{
    size_t b;
    if (!t->fbits)
        return 1;
    b = PTAB_BIT(t, h);
    return (int)(t->filter[b >> 6] >> (b & 63) & 1);
}

static void ptab_free(ptab *t)
{
    free(t->filter);
    dn_tab_free(t->slots, t->cap, sizeof *t->slots);
    dn_arena_free(&t->mem);
    memset(t, 0, sizeof *t);
}

/* An empty record (no key, no lists, no forms), and what a table without
 * records is probed in. */
static const wtab_word wtab_empty = {
    .k.in[WKEY_IN] = (char)WKEY_EMPTY, .mask = 0, .fi = {-1, -1}};

/* A word of hash h is probed from the record at byte offset h & mb of
 * the records, mb = (cap - 1) * sizeof (wtab_word): bits 5 and up of the
 * hash pick the record, so that its address is one AND away (no shift),
 * in tokens_info's loop and in every probe. */
static inline const wtab_word *wtab_rec(const wtab_word *w, size_t off)
{
    return (const wtab_word *)(const void *)((const char *)w + off);
}

/* The records a word is probed in and their byte mask (above): wtab_empty
 * and 0 for a table without records, so that a probe needs no test. */
static inline const wtab_word *wtab_recs(const wtab *t, size_t *mb)
{
    *mb = t->cap ? (t->cap - 1) * sizeof *t->w : 0;
    return t->cap ? t->w : &wtab_empty;
}

/* The record of word s[0..len) with hash h (dn_hash_bytes) among the
 * records w of byte mask mb (wtab_recs), or &wtab_none (&wtab_none_long
 * for a word of more than TOK_LONG bytes). A short word is
 * compared with short keys only (its length is their in[15], which an
 * empty record's and a long key's never equal), a long one with long
 * keys: two loops, so that the test of the word's kind is made once, not
 * at every record read. */
static inline const wtab_word *wtab_probe(const wtab_word *w, size_t mb, const char *s,
                                          size_t len, uint64_t h)
{
    size_t x = h & mb;
    if (len < WKEY_IN) {
        for (;; x = (x + sizeof *w) & mb) {
            const wtab_word *r = wtab_rec(w, x);
            unsigned char t = (unsigned char)r->k.in[WKEY_IN];
            if (t == len && same_bytes(r->k.in, s, len))
                return r;
            if (t == WKEY_EMPTY)
                return &wtab_none;
        }
    }
    for (;; x = (x + sizeof *w) & mb) {
        const wtab_word *r = wtab_rec(w, x);
        unsigned char t = (unsigned char)r->k.in[WKEY_IN];
        if (t == WKEY_FAR && r->k.far.len == len && same_bytes(r->k.far.ptr, s, len))
            return r;
        if (t == WKEY_EMPTY)
            return len > TOK_LONG ? &wtab_none_long : &wtab_none;
    }
}

/* The record of word s[0..len) with hash h (dn_hash_bytes), or
 * &wtab_none. */
static inline const wtab_word *wtab_find(const wtab *t, const char *s, size_t len,
                                         uint64_t h)
{
    size_t mb;
    const wtab_word *w = wtab_recs(t, &mb);
    return wtab_probe(w, mb, s, len, h);
}

/* The record where the word s[0..len) with hash h is, or the empty one
 * where it would go, among the cap records w. */
static wtab_word *wtab_slot(wtab_word *w, size_t cap, const char *s, size_t len, uint64_t h)
{
    size_t x;
    /* the record of byte offset h & (cap - 1) * 32 (WTAB_REC) */
    for (x = (h / sizeof *w) & (cap - 1); (unsigned char)w[x].k.in[WKEY_IN] != WKEY_EMPTY;
         x = (x + 1) & (cap - 1))
        if (wklen(&w[x]) == len && same_bytes(wkey(&w[x]), s, len))
            break;
    return &w[x];
}

/* Doubles the records (at least 1024), in a dn_tab_calloc table, and
 * moves every record to its place there. Returns 0 or -1. */
static int wtab_grow(wtab *t)
{
    size_t ncap = t->cap ? t->cap * 2 : 1024;
    wtab_word *nw;
    if (!(nw = dn_tab_calloc(ncap, sizeof *nw)))
        return -1;
    for (size_t i = 0; i < ncap; i++)
        nw[i] = wtab_empty;
    for (size_t i = 0; i < t->cap; i++) {
        const wtab_word *r = &t->w[i];
        if ((unsigned char)r->k.in[WKEY_IN] != WKEY_EMPTY)
            *wtab_slot(nw, ncap, wkey(r), wklen(r), dn_hash_bytes(wkey(r), wklen(r), 0)) = *r;
    }
    dn_tab_free(t->w, t->cap, sizeof *t->w);
    t->w = nw;
    t->cap = ncap;
    return 0;
}

/* The record of word s[0..len) whose hash is h (dn_hash_bytes), made
 * (empty: no lists, no forms; the trigger bit of a key of more than
 * TOK_LONG bytes) when new; NULL on ENOMEM. Record pointers
 * are valid until the next call. */
static wtab_word *wtab_get_h(wtab *t, const char *s, size_t len, uint64_t h)
{
    wtab_word *w;

    if ((t->n + 1) * 4 > t->cap && wtab_grow(t) != 0)
        return NULL;
    w = wtab_slot(t->w, t->cap, s, len, h);
    if ((unsigned char)w->k.in[WKEY_IN] != WKEY_EMPTY)
        return w;
    if (len < WKEY_IN) {
        memset(&w->k, 0, sizeof w->k);
        memcpy(w->k.in, s, len);
        w->k.in[WKEY_IN] = (char)len;
    } else {
        const char *k = dn_arena_strndup(&t->keys, s, len);
        if (!k)
            return NULL;
        memset(&w->k, 0, sizeof w->k);
        w->k.far.ptr = k;
        w->k.far.len = (uint32_t)len; /* keys are words of a file of at most 256 MB */
        w->k.far.tag = WKEY_FAR;
    }
    w->mask = len > TOK_LONG ? DN_LEX_MASK_TRIGGER : 0;
    w->fi[0] = w->fi[1] = -1;
    t->n++;
    return w;
}

/* wtab_get_h of the string s. */
static wtab_word *wtab_get(wtab *t, const char *s)
{
    size_t len = strlen(s);
    return wtab_get_h(t, s, len, dn_hash_bytes(s, len, 0));
}

/* Points every byte_word at its record (after the last wtab_get of a
 * finish), or with done 0 at wtab_none. */
static void set_byte_words(dn_lexicon *lx, int done)
{
    for (unsigned c = 0; c < 256; c++) {
        char k[2] = {(char)c, '\0'};
        lx->byte_word[c] =
            done ? wtab_find(&lx->words, k, 1, dn_hash_bytes(k, 1, 0)) : &wtab_none;
    }
}

static void words_free(dn_lexicon *lx)
{
    set_byte_words(lx, 0);
    dn_tab_free(lx->words.w, lx->words.cap, sizeof *lx->words.w);
    dn_arena_free(&lx->words.keys);
    memset(&lx->words, 0, sizeof lx->words);
    free(lx->fw);
    dn_tab_free(lx->fwh, lx->n_fwh, sizeof *lx->fwh);
    lx->fw = NULL;
    lx->fwh = NULL;
    lx->n_fw = lx->cap_fw = lx->n_fwh = 0;
    free(lx->pairs);
    free(lx->pair_notes);
    lx->pairs = NULL;
    lx->pair_notes = NULL;
    lx->pbits = lx->n_pair_notes = lx->cap_pair_notes = 0;
}

/* The bit of lens for forms of l >= 1 tokens. */
static unsigned len_bit(size_t l)
{
    return l >= 32 ? 1u << 31 : 1u << (l - 1);
}

/* Forgets an entry's forms (a later file redefines the entry): the
 * arrays and strings are in lx->strs, the arrays are reused. */
static void forms_clear(entry_forms *f)
{
    f->n = 0;
}

/* Room for one more form in f. 0, or -1 on ENOMEM. */
static int forms_room(dn_lexicon *lx, entry_forms *f)
{
    if (f->n == f->cap) { /* kinds[] has cap entries too; both in lx->strs */
        /* room for 4 at once: most entries have 1 to 4 forms */
        size_t ncap = f->cap ? 2 * f->cap : 4;
        char **nv;
        dn_lex_kind *nk;
        if (ncap > ((size_t)-1) / 2 / sizeof *nv ||
            !(nv = dn_arena_alloc(&lx->strs, ncap * sizeof *nv)) ||
            !(nk = dn_arena_alloc(&lx->strs, ncap * sizeof *nk)))
            return -1;
        if (f->n) {
            memcpy(nv, f->v, f->n * sizeof *nv);
            memcpy(nk, f->kinds, f->n * sizeof *nk);
        }
        f->v = nv;
        f->kinds = nk;
        f->cap = ncap;
    }
    return 0;
}

static int forms_add(dn_lexicon *lx, entry_forms *f, const char *s, dn_lex_kind k)
{
    if (!s || !*s)
        return 0;
    if (forms_room(lx, f) != 0 || !(f->v[f->n] = dn_arena_strdup(&lx->strs, s)))
        return -1;
    f->kinds[f->n++] = k;
    return 0;
}

/* forms_add of a string of lx->strs that lives as long as the forms (an
 * entry's own copy of its name, which set_str just made): the form is
 * that string, not one more copy of it. Nothing writes to either. */
static int forms_keep(dn_lexicon *lx, entry_forms *f, char *s, dn_lex_kind k)
{
    if (!s || !*s)
        return 0;
    if (forms_room(lx, f) != 0)
        return -1;
    f->v[f->n] = s;
    f->kinds[f->n++] = k;
    return 0;
}

static void set_byte_words(dn_lexicon *lx, int done);

dn_lexicon *dn_lexicon_new(void)
{
    dn_lexicon *lx = calloc(1, sizeof(dn_lexicon));
    if (!lx)
        return NULL;
    set_byte_words(lx, 0);
    /* the maps' keys live and die with the lexicon: in its arena */
    for (int k = 0; k < DN_LX__COUNT; k++)
        lx->names[k].arena = &lx->strs;
    lx->wordmask.arena = &lx->strs;
    return lx;
}

static void free_trigger_forms(dn_lexicon *lx)
{
    for (size_t i = 0; i < lx->n_tforms; i++) {
        for (size_t w = 0; w < lx->tforms[i].n_words; w++) {
            char **a = lx->tforms[i].alts[w];
            for (size_t k = 0; a && a[k]; k++)
                free(a[k]);
            free(a);
        }
        free(lx->tforms[i].alts);
    }
    free(lx->tforms);
    lx->tforms = NULL;
    lx->n_tforms = lx->cap_tforms = 0;
}

static void free_strv(char **v)
{
    for (size_t i = 0; v && v[i]; i++)
        free(v[i]);
    free(v);
}

static void free_ids(dn_lexicon *lx);
static void words_free(dn_lexicon *lx);

void dn_lexicon_free(dn_lexicon *lx)
{
    if (!lx)
        return;
    free_ids(lx);
    /* the entries' strings and forms are in lx->strs */
    free(lx->states);
    free(lx->state_forms);
    free(lx->places);
    free(lx->place_forms);
    free(lx->orgs);
    free(lx->org_forms);
    free(lx->persons);
    free(lx->person_forms);
    free(lx->titles);
    free(lx->title_forms);
    free(lx->bodies);
    free(lx->body_forms);
    dn_arena_free(&lx->strs);
    for (size_t i = 0; i < lx->n_triggers; i++) {
        dn_lex_trigger *t = &lx->triggers[i];
        free(t->name);
        free(t->cameo);
        for (size_t k = 0; k < t->n_preps; k++)
            free(t->preps[k]);
        free(t->preps);
        for (size_t k = 0; k < t->n_context; k++)
            free(t->context[k]);
        free(t->context);
        for (size_t k = 0; k < t->n_unless; k++)
            free(t->unless[k]);
        free(t->unless);
        free(t->context_h);
        free(t->unless_h);
        free(t->context_filter.bits);
        free(t->unless_filter.bits);
        free_strv(lx->trigger_formstr[i]);
    }
    free(lx->triggers);
    free(lx->trigger_formstr);
    for (int k = 0; k < DN_LX__COUNT; k++)
        dn_strmap_free(&lx->names[k]);
    for (size_t i = 0; i < lx->n_lists; i++) {
        free(lx->lists[i].name);
        dn_strmap_free(&lx->lists[i].words);
    }
    free(lx->lists);
    dn_strmap_free(&lx->wordmask);
    free(lx->wmask);
    ptab_free(&lx->exact);
    ptab_free(&lx->folded);
    ptab_free(&lx->trig);
    words_free(lx);
    free_trigger_forms(lx);
    free(lx->state_names);
    dn_strmap_free(&lx->role_titles);
    free(lx);
}

/* ---- JSON helpers ---- */

/* cJSON_IsNull, _IsString, _IsArray and _IsObject, as cJSON 1.7.15
 * defines them (the type's low byte, NULL is none), without a call into
 * the library for every field of every entry. */
static inline int json_is(const cJSON *v, int type)
{
    return v && (v->type & 0xFF) == type;
}
#define json_is_null(v) json_is((v), cJSON_NULL)
#define json_is_string(v) json_is((v), cJSON_String)
#define json_is_array(v) json_is((v), cJSON_Array)
#define json_is_object(v) json_is((v), cJSON_Object)

typedef struct ctx {
    dn_lexicon *lx;
    const char *file;
    dn_error *err;
    /* the entry being read, section[k], named in messages: a message
     * about it gets path NULL, and its name is written only then */
    const char *section;
    int k;
    /* the last state name state_ref found, and its index: the entries of
     * a file mostly list one state's after another's */
    const char *last_state;
    int last_state_idx;
} ctx;

static void entry_path(char *path, const char *section, int k);

/* An error about path, or about the entry being read when path is NULL. */
static int bad(ctx *c, const char *path, const char *what)
{
    char entry[64];
    if (!path) {
        entry_path(entry, c->section, c->k);
        path = entry;
    }
    return dn_error_set(c->err, DN_EINVAL, c->file, 0, 0, "%s: %s", path, what);
}

/* Optional string field: *out NULL when absent or null. */
static int get_str(ctx *c, const cJSON *o, const char *key, const char *path,
                   int required, const char **out)
{
    const cJSON *v = dn_json_get(o, key);
    char msg[256];

    *out = NULL;
    if (!v || json_is_null(v)) {
        if (!required)
            return DN_OK;
        snprintf(msg, sizeof msg, "missing field \"%s\"", key);
        return bad(c, path, msg);
    }
    if (!json_is_string(v)) {
        snprintf(msg, sizeof msg, "\"%s\" must be a string, not %s", key,
                 dn_json_type_name(v));
        return bad(c, path, msg);
    }
    *out = v->valuestring;
    return DN_OK;
}

/* Optional array of strings; *out NULL when absent. */
static int get_strs(ctx *c, const cJSON *o, const char *key, const char *path,
                    const cJSON **out)
{
    const cJSON *v = dn_json_get(o, key), *e;
    char msg[256];

    *out = NULL;
    if (!v || json_is_null(v))
        return DN_OK;
    if (!json_is_array(v)) {
        snprintf(msg, sizeof msg, "\"%s\" must be an array of strings", key);
        return bad(c, path, msg);
    }
    cJSON_ArrayForEach(e, v) if (!json_is_string(e))
    {
        snprintf(msg, sizeof msg, "\"%s\" must hold only strings, not %s", key,
                 dn_json_type_name(e));
        return bad(c, path, msg);
    }
    *out = v;
    return DN_OK;
}

static int get_bool(ctx *c, const cJSON *o, const char *key, const char *path,
                    int *out)
{
    const cJSON *v = dn_json_get(o, key);
    char msg[256];
    *out = 0;
    if (!v || json_is_null(v))
        return DN_OK;
    if (!cJSON_IsBool(v)) {
        snprintf(msg, sizeof msg, "\"%s\" must be true or false", key);
        return bad(c, path, msg);
    }
    *out = cJSON_IsTrue(v);
    return DN_OK;
}

/* An optional whole number between lo and hi (0 when absent). */
static int get_int(ctx *c, const cJSON *o, const char *key, const char *path, int lo, int hi,
                   int *out)
{
    const cJSON *v = dn_json_get(o, key);
    char msg[256];
    *out = 0;
    if (!v)
        return DN_OK;
    if (!cJSON_IsNumber(v)) {
        snprintf(msg, sizeof msg, "\"%s\" must be a number", key);
        return bad(c, path, msg);
    }
    /* Checked on the double: casting 2e88 to int is undefined. */
    if (!(v->valuedouble >= lo && v->valuedouble <= hi) ||
        v->valuedouble != (double)(int)v->valuedouble) {
        snprintf(msg, sizeof msg, "\"%s\" must be a whole number between %d and %d", key,
                 lo, hi);
        return bad(c, path, msg);
    }
    *out = (int)v->valuedouble;
    return DN_OK;
}

/* path = "section[k]", the name of an entry in messages (bad() writes
 * it when a message needs it). path holds 64 bytes. */
static void entry_path(char *path, const char *section, int k)
{
    char digits[16];
    size_t n = strlen(section), d = 0;
    unsigned v = (unsigned)k;
    do
        digits[d++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    memcpy(path, section, n);
    path[n++] = '[';
    while (d)
        path[n++] = digits[--d];
    path[n++] = ']';
    path[n] = '\0';
}

static int oom(ctx *c)
{
    return dn_error_set(c->err, DN_ENOMEM, c->file, 0, 0, "out of memory");
}

/* Sets *slot to a copy of s (NULL for NULL) in lx->strs; the old string
 * stays there. Returns 0 or -1 (ENOMEM). */
static int set_str(dn_lexicon *lx, char **slot, const char *s)
{
    char *copy = NULL;
    if (s && !(copy = dn_arena_strdup(&lx->strs, s)))
        return -1;
    *slot = copy;
    return 0;
}

/* Finds or makes the slot of a named entry of one kind; *fresh is 1 when
 * new. Grows the arrays. */
static int slot_for(ctx *c, dn_lex_kind kind, const char *name, void **arr,
                    entry_forms **forms, size_t *n, size_t *cap, size_t elem,
                    int *idx)
{
    dn_lexicon *lx = c->lx;
    uint64_t h = dn_hash_str(name); /* for the probe and the insert */
    int i = dn_strmap_get_h(&lx->names[kind], name, h);
    if (i >= 0) {
        *idx = i;
        return 1; /* existing */
    }
    if (*n == *cap) { /* forms has cap entries too */
        entry_forms *nf;
        if (dn_grow(arr, cap, *n + 1, elem) != 0)
            return -1;
        if (!(nf = realloc(*forms, (*cap) * sizeof **forms)))
            return -1;
        *forms = nf;
    }
    memset((char *)*arr + *n * elem, 0, elem);
    memset(&(*forms)[*n], 0, sizeof **forms);
    if (dn_strmap_put_h(&lx->names[kind], name, h, (int)*n) != 0)
        return -1;
    *idx = (int)(*n)++;
    return 0;
}

static int add_list_forms(dn_lexicon *lx, entry_forms *f, const cJSON *arr, dn_lex_kind k)
{
    const cJSON *e;
    if (!arr)
        return 0;
    cJSON_ArrayForEach(e, arr) if (forms_add(lx, f, e->valuestring, k) != 0) return -1;
    return 0;
}

/* The plural of each demonym that names a people ("Haitians", "Afghans",
 * "Israelis": "urged Haitians to stay calm"), as a demonym form; none
 * for those whose plural is themselves or another word ("Chinese",
 * "French", "British", "Swiss"). */
static int add_demonym_plurals(dn_lexicon *lx, entry_forms *f, const cJSON *arr)
{
    const cJSON *e;
    char buf[128];
    cJSON_ArrayForEach(e, arr)
    {
        const char *w = e->valuestring;
        size_t n = strlen(w);
        if (n < 3 || n + 2 > sizeof buf || strchr(w, ' ') || !isalpha((unsigned char)w[n - 1]))
            continue;
        if ((n >= 3 && strcmp(w + n - 3, "ese") == 0) || strcmp(w + n - 2, "ch") == 0 ||
            strcmp(w + n - 2, "sh") == 0 || w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'y')
            continue;
        memcpy(buf, w, n);
        buf[n] = 's';
        buf[n + 1] = '\0';
        if (forms_add(lx, f, buf, DN_LX_DEMONYM) != 0)
            return -1;
    }
    return 0;
}

static int state_ref(ctx *c, const char *name, const char *path, int *out)
{
    char msg[300];
    *out = -1;
    if (!name)
        return DN_OK;
    if (c->last_state && strcmp(name, c->last_state) == 0) {
        *out = c->last_state_idx;
        return DN_OK;
    }
    *out = dn_strmap_get(&c->lx->names[DN_LX_STATE], name);
    if (*out < 0) {
        snprintf(msg, sizeof msg, "unknown state \"%s\" (not in states)", name);
        return bad(c, path, msg);
    }
    c->last_state = name;
    c->last_state_idx = *out;
    return DN_OK;
}

/* The DN_STATE_* bits of the words of one name. */
static unsigned kinds_of_name(const char *name)
{
    static const struct {
        const char *w;
        unsigned bit;
    } kw[] = {{"Kingdom", DN_STATE_KINGDOM},           {"Emirate", DN_STATE_EMIRATE},
              {"Emirates", DN_STATE_EMIRATE},          {"Sultanate", DN_STATE_SULTANATE},
              {"Principality", DN_STATE_PRINCIPALITY}, {"Grand Duchy", DN_STATE_PRINCIPALITY},
              {"Republic", DN_STATE_REPUBLIC}};
    unsigned k = 0;
    for (size_t i = 0; name && i < sizeof kw / sizeof *kw; i++) {
        size_t n = strlen(kw[i].w);
        for (const char *p = strstr(name, kw[i].w); p; p = strstr(p + 1, kw[i].w))
            if ((p == name || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
                k |= kw[i].bit;
    }
    return k;
}

unsigned dn_state_kind_of_noun(const char *noun)
{
    if (strcmp(noun, "kingdom") == 0)
        return DN_STATE_KINGDOM;
    if (strcmp(noun, "emirate") == 0)
        return DN_STATE_EMIRATE;
    if (strcmp(noun, "sultanate") == 0)
        return DN_STATE_SULTANATE;
    if (strcmp(noun, "principality") == 0)
        return DN_STATE_PRINCIPALITY;
    if (strcmp(noun, "monarchy") == 0)
        return DN_STATE_MONARCHY;
    return 0;
}

static int load_states(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    c->last_state = NULL; /* the states' indexes may change */
    const cJSON *e, *names, *dem, *seats;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *name, *iso2, *iso3, *cameo, *cap;
        int idx, r;
        dn_lex_state *s;
        entry_forms *f;

        c->section = "states";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "name", path, 1, &name) || get_str(c, e, "iso2", path, 0, &iso2) ||
            get_str(c, e, "iso3", path, 0, &iso3) || get_str(c, e, "cameo", path, 0, &cameo) ||
            get_str(c, e, "capital", path, 0, &cap) ||
            get_strs(c, e, "names", path, &names) ||
            get_strs(c, e, "demonyms", path, &dem) || get_strs(c, e, "seats", path, &seats))
            return c->err->code;
        r = slot_for(c, DN_LX_STATE, name, (void **)&lx->states, &lx->state_forms,
                     &lx->n_states, &lx->cap_states, sizeof *lx->states, &idx);
        if (r < 0)
            return oom(c);
        s = &lx->states[idx];
        f = &lx->state_forms[idx];
        forms_clear(f);
        if (set_str(lx, &s->name, name) || set_str(lx, &s->iso2, iso2) ||
            set_str(lx, &s->iso3, iso3) ||
            set_str(lx, &s->cameo, cameo ? cameo : iso3) ||
            set_str(lx, &s->capital, cap) ||
            set_str(lx, &s->demonym,
                           dem && cJSON_GetArraySize(dem) > 0
                               ? cJSON_GetArrayItem(dem, 0)->valuestring
                               : NULL))
            return oom(c);
        s->kinds = kinds_of_name(name);
        {
            const cJSON *nm;
            cJSON_ArrayForEach(nm, names)
            s->kinds |= kinds_of_name(nm->valuestring);
        }
        if (forms_keep(lx, f, s->name, DN_LX_STATE) || add_list_forms(lx, f, names, DN_LX_STATE) ||
            add_list_forms(lx, f, dem, DN_LX_DEMONYM) || add_demonym_plurals(lx, f, dem) ||
            add_list_forms(lx, f, seats, DN_LX_SEAT) ||
            (cap && forms_keep(lx, f, s->capital, DN_LX_CAPITAL)))
            return oom(c);
    }
    return DN_OK;
}

static int load_places(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *al;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *name, *state, *kind;
        int idx, st;
        c->section = "places";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "name", path, 1, &name) || get_str(c, e, "state", path, 0, &state) ||
            get_str(c, e, "kind", path, 0, &kind) || get_strs(c, e, "aliases", path, &al) ||
            state_ref(c, state, path, &st))
            return c->err->code;
        if (slot_for(c, DN_LX_PLACE, name, (void **)&lx->places, &lx->place_forms,
                     &lx->n_places, &lx->cap_places, sizeof *lx->places, &idx) < 0)
            return oom(c);
        forms_clear(&lx->place_forms[idx]);
        lx->places[idx].state = st;
        if (set_str(lx, &lx->places[idx].name, name) ||
            set_str(lx, &lx->places[idx].kind, kind) ||
            forms_keep(lx, &lx->place_forms[idx], lx->places[idx].name, DN_LX_PLACE) ||
            add_list_forms(lx, &lx->place_forms[idx], al, DN_LX_PLACE))
            return oom(c);
    }
    return DN_OK;
}

static int load_orgs(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *al, *ac;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *name, *state, *kind, *cameo;
        int idx, st;
        c->section = "organizations";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "name", path, 1, &name) || get_str(c, e, "state", path, 0, &state) ||
            get_str(c, e, "kind", path, 0, &kind) || get_str(c, e, "cameo", path, 0, &cameo) ||
            get_strs(c, e, "aliases", path, &al) || get_strs(c, e, "acronyms", path, &ac) ||
            state_ref(c, state, path, &st))
            return c->err->code;
        if (slot_for(c, DN_LX_ORG, name, (void **)&lx->orgs, &lx->org_forms, &lx->n_orgs,
                     &lx->cap_orgs, sizeof *lx->orgs, &idx) < 0)
            return oom(c);
        forms_clear(&lx->org_forms[idx]);
        lx->orgs[idx].state = st;
        if (set_str(lx, &lx->orgs[idx].name, name) ||
            set_str(lx, &lx->orgs[idx].kind, kind) ||
            set_str(lx, &lx->orgs[idx].cameo, cameo) ||
            forms_keep(lx, &lx->org_forms[idx], lx->orgs[idx].name, DN_LX_ORG) ||
            add_list_forms(lx, &lx->org_forms[idx], al, DN_LX_ORG) ||
            add_list_forms(lx, &lx->org_forms[idx], ac, DN_LX_ORG))
            return oom(c);
    }
    return DN_OK;
}

/* A person's "terms": [["1993-01-20", "2001-01-20"], ["2009", null]]: the
 * first and last day of each term (a date, a month or a year; null: still
 * in office), into p->terms. */
static int get_terms(ctx *c, const cJSON *o, const char *path, dn_lex_person *p)
{
    const cJSON *v = dn_json_get(o, "terms"), *t;
    size_t n = 0;
    long *out;

    p->terms = NULL;
    p->n_terms = 0;
    if (!v || json_is_null(v))
        return DN_OK;
    if (!json_is_array(v))
        return bad(c, path, "\"terms\" must be an array of [from, to] pairs");
    cJSON_ArrayForEach(t, v) n++;
    if (n == 0)
        return DN_OK;
    if (!(out = dn_arena_alloc(&c->lx->strs, 2 * n * sizeof *out)))
        return oom(c);
    n = 0;
    cJSON_ArrayForEach(t, v)
    {
        /* [from, to]: an array of exactly two items */
        const cJSON *from = json_is_array(t) ? t->child : NULL;
        const cJSON *to = from ? from->next : NULL;
        long lo, hi, lo2, hi2;
        if (!from || !to || to->next || !json_is_string(from) ||
            !dn_date_bounds(from->valuestring, &lo, &hi) ||
            !(json_is_null(to) || (json_is_string(to) && dn_date_bounds(to->valuestring, &lo2, &hi2))))
            return bad(c, path,
                       "each of \"terms\" must be [from, to]: dates \"YYYY-MM-DD\", \"YYYY-MM\" "
                       "or \"YYYY\", to null while in office");
        if (json_is_null(to))
            hi2 = 99999999L;
        if (hi2 < lo)
            return bad(c, path, "a term of \"terms\" ends before it begins");
        out[2 * n] = lo;
        out[2 * n + 1] = hi2;
        n++;
    }
    p->terms = out;
    p->n_terms = n;
    return DN_OK;
}

static int load_persons(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *al;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *name, *state, *role;
        int idx, st;
        c->section = "persons";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "name", path, 1, &name) || get_str(c, e, "state", path, 0, &state) ||
            get_str(c, e, "role", path, 0, &role) || get_strs(c, e, "aliases", path, &al) ||
            state_ref(c, state, path, &st))
            return c->err->code;
        if (slot_for(c, DN_LX_PERSON, name, (void **)&lx->persons, &lx->person_forms,
                     &lx->n_persons, &lx->cap_persons, sizeof *lx->persons, &idx) < 0)
            return oom(c);
        forms_clear(&lx->person_forms[idx]);
        lx->persons[idx].state = st;
        {
            const cJSON *sv = dn_json_get(e, "surname");
            if (sv && !cJSON_IsBool(sv))
                return bad(c, path, "\"surname\" must be true or false");
            lx->persons[idx].full_name_only = sv && cJSON_IsFalse(sv);
        }
        if (get_terms(c, e, path, &lx->persons[idx]))
            return c->err->code;
        if (set_str(lx, &lx->persons[idx].name, name) ||
            set_str(lx, &lx->persons[idx].role, role) ||
            forms_keep(lx, &lx->person_forms[idx], lx->persons[idx].name, DN_LX_PERSON) ||
            add_list_forms(lx, &lx->person_forms[idx], al, DN_LX_PERSON))
            return oom(c);
    }
    return DN_OK;
}

static int load_titles(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *forms;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *role, *state;
        int idx, leader, org, national, st;
        c->section = "titles";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "role", path, 1, &role) || get_strs(c, e, "forms", path, &forms) ||
            get_bool(c, e, "leader", path, &leader) || get_bool(c, e, "org", path, &org) ||
            get_bool(c, e, "national", path, &national) ||
            get_str(c, e, "state", path, 0, &state) || state_ref(c, state, path, &st))
            return c->err->code;
        if (slot_for(c, DN_LX_TITLE, role, (void **)&lx->titles, &lx->title_forms,
                     &lx->n_titles, &lx->cap_titles, sizeof *lx->titles, &idx) < 0)
            return oom(c);
        forms_clear(&lx->title_forms[idx]);
        lx->titles[idx].leader = leader;
        lx->titles[idx].org = org;
        lx->titles[idx].national = national;
        lx->titles[idx].state = st;
        if (set_str(lx, &lx->titles[idx].role, role) ||
            forms_add(lx, &lx->title_forms[idx], role, DN_LX_TITLE) ||
            add_list_forms(lx, &lx->title_forms[idx], forms, DN_LX_TITLE))
            return oom(c);
    }
    return DN_OK;
}

static int load_bodies(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *forms;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *key, *kind, *label, *agent, *state, *alone;
        int idx, mil, st;
        c->section = "bodies";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "key", path, 1, &key) || get_str(c, e, "kind", path, 0, &kind) ||
            get_str(c, e, "label", path, 1, &label) ||
            get_str(c, e, "agent", path, 0, &agent) || get_str(c, e, "alone", path, 0, &alone) ||
            get_str(c, e, "state", path, 0, &state) || get_strs(c, e, "forms", path, &forms) ||
            get_bool(c, e, "military", path, &mil) || state_ref(c, state, path, &st))
            return c->err->code;
        if (slot_for(c, DN_LX_BODY, key, (void **)&lx->bodies, &lx->body_forms,
                     &lx->n_bodies, &lx->cap_bodies, sizeof *lx->bodies, &idx) < 0)
            return oom(c);
        forms_clear(&lx->body_forms[idx]);
        lx->bodies[idx].military = mil;
        lx->bodies[idx].state = st;
        if (set_str(lx, &lx->bodies[idx].key, key) ||
            set_str(lx, &lx->bodies[idx].kind, kind ? kind : "government") ||
            set_str(lx, &lx->bodies[idx].label, label) ||
            set_str(lx, &lx->bodies[idx].agent, agent) ||
            set_str(lx, &lx->bodies[idx].alone, alone) ||
            forms_add(lx, &lx->body_forms[idx], key, DN_LX_BODY) ||
            add_list_forms(lx, &lx->body_forms[idx], forms, DN_LX_BODY))
            return oom(c);
    }
    return DN_OK;
}

static char **strv_from(const cJSON *arr, size_t *n)
{
    const cJSON *e;
    size_t k = 0, m = arr ? (size_t)cJSON_GetArraySize(arr) : 0;
    char **v = calloc(m + 1, sizeof *v);
    if (!v)
        return NULL;
    if (arr)
        cJSON_ArrayForEach(e, arr)
        {
            if (!(v[k] = dn_strdup(e->valuestring))) {
                free_strv(v);
                return NULL;
            }
            k++;
        }
    if (n)
        *n = k;
    return v;
}

/* Lower-cases the strings of v (NULL-terminated) in place: a trigger's
 * context and "unless" words are compared with the tokens' lower forms,
 * as the word lists are ("Phone" in a lexicon is "phone"). */
static void strv_lower(char **v)
{
    for (; *v; v++)
        for (char *p = *v; *p; p++)
            *p = (char)tolower((unsigned char)*p);
}

/* Adds list bit `bit` to the mask of word w (lower case; h = dn_hash_str(w)).
 * 0 ok, -1 ENOMEM. */
static int word_mask_add(dn_lexicon *lx, const char *w, uint64_t h, int bit)
{
    int m = dn_strmap_get_h(&lx->wordmask, w, h);
    if (m < 0) {
        if (dn_grow((void **)&lx->wmask, &lx->wmask_cap, lx->n_wmask + 1, sizeof *lx->wmask) != 0)
            return -1;
        m = (int)lx->n_wmask++;
        lx->wmask[m] = 0;
        if (dn_strmap_put_h(&lx->wordmask, w, h, m) != 0)
            return -1;
    }
    lx->wmask[m] |= (dn_wordmask)1 << bit;
    return 0;
}

/* The hashes a token's hlower has for words w[0..n) (lower case), and
 * their filter f (dn_word_filter: 32 bits a word or more, 64 at least; a
 * list of 176 words in 256 bits would let half the tokens by, each then
 * compared with every word of the list). NULL on ENOMEM, f's bits then
 * NULL too. */
static unsigned long long *word_hashes(char *const *w, size_t n, dn_word_filter *f)
{
    unsigned long long *h = malloc((n ? n : 1) * sizeof *h);
    unsigned l = 6;

    while (((size_t)1 << l) < 32 * n)
        l++;
    f->shift = 64 - l;
    if (!h || !(f->bits = calloc(((size_t)1 << l) / 64, sizeof *f->bits))) {
        free(h);
        return NULL;
    }
    for (size_t k = 0; k < n; k++) {
        unsigned long long b;
        h[k] = dn_hash_str(w[k]);
        b = h[k] >> f->shift;
        f->bits[b >> 6] |= 1ull << (b & 63);
    }
    return h;
}

static int load_triggers(ctx *c, const cJSON *arr)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e, *forms, *preps, *context, *unless, *v;
    const char *path = NULL; /* the entry: c->section, c->k */
    int k = 0;

    cJSON_ArrayForEach(e, arr)
    {
        const char *name, *type, *cameo, *owner;
        int idx, noun, passive, rp, inverse, person_obj, to_obj, meet, modal, named, type_i,
            owner_i = -1;
        dn_lex_trigger *t;
        c->section = "triggers";
        c->k = k++;
        if (!json_is_object(e))
            return bad(c, path, "must be an object");
        if (get_str(c, e, "name", path, 1, &name) || get_str(c, e, "type", path, 1, &type) ||
            get_str(c, e, "cameo", path, 0, &cameo) || get_strs(c, e, "forms", path, &forms) ||
            get_strs(c, e, "preps", path, &preps) ||
            get_strs(c, e, "context", path, &context) || get_strs(c, e, "unless", path, &unless) ||
            get_bool(c, e, "noun", path, &noun) || get_bool(c, e, "passive", path, &passive) ||
            get_bool(c, e, "reject_prior", path, &rp) || get_bool(c, e, "inverse", path, &inverse) ||
            get_bool(c, e, "person_object", path, &person_obj) ||
            get_bool(c, e, "object_then_to", path, &to_obj) ||
            get_bool(c, e, "objects_meet", path, &meet) || get_bool(c, e, "modal", path, &modal) ||
            get_bool(c, e, "named_object", path, &named) ||
            get_str(c, e, "owner_type", path, 0, &owner))
            return c->err->code;
        if ((type_i = dn_edge_type_parse(type)) < 0)
            return bad(c, path, "\"type\" is not an edge type of EVENTS.md");
        if (owner && (owner_i = dn_edge_type_parse(owner)) < 0)
            return bad(c, path, "\"owner_type\" is not an edge type of EVENTS.md");
        if (!forms || cJSON_GetArraySize(forms) == 0)
            return bad(c, path, "\"forms\" must list at least one form");
        /* few triggers: a plain search finds an entry to override */
        idx = -1;
        for (size_t j = 0; j < lx->n_triggers; j++)
            if (strcmp(lx->triggers[j].name, name) == 0)
                idx = (int)j;
        if (idx < 0) {
            if (dn_grow((void **)&lx->triggers, &lx->cap_triggers, lx->n_triggers + 1,
                        sizeof *lx->triggers) != 0)
                return oom(c);
            {
                char ***nf = realloc(lx->trigger_formstr,
                                     lx->cap_triggers * sizeof *nf);
                if (!nf)
                    return oom(c);
                lx->trigger_formstr = nf;
            }
            idx = (int)lx->n_triggers++;
            memset(&lx->triggers[idx], 0, sizeof lx->triggers[idx]);
            lx->trigger_formstr[idx] = NULL;
        }
        t = &lx->triggers[idx];
        free(t->cameo);
        free(t->name);
        for (size_t j = 0; j < t->n_preps; j++)
            free(t->preps[j]);
        free(t->preps);
        for (size_t j = 0; j < t->n_context; j++)
            free(t->context[j]);
        free(t->context);
        for (size_t j = 0; j < t->n_unless; j++)
            free(t->unless[j]);
        free(t->unless);
        free(t->context_h);
        free(t->unless_h);
        free(t->context_filter.bits);
        free(t->unless_filter.bits);
        free_strv(lx->trigger_formstr[idx]);
        memset(t, 0, sizeof *t);
        lx->trigger_formstr[idx] = NULL;
        t->type = (dn_edge_type)type_i;
        t->noun = noun;
        t->passive = passive;
        t->reject_prior = rp;
        t->inverse = inverse;
        t->owner_type = owner_i;
        t->person_object = person_obj;
        t->object_then_to = to_obj;
        t->objects_meet = meet;
        t->modal = modal;
        t->named_object = named;
        t->symmetric = t->type == DN_EDGE_CALL || t->type == DN_EDGE_MEETING;
        v = dn_json_get(e, "goldstein");
        if (v && !json_is_null(v) && !cJSON_IsNumber(v))
            return bad(c, path, "\"goldstein\" must be a number");
        t->goldstein = (v && cJSON_IsNumber(v)) ? v->valuedouble
                                                : dn_edge_type_goldstein(t->type);
        if (!isnan(t->goldstein) && (t->goldstein < -10 || t->goldstein > 10))
            return bad(c, path, "\"goldstein\" must lie between -10 and 10");
        if (get_int(c, e, "context_window", path, 0, 30, &t->context_window) ||
            get_int(c, e, "window", path, 0, 8, &t->window))
            return c->err->code;
        if (!(t->name = dn_strdup(name)) ||
            dn_str_replace(&t->cameo, cameo ? cameo : dn_edge_type_cameo(t->type)) ||
            !(t->preps = strv_from(preps, &t->n_preps)) ||
            !(t->context = strv_from(context, &t->n_context)) ||
            !(t->unless = strv_from(unless, &t->n_unless)) ||
            !(lx->trigger_formstr[idx] = strv_from(forms, NULL)))
            return oom(c);
        strv_lower(t->context);
        strv_lower(t->unless);
        if (!(t->context_h = word_hashes(t->context, t->n_context, &t->context_filter)) ||
            !(t->unless_h = word_hashes(t->unless, t->n_unless, &t->unless_filter)))
            return oom(c);
        if (!preps) { /* default: a direct object */
            free(t->preps);
            if (!(t->preps = calloc(2, sizeof *t->preps)) || !(t->preps[0] = dn_strdup("")))
                return oom(c);
            t->n_preps = 1;
        }
        for (size_t j = 0; j < t->n_preps && t->symmetric; j++)
            t->joint |= strcmp(t->preps[j], "with") == 0;
    }
    return DN_OK;
}

static int load_words(ctx *c, const cJSON *obj)
{
    dn_lexicon *lx = c->lx;
    const cJSON *e;

    if (!json_is_object(obj))
        return bad(c, "words", "must be an object of word lists");
    cJSON_ArrayForEach(e, obj)
    {
        const cJSON *w;
        wordlist *l = NULL;
        char path[128];
        snprintf(path, sizeof path, "words.%s", e->string);
        if (!json_is_array(e))
            return bad(c, path, "must be an array of strings");
        for (size_t i = 0; i < lx->n_lists; i++)
            if (strcmp(lx->lists[i].name, e->string) == 0)
                l = &lx->lists[i];
        if (!l) {
            if (dn_grow((void **)&lx->lists, &lx->cap_lists, lx->n_lists + 1,
                        sizeof *lx->lists) != 0)
                return oom(c);
            l = &lx->lists[lx->n_lists++];
            memset(l, 0, sizeof *l);
            l->words.arena = &lx->strs; /* its keys die with the lexicon */
            if (!(l->name = dn_strdup(e->string)))
                return oom(c);
            /* the lists the lexicon reads itself need no bit; the others
             * take the next one while any is left */
            l->bit = -1;
            if (strcmp(l->name, "given_name_states") != 0 && strcmp(l->name, "surname_stop") != 0 &&
                strcmp(l->name, "family_name_first_states") != 0 && lx->n_bits < DN_LEX_LIST_BITS)
                l->bit = lx->n_bits++;
        }
        cJSON_ArrayForEach(w, e)
        {
            char low[256];
            size_t j;
            uint64_t h;
            if (!json_is_string(w))
                return bad(c, path, "must hold only strings");
            for (j = 0; w->valuestring[j] && j < sizeof low - 1; j++)
                low[j] = (char)tolower((unsigned char)w->valuestring[j]);
            low[j] = '\0';
            h = dn_hash_str(low); /* for both maps */
            if (dn_strmap_put_h(&l->words, low, h, 1) != 0)
                return oom(c);
            if (l->bit >= 0 && word_mask_add(lx, low, h, l->bit) != 0)
                return oom(c);
        }
    }
    return DN_OK;
}

static const char *const sections[] = {"states", "places", "organizations", "persons",
                                       "titles", "bodies", "triggers", "words", NULL};

int dn_lexicon_load_mem(dn_lexicon *lx, const char *data, size_t len, const char *name,
                        dn_error *err)
{
    cJSON *root = NULL, *e;
    ctx c = {lx, name, err, NULL, 0, NULL, -1};
    int rc = DN_OK;

    if ((rc = dn_json_parse(data, len, name, DN_JSON_MAX_DEPTH, &root, err)) != DN_OK)
        return rc;
    if (!cJSON_IsObject(root)) {
        rc = dn_error_set(err, DN_EINVAL, name, 1, 1,
                          "a lexicon file must be a JSON object of sections");
        goto done;
    }
    cJSON_ArrayForEach(e, root)
    {
        int known = 0;
        for (int i = 0; sections[i]; i++)
            if (strcmp(e->string, sections[i]) == 0)
                known = 1;
        if (!known) {
            rc = dn_error_set(err, DN_EINVAL, name, 0, 0,
                              "unknown section \"%s\" (expected states, places, "
                              "organizations, persons, titles, bodies, triggers, words)",
                              e->string);
            goto done;
        }
        if (strcmp(e->string, "words") != 0 && !cJSON_IsArray(e)) {
            rc = dn_error_set(err, DN_EINVAL, name, 0, 0, "section \"%s\" must be an array",
                              e->string);
            goto done;
        }
    }
    /* states first: the other sections refer to them */
    for (int i = 0; sections[i] && rc == DN_OK; i++) {
        e = cJSON_GetObjectItemCaseSensitive(root, sections[i]);
        if (!e)
            continue;
        switch (i) {
        case 0: rc = load_states(&c, e); break;
        case 1: rc = load_places(&c, e); break;
        case 2: rc = load_orgs(&c, e); break;
        case 3: rc = load_persons(&c, e); break;
        case 4: rc = load_titles(&c, e); break;
        case 5: rc = load_bodies(&c, e); break;
        case 6: rc = load_triggers(&c, e); break;
        default: rc = load_words(&c, e); break;
        }
    }
    lx->finished = 0;
    lx->roles_built = 0;
done:
    cJSON_Delete(root);
    return rc;
}

int dn_lexicon_load_file(dn_lexicon *lx, const char *path, dn_error *err)
{
    char *data;
    size_t len;
    int rc = dn_read_file(path, (size_t)256 << 20, &data, &len, err);
    if (rc != DN_OK)
        return rc;
    rc = dn_lexicon_load_mem(lx, data, len, path, err);
    free(data);
    return rc;
}

int dn_lexicon_load_dir(dn_lexicon *lx, const char *dir, dn_error *err)
{
    static const char *const files[] = {"states.json",  "places.json", "organizations.json",
                                        "persons.json", "titles.json", "bodies.json",
                                        "triggers.json", "names.json", NULL};
    char path[4096];
    FILE *f;

    for (int i = 0; files[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        if (!(f = fopen(path, "rb"))) {
            if (i == 0)
                return dn_error_set(err, DN_EIO, path, 0, 0,
                                    "cannot open the default lexicon");
            continue;
        }
        fclose(f);
        if (dn_lexicon_load_file(lx, path, err) != DN_OK)
            return err->code;
    }
    return DN_OK;
}

/* ---- phrase tables ---- */

/* Joins the tokens [i, i+n) into buf with spaces; folded: lower case.
 * Returns 0, or -1 when it does not fit. */
static int join_key(const dn_token *tok, size_t i, size_t n, int folded, char *buf,
                    size_t size)
{
    size_t len = 0;
    for (size_t k = 0; k < n; k++) {
        const char *s = folded ? tok[i + k].lower : tok[i + k].text;
        size_t l = tok[i + k].len; /* strlen of both forms (text.h) */
        if (len + l + 2 > size)
            return -1;
        if (k)
            buf[len++] = ' ';
        memcpy(buf + len, s, l);
        len += l;
    }
    buf[len] = '\0';
    return 0;
}

static int has_lower_start(const char *s)
{
    return islower((unsigned char)s[0]);
}

/* Records in the word table that a form of n tokens tok and of kind k
 * is a key of the exact (folded 0) or folded table. */
static int note_first(dn_lexicon *lx, const dn_token *tok, size_t n, int folded,
                      dn_lex_kind k)
{
    wtab_word *ws = wtab_get_h(&lx->words, folded ? tok[0].lower : tok[0].text, tok[0].len,
                               folded ? tok[0].hlower : tok[0].htext);
    fw_info *f;
    if (!ws)
        return -1;
    if (ws->fi[folded] < 0) {
        if (dn_grow((void **)&lx->fw, &lx->cap_fw, lx->n_fw + 1, sizeof *lx->fw) != 0)
            return -1;
        memset(&lx->fw[lx->n_fw], 0, sizeof *lx->fw);
        lx->fw[lx->n_fw].one = -1;
        ws->fi[folded] = (int)lx->n_fw++;
    }
    f = &lx->fw[ws->fi[folded]];
    f->lens |= len_bit(n);
    f->kind_lens[k] |= len_bit(n);
    if ((int)n > f->max)
        f->max = (int)n;
    if (n > 1) {
        uint64_t h2 = folded ? tok[1].hlower : tok[1].htext;
        f->second |= second_bit(h2);
        pair_note *pn;
        if (dn_grow((void **)&lx->pair_notes, &lx->cap_pair_notes, lx->n_pair_notes + 2,
                    sizeof *lx->pair_notes) != 0)
            return -1;
        pn = &lx->pair_notes[lx->n_pair_notes];
        pn[0].key = pair_key(ws->fi[folded], k, h2);
        pn[1].key = pair_key(ws->fi[folded], DN_LX__COUNT, h2);
        pn[0].len_bit = pn[1].len_bit = len_bit(n);
        lx->n_pair_notes += 2;
    }
    return 0;
}

/* lx->pairs from the notes note_first collected (16 bits a note), which
 * it then frees. Returns 0 or -1. */
static int build_pairs(dn_lexicon *lx)
{
    if (filter_renew(&lx->pairs, &lx->pbits, lx->n_pair_notes) != 0)
        return -1;
    for (size_t i = 0; i < lx->n_pair_notes; i++) {
        const pair_note *pn = &lx->pair_notes[i];
        lx->pairs[PAIR_WORD(lx, pn->key)] |= rotl64(pn->len_bit | 1u, PAIR_ROT(pn->key));
    }
    free(lx->pair_notes);
    lx->pair_notes = NULL;
    lx->n_pair_notes = lx->cap_pair_notes = 0;
    return 0;
}

/* The lengths (len_bit) that forms of kind k (DN_LX__COUNT: of any kind)
 * whose first word has fw index fi and whose second token has hash h2
 * may have, with bit 0 when there may be any; 0 when there are none. The
 * filter may add lengths no such form has, never leaves one out. */
static inline uint32_t pair_lens(const dn_lexicon *lx, int fi, unsigned k, uint64_t h2)
{
    uint64_t key;
    uint32_t m;
    if (!lx->pbits)
        return 0xFFFFFFFFu;
    key = pair_key(fi, k, h2);
    m = (uint32_t)rotl64(lx->pairs[PAIR_WORD(lx, key)], (64 - PAIR_ROT(key)) & 63u);
    return m & 1u ? m : 0;
}

/* Sets each fw_info's slot of its one-word form (the tables are
 * complete: slots stay put) and builds lx->fwh from lx->fw, in one pass
 * over the word table's records, which skips the three quarters that are
 * empty at a look (an empty record starts no form). Returns 0 or -1. */
static int pack_fw(dn_lexicon *lx)
{
    dn_tab_free(lx->fwh, lx->n_fwh, sizeof *lx->fwh);
    lx->n_fwh = 0;
    if (!(lx->fwh = dn_tab_calloc(lx->n_fw ? lx->n_fw : 1, sizeof *lx->fwh)))
        return -1;
    lx->n_fwh = lx->n_fw ? lx->n_fw : 1;
    /* each fw_info belongs to one word in one table: its one is set
     * before it is packed, and no other record's packing reads it */
    for (size_t i = 0; i < lx->words.cap; i++) {
        const wtab_word *ws = &lx->words.w[i];
        if ((unsigned char)ws->k.in[WKEY_IN] == WKEY_EMPTY)
            continue;
        for (int folded = 0; folded < 2; folded++) {
            const ptab *t = folded ? &lx->folded : &lx->exact;
            int fi = ws->fi[folded];
            fw_info *f;
            fw_hot *h;
            if (fi < 0)
                continue;
            f = &lx->fw[fi];
            if (f->lens & 1u) {
                const ptab_slot *ps = ptab_find(t, wkey(ws));
                if (ps)
                    f->one = ps - t->slots;
            }
            h = &lx->fwh[fi];
            h->lens = f->lens;
            h->max = f->max;
            h->second = f->second;
            for (int k = 0; k < DN_LX__COUNT; k++)
                if (f->kind_lens[k]) {
                    h->kinds |= (uint16_t)(1u << k);
                    if (f->kind_lens[k] > 1u)
                        h->kinds_long |= (uint16_t)(1u << k);
                }
            if (f->one >= 0) {
                const ptab_slot *ps = &t->slots[f->one];
                h->one_n = ps->n;
                h->one_ref = ps->refs[0];
            }
        }
    }
    return 0;
}

/* Word lists and trigger starts into the word table. */
static int note_words(dn_lexicon *lx)
{
    const dn_strmap *m = &lx->wordmask;
    for (size_t i = 0; i < m->cap; i++) {
        wtab_word *ws;
        if (!m->slots[i].key)
            continue;
        if (!(ws = wtab_get(&lx->words, m->slots[i].key)))
            return -1;
        ws->mask |= lx->wmask[m->slots[i].val];
    }
    for (size_t i = 0; i < lx->trig.cap; i++) {
        wtab_word *ws;
        if (!lx->trig.slots[i].key)
            continue;
        if (!(ws = wtab_get(&lx->words, lx->trig.slots[i].key)))
            return -1;
        ws->mask |= DN_LEX_MASK_TRIGGER;
    }
    return pack_fw(lx) != 0 || build_pairs(lx) != 0 ? -1 : 0;
}

static int add_form(dn_lexicon *lx, dn_tokens *tk, const char *form, dn_lex_ref ref,
                    int folded)
{
    char key[1024];
    uint64_t h;
    if (dn_tokenize(tk, form, 0, strlen(form), 0, 0) != DN_OK)
        return -1;
    if (tk->n == 0 || join_key(tk->tok, 0, tk->n, folded, key, sizeof key) != 0)
        return 0;
    if (tk->n > lx->max_len)
        lx->max_len = tk->n;
    h = folded ? tk->tok[0].hlower : tk->tok[0].htext;
    for (size_t k = 1; k < tk->n; k++)
        h = phrase_step(h, folded ? tk->tok[k].hlower : tk->tok[k].htext);
    if (ptab_add(folded ? &lx->folded : &lx->exact, key, h, ref) != 0)
        return -1;
    return note_first(lx, tk->tok, tk->n, folded, ref.kind);
}

/* The words of word list `list`, or NULL when no file gave that list. */
static const dn_strmap *list_words(const dn_lexicon *lx, const char *list)
{
    for (size_t i = 0; i < lx->n_lists; i++)
        if (strcmp(lx->lists[i].name, list) == 0)
            return &lx->lists[i].words;
    return NULL;
}

/* 1 when a word list (lower-cased; list_words, NULL: none) holds s, case
 * folded. */
static int list_has(const dn_strmap *words, const char *s)
{
    char low[128];
    size_t j;
    if (!words)
        return 0;
    for (j = 0; s[j] && j < sizeof low - 1; j++)
        low[j] = (char)tolower((unsigned char)s[j]);
    low[j] = '\0';
    return dn_strmap_get(words, low) >= 0;
}

/* lx->state_names: bit STATE_FAMILY_FIRST when the state's name is in
 * the list family_name_first_states, STATE_GIVEN_NAMES when it is in
 * given_name_states. Returns 0 or -1. */
enum { STATE_FAMILY_FIRST = 1, STATE_GIVEN_NAMES = 2 };
static int build_state_names(dn_lexicon *lx)
{
    const dn_strmap *first = list_words(lx, "family_name_first_states"),
                    *given = list_words(lx, "given_name_states");
    free(lx->state_names);
    if (!(lx->state_names = calloc(lx->n_states ? lx->n_states : 1, 1)))
        return -1;
    for (size_t i = 0; i < lx->n_states; i++)
        lx->state_names[i] =
            (unsigned char)((list_has(first, lx->states[i].name) ? STATE_FAMILY_FIRST : 0) |
                            (list_has(given, lx->states[i].name) ? STATE_GIVEN_NAMES : 0));
    return 0;
}

/* 1 when person p's state is named in the list of bit (STATE_*). */
static int state_named(const dn_lexicon *lx, const dn_lex_person *p, unsigned bit)
{
    return p->state >= 0 && (lx->state_names[p->state] & bit);
}

/* The surname of a person's form ("Vladimir Putin": "Putin"): its last
 * word, when the form has two words or more and that word is a name (a
 * capital, three bytes or more, no dot, no regnal number); NULL if not. */
static const char *surname_of(const char *form)
{
    const char *sp = strrchr(form, ' '), *w;
    size_t n;
    if (!sp)
        return NULL;
    w = sp + 1;
    n = strlen(w);
    if (n < 3 || !isupper((unsigned char)w[0]) || strchr(w, '.') || strspn(w, "IVX") == n)
        return NULL;
    return w;
}

/* The family name of a form whose first word is it ("Xi Jinping": "Xi",
 * "Yoon Suk Yeol": "Yoon"), under the rules of surname_of; NULL if not. */
static const char *family_first(const char *form, char *buf, size_t size)
{
    const char *sp = strchr(form, ' ');
    size_t n = sp ? (size_t)(sp - form) : 0;
    if (n < 2 || n >= size || !isupper((unsigned char)form[0]) || memchr(form, '.', n) ||
        memchr(form, '-', n))
        return NULL;
    memcpy(buf, form, n);
    buf[n] = '\0';
    return buf;
}

/* A person's family name in form v: the first word when first_word (the
 * person's state puts it first), else the last. */
static const char *family_name(int first_word, const char *v, char *buf, size_t size)
{
    return first_word ? family_first(v, buf, size) : surname_of(v);
}

/* Every person's surname alone is a form of that person ("Putin said"),
 * when no other person's name ends so, no state, place, organisation,
 * title or body has it as a one-word form, the person's state does not go
 * by given names (word list given_name_states: "Thein Sein") and the word
 * is not a common one (surname_stop: "May", "Brown", "Wagner", "No"). In
 * the states that put the family name first (family_name_first_states),
 * the family name is the first word ("Xi" of "Xi Jinping", "Yoon" of
 * "Yoon Suk Yeol"). A name the document gives in full still wins: the
 * document's names are looked up first. */
static int add_surnames(dn_lexicon *lx, dn_tokens *tk)
{
    dn_strmap seen, taken;
    dn_arena keys; /* both maps' keys, freed at once */
    const dn_strmap *stop = list_words(lx, "surname_stop");
    char fb[64];
    int rc = -1;
    memset(&keys, 0, sizeof keys);
    memset(&seen, 0, sizeof seen);
    memset(&taken, 0, sizeof taken);
    seen.arena = taken.arena = &keys;
    {
        /* one-word forms of the other kinds */
        entry_forms *kinds[] = {lx->state_forms, lx->place_forms, lx->org_forms,
                                lx->title_forms, lx->body_forms};
        size_t counts[] = {lx->n_states, lx->n_places, lx->n_orgs, lx->n_titles, lx->n_bodies};
        size_t n_taken = 0, n_seen = 0;
        /* both maps sized once for all the keys they may get (they are
         * only probed, never walked: their layout does not matter) */
        for (size_t k = 0; k < 5; k++)
            for (size_t i = 0; i < counts[k]; i++)
                n_taken += kinds[k][i].n;
        for (size_t i = 0; i < lx->n_persons; i++)
            n_seen += lx->person_forms[i].n;
        if (dn_strmap_reserve(&taken, n_taken) != 0 || dn_strmap_reserve(&seen, n_seen) != 0)
            goto out;
        for (size_t k = 0; k < 5; k++)
            for (size_t i = 0; i < counts[k]; i++)
                for (size_t j = 0; j < kinds[k][i].n; j++)
                    if (!strchr(kinds[k][i].v[j], ' ') &&
                        dn_strmap_put(&taken, kinds[k][i].v[j], 1) != 0)
                        goto out;
    }
    /* pass 1: each surname's person, -2 when two persons share it (those
     * named in full only do not count: "surname": false) */
    for (size_t i = 0; i < lx->n_persons; i++) {
        if (lx->persons[i].full_name_only)
            continue;
        int ff = state_named(lx, &lx->persons[i], STATE_FAMILY_FIRST);
        for (size_t j = 0; j < lx->person_forms[i].n; j++) {
            const char *w = family_name(ff, lx->person_forms[i].v[j], fb, sizeof fb);
            uint64_t h;
            int cur;
            if (!w)
                continue;
            h = dn_hash_str(w); /* for the probe and the insert */
            cur = dn_strmap_get_h(&seen, w, h);
            if (dn_strmap_put_h(&seen, w, h, cur == -1 || cur == (int)i ? (int)i : -2) != 0)
                goto out;
        }
    }
    /* pass 2: the unique ones become forms, once each (every person's
     * name counted in pass 1, those of the given-name states too) */
    for (size_t i = 0; i < lx->n_persons; i++) {
        const dn_lex_person *p = &lx->persons[i];
        int ff = state_named(lx, p, STATE_FAMILY_FIRST);
        if (p->full_name_only || (!ff && state_named(lx, p, STATE_GIVEN_NAMES)))
            continue;
        for (size_t j = 0; j < lx->person_forms[i].n; j++) {
            const char *w = family_name(ff, lx->person_forms[i].v[j], fb, sizeof fb);
            dn_lex_ref r = {DN_LX_PERSON, (int)i};
            uint64_t h;
            if (!w)
                continue;
            h = dn_hash_str(w); /* for both maps */
            if (dn_strmap_get_h(&seen, w, h) != (int)i || dn_strmap_get_h(&taken, w, h) >= 0 ||
                list_has(stop, w))
                continue;
            if (add_form(lx, tk, w, r, 0) != 0 || dn_strmap_put_h(&seen, w, h, -3) != 0)
                goto out;
        }
    }
    rc = 0;
out:
    dn_strmap_free(&seen);
    dn_strmap_free(&taken);
    dn_arena_free(&keys);
    return rc;
}

/* A name that opens with an Arabic article and a hyphen ("Al-Ahram",
 * "al-Qaeda", "El-Nasr"; dn_article_prefix): the same name with the
 * article's first letter in the other case, into out; 1, or 0 when the
 * name opens otherwise. */
static int article_case_variant(const char *name, char *out, size_t size)
{
    size_t n;
    /* every article dn_article_prefix knows opens with a or e, either
     * case: any other name is answered without its length and the call */
    if ((name[0] | 0x20) != 'a' && (name[0] | 0x20) != 'e')
        return 0;
    n = strlen(name);
    if (n + 1 > size || !dn_article_prefix(name, n))
        return 0;
    memcpy(out, name, n + 1);
    out[0] = (char)(islower((unsigned char)name[0]) ? toupper((unsigned char)name[0])
                                                   : tolower((unsigned char)name[0]));
    return 1;
}

static int add_entry_forms(dn_lexicon *lx, dn_tokens *tk, entry_forms *f, int index,
                           int always_folded)
{
    for (size_t j = 0; j < f->n; j++) {
        dn_lex_ref r = {f->kinds[j], index};
        int folded = always_folded || has_lower_start(f->v[j]);
        char alt[256];
        if (add_form(lx, tk, f->v[j], r, folded) != 0)
            return -1;
        if (!always_folded && article_case_variant(f->v[j], alt, sizeof alt) &&
            add_form(lx, tk, alt, r, has_lower_start(alt) != 0) != 0)
            return -1; /* "Al-Ahram" read as "al-Ahram" too, and back */
    }
    return 0;
}

static int build_trigger_forms(dn_lexicon *lx)
{
    /* forms grouped by first word: collect, then sort by first word */
    for (size_t t = 0; t < lx->n_triggers; t++) {
        char **fs = lx->trigger_formstr[t];
        for (size_t j = 0; fs && fs[j]; j++) {
            char *copy = dn_strdup(fs[j]), *save = NULL, *w;
            dn_trigger_form tf;
            size_t cap = 0;
            memset(&tf, 0, sizeof tf);
            tf.trigger = (int)t;
            if (!copy)
                return -1;
            for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
                char **alts = NULL;
                if (dn_grow((void **)&tf.alts, &cap, tf.n_words + 1, sizeof *tf.alts) != 0)
                    goto fail;
                if (strcmp(w, "*") != 0) {
                    size_t na = 1, a = 0;
                    char *s2 = NULL, *x;
                    for (const char *p = w; *p; p++)
                        na += *p == '|';
                    if (!(alts = calloc(na + 1, sizeof *alts)))
                        goto fail;
                    for (x = strtok_r(w, "|", &s2); x; x = strtok_r(NULL, "|", &s2)) {
                        for (char *q = x; *q; q++)
                            *q = (char)tolower((unsigned char)*q);
                        if (!(alts[a++] = dn_strdup(x))) {
                            free_strv(alts);
                            goto fail;
                        }
                    }
                }
                tf.alts[tf.n_words++] = alts;
            }
            free(copy);
            if (tf.n_words == 0 || !tf.alts[0]) {
                free(tf.alts);
                continue;
            }
            if (dn_grow((void **)&lx->tforms, &lx->cap_tforms, lx->n_tforms + 1,
                        sizeof *lx->tforms) != 0)
                goto fail2;
            lx->tforms[lx->n_tforms++] = tf;
            continue;
        fail:
            free(copy);
        fail2:
            for (size_t k = 0; k < tf.n_words; k++)
                free_strv(tf.alts[k]);
            free(tf.alts);
            return -1;
        }
    }
    return 0;
}

static void free_ids(dn_lexicon *lx)
{
    for (int k = 0; k < DN_LX__COUNT; k++) {
        free(lx->ids[k]);
        lx->ids[k] = NULL;
    }
    free(lx->body_label);
    free(lx->body_id);
    lx->body_label = lx->body_id = NULL;
    dn_arena_free(&lx->idmem);
    free(lx->surnames);
    lx->surnames = NULL;
    lx->n_surnames = 0;
}

/* A string of the id arena; NULL on ENOMEM. Made in a buffer on the
 * stack when the name fits (all but a few), else by dn_make_id. */
static const char *id_of(dn_lexicon *lx, const char *prefix, const char *name)
{
    char buf[256], *id;
    const char *r;
    size_t n = dn_make_id_buf(prefix, name, buf, sizeof buf);
    if (n)
        return dn_arena_strndup(&lx->idmem, buf, n);
    id = dn_make_id(prefix, name);
    r = id ? dn_arena_strdup(&lx->idmem, id) : NULL;
    free(id);
    return r;
}

/* An entry of lx->surnames with its surname's first eight bytes as a
 * big-endian number (zeros after the end): numbers compare as strcmp
 * compares those bytes, so that most comparisons need no strcmp. */
typedef struct sur_key {
    uint64_t pre;
    const char *surname;
    int person;
} sur_key;

static uint64_t prefix8(const char *s)
{
    uint64_t v = 0;
    for (int i = 0; i < 8 && s[i]; i++)
        v |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
    return v;
}

/* 1 when a comes before b: by surname (strcmp), then by person. */
static inline int sur_before(const sur_key *a, const sur_key *b)
{
    if (a->pre != b->pre)
        return a->pre < b->pre;
    if (a->pre & 0xFF) { /* eight bytes alike, none the end: the rest */
        int c = strcmp(a->surname + 8, b->surname + 8);
        if (c)
            return c < 0;
    }
    return a->person < b->person;
}

/* Sorts v[0, n) by sur_before (merge sort, tmp of n entries). */
static void sur_merge_sort(sur_key *v, sur_key *tmp, size_t n)
{
    size_t h = n / 2, i = 0, j = h, k = 0;
    if (n <= 16) { /* insertion: fewer moves than merging so few */
        for (i = 1; i < n; i++) {
            sur_key x = v[i];
            for (j = i; j > 0 && sur_before(&x, &v[j - 1]); j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    sur_merge_sort(v, tmp, h);
    sur_merge_sort(v + h, tmp, n - h);
    if (!sur_before(&v[h], &v[h - 1]))
        return; /* already in order */
    while (i < h && j < n)
        tmp[k++] = sur_before(&v[j], &v[i]) ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    memcpy(v, tmp, k * sizeof *v); /* v[j, n) is in place */
}

/* Sorts v[0, n) by sur_before (tmp: room for n more): a stable radix
 * sort of the prefixes, a byte a pass from the last (a pass whose byte
 * is the same in all is skipped), then each run of equal prefixes that
 * do not end the string sorted by the rest (such runs are short:
 * sur_merge_sort inserts up to sixteen, and merges a longer one). Entries of equal
 * prefixes stay in their order, which is by person when the caller
 * makes them so; sur_before decides the rest. */
static void sur_sort(sur_key *v, sur_key *tmp, size_t n)
{
    sur_key *src = v, *dst = tmp;
    if (n < 2)
        return;
    for (unsigned shift = 0; shift < 64; shift += 8) {
        size_t count[256] = {0}, pos = 0;
        for (size_t i = 0; i < n; i++)
            count[(src[i].pre >> shift) & 0xFF]++;
        if (count[(src[0].pre >> shift) & 0xFF] == n)
            continue;
        for (size_t d = 0; d < 256; d++) {
            size_t c = count[d];
            count[d] = pos;
            pos += c;
        }
        for (size_t i = 0; i < n; i++)
            dst[count[(src[i].pre >> shift) & 0xFF]++] = src[i];
        sur_key *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && v[j].pre == v[i].pre; j++)
            ;
        if (j - i < 2 || !(v[i].pre & 0xFF))
            continue; /* alone, or strings that end there: in person order */
        sur_merge_sort(v + i, tmp, j - i);
    }
}

/* A decimal digit: what isdigit answers in every locale (C11 7.4.1.5),
 * without its call and table per byte. */
static inline int is_digit(char c)
{
    return (unsigned char)(c - '0') < 10;
}

/* "-MM" at s: MM when it lies in 1..max, else -1. */
static long dash_two_digits(const char *s, long max)
{
    long v;
    if (!is_digit(s[1]) || !is_digit(s[2]))
        return -1;
    v = 10 * (s[1] - '0') + (s[2] - '0');
    return v >= 1 && v <= max ? v : -1;
}

int dn_date_bounds(const char *s, long *lo, long *hi)
{
    long y = 0, m = 0, dd = 0;
    size_t k = 0;
    for (; k < 4; k++) {
        if (!is_digit(s[k]))
            return 0;
        y = 10 * y + (s[k] - '0');
    }
    if (s[k] == '-') {
        if ((m = dash_two_digits(s + k, 12)) < 0)
            return 0;
        k += 3;
        if (s[k] == '-') {
            if ((dd = dash_two_digits(s + k, 31)) < 0)
                return 0;
            k += 3;
        }
    }
    if (s[k] != '\0' || y < 1)
        return 0;
    *lo = y * 10000 + m * 100 + dd;
    *hi = y * 10000 + (m ? m : 99) * 100 + (dd ? dd : 99);
    return 1;
}

int dn_lexicon_person_in_office(const dn_lexicon *lx, int i, long lo, long hi)
{
    const dn_lex_person *p = &lx->persons[i];
    if (!p->n_terms)
        return -1;
    for (size_t k = 0; k < p->n_terms; k++)
        if (p->terms[2 * k] <= hi && lo <= p->terms[2 * k + 1])
            return 1;
    return 0;
}

int dn_role_fits(const char *kind, const char *role)
{
    size_t n = strlen(role), k;
    if (strncmp(kind, role, n) == 0 && (kind[n] == '\0' || kind[n] == ' '))
        return 1;
    if (strcmp(role, "minister") != 0)
        return 0;
    /* "the Minister": any minister ("foreign minister") */
    k = strlen(kind);
    return k > n && kind[k - n - 1] == ' ' && strcmp(kind + k - n, role) == 0;
}

size_t dn_lexicon_holders(const dn_lexicon *lx, const char *role, int state, long lo, long hi,
                          int *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < lx->n_persons; i++) {
        const dn_lex_person *p = &lx->persons[i];
        if (p->state != state || !p->role || !dn_role_fits(p->role, role) ||
            dn_lexicon_person_in_office(lx, (int)i, lo, hi) != 1)
            continue;
        if (n < max)
            out[n] = (int)i;
        n++;
    }
    return n;
}

/* s lower-cased by tolower (as strcasecmp folds) into buf of size bytes:
 * 0, or -1 when it does not fit. */
static int lower_into(const char *s, char *buf, size_t size)
{
    size_t j;
    for (j = 0; s[j]; j++) {
        if (j + 1 >= size)
            return -1;
        buf[j] = (char)tolower((unsigned char)s[j]);
    }
    buf[j] = '\0';
    return 0;
}

int dn_lexicon_title_of_role(const dn_lexicon *lx, const char *role)
{
    char low[128];
    if (!role)
        return -1;
    /* two strings are equal to strcasecmp when their tolower forms are
     * equal: a role that fits the buffer is looked up; a longer one, and
     * any before finish, is compared with every form */
    if (lx->roles_built && lower_into(role, low, sizeof low) == 0)
        return dn_strmap_get(&lx->role_titles, low);
    for (size_t t = 0; t < lx->n_titles; t++) /* (each title's role is one of its forms) */
        for (size_t j = 0; j < lx->title_forms[t].n; j++)
            if (strcasecmp(lx->title_forms[t].v[j], role) == 0)
                return (int)t;
    return -1;
}

/* lx->role_titles from the titles' forms. A form too long for the
 * buffer of dn_lexicon_title_of_role is left out: a role that equals it
 * is as long, and is compared with every form. Returns 0 or -1. */
static int build_role_titles(dn_lexicon *lx)
{
    char low[128];
    dn_strmap_free(&lx->role_titles);
    lx->role_titles.arena = &lx->strs; /* (a few hundred short keys) */
    lx->roles_built = 0;
    for (size_t t = 0; t < lx->n_titles; t++)
        for (size_t j = 0; j < lx->title_forms[t].n; j++) {
            if (lower_into(lx->title_forms[t].v[j], low, sizeof low) != 0 ||
                dn_strmap_get(&lx->role_titles, low) >= 0)
                continue; /* (an earlier title has it: the scan finds that one) */
            if (dn_strmap_put(&lx->role_titles, low, (int)t) != 0)
                return -1;
        }
    lx->roles_built = 1;
    return 0;
}


/* The first word of a form of two words or more, as a string of the
 * lexicon's arena ("Jiang Zemin": "Jiang"), or NULL. */
static const char *first_word_of(dn_lexicon *lx, const char *form)
{
    const char *sp = strchr(form, ' ');
    if (!sp || sp - form < 2 || !isupper((unsigned char)form[0]))
        return NULL;
    return dn_arena_strndup(&lx->idmem, form, (size_t)(sp - form));
}

/* lx->surnames: each person's surnames (surname_of every form, once per
 * person), sorted; and each person's title (after build_ids, which frees
 * the old index). */
static int build_surnames(dn_lexicon *lx)
{
    size_t n = 0, cap = 0;
    const char *last_role = NULL; /* and its title: the file lists the */
    int last_title = -1;          /* holders of an office together */
    for (size_t i = 0; i < lx->n_persons; i++) {
        const dn_lex_person *p = &lx->persons[i];
        /* the family name first ("Jiang Zemin") or given names ("Abiy
         * Ahmed"): the first word is the one used with a title */
        int first = state_named(lx, p, STATE_GIVEN_NAMES);
        if (!p->role || !last_role || strcmp(p->role, last_role) != 0) {
            last_title = dn_lexicon_title_of_role(lx, p->role);
            last_role = p->role;
        }
        lx->persons[i].title = last_title;
        for (size_t j = 0; j < lx->person_forms[i].n; j++) {
            const char *form = lx->person_forms[i].v[j];
            const char *w = first ? first_word_of(lx, form) : surname_of(form);
            int dup = 0;
            if (!w)
                continue;
            for (size_t k = n; k > 0 && lx->surnames[k - 1].person == (int)i; k--)
                dup |= strcmp(lx->surnames[k - 1].surname, w) == 0;
            if (dup)
                continue;
            if (dn_grow((void **)&lx->surnames, &cap, n + 1, sizeof *lx->surnames) != 0)
                return -1;
            lx->surnames[n].surname = w;
            lx->surnames[n].person = (int)i;
            n++;
        }
    }
    if (n > 1) {
        /* the order qsort by (surname, person) gave, without a call and
         * a strcmp per comparison: no two entries are equal (a person's
         * surnames are distinct), so any correct sort gives it */
        sur_key *v = malloc(2 * n * sizeof *v);
        if (!v)
            return -1;
        for (size_t i = 0; i < n; i++) {
            v[i].pre = prefix8(lx->surnames[i].surname);
            v[i].surname = lx->surnames[i].surname;
            v[i].person = lx->surnames[i].person;
        }
        sur_sort(v, v + n, n);
        for (size_t i = 0; i < n; i++) {
            lx->surnames[i].surname = v[i].surname;
            lx->surnames[i].person = v[i].person;
        }
        free(v);
    }
    lx->n_surnames = n;
    return 0;
}

size_t dn_lexicon_persons_of_surname(const dn_lexicon *lx, const char *surname, size_t len,
                                     int *out, size_t max)
{
    size_t lo = 0, hi = lx->n_surnames, n = 0;
    while (lo < hi) { /* the first entry not below surname: the entries
                         with it as a prefix are together, itself first */
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(lx->surnames[mid].surname, surname, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < lx->n_surnames; k++) {
        const char *w = lx->surnames[k].surname;
        if (strncmp(w, surname, len) != 0 || w[len] != '\0')
            break;
        if (n < max)
            out[n] = lx->surnames[k].person;
        n++;
    }
    return n;
}

/* A body's label pattern read into its parts ("Ministry of Defense of
 * {state}": the text "Ministry of Defense of ", then the state's name),
 * once per body instead of once per body and state. */
typedef struct label_part {
    const char *text; /* NULL: the state's name (0) or demonym (1) */
    size_t len;       /* of text; or 0 or 1 */
} label_part;

#define LABEL_PARTS 16

/* Writes label pattern p for state s into b: the text as it is, {state}
 * as the state's name, {demonym} as its first demonym (its name when it
 * has none). */
static void label_write(dn_buf *b, const char *p, const dn_lex_state *s)
{
    while (*p) {
        size_t run = strcspn(p + 1, "{") + 1; /* up to the next '{' */
        if (strncmp(p, "{state}", 7) == 0) {
            dn_buf_puts(b, s->name);
            run = 7;
        } else if (strncmp(p, "{demonym}", 9) == 0) {
            dn_buf_puts(b, s->demonym ? s->demonym : s->name);
            run = 9;
        } else {
            dn_buf_append(b, p, run);
        }
        p += run;
    }
}

/* The parts of label pattern p as label_write reads it, into parts (at
 * most LABEL_PARTS); their number, 0 when there would be more. */
static size_t label_parts(const char *p, label_part *parts)
{
    size_t n = 0;
    while (*p) {
        size_t run = strcspn(p + 1, "{") + 1;
        if (n == LABEL_PARTS)
            return 0;
        if (strncmp(p, "{state}", 7) == 0) {
            parts[n].text = NULL;
            parts[n].len = 0;
            run = 7;
        } else if (strncmp(p, "{demonym}", 9) == 0) {
            parts[n].text = NULL;
            parts[n].len = 1;
            run = 9;
        } else {
            parts[n].text = p;
            parts[n].len = run;
        }
        n++;
        p += run;
    }
    if (n == 0) { /* the empty label: one empty text */
        parts[0].text = p;
        parts[0].len = 0;
        n = 1;
    }
    return n;
}

/* The label of parts[0, n) for state s, in lx->idmem; NULL on ENOMEM. */
static const char *label_join(dn_lexicon *lx, const label_part *parts, size_t n,
                              const dn_lex_state *s)
{
    const char *str[LABEL_PARTS];
    size_t len[LABEL_PARTS], total = 0;
    char *l, *q;
    for (size_t k = 0; k < n; k++) {
        str[k] = parts[k].text ? parts[k].text
                 : parts[k].len && s->demonym ? s->demonym
                                               : s->name;
        len[k] = parts[k].text ? parts[k].len : strlen(str[k]);
        total += len[k];
    }
    if (!(l = dn_arena_alloc(&lx->idmem, total + 1)))
        return NULL;
    for (q = l, total = 0; total < n; total++) {
        memcpy(q, str[total], len[total]);
        q += len[total];
    }
    *q = '\0';
    return l;
}

/* Node ids of the entries, and every body's label and id for every state
 * (bodies bound to one state: that state only). */
static int build_ids(dn_lexicon *lx)
{
    static const struct {
        dn_lex_kind kind;
        dn_actor_type type;
    } kinds[] = {{DN_LX_STATE, DN_ACTOR_STATE},
                 {DN_LX_PLACE, DN_ACTOR_PLACE},
                 {DN_LX_ORG, DN_ACTOR_ORGANIZATION},
                 {DN_LX_PERSON, DN_ACTOR_PERSON}};
    size_t ns = lx->n_states, nb = lx->n_bodies;
    const char *org_prefix = dn_actor_id_prefix(DN_ACTOR_ORGANIZATION);
    dn_buf lab;

    free_ids(lx);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t n = dn_lexicon_count(lx, kinds[k].kind);
        const char **v = calloc(n ? n : 1, sizeof *v);
        if (!v)
            return -1;
        lx->ids[kinds[k].kind] = v;
        for (size_t i = 0; i < n; i++) {
            const char *name = kinds[k].kind == DN_LX_STATE   ? lx->states[i].name
                               : kinds[k].kind == DN_LX_PLACE ? lx->places[i].name
                               : kinds[k].kind == DN_LX_ORG   ? lx->orgs[i].name
                                                              : lx->persons[i].name;
            if (!(v[i] = id_of(lx, dn_actor_id_prefix(kinds[k].type), name)))
                return -1;
        }
    }
    if (ns && nb > ((size_t)-1) / sizeof(char *) / ns)
        return -1;
    lx->body_label = calloc(ns * nb + 1, sizeof *lx->body_label);
    lx->body_id = calloc(ns * nb + 1, sizeof *lx->body_id);
    if (!lx->body_label || !lx->body_id)
        return -1;
    for (size_t bi = 0; bi < nb; bi++) {
        const dn_lex_body *b = &lx->bodies[bi];
        label_part parts[LABEL_PARTS];
        size_t np = label_parts(b->label, parts);
        for (size_t st = 0; st < ns; st++) {
            const dn_lex_state *s = &lx->states[st];
            const char *l;
            if (b->state >= 0 && (size_t)b->state != st)
                continue;
            if (np) {
                l = label_join(lx, parts, np, s);
            } else { /* a label of too many parts: read as it goes */
                dn_buf_init(&lab);
                label_write(&lab, b->label, s);
                l = lab.oom ? NULL : dn_arena_strdup(&lx->idmem, dn_buf_cstr(&lab));
                dn_buf_free(&lab);
            }
            if (!l || !(lx->body_id[bi * ns + st] = id_of(lx, org_prefix, l)))
                return -1;
            lx->body_label[bi * ns + st] = l;
        }
    }
    return 0;
}

const char *dn_lexicon_entry_id(const dn_lexicon *lx, dn_lex_kind kind, int i)
{
    if (kind < 0 || kind >= DN_LX__COUNT || !lx->ids[kind] || i < 0 ||
        (size_t)i >= dn_lexicon_count(lx, kind))
        return NULL;
    return lx->ids[kind][i];
}

const char *dn_lexicon_body_label(const dn_lexicon *lx, int bi, int st,
                                  const char **id)
{
    size_t k;

    *id = NULL;
    if (!lx->body_label || bi < 0 || st < 0 || (size_t)bi >= lx->n_bodies ||
        (size_t)st >= lx->n_states)
        return NULL;
    k = (size_t)bi * lx->n_states + (size_t)st;
    *id = lx->body_id[k];
    return lx->body_label[k];
}

int dn_lexicon_finish(dn_lexicon *lx, dn_error *err)
{
    dn_tokens tk;
    int rc = DN_OK;

    ptab_free(&lx->exact);
    ptab_free(&lx->folded);
    ptab_free(&lx->trig);
    words_free(lx);
    free_trigger_forms(lx);
    lx->max_len = 0;
    dn_tokens_init(&tk);
    {
        /* a first-word info per first word of a form: room for as many
         * as the entries have forms (surnames and case variants come on
         * top, but forms share first words), at once rather than by
         * doubling, a realloc and a copy each. (The pair notes, freed
         * by build_pairs, still grow: a block that size freed would be
         * reused, and cleared, by the extractor's first callocs.) */
        size_t forms = 0;
        const entry_forms *kinds[] = {lx->state_forms, lx->place_forms, lx->org_forms,
                                      lx->person_forms, lx->title_forms, lx->body_forms};
        size_t counts[] = {lx->n_states,  lx->n_places, lx->n_orgs,
                           lx->n_persons, lx->n_titles, lx->n_bodies};
        for (size_t k = 0; k < 6; k++)
            for (size_t i = 0; i < counts[k]; i++)
                forms += kinds[k][i].n;
        if (dn_grow((void **)&lx->fw, &lx->cap_fw, forms, sizeof *lx->fw) != 0)
            goto nomem;
    }
    if (build_state_names(lx) != 0)
        goto nomem;
    for (size_t i = 0; i < lx->n_states; i++)
        if (add_entry_forms(lx, &tk, &lx->state_forms[i], (int)i, 0))
            goto nomem;
    for (size_t i = 0; i < lx->n_places; i++)
        if (add_entry_forms(lx, &tk, &lx->place_forms[i], (int)i, 0))
            goto nomem;
    for (size_t i = 0; i < lx->n_orgs; i++)
        if (add_entry_forms(lx, &tk, &lx->org_forms[i], (int)i, 0))
            goto nomem;
    for (size_t i = 0; i < lx->n_persons; i++)
        if (add_entry_forms(lx, &tk, &lx->person_forms[i], (int)i, 0))
            goto nomem;
    if (add_surnames(lx, &tk) != 0)
        goto nomem;
    for (size_t i = 0; i < lx->n_titles; i++)
        if (add_entry_forms(lx, &tk, &lx->title_forms[i], (int)i, 1))
            goto nomem;
    for (size_t i = 0; i < lx->n_bodies; i++)
        if (add_entry_forms(lx, &tk, &lx->body_forms[i], (int)i, 1))
            goto nomem;
    if (build_trigger_forms(lx) != 0 || build_ids(lx) != 0 || build_role_titles(lx) != 0 ||
        build_surnames(lx) != 0)
        goto nomem;
    /* trigger forms are found by each alternative of their first word:
     * "\x01word" keys in the folded table, refs of kind DN_LX__COUNT */
    for (size_t f = 0; f < lx->n_tforms; f++)
        for (char **a = lx->tforms[f].alts[0]; *a; a++) {
            char key[300];
            dn_lex_ref r = {DN_LX__COUNT, (int)f};
            size_t n = strlen(*a);
            if (n > sizeof key - 2) /* as snprintf would cut it */
                n = sizeof key - 2;
            key[0] = '\x01';
            memcpy(key + 1, *a, n);
            key[n + 1] = '\0';
            if (ptab_add(&lx->folded, key, dn_hash_str(key), r) != 0 ||
                ptab_add(&lx->trig, *a, dn_hash_str(*a), r) != 0)
                goto nomem;
        }
    if (note_words(lx) != 0 || ptab_build_filter(&lx->exact) != 0 ||
        ptab_build_filter(&lx->folded) != 0)
        goto nomem;
    set_byte_words(lx, 1);
    lx->finished = 1;
    goto done;
nomem:
    rc = dn_error_set(err, DN_ENOMEM, NULL, 0, 0, "out of memory");
done:
    dn_tokens_free(&tk);
    return rc;
}

/* The slot of the phrase tok[i, i+l) (folded: lower forms), or NULL;
 * w: what the table has for the phrase's first word, which is the key
 * itself when l is 1. */
static ptab_slot *find_phrase(const ptab *t, const fw_info *w, const dn_token *tok, size_t i,
                              size_t l, int folded)
{
    uint64_t h = folded ? tok[i].hlower : tok[i].htext;
    size_t klen = tok[i].len;
    if (l == 1)
        return w->one >= 0 ? &t->slots[w->one] : NULL;
    for (size_t k = 1; k < l; k++) {
        h = phrase_step(h, folded ? tok[i + k].hlower : tok[i + k].htext);
        klen += 1 + tok[i + k].len;
    }
    if (!ptab_may_have(t, h))
        return NULL;
    return ptab_find_tokens(t, h, klen, tok, i, l, folded);
}

/* The refs of the one-token form of table `folded` whose fw index is fi
 * and their number *nr (0: there is none). */
static inline const dn_lex_ref *one_word_refs(const dn_lexicon *lx, int folded, int fi,
                                              size_t *nr)
{
    const fw_hot *h = &lx->fwh[fi];
    const ptab_slot *s;
    if (h->one_n <= 1) { /* the ref is on the fw_hot line */
        *nr = h->one_n;
        return &h->one_ref;
    }
    s = &(folded ? &lx->folded : &lx->exact)->slots[lx->fw[fi].one];
    *nr = s->n;
    return s->refs;
}

/* The refs of the phrase tok[i, i+l) (folded: lower forms) of table
 * `folded` and their number *nr, or NULL (*nr 0); fi: the fw index of
 * the phrase's first word in that table. */
static const dn_lex_ref *phrase_refs(const dn_lexicon *lx, int folded, int fi,
                                     const dn_token *tok, size_t i, size_t l, size_t *nr)
{
    const ptab_slot *s;
    if (l == 1) {
        const dn_lex_ref *r = one_word_refs(lx, folded, fi, nr);
        return *nr ? r : NULL;
    }
    *nr = 0;
    if (!(s = find_phrase(folded ? &lx->folded : &lx->exact, &lx->fw[fi], tok, i, l, folded)))
        return NULL;
    *nr = s->n;
    return s->refs;
}

void dn_lexicon_tokens_info(const dn_lexicon *lx, const dn_token *tok, size_t n,
                            dn_wordmask *mask, int *first)
{
    size_t mb;
    const wtab_word *recs = wtab_recs(&lx->words, &mb);

    /* the records of the sentence's tokens, asked for at once: a probe
     * mostly ends at the first record it reads, in a table that does not
     * fit the first-level cache */
    for (const dn_token *t = tok, *e = tok + n; t < e; t++) {
        DN_PREFETCH(wtab_rec(recs, t->hlower & mb));
        DN_PREFETCH(wtab_rec(recs, t->htext & mb));
    }
    for (size_t i = 0; i < n; i++) {
        const dn_token *t = &tok[i];
        const wtab_word *lo, *tx;
        if (t->len == 1) { /* punctuation (mostly): by the byte */
            lo = lx->byte_word[(unsigned char)t->lower[0]];
            tx = lx->byte_word[(unsigned char)t->text[0]];
        } else {
            lo = tx = wtab_probe(recs, mb, t->lower, t->len, t->hlower);
            /* most tokens have no capitals: lower is text itself */
            if (t->text != t->lower &&
                (t->htext != t->hlower || !same_bytes(t->text, t->lower, t->len)))
                tx = wtab_probe(recs, mb, t->text, t->len, t->htext);
        }
        mask[i] = lo->mask; /* with the trigger bit of a long token (TOK_LONG) */
        if (!(t->flags & DN_TOK_WORD)) {
            first[2 * i] = first[2 * i + 1] = -1;
            continue;
        }
        first[2 * i] = tx->fi[0];
        first[2 * i + 1] = lo->fi[1];
    }
}

void dn_lexicon_first(const dn_lexicon *lx, const dn_token *t, int first[2])
{
    dn_wordmask mask;
    dn_lexicon_tokens_info(lx, t, 1, &mask, first);
}

size_t dn_lexicon_match(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                        dn_lex_ref *refs, size_t max, size_t *n_refs)
{
    int first[2] = {-1, -1};

    if (i < n)
        dn_lexicon_first(lx, &tok[i], first);
    return dn_lexicon_match_first(lx, tok, n, i, first, refs, max, n_refs);
}

/* The longest length worth probing for forms whose lengths are lens (of
 * which the longest is max) at token i of n. */
static size_t probe_max(const dn_lexicon *lx, unsigned lens, int max, size_t n, size_t i)
{
    size_t m;
    if (!lens)
        return 0;
    m = (lens >> 31) ? (size_t)max : 32 - (size_t)__builtin_clz(lens);
    if (m > lx->max_len)
        m = lx->max_len;
    return m > n - i ? n - i : m;
}

/* The lengths worth probing (fw_info.lens) for the forms of table f
 * (1: folded) that start at token i, whose first-word info is fi (-1:
 * none start there): those of one token only, when the next token is
 * none of the longer forms' second words. */
static inline unsigned first_lens(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                                  int fi, int f)
{
    const fw_hot *w;
    uint64_t h2;
    if (fi < 0)
        return 0;
    w = &lx->fwh[fi];
    if (w->lens <= 1u || i + 1 >= n) /* (most: only forms of one token start here) */
        return w->lens & 1u;
    h2 = f ? tok[i + 1].hlower : tok[i + 1].htext;
    if (!(w->second & second_bit(h2)))
        return w->lens & 1u;
    return w->lens & (pair_lens(lx, fi, DN_LX__COUNT, h2) | 1u);
}

static size_t match_first(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                          const int first[2], const unsigned lens[2], dn_lex_ref *refs,
                          size_t max, size_t *n_refs);

/* Most tokens start no form, and most that start one start only forms
 * of one token there ("Russia", "said"): they are answered here, from
 * their fw_hot lines, without the frame of the search (match_first). */
size_t dn_lexicon_match_first(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                              const int first[2], dn_lex_ref *refs, size_t max,
                              size_t *n_refs)
{
    unsigned lens[2];
    size_t k = 0, l = 0;

    *n_refs = 0;
    if ((first[0] < 0 && first[1] < 0) || i >= n || !(tok[i].flags & DN_TOK_WORD))
        return 0;
    lens[0] = first_lens(lx, tok, n, i, first[0], 0);
    lens[1] = first_lens(lx, tok, n, i, first[1], 1);
    if ((lens[0] | lens[1]) > 1u)
        return match_first(lx, tok, n, i, first, lens, refs, max, n_refs);
    /* what match_first gives for a length of one */
    for (int f = 0; f < 2; f++) {
        const dn_lex_ref *r;
        size_t nr;
        if (!lens[f])
            continue;
        r = one_word_refs(lx, f, first[f], &nr);
        if (nr)
            l = 1;
        for (size_t j = 0; j < nr && k < max; j++)
            refs[k++] = r[j];
    }
    *n_refs = k;
    return l;
}

/* The longest form at i, from the lengths first_lens gives for each
 * table (one of them more than one token). */
static size_t match_first(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                          const int first[2], const unsigned lens[2], dn_lex_ref *refs,
                          size_t max, size_t *n_refs)
{
    size_t lm[2] = {0, 0}, lmax;

    for (int f = 0; f < 2; f++)
        if (lens[f])
            lm[f] = probe_max(lx, lens[f], lx->fwh[first[f]].max, n, i);
    lmax = lm[0] > lm[1] ? lm[0] : lm[1];
    for (size_t l = lmax; l >= 1; l--) {
        const dn_lex_ref *r[2] = {NULL, NULL};
        size_t nr[2] = {0, 0};
        unsigned bit = len_bit(l);
        for (int f = 0; f < 2; f++)
            if (l <= lm[f] && (lens[f] & bit))
                r[f] = phrase_refs(lx, f, first[f], tok, i, l, &nr[f]);
        if (!r[0] && !r[1])
            continue;
        for (int f = 0; f < 2; f++)
            for (size_t k = 0; k < nr[f] && *n_refs < max; k++)
                refs[(*n_refs)++] = r[f][k];
        return l;
    }
    return 0;
}

size_t dn_lexicon_match_kind(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                             dn_lex_kind kind, int *index)
{
    int first[2] = {-1, -1};

    if (i < n)
        dn_lexicon_first(lx, &tok[i], first);
    return dn_lexicon_match_kind_first(lx, tok, n, i, first, kind, index);
}

/* first_lens for the forms of one kind (fw_info.kind_lens). */
static inline unsigned first_kind_lens(const dn_lexicon *lx, const dn_token *tok, size_t n,
                                       size_t i, int fi, int f, dn_lex_kind kind)
{
    const fw_hot *w;
    unsigned lens;
    uint64_t h2;
    /* most words start no form of the kind, or only forms of one token:
     * fw_hot says so, without fw_info's line */
    if (fi < 0 || !(lx->fwh[fi].kinds >> kind & 1u))
        return 0;
    w = &lx->fwh[fi];
    if (!(w->kinds_long >> kind & 1u))
        return 1;
    lens = lx->fw[fi].kind_lens[kind];
    if (i + 1 >= n)
        return lens & 1u;
    h2 = f ? tok[i + 1].hlower : tok[i + 1].htext;
    if (!(w->second & second_bit(h2)))
        return lens & 1u;
    return lens & (pair_lens(lx, fi, kind, h2) | 1u);
}

static size_t match_kind_first(const dn_lexicon *lx, const dn_token *tok, size_t n,
                               size_t i, const int first[2], const unsigned lens[2],
                               dn_lex_kind kind, int *index);

/* 1 when a form of kind k may start with the word whose fw index is fi
 * (-1: none), as its fw_hot line says. */
static inline int starts_kind(const dn_lexicon *lx, int fi, dn_lex_kind k)
{
    return fi >= 0 && (lx->fwh[fi].kinds >> k & 1u);
}

/* (not inlined: dn_lexicon_match_kind_first would save and restore the
 * registers of its search on every call) */
static __attribute__((noinline)) size_t kind_first(const dn_lexicon *lx, const dn_token *tok,
                                                   size_t n, size_t i, const int first[2],
                                                   dn_lex_kind kind, int *index);

/* As dn_lexicon_match_first: forms of one token are answered by
 * kind_first. Most tokens start no form of the kind asked (a name, when a
 * title is sought): they are answered here, without its frame. */
size_t dn_lexicon_match_kind_first(const dn_lexicon *lx, const dn_token *tok, size_t n,
                                   size_t i, const int first[2], dn_lex_kind kind,
                                   int *index)
{
    *index = -1;
    if (i >= n || !(tok[i].flags & DN_TOK_WORD) || kind < 0 || kind >= DN_LX__COUNT ||
        (!starts_kind(lx, first[0], kind) && !starts_kind(lx, first[1], kind)))
        return 0;
    return kind_first(lx, tok, n, i, first, kind, index);
}

/* dn_lexicon_match_kind_first once a form of the kind may start at i:
 * forms of one token answered from their fw_hot lines, longer ones by
 * match_kind_first. */
static size_t kind_first(const dn_lexicon *lx, const dn_token *tok, size_t n, size_t i,
                         const int first[2], dn_lex_kind kind, int *index)
{
    unsigned lens[2];

    lens[0] = first_kind_lens(lx, tok, n, i, first[0], 0, kind);
    lens[1] = first_kind_lens(lx, tok, n, i, first[1], 1, kind);
    if ((lens[0] | lens[1]) > 1u)
        return match_kind_first(lx, tok, n, i, first, lens, kind, index);
    for (int f = 0; f < 2; f++) {
        const dn_lex_ref *r;
        size_t nr;
        if (!lens[f])
            continue;
        r = one_word_refs(lx, f, first[f], &nr);
        for (size_t k = 0; k < nr; k++)
            if (r[k].kind == kind) {
                *index = r[k].index;
                return 1;
            }
    }
    return 0;
}

/* The longest form of the kind at i, from the lengths first_kind_lens
 * gives for each table (one of them more than one token). */
static size_t match_kind_first(const dn_lexicon *lx, const dn_token *tok, size_t n,
                               size_t i, const int first[2], const unsigned lens[2],
                               dn_lex_kind kind, int *index)
{
    size_t lm[2] = {0, 0}, lmax;

    for (int f = 0; f < 2; f++)
        if (lens[f])
            lm[f] = probe_max(lx, lens[f], lx->fwh[first[f]].max, n, i);
    lmax = lm[0] > lm[1] ? lm[0] : lm[1];
    for (size_t l = lmax; l >= 1; l--)
        for (int folded = 0; folded < 2; folded++) {
            const dn_lex_ref *r;
            size_t nr;
            if (l > lm[folded] || !(lens[folded] & len_bit(l)))
                continue;
            if (!(r = phrase_refs(lx, folded, first[folded], tok, i, l, &nr)))
                continue;
            for (size_t k = 0; k < nr; k++)
                if (r[k].kind == kind) {
                    *index = r[k].index;
                    return l;
                }
        }
    return 0;
}

int dn_lexicon_trigger_lookup_tok(const dn_lexicon *lx, const dn_token *t,
                                  const dn_lex_ref **refs, size_t *n)
{
    ptab_slot *s;
    if (t->len > TOK_LONG)
        return dn_lexicon_trigger_lookup(lx, t->lower, refs, n);
    s = ptab_find_word(&lx->trig, t->hlower, t->lower, t->len);
    *refs = s ? s->refs : NULL;
    *n = s ? s->n : 0;
    return s != NULL;
}

dn_wordmask dn_lexicon_token_mask(const dn_lexicon *lx, const dn_token *t)
{
    int m = dn_strmap_get_h(&lx->wordmask, t->lower, t->hlower);
    return m < 0 ? 0 : lx->wmask[m];
}

int dn_lexicon_trigger_lookup(const dn_lexicon *lx, const char *w, const dn_lex_ref **refs,
                              size_t *n)
{
    char key[300];
    ptab_slot *s;
    snprintf(key, sizeof key, "\x01%s", w);
    s = ptab_find(&lx->folded, key);
    *refs = s ? s->refs : NULL;
    *n = s ? s->n : 0;
    return s != NULL;
}

const dn_trigger_form *dn_lexicon_tform(const dn_lexicon *lx, int i)
{
    return &lx->tforms[i];
}

size_t dn_lexicon_count(const dn_lexicon *lx, dn_lex_kind kind)
{
    switch (kind) {
    case DN_LX_STATE: return lx->n_states;
    case DN_LX_PLACE: return lx->n_places;
    case DN_LX_ORG: return lx->n_orgs;
    case DN_LX_PERSON: return lx->n_persons;
    case DN_LX_TITLE: return lx->n_titles;
    case DN_LX_BODY: return lx->n_bodies;
    case DN_LX__COUNT: return lx->n_triggers;
    default: return 0;
    }
}

const dn_lex_state *dn_lexicon_state(const dn_lexicon *lx, int i) { return &lx->states[i]; }
const dn_lex_place *dn_lexicon_place(const dn_lexicon *lx, int i) { return &lx->places[i]; }
const dn_lex_org *dn_lexicon_org(const dn_lexicon *lx, int i) { return &lx->orgs[i]; }
const dn_lex_person *dn_lexicon_person(const dn_lexicon *lx, int i) { return &lx->persons[i]; }
const dn_lex_title *dn_lexicon_title(const dn_lexicon *lx, int i) { return &lx->titles[i]; }
const dn_lex_body *dn_lexicon_body(const dn_lexicon *lx, int i) { return &lx->bodies[i]; }
const dn_lex_trigger *dn_lexicon_trigger(const dn_lexicon *lx, int i)
{
    return &lx->triggers[i];
}

int dn_lexicon_find_state(const dn_lexicon *lx, const char *name)
{
    return dn_lexicon_find(lx, DN_LX_STATE, name);
}

int dn_lexicon_find(const dn_lexicon *lx, dn_lex_kind kind, const char *name)
{
    if ((int)kind < 0 || kind >= DN_LX__COUNT)
        return -1;
    return dn_strmap_get(&lx->names[kind], name);
}

int dn_lexicon_family_first_state(const dn_lexicon *lx, int i)
{
    if (i < 0 || (size_t)i >= lx->n_states)
        return 0;
    if (lx->finished)
        return (lx->state_names[i] & STATE_FAMILY_FIRST) != 0;
    return list_has(list_words(lx, "family_name_first_states"), lx->states[i].name);
}

int dn_lexicon_has_word(const dn_lexicon *lx, const char *list, const char *w)
{
    for (size_t i = 0; i < lx->n_lists; i++)
        if (strcmp(lx->lists[i].name, list) == 0)
            return dn_strmap_get(&lx->lists[i].words, w) >= 0;
    return 0;
}

int dn_lexicon_list_bit(const dn_lexicon *lx, const char *list)
{
    for (size_t i = 0; i < lx->n_lists; i++)
        if (strcmp(lx->lists[i].name, list) == 0)
            return lx->lists[i].bit;
    return -1;
}

dn_wordmask dn_lexicon_word_mask(const dn_lexicon *lx, const char *w)
{
    int m = dn_strmap_get(&lx->wordmask, w);
    return m < 0 ? 0 : lx->wmask[m];
}
