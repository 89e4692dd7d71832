/*
 * palette.c - colours, shapes and line styles of the diagrams (see
 * palette.h). Everything here is a fixed table: the look of a diagram
 * depends only on the graph, never on the order things were added.
 *
 * State colours: FNV-1a of the state's name (bytes as given, hash seed
 * STATE_SALT) modulo the length of a list of 22 light colours on which black
 * text stays readable. The salt was chosen once, so that the rival states of
 * the bundled corpus (Armenia and Azerbaijan, Russia and the United States,
 * Ethiopia and Eritrea, the two Koreas, the Gulf states, ...) get distinct,
 * well separated colours; changing it recolours every diagram ever drawn.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "output/palette.h"
#include "util/util.h"

static const char *const state_colors[] = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3",
    "#b2df8a", "#fdbf6f", "#cab2d6", "#e5c494", "#66c2a5", "#fc8d62",
    "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f"};
#define N_STATE_COLORS (sizeof state_colors / sizeof state_colors[0])
#define NO_STATE_COLOR "#f5f5f5"
#define STATE_SALT 400u

const char *dn_palette_state_color(const char *state)
{
    if (!state || !*state)
        return NO_STATE_COLOR;
    return state_colors[dn_hash_bytes(state, strlen(state), STATE_SALT) %
                        N_STATE_COLORS];
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

/* Mixes each channel of "#rrggbb" towards target (0 or 255) by amount. */
static const char *mix(const char *color, double amount, int target, char *buf)
{
    int ch[3];

    for (int i = 0; i < 3; i++) {
        int v = hexval(color[1 + 2 * i]) * 16 + hexval(color[2 + 2 * i]);
        ch[i] = (int)lround(v + (target - v) * amount);
    }
    snprintf(buf, 8, "#%02x%02x%02x", ch[0], ch[1], ch[2]);
    return buf;
}

const char *dn_palette_tint(const char *color, double white, char *buf)
{
    return mix(color, white, 255, buf);
}

const char *dn_palette_shade(const char *color, double keep, char *buf)
{
    return mix(color, 1.0 - keep, 0, buf);
}

/* Legend order: states, persons, bodies by kind, places. */
static const dn_actor_look actor_looks[] = {
    {"state", "doubleoctagon", "filled,bold", "double octagon"},
    {"person", "ellipse", "filled", "ellipse"},
    {"government", "box", "filled,rounded", "rounded box"},
    {"igo", "hexagon", "filled", "hexagon"},
    {"ngo", "octagon", "filled", "octagon"},
    {"media", "note", "filled", "note"},
    {"military", "box3d", "filled", "3-D box"},
    {"organization", "box", "filled", "box"},
    {"place", "house", "filled", "house"},
};
enum { LOOK_STATE, LOOK_PERSON, LOOK_GOVERNMENT, LOOK_IGO, LOOK_NGO,
       LOOK_MEDIA, LOOK_MILITARY, LOOK_ORG, LOOK_PLACE, LOOK__COUNT };

const dn_actor_look *dn_palette_actor(dn_actor_type type, const char *kind)
{
    switch (type) {
    case DN_ACTOR_STATE: return &actor_looks[LOOK_STATE];
    case DN_ACTOR_PERSON: return &actor_looks[LOOK_PERSON];
    case DN_ACTOR_PLACE: return &actor_looks[LOOK_PLACE];
    default: break;
    }
    if (kind) {
        for (int i = LOOK_GOVERNMENT; i <= LOOK_MILITARY; i++)
            if (strcmp(kind, actor_looks[i].key) == 0)
                return &actor_looks[i];
    }
    return &actor_looks[LOOK_ORG];
}

const dn_actor_look *dn_palette_actor_looks(size_t *n)
{
    *n = LOOK__COUNT;
    return actor_looks;
}

/* Cooperative types in cool colours, conflictual ones warm, attack bold
 * red, the structural member_of dashed grey. Indexed by dn_edge_type. */
static const dn_edge_look edge_looks[DN_EDGE__COUNT] = {
    [DN_EDGE_CALL] = {"#1f78b4", "solid", 1.4, 0},
    [DN_EDGE_MEETING] = {"#1b9e77", "solid", 1.4, 0},
    [DN_EDGE_APPEAL] = {"#6a3d9a", "solid", 1.4, 0},
    [DN_EDGE_STATEMENT] = {"#4a7c9b", "solid", 1.2, 0},
    [DN_EDGE_ACCUSATION] = {"#e66101", "solid", 1.6, 1},
    [DN_EDGE_REJECTION] = {"#b35806", "solid", 1.6, 1},
    [DN_EDGE_ATTACK] = {"#d7191c", "bold", 2.6, 1},
    [DN_EDGE_MEMBER_OF] = {"#8c8c8c", "dashed", 1.2, 0},
};

const dn_edge_look *dn_palette_edge(dn_edge_type t)
{
    return &edge_looks[(unsigned)t < DN_EDGE__COUNT ? t : DN_EDGE_STATEMENT];
}

double dn_palette_penwidth(dn_edge_type t, long count)
{
    double w = dn_palette_edge(t)->penwidth;

    if (count > 1)
        w += 0.9 * log2((double)count);
    return w > 7.0 ? 7.0 : w;
}
