#!/bin/sh
# Bad input to "dipnet extract": empty, binary and invalid UTF-8 articles,
# a 50 MB article without a newline, a directory given as an article,
# missing and malformed lexicons, and that a failed run leaves an existing
# output file untouched. Every case checks the exit status and, where the
# run succeeds, that the output is valid JSON in valid UTF-8.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
run() { # expected-status name args...
  want=$1; name=$2; shift 2
  $DIPNET_WRAP "$DIPNET" extract "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" -eq "$want" ]; then ok "$name (exit $got)"; else bad "$name: exit $got, want $want: $(cat "$T/err")"; fi
}
valid_json() { # file name
  if /usr/bin/python3 -c 'import json,sys; b=open(sys.argv[1],"rb").read(); b.decode("utf-8"); g=json.loads(b); assert "nodes" in g and "edges" in g' "$1" 2>"$T/pyerr"; then
    ok "$2 gives valid JSON"
  else
    bad "$2 gives invalid output: $(cat "$T/pyerr")"
  fi
}

: >"$T/empty.txt"
run 0 "empty file" "$T/empty.txt" -o "$T/empty.json"
valid_json "$T/empty.json" "empty file"

head -c 200000 /dev/urandom >"$T/binary.txt"
run 0 "binary file" "$T/binary.txt" -o "$T/binary.json"
valid_json "$T/binary.json" "binary file"

printf 'Bad \377\376 bytes\n\nArmenia\300 accused Azerbaijan\355\240\200 of shelling \342\200 Jermuk.\n' >"$T/invalid.txt"
run 0 "invalid UTF-8" "$T/invalid.txt" -o "$T/invalid.json"
valid_json "$T/invalid.json" "invalid UTF-8"
if grep -q '"accusation"' "$T/invalid.json"; then ok "invalid bytes do not hide the sentence's edge"; else bad "no accusation edge read through invalid bytes"; fi

# 50 MB, one line: sentences with actors, and long runs without any stop
/usr/bin/python3 - "$T/big.txt" <<'PY'
import sys
parts = ["Armenia accused Azerbaijan of shelling Jermuk. ",
         "The Russian Foreign Minister Sergey Lavrov met with French President Emmanuel Macron and ",
         "words without any full stop " * 40]
chunk = "".join(parts)
with open(sys.argv[1], "w") as f:
    n = 0
    while n < 50 * 1024 * 1024:
        f.write(chunk)
        n += len(chunk)
PY
# (without $DIPNET_WRAP: valgrind needs far more than 300 s for 50 MB; the
# small cases above and below run under it)
if timeout 300 "$DIPNET" extract "$T/big.txt" -o "$T/big.json" 2>"$T/err"; then
  ok "50 MB without a newline finishes"
  valid_json "$T/big.json" "50 MB file"
else
  bad "50 MB without a newline: exit $? $(cat "$T/err")"
fi
rm -f "$T/big.txt" "$T/big.json"

mkdir "$T/adir"
run 2 "a directory as an article" "$T/adir" -o "$T/dir.json"
if grep -q "adir" "$T/err"; then ok "the message names the directory"; else bad "message does not name the directory: $(cat "$T/err")"; fi

echo "Armenia accused Azerbaijan." >"$T/a.txt"
run 2 "missing lexicon" "$T/a.txt" --lexicon "$T/nope.json"
if grep -q "nope.json" "$T/err"; then ok "the message names the missing lexicon"; else bad "message: $(cat "$T/err")"; fi

printf '{"titles": [\n  {"role": "envoy", "forms": ["envoy",]}\n]}\n' >"$T/broken.json"
run 2 "malformed lexicon" "$T/a.txt" --lexicon "$T/broken.json"
if grep -q "broken.json:2:[0-9]" "$T/err"; then ok "the message gives file, line and column"; else bad "message: $(cat "$T/err")"; fi

printf '{"triggers": [{"name": "x", "type": "hug", "forms": ["hug"]}]}\n' >"$T/wrongtype.json"
run 2 "lexicon with an unknown edge type" "$T/a.txt" --lexicon "$T/wrongtype.json"
printf '{"triggers": [{"name": "x", "type": "meeting", "forms": ["hug"], "owner_type": "hug"}]}\n' >"$T/wrongowner.json"
run 2 "lexicon with an unknown owner_type" "$T/a.txt" --lexicon "$T/wrongowner.json"
if grep -q 'owner_type' "$T/err"; then ok "the message names the field"; else bad "message: $(cat "$T/err")"; fi

# a window out of the int range (a fuzzer's find: the cast was undefined)
# or not whole is refused, naming the field
for w in 2.2e88 -1e300 2.5 9; do
    printf '{"triggers": [{"name": "x", "type": "meeting", "forms": ["hug"], "window": %s}]}\n' "$w" >"$T/window.json"
    run 2 "lexicon with window $w" "$T/a.txt" --lexicon "$T/window.json"
    if grep -q '"window" must be a whole number between 0 and 8' "$T/err"; then ok "the message names the window ($w)"; else bad "message: $(cat "$T/err")"; fi
done
printf '{"triggers": [{"name": "x", "type": "meeting", "forms": ["hug"], "window": 8}]}\n' >"$T/window.json"
run 0 "lexicon with window 8" "$T/a.txt" --lexicon "$T/window.json" -o /dev/null

# a failed run leaves an existing output untouched
echo "precious" >"$T/keep.json"
run 2 "failed extract" "$T/a.txt" "$T/adir" -o "$T/keep.json"
if [ "$(cat "$T/keep.json")" = "precious" ]; then ok "existing -o file untouched"; else bad "existing -o file was changed"; fi
run 2 "failed extract with a bad lexicon" "$T/a.txt" --lexicon "$T/broken.json" -o "$T/keep.json"
if [ "$(cat "$T/keep.json")" = "precious" ]; then ok "existing -o file untouched (lexicon)"; else bad "existing -o file was changed"; fi

# --into: a malformed graph is refused and left as it was
echo '{"nodes": [' >"$T/g.json"
run 2 "--into a malformed graph" "$T/a.txt" --into "$T/g.json"
if [ "$(cat "$T/g.json")" = '{"nodes": [' ]; then ok "malformed --into graph untouched"; else bad "malformed --into graph changed"; fi

run 2 "bad --date" "$T/a.txt" --date 2022-13-45
exit $fail
