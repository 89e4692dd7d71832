/*
 * extract.c - interactions: who did what to whom, sentence by sentence.
 *
 * A document is read in two passes over its sentences. Pass 1 recognises
 * actors only: it registers the persons and places the article names (so
 * that surnames and titles resolve in pass 2 anywhere in the article),
 * counts the states it mentions, finds the two sides of a conflict
 * ("Armenian-Azerbaijani", "Rwanda-Congo"), and notes for each sentence who
 * is named next to its quotation marks. Between the passes each quotation
 * (which may run over several sentences and paragraphs) gets its speaker:
 * the actor named after it ("..., X said"), before it ("X said: ..."), in
 * the line that introduces it ("In the words of X:"), or in the heading
 * above it ("'...' - X", "NAME, TITLE").
 *
 * Pass 2 recognises actors again and finds triggers (data/triggers.json).
 * For each trigger it takes:
 *   - the subject: the nearest actor to the left that is not the object of
 *     a preposition or of an earlier trigger, with the actors coordinated
 *     with it ("A, together with B and C"); "we" in a quote is the speaker;
 *   - the objects: after the trigger and its preposition, within the
 *     trigger's window, with coordination ("Russia, the CSTO and the UN
 *     Security Council" = three objects) and ", including X";
 *   - passive triggers ("were shelled by X", "has been accused by X")
 *     swap the two; evaluative nouns ("provocation by X", "X's
 *     provocations") take the speaker as author;
 *   - no edge when a negation or a hypothetical stands just before the
 *     trigger, or a hedge ("rumours") earlier in the sentence.
 * Each (source, target) pair becomes an edge with the sentence as
 * evidence. Groups are capped (16 actors) so that a sentence naming
 * thousands of actors costs linear time.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipnet/extract.h"
#include "extract/actors.h"
#include "graph/graph_private.h"
#include "util/util.h"

#define GROUP_MAX 16

/* A rule for a construction news text seldom has ("talks between A and
 * B", "came under fire", "fellow members X and Y"): the compiler lays its
 * code, and the paths that call it, apart from the common path of
 * process_trigger and the searches, which then take fewer cache lines. */
#define RARE __attribute__((cold))

#define TK(i) (d->tk.tok[(i)])
#define NT (d->tk.n)

typedef struct sent_ctx {
    int *tok2m; /* token -> mention index, -1 */
    size_t cap;
    /* found once per sentence, when a trigger first asks, not once per
     * trigger: */
    size_t hedge_scan;  /* tokens before it hold no hedge word, or it is
                           one (hedge_before) */
    size_t n_ctx;       /* size of d->ctx_ok */
    int ctx_fresh;      /* d->ctx_ok was reset for the current sentence */
    size_t prev_trig;   /* first token of the sentence's last trigger so
                           far, (size_t)-1 none */
    size_t prev_main;   /* the same, of a verb not in a subordinate clause
                           ("if it attacked"), (size_t)-1 none */
    int prev_ta[4];     /* the targets of the sentence's last act ("met
                           A and B and urged them") */
    int n_prev_ta;
    dn_edge_type prev_type; /* that act's type */
    int prev_message;       /* that act was a letter or message whose
                               appeal follows ("wrote to X, urging") */
    /* trigger_at's memo of the trigger forms, by form index (form_of) */
    struct form_memo *forms;
    size_t n_forms;
    /* and of the words that start forms (start_of): WORD_MEMO entries,
     * made on first use */
    struct word_memo *words;
} sent_ctx;

/* A trigger form as trigger_at reads it, found once per extractor. */
typedef struct form_memo {
    const dn_trigger_form *f;   /* dn_lexicon_tform's (NULL: not made yet) */
    const dn_lex_trigger *t;    /* its trigger */
    unsigned long long *first;  /* entry w: bit (b & 63) for the first byte b
                                   of each of the words f->alts[w] */
} form_memo;

/* The forms that start with a word, as trigger_at reads them: the
 * lexicon's lookup once per word of at most WORD_MEMO_LEN bytes (a few
 * hundred words start forms; "on" alone asks a third of the lookups of a
 * news text), in a direct-mapped table indexed by the word's hash and
 * checked against the word's bytes. */
#define WORD_MEMO 512
#define WORD_MEMO_LEN 15
typedef struct word_memo {
    char w[WORD_MEMO_LEN + 1]; /* the word, lower case */
    unsigned char len;         /* its length; 0: an empty entry */
    unsigned char need_next;   /* every form needs a word right after the
                                  first (no gap), one whose first byte has
                                  its bit in next: else none matches */
    unsigned long long next;
    const dn_lex_ref *refs;    /* dn_lexicon_trigger_lookup_tok's */
    size_t nrefs;
} word_memo;

#define lw_is doc_lw_is

#define has_word doc_has_word

/* 1 when token i is punctuation whose text occurs in set (a substring:
 * "," in ",;:"). The rules ask this of many tokens and nearly all are one
 * byte long: that byte is looked for in set inline, and only a longer
 * token whose first byte is in set pays for strstr. */
static inline int is_punct(const doc *d, size_t i, const char *set)
{
    const dn_token *t;
    const char *p;
    if (i >= NT || (TK(i).flags & DN_TOK_WORD))
        return 0;
    t = &TK(i);
    if (t->len == 0)
        return 0;
    for (p = set; *p && *p != t->text[0]; p++)
        ;
    if (!*p)
        return 0;
    return t->len == 1 || strstr(set, t->text) != NULL;
}

#define is_ly doc_is_ly

/* 1 when token i, lower-cased, is the word w: its first two bytes are
 * compared inline, so that most misses cost no call. */
static inline int tok_is(const doc *d, size_t i, const char *w)
{
    const char *l = TK(i).lower;
    return l[0] == w[0] &&
           (l[0] == '\0' || (l[1] == w[1] && (l[1] == '\0' || strcmp(l + 2, w + 2) == 0)));
}

/* 1 when one of the ten tokens from k is the word "including": a test of
 * each one's length, nearly always all it takes. */
static int including_near(const doc *d, size_t k)
{
    const dn_token *t, *e;
    if (k >= NT)
        return 0;
    /* (by pointer, to an end found once: one compare a token fewer) */
    e = &TK(NT - k > 10 ? k + 10 : NT);
    for (t = &TK(k); t < e; t++)
        if (t->len == 9 && memcmp(t->lower, "including", 9) == 0)
            return 1;
    return 0;
}

/* 1 when a word of the "hedges" list stands before token ts. The tokens
 * before sc->hedge_scan are known to be no hedge, or the one there is:
 * each token is looked at once per sentence, and only as far as a
 * trigger asks. */
static int hedge_before(const doc *d, sent_ctx *sc, size_t ts)
{
    const dn_wordmask *mask = d->tokmask;
    unsigned hb = d->wl_bit[WL_HEDGES];
    size_t j = sc->hedge_scan;
    while (j < ts && !((mask[j] >> hb) & 1u))
        j++;
    sc->hedge_scan = j;
    return j < ts;
}

/* Collects the coordinated mentions going right from mention mi. A list
 * joined by bare commas must be closed by "and"/"or" ("Russia, the CSTO and
 * the UN"), else only its first member counts ("the CSTO, Azerbaijan is
 * not"). ", including X" extends the list. */
static size_t trigger_at(doc *d, sent_ctx *sc, size_t i, int *trig);

/* The trigger that starts at token i, or NULL. */
static const dn_lex_trigger *trigger_here(doc *d, sent_ctx *sc, size_t i)
{
    int ti;
    if (i >= NT)
        return NULL; /* (trigger_at asks for a token: the spare mask after
                        the sentence has the trigger bit) */
    return trigger_at(d, sc, i, &ti) > i && ti >= 0 ? dn_lexicon_trigger(d->lx, ti) : NULL;
}

/* 1 when token i is a verb that can begin a clause after its subject: an
 * auxiliary ("has", "will", "also"), a speech verb, or a trigger that is no
 * noun ("appealed", "shelled"). */
static int verb_at(doc *d, sent_ctx *sc, size_t i)
{
    const dn_lex_trigger *t;
    if (i >= NT || !(TK(i).flags & DN_TOK_WORD))
        return 0;
    if (has_word(d, WL_AUXILIARIES, i) || has_word(d, WL_SPEECH, i))
        return 1;
    return (t = trigger_here(d, sc, i)) != NULL && !t->noun;
}

/* 1 when token i is a form of "have" that may make a perfect tense. */
static int perfect_aux(const doc *d, size_t i)
{
    return lw_is(d, i, "had") || lw_is(d, i, "has") || lw_is(d, i, "have") ||
           lw_is(d, i, "having");
}

/* 1 when mention lists a[0..na) and b[0..nb) name a common actor. */
static int shares_actor(const doc *d, const int *a, int na, const int *b, int nb)
{
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (d->m[a[i]].actor == d->m[b[j]].actor && !(d->m[b[j]].flags & M_OBJPRON))
                return 1; /* ("him" is resolved against the subject later) */
    return 0;
}

/* 1 when the verb at ts opens a subordinate clause with its subject:
 * "if it attacked", "that Russia would face", "because Kigali shelled",
 * "said Kyrgyz troops had fired". */
static int subordinate_verb(doc *d, sent_ctx *sc, size_t ts)
{
    size_t j = ts;
    if (ts > 0 && lw_is(d, ts - 1, "to"))
        return 1; /* "asked X to instruct his envoy to ..., and urged Y": an
                     infinitive is what is asked, no main verb */
    for (int n = 0; n < 3 && j > 0 && (has_word(d, WL_AUXILIARIES, j - 1) || is_ly(d, j - 1) ||
                                       lw_is(d, j - 1, "not"));
         n++)
        j--;
    if (j == 0 || sc->tok2m[j - 1] < 0)
        return 0;
    j = d->m[sc->tok2m[j - 1]].ts;
    while (j > 0 && doc_det_at(d, j - 1))
        j--;
    return j > 0 && (lw_is(d, j - 1, "if") || lw_is(d, j - 1, "that") || lw_is(d, j - 1, "whether") ||
                     lw_is(d, j - 1, "because") || lw_is(d, j - 1, "unless") ||
                     lw_is(d, j - 1, "when") || lw_is(d, j - 1, "while") ||
                     has_word(d, WL_SPEECH, j - 1));
}

/* When the trigger at ts is a verb joined by "and" or "but" to what
 * goes before ("... and called on", "..., and then urged"), the index
 * just after that conjunction; 0 when it is not. */
static size_t verb_coordinated(doc *d, size_t ts)
{
    size_t j = ts;
    if (j > 0 && (has_word(d, WL_AUXILIARIES, j - 1) || is_ly(d, j - 1)) &&
        !lw_is(d, j - 1, "and"))
        j--; /* "and also", "and later", "and strongly" */
    return j > 0 && (lw_is(d, j - 1, "and") || lw_is(d, j - 1, "but")) ? j : 0;
}

static int told_at(const doc *d, size_t i);

/* 1 when the trigger at token ts is an attack's: no teller's act. */
static int attack_at(doc *d, sent_ctx *sc, size_t ts)
{
    const dn_lex_trigger *tt = trigger_here(d, sc, ts);
    return tt && tt->type == DN_EDGE_ATTACK;
}

/* The verb a trigger at ts joined by "and" shares its subject with: the
 * last trigger before it, but the last one of the main clause after a
 * comma ("warned that Russia would pay if it attacked Ukraine, and
 * called on Moscow"); ts when it is joined to none. */
static size_t joined_verb(doc *d, sent_ctx *sc, size_t ts)
{
    size_t j;
    if ((j = verb_coordinated(d, ts)) == 0)
        return ts;
    if (!(sc->prev_trig < ts)) {
        if (attack_at(d, sc, ts))
            return ts; /* a teller attacks no one: "said that Thai troops
                          had entered its territory and attacked" */
        /* no trigger before: "I told him that the detention was
         * unjustified and asked him for access" shares the speech verb's
         * subject, when one stands right before it */
        for (size_t k = 1; k + 1 < j; k++) {
            size_t c = k + 1, a = k - 1;
            while (a > 0 && sc->tok2m[a] < 0 && (is_ly(d, a) || has_word(d, WL_AUXILIARIES, a)))
                a--; /* "Mao Ning later said", "X also said" */
            if (a >= 1 && is_punct(d, a, ",") && sc->tok2m[a - 1] >= 0)
                a--; /* "The EU special representative, Miroslav Lajcak,
                        says" */
            if (!has_word(d, WL_SPEECH, k) || sc->tok2m[a] < 0 ||
                (d->m[sc->tok2m[a]].flags & (M_PP | M_WEAK | M_POSS)))
                continue;
            if (told_at(d, k) && sc->tok2m[c] >= 0)
                c = d->m[sc->tok2m[c]].te; /* over the one told */
            while (c < j && (sc->tok2m[c] < 0 || (d->m[sc->tok2m[c]].flags & (M_PP | M_WEAK | M_POSS))))
                c++;
            /* (not "said the US and Japan had smeared and attacked China":
             * the clause said has a subject of its own, and a verb right
             * before "and"; but "said the OAS had no authority to rule on
             * borders and accused Costa Rica" goes back to the teller) */
            return c == j || (j >= 2 && j == ts && !doc_ends_ed(d, j - 2) &&
                              !(TK(j - 2).flags & DN_TOK_CAP) && sc->tok2m[j - 2] < 0 &&
                              !has_word(d, WL_AUXILIARIES, j - 2))
                       ? k
                       : ts; /* ("and had shelled": the clause's tense, its verb) */
        }
        /* "Vladimir Putin mourned Raisi ..., and then phoned X": a verb
         * in the past right after the sentence's first actor is the main
         * clause's, and the joined verb shares its subject */
        if (j >= 2 && is_punct(d, j - 2, ",") && d->n_m > 0 && d->m[0].ts <= 4 &&
            !(d->m[0].flags & (M_PP | M_WEAK | M_POSS)) && d->m[0].te < j - 2 &&
            (TK(d->m[0].te).flags & DN_TOK_WORD) && !(TK(d->m[0].te).flags & DN_TOK_CAP) &&
            doc_ends_ed(d, d->m[0].te)) {
            size_t k = d->m[0].te + 1;
            while (k < j && !lw_is(d, k, "that") && !has_word(d, WL_SPEECH, k) &&
                   !lw_is(d, k, "who") && !lw_is(d, k, "which"))
                k++;
            if (k == j) /* (not "He recalled that Modi had greeted Yunus,
                           and had spoken with him": the clause said) */
                return d->m[0].te;
        }
        return ts;
    }
    for (size_t k = sc->prev_trig + 1; k < j; k++)
        if (lw_is(d, k, "which") || lw_is(d, k, "who"))
            return ts; /* "welcomed the resolution of the Council, which endorsed X
                          and urged Y": the verb of the relative clause */
    if (j >= 2 && is_punct(d, j - 2, ",")) {
        if (sc->prev_main < ts)
            return sc->prev_main;
        /* "Tajikistan said Kyrgyz troops had fired on X, and accused
         * Bishkek": the speech verb is the main clause's */
        for (size_t k = 1; k < sc->prev_trig; k++)
            if (has_word(d, WL_SPEECH, k) && sc->tok2m[k - 1] >= 0) {
                const dn_lex_trigger *pt = trigger_here(d, sc, sc->prev_trig);
                int cm = sc->tok2m[k + 1];
                if (pt && (pt->type == DN_EDGE_CALL || pt->type == DN_EDGE_MEETING) && cm >= 0 &&
                    d->m[cm].ts == k + 1 && !(d->m[cm].flags & (M_PP | M_POSS | M_GROUP)) &&
                    d->actors[d->m[cm].actor].type == DN_ACTOR_PERSON)
                    return sc->prev_trig; /* "The State Department says Rubio
                                             spoke to Munir, and urged both
                                             sides": what the one reported
                                             said in the contact */
                return k;
            }
    }
    return sc->prev_trig;
}

/* "with A, the head of the army, and with B": from the comma at k after
 * an object, the index of "with"/"to" in ", and with" or ", and to" when
 * an apposition naming no actor (at most 16 tokens) leads there; 0 if
 * not. */
static size_t and_with_after(doc *d, sent_ctx *sc, size_t k)
{
    for (size_t j = k + 1; j < NT && j < k + 18; j++) {
        if (sc->tok2m[j] >= 0 && !(d->m[sc->tok2m[j]].flags & (M_PP | M_WEAK | M_POSS)))
            return 0; /* an actor in the apposition: not a plain description */
        if (is_punct(d, j, ";.:") || (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
            return 0;
        if (is_punct(d, j, ",") && lw_is(d, j + 1, "and") &&
            (lw_is(d, j + 2, "with") || lw_is(d, j + 2, "to")))
            return j + 2;
    }
    return 0;
}

/* "talks between A, the secretary of Iran's Supreme National Security
 * Council, and B": from the comma at k after a list item, the index after
 * the "and" of ", and" when an apposition that opens with an office
 * ("the secretary", "Iran's top security official"; at most 16 tokens)
 * leads there; 0 if not. The office's own "of" and owner may name
 * actors: they describe the item. */
static size_t office_apposition_and(doc *d, sent_ctx *sc, size_t k)
{
    size_t j = k + 1, h;
    int mi = j < NT ? sc->tok2m[j] : -1;
    if (mi >= 0) {
        if (!(d->m[mi].flags & M_POSS) || d->actors[d->m[mi].actor].type != DN_ACTOR_STATE)
            return 0; /* ("A, B, and C": items) */
        j = d->m[mi].te + doc_tx_is(d, d->m[mi].te, "'s");
    } else if (lw_is(d, j, "the") || lw_is(d, j, "a") || lw_is(d, j, "an")) {
        j++;
    } else if (!(j < NT && doc_office_at(d, j) && !(TK(j).flags & DN_TOK_CAP))) {
        return 0; /* (or the office bare: "A, president of the territory's
                     government, and B") */
    }
    for (h = j; h < NT && h < j + 3 && !doc_office_at(d, h); h++)
        if (!(TK(h).flags & DN_TOK_WORD) || (TK(h).flags & DN_TOK_CAP) || sc->tok2m[h] >= 0)
            return 0; /* ("the top security official": lower-case words) */
    if (h >= NT || !doc_office_at(d, h))
        return 0;
    for (j = h + 1; j < NT && j < k + 18; j++) {
        if (is_punct(d, j, ";.:()") || (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
            return 0;
        if (is_punct(d, j, ","))
            return lw_is(d, j + 1, "and") && j + 2 < NT ? j + 2 : 0;
    }
    return 0;
}

/* The end of the nouns that may follow a mention ending at e: "Russian"
 * [air defence systems] were ... (at most three lower-case words that
 * are no preposition, function word or verb). */
static size_t noun_phrase_end(doc *d, sent_ctx *sc, size_t e)
{
    for (int n = 0; n < 3 && e < NT && (TK(e).flags & DN_TOK_WORD) && !(TK(e).flags & DN_TOK_CAP) &&
                    sc->tok2m[e] < 0 && !has_word(d, WL_PREPOSITIONS, e) &&
                    !has_word(d, WL_FUNCTION_WORDS, e) && !verb_at(d, sc, e);
         n++)
        e++;
    return e;
}

/* The person mention right after organisation mention mi, whose office
 * the organisation names ("National Assembly Speaker Kim Jin-pyo", "the
 * Chinese foreign ministry spokeswoman, Hua Chunying"); -1 when none.
 * (Inline: asked of most objects and subjects, and a few loads.) */
static inline int office_holder(doc *d, sent_ctx *sc, int mi)
{
    size_t e = d->m[mi].te;
    int hm = e < NT ? sc->tok2m[e] : -1;
    return d->actors[d->m[mi].actor].type == DN_ACTOR_ORGANIZATION && hm >= 0 &&
                   d->m[hm].ts == e && d->actors[d->m[hm].actor].type == DN_ACTOR_PERSON
               ? hm
               : -1;
}

/* The end of person mention mi, past "of" and the person's own state
 * ("Pierre Pettigrew of Canada", "Edward Nalbandian of Armenia"); else
 * its end. */
static size_t own_state_end(doc *d, sent_ctx *sc, int mi)
{
    size_t e = d->m[mi].te, s;
    int sm;
    if (!lw_is(d, e, "of"))
        return e; /* (most mentions) */
    s = e + 1 + lw_is(d, e + 1, "the");
    sm = s < NT ? sc->tok2m[s] : -1;
    if (sm >= 0 && d->m[sm].ts == s && d->actors[d->m[mi].actor].type == DN_ACTOR_PERSON &&
        d->actors[d->m[sm].actor].type == DN_ACTOR_STATE && d->actors[d->m[sm].actor].state >= 0 &&
        d->actors[d->m[sm].actor].state == d->actors[d->m[mi].actor].state)
        return d->m[sm].te;
    return e;
}

/* 1 when token j is an "as" that follows a verb's object ("saw this as an
 * attempt", "described Yemen as an aggressor", "regarded the vote as a
 * matter of security"): a preposition there, no clause of its own. */
static int as_after_object(doc *d, sent_ctx *sc, size_t j)
{
    return j > 0 && lw_is(d, j, "as") &&
           (lw_is(d, j - 1, "this") || lw_is(d, j - 1, "it") || lw_is(d, j - 1, "them") ||
            lw_is(d, j - 1, "that") || sc->tok2m[j - 1] >= 0 ||
            (j > 1 && doc_det_at(d, j - 2) && (TK(j - 1).flags & DN_TOK_WORD) &&
             !(TK(j - 1).flags & DN_TOK_CAP)));
}

/* 1 when token k is a word that may continue a list after an item:
 * every word group_right looks for right after an item ("of", "in", "at",
 * "today", ..., "and", "or", "as", "together", "along"). Any other word
 * there ends the list: none of group_right's tests holds for it. Keep
 * the two in step. */
static int list_word(const dn_token *t)
{
    const char *w = t->lower;
    switch (t->len) {
    case 2:
        return memcmp(w, "of", 2) == 0 || memcmp(w, "in", 2) == 0 || memcmp(w, "at", 2) == 0 ||
               memcmp(w, "or", 2) == 0 || memcmp(w, "as", 2) == 0;
    case 3:
        return memcmp(w, "and", 3) == 0;
    case 5:
        return memcmp(w, "today", 5) == 0 || memcmp(w, "later", 5) == 0 ||
               memcmp(w, "along", 5) == 0;
    case 7:
        return memcmp(w, "tonight", 7) == 0 || memcmp(w, "earlier", 7) == 0;
    case 8:
        return memcmp(w, "together", 8) == 0;
    case 9:
        return memcmp(w, "yesterday", 9) == 0;
    case 10:
        return memcmp(w, "especially", 10) == 0;
    default:
        return 0;
    }
}

/* The mentions coordinated with mention mi from it rightwards ("A, B and
 * C", ", together with D", ", including E"), at most max, into out;
 * returns their number. objects: the list is a verb's objects, and ends
 * before a mention followed by a verb ("shelled A and B appealed"). */
static int group_right(doc *d, sent_ctx *sc, int mi, int *out, int max, int objects)
{
    int n = 0, n_sure = 0, closed = 0, bare_and = 0;
    size_t k = 0;
    while (mi >= 0 && n < max) {
        mention *m = &d->m[mi];
        int comma = 0, comma_and = 0, and_now = 0;
        size_t aw;
        out[n++] = mi;
        if (closed || n == 1)
            n_sure = n;
        k = m->te;
        if (k < NT && (TK(k).flags & DN_TOK_WORD) && !list_word(&TK(k)))
            break; /* (most items: "met A on Monday", "A said") */
        /* a parenthesis after a mention: "(UAE)" */
        if (is_punct(d, k, "(") && k + 1 < NT && sc->tok2m[k + 1] >= 0) {
            size_t e = d->m[sc->tok2m[k + 1]].te;
            if (is_punct(d, e, ")"))
                k = e + 1;
        }
        if (is_punct(d, k, ",") && k + 1 < NT && sc->tok2m[k + 1] >= 0 &&
            d->m[sc->tok2m[k + 1]].ts == k + 1 && d->m[sc->tok2m[k + 1]].actor == m->actor) {
            /* "A, President of the Republic of Guinea, and B": over the
             * apposed title and its state */
            size_t e = d->m[sc->tok2m[k + 1]].te;
            if (lw_is(d, e, "of")) {
                e += 1 + lw_is(d, e + 1, "the");
                if (e < NT && sc->tok2m[e] >= 0 && d->m[sc->tok2m[e]].ts == e)
                    k = d->m[sc->tok2m[e]].te;
            }
        }
        if (k == m->te && lw_is(d, k, "of")) /* (own_state_end's first test:
                                                 most items, no call) */
            k = own_state_end(d, sc, mi); /* "Edward Nalbandian of Armenia and
                                              Elmar Mammadyarov of Azerbaijan" */
        if (objects && k == m->te && (lw_is(d, k, "in") || lw_is(d, k, "at")) && k + 1 < NT &&
            sc->tok2m[k + 1] >= 0 && d->m[sc->tok2m[k + 1]].ts == k + 1 &&
            ((d->m[sc->tok2m[k + 1]].flags & M_CAPITAL) ||
             d->actors[d->m[sc->tok2m[k + 1]].actor].type == DN_ACTOR_PLACE)) {
            /* "talks with A in Sanaa and B in Asmara": where each was met,
             * when another item follows */
            size_t e = d->m[sc->tok2m[k + 1]].te;
            size_t a = e + (is_punct(d, e, ",") && lw_is(d, e + 1, "and")); /* the "and" */
            if (lw_is(d, a, "and") && a + 1 < NT && sc->tok2m[a + 1] >= 0 &&
                d->m[sc->tok2m[a + 1]].ts == a + 1 &&
                d->actors[d->m[sc->tok2m[a + 1]].actor].type == d->actors[m->actor].type)
                k = e;
        }
        if (objects && k + 2 < NT &&
            (lw_is(d, k, "today") || lw_is(d, k, "yesterday") || lw_is(d, k, "tonight") ||
             lw_is(d, k, "earlier") || lw_is(d, k, "later")) &&
            lw_is(d, k + 1, "and") && (lw_is(d, k + 2, "with") || lw_is(d, k + 2, "to")))
            k++; /* "spoke with A today and with B on Sunday" */
        if ((lw_is(d, k, "in") && lw_is(d, k + 1, "particular")) || lw_is(d, k, "especially"))
            k += 1 + lw_is(d, k, "in"); /* "thanked A in particular, and also B" */
        if (is_punct(d, k, ",") && (lw_is(d, k + 1, "together") || lw_is(d, k + 1, "along")) &&
            lw_is(d, k + 2, "with")) {
            k += 3;
            closed = 1;
        } else if (is_punct(d, k, ",") && (lw_is(d, k + 1, "and") || lw_is(d, k + 1, "or"))) {
            k += 2;
            closed = 1;
            comma_and = 1; /* (", and the two sides agreed": maybe a clause) */
        } else if (lw_is(d, k, "and") || lw_is(d, k, "or")) {
            k++;
            closed = 1;
            and_now = 1;
        } else if (objects && is_punct(d, k, ",") && (aw = and_with_after(d, sc, k)) > 0) {
            k = aw; /* "with A, the head of X, and with B" */
            closed = 1;
        } else if (objects && is_punct(d, k, ",") && (aw = office_apposition_and(d, sc, k)) > 0) {
            k = aw; /* "between A, the secretary of X, and B" */
            closed = 1;
        } else if (is_punct(d, k, ",") && !bare_and) {
            /* (not after "and B": "with A and B, the President of Russia
             * calls on" ends the list) */
            k++;
            comma = 1;
        } else if (lw_is(d, k, "as") && lw_is(d, k + 1, "well") && lw_is(d, k + 2, "as")) {
            k += 3;
            closed = 1;
        } else if ((lw_is(d, k, "together") || lw_is(d, k, "along")) && lw_is(d, k + 1, "with")) {
            k += 2;
            closed = 1;
        } else {
            break;
        }
        if (closed && (lw_is(d, k, "also") || lw_is(d, k, "then") || lw_is(d, k, "later") ||
                       lw_is(d, k, "afterwards") || lw_is(d, k, "subsequently")))
            k++; /* "A, and also B", "met A and B, and later C" */
        if ((closed || comma) && objects &&
            (lw_is(d, k, "with") || lw_is(d, k, "to") || lw_is(d, k, "of") || lw_is(d, k, "on")) &&
            k < NT && sc->tok2m[k] < 0)
            k++; /* "spoke with A and with B", "gratitude to A, to B and to C",
                    "the decision of A and of B", "called on A and on B" */
        if (has_word(d, WL_TRANSPARENT, k) && lw_is(d, k + 1, "of"))
            k += 2; /* "and representatives of the General Staff" */
        if (lw_is(d, k, "the") || lw_is(d, k, "its") || lw_is(d, k, "their") ||
            lw_is(d, k, "his") || lw_is(d, k, "her"))
            k++;
        if (has_word(d, WL_TRANSPARENT, k) && lw_is(d, k + 1, "of") && k > 0 && lw_is(d, k - 1, "the"))
            k += 2 + lw_is(d, k + 2, "the"); /* "and the leaders of X" */
        if (k >= NT || sc->tok2m[k] < 0 || d->m[sc->tok2m[k]].ts != k ||
            (d->m[sc->tok2m[k]].flags & M_POSS)) {
            if (!comma)
                n_sure = n; /* "and several villages": the list is closed */
            break;
        }
        if (comma) {
            /* "met Lakhdar Brahimi, the United Nations and Arab League
             * envoy": the names qualify an office apposed to the last
             * item, no item of their own */
            size_t e = d->m[sc->tok2m[k]].te;
            if (lw_is(d, e, "and")) /* ("the United Nations and Arab League
                                        envoy", not "and British Prime
                                        Minister Rishi Sunak") */
                for (size_t c = e + 1; c < NT && c < e + 5 && (TK(c).flags & DN_TOK_CAP); c++)
                    if (doc_office_at(d, c + 1) && !(TK(c + 1).flags & DN_TOK_CAP) &&
                        !(c + 2 < NT && (TK(c + 2).flags & DN_TOK_CAP))) {
                        e = c + 1;
                        break;
                    }
            if (doc_office_at(d, e) && !(TK(e).flags & DN_TOK_CAP)) {
                for (size_t c = k; c < e; c++) /* (qualifiers: no party of
                                                   any act) */
                    if (sc->tok2m[c] >= 0)
                        d->m[sc->tok2m[c]].flags |= M_MOD;
                break;
            }
        }
        if (objects && (verb_at(d, sc, noun_phrase_end(d, sc, d->m[sc->tok2m[k]].te)) ||
                        (comma_and && doc_ends_ed(d, d->m[sc->tok2m[k]].te) &&
                         !lw_is(d, d->m[sc->tok2m[k]].te + 1, "by")))) {
            /* "shelled Jermuk and Armenia appealed": in a list of objects,
             * a mention followed by a verb begins a clause of its own */
            n_sure = n;
            break;
        }
        if (!comma)
            n_sure = n;
        bare_and = and_now; /* the last item came after a bare "and" */
        mi = sc->tok2m[k];
    }
    if (closed || n == 1)
        n_sure = n;
    n = n_sure;
    /* ", including X and Y" (the loop acts on that word alone: most lists
     * have none near, and are not read further) */
    if (!including_near(d, k))
        return n;
    for (size_t j = k, lim = k + 10; j < NT && j < lim && n < max; j++) {
        if (is_punct(d, j, ";.:") || (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
            break;
        if (lw_is(d, j, "including") && j + 1 < NT && sc->tok2m[j + 1] >= 0 &&
            sc->tok2m[j] < 0) { /* (not inside a mention: "Kenyan ministers,
                                   including A", A's) */
            int more[GROUP_MAX];
            int nm = group_right(d, sc, sc->tok2m[j + 1], more, max - n, objects);
            for (int x = 0; x < nm; x++)
                out[n++] = more[x];
            break;
        }
    }
    return n;
}

/* The word an "of" or "of the" before token ts hangs on ("representative"
 * in "the representative of the X"), as its index + 1; 0 when no "of"
 * stands there. */
static inline size_t of_head(const doc *d, size_t ts)
{
    if (ts >= 1 && lw_is(d, ts - 1, "the"))
        ts--;
    return ts >= 2 && lw_is(d, ts - 1, "of") ? ts - 1 : 0;
}

/* The name a list item stands for when the item ends with the state of
 * an apposed title: for "Alpha Condé, President of the Republic of
 * Guinea" (mention mi: the Republic of Guinea) the mention of Alpha Condé;
 * for "Per Stig Moller of Denmark" (mi: Denmark, his own state) Moller's;
 * else mi. */
static int apposed_name(doc *d, sent_ctx *sc, int mi)
{
    size_t s0, h;
    int title, name;
    if (!(d->m[mi].flags & M_PP) || !(h = of_head(d, d->m[mi].ts)) ||
        (title = sc->tok2m[h - 1]) < 0 || d->actors[d->m[title].actor].type != DN_ACTOR_PERSON)
        return mi;
    if (d->m[title].te == h && own_state_end(d, sc, title) == d->m[mi].te)
        return title;

    s0 = d->m[title].ts;
    if (s0 >= 2 && is_punct(d, s0 - 1, ",") && (name = sc->tok2m[s0 - 2]) >= 0 &&
        d->m[name].actor == d->m[title].actor)
        return name;
    return mi;
}

/* 1 when the mention starting at j is what a person's apposed office
 * governs: "Nikolai Kovalyov, a former head of the FSB, visited": the
 * FSB is not who visited (the person may be a name we do not know). */
static int office_of_apposition(doc *d, sent_ctx *sc, size_t j)
{
    size_t k = of_head(d, j);
    int pm;
    if (!k || !has_word(d, WL_TRANSPARENT, k - 1))
        return 0;
    k--;
    if (k >= 1 && (lw_is(d, k - 1, "former") || lw_is(d, k - 1, "then")))
        k--;
    if (k >= 1 && (lw_is(d, k - 1, "a") || lw_is(d, k - 1, "an") || lw_is(d, k - 1, "the")))
        k--;
    if (k < 2 || !is_punct(d, k - 1, ","))
        return 0;
    if ((pm = sc->tok2m[k - 2]) >= 0)
        return d->actors[d->m[pm].actor].type == DN_ACTOR_PERSON;
    return (TK(k - 2).flags & DN_TOK_CAP) != 0; /* a name we do not know */
}

static int words_only(const doc *d, size_t a, size_t b);

/* The mention a relative pronoun at w (after a comma) takes up: the one
 * right before the comma, or the person before its "of STATE" ("Antony
 * Blinken of the United States, who ..."); -1 none. */
static int rel_head(const doc *d, const sent_ctx *sc, size_t w)
{
    int an = w >= 2 ? sc->tok2m[w - 2] : -1;
    if (an >= 0 && (d->m[an].flags & M_PP) && d->m[an].ts >= 2 &&
        lw_is(d, d->m[an].ts - 1 - lw_is(d, d->m[an].ts - 1, "the"), "of")) {
        size_t o = d->m[an].ts - 1 - lw_is(d, d->m[an].ts - 1, "the");
        int p = o > 0 ? sc->tok2m[o - 1] : -1;
        if (p >= 0 && !(d->m[p].flags & M_PP) && d->actors[d->m[p].actor].type == DN_ACTOR_PERSON)
            return p;
    }
    return an;
}

/* The subject group left of token ts. Returns the number of mentions. */
static int subject_left_w(doc *d, sent_ctx *sc, size_t ts, int skip_m, int *out, int max,
                          unsigned skip_flags);

static int subject_left(doc *d, sent_ctx *sc, size_t ts, int skip_m, int *out, int max)
{
    return subject_left_w(d, sc, ts, skip_m, out, max, M_PP | M_OBJ | M_WEAK | M_POSS | M_MOD);
}

/* 1 when only adverbs and auxiliaries stand between token e and the
 * verb at ts ("Kenya had pressed", "Kenya pressed"). */
static int verb_follows(doc *d, size_t e, size_t ts)
{
    while (e < ts && (is_ly(d, e) || has_word(d, WL_AUXILIARIES, e)))
        e++;
    return e == ts;
}

/* The end of an apposition at e, a comma, an office or a determiner, up
 * to ten words and a closing comma (", the ISAF commander,"): the index
 * after that comma; else e. */
static size_t apposition_end(doc *d, size_t e)
{
    if (!(e + 2 < NT && is_punct(d, e, ",") && (doc_det_at(d, e + 1) || doc_office_at(d, e + 1))))
        return e;
    for (size_t k = e + 2; k < NT && k < e + 12; k++) {
        if (is_punct(d, k, ","))
            return k + 1;
        if (!(TK(k).flags & DN_TOK_WORD) && !doc_tx_is(d, k, "'s"))
            return e;
    }
    return e;
}

/* 1 when the words from e to ts are a verb and the start of its object
 * up to the noun at ts ("after France expressed its support for",
 * "voiced strong support"): lower-case words only, two to four, the
 * first no preposition or function word, the rest possessives or plain
 * words. */
static int verb_then_noun(doc *d, size_t e, size_t ts)
{
    if (ts < e + 1 || ts > e + 4)
        return 0;
    for (size_t k = e; k < ts; k++) {
        if (!(TK(k).flags & DN_TOK_WORD) || (TK(k).flags & DN_TOK_CAP) ||
            has_word(d, WL_PREPOSITIONS, k))
            return 0;
        if (has_word(d, WL_FUNCTION_WORDS, k) &&
            (k == e || !(lw_is(d, k, "its") || lw_is(d, k, "their") || lw_is(d, k, "his") ||
                         lw_is(d, k, "her"))))
            return 0;
    }
    return 1;
}

/* 1 when mention mi, read as the object of a preposition, is rather the
 * subject of the clause that word opens, right before the verb at ts: "a
 * day after Liz Truss held talks", "since Russia attacked", "after France
 * expressed its support". */
static int clause_subject(doc *d, sent_ctx *sc, int mi, size_t ts)
{
    size_t p = d->m[mi].ts;
    const dn_lex_trigger *t;
    if (!verb_follows(d, d->m[mi].te, ts) && !verb_follows(d, apposition_end(d, d->m[mi].te), ts) &&
        !(verb_then_noun(d, d->m[mi].te, ts) && (t = trigger_here(d, sc, ts)) != NULL &&
          (t->type == DN_EDGE_STATEMENT || t->type == DN_EDGE_APPEAL ||
           t->type == DN_EDGE_ACCUSATION || t->type == DN_EDGE_REJECTION)))
        return 0; /* (a remark named by a noun after its verb: "after France
                     expressed its support"; not "after Uzbek troops opened
                     fire", whose clause is told as a time) */
    for (;;) {
        size_t k;
        while (p > 0 && doc_det_at(d, p - 1))
            p--;
        if (p < 2 || !(lw_is(d, p - 1, "and") || is_punct(d, p - 1, ",")))
            break;
        /* "as Western powers and the UN Security Council pressed X": the
         * coordination's first mention opens the clause */
        for (k = 0; k < d->n_m && d->m[k].te != p - 1; k++)
            ;
        if (k == d->n_m)
            break;
        p = d->m[k].ts;
    }
    return p > 0 && has_word(d, WL_CLAUSE_BREAKS, p - 1) && has_word(d, WL_PREPOSITIONS, p - 1);
}

/* 1 when token i is "told" or "tell(s)", whose object is its addressee. */
static int told_at(const doc *d, size_t i)
{
    return lw_is(d, i, "told") || lw_is(d, i, "tells") || lw_is(d, i, "tell");
}

/* 1 when the verb at ts opens a participle clause after a comma
 * (", thanking her"), whose subject is the main clause's. (Inline: asked
 * up to three times per mention the subject search passes.) */
static inline int participle_clause(const doc *d, size_t ts)
{
    return ts > 0 && is_punct(d, ts - 1, ",") && TK(ts).len > 4 && doc_ends_ing(d, ts);
}

/* 1 when the verb group ending at ts has a subject of its own that names
 * no actor, right before it: a noun phrase holding an actor only as a
 * modifier, an owner or after a preposition ("said Russian missiles hit",
 * "said fire from Armenian positions hit"), or an act ("said shelling hit
 * Kharkiv"). Read when the subject search crosses a speech verb. */
static int own_noun_subject(doc *d, sent_ctx *sc, size_t ts)
{
    static const char *const past[] = {"hit", "struck", "shot", "met", "held", "fought", "spoke"};
    size_t k = ts, p = 0;
    while (k > 0 && (has_word(d, WL_AUXILIARIES, k - 1) || is_ly(d, k - 1) || lw_is(d, k - 1, "not")))
        k--;
    if (k == ts && k > 0 && TK(ts).len > 5 && doc_ends_ing(d, ts) &&
        (has_word(d, WL_SPEECH, k - 1) || lw_is(d, k - 1, "that") || doc_det_at(d, k - 1) ||
         (sc->tok2m[k - 1] >= 0 && (d->m[sc->tok2m[k - 1]].flags & (M_WEAK | M_POSS)))))
        return 1; /* "said (Russian) shelling hit Kharkiv": the act is the subject */
    /* a verb: "hit", "shelled", "had attacked" (not the noun of "expressed
     * strong protest to") */
    while (p < sizeof past / sizeof *past && !tok_is(d, ts, past[p]))
        p++;
    if (k == 0 || (k == ts && !doc_ends_ed(d, ts) && p == sizeof past / sizeof *past))
        return 0;
    /* the mention the subject's nouns hang on (a bare noun is not enough:
     * "Ecuador said paratroopers attacked" may be the teller's own) */
    for (size_t n = 0; k > 0 && n < 3 && sc->tok2m[k - 1] < 0 && (TK(k - 1).flags & DN_TOK_WORD) &&
                       !(TK(k - 1).flags & DN_TOK_CAP) && !has_word(d, WL_SPEECH, k - 1) &&
                       !has_word(d, WL_FUNCTION_WORDS, k - 1);
         n++)
        k--;
    return k > 0 && sc->tok2m[k - 1] >= 0 &&
           (d->m[sc->tok2m[k - 1]].flags & (M_WEAK | M_POSS | M_PP)) != 0;
}

/* 1 when the relative pronoun at r ("which", "who") has a common noun
 * for antecedent, right before it or its comma ("the blasts, which",
 * "anyone who"): no actor, nor a verb, an adverb or a word of the
 * grammar. */
static int noun_antecedent(doc *d, sent_ctx *sc, size_t r)
{
    size_t a = r;
    if (a > 0 && is_punct(d, a - 1, ","))
        a--;
    return a > 0 && sc->tok2m[a - 1] < 0 && (TK(a - 1).flags & DN_TOK_WORD) &&
           !(TK(a - 1).flags & DN_TOK_CAP) && !has_word(d, WL_FUNCTION_WORDS, a - 1) &&
           !has_word(d, WL_PREPOSITIONS, a - 1) && !has_word(d, WL_SPEECH, a - 1) &&
           !has_word(d, WL_AUXILIARIES, a - 1) && !is_ly(d, a - 1) && !doc_ends_ed(d, a - 1) &&
           !doc_ends_ing(d, a - 1);
}

/* The mention whose people the plural noun at k names ("Mossad agents",
 * "Russian troops"): a state or an organisation right before it, no
 * object of a preposition nor an owner; -1 when none (and not "Swedish
 * journalists": civilians). */
static int agents_of(doc *d, sent_ctx *sc, size_t k)
{
    int mi;
    if (k < 1 || sc->tok2m[k] >= 0 || !(TK(k).flags & DN_TOK_WORD) || (TK(k).flags & DN_TOK_CAP) ||
        TK(k).len <= 3 || TK(k).lower[TK(k).len - 1] != 's' || has_word(d, WL_CIVILIAN_NOUNS, k) ||
        has_word(d, WL_FUNCTION_WORDS, k) || (mi = sc->tok2m[k - 1]) < 0 || d->m[mi].te != k ||
        (d->m[mi].flags & (M_PP | M_POSS)) || d->actors[d->m[mi].actor].type == DN_ACTOR_PERSON ||
        d->actors[d->m[mi].actor].type == DN_ACTOR_PLACE)
        return -1;
    return mi;
}

/* The antecedent of the relative pronoun at token r ("X, which ...", "X
 * that ..."):
 * the mention right before it (over a comma), or -1 when none stands
 * there, or -2 when the one there is no subject: a demonym, or the object
 * of "of" ("led by Andjaba of Namibia, which held talks": the mission
 * held them, not Namibia). */
static int rel_antecedent(doc *d, sent_ctx *sc, size_t r)
{
    size_t a = r;
    int mi;
    if (a > 0 && is_punct(d, a - 1, ","))
        a--;
    if (a == r && a >= 1 && (mi = agents_of(d, sc, a - 1)) >= 0)
        return mi; /* "the two Mossad agents who attacked Mashal": whose agents */
    if (a == 0 || (mi = sc->tok2m[a - 1]) < 0)
        return -1;
    if ((d->m[mi].flags & M_WEAK) ||
        ((d->m[mi].flags & M_PP) && !lw_is(d, r, "who") && of_head(d, d->m[mi].ts)))
        return -2;
    return mi;
}

/* 1 when token j is a relative pronoun whose clause holds the verb at
 * ts: "who", "which", or "that" right between a name and a verb in the
 * past ("a resolution of the OAS that asked"; not after "told X", nor
 * after a place in another phrase: "in Bishkek that talks ..."). */
static int relative_at(doc *d, sent_ctx *sc, size_t j, size_t ts)
{
    const mention *m;
    if (lw_is(d, j, "who") || lw_is(d, j, "which"))
        return 1;
    if (!lw_is(d, j, "that") || j + 1 != ts || !doc_ends_ed(d, ts) || j == 0 || sc->tok2m[j - 1] < 0)
        return 0;
    m = &d->m[sc->tok2m[j - 1]];
    return m->te == j && (!(m->flags & M_PP) || of_head(d, m->ts)) &&
           !(m->ts > 0 && told_at(d, m->ts - 1));
}

/* 1 when the mention starting at j is the object of a verb in -ing or
 * -ed, or of an irregular past, right before it ("was holding Hariri",
 * "had detained X", "took Nigeria to"; not "including X", "according to",
 * a preposition, nor a speech verb but "declared the ambassador persona
 * non grata"). */
static int verb_object_at(doc *d, size_t j)
{
    const dn_token *t;
    size_t j0 = j;
    if (j >= 2 && (doc_det_at(d, j - 1) || lw_is(d, j - 1, "its") || lw_is(d, j - 1, "their")))
        j--; /* "expelled the French ambassador and accused France" */
    t = &TK(j - 1);
    if (has_word(d, WL_IRREGULAR_PASTS, j - 1) ||
        (j < j0 && (lw_is(d, j - 1, "declared") || lw_is(d, j - 1, "declares") ||
                    lw_is(d, j - 1, "declaring"))))
        return 1;
    if (!(t->flags & DN_TOK_WORD) || (t->flags & DN_TOK_CAP) || t->len < 5 ||
        has_word(d, WL_PREPOSITIONS, j - 1) || has_word(d, WL_FUNCTION_WORDS, j - 1) ||
        has_word(d, WL_SPEECH, j - 1) || lw_is(d, j - 1, "including") ||
        lw_is(d, j - 1, "following") || lw_is(d, j - 1, "regarding") ||
        lw_is(d, j - 1, "concerning") || lw_is(d, j - 1, "involving"))
        return 0;
    return doc_ends_ing(d, j - 1) || doc_ends_ed(d, j - 1);
}

/* 1 when mention mi is a spokesperson's aside between a clause and the
 * participle at ts: ", his spokesman Stephane Dujarric said, calling on
 * ..." (a possessive before the title, a speech verb and a comma after
 * the name). */
static int spokesman_aside(doc *d, int mi, size_t ts)
{
    size_t s = d->m[mi].ts, e = d->m[mi].te;
    if (s < 2 || !is_punct(d, s - 2, ",") ||
        !(lw_is(d, s - 1, "his") || lw_is(d, s - 1, "her") || lw_is(d, s - 1, "its")))
        return 0;
    if (!(lw_is(d, s, "spokesman") || lw_is(d, s, "spokeswoman") || lw_is(d, s, "spokesperson")))
        return 0;
    return e + 2 == ts && has_word(d, WL_SPEECH, e) && is_punct(d, e + 1, ",");
}

/* skip_flags: mentions with these flags are not subjects (a passive's
 * patient may be weak: "Armenian positions were shelled by X"). */
/* 1 when a comma at e, then a date of up to four tokens and a colon,
 * follow a place that opens the sentence: the head of a readout's part
 * ("Moscow, 23 June: Meeting with ..."), whose place is where. */
static int place_line_head(doc *d, size_t e)
{
    if (!doc_tx_is(d, e, ","))
        return 0;
    for (size_t k = e + 1; k < NT && k <= e + 5; k++) {
        if (doc_tx_is(d, k, ":"))
            return k > e + 1;
        if (!(isdigit((unsigned char)TK(k).text[0]) || (TK(k).flags & DN_TOK_CAP)))
            return 0;
    }
    return 0;
}

/* 1 when "and" joins the verb at ts to what came before, right before it
 * or before an aside of a preposition's phrase between commas ("held the
 * presidency and, with Germany, mediated"). */
static int and_joined(doc *d, size_t ts)
{
    size_t k;
    if (lw_is(d, ts - 1, "and"))
        return 1;
    if (!is_punct(d, ts - 1, ","))
        return 0;
    for (k = ts - 1; k > 0 && ts - k < 8 && !is_punct(d, k - 1, ","); k--)
        ;
    return k >= 2 && k < ts - 1 && has_word(d, WL_PREPOSITIONS, k) && lw_is(d, k - 2, "and");
}

/* 1 when mention mi stands in a clause opened by a subordinator and
 * closed by a comma before ts, after which a noun phrase of no actor
 * opens the clause of ts: "as Gandhi inspected a guard of honour, a Sri
 * Lankan naval rating struck him" (the rating struck, not Gandhi). */
static int in_fronted_clause(doc *d, sent_ctx *sc, int mi, size_t ts)
{
    size_t c = d->m[mi].te, s0 = d->m[mi].ts;
    while (c < ts && !is_punct(d, c, ","))
        c++;
    if (c + 2 >= ts || c == d->m[mi].te || !doc_det_at(d, c + 1))
        return 0; /* no comma, nothing said of mi before it, or no noun
                     phrase after it */
    for (size_t k = c + 1; k < ts; k++)
        if (!(TK(k).flags & DN_TOK_WORD) ||
            (sc->tok2m[k] >= 0 && !(d->m[sc->tok2m[k]].flags & M_WEAK)))
            return 0; /* an actor of its own, or more than a noun phrase */
    while (s0 > 0 && !is_punct(d, s0 - 1, ",;:"))
        s0--;
    return s0 < d->m[mi].ts && has_word(d, WL_SUBORDINATORS, s0);
}

static int subject_left_w(doc *d, sent_ctx *sc, size_t ts, int skip_m, int *out, int max,
                          unsigned skip_flags)
{
    size_t j = ts;
    int quoted = (TK(ts).flags & DN_TOK_QUOTE) != 0;
    /* "urged Russia to condemn Azerbaijan", "urged the council to condemn
     * Iran": an act asked for is not an act done, by either of them */
    if (ts >= 3 && lw_is(d, ts - 1, "to")) {
        size_t k = ts - 1;
        if (sc->tok2m[k - 1] >= 0)
            k = d->m[sc->tok2m[k - 1]].ts; /* over the one asked */
        for (size_t n = 0; k > 0 && n < 6; n++) {
            const dn_lex_trigger *t;
            k--;
            if (sc->tok2m[k] >= 0 || is_punct(d, k, ",;:"))
                break;
            if ((t = trigger_here(d, sc, k)) != NULL && t->type == DN_EDGE_APPEAL)
                return 0;
        }
    }
    {
        /* "X, who talked ...": the antecedent of the relative pronoun */
        size_t r = ts;
        while (r > 0 && (TK(r - 1).flags & DN_TOK_WORD) && is_ly(d, r - 1))
            r--;
        /* ("X, who talked ...": the relative pronoun is met by the search
         * below, which takes its antecedent) */
        /* "backing a group that ambushed a patrol": a relative clause
         * whose antecedent is no actor has no subject among the actors */
        if (r > 1 && (lw_is(d, r - 1, "that") || lw_is(d, r - 1, "which") ||
                      lw_is(d, r - 1, "who")) &&
            (TK(r - 2).flags & DN_TOK_WORD) && sc->tok2m[r - 2] < 0 &&
            !(lw_is(d, r - 1, "who") && agents_of(d, sc, r - 2) >= 0) &&
            !has_word(d, WL_SPEECH, r - 2) && !has_word(d, WL_FUNCTION_WORDS, r - 2) &&
            !has_word(d, WL_PREPOSITIONS, r - 2) && !(TK(r - 2).flags & DN_TOK_CAP))
            return 0;
    }
    if (j >= 2 && is_punct(d, j - 1, ",")) {
        /* "Ruto, who chairs the East African Community, called X": over
         * the relative clause to its antecedent */
        for (size_t w = j - 1; w-- > 1;) {
            if (is_punct(d, w, ",;:.") || (TK(w).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
                break;
            if ((lw_is(d, w, "who") || lw_is(d, w, "which") || lw_is(d, w, "whose")) &&
                is_punct(d, w - 1, ",")) {
                int an = rel_head(d, sc, w), first = 1;
                /* (only when the antecedent opens the sentence: not "The
                 * statement, read out by Albright, who holds ..., asked") */
                for (size_t q = 0; an >= 0 && (int)q < an; q++)
                    if (!(d->m[q].flags & (M_PP | M_CAPITAL | M_POSS)))
                        first = 0;
                if (an >= 0 && first && !(d->m[an].flags & M_PP))
                    j = d->m[an].te; /* (over "of the United States") */
                break;
            }
        }
    }
    while (j > 0) {
        int mi;
        j--;
        if (is_punct(d, j, ";"))
            return 0;
        if (quoted && (TK(j).flags & DN_TOK_OPENQ)) {
            /* a quoted fragment inside a reported sentence ('said X
             * "conveyed that ..."') continues the sentence before it */
            size_t b = j > 1 && lw_is(d, j - 1, "'s") ? j - 1 : j; /* 'X's "..."' */
            if (b > 0 && sc->tok2m[b - 1] >= 0 && !(d->m[sc->tok2m[b - 1]].flags & M_PP)) {
                quoted = 0;
                continue;
            }
            return 0;
        }
        if (!quoted && (TK(j).flags & DN_TOK_CLOSEQ)) {
            /* a word or three in scare quotes ('dismissed the remarks as
             * "propaganda" and accused X') do not end the search: a
             * quotation naming no actor, opened after the sentence began */
            size_t o = j, words = 0;
            while (o > 0 && !(TK(o - 1).flags & DN_TOK_OPENQ) && sc->tok2m[o - 1] < 0 && words <= 3) {
                o--;
                words += (TK(o).flags & DN_TOK_WORD) != 0;
            }
            if (o >= 2 && (TK(o - 1).flags & DN_TOK_OPENQ) && words >= 1 && words <= 3) {
                j = o - 1;
                continue;
            }
            return 0;
        }
        mi = sc->tok2m[j];
        if (mi < 0 && is_punct(d, j, ",")) {
            /* "X, whose country chairs ASEAN, met Y a day after holding
             * talks with Z", "Vietnam, a fellow ASEAN member, called on":
             * a relative clause or an apposition closed before the verb
             * holds no subject of it; on to its antecedent */
            size_t w = j, open = 0;
            int rh;
            while (w-- > 2 && !is_punct(d, w, ",;:.") && !(TK(w).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
                if ((lw_is(d, w, "who") || lw_is(d, w, "whose") || lw_is(d, w, "which") ||
                     lw_is(d, w, "a") || lw_is(d, w, "an")) &&
                    is_punct(d, w - 1, ",") && (rh = rel_head(d, sc, w)) >= 0 &&
                    !(d->m[rh].flags & M_PP)) {
                    /* (not "The statement, read out by Albright, who
                     * holds the council's presidency, asked": the
                     * antecedent is no subject) */
                    open = d->m[rh].te;
                    break;
                }
            if (open) {
                j = open;
                continue;
            }
        }
        if (mi < 0) {
            if (has_word(d, WL_SPEECH, j) && own_noun_subject(d, sc, ts))
                return 0; /* "Ukraine said shelling hit Kharkiv": not Ukraine */
            if (lw_is(d, j, "that") && j + 2 < ts && doc_det_at(d, j + 1) &&
                verb_follows(d, j + 3, ts) && (TK(j + 2).flags & DN_TOK_WORD))
                return 0; /* "regretting that the Council had refused": the
                             clause's own subject, no actor */
            if (j + 2 < ts &&
                has_word(d, WL_SUBORDINATORS, j) && !as_after_object(d, sc, j) &&
                (TK(j + 1).flags & DN_TOK_WORD) && sc->tok2m[j + 1] < 0 &&
                !has_word(d, WL_PREPOSITIONS, j + 1) && words_only(d, j + 1, ts) &&
                !doc_ends_ing(d, ts) && !doc_ends_ing(d, j + 1) && !is_ly(d, j + 1) &&
                !lw_is(d, j + 1, "being") && !lw_is(d, j + 1, "having"))
                return 0; /* "ordered the ambassador out, hours after hundreds
                             of followers of a cleric stormed the embassy": the
                             clause's own subject, no actor */
            if (relative_at(d, sc, j, ts)) {
                /* "X, who talked", "the Council, which endorsed X and urged
                 * Y": a verb of the relative clause has its antecedent as
                 * subject */
                int an = rel_antecedent(d, sc, j);
                const dn_lex_trigger *tt;
                if (an >= 0) {
                    out[0] = an;
                    return 1;
                }
                if (an == -2)
                    return 0;
                if (noun_antecedent(d, sc, j) &&
                    (lw_is(d, j, "who") ||
                     ((tt = trigger_here(d, sc, ts)) != NULL &&
                      (tt->type == DN_EDGE_ATTACK || tt->type == DN_EDGE_MEETING ||
                       tt->type == DN_EDGE_CALL))))
                    return 0; /* "anyone who claims ...", "the blasts, which
                                 had targeted X": the clause's subject is
                                 what its pronoun stands for, no actor (but
                                 "the recommendations, which urged X" speak
                                 for their authors) */
            }
            continue;
        }
        j = d->m[mi].ts;
        if (mi == skip_m ||
            ((d->m[mi].flags & skip_flags) &&
             ((d->m[mi].flags & skip_flags) != M_PP || !clause_subject(d, sc, mi, ts))))
            continue;
        if (j > 0 && is_punct(d, j - 1, "(")) /* "(UAE)" */
            continue;
        if (j == 0 && (d->m[mi].flags & M_CAPITAL) && place_line_head(d, d->m[mi].te))
            continue; /* "Moscow, 23 June: Meeting with X": where, not who */
        if ((skip_flags & M_WEAK) && j >= 2 &&
            (lw_is(d, j - 1, "its") || lw_is(d, j - 1, "his") || lw_is(d, j - 1, "their")) &&
            (TK(j - 2).flags & DN_TOK_WORD) && !(TK(j - 2).flags & DN_TOK_CAP) &&
            !has_word(d, WL_PREPOSITIONS, j - 2) && !has_word(d, WL_FUNCTION_WORDS, j - 2) &&
            !lw_is(d, j - 2, "and") && !lw_is(d, j - 2, "or") && !has_word(d, WL_SPEECH, j - 2))
            continue; /* "Moscow recalled its ambassador, X, ... and asked":
                         the object of a verb is no subject */
        if ((skip_flags & M_WEAK) && d->actors[d->m[mi].actor].type == DN_ACTOR_PLACE &&
            !(d->m[mi].flags & M_CAPITAL))
            continue; /* a town does not act: "to ban the Metz meeting, and
                         called on" is someone else's call (but a passive's
                         patient, searched with M_WEAK allowed, may be one) */
        if (office_of_apposition(d, sc, j))
            continue;
        if (in_fronted_clause(d, sc, mi, ts))
            return 0;
        if ((skip_flags & M_OBJ) && lw_is(d, ts - 1, "to") && j >= 2 && lw_is(d, j - 2, "to") &&
            sc->tok2m[j - 1] < 0 &&
            (TK(j - 1).flags & DN_TOK_WORD) && !(TK(j - 1).flags & DN_TOK_CAP) &&
            !has_word(d, WL_PREPOSITIONS, j - 1) && !has_word(d, WL_FUNCTION_WORDS, j - 1))
            continue; /* "was refused permission to see Machar, then flew to
                         Kampala to brief X": the object of an infinitive
                         is no subject of the next one */
        if (j > 0 && (told_at(d, j - 1) || lw_is(d, j - 1, "that")) && participle_clause(d, ts))
            continue; /* "A told B that C ..., thanking her": A thanks */
        if (j > 0 && ts > 0 && (and_joined(d, ts) || participle_clause(d, ts)) &&
            verb_object_at(d, j))
            continue; /* "said S was holding Hariri against his will and
                         accused the kingdom": an object is not the
                         subject of the verb joined by "and" */
        if (participle_clause(d, ts) && spokesman_aside(d, mi, ts))
            continue; /* "A is concerned, his spokesman B said, calling on
                         ...": B speaks for A, who calls */
        {
            /* "X conveyed that Y favours ..., and asked": the subject of a
             * complement clause does not govern a later coordinated verb */
            size_t b = j;
            int and_between = 0;
            while (b > 0 && lw_is(d, b - 1, "the"))
                b--;
            for (size_t k = d->m[mi].te; k + 1 < ts; k++)
                if (is_punct(d, k, ",") && lw_is(d, k + 1, "and"))
                    and_between = 1;
            if (ts > d->m[mi].te + 2 && lw_is(d, ts - 1, "and"))
                and_between = 1; /* "said that S was holding H and accused" */
            if (b > 0 && lw_is(d, b - 1, "that") && and_between && !attack_at(d, sc, ts))
                continue; /* (but an attack is the clause's subject's: "said
                             that Thai troops had entered its territory and
                             attacked") */
        }
        /* the start of the coordination this mention ends */
        for (;;) {
            size_t k = d->m[mi].ts;
            int prev = -1;
            /* "X and representatives of the Y": the prefix is transparent */
            {
                size_t h = of_head(d, k);
                if (h && has_word(d, WL_TRANSPARENT, h - 1))
                    k = h - 1;
            }
            if (k >= 2 && (lw_is(d, k - 1, "and") || lw_is(d, k - 1, "or")) && is_punct(d, k - 2, ","))
                k -= 2;
            else if (k >= 1 && (lw_is(d, k - 1, "and") || lw_is(d, k - 1, "or") || is_punct(d, k - 1, ",")))
                k -= 1;
            else if (k >= 2 && lw_is(d, k - 1, "with") &&
                     (lw_is(d, k - 2, "together") || lw_is(d, k - 2, "along"))) {
                k -= 2;
                if (k >= 1 && is_punct(d, k - 1, ","))
                    k--;
            } else if (k >= 1 && (lw_is(d, k - 1, "the") || lw_is(d, k - 1, "his") ||
                                  lw_is(d, k - 1, "her") || lw_is(d, k - 1, "its") ||
                                  lw_is(d, k - 1, "their") || lw_is(d, k - 1, "a") ||
                                  lw_is(d, k - 1, "an") || lw_is(d, k - 1, "as"))) {
                size_t k2 = k - 1; /* (", as special envoy of X,") */
                if (lw_is(d, k2, "as") && verb_follows(d, d->m[mi].te, ts))
                    break; /* ", as Western powers pressed X": a clause */
                if (k2 >= 1 && (is_punct(d, k2 - 1, ",") || lw_is(d, k2 - 1, "and")))
                    k = k2;
                else
                    break;
                k = k2;
                if (k >= 2 && lw_is(d, k - 1, "and") && is_punct(d, k - 2, ","))
                    k -= 2;
                else
                    k -= 1;
            } else
                break;
            if (k == 0)
                break;
            /* skip a parenthesis "(UAE)" */
            if (is_punct(d, k - 1, ")") && k >= 3 && sc->tok2m[k - 2] >= 0) {
                size_t s = d->m[sc->tok2m[k - 2]].ts;
                if (s >= 1 && is_punct(d, s - 1, "("))
                    k = s - 1;
            }
            if (k == 0 || (prev = sc->tok2m[k - 1]) < 0 || (d->m[prev].flags & (M_POSS | M_OBJ)))
                break; /* "shelled Jermuk and Armenia appealed": an object
                          of an earlier trigger is no co-subject */
            prev = apposed_name(d, sc, prev); /* "A, President of Guinea, and B" */
            if ((d->m[prev].flags & M_PP) && !(d->m[prev].ts >= 2 && lw_is(d, d->m[prev].ts - 1, "with") &&
                                                (lw_is(d, d->m[prev].ts - 2, "together") ||
                                                 lw_is(d, d->m[prev].ts - 2, "along"))))
                break; /* "According to X, Y shelled" */
            mi = prev;
        }
        return group_right(d, sc, mi, out, max, 0);
    }
    return 0;
}

/* The length of a phrase of time at j, 0 when none: one of the
 * time_words with the word after it ("this afternoon", "on Monday"), or
 * alone when it is one by itself ("yesterday", "later"). */
static size_t time_phrase(doc *d, size_t j)
{
    if (j >= NT || !has_word(d, WL_TIME_WORDS, j))
        return 0;
    if (has_word(d, WL_TIME_UNITS, j + 1))
        return 2;
    return lw_is(d, j, "yesterday") || lw_is(d, j, "today") || lw_is(d, j, "tonight") ||
           lw_is(d, j, "later") || lw_is(d, j, "earlier") || lw_is(d, j, "again");
}

/* The end of the adjuncts after a passive verb that ends at b, when its
 * agent's "by" follows them: "was received this afternoon by X", "on the
 * tarmac by X", "in Athens by X", "at the Casa Rosada in January 2007 by
 * X" (up to three of: a phrase of time, "at/on/in the" and one to three
 * words, "in/at" a place or capital, "in/on" a month with its day or
 * year); b itself when no "by" follows them. */
static size_t passive_adjuncts_end(doc *d, sent_ctx *sc, size_t b)
{
    size_t c = b;
    for (int n = 0; n < 3 && c < NT && !lw_is(d, c, "by"); n++) {
        size_t c0 = c, k;
        c += time_phrase(d, c);
        if (c == c0 && (lw_is(d, c, "at") || lw_is(d, c, "on") || lw_is(d, c, "in")) &&
            lw_is(d, c + 1, "the")) {
            /* a place of one to three words: "the tarmac", "the Casa
             * Rosada", "the presidential palace" */
            for (k = c + 2; k < NT && k < c + 5 && (TK(k).flags & DN_TOK_WORD) && !lw_is(d, k, "by") &&
                            !has_word(d, WL_PREPOSITIONS, k) &&
                            (sc->tok2m[k] < 0 || (d->m[sc->tok2m[k]].flags & M_CAPITAL) ||
                             d->actors[d->m[sc->tok2m[k]].actor].type == DN_ACTOR_PLACE ||
                             d->actors[d->m[sc->tok2m[k]].actor].type == DN_ACTOR_STATE);
                 k++)
                ;
            if (k > c + 2)
                c = k;
        }
        if (c == c0 && (lw_is(d, c, "in") || lw_is(d, c, "at")) && c + 1 < NT &&
            sc->tok2m[c + 1] >= 0) {
            /* a town or a capital: "in Athens" */
            const mention *pm = &d->m[sc->tok2m[c + 1]];
            if (pm->ts == c + 1 &&
                ((pm->flags & M_CAPITAL) || d->actors[pm->actor].type == DN_ACTOR_PLACE))
                c = pm->te;
        }
        if (c == c0 && (lw_is(d, c, "in") || lw_is(d, c, "on")) && c + 1 < NT &&
            (TK(c + 1).flags & DN_TOK_CAP) && doc_month_of(TK(c + 1).text, TK(c + 1).len)) {
            /* a date: "in January 2007", "on 4 May" is a phrase of time */
            for (k = c + 2; k < NT && k < c + 4 && TK(k).len > 0 && isdigit((unsigned char)TK(k).text[0]);
                 k++)
                ;
            c = k;
        }
        if (c == c0)
            break;
    }
    return lw_is(d, c, "by") ? c : b;
}

/* The length of a duration phrase at j ("of more than two hours", "of
 * about 45 minutes", "lasting three hours"), else 0: talks of that
 * length still reach the "with X" after it. */
static size_t duration_phrase(doc *d, size_t j)
{
    size_t k = j + 1, e;
    int num = 0;
    if (!lw_is(d, j, "of") && !lw_is(d, j, "lasting"))
        return 0;
    if ((lw_is(d, k, "more") || lw_is(d, k, "less")) && lw_is(d, k + 1, "than"))
        k += 2;
    else if (lw_is(d, k, "about") || lw_is(d, k, "nearly") || lw_is(d, k, "almost") ||
             lw_is(d, k, "over") || lw_is(d, k, "some") || lw_is(d, k, "around"))
        k++;
    if ((k < NT && TK(k).len > 0 && isdigit((unsigned char)TK(k).text[0])) ||
        has_word(d, WL_NUMERALS, k))
        num = 1;
    if (!num)
        return 0;
    e = k + 1;
    if (lw_is(d, e, "and") && lw_is(d, e + 1, "a") && lw_is(d, e + 2, "half"))
        e += 3;
    if (!(lw_is(d, e, "hours") || lw_is(d, e, "hour") || lw_is(d, e, "minutes") ||
          lw_is(d, e, "days")))
        return 0;
    return e + 1 - j;
}

/* The owner of the thing an attack hits, when a target noun stands
 * within a few plain words from j: "struck the largest training camp of
 * X", "strikes against military facilities used by X", "fired at what it
 * said were two bases of the militant group X". Returns X's mention, or
 * -1. */
static int target_owner(doc *d, sent_ctx *sc, size_t j)
{
    size_t n = 0, o;
    while (j < NT && n < 6 && !has_word(d, WL_TARGET_NOUNS, j)) {
        int mi = sc->tok2m[j];
        if (mi >= 0 && (d->m[mi].flags & M_PRON)) { /* "what it said were" */
            j = d->m[mi].te;
            n++;
            continue;
        }
        if (mi >= 0 || !(TK(j).flags & DN_TOK_WORD) || (TK(j).flags & DN_TOK_CAP) ||
            has_word(d, WL_PREPOSITIONS, j) || has_word(d, WL_CLAUSE_BREAKS, j))
            return -1;
        j++;
        n++;
    }
    if (j >= NT || !has_word(d, WL_TARGET_NOUNS, j))
        return -1;
    o = j + 1;
    if (lw_is(d, o, "of"))
        o++;
    else if ((lw_is(d, o, "used") || lw_is(d, o, "held") || lw_is(d, o, "controlled") ||
              lw_is(d, o, "operated") || lw_is(d, o, "run") || lw_is(d, o, "manned")) &&
             lw_is(d, o + 1, "by"))
        o += 2;
    else if (lw_is(d, o, "belonging") && lw_is(d, o + 1, "to"))
        o += 2;
    else
        return -1;
    /* "of the Sunni militant group X" */
    for (n = 0; o < NT && n < 4 && sc->tok2m[o] < 0; n++, o++)
        if (!(TK(o).flags & DN_TOK_WORD) || has_word(d, WL_PREPOSITIONS, o) ||
            has_word(d, WL_CLAUSE_BREAKS, o))
            return -1;
    if (o >= NT || sc->tok2m[o] < 0 || d->m[sc->tok2m[o]].ts != o)
        return -1;
    return sc->tok2m[o];
}

/* The mention of the body asked to meet after an appeal ending at te:
 * "asked for an emergency meeting of Arab League foreign ministers",
 * "called for an urgent session of the Security Council"; -1 none. */
static int meeting_noun(doc *d, size_t j)
{
    return lw_is(d, j, "meeting") || lw_is(d, j, "session") || lw_is(d, j, "summit");
}

static int meeting_asked_of(doc *d, sent_ctx *sc, size_t te)
{
    size_t j = te + lw_is(d, te, "for"), n;
    int mi;
    j += doc_det_at(d, j);
    for (n = 0; n < 2 && j < NT && (TK(j).flags & DN_TOK_WORD) && !(TK(j).flags & DN_TOK_CAP) &&
                !meeting_noun(d, j);
         n++)
        j++; /* "an emergency", "an urgent" */
    if (!meeting_noun(d, j) || !(lw_is(d, j + 1, "of") || lw_is(d, j + 1, "with")))
        return -1; /* (and "requested a meeting with X": X is asked) */
    j += 2;
    j += doc_det_at(d, j);
    return j < NT && (mi = sc->tok2m[j]) >= 0 && d->m[mi].ts == j ? mi : -1;
}

/* 1 when "in particular", "especially", "particularly" or "notably"
 * stands at j; *end: the token after it. */
static int particularly_at(const doc *d, size_t j, size_t *end)
{
    if (lw_is(d, j, "in") && lw_is(d, j + 1, "particular")) {
        *end = j + 2;
        return 1;
    }
    if (lw_is(d, j, "especially") || lw_is(d, j, "particularly") || lw_is(d, j, "notably")) {
        *end = j + 1;
        return 1;
    }
    return 0;
}

/* The first of the persons or bodies a group object names after
 * "among them" or "including" ("met loyalist and pro-independence
 * leaders, among them Louis Mapou, ..."): the words from te to the comma
 * name no actor, and a mention follows right after; -1 none. */
static int members_named(doc *d, sent_ctx *sc, size_t te)
{
    size_t j = te, c;
    int mi;
    while (j < NT && j < te + 10 && !is_punct(d, j, ",;:.") &&
           (sc->tok2m[j] < 0 ||
            (j == te && (lw_is(d, j, "our") || lw_is(d, j, "their") || lw_is(d, j, "its")))) &&
           (TK(j).flags & DN_TOK_WORD) && !(d->tokmask[j] & DN_LEX_MASK_TRIGGER))
        j++; /* (no act named in the group: "condemned attacks on civilians,
                including Ukrainians" names victims; "our allies": an owner
                pronoun opens it) */
    if (j == te || !is_punct(d, j, ","))
        return -1;
    c = j + 1;
    if (lw_is(d, c, "among") && lw_is(d, c + 1, "them"))
        c += 2;
    else if (lw_is(d, c, "including"))
        c++;
    else if (particularly_at(d, c + lw_is(d, c, "and"), &c))
        c += lw_is(d, c, "to"); /* "appealed to all Leaders, and in particular
                                   to President Panuelo" */
    else
        return -1;
    if (c < NT && doc_det_at(d, c))
        c++;
    return c < NT && (mi = sc->tok2m[c]) >= 0 && d->m[mi].ts == c &&
                   !(d->m[mi].flags & (M_PRON | M_GROUP)) &&
                   d->actors[d->m[mi].actor].type != DN_ACTOR_PLACE
               ? mi
               : -1;
}

/* The partner of the talks a rejection ending at te refuses: "rejected
 * negotiations with Dagalo", "rejected any direct talks with Kyiv"; the
 * mention, or -1. */
RARE static int talks_refused_with(doc *d, sent_ctx *sc, size_t te)
{
    size_t j = te;
    int mi;
    for (size_t n = 0; n < 2 && j < NT && (doc_det_at(d, j) || lw_is(d, j, "any") ||
                                           lw_is(d, j, "direct") || lw_is(d, j, "further"));
         n++)
        j++;
    if (!(lw_is(d, j, "talks") || lw_is(d, j, "negotiations") || lw_is(d, j, "dialogue")) ||
        !lw_is(d, j + 1, "with"))
        return -1;
    j += 2;
    return j < NT && (mi = sc->tok2m[j]) >= 0 && d->m[mi].ts == j ? mi : -1;
}

/* 1 when a meal or a reception is what a host trigger ending at te
 * hosts ("hosted a dinner in honour of the Prime Minister"): whom it
 * honours was met. */
RARE static int meal_after(doc *d, size_t te)
{
    size_t j = te + doc_det_at(d, te);
    if (j < NT && (TK(j).flags & DN_TOK_WORD) && !(TK(j).flags & DN_TOK_CAP) &&
        !lw_is(d, j, "dinner") && !lw_is(d, j, "lunch") && !lw_is(d, j, "luncheon") &&
        !lw_is(d, j, "banquet") && !lw_is(d, j, "reception") && !lw_is(d, j, "breakfast") &&
        (lw_is(d, j + 1, "dinner") || lw_is(d, j + 1, "lunch") || lw_is(d, j + 1, "banquet") ||
         lw_is(d, j + 1, "reception") || lw_is(d, j + 1, "luncheon")))
        j++; /* "a state dinner", "an official banquet" */
    return lw_is(d, j, "dinner") || lw_is(d, j, "lunch") || lw_is(d, j, "luncheon") ||
           lw_is(d, j, "banquet") || lw_is(d, j, "reception") || lw_is(d, j, "breakfast");
}

/* 1 when token j is a compound adjective of who leads or backs ("Russian-
 * led", "Saudi-backed", "Iran-allied"): no name, whatever its capital. */
static int led_adjective(const doc *d, size_t j)
{
    static const char *const ends[] = {"-led", "-backed", "-based", "-brokered", "-sponsored",
                                       "-allied", "-aligned", "-owned", "-supported", NULL};
    const dn_token *t;
    if (j >= NT || !((t = &TK(j))->flags & DN_TOK_WORD))
        return 0;
    for (int k = 0; ends[k]; k++) {
        size_t n = strlen(ends[k]);
        if (t->len > n + 2 && memcmp(t->lower + t->len - n, ends[k], n) == 0)
            return 1;
    }
    return 0;
}

/* 1 when token j is a plain lower-case word (no function word,
 * preposition, trigger, verb or group noun) right before the first token
 * of a mention: an adjective of it ("new", "so-called", "war-torn"). A
 * number only before persons ("the two Cypriot leaders"; not "the four
 * Gulf states", no organisation). */
static int plain_adjective_before(doc *d, sent_ctx *sc, size_t j)
{
    int mi = j + 1 < NT ? sc->tok2m[j + 1] : -1;
    if (mi < 0 || d->m[mi].ts != j + 1 || (d->m[mi].flags & M_PRON) ||
        !(TK(j).flags & DN_TOK_WORD) ||
        (TK(j).flags & DN_TOK_CAP) || has_word(d, WL_FUNCTION_WORDS, j) ||
        has_word(d, WL_PREPOSITIONS, j) || (d->tokmask[j] & DN_LEX_MASK_TRIGGER) ||
        verb_at(d, sc, j) || has_word(d, WL_TRANSPARENT, j) ||
        has_word(d, WL_PERSON_GROUP_NOUNS, j))
        return 0;
    return !has_word(d, WL_NUMERALS, j) || (d->m[mi].flags & M_GROUP) ||
           d->actors[d->m[mi].actor].type == DN_ACTOR_PERSON;
}

/* The length of "by phone", "over the telephone", "via video link" at
 * token k (the medium of a call), or 0. */
static size_t medium_at(const doc *d, size_t k)
{
    size_t b = k;
    if (!(lw_is(d, k, "by") || lw_is(d, k, "via") || lw_is(d, k, "over")))
        return 0;
    k += 1 + (lw_is(d, k + 1, "a") || lw_is(d, k + 1, "the"));
    if (!(lw_is(d, k, "video") || lw_is(d, k, "videoconference") || lw_is(d, k, "videolink") ||
          lw_is(d, k, "telephone") || lw_is(d, k, "phone")))
        return 0;
    k += 1 + (lw_is(d, k + 1, "link") || lw_is(d, k + 1, "conference"));
    return k - b;
}

/* The length of an aside between commas that says how a meeting was
 * held (", by video,", ", via video link,", ", in person,", ",
 * virtually,") from the comma at j; 0 when none stands there. */
static size_t medium_aside(const doc *d, size_t j)
{
    size_t k = j + 1, n;
    if (!is_punct(d, j, ","))
        return 0;
    if (lw_is(d, k, "virtually") || lw_is(d, k, "remotely"))
        k++;
    else if (lw_is(d, k, "in") && lw_is(d, k + 1, "person"))
        k += 2;
    else if ((n = medium_at(d, k)) > 0)
        k += n;
    else
        return 0;
    return is_punct(d, k, ",") ? k + 1 - j : 0;
}

/* The length of "what it called" (he, she, they, we; termed, described;
 * "as" after it) at token j, an aside before the object it names, or 0. */
static size_t what_called_at(const doc *d, size_t j)
{
    if (!(lw_is(d, j, "what") && j + 2 < NT &&
          (lw_is(d, j + 1, "it") || lw_is(d, j + 1, "he") || lw_is(d, j + 1, "she") ||
           lw_is(d, j + 1, "they") || lw_is(d, j + 1, "we")) &&
          (lw_is(d, j + 2, "called") || lw_is(d, j + 2, "termed") ||
           lw_is(d, j + 2, "described"))))
        return 0;
    return 3 + (j + 3 < NT && lw_is(d, j + 3, "as"));
}

/* 1 when token j is "our", "its" or "their" before a demonym that
 * qualifies a noun ("thank our British friends", "thanked its Kenyan
 * partners"): the object is the demonym's state, not the owner. */
static int owner_before_demonym(const doc *d, const sent_ctx *sc, size_t j)
{
    return (lw_is(d, j, "our") || lw_is(d, j, "its") || lw_is(d, j, "their")) && j + 1 < NT &&
           sc->tok2m[j + 1] >= 0 && (d->m[sc->tok2m[j + 1]].flags & M_WEAK);
}

/* The object group at or after token te for trigger t. */
static int objects_right(doc *d, sent_ctx *sc, size_t te, const dn_lex_trigger *t, int *out,
                         int max)
{
    size_t j = te;
    int skipped = 0, prep_seen = 0, direct_ok = 0, after_rel = 0, owner_tried = 0, colon = 0;
    size_t prep_at = 0, tp;
    for (size_t k = 0; k < t->n_preps; k++)
        if (t->preps[k][0] == '\0')
            direct_ok = 1;
    while (j < NT) {
        int mi = sc->tok2m[j];
        if (j == te && t->type == DN_EDGE_MEETING && direct_ok && doc_det_at(d, j)) {
            /* "received a (Russian) delegation led by X": X, who leads it */
            size_t h = j + 1;
            while (h < NT && h < j + 4 && !lw_is(d, h, "delegation") && !lw_is(d, h, "mission") &&
                   (TK(h).flags & DN_TOK_WORD) && !has_word(d, WL_FUNCTION_WORDS, h) &&
                   sc->tok2m[h] < 0) /* (not "an ELN delegation led by X": the ELN) */
                h++;
            if ((lw_is(d, h, "delegation") || lw_is(d, h, "mission")) &&
                (lw_is(d, h + 1, "led") || lw_is(d, h + 1, "headed")) && lw_is(d, h + 2, "by") &&
                h + 3 < NT && sc->tok2m[h + 3] >= 0 && d->m[sc->tok2m[h + 3]].ts == h + 3) {
                j = h + 3;
                mi = sc->tok2m[j];
            }
        }
        if (mi >= 0 && j == te && (d->m[mi].flags & M_SPEAKER) &&
            (lw_is(d, j, "our") || lw_is(d, j, "my")) && j + 1 < NT && sc->tok2m[j + 1] < 0 &&
            t->type != DN_EDGE_ATTACK && t->type != DN_EDGE_ACCUSATION)
            return 0; /* "I thank our allies": what the speaker owns (and
                         ", in particular X" after it may name them; but
                         "has invaded our territory" hits the speaker's) */
        if (mi >= 0 && d->m[mi].te == j + 1 && owner_before_demonym(d, sc, j)) {
            j++; /* "thank our British friends": not the speaker's */
            continue;
        }
        if (mi >= 0) {
            if (d->m[mi].flags & M_MOD) { /* a topic, not a party: on */
                j = d->m[mi].te;
                if (++skipped > t->window)
                    return 0;
                continue;
            }
            if ((prep_seen || direct_ok) && !after_rel &&
                (t->type == DN_EDGE_APPEAL || t->type == DN_EDGE_ACCUSATION) &&
                ((d->m[mi].flags & M_POSS) || doc_tx_is(d, d->m[mi].te, "'s"))) {
                /* "called for Machar's immediate and unconditional
                 * release": the one released is asked nothing;
                 * "condemned Imran Khan's arrest": the one arrested is
                 * accused of nothing (but "condemned Russia's killing of
                 * civilians": the owner did it, as below) */
                size_t h = d->m[mi].te + doc_tx_is(d, d->m[mi].te, "'s");
                for (size_t n = 0; n < 4 && h < NT && (TK(h).flags & DN_TOK_WORD) &&
                                   !has_word(d, WL_PATIENT_NOUNS, h) && sc->tok2m[h] < 0 &&
                                   !(TK(h).flags & DN_TOK_CAP);
                     n++)
                    h++;
                if (has_word(d, WL_PATIENT_NOUNS, h) && !lw_is(d, h + 1, "of"))
                    return 0; /* (nor "called for Hamas's release of the
                                 hostages": Hamas is asked) */
            }
            if ((prep_seen || direct_ok) && !after_rel && !(d->m[mi].flags & M_OBJ)) {
                /* "met National Assembly Speaker Kim Jin-pyo": the person
                 * whose office the organisation names */
                size_t e = d->m[mi].te;
                int hm = office_holder(d, sc, mi);
                if (hm >= 0)
                    mi = hm;
                if (t->type == DN_EDGE_MEETING && (d->m[mi].flags & M_WEAK) && !prep_seen) {
                    size_t h = e; /* the noun the demonym qualifies */
                    while (h + 1 < NT && h < e + 2 && (TK(h + 1).flags & DN_TOK_WORD) &&
                           !(TK(h + 1).flags & DN_TOK_CAP) && !has_word(d, WL_PREPOSITIONS, h + 1) &&
                           !has_word(d, WL_FUNCTION_WORDS, h + 1) && sc->tok2m[h + 1] < 0)
                        h++;
                    if (t->owner_type >= 0 && has_word(d, WL_INITIATIVE_NOUNS, h))
                        return group_right(d, sc, mi, out, max, 1); /* "welcomed the
                                                                       Russian initiative":
                                                                       Russia's, said */
                    if (!has_word(d, WL_TRANSPARENT, h) && !has_word(d, WL_PERSON_GROUP_NOUNS, h) &&
                        !doc_office_at(d, h))
                        return 0; /* "hosts a Russian military base",
                                     "received Iranian weapons": things, not
                                     whom (but "hosted a Russian delegation") */
                }
                if ((d->m[mi].flags & M_WEAK) && t->type != DN_EDGE_ATTACK) {
                    size_t h = e; /* the noun the demonym qualifies */
                    while (h < NT && h < e + 2 && (TK(h).flags & DN_TOK_WORD) &&
                           !(TK(h).flags & DN_TOK_CAP) && !has_word(d, WL_CIVILIAN_NOUNS, h) &&
                           !has_word(d, WL_PREPOSITIONS, h) && sc->tok2m[h] < 0)
                        h++;
                    if (h < NT && has_word(d, WL_CIVILIAN_NOUNS, h))
                        return 0; /* "threatened Swedish journalists",
                                     "urged American companies": people of
                                     a state, not its government */
                }
                if (colon) {
                    /* the list a plural noun announced names people and
                     * bodies, never places ("Salvador" of "Salvador
                     * Lopez, the Philippine foreign secretary") */
                    int n = group_right(d, sc, mi, out, max, 1), k2 = 0;
                    for (int y = 0; y < n; y++)
                        if (d->actors[d->m[out[y]].actor].type != DN_ACTOR_PLACE)
                            out[k2++] = out[y];
                    return k2;
                }
                return group_right(d, sc, mi, out, max, 1);
            }
            if (!after_rel && !(!prep_seen && t->symmetric && (d->m[mi].flags & M_PP) &&
                                ((d->m[mi].flags & M_CAPITAL) ||
                                 d->actors[d->m[mi].actor].type == DN_ACTOR_PLACE)) &&
                !(!prep_seen && !direct_ok && t->type == DN_EDGE_MEETING &&
                  (d->m[mi].flags & M_PP) && d->m[mi].ts >= te + 1 && d->m[mi].ts <= te + 2 &&
                  lw_is(d, te, "of")))
                return 0; /* (but "hosted an emergency meeting of the Union
                             of South American Nations in Cochabamba with
                             Presidents A, B and C": whose meeting it is,
                             and then whom the host met) */
            /* "met today in Manama with X": the place is where; our
             * preposition may still come */
            after_rel = 0;
            j = d->m[mi].te;
            if (++skipped > t->window)
                return 0;
            continue;
        }
        if (!(TK(j).flags & DN_TOK_WORD)) {
            if (!prep_seen && (t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL) &&
                (tp = medium_aside(d, j)) > 0) {
                j += tp; /* "holds his first bilateral meeting, by video, with" */
                continue;
            }
            if (is_punct(d, j, ",;:.?!-") && strcmp(TK(j).text, "'s") != 0)
                return 0;
            j++;
            continue;
        }
        if (j == te && (lw_is(d, j, "and") || lw_is(d, j, "or")))
            return 0; /* "Pelosi's Taiwan visit and China's drills" */
        if (j == te && (prep_seen || direct_ok)) {
            /* "received the three delegations: A, B and C": the list
             * after the colon */
            size_t h = j + doc_det_at(d, j);
            h += h < NT && (has_word(d, WL_NUMERALS, h) || isdigit((unsigned char)TK(h).text[0]));
            if (h < j + 3 && h + 2 < NT && (TK(h).flags & DN_TOK_WORD) && !(TK(h).flags & DN_TOK_CAP) &&
                TK(h).len > 3 && TK(h).lower[TK(h).len - 1] == 's' && is_punct(d, h + 1, ":") &&
                sc->tok2m[h + 2] >= 0 && d->m[sc->tok2m[h + 2]].ts == h + 2) {
                j = h + 2;
                colon = 1;
                continue;
            }
        }
        if (t->type == DN_EDGE_APPEAL && j > te && lw_is(d, j, "of") &&
            has_word(d, WL_PATIENT_NOUNS, j - 1))
            return 0; /* "demanded the release of the vessels and crews": what
                         is released is asked nothing */
        if ((tp = what_called_at(d, j)) > 0) {
            j += tp; /* "protested against what it called Baku's unfriendly
                        actions": the object is named after the aside */
            continue;
        }
        if (!prep_seen && lw_is(d, j, "in") && lw_is(d, j + 1, "the") &&
            lw_is(d, j + 2, "strongest")) {
            /* "condemns in the strongest possible terms Russia's attack" */
            size_t k = j + 3 + lw_is(d, j + 3, "possible");
            if (lw_is(d, k, "terms") || lw_is(d, k, "manner")) {
                j = k + 1;
                continue;
            }
        }
        if (!prep_seen && has_word(d, WL_TIME_WORDS, j) && (tp = time_phrase(d, j)) > 0) {
            j += tp; /* "met this afternoon with X" (the word list asked
                        here first: this loop sees every word) */
            continue;
        }
        if (!prep_seen && (t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL) &&
            (tp = duration_phrase(d, j)) > 0) {
            j += tp; /* "a meeting of more than two hours with X" */
            continue;
        }
        if (j >= te && (prep_seen || direct_ok)) {
            /* "met with the Permanent Representatives of X" */
            size_t tr = j + doc_det_at(d, j);
            tr += tr < NT && (TK(tr).flags & DN_TOK_CAP) && !has_word(d, WL_TRANSPARENT, tr);
            if (has_word(d, WL_TRANSPARENT, tr) && lw_is(d, tr + 1, "of")) {
                j = tr + 2;
                continue;
            }
        }
        if ((t->type == DN_EDGE_ACCUSATION || t->type == DN_EDGE_REJECTION) &&
            (prep_seen || direct_ok) && has_word(d, WL_DEED_NOUNS, j) && lw_is(d, j + 1, "of") &&
            j + 2 < NT) {
            /* "condemned the decision of the Japanese government",
             * "slammed the joint drills of the United States and South
             * Korea", "rejected the claims of Baku": whose deed or words
             * they are (not "the release of", "the killing of": no deed
             * of theirs) */
            size_t o = j + 2 + doc_det_at(d, j + 2);
            if (o < NT && sc->tok2m[o] >= 0 && d->m[sc->tok2m[o]].ts == o) {
                j = o;
                continue;
            }
        }
        if (t->type == DN_EDGE_ATTACK && (prep_seen || direct_ok) && !owner_tried &&
            !has_word(d, WL_PREPOSITIONS, j)) {
            /* once, from the first word of the object: it reads ahead */
            int ow = target_owner(d, sc, lw_is(d, j, "what") ? j + 1 : j);
            owner_tried = 1;
            if (ow >= 0)
                return group_right(d, sc, ow, out, max, 1);
        }
        if (j == te && lw_is(d, j, "what") && t->type != DN_EDGE_ACCUSATION &&
            t->type != DN_EDGE_REJECTION && t->type != DN_EDGE_STATEMENT)
            return 0; /* "struck what Pakistan says was a camp" (but
                         "condemned what China had done") */
        if ((prep_seen || direct_ok) && t->type != DN_EDGE_ATTACK) {
            /* "hosted Caribbean leaders and Antony Blinken": people no
             * actor names, joined by "and" to one an actor names */
            size_t h = j;
            while (h < j + 2 && h + 1 < NT && (TK(h).flags & DN_TOK_WORD) && sc->tok2m[h] < 0 &&
                   !has_word(d, WL_PERSON_GROUP_NOUNS, h) && !has_word(d, WL_TRANSPARENT, h) &&
                   !has_word(d, WL_FUNCTION_WORDS, h) && !has_word(d, WL_PREPOSITIONS, h))
                h++;
            if (h + 2 < NT &&
                (has_word(d, WL_PERSON_GROUP_NOUNS, h) || has_word(d, WL_TRANSPARENT, h)) &&
                sc->tok2m[h] < 0 && lw_is(d, h + 1, "and") &&
                sc->tok2m[h + 2] >= 0 && d->m[sc->tok2m[h + 2]].ts == h + 2 &&
                !verb_at(d, sc, d->m[sc->tok2m[h + 2]].te)) {
                j = h + 2; /* (not "... and Russia said": a clause) */
                continue;
            }
        }
        if ((doc_det_at(d, j) || lw_is(d, j, "both") || lw_is(d, j, "either") ||
             lw_is(d, j, "his") || lw_is(d, j, "her") || lw_is(d, j, "their") ||
             lw_is(d, j, "all") || owner_before_demonym(d, sc, j)) &&
            j + 1 < NT && sc->tok2m[j + 1] >= 0) {
            j++; /* "the X", "both X and Y", "hosted his Syrian counterpart X",
                    "urges all Haitians" */
            continue;
        }
        if (lw_is(d, j, "both") && j + 2 < NT && doc_det_at(d, j + 1) && sc->tok2m[j + 2] >= 0) {
            j += 2; /* "urged both the government and the opposition" */
            continue;
        }
        if (doc_det_at(d, j) && plain_adjective_before(d, sc, j + 1)) {
            j += 2; /* "accused the new Italian government of cynicism", "the
                       so-called Ukrainian government", "the two Cypriot
                       leaders" */
            continue;
        }
        if (j == te && !prep_seen && direct_ok && plain_adjective_before(d, sc, j)) {
            j++; /* "urged war-torn Sudan", "thanked outgoing Indonesian
                    President Joko Widodo" */
            continue;
        }
        if ((lw_is(d, j, "his") || lw_is(d, j, "her") || lw_is(d, j, "their")) && j + 3 < NT &&
            sc->tok2m[j + 1] < 0 && (TK(j + 1).flags & DN_TOK_CAP) && lw_is(d, j + 2, "and") &&
            sc->tok2m[j + 3] >= 0 && d->m[sc->tok2m[j + 3]].ts == j + 3) {
            j += 3; /* "phoned his Greek and Turkish counterparts, A and B"
                       (the first demonym makes no mention) */
            continue;
        }
        if (doc_det_at(d, j) && j + 2 < NT && sc->tok2m[j + 2] >= 0 && led_adjective(d, j + 1)) {
            j += 2; /* "a member of the Russian-led Collective Security
                       Treaty Organization" */
            continue;
        }
        if (j > te + 1 && (lw_is(d, j - 1, "and") || lw_is(d, j - 1, "but")) &&
            (d->tokmask[j] & DN_LEX_MASK_TRIGGER) && verb_at(d, sc, j))
            return 0; /* "had shelled its positions and accused Yerevan": the
                         objects end at a verb joined to ours */
        for (size_t k = 0; k < t->n_preps; k++)
            if (t->preps[k][0] && tok_is(d, j, t->preps[k])) {
                if (j > te && has_word(d, WL_RELATION_NOUNS, j - 1)) {
                    after_rel = 1;
                    break;
                }
                prep_seen = 1;
                prep_at = j;
                direct_ok = 0;
                break;
            }
        if (prep_seen && j == prep_at + 1 && lw_is(d, prep_at, "to") &&
            (TK(j).flags & DN_TOK_WORD) && !(TK(j).flags & DN_TOK_CAP) && !doc_det_at(d, j) &&
            !lw_is(d, j, "its") && !lw_is(d, j, "their") && !lw_is(d, j, "his") &&
            !lw_is(d, j, "her") && !lw_is(d, j, "both") && !lw_is(d, j, "all") &&
            !lw_is(d, j, "each") && !lw_is(d, j, "other") && !lw_is(d, j, "several") &&
            !lw_is(d, j, "them") && !lw_is(d, j, "him") && !lw_is(d, j, "us") &&
            !(j + 1 < NT && sc->tok2m[j + 1] >= 0 && !(d->m[sc->tok2m[j + 1]].flags & M_PRON)))
            return 0; /* "helped to prepare it": an infinitive, no object (but
                         "conveyed concerns to senior Indian officials") */
        if (prep_seen && j > prep_at && t->type != DN_EDGE_ATTACK) {
            /* "met with Xyzzy in Moscow", "talks with officials in
             * Moscow": the object is a name we do not know, or no actor;
             * the place after it is where, not whom */
            size_t o = prep_at + 1;
            if (doc_det_at(d, o))
                o++;
            if (j == o && (TK(j).flags & DN_TOK_CAP) &&
                !(j + 1 < NT && sc->tok2m[j + 1] >= 0 && d->m[sc->tok2m[j + 1]].ts == j + 1 &&
                  d->actors[d->m[sc->tok2m[j + 1]].actor].type == DN_ACTOR_PERSON &&
                  doc_office_at(d, j + 1)))
                return 0; /* (but "with Commission President X": a word
                             of the office the title names) */
            if (j > o && t->symmetric && has_word(d, WL_LOCATIVES, j))
                return 0; /* (but "concern over the situation in X") */
        }
        if (has_word(d, WL_CLAUSE_BREAKS, j) && !lw_is(d, j, "that") && !lw_is(d, j, "as") &&
            j > te)
            return 0;
        if (t->reject_prior && lw_is(d, j, "that") && j > te && has_word(d, WL_CLAIM_NOUNS, j - 1))
            return 0; /* "rejected the argument that Kosovo was a unique
                         case": what the claim is about, not its author */
        {
            int is_our_prep = 0;
            for (size_t k = 0; k < t->n_preps; k++)
                if (t->preps[k][0] && tok_is(d, j, t->preps[k]))
                    is_our_prep = 1;
            if (!is_our_prep && ++skipped > t->window)
                return 0;
            /* "met in Brussels": no direct object behind another
             * preposition (but "pounded targets across Georgia") */
            if (!is_our_prep && t->type != DN_EDGE_ATTACK && has_word(d, WL_PREPOSITIONS, j))
                direct_ok = 0;
        }
        j++;
    }
    return 0;
}

/* "thanks Trump for his leadership and Vance and Rubio for their
 * contribution": after the object at e and its "for" phrase, the actors
 * that "and" joins and a "for" of their own follows are objects too.
 * Puts their mentions in out; returns how many. */
static int objects_for_and(doc *d, sent_ctx *sc, size_t e, int *out, int max)
{
    size_t j = e;
    int n = 0;
    if (!lw_is(d, j, "for"))
        return 0;
    for (j++; j < NT && j < e + 24 && n < max; j++) {
        int mi, got;
        if (is_punct(d, j, ";.:") ||
            (sc->tok2m[j] >= 0 && !lw_is(d, j - 1, "and") &&
             !(d->m[sc->tok2m[j]].flags & (M_PRON | M_OBJPRON))))
            return n;
        if (!lw_is(d, j, "and") || j + 1 >= NT || (mi = sc->tok2m[j + 1]) < 0 ||
            d->m[mi].ts != j + 1)
            continue;
        {
            int tmp[GROUP_MAX];
            got = group_right(d, sc, mi, tmp, GROUP_MAX, 1);
            if (got <= 0 || !lw_is(d, d->m[tmp[got - 1]].te, "for"))
                return n;
            for (int k = 0; k < got && n < max; k++)
                out[n++] = tmp[k];
            j = d->m[tmp[got - 1]].te;
        }
    }
    return n;
}

/* 1 when one of the words w[0..n) (hashes h, filter f) is among tokens
 * [a, b). */
static int words_at(const doc *d, size_t a, size_t b, const dn_word_filter *f, char *const *w,
                    const unsigned long long *h, size_t n)
{
    for (size_t k = a; k < b && k < NT; k++) {
        unsigned long long hv = TK(k).hlower, bit = hv >> f->shift;
        if (!(f->bits[bit >> 6] >> (bit & 63) & 1))
            continue;
        for (size_t c = 0; c < n; c++)
            if (h[c] == hv && tok_is(d, k, w[c]))
                return 1;
    }
    return 0;
}

/* 1 when one of the words w[0..n) is in the sentence; found once per
 * (sentence, slot) into d->ctx_ok, which is reset for a sentence only
 * when one of its triggers first asks. Slot ti holds trigger ti's context
 * words, slot n_ctx / 2 + ti its "unless" words. */
static int words_in_sentence(doc *d, sent_ctx *sc, size_t slot, const dn_word_filter *f,
                             char *const *w, const unsigned long long *h, size_t n)
{
    signed char *cok;
    if (!sc->ctx_fresh) {
        memset(d->ctx_ok, -1, sc->n_ctx);
        sc->ctx_fresh = 1;
    }
    cok = &d->ctx_ok[slot];
    if (*cok < 0)
        *cok = (signed char)words_at(d, 0, NT, f, w, h, n);
    return *cok;
}

/* Trigger ti counts in this sentence: one of its context words is there
 * (when it has some) and none of its "unless" words. */
static int context_ok(doc *d, sent_ctx *sc, int ti, const dn_lex_trigger *t)
{
    if (t->n_context && !t->context_window &&
        !words_in_sentence(d, sc, (size_t)ti, &t->context_filter, t->context, t->context_h,
                           t->n_context))
        return 0;
    return !t->n_unless || !words_in_sentence(d, sc, sc->n_ctx / 2 + (size_t)ti,
                                              &t->unless_filter, t->unless,
                                              t->unless_h, t->n_unless);
}

/* 1 when one of t's context words stands within t->context_window
 * tokens from j. */
static int context_after(doc *d, size_t j, const dn_lex_trigger *t)
{
    /* the judgement is said of the object, before any preposition but
     * "as" and "of" ("called Zelensky after the massacre", "called Lavrov
     * to discuss the coup": a call) */
    size_t lim = j, aside = 0;
    while (lim < NT && lim < j + aside + (size_t)t->context_window &&
           !(has_word(d, WL_PREPOSITIONS, lim) && !lw_is(d, lim, "as") && !lw_is(d, lim, "of"))) {
        if (is_punct(d, lim, ",") && (lw_is(d, lim + 1, "which") || lw_is(d, lim + 1, "who"))) {
            /* "called the Mekele raid, which it said killed 44 people, a
             * barbaric act": the relative clause is an aside */
            size_t c = lim + 2;
            while (c < NT && c < lim + 14 && !is_punct(d, c, ",;:."))
                c++;
            if (c < NT && is_punct(d, c, ",")) {
                aside += c + 1 - lim;
                lim = c + 1;
                continue;
            }
        }
        lim++;
    }
    return words_at(d, j, lim, &t->context_filter, t->context, t->context_h, t->n_context);
}

/* 1 when a context word of call trigger t (the medium: "phone",
 * "video") stands before the trigger's end j, or after it up to the end
 * of its clause (a comma, semicolon or colon). */
static int medium_in_clause(doc *d, size_t j, const dn_lex_trigger *t)
{
    const dn_word_filter *f = &t->context_filter;
    size_t lim = j;
    if (words_at(d, 0, j, f, t->context, t->context_h, t->n_context))
        return 1;
    while (lim < NT && !is_punct(d, lim, ",;:"))
        lim++;
    return words_at(d, j, lim, f, t->context, t->context_h, t->n_context);
}

/* Matches a trigger form at i; returns its end (or i) and the form. */
/* 1 when "to" stands within eight tokens after j, before any "that",
 * clause break or punctuation ("told Chavez to be quiet"). */
static int to_follows(doc *d, size_t j)
{
    for (size_t k = j; k < NT && k < j + 8; k++) {
        if (lw_is(d, k, "to"))
            return 1;
        if (!(TK(k).flags & DN_TOK_WORD) || has_word(d, WL_CLAUSE_BREAKS, k))
            return 0;
    }
    return 0;
}

/* 1 when a call's medium ("by phone") follows the object that starts at
 * j, before the clause ends. */
static int medium_follows(doc *d, size_t j)
{
    for (size_t k = j; k < NT && k < j + 6; k++) {
        if (medium_at(d, k))
            return 1;
        if (!(TK(k).flags & DN_TOK_WORD) || has_word(d, WL_CLAUSE_BREAKS, k))
            return 0;
    }
    return 0;
}

/* 1 when one of t's prepositions (not the direct object's "") stands at
 * token j, right after the trigger's words, or one word later ("spoke
 * again to X"). */
static int prep_follows(const doc *d, const dn_lex_trigger *t, size_t j)
{
    for (size_t k = 0; k < t->n_preps; k++)
        if (t->preps[k][0] && ((j < NT && tok_is(d, j, t->preps[k])) ||
                               (j + 1 < NT && tok_is(d, j + 1, t->preps[k]))))
            return 1;
    return 0;
}

/* 1 when token k (< NT) is a word of a length of time ("more than an
 * hour of", "two hours of"). Asked of every word in the gap of a trigger
 * form: the words are told apart by their length first. */
static int duration_word(doc *d, size_t k)
{
    if (has_word(d, WL_NUMERALS, k) || (TK(k).text[0] >= '0' && TK(k).text[0] <= '9'))
        return 1;
    switch (TK(k).len) {
    case 1:
    case 2:
        return (lw_is(d, k, "an") || lw_is(d, k, "a")) &&
               (lw_is(d, k + 1, "hour") || lw_is(d, k + 1, "half"));
    case 4:
        return lw_is(d, k, "more") || lw_is(d, k, "than") || lw_is(d, k, "hour") ||
               lw_is(d, k, "half");
    case 5:
        return lw_is(d, k, "hours");
    case 7:
        return lw_is(d, k, "minutes");
    default:
        return 0;
    }
}

/* The memo of form fi, made on first use; NULL when memory is short. */
static const form_memo *form_make(doc *d, sent_ctx *sc, int fi)
{
    size_t k = (size_t)fi;
    const dn_trigger_form *f = dn_lexicon_tform(d->lx, fi);
    unsigned long long *m;

    if (k >= sc->n_forms) {
        size_t n = 2 * k + 16;
        form_memo *p = realloc(sc->forms, n * sizeof *p);
        if (!p)
            return NULL;
        memset(p + sc->n_forms, 0, (n - sc->n_forms) * sizeof *p);
        sc->forms = p;
        sc->n_forms = n;
    }
    if (!(m = calloc(f->n_words ? f->n_words : 1, sizeof *m)))
        return NULL;
    for (size_t w = 0; w < f->n_words; w++)
        for (char **a = f->alts[w]; a && *a; a++)
            m[w] |= 1ull << ((unsigned char)(*a)[0] & 63);
    sc->forms[k].f = f;
    sc->forms[k].t = dn_lexicon_trigger(d->lx, f->trigger);
    sc->forms[k].first = m;
    return &sc->forms[k];
}

static inline const form_memo *form_of(doc *d, sent_ctx *sc, int fi)
{
    if ((size_t)fi < sc->n_forms && sc->forms[fi].f)
        return &sc->forms[fi];
    return form_make(d, sc, fi);
}

/* 0 when token k is surely none of the words of the list whose first
 * bytes' mask is m (form_memo.first), so that the list need not be read: a
 * word tok_is matches starts with the token's first byte. */
static inline int first_fits(const doc *d, size_t k, unsigned long long m)
{
    return (m >> ((unsigned char)TK(k).lower[0] & 63)) & 1u;
}

/* Fills word memo entry m for the word of token t (of at most
 * WORD_MEMO_LEN bytes): its forms, and the first bytes the word after it
 * must have when every form needs one. */
static void word_memo_fill(doc *d, sent_ctx *sc, word_memo *m, const dn_token *t)
{
    memcpy(m->w, t->lower, t->len);
    m->w[t->len] = '\0';
    m->len = (unsigned char)t->len;
    if (!dn_lexicon_trigger_lookup_tok(d->lx, t, &m->refs, &m->nrefs))
        m->refs = NULL, m->nrefs = 0;
    m->need_next = 1;
    m->next = 0;
    for (size_t r = 0; r < m->nrefs; r++) {
        const form_memo *fo = form_of(d, sc, m->refs[r].index);
        if (!fo || fo->f->n_words < 2 || !fo->f->alts[0] || !fo->f->alts[1])
            m->need_next = 0; /* (a one-word form, or a gap after the
                                 first word: any word may follow) */
        else
            m->next |= fo->first[1];
    }
}

/* The forms that may start at token i (< NT), a word: 0 when none
 * does, which the word after it may tell. */
static int start_of(doc *d, sent_ctx *sc, size_t i, const dn_lex_ref **refs, size_t *nrefs)
{
    const dn_token *t = &TK(i);
    word_memo *m;

    if (t->len > WORD_MEMO_LEN ||
        (!sc->words && !(sc->words = calloc(WORD_MEMO, sizeof *sc->words))))
        return dn_lexicon_trigger_lookup_tok(d->lx, t, refs, nrefs);
    m = &sc->words[t->hlower & (WORD_MEMO - 1)];
    if (m->len != t->len || memcmp(m->w, t->lower, t->len) != 0)
        word_memo_fill(d, sc, m, t);
    if (!m->refs ||
        (m->need_next && (i + 1 >= NT || !first_fits(d, i + 1, m->next))))
        return 0; /* (each form's next word would be found wanting) */
    *refs = m->refs;
    *nrefs = m->nrefs;
    return 1;
}

/* The trigger of the longest form that starts at token i (< NT: past the
 * sentence its mask is a sentinel) into *trig (-1 none); returns the
 * form's end, or i. */
static size_t trigger_at(doc *d, sent_ctx *sc, size_t i, int *trig)
{
    const dn_lex_ref *refs;
    size_t nrefs, best = i;
    int best_fit = -1;
    const dn_lex_trigger *best_t = NULL;
    *trig = -1;
    if (!(d->tokmask[i] & DN_LEX_MASK_TRIGGER) || !(TK(i).flags & DN_TOK_WORD) ||
        sc->tok2m[i] >= 0)
        return i;
    if (!start_of(d, sc, i, &refs, &nrefs))
        return i;
    for (size_t r = 0; r < nrefs; r++) {
        const form_memo *fo = form_of(d, sc, refs[r].index);
        const dn_trigger_form *f = fo ? fo->f : dn_lexicon_tform(d->lx, refs[r].index);
        const unsigned long long *fm = fo ? fo->first : NULL;
        const dn_lex_trigger *t;
        size_t j = i + 1;
        int ok = 1;
        for (size_t w = 1; w < f->n_words && ok; w++) {
            char **alts = f->alts[w];
            unsigned long long m = fm ? fm[w] : ~0ull; /* (no mask: any) */
            if (!alts)
                continue;
            ok = 0;
            /* a gap before this word? */
            if (!f->alts[w - 1]) {
                size_t lim = j, words = 0;
                while (lim < NT && words <= 3) {
                    int hit = 0;
                    if (first_fits(d, lim, m))
                        for (char **a = alts; *a && !hit; a++)
                            hit = tok_is(d, lim, *a);
                    if (hit) {
                        j = lim + 1;
                        ok = 1;
                        break;
                    }
                    if (sc->tok2m[lim] >= 0 && d->m[sc->tok2m[lim]].ts == lim) {
                        /* an owner in the gap: "reaffirmed her country's
                         * support", "confirmed Russia's commitment", or
                         * named right before the noun, "reaffirmed the US
                         * commitment" */
                        const mention *om = &d->m[sc->tok2m[lim]];
                        int next = 0;
                        for (char **a = alts; *a && om->te < NT && first_fits(d, om->te, m); a++)
                            next |= tok_is(d, om->te, *a);
                        if ((om->flags & M_POSS) || doc_tx_is(d, om->te, "'s") || next) {
                            lim = om->te;
                            lim += lim < NT && doc_tx_is(d, lim, "'s");
                            words++;
                            continue;
                        }
                    }
                    if (sc->tok2m[lim] >= 0 || is_punct(d, lim, ",;:."))
                        break;
                    if (lim > j && has_word(d, WL_PREPOSITIONS, lim) && !lw_is(d, lim, "of") &&
                        !duration_word(d, lim))
                        break; /* "traded accusations over the shelling": a
                                  preposition after a word of the gap ends it,
                                  "of" aside ("a wave of strikes"); one right
                                  after the verb is its own ("applied for
                                  arrest warrants") */
                    if (lim == j && j > 0 && doc_ends_ed(d, lim) && perfect_aux(d, j - 1))
                        break; /* "had obstructed the talks": "had" an auxiliary
                                  (the word's end first: no call for most) */
                    if ((TK(lim).flags & DN_TOK_WORD) && !duration_word(d, lim))
                        words++; /* ("held more than an hour of talks": a
                                    length is no word of the object) */
                    lim++;
                }
            } else if (j < NT) {
                if (first_fits(d, j, m))
                    for (char **a = alts; *a && !ok; a++)
                        ok = tok_is(d, j, *a);
                j++;
            }
        }
        if (!ok)
            continue;
        t = fo ? fo->t : dn_lexicon_trigger(d->lx, f->trigger);
        if ((t->n_context || t->n_unless) && !context_ok(d, sc, f->trigger, t))
            continue;
        if (t->context_window && !context_after(d, j, t))
            continue;
        if (t->object_then_to && !to_follows(d, j) && !medium_follows(d, j))
            continue; /* "told parliament that ...": a speech verb only
                         (but "told Putin by phone that": a call) */
        if (t->type == DN_EDGE_CALL && t->n_context && !t->context_window &&
            !medium_in_clause(d, j, t))
            continue; /* "held talks with X during the day, after agreeing
                         with Y in a telephone call": that call is Y's */
        if (j > best) {
            best = j;
            best_fit = -1; /* asked only on a tie */
            best_t = t;
            *trig = f->trigger;
        } else if (j == best) {
            /* of two triggers of the same words, the one whose
             * preposition follows ("spoke to X": "speak to", not "speak
             * with"), else the first of the lexicon */
            int fit = prep_follows(d, t, j);
            if (best_fit < 0)
                best_fit = prep_follows(d, best_t, j);
            if (fit > best_fit || (fit == best_fit && *trig > f->trigger)) {
                best_fit = fit;
                best_t = t;
                *trig = f->trigger;
            }
        }
    }
    return best;
}

/* 1 when token i is a form of "be" (or "get": "got shelled"). */
static int is_be(const doc *d, size_t i)
{
    const char *w;
    if (i >= NT)
        return 0;
    w = TK(i).lower;
    switch (TK(i).len) { /* (by length first: asked of many tokens) */
    case 2:
        return memcmp(w, "is", 2) == 0 || memcmp(w, "be", 2) == 0;
    case 3:
        return memcmp(w, "was", 3) == 0 || memcmp(w, "are", 3) == 0 ||
               memcmp(w, "got", 3) == 0 || memcmp(w, "get", 3) == 0;
    case 4:
        return memcmp(w, "were", 4) == 0 || memcmp(w, "been", 4) == 0 ||
               memcmp(w, "gets", 4) == 0;
    case 5:
        return memcmp(w, "being", 5) == 0;
    default:
        return 0;
    }
}

/* 1 when token i contains "n't" ("didn't", "n't"). */
static int has_nt(const doc *d, size_t i)
{
    const char *l = TK(i).lower;
    for (size_t k = 0; k + 3 <= TK(i).len; k++)
        if (l[k] == 'n' && l[k + 1] == '\'' && l[k + 2] == 't')
            return 1;
    return 0;
}

/* 1 when token i is a negation ("not", "denied", "didn't"). */
static int negation_at(const doc *d, size_t i)
{
    return has_word(d, WL_NEGATIONS, i) || has_nt(d, i);
}

/* 1 when a word of ending (the "cessations" list: halt, suspend, stop,
 * end, cease, ...) stands before the trigger at ts, with at most two
 * words between and no actor: "halt air strikes", "suspended its
 * attacks on", "agreed to end all shelling". */
static int ceased_before(doc *d, sent_ctx *sc, size_t ts)
{
    for (size_t j = ts, n = 0; j > 0 && n < 3; n++) {
        j--;
        if (sc->tok2m[j] >= 0 || !(TK(j).flags & DN_TOK_WORD))
            return 0;
        if (has_word(d, WL_CESSATIONS, j))
            return 1;
    }
    return 0;
}

/* 1 when token j is a word of hypothesis: "may", "could", ... (not the
 * month: "In May Joe Biden met", "May 23": capitalised inside a sentence,
 * or before a number). */
static int hypothetical_at(const doc *d, size_t j)
{
    if (!has_word(d, WL_HYPOTHETICALS, j))
        return 0;
    if (TK(j).flags & DN_TOK_CAP)
        return !(j > 0 || (j + 1 < NT && TK(j + 1).len > 0 && isdigit((unsigned char)TK(j + 1).text[0])));
    return 1;
}

/* Negation or hypothesis just before the trigger, or a hedge earlier. */
static int negated(doc *d, sent_ctx *sc, size_t ts, size_t te)
{
    for (size_t j = ts, n = 0; j > 0 && n < 5; n++) {
        j--;
        if (sc->tok2m[j] >= 0 && d->m[sc->tok2m[j]].te == ts) {
            j = d->m[sc->tok2m[j]].ts; /* the owner of a noun: "any Indian aggression" */
            continue;
        }
        if (sc->tok2m[j] >= 0) {
            /* "asked whether Putin had met Prigozhin": a question or a
             * condition opens the clause before its subject */
            size_t b = d->m[sc->tok2m[j]].ts;
            if (b > 0 && (lw_is(d, b - 1, "whether") || lw_is(d, b - 1, "if")))
                return 1;
            if (b > 0 && (lw_is(d, b - 1, "stop") || lw_is(d, b - 1, "stopped") ||
                          lw_is(d, b - 1, "prevent") || lw_is(d, b - 1, "prevented") ||
                          lw_is(d, b - 1, "bar") || lw_is(d, b - 1, "barred")))
                return 1; /* "to stop it opening talks with the EU": kept from it */
            break;
        }
        if (is_punct(d, j, ",;:"))
            break;
        /* "did not meet Pelosi but spoke with her", "denies the
         * accusation and blames the EU": "but", or "and" after the
         * first verb's own words, opens a new predicate ("did not
         * attack and shell" goes on) */
        if (lw_is(d, j, "but") || (lw_is(d, j, "and") && j > 1 && !negation_at(d, j - 1) &&
                                   !negation_at(d, j - 2)))
            break;
        if (has_word(d, WL_NEGATIONS, j) || hypothetical_at(d, j))
            return 1;
        if (lw_is(d, j, "be") && j > 0 && lw_is(d, j - 1, "to"))
            return 1; /* "a security meeting, to be followed by talks between
                         the two ministers": one to come */
        if (lw_is(d, j + 1, "to") && j + 2 <= ts &&
            (lw_is(d, j, "offered") || lw_is(d, j, "offers") || lw_is(d, j, "offer") ||
             lw_is(d, j, "offering") || lw_is(d, j, "proposed") || lw_is(d, j, "proposes") ||
             lw_is(d, j, "volunteered")))
            return 1; /* "offered to mediate between", "proposed to host
                         talks": not yet done (but "offered his
                         condolences" is the act) */
        if (lw_is(d, j, "forward") && lw_is(d, j + 1, "to") && j > 0 &&
            (lw_is(d, j - 1, "looked") || lw_is(d, j - 1, "looks") || lw_is(d, j - 1, "look") ||
             lw_is(d, j - 1, "looking")))
            return 1; /* "looked forward to welcoming the Saudi ambassador
                         back": a meeting wished for */
        if (has_nt(d, j))
            return 1;
    }
    if (hedge_before(d, sc, ts))
        return 1;
    for (size_t k = ts; k > 1 && ts - k < 12; k--) {
        /* (asked of every trigger: the word list's bit first, a mark's
         * text only of marks) */
        if (has_word(d, WL_HYPOTHETICALS, k - 1)) {
            if (hypothetical_at(d, k - 1) && doc_ends_ed(d, k - 1) && is_be(d, k - 2))
                return 1; /* "Swedish and Finnish delegations are expected
                             in Ankara on 25 May for talks", "is scheduled":
                             the clause's verb says they are to come, past
                             its places and dates */
        } else if (!(TK(k - 1).flags & DN_TOK_WORD) && is_punct(d, k - 1, ",;:")) {
            break;
        }
    }
    for (size_t k = 0; k < 2 && k + 1 < ts; k++)
        if (has_word(d, WL_CLAIM_NOUNS, k) && lw_is(d, k + 1, "that") && (TK(0).flags & DN_TOK_CAP))
            return 1; /* "Reports that Erdogan phoned Putin were false": a
                         claim the sentence opens with, no act said */
    if (lw_is(d, te, "not") || lw_is(d, te, "never"))
        return 1;
    if (lw_is(d, te, "to") && lw_is(d, te + 1, "be") && te + 2 < NT &&
        (doc_ends_ed(d, te + 2) || has_word(d, WL_IRREGULAR_PASTS, te + 2)))
        return 1; /* "talks to be held in Geneva", "a meeting to be
                     convened": planned */
    {
        size_t p = ts - (ts > 0 && (lw_is(d, ts - 1, "keep") || lw_is(d, ts - 1, "continue")));
        const dn_lex_trigger *t;
        if (p >= 2 && lw_is(d, p - 1, "to") &&
            (lw_is(d, p - 2, "agreed") || lw_is(d, p - 2, "agree") || lw_is(d, p - 2, "agrees") ||
             ((lw_is(d, p - 2, "promised") || lw_is(d, p - 2, "promise") ||
               lw_is(d, p - 2, "promises") || lw_is(d, p - 2, "pledged") ||
               lw_is(d, p - 2, "vowed")) &&
              (t = trigger_here(d, sc, ts)) != NULL &&
              (t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL))))
            return 1; /* "They also agreed to meet again in Brazil", "promised
                         to keep talking": a contact to come (but "pledged
                         to stand with Ukraine" is the support said) */
    }
    return 0;
}

/* 1 when the word at i says that something planned will not take place:
 * "cancelled", "postponed", "scrapped", "called off", "put off". */
static int cancel_word(const doc *d, size_t i)
{
    return lw_is(d, i, "cancelled") || lw_is(d, i, "canceled") || lw_is(d, i, "cancel") ||
           lw_is(d, i, "cancels") || lw_is(d, i, "postponed") || lw_is(d, i, "postpone") ||
           lw_is(d, i, "postpones") || lw_is(d, i, "scrapped") || lw_is(d, i, "scrap") ||
           ((lw_is(d, i, "called") || lw_is(d, i, "call") || lw_is(d, i, "calls") ||
             lw_is(d, i, "put")) &&
            lw_is(d, i + 1, "off"));
}

/* 1 when the meeting or call named at [ts, te) was called off: "called
 * off talks with X", "postponed the meeting with X" (within three words
 * before), or "The meeting between A and B, planned for Friday, was
 * cancelled" (a passive of those verbs later in the sentence, after the
 * meeting named by a noun). */
static int called_off(const doc *d, size_t ts, size_t te)
{
    for (size_t k = ts; k > 0 && ts - k < 4; k--)
        if (cancel_word(d, k - 1))
            return 1;
    if (ts == 0 || !(doc_det_at(d, ts - 1) || lw_is(d, ts - 1, "'s")))
        return 0;
    for (size_t k = te; k + 1 < NT && k < te + 24; k++) {
        if (is_punct(d, k, ";") || lw_is(d, k, "but"))
            return 0;
        if (is_be(d, k) && cancel_word(d, k + 1))
            return 1;
    }
    return 0;
}

struct node_memo;
static int reverse_may_exist(doc *d, const dn_node *s, const dn_node *t, dn_edge_type ty);
static void reverse_prefetch(doc *d, const dn_node *s, const dn_node *t, dn_edge_type ty);
static struct node_memo *node_memo_slot(doc *d, const doc_actor *x);
static int node_memo_use(struct node_memo *m, const doc *d, const doc_actor *x, dn_node **n);
static void node_memo_keep(struct node_memo *m, dn_node *n);

/* The graph node of actor a (made on first use), with its kind, state,
 * ISO code and CAMEO code filled in when it lacks them. The document's
 * actor keeps it for the document, the extractor's memo (node_memo_slot)
 * for the run when the actor is a lexicon entry, with the fields the node
 * holds: the graph's node table (a hash of the id, a probe, the node's id
 * compared) is then asked once per lexicon actor, not once per document
 * naming it, and a node that has what the actor would give is not read
 * (in a large graph, a cache miss) at all. */
static int actor_node(doc *d, int a, dn_node **out)
{
    doc_actor *x = &d->actors[a];
    struct node_memo *memo;
    dn_node *n = NULL;
    *out = NULL;
    if (x->node) {
        *out = x->node;
        return 0;
    }
    memo = node_memo_slot(d, x);
    if (memo && node_memo_use(memo, d, x, &n)) {
        x->node = *out = n;
        return 0;
    }
    if (!n && !(n = dn_graph_add_node(d->g, x->id, x->label, x->type)))
        return -1;
    if (!n->kind && x->kind && dn_node_set_kind(n, x->kind) != DN_OK)
        return -1;
    if (x->state >= 0) {
        const dn_lex_state *s = dn_lexicon_state(d->lx, x->state);
        if (!n->state && dn_node_set_state(n, s->name) != DN_OK)
            return -1;
        if (!n->iso && s->iso3 && dn_node_set_iso(n, s->iso3) != DN_OK)
            return -1;
        if (!n->cameo && s->cameo && (x->type == DN_ACTOR_STATE || x->agent)) {
            /* state code + agent code, cut at 63 bytes (snprintf's cut) */
            char code[64];
            const char *ag = x->type == DN_ACTOR_STATE ? "" : x->agent;
            size_t l1 = strlen(s->cameo), l2 = strlen(ag);
            if (l1 > sizeof code - 1)
                l1 = sizeof code - 1;
            if (l2 > sizeof code - 1 - l1)
                l2 = sizeof code - 1 - l1;
            memcpy(code, s->cameo, l1);
            memcpy(code + l1, ag, l2);
            code[l1 + l2] = '\0';
            if (dn_node_set_cameo(n, code) != DN_OK)
                return -1;
        }
    }
    if (memo)
        node_memo_keep(memo, n);
    x->node = n;
    *out = n;
    return 0;
}

/* The actor a mention stands for as the target of an edge of type ty. */
static int target_actor(doc *d, const mention *m, dn_edge_type ty)
{
    if ((m->flags & M_PRON) && d->actors[m->actor].type == DN_ACTOR_PLACE &&
        (ty == DN_EDGE_REJECTION || ty == DN_EDGE_APPEAL))
        return -1; /* "accused him of fighting in Abkhazia; he denied it":
                      a claim, not the place (an accusation's "it" is an
                      act, whose author is found apart) */
    if ((m->flags & M_CAPITAL) && ty == DN_EDGE_ATTACK) {
        int st = d->actors[m->actor].state;
        const dn_lex_state *s = st >= 0 ? dn_lexicon_state(d->lx, st) : NULL;
        if (s && s->capital)
            return doc_actor_get(d, DN_ACTOR_PLACE, s->capital, "city", st);
    }
    return m->actor;
}

static dn_text_key *sentence_key(doc *d);
static char *sentence_text(doc *d, const char *s, size_t n, size_t *len);
static int sentence_plain(doc *d);

/* add_edge's copy of the trigger words of its last edge, which the other
 * pairs of the trigger share: the bytes src[0..n) of d->text (src NULL:
 * none), printable ASCII, with a NUL. Emptied with each new sentence
 * text (d->text changes only between them). */
typedef struct trig_text {
    const char *src;
    size_t n;
    char buf[128];
} trig_text;

static trig_text *trigger_text(doc *d);

/* 1 when every mention of actor a in the sentence follows "in" or "at"
 * (a place where something happens), and there is one. */
static int locative_only(const doc *d, int a)
{
    int seen = 0;
    for (size_t k = 0; k < d->n_m; k++) {
        const mention *m = &d->m[k];
        if (m->actor != a)
            continue;
        if (m->ts == 0 || !(lw_is(d, m->ts - 1, "in") || lw_is(d, m->ts - 1, "at")))
            return 0;
        seen = 1;
    }
    return seen;
}

static int add_edge(doc *d, int s, int t, const dn_lex_trigger *tr, size_t si,
                    const dn_sentence *sent, size_t ts, size_t te, dn_extract_stats *st)
{
    dn_text_key *tk;
    dn_node *ns, *nt;
    dn_edge *e;
    dn_evidence ev;
    int rc;

    if (s < 0 || t < 0 || s == t)
        return 0;
    if ((tr->type == DN_EDGE_CALL || tr->type == DN_EDGE_MEETING) &&
        (d->actors[s].type == DN_ACTOR_STATE) != (d->actors[t].type == DN_ACTOR_STATE) &&
        d->actors[s].state >= 0 && d->actors[s].state == d->actors[t].state)
        return 0; /* "HH the Amir receives phone calls from leaders ... with
                     Qatar": a state does not call or meet its own */
    if (tr->type != DN_EDGE_MEMBER_OF && tr->type != DN_EDGE_ATTACK &&
        d->actors[s].type == DN_ACTOR_PERSON && d->actors[t].type == DN_ACTOR_STATE &&
        d->actors[s].leader && d->actors[s].state >= 0 && d->actors[s].state == d->actors[t].state)
        return 0; /* a leader speaks for his state, not to it ("he and Payne
                     said they were disappointed with Solomon Islands": not
                     Sogavare) */
    if (tr->type != DN_EDGE_ATTACK && tr->type != DN_EDGE_MEETING &&
        d->actors[t].type == DN_ACTOR_PLACE && locative_only(d, t))
        return 0; /* "told him at the Itamaraty Palace in Rio that ... was
                     unacceptable": where it was said, not to whom */
    if (tr->type == DN_EDGE_MEMBER_OF && d->actors[t].type != DN_ACTOR_ORGANIZATION)
        return 0; /* one is a member of an organisation, never of a state
                     or a person ("Guyana and Suriname are both members of
                     the Caribbean Community and both parties to ...": not
                     of each other) */
    if (tr->type == DN_EDGE_MEETING && d->actors[t].body >= 0 &&
        dn_lexicon_body(d->lx, d->actors[t].body)->military)
        return 0; /* "the last country of the Sahel to host French troops":
                     troops are stationed, not met */
    /* (most actors have their node from an earlier edge: no call) */
    ns = d->actors[s].node;
    nt = d->actors[t].node;
    if ((!ns && actor_node(d, s, &ns)) || (!nt && actor_node(d, t, &nt)))
        return -1;
    if (tr->type == DN_EDGE_ATTACK)
        d->last_attacker = s; /* for "called the raid barbaric" */
    /* the edge's slot and, for a new sentence, its text's slot of the
     * graph's tables (cache misses in a large graph) are fetched while
     * the text is made and hashed */
    dn_graph_prefetch_edge(d->g, ns, nt, tr->type);
    if (tr->type == DN_EDGE_CALL || tr->type == DN_EDGE_MEETING)
        reverse_prefetch(d, ns, nt, tr->type);
    tk = sentence_key(d);
    if (d->ev_sent != sent || !d->ev_text) {
        /* the sentence's text once for all the pairs it gives */
        d->ev_sent = sent;
        size_t len;
        if (!(d->ev_text = sentence_text(d, d->text + sent->start, sent->end - sent->start, &len)))
            return -1;
        dn_graph_text_key_n(d->g, d->ev_text, len, tk);
        trigger_text(d)->src = NULL;
    }
    if ((tr->type == DN_EDGE_CALL || tr->type == DN_EDGE_MEETING) &&
        reverse_may_exist(d, ns, nt, tr->type) && !dn_graph_edge(d->g, ns, nt, tr->type) &&
        dn_graph_edge(d->g, nt, ns, tr->type)) {
        /* calls and meetings are symmetric (EVENTS.md): "B received A"
         * after "A met B" is the same edge, not a second arrow */
        dn_node *x = ns;
        ns = nt;
        nt = x;
    }
    if (!(e = dn_graph_add_edge(d->g, ns, nt, tr->type)))
        return -1;
    if (tr->cameo && (!e->cameo || e->n_evidence == 0)) {
        if (dn_edge_set_cameo(d->g, e, tr->cameo) != DN_OK)
            return -1;
        e->goldstein = tr->goldstein;
    }
    memset(&ev, 0, sizeof ev);
    ev.doc = (uint32_t)d->doc_index;
    ev.sentence = (long)(d->sent_base + si) + 1;
    ev.start = (long)(d->base + sent->start);
    ev.end = (long)(d->base + sent->end);
    ev.text = d->ev_text;
    {
        /* the trigger words: printable ASCII (the common case) are copied
         * as they are into trigger_text's buffer, once for the pairs of
         * a trigger; anything else is cleaned */
        trig_text *tt = trigger_text(d);
        const char *tw = d->text + TK(ts).start;
        size_t tn = TK(te - 1).end - TK(ts).start;
        if (tt->src == tw && tt->n == tn) {
            ev.trigger = tt->buf;
        } else if (tn < sizeof tt->buf &&
                   /* (words within a sentence of printable ASCII are) */
                   ((sentence_plain(d) && TK(ts).start >= sent->start &&
                     TK(te - 1).end <= sent->end) ||
                    dn_utf8_printable_run(tw, tn) == tn)) {
            memcpy(tt->buf, tw, tn);
            tt->buf[tn] = '\0';
            tt->src = tw;
            tt->n = tn;
            ev.trigger = tt->buf;
        } else if (!(ev.trigger = dn_utf8_clean(tw, tn))) {
            return -1;
        }
        rc = dn_edge_add_evidence_key(d->g, e, &ev, tk);
        if (ev.trigger != tt->buf)
            free(ev.trigger);
    }
    if (rc < 0)
        return -1;
    if (rc > 0 && st)
        st->edges++;
    if ((tr->type == DN_EDGE_ACCUSATION || tr->type == DN_EDGE_APPEAL) && d->n_acc < 4096 &&
        dn_grow((void **)&d->acc, &d->cap_acc, d->n_acc + 1, sizeof *d->acc) == 0) {
        d->acc[d->n_acc].src = s;
        d->acc[d->n_acc].tgt = t;
        d->acc[d->n_acc].type = (int)tr->type;
        d->acc[d->n_acc].sent = d->cur_sent;
        d->n_acc++;
    }
    return 0;
}

/* Expands mention indexes into actors (groups give two). (Inline: twice
 * per trigger, on lists of one or two mentions.) */
static inline int actors_of(doc *d, const int *ms, int n, int *out, int max, dn_edge_type ty, int src_side,
                     int source_actor)
{
    int k = 0;
    for (int i = 0; i < n && k < max; i++) {
        const mention *m = &d->m[ms[i]];
        int a = src_side ? m->actor : target_actor(d, m, ty);
        if ((m->flags & M_OBJPRON) && a == source_actor)
            a = m->actor2;
        if (a >= 0)
            out[k++] = a;
        if ((m->flags & M_GROUP) && m->actor2 >= 0 && k < max)
            out[k++] = m->actor2;
        if ((m->flags & M_GROUP) && m->actor3 >= 0 && k < max)
            out[k++] = m->actor3;
    }
    return k;
}

/* Remembers the two persons an act is between, for "both leaders", "the
 * two men" later on: two persons it is addressed to ("spoke with A and
 * with B"), else its person subject and person object. */
static void note_person_pair(doc *d, const int *sa, int nsa, const int *ta, int nta,
                             dn_edge_type ty)
{
    int p[2], p3[3], n = 0;
    for (int y = 0; y < nta && n < 2; y++)
        if (d->actors[ta[y]].type == DN_ACTOR_PERSON && (n == 0 || ta[y] != p[0]))
            p[n++] = ta[y];
    if (n < 2) {
        n = 0;
        if (nsa > 0 && nta > 0 && sa[0] != ta[0] && d->actors[sa[0]].type == DN_ACTOR_PERSON &&
            d->actors[ta[0]].type == DN_ACTOR_PERSON) {
            p[0] = sa[0];
            p[1] = ta[0];
            n = 2;
        }
    }
    if (n == 2) {
        d->person_pair[0] = p[0] + 1;
        d->person_pair[1] = p[1] + 1;
        d->person_pair_sent = d->cur_sent;
        d->person_pair_type = (int)ty;
    }
    /* three distinct persons taking part: "A hosted B and C" (most acts
     * have two parties: none to look for) */
    if (nsa + nta < 3)
        return;
    n = 0;
    for (int k = 0; k < nsa + nta && n <= 3; k++) {
        int a = k < nsa ? sa[k] : ta[k - nsa], dup = 0;
        if (d->actors[a].type != DN_ACTOR_PERSON)
            continue;
        for (int x = 0; x < n && x < 3; x++)
            dup |= p3[x] == a;
        if (!dup) {
            if (n < 3)
                p3[n] = a;
            n++;
        }
    }
    if (n == 3) {
        for (int x = 0; x < 3; x++)
            d->person_trio[x] = p3[x] + 1;
        d->person_trio_sent = d->cur_sent;
    }
}

/* "A and B agreed to ...": two persons joined by "and" as the subject
 * of a sentence are the pair that "the two leaders", "both men" or
 * "they" name in the next sentences, as the two of an act are
 * (note_person_pair). */
static void subject_pair(doc *d)
{
    for (size_t k = 0; k + 1 < d->n_m; k++) {
        const mention *a = &d->m[k], *b = &d->m[k + 1];
        if (a->flags & (M_PP | M_WEAK | M_POSS | M_OBJ | M_GROUP | M_PRON))
            return; /* the subject is the first such mention */
        if (d->actors[a->actor].type != DN_ACTOR_PERSON ||
            d->actors[b->actor].type != DN_ACTOR_PERSON || a->actor == b->actor ||
            (b->flags & (M_PP | M_POSS | M_GROUP | M_PRON)) || b->ts != a->te + 1 ||
            !lw_is(d, a->te, "and"))
            return;
        d->person_pair[0] = a->actor + 1;
        d->person_pair[1] = b->actor + 1;
        d->person_pair_sent = d->cur_sent;
        d->person_pair_type = -1; /* (no act yet) */
        return;
    }
}

/* 1 when "each other", "one another" or "the other" (after "each side
 * blamed") follows te closely. */
static int each_other(doc *d, size_t te)
{
    for (size_t j = te; j < NT && j < te + 3; j++)
        if ((lw_is(d, j, "each") && lw_is(d, j + 1, "other")) ||
            (lw_is(d, j, "one") && lw_is(d, j + 1, "another")) ||
            (lw_is(d, j, "the") && lw_is(d, j + 1, "other") &&
             (j + 2 >= NT || !(TK(j + 2).flags & DN_TOK_WORD) || lw_is(d, j + 2, "side") ||
              lw_is(d, j + 2, "of") || lw_is(d, j + 2, "for"))))
            return 1;
    return 0;
}

/* 1 when a claim noun ("charges", "accusations") is among tokens
 * [from, to). */
static int claim_within(doc *d, size_t from, size_t to)
{
    for (size_t j = from; j < NT && j < to; j++)
        if (has_word(d, WL_CLAIM_NOUNS, j))
            return 1;
    return 0;
}

/* 1 when a claim noun follows te closely. */
static int claim_follows(doc *d, size_t te)
{
    return claim_within(d, te, te + 3);
}

/* 1 when token j is a gerund ("denied supporting the M23"): a lower-case
 * word in -ing, not a preposition so formed. */
static int gerund_at(const doc *d, size_t j)
{
    return j < NT && (TK(j).flags & DN_TOK_WORD) && !(TK(j).flags & DN_TOK_CAP) &&
           TK(j).len > 4 && doc_ends_ing(d, j) && !lw_is(d, j, "during") &&
           !lw_is(d, j, "including") && !lw_is(d, j, "following");
}

/* 1 when the rejection at [ts, te) is of a claim: a claim noun after it
 * or just before its subject ("an allegation Kigali rejected"), a clause
 * ("denies that ..."), a pronoun, or nothing ("Kigali rejected."); not a
 * thing ("rejected third-party mediation"). */
static int rejects_claim(doc *d, size_t ts, size_t te)
{
    if (claim_follows(d, te) || claim_within(d, ts > 5 ? ts - 5 : 0, ts))
        return 1;
    return te >= NT || !(TK(te).flags & DN_TOK_WORD) || lw_is(d, te, "that") ||
           lw_is(d, te, "it") || lw_is(d, te, "this") || lw_is(d, te, "them") ||
           lw_is(d, te, "these") || lw_is(d, te, "those") || lw_is(d, te, "any") ||
           lw_is(d, te, "all") || lw_is(d, te, "such") || lw_is(d, te, "having");
}

/* 3 when the rejection at [ts, te) is a refusal with nothing after it
 * ("He refused.", "rebuffed it"): of a request, or of a charge just
 * made; else 0. */
static int refusal_at(doc *d, size_t ts, size_t te)
{
    if (!(TK(ts).len >= 5 && (memcmp(TK(ts).lower, "refus", 5) == 0 ||
                              memcmp(TK(ts).lower, "rebuf", 5) == 0)) &&
        !(TK(ts).len >= 4 && memcmp(TK(ts).lower, "snub", 4) == 0))
        return 0;
    return te >= NT || !(TK(te).flags & DN_TOK_WORD) || lw_is(d, te, "it") ||
                   lw_is(d, te, "them")
               ? 3
               : 0;
}

/* 1 when the rejection ending at te is of requests (2: of words said,
 * "the statement", "the remarks"): an appeal's word
 * right after it, over "the", "all", "such", "these", "repeated" ("rejected
 * all calls for an inquiry", "dismissed the demand"); not of a claim. */
static int request_follows(doc *d, sent_ctx *sc, size_t te)
{
    const dn_lex_trigger *pt;
    size_t j = te;
    while (j < NT && j < te + 3 &&
           (doc_det_at(d, j) || lw_is(d, j, "all") || lw_is(d, j, "such") ||
            lw_is(d, j, "these") || lw_is(d, j, "those") || lw_is(d, j, "repeated") ||
            lw_is(d, j, "their") || lw_is(d, j, "its")))
        j++;
    if (j >= NT || !(TK(j).flags & DN_TOK_WORD) || sc->tok2m[j] >= 0)
        return 0;
    if (lw_is(d, j, "statement") || lw_is(d, j, "statements") || lw_is(d, j, "remarks") ||
        lw_is(d, j, "comments"))
        return 2; /* "rejected the statement as interference": of words said,
                     a charge or a demand */
    pt = trigger_here(d, sc, j);
    return pt && pt->type == DN_EDGE_APPEAL && TK(j).lower[TK(j).len - 1] != 'd';
}

/* 1 when the trigger at ts is a past participle after a form of "be"
 * ("were shelled", "had been fired upon", "was not accused"). */
static int participle_after_be(doc *d, size_t ts)
{
    static const char *const irregular[] = {"shot", "struck", "hit", "met", "told",
                                            "held", "sought", "fought", "spoken"};
    size_t b = ts, k = 0;
    if (TK(ts).len < 3 || memcmp(TK(ts).lower + TK(ts).len - 2, "ed", 2) != 0) {
        if (TK(ts).len > 7 || !strchr("shmtf", TK(ts).lower[0]))
            return 0; /* none of the irregular ones */
        while (k < sizeof irregular / sizeof *irregular && !tok_is(d, ts, irregular[k]))
            k++;
        if (k == sizeof irregular / sizeof *irregular)
            return 0;
    }
    if (b > 0 && (is_ly(d, b - 1) || lw_is(d, b - 1, "not") || lw_is(d, b - 1, "also")))
        b--;
    return b > 0 && is_be(d, b - 1) && !lw_is(d, b - 1, "get") && !lw_is(d, b - 1, "gets");
}

/* 1 when the subject of an accusation or an appeal (mention m, whose
 * first actor is a) may turn on its own state: "Opposition leader X
 * accused the government", "the Bharatiya Janata Party accused the
 * Government of surrendering" (a party faces its own government), "the
 * Duma called on the Russian government" (so does a legislature). */
static int opposing_subject(const doc *d, const mention *m, const doc_actor *a)
{
    for (size_t j = m->ts > 5 ? m->ts - 5 : 0; j < m->te; j++)
        if (lw_is(d, j, "opposition"))
            return 1;
    return (a->kind && strcmp(a->kind, "party") == 0) ||
           (a->agent && strcmp(a->agent, "LEG") == 0);
}

/* 1 when "member(s)" at ts (the trigger ending at te) states a
 * membership: "is a member of", "are members of", "as a member of",
 * "member states of", "joined ... as members", "joined NATO", "belongs to
 * the CSTO". */
RARE static int membership_stated(doc *d, const sent_ctx *sc, size_t ts, size_t te)
{
    if (ts + 1 < NT && (lw_is(d, ts + 1, "states") || lw_is(d, ts + 1, "state"))) {
        /* "Both Belize and Guatemala are member states of the OAS" (a
         * verb of being before it; not "the member states of the EU") */
        size_t k = ts;
        while (k > 0 && (lw_is(d, k - 1, "both") || lw_is(d, k - 1, "all") ||
                         lw_is(d, k - 1, "founding") || lw_is(d, k - 1, "full") ||
                         doc_det_at(d, k - 1)))
            k--;
        return te == ts + 1 || (k > 0 && is_be(d, k - 1));
    }
    if ((memcmp(TK(ts).lower, "join", 4) == 0 || memcmp(TK(ts).lower, "belong", 6) == 0) &&
        ts > 0 && !lw_is(d, ts - 1, "to") && te < NT) {
        /* "Sweden joined NATO", "Armenia, which belongs to the CSTO": an
         * intergovernmental organisation joined (not "joined Russia in
         * condemning", "joined the cabinet", "a bid to join NATO") */
        size_t o = te + doc_det_at(d, te);
        int mo = o < NT ? sc->tok2m[o] : -1;
        const doc_actor *x = mo >= 0 ? &d->actors[d->m[mo].actor] : NULL;
        return x && x->type == DN_ACTOR_ORGANIZATION && x->kind && strcmp(x->kind, "igo") == 0;
    }
    for (size_t k = ts, n = 0; k > 0 && n < 5; n++) {
        k--;
        if (is_be(d, k) || lw_is(d, k, "joined") || lw_is(d, k, "join") ||
            lw_is(d, k, "became") || lw_is(d, k, "become") || lw_is(d, k, "becomes"))
            return 1;
        if (lw_is(d, k, "as") && k > 0 &&
            (is_punct(d, k - 1, ",") ||
             (sc->tok2m[k - 1] >= 0 &&
              d->actors[d->m[sc->tok2m[k - 1]].actor].type != DN_ACTOR_PLACE)))
            return 1; /* "Armenia, as a member of the CSTO" (not "escorted
                         Rasool through Cape Town airport as members of the
                         ANC pressed around them": a clause of its own) */
        if ((lw_is(d, k, "a") || lw_is(d, k, "an")) && k >= 3 && !is_punct(d, k - 1, ",") &&
            (lw_is(d, k - 1, "then") || lw_is(d, k - 1, "now") || lw_is(d, k - 1, "currently") ||
             lw_is(d, k - 1, "already") || lw_is(d, k - 1, "itself")) &&
            is_punct(d, k - 2, ",") && sc->tok2m[k - 3] >= 0)
            return 1; /* "Germany, then a non-permanent member of the
                         Security Council, ..." */
        if ((lw_is(d, k, "a") || lw_is(d, k, "an")) && k >= 2 && is_punct(d, k - 1, ",") &&
            sc->tok2m[k - 2] >= 0)
            return 1; /* "Somalia, a member of the OIC, ...", "Vietnam, a
                         fellow ASEAN member, ...": an apposition says it */
        if ((lw_is(d, k, "both") || lw_is(d, k, "all")) && k >= 2 && is_punct(d, k - 1, ",") &&
            sc->tok2m[k - 2] >= 0 && k + 1 == ts)
            return 1; /* "Greece and Turkey, both members of NATO, ..." */
        if (sc->tok2m[k] >= 0)
            break; /* the subject reached */
    }
    return 0;
}

/* The start of the run of up to max words before token p that names no
 * actor ("of the decision", "on the day of the crash"); p when none. */
static size_t words_back(const doc *d, const sent_ctx *sc, size_t p, size_t max)
{
    size_t q = p;
    while (q > 1 && p - q < max && sc->tok2m[q - 1] < 0 && (TK(q - 1).flags & DN_TOK_WORD))
        q--;
    return q;
}

/* The mention that starts at token o, or right after a "the" there; -1
 * when none does. */
static int mention_from(const doc *d, const sent_ctx *sc, size_t o)
{
    if (lw_is(d, o, "the"))
        o++;
    return o < NT && sc->tok2m[o] >= 0 && d->m[sc->tok2m[o]].ts == o ? sc->tok2m[o] : -1;
}

/* The index of the sentence's first mention that is no dateline's
 * capital or agency ("DUBAI/BEIJING, March 10 (Reuters) - Saudi Arabia
 * and Iran") and no object of a preposition or owner ("In Doha, ..."), or -1. */
static int opening_mention(const doc *d)
{
    for (size_t k = 0; k < d->n_m; k++)
        if (!(d->m[k].flags & (M_CAPITAL | M_PP | M_POSS)) &&
            !(d->m[k].ts > 0 && is_punct(d, d->m[k].ts - 1, "(") && is_punct(d, d->m[k].te, ")")))
            return (int)k; /* (nor the agency: "(Reuters) -") */
    return -1;
}

/* "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha",
 * "Saudi Arabia and Iran agreed ... after four days of talks in Beijing
 * hosted by China": a meeting noun at [ts, te) after "after" or
 * "following" (and at most four words of its length: "four days of")
 * is the talks of the clause's joint subject sm[0..ns), which opens the
 * sentence's mentions and has no other actor but places between it and
 * the noun. Not when the talks are the subject of a verb of their own
 * ("after talks collapsed"). */
RARE static int talks_of_subject(doc *d, sent_ctx *sc, const int *sm, int ns, size_t ts, size_t te)
{
    size_t j = ts, e = te;
    if (ns < 2 || sm[0] != opening_mention(d) || te != ts + 1 ||
        !(lw_is(d, ts, "talks") || lw_is(d, ts, "negotiations") ||
          lw_is(d, ts, "consultations") || lw_is(d, ts, "meeting") || lw_is(d, ts, "meetings")))
        return 0;
    for (int k = 0; k < ns; k++)
        if (d->m[sm[k]].flags & (M_PP | M_POSS | M_WEAK | M_PRON))
            return 0;
    while (j > 0 && j + 5 > ts && !lw_is(d, j - 1, "after") && !lw_is(d, j - 1, "following")) {
        j--;
        if (!(TK(j).flags & DN_TOK_WORD) || sc->tok2m[j] >= 0 || (TK(j).flags & DN_TOK_CAP))
            return 0; /* ("after the Doha talks", "after Qatar's talks") */
    }
    if (j == 0 || (!lw_is(d, j - 1, "after") && !lw_is(d, j - 1, "following")))
        return 0;
    for (size_t k = d->m[sm[ns - 1]].te; k < j; k++) {
        int mk = sc->tok2m[k];
        if (mk >= 0 && d->actors[d->m[mk].actor].type != DN_ACTOR_PLACE &&
            d->actors[d->m[mk].actor].type != DN_ACTOR_STATE)
            return 0;
        if (mk >= 0 && d->actors[d->m[mk].actor].type == DN_ACTOR_STATE &&
            !lw_is(d, d->m[mk].ts - 1, "in"))
            return 0; /* (a place: "agreed in Doha"; "agreed with Qatar" no) */
        if (is_punct(d, k, ";:") || (TK(k).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
            return 0;
    }
    if ((lw_is(d, e, "in") || lw_is(d, e, "at")) && e + 1 < NT && sc->tok2m[e + 1] >= 0) {
        e = d->m[sc->tok2m[e + 1]].te; /* "talks in Doha" */
    } else if (lw_is(d, e, "in") || lw_is(d, e, "at")) {
        size_t c = e + 1 + lw_is(d, e + 1, "the");
        while (c < NT && c < e + 5 && (TK(c).flags & DN_TOK_CAP))
            c++; /* (a place the lexicon does not know) */
        e = c;
    }
    if (e < NT && (TK(e).flags & DN_TOK_WORD) && !(TK(e).flags & DN_TOK_CAP) &&
        !lw_is(d, e + 1, "by") && !has_word(d, WL_PREPOSITIONS, e) &&
        !has_word(d, WL_FUNCTION_WORDS, e))
        return 0; /* "after talks collapsed", "after talks broke down" */
    return 1;
}

/* 1 when token j is a participle of hosting a meeting ("hosted",
 * "mediated", "facilitated", ...). */
static int host_participle(doc *d, size_t j)
{
    return lw_is(d, j, "hosted") || lw_is(d, j, "mediated") || lw_is(d, j, "brokered") ||
           lw_is(d, j, "chaired") || lw_is(d, j, "organised") || lw_is(d, j, "organized") ||
           lw_is(d, j, "facilitated") || lw_is(d, j, "convened") || lw_is(d, j, "co-hosted") ||
           lw_is(d, j, "co-chaired");
}

/* The hosts of a meeting ending at te: "in talks hosted by C and D",
 * "at a meeting chaired by C", "met in Brussels, hosted by C", within 16
 * tokens of the same clause. Returns their number of mentions, put in
 * hm. */

static int hosts_after(doc *d, sent_ctx *sc, size_t te, int *hm, int max)
{
    for (size_t j = te, lim = te + 16; j + 2 < NT && j < lim; j++) {
        size_t o = j + 2;
        if (is_punct(d, j, ",") && (lw_is(d, j + 1, "in") || lw_is(d, j + 1, "at")) &&
            doc_det_at(d, j + 2)) {
            /* "met at the border post, in a fourth quadripartite summit
             * facilitated by A and B": the meeting named again */
            size_t h = j + 3;
            while (h < NT && h < j + 7 && (TK(h).flags & DN_TOK_WORD) && sc->tok2m[h] < 0 &&
                   !meeting_noun(d, h) && !lw_is(d, h, "talks"))
                h++;
            if (h < NT && (meeting_noun(d, h) || lw_is(d, h, "talks"))) {
                j = h;
                lim = h + 16;
                continue;
            }
        }
        if (is_punct(d, j, ",") && host_participle(d, j + 1) && lw_is(d, j + 2, "by"))
            continue; /* "met in Brussels on Sunday, hosted by X" */
        if (is_punct(d, j, ",;.") || (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)) ||
            lw_is(d, j, "and") || lw_is(d, j, "after") || lw_is(d, j, "before") ||
            lw_is(d, j, "then"))
            return 0; /* "met X, a week after a summit hosted by Y" */
        if (!lw_is(d, j + 1, "by") || !host_participle(d, j))
            continue;
        if (lw_is(d, o, "the"))
            o++;
        for (int k = 0; k < 2 && o + 1 < NT && sc->tok2m[o] < 0 && (TK(o).flags & DN_TOK_CAP); k++)
            o++; /* "hosted by St Vincent Prime Minister X": a place the
                    lexicon does not know */
        if (o < NT && sc->tok2m[o] >= 0 && d->m[sc->tok2m[o]].ts == o &&
            !(d->m[sc->tok2m[o]].flags & M_PRON))
            return group_right(d, sc, sc->tok2m[o], hm, max, 1);
        return 0;
    }
    return 0;
}

/* 1 when the n mentions ms all name persons (no owner: "Biden's
 * convoy"), or, with any_actor, actors of any kind that are no owners;
 * 0 when n is 0. */
static int all_persons(const doc *d, const int *ms, int n, int any_actor)
{
    for (int i = 0; i < n; i++)
        if ((d->m[ms[i]].flags & M_POSS) || lw_is(d, d->m[ms[i]].te, "'s") ||
            (d->actors[d->m[ms[i]].actor].type != DN_ACTOR_PERSON && !any_actor))
            return 0;
    return n > 0;
}

/* 1 when the mentions ms[0..n) (n > 0) are all persons, not owners, and
 * the last is followed by no naming ("called Erdogan on Friday", "called
 * him to offer"; not "called Erdogan's remarks", "called Netanyahu a
 * liar", "called him 'a terrorist'", "called Putin and his allies
 * dictators"): the end of the clause, "to", a preposition or a word of
 * time. */
static int persons_only(const doc *d, const int *ms, int n)
{
    size_t e;
    size_t h;
    /* "the leaders of both countries", "the presidents of A and B" */
    int leaders = n > 0 && (h = of_head(d, d->m[ms[0]].ts)) > 1 &&
                  has_word(d, WL_PERSON_GROUP_NOUNS, h - 1);
    if (!all_persons(d, ms, n, leaders))
        return 0;
    e = d->m[ms[n - 1]].te;
    return e >= NT || is_punct(d, e, ",.;:)") || lw_is(d, e, "and") ||
           has_word(d, WL_PREPOSITIONS, e) || lw_is(d, e, "again") || lw_is(d, e, "back") ||
           lw_is(d, e, "late") || lw_is(d, e, "early") || lw_is(d, e, "last") ||
           lw_is(d, e, "yesterday") || lw_is(d, e, "today") || lw_is(d, e, "twice");
}

/* 1 when the trigger at ts stands in a purpose clause right after the
 * sentence's last act and its object: "called Erdogan to offer his
 * condolences" ("to", a verb, then at most two words). */
RARE static int purpose_of_act(doc *d, sent_ctx *sc, size_t ts)
{
    for (size_t k = ts; k > 1 && ts - k < 4; k--) {
        size_t to = k - 1;
        int mi;
        if (sc->tok2m[to] >= 0 || !(TK(to).flags & DN_TOK_WORD))
            return 0;
        if (!lw_is(d, to, "to"))
            continue;
        if ((mi = sc->tok2m[to - 1]) < 0) {
            /* "telephoned X on the day of the crash to offer": a phrase
             * of time of up to six words after the partner */
            size_t q = words_back(d, sc, to, 6);
            if (q == to || !(lw_is(d, q, "on") || lw_is(d, q, "that") || lw_is(d, q, "later") ||
                             lw_is(d, q, "last") || lw_is(d, q, "this") || lw_is(d, q, "at") ||
                             lw_is(d, q, "over") || lw_is(d, q, "during")) ||
                (mi = sc->tok2m[q - 1]) < 0)
                return 0;
        }
        if ((d->m[mi].flags & M_PP) && d->m[mi].ts >= 2 &&
            (lw_is(d, d->m[mi].ts - 1, "in") || lw_is(d, d->m[mi].ts - 1, "at")) &&
            sc->tok2m[d->m[mi].ts - 2] >= 0)
            mi = sc->tok2m[d->m[mi].ts - 2]; /* "summoned X in Tehran to" */
        for (int j = 0; j < sc->n_prev_ta; j++)
            if (d->m[mi].actor == sc->prev_ta[j])
                return 1;
        return 0;
    }
    return 0;
}

/* 1 when the word at ts is the noun an expression verb gives before
 * it: "expressed its support for X", "reaffirmed Washington's
 * \"unwavering support\" for him" (over possessives, a name, quotation
 * marks and adjectives, at most 5 tokens). */
static int expressed_noun(doc *d, sent_ctx *sc, size_t ts)
{
    for (size_t k = ts; k > 0 && ts - k < 5; k--) {
        size_t j = k - 1;
        if (lw_is(d, j, "expressed") || lw_is(d, j, "expresses") || lw_is(d, j, "express") ||
            lw_is(d, j, "expressing") || lw_is(d, j, "reaffirming") || lw_is(d, j, "reiterating") ||
            lw_is(d, j, "voicing") || lw_is(d, j, "pledging") || lw_is(d, j, "offering") ||
            lw_is(d, j, "conveying") || lw_is(d, j, "extending") ||
            lw_is(d, j, "reaffirmed") || lw_is(d, j, "reaffirms") || lw_is(d, j, "reiterated") ||
            lw_is(d, j, "reiterates") || lw_is(d, j, "voiced") || lw_is(d, j, "pledged") ||
            lw_is(d, j, "offered") || lw_is(d, j, "conveyed") || lw_is(d, j, "extended"))
            return 1;
        if (is_punct(d, j, ",;:.") || has_word(d, WL_PREPOSITIONS, j) ||
            (sc->tok2m[j] < 0 && (TK(j).flags & DN_TOK_WORD) && trigger_here(d, sc, j)))
            return 0;
    }
    return 0;
}

static int add_edge(doc *d, int s, int t, const dn_lex_trigger *tr, size_t si,
                    const dn_sentence *sent, size_t ts, size_t te, dn_extract_stats *st);

/* 1 when trigger t introduces its object with preposition w. */
static int takes_prep(const dn_lex_trigger *t, const char *w)
{
    for (size_t k = 0; k < t->n_preps; k++)
        if (strcmp(t->preps[k], w) == 0)
            return 1;
    return 0;
}

/* 1 when the meeting noun at ts is asked for, offered or planned, not
 * held: "called for talks between", "proposed a meeting between", "urged
 * talks between" (an appeal's verb, "for", a hypothetical or a negation
 * within four tokens before it). */
static int proposed_before(doc *d, sent_ctx *sc, size_t ts)
{
    for (size_t j = ts, n = 0; j > 0 && n < 4; n++) {
        const dn_lex_trigger *pt;
        j--;
        if (lw_is(d, j, "for") || lw_is(d, j, "proposed") || lw_is(d, j, "proposes") ||
            lw_is(d, j, "propose") || lw_is(d, j, "suggested") || lw_is(d, j, "offered") ||
            lw_is(d, j, "sought") || hypothetical_at(d, j) || negation_at(d, j))
            return 1;
        if ((pt = trigger_here(d, sc, j)) != NULL && pt->type == DN_EDGE_APPEAL)
            return 1;
        if (sc->tok2m[j] >= 0 || is_punct(d, j, ",;:"))
            return 0;
    }
    return 0;
}

/* 1 when a demonym stands right before token ts after a determiner or a
 * possessive ("condemn the Russian attack on Kyiv", "its Turkish
 * counterpart"): the word at ts is then a noun, not a verb. */
static int weak_before(doc *d, sent_ctx *sc, size_t ts)
{
    int mi = sc->tok2m[ts - 1];
    size_t b;
    if (mi < 0 || !(d->m[mi].flags & M_WEAK) || d->m[mi].te != ts)
        return 0;
    b = d->m[mi].ts;
    return b > 0 && (doc_det_at(d, b - 1) || lw_is(d, b - 1, "its") || lw_is(d, b - 1, "their") ||
                     lw_is(d, b - 1, "his") || lw_is(d, b - 1, "her"));
}

/* What a meeting noun at ts is when a word before it asks for it: 1 when
 * an appeal's verb governs it ("requested consultations with Seoul",
 * "called for talks with Moscow": an appeal to the partner), -1 when it
 * is proposed or sought ("proposed a meeting with", "sought talks with":
 * no act toward anyone yet), 0 when nothing asks for it. Up to four words
 * back, stopping at an actor or punctuation. */
static int meeting_asked_for(doc *d, sent_ctx *sc, size_t ts)
{
    for (size_t j = ts, n = 0; j > 0 && n < 4; n++) {
        const dn_lex_trigger *pt;
        j--;
        if (sc->tok2m[j] >= 0 || is_punct(d, j, ",;:") || !(TK(j).flags & DN_TOK_WORD))
            return 0;
        if (lw_is(d, j, "proposed") || lw_is(d, j, "proposes") || lw_is(d, j, "propose") ||
            lw_is(d, j, "suggested") || lw_is(d, j, "offered") || lw_is(d, j, "sought") ||
            lw_is(d, j, "seeks") || lw_is(d, j, "seek") || lw_is(d, j, "seeking"))
            return -1;
        if ((pt = trigger_here(d, sc, j)) != NULL && pt->type == DN_EDGE_APPEAL)
            return 1;
    }
    return 0;
}

/* "talks between A and B", "a meeting between A, B and C": each pair of
 * the parties named after "between" at te met. 0, or -1 on ENOMEM. */
RARE static int between_parties(doc *d, sent_ctx *sc, size_t si, const dn_sentence *sent, size_t ts,
                           size_t te, const dn_lex_trigger *t, dn_extract_stats *st)
{
    int pm[GROUP_MAX], pa[GROUP_MAX * 2], n, mi = mention_from(d, sc, te + 1);
    if (mi < 0)
        return 0;
    n = group_right(d, sc, mi, pm, GROUP_MAX, 1);
    for (int i = 0; i < n; i++)
        if (d->m[pm[i]].flags & M_WEAK)
            return 0; /* "between the Russian and Azerbaijani presidents":
                         an adjective is no party */
    n = actors_of(d, pm, n, pa, GROUP_MAX * 2, t->type, 1, -1);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (add_edge(d, pa[i], pa[j], t, si, sent, ts, te, st) != 0)
                return -1;
    return 0;
}

/* The claimant a rejection's subject mention sm answers when that
 * subject opens a clause about the sentence's own claim: "..., which
 * Islamabad denies", "..., a link Tokyo denies": the sentence's first
 * actor that stands as a subject, put in ta[0]; returns 1, or 0. */
RARE static int claimant_before(doc *d, int sm, size_t te, int *ta)
{
    size_t b = d->m[sm].ts;
    int claim = 0;
    int semi = (b >= 1 && is_punct(d, b - 1, ";")) ||
               (b >= 2 && doc_det_at(d, b - 1) && is_punct(d, b - 2, ";"));
    if (!(b > 0 && lw_is(d, b - 1, "which")) &&
        !(b >= 3 && (TK(b - 1).flags & DN_TOK_WORD) && !(TK(b - 1).flags & DN_TOK_CAP) &&
          doc_det_at(d, b - 2) && is_punct(d, b - 3, ",")) &&
        !semi)
        return 0; /* (also "X claimed that ...; the Spanish Foreign
                     Minister, Ana Palacio, denied it") */
    /* the rejection ends its clause, and a claim was made before it (a
     * speech verb, "calls", "accused"): not "which Pakistan denies
     * attending", not "signed the accord, which Russia rejects"; after a
     * semicolon the claim may be said again ("...; Y denied that any
     * search had taken place") */
    te += te < NT && (lw_is(d, te, "it") || lw_is(d, te, "this"));
    if (te < NT && !is_punct(d, te, ",.;:") && !(semi && lw_is(d, te, "that")))
        return 0;
    for (size_t k = 0; k < b && !claim; k++)
        claim = has_word(d, WL_SPEECH, k) || has_word(d, WL_CLAIM_VERBS, k) ||
                lw_is(d, k, "calls") || lw_is(d, k, "called") || lw_is(d, k, "accused") ||
                lw_is(d, k, "accuses") || lw_is(d, k, "alleged");
    if (!claim)
        return 0;
    for (size_t k = 0; k < d->n_m && d->m[k].ts < b; k++) {
        const mention *m = &d->m[k];
        if (m->flags & (M_PP | M_POSS | M_MOD | M_WEAK | M_OBJ | M_PRON))
            continue;
        if (m->actor == d->m[sm].actor)
            return 0;
        ta[0] = m->actor;
        return 1;
    }
    return 0;
}

/* The claimant a rejection names after it: "denied that its soldiers
 * helped the killers, as Kigali alleges" (the actor of the mention after
 * "as", followed by a verb of claiming), put in ta[0]; returns 1, or 0. */
RARE static int claimant_after(doc *d, sent_ctx *sc, size_t te, int *ta)
{
    for (size_t j = te; j + 2 < NT; j++) {
        int mi;
        size_t e;
        if (!lw_is(d, j, "as") || (mi = sc->tok2m[j + 1]) < 0 || d->m[mi].ts != j + 1)
            continue;
        e = d->m[mi].te;
        if (has_word(d, WL_CLAIM_VERBS, e) && !(d->m[mi].flags & (M_PRON | M_GROUP))) {
            ta[0] = d->m[mi].actor;
            return 1;
        }
    }
    return 0;
}

/* 1 when each of the mentions ms[0..n) is an owner ("Moscow's"). */
static int owners_only(const doc *d, const int *ms, int n)
{
    for (int i = 0; i < n; i++) {
        const mention *m = &d->m[ms[i]];
        size_t h = m->te; /* the noun a demonym qualifies, one word on at most */
        if ((m->flags & M_WEAK) && h + 1 < NT && !has_word(d, WL_INITIATIVE_NOUNS, h))
            h++;
        if (!(m->flags & M_POSS) && !((m->flags & M_WEAK) && has_word(d, WL_INITIATIVE_NOUNS, h)))
            return 0; /* (or "the Russian initiative", "the French peace plan") */
    }
    return 1;
}

/* 1 when "called on" at [ts, te) with the persons tm[0..n) as objects is
 * a visit paid to them, no appeal: nothing asked of them follows ("to"
 * and a verb, "for") before the clause ends ("During the visit he called
 * on the Chief Adviser, Professor Muhammad Yunus, and on the Foreign
 * Affairs Adviser."; a relative clause after a comma asks nothing). */
static int call_on_visit(doc *d, size_t ts, size_t te, const int *tm, int n)
{
    size_t j;
    if (te < ts + 2 || memcmp(TK(ts).lower, "call", 4) != 0 ||
        !(lw_is(d, te - 1, "on") || lw_is(d, te - 1, "upon")))
        return 0;
    for (int k = 0; k < n; k++)
        if (d->actors[d->m[tm[k]].actor].type != DN_ACTOR_PERSON || (d->m[tm[k]].flags & M_PRON))
            return 0;
    for (j = d->m[tm[n - 1]].te; j < NT && j < d->m[tm[n - 1]].te + 12; j++) {
        if (is_punct(d, j, ".;:?!"))
            return 1;
        if (is_punct(d, j, ",") && (lw_is(d, j + 1, "where") || lw_is(d, j + 1, "who") ||
                                    lw_is(d, j + 1, "which") || lw_is(d, j + 1, "when")))
            return 1; /* "call on Mattarella at the Quirinale palace, where
                         he will hand over a letter ... inviting him to" */
        if (lw_is(d, j, "to") || lw_is(d, j, "for") || lw_is(d, j, "not") ||
            has_word(d, WL_SPEECH, j) || lw_is(d, j, "that"))
            return 0;
    }
    return j >= NT;
}

/* The owner of what a trigger with an owner type takes as its object
 * when it is a noun with "of" or "by": "welcomed the decision of
 * President Habibie", "welcomed the statement of 12 September by the
 * President of Indonesia", "the offer of a Member State, Australia".
 * Returns the owner's mention, or -1, and in *noun the noun owned. */
static int owner_of_object(doc *d, sent_ctx *sc, size_t te, size_t *noun)
{
    size_t j = te + doc_det_at(d, te);
    for (size_t n = 0; j < NT && n < 7; j++, n++) {
        size_t o;
        int mi;
        if (sc->tok2m[j] >= 0 || !(TK(j).flags & DN_TOK_WORD) || has_word(d, WL_CLAUSE_BREAKS, j))
            return -1;
        if (!lw_is(d, j, "of") && !lw_is(d, j, "by") && !lw_is(d, j, "between"))
            continue; /* ("welcomed the rapprochement between A and B") */
        if (n == 0)
            return -1; /* "hosted by X" names no noun owned */
        *noun = j - 1;
        if (lw_is(d, j, "by") && n >= 2 &&
            (lw_is(d, j - 1, "made") || lw_is(d, j - 1, "taken") || lw_is(d, j - 1, "shown") ||
             lw_is(d, j - 1, "played") || lw_is(d, j - 1, "undertaken")))
            *noun = j - 2; /* "the efforts made by President Jagdeo": the
                              efforts are his */
        o = j + 1;
        if (doc_det_at(d, o))
            o++;
        for (size_t k = o; k < NT && k < o + 3; k++) {
            if ((mi = sc->tok2m[k]) >= 0)
                return d->m[mi].ts == k ? mi : -1;
            if (is_punct(d, k, ",")) /* "a Member State, Australia" */
                return k + 1 < NT && (mi = sc->tok2m[k + 1]) >= 0 ? mi : -1;
            if (!(TK(k).flags & DN_TOK_WORD))
                break;
        }
    }
    return -1;
}

/* The first actor of the sentence before, when of another state than
 * the rejecting subject's (subj): whose claim "this assertion" or "the
 * accusation" is; else -1. */
static int prev_claimant(const doc *d, int subj)
{
    int pa = d->si[d->cur_sent - 1].first_subj, ss = d->actors[subj].state;
    return pa >= 0 && pa != subj && ss >= 0 && d->actors[pa].state >= 0 && d->actors[pa].state != ss
               ? pa
               : -1;
}

/* 1 when the noun after the trigger ending at te ("dismissed the
 * government of X") is an office or a body: what is dismissed is the
 * office's holders, not a claim. */
static int office_object(doc *d, size_t te)
{
    return doc_office_at(d, te + doc_det_at(d, te));
}

/* "Ethiopia's foreign ministry called the Mekele raid a barbaric act",
 * "The EU condemned the shelling": a judgement of an attack named by a
 * noun right after the trigger ending at te blames the author of the last
 * attack read, as its state (not the judge's own state); -1 when there is
 * none. */
RARE static int attacker_judged(doc *d, sent_ctx *sc, size_t te, int judge)
{
    int a = d->last_attacker, st;
    if (a < 0)
        return -1;
    for (size_t j = te + doc_det_at(d, te), n = 0; j < NT && n < 3; j++, n++) {
        const dn_lex_trigger *tr = trigger_here(d, sc, j);
        if (tr && tr->type == DN_EDGE_ATTACK && (TK(j).flags & DN_TOK_WORD)) {
            st = d->actors[a].state;
            if (st >= 0)
                a = doc_state_actor(d, st);
            return a >= 0 && st != d->actors[judge].state ? a : -1;
        }
        if (!(TK(j).flags & DN_TOK_WORD) || (sc->tok2m[j] >= 0 && d->actors[d->m[sc->tok2m[j]].actor].type != DN_ACTOR_PLACE))
            return -1; /* ("the Mekele raid": a place may name it) */
    }
    return -1;
}

/* 1 when tokens [a, b) are all words (no punctuation). */
static int words_only(const doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < NT; k++)
        if (!(TK(k).flags & DN_TOK_WORD))
            return 0;
    return 1;
}

/* 1 when the meeting trigger at [ts, te) opens the sentence in a phrase
 * of time before its main clause: "At a meeting with X,", "During their
 * meeting with X,", "After meeting X,", "Speaking after meeting X,"
 * (not "Before meeting X", not "ahead of a meeting with X": yet to come). */
static int fronted_meeting(doc *d, const dn_lex_trigger *t, size_t ts, size_t te)
{
    size_t p = ts;
    if ((t->type != DN_EDGE_MEETING && t->type != DN_EDGE_CALL) || !t->symmetric || ts < 1)
        return 0;
    if (p >= 4 && lw_is(d, p - 1, "of") && (TK(p - 2).flags & DN_TOK_WORD) &&
        !(TK(p - 2).flags & DN_TOK_CAP) && doc_det_at(d, p - 3) &&
        (lw_is(d, p - 4, "after") || lw_is(d, p - 4, "following")))
        p -= 3; /* "After a series of telephone conversations with X" */
    if (lw_is(d, p - 1, "after") || lw_is(d, p - 1, "following")) {
        p--; /* "After meeting X" */
    } else {
        size_t w = te > ts + 1 && lw_is(d, te - 1, "with") ? te - 1 : te; /* ("a call with") */
        while (w < NT && w < te + 6 && !lw_is(d, w, "with") && !is_punct(d, w, ",;:"))
            w++; /* "his meeting in Washington this week with X" */
        if (!(doc_det_at(d, p - 1) || lw_is(d, p - 1, "their") || lw_is(d, p - 1, "his") ||
              lw_is(d, p - 1, "her")) ||
            !lw_is(d, w, "with") || p < 2)
            return 0;
        p -= 2; /* "At a meeting with X" */
        if (!(lw_is(d, p, "at") || lw_is(d, p, "during") || lw_is(d, p, "in") ||
              lw_is(d, p, "after") || lw_is(d, p, "following")))
            return 0;
    }
    if ((p > 1 && !lw_is(d, p - 1, "that")) || (p == 1 && !lw_is(d, 0, "speaking")))
        return 0; /* (or opening a clause said: "said that during his
                     meeting with X he had urged them") */
    return 1;
}

/* 1 when the mention at [ms, me) is whom a report is addressed to, not
 * the topic of the clause whose "be" stands at be: "told Kenya the
 * strikes were illegal", "In a letter to Kenya, he said the strikes were
 * illegal" (a speech verb before it or between it and the "be", or
 * "to" before it). */
static int addressee_before_report(doc *d, size_t ms, size_t me, size_t be)
{
    ms -= ms > 0 && doc_det_at(d, ms - 1); /* "told the Indian parliament" */
    if (ms > 0 && ((has_word(d, WL_SPEECH, ms - 1) && !lw_is(d, ms - 1, "said") &&
                    !lw_is(d, ms - 1, "says") && !lw_is(d, ms - 1, "say")) ||
                   lw_is(d, ms - 1, "to")))
        return 1; /* ("told X", not "said X's behaviour was": its subject) */
    for (size_t j = me; j < be && j < NT; j++)
        if (has_word(d, WL_SPEECH, j))
            return 1;
    return 0;
}

/* 1 when the verb at j (after an adverb) states a fact, not what is
 * asked: "had acted", "was", "acted" (a demand takes "withdraw", "must
 * withdraw", "be held"). */
static int fact_verb_at(const doc *d, size_t j)
{
    if (j < NT && is_ly(d, j))
        j++;
    return j < NT && (lw_is(d, j, "had") || lw_is(d, j, "has") || lw_is(d, j, "was") ||
                      lw_is(d, j, "were") || lw_is(d, j, "is") || lw_is(d, j, "are") ||
                      lw_is(d, j, "did") || lw_is(d, j, "does") || doc_ends_ed(d, j));
}

/* 1 when ", asking/urging/calling on ..." (an appeal's participle)
 * follows the object ending at j, with up to three words of time or
 * place between: what a letter or a message said. */
static int ing_appeal_at(doc *d, sent_ctx *sc, size_t j)
{
    const dn_lex_trigger *pt;
    if (j >= NT || !doc_ends_ing(d, j))
        return 0;
    pt = trigger_here(d, sc, j);
    return pt && pt->type == DN_EDGE_APPEAL;
}

static int appeal_follows(doc *d, sent_ctx *sc, size_t j)
{
    if (lw_is(d, j, "of") && j + 1 < NT && sc->tok2m[j + 1] >= 0)
        j = d->m[sc->tok2m[j + 1]].te; /* "sent the President of Russia a
                                          message asking him" */
    if (ing_appeal_at(d, sc, j))
        return 1; /* "wrote to the Council asking it to ...": no comma */
    for (size_t n = 0; j < NT && n < 4 && !is_punct(d, j, ","); j++, n++) {
        if (sc->tok2m[j] >= 0 || !(TK(j).flags & DN_TOK_WORD))
            return 0;
        if (n > 0 && n < 3 && doc_det_at(d, j - n) && ing_appeal_at(d, sc, j))
            return 1; /* "sent X a message asking him to ..." */
    }
    return j < NT && is_punct(d, j, ",") && ing_appeal_at(d, sc, j + 1);
}

/* 1 when token j is a noun of list wl, a common noun with no owner
 * after it ("of X", "by X", "'s"): "the remarks", "the move". */
static int bare_noun_at(doc *d, sent_ctx *sc, size_t j, enum doc_list wl)
{
    return has_word(d, wl, j) && sc->tok2m[j] < 0 && !lw_is(d, j + 1, "of") && !lw_is(d, j + 1, "by") &&
           !doc_tx_is(d, j + 1, "'s");
}

/* "Kono calls the remark 'extremely rude'", "Duterte called the remarks
 * an insult": a blame label on words said ("the remark(s)", "the
 * comments", "the statement", "the tweet") is aimed at the person named
 * last before the judge's sentence's trigger who is not the judge and not
 * of the judge's state, named in this sentence or the two before; -1 when
 * none is. */
RARE static int speaker_judged(doc *d, sent_ctx *sc, size_t te, int judge)
{
    size_t j = te, k;
    int js = d->actors[judge].state;
    if (!lw_is(d, j, "the") && !lw_is(d, j, "these") && !lw_is(d, j, "those") &&
        !lw_is(d, j, "such"))
        return -1;
    if (!bare_noun_at(d, sc, j + 1, WL_REMARK_NOUNS))
        return -1; /* (an owner named: other rules) */
    for (k = 0; k < 6; k++) {
        int a = d->recent_person[k];
        if (a < 0 || d->cur_sent - d->recent_sent[k] > 2)
            break;
        if (a == judge || (js >= 0 && d->actors[a].state == js))
            continue;
        return a;
    }
    return -1;
}

/* "Ankara condemned the move as provocative", "called the decision a
 * betrayal": a judgement of a step named by a bare noun ("the move",
 * "the decision", "the step", "the decree", "the measures") is aimed at
 * the subject of the last act read, when that is neither the judge nor
 * of the judge's state; -1 otherwise. */
RARE static int mover_judged(doc *d, sent_ctx *sc, size_t te, int judge, int offers)
{
    size_t j = te;
    int a = d->last_subject, js = d->actors[judge].state;
    if (!lw_is(d, j, "the") && !lw_is(d, j, "this") && !lw_is(d, j, "that"))
        return -1;
    if (!(bare_noun_at(d, sc, j + 1, WL_STEP_NOUNS) ||
          (offers && bare_noun_at(d, sc, j + 1, WL_INITIATIVE_NOUNS))) ||
        lw_is(d, j + 2, "to"))
        return -1; /* (an owner named, or "the decision to ...": other rules;
                      "welcomed the offer" is the offer's maker's too) */
    if (a < 0 || a == judge || (js >= 0 && d->actors[a].state == js) ||
        d->actors[a].type == DN_ACTOR_PLACE)
        return -1;
    return a;
}

/* The person who reports, before the mention at token ms, that his own
 * state st did something: the subject of the nearest speech verb before
 * it ("Macron told the ambassadors that France supported Bazoum"), when a
 * person of that state; -1 otherwise. */
RARE static int own_state_speaker(doc *d, sent_ctx *sc, size_t ms, int st)
{
    int tmp[1];
    for (size_t j = ms; j > 0; j--) {
        if (is_punct(d, j - 1, ";"))
            return -1;
        if (!has_word(d, WL_SPEECH, j - 1))
            continue;
        if (subject_left(d, sc, j - 1, -1, tmp, 1) == 1 &&
            d->actors[d->m[tmp[0]].actor].type == DN_ACTOR_PERSON &&
            d->actors[d->m[tmp[0]].actor].state == st)
            return d->m[tmp[0]].actor;
        return -1;
    }
    return -1;
}

/* 1 when the trigger at ts opens its sentence, after a list item's number
 * or bullet and adverbs at most ("2. Strongly condemns ..."). */
static int item_opening(doc *d, size_t ts)
{
    for (size_t j = 0; j < ts; j++)
        if (!(is_punct(d, j, ".-*") || (TK(j).len <= 3 && isdigit((unsigned char)TK(j).text[0])) ||
              is_ly(d, j) || lw_is(d, j, "also") || lw_is(d, j, "further") ||
              (TK(j).len == 3 && (unsigned char)TK(j).text[0] == 0xE2)))
            return 0;
    return 1;
}

/* 1 when a plural reference to earlier targets follows the trigger
 * ending at te: "them", "both" ("both ministers"), "the two" ("the two
 * allies"), "each of them". */
static int plural_object(const doc *d, size_t te)
{
    return lw_is(d, te, "them") || lw_is(d, te, "both") ||
           (lw_is(d, te, "the") && lw_is(d, te + 1, "two")) ||
           (lw_is(d, te, "each") && lw_is(d, te + 1, "of") && lw_is(d, te + 2, "them"));
}

/* 1 when token k ends a participle of doing a deed ("incited",
 * "carried out", "orchestrated"): its agent did what is condemned. */
static int perpetrated_at(const doc *d, size_t k)
{
    if (lw_is(d, k, "out"))
        return k > 0 && lw_is(d, k - 1, "carried");
    return has_word(d, WL_DEED_PARTICIPLES, k);
}

/* 1 when the mention starting at ms is what an act is aimed at, not its
 * doer: "threats against (a member of) X", "attacks on X". */
static int patient_at(const doc *d, size_t ms)
{
    size_t o = ms - (ms > 0 && doc_det_at(d, ms - 1));
    if (o >= 3 && lw_is(d, o - 1, "of") &&
        (lw_is(d, o - 2, "member") || lw_is(d, o - 2, "members")))
        o -= 2 + (o >= 3 && doc_det_at(d, o - 3));
    return o > 0 && (lw_is(d, o - 1, "against") || lw_is(d, o - 1, "on") ||
                     lw_is(d, o - 1, "toward") || lw_is(d, o - 1, "towards"));
}

/* 1 when the word at ts follows a determiner ("the", "a", "these", "its",
 * "their") and one adjective, or adjectives joined by "and" or a comma
 * ("a cowardly and excessive attack"): lower-case words of three letters
 * or more, not ending in s (a plural noun would make the word a verb:
 * "the rebels attacks"), and no actor. */
static int adjectives_after_det(doc *d, sent_ctx *sc, size_t ts)
{
    size_t k = ts;
    int adj = 0;
    while (k > 1 && adj < 4) {
        size_t w = k - 1;
        if (adj > 0 && (lw_is(d, w, "and") || is_punct(d, w, ","))) {
            k--;
            continue;
        }
        if (sc->tok2m[w] >= 0 || !(TK(w).flags & DN_TOK_WORD) || (TK(w).flags & DN_TOK_CAP) ||
            TK(w).len <= 2 || TK(w).lower[TK(w).len - 1] == 's' || doc_det_at(d, w))
            break;
        adj++;
        k--;
        if (k > 0 && (doc_det_at(d, k - 1) || lw_is(d, k - 1, "these") ||
                      lw_is(d, k - 1, "its") || lw_is(d, k - 1, "their")))
            return 1;
    }
    return 0;
}

/* "said Armenia had carried out another provocation", "X has committed
 * aggression": the doer of a deed named by the noun trigger at ts, the
 * actor right before the verb of doing (a perfect auxiliary between
 * them), the noun after at most a determiner and one adjective; the
 * mention's index or -1. */
RARE static int deed_doer(doc *d, sent_ctx *sc, size_t ts)
{
    size_t k = ts, skipped = 0;
    while (k > 0 && skipped < 2 && sc->tok2m[k - 1] < 0 && (TK(k - 1).flags & DN_TOK_WORD) &&
           !(TK(k - 1).flags & DN_TOK_CAP) && !perpetrated_at(d, k - 1) &&
           !has_word(d, WL_PREPOSITIONS, k - 1))
        k--, skipped++; /* "another", "a new", "a large-scale" */
    if (k == 0 || !perpetrated_at(d, k - 1))
        return -1;
    k -= lw_is(d, k - 1, "out") ? 2 : 1;
    if (k > 0 && perfect_aux(d, k - 1))
        k--;
    if (k == 0 || sc->tok2m[k - 1] < 0 || (d->m[sc->tok2m[k - 1]].flags & (M_PP | M_POSS)))
        return -1;
    return sc->tok2m[k - 1];
}

/* "condemned the strikes carried out this morning by the United States
 * and Britain", "condemned the violation of its airspace by Iran": an
 * accusation whose object names no actor is aimed at the agent "by"
 * names after it, in the same clause (up to 10 tokens, no other actor,
 * relative pronoun or speech verb before it), or in a passive relative
 * clause of doing ("the shooting, which it says was incited by X").
 * Returns the number of mentions put in tm. */
RARE static int agent_of_object(doc *d, sent_ctx *sc, size_t te, int *tm, int max)
{
    size_t n;
    for (size_t j = te; j < NT && j < te + 10; j++) {
        if (is_punct(d, j, ",") && lw_is(d, j + 1, "which")) {
            /* "condemns the shooting, which it says was incited by official
             * Belgrade": the agent of a passive relative clause */
            for (size_t k = j + 2; k < NT && k < j + 14; k++) {
                int mk = sc->tok2m[k];
                if (is_punct(d, k, ",;:.") || (mk >= 0 && !(d->m[mk].flags & M_PRON)))
                    return 0;
                if (lw_is(d, k, "by")) {
                    int mi = mention_from(d, sc, k + 1 + lw_is(d, k + 1, "official"));
                    return mi >= 0 && !(d->m[mi].flags & M_PRON) && perpetrated_at(d, k - 1)
                               ? group_right(d, sc, mi, tm, max, 1)
                               : 0;
                }
            }
            return 0;
        }
        if (lw_is(d, j, "and") && j + 1 < NT && lw_is(d, j + 1, "the") && sc->tok2m[j + 2] < 0)
            continue; /* "the blocking of roads and the shooting, which ..." */
        if (lw_is(d, j, "and") && j > te && j + 1 < NT && sc->tok2m[j - 1] < 0 &&
            sc->tok2m[j + 1] < 0 && (TK(j + 1).flags & DN_TOK_WORD) &&
            !(TK(j + 1).flags & DN_TOK_CAP) && !(TK(j - 1).flags & DN_TOK_CAP) &&
            !has_word(d, WL_FUNCTION_WORDS, j + 1))
            continue; /* "a cowardly and excessive attack by X" */
        if (j == te && (n = what_called_at(d, j)) > 0) {
            j += n - 1; /* "condemned what he called a cowardly attack by X" */
            continue;
        }
        if (sc->tok2m[j] >= 0 || is_punct(d, j, ",;:.") || lw_is(d, j, "and"))
            return 0;
        if (lw_is(d, j, "that") || lw_is(d, j, "which") || lw_is(d, j, "who") ||
            has_word(d, WL_SPEECH, j))
            return 0;
        if (lw_is(d, j, "of") && j > te) {
            /* "condemn the attacks of the Rapid Support Forces on the
             * Zamzam camp": an attack's "of X" before its "on Y" is its
             * author (but "the shelling of Kharkiv" is what was hit) */
            const dn_lex_trigger *at = trigger_here(d, sc, j - 1);
            int mi = mention_from(d, sc, j + 1);
            if (at && at->type == DN_EDGE_ATTACK && mi >= 0 && !(d->m[mi].flags & M_PRON) &&
                d->actors[d->m[mi].actor].type != DN_ACTOR_PLACE &&
                (lw_is(d, d->m[mi].te, "on") || lw_is(d, d->m[mi].te, "against")))
                return group_right(d, sc, mi, tm, max, 1);
            continue; /* ("the violation of its airspace by Iran") */
        }
        if (lw_is(d, j, "by")) {
            int mi = mention_from(d, sc, j + 1);
            if (mi < 0 && lw_is(d, j + 1, "the") && j + 3 < NT && sc->tok2m[j + 2] < 0 &&
                (TK(j + 2).flags & DN_TOK_WORD) && !(TK(j + 2).flags & DN_TOK_CAP) &&
                !has_word(d, WL_FUNCTION_WORDS, j + 2) && !has_word(d, WL_PREPOSITIONS, j + 2))
                mi = mention_from(d, sc, j + 3); /* "passed by the ruling Georgian
                                                    Dream party" */
            return mi >= 0 && !(d->m[mi].flags & M_PRON) ? group_right(d, sc, mi, tm, max, 1) : 0;
        }
    }
    return 0;
}

/* "demanded that A withdraw from X and that B end its strikes": an appeal
 * whose trigger ends with "that" asks the subject of a second clause
 * joined by "and that" too. Adds its mentions to tm[nt..max) from token
 * j on (the first clause's last object, or the trigger's end); returns the
 * new count. */
RARE static int and_that_objects(doc *d, sent_ctx *sc, size_t j, int *tm, int nt, int max)
{
    for (; j + 2 < NT && nt < max; j++) {
        size_t k;
        int mi;
        if (is_punct(d, j, ";:.") || (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)))
            break;
        if (!lw_is(d, j, "and") || !lw_is(d, j + 1, "that"))
            continue;
        k = j + 2 + doc_det_at(d, j + 2);
        mi = k < NT ? sc->tok2m[k] : -1;
        if (mi >= 0 && d->m[mi].ts == k && !(d->m[mi].flags & (M_PP | M_POSS | M_PRON)))
            nt += group_right(d, sc, mi, tm + nt, max - nt, 0);
        break;
    }
    return nt;
}

/* The teller of a report that an act of the sentence was done to the
 * teller's own side: "spokesperson Wang Wenbin said the United States had
 * smeared and attacked China", "the ministry said Ukrainian drones had
 * attacked Russia". The subject mentions sm[0..ns) of the act stand after
 * a speech verb whose own subject is the teller; every target ta[0..nta)
 * is a state or an organisation of the teller's state (not a person, not
 * a place: "said X had shelled the town of Y" reports an attack only).
 * Returns the teller's actor, or -1. */
static int reported_against_teller(doc *d, sent_ctx *sc, const int *sm, int ns, const int *ta,
                                   int nta, const int *sa, int nsa)
{
    int tm[GROUP_MAX], teller = -1, st;
    size_t first;
    if (ns == 0 || nta == 0)
        return -1;
    first = d->m[sm[0]].ts;
    for (size_t k = first; k-- > 0;) {
        if (sc->tok2m[k] >= 0)
            return -1; /* the nearest speech verb before the act's subject */
        if (!has_word(d, WL_SPEECH, k))
            continue;
        if (k == 0 || subject_left(d, sc, k, -1, tm, GROUP_MAX) != 1)
            return -1;
        teller = d->m[tm[0]].actor;
        break;
    }
    if (teller < 0)
        return -1;
    st = d->actors[teller].state;
    if (st < 0)
        return -1;
    for (int x = 0; x < nsa; x++)
        if (sa[x] == teller || d->actors[sa[x]].state == st)
            return -1;
    for (int y = 0; y < nta; y++) {
        const doc_actor *a = &d->actors[ta[y]];
        if (a->state != st || (a->type != DN_ACTOR_STATE && a->type != DN_ACTOR_ORGANIZATION))
            return -1;
    }
    return teller;
}

/* t with another type, and that type's CAMEO code and Goldstein weight,
 * in *ot (t may be ot itself); returns ot. */
static const dn_lex_trigger *retyped(dn_lex_trigger *ot, const dn_lex_trigger *t, dn_edge_type ty)
{
    if (ot != t)
        *ot = *t;
    ot->type = ty;
    ot->cameo = (char *)dn_edge_type_cameo(ty);
    ot->goldstein = dn_edge_type_goldstein(ty);
    return ot;
}

/* "A told B in a telephone call", "A warned B during an hour-long
 * call", "A had earlier asked B in a telephone conversation": a call or
 * meeting with no object, after "in/during/over a", is between the
 * subject of the verb before it (a speech verb or a trigger's) and whom
 * that verb addresses; one that opens the sentence ("In a phone call on
 * Friday, A told B that ...") between the subject after its comma and
 * whom that subject's verb addresses. Puts them in sm and tm; returns 1,
 * 2 for the opening call (whose B the verb after takes as its object
 * too), or 0. */
static int told_in_call(doc *d, sent_ctx *sc, size_t ts, int *sm, int *ns, int *tm, int *nt)
{
    size_t p = ts, v;
    int ma, mb, told = 0;
    const dn_lex_trigger *vt;
    if (p > 0 && !(TK(p - 1).flags & DN_TOK_CAP) && !doc_det_at(d, p - 1) && sc->tok2m[p - 1] < 0)
        p--; /* "an hour-long call" */
    if (p == 0 || !doc_det_at(d, p - 1))
        return 0;
    p--;
    if (p >= 1 && p - 1 <= 1 && (lw_is(d, p - 1, "in") || lw_is(d, p - 1, "during")) &&
        (p - 1 == 0 || !(TK(0).flags & DN_TOK_WORD))) {
        /* "In a phone call on Friday, Blinken told Wang Yi that ...": a
         * call that opens the sentence is its subject's with the object
         * of the speech verb after the comma */
        size_t c = ts + 1;
        while (c < NT && c < ts + 8 && !is_punct(d, c, ",;:.") && sc->tok2m[c] < 0)
            c++;
        if (!is_punct(d, c, ",") || (ma = mention_from(d, sc, c + 1)) < 0 ||
            (d->m[ma].flags & (M_PP | M_POSS | M_PRON)))
            return 0;
        v = d->m[ma].te;
        if (!has_word(d, WL_SPEECH, v) &&
            ((vt = trigger_here(d, sc, v)) == NULL || vt->noun ||
             (vt->type != DN_EDGE_STATEMENT && vt->type != DN_EDGE_APPEAL)))
            return 0;
        if ((mb = mention_from(d, sc, v + 1)) < 0 || (d->m[mb].flags & (M_PP | M_POSS)))
            return 0;
        sm[0] = ma;
        *ns = 1;
        tm[0] = mb;
        *nt = 1;
        return 2; /* (the speech verb's object stays free for it) */
    }
    if (p < 3 || !(lw_is(d, p - 1, "in") || lw_is(d, p - 1, "during") || lw_is(d, p - 1, "over")))
        return 0;
    p--;
    {
        /* "informed B of the decision in a telephone call": what was
         * told, "of/about/on" and up to four words, may stand between
         * (after a speech verb only, checked below) */
        size_t q = words_back(d, sc, p, 5);
        if (q < p && (lw_is(d, q, "of") || lw_is(d, q, "about") || lw_is(d, q, "on"))) {
            p = q;
            told = 1;
        }
    }
    if ((mb = sc->tok2m[p - 1]) < 0 || d->m[mb].ts < 2)
        return 0;
    v = d->m[mb].ts - 1;
    if (v > 0 && (lw_is(d, v, "his") || lw_is(d, v, "her") || lw_is(d, v, "the")))
        v--; /* "told his counterpart" */
    /* a speech verb, or a statement's or an appeal's ("asked", "urged");
     * not an accusation or an attack "in a video call" */
    if (!has_word(d, WL_SPEECH, v) &&
        (told || (vt = trigger_here(d, sc, v)) == NULL || vt->noun ||
         (vt->type != DN_EDGE_STATEMENT && vt->type != DN_EDGE_APPEAL)))
        return 0;
    if (subject_left(d, sc, v, mb, &ma, 1) != 1 || (d->m[ma].flags & (M_PP | M_OBJ)))
        return 0;
    sm[0] = ma;
    *ns = 1;
    tm[0] = mb;
    *nt = 1;
    return 1;
}

/* 1 when the sentence, besides the meeting trigger at [ts, te), has
 * another meeting verb and names a person of state st (no pronoun): the
 * host of a visit to st ("visited Beijing and met President Xi"). */
RARE static int host_named(doc *d, sent_ctx *sc, size_t ts, size_t te, int st)
{
    int person = 0, other = 0;
    const dn_lex_trigger *tr;
    if (st < 0)
        return 0;
    for (size_t j = 0; j < NT && !(person && other); j++) {
        int mi = sc->tok2m[j];
        if (mi >= 0) {
            if (d->m[mi].ts == j && !(d->m[mi].flags & (M_PRON | M_GROUP)) &&
                d->actors[d->m[mi].actor].type == DN_ACTOR_PERSON &&
                d->actors[d->m[mi].actor].state == st)
                person = 1;
            continue;
        }
        if ((j < ts || j >= te) && (d->tokmask[j] & DN_LEX_MASK_TRIGGER) &&
            (tr = trigger_here(d, sc, j)) &&
            tr->type == DN_EDGE_MEETING && !tr->noun)
            other = 1;
    }
    return person && other;
}

/* 1 when the word at ts is a noun after a determiner, one word or an
 * actor's name between at most ("a meeting", "a Cabinet meeting", "the
 * Kremlin meeting"). */
static int noun_after_det(doc *d, sent_ctx *sc, size_t ts)
{
    size_t k = ts - 1;
    if (ts == 0)
        return 0;
    if (doc_det_at(d, k))
        return 1;
    if (sc->tok2m[k] >= 0)
        k = d->m[sc->tok2m[k]].ts;
    return k > 0 && doc_det_at(d, k - 1);
}

/* The author of a statement that is the subject of the trigger at ts:
 * "Its statement blames X", "their joint communique called on Y" (a
 * statement noun, an adjective at most before it, after "its" or "their"
 * at the head of the sentence or after a comma): the last state or
 * organisation read; else -1. */
static int document_owner(doc *d, size_t ts)
{
    size_t k = ts, o;
    int a = d->last_nonperson;
    if (d->last_subject >= 0 && (d->actors[d->last_subject].type == DN_ACTOR_STATE ||
                                 d->actors[d->last_subject].type == DN_ACTOR_ORGANIZATION))
        a = d->last_subject; /* the subject of the sentence before ("the
                                ministry recalled its ambassador [...] Its
                                statement accused"), not the last actor
                                read, which may be of this sentence */
    while (k > 0 && (is_ly(d, k - 1) || lw_is(d, k - 1, "also")))
        k--;
    if (k == 0 || !has_word(d, WL_STATEMENT_HEADS, k - 1))
        return -1;
    o = k - 1;
    if (o > 0 && !(lw_is(d, o - 1, "its") || lw_is(d, o - 1, "their")) &&
        (TK(o - 1).flags & DN_TOK_WORD) && !(TK(o - 1).flags & DN_TOK_CAP))
        o--; /* "its joint statement" */
    if (o == 0 || !(lw_is(d, o - 1, "its") || lw_is(d, o - 1, "their")))
        return -1;
    if (o - 1 > 0 && !is_punct(d, o - 2, ","))
        return -1;
    if (a < 0 || (d->actors[a].type != DN_ACTOR_STATE && d->actors[a].type != DN_ACTOR_ORGANIZATION))
        return -1;
    for (size_t j = 0; j < d->n_m; j++)
        if (d->m[j].actor == a && d->m[j].ts > o)
            return -1; /* "Their declaration demanded that France, Spain,
                          Italy and Portugal explain": the last actor read
                          is of this sentence, named after the owner's
                          word, and not its owner */
    return a;
}

/* The token after "came under" when the attack noun at ts follows it,
 * with up to two words between ("came under heavy fire", "had come under
 * Azerbaijani artillery fire"): "under"'s index; else 0. */
static size_t came_under(doc *d, size_t ts)
{
    size_t u = ts;
    for (int n = 0; n < 3 && u > 1; n++) {
        u--;
        if (lw_is(d, u, "under"))
            break;
        if (!(TK(u).flags & DN_TOK_WORD) || has_word(d, WL_FUNCTION_WORDS, u))
            return 0;
    }
    if (!lw_is(d, u, "under") || u < 2)
        return 0;
    return (lw_is(d, u - 1, "came") || lw_is(d, u - 1, "come") || lw_is(d, u - 1, "comes") ||
            lw_is(d, u - 1, "coming"))
               ? u
               : 0;
}

/* "Armenian positions came under Azerbaijani fire", "its positions had
 * come under fire from Armenian forces", "Kharkiv came under attack by
 * Russian drones" (the attack noun at [ts, te) after "under" at u): the
 * fire's author after "from"/"by", or named before the noun, hits the
 * subject of "came". 0 ok (an edge or none), -1 ENOMEM. */
RARE static int under_fire(doc *d, sent_ctx *sc, size_t si, const dn_sentence *sent, size_t ts,
                      size_t te, size_t u, const dn_lex_trigger *t, dn_extract_stats *st)
{
    int am = -1, sm[GROUP_MAX], tm[GROUP_MAX], ns, nt;
    if (lw_is(d, te, "from") || lw_is(d, te, "by"))
        am = mention_from(d, sc, te + 1);
    for (size_t h = u + 1; h < ts && am < 0; h++)
        if (sc->tok2m[h] >= 0 && d->m[sc->tok2m[h]].ts == h)
            am = sc->tok2m[h];
    if (am < 0 || (d->m[am].flags & M_PRON))
        return 0; /* "Ukrainian positions came under fire": no author */
    ns = group_right(d, sc, am, sm, GROUP_MAX, 1);
    nt = subject_left_w(d, sc, u - 1, -1, tm, GROUP_MAX, M_PP | M_OBJ | M_POSS);
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < nt; b++)
            if (d->m[sm[a]].actor != d->m[tm[b]].actor &&
                add_edge(d, d->m[sm[a]].actor, d->m[tm[b]].actor, t, si, sent, ts, te, st) != 0)
                return -1;
    return 0;
}

/* The mention that owns the call or meeting noun at [ts, te), "with"
 * following: "Blinken's call with Wang Yi came after ...", "welcomed
 * Putin's call with Zelensky" (a person named in plain case; not in a
 * heading, "Statement on the President's Telephone Calls with the
 * Leaders of Turkey and Greece", whose calls the text tells); else -1. */
static int call_owner(doc *d, sent_ctx *sc, const dn_sentence *sent, const dn_lex_trigger *t,
                      size_t ts, size_t te)
{
    int om;
    if ((t->type != DN_EDGE_CALL && t->type != DN_EDGE_MEETING) || ts < 2 ||
        !doc_tx_is(d, ts - 1, "'s") || (sent->flags & DN_SENT_HEADING) ||
        !(lw_is(d, te, "with") || lw_is(d, te - 1, "with")))
        return -1;
    om = sc->tok2m[ts - 2];
    if (om < 0 || d->m[om].te != ts - 1 || (d->m[om].flags & (M_PRON | M_GROUP)) ||
        (TK(d->m[om].ts).flags & DN_TOK_UPPER) ||
        d->actors[d->m[om].actor].type != DN_ACTOR_PERSON)
        return -1;
    return om;
}

/* "Lavrov said Kyiv must stop the shelling", "told him that Seoul should
 * not politicise the matter", "'Russia must withdraw,' Blinken said": the
 * actor right before the modal at [ts, te), the subject of a clause a
 * speech verb reports (or of a quote), is asked to act by the speaker; a
 * verb follows the modal (not "have": "should have accepted" is a
 * reproach after the fact; not "be"). Nothing when the speaker is that
 * actor or of its state ("Blinken said the United States must ..."). */
/* 1 when the word at j says, or rules, what a modal after it asks: a
 * speech verb, or a ruling ("ruled on 6 July that France must
 * apologise", "decided that both sides should withdraw"). */
static int modal_speech_at(const doc *d, size_t j)
{
    return has_word(d, WL_SPEECH, j) || lw_is(d, j, "ruled") || lw_is(d, j, "rules") ||
           lw_is(d, j, "decided") || lw_is(d, j, "decides") || lw_is(d, j, "decreed");
}

RARE static int modal_appeal(doc *d, sent_ctx *sc, size_t si, const dn_sentence *sent, size_t ts,
                        size_t te, const dn_lex_trigger *t, dn_extract_stats *st)
{
    int tmi, sm[GROUP_MAX], tm[GROUP_MAX], sa[GROUP_MAX * 2], ta[GROUP_MAX * 2];
    int ns = 0, nt, nsa = 0, nta;
    size_t v = te, b;
    if (ts == 0 || (tmi = sc->tok2m[ts - 1]) < 0 || d->m[tmi].te != ts ||
        (d->m[tmi].flags & (M_PP | M_POSS | M_PRON | M_SPEAKER | M_MOD | M_WEAK | M_GROUP)) ||
        d->actors[d->m[tmi].actor].type == DN_ACTOR_PLACE)
        return 0;
    while (v < NT && (lw_is(d, v, "not") || lw_is(d, v, "also") || lw_is(d, v, "now") ||
                      lw_is(d, v, "immediately") || lw_is(d, v, "urgently") ||
                      lw_is(d, v, "first") || lw_is(d, v, "therefore")))
        v++;
    if (v >= NT || !(TK(v).flags & DN_TOK_WORD) || (TK(v).flags & DN_TOK_CAP) ||
        sc->tok2m[v] >= 0 || lw_is(d, v, "have") || is_be(d, v) ||
        has_word(d, WL_PREPOSITIONS, v) || has_word(d, WL_COGNITION_VERBS, v))
        return 0; /* (nor "should remember that ...": a retort) */
    if (lw_is(d, ts, "would"))
        for (size_t k = v; k < NT; k++)
            if (lw_is(d, k, "if") || lw_is(d, k, "unless"))
                return 0; /* "said the Council would have to consider its
                             response if it did not": a condition */
    b = d->m[tmi].ts;
    if ((TK(ts).flags & DN_TOK_QUOTE) && d->si) {
        int sp = d->si[si].speaker >= 0 ? d->si[si].speaker : d->si[si].sp_after;
        if (sp < 0 || b == 0 || !(TK(b - 1).flags & (DN_TOK_OPENQ | DN_TOK_QUOTE)))
            return 0;
        sa[nsa++] = sp; /* ("'Russia must withdraw,' Blinken said") */
    } else {
        size_t k = b, lim;
        int seen_m = 0;
        k -= k > 0 && doc_det_at(d, k - 1);
        k -= k > 0 && lw_is(d, k - 1, "that");
        /* the speech verb, after at most five words with no punctuation
         * and one actor, its addressee ("said on Monday that", "told
         * Choi that") */
        for (lim = k > 5 ? k - 5 : 0; k > lim && !modal_speech_at(d, k - 1); k--) {
            int am = sc->tok2m[k - 1];
            if (!(TK(k - 1).flags & DN_TOK_WORD) || (am >= 0 && seen_m) ||
                (am < 0 && (TK(k - 1).flags & DN_TOK_CAP) && !has_word(d, WL_TIME_UNITS, k - 1) &&
                 !doc_month_of(TK(k - 1).text, TK(k - 1).len)))
                return 0;
            if (am >= 0) {
                seen_m = 1;
                k = d->m[am].ts + 1;
            }
        }
        if (k == 0 || !modal_speech_at(d, k - 1))
            return 0;
        ns = subject_left(d, sc, k - 1, -1, sm, GROUP_MAX);
        nsa = actors_of(d, sm, ns, sa, GROUP_MAX * 2, t->type, 1, -1);
    }
    nt = group_right(d, sc, tmi, tm, GROUP_MAX, 1);
    nta = actors_of(d, tm, nt, ta, GROUP_MAX * 2, t->type, 0, -1);
    for (int x = 0; x < nsa; x++)
        for (int y = 0; y < nta; y++) {
            int s1 = d->actors[sa[x]].state, s2 = d->actors[ta[y]].state;
            if (sa[x] == ta[y] || (s1 >= 0 && s1 == s2))
                continue;
            if (add_edge(d, sa[x], ta[y], t, si, sent, ts, te, st) != 0)
                return -1;
        }
    return 0;
}

/* 1 when token i is a verb of naming something so ("calls", "called",
 * "termed", "described"): what follows is the namer's judgement. */
static int naming_verb(const doc *d, size_t i)
{
    return lw_is(d, i, "calls") || lw_is(d, i, "called") || lw_is(d, i, "call") ||
           lw_is(d, i, "terms") || lw_is(d, i, "termed") || lw_is(d, i, "describes") ||
           lw_is(d, i, "described");
}

/* The trigger t (number ti) found at [ts, te) of sentence si: its edges.
 * 0 ok, -1 ENOMEM. */
static int process_trigger(doc *d, sent_ctx *sc, size_t si, const dn_sentence *sent, size_t ts,
                           size_t te, int ti, const dn_lex_trigger *t, dn_extract_stats *st)
{
    dn_lex_trigger ot; /* t with its owner_type */
    int sm[GROUP_MAX], tm[GROUP_MAX], ns = 0, nt = 0;
    int sa[GROUP_MAX * 2], ta[GROUP_MAX * 2], nsa = 0, nta = 0;
    int quoted = (TK(ts).flags & DN_TOK_QUOTE) != 0;
    int speaker = d->si ? d->si[si].speaker : -1;
    int ow, owned = 0; /* the object is the owner of what the trigger takes */
    int ask = 0;       /* a rejection of requests ("rejected all calls") */
    int joint_all = 0; /* a joint subject of three or more: every pair */
    int claimed = 0; /* the object is the claimant named after ("as X alleges") */
    int patient_subject = 0; /* the targets are a passive meeting's subject */
    int talks = 0;           /* the subject is that of talks read after it
                                (talks_of_subject, already checked) */
    int cowner = call_owner(d, sc, sent, t, ts, te); /* "Blinken's call with" */
    size_t under;

    if (t->modal)
        return modal_appeal(d, sc, si, sent, ts, te, t, st);
    if (negated(d, sc, ts, te))
        return 0;
    if (!t->noun && te + 1 < NT && lw_is(d, te + 1, "way") &&
        (lw_is(d, te, "their") || lw_is(d, te, "his") || lw_is(d, te, "her") ||
         lw_is(d, te, "its") || lw_is(d, te, "our")))
        return 0; /* "talked their way out of it", "fought its way through":
                     a manner of going, no act on anyone */
    if ((t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL) && called_off(d, ts, te))
        return 0;
    if (t->type == DN_EDGE_ATTACK && (under = came_under(d, ts)) > 0)
        return under_fire(d, sc, si, sent, ts, te, under, t, st);
    if (lw_is(d, ts, "visiting") && te < NT && sc->tok2m[te] >= 0 && d->m[sc->tok2m[te]].ts == te &&
        d->actors[d->m[sc->tok2m[te]].actor].type == DN_ACTOR_PERSON &&
        verb_at(d, sc, d->m[sc->tok2m[te]].te))
        return 0; /* "Visiting Chinese Foreign Minister Wang Yi met Lavrov":
                     an adjective of the subject, no visit paid to him */
    if (t->noun)
        for (size_t k = ts; k > 1 && ts - k < 8; k--)
            if (has_word(d, WL_CLAIM_VERBS, k - 1) && lw_is(d, k - 2, "who"))
                return 0; /* "anyone who claims this was a Ukrainian
                             provocation": the claim of whoever that is,
                             not the speaker's */
    if (t->type == DN_EDGE_ATTACK && ceased_before(d, sc, ts))
        return 0; /* "halt air strikes", "suspended its attacks": none made */
    if (t->type == DN_EDGE_ATTACK && ts >= 2 && memcmp(TK(ts).lower, "attack", 6) == 0 &&
        lw_is(d, ts - 1, "and") &&
        (lw_is(d, ts - 2, "smeared") || lw_is(d, ts - 2, "slandered") ||
         lw_is(d, ts - 2, "vilified") || lw_is(d, ts - 2, "insulted") ||
         lw_is(d, ts - 2, "criticised") || lw_is(d, ts - 2, "criticized") ||
         lw_is(d, ts - 2, "denounced") || lw_is(d, ts - 2, "maligned"))) {
        /* "had smeared and attacked China": words, not arms */
        t = retyped(&ot, t, DN_EDGE_ACCUSATION);
    }
    if (t->type == DN_EDGE_MEETING && ts >= 1 && lw_is(d, ts - 1, "for") &&
        lw_is(d, ts, "consultations") && !lw_is(d, te, "with"))
        return 0; /* "recalled its ambassadors from Dublin and Madrid for
                     consultations": the purpose of a recall, no meeting */
    if (t->type == DN_EDGE_MEETING && ts >= 2 &&
        ((lw_is(d, ts - 2, "return") && lw_is(d, ts - 1, "to")) ||
         (lw_is(d, ts - 2, "to") && (lw_is(d, ts - 1, "resume") || lw_is(d, ts - 1, "hold"))) ||
         (lw_is(d, ts - 2, "resumption") && lw_is(d, ts - 1, "of"))))
        return 0; /* "two weeks to return to talks": talks to come */
    if (ts >= 2 && (lw_is(d, ts - 2, "at") || lw_is(d, ts - 2, "upon")) &&
        (lw_is(d, ts - 1, "the") || lw_is(d, ts - 1, "his") || lw_is(d, ts - 1, "her") ||
         lw_is(d, ts - 1, "their") || lw_is(d, ts - 1, "its")))
        return 0; /* "held a call at the request of the U.S. side": the
                     request is how an act came about, asked of no one */
    /* "talks between A and B" (but "mediated between A and B": the
     * mediator meets each, the two do not meet) */
    if (t->symmetric && lw_is(d, te, "between") && !takes_prep(t, "between") &&
        !proposed_before(d, sc, ts))
        return between_parties(d, sc, si, sent, ts, te, t, st);
    if (t->type == DN_EDGE_MEETING && t->n_preps == 1 && strcmp(t->preps[0], "with") == 0) {
        int asked = meeting_asked_for(d, sc, ts);
        if (asked < 0)
            return 0;
        if (asked > 0)
            t = retyped(&ot, t, DN_EDGE_APPEAL); /* "requested talks with X" */
    }
    if (t->symmetric && ts > 0 && te == ts + 1 && lw_is(d, te, "with") &&
        (has_word(d, WL_SPEECH, ts - 1) || lw_is(d, ts - 1, "that")) &&
        !(TK(ts).lower[0] == 'm' && TK(ts).len == 3)) /* (not "met") */
        return 0; /* "said talks with Lukashenko risked legitimising him":
                     the talks are the clause's subject, no act of the
                     speaker's */
    /* a verb after a determiner or a possessive is a noun: "the strikes
     * carried out", "Turkey's support for Sweden's accession" (but "At a
     * meeting with X, Y said", "After meeting X, Y said": the meeting of
     * the main clause's subject, sought below) */
    if (!t->noun && t->n_preps && ts > 0 && t->preps[0][0] == '\0' &&
        (doc_det_at(d, ts - 1) || weak_before(d, sc, ts) || lw_is(d, ts - 1, "these") || lw_is(d, ts - 1, "its") || lw_is(d, ts - 1, "their") ||
         lw_is(d, ts - 1, "'s") || lw_is(d, ts - 1, "his") || lw_is(d, ts - 1, "our") ||
         (has_word(d, WL_PREPOSITIONS, ts - 1) && !lw_is(d, ts - 1, "to"))) &&
        !fronted_meeting(d, t, ts, te) && /* (asked of the few left) */
        !(t->type == DN_EDGE_STATEMENT && expressed_noun(d, sc, ts)) &&
        cowner < 0 && /* ("Blinken's call with Wang Yi": its owner's) */
        !(t->type == DN_EDGE_APPEAL && te > ts + 1 && lw_is(d, te - 1, "that") &&
          (lw_is(d, ts - 1, "its") || lw_is(d, ts - 1, "their") || lw_is(d, ts - 1, "his") ||
           lw_is(d, ts - 1, "her"))))
        return 0; /* (but "repeated its demand that Eritrea pull back" is
                     the demand made) */
    if (!t->noun && t->type == DN_EDGE_ATTACK && ts > 0 && te == ts + 1 && TK(ts - 1).len > 0 &&
        isdigit((unsigned char)TK(ts - 1).text[0]))
        return 0; /* "blames for the Sept. 11 attacks on New York": a noun
                     after a number or a date, no act of the subject's */
    if (!t->noun && t->type == DN_EDGE_ATTACK && ts >= 2 && te == ts + 1 &&
        adjectives_after_det(d, sc, ts) &&
        (TK(ts).lower[TK(ts).len - 1] == 's' || tok_is(d, ts, "attack") ||
         tok_is(d, ts, "strike") || tok_is(d, ts, "raid") || tok_is(d, ts, "assault") ||
         tok_is(d, ts, "ambush") || tok_is(d, ts, "bombing")))
        return 0; /* "condemned the terrorist attacks in Cabo Delgado", "the
                     terrorist attack on the Embassy": a noun after a
                     determiner and an adjective, no act of the subject's (a
                     verb would follow a plural subject: "the rebels
                     attacks" and "the rebel attack" are no English) */
    if (!t->noun && t->type == DN_EDGE_ATTACK && ts > 0 &&
        (doc_tx_is(d, ts - 1, "'") || doc_tx_is(d, ts - 1, "'s")))
        return 0; /* "condemned the rebels' attacks on Goma": a noun after
                     its owner, no act of the subject's */
    if (!t->noun && ts > 0 && is_punct(d, ts - 1, ",") && has_word(d, WL_CLAIM_NOUNS, ts) &&
        (te == ts + 1 || (te == ts + 2 && lw_is(d, ts + 1, "that")))) {
        size_t o = te + (lw_is(d, te, "that") || lw_is(d, te, "which")), v = NT, lim;
        if (o < NT && sc->tok2m[o] >= 0 && d->m[sc->tok2m[o]].ts == o)
            v = d->m[sc->tok2m[o]].te;
        for (lim = v + 2; v < NT && v < lim && has_word(d, WL_AUXILIARIES, v);)
            v++;
        if (v < NT && (d->tokmask[v] & DN_LEX_MASK_TRIGGER))
            return 0; /* "accused India of sponsoring terrorism, charges New
                         Delhi rejected": the claims named again, their
                         rejection's object, no new charge */
    }
    if (t->type == DN_EDGE_MEETING && lw_is(d, te, "that") && ts > 0 &&
        noun_after_det(d, sc, ts))
        return 0; /* "told reporters after a Cabinet meeting that the
                     ambassador would stay": a noun with a clause after it,
                     no one met */
    if (!t->noun && t->type == DN_EDGE_ATTACK && ts > 0 && sc->tok2m[ts - 1] >= 0 &&
        (d->m[sc->tok2m[ts - 1]].flags & M_WEAK) && d->m[sc->tok2m[ts - 1]].te == ts)
        return 0; /* "fury grows over Israeli raid on Gaza flotilla": a
                     noun after a demonym, not the sentence subject's act */
    if (!t->noun && t->type == DN_EDGE_ATTACK && ts > 0 && sc->tok2m[ts - 1] >= 0 &&
        d->m[sc->tok2m[ts - 1]].te == ts && d->m[sc->tok2m[ts - 1]].ts > 0 &&
        doc_det_at(d, d->m[sc->tok2m[ts - 1]].ts - 1) && te == ts + 1 &&
        TK(ts).lower[TK(ts).len - 1] == 's' && has_word(d, WL_PREPOSITIONS, te))
        return 0; /* "condemned the US strikes on Iranian nuclear sites": a
                     plural noun after "the" and its owner's name, then a
                     preposition, not the act of the one who condemns (but
                     "The Soviet Union invaded Afghanistan") */
    if (!t->noun && t->type == DN_EDGE_STATEMENT && ts >= 2 && sc->tok2m[ts - 1] < 0 &&
        (TK(ts - 1).flags & DN_TOK_WORD) && !(TK(ts - 1).flags & DN_TOK_CAP) &&
        (lw_is(d, ts - 2, "its") || lw_is(d, ts - 2, "their") || lw_is(d, ts - 2, "his") ||
         lw_is(d, ts - 2, "her")) &&
        !expressed_noun(d, sc, ts))
        return 0; /* "thanked Kenya for its continued support to Somalia":
                     Kenya's support, a noun, no act of the subject's */
    if (!t->noun && ts > 0 && doc_det_at(d, ts - 1) && lw_is(d, ts + 1, "of") &&
        (te > ts + 2 || (te == ts + 1 && t->type == DN_EDGE_APPEAL)))
        return 0; /* "concerned about the exchange of military strikes",
                     "ignoring the demands of the international community":
                     a noun naming an act, whose doer is not the sentence's
                     subject */
    if (t->noun) {
        int owner = -1;
        size_t j = te;
        if (j + 1 < NT && (TK(j).flags & DN_TOK_WORD) && !has_word(d, WL_PREPOSITIONS, j) &&
            sc->tok2m[j] < 0 &&
            (lw_is(d, j + 1, "of") || (lw_is(d, j + 1, "by") && has_word(d, WL_CLAIM_NOUNS, j))))
            j++; /* "the harmful actions of X", "false allegations by X" */
        if (j < NT) {
            for (size_t k = 0; k < t->n_preps; k++)
                if (tok_is(d, j, t->preps[k]))
                    owner = mention_from(d, sc, j + 1);
        }
        if (owner < 0 && ts > 1)
            owner = deed_doer(d, sc, ts);
        if (owner < 0 && ts > 0) {
            size_t b = ts;
            if (b > 0 && naming_verb(d, b - 1))
                b = 0; /* "opposing what he calls dangerous behaviour": the
                          one who calls it so is no owner */
            if (b > 0 && !(TK(b - 1).flags & DN_TOK_CAP) && (TK(b - 1).flags & DN_TOK_WORD) &&
                sc->tok2m[b - 1] < 0 && !lw_is(d, b - 1, "its") && !lw_is(d, b - 1, "their") &&
                !lw_is(d, b - 1, "against"))
                b--; /* one adjective: "large-scale", or "of" ("accused
                        Yerevan of provocations"); but what one is warned
                        against has no owner ("cautioned his counterpart
                        against interference") */
            if (b > 0 && lw_is(d, b - 1, "'s"))
                b--;
            if (b > 0 && sc->tok2m[b - 1] >= 0) {
                size_t o = d->m[sc->tok2m[b - 1]].ts;
                o -= o > 0 && doc_det_at(d, o - 1);
                if ((d->m[sc->tok2m[b - 1]].flags & M_POSS) ||
                    (!(o > 0 && has_word(d, WL_PREPOSITIONS, o - 1) && !lw_is(d, o - 1, "of") &&
                       !lw_is(d, o - 1, "by")) &&
                     !patient_at(d, d->m[sc->tok2m[b - 1]].ts)))
                    owner = sc->tok2m[b - 1]; /* (not "called the attacks on
                                                 the Saudi missions
                                                 unacceptable": whom they
                                                 hit) */
            } else if (b > 0 && (lw_is(d, b - 1, "its") || lw_is(d, b - 1, "their"))) {
                int tmp[GROUP_MAX];
                if (subject_left(d, sc, b - 1, -1, tmp, 1) == 1)
                    owner = tmp[0];
            }
        }
        if (owner < 0) {
            /* "X ... is an absolute lie", "rumours in X ... are nonsense":
             * the sentence's topic, its first actor */
            size_t b = ts;
            while (b > 0 && (TK(b - 1).flags & DN_TOK_WORD) && !is_be(d, b - 1) &&
                   sc->tok2m[b - 1] < 0 && ts - b < 3)
                b--;
            if (b > 0 && is_be(d, b - 1)) {
                int skipped = 0;
                for (size_t k = 0; k < d->n_m && owner < 0; k++) {
                    if (d->m[k].ts >= ts || (d->m[k].flags & (M_SPEAKER | M_PRON | M_GROUP)) ||
                        patient_at(d, d->m[k].ts) ||
                        d->actors[d->m[k].actor].type == DN_ACTOR_PLACE)
                        continue; /* (a place does nothing: "the referendum
                                     in which the people of Crimea would
                                     decide was illegal") */
                    if (addressee_before_report(d, d->m[k].ts, d->m[k].te, b - 1))
                        skipped = 1;
                    else if (!skipped ||
                             b + (b < ts && (is_ly(d, b) || doc_det_at(d, b) ||
                                             lw_is(d, b, "our"))) == ts)
                        owner = (int)k; /* after a speaker or an addressee,
                                           only "X's behaviour was
                                           unacceptable", not "the X
                                           problem was one of illegal
                                           occupation" */
                }
            }
        }
        if (owner < 0) {
            /* "this provocation was unleashed by X" */
            for (size_t j2 = te; j2 < NT && j2 < te + 5 && owner < 0; j2++) {
                size_t o = j2 + 1;
                if (!lw_is(d, j2, "by"))
                    continue;
                if (lw_is(d, o, "the"))
                    o++;
                if (o < NT && sc->tok2m[o] >= 0 && !(d->m[sc->tok2m[o]].flags & M_PRON))
                    owner = sc->tok2m[o];
            }
        }
        if (owner < 0)
            return 0;
        int owner_last = owner;
        while (!(d->m[owner].flags & M_POSS) && d->m[owner].ts >= 2 &&
               lw_is(d, d->m[owner].ts - 1, "and") && sc->tok2m[d->m[owner].ts - 2] >= 0 &&
               !(d->m[sc->tok2m[d->m[owner].ts - 2]].flags & (M_PP | M_POSS | M_SPEAKER)) &&
               d->m[sc->tok2m[d->m[owner].ts - 2]].ts < d->m[owner].ts)
            owner = sc->tok2m[d->m[owner].ts - 2]; /* "said the United States
                                                       and Israel were
                                                       irresponsible": both */
        nt = group_right(d, sc, owner, tm, GROUP_MAX, owner == owner_last);
        if (quoted && speaker >= 0) {
            sa[nsa++] = speaker;
        } else {
            /* a reported evaluation: "He said that X's step was rash" -
             * the author is whoever speaks, before the speech verb */
            for (size_t k = 0; k < ts && ns == 0; k++)
                if (has_word(d, WL_SPEECH, k) && k > 0)
                    ns = subject_left(d, sc, k, owner, sm, GROUP_MAX);
            if (ns > 0 && d->m[sm[0]].ts > d->m[owner].ts)
                ns = 0;
            if (ns == 0)
                ns = subject_left(d, sc, ts, owner, sm, GROUP_MAX);
            if (ns == 0 && d->si && d->si[si].sp_after >= 0)
                sa[nsa++] = d->si[si].sp_after;
        }
    } else {
        int passive = 0;
        if (t->passive) {
            size_t b = te;
            if (b < NT && is_ly(d, b))
                b++;
            b = passive_adjuncts_end(d, sc, b);
            if (lw_is(d, b, "by") && ts > 0 &&
                (is_be(d, ts - 1) || (ts > 1 && is_be(d, ts - 2)))) {
                size_t o = b + 1;
                if (lw_is(d, o, "the") || lw_is(d, o, "his") || lw_is(d, o, "her"))
                    o++; /* "was welcomed by his Turkish counterpart, X" */
                {
                    /* "was greeted by the diplomatic representatives of
                     * A, B and C": those they stand for */
                    size_t h = o + (o + 1 < NT && (TK(o).flags & DN_TOK_WORD) &&
                                    !(TK(o).flags & DN_TOK_CAP) && sc->tok2m[o] < 0 &&
                                    has_word(d, WL_TRANSPARENT, o + 1));
                    size_t o2 = h + 2 + lw_is(d, h + 2, "the");
                    if (has_word(d, WL_TRANSPARENT, h) && lw_is(d, h + 1, "of") && o2 < NT &&
                        sc->tok2m[o2] >= 0 && !(d->m[sc->tok2m[o2]].flags & M_POSS))
                        o = o2; /* (not "members of Haiti's Transitional
                                   Presidential Council") */
                }
                if (o < NT && sc->tok2m[o] >= 0 && d->m[sc->tok2m[o]].ts == o) {
                    ns = group_right(d, sc, sc->tok2m[o], sm, GROUP_MAX, 1);
                    nt = subject_left_w(d, sc, ts, -1, tm, GROUP_MAX, M_PP | M_OBJ | M_POSS);
                    passive = 1;
                    patient_subject = t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL;
                }
            }
        }
        if (!passive && t->type != DN_EDGE_STATEMENT && participle_after_be(d, ts))
            return 0; /* "the convoy had been fired upon": a passive with no
                         agent named says who was hit, not who fired */
        if (!passive && t->type == DN_EDGE_MEMBER_OF && ts >= 1 && sc->tok2m[ts - 1] >= 0 &&
            d->m[sc->tok2m[ts - 1]].te == ts) {
            /* "Vietnam, a fellow ASEAN member, called on": the organisation
             * before the noun, the apposition's antecedent the member */
            const mention *om = &d->m[sc->tok2m[ts - 1]];
            size_t b = om->ts;
            int sj;
            if (te < NT && sc->tok2m[te] >= 0 && d->m[sc->tok2m[te]].ts == te &&
                d->actors[d->m[sc->tok2m[te]].actor].type == DN_ACTOR_STATE &&
                !(d->m[sc->tok2m[te]].flags & (M_POSS | M_WEAK)) && d->actors[om->actor].kind &&
                strcmp(d->actors[om->actor].kind, "igo") == 0 && tok_is(d, ts, "members")) {
                /* "fellow CSTO members Kazakhstan and Belarus": the states
                 * the noun names */
                nt = group_right(d, sc, sc->tok2m[te], tm, GROUP_MAX, 0);
                for (int k = 0; k < nt; k++)
                    if (d->actors[d->m[tm[k]].actor].type == DN_ACTOR_STATE &&
                        add_edge(d, d->m[tm[k]].actor, om->actor, t, si, sent, ts, te, st) != 0)
                        return -1;
                return 0;
            }
            if (b >= 1 && lw_is(d, b - 1, "fellow"))
                b--;
            if (b >= 3 && (lw_is(d, b - 1, "a") || lw_is(d, b - 1, "an")) &&
                is_punct(d, b - 2, ",") && (sj = sc->tok2m[b - 3]) >= 0 &&
                !(d->m[sj].flags & (M_PP | M_POSS)) &&
                d->actors[om->actor].type == DN_ACTOR_ORGANIZATION &&
                d->actors[d->m[sj].actor].type == DN_ACTOR_STATE)
                return add_edge(d, d->m[sj].actor, om->actor, t, si, sent, ts, te, st) != 0 ? -1
                                                                                            : 0;
        }
        if (!passive && t->type == DN_EDGE_MEMBER_OF && !membership_stated(d, sc, ts, te))
            return 0; /* "killed seven members of the IRGC" */
        if (!passive) {
            /* "A accused B of shelling C and called on D": a verb joined
             * by "and" to an earlier trigger shares its subject */
            size_t from = joined_verb(d, sc, ts);
            int name_part = -1;
            if (from == ts && ts >= 3 && (TK(ts).flags & DN_TOK_CAP) && sc->tok2m[ts - 1] >= 0 &&
                d->m[sc->tok2m[ts - 1]].te == ts && d->m[sc->tok2m[ts - 1]].ts > 0 &&
                lw_is(d, d->m[sc->tok2m[ts - 1]].ts - 1, "the") &&
                (t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL))
                name_part = sc->tok2m[ts - 1]; /* "co-chaired the Foreign Office
                                                   Consultations with X": a
                                                   name's word, no subject */
            ns = subject_left(d, sc, from, name_part, sm, GROUP_MAX);
            nt = objects_right(d, sc, te, t, tm, GROUP_MAX);
            if (nt > 0 && t->type == DN_EDGE_APPEAL && te > ts && lw_is(d, te - 1, "that") &&
                lw_is(d, d->m[tm[nt - 1]].te, "be"))
                nt = 0; /* "suggested that the Taliban authorities be drawn
                           into talks", "demanded that X be punished": what
                           is to be done to them, asked of others */
            if (nt > 0 && ts > 0 &&
                (lw_is(d, ts - 1, "this") || lw_is(d, ts - 1, "that") ||
                 lw_is(d, ts - 1, "these") || lw_is(d, ts - 1, "those")) &&
                d->m[tm[0]].ts <= te + doc_det_at(d, te))
                nt = 0; /* "before this visit the Council confirmed": a noun
                           named before, and the next clause's subject, no
                           object of it */
            if (nt == 0 && t->type == DN_EDGE_APPEAL) {
                /* "called for calm and restraint by both sides", "urged
                 * restraint from Armenia": those asked to keep it */
                size_t j = te;
                while (j < NT && j < te + 4 && (has_word(d, WL_RESTRAINT_NOUNS, j) || lw_is(d, j, "and")))
                    j++;
                if (j > te && has_word(d, WL_RESTRAINT_NOUNS, j - 1) &&
                    (lw_is(d, j, "by") || lw_is(d, j, "from")) && j + 1 < NT &&
                    sc->tok2m[j + 1] >= 0 && d->m[sc->tok2m[j + 1]].ts == j + 1)
                    nt = group_right(d, sc, sc->tok2m[j + 1], tm, GROUP_MAX, 1);
            }
            if (nt == 0 && t->type == DN_EDGE_REJECTION && TK(ts).len >= 5 &&
                memcmp(TK(ts).lower, "refus", 5) == 0 && lw_is(d, te, "to")) {
                /* "Burhan refused to negotiate with the RSF", "refused to
                 * meet Hemedti": the one not met is rejected */
                const dn_lex_trigger *mt = trigger_here(d, sc, te + 1);
                if (mt && (mt->type == DN_EDGE_MEETING || mt->type == DN_EDGE_CALL)) {
                    size_t o = te + 2;
                    o += lw_is(d, o, "with") || lw_is(d, o, "to");
                    int om = mention_from(d, sc, o);
                    if (om >= 0 && !(d->m[om].flags & M_PRON))
                        nt = group_right(d, sc, om, tm, GROUP_MAX, 1);
                }
            }
            if (t->type == DN_EDGE_STATEMENT && nt > 0 && nt < GROUP_MAX)
                nt += objects_for_and(d, sc, d->m[tm[nt - 1]].te, tm + nt, GROUP_MAX - nt);
            if (t->type == DN_EDGE_ACCUSATION && nt > 0) {
                /* "filed a complaint with the UN Security Council against
                 * Israel": the body it is filed with is the forum, the one
                 * it is against is accused */
                size_t a = d->m[tm[nt - 1]].te, w = d->m[tm[0]].ts;
                w -= w > 0 && lw_is(d, w - 1, "the");
                if (w > 0 && lw_is(d, w - 1, "with") && lw_is(d, a, "against") &&
                    a + 1 < NT && sc->tok2m[a + 1] >= 0 && d->m[sc->tok2m[a + 1]].ts == a + 1)
                    nt = group_right(d, sc, sc->tok2m[a + 1], tm, GROUP_MAX, 1);
                else if (w > 0 && lw_is(d, w - 1, "with") && nt == 1 &&
                         d->actors[d->m[tm[0]].actor].kind &&
                         strcmp(d->actors[d->m[tm[0]].actor].kind, "igo") == 0)
                    nt = 0; /* "filed a complaint with the UN Security
                               Council": a forum, no one accused */
            }
            if (nt == 1 && t->reject_prior && (d->m[tm[0]].flags & M_PRON) &&
                lw_is(d, d->m[tm[0]].ts, "it") && claim_within(d, 0, ts))
                nt = 0; /* "the charge is groundless, and we reject it": the
                           claim the sentence names, whose authors are found
                           as for "rejected the charge" */
            size_t owned_noun = 0;
            if (nt == 0 && t->owner_type >= 0 && (ow = owner_of_object(d, sc, te, &owned_noun)) >= 0 &&
                !(t->type == DN_EDGE_REJECTION && office_object(d, te)) &&
                !(t->type == DN_EDGE_STATEMENT &&
                  (lw_is(d, owned_noun, "friends") || lw_is(d, owned_noun, "partners") ||
                   lw_is(d, owned_noun, "allies") || lw_is(d, owned_noun, "people") ||
                   lw_is(d, owned_noun, "peoples") || has_word(d, WL_CIVILIAN_NOUNS, owned_noun))) &&
                !(t->type == DN_EDGE_STATEMENT && d->actors[d->m[ow].actor].type == DN_ACTOR_PERSON &&
                  !has_word(d, WL_INITIATIVE_NOUNS, owned_noun))) {
                /* (a person's: only his acts, "the efforts of Javier
                 * Solana"; not "support for the sovereignty of ..."; no
                 * one's friends or people: "thank all the friends of
                 * Eritrea and Ethiopia" thanks those friends) */
                const dn_lex_trigger *on;
                nt = group_right(d, sc, ow, tm, GROUP_MAX, 1); /* "welcomed the decision of X" */
                owned = !(t->type == DN_EDGE_MEETING && TK(ts).len >= 4 &&
                          memcmp(TK(ts).lower, "host", 4) == 0 &&
                          lw_is(d, owned_noun + 1, "between") &&
                          (on = trigger_here(d, sc, owned_noun)) != NULL &&
                          on->type == DN_EDGE_MEETING);
                /* (but "hosted talks between A and B": the host meets
                 * each guest; "welcomed the talks between" them is said) */
                if (owned && t->type == DN_EDGE_MEETING && TK(ts).len >= 4 &&
                    memcmp(TK(ts).lower, "host", 4) == 0 &&
                    (on = trigger_here(d, sc, owned_noun)) != NULL &&
                    on->type == DN_EDGE_MEETING)
                    nt = 0; /* "hosted an emergency meeting of the Union of
                               South American Nations": a gathering held, no
                               remark to the body (its guests, when named,
                               are met through "with") */
            }
            if (t->type == DN_EDGE_APPEAL && nt > 0 && call_on_visit(d, ts, te, tm, nt))
                t = retyped(&ot, t, DN_EDGE_MEETING); /* "called on Professor
                                                         Muhammad Yunus." */
            if (t->person_object && !persons_only(d, tm, nt))
                return 0; /* "called the killing a crime": no call */
            for (int k = 0; t->named_object && k < nt; k++)
                if (d->m[tm[k]].flags & (M_PRON | M_OBJPRON))
                    return 0; /* "called him a towering veteran": of the
                                 persons named before, which? */
            if (t->object_then_to &&
                (nt == 0 || !(lw_is(d, d->m[tm[nt - 1]].te, "to") ||
                              (lw_is(d, d->m[tm[nt - 1]].te, "not") &&
                               lw_is(d, d->m[tm[nt - 1]].te + 1, "to"))))) {
                if (nt == 0 || !medium_at(d, d->m[tm[nt - 1]].te))
                    return 0; /* "told Chavez that ...": no appeal ("told
                                 Taiwan not to" is one) */
                t = retyped(&ot, t, DN_EDGE_CALL); /* "told Putin by phone
                                                      that ...": a call */
            } else if (t->object_then_to && t->type == DN_EDGE_APPEAL &&
                       has_word(d, WL_DEPARTURE_VERBS,
                                d->m[tm[nt - 1]].te + 1 + lw_is(d, d->m[tm[nt - 1]].te, "not"))) {
                return 0; /* "ordered the ambassador to leave the country":
                             an expulsion, no request */
            }
            if (from != ts && shares_actor(d, sm, ns, tm, nt))
                return 0; /* "said A, B and C had smeared X, and lodged
                             representations with B and C": the shared
                             subject was misread, no arrow */
            if (nt == 0 && t->type == DN_EDGE_ACCUSATION)
                nt = agent_of_object(d, sc, te, tm, GROUP_MAX);
            if (nt == 0 && t->reject_prior && (ow = talks_refused_with(d, sc, te)) >= 0)
                nt = group_right(d, sc, ow, tm, GROUP_MAX, 1); /* "rejected
                                                                  negotiations with X" */
            if (nt == 0 &&
                (t->type == DN_EDGE_MEETING || t->type == DN_EDGE_CALL ||
                 t->type == DN_EDGE_STATEMENT || t->type == DN_EDGE_APPEAL) &&
                (ow = members_named(d, sc, te)) >= 0) {
                /* "received delegations from dozens of countries, among them
                 * A and B" (a subject list read on to ", including A" loses
                 * them) */
                int k2 = 0;
                nt = group_right(d, sc, ow, tm, GROUP_MAX, 1);
                for (int y = 0; y < ns; y++) {
                    int in_t = 0;
                    for (int x = 0; x < nt; x++)
                        in_t |= sm[y] == tm[x];
                    if (!in_t)
                        sm[k2++] = sm[y];
                }
                ns = k2;
            }
            if (nt == 0 && t->type == DN_EDGE_APPEAL && (ow = meeting_asked_of(d, sc, te)) >= 0)
                tm[nt++] = ow; /* "asked for an emergency meeting of the
                                  Arab League": the League is asked */
            if (nt == 0 && ns > 0 && d->m[sm[0]].ts >= 3 && lw_is(d, d->m[sm[0]].ts - 1, "whom") &&
                is_punct(d, d->m[sm[0]].ts - 2, ",")) {
                /* "Osama bin Laden, whom Washington blames for the
                 * attacks": the relative's antecedent is the object */
                for (size_t k = 0; k < d->n_m; k++)
                    if (d->m[k].te == d->m[sm[0]].ts - 2 &&
                        !(d->m[k].flags & (M_PRON | M_POSS | M_MOD))) {
                        tm[nt++] = (int)k;
                        break;
                    }
            }
            if (t->type == DN_EDGE_APPEAL && lw_is(d, te - 1, "that"))
                nt = and_that_objects(d, sc, nt ? d->m[tm[nt - 1]].te : te, tm, nt, GROUP_MAX);
            if (nt == 0 && t->type == DN_EDGE_ACCUSATION && TK(ts).len >= 5 &&
                memcmp(TK(ts).lower, "blam", 4) == 0) {
                /* "blamed the burning of the aid on Nicolas Maduro" */
                for (size_t j = te; j < NT && j < te + 9 && nt == 0; j++) {
                    int mi;
                    if (!(TK(j).flags & DN_TOK_WORD) || sc->tok2m[j] >= 0)
                        break;
                    if (lw_is(d, j, "on") && (mi = mention_from(d, sc, j + 1)) >= 0)
                        nt = group_right(d, sc, mi, tm, GROUP_MAX, 1);
                }
            }
            if (nt == 0 && (each_other(d, te) || has_word(d, WL_RECIPROCAL_VERBS, ts))) {
                /* "A and B accused each other": each of them the other */
                for (int k = 0; k < ns; k++)
                    tm[nt++] = sm[k];
            }
            if (nt > 0 && cowner >= 0 && d->m[cowner].actor != d->m[tm[0]].actor) {
                sm[0] = cowner; /* "welcomed Putin's call with Zelensky" */
                ns = 1;
            }
            if (ns == 0 && nt > 0 && (t->type == DN_EDGE_CALL || t->type == DN_EDGE_MEETING) &&
                (has_word(d, WL_PREPOSITIONS, 0) ||
                 (lw_is(d, 0, "speaking") && has_word(d, WL_PREPOSITIONS, 1))) &&
                (ts < 4 || (ts < 8 && (d->n_m == 0 || d->m[0].ts > ts) && words_only(d, 0, ts) &&
                            (lw_is(d, ts - 1, "of") || doc_det_at(d, ts - 1))))) {
                /* ("After a series of telephone conversations with A and
                 * B, Putin calls on ...": a noun after "of" or a
                 * determiner, not "On Friday the two ministers met") */
                /* "In a phone call with Macron, Putin said ...": a call
                 * or meeting in a phrase before the main clause is its
                 * subject's */
                size_t j = d->m[tm[nt - 1]].te;
                while (j < NT && j < ts + 12 && !is_punct(d, j, ",;:."))
                    j++;
                size_t k = j + 1;
                if (k + 1 < NT && sc->tok2m[k] < 0 && doc_det_at(d, k))
                    k++; /* ", the President of Russia calls on" */
                if (k < NT && is_punct(d, j, ",") && sc->tok2m[k] >= 0 &&
                    !(d->m[sc->tok2m[k]].flags & (M_PP | M_POSS | M_WEAK)))
                    ns = group_right(d, sc, sc->tok2m[k], sm, GROUP_MAX, 0);
            }
            if (t->joint && nt == 0 && ns == 0) {
                /* "In a phone conversation, A and B reviewed ...", "After
                 * months of talks mediated by X, A and B announced" */
                int hm[GROUP_MAX], nh = hosts_after(d, sc, te, hm, GROUP_MAX);
                for (int k = 1; k < nh; k++)
                    if (is_punct(d, d->m[hm[k]].ts - 1 - doc_det_at(d, d->m[hm[k]].ts - 1), ",")) {
                        nh = k; /* (the hosts end at the phrase's comma) */
                        break;
                    }
                size_t j = nh > 0 ? d->m[hm[nh - 1]].te : te, lim = j + 4;
                while (j < NT && j < lim && sc->tok2m[j] < 0)
                    j++;
                if (j < NT && sc->tok2m[j] >= 0 &&
                    (is_punct(d, j - 1, ",") ||
                     (j >= 2 && lw_is(d, j - 1, "the") && is_punct(d, j - 2, ","))) &&
                    !(d->m[sc->tok2m[j]].flags & M_PP))
                    ns = group_right(d, sc, sc->tok2m[j], sm, GROUP_MAX, 0);
            }
            if (t->joint && nt == 0 && ns == 0) {
                /* ("... after four days of talks": no subject found past
                 * "of"; the sentence's first actors if they opened it) */
                int o = opening_mention(d), om[GROUP_MAX], on = 0;
                if (o >= 0 && d->m[o].ts < ts)
                    on = group_right(d, sc, o, om, GROUP_MAX, 0);
                if (talks_of_subject(d, sc, om, on, ts, te)) {
                    memcpy(sm, om, (size_t)on * sizeof *om);
                    ns = on;
                    talks = 1;
                }
            }
            if (t->joint && nt == 0 && ns >= 2 &&
                (own_state_end(d, sc, sm[ns - 1]) + 1 >= ts || (ns > 0 && d->m[sm[0]].ts > te) ||
                 talks ||
                 talks_of_subject(d, sc, sm, ns, ts, te))) {
                /* a joint subject: "A and B held talks" (with three or
                 * more, each pair met: "A, B, C and D met") */
                joint_all = ns >= 3;
                for (int k = 1; k < ns; k++)
                    tm[nt++] = sm[k];
                ns = 1;
            }
            if (t->symmetric && nt == 0 && told_in_call(d, sc, ts, sm, &ns, tm, &nt) == 2)
                patient_subject = 1; /* (no M_OBJ: "In a phone call, Macron
                                        urged Netanyahu to ...": the appeal's
                                        object too) */
            if (t->inverse && ns > 0 && nt > 0) {
                /* "A received a call from B": B called A */
                int tmp[GROUP_MAX], n = nt;
                memcpy(tmp, tm, sizeof tmp);
                memcpy(tm, sm, sizeof tm);
                memcpy(sm, tmp, sizeof sm);
                nt = ns;
                ns = n;
            }
        }
    }
#ifdef DN_EXTRACT_DEBUG
    fprintf(stderr, "     ns=%d:", ns);
    for (int k = 0; k < ns; k++) fprintf(stderr, " %s", d->actors[d->m[sm[k]].actor].label);
    fprintf(stderr, " | nt=%d:", nt);
    for (int k = 0; k < nt; k++) fprintf(stderr, " %s", d->actors[d->m[tm[k]].actor].label);
    fprintf(stderr, "\n");
#endif
    for (int k = 0; k < nt && !patient_subject; k++)
        d->m[tm[k]].flags |= M_OBJ; /* (not the one received in a passive
                                       meeting, the subject of a verb
                                       joined to it: "was received by X
                                       and held talks with Y"; one accused
                                       stays an object) */
    nsa += actors_of(d, sm, ns, sa + nsa, GROUP_MAX * 2 - nsa, t->type, 1, -1);
    if (nsa == 0 && d->list_subj >= 0 && item_opening(d, ts))
        sa[nsa++] = d->list_subj; /* "The Council, at its meeting: ... 2.
                                     Calls on both parties to ..." */
    if (nsa == 0 && ns == 0 && (ow = document_owner(d, ts)) >= 0)
        sa[nsa++] = ow; /* "Its statement blames the Interior Minister":
                           the statement's author */
    if (nsa == 0)
        return 0;
    if (t->type == DN_EDGE_STATEMENT && nsa == 1 && ns == 1 &&
        d->actors[sa[0]].type == DN_ACTOR_STATE) {
        /* "Macron said France supported Bazoum", "Peskov said Moscow stood
         * in solidarity with China": the speaker speaks for his state */
        int p = own_state_speaker(d, sc, d->m[sm[0]].ts, d->actors[sa[0]].state);
        if (p >= 0)
            sa[0] = p;
    }
    if (t->reject_prior && gerund_at(d, te))
        nt = 0; /* "denied supporting the M23": the M23 is in the charge,
                   not whom the denial answers */
    if (t->type == DN_EDGE_REJECTION && d->actors[sa[0]].state >= 0) {
        /* "Riyadh denied that it is detaining him": its own side is what
         * the denial is about, not whom it answers (the accusers are
         * sought below; a person's "he" stays himself: "denies that he
         * backs M23") */
        int k2 = 0;
        for (int y = 0; y < nt; y++)
            if (!((d->m[tm[y]].flags & M_PRON) && !(d->m[tm[y]].flags & M_GROUP) &&
                  d->actors[d->m[tm[y]].actor].type != DN_ACTOR_PERSON &&
                  d->actors[d->m[tm[y]].actor].state == d->actors[sa[0]].state))
                tm[k2++] = tm[y];
        nt = k2;
    }
    nta = actors_of(d, tm, nt, ta, GROUP_MAX * 2, t->type, 0, sa[0]);
    if (t->type == DN_EDGE_MEETING && ns == 1 && (d->m[sm[0]].flags & M_GROUP) &&
        d->person_pair[0] > 0 &&
        (d->m[sm[0]].actor == d->person_pair[0] - 1 || d->m[sm[0]].actor == d->person_pair[1] - 1) &&
        d->person_pair_type == DN_EDGE_CALL && !(sc->n_prev_ta > 0 && sc->prev_type == DN_EDGE_MEETING) &&
        ((TK(ts).len >= 7 && memcmp(TK(ts).lower, "discuss", 7) == 0) ||
         (TK(ts).len >= 4 && memcmp(TK(ts).lower, "talk", 4) == 0)))
        t = retyped(&ot, t, DN_EDGE_CALL); /* "... had a telephone conversation
                                              with B. The leaders discussed":
                                              the same call (not "A visited
                                              X, when the two leaders
                                              talked") */
    if (t->joint && nt == 0 && ns == 1 && (d->m[sm[0]].flags & M_GROUP) && nsa >= 2) {
        /* "the two leaders held talks": a joint subject in one mention
         * ("the three countries met": every pair) */
        for (int k = 1; k < nsa; k++)
            ta[nta++] = sa[k];
        joint_all |= nsa >= 3;
        nsa = 1;
    }
    {
        /* an actor does not act upon its own state ("his country"; but
         * "Opposition leader X accused the government": the opposition
         * does) */
        int k2 = 0, opp = -1; /* (found when a target is that state) */
        for (int y = 0; y < nta; y++) {
            const doc_actor *ty = &d->actors[ta[y]];
            if (nsa == 1 && ta[y] == sa[0] && t->reject_prior && lw_is(d, te, "it"))
                continue; /* "Nicaragua denied it": "it" is the charge, and
                             its author is sought below (not "denies that
                             he backs ...") */
            if (ty->type == DN_ACTOR_STATE && ty->state >= 0 && ty->state == d->actors[sa[0]].state &&
                d->actors[sa[0]].type != DN_ACTOR_STATE) {
                if (opp < 0)
                    opp = ns > 0 &&
                          (t->type == DN_EDGE_ACCUSATION || t->type == DN_EDGE_APPEAL) &&
                          opposing_subject(d, &d->m[sm[0]], &d->actors[sa[0]]);
                if (!opp)
                    continue;
            }
            if (t->type == DN_EDGE_REJECTION && d->actors[sa[0]].type == DN_ACTOR_STATE &&
                ty->type == DN_ACTOR_ORGANIZATION && ty->state >= 0 &&
                ty->state == d->actors[sa[0]].state)
                continue; /* "Sudan denies that its planes target civilians":
                             its own forces are what is denied of it */
            ta[k2++] = ta[y];
        }
        nta = k2;
    }
    if (nta == 0 && t->reject_prior)
        claimed = nta = claimant_after(d, sc, te, ta); /* "..., as Kigali alleges" */
    if ((nta == 0 || (nta == 1 && d->actors[ta[0]].type == DN_ACTOR_PLACE)) &&
        t->type == DN_EDGE_ACCUSATION && !t->noun) {
        /* "called the Mekele raid a barbaric act", "condemned the attack"
         * (the place names the raid, not whom it blames) */
        int a = attacker_judged(d, sc, te, sa[0]);
        if (a < 0 && nta == 0 && t->n_context > 0)
            a = speaker_judged(d, sc, te, sa[0]);
        if (a < 0 && nta == 0)
            a = mover_judged(d, sc, te, sa[0], 0);
        if (a >= 0) {
            ta[0] = a;
            nta = 1;
        }
    }
    if (nta == 0 && nt == 0 && t->owner_type == DN_EDGE_STATEMENT && !t->noun) {
        /* "Tambadou welcomed the order", "Dodik welcomes the decision": a
         * step welcomed is a remark to the one who took it, the subject
         * of the last act read */
        int a = mover_judged(d, sc, te, sa[0], 1);
        if (a >= 0) {
            ta[nta++] = a;
            t = retyped(&ot, t, DN_EDGE_STATEMENT);
        }
    }
    if (nta == 1 && d->actors[ta[0]].type == DN_ACTOR_PLACE && t->type == DN_EDGE_ACCUSATION &&
        (lw_is(d, te, "it") || lw_is(d, te, "this"))) {
        /* "called it an act of military aggression" after troops "crossed
         * into the Kherson region": "it" is the act, which blames its
         * author (the last attack read, as its state), never the place */
        int a = d->last_attacker, ast = a >= 0 ? d->actors[a].state : -1;
        if (ast >= 0 && ast != d->actors[sa[0]].state && (a = doc_state_actor(d, ast)) >= 0)
            ta[0] = a;
        else
            nta = 0;
    }
    if (nta == 0 && nt == 0 && t->type == DN_EDGE_REJECTION && TK(ts).len >= 6 &&
        (memcmp(TK(ts).lower, "refus", 5) == 0 || memcmp(TK(ts).lower, "declin", 6) == 0)) {
        /* "Merkel also pressed him to attend; he refused her as well",
         * "Blinken urged Netanyahu to allow more aid. Netanyahu
         * declined": the request just made of the subject (one of the
         * last four appeal edges read, in this sentence or the two
         * before), refused to whoever made it */
        for (size_t k = d->n_acc, n = 0; k-- > 0 && n < 4;) {
            const accusation *ac = &d->acc[k];
            if (ac->type != (int)DN_EDGE_APPEAL)
                continue;
            n++;
            if (ac->tgt == sa[0] && d->cur_sent - ac->sent <= 2 && ac->src != sa[0]) {
                ta[nta++] = ac->src;
                break;
            }
        }
    }
    if (nta == 0 && t->reject_prior && d->cur_sent > 0 && te + 1 < NT &&
        (lw_is(d, te, "this") || lw_is(d, te, "these")) && has_word(d, WL_CLAIM_NOUNS, te + 1)) {
        /* "Minister Yang asserted that Japan had 'stolen' the islands.
         * Japan firmly rejects this assertion": the claim just made, by
         * the sentence before's first actor, of another state (before any
         * charge read earlier) */
        int pa = prev_claimant(d, sa[0]);
        if (pa >= 0)
            ta[nta++] = pa;
    }
    if (nta == 0 && t->reject_prior &&
        ((ask = request_follows(d, sc, te)) != 0 || (ask = refusal_at(d, ts, te)) != 0 ||
         rejects_claim(d, ts, te))) {
        /* "rejected the charges": the edge goes to the accusers (not
         * "denied that troops had been sent", "rejected mediation");
         * "rejected all calls for an inquiry": to those who called */
        for (size_t k0 = 0; k0 < d->n_acc && nta < GROUP_MAX && !(ask == 2 && nta > 0); k0++) {
            /* (words said: the latest author only) */
            size_t k = ask == 2 ? d->n_acc - 1 - k0 : k0;
            int tg = d->acc[k].tgt, sr = d->acc[k].src, dup = 0;
            if (ask == 3 ? d->acc[k].type != (int)DN_EDGE_APPEAL &&
                               d->cur_sent > d->acc[k].sent + 1
                         : ask != 2 && d->acc[k].type != (ask ? (int)DN_EDGE_APPEAL
                                                                : (int)DN_EDGE_ACCUSATION))
                continue; /* (words said: either; a refusal: a request, or a
                             charge of this sentence or the last: "accusing
                             him of ... Paris refused") */
            for (int x = 0; x < nsa; x++)
                if (tg == sa[x] || (d->actors[tg].state >= 0 && d->actors[tg].state == d->actors[sa[x]].state))
                    dup = 1;
            if (!dup || (d->actors[sr].state >= 0 && d->actors[sr].state == d->actors[sa[0]].state))
                continue; /* (not its own side's charge: "Sudan denies that
                             its planes target civilians") */
            {
                /* a government body that accused answers for its state
                 * ("Eritrea denied any aggression": Djibouti, whose defence
                 * ministry spoke) */
                const doc_actor *ac = &d->actors[sr];
                if (ac->type == DN_ACTOR_ORGANIZATION && ac->state >= 0 && ac->kind &&
                    strcmp(ac->kind, "government") == 0)
                    sr = doc_state_actor(d, ac->state);
            }
            for (int x = 0; x < nta; x++)
                dup = dup && ta[x] != sr;
            if (dup && sr >= 0)
                ta[nta++] = sr;
        }
    }
    if (nta == 0 && t->reject_prior && ns > 0 && d->n_m > 0 && d->m[0].ts == 0 &&
        d->m[0].te < NT && has_word(d, WL_SPEECH, d->m[0].te) && d->m[0].actor != sa[0]) {
        /* "Kyiv said Moscow had violated the ceasefire, a claim the
         * Kremlin denied": the claim named again before the rejecter is
         * what the speaker said, the speaker its author */
        size_t b = d->m[sm[0]].ts;
        b -= b > 0 && doc_det_at(d, b - 1);
        b -= b > 0 && (lw_is(d, b - 1, "that") || lw_is(d, b - 1, "which"));
        if (b >= 3 && has_word(d, WL_CLAIM_NOUNS, b - 1) &&
            (lw_is(d, b - 2, "a") || lw_is(d, b - 2, "an")) && is_punct(d, b - 3, ",") &&
            (d->actors[d->m[0].actor].state < 0 ||
             d->actors[d->m[0].actor].state != d->actors[sa[0]].state))
            ta[nta++] = d->m[0].actor;
    }
    if (nta == 0 && t->reject_prior) {
        /* "dismissed accusations by the United States and Britain": the
         * accusers are named */
        for (size_t j = te; j < NT && j < te + 4 && nta == 0; j++)
            if (has_word(d, WL_CLAIM_NOUNS, j) && (lw_is(d, j + 1, "by") || lw_is(d, j + 1, "from"))) {
                int mi = mention_from(d, sc, j + 2);
                if (mi >= 0) {
                    nt = group_right(d, sc, mi, tm, GROUP_MAX, 1);
                    nta = actors_of(d, tm, nt, ta, GROUP_MAX * 2, t->type, 0, sa[0]);
                }
            }
    }
    if (nta == 0 && t->reject_prior && ns > 0)
        nta = claimant_before(d, sm[0], te, ta); /* "..., which Islamabad denies" */
    if (nta == 0 && t->reject_prior && d->pair_named && d->pair[0] >= 0 && d->pair[1] >= 0) {
        /* "rejected claims of an invasion": in a two-sided conflict the
         * claims are the other side's */
        int ss = d->actors[sa[0]].state;
        if (claim_follows(d, te) && (ss == d->pair[0] || ss == d->pair[1])) {
            int other = ss == d->pair[0] ? d->pair[1] : d->pair[0];
            ta[nta++] = doc_actor_get(d, DN_ACTOR_STATE, dn_lexicon_state(d->lx, other)->name, NULL,
                                      other);
        }
    }
    if (nta == 0 && t->reject_prior && d->cur_sent > 0 && te + 1 < NT &&
        (lw_is(d, te, "the") || lw_is(d, te, "this") || lw_is(d, te, "these")) &&
        has_word(d, WL_CLAIM_NOUNS, te + 1)) {
        /* "Foreign Minister Urmas Paet said ... that the attacks came from
         * Russian state institutions. Dmitry Peskov rejected the
         * accusation": the claim of the sentence before, whose first
         * actor, of another state, made it */
        int pa = prev_claimant(d, sa[0]);
        if (pa >= 0)
            ta[nta++] = pa;
    }
    if ((nta == 0 && (t->type == DN_EDGE_STATEMENT || t->type == DN_EDGE_APPEAL) &&
         sc->n_prev_ta >= 1 && (sc->prev_type == DN_EDGE_CALL || sc->prev_type == DN_EDGE_MEETING) &&
         purpose_of_act(d, sc, ts)) ||
        (nta == 0 && nt == 0 && t->type == DN_EDGE_APPEAL && sc->n_prev_ta >= 1 &&
         sc->prev_type == DN_EDGE_STATEMENT && sc->prev_message && participle_clause(d, ts) &&
         !has_word(d, WL_PREPOSITIONS, te)) ||
        (nta == 0 && nt == 0 && t->type == DN_EDGE_APPEAL && sc->n_prev_ta >= 1 &&
         (sc->prev_type == DN_EDGE_CALL || sc->prev_type == DN_EDGE_MEETING) && ts > 0 &&
         lw_is(d, ts - 1, "and") && (!has_word(d, WL_PREPOSITIONS, te) || lw_is(d, te, "for"))) ||
        (sc->n_prev_ta >= 2 && plural_object(d, te) &&
         (nta == 0 || (nt == 1 && (d->m[tm[0]].flags & M_GROUP) && d->m[tm[0]].ts == te)))) {
        /* the targets of the sentence's act before: its purpose said to
         * the partner of a call or a meeting ("called Erdogan to offer
         * his condolences", "summoned the envoy to demand an
         * explanation"; not "called on both sides to cease fire", an act
         * asked for), or "them", "both ministers", "the two allies"
         * right after ("spoke with A and B and urged them"), rather than
         * the article's two sides; or the addressees of a letter whose
         * appeal names no one ("wrote to X, urging calm"); or the partner
         * of a call or a meeting whose subject "and" asks, naming no one
         * ("held talks with X and asked for the release of the crew") */
        nta = 0;
        for (int k = 0; k < sc->n_prev_ta; k++)
            if (sc->prev_ta[k] != sa[0])
                ta[nta++] = sc->prev_ta[k];
    }
    if (nta == 0)
        return 0;
    if (t->type == DN_EDGE_APPEAL && nt > 0 && te > ts + 1 && lw_is(d, te - 1, "that") &&
        fact_verb_at(d, d->m[tm[nt - 1]].te))
        return 0; /* "insisted that the judge had acted independently": a
                     claim about X, not a demand of X */
    sc->n_prev_ta = nta < 4 ? nta : 4;
    sc->prev_type = t->type;
    /* (all four: a copy of a known size, no call; those past n_prev_ta
     * are never read) */
    memcpy(sc->prev_ta, ta, sizeof sc->prev_ta);
    sc->prev_message = 0;
    if (t->type == DN_EDGE_STATEMENT && nt > 0 &&
        (lw_is(d, ts, "wrote") || lw_is(d, ts, "writes") || lw_is(d, ts, "written") ||
         lw_is(d, ts, "write") || lw_is(d, ts, "sent") || lw_is(d, ts, "sends")) &&
        appeal_follows(d, sc, d->m[tm[nt - 1]].te)) {
        /* "wrote to Guterres, asking him to help": the letter is the
         * appeal that follows, whose "them" are its addressees, noted
         * above ("wrote to A and to B, urging them"), and whose appeal
         * naming no one is made to them ("wrote to X, urging calm"); but
         * "praised X, urging calm" is a remark besides */
        sc->prev_message = 1;
        return 0;
    }
    /* the sentence subject for pronouns */
    d->last_subject = sa[0];
    if (d->actors[sa[0]].type == DN_ACTOR_PERSON)
        d->last_person_subj = sa[0];
    note_person_pair(d, sa, nsa, ta, nta, t->type);
    if (t->owner_type >= 0 && nt > 0 && (owned || owners_only(d, tm, nt)) &&
        !(t->type == DN_EDGE_MEETING && meal_after(d, te))) {
        /* "welcomed Moscow's decision": a statement about Moscow */
        t = retyped(&ot, t, (dn_edge_type)t->owner_type);
    }
    if (t->type == DN_EDGE_ATTACK && nt > 0 && TK(ts).len >= 6 &&
        memcmp(TK(ts).lower, "attack", 6) == 0 && all_persons(d, tm, nt, 0) &&
        (lw_is(d, d->m[tm[nt - 1]].te, "as") || lw_is(d, d->m[tm[nt - 1]].te, "for") ||
         (ts > 0 && lw_is(d, ts - 1, "verbally")))) {
        /* "has repeatedly attacked the Spanish leader as a symbol of
         * socialism", "attacked Biden for his policy": words aimed at a
         * person, not arms */
        t = retyped(&ot, t, DN_EDGE_ACCUSATION);
    }
    if (t->type == DN_EDGE_ACCUSATION && nt > 0) {
        /* "Wang Wenbin said the United States had smeared China": the
         * teller accuses, and the smear is his claim, no fact */
        int teller = reported_against_teller(d, sc, sm, ns, ta, nta, sa, nsa);
        if (teller >= 0) {
            for (int x = 0; x < nsa; x++)
                if (add_edge(d, teller, sa[x], t, si, sent, ts, te, st) != 0)
                    return -1;
            return 0;
        }
    }
    if (nt == 1 && (d->m[tm[0]].flags & M_EACH) && nsa == nta) {
        /* "A and B spoke with their Turkish counterparts": each his own */
        for (int x = 0; x < nsa; x++)
            if (add_edge(d, sa[x], ta[x], t, si, sent, ts, te, st) != 0)
                return -1;
        return 0;
    }
    if (t->type == DN_EDGE_MEETING) {
        /* "visited Beijing in April, when President Xi received him": a
         * visit to a state whose host the sentence names is the meeting
         * with the host, not with the state */
        int k2 = 0;
        for (int y = 0; y < nta; y++)
            if (d->actors[ta[y]].type != DN_ACTOR_STATE ||
                !host_named(d, sc, ts, te, d->actors[ta[y]].state))
                ta[k2++] = ta[y];
        nta = k2;
    }
    for (int x = 0; x < nsa; x++)
        for (int y = 0; y < nta; y++)
            if (add_edge(d, sa[x], ta[y], t, si, sent, ts, te, st) != 0)
                return -1;
    if (claimed && t->type == DN_EDGE_REJECTION) {
        /* "denied that its soldiers helped the killers, as Kigali
         * alleges": Kigali's charge is an accusation too */
        const dn_lex_trigger *acc = retyped(&ot, t, DN_EDGE_ACCUSATION);
        for (int x = 0; x < nsa; x++)
            if (add_edge(d, ta[0], sa[x], acc, si, sent, ts, te, st) != 0)
                return -1;
    }
    if (t->objects_meet || (joint_all && t->symmetric))
        for (int x = 0; x < nta; x++) /* "brought A and B together" */
            for (int y = x + 1; y < nta; y++)
                if (add_edge(d, ta[x], ta[y], t, si, sent, ts, te, st) != 0)
                    return -1;
    if ((t->type == DN_EDGE_ATTACK || t->type == DN_EDGE_ACCUSATION) && nt > 0 &&
        has_word(d, WL_RECIPROCAL_VERBS, ts) && d->m[tm[0]].ts > 0 &&
        lw_is(d, d->m[tm[0]].ts - 1, "with")) {
        /* "A exchanged fire with B", "traded accusations with B": both ways */
        for (int x = 0; x < nsa; x++)
            for (int y = 0; y < nta; y++)
                if (add_edge(d, ta[y], sa[x], t, si, sent, ts, te, st) != 0)
                    return -1;
    }
    if (t->type == DN_EDGE_ATTACK) {
        /* "X said Y had attacked X's country": X accuses Y */
        int teller = reported_against_teller(d, sc, sm, ns, ta, nta, sa, nsa);
        if (teller >= 0) {
            const dn_lex_trigger *acc = retyped(&ot, t, DN_EDGE_ACCUSATION);
            for (int x = 0; x < nsa; x++)
                if (add_edge(d, teller, sa[x], acc, si, sent, ts, te, st) != 0)
                    return -1;
        }
    }
    if (t->type == DN_EDGE_MEETING) {
        /* "met in talks hosted by C and D": each host met each of them */
        int hm[GROUP_MAX], ha[GROUP_MAX * 2];
        int nh = hosts_after(d, sc, te, hm, GROUP_MAX);
        nh = actors_of(d, hm, nh, ha, GROUP_MAX * 2, t->type, 1, -1);
        for (int h = 0; h < nh; h++)
            for (int y = 0; y < nsa + nta; y++) {
                int a = y < nsa ? sa[y] : ta[y - nsa];
                if (a != ha[h] && add_edge(d, ha[h], a, t, si, sent, ts, te, st) != 0)
                    return -1;
            }
    }
    return 0;
}

/* 1 when the sentence asks whether something may be ("Should a mediator
 * ever let the parties speak at a signing?", "Will Putin call Biden?"):
 * a hypothetical, no contact. (A question with "did", "has" or "is" may
 * take a contact as given: "Did the Secretary raise it in his meeting
 * with Wang Yi?"; one of who, why or when too: both read as any
 * sentence.) */
static int modal_question(doc *d)
{
    size_t a = 0, b = NT;
    if (b == 0 || (TK(b - 1).text[0] != '?' && !(TK(b - 1).flags & DN_TOK_CLOSEQ)))
        return 0; /* most sentences: asked of each */
    while (b > 0 && (TK(b - 1).flags & DN_TOK_CLOSEQ))
        b--;
    if (b == 0 || !is_punct(d, b - 1, "?"))
        return 0;
    while (a < b && !(TK(a).flags & DN_TOK_WORD))
        a++; /* an opening quotation mark, a bullet */
    return a < b && has_word(d, WL_QUESTION_MODALS, a);
}

/* Finds and processes the triggers of the current sentence (pass 2),
 * sentence number si. 0 ok, -1 ENOMEM. Not inlined: inside extract_part
 * the scan over the token masks would keep its bounds on the stack. */
__attribute__((noinline)) static int sentence_triggers(doc *d, sent_ctx *sc, size_t si, const dn_sentence *s,
                             dn_extract_stats *st)
{
    const dn_wordmask *mask = d->tokmask;
    size_t n = NT;
    sc->prev_trig = sc->prev_main = (size_t)-1;
    sc->n_prev_ta = 0;
    sc->prev_message = 0;
    if (modal_question(d))
        return 0;
    for (size_t t = 0; t < n;) {
        const dn_lex_trigger *tr;
        int ti;
        size_t e;
        while (!(mask[t] & DN_LEX_MASK_TRIGGER))
            t++; /* most tokens: no trigger starts there (the spare mask
                    after the sentence has the bit: tokens_prepare) */
        if (t >= n)
            break;
        e = trigger_at(d, sc, t, &ti);
        if (ti >= 0 && e > t) {
#ifdef DN_EXTRACT_DEBUG
            fprintf(stderr, "   T[%s] %s\n", dn_lexicon_trigger(d->lx, ti)->name, TK(t).text);
#endif
            if (st)
                st->triggers++;
            tr = dn_lexicon_trigger(d->lx, ti);
            if (process_trigger(d, sc, si, s, t, e, ti, tr, st) != 0)
                return -1;
            if (!tr->noun && !tr->modal &&
                !(t > 0 && has_word(d, WL_PREPOSITIONS, t - 1) && !lw_is(d, t - 1, "to"))) {
                /* verbs only: "and" joins verbs (not a trigger's word used
                 * as a noun after a preposition: "recalled X for
                 * consultations and demanded") */
                sc->prev_trig = t;
                if (!subordinate_verb(d, sc, t))
                    sc->prev_main = t;
            }
            t = e;
        } else {
            t++;
        }
    }
    return 0;
}

/* The first of tok[i .. n) with one of the flags, or n. */
static size_t next_flag(const dn_token *tok, size_t i, size_t n, unsigned flags)
{
    const dn_token *p = tok + i, *e = tok + n;
    while (p < e && !(p->flags & flags))
        p++;
    return (size_t)(p - tok);
}

/* The first of tok[i .. n) with a quotation flag, or n. */
static size_t next_quote_flag(const dn_token *tok, size_t i, size_t n)
{
    return next_flag(tok, i, n, DN_TOK_OPENQ | DN_TOK_QUOTE | DN_TOK_CLOSEQ);
}

/* Speaker information of one sentence (pass 1); q0: its first token with
 * a quotation flag (NT none: then sc->tok2m is not read, and need not be
 * built). */
static void note_speakers(doc *d, sent_ctx *sc, sent_info *in, size_t q0)
{
    in->sp_after = in->sp_before = in->first_actor = in->first_subj = -1;
    in->speaker = -1;
    in->end_inq = NT ? (TK(NT - 1).flags & DN_TOK_QUOTE) && !(TK(NT - 1).flags & DN_TOK_CLOSEQ) : 0;
    for (size_t i = 0; i < d->n_m && in->first_subj < 0; i++) {
        unsigned f = d->m[i].flags;
        if (f & (M_PRON | M_GROUP | M_OBJPRON | M_SPEAKER))
            continue;
        if (in->first_actor < 0)
            in->first_actor = d->m[i].actor;
        if (!(f & (M_PP | M_POSS | M_MOD | M_WEAK)))
            in->first_subj = d->m[i].actor;
    }
    for (size_t i = q0; i < NT; i++) {
        /* most tokens: nothing to note; once a quoted token is seen, only
         * the quotation marks are (the words of a quote, DN_TOK_QUOTE
         * alone, would set has_quote again) */
        i = next_flag(d->tk.tok, i, NT,
                      in->has_quote ? DN_TOK_OPENQ | DN_TOK_CLOSEQ
                                    : DN_TOK_OPENQ | DN_TOK_QUOTE | DN_TOK_CLOSEQ);
        if (i >= NT)
            break;
        if (TK(i).flags & DN_TOK_OPENQ) {
            in->has_open = 1;
            /* "X said: "..."" */
            if (i >= 2 && is_punct(d, i - 1, ":,")) {
                for (size_t j = i - 1, n = 0; j > 0 && n < 6; n++) {
                    j--;
                    if (sc->tok2m[j] >= 0 && in->sp_before < 0) {
                        int sp = 0;
                        for (size_t k = d->m[sc->tok2m[j]].te; k < i; k++)
                            sp |= has_word(d, WL_SPEECH, k);
                        if (sp)
                            in->sp_before = d->m[sc->tok2m[j]].actor;
                        break;
                    }
                }
            }
        }
        if (TK(i).flags & (DN_TOK_QUOTE | DN_TOK_OPENQ))
            in->has_quote = 1;
        if ((TK(i).flags & DN_TOK_CLOSEQ) && in->sp_after < 0) {
            size_t j = i + 1;
            if (is_punct(d, j, "-")) {
                size_t k = j + 1;
                if (k < NT && sc->tok2m[k] >= 0)
                    in->sp_after = d->m[sc->tok2m[k]].actor;
                continue;
            }
            for (size_t n = 0; j < NT && n < 10; j++, n++) {
                int mi = sc->tok2m[j];
                if (TK(j).flags & DN_TOK_OPENQ)
                    break;
                if (mi >= 0) {
                    int sp = 0;
                    size_t a = j > 3 ? j - 3 : 0, b = d->m[mi].te + 2;
                    for (size_t k = a; k < b && k < NT; k++)
                        sp |= has_word(d, WL_SPEECH, k);
                    if (sp && !(d->m[mi].flags & M_PP))
                        in->sp_after = d->m[mi].actor;
                    break;
                }
            }
        }
    }
}

static int build_tok2m(doc *d, sent_ctx *sc)
{
    if (NT + 1 > sc->cap && /* (dn_grow's own test, inline) */
        dn_grow((void **)&sc->tok2m, &sc->cap, NT + 1, sizeof *sc->tok2m) != 0)
        return -1;
    memset(sc->tok2m, 0xff, NT * sizeof *sc->tok2m); /* -1 */
    for (size_t k = 0; k < d->n_m; k++) {
        size_t te = d->m[k].te < NT ? d->m[k].te : NT;
        for (size_t i = d->m[k].ts; i < te; i++)
            sc->tok2m[i] = (int)k;
    }
    sc->ctx_fresh = 0;
    sc->hedge_scan = 0;
    return 0;
}

/* The two sides: states named in a hyphenated pair ("Rwanda-Congo"),
 * else the two states the document names most. find_pair_at tries the
 * token w whose first hyphen is h. */
static void find_pair_at(doc *d, dn_tokens *scratch, const char *w, const char *h)
{
    int st[2] = {-1, -1};
    for (int part = 0; part < 2; part++) {
        const char *a = part ? h + 1 : w;
        size_t n = part ? strlen(h + 1) : (size_t)(h - w);
        dn_lex_ref refs[8];
        size_t nr, l;
        if (dn_tokenize(scratch, a, 0, n, 0, 0) != DN_OK || scratch->n == 0)
            break;
        l = dn_lexicon_match(d->lx, scratch->tok, scratch->n, 0, refs, 8, &nr);
        if (l != scratch->n)
            break;
        for (size_t k = 0; k < nr; k++)
            if (refs[k].kind == DN_LX_STATE || refs[k].kind == DN_LX_DEMONYM) {
                st[part] = refs[k].index;
                break;
            }
    }
    if (st[0] >= 0 && st[1] >= 0 && st[0] != st[1]) {
        d->pair[0] = st[0];
        d->pair[1] = st[1];
        d->pair_named = 1;
    }
}

/* The offset of the first byte c of d->text at or after from (d->len:
 * none), *at holding the answer for an earlier from (or 0): the sentences
 * come in order, so each byte of the part is searched once. */
static size_t next_byte(const doc *d, size_t *at, size_t from, int c)
{
    if (*at < from || (*at == 0 && from == 0)) {
        const char *p = memchr(d->text + from, c, d->len - from);
        *at = p ? (size_t)(p - d->text) : d->len;
    }
    return *at;
}

/* The same for the first dash of the text (U+2012 .. U+2015, U+2212:
 * text.c's is_dash_cp, bytes E2 80 92 .. E2 80 95 and E2 88 92): the
 * curly quotes and bullets that also open with byte 0xE2 are far more
 * common, and are passed over. */
static size_t next_dash(const doc *d, size_t *at, size_t from)
{
    if (*at < from || (*at == 0 && from == 0)) {
        const unsigned char *u = (const unsigned char *)d->text, *p;
        size_t k = from;
        while ((p = memchr(u + k, 0xE2, d->len - k)) != NULL && p + 2 < u + d->len &&
               !((p[1] == 0x80 && p[2] >= 0x92 && p[2] <= 0x95) || (p[1] == 0x88 && p[2] == 0x92)))
            k = (size_t)(p - u) + 1;
        *at = p && p + 2 < u + d->len ? (size_t)(p - u) : d->len;
    }
    return *at;
}

static void find_pair(doc *d, dn_tokens *scratch, size_t dash[2])
{
    size_t s, e;
    if (NT == 0)
        return;
    /* A token's hyphen is a '-' of the text or a dash that the tokenizer
     * wrote as '-': a sentence whose bytes have neither (most sentences)
     * names no pair, and its tokens are not looked at. */
    s = TK(0).start;
    e = TK(NT - 1).end;
    if (next_byte(d, &dash[0], s, '-') >= e && next_dash(d, &dash[1], s) >= e)
        return;
    for (size_t i = 0; i < NT && d->pair[0] < 0; i++) {
        const char *h;
        /* two names and a hyphen take 3 bytes at least */
        if (!(TK(i).flags & DN_TOK_CAP) || TK(i).len < 3 ||
            !(h = memchr(TK(i).text, '-', TK(i).len)))
            continue;
        find_pair_at(d, scratch, TK(i).text, h);
    }
}

/* 1 when a mention of a person ends at token c. */
static int person_ends_at(const doc *d, size_t c)
{
    for (size_t k = 0; k < d->n_m && d->m[k].ts < c; k++)
        if (d->m[k].te == c && d->actors[d->m[k].actor].type == DN_ACTOR_PERSON)
            return 1;
    return 0;
}

/* A transcript's label at the start of a line: up to five capitalised
 * words and a colon ("Zhao Lijian:", "AFP:", "Q:"); its actor is the
 * first mention among them (pass 1). */
/* label_actor of a chronology's date head ("5 December 2018:"), which
 * names no speaker and opens no transcript block */
#define LABEL_DATE (-3)

__attribute__((noinline)) static void note_label(doc *d, const dn_sentence *s, sent_info *in)
{
    in->label_end = 0;
    in->label_actor = -1;
    in->label_block = 0;
    if (!(s->flags & DN_SENT_PARA_START) || (s->flags & DN_SENT_QUOTED))
        return;
    {
        /* a chronology's date head, "5 December 2018:", "March 4, 2019:":
         * a label with no speaker, no part of what the line says */
        size_t c = 0, month = 0, colon = 0;
        /* (its colon is the third to the sixth token, where the loop
         * below stops: without one there, the words need not be read,
         * nor capitalised ones looked up as months) */
        for (size_t k = 2; k <= 5 && k + 1 < NT && !colon; k++)
            colon = is_punct(d, k, ":");
        for (; colon && c < NT && c < 5; c++) {
            if ((TK(c).flags & DN_TOK_CAP) && doc_month_of(TK(c).text, TK(c).len))
                month++;
            else if (!isdigit((unsigned char)TK(c).text[0]) && !is_punct(d, c, ","))
                break;
        }
        if (colon && month == 1 && c >= 2 && c + 1 < NT && is_punct(d, c, ":")) {
            in->label_end = (unsigned short)(c + 1);
            in->label_actor = LABEL_DATE;
            return;
        }
    }
    for (size_t c = 0, paren = 0; c < NT && c <= 20; c++) {
        if (TK(c).flags & DN_TOK_WORD) {
            /* (a word: none of the marks below; most tokens) */
            if (c > 0 && paren == 0 &&
                (lw_is(d, c, "of") || lw_is(d, c, "for") || lw_is(d, c, "and") ||
                 lw_is(d, c, "the")))
                continue; /* "Secretary of State for Foreign and Commonwealth Affairs" */
            if (!(TK(c).flags & DN_TOK_CAP))
                return;
            continue;
        }
        if (c > 0 && is_punct(d, c, ":")) {
            int who = -1, person = -1;
            if (c > 6 && !is_punct(d, c - 1, ")") && !person_ends_at(d, c))
                return; /* a long label ends with its speaker's name in
                           parentheses: "The Secretary of State ...
                           (Margaret Beckett):", or with it after his
                           office: "Official Spokesperson, Shri Randhir
                           Jaiswal:" */
            for (size_t k = 0; k < d->n_m && d->m[k].te <= c; k++) {
                const doc_actor *a = &d->actors[d->m[k].actor];
                if ((d->m[k].flags & M_CAPITAL) || a->type == DN_ACTOR_PLACE ||
                    (k == 0 && d->m[k].ts == 0 && a->type == DN_ACTOR_STATE &&
                     strncasecmp(a->label, TK(0).text, TK(0).len) == 0))
                    return; /* "Kabul:", a dateline, and "Iran: Detained
                               Naval Personnel", a headline, name no
                               speaker (but "KREMLIN:" heads what the
                               Kremlin issued) */
                if (who < 0 && !(d->m[k].flags & (M_PRON | M_GROUP)))
                    who = d->m[k].actor;
                if (person < 0 && a->type == DN_ACTOR_PERSON)
                    person = d->m[k].actor;
            }
            if (who < 0 && c == 1 && (TK(0).flags & DN_TOK_UPPER) && TK(0).len >= 3 &&
                TK(0).len < 64) {
                /* "SIKORSKI:", the surname in capitals of a person the
                 * story named ("Radoslaw Sikorski") */
                char word[64], nm[64];
                const char *tc;
                memcpy(word, TK(0).text, TK(0).len);
                word[TK(0).len] = '\0';
                if ((tc = doc_caps_title(word, nm, sizeof nm)) &&
                    (who = dn_strmap_get(&d->names, tc)) >= 0 &&
                    d->actors[who].type == DN_ACTOR_PERSON)
                    person = who;
                else
                    who = -1;
            }
            if (who < 0 && (who = doc_label_office(d, c)) >= 0)
                person = who; /* "THE MINISTER OF FOREIGN AFFAIRS:", the
                                 minister the story named */
            in->label_end = (unsigned short)(c + 1);
            in->label_actor = person >= 0 ? person : who;
            if (c == 1 && in->label_actor < 0 && (doc_tx_is(d, 0, "A") || doc_tx_is(d, 0, "Answer")))
                in->label_actor = -2; /* "A:", the answer of the briefing's
                                         spokesperson (transcript_blocks) */
            return;
        }
        if (is_punct(d, c, "(") && c > 0) {
            paren = 1;
            continue;
        }
        if (is_punct(d, c, ")") && paren)
            continue;
        if (c > 0 && paren == 0 && is_punct(d, c, ","))
            continue; /* "Official Spokesperson, Shri Randhir Jaiswal:" */
        return; /* any other mark */
    }
}

/* 1 when sentence s is a line of a news site's page, not of the article:
 * a paragraph made only of words of the "clutter" list ("Advertisement",
 * "Share", "Story continues below"), or one whose words before a colon
 * near its start all are ("READ MORE: ...", "Also Read: ...": a link to
 * another story). */
static int clutter_line(doc *d, const dn_sentence *s)
{
    size_t k = 0;
    if (!(s->flags & DN_SENT_PARA_START) || NT == 0)
        return 0;
    while (k < NT && has_word(d, WL_CLUTTER, k))
        k++;
    if (k == 0)
        return 0;
    if (k == NT || (k == NT - 1 && !(TK(k).flags & DN_TOK_WORD) && !is_punct(d, k, ":")))
        return 1;
    return k <= 3 && is_punct(d, k, ":");
}

/* A transcript (two labels or more): each label's words, and the lines
 * after it up to the next label, are its speaker's ("We urge Lithuania"
 * under "Zhao Lijian:"); with fewer labels, no line is a label. */
static void transcript_blocks(doc *d, const dn_sentence *s, size_t n)
{
    sent_info *si = d->si;
    size_t labels = 0;
    int sp = -1, in_block = 0;
    for (size_t i = 0; i < n; i++)
        labels += si[i].label_end > 0 && si[i].label_actor != LABEL_DATE;
    if (labels < 2) {
        for (size_t i = 0; i < n; i++)
            if (si[i].label_actor != LABEL_DATE)
                si[i].label_end = 0; /* (a date head is one alone too) */
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (si[i].label_actor == LABEL_DATE)
            continue;
        if (si[i].label_end) {
            sp = si[i].label_actor;
            if (sp == -2) {
                /* "Q: ... A: ...": the answers are those of the person the
                 * title names ("Foreign Ministry Spokesperson Lu Kang's
                 * Regular Press Conference") */
                int t = si[0].first_actor;
                sp = t >= 0 && d->actors[t].type == DN_ACTOR_PERSON ? t : -1;
            }
            doc_label_speaker_state(d, sp);
            in_block = 1;
        }
        if (!in_block || (s[i].flags & DN_SENT_QUOTED))
            continue;
        si[i].label_block = 1;
        if (si[i].speaker < 0)
            si[i].speaker = sp;
    }
}

static void resolve_speakers(doc *d, const dn_sentence *s, size_t n)
{
    sent_info *si = d->si;
    int heading_speaker = -1;
    for (size_t i = 0; i < n; i++) {
        size_t e = i;
        int sp;
        if ((s[i].flags & DN_SENT_HEADING) && !(s[i].flags & DN_SENT_QUOTED)) {
            if (si[i].sp_after >= 0)
                heading_speaker = si[i].sp_after; /* "'...' - X" */
            else if ((s[i].flags & DN_SENT_CAPS) && si[i].first_actor >= 0)
                heading_speaker = si[i].first_actor; /* "NAME, TITLE" */
            else if (i > 0)
                heading_speaker = -1;
            if (si[i].has_quote && si[i].sp_after >= 0)
                si[i].speaker = si[i].sp_after;
            continue;
        }
        if (!(s[i].flags & DN_SENT_QUOTED) && !si[i].has_open)
            continue;
        while (si[e].end_inq && e + 1 < n && (s[e + 1].flags & DN_SENT_QUOTED))
            e++;
        sp = -1;
        for (size_t k = i; k <= e && sp < 0; k++)
            sp = si[k].sp_after;
        if (sp < 0)
            sp = si[i].sp_before;
        if (sp < 0 && i > 0 && (s[i - 1].flags & DN_SENT_COLON))
            sp = si[i - 1].first_actor;
        if (sp < 0 && i > 0 && !(s[i].flags & DN_SENT_PARA_START) && si[i - 1].has_quote &&
            si[i - 1].speaker >= 0)
            sp = si[i - 1].speaker; /* '"...," X told reporters. "We call on
                                       ..."': the same voice goes on */
        if (sp < 0)
            sp = heading_speaker;
        for (size_t k = i; k <= e; k++)
            si[k].speaker = sp;
        i = e;
    }
}

/* ---- the extractor: a document's working memory, kept for the next ----
 *
 * A part needs about thirty times its size in working memory: its tokens,
 * per-token arrays (word lists, lexicon matches), per-sentence notes, its
 * actors and their strings (an arena), three string maps and an actor
 * cache. Rebuilding all of it for every document cost allocation, zeroing
 * and page faults comparable to the work on a short article; an extractor
 * keeps it from part to part instead:
 *   - arrays are grown when a part needs more, and only the entries the
 *     part uses are initialised;
 *   - the maps and the actor cache are zeroed when their tables fit the
 *     part (no smaller than it asks, at most 4 times larger), and are made
 *     anew otherwise, so that a short article after a long one does not
 *     zero the long one's tables;
 *   - the arena is rewound (merged into one chunk when it had several);
 *   - after a part more than 4 times longer than the next one and than
 *     KEEP_LEN, everything is released, so that one long text (a 2 MB
 *     part) does not hold its memory for the rest of the run. */
#define KEEP_LEN ((size_t)128 << 10)

/* The per-token arrays of a part share one block of n = tokens +
 * sentences + 1 entries each (one spare after each sentence): tokmask
 * (first, for its 8-byte alignment), the three memos lm_len, lm_title
 * and lm_body (3 per token, laid out by sentence: memo_block), lm_roff,
 * lm_first (2 per token), lm_n, nr_memo, tokskip. */
#define TOK_ENTRY_BYTES (sizeof(dn_wordmask) + 4 * sizeof(int) + 2 * sizeof(int) + 2 * sizeof(unsigned short) + 1)

struct dn_extractor {
    const dn_lexicon *lx;
    doc d;            /* the document: its buffers are kept between parts */
    sent_ctx sc;      /* tok2m is kept */
    dn_tokens all;    /* every token of the part (dn_tokenize_sentences) */
    dn_tokens scratch; /* find_pair's */
    size_t *first;    /* sentence i's tokens: all.tok[first[i] .. first[i + 1]) */
    size_t first_cap;
    unsigned char *quotes; /* sentence i has a token with a quotation flag
                              (tokens_prepare) */
    size_t quotes_cap;
    size_t si_cap;    /* entries of d.si */
    void *tokblock;   /* the per-token arrays */
    size_t tok_cap;   /* entries of each */
    size_t n_states, n_bodies;
    unsigned char wl_bit[WL__COUNT]; /* doc_lists_init's, found once */
    size_t max_len;   /* the longest part since the buffers were released */
    /* node_memo_slot's memo: the node of the graph whose dn_graph_epoch
     * is memo_graph (0: none yet) for each lexicon entry, an array made
     * on first use: the entries of kind k (doc_actor.lexkey) from
     * memo_off[k] to memo_off[k] + memo_n[k] (0 for the kinds that make
     * no actors) */
    struct node_memo {
        dn_node *node;  /* NULL until the node is made */
        unsigned have;  /* MEMO_* of the fields the node holds */
    } *memo;
    doc_lex_info *lexinfo; /* doc_lex_info_slot's, entries as memo's,
                              made with it and kept for good */
    size_t memo_off[DN_LX__COUNT], memo_n[DN_LX__COUNT];
    uint64_t memo_graph;
    dn_text_key ev_key; /* d.ev_text's, made with it (add_edge) */
    /* reverse_may_exist's filter: a bit per (source, target, type) of
     * the graph's calls and meetings (SYM_BITS bits), for its edges up to
     * sym_seen, of the graph whose epoch is sym_graph */
    uint64_t *sym_bloom;
    size_t sym_seen;
    uint64_t sym_graph;
    char *ev_buf;       /* d.ev_text's bytes (sentence_text), kept */
    size_t ev_cap;
    int ev_plain;       /* d.ev_text is its sentence's bytes as they are
                           (printable ASCII, not cut) */
    trig_text trig;     /* add_edge's (trigger_text) */
};

/* The extractor whose document d is. */
static dn_extractor *extractor_of(doc *d)
{
    return (dn_extractor *)(void *)((char *)d - offsetof(dn_extractor, d));
}

/* The key of d->ev_text (dn_graph_text_key), add_edge's to fill in when
 * it makes the text. */
static dn_text_key *sentence_key(doc *d)
{
    return &extractor_of(d)->ev_key;
}

/* The sentence s[0..n) as evidence text, in the extractor's buffer,
 * which d->ev_text then points at until the next sentence; *len its
 * length. Cleaned UTF-8 (dn_utf8_clean's), cut at a character boundary
 * after DN_EVIDENCE_TEXT_MAX bytes and ending in "..." (U+2026) when
 * longer, so that a run-on "sentence" naming thousands of actors does not
 * copy its whole text into every edge it yields (the evidence offsets
 * still span the whole sentence). Printable ASCII of at most
 * DN_EVIDENCE_TEXT_MAX bytes (most sentences) is copied as it is; the
 * rest is cleaned straight into the buffer (dn_utf8_clean_to): no malloc,
 * no free, no strlen. NULL on ENOMEM. */
static char *sentence_text(doc *d, const char *s, size_t n, size_t *len)
{
    dn_extractor *x = extractor_of(d);
    size_t keep = n;

    x->ev_plain = n <= DN_EVIDENCE_TEXT_MAX && dn_utf8_printable_run(s, n) == n;
    if (x->ev_plain) {
        if (n + 1 > x->ev_cap && dn_grow((void **)&x->ev_buf, &x->ev_cap, n + 1, 1) != 0)
            return NULL;
        memcpy(x->ev_buf, s, n);
        x->ev_buf[n] = '\0';
        *len = n;
        return x->ev_buf;
    }
    if (n > DN_EVIDENCE_TEXT_MAX) {
        keep = DN_EVIDENCE_TEXT_MAX;
        while (keep > 0 && ((unsigned char)s[keep] & 0xC0) == 0x80)
            keep--;
    }
    /* dn_utf8_clean_to's room, and the ellipsis's 3 bytes */
    if (3 * keep + 4 > x->ev_cap && dn_grow((void **)&x->ev_buf, &x->ev_cap, 3 * keep + 4, 1) != 0)
        return NULL;
    *len = dn_utf8_clean_to(x->ev_buf, s, keep);
    if (n > DN_EVIDENCE_TEXT_MAX) {
        memcpy(x->ev_buf + *len, "\xE2\x80\xA6", 4);
        *len += 3;
    }
    return x->ev_buf;
}

static trig_text *trigger_text(doc *d)
{
    return &extractor_of(d)->trig;
}

/* 1 when d->ev_text is its sentence's bytes as they are (sentence_text
 * found them printable ASCII). */
static int sentence_plain(doc *d)
{
    return extractor_of(d)->ev_plain;
}

/* Fields of a node (struct node_memo.have). */
enum { MEMO_KIND = 1, MEMO_STATE = 2, MEMO_ISO = 4, MEMO_CAMEO = 8 };

/* *n = the node m remembers (NULL: none yet); 1 when it holds every
 * field actor x would fill in (actor_node's conditions), 0 when the
 * caller has to look. */
static int node_memo_use(struct node_memo *m, const doc *d, const doc_actor *x, dn_node **n)
{
    unsigned want = x->kind ? MEMO_KIND : 0;

    if (!(*n = m->node))
        return 0;
    if (m->have == (MEMO_KIND | MEMO_STATE | MEMO_ISO | MEMO_CAMEO))
        return 1; /* (whatever x would fill in: no need to work it out) */
    if (x->state >= 0) {
        const dn_lex_state *s = dn_lexicon_state(d->lx, x->state);
        want |= MEMO_STATE | (s->iso3 ? MEMO_ISO : 0) |
                (s->cameo && (x->type == DN_ACTOR_STATE || x->agent) ? MEMO_CAMEO : 0);
    }
    return (want & ~m->have) == 0;
}

/* Remembers node n and the fields it holds in m. */
static void node_memo_keep(struct node_memo *m, dn_node *n)
{
    m->node = n;
    m->have = (n->kind ? MEMO_KIND : 0) | (n->state ? MEMO_STATE : 0) | (n->iso ? MEMO_ISO : 0) |
              (n->cameo ? MEMO_CAMEO : 0);
}

/* Makes the extractor's node memo, empty, with room for every key
 * doc_actor.lexkey takes: states, orgs, persons, places, and each body
 * of each state. 0, or -1 on ENOMEM. */
static int memo_make(dn_extractor *ex)
{
    size_t ns = dn_lexicon_count(ex->lx, DN_LX_STATE), total = 0;

    memset(ex->memo_n, 0, sizeof ex->memo_n);
    ex->memo_n[DN_LX_STATE] = ns;
    ex->memo_n[DN_LX_ORG] = dn_lexicon_count(ex->lx, DN_LX_ORG);
    ex->memo_n[DN_LX_PERSON] = dn_lexicon_count(ex->lx, DN_LX_PERSON);
    ex->memo_n[DN_LX_PLACE] = dn_lexicon_count(ex->lx, DN_LX_PLACE);
    ex->memo_n[DN_LX_BODY] = dn_lexicon_count(ex->lx, DN_LX_BODY) * ns;
    for (int k = 0; k < DN_LX__COUNT; k++) {
        ex->memo_off[k] = total;
        total += ex->memo_n[k];
    }
    /* (tables of the lexicon's size, probed at random: huge pages from
     * 256 KB, and fresh zero pages, no clearing of recycled heap) */
    if (!total || !(ex->memo = dn_tab_calloc(total, sizeof *ex->memo)))
        return -1;
    if (!(ex->lexinfo = dn_tab_calloc(total, sizeof *ex->lexinfo))) {
        dn_tab_free(ex->memo, total, sizeof *ex->memo);
        ex->memo = NULL;
        return -1;
    }
    ex->memo_graph = 0;
    return 0;
}

#define SYM_BITS 24 /* 2 MB: about 2 % false hits for 300,000 edges */

static size_t sym_bit(const dn_node *s, const dn_node *t, dn_edge_type ty)
{
    /* by the nodes' addresses, which dn_graph_sort leaves as they are
     * (it renumbers the nodes' indexes) */
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull ^
                 ((uint64_t)(uintptr_t)t + 1) * 0xC2B2AE3D27D4EB4Full ^ (uint64_t)ty;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return (size_t)(h >> (64 - SYM_BITS));
}

#define SYM_BYTES (((size_t)1 << SYM_BITS) / 8)

/* reverse_may_exist's filter is one dn_tab_calloc table of SYM_BYTES, a
 * huge page: kernel-zeroed (no memset), and one TLB entry where calloc's
 * 4 KB pages made nearly every bit read or set at random also miss the
 * TLB (most of what its reads cost at 100 MB). */
/* 0 when the graph surely has no edge t -> s of type ty (a call or a
 * meeting), 1 when it may: a filter over the graph's calls and meetings
 * that spares add_edge a second lookup (a cache miss in a large graph)
 * for most new edges. Edges the graph got since the last call are added
 * to it first, whoever added them; another graph, or one with fewer
 * edges, starts it anew. Without memory, or for a graph of more than
 * 65,536 edges when it is empty, it answers 1. */
static int reverse_may_exist(doc *d, const dn_node *s, const dn_node *t, dn_edge_type ty)
{
    dn_extractor *ex = extractor_of(d);
    const dn_graph *g = d->g;
    uint64_t gs = dn_graph_epoch(d->g);
    size_t b;

    if (!ex->sym_bloom) {
        if (!(ex->sym_bloom = dn_tab_calloc(1, SYM_BYTES)))
            return 1;
        ex->sym_seen = 0;
        ex->sym_graph = gs; /* the kernel's zeroes need no memset */
    }
    if (ex->sym_graph != gs || g->n_edges < ex->sym_seen) {
        memset(ex->sym_bloom, 0, ((size_t)1 << (SYM_BITS - 6)) * sizeof *ex->sym_bloom);
        ex->sym_seen = 0;
        ex->sym_graph = gs;
    }
    if (ex->sym_seen == 0 && g->n_edges > 65536)
        return 1; /* a fresh extractor on a large graph (dn_extract_document
                     per article): reading all its edges would cost more
                     than the lookups it spares */
    for (; ex->sym_seen < g->n_edges; ex->sym_seen++) {
        const dn_edge *e = g->edges[ex->sym_seen];
        if (e->type == DN_EDGE_CALL || e->type == DN_EDGE_MEETING) {
            b = sym_bit(e->source, e->target, e->type);
            ex->sym_bloom[b >> 6] |= 1ull << (b & 63);
        }
    }
    b = sym_bit(t, s, ty);
    return (ex->sym_bloom[b >> 6] >> (b & 63)) & 1u;
}

/* Fetches the words of reverse_may_exist's filter that an edge s -> t
 * of type ty (a call or a meeting) will read (its reverse's bit) and,
 * when new, set (its own bit, at the next call): random words of 2 MB,
 * each a cache and TLB miss in a large graph, which add_edge would
 * otherwise wait for one after the other, after the edge's own. A hint:
 * no bit changes. */
static void reverse_prefetch(doc *d, const dn_node *s, const dn_node *t, dn_edge_type ty)
{
    const uint64_t *bloom = extractor_of(d)->sym_bloom;

    if (!bloom)
        return;
    DN_PREFETCH(&bloom[sym_bit(t, s, ty) >> 6]);
    DN_PREFETCH(&bloom[sym_bit(s, t, ty) >> 6]);
}

/* The slot of the extractor's memo for actor x's node in d->g (node
 * NULL when not made yet); NULL when x is no lexicon entry (doc_actor.
 * lexkey) or memory is short: the node is then looked up every time. The
 * memo is emptied when another graph is given, or a node field of this
 * one was cleared (dn_graph_epoch). */
static struct node_memo *node_memo_slot(doc *d, const doc_actor *x)
{
    dn_extractor *ex = extractor_of(d);
    uint32_t k = x->lexkey - 1, kind = k >> 27, i = k & ((1u << 27) - 1);
    uint64_t gs;

    if (!x->lexkey || kind >= DN_LX__COUNT)
        return NULL;
    if (!ex->memo && memo_make(ex) != 0)
        return NULL;
    gs = dn_graph_epoch(d->g);
    if (ex->memo_graph != gs) {
        /* (a memo of no graph yet, memo_graph 0, is calloc's: empty) */
        size_t n = ex->memo_off[DN_LX__COUNT - 1] + ex->memo_n[DN_LX__COUNT - 1];
        if (ex->memo_graph != 0)
            memset(ex->memo, 0, n * sizeof *ex->memo);
        ex->memo_graph = gs;
    }
    return i < ex->memo_n[kind] ? &ex->memo[ex->memo_off[kind] + i] : NULL;
}

doc_lex_info *doc_lex_info_slot(doc *d, uint32_t key)
{
    dn_extractor *ex = extractor_of(d);
    uint32_t k = key - 1, kind = k >> 27, i = k & ((1u << 27) - 1);

    if (!key || kind >= DN_LX__COUNT)
        return NULL;
    if (!ex->memo && memo_make(ex) != 0)
        return NULL;
    return i < ex->memo_n[kind] ? &ex->lexinfo[ex->memo_off[kind] + i] : NULL;
}

/* Makes *p hold n elements of size elem (a quarter more when it has to
 * grow), contents not kept; cap counts them. 0 ok, -1 ENOMEM. */
static int fit(void **p, size_t *cap, size_t n, size_t elem)
{
    size_t want = n + n / 4; /* room for the next, slightly longer part */

    if (n <= *cap)
        return 0;
    free(*p);
    *cap = 0;
    if (want < n || want > (size_t)-1 / elem || !(*p = malloc(want * elem)))
        return -1;
    *cap = want;
    return 0;
}

/* Empties map m for about n keys: its table is zeroed when it is no
 * smaller than a fresh one would be and at most 4 times larger, else made
 * anew (dn_strmap_reserve). 0 ok, -1 ENOMEM. */
static int map_fit(dn_strmap *m, size_t n)
{
    size_t want = dn_table_cap(n);
    dn_arena *arena = m->arena;

    if (m->cap >= want && m->cap / 4 <= want) {
        dn_strmap_clear(m);
        return 0;
    }
    dn_strmap_free(m); /* the keys are the arena's */
    m->arena = arena;
    return dn_strmap_reserve(m, n);
}

/* The same for the actor cache, then doc_reserve. */
static int cache_fit(doc *d, size_t n)
{
    size_t want = dn_table_cap(n);

    if (d->acache_cap >= want && d->acache_cap / 4 <= want) {
        /* an empty slot is one without a label */
        for (size_t i = 0; i < d->acache_cap; i++)
            d->acache[i].label = NULL;
        d->acache_used = 0;
    } else {
        free(d->acache);
        d->acache = NULL;
        d->acache_cap = d->acache_used = 0;
    }
    return doc_reserve(d, n);
}

/* Frees every buffer of the document (the extractor's state between
 * runs, or after a long part). */
static void release(dn_extractor *x)
{
    doc *d = &x->d;

    free(d->actors);
    free(d->persons);
    free(d->acache);
    free(x->ev_buf);
    doc_memo_free(d);
    dn_strmap_free(&d->names);
    dn_strmap_free(&d->name_first);
    dn_arena_free(&d->arena);
    free(d->m);
    free(d->si);
    free(d->lm_pool);
    free(d->acc);
    free(x->sc.tok2m);
    for (size_t k = 0; k < x->sc.n_forms; k++)
        free(x->sc.forms[k].first);
    free(x->sc.forms);
    free(x->sc.words);
    dn_tokens_free(&x->all);
    dn_tokens_free(&x->scratch);
    free(x->first);
    free(x->quotes);
    free(x->tokblock);
    /* what stays: the lexicon-sized arrays */
    {
        int *state_count = d->state_count, *state_actor = d->state_actor;
        signed char *ctx_ok = d->ctx_ok;
        memset(d, 0, sizeof *d);
        d->its_q = -1;
        d->state_count = state_count;
        d->state_actor = state_actor;
        d->ctx_ok = ctx_ok;
    }
    memset(&x->sc, 0, sizeof x->sc);
    x->first = NULL;
    x->quotes = NULL;
    x->tokblock = NULL;
    x->ev_buf = NULL;
    x->ev_cap = 0;
    x->first_cap = x->quotes_cap = x->si_cap = x->tok_cap = x->max_len = 0;
}

/* Readies x->d for a part: every field as a fresh document has it, the
 * buffers kept but emptied (the memos by a new serial, nothing cleared). A
 * buffer added to doc must be carried over here and freed in release(). */
static void doc_begin(dn_extractor *x, const char *text, size_t len, size_t base,
                      size_t sent_base)
{
    doc *d = &x->d, keep = *d;

    dn_arena_reset(&keep.arena);
    memset(d, 0, sizeof *d);
    d->arena = keep.arena;
    d->actors = keep.actors;
    d->cap_actors = keep.cap_actors;
    d->persons = keep.persons;
    d->cap_persons = keep.cap_persons;
    d->names = keep.names;
    d->name_first = keep.name_first;
    d->acache = keep.acache;
    d->acache_cap = keep.acache_cap;
    d->body_memo = keep.body_memo;
    memcpy(d->lex_memo, keep.lex_memo, sizeof d->lex_memo);
    d->serial = keep.serial + 1; /* the memos' entries of earlier parts lapse */
    d->lm_pool = keep.lm_pool;
    d->lm_pool_cap = keep.lm_pool_cap;
    d->m = keep.m;
    d->cap_m = keep.cap_m;
    d->si = keep.si;
    d->state_count = keep.state_count;
    d->state_actor = keep.state_actor;
    d->ctx_ok = keep.ctx_ok;
    d->acc = keep.acc;
    d->cap_acc = keep.cap_acc;

    dn_tokens_init(&d->tk);
    d->lx = x->lx;
    memcpy(d->wl_bit, x->wl_bit, sizeof d->wl_bit);
    memset(d->fn_head, 0xff, sizeof d->fn_head);
    memset(d->fn_tail, 0xff, sizeof d->fn_tail);
    d->text = text;
    d->len = len;
    d->pair[0] = d->pair[1] = -1;
    d->pair_subj[0] = d->pair_subj[1] = -1;
    d->home = -1;
    d->dateline = -1;
    d->issuer = -1;
    d->issuer_org = -1;
    d->head_igo = -1;
    d->statement_doc = 0;
    d->head_body = 0;
    d->in_head = 1;
    d->date_lo = d->date_hi = 0;
    d->author = -1;
    d->last_attacker = -1;
    d->base = base;
    d->sent_base = sent_base;
    d->names.arena = d->name_first.arena = &d->arena;
    memset(d->state_count, 0, (x->n_states + 1) * sizeof *d->state_count);
    memset(d->state_actor, 0xff, (x->n_states + 1) * sizeof *d->state_actor);
}

/* Registers the document in g with its title (the first line). */
static int register_document(doc *d, dn_graph *g, const char *doc_id, const dn_sentence *sents,
                             size_t n_sents, const char *date)
{
    char *title = NULL;

    if (n_sents > 0) {
        const char *nl = memchr(d->text, '\n', d->len);
        size_t tl = nl ? (size_t)(nl - d->text) : d->len;
        if (tl > 300)
            tl = 300;
        title = dn_utf8_clean(d->text + sents[0].start,
                              tl > sents[0].start ? tl - sents[0].start : 0);
        if (title) {
            size_t k = strlen(title);
            while (k > 0 && isspace((unsigned char)title[k - 1]))
                title[--k] = '\0';
        }
    }
    d->doc_index = dn_graph_add_document(g, doc_id, title && *title ? title : NULL, date);
    free(title);
    return d->doc_index < 0 ? -1 : 0;
}

/* Tokenises the part's n sentences into x->all and sizes the per-token and
 * per-sentence arrays and the tables for it. 0 ok, -1 ENOMEM. */
static int part_prepare(dn_extractor *x, const dn_sentence *sents, size_t n)
{
    doc *d = &x->d;
    size_t ntok, e;
    char *b;

    if (fit((void **)&x->first, &x->first_cap, n + 1, sizeof *x->first) != 0 ||
        fit((void **)&x->quotes, &x->quotes_cap, n, sizeof *x->quotes) != 0 ||
        fit((void **)&d->si, &x->si_cap, n + 1, sizeof *d->si) != 0 ||
        dn_tokenize_sentences(&x->all, d->text, sents, n, x->first) != DN_OK)
        return -1;
    memset(d->si, 0, (n + 1) * sizeof *d->si);
    ntok = x->all.n + n;
    /* the document's tables sized once: about one actor and one name per
     * ten tokens in the densest text (a generated bench article), far
     * fewer in news, where the tables stay small anyway */
    if (map_fit(&d->names, ntok / 10) != 0 ||
        map_fit(&d->name_first, ntok / 20) != 0 || cache_fit(d, ntok / 10) != 0)
        return -1;
    e = ntok + 1;
    if (fit(&x->tokblock, &x->tok_cap, e, TOK_ENTRY_BYTES) != 0)
        return -1;
    b = x->tokblock;
    d->tokmask = (dn_wordmask *)b; /* first: the block is aligned for it */
    d->lm_len = (int *)(d->tokmask + e); /* (the memos' block: memo_block) */
    d->lm_title = d->lm_body = NULL;
    d->lm_roff = (unsigned *)(d->lm_len + 3 * e);
    d->lm_first = (int *)(d->lm_roff + e);
    d->lm_n = (unsigned short *)(d->lm_first + 2 * e);
    d->nr_memo = d->lm_n + e;
    d->tokskip = (unsigned char *)(d->nr_memo + e);
    /* the memos are emptied token by token (tokens_prepare) */
    return 0;
}

/* 1 when token t, lower-cased, is one of the small function words of a
 * Title Case headline: with, to, by, on, in, at, for, of, over, from, and,
 * the, a, an, as, after, against, amid, into, about (told apart by their
 * length first: each word of a headline is asked). */
static int headline_small_word(const dn_token *t)
{
    const char *w = t->lower;
    switch (t->len) {
    case 1:
        return w[0] == 'a';
    case 2:
        return memcmp(w, "to", 2) == 0 || memcmp(w, "by", 2) == 0 || memcmp(w, "on", 2) == 0 ||
               memcmp(w, "in", 2) == 0 || memcmp(w, "at", 2) == 0 || memcmp(w, "of", 2) == 0 ||
               memcmp(w, "an", 2) == 0 || memcmp(w, "as", 2) == 0;
    case 3:
        return memcmp(w, "for", 3) == 0 || memcmp(w, "and", 3) == 0 || memcmp(w, "the", 3) == 0;
    case 4:
        return memcmp(w, "with", 4) == 0 || memcmp(w, "over", 4) == 0 ||
               memcmp(w, "from", 4) == 0 || memcmp(w, "amid", 4) == 0 ||
               memcmp(w, "into", 4) == 0;
    case 5:
        return memcmp(w, "after", 5) == 0 || memcmp(w, "about", 5) == 0;
    case 7:
        return memcmp(w, "against", 7) == 0;
    default:
        return 0;
    }
}

/* The memos lm_len, lm_title and lm_body of the sentence at offset o of
 * the per-token arrays, of n tokens: one after the other, n + 1 entries
 * each (the spare after the sentence, never read, included), at 3 * o of
 * the memos' block lm (part_prepare's d->lm_len); so that one memset
 * empties all three. */
static int *memo_block(int *lm, size_t o)
{
    return lm + 3 * o;
}

/* 1 when doc_recognise steps over a lower-case word of word-list mask m
 * and lm_first entries lf[0..1]: one that is no pronoun (bit pb of m) and
 * starts no lexicon entry (both lm_first entries negative: the sign bit
 * of their AND). It steps over every mark, and over no capitalised
 * word. */
static inline unsigned char lower_skip(dn_wordmask m, unsigned pb, const int *lf)
{
    return !((m >> pb) & 1u) && (lf[0] & lf[1]) < 0;
}

/* After dn_lexicon_tokens_info: the memos of the n tokens of a sentence
 * at offset o of the per-token arrays emptied (lm_len, lm_title, lm_body
 * -1, nr_memo 0: not known yet; the spare entry after the sentence is
 * never read), and tokskip set, while the tokens are in the cache, with
 * a 0 in its spare entry, which ends doc_recognise's skip loop (a
 * sentence read with fewer tokens, past a label or as an empty line,
 * ends at or before it).
 *
 * A Title Case headline ("Putin Holds Talks With Xi": four words or more,
 * 80 % of them capitalised) has its small function words read as the
 * lower-case words they are, no part of a name ("With Xi"): their
 * capital is dropped here, after dn_lexicon_tokens_info, which reads no
 * capital, from the counts the loop keeps at one step a token.
 *
 * Returns the union of the tokens' flags (for x->quotes: their quotation
 * bits). */
static unsigned tokens_prepare(doc *d, dn_token *tok, size_t n, size_t o)
{
    unsigned all = 0;
    unsigned pb = d->wl_bit[WL_PRONOUNS];
    const int *lf = d->lm_first + 2 * o;
    const dn_wordmask *mask = d->tokmask + o;
    unsigned short *nr = d->nr_memo + o;
    unsigned char *skip = d->tokskip + o;

    /* (a memset per array: fewer instructions than three stores per
     * token, and the loop below keeps its pointers in registers; the
     * three memos are one range) */
    memset(memo_block(d->lm_len, o), 0xff, 3 * (n + 1) * sizeof *d->lm_len);
    memset(nr, 0, n * sizeof *nr);
    size_t marks = 0, lower = 0, words, caps;
    for (size_t i = 0; i < n; i++) {
        unsigned f = tok[i].flags;
        all |= f;
        if (!(f & DN_TOK_WORD)) {
            marks++;
            skip[i] = 1;
        } else if (f & DN_TOK_CAP) {
            skip[i] = 0;
        } else {
            lower++;
            skip[i] = lower_skip(mask[i], pb, lf + 2 * i);
        }
    }
    skip[n] = 0;
    /* the spare mask after the sentence (no token's): the trigger bit,
     * which ends sentence_triggers' scan */
    d->tokmask[o + n] = DN_LEX_MASK_TRIGGER;
    words = n - marks;
    caps = words - lower;
    if (words < 4 || caps * 10 < words * 8)
        return all; /* (nearly every sentence) */
    for (size_t i = 1; i < n; i++)
        if ((tok[i].flags & DN_TOK_CAP) && !(tok[i].flags & DN_TOK_UPPER) &&
            headline_small_word(&tok[i])) {
            tok[i].flags &= ~(unsigned)DN_TOK_CAP;
            skip[i] = lower_skip(mask[i], pb, lf + 2 * i);
        }
    return all;
}

/* Pass 1: "Saudi Arabia and Iran agreed ...": the sentence's first two
 * mentions are two states joined by "and", the first at the sentence's
 * start (after a dateline's capital and dash, or its head's words). */
static void state_subject_pair(doc *d)
{
    for (size_t k = 0; k + 1 < d->n_m; k++) {
        const mention *a = &d->m[k], *b = &d->m[k + 1];
        const doc_actor *x = &d->actors[a->actor], *y = &d->actors[b->actor];
        if ((a->flags & (M_CAPITAL | M_PP | M_POSS)) && k + 2 < d->n_m)
            continue; /* "DUBAI/BEIJING, ... (Reuters) -" */
        if (k > 0 && !(d->m[k - 1].flags & (M_CAPITAL | M_PP | M_POSS)))
            return; /* the pair does not open the sentence ("Azerbaijan said
                       ..., as Russia, the United States and Turkey weighed
                       in": no pair of the story) */
        if (x->type != DN_ACTOR_STATE || y->type != DN_ACTOR_STATE || x->state < 0 ||
            y->state < 0 || x->state == y->state || (a->flags & (M_PP | M_POSS)) ||
            (b->flags & (M_PP | M_POSS)) || b->ts != a->te + 1 || !lw_is(d, a->te, "and"))
            continue;
        d->pair_subj[0] = x->state;
        d->pair_subj[1] = y->state;
        return;
    }
}

/* The two states the document names most, into top[0] and top[1] (-1
 * none): the first of the highest count, then the first of the highest
 * among the others; states not named are passed over (most of the
 * lexicon's: one test each, in one pass for both uses below). (Not
 * inlined: called once per part, it made the pass loop around it cost
 * more.) */
__attribute__((noinline)) static void top_states(const doc *d, size_t n_states, int top[2])
{
    const int *count = d->state_count;
    int b1 = -1, b2 = -1;
    for (size_t k = 0; k < n_states; k++) {
        if (count[k] <= 0)
            continue;
        if (b1 < 0 || count[k] > count[b1]) {
            b2 = b1;
            b1 = (int)k;
        } else if (b2 < 0 || count[k] > count[b2]) {
            b2 = (int)k;
        }
    }
    top[0] = b1;
    top[1] = b2;
}

/* The state named at least three times and twice as often as any other
 * (d->home), or -1; top: top_states'. */
static int home_state(const doc *d, const int top[2])
{
    int c1 = top[0] >= 0 ? d->state_count[top[0]] : 0;
    int c2 = top[1] >= 0 ? d->state_count[top[1]] : 0;
    return c1 >= 3 && c1 >= 2 * c2 ? top[0] : -1;
}

/* 1 when the mention starting at ts is the one a person speaks for:
 * "the representative of Portugal", "the delegate of Indonesia" (whose
 * "he" in the next sentence is the state). */
static int spoken_for(doc *d, size_t ts)
{
    size_t h = of_head(d, ts);
    return h && (lw_is(d, h - 1, "representative") || lw_is(d, h - 1, "delegate") ||
                 lw_is(d, h - 1, "ambassador"));
}

/* 1 when token t, lower-cased, opens a fronted clause: "when", "after",
 * "while", "although", "though", "because", "once", "if" (by length
 * first: every sentence asks). */
static int fronted_clause_word(const dn_token *t)
{
    const char *w = t->lower;
    switch (t->len) {
    case 2:
        return memcmp(w, "if", 2) == 0;
    case 4:
        return memcmp(w, "when", 4) == 0 || memcmp(w, "once", 4) == 0;
    case 5:
        return memcmp(w, "after", 5) == 0 || memcmp(w, "while", 5) == 0;
    case 6:
        return memcmp(w, "though", 6) == 0;
    case 7:
        return memcmp(w, "because", 7) == 0;
    case 8:
        return memcmp(w, "although", 8) == 0;
    default:
        return 0;
    }
}

/* Extracts text[0..len), one part of document doc_id whose first byte is
 * at offset base of the document and whose first sentence is number
 * sent_base + 1. When *doc_index < 0 (the first part) the document is
 * registered, with its title, and *doc_index set. *n_out: sentences. */
static int extract_part(dn_extractor *x, dn_graph *g, const char *doc_id, const char *text,
                        size_t len, size_t base, size_t sent_base, long *doc_index,
                        const char *date, dn_extract_stats *st, size_t *n_out, dn_error *err)
{
    doc *d = &x->d;
    sent_ctx *sc = &x->sc;
    dn_sentence *sents = NULL;
    size_t n_sents = 0, *first;
    int rc = DN_OK;
    /* the per-token arrays, flat over the part: sentence i's at offset
     * first[i] + i */
    dn_wordmask *tokmask;
    int *lm_memos, *lm_first;
    unsigned *lm_roff;
    unsigned short *lm_n, *nr_memo;
    unsigned char *tokskip;
    size_t dash[2] = {0, 0}; /* find_pair's next '-' and next dash */

    if (x->max_len > 4 * (len > KEEP_LEN ? len : KEEP_LEN))
        release(x);
    if (len > x->max_len)
        x->max_len = len;
    doc_begin(x, text, len, base, sent_base);
    if (date && !dn_date_bounds(date, &d->date_lo, &d->date_hi))
        d->date_lo = d->date_hi = 0;
    d->g = g;
    sc->n_ctx = 2 * (dn_lexicon_count(x->lx, DN_LX__COUNT) + 1);
    if ((rc = dn_text_split(text, len, &sents, &n_sents, err)) != DN_OK)
        goto done;
    *n_out = n_sents;
    if (*doc_index >= 0)
        d->doc_index = *doc_index;
    else if (register_document(d, g, doc_id, sents, n_sents, date) != 0)
        goto nomem;
    *doc_index = d->doc_index;
    if (part_prepare(x, sents, n_sents) != 0)
        goto nomem;
    first = x->first;
    tokmask = d->tokmask;
    lm_memos = d->lm_len;
    lm_first = d->lm_first;
    lm_roff = d->lm_roff;
    lm_n = d->lm_n;
    nr_memo = d->nr_memo;
    tokskip = d->tokskip;
    for (size_t i = 0; i < n_sents; i++) {
        dn_lexicon_tokens_info(x->lx, x->all.tok + first[i], first[i + 1] - first[i],
                               tokmask + first[i] + i, lm_first + 2 * (first[i] + i));
        x->quotes[i] = (tokens_prepare(d, x->all.tok + first[i], first[i + 1] - first[i],
                                       first[i] + i) &
                        (DN_TOK_OPENQ | DN_TOK_QUOTE | DN_TOK_CLOSEQ)) != 0;
    }
    for (d->pass = 1; d->pass <= 2; d->pass++) {
        d->last_subj2 = d->last_person = d->prev_person = d->last_person_subj = d->last_subject = d->last_nonperson = d->last_state = d->sent_person = d->sent_nonperson = d->last_place = -1;
        for (size_t k = 0; k < 6; k++)
            d->recent_person[k] = -1;
        for (size_t k = 0; k < 4; k++)
            d->state_ring[k] = -1;
        d->state_ring_at = 0;
        for (size_t k = 0; k < sizeof d->honor_last / sizeof *d->honor_last; k++)
            d->honor_last[k] = -1;
        d->state_trio[0] = d->state_trio[1] = d->state_trio[2] = -1;
        d->state_pair2[0] = d->state_pair2[1] = -1;
        d->igo_n = 0;
        d->its_q = -1;
        d->list_subj = -1;
        d->list_until = 0;
        d->btw[0] = d->btw[1] = -1;
        d->btw_sent = 0;
        d->sp_one = -1; /* (no sentence before the first) */
        d->sp_n = 0;
        for (size_t i = 0; i < n_sents; i++) {
            const dn_sentence *s = &sents[i];
            /* (read once: d->tk.n's stores might change first[], for
             * all the compiler knows) */
            size_t ft = first[i], ntk = first[i + 1] - ft, skip = 0, toff;
            int *mb;
            d->cur_sent = i;
            /* a view of the sentence's tokens (nothing reads its arena) */
            d->tk.tok = x->all.tok + ft;
            d->tk.n = d->tk.cap = ntk;
            if (d->pass == 2 && d->si[i].label_end && d->si[i].label_end < ntk) {
                /* a transcript's label ("AFP:") is no part of what is said */
                skip = d->si[i].label_end;
                d->tk.tok += skip;
                d->tk.n = d->tk.cap = ntk - skip;
            }
            toff = ft + i + skip;
            d->tokmask = tokmask + toff;
            mb = memo_block(lm_memos, ft + i) + skip;
            d->lm_len = mb;
            d->lm_title = mb + ntk + 1;
            d->lm_body = mb + 2 * (ntk + 1);
            d->lm_first = lm_first + 2 * toff;
            d->lm_n = lm_n + toff;
            d->nr_memo = nr_memo + toff;
            d->tokskip = tokskip + toff;
            d->lm_roff = lm_roff + toff;
            if (clutter_line(d, s))
                d->tk.n = d->tk.cap = 0; /* read as an empty sentence */
            if (d->pass == 2 && i > 0 && (sents[i - 1].flags & DN_SENT_COLON) &&
                !(sents[i - 1].flags & DN_SENT_QUOTED) && d->si[i - 1].first_actor >= 0) {
                d->list_subj = d->si[i - 1].first_actor;
                d->list_until = i + 12;
            } else if (i >= d->list_until) {
                d->list_subj = -1;
            }
            doc_recognise(d);
            if (d->oom)
                goto nomem;
            if (d->pass == 1) {
                doc_byline(d, (s->flags & DN_SENT_HEADING) != 0);
                doc_definitions(d);
                if (i < 3 && sent_base == 0)
                    doc_dateline(d);
                if (i == 0 && sent_base == 0)
                    for (size_t k = 0; k < NT && k < 6 && !d->statement_doc; k++)
                        d->statement_doc =
                            (TK(k).flags & DN_TOK_CAP) &&
                            (has_word(d, WL_STATEMENT_HEADS, k) ||
                             (lw_is(d, k, "press") && lw_is(d, k + 1, "release")));
                if (d->in_head && sent_base == 0) {
                    if (i == 0 || (s->flags & DN_SENT_HEADING))
                        doc_issuer(d);
                    else
                        d->in_head = 0;
                }
                if (i < 8 && sent_base == 0 && d->date_lo == 0)
                    doc_date(d);
                if (i < 3 && sent_base == 0)
                    doc_issuer_org(d);
                /* tok2m only for the speakers next to quotation marks
                 * (most sentences have none: no token looked at) */
                size_t q0 = x->quotes[i] ? next_quote_flag(d->tk.tok, 0, NT) : NT;
                if (q0 < NT && build_tok2m(d, sc) != 0)
                    goto nomem;
                note_speakers(d, sc, &d->si[i], q0);
                note_label(d, s, &d->si[i]);
                if (d->pair[0] < 0)
                    find_pair(d, &x->scratch, dash);
                if (i < 3 && d->pair_subj[0] < 0)
                    state_subject_pair(d);
                continue;
            }
            if (build_tok2m(d, sc) != 0)
                goto nomem;
            if (st) {
                st->sentences++;
                st->mentions += d->n_m;
            }
#ifdef DN_EXTRACT_DEBUG
            fprintf(stderr, "S%zu @%zu [sp=%d]:", i + 1, (size_t)(d->base + s->start), d->si[i].speaker);
            for (size_t k = 0; k < d->n_m; k++) {
                fprintf(stderr, " <");
                for (size_t y = d->m[k].ts; y < d->m[k].te; y++)
                    fprintf(stderr, "%s%s", y > d->m[k].ts ? " " : "", d->tk.tok[y].text);
                fprintf(stderr, "=%s f%x>", d->actors[d->m[k].actor].label, d->m[k].flags);
            }
            fprintf(stderr, "\n");
#endif
            if (sentence_triggers(d, sc, i, s, st) != 0)
                goto nomem;
            /* the sentence's subject for pronouns of the next one */
            d->last_subj2 = -1;
            size_t k = 0;
            if (NT > 0 && fronted_clause_word(&TK(0))) {
                /* "When Germany announced that ..., Geingob's office
                 * issued": the subject is past the fronted clause */
                size_t c = 1;
                while (c < NT && !is_punct(d, c, ",;:"))
                    c++;
                while (k < d->n_m && d->m[k].te <= c && c < NT)
                    k++;
            }
            for (; k < d->n_m; k++) {
                mention *m = &d->m[k];
                if ((m->flags & M_GROUP) && !(m->flags & (M_PP | M_POSS | M_OBJ)) && m->actor2 >= 0 &&
                    m->actor3 < 0 && d->actors[m->actor].type != DN_ACTOR_PERSON) {
                    /* "the two sides said ... They also": both */
                    d->last_subject = m->actor;
                    d->last_subj2 = m->actor2;
                    break;
                }
                if (m->flags & (M_PP | M_WEAK | M_POSS | M_OBJ | M_GROUP | M_OBJPRON))
                    continue;
                int hm = office_holder(d, sc, (int)k);
                if (hm >= 0 && !(d->m[hm].flags & (M_PRON | M_GROUP)))
                    m = &d->m[k = (size_t)hm]; /* "the Chinese foreign ministry
                                                  spokeswoman, Hua Chunying,
                                                  said ...": she is the subject */
                d->last_subject = m->actor;
                if (k + 1 < d->n_m && lw_is(d, m->te, "and") && d->m[k + 1].ts == m->te + 1 &&
                    !(d->m[k + 1].flags & (M_PP | M_WEAK | M_POSS | M_GROUP | M_PRON)) &&
                    d->actors[m->actor].type != DN_ACTOR_PERSON &&
                    d->actors[m->actor].type != DN_ACTOR_PLACE &&
                    d->actors[d->m[k + 1].actor].type == d->actors[m->actor].type &&
                    d->m[k + 1].actor != m->actor)
                    d->last_subj2 = d->m[k + 1].actor; /* "Saudi Arabia and Iran
                                                          agreed ...": they */
                if (d->actors[m->actor].type == DN_ACTOR_PERSON || spoken_for(d, m->ts))
                    d->last_person_subj = m->actor; /* ("The representative of
                                                       Portugal said ... He") */
                break;
            }
            for (size_t q = 0; k == d->n_m && q < d->n_m; q++) {
                const mention *pm = &d->m[q];
                if ((pm->ts == 0 || is_punct(d, pm->ts - 1, ",")) && (pm->flags & M_POSS) &&
                    !(pm->flags & (M_PRON | M_GROUP)) &&
                    d->actors[pm->actor].type == DN_ACTOR_PERSON) {
                    d->last_person_subj = pm->actor; /* "Mr Ruto's answer was
                                                        to sign one. On March
                                                        1st he hosted ...",
                                                        "When Germany
                                                        announced ...,
                                                        Geingob's office
                                                        issued a statement.
                                                        ... He urged Berlin":
                                                        the owner the
                                                        sentence is about, no
                                                        other subject named */
                    break;
                }
            }
            subject_pair(d);
        }
        if (d->pass == 1) {
            doc_merge_persons(d);
            resolve_speakers(d, sents, n_sents);
            transcript_blocks(d, sents, n_sents);
            if (d->pair[0] < 0 && d->pair_subj[0] >= 0) {
                d->pair[0] = d->pair_subj[0];
                d->pair[1] = d->pair_subj[1];
            }
            int top[2];
            top_states(d, x->n_states, top);
            if (d->pair[0] < 0) {
                /* no pair named: the two states the document names most */
                d->pair[0] = top[0];
                d->pair[1] = top[1];
            }
            d->home = home_state(d, top);
            doc_dateline_holders(d);
        }
    }
    /* aliases of the actors that made it into the graph */
    for (size_t k = 0; k < d->n_actors; k++) {
        doc_actor *a = &d->actors[k];
        if (!a->node)
            continue;
        for (size_t y = 0; y < a->n_aliases && a->node->n_aliases < 64; y++)
            if (dn_node_add_alias(a->node, a->aliases[y]) != DN_OK)
                goto nomem;
    }
    goto done;
nomem:
    rc = dn_error_set(err, DN_ENOMEM, doc_id, 0, 0, "out of memory");
done:
    d->ev_text = NULL; /* the sentences it was made of go now */
    d->ev_sent = NULL;
    free(sents);
    return rc;
}

dn_extractor *dn_extractor_new(const dn_lexicon *lx)
{
    dn_extractor *x = calloc(1, sizeof *x);
    size_t n_ctx = 2 * (dn_lexicon_count(lx, DN_LX__COUNT) + 1);

    if (!x)
        return NULL;
    x->lx = lx;
    x->n_states = dn_lexicon_count(lx, DN_LX_STATE);
    x->n_bodies = dn_lexicon_count(lx, DN_LX_BODY);
    dn_tokens_init(&x->all);
    dn_tokens_init(&x->scratch);
    x->d.lx = lx;
    doc_lists_init(&x->d);
    memcpy(x->wl_bit, x->d.wl_bit, sizeof x->wl_bit);
    if (!(x->d.state_count = malloc((x->n_states + 1) * sizeof *x->d.state_count)) ||
        !(x->d.state_actor = malloc((x->n_states + 1) * sizeof *x->d.state_actor)) ||
        !(x->d.ctx_ok = malloc(n_ctx))) {
        dn_extractor_free(x);
        return NULL;
    }
    return x;
}

void dn_extractor_free(dn_extractor *x)
{
    if (!x)
        return;
    release(x);
    if (x->memo) {
        size_t n = x->memo_off[DN_LX__COUNT - 1] + x->memo_n[DN_LX__COUNT - 1];
        dn_tab_free(x->memo, n, sizeof *x->memo);
        dn_tab_free(x->lexinfo, n, sizeof *x->lexinfo);
    }
    dn_tab_free(x->sym_bloom, 1, SYM_BYTES);
    free(x->d.state_count);
    free(x->d.state_actor);
    free(x->d.ctx_ok);
    free(x);
}

/* A document longer than PART_MAX bytes (a book, a dump of a website: no
 * article) is read in parts of at most PART_MAX bytes, each cut after a
 * paragraph, else after a line, else after a sentence's full stop, else at
 * a character boundary: memory then stays bounded (a part's tokens and
 * tables take about 30 times its size) at the price of coreference across
 * the cuts. Evidence keeps the document's own offsets and sentence
 * numbers. */
#define PART_MAX ((size_t)2 << 20)

static size_t part_end(const char *text, size_t from, size_t len)
{
    size_t hi = from + PART_MAX, lo = from + PART_MAX / 2, k;

    if (len - from <= PART_MAX)
        return len;
    for (k = hi; k > lo; k--)
        if (text[k - 1] == '\n' && text[k - 2] == '\n')
            return k;
    for (k = hi; k > lo; k--)
        if (text[k - 1] == '\n')
            return k;
    for (k = hi; k > lo; k--)
        if (text[k - 1] == ' ' && (text[k - 2] == '.' || text[k - 2] == '!' || text[k - 2] == '?'))
            return k;
    for (k = hi; k > lo && ((unsigned char)text[k] & 0xC0) == 0x80; k--)
        ;
    return k;
}

int dn_extractor_document(dn_extractor *x, dn_graph *g, const char *doc_id, const char *text,
                          size_t len, const char *date, dn_extract_stats *st, dn_error *err)
{
    long doc_index = -1;
    size_t from = 0, sent_base = 0;
    int rc;

    do {
        size_t to = part_end(text, from, len), n = 0;
        if ((rc = extract_part(x, g, doc_id, text + from, to - from, from, sent_base, &doc_index,
                               date, st, &n, err)) != DN_OK)
            return rc;
        sent_base += n;
        from = to;
    } while (from < len);
    if (st) {
        st->documents++;
        st->bytes += len;
    }
    return DN_OK;
}

int dn_extract_document(dn_graph *g, const dn_lexicon *lx, const char *doc_id, const char *text,
                        size_t len, const char *date, dn_extract_stats *st, dn_error *err)
{
    dn_extractor *x = dn_extractor_new(lx);
    int rc;

    if (!x)
        return dn_error_set(err, DN_ENOMEM, doc_id, 0, 0, "out of memory");
    rc = dn_extractor_document(x, g, doc_id, text, len, date, st, err);
    dn_extractor_free(x);
    return rc;
}
