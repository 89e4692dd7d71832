#!/bin/sh
# Runs every test: the cmocka binaries in BUILD/tests/ and the script tests
# tests/test_*.sh and tests/test_*.py. Script tests find the tool in
# $DIPNET (prefixed with $DIPNET_WRAP, e.g. valgrind, when VALGRIND=1).
# Prints one line per test with its time and a closing "N passed, M failed"
# line; exits 1 when anything failed. Under VALGRIND=1 a test also fails
# when any process it ran under $DIPNET_WRAP reported an error or a leak,
# whatever its exit status.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
export DIPNET="$root/$build/dipnet"
export DIPNET_ROOT="$root"
export DIPNET_BUILD="$root/$build"
export PYTHON=/usr/bin/python3
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
wrap=""
if [ "${VALGRIND:-0}" = 1 ]; then
  # Every valgrind'ed process writes its report to $log/vg/PID.log, so that
  # an error in a process whose exit status a test does not check (one in
  # a pipe, one expected to fail) still fails the test (see run below).
  mkdir -p "$log/vg"
  chmod 711 "$log"; chmod 1777 "$log/vg"   # tests may run the tool as nobody
  wrap="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --suppressions=$here/valgrind.supp --log-file=$log/vg/%p.log"
fi
export DIPNET_WRAP="$wrap"
passed=0 failed=0
vg_errors() { # prints the valgrind reports of the last test, if any
  [ -d "$log/vg" ] || return 1
  found=1
  for f in "$log/vg"/*.log; do
    [ -s "$f" ] || continue
    found=0; head -n 40 "$f"
  done
  rm -f "$log/vg"/*.log
  return $found
}
run() { # name command...
  name=$1; shift
  t0=$(date +%s)
  "$@" >"$log/out" 2>&1; status=$?
  secs=$(($(date +%s) - t0))
  vg_errors >"$log/vg.out"; vg=$?   # 0: valgrind reported something
  if [ "$status" -eq 0 ] && [ "$vg" -ne 0 ]; then
    passed=$((passed + 1)); echo "PASS $name (${secs}s)"
  else
    failed=$((failed + 1)); echo "FAIL $name (${secs}s)"; sed 's/^/    /' "$log/out" | tail -n 60
    [ -s "$log/vg.out" ] && { echo "    valgrind:"; sed 's/^/    /' "$log/vg.out" | head -n 80; }
  fi
  rm -f "$log/vg.out"
}
for t in "$root/$build"/tests/test_*; do
  [ -x "$t" ] || continue
  run "$(basename "$t")" env CMOCKA_MESSAGE_OUTPUT=stdout $wrap "$t"
done
for t in "$here"/test_*.sh; do
  [ -f "$t" ] || continue
  run "$(basename "$t")" sh "$t"
done
for t in "$here"/test_*.py; do
  [ -f "$t" ] || continue
  run "$(basename "$t")" /usr/bin/python3 "$t"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
