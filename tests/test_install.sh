#!/bin/sh
# make install PREFIX=...: the tool runs from its prefix and finds its
# lexicons there, and a program built against the installed headers and
# library through pkg-config (dipnet.pc) reads a graph file.
set -u
. "$DIPNET_ROOT/tests/lib.sh"
san=; case "$DIPNET_BUILD" in */san) san=1 ;; esac
make -s -C "$DIPNET_ROOT" install PREFIX="$T/inst" SAN=$san > "$T/log" 2>&1 || { cat "$T/log"; fail "make install"; finish; }
for f in bin/dipnet lib/libdipnet.a include/dipnet/graph.h share/dipnet/states.json lib/pkgconfig/dipnet.pc; do
  [ -f "$T/inst/$f" ] || fail "install did not write $f"
done
cat > "$T/use.c" <<'C'
#include <dipnet/io.h>
#include <stdio.h>
int main(int argc, char **argv)
{
    dn_graph *g;
    dn_error err;
    dn_error_clear(&err);
    if (argc < 2 || dn_graph_read_json(argv[1], &g, &err) != DN_OK)
        return 1;
    printf("%zu %zu\n", g->n_nodes, g->n_edges);
    dn_graph_free(g);
    return 0;
}
C
export PKG_CONFIG_PATH="$T/inst/lib/pkgconfig"
sanflags=; [ -n "$san" ] && sanflags="-fsanitize=address,undefined"
cc -std=c11 $sanflags "$T/use.c" $(pkg-config --cflags --libs dipnet) -o "$T/use" || fail "cannot build against the installed library"
[ "$("$T/use" "$DIPNET_ROOT/fixtures/graphs/seed-gold.json")" = "25 25" ] || fail "installed library does not read the seed graph"
(cd "$T" && DIPNET_DATA= ./inst/bin/dipnet --version) | grep -q '^dipnet ' || fail "installed tool"
if "$T/inst/bin/dipnet" extract --help >/dev/null 2>&1 && ! "$T/inst/bin/dipnet" extract --help | grep -q 'Not implemented'; then
  printf 'Armenia appealed to Russia.\n' > "$T/a.txt"
  (cd / && env -u DIPNET_DATA "$T/inst/bin/dipnet" extract "$T/a.txt" -o "$T/a.json") || fail "installed extract does not find its lexicons: $(cat "$T/a.json" 2>&1 | head -c 200)"
fi
finish
