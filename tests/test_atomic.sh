#!/bin/sh
# Nothing lost: an existing graph survives every failed or interrupted write
# unchanged (dn_out_open/dn_out_commit, src/io/file.c). The command under
# test are "merge -o" and "extract --into GRAPH" (which replaces GRAPH):
#   - an unwritable directory: exit 1, message names the target, old file kept
#   - /dev/full as the target (a full device): exit 1 "write error"; the
#     same for standard output redirected to /dev/full
#   - a regular-file target whose write fails midway (RLIMIT_FSIZE through
#     ulimit -f, SIGXFSZ ignored): exit 1, target unchanged, no temp file left
#   - kill -9 while a large output is being written: the target is the old
#     file or the complete new one, never partial
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
fx="$DIPNET_ROOT/fixtures/graphs/seed-gold.json"
old='{"directed": true, "multigraph": true, "nodes": [], "edges": []}'

no_temp() { # DIR NAME: no temporary file of NAME left in DIR
  if ls -a "$1" | grep -q "^\.$2\."; then fail "temporary file left: $(ls -a "$1" | grep "^\.$2\.")"; fi
}

# -- unwritable directory ---------------------------------------------------
mkdir "$T/ro"
printf '%s\n' "$old" > "$T/ro/g.json"
chmod 555 "$T/ro"
if [ "$(id -u)" = 0 ]; then
  # root writes anywhere: run the tool as nobody (the scratch dir is 0700)
  chmod 755 "$T"; chmod 644 "$T/ro/g.json"
  asuser="setpriv --reuid=65534 --regid=65534 --clear-groups"
  command -v setpriv >/dev/null 2>&1 || asuser=""
else
  asuser=""
fi
if [ "$(id -u)" != 0 ] || [ -n "$asuser" ]; then
  expect_status 1 $asuser $DIPNET_WRAP "$DIPNET" merge "$fx" -o "$T/ro/g.json"
  grep -q "$T/ro/g.json: cannot create a file in its directory" "$T/err" || fail "unwritable dir message: $(cat "$T/err")"
  [ "$(cat "$T/ro/g.json")" = "$old" ] || fail "graph in an unwritable directory changed"
  no_temp "$T/ro" g.json
else
  echo "note: root without setpriv, unwritable-directory case skipped"
fi
chmod 755 "$T/ro"

# -- a full device ----------------------------------------------------------
if [ -c /dev/full ]; then
  expect_status 1 dn merge "$fx" -o /dev/full
  grep -q "/dev/full: write error" "$T/err" || fail "/dev/full message: $(cat "$T/err")"
  [ -c /dev/full ] || fail "/dev/full was replaced"
  expect_status 1 sh -c "$DIPNET_WRAP \"$DIPNET\" merge \"$fx\" > /dev/full"
  grep -q "write error" "$T/err" || fail "stdout on /dev/full message: $(cat "$T/err")"
fi

# -- a write that fails midway on a regular file (file size limit) ----------
# the seed graph is ~16 KB; a limit of 8 blocks (4 or 8 KB) stops the write
printf '%s\n' "$old" > "$T/g.json"
expect_status 1 sh -c "trap '' XFSZ; ulimit -f 8; $DIPNET_WRAP \"$DIPNET\" merge \"$fx\" -o \"$T/g.json\""
grep -q "$T/g.json: write error" "$T/err" || fail "file size limit message: $(cat "$T/err")"
[ "$(cat "$T/g.json")" = "$old" ] || fail "target changed by a write that failed midway"
no_temp "$T" g.json

# -- kill -9 during a large write -------------------------------------------
# A graph of 10k actors and 60k interactions (~15 MB written). The tool is
# killed while its temporary file is growing; the target must still be the
# old file. A final uninterrupted run must give the complete new file.
# (in tmpfs when there is one: the tool fsyncs every output, which on a
# busy disk made this test take a minute)
K=$(mktemp -d /dev/shm/dipnet-atomic.XXXXXX 2>/dev/null || mktemp -d "$K/k.XXXXXX")
trap 'rm -rf "$T" "$K"' EXIT
big="$K/big.json"
# (written once by the tool, so that merging it gives the same bytes)
$PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 10000 60000 3 > "$K/gen.json" || fail "gen_graph"
"$DIPNET" merge "$K/gen.json" -o "$big" || fail "merge of the generated graph"
rm -f "$K/gen.json"
mkdir "$K/k"
caught=0
for try in 1 2 3 4; do
  printf '%s\n' "$old" > "$K/k/g.json"
  "$DIPNET" merge "$big" -o "$K/k/g.json" 2>/dev/null &
  pid=$!
  # wait until the temporary file holds data, then kill
  n=0
  while [ $n -lt 3000 ]; do
    tmp=$(ls -a "$K/k" | grep '^\.g\.json\.' | head -n 1)
    if [ -n "$tmp" ] && [ -s "$K/k/$tmp" ]; then break; fi
    kill -0 $pid 2>/dev/null || break
    n=$((n + 1))
  done
  kill -9 $pid 2>/dev/null && [ -n "$tmp" ] && caught=$((caught + 1))
  wait $pid 2>/dev/null
  if ! cmp -s "$K/k/g.json" "$big" && [ "$(cat "$K/k/g.json")" != "$old" ]; then
    fail "try $try: target is neither the old nor the complete new file ($(wc -c < "$K/k/g.json") bytes)"
  fi
  rm -f "$K/k"/.g.json.*   # a killed process cannot remove its temp file
done
[ $caught -ge 1 ] || fail "never caught the tool while it wrote (timing); nothing tested"
# and a few kills at fixed delays, wherever they land
for d in 0.05 0.3; do
  printf '%s\n' "$old" > "$K/k/g.json"
  "$DIPNET" merge "$big" -o "$K/k/g.json" 2>/dev/null &
  pid=$!
  sleep $d
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  if ! cmp -s "$K/k/g.json" "$big" && [ "$(cat "$K/k/g.json")" != "$old" ]; then
    fail "kill after $d s: target is partial ($(wc -c < "$K/k/g.json") bytes)"
  fi
  rm -f "$K/k"/.g.json.*
done
"$DIPNET" merge "$big" -o "$K/k/g.json" || fail "uninterrupted merge failed"
cmp -s "$K/k/g.json" "$big" || fail "uninterrupted merge is not the complete file"
no_temp "$K/k" g.json
echo "merge: kill -9 caught mid-write in $caught of 4 tries"

# -- extract --into: the graph written back in place ------------------------
# The same cases for "extract ARTICLE --into GRAPH", which replaces GRAPH
# itself: a failed or killed run leaves GRAPH as it was.
art="$DIPNET_ROOT/fixtures/corpus/articles/seed.txt"
cp "$big" "$K/k/into.json"
"$DIPNET" extract "$art" --into "$K/k/into.json" || fail "extract --into failed"
mv "$K/k/into.json" "$K/grown.json"
cmp -s "$K/grown.json" "$big" && fail "extract --into added nothing; nothing tested"
# a write cut by the file size limit (sh -c: the limit stays in the child)
cp "$big" "$K/k/into.json"
expect_status 1 sh -c "trap '' XFSZ; ulimit -f 8; $DIPNET_WRAP \"$DIPNET\" extract \"$art\" --into \"$K/k/into.json\""
grep -q "into.json: write error" "$T/err" || fail "extract --into, file size limit: $(cat "$T/err")"
cmp -s "$K/k/into.json" "$big" || fail "extract --into: graph changed by a failed write"
no_temp "$K/k" into.json
# killed while writing
caught=0
for try in 1 2 3; do
  cp "$big" "$K/k/into.json"
  "$DIPNET" extract "$art" --into "$K/k/into.json" 2>/dev/null &
  pid=$!
  n=0 tmp=""
  while [ $n -lt 3000 ]; do
    tmp=$(ls -a "$K/k" | grep '^\.into\.json\.' | head -n 1)
    if [ -n "$tmp" ] && [ -s "$K/k/$tmp" ]; then break; fi
    kill -0 $pid 2>/dev/null || break
    n=$((n + 1))
  done
  kill -9 $pid 2>/dev/null && [ -n "$tmp" ] && caught=$((caught + 1))
  wait $pid 2>/dev/null
  if ! cmp -s "$K/k/into.json" "$big" && ! cmp -s "$K/k/into.json" "$K/grown.json"; then
    fail "extract --into try $try: graph is neither the old nor the complete new file ($(wc -c < "$K/k/into.json") bytes)"
  fi
  rm -f "$K/k"/.into.json.*
done
[ $caught -ge 1 ] || fail "extract --into: never caught while writing; nothing tested"
echo "extract --into: kill -9 caught mid-write in $caught of 3 tries"
finish
