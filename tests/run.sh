#!/bin/sh
# Runs every test: the cmocka binaries in BUILD/tests/ and the script tests
# tests/test_*.sh and tests/test_*.py. Script tests find the tool in
# $DIPNET (prefixed with $DIPNET_WRAP, e.g. valgrind, when VALGRIND=1).
# Prints one line per test and a closing "N passed, M failed" line; exits 1
# when anything failed.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
export DIPNET="$root/$build/dipnet"
export DIPNET_ROOT="$root"
export DIPNET_BUILD="$root/$build"
export PYTHON=/usr/bin/python3
wrap=""
if [ "${VALGRIND:-0}" = 1 ]; then
  wrap="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --suppressions=$here/valgrind.supp"
fi
export DIPNET_WRAP="$wrap"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0 failed=0
run() { # name command...
  name=$1; shift
  if "$@" >"$log/out" 2>&1; then
    passed=$((passed + 1)); echo "PASS $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/    /' "$log/out" | tail -n 60
  fi
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
