/*
 * commands.h - the list of subcommands, as an X-macro: main.c turns it into
 * the command table, and this header declares each cmd_NAME and its usage
 * text for the file that defines them. Adding a command: one row here, one
 * file cmd_NAME.c.
 */
#ifndef DN_CLI_COMMANDS_H
#define DN_CLI_COMMANDS_H

#define COMMANDS(X)                                                          \
    X(extract, "read articles and write their interaction graph")           \
    X(merge, "unite graph files into one")                                  \
    X(stats, "count actors, interactions and evidence in a graph")          \
    X(analyze, "centrality and structure of a graph (igraph)")              \
    X(path, "shortest chains of contact between two actors")                \
    X(dot, "write a graph as a Graphviz DOT diagram")                       \
    X(render, "draw a graph to SVG, PNG or PDF")                            \
    X(export, "write a graph for Gephi, Cytoscape, yEd, NetworkX, CSV")     \
    X(import, "read contacts from an edges CSV into a graph")               \
    X(report, "write a self-contained HTML briefing page")

#define DN_DECLARE_COMMAND(name, summary)                                   \
    int cmd_##name(int argc, char **argv);                                  \
    extern const char cmd_##name##_usage[];
COMMANDS(DN_DECLARE_COMMAND)

#endif
