/*
 * actors.c - actor recognition and coreference inside one document.
 *
 * doc_recognise walks the tokens of a sentence left to right and, at each
 * token, tries (longest first) the compositional patterns:
 *
 *   QUALIFIER ['s] TITLE [of ...] [,] NAME   a person with role and state
 *       ("Armenian Foreign Minister Ararat Mirzoyan", "Blinken's deputy,
 *       Victoria Nuland", "Head of the ... Department of the Armenian
 *       Defense Ministry Levon Ayvazin")
 *   QUALIFIER ['s] BODY / BODY of [the] STATE   a government body
 *       ("Azerbaijani Defense Ministry" = "Ministry of Defense of
 *       Azerbaijan"), labelled by the body's label pattern
 *   DEMONYM [adj] EQUIPMENT                  the state's armed forces
 *   the DEMONYM cities of A, B and C         places of that state
 *   NAME, [QUALIFIER] TITLE                  a person (apposition)
 *   PERSON / ORG / STATE / CAPITAL / PLACE   a lexicon entry
 *   DEMONYM noun                             the state (weak: object only)
 *   surname, "the ministry", he/she/they/it, we (in a quote), both sides
 *
 * A QUALIFIER is a state name, demonym, capital, place, organisation or
 * person. Pass 1 over the document registers the names of the persons and
 * places it finds (full name and surname) in d->names, so that pass 2 can
 * resolve "Kono" or "Minister Kono" anywhere in the article, and titles
 * without a name ("Rwanda's leader") to the person of that state.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/actors.h"
#include "util/util.h"

static const char *const preps[] = {
    "of", "to", "with", "by", "in", "at", "from", "for", "on", "against", "into", "about",
    "over", "under", "between", "among", "near", "toward", "towards", "across", "after",
    "before", "during", "inside", "within", "without", "via", "than", "like", "including",
    "upon", "onto", "behind", "along", "amid", "despite", "throughout", NULL};

int is_prep(const char *w)
{
    for (int i = 0; preps[i]; i++)
        if (strcmp(w, preps[i]) == 0)
            return 1;
    return 0;
}

/* The first three bytes of a first name as a number: equal numbers are
 * strncmp(x, y, 3) == 0. */
static size_t first3(const char *f)
{
    size_t k = 0;
    for (int i = 0; i < 3 && f[i]; i++)
        k |= (size_t)(unsigned char)f[i] << (8 * i);
    return k;
}

/* The bucket of d->fn_head/fn_tail for a first-name key. */
static size_t fn_bucket(size_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 56);
}

static uint64_t acache_hash(dn_actor_type type, const char *label, size_t len)
{
    return dn_hash_mix(dn_hash_fast(label, len), (uint64_t)type);
}

/* The type of the cache's by-id entries, whose key is the actor's id. */
#define ACACHE_ID (-1)

/* Doubles the actor cache (64 entries at first). -1 ENOMEM. */
static int acache_grow(doc *d)
{
    size_t ncap = d->acache_cap ? d->acache_cap * 2 : 64, i;
    struct actor_cache *nc = calloc(ncap, sizeof *nc);
    if (!nc)
        return -1;
    for (size_t j = 0; j < d->acache_cap; j++) {
        if (!d->acache[j].label)
            continue;
        for (i = d->acache[j].h & (ncap - 1); nc[i].label; i = (i + 1) & (ncap - 1))
            ;
        nc[i] = d->acache[j];
    }
    free(d->acache);
    d->acache = nc;
    d->acache_cap = ncap;
    return 0;
}

/* Remembers actor a under (type, key): its own label, h from acache_hash,
 * or (ACACHE_ID, its id), h from id_hash. -1 ENOMEM. (Inline: it is made
 * twice for every actor made, and seldom grows the cache.) */
static inline int acache_put(doc *d, int type, const char *key, int a, uint64_t h)
{
    struct actor_cache *c;
    size_t i;
    if ((d->acache_used + 1) * 2 > d->acache_cap && acache_grow(d) != 0)
        return -1;
    for (i = h & (d->acache_cap - 1); d->acache[i].label; i = (i + 1) & (d->acache_cap - 1))
        ;
    c = &d->acache[i];
    c->h = h;
    c->label = key;
    c->type = type;
    c->actor = a;
    d->acache_used++;
    return 0;
}

static uint64_t id_hash(const char *id, size_t len)
{
    return dn_hash_fast(id, len);
}

/* The actor whose id is id (h = id_hash), or -1. */
static int acache_id(const doc *d, const char *id, uint64_t h)
{
    for (size_t i = d->acache_cap ? h & (d->acache_cap - 1) : 0; d->acache_cap && d->acache[i].label;
         i = (i + 1) & (d->acache_cap - 1)) {
        const struct actor_cache *c = &d->acache[i];
        if (c->h == h && c->type == ACACHE_ID && strcmp(c->label, id) == 0)
            return c->actor;
    }
    return -1;
}

int doc_reserve(doc *d, size_t n)
{
    size_t cap;
    if (d->acache_cap || n == 0)
        return 0;
    cap = dn_table_cap(2 * n); /* an entry by label and one by id */
    if (!(d->acache = calloc(cap, sizeof *d->acache)))
        return -1;
    d->acache_cap = cap;
    return dn_grow((void **)&d->actors, &d->cap_actors, n, sizeof *d->actors);
}

/* Gives actor a its state st >= 0, once (when it is made, or later when
 * it had none): a person is chained under it for person_by_role. */
static void set_state(doc *d, int a, int st)
{
    doc_actor *x = &d->actors[a];
    x->state = st;
    if (x->type == DN_ACTOR_PERSON) {
        x->st_next = d->st_head[st & 63];
        d->st_head[st & 63] = a + 1;
    }
}

/* DOC_FEMALE or DOC_MALE when the given name first (as written) is in the
 * feminine or masculine word list, else 0. */
static unsigned char first_name_gender(const doc *d, const char *first)
{
    char low[64];
    size_t n = 0;
    dn_wordmask m;
    for (; first[n] && n < sizeof low - 1; n++)
        low[n] = (char)tolower((unsigned char)first[n]);
    if (first[n])
        return 0;
    low[n] = '\0';
    m = dn_lexicon_word_mask(d->lx, low);
    return (m >> d->wl_bit[WL_FEMININE]) & 1u  ? DOC_FEMALE
           : (m >> d->wl_bit[WL_MASCULINE]) & 1u ? DOC_MALE
                                                 : 0;
}

/* doc_actor.label_plain of the label c (n bytes): 1 when the rules of
 * doc_actor_alias take its bytes as they are, printable ASCII (not
 * cleaned) opening with no "the " (not cut), else 2. */
static unsigned char label_plain_of(const char *c, size_t n)
{
    int the = n >= 4 && (c[0] == 't' || c[0] == 'T') && c[1] == 'h' && c[2] == 'e' && c[3] == ' ';
    return !the && dn_utf8_printable_run(c, n) == n ? 1 : 2;
}

int doc_actor_get(doc *d, dn_actor_type type, const char *label, const char *kind, int state)
{
    return doc_actor_get_id(d, type, label, NULL, kind, state);
}

/* doc_actor_get_id, with the lengths and hashes of label and known_id
 * taken from li when it is not NULL. */
static int actor_get(doc *d, dn_actor_type type, const char *label, const char *known_id,
                     const char *kind, int state, const doc_lex_info *li)
{
    size_t len = li ? li->len1 - 1 : strlen(label);
    uint64_t h = li ? li->h : acache_hash(type, label, len), hid;
    size_t idlen = 0;
    char *id, *mid = NULL, idb[256];
    int a;
    doc_actor *x;

    for (size_t i = d->acache_cap ? h & (d->acache_cap - 1) : 0; d->acache_cap && d->acache[i].label;
         i = (i + 1) & (d->acache_cap - 1)) {
        const struct actor_cache *c = &d->acache[i];
        if (c->h == h && c->type == (int)type && d->actors[c->actor].label_len == len &&
            memcmp(c->label, label, len) == 0) {
            x = &d->actors[c->actor];
            if (x->state < 0 && state >= 0)
                set_state(d, c->actor, state);
            if (!x->kind && kind)
                x->kind = kind;
            return c->actor;
        }
    }
    /* a lexicon entry's id outlives the document and is used as it is; a
     * made id (on the stack, unless it is long) is copied to the arena only
     * for a new actor */
    if (known_id)
        id = (char *)known_id;
    else if ((idlen = dn_make_id_buf(dn_actor_id_prefix(type), label, idb, sizeof idb)) != 0)
        id = idb;
    else if (!(id = mid = dn_make_id(dn_actor_id_prefix(type), label))) {
        d->oom = 1;
        return -1;
    }
    if (!idlen)
        idlen = li ? li->idlen : strlen(id);
    hid = li ? li->hid : id_hash(id, idlen);
    if ((a = acache_id(d, id, hid)) >= 0) {
        x = &d->actors[a];
        if (x->state < 0 && state >= 0)
            set_state(d, a, state);
        if (!x->kind && kind)
            x->kind = kind;
        if (x->label_len == len && memcmp(x->label, label, len) == 0)
            acache_put(d, (int)type, x->label, a, h); /* only a cache */
        free(mid);
        return a;
    }
    if (mid || id == idb) {
        id = dn_arena_strndup(&d->arena, mid ? mid : idb, idlen);
        free(mid);
    }
    if (!id ||
        (d->n_actors >= d->cap_actors &&
         dn_grow((void **)&d->actors, &d->cap_actors, d->n_actors + 1, sizeof *d->actors) != 0) ||
        acache_put(d, ACACHE_ID, id, (int)d->n_actors, hid) != 0) {
        d->oom = 1;
        return -1;
    }
    x = &d->actors[d->n_actors];
    *x = (doc_actor){0};
    x->id = id;
    x->label_len = len;
    /* a lexicon label outlives the document: kept, not copied */
    x->label = known_id ? label : dn_arena_strndup(&d->arena, label, len);
    x->type = type;
    x->kind = kind;
    x->state = state;
    x->body = -1;
    x->capital_of = -1;
    x->label_plain = li ? li->label_plain : 0;
    if (!x->label) {
        d->oom = 1;
        return -1;
    }
    if (type == DN_ACTOR_PERSON) {
        const char *sp = strrchr(label, ' ');
        if (d->n_persons >= d->cap_persons &&
            dn_grow((void **)&d->persons, &d->cap_persons, d->n_persons + 1,
                    sizeof *d->persons) != 0) {
            d->oom = 1;
            return -1;
        }
        d->persons[d->n_persons++] = (int)d->n_actors;
        if (state >= 0) {
            set_state(d, (int)d->n_actors, state); /* chained for person_by_role */
        } else {
            /* chained for stateless_holder */
            if (d->sl_tail)
                d->actors[d->sl_tail - 1].sl_next = (int)d->n_actors + 1;
            else
                d->sl_head = (int)d->n_actors + 1;
            d->sl_tail = (int)d->n_actors + 1;
        }
        const char *fs = strchr(label, ' ');
        x->surname = x->label + (sp ? (size_t)(sp + 1 - label) : 0); /* a suffix of it */
        x->first = fs ? dn_arena_strndup(&d->arena, label, (size_t)(fs - label)) : NULL;
        x->fn_next = -1;
        if (x->surname && x->first) {
            /* chained, in order, under its first name's first 3 bytes */
            size_t bk = fn_bucket(x->fn_key = first3(x->first));
            /* (dn_hash_str of the first name, whose length is known) */
            name_filter_add(d->given_filter, dn_hash_bytes(x->first, (size_t)(fs - label), 0));
            if (d->fn_head[bk] < 0)
                d->fn_head[bk] = (int)d->n_actors;
            else
                d->actors[d->fn_tail[bk]].fn_next = (int)d->n_actors;
            d->fn_tail[bk] = (int)d->n_actors;
        }
    }
    a = (int)d->n_actors++;
    acache_put(d, (int)type, x->label, a, h); /* only a cache */
    return a;
}

int doc_actor_get_id(doc *d, dn_actor_type type, const char *label, const char *known_id,
                     const char *kind, int state)
{
    return actor_get(d, type, label, known_id, kind, state, NULL);
}

/* doc_actor_get_id for the lexicon entry whose doc_actor.lexkey is key,
 * label and id its own: their lengths and hashes are the extractor's
 * (doc_lex_info_slot), computed on first use. The actor that has that
 * id gets key as its lexkey. */
static int lex_get(doc *d, dn_actor_type type, const char *label, const char *id, uint32_t key,
                   const char *kind, int state)
{
    doc_lex_info *li = id ? doc_lex_info_slot(d, key) : NULL;
    int a;

    if (li && (li->len1 == 0 || li->label != label || li->id != id || li->type != (unsigned)type)) {
        size_t len = strlen(label), idlen = strlen(id);
        if (len >= UINT32_MAX || idlen > UINT16_MAX || (unsigned)type > UINT8_MAX) {
            li = NULL;
        } else {
            li->h = acache_hash(type, label, len);
            li->hid = id_hash(id, idlen);
            li->label = label;
            li->id = id;
            li->len1 = (uint32_t)len + 1;
            li->idlen = (uint16_t)idlen;
            li->type = (uint8_t)type;
            li->label_plain = label_plain_of(label, len);
        }
    }
    a = actor_get(d, type, label, id, kind, state, li);
    if (a >= 0 && id && d->actors[a].id == id && !d->actors[a].lexkey)
        d->actors[a].lexkey = key;
    return a;
}

/* Aliases of one actor are told apart by their first 254 - (digits of
 * the actor's index) bytes: the length the former "index\x1f alias" keys
 * of 255 bytes kept, so that the aliases recorded stay the same. */
static size_t alias_cut(int a, size_t len)
{
    size_t nd = 1, lim;
    if (len < 255 - 1 - 10)
        return len; /* shorter than any cut (an index has 10 digits at most) */
    for (unsigned v = (unsigned)a; v >= 10; v /= 10)
        nd++;
    lim = 255 - 1 - nd;
    return len < lim ? len : lim;
}

/* Room for one more alias of x: arrays in the arena, doubled up to 64. */
static int alias_room(doc *d, doc_actor *x)
{
    size_t cap;
    char **na;
    uint64_t *nh;
    if (x->n_aliases < x->cap_aliases)
        return 0;
    cap = x->cap_aliases ? x->cap_aliases * 2 : 4;
    if (cap > 64)
        cap = 64;
    /* one block: the hashes, then the pointers (both 8-byte aligned) */
    if (!(nh = dn_arena_alloc(&d->arena, cap * (sizeof *nh + sizeof *na))))
        return -1;
    na = (char **)(void *)(nh + cap);
    if (x->n_aliases) {
        memcpy(na, x->aliases, x->n_aliases * sizeof *na);
        memcpy(nh, x->alias_h, x->n_aliases * sizeof *nh);
    }
    x->aliases = na;
    x->alias_h = nh;
    x->cap_aliases = cap;
    return 0;
}

/* Room for one more seen hash of x: arena arrays doubled from 4 up to 64
 * (most actors are seen in few forms). */
static int seen_room(doc *d, doc_actor *x)
{
    size_t cap;
    uint64_t *ns;
    if (x->n_seen < x->cap_seen)
        return 0;
    cap = x->cap_seen ? x->cap_seen * 2 : 4;
    if (!(ns = dn_arena_alloc(&d->arena, cap * sizeof *ns)))
        return -1;
    if (x->n_seen)
        memcpy(ns, x->seen, x->n_seen * sizeof *ns);
    x->seen = ns;
    x->cap_seen = cap;
    return 0;
}

/* 1 when x's label is plain (label_plain_of), asked once per actor (a
 * lexicon entry's actor is made knowing it: doc_lex_info). */
static int label_plain(doc_actor *x)
{
    if (!x->label_plain)
        x->label_plain = label_plain_of(x->label, x->label_len);
    return x->label_plain == 1;
}

void doc_actor_alias(doc *d, int a, const char *s, size_t n)
{
    doc_actor *x;
    char *heap = NULL;
    const char *c;
    size_t cl, full;
    uint64_t h, hc;

    if (a < 0 || d->pass != 2 || n == 0 || n > 200)
        return;
    x = &d->actors[a];
    /* the label as it is written ("Kenya", "Pak Jong Chon"): no alias,
     * told before the hash (the seen forms below only remember what the
     * rules after them decide: a form they take or drop is taken or
     * dropped again, so that this changes no alias) */
    if (n == x->label_len && memcmp(s, x->label, n) == 0 && label_plain(x))
        return;
    /* the same bytes again: nothing to do, and no allocation */
    h = dn_hash_fast(s, n);
    for (size_t i = 0; i < x->n_seen; i++)
        if (x->seen[i] == h)
            return;
    if (x->n_seen < 64) {
        if (seen_room(d, x) != 0) {
            d->oom = 1;
            return;
        }
        x->seen[x->n_seen++] = h;
    }
    if (x->n_aliases >= 64)
        return;
    /* cleaned text: printable ASCII as it is (no NUL in its n bytes, so
     * the compares below may stop at n), else dn_utf8_clean */
    if (dn_utf8_printable_run(s, n) == n) {
        c = s;
        full = n;
    } else if (!(c = heap = dn_utf8_clean(s, n))) {
        d->oom = 1;
        return;
    } else {
        full = strlen(c);
    }
    if (full >= 4 && (c[0] == 't' || c[0] == 'T') && c[1] == 'h' && c[2] == 'e' && c[3] == ' ') {
        c += 4;
        full -= 4;
    }
    if (full == 0 || (full == x->label_len && memcmp(c, x->label, full) == 0))
        goto out;
    if (x->type == DN_ACTOR_PERSON && memchr(c, ',', full))
        goto out; /* an apposition, no name: "his Azerbaijani counterparts,
                     Zakir Hasanov" */
    cl = alias_cut(a, full);
    /* the bytes hashed into h, when nothing was cut or cleaned */
    hc = c == s && cl == n ? h : dn_hash_fast(c, cl);
    for (size_t i = 0; i < x->n_aliases; i++)
        if (x->alias_h[i] == hc && strncmp(x->aliases[i], c, cl) == 0 &&
            alias_cut(a, strlen(x->aliases[i])) == cl)
            goto out;
    /* aliases live in the document's arena, like the actor's strings */
    if (alias_room(d, x) != 0 ||
        !(x->aliases[x->n_aliases] = dn_arena_strndup(&d->arena, c, full))) {
        d->oom = 1;
        goto out;
    }
    x->alias_h[x->n_aliases] = hc;
    x->n_aliases++;
out:
    if (heap)
        free(heap);
}

/* Registers a document name (its first word too, for fast lookups); h is
 * dn_hash_str(name). */
static void names_put_h(doc *d, const char *name, uint64_t h, int a)
{
    const char *sp = strchr(name, ' '), *key = name;
    size_t words = 1;
    char first[128];
    size_t fl = sp ? (size_t)(sp - name) : strlen(name);
    uint64_t hf = h; /* one word is its own first word */
    if (dn_strmap_put_h(&d->names, name, h, a) != 0) {
        d->oom = 1;
        return;
    }
    if (fl >= sizeof first)
        return;
    if (sp) {
        for (const char *p = sp; *p; p++)
            words += *p == ' ';
        memcpy(first, name, fl);
        first[fl] = '\0';
        key = first;
        hf = dn_hash_bytes(first, fl, 0); /* dn_hash_str, its length known */
    }
    if (dn_strmap_get_h(&d->name_first, key, hf) < (int)words &&
        dn_strmap_put_h(&d->name_first, key, hf, (int)words) != 0)
        d->oom = 1;
    name_filter_add(d->first_filter, hf);
}

static void names_put(doc *d, const char *name, int a)
{
    names_put_h(d, name, dn_hash_str(name), a);
}

/* The person whose name's first word is token i alone, or -1: a name
 * written family name first ("Xi Jinping", "Kishida Fumio") or a person
 * called by the given name ("Abiy", "Anwar") is referred to by it. The
 * persons are found on their first name's chain (fn_head); two of them
 * sharing the word make it ambiguous, and no one is chosen. */
static int given_chain(doc *d, const dn_token *t);

static int given_at(doc *d, size_t i)
{
    const dn_token *t;
    if (i >= d->tk.n)
        return -1;
    t = &d->tk.tok[i];
    if (!(t->flags & DN_TOK_WORD) || !(t->flags & DN_TOK_CAP) || t->len < 2)
        return -1;
    if (!name_filter_has(d->given_filter, t->htext))
        return -1; /* no person's first name: most words (told without the
                      frame given_chain needs) */
    return given_chain(d, t);
}

/* given_at past its filter: the persons of t's chain. */
static __attribute__((noinline)) int given_chain(doc *d, const dn_token *t)
{
    size_t key;
    int found = -1;
    key = first3(t->text);
    for (int k = d->fn_head[fn_bucket(key)]; k >= 0; k = d->actors[k].fn_next) {
        const doc_actor *x = &d->actors[k];
        if (x->fn_key != key || strncmp(x->first, t->text, t->len) != 0 || x->first[t->len])
            continue;
        if (found >= 0)
            return -1;
        found = k;
    }
    return found;
}

/* Registers name unless the document has it already; h is
 * dn_hash_str(name). */
static void names_put_new_h(doc *d, const char *name, uint64_t h, int a)
{
    if (dn_strmap_get_h(&d->names, name, h) < 0)
        names_put_h(d, name, h, a);
}

/* Registers name (may be NULL) unless the document has it already. */
static void names_put_new(doc *d, const char *name, int a)
{
    if (name)
        names_put_new_h(d, name, dn_hash_str(name), a);
}

/* Another person of the document than a whose name's first word, or
 * with last_too its last word, is w[0..n) ("Hun" of Hun Sen and of Hun
 * Manet); -1 when none. */
static int person_sharing(const doc *d, int a, const char *w, size_t n, int last_too)
{
    for (size_t k = 0; k < d->n_persons; k++) {
        const doc_actor *x = &d->actors[d->persons[k]];
        const char *sp = strrchr(x->label, ' ');
        if (d->persons[k] == a)
            continue;
        if ((strncmp(x->label, w, n) == 0 && x->label[n] == ' ') ||
            (last_too && sp && strlen(sp + 1) == n && memcmp(sp + 1, w, n) == 0))
            return d->persons[k];
    }
    return -1;
}

/* 1 when w is a given name written as Korean ones are, two syllables
 * joined by a hyphen, the second in lower case ("Jong-kun", "Jae-in"). */
static int korean_given(const char *w)
{
    const char *h = strchr(w, '-');
    if (!h || h - w < 2 || !isupper((unsigned char)w[0]) || strchr(h + 1, '-') || strchr(w, ' '))
        return 0;
    for (const char *c = w + 1; *c; c++)
        if (c != h && !islower((unsigned char)*c))
            return 0;
    return strlen(h + 1) >= 2;
}

/* "Choi Jong-kun": a person of two or three words, of a state that puts
 * the family name first (word list family_name_first_states) or of two
 * whose given name is written as Korean ones are: the first word names
 * the person too ("Choi"), as the lexicon's own persons of such states
 * are named ("Xi", "Yoon"). */
static void family_first_put(doc *d, int a)
{
    doc_actor *x = &d->actors[a];
    const char *sp;
    char first[32];
    size_t n;
    int other;
    if (x->ff_checked == x->state + 2)
        return; /* once per person and state (every mention asks) */
    x->ff_checked = x->state + 2;
    sp = strchr(x->label, ' ');
    if (!sp || (size_t)(sp - x->label) < 2 ||
        (size_t)(sp - x->label) >= sizeof first || memchr(x->label, '-', (size_t)(sp - x->label)) ||
        memchr(x->label, '.', (size_t)(sp - x->label)) || !isupper((unsigned char)x->label[0]))
        return;
    n = 1;
    for (const char *c = sp; *c; c++)
        n += *c == ' ';
    if (n > 3)
        return;
    if (!(n == 2 && korean_given(sp + 1)) && !dn_lexicon_family_first_state(d->lx, x->state))
        return;
    memcpy(first, x->label, (size_t)(sp - x->label));
    first[sp - x->label] = '\0';
    if ((other = person_sharing(d, a, first, (size_t)(sp - x->label), 0)) >= 0) {
        uint64_t h = dn_hash_str(first);
        if (dn_strmap_get_h(&d->names, first, h) == other)
            names_put_h(d, first, h, -2); /* (Hun Sen and Hun Manet: neither) */
        return;
    }
    names_put_new(d, first, a);
}

/* names_put_new for person a's surname, and for it without an Arabic
 * article ("al-Burhan", "El-Sisi": also "Burhan", "Sisi"), a suffix of
 * it, as the press writes it at second mention. */
static void names_put_surname(doc *d, int a)
{
    const char *surname = d->actors[a].surname;
    size_t n;
    if (!surname)
        return;
    /* a suffix of the label: its length known, hashed without a strlen */
    n = d->actors[a].label_len - (size_t)(surname - d->actors[a].label);
    names_put_new_h(d, surname, dn_hash_bytes(surname, n, 0), a);
    if ((surname[0] == 'a' || surname[0] == 'A' || surname[0] == 'e' || surname[0] == 'E') &&
        (surname[1] == 'l' || surname[1] == 'L') && surname[2] == '-' &&
        (unsigned char)surname[3] >= 'A' && (unsigned char)surname[3] <= 'Z' && n >= 6)
        names_put_new(d, surname + 3, a);
}

/* ---- helpers over the current tokens ---- */

/* Picks the ref to use among refs of the same length, by priority:
 * person, org, state, capital, seat, demonym, place, then title, body
 * (when allowed); the first ref of the best kind. */
static int pick_ref(const dn_lex_ref *refs, size_t n, int allow_title_body)
{
    /* rank[kind]: its place in that order (lower wins), 9 never */
    static const unsigned char rank[DN_LX__COUNT] = {
        [DN_LX_PERSON] = 0, [DN_LX_ORG] = 1,     [DN_LX_STATE] = 2,
        [DN_LX_CAPITAL] = 3, [DN_LX_SEAT] = 4,   [DN_LX_DEMONYM] = 5,
        [DN_LX_PLACE] = 6,  [DN_LX_TITLE] = 7,   [DN_LX_BODY] = 8};
    unsigned lim = allow_title_body ? 9u : 7u, best_r = 9u;
    int best = -1;
    for (size_t k = 0; k < n; k++) {
        unsigned r = (unsigned)refs[k].kind < DN_LX__COUNT ? rank[refs[k].kind] : 9u;
        if (r < lim && r < best_r) {
            best_r = r;
            best = (int)k;
        }
    }
    return best;
}

/* 1 when a lexicon form may start at token i (i < the sentence's length):
 * its first words (dn_lexicon_tokens_info) say so. (A macro: as an inline
 * function it changed GCC's inlining of kind_at into match_role, +1.4M Ir
 * on the 40-document run.) */
#define starts_form(d, i) ((d)->lm_first[2 * (i)] >= 0 || (d)->lm_first[2 * (i) + 1] >= 0)

static void lex_fill_match(doc *d, size_t i);

/* Computes token i's lexicon match into the document's cache. A token
 * that starts no form (its first words say so) has none, told here
 * without a frame; lex_fill_match looks the others up. */
static void lex_fill(doc *d, size_t i)
{
    if (starts_form(d, i)) {
        lex_fill_match(d, i);
        return;
    }
    d->lm_roff[i] = (unsigned)d->lm_pool_n;
    d->lm_len[i] = 0;
    d->lm_n[i] = (unsigned short)LM_PICK_UNKNOWN; /* no refs */
}

static __attribute__((noinline)) void lex_fill_match(doc *d, size_t i)
{
    size_t k = 0;
    int len = 0;
    /* the refs go straight to the pool, with room made for LM_REFS */
    if (d->lm_pool_n + LM_REFS > (unsigned)-1 ||
        (d->lm_pool_n + LM_REFS > d->lm_pool_cap &&
         dn_grow((void **)&d->lm_pool, &d->lm_pool_cap, d->lm_pool_n + LM_REFS,
                 sizeof *d->lm_pool) != 0))
        d->oom = 1;
    else
        len = (int)dn_lexicon_match_first(d->lx, d->tk.tok, d->tk.n, i, &d->lm_first[2 * i],
                                          d->lm_pool + d->lm_pool_n, LM_REFS, &k);
    d->lm_roff[i] = (unsigned)d->lm_pool_n;
    d->lm_pool_n += k;
    d->lm_len[i] = len;
    d->lm_n[i] = (unsigned short)(k | LM_PICK_UNKNOWN);
}

/* dn_lexicon_match on the current sentence, computed once per token
 * (lex_fill): the first refs (at most max) of the longest match at i,
 * read in the pool, not copied, *nr of them, and its length (0 none).
 * They stay valid until the next lex_fill, which may move the pool. */
static inline const dn_lex_ref *lex_refs(doc *d, size_t i, size_t max, size_t *nr, size_t *len)
{
    if (i >= d->tk.n) {
        *nr = *len = 0;
        return NULL;
    }
    if (d->lm_len[i] < 0)
        lex_fill(d, i);
    *nr = LM_N(d->lm_n[i]) < max ? LM_N(d->lm_n[i]) : max;
    *len = (size_t)d->lm_len[i];
    /* no refs: the pool may not exist yet (NULL + 0 is undefined) */
    return *nr ? d->lm_pool + d->lm_roff[i] : NULL;
}

/* pick_ref(refs, nr, allow_title_body) for the nr refs lex_refs(d, i, ...)
 * gave: the pick lex_fill made when they are all of the token's refs. */
static inline int lex_pick(doc *d, size_t i, size_t nr, const dn_lex_ref *refs,
                           int allow_title_body)
{
    unsigned v = d->lm_n[i], sh = allow_title_body ? 5 : 10, p;
    int k;
    if (nr != LM_N(v))
        return pick_ref(refs, nr, allow_title_body);
    if ((p = (v >> sh) & 31u) != 31u)
        return (int)p - 1;
    /* made once, when first asked: the rules ask it of a token often */
    k = pick_ref(refs, nr, allow_title_body);
    d->lm_n[i] = (unsigned short)((v & ~(31u << sh)) | (unsigned)(k + 1) << sh);
    return k;
}

/* The length of the longest lexicon match at i, without its refs. */
static inline size_t lex_len(doc *d, size_t i)
{
    if (i >= d->tk.n)
        return 0;
    if (d->lm_len[i] < 0)
        lex_fill(d, i);
    return (size_t)d->lm_len[i];
}

/* dn_lexicon_match_kind for titles and bodies, cached likewise. */
static size_t kind_at(doc *d, size_t i, dn_lex_kind kind, int *index)
{
    int *c;
    if (i >= d->tk.n) {
        *index = -1;
        return 0;
    }
    c = kind == DN_LX_TITLE ? &d->lm_title[i] : &d->lm_body[i];
    if (*c < 0) {
        int ix;
        size_t l = dn_lexicon_match_kind_first(d->lx, d->tk.tok, d->tk.n, i, &d->lm_first[2 * i],
                                               kind, &ix);
        *c = (int)((l << 16) | (unsigned)(ix + 1));
    }
    *index = (*c & 0xffff) - 1;
    return (size_t)(*c >> 16);
}

/* dn_lexicon_match_kind_first for the listed persons at i (i < the
 * sentence's length), read from the token's longest match when lex_fill
 * has made it (name_run has, for the words of a name): the lexicon's
 * answer is the longest form of the kind, and its first ref of the kind
 * among the refs of that length, which the longest match lists in the
 * same order, both tables' refs of one length; so none when there is no
 * match, the longest match's length and first person's ref when it has
 * one, and none when it is of one word and names no person among all its
 * refs. Else the lexicon is asked. */
static size_t person_match_at(doc *d, size_t i, int *index)
{
    int len = d->lm_len[i];
    if (len >= 0) {
        size_t n = LM_N(d->lm_n[i]);
        const dn_lex_ref *refs = d->lm_pool + d->lm_roff[i];
        *index = -1;
        if (len == 0)
            return 0;
        for (size_t k = 0; k < n; k++)
            if (refs[k].kind == DN_LX_PERSON) {
                *index = refs[k].index;
                return (size_t)len;
            }
        if (len == 1 && n < LM_REFS)
            return 0;
    }
    return dn_lexicon_match_kind_first(d->lx, d->tk.tok, d->tk.n, i, &d->lm_first[2 * i],
                                       DN_LX_PERSON, index);
}

/* 1 when s (not NULL) is the string w: its first byte first, where the
 * kinds of actors mostly differ, so that few compares need a strcmp. */
static inline int str_is(const char *s, const char *w)
{
    return s[0] == w[0] && strcmp(s, w) == 0;
}

#define TK(i) (d->tk.tok[(i)])
#define NT (d->tk.n)

/* 1 when token i reads as a plural of more than three letters: an 's'
 * after a letter other than 's' ("leaders", "ministers", "affairs"; not
 * "press"). */
static int plural_word(const doc *d, size_t i)
{
    const dn_token *w = &TK(i);
    return w->len > 3 && w->lower[w->len - 1] == 's' && w->lower[w->len - 2] != 's';
}

static int is_cap(doc *d, size_t i)
{
    return i < NT && (TK(i).flags & DN_TOK_WORD) && (TK(i).flags & DN_TOK_CAP);
}

/* 1 when token i is an initial: one capital letter and a period ("R."). */
static int is_initial(doc *d, size_t i)
{
    return is_cap(d, i) && TK(i).len == 1 && doc_tx_is(d, i + 1, ".");
}

/* 1 when a title's role is "counterpart" (the role of the one it faces). */
static int is_counterpart(const char *role)
{
    return role[0] == 'c' && strcmp(role, "counterpart") == 0;
}

#define lw_is doc_lw_is

static const char *const doc_list_names[WL__COUNT] = {
    "prepositions", "speech", "transparent", "state_nouns", "particles",
    "function_words", "relation_nouns", "negations", "hypotheticals", "hedges",
    "clause_breaks", "claim_nouns", "pronouns", "place_nouns", "honorifics",
    "group_nouns", "capital_nouns", "auxiliaries", "person_group_nouns",
    "reciprocal_verbs", "geo_nouns", "locatives", "org_nouns", "target_nouns", "time_words",
    "feminine", "masculine", "cessations", "clutter", "initiative_nouns", "name_abbreviations",
    "subordinators", "deed_participles", "numerals", "remark_nouns", "step_nouns", "claim_verbs",
    "time_units", "byline_words", "statement_heads", "patient_nouns",
    "gathering_nouns", "sentence_adverbs", "civilian_nouns", "cognition_verbs",
    "departure_verbs", "adverbial_nouns", "irregular_pasts", "org_heads",
    "restraint_nouns", "deed_nouns", "question_modals"};

void doc_lists_init(doc *d)
{
    for (int k = 0; k < WL__COUNT; k++) {
        int bit = dn_lexicon_list_bit(d->lx, doc_list_names[k]);
        /* (a list with no bit asks the bit no word has: never in it) */
        d->wl_bit[k] = (unsigned char)(bit < 0 ? DN_LEX_LIST_BITS : bit);
    }
}

#define has_word doc_has_word

static int is_punct_tok(doc *d, size_t i, const char *set)
{
    return i < NT && !(TK(i).flags & DN_TOK_WORD) && TK(i).text[0] && strstr(set, TK(i).text);
}

/* Person a is named by tokens [ts, te): the ring of the last persons
 * named (d->recent_person), and its gender from the first word of the
 * mention that tells it: "Mrs", "Queen", "spokeswoman", a given name.
 * (Out of line: most mentions are of no person.) */
static __attribute__((noinline)) void person_named(doc *d, int a, size_t ts, size_t te)
{
    size_t k = 0, sl = (size_t)-1; /* the surname's length, asked when needed */
    dn_wordmask fm, mm;
    doc_actor *x = &d->actors[a];
    while (k < 5 && d->recent_person[k] != a)
        k++;
    /* (at most five entries move: a loop, not two calls of memmove) */
    for (; k > 0; k--) {
        d->recent_person[k] = d->recent_person[k - 1];
        d->recent_sent[k] = d->recent_sent[k - 1];
    }
    d->recent_person[0] = a;
    d->recent_sent[0] = d->cur_sent;
    if (x->gender)
        return;
    fm = (dn_wordmask)1 << d->wl_bit[WL_FEMININE];
    mm = (dn_wordmask)1 << d->wl_bit[WL_MASCULINE];
    for (k = ts; k < te && k < NT; k++) {
        dn_wordmask g = d->tokmask[k] & (fm | mm);
        if (!g)
            continue; /* no word of either list: most words */
        /* a family name tells no gender ("Samia Suluhu Hassan"): the
         * surname's words are stepped over, when the name has a first
         * name of its own */
        if (sl == (size_t)-1)
            sl = x->surname && x->first && strcmp(x->first, x->surname) != 0 ? strlen(x->surname)
                                                                              : 0;
        if (sl && TK(k).len == sl && memcmp(TK(k).text, x->surname, sl) == 0)
            continue;
        x->gender = (g & fm) ? DOC_FEMALE : DOC_MALE;
        return;
    }
}

/* Which honorific of address token i is: 0 "Majesty", 1 "Highness", 2
 * "Excellency", 3 "Holiness"; -1 none. */
static int honor_kind(doc *d, size_t i)
{
    return lw_is(d, i, "majesty")      ? 0
           : lw_is(d, i, "highness")   ? 1
           : lw_is(d, i, "excellency") ? 2
           : lw_is(d, i, "holiness")   ? 3
                                       : -1;
}

static void add_mention(doc *d, size_t ts, size_t te, int actor, unsigned flags)
{
    mention *m;
    dn_actor_type ty; /* (read once: the stores below may alias it for GCC) */
    int person;
    if (actor < 0 || te <= ts)
        return;
    ty = d->actors[actor].type;
    person = ty == DN_ACTOR_PERSON;
    if (person && !(flags & (M_PRON | M_OBJPRON | M_GROUP)) && actor != d->sp_one) {
        d->sp_one = actor;
        d->sp_n++;
    }
    if (person && ts >= 1 && (TK(ts - 1).flags & DN_TOK_CAP || TK(ts - 1).len == 1)) {
        /* "Mr. Jammeh", "H.E. Macky Sall": the honorific is the mention's */
        for (int n = 0; n < 4 && ts >= 1; n++) { /* "His Royal Highness" */
            size_t h = ts - (ts >= 2 && doc_tx_is(d, ts - 1, "."));
            int hk;
            if (!(h >= 1 && is_cap(d, h - 1) && has_word(d, WL_HONORIFICS, h - 1) &&
                  (d->n_m == 0 || d->m[d->n_m - 1].te <= h - 1)))
                break;
            ts = h - 1;
            if ((hk = honor_kind(d, ts)) >= 0)
                d->honor_last[hk] = actor;
        }
    }
    if (person && te < NT && doc_tx_is(d, te, "'s") &&
        !(flags & (M_PRON | M_OBJPRON | M_GROUP | M_SPEAKER)))
        flags |= M_POSS; /* "President Johnson's Attorney General met
                            Sukarno": the owner, as the lexicon's route
                            marks "Moscow's" */
    if (person && te < NT && lw_is(d, te, "family") &&
        !(flags & (M_PRON | M_OBJPRON | M_GROUP | M_SPEAKER))) {
        /* "the Kaunda family": his kin, not the person */
        dn_buf lab;
        int st = d->actors[actor].state;
        if (d->pass == 1)
            return;
        dn_buf_init(&lab);
        dn_buf_printf(&lab, "%.*s family", (int)(TK(te - 1).end - TK(ts).start), d->text + TK(ts).start);
        actor = doc_actor_get(d, DN_ACTOR_ORGANIZATION, dn_buf_cstr(&lab), "group", st);
        dn_buf_free(&lab);
        if (actor < 0)
            return;
        ty = d->actors[actor].type;
        te++;
    }
    if (d->n_m >= d->cap_m &&
        dn_grow((void **)&d->m, &d->cap_m, d->n_m + 1, sizeof *d->m) != 0) {
        d->oom = 1;
        return;
    }
    m = &d->m[d->n_m++];
    m->ts = ts;
    m->te = te;
    m->actor = actor;
    m->actor2 = -1;
    m->actor3 = -1;
    if (d->pass == 1) {
        /* pass 1 reads no M_MOD (the triggers' flag) and makes no alias */
        m->flags = flags;
        return;
    }
    /* a state or place before a relation noun names the topic, not a
     * party: "water cannon at migrants on the Belarus border" */
    if (te < NT && has_word(d, WL_RELATION_NOUNS, te) && !(TK(te).flags & DN_TOK_CAP) &&
        (ty == DN_ACTOR_STATE || ty == DN_ACTOR_PLACE) && !has_word(d, WL_TARGET_NOUNS, te + 1))
        flags |= M_MOD; /* (but "Pakistani border posts": posts of Pakistan) */
    /* nor inside a geographic name: "toward the Sea of Japan" */
    if (ts >= 2 && lw_is(d, ts - 1, "of") && has_word(d, WL_GEO_NOUNS, ts - 2) &&
        (TK(ts - 2).flags & DN_TOK_CAP))
        flags |= M_MOD;
    m->flags = flags;
    if (!(flags & (M_PRON | M_GROUP | M_OBJPRON | M_SPEAKER | M_NOALIAS))) {
        d->actors[actor].seen2 = d->cur_sent + 1;
        doc_actor_alias(d, actor, d->text + TK(ts).start, TK(te - 1).end - TK(ts).start);
        if (ty == DN_ACTOR_PERSON) {
            size_t n0 = ts;
            while (n0 + 1 < te && ((is_cap(d, n0) && has_word(d, WL_HONORIFICS, n0)) ||
                                   doc_tx_is(d, n0, ".")))
                n0++;
            if (n0 > ts) /* "His Excellency John Dramani Mahama": also the
                            name without its honorifics */
                doc_actor_alias(d, actor, d->text + TK(n0).start, TK(te - 1).end - TK(n0).start);
            person_named(d, actor, ts, te);
        }
    }
    if (ty == DN_ACTOR_ORGANIZATION && d->actors[actor].kind &&
        (str_is(d->actors[actor].kind, "igo") ||
         (!d->actors[actor].lex && str_is(d->actors[actor].kind, "ngo"))) &&
        (d->igo_n == 0 || d->igo_ring[(d->igo_n - 1) & 3] != actor))
        d->igo_ring[d->igo_n++ & 3] = actor; /* (and an organisation the
                                                 document named: unknown_org_at) */
}

/* "the bloc", "the council", "the organization": of the last four
 * intergovernmental organisations mentioned (d->igo_ring), the latest
 * whose name holds that noun ("alliance" only where a name holds it), or
 * the latest for the nouns no name holds ("bloc", "grouping"); -1 when
 * there is none. */
static int org_by_noun(doc *d, size_t i)
{
    const char *w = TK(i).lower;
    int any = strcmp(w, "bloc") == 0 || strcmp(w, "grouping") == 0;
    if (any)
        return d->igo_n ? d->igo_ring[(d->igo_n - 1) & 3] : -1;
    for (size_t k = 0; k < 4 && k < d->igo_n; k++) {
        int x = d->igo_ring[(d->igo_n - 1 - k) & 3];
        const doc_actor *o = &d->actors[x];
        size_t n = TK(i).len;
        /* the noun as a word of the label, by case-insensitive search */
        for (const char *p = o->label; *p; p++)
            if ((p == o->label || p[-1] == ' ') && (*p | 0x20) == w[0] &&
                strncasecmp(p, w, n) == 0 && (p[n] == '\0' || p[n] == ' '))
                return x;
    }
    return -1;
}

/* Span text of tokens [a, b) joined with single spaces (normalised). */
static char *span_text(doc *d, size_t a, size_t b)
{
    dn_buf buf;
    dn_buf_init(&buf);
    for (size_t i = a; i < b; i++) {
        if (i > a && (TK(i).flags & DN_TOK_WORD) && !doc_tx_is(d, i, "'s"))
            dn_buf_putc(&buf, ' ');
        else if (i > a && !doc_tx_is(d, i, "'s") && !doc_tx_is(d, i, ",") &&
                 !doc_tx_is(d, i, "-") && !is_initial(d, i - 1))
            dn_buf_putc(&buf, ' ');
        dn_buf_puts(&buf, TK(i).text);
    }
    dn_buf_cstr(&buf);
    if (buf.oom) {
        dn_buf_free(&buf);
        d->oom = 1;
        return NULL;
    }
    return dn_buf_take(&buf);
}

/* span_text (its length in *len) into buf when it fits in cap bytes (the
 * common case: no allocation), else a malloc'd copy; release with
 * SPAN_FREE. */
static char *span_into_n(doc *d, size_t a, size_t b, char *buf, size_t cap, size_t *len)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        const char *t = TK(i).text;
        size_t tl = TK(i).len;
        int is_s = t[0] == '\'' && t[1] == 's' && t[2] == '\0';
        if (i > a && !is_s && !is_initial(d, i - 1) && /* no space in "R." */
            ((TK(i).flags & DN_TOK_WORD) ||
             !((t[0] == ',' || t[0] == '-') && t[1] == '\0'))) {
            if (n + 1 >= cap)
                goto long_span;
            buf[n++] = ' ';
        }
        if (n + tl >= cap)
            goto long_span;
        memcpy(buf + n, t, tl);
        n += tl;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
long_span : {
    char *s = span_text(d, a, b);
    *len = s ? strlen(s) : 0;
    return s;
}
}

/* span_into_n without the length. */
static char *span_into(doc *d, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n;
    return span_into_n(d, a, b, buf, cap, &n);
}

#define SPAN_FREE(p, buf)                                                    \
    do {                                                                     \
        if ((p) != (buf))                                                    \
            free(p);                                                         \
    } while (0)

/* The label a b c (three strings joined) in buf when it fits in cap bytes,
 * else in a malloc'd string; NULL when memory runs out (d->oom set).
 * Release with SPAN_FREE. The labels made of other names ("Forces of
 * PERSON", "NAME of OWNER") were formatted by dn_buf_printf, whose two
 * vsnprintf calls cost more than finding the actor. */
static char *label_join(doc *d, char *buf, size_t cap, const char *a, const char *b,
                        const char *c)
{
    size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
    char *p = buf;
    if (na + nb + nc >= cap && !(p = malloc(na + nb + nc + 1))) {
        d->oom = 1;
        return NULL;
    }
    memcpy(p, a, na);
    memcpy(p + na, b, nb);
    memcpy(p + na + nb, c, nc);
    p[na + nb + nc] = '\0';
    return p;
}

/* The organisation of that kind and state named by the text of tokens
 * [a, b) ("Kharkiv city council", "OAU committee", "all sides in
 * Bolivia"), made on first use; -1 when the text does not fit or memory
 * runs out. */
static int span_org(doc *d, size_t a, size_t b, const char *kind, int state)
{
    char nb[160];
    char *nm = span_into(d, a, b, nb, sizeof nb);
    int o = nm ? doc_actor_get(d, DN_ACTOR_ORGANIZATION, nm, kind, state) : -1;
    SPAN_FREE(nm, nb);
    return o;
}

int doc_state_actor(doc *d, int st)
{
    const char *id;
    int a;
    if (d->state_actor && d->state_actor[st] >= 0)
        return d->state_actor[st];
    id = dn_lexicon_entry_id(d->lx, DN_LX_STATE, st);
    a = lex_get(d, DN_ACTOR_STATE, dn_lexicon_state(d->lx, st)->name, id,
                DOC_LEXKEY(DN_LX_STATE, st), NULL, st);
    if (d->state_actor)
        d->state_actor[st] = a;
    return a;
}

/* Makes memo m's n entries, none set. -1 ENOMEM (or n 0). */
static int memo_alloc(doc_memo *m, size_t n)
{
    if (n == 0 || !(m->e = calloc(n, sizeof *m->e)))
        return -1;
    m->n = n;
    return 0;
}

/* Entry i of memo m (n entries, made on first use) for this document: -1
 * until set in it. NULL when i is out of range or memory is short: the
 * caller then does without. (Inline: asked for every lexicon org, person,
 * place and body read; the memo is made once per extractor.) */
static inline int *memo_slot(doc *d, doc_memo *m, size_t n, size_t i)
{
    if (!m->e && memo_alloc(m, n) != 0)
        return NULL;
    if (i >= m->n)
        return NULL;
    if (m->e[i].serial != d->serial) {
        m->e[i].serial = d->serial;
        m->e[i].val = -1;
    }
    return &m->e[i].val;
}

void doc_memo_free(doc *d)
{
    doc_memo *all[] = {&d->lex_memo[0], &d->lex_memo[1], &d->lex_memo[2], &d->body_memo};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++) {
        free(all[k]->e);
        memset(all[k], 0, sizeof *all[k]);
    }
}

/* The slot remembering the actor of lexicon entry (kind, index) for an
 * org, person or place, -1 until the actor is made. NULL: no slot
 * (ENOMEM or another kind); the caller then asks doc_actor_get_id every
 * time, which gives the same actor. */
static int *lex_slot(doc *d, dn_lex_kind kind, int index)
{
    int k = kind == DN_LX_ORG ? 0 : kind == DN_LX_PERSON ? 1 : kind == DN_LX_PLACE ? 2 : -1;
    if (k < 0 || index < 0)
        return NULL;
    /* (the count sizes the memo when it is made: asked then only) */
    return memo_slot(d, &d->lex_memo[k], d->lex_memo[k].e ? 0 : dn_lexicon_count(d->lx, kind) + 1,
                     (size_t)index);
}

/* doc_actor_get_id for a lexicon entry, through its slot. A known actor
 * is returned as doc_actor_get_id would return it: the state and kind it
 * would set were set when the slot was filled. */
static int lex_actor(doc *d, dn_actor_type type, dn_lex_kind kind, int index, const char *name,
                     const char *akind, int state)
{
    int *slot = lex_slot(d, kind, index), a;
    const char *id;
    if (slot && *slot >= 0)
        return *slot;
    id = dn_lexicon_entry_id(d->lx, kind, index);
    a = lex_get(d, type, name, id, DOC_LEXKEY(kind, index), akind, state);
    if (slot)
        *slot = a;
    return a;
}

/* The actor a lexicon ref stands for (state, org, person, place). */
static int actor_of_ref(doc *d, dn_lex_ref r)
{
    const dn_lexicon *lx = d->lx;
    int a = -1;
    switch (r.kind) {
    case DN_LX_STATE:
    case DN_LX_DEMONYM:
    case DN_LX_CAPITAL:
    case DN_LX_SEAT: {
        /* (a state's actor remembered: read without a call) */
        a = d->state_actor && d->state_actor[r.index] >= 0 ? d->state_actor[r.index]
                                                          : doc_state_actor(d, r.index);
        if (a >= 0 && d->state_count && d->pass == 1)
            d->state_count[r.index]++;
        break;
    }
    case DN_LX_ORG: {
        const dn_lex_org *o = dn_lexicon_org(lx, r.index);
        a = lex_actor(d, DN_ACTOR_ORGANIZATION, DN_LX_ORG, r.index, o->name, o->kind, o->state);
        break;
    }
    case DN_LX_PERSON: {
        const dn_lex_person *p = dn_lexicon_person(lx, r.index);
        a = lex_actor(d, DN_ACTOR_PERSON, DN_LX_PERSON, r.index, p->name, p->role, p->state);
        if (a >= 0) {
            doc_actor *x = &d->actors[a];
            uint64_t h = x->label_h ? x->label_h
                                    : (x->label_h = dn_hash_bytes(x->label, x->label_len, 0));
            x->lex = 1;
            if (!x->lex_leader && p->title >= 0 && p->state >= 0 &&
                dn_lexicon_title(lx, p->title)->leader &&
                strcmp(dn_lexicon_title(lx, p->title)->role, "king") != 0 &&
                (d->date_lo == 0 ||
                 dn_lexicon_person_in_office(lx, r.index, d->date_lo, d->date_hi) == 1))
                x->lex_leader = 1; /* "Erdogan spoke with Vladimir Putin. He urged
                                  the Russian leader ...": a listed head of
                                  state or government is a leader named
                                  without his title too (a monarch only
                                  with it: "the Spanish leader" is the
                                  prime minister, not King Felipe) */
            /* (again) its name: a put that would change nothing, when the
             * name already maps to it, is skipped (its first word was
             * counted then) */
            if (dn_strmap_get_h(&d->names, x->label, h) != a)
                names_put_h(d, x->label, h, a);
            if (!x->sur_named) {
                names_put_surname(d, a);
                x->sur_named = 1;
            }
        }
        break;
    }
    case DN_LX_PLACE: {
        const dn_lex_place *p = dn_lexicon_place(lx, r.index);
        a = lex_actor(d, DN_ACTOR_PLACE, DN_LX_PLACE, r.index, p->name, p->kind, p->state);
        break;
    }
    default:
        break;
    }
    return a;
}

/* The actor of listed person li. */
static int person_actor(doc *d, int li)
{
    dn_lex_ref r = {DN_LX_PERSON, li};
    return actor_of_ref(d, r);
}

/* State index an actor belongs to, -1 none. */
static int state_of(doc *d, int a)
{
    return a >= 0 ? d->actors[a].state : -1;
}

static size_t match_role_fill(doc *d, size_t i, dn_lex_kind *kind, int *index);

/* match_role past its first test. The matches known already (kind_at's
 * cache: every match of pass 2) are read here, without a frame. */
static size_t match_role_at(doc *d, size_t i, dn_lex_kind *kind, int *index)
{
    int ct, cb;
    size_t tl, bl;
    if (i >= d->tk.n || (ct = d->lm_title[i]) < 0 || (cb = d->lm_body[i]) < 0)
        return match_role_fill(d, i, kind, index);
    tl = (size_t)(ct >> 16);
    bl = (size_t)(cb >> 16);
    if (tl == 0 && bl == 0)
        return 0;
    if (tl >= bl) {
        *kind = DN_LX_TITLE;
        *index = (ct & 0xffff) - 1;
        return tl;
    }
    *kind = DN_LX_BODY;
    *index = (cb & 0xffff) - 1;
    return bl;
}

/* match_role_at with a match to look up (kind_at). */
static __attribute__((noinline)) size_t match_role_fill(doc *d, size_t i, dn_lex_kind *kind,
                                                        int *index)
{
    int ti, bi;
    size_t tl, bl;
    tl = kind_at(d, i, DN_LX_TITLE, &ti);
    bl = kind_at(d, i, DN_LX_BODY, &bi);
    if (tl == 0 && bl == 0)
        return 0;
    if (tl >= bl) {
        *kind = DN_LX_TITLE;
        *index = ti;
        return tl;
    }
    *kind = DN_LX_BODY;
    *index = bi;
    return bl;
}

/* Matches a title or body at i; returns length, sets *kind and *index. */
static inline size_t match_role(doc *d, size_t i, dn_lex_kind *kind, int *index)
{
    /* a token that starts no lexicon form (its first words say so) starts
     * no title or body: told here, without a call (most tokens asked) */
    if (i < NT && !starts_form(d, i))
        return 0;
    return match_role_at(d, i, kind, index);
}

/* "of [the] STATE" at i: returns tokens used and the state, else 0. */
static size_t of_state(doc *d, size_t i, int *state)
{
    const dn_lex_ref *refs;
    size_t nr, j = i, l;
    int k;
    if (!lw_is(d, j, "of"))
        return 0;
    j++;
    if (lw_is(d, j, "the"))
        j++;
    refs = lex_refs(d, j, 8, &nr, &l);
    if (!l)
        return 0;
    if (doc_tx_is(d, j + l, "'s") && j + l + 1 < NT && is_cap(d, j + l + 1))
        return 0; /* "the secretary of Iran's Supreme National Security
                     Council": the office is the council's (but "the
                     President of Russia's visit" is Russia's) */
    for (k = 0; k < (int)nr; k++)
        if (refs[k].kind == DN_LX_STATE || refs[k].kind == DN_LX_CAPITAL) {
            *state = refs[k].index;
            if (d->pass == 1 && d->state_count)
                d->state_count[refs[k].index]++;
            return j + l - i;
        }
    return 0;
}

/* The length of a capital's name at token i, its state in *state; 0 when
 * no capital starts there. */
static size_t in_capital(doc *d, size_t i, int *state)
{
    const dn_lex_ref *refs;
    size_t nr, l;
    if (i >= NT || !is_cap(d, i))
        return 0;
    refs = lex_refs(d, i, 8, &nr, &l);
    for (size_t k = 0; l && k < nr; k++)
        if (refs[k].kind == DN_LX_CAPITAL) {
            *state = refs[k].index;
            return l;
        }
    return 0;
}

/* Is token i the start of a known name (lexicon entry or doc name)? */
static int is_known_at(doc *d, size_t i)
{
    return lex_len(d, i) > 0;
}


/* 1 when the capitalised word at j is a common word rather than a
 * given name: a word of the grammar's lists ("The", "When", "Then",
 * "Yesterday", "Meanwhile"), a month, a trigger, or an honorific. */
static int common_word_at(doc *d, size_t j)
{
    static const enum doc_list common[] = {
        WL_FUNCTION_WORDS, WL_PREPOSITIONS, WL_SUBORDINATORS, WL_AUXILIARIES, WL_TIME_WORDS,
        WL_TIME_UNITS,     WL_PRONOUNS,     WL_CLAUSE_BREAKS, WL_SPEECH,     WL_NEGATIONS,
        WL_HONORIFICS,     WL_PARTICLES,    WL_HYPOTHETICALS, WL_SENTENCE_ADVERBS};
    if ((d->tokmask[j] & DN_LEX_MASK_TRIGGER) || doc_month_of(TK(j).text, TK(j).len))
        return 1;
    for (size_t k = 0; k < sizeof common / sizeof *common; k++)
        if (has_word(d, common[k], j))
            return 1;
    return 0;
}

/* 1 when a short word in capitals at j opens a speaker's name in
 * capitals, two or three words before a comma or a parenthesis ("BAN
 * KI-MOON, Secretary-General ...", "LE LUONG MINH (Viet Nam)"), not an
 * acronym ("UN", "USA") of a heading. */
static int caps_speaker_name(doc *d, size_t j)
{
    size_t k = j + 1;
    if (is_known_at(d, j))
        return 0;
    while (k < NT && k < j + 3 && (TK(k).flags & DN_TOK_WORD) && (TK(k).flags & DN_TOK_UPPER) &&
           TK(k).len >= 2)
        k++;
    return k > j + 1 && k < NT && (doc_tx_is(d, k, ",") || doc_tx_is(d, k, "("));
}

/* A run of capitalised words at i that is a person's name: returns its
 * length (0 none). Honorifics before it are skipped (*skip). */
static size_t name_run_at(doc *d, size_t i, size_t *skip)
{
    size_t j = i, n = 0, extra = 0;
    *skip = 0;
    while (j < NT && has_word(d, WL_HONORIFICS, j) && is_cap(d, j) &&
           (is_cap(d, j + 1) ||
            ((doc_tx_is(d, j + 1, ".") || doc_tx_is(d, j + 1, "'")) && is_cap(d, j + 2)))) {
        j++;
        if (j < NT && (doc_tx_is(d, j, ".") || doc_tx_is(d, j, "'")))
            j++; /* "Dr.", "Dato' Seri" */
    }
    *skip = j - i;
    if (j < NT && (d->tokmask[j] & DN_LEX_MASK_TRIGGER) && !(TK(j).flags & DN_TOK_UPPER))
        return 0; /* "Foreign Ministry Spokesman Slams U.S. Policy": a
                     headline's verb, no name */
    while (j < NT && n < 5) {
        if (((TK(j).len == 1 && is_initial(d, j)) ||
             (is_cap(d, j) && has_word(d, WL_NAME_ABBREVIATIONS, j) && doc_tx_is(d, j + 1, "."))) &&
            is_cap(d, j + 2) && !is_known_at(d, j)) {
            /* an initial: "Joseph R. Biden", "S. Jaishankar", and a given
             * name written short: "Md. Jashim Uddin" */
            j += 2;
            n++;
            continue;
        }
        if (n > 0 && (d->tokmask[j] & DN_LEX_MASK_TRIGGER) && !(TK(j).flags & DN_TOK_UPPER))
            break; /* "Antony Blinken Meets Wang Yi": the headline's verb ends
                      the name (of the listed persons only "Peter Struck"
                      has such a surname, and the lexicon names him) */
        if (is_cap(d, j) && !(TK(j).flags & DN_TOK_UPPER && TK(j).len <= 3 && n == 0 &&
                              !caps_speaker_name(d, j))) {
            size_t nr, l;
            /* refs read before is_known_at may move the pool */
            const dn_lex_ref *refs = lex_refs(d, j, 8, &nr, &l);
            int p = l ? lex_pick(d, j, nr, refs, 1) : -1;
            if (l && p >= 0 && refs[p].kind != DN_LX_PERSON &&
                !(n == 0 && l == 1 && refs[p].kind != DN_LX_TITLE && refs[p].kind != DN_LX_BODY &&
                  refs[p].kind != DN_LX_DEMONYM && is_cap(d, j + 1) && !is_known_at(d, j + 1)) &&
                !(n > 0 && l == 1 && refs[p].kind == DN_LX_PLACE && !is_cap(d, j + 1)))
                break; /* a state, title, body: not part of a name ("Victoria
                          Nuland" is, and so is the town that ends "Maria
                          Angela Holguin") */
            if (n > 0 && has_word(d, WL_PARTICLES, j) && is_cap(d, j + 1) && extra < 2) {
                j++; /* "Sabah Khaled Al Hamad Al Sabah": a particle written
                        with a capital counts as no word of the five */
                extra++;
                continue;
            }
            j++;
            n++;
            continue;
        }
        if (n > 0 && (TK(j).flags & DN_TOK_WORD) && !is_cap(d, j)) {
            /* "al-Burhan", "el-Sisi": a particle joined to a name */
            const char *h = strchr(TK(j).text, '-');
            if (h && h[1] >= 'A' && h[1] <= 'Z' && h - TK(j).text <= 3) {
                j++;
                n++;
                continue;
            }
        }
        if (n > 0 && has_word(d, WL_PARTICLES, j) && is_cap(d, j + 1)) {
            j++;
            n++;
            continue;
        }
        if (n > 0 && has_word(d, WL_PARTICLES, j) && has_word(d, WL_PARTICLES, j + 1) &&
            is_cap(d, j + 2)) {
            j += 2; /* "Agnes von der Muhll", "Ursula von der Leyen" */
            n += 2;
            continue;
        }
        break;
    }
    while (n > 0 && has_word(d, WL_PARTICLES, j - 1)) {
        j--;
        n--;
    }
    return n ? j - i : 0;
}

/* name_run_at, into d->nr_memo when it fits. */
static size_t name_run_fill(doc *d, size_t i, size_t *skip)
{
    size_t n = name_run_at(d, i, skip);
    if (i < NT && n < 255 && *skip < 255)
        d->nr_memo[i] = (unsigned short)((*skip << 8 | n) + 1);
    return n;
}

/* name_run_at, computed once per token (d->nr_memo): it reads the
 * sentence's tokens and their lexicon matches only. A known run is read
 * without a call. */
static inline size_t name_run(doc *d, size_t i, size_t *skip)
{
    unsigned v;
    if (i < NT && (v = d->nr_memo[i]) != 0) {
        *skip = (v - 1) >> 8;
        return (v - 1) & 255u;
    }
    return name_run_fill(d, i, skip);
}

/* The person the name [a, b) names without its middle initials ("Antony
 * J. Blinken" is the lexicon's "Antony Blinken"): a lexicon person or a
 * name of the document, else -1. */
static int person_without_initials(doc *d, size_t a, size_t b)
{
    char buf[160];
    size_t n = 0, dropped = 0;
    int li, p;
    for (size_t i = a; i < b; i++) {
        if (i > a && i + 1 < b && is_initial(d, i)) {
            i++; /* the initial and its period */
            dropped++;
            continue;
        }
        if (!(TK(i).flags & DN_TOK_WORD) || n + TK(i).len + 2 > sizeof buf)
            return -1;
        if (n)
            buf[n++] = ' ';
        memcpy(buf + n, TK(i).text, TK(i).len);
        n += TK(i).len;
    }
    if (!dropped || n == 0)
        return -1;
    buf[n] = '\0';
    if ((li = dn_lexicon_find(d->lx, DN_LX_PERSON, buf)) >= 0)
        return person_actor(d, li);
    p = dn_strmap_get(&d->names, buf);
    return p >= 0 ? p : -1;
}

/* The person a name span [a, b) refers to: lexicon, doc names, or new. */
/* A name written in capitals ("NIKKI HALEY", "DMITRY A. POLYANSKIY", as
 * UN records and some readouts print speakers) in the usual case ("Nikki
 * Haley", "Dmitry A. Polyanskiy") in buf; NULL when the name has a
 * lower-case letter or no word of three letters, or does not fit. */
const char *doc_caps_title(const char *name, char *buf, size_t size)
{
    size_t n = strlen(name), run = 0, longest = 0;
    if (n >= size)
        return NULL;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)name[k];
        if (islower(c))
            return NULL;
        run = isupper(c) ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    if (longest < 3)
        return NULL;
    for (size_t k = 0; k <= n; k++) {
        unsigned char c = (unsigned char)name[k];
        /* a letter after a letter is lower case: "McDONALD" cannot be
         * told from "MCDONALD", both become "Mcdonald" */
        buf[k] = (char)(k > 0 && isalpha((unsigned char)name[k - 1]) ? tolower(c) : c);
    }
    return buf;
}

/* The listed person a title and a surname name ("President Jiang",
 * "Foreign Secretary Cook": persons named in full only, or who share the
 * surname): the only one of that surname whose role is a form of the
 * title's and whose state is state (unless -1), else the only one of
 * that surname whatever the role, of a state the story is about
 * ("General Powell"). When several are of the role, and all of one state
 * ("President Bush"), -1 and that state in *st. */
static int titled_surname(doc *d, size_t a, const char *role, int state, int *st)
{
    int cand[16], found = -1, fst = -2, dated = -1;
    size_t n = dn_lexicon_persons_of_surname(d->lx, TK(a).text, TK(a).len, cand, 16);
    *st = -1;
    if (n > 16)
        return -1;
    for (size_t k = 0; k < n; k++) {
        const dn_lex_person *lp = dn_lexicon_person(d->lx, cand[k]);
        if (lp->title < 0 || strcmp(dn_lexicon_title(d->lx, lp->title)->role, role) != 0 ||
            (state >= 0 && lp->state != state))
            continue;
        if (found >= 0 && found != cand[k])
            found = -2;
        else if (found == -1)
            found = cand[k];
        fst = fst == -2 || fst == lp->state ? lp->state : -1;
        if (d->date_lo && dn_lexicon_person_in_office(d->lx, cand[k], d->date_lo, d->date_hi) == 1)
            dated = dated == -1 || dated == cand[k] ? cand[k] : -2;
    }
    if (found == -2 && dated >= 0)
        found = dated; /* several of the role ("President Bush"): the one
                          in office on the document's date */
    if (found == -1 && n == 1) {
        const dn_lex_person *lp = dn_lexicon_person(d->lx, cand[0]);
        if (lp->state >= 0 && (state < 0 || lp->state == state) &&
            (lp->state == d->home || lp->state == d->pair[0] || lp->state == d->pair[1]))
            found = cand[0]; /* "General Powell": the only Powell listed,
                                of a state the story is about */
    }
    if (found >= 0)
        return person_actor(d, found);
    if (found == -2 && fst >= 0)
        *st = fst;
    return -1;
}

static int dateline_state(const doc *d, const char *role);

/* The listed person named "X Y", tokens x and y in that order (a name of
 * the document read otherwise), as an actor of the document; -1 when the
 * lexicon lists no such name. */
static int listed_person_of(doc *d, size_t x, size_t y)
{
    char buf[160];
    int li;
    if (TK(x).len + TK(y).len + 2 > sizeof buf)
        return -1;
    memcpy(buf, TK(x).text, TK(x).len);
    buf[TK(x).len] = ' ';
    memcpy(buf + TK(x).len + 1, TK(y).text, TK(y).len);
    buf[TK(x).len + 1 + TK(y).len] = '\0';
    li = dn_lexicon_find(d->lx, DN_LX_PERSON, buf);
    return li >= 0 ? person_actor(d, li) : -1;
}

/* 1 when tokens [a, b) are all words of two letters or more. */
static int words_of_two(const doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!(TK(k).flags & DN_TOK_WORD) || TK(k).len < 2)
            return 0;
    return 1;
}

static int person_for_name(doc *d, size_t a, size_t b, const char *role, int state, int create)
{
    char fullb[160];
    size_t fulln, l;
    char *full = span_into_n(d, a, b, fullb, sizeof fullb, &fulln);
    int p = -1, li, named = 0; /* named: full is in d->names */
    uint64_t hfull;

    if (!full)
        return -1;
    l = a < NT ? person_match_at(d, a, &li) : 0;
    if (l == b - a || (l >= 2 && l + 1 == b - a && b - a >= 3) || (b - a >= 3 && l > b - a)) {
        /* (a second surname after a listed name: "Evo Morales Ayma",
         * "Hugo Chavez Frias" are Evo Morales and Hugo Chavez; and a
         * listed name that runs on past the name read: "Mohammed bin
         * Salman bin Abdulaziz" of "... Al Saud") */
        p = person_actor(d, li);
        if (p >= 0 && l >= 2 && l + 1 == b - a && TK(a + l - 1).len >= 3 && is_cap(d, a + l - 1)) {
            /* "Mahamat Idriss Deby Itno": the listed name's last word, as
             * written, is his surname here too ("Deby addressed ...") */
            char sb[64];
            char *sw = span_into(d, a + l - 1, a + l, sb, sizeof sb);
            if (sw)
                names_put_new(d, sw, p);
            SPAN_FREE(sw, sb);
        }
    }
    hfull = dn_hash_bytes(full, fulln, 0); /* dn_hash_str, its length known */
    /* a name the document has seen, or a surname: its person */
    if (p < 0 && (p = dn_strmap_get_h(&d->names, full, hfull)) >= 0)
        named = 1;
    if (p < 0 && b - a == 1)
        p = given_at(d, a); /* "President Xi", "Prime Minister Abiy" */
    if (p < 0 && b - a >= 4)
        p = person_without_initials(d, a, b); /* "Antony J. Blinken" */
    if (p < 0 && b - a == 2)
        p = listed_person_of(d, a + 1, a); /* "Kishida Fumio": a name in the
                                              order of its own country, the
                                              family name first, is the
                                              listed "Fumio Kishida" */
    if (p < 0 && b - a >= 3 && b - a <= 5 && words_of_two(d, a + 1, b - 1))
        p = listed_person_of(d, a, b - 1); /* "Rodrigo Roa Duterte",
                                              "Mokgweetsi Eric Keabetswe
                                              Masisi": the listed "Rodrigo
                                              Duterte", middle names left
                                              out */
    if (p < 0 && b - a >= 2 && b - 1 < NT) {
        /* "Secretary of State Michael R. Pompeo": the listed person of
         * that surname (alone a form of one listed person only) whose
         * given name starts with the same letter and whose state is not
         * another ("Michael" / "Mike Pompeo") */
        size_t l2 = person_match_at(d, b - 1, &li);
        if (l2 == 1) {
            const dn_lex_person *lp = dn_lexicon_person(d->lx, li);
            if (lp->name[0] == TK(a).text[0] &&
                (TK(a).len < 2 || !isalpha((unsigned char)TK(a).text[1]) ||
                 tolower((unsigned char)lp->name[1]) == tolower((unsigned char)TK(a).text[1])) &&
                (state < 0 || lp->state < 0 || lp->state == state))
                p = person_actor(d, li); /* (not "Colonel Sofiya Qureshi" for
                                            Shah Mehmood Qureshi: a given
                                            name written out shares its
                                            first two letters) */
        }
    }
    if (p < 0 && b - a >= 2) {
        /* the same surname spelt with a doubled or dropped letter, and the
         * same first name: one person ("Josef Borrel" / "Josef Borrell") */
        const char *sn = TK(b - 1).text, *fn = TK(a).text;
        size_t l2 = TK(b - 1).len;
        size_t fk = first3(fn);
        /* the persons whose first name starts as fn's, in order */
        for (int k = l2 >= 5 ? d->fn_head[fn_bucket(fk)] : -1; k >= 0 && p < 0;
             k = d->actors[k].fn_next) {
            doc_actor *x = &d->actors[k];
            size_t l1;
            if (x->fn_key != fk)
                continue;
            l1 = x->label_len - (size_t)(x->surname - x->label); /* a suffix */
            if (l1 >= 5 && l2 >= 5 && (l1 == l2 + 1 || l2 == l1 + 1) &&
                strncmp(x->surname, sn, l1 < l2 ? l1 : l2) == 0)
                p = k;
        }
    }
    if (p < 0 && b - a == 1 && role && !is_counterpart(role)) {
        int st;
        p = titled_surname(d, a, role, state, &st);
        if (p < 0 && state < 0)
            state = st;
    }
    if (p < 0 && (create || b - a >= 2)) {
        char tcb[160];
        const char *tc = doc_caps_title(full, tcb, sizeof tcb);
        if (state < 0 && d->pass == 2)
            state = dateline_state(d, role); /* after pass 1's, a new one */
        p = doc_actor_get(d, DN_ACTOR_PERSON, tc ? tc : full, role, state);
        if (p >= 0) {
            names_put_h(d, full, hfull, p);
            if (tc)
                names_put(d, tc, p); /* "NIKKI HALEY", then "Nikki Haley" */
            names_put_surname(d, p);
            named = 1;
        }
    }
    if (p >= 0) {
        doc_actor *x = &d->actors[p];
        /* the surface name and its last word also name this person */
        if (!named && dn_strmap_get_h(&d->names, full, hfull) < 0)
            names_put_h(d, full, hfull, p);
        if (b - a >= 2 && dn_strmap_get_h(&d->names, TK(b - 1).text, TK(b - 1).htext) < 0)
            names_put_h(d, TK(b - 1).text, TK(b - 1).htext, p);
        if (x->state < 0 && state >= 0)
            set_state(d, p, state);
        if (b - a >= 2 && !x->lex)
            family_first_put(d, p);
        if (role && !is_counterpart(role) &&
            (!x->kind || (x->kind != role && strcmp(x->kind, role) != 0))) {
            /* the role the article gives wins over the dictionary's */
            x->kind = role;
        }
    }
    SPAN_FREE(full, fullb);
    return p;
}

/* The title written at [k, k + tl), lower-cased, its words joined by
 * spaces, into form (size bytes); its length, 0 when it does not fit. */
static size_t title_form(doc *d, size_t k, size_t tl, char *form, size_t size)
{
    size_t n = 0;
    for (size_t i = k; i < k + tl; i++) {
        if (n + TK(i).len + 2 > size)
            return 0;
        if (n)
            form[n++] = ' ';
        memcpy(form + n, TK(i).lower, TK(i).len);
        n += TK(i).len;
    }
    form[n] = '\0';
    return n;
}

/* 1 when a[0, n) and b[0, n) are the same words, '-' and ' ' alike
 * ("secretary general", "secretary-general"). */
static int role_words_eq(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k] && !((a[k] == '-' || a[k] == ' ') && (b[k] == '-' || b[k] == ' ')))
            return 0;
    return 1;
}

/* 1 when the title written at [k, k + tl) fits a person of that kind:
 * always when it is written as its role (or its plural); when it is a
 * narrower form ("press secretary" of the role "secretary"), only a kind
 * that holds that form ("White House press secretary"). */
static int form_fits(doc *d, size_t k, size_t tl, const char *role, const char *kind)
{
    char form[96];
    size_t n = title_form(d, k, tl, form, sizeof form);
    if (n == 0)
        return 1; /* (too long to ask) */
    if (strncmp(form, role, strlen(role)) == 0 || !kind)
        return 1; /* the role itself, its plural, or more after it */
    {
        /* the form ends in the role's last word ("press secretary",
         * "deputy foreign minister"): narrower */
        const char *last = strrchr(role, ' ');
        size_t ll;
        last = last ? last + 1 : role;
        ll = strlen(last);
        if (n < ll || strcmp(form + n - ll, last) != 0)
            return 1; /* another wording ("premier", "top diplomat") */
    }
    return strstr(kind, form) != NULL;
}


/* A person of the document with this role (or any leader role) and
 * state: "Rwanda's leader", "the Prime Minister". */
static int person_by_role_scan(doc *d, const char *role, int leader_title, int state)
{
    /* one person of exactly that role ("the king": King Salman, not the
     * crown prince, also a leader), else one of any leader role */
    int best = -1, leader = -1, leaders = 0;
    for (size_t j = 0; j < d->n_persons; j++) {
        size_t k = (size_t)d->persons[j];
        doc_actor *x = &d->actors[k];
        if (x->type != DN_ACTOR_PERSON || !x->kind)
            continue;
        if (state >= 0 && x->state != state)
            continue;
        if (dn_role_fits(x->kind, role)) {
            if (best >= 0 && state < 0)
                return -1; /* ambiguous without a state */
            best = (int)k;
        } else if (leader_title && x->leader) {
            leader = (int)k;
            leaders++;
        }
    }
    if (best >= 0)
        return best;
    return state >= 0 || leaders == 1 ? leader : -1;
}

/* "President Laurent Koudou ... The Ivorian president" (or "Ivory
 * Coast's leader", a leader's title for any leader): the one person of
 * that role whose state was not known, who now takes the state st; -1
 * when there is none, or two. */
static int stateless_holder(doc *d, const char *role, int leader_title, int st)
{
    int found = -1, prev = 0;
    /* the persons with no state, in order: the chain of those made with
     * none, from which a person given a state since is unlinked here (a
     * person's state is set once and never taken away) */
    for (int k1 = d->sl_head; k1; ) {
        int k = k1 - 1;
        doc_actor *x = &d->actors[k];
        k1 = x->sl_next;
        if (x->state >= 0) {
            /* (of another state: person_by_role saw st's) */
            if (prev)
                d->actors[prev - 1].sl_next = k1;
            else
                d->sl_head = k1;
            if (!k1)
                d->sl_tail = prev;
            continue;
        }
        prev = k + 1;
        if (x->type != DN_ACTOR_PERSON || !x->kind ||
            (strcmp(x->kind, role) != 0 && !(leader_title && x->leader)))
            continue;
        if (found >= 0)
            return -1;
        found = k;
    }
    if (found >= 0)
        set_state(d, found, st);
    return found;
}

static int person_by_role(doc *d, const char *role, int leader_title, int state);

int doc_label_office(doc *d, size_t end)
{
    dn_lex_kind mk;
    int mi;
    size_t i = lw_is(d, 0, "the"), l = match_role(d, i, &mk, &mi);
    const dn_lex_title *t;
    if (!l || mk != DN_LX_TITLE || i + l != end)
        return -1;
    t = dn_lexicon_title(d->lx, mi);
    if (is_counterpart(t->role))
        return -1;
    if (d->issuer >= 0)
        return person_by_role(d, t->role, 0, d->issuer); /* the issuer's:
                                                            "SPOKESPERSON:" of
                                                            a ministry's
                                                            briefing, not
                                                            another state's
                                                            spokesman it
                                                            quotes */
    return person_by_role_scan(d, t->role, 0, -1);
}

/* person_by_role_scan, whose state >= 0 is found on that state's chain
 * of persons, not among all the persons. role is the title's, or for a
 * counterpart the role of the one faced ("his French counterpart" of a
 * president: the French president). */
static int person_by_role(doc *d, const char *role, int leader_title, int state)
{
    if (state >= 0) {
        /* the last person (in order: the highest index) of that state,
         * found on the state's chain */
        int best = -1, best_leader = -1;
        for (int k = d->st_head[state & 63] - 1; k >= 0; k = d->actors[k].st_next - 1) {
            const doc_actor *x = &d->actors[k];
            if (x->state != state || !x->kind)
                continue;
            if (k > best && dn_role_fits(x->kind, role))
                best = k;
            else if (k > best_leader && leader_title &&
                     (x->leader || (x->lex_leader && strcmp(role, "head of state") == 0)))
                best_leader = k; /* (a listed head only for "leader": "the
                                    Prime Minister" of a White House
                                    statement is no President Clinton) */
        }
        /* the holder of the very office first: "the Italian president" is
         * Mattarella, named before, not the deputy prime minister Di Maio
         * named since; another leader when none holds it */
        return best >= 0 ? best : best_leader;
    }
    {
        int p = person_by_role_scan(d, role, leader_title, state);
        if (p < 0 && leader_title && d->issuer >= 0)
            p = person_by_role(d, role, leader_title, d->issuer); /* "HH the Amir
                                                                     received a
                                                                     call from
                                                                     King
                                                                     Abdullah":
                                                                     the issuer's */
        return p;
    }
}

static int body_actor_get(doc *d, int bi, int st);

/* Makes the body actor for body bi of state st (st may be -1 for bodies
 * bound to one state). An actor the memo holds for (bi, st) that has its
 * state, kind and agent already, and this body, is what body_actor_get
 * would return and change nothing of: read here, without the lexicon's
 * body or a frame. (The memo is filled under the state the body ends
 * with, never for "{state}": a hit for the st given is that state.) */
static int body_actor(doc *d, int bi, int st)
{
    const doc_memo *m = &d->body_memo;
    size_t ns = d->lx_states, i;
    const doc_actor *x;
    if (st < 0 || !m->e || (size_t)st >= ns || (size_t)bi >= d->lx_bodies)
        return body_actor_get(d, bi, st);
    i = (size_t)bi * ns + (size_t)st;
    if (i >= m->n || m->e[i].serial != d->serial || m->e[i].val < 0)
        return body_actor_get(d, bi, st);
    x = &d->actors[m->e[i].val];
    if (x->state < 0 || !x->kind || !x->agent || x->body != bi)
        return body_actor_get(d, bi, st);
    return m->e[i].val;
}

static __attribute__((noinline)) int body_actor_get(doc *d, int bi, int st)
{
    const dn_lex_body *b = dn_lexicon_body(d->lx, bi);
    size_t ns, nb;
    int a, *slot;

    if (!d->lx_bodies) { /* (asked once, not at every body read) */
        d->lx_states = dn_lexicon_count(d->lx, DN_LX_STATE);
        d->lx_bodies = dn_lexicon_count(d->lx, DN_LX_BODY);
    }
    ns = d->lx_states;
    nb = d->lx_bodies;

    if (b->state >= 0)
        st = b->state;
    if (st < 0)
        return -1;
    if (b->label[0] == '{' && strcmp(b->label, "{state}") == 0)
        return doc_state_actor(d, st);
    {
        /* seen before: what doc_actor_get would do for the same label */
        slot = ns && nb && ns <= ((size_t)-1 / sizeof(int)) / nb && (size_t)st < ns && (size_t)bi < nb
                   ? memo_slot(d, &d->body_memo, ns * nb, (size_t)bi * ns + (size_t)st)
                   : NULL;
        if (slot && *slot >= 0) {
            doc_actor *x = &d->actors[*slot];
            if (x->state < 0)
                set_state(d, *slot, st);
            if (!x->kind && b->kind)
                x->kind = b->kind;
            a = *slot;
            goto found;
        }
    }
    {
        /* label and id made once per lexicon (dn_lexicon_finish) */
        const char *bid;
        const char *bl = dn_lexicon_body_label(d->lx, bi, st, &bid);
        if (!bl) {
            d->oom = 1;
            return -1;
        }
        a = lex_get(d, DN_ACTOR_ORGANIZATION, bl, bid,
                    DOC_LEXKEY(DN_LX_BODY, (size_t)bi * ns + (size_t)st), b->kind, st);
    }
    if (a >= 0 && slot)
        *slot = a;
found:
    if (a >= 0) {
        d->actors[a].body = bi;
        if (!d->actors[a].agent && b->agent)
            d->actors[a].agent = b->agent;
    }
    return a;
}

/* Title at k (length tl, index ti), qualifier actor q (or -1) from token
 * start. Returns the end of the mention (0 when no person). */
static unsigned pp_flag(doc *d, size_t i);

/* 1 when token j is "Island", "Islands" or "Islet" (any case). */
/* (inline: asked twice of every capitalised word of no lexicon match,
 * and its first tests end nearly all asks) */
static inline int island_at(doc *d, size_t j)
{
    return j < NT && TK(j).len >= 5 && (TK(j).lower[0] == 'i') &&
           (lw_is(d, j, "island") || lw_is(d, j, "islands") || lw_is(d, j, "islet"));
}

/* 1 when the title at [k, k + tl) of that role is in the plural: its
 * last word ends in "s", its role's does not ("ministers", "leaders"). */
static int plural_title(doc *d, size_t k, size_t tl, const char *role)
{
    const dn_token *w = &TK(k + tl - 1);
    size_t rl = strlen(role);
    return w->len >= 3 && w->lower[w->len - 1] == 's' && rl > 0 && role[rl - 1] != 's';
}

/* The length of ", among them", ", including", ", notably" or ", among
 * whom" at token j (the words that open the names a plural counts), or 0. */
static size_t list_opener(doc *d, size_t j)
{
    if (!(j < NT && doc_tx_is(d, j, ",")))
        return 0;
    if (lw_is(d, j + 1, "including") || lw_is(d, j + 1, "notably"))
        return 2;
    if (lw_is(d, j + 1, "among") && (lw_is(d, j + 2, "them") || lw_is(d, j + 2, "whom")))
        return 3;
    return 0;
}

/* "Presidents Conde and Abdel Aziz", "Foreign Ministers Lavrov, Cavusoglu
 * and Kuleba": a title in the plural names each name of the list after
 * the first, whose mention ends at e. Adds a mention with the title's role
 * (and state, -1 when none is said) for each further name; returns the
 * list's end. */
static size_t plural_title_list(doc *d, size_t k, size_t tl, int ti, int state, size_t e,
                                unsigned fl)
{
    const char *role = dn_lexicon_title(d->lx, ti)->role;
    if (!plural_title(d, k, tl, role))
        return e;
    for (;;) {
        size_t j = e, skip, nl;
        int last = 0, p;
        if (j < NT && doc_tx_is(d, j, ","))
            j++;
        if (lw_is(d, j, "and")) {
            j++;
            last = 1;
        }
        if (j == e || !is_cap(d, j) || (nl = name_run(d, j, &skip)) == 0)
            break;
        p = person_for_name(d, j + skip, j + nl, role, state, d->pass == 2 || nl - skip >= 2);
        if (p < 0)
            break;
        add_mention(d, j + skip, j + nl, p, fl | pp_flag(d, j));
        e = j + nl;
        if (last)
            break;
    }
    return e;
}

/* "Armenian and Azerbaijani counterparts, A and B" with i at the second
 * demonym and the plural title at [k, k + tl) followed by a comma and a
 * name: the state actor of the first demonym, when of another state than
 * st, the second's; else -1. */
static int paired_demonym(doc *d, size_t i, size_t k, size_t tl, int st)
{
    size_t nr, l;
    const dn_lex_ref *r;
    int pk, a;
    const dn_token *w = &TK(k + tl - 1);
    if (i < 2 || !lw_is(d, i - 1, "and") || w->len < 3 || w->lower[w->len - 1] != 's' ||
        !doc_tx_is(d, k + tl, ",") || !is_cap(d, k + tl + 1))
        return -1;
    r = lex_refs(d, i - 2, 8, &nr, &l);
    pk = l == 1 ? lex_pick(d, i - 2, nr, r, 0) : -1;
    if (pk < 0 || r[pk].kind != DN_LX_DEMONYM)
        return -1;
    a = doc_state_actor(d, r[pk].index);
    return a >= 0 && d->actors[a].state >= 0 && d->actors[a].state != st ? a : -1;
}

/* 1 when a title starts at one of tokens [from, to). */
static int title_within(doc *d, size_t from, size_t to)
{
    dn_lex_kind mk;
    int mi;
    for (size_t j = from; j < to; j++)
        if (match_role(d, j, &mk, &mi) && mk == DN_LX_TITLE)
            return 1;
    return 0;
}

int doc_office_at(doc *d, size_t i)
{
    dn_lex_kind mk;
    int mi;
    return i < NT && match_role(d, i, &mk, &mi) > 0;
}

static void add_group(doc *d, size_t i, size_t e, int a1, int a2, int a3);

/* The actor "NAME of OWNER" (its first letter a capital) of that type,
 * kind and state: "Secretary-general of United Nations"; -1 when out of
 * memory. */
static int of_actor(doc *d, dn_actor_type type, const char *name, const char *owner,
                    const char *kind, int state)
{
    char lb[160], *lab = label_join(d, lb, sizeof lb, name, " of ", owner);
    int a;
    if (!lab)
        return -1;
    lab[0] = (char)toupper((unsigned char)lab[0]);
    a = doc_actor_get(d, type, lab, kind, state);
    SPAN_FREE(lab, lb);
    return a;
}

/* The actor "NAME of STATE" (its first letter a capital) of that type,
 * kind and state: an office whose holder is not named ("Ambassador of
 * Thailand"), a party of a name another state's party has ("Democratic
 * Party of South Korea"); -1 when out of memory. */
static int of_state_actor(doc *d, dn_actor_type type, const char *name, const char *kind,
                          int state)
{
    return of_actor(d, type, name, dn_lexicon_state(d->lx, state)->name, kind, state);
}

/* The end of a body named in lower case in an office's tail, from token
 * j: at most two plain words and the body's noun ("interior ministry",
 * "ministry", "foreign affairs committee"); j when none ends there. */
static size_t tail_body_end(doc *d, size_t j)
{
    for (size_t h = j; h < NT && h < j + 3; h++) {
        if (!(TK(h).flags & DN_TOK_WORD) || is_cap(d, h) || has_word(d, WL_FUNCTION_WORDS, h) ||
            has_word(d, WL_PREPOSITIONS, h))
            return j;
        if (has_word(d, WL_ORG_NOUNS, h) || lw_is(d, h, "ministry") ||
            lw_is(d, h, "government") || lw_is(d, h, "department") ||
            lw_is(d, h, "presidency") || lw_is(d, h, "embassy"))
            return h + 1;
    }
    return j;
}

/* The office of a state whose holder is not named, as a person: "the
 * ambassador of Thailand" is "Ambassador of Thailand"; -1 when out of
 * memory. */
static int office_person(doc *d, const char *role, int leader, int state)
{
    int p = of_state_actor(d, DN_ACTOR_PERSON, role, role, state);
    if (p >= 0 && leader)
        d->actors[p].leader = 1;
    return p;
}

static int holder_on_date(doc *d, const char *role, int state);

/* Who a plural office of state st stands for ("the foreign ministers of
 * A and B", title t; "the governments of A and B", body bi when t is
 * NULL): the holder the document knows (pass 2), or on a dated
 * document its listed holder of the day, else the state's body, else the
 * state. */
static int office_of_state(doc *d, const dn_lex_title *t, int bi, int st)
{
    int a = d->pass == 2 && t ? person_by_role(d, t->role, t->leader, st) : -1;
    if (a < 0 && t && d->pass == 2 && d->date_lo && (t->leader || strstr(t->role, "minister")))
        a = holder_on_date(d, t->role, st); /* "the foreign ministers of
                                                A and B" on a dated
                                                document: those of its
                                                day, as for one */
    if (a < 0 && !t)
        a = body_actor(d, bi, st);
    if (a < 0 && t && d->pass == 2 &&
        (strcmp(t->role, "ambassador") == 0 || strcmp(t->role, "military attache") == 0))
        a = office_person(d, t->role, 0, st); /* "the ambassadors of Libya
                                                 and Turkey": each an
                                                 envoy, as "the ambassador
                                                 of Libya" is */
    return a >= 0 ? a : doc_state_actor(d, st);
}

/* A party of the lexicon named where another state's is meant: "In
 * Seoul, the main opposition Democratic Party" (the lexicon's Democratic
 * Party is the United States'), "South Korea's main opposition Democratic
 * Party": that state's party of the name, a node of its own ("Democratic
 * Party of South Korea"); else q (i: the name's first token). */
static int sentence_locale(doc *d);

static int party_here(doc *d, int q, size_t i)
{
    const doc_actor *x = &d->actors[q];
    const mention *m = d->n_m ? &d->m[d->n_m - 1] : NULL;
    int y = -1;
    if (!x->kind || !str_is(x->kind, "party") || x->state < 0)
        return q;
    if (m && m->te <= i && i - m->te <= 3 && (m->flags & M_POSS) &&
        d->actors[m->actor].type == DN_ACTOR_STATE)
        y = d->actors[m->actor].state;
    if (y < 0)
        y = sentence_locale(d);
    if (y < 0 || y == x->state)
        return q;
    return of_state_actor(d, DN_ACTOR_ORGANIZATION, x->label, "party", y);
}

/* "The Presidents of Argentina, Brazil and Venezuela", "the foreign
 * ministers of France and Germany" (i at the title): a plural title and
 * "of" a list of states name each state's holder of the office, the
 * person the document knows in that role and state, else the state;
 * "the governments of Cuba and the United States", a plural body, each
 * state's body; "Foreign ministers of the three countries", those of the
 * last three states named (one group mention). Adds a mention for each
 * (the first one with the phrase's flags, and from the title on, so that
 * a verb reaches it: "urged the governments of A and B"; after "leaders",
 * "representatives", the transparent words the list rules read over, at
 * the state) and returns the end of the list, else 0. */
static size_t plural_office_at(doc *d, size_t i)
{
    dn_lex_kind mk;
    int mi, n = 0, st[8];
    size_t tl, j, e = 0, at[8], len[8];
    const dn_lex_title *t;
    const dn_token *w;
    tl = match_role(d, i, &mk, &mi);
    if (!tl || (mk != DN_LX_TITLE && mk != DN_LX_BODY) || !lw_is(d, i + tl, "of"))
        return 0;
    t = mk == DN_LX_TITLE ? dn_lexicon_title(d->lx, mi) : NULL; /* else "the governments of" */
    w = &TK(i + tl - 1);
    if (w->len < 3 || w->lower[w->len - 1] != 's' || (t && t->role[strlen(t->role) - 1] == 's') ||
        (!t && (dn_lexicon_body(d->lx, mi)->key[strlen(dn_lexicon_body(d->lx, mi)->key) - 1] == 's' ||
                strcmp(TK(i + tl - 1).lower, "forces") == 0)))
        return 0; /* (a plural of its own: "armed forces", "affairs") */
    for (size_t k = i; k < i + tl; k++)
        if (lw_is(d, k, "of"))
            return 0; /* (not "minister of foreign affairs") */
    j = i + tl + 1 + lw_is(d, i + tl + 1, "the");
    if (j > i + tl + 1 && (lw_is(d, j, "three") || lw_is(d, j, "two")) &&
        has_word(d, WL_GROUP_NOUNS, j + 1)) {
        /* "Foreign ministers of the three countries": of the last three
         * states named ("the two": the article's two parties), together */
        int g[3] = {-1, -1, -1}, ng = lw_is(d, j, "three") ? 3 : 2;
        for (int k = 0; k < ng; k++) {
            int ra = d->state_ring[(d->state_ring_at - 1 - (unsigned)k) & 3]; /* an actor */
            g[k] = ng == 2 ? d->pair[k] : ra >= 0 ? d->actors[ra].state : -1;
        }
        if (g[0] < 0 || g[1] < 0 || g[0] == g[1] ||
            (ng == 3 && (g[2] < 0 || g[2] == g[0] || g[2] == g[1])))
            return 0;
        for (int k = 0; k < ng; k++)
            g[k] = office_of_state(d, t, mi, g[k]);
        if (ng == 3) /* the first named first */
            add_group(d, i, j + 2, g[2], g[1], g[0]);
        else
            add_group(d, i, j + 2, g[0], g[1], -1);
        return j + 2;
    }
    while (n < 8) {
        size_t nr, l;
        const dn_lex_ref *refs = lex_refs(d, j, 8, &nr, &l);
        int pk = l ? lex_pick(d, j, nr, refs, 0) : -1;
        if (pk < 0 || refs[pk].kind != DN_LX_STATE || (n > 0 && doc_tx_is(d, j + l, "'s")))
            break; /* (not "and Colombia's charge d'affaires": an owner) */
        st[n] = refs[pk].index;
        at[n] = j;
        len[n++] = l;
        e = j + l;
        j = e;
        if (doc_tx_is(d, j, ",") && (lw_is(d, j + 1, "and") || is_cap(d, j + 1) ||
                                     lw_is(d, j + 1, "the")))
            j++;
        if (lw_is(d, j, "and"))
            j++;
        if (j == e)
            break;
        j += lw_is(d, j, "the");
    }
    /* "the Foreign Ministers of Greece and Turkey, Nikos Kotzias and
     * Mevlut Cavusoglu": the names that follow are theirs (the title's
     * own rules) */
    if (n == 0 || (doc_tx_is(d, e, ",") && is_cap(d, e + 1) && !is_known_at(d, e + 1)))
        return 0;
    for (int k = 0; k < n; k++) {
        int a = office_of_state(d, t, mi, st[k]);
        if (a >= 0) /* (a person's alias is no state name: "Greece") */
            add_mention(d, k || has_word(d, WL_TRANSPARENT, i + tl - 1) ? at[k] : i, at[k] + len[k], a,
                        (k ? 0 : pp_flag(d, i)) |
                            (d->actors[a].type == DN_ACTOR_PERSON ? M_NOALIAS : 0));
    }
    return e;
}

/* plural_office_at, asked at every phrase after "the": first, without a
 * call, the cheap sign, a plural word and "of" within the next four
 * tokens. */
static inline size_t plural_office_of(doc *d, size_t i)
{
    size_t k = i + 1;
    while (k < NT && k < i + 4 && !lw_is(d, k, "of"))
        k++;
    if (k >= NT || k >= i + 4 || TK(k - 1).lower[TK(k - 1).len - 1] != 's')
        return 0;
    return plural_office_at(d, i);
}

/* The state of a capital the sentence opens with ("In Beijing, ...", "In
 * Beijing on Thursday, ..."), where an office named without a state is
 * that state's; -1 when it opens otherwise. */
static int sentence_locale(doc *d)
{
    const mention *m;
    if (d->n_m == 0 || !lw_is(d, 0, "in"))
        return -1;
    m = &d->m[0];
    if (m->ts != 1 || !(m->flags & M_CAPITAL) || d->actors[m->actor].type != DN_ACTOR_STATE)
        return -1;
    return d->actors[m->actor].state;
}

/* A name opened by an honorific at token h ("Sheikh Abdullah bin Zayed"):
 * its span in [*a, *b), without the honorific; 0 when none stands there. */
static int honorific_name(doc *d, size_t h, size_t *a, size_t *b)
{
    size_t skip, nl;
    if (!has_word(d, WL_HONORIFICS, h) || (nl = name_run(d, h, &skip)) <= skip)
        return 0;
    *a = h + skip;
    *b = h + nl;
    return 1;
}

/* 1 when the document's text has w as a whole word ("NATO", "Arab
 * League"). */
static int text_has_word(const doc *d, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = d->text, *end = d->text + d->len; n && p + n <= end; p++) {
        p = memchr(p, w[0], (size_t)(end - p));
        if (!p || p + n > end)
            return 0;
        if (memcmp(p, w, n) == 0 && (p == d->text || !isalnum((unsigned char)p[-1])) &&
            (p + n == end || !isalnum((unsigned char)p[n])))
            return 1;
    }
    return 0;
}

/* 1 when the document names the organisation a role's first words name
 * ("UN", "NATO", "Arab League"): the words, or for the UN its name, its
 * dotted acronym or its councils. */
static int names_org(const doc *d, const char *org, size_t n)
{
    char w[64];
    if (n == 0 || n >= sizeof w)
        return 0;
    memcpy(w, org, n);
    w[n] = '\0';
    if (text_has_word(d, w))
        return 1;
    return strcmp(w, "UN") == 0 &&
           (text_has_word(d, "United Nations") || text_has_word(d, "U.N") ||
            text_has_word(d, "Security Council") || text_has_word(d, "General Assembly"));
}

/* The one listed person of no state, in office on the document's date,
 * whose role is an organisation's name, a space and one of roles[0, nr)
 * ('-' and ' ' alike): of the organisation org[0, ol) when org is given,
 * else of one the document names; -1 when there is none or several. */
static int org_listed(doc *d, const char *org, size_t ol, const char *const *roles, size_t nr)
{
    size_t np = dn_lexicon_count(d->lx, DN_LX_PERSON);
    int found = -1;
    for (size_t i = 0; i < np; i++) {
        const dn_lex_person *lp = dn_lexicon_person(d->lx, (int)i);
        size_t pl = lp->role ? strlen(lp->role) : 0, r = 0, rl = 0;
        if (lp->state >= 0 || !pl)
            continue;
        for (; r < nr; r++) {
            rl = strlen(roles[r]);
            if (pl > rl + 1 && lp->role[pl - rl - 1] == ' ' &&
                role_words_eq(lp->role + pl - rl, roles[r], rl))
                break;
        }
        if (r == nr ||
            (org ? pl - rl - 1 != ol || strncmp(lp->role, org, ol) != 0
                 : !names_org(d, lp->role, pl - rl - 1)) ||
            dn_lexicon_person_in_office(d->lx, (int)i, d->date_lo, d->date_hi) != 1)
            continue;
        if (found >= 0)
            return -1;
        found = (int)i;
    }
    return found < 0 ? -1 : person_actor(d, found);
}

/* The holder of an organisation's office named alone ("the
 * Secretary-General" of a UN record): the one listed person of no state
 * whose role is an organisation's name and role ("UN secretary-general",
 * "NATO secretary general", '-' and ' ' alike), in office on the
 * document's date, of an organisation the document names; -1 when there
 * is none or several. */
static int org_holder(doc *d, const char *role)
{
    return org_listed(d, NULL, 0, &role, 1);
}

/* The head of the organisation named at [start, k) ("the UN chief",
 * "the IAEA head"): the one listed person of no state in office on the
 * document's date whose role is that name and a head's office
 * ("UN secretary-general", "IAEA director general"); -1 when none or
 * several. */
static int org_chief(doc *d, size_t start, size_t k)
{
    static const char *const heads[] = {"secretary-general", "director general",
                                        "managing director"};
    start += lw_is(d, start, "the");
    if (start >= k)
        return -1;
    return org_listed(d, d->text + TK(start).start, (size_t)(TK(k - 1).end - TK(start).start),
                      heads, sizeof heads / sizeof *heads);
}

/* The one listed person who held role in state on the document's date,
 * as an actor; -1 when there is none or several, or no date. */
static int holder_on_date(doc *d, const char *role, int state)
{
    int cand[2];
    if (d->date_lo == 0 || state < 0 ||
        dn_lexicon_holders(d->lx, role, state, d->date_lo, d->date_hi, cand, 2) != 1)
        return -1;
    return person_actor(d, cand[0]);
}

/* 1 when the title at [k, k + tl) is written as the role itself ('-' and
 * ' ' alike: "Secretary General"; not "the Vice President"). */
static int written_as_role(doc *d, size_t k, size_t tl, const char *role)
{
    char form[96];
    size_t rl = strlen(role);
    return title_form(d, k, tl, form, sizeof form) == rl && role_words_eq(form, role, rl);
}

/* The holder of the office a title at [k, k + tl) names, of the state
 * the head lines issue from (d->issuer), on the document's date: the one
 * listed person whose role is the title's, written as such ("the
 * President", not "the Vice President"), and who held it then; -1 when
 * there is none or several, or no issuer or date. An organisation's
 * title (org) needs no issuer: org_holder. */
static int issuer_holder(doc *d, size_t k, size_t tl, const char *role, int org)
{
    if ((!org && d->issuer < 0) || d->date_lo == 0 || !written_as_role(d, k, tl, role))
        return -1;
    return org ? org_holder(d, role) : holder_on_date(d, role, d->issuer);
}

static int in_person_pair(const doc *d, int a);

static size_t person_rule(doc *d, size_t start, size_t k, size_t tl, int ti, int q, int *out)
{
    const dn_lex_title *t = dn_lexicon_title(d->lx, ti);
    size_t j = k + tl, name_a = 0, name_b = 0, skip, nl;
    int state = q >= 0 ? state_of(d, q) : -1, p = -1, of_st = 0;
    const char *role = t->role;
    int counterpart = is_counterpart(role), leader = t->leader;

    *out = -1;
    if (leader && strcmp(role, "head of state") == 0 &&
        ((q >= 0 && d->actors[q].type == DN_ACTOR_ORGANIZATION && d->actors[q].kind &&
          str_is(d->actors[q].kind, "party")) ||
         (q < 0 && k >= 2 && is_cap(d, k - 1) && (TK(k - 1).flags & DN_TOK_WORD) &&
          !is_known_at(d, k - 1)))) {
        /* "the rally hosted by Vox leader Santiago Abascal": a party
         * before "leader", or a name the lexicon does not know, makes a
         * party's or a group's leader, no state's ("the Spanish leader" is
         * Sanchez; but a movement's leader may lead a state: "Taliban
         * leader") */
        role = "party leader";
        leader = 0;
    }
    if (tl && j + 1 < NT && doc_tx_is(d, j, ".") && TK(j - 1).len <= 4 && is_cap(d, j - 1) &&
        is_cap(d, j + 1))
        j++; /* an abbreviated title: "Gen. Wiranto", "Rep. Ileana Ros-Lehtinen" */
    if (q >= 0 && d->actors[q].type == DN_ACTOR_PERSON && !counterpart)
        state = d->actors[q].state; /* "Blinken's deputy" */
    if (counterpart) {
        /* the role of the person the counterpart is the counterpart of:
         * this sentence's first person ("Faisal bin Farhan met his
         * Iranian counterpart"), else the last sentence's subject */
        int of = d->sent_person >= 0 && d->actors[d->sent_person].kind ? d->sent_person
                                                                        : d->last_person_subj;
        if (of >= 0 && d->actors[of].kind && !is_counterpart(d->actors[of].kind))
            role = d->actors[of].kind;
        if (q >= 0 && d->actors[q].type == DN_ACTOR_PERSON)
            of = q;
        if (d->pass == 2 && k > 0 && (lw_is(d, k - 1, "his") || lw_is(d, k - 1, "her")) &&
            !is_cap(d, j) && !doc_tx_is(d, j, ",") && of >= 0 &&
            d->cur_sent - d->person_pair_sent <= 8 && in_person_pair(d, of)) {
            /* "Bayramov thanked his counterpart": the one he last spoke
             * or met with, a few sentences before at most, when no state
             * or name says another */
            *out = d->person_pair[0] - 1 == of ? d->person_pair[1] - 1 : d->person_pair[0] - 1;
            return j;
        }
    }
    /* a posting: "ambassador in Tehran, Geoffrey Adams" (the place is
     * where the holder serves, not the holder's state) */
    if (lw_is(d, j, "in") || lw_is(d, j, "to")) {
        size_t c = j + 1 + lw_is(d, j + 1, "the"), pl = is_cap(d, c) ? lex_len(d, c) : 0;
        if (pl == 0 && c > j + 1 && has_word(d, WL_ORG_NOUNS, c))
            pl = 1; /* "ambassador to the organization, Jose Enrique Castillo" */
        c += pl; /* "ambassador to the UN, Gilad Erdan" */
        if (pl > 0 && c < NT && doc_tx_is(d, c, ",") && is_cap(d, c + 1) &&
            (nl = name_run(d, c + 1, &skip)) >= 2) {
            name_a = c + 1 + skip;
            name_b = c + 1 + nl;
        }
    }
    /* "Minister of Foreign Affairs and International Cooperation Sheikh
     * Abdullah bin Zayed": a second portfolio, then an honorific opens
     * the name */
    if (name_b == 0 && lw_is(d, j, "and") && is_cap(d, j + 1))
        for (size_t h = j + 1; h < NT && h < j + 6 && is_cap(d, h); h++)
            if (honorific_name(d, h, &name_a, &name_b))
                break;
    /* a tail: "of the National Assembly", "for European Affairs" */
    if (name_b == 0 && (lw_is(d, j, "of") || lw_is(d, j, "for")) &&
        (is_cap(d, j + 1) || lw_is(d, j + 1, "the"))) {
        /* a plural office of one word: "leaders of the BNP, Jamaat-e-
         * Islami and the NCP" are no one person, nor the heads of the
         * parties' state */
        int plural = tl == 1 && TK(k).len > 4 && plural_word(d, k);
        size_t run_a = 0, run_b = 0, lim = j + 16, last_end = j, be;
        int in_run = 0, lex_person = 0;
        while (j < NT && j < lim) {
            const dn_lex_ref *refs;
            size_t nr, l;
            if (lw_is(d, j, "of") || lw_is(d, j, "for") || lw_is(d, j, "the") ||
                lw_is(d, j, "and") || doc_tx_is(d, j, "&") ||
                (doc_tx_is(d, j, ",") && is_cap(d, j + 1) && !is_known_at(d, j + 1) &&
                 lw_is(d, j + 2, "and") && is_cap(d, j + 3))) {
                /* (and "Minister for Water, Irrigation and Energy of
                 * Ethiopia": a list of portfolios, on to its state) */
                in_run = 0;
                j++;
                continue;
            }
            if (!is_cap(d, j) && (be = tail_body_end(d, j)) > j) {
                /* "spokesman for the Taliban interior ministry, NAME",
                 * "for the ministry, NAME" */
                j = last_end = be;
                in_run = 0;
                continue;
            }
            if (!is_cap(d, j))
                break;
            if (honorific_name(d, j, &name_a, &name_b))
                break; /* an honorific in the tail opens the name */
            refs = lex_refs(d, j, 8, &nr, &l);
            if (l) {
                int pk = lex_pick(d, j, nr, refs, 1);
                if (pk >= 0 && state < 0 &&
                    (refs[pk].kind == DN_LX_STATE || refs[pk].kind == DN_LX_DEMONYM ||
                     refs[pk].kind == DN_LX_CAPITAL)) {
                    state = refs[pk].index;
                    /* "the Minister of Foreign Affairs of Thailand" (not
                     * "Kim Jong Il, top leader of the DPRK", an apposition;
                     * not "the representative of Portugal", its state) */
                    of_st = start > 0 && lw_is(d, start - 1, "the") &&
                            !has_word(d, WL_TRANSPARENT, k);
                }
                if (pk >= 0 && state < 0 && refs[pk].kind == DN_LX_ORG &&
                    dn_lexicon_org(d->lx, refs[pk].index)->state >= 0 && !plural)
                    state = dn_lexicon_org(d->lx, refs[pk].index)->state; /* "a spokesman for
                                                                             the Taliban interior
                                                                             ministry" */
                if (pk >= 0 && refs[pk].kind == DN_LX_PERSON) {
                    /* "President of the European Council Charles Michel" */
                    run_a = j;
                    run_b = j + l;
                    j += l;
                    last_end = j;
                    lex_person = 1;
                    break;
                }
                in_run = 0;
                j += l;
                last_end = j;
                continue;
            }
            if (!in_run)
                run_a = j;
            in_run = 1;
            j++;
            run_b = j;
            last_end = j;
        }
        if (!(j < NT && doc_tx_is(d, j, ",")))
            j = last_end;
        if (lw_is(d, j, "to") || lw_is(d, j, "in")) {
            /* the posting after the state: "the Ambassador of Iran to
             * the Republic of Azerbaijan, Abbas Mousavi" */
            size_t c = j + 1 + lw_is(d, j + 1, "the"), pl = is_cap(d, c) ? lex_len(d, c) : 0;
            if (pl > 0 && c + pl < NT && doc_tx_is(d, c + pl, ","))
                j = c + pl;
        }
        if (name_b > 0) {
            /* (named after an honorific) */
        } else if (j < NT && (doc_tx_is(d, j, ",") || doc_tx_is(d, j, "(")) && is_cap(d, j + 1) &&
            !(plural && doc_tx_is(d, j, ",")) &&
            (nl = name_run(d, j + 1, &skip)) > 0 &&
            (doc_tx_is(d, j, ",") || (nl >= 2 && doc_tx_is(d, j + 1 + nl, ")"))) &&
            !(nl == 1 && lw_is(d, j + 2, "and") && is_cap(d, j + 3) && !is_known_at(d, j + 1))) {
            /* "..., NAME" or "... (NAME)", a Hansard label (not "Minister
             * for Water, Irrigation and Energy": one more portfolio of a
             * list, no name; not "leaders of the BNP, Jamaat-e-Islami
             * and the NCP": a plural office takes no one name) */
            name_a = j + 1 + skip;
            name_b = j + 1 + nl;
        } else if (lex_person && run_b == j) {
            /* (not "Spokesman for Secretary-General Antonio Guterres",
             * whose name is the inner title's) */
            if (!title_within(d, k + tl, run_b)) {
                name_a = run_a;
                name_b = run_b;
            }
        } else if (run_b == j && run_b - run_a >= 2 && run_b - run_a <= 4 &&
                   !has_word(d, WL_ORG_NOUNS, run_b - 1) && !lw_is(d, run_b - 1, "affairs") &&
                   !(run_b < NT && doc_tx_is(d, run_b, "'s"))) {
            /* the name is the last run, minus the words of an office (not
             * "chairman of the NPC Standing Committee", "of the Supreme
             * People's Assembly", "for Foreign and Commonwealth Affairs") */
            name_a = run_b - 2 < run_a ? run_a : run_b - 2;
            name_b = run_b;
        } else if (run_b == j && run_b - run_a >= 1 && run_b > run_a) {
            char wb[160];
            char *w = span_into(d, run_a, run_b, wb, sizeof wb);
            if (w && dn_strmap_get(&d->names, w) >= 0) {
                name_a = run_a;
                name_b = run_b;
            }
            SPAN_FREE(w, wb);
        }
    } else if (name_b == 0) {
        size_t j2 = j, inc = list_opener(d, j2);
        if (inc && plural_title(d, k, tl, role) && is_cap(d, j2 + inc) &&
            !is_known_at(d, j2 + inc) && name_run(d, j2 + inc, &skip) >= 2)
            j2 += inc; /* "three Hamas leaders, among them Yahya Sinwar and
                          Ismail Haniyeh": the names the title counts
                          (plural_title_list names the others) */
        else if (j2 < NT && doc_tx_is(d, j2, ",") && is_cap(d, j2 + 1) &&
            (!is_known_at(d, j2 + 1) || name_run(d, j2 + 1, &skip) >= 2))
            j2++;
        else if (j2 < NT && doc_tx_is(d, j2, ",") && is_cap(d, j2 + 1)) {
            /* "his Chinese counterpart, General Wei Fenghe": a rank
             * between the comma and the name */
            dn_lex_kind rk2;
            int ri;
            size_t rl = match_role(d, j2 + 1, &rk2, &ri);
            if (rl && rk2 == DN_LX_TITLE && name_run(d, j2 + 1 + rl, &skip) >= 2)
                j2 += 1 + rl;
        }
        if ((nl = name_run(d, j2, &skip)) > 0) {
            name_a = j2 + skip;
            name_b = j2 + nl;
        }
    }
    if (name_b > name_a) {
        size_t e, ol;
        int st2 = -1, li;
        if (name_b - name_a >= 3 && name_a < NT &&
            (ol = dn_lexicon_match_kind_first(d->lx, d->tk.tok, NT, name_a, &d->lm_first[2 * name_a],
                                              DN_LX_PERSON, &li)) > name_b - name_a)
            name_b = name_a + ol; /* "Prince Mohammed bin Salman bin Abdulaziz Al
                                     Saud": the listed name runs on past
                                     the name read */
        e = name_b;
        if (state < 0 && (ol = of_state(d, e, &st2)) > 0) {
            state = st2;
            e += ol;
        }
        if (name_b - name_a == 1 && has_word(d, WL_ORG_NOUNS, name_a))
            return 0; /* "the General Assembly", "General Secretariat": no one */
        if (state < 0 && !t->org)
            state = sentence_locale(d); /* "In Beijing, Foreign Ministry
                                           spokeswoman Jiang Yu said" */
        p = person_for_name(d, name_a, name_b, role, state, d->pass == 2 || name_b - name_a >= 2);
        if (p < 0)
            return 0;
        if (leader)
            d->actors[p].leader = 1;
        doc_actor_alias(d, p, d->text + TK(name_a).start, TK(name_b - 1).end - TK(name_a).start);
        doc_actor_alias(d, p, d->text + TK(k).start, TK(name_b - 1).end - TK(k).start);
        *out = p;
        return e;
    }
    /* no name: a person of that role and state in the document (not "a
     * Greek leader", anyone who held the office; not "recognise Guaido as
     * Venezuela's interim president", a role said of someone) */
    if (start > 0 && (lw_is(d, start - 1, "a") || lw_is(d, start - 1, "an")) && q >= 0 &&
        d->pass == 2 && d->actors[q].type == DN_ACTOR_ORGANIZATION && d->actors[q].kind &&
        str_is(d->actors[q].kind, "military") && !lw_is(d, k + tl, "of") &&
        !(k + tl < NT && is_cap(d, k + tl))) {
        /* "killed a Hamas commander": one of an armed group, unnamed,
         * stands for the group */
        *out = q;
        return k + tl;
    }
    if (start > 0 && (lw_is(d, start - 1, "a") || lw_is(d, start - 1, "an") ||
                      lw_is(d, start - 1, "as")))
        return 0;
    {
        size_t e = k + tl, ol;
        int st2 = -1;
        if (d->pass == 2 && (t->org || strcmp(role, "head") == 0) && q >= 0 && state < 0 &&
            !counterpart && d->actors[q].type == DN_ACTOR_ORGANIZATION &&
            d->actors[q].kind && str_is(d->actors[q].kind, "igo") && !lw_is(d, e, "of") &&
            !(e < NT && is_cap(d, e))) {
            /* "the UN Secretary-General urged ...", "the UN chief": the
             * organisation's office holder on the document's date, else
             * the office */
            p = !d->date_lo ? -1 : t->org ? org_holder(d, role) : org_chief(d, start, k);
            if (p < 0)
                p = of_actor(d, DN_ACTOR_PERSON, role, d->actors[q].label, role, -1);
            *out = p;
            return p >= 0 ? e : 0;
        }
        if (lw_is(d, e, "and") && is_cap(d, e + 1) && !counterpart) {
            /* "Pakistan's Deputy Prime Minister and Foreign Minister,
             * Ishaq Dar": two offices of the one person named after the
             * second, no holder of the first besides him */
            dn_lex_kind rk;
            int ri;
            size_t rl = match_role(d, e + 1, &rk, &ri), n = e + 1 + rl;
            if (rl && rk == DN_LX_TITLE && n < NT &&
                (is_cap(d, n) || (doc_tx_is(d, n, ",") && is_cap(d, n + 1))))
                return 0;
        }
        if (state < 0 && (ol = of_state(d, e, &st2)) > 0) {
            state = st2;
            e += ol;
            of_st = 1; /* "the ambassador of Thailand" */
        }
        if (state < 0 && t->state >= 0 && !counterpart) {
            /* "the Pope": an office of one state only is that state's,
             * and its holder on the document's date is the one meant */
            state = t->state;
            if (d->pass == 2 && is_cap(d, k) && (p = holder_on_date(d, role, state)) >= 0) {
                *out = p;
                return e;
            }
        }
        /* "the head of the army": an office of something other than a
         * state is not the lexicon's role */
        /* (in pass 1 too for a state's office or an organisation's, among
         * the persons seen so far: "..., the Ukrainian president said",
         * "the Secretary-General said" name a quote's speaker, and
         * speakers are found in pass 1) */
        if ((d->pass == 2 || state >= 0 || t->org) &&
            (state >= 0 || !lw_is(d, e, "of") || doc_ends_ing(d, e + 1)) &&
            (state >= 0 || doc_is_det(TK(start > 0 ? start - 1 : 0).lower) ||
             (start > 0 && is_cap(d, k)) ||
             (start == 0 && k == 0 && is_cap(d, k) && e < NT && (TK(e).flags & DN_TOK_WORD) &&
              !is_cap(d, e) && !lw_is(d, e, "of")))) {
            /* ("Prime Minister thanked President Macron": a readout's
             * title with no article at a sentence's head) */
            if (state < 0 && !counterpart && d->pass == 2 && is_cap(d, k) &&
                lw_is(d, start > 0 ? start - 1 : 0, "the") && !lw_is(d, e, "of") &&
                (t->org ? q < 0 : 1) && (p = issuer_holder(d, k, tl, role, t->org)) >= 0) {
                *out = p; /* "The President spoke by telephone with"
                             under THE WHITE HOUSE, January 31, 1996 */
                return e;
            }
            p = person_by_role(d, role, leader && !plural_word(d, k + tl - 1),
                               state); /* ("French leaders must learn": no one
                                          leader) */
            if (p >= 0 && !counterpart && !form_fits(d, k, tl, role, d->actors[p].kind))
                p = -1; /* "the Press Secretary" is no secretary of state */
            if (p < 0 && state >= 0 && !counterpart)
                p = stateless_holder(d, role, leader, state);
            if (p >= 0) {
                *out = p;
                return e;
            }
        }
        /* a group: "military attachés of foreign embassies in Armenia"
         * (but "the leaders of the CSTO" are the CSTO's: a known name
         * after "of [the]" is the one they stand for, as "both
         * countries" and "the two sides" are) */
        if (d->pass == 2 && state < 0 && q < 0 && lw_is(d, e, "of") &&
            TK(e - 1).lower[TK(e - 1).len - 1] == 's' && !is_cap(d, k) &&
            !is_known_at(d, e + 1 + lw_is(d, e + 1, "the")) && !lw_is(d, e + 1, "both") &&
            !(lw_is(d, e + 1, "the") && (lw_is(d, e + 2, "two") || lw_is(d, e + 2, "three")))) {
            size_t g = e + 1, lim = e + 7;
            char *lab;
            /* (a body's name after "the": "judges of the Supreme Court") */
            while (g < NT && g < lim && (TK(g).flags & DN_TOK_WORD) && !lw_is(d, g, "and") &&
                   !lw_is(d, g, "or") &&
                   (!is_cap(d, g) || lw_is(d, g - 1, "in") ||
                    (g == e + 2 && lw_is(d, g - 1, "the")) || (g > e + 2 && is_cap(d, g - 1))))
                g++;
            if (g > e + 1 && (lab = dn_utf8_clean(d->text + TK(k).start,
                                                  TK(g - 1).end - TK(k).start))) {
                p = doc_actor_get(d, DN_ACTOR_ORGANIZATION, lab, "group", -1);
                free(lab);
                *out = p;
                return p >= 0 ? g : 0;
            }
        }
        /* "the Algerian Prime Minister", no one of that office named in
         * the story: the listed holder on the document's date */
        if (d->pass == 2 && state >= 0 && (q >= 0 || of_st) && !counterpart && d->date_lo &&
            (leader || strstr(role, "minister")) && !lw_is(d, e, "in") && !lw_is(d, e, "to")) {
            /* (an office one person holds at a time: not "Britain's
             * ambassador in Tashkent", one of many) */
            if (written_as_role(d, k, tl, role) && (p = holder_on_date(d, role, state)) >= 0) {
                *out = p;
                return e;
            }
        }
        /* "France's representative", "China's delegate" with no name: the
         * state it speaks for, as "the representative of Portugal" */
        if (d->pass == 2 && state >= 0 && q >= 0 && d->actors[q].type == DN_ACTOR_STATE &&
            has_word(d, WL_TRANSPARENT, k) && tl == 1) {
            *out = q;
            return e;
        }
        /* an office of a state whose holder is not named */
        if (d->pass == 2 && state >= 0 && (q >= 0 || of_st)) {
            p = office_person(d, role, leader, state);
            *out = p;
            return p >= 0 ? e : 0;
        }
        /* "The Secretary-General met ...": a readout names the head of an
         * organisation by the office alone; the office is the person */
        if (d->pass == 2 && t->org && state < 0 && q < 0 && is_cap(d, k) && start > 0 &&
            doc_is_det(TK(start - 1).lower) && !lw_is(d, e, "of") &&
            !(e < NT && is_cap(d, e))) {
            char lb[128], *lab = span_into(d, k, e, lb, sizeof lb);
            if (lab)
                p = doc_actor_get(d, DN_ACTOR_PERSON, lab, t->role, -1);
            SPAN_FREE(lab, lb);
            *out = p;
            return p >= 0 ? e : 0;
        }
    }
    return 0;
}

/* 1 when token k names a model of weapon: letters, a hyphen and digits
 * ("MiG-23", "F-16", "Su-25", "S-300"). */
static int model_designation(doc *d, size_t k)
{
    const char *h;
    if (k >= NT || TK(k).len < 3 || !(h = memchr(TK(k).text, '-', TK(k).len)) ||
        h == TK(k).text || (size_t)(h - TK(k).text) + 1 >= TK(k).len)
        return 0;
    return isdigit((unsigned char)h[1]);
}

/* 1 when tokens [a, b) are lower-case words that are neither prepositions
 * nor function words: "southern port" in "the southern port city of". */
static int adjectives_only(doc *d, size_t a, size_t b, int *state)
{
    *state = -1;
    for (size_t k = a; k < b; k++) {
        if (is_cap(d, k)) {
            /* a demonym: "the northern Ethiopian town of Mekele" */
            size_t nr, l;
            const dn_lex_ref *refs = lex_refs(d, k, 8, &nr, &l);
            int pk = l == 1 ? lex_pick(d, k, nr, refs, 0) : -1;
            if (k == a || pk < 0 || refs[pk].kind != DN_LX_DEMONYM)
                return 0; /* ("the Armenian cities of": the demonym's phrase) */
            *state = refs[pk].index;
            continue;
        }
        if (!(TK(k).flags & DN_TOK_WORD) || has_word(d, WL_PREPOSITIONS, k) ||
            has_word(d, WL_FUNCTION_WORDS, k))
            return 0;
    }
    return 1;
}

/* 1 when "military" before token j is an adjective: j is a lower-case
 * noun ("military action", "military aggression"), not a verb or a
 * function word ("the military said", "the military also shelled"). */
static int military_adjective(doc *d, size_t j)
{
    return j < NT && (TK(j).flags & DN_TOK_WORD) && !is_cap(d, j) &&
           !doc_ends_ed(d, j) &&
           !has_word(d, WL_AUXILIARIES, j) && !has_word(d, WL_SPEECH, j) &&
           !has_word(d, WL_FUNCTION_WORDS, j) && !has_word(d, WL_PREPOSITIONS, j) &&
           !has_word(d, WL_CLAUSE_BREAKS, j) && !has_word(d, WL_NEGATIONS, j) &&
           !starts_form(d, j); /* (not "Russian military aircraft") */
}

/* "the Armenian cities of A, B and C": places. Returns end or 0. */
static size_t place_list_of(doc *d, size_t from, size_t j, int state);

static size_t place_list(doc *d, size_t from, size_t j, int state)
{
    if (!has_word(d, WL_PLACE_NOUNS, j) || !lw_is(d, j + 1, "of"))
        return 0; /* (most phrases: told without place_list_of's frame) */
    return place_list_of(d, from, j, state);
}

/* place_list past its first test: the place noun and "of" at j. */
static __attribute__((noinline)) size_t place_list_of(doc *d, size_t from, size_t j, int state)
{
    size_t e = 0;
    int first = 1;
    j += 2;
    while (j < NT) {
        size_t s = j;
        const dn_lex_ref *refs;
        size_t nr, l;
        int a;
        if (!is_cap(d, j))
            break;
        refs = lex_refs(d, j, 8, &nr, &l);
        if (l) {
            int pk = lex_pick(d, j, nr, refs, 0);
            if (pk < 0 || refs[pk].kind != DN_LX_PLACE)
                break;
            a = actor_of_ref(d, refs[pk]);
            j += l;
        } else {
            char *nm, nb[128];
            while (j < NT && is_cap(d, j) && j - s < 3)
                j++;
            if (!(nm = span_into(d, s, j, nb, sizeof nb)))
                return 0;
            a = dn_strmap_get(&d->names, nm);
            if (a < 0 || d->actors[a].type != DN_ACTOR_PLACE) {
                a = doc_actor_get(d, DN_ACTOR_PLACE, nm, "city", state);
                if (a >= 0)
                    names_put(d, nm, a);
            }
            SPAN_FREE(nm, nb);
        }
        /* the first place's mention covers "Armenian cities of", so that
         * the phrase reads as one object */
        add_mention(d, first ? from : s, j, a, first ? pp_flag(d, from) : 0);
        first = 0; /* ("near the village of Sotk": after a preposition) */
        e = j;
        if (j < NT && doc_tx_is(d, j, ",") && is_cap(d, j + 1)) {
            j++;
            continue;
        }
        if (lw_is(d, j, "and") && is_cap(d, j + 1)) {
            j++;
            continue;
        }
        if (j + 1 < NT && doc_tx_is(d, j, ",") && lw_is(d, j + 1, "and") &&
            is_cap(d, j + 2)) {
            j += 2;
            continue;
        }
        break;
    }
    /* "..., Kapan and several villages near the border, including Sotk" */
    for (size_t k = e, lim = e + 10; e && k < NT && k < lim; k++) {
        if (is_punct_tok(d, k, ".;:"))
            break;
        if (lw_is(d, k, "including") && is_cap(d, k + 1) && !is_known_at(d, k + 1)) {
            size_t s = k + 1, x = s;
            char *nm, nb[128];
            int a;
            while (x < NT && is_cap(d, x) && x - s < 3)
                x++;
            if (!(nm = span_into(d, s, x, nb, sizeof nb)))
                return e;
            a = dn_strmap_get(&d->names, nm);
            if (a < 0) {
                a = doc_actor_get(d, DN_ACTOR_PLACE, nm, "city", state);
                if (a >= 0)
                    names_put(d, nm, a);
            }
            SPAN_FREE(nm, nb);
            break;
        }
    }
    return e;
}

static unsigned pp_object(doc *d, size_t p);

/* pp_flag, every case: pp_flag asks it of the mentions after "and", a
 * number, or a lower-case word after a preposition. */
static __attribute__((noinline)) unsigned pp_flag_full(doc *d, size_t i)
{
    size_t p = i;
    if (i > 1 && lw_is(d, i - 1, "and") && d->n_m > 0 && d->m[d->n_m - 1].te == i - 1 &&
        (d->m[d->n_m - 1].flags & M_PP)) {
        /* "standing with Secretary Perry and General Shalikashvili,
         * President Aristide thanked": the second of "with A and B" is
         * no subject either */
        size_t b = d->m[d->n_m - 1].ts;
        b -= b > 0 && doc_is_det(TK(b - 1).lower);
        if (b > 0 && (lw_is(d, b - 1, "with") || lw_is(d, b - 1, "between") ||
                      lw_is(d, b - 1, "beside") || lw_is(d, b - 1, "alongside")))
            return M_PP;
    }
    while (p > 0 && (doc_is_det(TK(p - 1).lower) || TK(p - 1).lower[0] == '\0'))
        p--;
    if (p > 1 && isdigit((unsigned char)TK(p - 1).text[0]) &&
        (lw_is(d, p - 2, "about") || lw_is(d, p - 2, "around") || lw_is(d, p - 2, "nearly") ||
         lw_is(d, p - 2, "almost") || lw_is(d, p - 2, "some") || lw_is(d, p - 2, "over")))
        return 0; /* "about 300 Thai troops attacked": a number, no
                     preposition */
    if (p > 1 && (TK(p - 1).flags & DN_TOK_WORD) && !(TK(p - 1).flags & DN_TOK_CAP) &&
        !has_word(d, WL_PREPOSITIONS, p - 1) && !has_word(d, WL_FUNCTION_WORDS, p - 1) &&
        has_word(d, WL_PREPOSITIONS, p - 2) && !lw_is(d, p - 2, "to") &&
        !(TK(p - 1).len == 4 && isdigit((unsigned char)TK(p - 1).text[0]) &&
          isdigit((unsigned char)TK(p - 1).text[3]))) {
        /* (not a year: "In the summer of 1989 Chadian President Hissene
         * Habre and Muammar Gaddafi met": the phrase of time ends there) */
        if (has_word(d, WL_ADVERBIAL_NOUNS, p - 1))
            return 0; /* "At first Yemen demanded", "In turn Baku
                         said": an adverb, no object */
        p--; /* "support from official Belgrade" (not "to leave the
                country": "to" may begin a verb) */
    }
    if (p == 0 || !has_word(d, WL_PREPOSITIONS, p - 1))
        return 0;
    return pp_object(d, p);
}

/* M_PP when a mention starting at token i is the object of a preposition
 * ("of the", "with"), unless transparent: "representatives of the General
 * Staff". It depends on the tokens only, so it is asked when a mention is
 * made, not for every word. Most mentions follow no preposition: they are
 * told here, in a function that needs no frame (the rules are
 * pp_flag_full's and pp_object's, reached by a tail call). */
static unsigned pp_flag(doc *d, size_t i)
{
    size_t p = i;
    if (i > 1 && lw_is(d, i - 1, "and"))
        return pp_flag_full(d, i); /* "with A and B" */
    while (p > 0 && (doc_is_det(TK(p - 1).lower) || TK(p - 1).lower[0] == '\0'))
        p--;
    if (p > 1 && ((unsigned char)(TK(p - 1).text[0] - '0') < 10 || /* (isdigit: a call) */
                  ((TK(p - 1).flags & DN_TOK_WORD) && !(TK(p - 1).flags & DN_TOK_CAP) &&
                   !has_word(d, WL_PREPOSITIONS, p - 1) && !has_word(d, WL_FUNCTION_WORDS, p - 1) &&
                   has_word(d, WL_PREPOSITIONS, p - 2))))
        return pp_flag_full(d, i); /* a number, or a word after a preposition */
    if (p == 0 || !has_word(d, WL_PREPOSITIONS, p - 1))
        return 0;
    return pp_object(d, p);
}

/* The object of the preposition before token p (after its determiners):
 * M_PP, unless the phrase acts all the same. */
static unsigned pp_object(doc *d, size_t p)
{
    if (p > 1 && lw_is(d, p - 1, "of") && has_word(d, WL_TRANSPARENT, p - 2))
        return 0; /* "representatives of X", "leaders of X": X acts */
    if (p > 2 && lw_is(d, p - 1, "of") && is_cap(d, p - 2) && has_word(d, WL_ORG_HEADS, p - 2) &&
        lw_is(d, p - 3, "the"))
        return 0; /* "the Council of the Organization of American States
                     asked ...": the body acts, as its organisation */
    if (p > 3 && lw_is(d, p - 1, "by") && (lw_is(d, p - 2, "led") || lw_is(d, p - 2, "headed")) &&
        (lw_is(d, p - 3, "delegation") || lw_is(d, p - 3, "mission")) &&
        !(d->n_m > 0 && d->m[d->n_m - 1].te == p - 3)) {
        /* "a delegation led by X met Y": X acts (but "an ELN delegation
         * led by X" is the ELN's, and "talks between a delegation led by
         * X and ..." are no act of X's) */
        size_t b = p - 3;
        for (int n = 0; n < 2 && b > 0 && !doc_is_det(TK(b - 1).lower) &&
                        (TK(b - 1).flags & DN_TOK_WORD) && !(TK(b - 1).flags & DN_TOK_CAP) &&
                        !has_word(d, WL_PREPOSITIONS, b - 1);
             n++)
            b--; /* "a six-member delegation", "a ministerial mission" */
        if (b > 0 && doc_is_det(TK(b - 1).lower) && (b == 1 || !has_word(d, WL_PREPOSITIONS, b - 2)))
            return 0;
    }
    if (p > 2 && lw_is(d, p - 1, "for") &&
        (lw_is(d, p - 2, "spokesman") || lw_is(d, p - 2, "spokeswoman") ||
         lw_is(d, p - 2, "spokesperson")) &&
        doc_is_det(TK(p - 3).lower) && (p == 3 || !doc_tx_is(d, p - 4, ",")))
        return 0; /* "A spokesman for Ban Ki-moon said he ...": Ban speaks
                     (not "Peskov, a spokesman for Putin, said": Peskov) */
    return M_PP;
}

/* 1 when token j is a noun of the parties to a conflict. */
static int party_noun(doc *d, size_t j)
{
    return lw_is(d, j, "sides") || lw_is(d, j, "parties") || lw_is(d, j, "forces") ||
           lw_is(d, j, "factions") || lw_is(d, j, "groups") || lw_is(d, j, "actors") ||
           lw_is(d, j, "stakeholders");
}

/* "all sides in Bolivia", "all political forces of Sudan": "all", up to
 * two lower-case words, a group noun (sides, parties, forces, factions,
 * groups, actors, stakeholders), "in"/"of" and a state: a group actor
 * with that label and state (pass 2), mentioned over the whole span;
 * returns the span's end, or i. */
static size_t all_group(doc *d, size_t i)
{
    size_t j = i + 1, e, ol = 0;
    int st = -1, a;
    while (j < NT && j < i + 3 && (TK(j).flags & DN_TOK_WORD) && !is_cap(d, j) &&
           !party_noun(d, j))
        j++;
    if (d->pass != 2 || j >= NT || !party_noun(d, j) ||
        !(lw_is(d, j + 1, "in") || lw_is(d, j + 1, "of")))
        return i;
    {
        /* "in|of [the] STATE" */
        const dn_lex_ref *refs;
        size_t nr, k = j + 2;
        if (lw_is(d, k, "the"))
            k++;
        refs = lex_refs(d, k, 8, &nr, &ol);
        for (size_t r = 0; ol && r < nr && st < 0; r++)
            if (refs[r].kind == DN_LX_STATE)
                st = refs[r].index;
        if (st < 0)
            return i;
        e = k + ol;
    }
    if ((a = span_org(d, i, e, "group", st)) < 0)
        return i;
    add_mention(d, i, e, a, pp_flag(d, i));
    return e;
}

/* The state a body named with none at token i stands for: that of the
 * sentence's first mention when it is a person or body before i (the
 * subject: "Rouhani ... instructed the interior ministry"), else the one
 * state of the mentions before i; -1 when there is none, or several (a
 * place of another state counting as one). */
static int sentence_one_state(const doc *d, size_t i)
{
    int st = -1;
    if (d->n_m > 0 && d->m[0].te <= i && !(d->m[0].flags & M_PP) &&
        (d->actors[d->m[0].actor].type == DN_ACTOR_PERSON ||
         d->actors[d->m[0].actor].type == DN_ACTOR_ORGANIZATION) &&
        d->actors[d->m[0].actor].state >= 0)
        return d->actors[d->m[0].actor].state;
    for (size_t k = 0; k < d->n_m && d->m[k].te <= i; k++) {
        const doc_actor *x = &d->actors[d->m[k].actor];
        if (x->state < 0 || x->type == DN_ACTOR_PLACE)
            continue;
        if (st >= 0 && x->state != st)
            return -1;
        st = x->state;
    }
    /* a place names no state's body, but one of another state makes the
     * sentence two states' ("the Libyan state sued the Geneva
     * authorities, accusing the police": not Libya's police) */
    for (size_t k = 0; st >= 0 && k < d->n_m && d->m[k].te <= i; k++)
        if (d->actors[d->m[k].actor].type == DN_ACTOR_PLACE && d->actors[d->m[k].actor].state >= 0 &&
            d->actors[d->m[k].actor].state != st)
            return -1;
    return st;
}

/* When the mention just made (ending at e) is a town qualifying a body
 * in lower case, one or two words and an org head ("the Gualeguaychu
 * environmental assembly", "the Kharkiv city council"): the body, an
 * organisation of kind ngo and of the town's state, in the mention's place
 * (a town neither speaks nor is asked). Returns the mention's end. (The
 * mention is a town's: place_body asked.) */
static size_t place_body_at(doc *d, size_t e)
{
    mention *m = &d->m[d->n_m - 1];
    size_t h = e;
    int a;
    while (h < NT && h < e + 2 && (TK(h).flags & DN_TOK_WORD) && !is_cap(d, h) &&
           !has_word(d, WL_ORG_HEADS, h) && !has_word(d, WL_PREPOSITIONS, h) &&
           !has_word(d, WL_FUNCTION_WORDS, h) && !(d->tokmask[h] & DN_LEX_MASK_TRIGGER))
        h++;
    if (h >= NT || is_cap(d, h) || !has_word(d, WL_ORG_HEADS, h) || (h + 1 < NT && is_cap(d, h + 1)))
        return e;
    if ((a = span_org(d, m->ts, h + 1, "ngo", d->actors[m->actor].state)) < 0)
        return e;
    m->actor = a;
    m->te = h + 1;
    return h + 1;
}

/* place_body_at past its first test, made without a call: most phrases
 * end in no town. */
static inline size_t place_body(doc *d, size_t e)
{
    const mention *m = d->n_m ? &d->m[d->n_m - 1] : NULL;
    if (!m || m->te != e || d->actors[m->actor].type != DN_ACTOR_PLACE || (m->flags & M_CAPITAL))
        return e;
    return place_body_at(d, e);
}

/* An organisation the lexicon does not know, named at i by capitalised
 * words that end in one of the org_heads ("Civic Election Observation
 * Mission", "Central Electoral Commission"), with a tail of "of", "for"
 * or "on" and capitalised words ("Joint Commission for Water"): an
 * organisation of kind ngo and no state, mentioned and named in d->names;
 * "the Mission" may stand for it after (add_mention puts it in
 * d->igo_ring). The words before the head are words the lexicon does not
 * know, the first no common word, and no owner or "and" before them ("the
 * Applicant's Security and Defence Council" is someone's); the tail names
 * no state ("Mission of Algeria": a state's). Returns the name's end, or
 * i. */
static size_t unknown_org_head(doc *d, size_t i, size_t r);

static size_t unknown_org_at(doc *d, size_t i)
{
    size_t r = i;
    if (!is_cap(d, i))
        return i;
    while (r < NT && r < i + 6 && is_cap(d, r) && !is_known_at(d, r) &&
           !has_word(d, WL_ORG_HEADS, r))
        r++;
    if (r == i || r >= NT || !is_cap(d, r) || !has_word(d, WL_ORG_HEADS, r))
        return i; /* (most capitalised words: no head follows) */
    return unknown_org_head(d, i, r);
}

/* unknown_org_at with its head found at r. */
static __attribute__((noinline)) size_t unknown_org_head(doc *d, size_t i, size_t r)
{
    size_t e, head;
    char nb[160], *nm;
    int a;
    if (i > 0 && ((is_cap(d, i - 1) && !common_word_at(d, i - 1)) || doc_tx_is(d, i - 1, "'s") ||
                  lw_is(d, i - 1, "and") || doc_tx_is(d, i - 1, "&")))
        return i; /* (inside a capitalised run read before, or owned) */
    if (common_word_at(d, i))
        return i;
    head = r;
    e = head + 1;
    if ((lw_is(d, e, "of") || lw_is(d, e, "for") || lw_is(d, e, "on")) &&
        (is_cap(d, e + 1) || (lw_is(d, e + 1, "the") && is_cap(d, e + 2)))) {
        size_t t = e + 1 + lw_is(d, e + 1, "the");
        while (t < NT && t < e + 6 && is_cap(d, t)) {
            if (is_known_at(d, t))
                return i;
            t++;
        }
        e = t;
    }
    if (e < NT && is_cap(d, e))
        return i; /* (a longer name, not ours) */
    if (!(nm = span_into(d, i, e, nb, sizeof nb)))
        return i;
    a = dn_strmap_get(&d->names, nm);
    if (a < 0 && (a = doc_actor_get(d, DN_ACTOR_ORGANIZATION, nm, "ngo", -1)) >= 0)
        names_put(d, nm, a);
    SPAN_FREE(nm, nb);
    if (a < 0)
        return i;
    add_mention(d, i, e, a, pp_flag(d, i));
    return e;
}

/* The key under which d->names remembers a noun named after a demonym
 * ("a Syrian air base": "\x02base", for a later "the base"): "\x02" and
 * the token's lower-case text, cut to fit NOUN_KEY bytes as snprintf
 * would (a call that cost more than the rest of either rule). Returns
 * the key's length. */
#define NOUN_KEY 128
static size_t noun_key(const dn_token *t, char key[NOUN_KEY])
{
    size_t kl = t->len < NOUN_KEY - 2 ? t->len : NOUN_KEY - 2;
    key[0] = '\x02';
    memcpy(key + 1, t->lower, kl);
    key[kl + 1] = '\0';
    return kl + 1;
}

/* The length of the demonym the lexicon reads at i ("Syrian", "South
 * Korean"), 0 when it reads none there. */
static size_t demonym_len(doc *d, size_t i)
{
    size_t nr, l;
    const dn_lex_ref *r;
    int p;
    if (i >= NT || !is_cap(d, i))
        return 0;
    r = lex_refs(d, i, 8, &nr, &l);
    p = l ? lex_pick(d, i, nr, r, 0) : -1;
    return p >= 0 && r[p].kind == DN_LX_DEMONYM ? l : 0;
}

/* Recognises one actor phrase at i; returns the end (> i) or i. cap:
 * is_cap(d, i), which the callers know (read once: the rules ask it after
 * calls, which made GCC read the token again). */
static inline __attribute__((always_inline)) size_t phrase_at(doc *d, size_t i, int cap)
{
    dn_lex_ref r; /* the ref picked at i */
    size_t l, k, e;
    int pk, q = -1, a = -1, nf;
    unsigned fl = 0; /* | pp_flag(d, i) when a mention is made */
    dn_lex_kind rk = DN_LX_PERSON;

    if (d->its_q >= 0) {
        /* "Its foreign ministry spokesman": "its" stands for its owner */
        q = d->its_q;
        d->its_q = -1;
        e = k = i + 1;
        goto qualified;
    }
    l = lex_len(d, i);
    /* a name of this document (persons, discovered places) */
    if (cap && name_filter_has(d->first_filter, TK(i).htext) &&
        (nf = dn_strmap_get_h(&d->name_first, TK(i).text, TK(i).htext)) > 0) {
        size_t maxl = (size_t)nf;
        int listed_surname = l == 1; /* the lexicon's match at i is a
                                        listed person's surname only */
        for (size_t k2 = 0; listed_surname && k2 < LM_N(d->lm_n[i]); k2++)
            listed_surname = d->lm_pool[d->lm_roff[i] + k2].kind == DN_LX_PERSON;
        for (size_t L = maxl < 4 ? maxl : 4; L >= 1; L--) {
            char wb[160];
            char *w;
            int da;
            if (i + L > NT || L < l || (L == l && !listed_surname))
                continue;
            if (!(w = span_into(d, i, i + L, wb, sizeof wb)))
                return i;
            /* one word: the token's text, whose hash the token has */
            da = L == 1 ? dn_strmap_get_h(&d->names, w, TK(i).htext) : dn_strmap_get(&d->names, w);
            SPAN_FREE(w, wb);
            if (da >= 0 && L == l &&
                (d->actors[da].type != DN_ACTOR_PERSON || d->actors[da].lex ||
                 person_sharing(d, da, TK(i).text, TK(i).len, 1) >= 0))
                continue; /* a surname the document gave a person it named
                             in full wins over a listed person's ("Choi
                             Jong-kun ... Choi"), not over the lexicon's
                             own */
            if (da >= 0) {
                e = i + L;
                if (e < NT && doc_tx_is(d, e, "'s")) {
                    q = da;
                    k = e + 1;
                    goto qualified;
                }
                add_mention(d, i, e, da, fl | pp_flag(d, i));
                return e;
            }
        }
    }
    if (!l)
        goto unknown;
    {
        /* read in the pool, not copied: the pick is made (or found made)
         * before anything else may grow the pool */
        const dn_lex_ref *refs = d->lm_pool + d->lm_roff[i];
        pk = lex_pick(d, i, LM_N(d->lm_n[i]), refs, 1);
        if (pk < 0)
            return i;
        r = refs[pk];
    }
    if (r.kind == DN_LX_PERSON && l == 1 && i + 1 < NT && is_cap(d, i + 1) &&
        (TK(i + 1).flags & DN_TOK_WORD) && !is_known_at(d, i + 1) &&
        !(d->tokmask[i + 1] & DN_LEX_MASK_TRIGGER) && /* ("Blinken Meets Wang") */
        strchr(dn_lexicon_person(d->lx, r.index)->name, ' '))
        goto unknown; /* "Faye Turney": a surname of the lexicon is here
                         another person's first name */
    if (r.kind == DN_LX_PERSON && l == 1 && i > 0 && is_cap(d, i - 1) && TK(i - 1).len >= 2 &&
        !(TK(i - 1).flags & DN_TOK_UPPER) && !is_known_at(d, i - 1) && !common_word_at(d, i - 1) &&
        (d->n_m == 0 || d->m[d->n_m - 1].te < i) &&
        (i > 1 || has_word(d, WL_FEMININE, 0) || has_word(d, WL_MASCULINE, 0) ||
         (TK(0).len >= 3 && !doc_is_ly(d, 0))))
        return i; /* "Karamoko Jean Marie Traore": a surname of the lexicon
                     after given names it does not give is another
                     person's (not Ibrahim Traore's); the word opening the
                     sentence too, unless a common word or an adverb
                     ("Meanwhile Traore", "Separately Traore") */
    if (r.kind == DN_LX_TITLE) {
        int p;
        e = person_rule(d, i, i, l, r.index, -1, &p);
        if (e > i && p >= 0) {
            add_mention(d, i, e, p, fl | pp_flag(d, i));
            return plural_title_list(d, i, l, r.index, -1, e, fl);
        }
        return i + l;
    }
    if (r.kind == DN_LX_BODY) {
        const dn_lex_body *b = dn_lexicon_body(d->lx, r.index);
        int st = -1;
        size_t ol, nl, skip;
        e = i + l;
        if (b->state >= 0) {
            a = body_actor(d, r.index, -1);
        } else if ((ol = of_state(d, e, &st)) > 0) {
            a = body_actor(d, r.index, st);
            e += ol;
        } else if (lw_is(d, e, "and") && lw_is(d, e + 1, "people") &&
                   (ol = of_state(d, e + 2, &st)) > 0) {
            /* "the Government and people of the Republic of Zambia" */
            a = body_actor(d, r.index, st);
            e += 2 + ol;
        } else if (!b->military && strcmp(b->key, "embassy") != 0 && lw_is(d, e, "in") &&
                   (ol = in_capital(d, e + 1, &st)) > 0) {
            /* "the Foreign Ministry in Beijing" (but "its embassy in Quito"
             * is another state's) */
            a = body_actor(d, r.index, st);
            e += 1 + ol;
        } else if (!b->military && strcmp(b->key, "embassy") != 0 && i >= 4 && lw_is(d, 0, "in") &&
                   (ol = in_capital(d, 1, &st)) > 0 && doc_tx_is(d, 1 + ol, ",") &&
                   i == 2 + ol + (size_t)doc_is_det(TK(2 + ol).lower)) {
            /* "In Khartoum, the National Assembly declared ...": the
             * capital's */
            a = body_actor(d, r.index, st);
        } else if (b->label[0] == '{' && strcmp(b->label, "{state}") == 0 && lw_is(d, e, "of") &&
                   (nl = name_run(d, e + 1, &skip)) >= 2 + skip) {
            /* "the government of Laisenia Qarase": its head, by name (the
             * mention is the name's) */
            int p = person_for_name(d, e + 1 + skip, e + 1 + nl, "head of state", -1, 1);
            if (p >= 0) {
                add_mention(d, e + 1 + skip, e + 1 + nl, p, M_PP);
                return e + 1 + nl;
            }
        } else if (d->pass == 2 &&
                   !(l == 1 && lw_is(d, i, "military") &&
                     (military_adjective(d, e) ||
                      (e + 1 < NT && (TK(e).flags & DN_TOK_WORD) && !is_cap(d, e) &&
                       lw_is(d, e + 1, "of")))) &&
                   ((i > 0 && doc_is_det(TK(i - 1).lower)) ||
                    (b->military && has_word(d, WL_TARGET_NOUNS, e) && !lw_is(d, i, "military")))) {
            /* (not "the military side of Asmara airport": an adjective) */
            /* "the ministry": the document's last body of that kind (also
             * "army headquarters", "Army aircraft", but "military bases"
             * are anyone's) */
            for (size_t x = d->n_actors; x-- > 0;)
                if ((d->actors[x].body == r.index ||
                     (strcmp(b->key, "ministry") == 0 && d->actors[x].body >= 0 &&
                      strstr(dn_lexicon_body(d->lx, d->actors[x].body)->key, "ministry"))) &&
                    (a < 0 || d->actors[x].seen2 > d->actors[a].seen2))
                    a = (int)x; /* the last named before, else the last
                                   the document names */
            if (a < 0 && b->military && d->home >= 0 && !(i >= 2 && lw_is(d, i - 2, "of")))
                a = body_actor(d, r.index, d->home); /* the army of a Sudan story
                                                        (not "the head of the army") */
            if (a < 0 && !b->military && strcmp(b->label, "{state}") != 0 &&
                strcmp(b->key, "embassy") != 0 && !b->alone &&
                (st = sentence_one_state(d, i)) >= 0)
                a = body_actor(d, r.index, st); /* "Rouhani ... instructed the
                                                   interior ministry" (not "the
                                                   Security Council", which
                                                   alone is the UN's) */
            if (a < 0 && strcmp(b->label, "{state}") == 0 && d->home >= 0 &&
                !(lw_is(d, e, "of") && !(e + 1 < NT && TK(e + 1).len > 4 && doc_ends_ing(d, e + 1))) &&
                !(i >= 2 && lw_is(d, i - 2, "of")))
                a = doc_state_actor(d, d->home); /* "accused the government of
                                                    negotiating it in secret" (not
                                                    "the government of X"): the
                                                    state the story is about */
        }
        if (a < 0 && i >= 1 && (lw_is(d, i - 1, "and") || lw_is(d, i - 1, "or")) && d->n_m > 0 &&
            d->m[d->n_m - 1].te == i - 1 && d->actors[d->m[d->n_m - 1].actor].type == DN_ACTOR_ORGANIZATION &&
            d->actors[d->m[d->n_m - 1].actor].state >= 0) {
            /* "the Philippine military and coast guard" */
            a = body_actor(d, r.index, d->actors[d->m[d->n_m - 1].actor].state);
            if (a >= 0 && d->m[d->n_m - 1].flags & M_PP)
                fl |= M_PP;
        }
        if (a < 0 && b->military && lw_is(d, e, "there") && d->last_place >= 0) {
            /* "forces there": the forces of the place just named */
            char lb[160], *lab = label_join(d, lb, sizeof lb, d->actors[d->last_place].label, " ",
                                            TK(i + l - 1).lower);
            if (lab)
                a = doc_actor_get(d, DN_ACTOR_ORGANIZATION, lab, "military",
                                  d->actors[d->last_place].state);
            SPAN_FREE(lab, lb);
            e++;
        }
        if (a < 0 && cap && b->alone && d->pass == 2 &&
            !(i > 0 && !doc_is_det(TK(i - 1).lower) && (is_cap(d, i - 1) || lw_is(d, i - 1, "and")))) {
            /* "the Security Council" with no state: the organisation the
             * form names alone (not inside a longer name: "the AU Peace
             * and Security Council") */
            dn_lex_ref ar;
            ar.kind = DN_LX_ORG;
            ar.index = dn_lexicon_find(d->lx, DN_LX_ORG, b->alone);
            if (ar.index >= 0)
                a = actor_of_ref(d, ar);
        }
        if (a < 0 && cap && !b->military && l >= 2 && d->pass == 2) {
            /* a named body with no state: "the General Staff" */
            char lb[128], *lab = span_into(d, i, i + l, lb, sizeof lb);
            if (lab)
                a = doc_actor_get(d, DN_ACTOR_ORGANIZATION, lab, b->kind, -1);
            SPAN_FREE(lab, lb);
        }
        if (a >= 0)
            add_mention(d, i, e, a, fl | pp_flag(d, i));
        return e;
    }
    /* a qualifier: state, demonym, capital, seat, place, org, person */
    rk = r.kind;

    if ((rk == DN_LX_STATE || rk == DN_LX_DEMONYM || rk == DN_LX_CAPITAL || rk == DN_LX_SEAT) &&
        d->state_actor && (q = d->state_actor[r.index]) >= 0) {
        /* a state's actor made before (most qualifiers): what
         * actor_of_ref does for it, without the call */
        if (d->state_count && d->pass == 1)
            d->state_count[r.index]++;
    } else {
        q = actor_of_ref(d, r);
    }
    if (q >= 0 && rk == DN_LX_ORG && d->pass == 2)
        q = party_here(d, q, i);
    if (q < 0)
        return i + l;
    if (rk == DN_LX_PERSON && l >= 2 &&
        dn_strmap_get_h(&d->names, TK(i + l - 1).text, TK(i + l - 1).htext) < 0)
        names_put(d, TK(i + l - 1).text, q); /* "Amirabdollahian" */
    e = i + l;
    k = e;
    if (k < NT && (doc_tx_is(d, k, "'s") ||
                   (doc_tx_is(d, k, "'") && TK(k - 1).lower[TK(k - 1).len - 1] == 's')))
        k++; /* "Moscow's", "the Netherlands' charge d'affaires" */
qualified : {
    dn_lex_kind mk;
    int mi, st = state_of(d, q), p;
    size_t ml, agents = 0;
    size_t k0 = k;
    /* demonym + adjective + equipment: "Russian strategic bombers" */
    ml = match_role(d, k, &mk, &mi);
    if (!ml && k < NT && (rk == DN_LX_DEMONYM || k > e) &&
        (!is_cap(d, k) || model_designation(d, k)) && (TK(k).flags & DN_TOK_WORD) &&
        !has_word(d, WL_PREPOSITIONS, k) && !has_word(d, WL_FUNCTION_WORDS, k)) {
        /* (an adjective: not "appealed to the CSTO for military help"; or
         * a model: "Ethiopian MiG-23 jets"; after a demonym or an owner
         * only: "Iran fired drones at" has a verb there) */
        size_t ml2 = match_role(d, k + 1, &mk, &mi);
        if (ml2 && mk == DN_LX_BODY && dn_lexicon_body(d->lx, mi)->military) {
            ml = ml2;
            k0 = k + 1;
        }
    }
    if (ml && mk == DN_LX_TITLE && d->actors[q].type == DN_ACTOR_ORGANIZATION && k0 == e &&
        d->actors[q].kind && str_is(d->actors[q].kind, "igo") &&
        (lw_is(d, k0 + ml - 1, "ministers") || lw_is(d, k0 + ml - 1, "leaders")) &&
        !lw_is(d, k0 + ml, "of") && !(k0 + ml < NT && is_cap(d, k0 + ml))) {
        /* "EU foreign ministers condemned", "G7 leaders urged": an
         * intergovernmental organisation's ministers or leaders speak as
         * the organisation (not its "officials" or "envoys", people of
         * their own, nor a movement's leaders) */
        add_mention(d, i, k0 + ml, q, fl | pp_flag(d, i));
        return k0 + ml;
    }
    if (!ml && k == e && k < NT && d->actors[q].type == DN_ACTOR_ORGANIZATION &&
        d->actors[q].kind && str_is(d->actors[q].kind, "igo") &&
        (TK(k).flags & DN_TOK_WORD) && !(TK(k).flags & DN_TOK_CAP) &&
        has_word(d, WL_ORG_HEADS, k)) {
        /* "the OAU committee charged with mediation", "the AU panel": a
         * body of the organisation, an actor of its own */
        int o = span_org(d, i, k + 1, "igo", -1);
        if (o >= 0) {
            add_mention(d, i, k + 1, o, fl | pp_flag(d, i));
            return k + 1;
        }
    }
    if (ml && mk == DN_LX_TITLE) {
        int q1 = rk == DN_LX_DEMONYM && k0 == e ? paired_demonym(d, i, k0, ml, st) : -1;
        /* (of two demonyms, the first goes with the first name: "his
         * Armenian and Azerbaijani counterparts, Seyran Ohanyan and Zakir
         * Hasanov") */
        e = person_rule(d, i, k0, ml, mi, q1 >= 0 ? q1 : q, &p);
        if (e > i && p >= 0) {
            add_mention(d, i, e, p, fl | pp_flag(d, i));
            return plural_title_list(d, k0, ml, mi, st, e, fl);
        }
        if (d->actors[q].type == DN_ACTOR_STATE || d->actors[q].type == DN_ACTOR_PERSON) {
            /* "Rwanda's leader" unresolved: no actor */
            return k0 + ml;
        }
    }
    if (ml == 1 && mk == DN_LX_BODY && lw_is(d, k0, "military") && military_adjective(d, k0 + 1))
        ml = 0; /* "Eritrea's military action": Eritrea's, not its army's */
    if (ml && mk == DN_LX_BODY) {
        const dn_lex_body *b = dn_lexicon_body(d->lx, mi);
        doc_actor *qa = &d->actors[q];
        e = k0 + ml;
        if (qa->type == DN_ACTOR_PERSON && b->military) {
            char lb[160], *lab = label_join(d, lb, sizeof lb, "Forces of ", qa->label, "");
            if (lab)
                a = doc_actor_get(d, DN_ACTOR_ORGANIZATION, lab, "military", qa->state);
            SPAN_FREE(lab, lb);
        } else if (qa->type == DN_ACTOR_ORGANIZATION && qa->lexkey && qa->body < 0 && b->military &&
                   qa->kind && str_is(qa->kind, "military")) {
            a = q; /* an armed group's own: "RSF fighters", "Wagner forces" */
        } else if ((qa->type == DN_ACTOR_PLACE || qa->type == DN_ACTOR_ORGANIZATION) &&
                   b->military && rk != DN_LX_CAPITAL && rk != DN_LX_SEAT) {
            char lb[128], *lab = span_into(d, i, e, lb, sizeof lb);
            if (lab)
                a = doc_actor_get(d, DN_ACTOR_ORGANIZATION, lab, "military", qa->state);
            SPAN_FREE(lab, lb);
        } else if (qa->type == DN_ACTOR_PERSON && st >= 0 && b->label[0] == '{' &&
                   strcmp(b->label, "{state}") == 0) {
            a = doc_state_actor(d, st); /* "the Biden administration", "Maduro's
                                           government": the state governed */
        } else if (st >= 0 && (qa->type == DN_ACTOR_STATE || b->state >= 0)) {
            a = body_actor(d, mi, st);
        } else if (b->state >= 0) {
            a = body_actor(d, mi, -1);
        }
        if (a >= 0 && d->actors[a].state >= 0 && e < NT) {
            /* "Russian Foreign Ministry spokesman Mikhail Kamynin": the
             * body's officer, of the body's state */
            size_t tl = match_role(d, e, &mk, &mi);
            int p2;
            size_t e2 = tl && mk == DN_LX_TITLE && is_cap(d, e + tl) /* a name */
                            ? person_rule(d, i, e, tl, mi, a, &p2)
                            : 0;
            if (e2 > e && p2 >= 0) {
                add_mention(d, i, e2, p2, fl | pp_flag(d, i));
                return e2;
            }
        }
        if (a >= 0) {
            add_mention(d, i, e, a, fl | pp_flag(d, i));
            return e;
        }
    }
    if (rk == DN_LX_DEMONYM || rk == DN_LX_STATE) {
        size_t pe;
        /* "the Eritrean capital (Asmara)" */
        if (has_word(d, WL_CAPITAL_NOUNS, k) && st >= 0) {
            const dn_lex_state *s = dn_lexicon_state(d->lx, st);
            if (s->capital) {
                a = doc_actor_get(d, DN_ACTOR_PLACE, s->capital, "city", st);
                e = k + 1;
                if (is_cap(d, e)) {
                    char wb[160];
                    char *w = span_into(d, e, e + 1, wb, sizeof wb);
                    if (w && strcmp(w, s->capital) == 0)
                        e++;
                    SPAN_FREE(w, wb);
                }
                add_mention(d, i, e, a, fl | pp_flag(d, i));
                return e;
            }
        }
        if ((pe = place_list(d, i, k, st)) > 0)
            return pe;
    }
    fl |= (k > e) ? M_POSS : 0;
    if (rk == DN_LX_DEMONYM && k == e && e == i + 1 && TK(i).len > 3 &&
        TK(i).lower[TK(i).len - 1] == 's' && TK(i).lower[TK(i).len - 2] != 's' && i > 0 &&
        (lw_is(d, i - 1, "the") ||
         (i > 1 && lw_is(d, i - 2, "the") && (TK(i - 1).flags & DN_TOK_WORD) && !is_cap(d, i - 1))))
        return e; /* "the deported Colombians": people in a story, not the
                     state addressed ("urged Macedonians to ...") */
    if (rk == DN_LX_DEMONYM && k == e && lw_is(d, e, "and") && e + 1 < NT && is_cap(d, e + 1)) {
        /* "his Armenian and Azerbaijani counterparts, Seyran Ohanyan and
         * Zakir Hasanov": the demonym qualifies the title after the
         * second, whose apposed names are the persons; no state here */
        size_t nr2, l2, tl2;
        const dn_lex_ref *r2 = lex_refs(d, e + 1, 8, &nr2, &l2);
        int p2 = l2 ? lex_pick(d, e + 1, nr2, r2, 0) : -1, ti2;
        dn_lex_kind tk2;
        if (p2 >= 0 && r2[p2].kind == DN_LX_DEMONYM &&
            (tl2 = match_role(d, e + 1 + l2, &tk2, &ti2)) > 0 && tk2 == DN_LX_TITLE &&
            TK(e + l2 + tl2).lower[TK(e + l2 + tl2).len - 1] == 's' &&
            doc_tx_is(d, e + 1 + l2 + tl2, ",") && is_cap(d, e + 2 + l2 + tl2))
            return e;
    }
    if (rk == DN_LX_DEMONYM && k == e) {
        /* "Pakistani officials urged", "Russian diplomats met": the
         * state's agents, first named in their sentence, are the state
         * as its subject, as "Russian authorities" are (but "expelled two
         * Russian diplomats, accusing them": an object stays one); other
         * nouns make the demonym a modifier, an object at most */
        size_t pm = 0, h = e, l2;
        while (pm < d->n_m && (d->m[pm].flags & M_PP))
            pm++;
        if (lw_is(d, e, "and") && (l2 = demonym_len(d, e + 1)) > 0)
            h = e + 1 + l2; /* "the Turkish and Syrian delegations met":
                               the noun after the second is the first's too */
        if (pm + 1 == d->n_m && i >= 2 && lw_is(d, i - 1, "and") && d->m[pm].te == i - 1 &&
            !(d->m[pm].flags & M_WEAK) && d->m[pm].ts + demonym_len(d, d->m[pm].ts) == i - 1)
            pm++; /* (and the second is as first named as the first) */
        if (pm == d->n_m && h < NT && has_word(d, WL_TRANSPARENT, h) &&
            TK(h).lower[TK(h).len - 1] == 's' && !lw_is(d, h + 1, "of"))
            agents = h == e; /* (the first of two: its demonym alone) */
        else
            fl |= M_WEAK;
        /* remember the nouns: "a Syrian air base" ... "the base" */
        size_t j = e, last = 0;
        while (j < NT && j < e + 3 && (TK(j).flags & DN_TOK_WORD) && !is_cap(d, j) &&
               !has_word(d, WL_PREPOSITIONS, j) && !has_word(d, WL_FUNCTION_WORDS, j)) {
            size_t wl = TK(j).len;
            if (wl < 3 || (wl > 4 && doc_ends_ing(d, j)))
                break;
            last = ++j;
        }
        if (last > e && (last >= NT || !(TK(last).flags & DN_TOK_WORD) || has_word(d, WL_PREPOSITIONS, last) ||
                         has_word(d, WL_FUNCTION_WORDS, last))) {
            char key[NOUN_KEY];
            noun_key(&TK(last - 1), key);
            if (dn_strmap_put(&d->names, key, q) == 0) {
                d->noun_filter |= (uint64_t)1 << (TK(last - 1).hlower & 63);
            }
        }
    }
    if (rk == DN_LX_CAPITAL)
        fl |= M_CAPITAL;
    add_mention(d, i, e + agents, q, fl | pp_flag(d, i));
    return e + agents;
}
unknown:
    /* each rule below reads a capitalised word at i: asked once here (a
     * lower-case word that starts a form but matches none ends here) */
    if (!cap)
        return i;
    /* "Yeonpyeong Island", "Snake Island": a place the lexicon does not
     * know, named with its kind */
    if ((island_at(d, i + 1) || island_at(d, i + 2)) &&
        (TK(i).flags & DN_TOK_WORD) && !doc_det_at(d, i) && !has_word(d, WL_FUNCTION_WORDS, i) &&
        !has_word(d, WL_PREPOSITIONS, i) && !is_known_at(d, i)) {
        size_t j = i + 1;
        if (j < NT && is_cap(d, j) && !island_at(d, j) && !is_known_at(d, j))
            j++; /* two words: "Gough Whitlam Island" is not one, but
                    "Christmas Island" and "Kinmen Island" are */
        if (j < NT && is_cap(d, j) && island_at(d, j)) {
            char *nm, nb[128];
            if ((nm = span_into(d, i, j + 1, nb, sizeof nb))) {
                int pa = dn_strmap_get(&d->names, nm);
                if (pa < 0 || d->actors[pa].type != DN_ACTOR_PLACE) {
                    pa = doc_actor_get(d, DN_ACTOR_PLACE, nm, "region", -1);
                    if (pa >= 0)
                        names_put(d, nm, pa);
                }
                SPAN_FREE(nm, nb);
                if (pa >= 0) {
                    add_mention(d, i, j + 1, pa, fl | pp_flag(d, i));
                    return j + 1;
                }
            }
        }
    }
    /* "Mr Lugovoi, who says he is innocent, has accused": an honorific
     * and a name no title introduces is a person (not "Mr President",
     * "Madam Speaker": an office; nor a known name, read at its own
     * word) */
    if (lw_is(d, i, "mr") || lw_is(d, i, "mrs") || lw_is(d, i, "ms") || lw_is(d, i, "dr") ||
        lw_is(d, i, "mme") || lw_is(d, i, "monsignor") || lw_is(d, i, "msgr") ||
        lw_is(d, i, "archbishop") || lw_is(d, i, "cardinal") || lw_is(d, i, "bishop")) {
        /* (and the Church's: "Monsignor Marcel Diouf", "Archbishop
         * Waldemar Sommertag") */
        size_t j = i + 1 + doc_tx_is(d, i + 1, "."), skip, nl;
        dn_lex_kind mk;
        int mi;
        if (j < NT && is_cap(d, j) && !is_known_at(d, j) && !match_role(d, j, &mk, &mi) &&
            !has_word(d, WL_ORG_NOUNS, j) && (nl = name_run(d, j, &skip)) > 0 && skip == 0) {
            int p = person_for_name(d, j, j + nl, NULL, -1, 1);
            if (p >= 0) {
                add_mention(d, i, j + nl, p, fl | pp_flag(d, i));
                return j + nl;
            }
        }
    }
    /* "a delegation of the State Duma led by Nikolai Kovalyov": a name
     * that leads a delegation, mission or force is a person's */
    if (i >= 2 && lw_is(d, i - 1, "by") &&
        (lw_is(d, i - 2, "led") || lw_is(d, i - 2, "headed") || lw_is(d, i - 2, "chaired")) &&
        !is_known_at(d, i)) {
        size_t skip, nl = name_run(d, i, &skip);
        dn_lex_kind mk;
        int mi;
        if (nl >= 2 && skip == 0 && !match_role(d, i, &mk, &mi) &&
            !has_word(d, WL_ORG_NOUNS, i + nl - 1)) {
            /* of the state of what he leads, named just before */
            const mention *lm = d->n_m ? &d->m[d->n_m - 1] : NULL;
            int st = lm && lm->te + 2 == i && d->actors[lm->actor].type != DN_ACTOR_PERSON
                         ? d->actors[lm->actor].state
                         : -1;
            int p = person_for_name(d, i, i + nl, NULL, st, 1);
            if (p >= 0) {
                add_mention(d, i, i + nl, p, fl | pp_flag(d, i));
                return i + nl;
            }
        }
    }
    /* "Abiy told parliament", "Wang said": a person's first word alone */
    if (!is_cap(d, i + 1) && (a = given_at(d, i)) >= 0) {
        if (i + 1 < NT && doc_tx_is(d, i + 1, "'s")) {
            q = a;
            k = i + 2;
            e = i + 1;
            goto qualified;
        }
        add_mention(d, i, i + 1, a, fl | pp_flag(d, i));
        return i + 1;
    }
    /* "Antony Blinken, US Secretary of State": name, title (not "On
     * Monday, President Hu": no preposition begins a name, and a title
     * followed by a name is that name's) */
    if (d->pass >= 1 && !has_word(d, WL_PREPOSITIONS, i) &&
        !has_word(d, WL_FUNCTION_WORDS, i)) {
        size_t skip, nl = name_run(d, i, &skip);
        if (nl >= 2 && i + nl + 1 < NT && doc_tx_is(d, i + nl, ",")) {
            size_t j = i + nl + 1, ml;
            dn_lex_kind mk;
            int mi, st = -1;
            const dn_lex_ref *r2;
            size_t n2, l2;
            if (lw_is(d, j, "as")) /* "Dai Bingguo, as special envoy of President Hu" */
                j++;
            if (lw_is(d, j, "the") || lw_is(d, j, "a") || lw_is(d, j, "an"))
                j++; /* "John Kirby, the National Security Council spokesman" */
            if ((lw_is(d, j, "former") || lw_is(d, j, "then") || lw_is(d, j, "outgoing") ||
                 lw_is(d, j, "veteran")) &&
                !is_known_at(d, i + skip))
                j++; /* "Henry Puna, former Prime Minister of the Cook Islands"
                        (a name the lexicon knows keeps its own office) */
            r2 = lex_refs(d, j, 8, &n2, &l2);
            if (l2) {
                int p2 = lex_pick(d, j, n2, r2, 0);
                if (p2 >= 0 && r2[p2].kind != DN_LX_PERSON && r2[p2].kind != DN_LX_PLACE &&
                    r2[p2].kind != DN_LX_ORG) {
                    st = r2[p2].index;
                    j += l2;
                    if (doc_tx_is(d, j, "'s"))
                        j++; /* "Laurent Koudou, Ivory Coast's president" */
                } else if (p2 >= 0) {
                    j += l2;
                    if (r2[p2].kind == DN_LX_ORG)
                        st = -1;
                }
            }
            if ((ml = match_role(d, j, &mk, &mi)) && mk == DN_LX_BODY) {
                j += ml; /* "the Defence Ministry spokesman" */
                ml = match_role(d, j, &mk, &mi);
            }
            if (ml && mk == DN_LX_TITLE && !(j + ml < NT && is_cap(d, j + ml))) {
                int p = person_for_name(d, i + skip, i + nl, dn_lexicon_title(d->lx, mi)->role, st, 1);
                if (p >= 0) {
                    /* the name, and the apposed title as a mention of the
                     * same person (lists read over it: "A, President of
                     * Guinea, and B") */
                    add_mention(d, i, i + nl, p, fl | pp_flag(d, i));
                    add_mention(d, i + nl + 1, j + ml, p, fl);
                    return j + ml;
                }
            }
        }
        if (nl >= 2 && nl - skip >= 2 && nl - skip <= 3 && i + nl + 1 < NT &&
            doc_tx_is(d, i + nl, ",") && (lw_is(d, i + nl + 1, "who") || lw_is(d, i + nl + 1, "whose"))) {
            /* "Petar Petkovic, who heads the Office for Kosovo, accuses":
             * an unknown name that "who" takes up is a person's */
            int st = -1, p;
            size_t v = i + nl + 2;
            if (lw_is(d, i + nl + 1, "who") &&
                (lw_is(d, v, "heads") || lw_is(d, v, "headed") || lw_is(d, v, "leads") ||
                 lw_is(d, v, "led") || lw_is(d, v, "chairs") || lw_is(d, v, "runs") ||
                 lw_is(d, v, "directs") || lw_is(d, v, "commands") ||
                 lw_is(d, v, "represents") || lw_is(d, v, "is") || lw_is(d, v, "was"))) {
                /* "who heads the Serbian government's Office for Kosovo":
                 * of the state of what he heads, named first */
                for (size_t c = v + 1; c < NT && c < v + 6 && st < 0 && !doc_tx_is(d, c, ","); c++) {
                    size_t n2, l2;
                    const dn_lex_ref *r2 = lex_refs(d, c, 8, &n2, &l2);
                    int p2 = l2 ? lex_pick(d, c, n2, r2, 0) : -1;
                    if (p2 >= 0 && (r2[p2].kind == DN_LX_STATE || r2[p2].kind == DN_LX_DEMONYM))
                        st = r2[p2].index;
                }
            }
            p = person_for_name(d, i + skip, i + nl, NULL, st, 1);
            if (p >= 0) {
                add_mention(d, i, i + nl, p, fl | pp_flag(d, i));
                return i + nl;
            }
        }
        if (nl >= 2 && nl - skip >= 2 && nl - skip <= 3 && lw_is(d, i + nl, "of")) {
            /* "Irfaan Ali of Guyana, who chaired the Caribbean Community":
             * an unknown name of a state that "who" takes up is a person's,
             * of that state */
            int st = -1, p;
            size_t ol = of_state(d, i + nl, &st);
            if (ol > 0 && st >= 0 && doc_tx_is(d, i + nl + ol, ",") &&
                lw_is(d, i + nl + ol + 1, "who") &&
                (p = person_for_name(d, i + skip, i + nl, NULL, st, 1)) >= 0) {
                add_mention(d, i, i + nl + ol, p, fl | pp_flag(d, i));
                return i + nl + ol;
            }
        }
        if (nl >= 2 && i + nl + 2 < NT && doc_tx_is(d, i + nl, "(")) {
            /* "NIKKI HALEY (United States) said": a speaker of a UN
             * meetings record, named with the state for which he speaks */
            size_t j = i + nl + 1, n2, l2;
            const dn_lex_ref *r2 = lex_refs(d, j, 8, &n2, &l2);
            int p2 = l2 ? lex_pick(d, j, n2, r2, 0) : -1;
            if (p2 >= 0 && r2[p2].kind == DN_LX_STATE && doc_tx_is(d, j + l2, ")")) {
                int p = person_for_name(d, i + skip, i + nl, NULL, r2[p2].index, 1);
                if (p >= 0) {
                    add_mention(d, i, i + nl, p, fl | pp_flag(d, i));
                    return j + l2 + 1;
                }
            }
        }
    }
    return i;
}

/* 1 when token j, after "state", is the noun it qualifies ("the state
 * court", "the state prosecutor", "the state media"): a lower-case word
 * that is no function word, preposition, speech verb or modal, and does
 * not end in -s or -ed as a verb after its subject would ("the state
 * says", "the state failed"). */
static int state_as_adjective(doc *d, size_t j)
{
    static const char *const modals[] = {"must", "should", "may", "might", "shall", "did", "does",
                                         "do", "cannot", "never", "always", "itself", NULL};
    if (j >= NT || !(TK(j).flags & DN_TOK_WORD) || is_cap(d, j) ||
        has_word(d, WL_FUNCTION_WORDS, j) || has_word(d, WL_PREPOSITIONS, j) ||
        has_word(d, WL_SPEECH, j) || doc_ends_ed(d, j) || TK(j).lower[TK(j).len - 1] == 's')
        return 0;
    for (const char *const *m = modals; *m; m++)
        if (strcmp(TK(j).lower, *m) == 0)
            return 0;
    return 1;
}

/* 1 when two surnames differ by one letter more or less at the end or a
 * doubled letter ("Borrel"/"Borrell"). */
static int surname_close(const char *x, const char *y)
{
    size_t l1 = strlen(x), l2 = strlen(y);
    if (l1 < 5 || l2 < 5 || (l1 != l2 + 1 && l2 != l1 + 1))
        return 0;
    return strncmp(x, y, l1 < l2 ? l1 : l2) == 0;
}

/* The state a new person of this role and no state said takes: the
 * dateline's for a national office, else -1. */
static int dateline_state(const doc *d, const char *role)
{
    int t;
    if (d->dateline < 0 || (t = dn_lexicon_title_of_role(d->lx, role)) < 0 ||
        !dn_lexicon_title(d->lx, t)->national)
        return -1;
    return d->dateline;
}

/* 1 when s may equal, to strcasecmp, the string whose first two bytes
 * lower-cased by tolower (as strcasecmp folds them) are c0 (not 0) and
 * c1: 0 when its first two bytes tell it does not. */
static inline int may_fold_to(const char *s, int c0, int c1)
{
    return tolower((unsigned char)s[0]) == c0 && tolower((unsigned char)s[1]) == c1;
}

/* The state of the city a dateline names in capitals from token k
 * ("MOSCOW", "NEW DELHI"), its end in *end; -1 when none is known. */
static int dateline_city(doc *d, size_t k, size_t *end)
{
    char city[96];
    size_t n = 0;
    int c0, c1;
    *end = k;
    for (; k < NT && *end < k + 4 && (TK(k).flags & DN_TOK_WORD) && (TK(k).flags & DN_TOK_UPPER);
         k++) {
        if (n + TK(k).len + 2 > sizeof city)
            return -1;
        if (n)
            city[n++] = ' ';
        memcpy(city + n, TK(k).text, TK(k).len);
        n += TK(k).len;
    }
    if (k == *end)
        return -1;
    *end = k;
    city[n] = '\0';
    /* (the lexicon's names are not in capitals: compared case-blind, once
     * per document, with every state, capital and place in order; their
     * first two bytes rule out nearly all of the 2,000 names before a call
     * to strcasecmp: a city's first byte is no 0) */
    c0 = tolower((unsigned char)city[0]);
    c1 = tolower((unsigned char)city[1]);
    for (size_t s = 0, ns = dn_lexicon_count(d->lx, DN_LX_STATE); s < ns; s++) {
        const dn_lex_state *x = dn_lexicon_state(d->lx, (int)s);
        if ((x->capital && may_fold_to(x->capital, c0, c1) && strcasecmp(x->capital, city) == 0) ||
            (may_fold_to(x->name, c0, c1) && strcasecmp(x->name, city) == 0))
            return (int)s;
    }
    for (size_t s = 0, np = dn_lexicon_count(d->lx, DN_LX_PLACE); s < np; s++) {
        const dn_lex_place *x = dn_lexicon_place(d->lx, (int)s);
        if (x->state >= 0 && may_fold_to(x->name, c0, c1) && strcasecmp(x->name, city) == 0)
            return x->state;
    }
    return -1;
}

void doc_dateline(doc *d)
{
    size_t k;
    int st;
    if (d->dateline_seen || NT == 0)
        return;
    if (!(TK(0).flags & DN_TOK_UPPER) || !(TK(0).flags & DN_TOK_WORD) || TK(0).len < 3)
        return; /* the title, or a heading: the dateline may come after */
    d->dateline_seen = 1;
    st = dateline_city(d, 0, &k);
    if (st < 0 || k >= NT)
        return;
    if (doc_tx_is(d, k, ",") || doc_tx_is(d, k, "-") || doc_tx_is(d, k, "("))
        d->dateline = st; /* "MOSCOW, June 25 (Reuters) -" (not "NEW
                             DELHI/OTTAWA", several) */
}

/* A transcript's speaker a of no known state, under the head of a
 * state's body ("Press briefing by the spokesperson of the Ministry for
 * Europe and Foreign Affairs" over "MR LEMOINE:"), speaks for that state
 * and is its official. */
void doc_label_speaker_state(doc *d, int a)
{
    if (a >= 0 && d->actors[a].type == DN_ACTOR_PERSON && d->actors[a].state < 0 &&
        d->issuer >= 0)
        set_state(d, a, d->issuer);
}

void doc_issuer(doc *d)
{
    for (size_t j = 0; j < NT && !d->head_body; j++) {
        dn_lex_kind bk;
        int bi;
        if (is_cap(d, j) && match_role(d, j, &bk, &bi) > 0 && bk == DN_LX_BODY &&
            !dn_lexicon_body(d->lx, bi)->military && !dn_lexicon_body(d->lx, bi)->alone)
            d->head_body = 1; /* "Statement by the Ministry of Foreign Affairs" */
    }
    for (size_t k = 0; k < d->n_m; k++) {
        const mention *m = &d->m[k];
        const doc_actor *x = &d->actors[m->actor];
        int st = -1, li;
        if (x->type == DN_ACTOR_STATE && x->state >= 0 &&
            dn_lexicon_match_kind_first(d->lx, d->tk.tok, NT, m->ts, &d->lm_first[2 * m->ts],
                                        DN_LX_SEAT, &li) == m->te - m->ts)
            st = x->state; /* "THE WHITE HOUSE" */
        else if (x->type == DN_ACTOR_ORGANIZATION && x->state >= 0 && x->kind &&
                 str_is(x->kind, "government"))
            st = x->state; /* "U.S. Department of State", "Ministry of
                              Foreign Affairs of Viet Nam" */
        if (x->type == DN_ACTOR_ORGANIZATION && x->kind && str_is(x->kind, "igo") &&
            (int)m->actor != d->head_igo)
            d->head_igo = d->head_igo == -1 ? (int)m->actor : -2;
        if (x->type == DN_ACTOR_STATE && (m->flags & M_CAPITAL) && d->head_body &&
            d->issuer == -1) {
            d->issuer = x->state; /* ... "Madrid, 10 June 2022": the body is
                                     that capital's state's */
            continue;
        }
        if (st < 0 || st == d->issuer)
            continue;
        d->issuer = d->issuer == -1 ? st : -2;
    }
}

void doc_issuer_org(doc *d)
{
    const mention *m = d->n_m ? &d->m[0] : NULL;
    const doc_actor *x;
    if (d->issuer_org >= 0 || !m || m->ts != 0)
        return;
    x = &d->actors[m->actor];
    if (x->type == DN_ACTOR_ORGANIZATION && x->kind && str_is(x->kind, "ngo") &&
        (m->te == NT || doc_tx_is(d, m->te, ",") || doc_tx_is(d, m->te, "(")))
        d->issuer_org = m->actor;
}

/* The month w names, its initial a capital of a month (doc_month_of
 * has tested it, and its length of 3 to 9 bytes). */
int doc_month_named(const char *w, size_t n)
{
    static const char *const names[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
    static const unsigned char lens[] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    char c = (char)tolower((unsigned char)w[0]);
    for (int k = 0; k < 12; k++) {
        if (names[k][0] != c || n > lens[k] || strncasecmp(w, names[k], n) != 0)
            continue;
        if (n == lens[k] || n == 3 || (k == 8 && n == 4)) /* "Jan", "Sept" */
            return k + 1;
    }
    return 0;
}

/* The number of the digits w[0, n) when n is 1-4, else -1. */
static long digits_of(const char *w, size_t n)
{
    long v = 0;
    if (n < 1 || n > 4)
        return -1;
    for (size_t k = 0; k < n; k++) {
        if (!isdigit((unsigned char)w[k]))
            return -1;
        v = 10 * v + (w[k] - '0');
    }
    return v;
}

void doc_date(doc *d)
{
    /* over the sentence's tokens: a capitalised month name, then its day
     * and year around it, until the first date (the tokens and their
     * number read once: doc_month_of may call, and GCC read them again at
     * every token) */
    const dn_token *tok = d->tk.tok;
    size_t nt = NT;
    if (d->date_lo != 0)
        return;
    for (size_t k = 0; k < nt; k++) {
        const dn_token *w = &tok[k];
        int mo;
        long day = -1, year = -1;
        if (!(w->flags & DN_TOK_CAP) || !(mo = doc_month_of(w->text, w->len)))
            continue;
        {
            /* the words after: "31" "," "1996", or "1996"; before: "31" */
            size_t a = k + 1 + (k + 1 < NT && doc_tx_is(d, k + 1, "."));
            size_t b = a < NT ? a + 1 + (a + 1 < NT && doc_tx_is(d, a + 1, ",")) : a;
            if (a < NT && (day = digits_of(TK(a).text, TK(a).len)) >= 1 && day <= 31 && b < NT)
                year = digits_of(TK(b).text, TK(b).len); /* "January 31, 1996" */
            if ((year < 1900 || year > 2099) && k >= 1 && a < NT &&
                (day = digits_of(TK(k - 1).text, TK(k - 1).len)) >= 1 && day <= 31)
                year = digits_of(TK(a).text, TK(a).len); /* "31 January 1996" */
            if ((year < 1900 || year > 2099) && a < NT) {
                day = 0; /* "March 2019" */
                year = digits_of(TK(a).text, TK(a).len);
            }
        }
        if (year < 1900 || year > 2099)
            continue;
        d->date_lo = year * 10000 + mo * 100 + day;
        d->date_hi = year * 10000 + mo * 100 + (day ? day : 99);
        return;
    }
}

void doc_dateline_holders(doc *d)
{
    if (d->dateline >= 0 && d->dateline != d->home && d->dateline != d->pair[0] &&
        d->dateline != d->pair[1])
        d->dateline = -1; /* a story filed from elsewhere ("NEW YORK" at a
                             summit): its officials are not the city's */
    if (d->dateline < 0 && d->issuer >= 0 &&
        (d->issuer == d->home || d->issuer == d->pair[0] || d->issuer == d->pair[1]))
        d->dateline = d->issuer; /* no dateline: a statement's head names
                                    its state ("Ministry of Foreign Affairs
                                    of Japan"), whose officials need no
                                    state said ("Vice-Minister for Foreign
                                    Affairs Chikao Kawai visited Beijing") */
    for (size_t k = 0; d->dateline >= 0 && k < d->n_actors; k++) {
        doc_actor *x = &d->actors[k];
        if (x->type == DN_ACTOR_PERSON && !x->lex && x->state < 0 &&
            dateline_state(d, x->kind) >= 0)
            set_state(d, (int)k, d->dateline);
    }
}

void doc_merge_persons(doc *d)
{
    int *remap, any = 0;
    unsigned char lex_chain[256] = {0}; /* by fn_bucket */
    /* remap[k]: the dictionary person that person k is, or -1; a
     * dictionary person is never remapped, so one pass over the names
     * does it all */
    if (!(remap = malloc((d->n_actors + 1) * sizeof *remap))) {
        d->oom = 1;
        return;
    }
    memset(remap, 0xff, (d->n_actors + 1) * sizeof *remap); /* all -1 */
    /* the chains (fn_head) that hold a dictionary person: the persons of
     * the others have none to be (the generated stories give hundreds of
     * persons a handful of first names: long chains, walked for nothing) */
    for (size_t q = 0; q < d->n_persons; q++) {
        const doc_actor *y = &d->actors[d->persons[q]];
        if (y->lex && y->surname && y->first) /* (chained: doc_actor_get_id) */
            lex_chain[fn_bucket(y->fn_key)] = 1;
    }
    /* the persons only (d->persons, in the order they were made): the
     * other actors are not read */
    for (size_t q = 0; q < d->n_persons; q++) {
        size_t k = (size_t)d->persons[q];
        doc_actor *x = &d->actors[k];
        int to = -1;
        if (x->lex || !x->surname || !x->first || !lex_chain[fn_bucket(x->fn_key)])
            continue;
        /* the dictionary persons of the same first 3 bytes, in order:
         * the chain of x's first name (doc_actor_get_id) */
        for (int j = d->fn_head[fn_bucket(x->fn_key)]; j >= 0 && to < 0; j = d->actors[j].fn_next) {
            doc_actor *y = &d->actors[j];
            if (!y->lex || y->fn_key != x->fn_key)
                continue;
            if (surname_close(x->surname, y->surname) || strcmp(x->surname, y->surname) == 0)
                to = j;
        }
        remap[k] = to;
        any |= to >= 0;
    }
    for (size_t i = 0; any && i < d->names.cap; i++) {
        int v = d->names.slots[i].val;
        if (d->names.slots[i].key && v >= 0 && (size_t)v < d->n_actors && remap[v] >= 0)
            d->names.slots[i].val = remap[v];
    }
    free(remap);
}

/* "President Carter, General Powell and Senator Nunn met ..., and they
 * also met Mr. Jonassaint": a "they" at i after a list of two or three
 * persons that opens the sentence is that list; adds the group mention
 * and returns 1, else 0. */
static int subject_persons(doc *d, size_t i)
{
    int a[3], n = 0;
    size_t k = 0;
    if (d->n_m < 2 || d->m[0].ts > 2)
        return 0;
    for (; k < d->n_m && n < 4; k++) {
        const mention *m = &d->m[k];
        if (m->flags & (M_PP | M_POSS | M_PRON | M_GROUP) ||
            d->actors[m->actor].type != DN_ACTOR_PERSON)
            break;
        if (n > 0) {
            size_t g = d->m[k - 1].te;
            if (!(doc_tx_is(d, g, ",") || lw_is(d, g, "and")) ||
                m->ts > g + 1 + (doc_tx_is(d, g, ",") && lw_is(d, g + 1, "and")))
                break;
        }
        if (n < 3)
            a[n] = m->actor;
        n++;
    }
    if (n < 2 || n > 3 || d->m[k - 1].te >= i)
        return 0;
    add_group(d, i, i + 1, a[0], a[1], n == 3 ? a[2] : -1);
    d->m[d->n_m - 1].flags |= M_PRON;
    return 1;
}

/* "an Eritrean delegation led by Foreign Minister Osman Saleh and
 * presidential adviser Yemane Gebreab arrived in Addis Ababa, where it
 * was received by ...": an "it" at i after a delegation, mission or team
 * led by one to three persons earlier in the sentence is they; adds the
 * group mention and returns 1, else 0. */
static int delegation_leaders(doc *d, size_t i)
{
    int a[3] = {-1, -1, -1}, n = 0;
    size_t j, k;
    for (j = 1; j + 2 < i; j++) /* ("led" first: the rarest word) */
        if ((lw_is(d, j, "led") || lw_is(d, j, "headed")) && lw_is(d, j + 1, "by") &&
            (lw_is(d, j - 1, "delegation") || lw_is(d, j - 1, "mission") ||
             lw_is(d, j - 1, "team")))
            break;
    if (j + 2 >= i)
        return 0;
    for (k = 0; k < d->n_m && d->m[k].ts < j + 2; k++)
        ;
    for (size_t g = j + 2; k < d->n_m && n < 3 && d->m[k].te <= i; k++) {
        const mention *m = &d->m[k];
        /* the leaders: persons, each after "by", "and" or a comma (over a
         * title's words before the name, "and presidential adviser Y") */
        if (d->actors[m->actor].type != DN_ACTOR_PERSON || (m->flags & (M_PRON | M_GROUP)) ||
            m->ts > g + 3)
            break;
        a[n++] = m->actor;
        g = m->te;
        if (!(lw_is(d, g, "and") || doc_tx_is(d, g, ",")))
            break;
        g++;
    }
    if (n == 0)
        return 0;
    add_group(d, i, i + 1, a[0], a[1], a[2]);
    d->m[d->n_m - 1].flags |= M_PRON;
    return 1;
}

/* A group mention of tokens [i, i + 2) ("both sides", "the three
 * leaders") standing for a1, a2 and a3 (-1 none); nothing when a1 < 0. */
static void add_group(doc *d, size_t i, size_t e, int a1, int a2, int a3)
{
    size_t n = d->n_m;
    add_mention(d, i, e, a1, M_GROUP | pp_flag(d, i));
    if (d->n_m > n) {
        d->m[n].actor2 = a2;
        d->m[n].actor3 = a3;
    }
}

/* A mention of tokens [i, e) for the two persons of the last act
 * between two persons ("both leaders", "they"). */
static void add_pair_group(doc *d, size_t i, size_t e)
{
    add_group(d, i, e, d->person_pair[0] - 1, d->person_pair[1] - 1, -1);
}

/* The same for the three persons of the last act among three ("the
 * three leaders", "they"). */
static void add_trio_group(doc *d, size_t i, size_t e)
{
    add_group(d, i, e, d->person_trio[0] - 1, d->person_trio[1] - 1, d->person_trio[2] - 1);
}

/* 1 when person a is one of the two persons of the last act between
 * two persons. */
static int in_person_pair(const doc *d, int a)
{
    return d->person_pair[0] > 0 && (d->person_pair[0] - 1 == a || d->person_pair[1] - 1 == a);
}

/* The last act between two persons is recent enough for "both leaders",
 * "they": in this sentence or one of the two before. */
static int person_pair_recent(const doc *d)
{
    return d->person_pair[0] > 0 && d->cur_sent - d->person_pair_sent <= 2;
}

/* The same for the last act among three persons, when it is no older
 * than the last act between two ("A hosted B and C. They called on X"). */
static int person_trio_recent(const doc *d)
{
    return d->person_trio[0] > 0 && d->cur_sent - d->person_trio_sent <= 2 &&
           (d->person_pair[0] <= 0 || d->person_trio_sent >= d->person_pair_sent);
}

/* 1 when actor a is one of the last trio's persons. */
static int in_person_trio(const doc *d, int a)
{
    return d->person_trio[0] > 0 && (d->person_trio[0] - 1 == a || d->person_trio[1] - 1 == a ||
                                     d->person_trio[2] - 1 == a);
}

/* "France, Germany and the United Kingdom": when the sentence's last
 * three mentions are three states joined by a comma and "and", they are
 * the trio a later "the three countries" names. */
static void state_trio_note(doc *d)
{
    const mention *m;
    if (d->n_m >= 2) {
        /* "accused Egypt and the Sudan": the pair a later "both countries"
         * may name */
        const mention *a = &d->m[d->n_m - 2], *b = &d->m[d->n_m - 1];
        size_t g = a->te;
        if (d->actors[a->actor].type == DN_ACTOR_STATE && a->actor != b->actor &&
            !((a->flags | b->flags) & M_GROUP) && lw_is(d, g, "and") &&
            (g + 1 == b->ts || (g + 2 == b->ts && doc_det_at(d, g + 1)))) {
            d->state_pair2[0] = a->actor;
            d->state_pair2[1] = b->actor;
            d->state_pair2_sent = d->cur_sent;
        }
    }
    if (d->n_m < 3)
        return;
    m = &d->m[d->n_m - 3];
    for (int k = 0; k < 3; k++)
        if (d->actors[m[k].actor].type != DN_ACTOR_STATE || (m[k].flags & M_GROUP))
            return;
    if (m[0].actor == m[1].actor || m[1].actor == m[2].actor || m[0].actor == m[2].actor)
        return;
    if (!(m[1].ts == m[0].te + 1 && is_punct_tok(d, m[0].te, ",")))
        return;
    {
        size_t g = m[1].te;
        if (is_punct_tok(d, g, ","))
            g++; /* "A, B, and C" */
        if (!lw_is(d, g, "and"))
            return;
        g++;
        if (g < NT && doc_det_at(d, g))
            g++;
        if (g != m[2].ts)
            return;
    }
    for (int k = 0; k < 3; k++)
        d->state_trio[k] = m[k].actor;
    d->state_trio_sent = d->cur_sent;
}

/* "the kingdom", "the emirate": of the last four states named, then the
 * article's two parties, the latest of that form ("Kingdom of Saudi
 * Arabia" among its names); -1 when none is. */
static int state_of_kind(doc *d, unsigned kind)
{
    int cand[6];
    for (int k = 0; k < 4; k++)
        cand[k] = d->state_ring[(d->state_ring_at - 1 - (unsigned)k) & 3];
    cand[4] = d->pair[0] >= 0 ? doc_state_actor(d, d->pair[0]) : -1;
    cand[5] = d->pair[1] >= 0 ? doc_state_actor(d, d->pair[1]) : -1;
    for (int k = 0; k < 6; k++)
        if (cand[k] >= 0 && d->actors[cand[k]].state >= 0 &&
            (dn_lexicon_state(d->lx, d->actors[cand[k]].state)->kinds & kind))
            return cand[k];
    return -1;
}

/* 1 when token i is a lower-case plural noun ("diplomats",
 * "authorities"): the head of a plural mention, or the noun right after a
 * demonym. */
static int plural_noun_at(const doc *d, size_t i)
{
    const dn_token *t;
    if (i >= NT || !(TK(i).flags & DN_TOK_WORD) || (TK(i).flags & DN_TOK_CAP))
        return 0;
    t = &TK(i);
    return t->len > 3 && t->lower[t->len - 1] == 's' && t->lower[t->len - 2] != 's' &&
           !has_word(d, WL_FUNCTION_WORDS, i);
}

/* 1 when the sentence opens with a participle clause that ends with a
 * comma right before the pronoun at i ("Addressing his counterpart
 * directly, he ..."): the clause's persons are what the pronoun acts on. */
static int fronted_participle(doc *d, size_t i)
{
    return i >= 3 && (TK(0).flags & DN_TOK_WORD) && doc_ends_ing(d, 0) && doc_tx_is(d, i - 1, ",");
}

static const struct {
    const char *w;
    size_t n;
} pron_subj[] = {{"he", 2}, {"she", 3}, {"they", 4}, {"it", 2}, {NULL, 0}};

/* The gender of person a: from its mentions, else (asked once, when a
 * pronoun needs it) from the first word of its name. */
static unsigned person_gender(doc *d, int a)
{
    doc_actor *x = &d->actors[a];
    if (!x->gender && !x->gender_asked && x->first) {
        x->gender_asked = 1;
        x->gender = first_name_gender(d, x->first);
    }
    return x->gender;
}

/* 1 when person a may be called by a pronoun of gender g (0: any). */
static int gender_fits(doc *d, int a, unsigned g)
{
    unsigned ag;
    return !g || !(ag = person_gender(d, a)) || ag == g;
}

/* The person a pronoun of gender g stands for, given the person a the
 * rules chose by position: a itself when its gender is not known or fits
 * ("Merkel met Putin. She said"), else the latest person of that known
 * gender among the sentence's, the last subject, and the persons named
 * last ("Mr Qarase had asked her": not Qarase); -1 when there is none.
 * skip: a person not to take (a first answer, when an alternative is
 * asked). */
static int fit_person(doc *d, int a, unsigned g, int skip)
{
    int cand[4 + 6];
    size_t n = 0;
    if (a >= 0 && a != skip && gender_fits(d, a, g))
        return a;
    if (a < 0 && skip < 0)
        return -1;
    cand[n++] = d->sent_person;
    cand[n++] = d->last_person_subj;
    cand[n++] = d->last_person;
    cand[n++] = d->prev_person;
    for (size_t k = 0; k < 6; k++)
        cand[n++] = d->recent_person[k];
    for (size_t k = 0; k < n; k++)
        if (cand[k] >= 0 && cand[k] != a && cand[k] != skip && gender_fits(d, cand[k], g))
            return cand[k];
    return -1;
}

/* 1 when mention m, after "to", "before" or "at" (and "the"), follows
 * right after mention o, a verb's direct object that is no person nor the
 * sentence's subject: "took Nigeria to the Court", "brought Iran before
 * the Council". */
static int venue_after_object(const doc *d, const mention *o, const mention *m)
{
    size_t p = m->ts - (m->ts > 0 && lw_is(d, m->ts - 1, "the"));
    return p > 0 && o->te == p - 1 &&
           (lw_is(d, p - 1, "to") || lw_is(d, p - 1, "before") || lw_is(d, p - 1, "at")) &&
           !(o->flags & (M_PP | M_PRON | M_GROUP | M_WEAK | M_POSS | M_SPEAKER | M_MOD)) &&
           o->actor != d->sent_nonperson && d->actors[o->actor].type != DN_ACTOR_PERSON &&
           d->actors[o->actor].type != DN_ACTOR_PLACE && o->ts > 0 &&
           (TK(o->ts - 1).flags & DN_TOK_WORD) && !(TK(o->ts - 1).flags & DN_TOK_CAP);
}

/* The antecedent of an object "it" ("severed relations with Qatar,
 * accusing it of ..."): the last state or organisation this sentence names
 * that is not its subject, nor a demonym or an owner; -1 when there is
 * none, and the subject stays the antecedent; -2 when the last one is
 * named by a plural ("Kenyan troops"): "it" is something unnamed; a venue
 * after a direct object gives the object ("took Nigeria to the Court"). */
static int object_antecedent(const doc *d)
{
    for (size_t k = d->n_m; k-- > 0;) {
        const mention *m = &d->m[k];
        int a = m->actor;
        if (m->flags & (M_PRON | M_GROUP | M_WEAK | M_POSS | M_SPEAKER | M_MOD))
            continue;
        if (d->actors[a].type == DN_ACTOR_PERSON || d->actors[a].type == DN_ACTOR_PLACE)
            continue;
        if (plural_noun_at(d, m->te - 1))
            return -2; /* "the regional force, in which Kenyan troops formed
                          the largest contingent ... accused it": a plural
                          is no "it", and what it is goes unnamed */
        if (a == d->sent_nonperson || !(m->flags & M_PP) || m->ts == 0)
            return -1;
        if (k > 0 && venue_after_object(d, &d->m[k - 1], m))
            return d->m[k - 1].actor; /* "took Nigeria to the Court, accusing
                                         it": the one taken there */
        return a;
    }
    return -1;
}

/* "it" at token i opening a clause joined by ", and" (an adjunct of time
 * between: "and on Friday it"): the actor of the sentence's first
 * subject, no person nor place; else -1. */
static int coordinated_subject(const doc *d, size_t i)
{
    size_t j = i, n = 0;
    while (j > 0 && n < 4 && !lw_is(d, j - 1, "and")) {
        const dn_token *w = &TK(j - 1);
        if (!(w->flags & DN_TOK_WORD) ||
            !(isdigit((unsigned char)w->text[0]) || has_word(d, WL_TIME_WORDS, j - 1) ||
              lw_is(d, j - 1, "on") || lw_is(d, j - 1, "then") || lw_is(d, j - 1, "later") ||
              lw_is(d, j - 1, "also")))
            return -1;
        j--;
        n++;
    }
    if (j < 2 || !lw_is(d, j - 1, "and") || !doc_tx_is(d, j - 2, ","))
        return -1;
    for (size_t k = 0; k < d->n_m; k++) {
        const mention *m = &d->m[k];
        if (m->ts >= j)
            break;
        if (m->flags & (M_PP | M_POSS | M_WEAK | M_MOD | M_SPEAKER | M_GROUP))
            continue;
        if (d->actors[m->actor].type == DN_ACTOR_PERSON || d->actors[m->actor].type == DN_ACTOR_PLACE)
            return -1;
        return m->actor;
    }
    return -1;
}

/* The gender of pronoun token i: DOC_MALE for he/him/his, DOC_FEMALE for
 * she/her, 0 for others. */
static unsigned pron_gender(const doc *d, size_t i)
{
    const char *w = TK(i).lower;
    if (w[0] == 'h')
        return (w[1] == 'e' && !w[2]) || strcmp(w, "him") == 0 || strcmp(w, "his") == 0 ? DOC_MALE
               : strcmp(w, "her") == 0                                                   ? DOC_FEMALE
                                                                                         : 0;
    return strcmp(w, "she") == 0 ? DOC_FEMALE : 0;
}

/* 1 when token i opens a subordinate clause: one of the subordinators
 * (where, when, after, because, ...). */
static int opens_clause(const doc *d, size_t i)
{
    return has_word(d, WL_SUBORDINATORS, i);
}

/* 1 when the current sentence has named a person so far. */
static int sent_named_person(const doc *d)
{
    for (size_t k = 0; k < d->n_m; k++)
        if (d->actors[d->m[k].actor].type == DN_ACTOR_PERSON)
            return 1;
    return 0;
}

/* "the two leaders", "the two foreign ministers", "the two Cypriot
 * leaders", "both leaders" (i at "two" or "both"), when no act between two
 * persons is recent: the
 * two persons named last, in this sentence or the six before, whose
 * role the title names (a leader for "leaders"). Adds their group and
 * returns the end of the phrase, else 0. */
static size_t named_persons(doc *d, size_t i, int want)
{
    size_t j = i + 1, e, b;
    const dn_lex_title *t;
    dn_lex_kind mk;
    int mi, p[3], n = 0, subj, leaders = 0;
    unsigned g = 0;

    if (j < NT && is_cap(d, j) && !has_word(d, WL_PERSON_GROUP_NOUNS, j) && is_known_at(d, j))
        j++; /* "the two Cypriot leaders" */
    if (lw_is(d, j, "men") || lw_is(d, j, "women")) {
        /* "raised the case with Putin when the two men met": anyone, but
         * only the two persons this sentence names */
        g = lw_is(d, j, "men") ? DOC_MALE : DOC_FEMALE;
        t = NULL;
        e = j + 1;
    } else if (lw_is(d, j, "heads") && lw_is(d, j + 1, "of") && lw_is(d, j + 2, "state")) {
        /* "The three Heads of State held ...": leaders */
        t = NULL;
        leaders = 1;
        e = j + 3;
    } else {
        e = j + match_role(d, j, &mk, &mi);
        if (e == j || mk != DN_LX_TITLE ||
            (TK(e - 1).lower[TK(e - 1).len - 1] != 's' && TK(j).lower[TK(j).len - 1] != 's'))
            return 0; /* (a plural: "leaders", "foreign ministers", "Heads of State") */
        t = dn_lexicon_title(d->lx, mi);
    }
    /* after a verb or a preposition ("Biden called the two leaders") the
     * sentence's subject is not one of them; after a word that opens a
     * clause ("when the two men met") it may be */
    b = i - !lw_is(d, i, "both"); /* the phrase's first word: "the" or "both" */
    subj = b >= 1 && (TK(b - 1).flags & DN_TOK_WORD) && !is_cap(d, b - 1) && !lw_is(d, b - 1, "and") &&
                   !lw_is(d, b - 1, "but") && !opens_clause(d, b - 1)
               ? d->sent_person
               : -1;
    for (size_t k = 0; k < 6 && n < want; k++) {
        int a = d->recent_person[k];
        /* ("both leaders": as recent as an act's pair must be; "the two
         * men" of a sentence that names no one before them: the last
         * sentence's two) */
        size_t age = leaders ? 6u
                     : !t    ? (d->sent_person < 0 && !sent_named_person(d) ? 1u : 0u)
                     : b == i ? 2u
                              : 6u;
        if (a < 0 || d->cur_sent - d->recent_sent[k] > age)
            break;
        if (a == subj)
            continue;
        if (leaders ? d->actors[a].leader
            : t     ? (t->leader && strcmp(t->role, "head of state") == 0
                           ? d->actors[a].leader /* "the two leaders": any */
                           : d->actors[a].kind && strcmp(d->actors[a].kind, t->role) == 0)
                    : gender_fits(d, a, g))
            p[n++] = a;
    }
    if (n < want)
        return 0;
    if (want == 3)
        add_group(d, i, e, p[2], p[1], p[0]);
    else
        add_group(d, i, e, p[1], p[0], -1); /* the first named first */
    return e;
}

/* "Rutte and Foreign Minister Koenders spoke with their Turkish
 * counterparts" (i at "their"): each person the sentence named before,
 * the holder of his office in that state (the prime minister's, the
 * foreign minister's), as a group whose members face the subjects in
 * order (M_EACH). Returns the end, or 0 when fewer than two are found. */
static size_t their_counterparts(doc *d, size_t i)
{
    const dn_lex_ref *r;
    size_t n, l, j = i + 1;
    int pk, st, got[3], ng = 0;
    dn_lex_kind mk;
    int mi;
    r = lex_refs(d, j, 8, &n, &l);
    if (!l || (pk = lex_pick(d, j, n, r, 0)) < 0 ||
        (r[pk].kind != DN_LX_DEMONYM && r[pk].kind != DN_LX_STATE))
        return 0;
    st = r[pk].index;
    j += l;
    if (!lw_is(d, j, "counterparts") || !match_role(d, j, &mk, &mi))
        return 0;
    for (size_t k = 0; k < d->n_m && ng < 3; k++) {
        const doc_actor *x = &d->actors[d->m[k].actor];
        int p;
        if (d->m[k].ts >= i || x->type != DN_ACTOR_PERSON || !x->kind ||
            (d->m[k].flags & (M_PP | M_POSS | M_PRON | M_GROUP)) || x->state == st)
            continue;
        p = person_by_role(d, x->kind, 0, st);
        if (p < 0)
            return 0; /* (one of them faces no one known: no pairing) */
        got[ng++] = p;
    }
    if (ng < 2 || got[0] == got[1] || (ng == 3 && (got[2] == got[0] || got[2] == got[1])))
        return 0;
    add_group(d, i, j + 1, got[0], got[1], ng == 3 ? got[2] : -1);
    d->m[d->n_m - 1].flags |= M_EACH;
    return j + 1;
}

/* "accusing its northern neighbour", "a blockade of its small southern
 * neighbour" (i at its/their): the state next door is the last state
 * named that is not the sentence's subject's, else the other of the
 * article's two sides. Adds its mention and returns the end, else 0. */
static size_t neighbour_at(doc *d, size_t i)
{
    size_t j = i + 1;
    int own = -1, s = -1;
    while (j < NT && j < i + 4 && (TK(j).flags & DN_TOK_WORD) && !is_cap(d, j) &&
           !lw_is(d, j, "neighbour") && !lw_is(d, j, "neighbor"))
        j++;
    if (!(lw_is(d, j, "neighbour") || lw_is(d, j, "neighbor")))
        return 0;
    if (d->sent_nonperson >= 0)
        own = d->actors[d->sent_nonperson].state;
    else if (d->sent_person >= 0)
        own = d->actors[d->sent_person].state;
    if (own < 0)
        return 0;
    if (d->last_state >= 0 && d->actors[d->last_state].state != own)
        s = d->last_state;
    else if (d->pair[0] >= 0 && d->pair[1] >= 0 && (d->pair[0] == own || d->pair[1] == own))
        s = doc_state_actor(d, d->pair[0] == own ? d->pair[1] : d->pair[0]);
    if (s < 0)
        return 0;
    add_mention(d, i, j + 1, s, pp_flag(d, i));
    return j + 1;
}

/* The phrase at i (its "its", "their" or "our") read as owned by actor
 * q: "Its foreign ministry spokesman", "on its soldiers", "our
 * ambassador". Returns its end (> i) or i. Not inlined: one copy of
 * phrase_at serves the three owners. */
static __attribute__((noinline)) size_t owned_phrase_at(doc *d, size_t i, int q)
{
    d->its_q = q; /* (phrase_at takes it and clears it) */
    return phrase_at(d, i, is_cap(d, i));
}

/* "In Berlin, where he held talks with Angela Merkel, Gordon Brown said",
 * "After she met Putin, Merkel said": a he/she that opens a subordinate
 * clause at the head of the sentence, before any person is named, is the
 * first person named after a comma that a verb follows, when the gender
 * fits. */
static void fronted_pronoun(doc *d)
{
    size_t k = 0;
    unsigned g;
    if (d->pass != 2 || d->n_m < 2 || !(TK(0).flags & DN_TOK_WORD) ||
        !(has_word(d, WL_PREPOSITIONS, 0) || has_word(d, WL_SUBORDINATORS, 0) ||
          lw_is(d, 0, "speaking")))
        return;
    for (; k < d->n_m; k++) {
        const mention *m = &d->m[k];
        if (d->actors[m->actor].type == DN_ACTOR_PERSON && !(m->flags & M_PRON))
            return; /* a person named first: the pronoun looks back */
        if ((m->flags & M_PRON) && !(m->flags & (M_OBJPRON | M_GROUP)) && m->te == m->ts + 1 &&
            (lw_is(d, m->ts, "he") || lw_is(d, m->ts, "she")))
            break;
    }
    if (k >= d->n_m)
        return;
    {
        /* the pronoun opens a subordinate clause ("where he", "after
         * she"; not "On that day he met", the main clause's subject) */
        size_t b = d->m[k].ts;
        if (b == 0 || !opens_clause(d, b - 1))
            return;
    }
    g = pron_gender(d, d->m[k].ts);
    for (size_t j = k + 1, comma = 0; j < d->n_m; j++) {
        const mention *p = &d->m[j];
        for (size_t c = d->m[j - 1].te; c < p->te && !comma; c++)
            comma = doc_tx_is(d, c, ",");
        if (d->actors[p->actor].type != DN_ACTOR_PERSON || (p->flags & (M_PRON | M_PP | M_POSS)) ||
            !comma || p->te >= NT || !(TK(p->te).flags & DN_TOK_WORD) || is_cap(d, p->te) ||
            lw_is(d, p->te, "and") || lw_is(d, p->te, "or") || lw_is(d, p->te, "but") ||
            has_word(d, WL_PREPOSITIONS, p->te))
            continue; /* (a verb follows: not "A and B", "A of X") */
        if (gender_fits(d, p->actor, g))
            d->m[k].actor = p->actor;
        return;
    }
}

/* 1 when the line opens "Statement by", "Remarks by", "Address by",
 * "Message from" ... (within its first three words): a heading that names
 * who speaks in the text below it. */
static int remarks_heading(const doc *d)
{
    for (size_t j = 0; j < 3 && j + 1 < NT; j++)
        if ((lw_is(d, j + 1, "by") || lw_is(d, j + 1, "from")) &&
            (lw_is(d, j, "statement") || lw_is(d, j, "remarks") || lw_is(d, j, "speech") ||
             lw_is(d, j, "address") || lw_is(d, j, "message") || lw_is(d, j, "declaration")))
            return 1;
    return 0;
}

/* 1 when tokens [a, b) are at most a "the". */
static int words_between_the(doc *d, size_t a, size_t b)
{
    return b == a || (b == a + 1 && lw_is(d, a, "the"));
}

/* The defined term at token j ("Applicant", "Respondent"): one or two
 * capitalised words no lexicon entry starts and the document has not
 * named, after "the", a quotation mark or "hereinafter" (one of them
 * required when marked); its end in *e, or 0. */
static size_t defined_term(doc *d, size_t j, size_t *e, int marked)
{
    size_t a, j0 = j;
    if (lw_is(d, j, "hereinafter"))
        j++;
    if (j < NT && (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)) && !(TK(j).flags & DN_TOK_WORD))
        j++;
    j += lw_is(d, j, "the");
    if (j < NT && (TK(j).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)) && !(TK(j).flags & DN_TOK_WORD))
        j++;
    if (marked && j == j0)
        return 0; /* "(Hostage Crisis)": a gloss, no term defined */
    a = j;
    while (j < NT && j < a + 2 && is_cap(d, j) && (TK(j).flags & DN_TOK_WORD) &&
           !(TK(j).flags & DN_TOK_UPPER) && TK(j).len >= 4 && !is_known_at(d, j) &&
           !doc_office_at(d, j))
        j++;
    if (j == a)
        return 0;
    *e = j;
    return a;
}

void doc_definitions(doc *d)
{
    size_t a, e;
    char wb[128], *w;
    if (d->n_m == 0)
        return;
    if (NT > 4 && lw_is(d, 0, "the") && (a = defined_term(d, 1, &e, 0)) == 1 && lw_is(d, e, "is") &&
        d->m[0].ts > e && d->m[0].ts <= e + 2 && words_between_the(d, e + 1, d->m[0].ts) &&
        d->actors[d->m[0].actor].type != DN_ACTOR_PERSON) {
        /* "The Applicant is the Republic of the Sudan" */
        if ((w = span_into(d, a, e, wb, sizeof wb)) != NULL) {
            names_put_new(d, w, d->m[0].actor);
            SPAN_FREE(w, wb);
        }
        return;
    }
    for (size_t k = 0; k < d->n_m; k++) {
        size_t p = d->m[k].te, c;
        if (!doc_tx_is(d, p, "(") || (a = defined_term(d, p + 1, &e, 1)) == 0)
            continue;
        c = e + (e < NT && (TK(e).flags & (DN_TOK_OPENQ | DN_TOK_CLOSEQ)) &&
                 !(TK(e).flags & DN_TOK_WORD));
        if (c >= NT || !doc_tx_is(d, c, ")") || (d->m[k].flags & M_PRON))
            continue;
        /* "the United Arab Emirates (the Respondent)" */
        if ((w = span_into(d, a, e, wb, sizeof wb)) != NULL) {
            names_put_new(d, w, d->m[k].actor);
            SPAN_FREE(w, wb);
        }
    }
}

void doc_byline(doc *d, int heading)
{
    size_t j = 1, words = 0;
    if ((heading || d->cur_sent <= 5) && d->author != DOC_AUTHORS && remarks_heading(d)) {
        /* "Statement by the Chair of the Pacific Islands Forum, the
         * Honourable Kausea Natano, Prime Minister of Tuvalu": the one
         * person the heading names says the "I" below it; a second such
         * heading for someone else (a page of several statements) leaves
         * the "I" to no one */
        int who = -1;
        for (size_t k = 0; k < d->n_m; k++) {
            int a = d->m[k].actor;
            if (a < 0 || d->actors[a].type != DN_ACTOR_PERSON || (d->m[k].flags & M_PRON))
                continue;
            if (who >= 0 && who != a)
                return; /* ("Remarks by President A and Prime Minister B") */
            who = a;
        }
        if (who >= 0)
            d->author = d->author >= 0 && d->author != who ? DOC_AUTHORS : who;
        return;
    }
    if (d->author >= 0 || d->cur_sent > 5 || !doc_tx_is(d, 0, "By") || NT < 3)
        return;
    for (; j < NT && (is_cap(d, j) || doc_tx_is(d, j, ".")); j++) {
        if (has_word(d, WL_BYLINE_WORDS, j))
            return; /* "By News Agencies", "By Reuters Staff" */
        if (TK(j).flags & DN_TOK_WORD) {
            size_t nr, l;
            const dn_lex_ref *refs = lex_refs(d, j, 8, &nr, &l);
            int pk = l ? lex_pick(d, j, nr, refs, 0) : -1;
            if (pk >= 0 && refs[pk].kind != DN_LX_PERSON)
                return; /* an organisation, a place: "By Reuters" */
            words++;
        }
    }
    if (words < 2 || words > 5 || (j < NT && !doc_tx_is(d, j, ",")))
        return;
    /* the person the line's own rules made ("By James Baker, former US
     * Secretary of State"), else the name's */
    for (size_t k = 0; k < d->n_m; k++)
        if (d->m[k].ts <= 1 && d->m[k].te > 1 && d->actors[d->m[k].actor].type == DN_ACTOR_PERSON) {
            d->author = d->m[k].actor;
            return;
        }
    d->author = person_for_name(d, 1, j, NULL, -1, 1);
}

void doc_recognise(doc *d)
{
    size_t i = 0;
    d->n_m = 0;
    d->prev_sp_one = d->sp_one;
    d->prev_sp_n = d->sp_n;
    d->sp_one = -1;
    d->sp_n = 0;
    d->sent_person = -1;
    d->sent_nonperson = -1;
    while (i < NT && !d->oom) {
        const char *w;
        size_t e;
        int cap;

        {
            /* punctuation, and a lower-case word that starts no lexicon
             * form and is no pronoun (most words): nothing is found there
             * and nothing changes; stepped over in a tight loop
             * (d->tokskip, made with the per-token arrays, ends with a 0
             * after the sentence's last token: the loop needs no bound) */
            const unsigned char *skip = d->tokskip;
            if (i >= NT)
                break;
            while (skip[i])
                i++;
            if (i >= NT)
                break;
        }
        w = TK(i).lower;
        if (!has_word(d, WL_PRONOUNS, i))
            goto phrase;
        /* "the", "both", "two" are no pronouns proper: straight to their
         * rules (the commonest word of all need not be compared with
         * each pronoun) */
        if (lw_is(d, i, "the"))
            goto the_rule;
        if (lw_is(d, i, "all")) {
            /* "all sides in Bolivia", "all political forces in Sudan":
             * a group of that state, an actor of its own */
            size_t e2 = all_group(d, i);
            if (e2 > i) {
                i = e2;
                continue;
            }
            goto phrase; /* "All Progressives Congress" */
        }
        if (lw_is(d, i, "both") || lw_is(d, i, "two") || lw_is(d, i, "each") ||
            lw_is(d, i, "three"))
            goto group_rule;
        if (d->pass == 2 && is_cap(d, i) && (lw_is(d, i, "his") || lw_is(d, i, "her"))) {
            /* "His Majesty condemned ...", "thanked His Royal Highness":
             * the words of address alone stand for the person last named
             * after them ("His Majesty King Abdullah II") */
            size_t e2 = i + 1;
            int hk = -1;
            while (e2 < NT && e2 < i + 3 && is_cap(d, e2) && has_word(d, WL_HONORIFICS, e2) &&
                   (hk = honor_kind(d, e2)) < 0)
                e2++;
            int who = hk >= 0 ? d->honor_last[hk] : -1;
            if (hk == 3 && who < 0)
                who = person_by_role_scan(d, "pope", 0, -1); /* "thanked His Holiness":
                                                                the Pope the story
                                                                named */
            if (who >= 0 && !is_cap(d, e2 + 1)) {
                add_mention(d, i, e2 + 1, who, M_NOALIAS | pp_flag(d, i));
                i = e2 + 1;
                continue;
            }
        }
        /* pronouns */
        for (int k = 0; pron_subj[k].w; k++)
            if (TK(i).len == pron_subj[k].n && memcmp(w, pron_subj[k].w, pron_subj[k].n) == 0) {
                int a = -1;
                if (k < 2 && d->sent_person >= 0 && d->last_person_subj >= 0 &&
                    d->last_person_subj != d->sent_person && fronted_participle(d, i))
                    a = fit_person(d, d->last_person_subj, pron_gender(d, i), -1);
                    /* "Addressing his US counterpart directly, he warned
                     * Trump": the one addressed is not "he" */
                else if (k < 2 && d->sent_person < 0 && d->n_m == 0 && d->prev_sp_n == 1 &&
                         d->last_subject >= 0 &&
                         d->actors[d->last_subject].type != DN_ACTOR_PERSON &&
                         (a = fit_person(d, d->prev_sp_one, pron_gender(d, i), -1)) >= 0)
                    ; /* "the two governments asked the Secretary-General,
                         Javier Perez de Cuellar, to settle ... He ruled":
                         the one person of the sentence before, whose
                         subject was none */
                else if (k < 2)
                    a = fit_person(d,
                                   d->sent_person >= 0        ? d->sent_person
                                   : d->last_person_subj >= 0 ? d->last_person_subj
                                                              : d->last_person,
                                   pron_gender(d, i), -1);
                else if (k == 3 && (a = coordinated_subject(d, i)) >= 0)
                    ; /* "The Ministry protested to the Chinese side, and on
                         Friday it summoned ...": the first clause's
                         subject */
                else if (k == 3 && delegation_leaders(d, i))
                    goto next; /* "a delegation led by A and B arrived in X,
                                  where it was received by C" */
                else if (k == 3 && i > 0 && (TK(i - 1).flags & DN_TOK_WORD) &&
                         !is_cap(d, i - 1) && !has_word(d, WL_FUNCTION_WORDS, i - 1) &&
                         !isdigit((unsigned char)TK(i - 1).text[0]) &&
                         !has_word(d, WL_TIME_WORDS, i - 1) && /* ("on September 14 it
                                                                   summoned": a subject) */
                         (a = object_antecedent(d)) != -1) {
                    /* "cut ties with Qatar, accusing it of": the object */
                    if (a < 0)
                        goto next;
                }
                else if (k == 2 && subject_persons(d, i))
                    goto next; /* "A, B and C met X ..., and they also met Y" */
                else if (d->sent_nonperson >= 0)
                    a = d->sent_nonperson; /* "Haftar's forces say they" */
                else if (k == 2 && d->last_subject >= 0 &&
                         d->actors[d->last_subject].type == DN_ACTOR_PERSON) {
                    /* "A met B. They agreed ...": the two persons of the
                     * act just read, when its subject was A; any other
                     * person subject is no "they" */
                    if (person_trio_recent(d) && in_person_trio(d, d->last_subject)) {
                        add_trio_group(d, i, i + 1);
                        d->m[d->n_m - 1].flags |= M_PRON;
                    } else if (person_pair_recent(d) && in_person_pair(d, d->last_subject)) {
                        add_pair_group(d, i, i + 1);
                        d->m[d->n_m - 1].flags |= M_PRON;
                    }
                    goto next;
                } else if (k == 2 && d->last_subject >= 0 && d->last_subj2 >= 0 &&
                           d->sent_nonperson < 0) {
                    /* "Saudi Arabia and Iran agreed ... They also thanked" */
                    add_group(d, i, i + 1, d->last_subject, d->last_subj2, -1);
                    d->m[d->n_m - 1].flags |= M_PRON;
                    goto next;
                } else if (k == 2)
                    a = d->last_subject >= 0 ? d->last_subject : d->last_nonperson;
                else if (d->n_m == 0 && d->last_subject >= 0 &&
                         d->actors[d->last_subject].type != DN_ACTOR_PERSON &&
                         d->actors[d->last_subject].type != DN_ACTOR_PLACE)
                    a = d->last_subject; /* "The Council condemned ... in particular
                                            Eritrea. It asked ...": the subject */
                else
                    a = d->last_nonperson;
                /* a city is no "they" */
                if (a >= 0 && k == 2 && d->actors[a].type == DN_ACTOR_PLACE)
                    a = -1;
                if (a >= 0)
                    add_mention(d, i, i + 1, a, M_PRON | pp_flag(d, i));
                goto next;
            }
        if (lw_is(d, i, "them") && d->n_m > 0 && person_trio_recent(d) &&
            d->actors[d->m[d->n_m - 1].actor].type == DN_ACTOR_PERSON &&
            in_person_trio(d, d->m[d->n_m - 1].actor) && d->cur_sent > d->person_trio_sent) {
            /* "The President spoke with A and with B. ... He urged them":
             * the other two of the last act among three persons, when the
             * person just named is the third */
            int me = d->m[d->n_m - 1].actor, o[3], no = 0;
            for (int k = 0; k < 3; k++)
                if (d->person_trio[k] - 1 != me)
                    o[no++] = d->person_trio[k] - 1;
            if (no == 2) {
                add_group(d, i, i + 1, o[0], o[1], -1);
                d->m[d->n_m - 1].flags |= M_PRON;
                goto next;
            }
        }
        if (lw_is(d, i, "them")) {
            /* "expelled two Russian diplomats, accusing them of ...": the
             * last plural noun of the sentence that names an actor (not a
             * person, not a place) */
            for (size_t k = d->n_m; k-- > 0;) {
                const mention *m = &d->m[k];
                size_t h = m->te;
                int a = m->actor;
                if (m->flags & (M_PRON | M_GROUP | M_SPEAKER))
                    continue;
                if (d->actors[a].type == DN_ACTOR_PERSON || d->actors[a].type == DN_ACTOR_PLACE)
                    break;
                if (!plural_noun_at(d, h - 1) && !((m->flags & M_WEAK) && plural_noun_at(d, h)))
                    break;
                add_mention(d, i, i + 1, a, M_PRON);
                break;
            }
            goto next;
        }
        /* "her" before a noun is a possessive; before a preposition or
         * a function word ("spoke with her by telephone", "met her and
         * ...") the object */
        if (lw_is(d, i, "him") ||
            (lw_is(d, i, "her") && (i + 1 >= NT || !(TK(i + 1).flags & DN_TOK_WORD) ||
                                    has_word(d, WL_PREPOSITIONS, i + 1) ||
                                    has_word(d, WL_FUNCTION_WORDS, i + 1)))) {
            unsigned g = pron_gender(d, i);
            int a = fit_person(d, d->last_person, g, -1);
            if (a >= 0) {
                size_t nm = d->n_m;
                add_mention(d, i, i + 1, a, M_OBJPRON | M_PRON);
                if (d->n_m > nm)
                    d->m[d->n_m - 1].actor2 =
                        fit_person(d,
                                   d->sent_person >= 0 && d->sent_person != a
                                       ? d->sent_person
                                       : d->prev_person,
                                   g, a); /* ("met A, ..., and B, who assured
                                             him": the one who met them; "he
                                             is received by Imran Khan,
                                             where Modi greets him": not
                                             the agent just read; "Luns
                                             telephoned Wilson and
                                             Callaghan, ..., and Callaghan
                                             had talks with him": the
                                             sentence's own subject) */
            }
            goto next;
        }
        if ((lw_is(d, i, "his") || lw_is(d, i, "her")) &&
            (d->sent_person >= 0 || d->last_person_subj >= 0)) {
            int who = fit_person(d, d->sent_person >= 0 ? d->sent_person : d->last_person_subj,
                                 pron_gender(d, i), -1);
            if (who < 0)
                goto the_rule;
            dn_lex_kind mk;
            int mi;
            size_t ml = match_role(d, i + 1, &mk, &mi);
            if (ml && mk == DN_LX_BODY && dn_lexicon_body(d->lx, mi)->military) {
                add_mention(d, i, i + 1 + ml, who, M_PRON);
                i += 1 + ml;
                continue;
            }
            if (lw_is(d, i + 1 < NT ? i + 1 : i, "country") &&
                d->actors[who].state >= 0) {
                int s = doc_state_actor(d, d->actors[who].state);
                add_mention(d, i, i + 2, s, M_PRON);
                i += 2;
                continue;
            }
        }
        if (lw_is(d, i, "their") && d->pass == 2) {
            size_t e3 = their_counterparts(d, i);
            if (e3) {
                i = e3;
                continue;
            }
        }
        if (lw_is(d, i, "its") || lw_is(d, i, "their")) {
            size_t e2 = neighbour_at(d, i);
            dn_lex_kind mk;
            int mi, o = d->last_nonperson;
            if (e2) {
                i = e2;
                continue;
            }
            if (i == 0 && lw_is(d, i, "its") && d->pass == 2 && o >= 0 && d->actors[o].state >= 0 &&
                d->actors[o].type != DN_ACTOR_PLACE && match_role(d, i + 1, &mk, &mi) > 0 &&
                (mk == DN_LX_TITLE || mk == DN_LX_BODY)) {
                /* "Iran rejected the representations. Its foreign ministry
                 * spokesman accused Britain": the state's, at the head of
                 * a sentence only (not "denied that its forces had
                 * fired": the denier's own, no party) */
                if ((e2 = owned_phrase_at(d, i, doc_state_actor(d, d->actors[o].state))) > i) {
                    i = e2;
                    continue;
                }
            }
            if (lw_is(d, i, "its") && i > 1 && d->pass == 2 && d->n_m > 0 &&
                d->m[0].actor == d->sent_nonperson &&
                !(d->m[0].flags & (M_PP | M_POSS | M_WEAK | M_GROUP)) &&
                d->actors[d->m[0].actor].type == DN_ACTOR_STATE &&
                (is_punct_tok(d, i - 1, ":;") || (lw_is(d, i - 1, "and") && is_punct_tok(d, i - 2, ","))) &&
                match_role(d, i + 1, &mk, &mi) > 0 && (mk == DN_LX_TITLE || mk == DN_LX_BODY)) {
                /* "Azerbaijan reacted with alarm: its Foreign Ministry
                 * warned Ankara", "..., and its foreign minister said": a
                 * new clause, the state that opened the sentence */
                if ((e2 = owned_phrase_at(d, i, d->m[0].actor)) > i) {
                    i = e2;
                    continue;
                }
            }
            if (i > 0 && d->pass == 2 && d->sent_nonperson >= 0 &&
                d->actors[d->sent_nonperson].type == DN_ACTOR_STATE &&
                match_role(d, i + 1, &mk, &mi) > 0 && mk == DN_LX_BODY &&
                dn_lexicon_body(d->lx, mi)->military && i > d->m[0].te &&
                has_word(d, WL_PREPOSITIONS, i - 1)) {
                /* "Phnom Penh said Thai forces had opened fire on its
                 * soldiers": after a preposition, the forces of the state
                 * the sentence opened with (not "Khartoum insists that its
                 * army drove them out": its own subject) */
                if ((e2 = owned_phrase_at(d, i, d->sent_nonperson)) > i) {
                    i = e2;
                    continue;
                }
            }
            if (lw_is(d, i, "its") && i > 0 && d->pass == 2 && d->sent_nonperson >= 0 &&
                (d->actors[d->sent_nonperson].type == DN_ACTOR_STATE ||
                 (d->actors[d->sent_nonperson].type == DN_ACTOR_ORGANIZATION &&
                  d->actors[d->sent_nonperson].state >= 0 && d->actors[d->sent_nonperson].kind &&
                  str_is(d->actors[d->sent_nonperson].kind, "government"))) &&
                (lw_is(d, i - 1, "shelled") || lw_is(d, i - 1, "attacked") ||
                 lw_is(d, i - 1, "struck") || lw_is(d, i - 1, "bombed") ||
                 lw_is(d, i - 1, "bombarded") || lw_is(d, i - 1, "targeted") ||
                 lw_is(d, i - 1, "raided") || lw_is(d, i - 1, "stormed") ||
                 lw_is(d, i - 1, "shelling") || lw_is(d, i - 1, "attacking") ||
                 (i > 1 && (lw_is(d, i - 1, "on") || lw_is(d, i - 1, "at") ||
                            lw_is(d, i - 1, "upon")) &&
                  (lw_is(d, i - 2, "fired") || lw_is(d, i - 2, "fire") ||
                   lw_is(d, i - 2, "firing")))) &&
                has_word(d, WL_TARGET_NOUNS, i + 1) && d->n_m > 0 &&
                d->m[d->n_m - 1].actor != d->sent_nonperson && d->m[0].te < i &&
                d->actors[d->m[d->n_m - 1].actor].state != d->actors[d->sent_nonperson].state) {
                /* "Armenia said Azerbaijan had shelled its positions", "had
                 * fired on its positions": what a verb of arms hits is not
                 * the striker's own, but the state's the sentence opened
                 * with */
                add_mention(d, i, i + 2,
                            d->actors[d->sent_nonperson].type == DN_ACTOR_STATE
                                ? d->sent_nonperson
                                : doc_state_actor(d, d->actors[d->sent_nonperson].state),
                            0); /* (a ministry's: its state's positions) */
                i += 2;
                continue;
            }
            goto next;
        }
        if ((lw_is(d, i, "we") || lw_is(d, i, "our") || lw_is(d, i, "us") || lw_is(d, i, "i") ||
             lw_is(d, i, "me") || lw_is(d, i, "my") || lw_is(d, i, "we've") ||
             lw_is(d, i, "we're") || lw_is(d, i, "i've") || lw_is(d, i, "i'm")) &&
            d->pass == 2 && d->si) {
            int sp = -1;
            if (((TK(i).flags & DN_TOK_QUOTE) || d->si[d->cur_sent].label_block) &&
                d->si[d->cur_sent].speaker >= 0)
                sp = d->si[d->cur_sent].speaker; /* (speakers are found after
                                                    pass 1, whose sent_info
                                                    is zero) */
            else if (!(TK(i).flags & DN_TOK_QUOTE) && d->author >= 0 &&
                     d->actors[d->author].state >= 0)
                sp = d->author; /* an op-ed's author, when the byline or the
                                   lexicon tells whose official he is (an
                                   author of no state would put arrows on
                                   no state) */
            else if (!(TK(i).flags & DN_TOK_QUOTE) && d->statement_doc &&
                     !lw_is(d, i, "i") && !lw_is(d, i, "me") && !lw_is(d, i, "my") &&
                     !lw_is(d, i, "i've") && !lw_is(d, i, "i'm") &&
                     (d->issuer >= 0 || d->dateline >= 0))
                sp = doc_state_actor(d, d->issuer >= 0 ? d->issuer : d->dateline);
                /* a statement's "we": the state that issues it ("We call on
                 * the Algerian authorities to ...") */
            else if (!(TK(i).flags & DN_TOK_QUOTE) && d->issuer_org >= 0 &&
                     (lw_is(d, i, "we") || lw_is(d, i, "us") || lw_is(d, i, "our")))
                sp = d->issuer_org; /* an organisation's alert: "We urge the
                                       governments of Australia and Canada" */
            if (sp >= 0 && lw_is(d, i, "our") && d->actors[sp].type == DN_ACTOR_PERSON &&
                d->actors[sp].state >= 0)
                sp = doc_state_actor(d, d->actors[sp].state); /* "invaded our
                                                                 territory":
                                                                 the country's */
            if (sp >= 0 && lw_is(d, i, "our")) {
                /* "summoned our ambassador", "our foreign ministry": the
                 * office or body of the speaker's state (a speaker of no
                 * known state speaks for the briefing's: "Paris, 15
                 * April" over "MR LEMOINE:"), not the speaker */
                dn_lex_kind mk;
                int mi, ost = d->actors[sp].state;
                if (ost < 0 && d->actors[sp].type == DN_ACTOR_PERSON)
                    ost = d->issuer >= 0 ? d->issuer : d->dateline;
                if (ost >= 0 && match_role(d, i + 1, &mk, &mi) > 0 &&
                    (mk == DN_LX_TITLE || mk == DN_LX_BODY)) {
                    size_t e2;
                    if ((e2 = owned_phrase_at(d, i, doc_state_actor(d, ost))) > i) {
                        i = e2;
                        continue;
                    }
                }
            }
            if (sp >= 0) {
                add_mention(d, i, i + 1, sp, M_SPEAKER | pp_flag(d, i));
                goto next;
            }
        }
    the_rule:
        /* "the gas-rich Gulf State": the last state named; "the air base":
         * the state of "a Syrian air base" */
        if (lw_is(d, i, "the")) {
            size_t j = i + 1, lim = i + 5;
            int a = -1;
            while (j < NT && j < lim && (TK(j).flags & DN_TOK_WORD) &&
                   !lw_is(d, j, "of")) { /* (not "the Heads of State") */
                if (has_word(d, WL_STATE_NOUNS, j) && d->last_state >= 0 &&
                    !(lw_is(d, j + 1, "of") && (j + 2 >= NT || is_cap(d, j + 2) ||
                                                lw_is(d, j + 2, "the"))) &&
                    !(lw_is(d, j, "state") && state_as_adjective(d, j + 1)) &&
                    !(is_cap(d, j) && is_cap(d, j + 1))) {
                    /* (not "the Kingdom of Morocco", "the state of the
                     * union", "The State Department"; but "accused the
                     * kingdom of declaring war") */
                    unsigned kind = dn_state_kind_of_noun(TK(j).lower);
                    a = kind ? state_of_kind(d, kind) : d->last_state;
                    break;
                }
                if (!is_cap(d, j)) {
                    /* a noun remembered from "a Syrian air base": the key
                     * is built only when the filter lets the word through */
                    if (d->noun_filter >> (TK(j).hlower & 63) & 1) {
                        char key[NOUN_KEY];
                        size_t kl = noun_key(&TK(j), key);
                        if ((a = dn_strmap_get_h(&d->names, key, dn_hash_bytes(key, kl, 0))) >= 0)
                            break;
                    }
                } else if (!has_word(d, WL_STATE_NOUNS, j) && is_known_at(d, j)) {
                    break;
                }
                j++;
            }
            if (a >= 0 && j < NT && j < lim && (TK(j).flags & DN_TOK_WORD)) {
                add_mention(d, i, j + 1, a, pp_flag(d, i));
                i = j + 1;
                continue;
            }
            if (has_word(d, WL_PLACE_NOUNS, i + 1) || has_word(d, WL_PLACE_NOUNS, i + 2) ||
                has_word(d, WL_PLACE_NOUNS, i + 3)) {
                /* "the village of Ovchi-Kalacha", "the southern port city
                 * of Mariupol": a place named by its kind, known or not
                 * (its place noun first, before the "of" after it: this
                 * is asked at every "the", and "of" is common) */
                size_t pn = i + 1, pe;
                int pst;
                while (pn < NT && pn < i + 4 &&
                       !(has_word(d, WL_PLACE_NOUNS, pn) && lw_is(d, pn + 1, "of")))
                    pn++;
                if (pn + 2 < NT && pn < i + 4 && !is_cap(d, pn) && lw_is(d, pn + 1, "of") &&
                    is_cap(d, pn + 2) && adjectives_only(d, i + 1, pn, &pst) &&
                    (pe = place_list(d, i, pn, pst)) > 0) {
                    if (pst >= 0 && d->state_count && d->pass == 1)
                        d->state_count[pst]++; /* as the demonym's phrase counts it */
                    i = pe;
                    continue;
                }
            }
            if (d->pass == 2 && i + 1 < NT &&
                (has_word(d, WL_ORG_NOUNS, i + 1) || has_word(d, WL_ORG_HEADS, i + 1)) &&
                (!is_cap(d, i + 1) || !is_cap(d, i + 2)) &&
                (!lw_is(d, i + 2, "of") || doc_ends_ing(d, i + 3)) &&
                (a = org_by_noun(d, i + 1)) >= 0) {
                /* ("accused the Office of having become": not a name's
                 * "of") */
                add_mention(d, i, i + 2, a, pp_flag(d, i));
                i += 2;
                continue;
            }
            /* "called on the parties to observe a ceasefire", "We urge the
             * sides to show restraint": the story's two sides (not "the
             * parties of the coalition", nor "the parties concerned", all
             * who are) */
            if (d->pass == 2 && d->pair[0] >= 0 && d->pair[1] >= 0) {
                /* (and "the warring parties"; pass 2 only, once the sides
                 * are known, asked first) */
                size_t h = i + 1 + (lw_is(d, i + 1, "warring") || lw_is(d, i + 1, "opposing"));
                if ((lw_is(d, h, "parties") || lw_is(d, h, "sides") ||
                     lw_is(d, h, "belligerents")) &&
                    !lw_is(d, h + 1, "of") && !lw_is(d, h + 1, "'s") &&
                    !lw_is(d, h + 1, "concerned") && !lw_is(d, h + 1, "involved")) {
                    add_group(d, i, h + 1, doc_state_actor(d, d->pair[0]),
                              doc_state_actor(d, d->pair[1]), -1);
                    i = h + 1;
                    continue;
                }
            }
            /* of the group rules below, only "the leaders" can start
             * with "the": the two persons of the last act between two
             * persons; not "the leaders of ..." */
            if (has_word(d, WL_PERSON_GROUP_NOUNS, i + 1) && !lw_is(d, i + 2, "of") &&
                person_trio_recent(d)) {
                /* ... or the three of the last act among three */
                add_trio_group(d, i, i + 2);
                i += 2;
                continue;
            }
            if (has_word(d, WL_PERSON_GROUP_NOUNS, i + 1) && !lw_is(d, i + 2, "of") &&
                person_pair_recent(d)) {
                add_pair_group(d, i, i + 2);
                i += 2;
                continue;
            }
            goto phrase;
        }
    group_rule:
        /* the three leaders: the three persons of the last act among
         * three persons ("A hosted B and C") */
        if (lw_is(d, i, "three") && i > 0 && (lw_is(d, i - 1, "the") || lw_is(d, i - 1, "all")) &&
            has_word(d, WL_PERSON_GROUP_NOUNS, i + 1) && d->person_trio[0] > 0) {
            add_trio_group(d, i, i + 2);
            i += 2;
            continue;
        }
        if (d->pass == 2 && lw_is(d, i, "three") && i > 0 && lw_is(d, i - 1, "the") &&
            d->person_trio[0] <= 0) {
            /* "The three Heads of State held ...": the three persons
             * named last whose role the title names, as for "the two" */
            size_t e3 = named_persons(d, i, 3);
            if (e3) {
                i = e3;
                continue;
            }
        }
        /* "the two men", "both leaders" (and "the leaders", above): the
         * two persons of the last act between two persons (noted as acts
         * are read, so in pass 2) */
        if ((lw_is(d, i, "both") || (lw_is(d, i, "two") && i > 0 && lw_is(d, i - 1, "the"))) &&
            has_word(d, WL_PERSON_GROUP_NOUNS, i + 1) && person_pair_recent(d)) {
            add_pair_group(d, i, i + 2);
            i += 2;
            continue;
        }
        if (d->pass == 2 && ((lw_is(d, i, "two") && i > 0 && lw_is(d, i - 1, "the")) ||
                             lw_is(d, i, "both")) &&
            !person_pair_recent(d)) {
            size_t e2 = named_persons(d, i, 2);
            if (e2) {
                i = e2;
                continue;
            }
        }
        /* "the three countries": the last three states named */
        if (lw_is(d, i, "three") && i > 0 && lw_is(d, i - 1, "the") &&
            (has_word(d, WL_GROUP_NOUNS, i + 1) ||
             (is_cap(d, i + 1) && has_word(d, WL_GROUP_NOUNS, i + 2)))) {
            /* (also "the three European countries") */
            size_t ge = i + 2 + !has_word(d, WL_GROUP_NOUNS, i + 1);
            int s3[3];
            for (int k = 0; k < 3; k++)
                s3[k] = d->state_ring[(d->state_ring_at - 1 - (unsigned)k) & 3];
            if (d->state_trio[0] >= 0 && d->cur_sent - d->state_trio_sent <= 8)
                for (int k = 0; k < 3; k++)
                    s3[k] = d->state_trio[2 - k]; /* the three named together */
            if (s3[0] >= 0 && s3[1] >= 0 && s3[2] >= 0 && s3[0] != s3[1] && s3[1] != s3[2] &&
                s3[0] != s3[2]) {
                add_group(d, i, ge, s3[2], s3[1], s3[0]); /* the first named first */
                i = ge;
                continue;
            }
        }
        /* both parties of "the fighting between A and B", named in this
         * sentence or the one before */
        if ((lw_is(d, i, "both") || (lw_is(d, i, "two") && i > 0 && lw_is(d, i - 1, "the"))) &&
            (lw_is(d, i + 1, "parties") || lw_is(d, i + 1, "sides")) && d->btw[0] >= 0 &&
            d->cur_sent - d->btw_sent <= 1) {
            add_group(d, i, i + 2, d->btw[0], d->btw[1], -1);
            i += 2;
            continue;
        }
        /* both sides, the two sides, each side */
        if ((lw_is(d, i, "both") || lw_is(d, i, "each") ||
             (lw_is(d, i, "two") && i > 0 && lw_is(d, i - 1, "the"))) &&
            (has_word(d, WL_GROUP_NOUNS, i + 1) || (lw_is(d, i, "each") && lw_is(d, i + 1, "side"))) &&
            d->pair[0] >= 0 && d->pair[1] >= 0) {
            const mention *sm = d->n_m > 0 ? &d->m[d->n_m - 1] : NULL;
            int own = sm && sm->te + 1 == i && !(sm->flags & (M_GROUP | M_PP | M_POSS))
                          ? d->actors[sm->actor].state
                          : -1;
            if (d->state_pair2[0] >= 0 && d->state_pair2_sent + 1 == d->cur_sent &&
                (own < 0 || (own != d->actors[d->state_pair2[0]].state &&
                             own != d->actors[d->state_pair2[1]].state)) &&
                (lw_is(d, i + 1, "countries")
                     ? own >= 0 && (own == d->pair[0] || own == d->pair[1])
                     : !d->pair_named)) {
                /* the two the sentence before joined by "and", the speaker
                 * of neither: "He accused Egypt and the Sudan of ... He
                 * urged both countries", said by one of the article's two
                 * sides (not his own and another); "demanded that Israel
                 * and Hamas agree to a ceasefire. Guterres urged both
                 * sides", when the story named no pair of sides (not the
                 * two states it names most) */
                add_group(d, i, i + 2, d->state_pair2[0], d->state_pair2[1], -1);
                i += 2;
                continue;
            }
            add_group(d, i, i + 2, doc_state_actor(d, d->pair[0]), doc_state_actor(d, d->pair[1]), -1);
            i += 2;
            continue;
        }
    phrase:
        /* a lower-case word that starts no lexicon form: phrase_at finds
         * nothing there; and the three rules of capitalised words below
         * (is_cap: DN_TOK_CAP, which the tokenizer sets on words only; a
         * marking is in capitals) are asked of those words only, not of
         * every "the" */
        cap = (TK(i).flags & DN_TOK_CAP) != 0; /* is_cap(d, i) */
        if (!cap) {
            if (!starts_form(d, i))
                goto next;
        } else {
            if ((i == 1 || (i == 3 && isdigit((unsigned char)TK(0).text[0]) && doc_tx_is(d, 1, "."))) &&
                i + 1 < NT && doc_tx_is(d, i - 1, "(") && doc_tx_is(d, i + 1, ")") && TK(i).len <= 4) {
                /* "1. (SBU) Summary: ...": a cable's classification
                 * marking opening a paragraph ("(U)", "(C)", "(SBU)"), no
                 * actor (an acronym in parentheses follows the name it
                 * abbreviates) */
                int marking = 1;
                for (size_t c = 0; c < TK(i).len; c++)
                    marking = marking && isupper((unsigned char)TK(i).text[c]);
                if (marking) {
                    i += 2;
                    continue;
                }
            }
            if (d->pass == 2 && d->head_igo >= 0 && has_word(d, WL_GATHERING_NOUNS, i) &&
                (i == 0 || (i == 1 && lw_is(d, 0, "the"))) && i + 1 < NT &&
                (TK(i + 1).flags & DN_TOK_WORD) && !is_cap(d, i + 1) && !lw_is(d, i + 1, "of")) {
                /* a communique's "Summit urged Member States ...", "The
                 * Authority congratulates ...": the gathering of the one
                 * organisation its head names, which speaks as that
                 * organisation */
                add_mention(d, 0, i + 1, d->head_igo, 0); /* (with its "The") */
                i++;
                continue;
            }
            if (d->pass == 2 && lw_is(d, i + 1, "members") && has_word(d, WL_ORG_NOUNS, i) &&
                (i == 0 || !is_cap(d, i - 1))) {
                /* "Council members called on ...": the council last named */
                int a = org_by_noun(d, i);
                if (a >= 0) {
                    add_mention(d, i, i + 2, a, pp_flag(d, i));
                    i += 2;
                    continue;
                }
            }
        }
        if (((i > 0 && TK(i - 1).len == 3 && doc_is_det(TK(i - 1).lower)) || (i == 0 && cap)) &&
            (e = plural_office_of(d, i)) > i) { /* (only after "the", or
                                                    opening the sentence) */
            i = e;
            continue;
        }
        e = phrase_at(d, i, cap);
        if (e == i)
            e = unknown_org_at(d, i);
        else
            e = place_body(d, e);
        if (e > i) {
            /* coreference state: persons and non-persons seen */
            if (d->n_m && d->m[d->n_m - 1].te == e) {
                int a = d->m[d->n_m - 1].actor;
                if (a >= 0 && d->actors[a].type == DN_ACTOR_PERSON && d->actors[a].state >= 0) {
                    /* (the words after, asked of a person of a state only) */
                    size_t g = e + (e < NT && lw_is(d, e, "'s")); /* "Omondi's cabinet" */
                    if (lw_is(d, g, "government") || lw_is(d, g, "administration") ||
                        lw_is(d, g, "regime") || lw_is(d, g, "cabinet")) {
                        /* "the Ansip government", "Omondi's cabinet": a
                         * person the document named stands for the state
                         * governed, as a person of the lexicon does before
                         * the same bodies (the qualified rule) */
                        mention *m = &d->m[d->n_m - 1];
                        a = doc_state_actor(d, d->actors[a].state);
                        m->actor = a;
                        m->te = e = g + 1;
                        m->flags &= ~(unsigned)M_POSS;
                    }
                }
                if (a >= 0 && d->actors[a].type == DN_ACTOR_PERSON) {
                    if (a != d->last_person)
                        d->prev_person = d->last_person;
                    d->last_person = a;
                    if (d->sent_person < 0 && !(d->m[d->n_m - 1].flags & (M_PP | M_POSS)))
                        d->sent_person = a;
                } else if (a >= 0 && !(d->m[d->n_m - 1].flags & M_WEAK) &&
                           !(d->actors[a].kind && str_is(d->actors[a].kind, "media") &&
                             d->m[d->n_m - 1].ts > 0 && doc_tx_is(d, d->m[d->n_m - 1].ts - 1, "(")) &&
                           !((d->m[d->n_m - 1].flags & M_CAPITAL) && d->m[d->n_m - 1].ts > 0 &&
                             (lw_is(d, d->m[d->n_m - 1].ts - 1, "in") ||
                              lw_is(d, d->m[d->n_m - 1].ts - 1, "at")))) {
                    /* (not the agency of a dateline, "DUBAI, June 5
                     * (Reuters) - ...": no "it" of the story; nor a capital
                     * where something happens, "In Rome, Cavusoglu calls
                     * the expulsion outrageous. Siala calls it ...") */
                    d->last_nonperson = a;
                    if (d->sent_nonperson < 0 && !(d->m[d->n_m - 1].flags & (M_PP | M_POSS)) &&
                        d->actors[a].type != DN_ACTOR_PLACE)
                        d->sent_nonperson = a;
                }
                if (a >= 0 && d->actors[a].type == DN_ACTOR_PLACE)
                    d->last_place = a;
                if (a >= 0 && d->actors[a].type == DN_ACTOR_STATE) {
                    if (a != d->last_state)
                        d->state_ring[d->state_ring_at++ & 3] = a;
                    d->last_state = a;
                    state_trio_note(d);
                } else if (a >= 0 && d->actors[a].type == DN_ACTOR_ORGANIZATION &&
                           !(d->m[d->n_m - 1].flags & (M_WEAK | M_POSS))) {
                    state_trio_note(d); /* "Israel and Hamas": a pair a
                                           later "both sides" may name */
                }
            }
            i = e;
            continue;
        }
    next:
        i++;
    }
    fronted_pronoun(d);
    /* "the fighting between the SAF and the RSF": its two actors, for a
     * "both parties" soon after */
    for (size_t k = 0; k + 1 < d->n_m; k++) {
        const mention *a = &d->m[k], *b = &d->m[k + 1];
        size_t p;
        /* ("and" and the next mention first: "between" is rare) */
        if (b->ts > a->te + 2 || !lw_is(d, a->te, "and"))
            continue;
        p = a->ts - (a->ts > 0 && doc_det_at(d, a->ts - 1));
        if (p > 0 && lw_is(d, p - 1, "between") && a->actor != b->actor &&
            !((a->flags | b->flags) & (M_GROUP | M_PRON))) {
            d->btw[0] = a->actor;
            d->btw[1] = b->actor;
            d->btw_sent = d->cur_sent;
        }
    }
}
