# Helpers for script tests: a scratch directory $T, fail, expect_status.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect_status CODE CMD...: runs CMD, stderr to $T/err, checks the status.
expect_status() {
  want=$1; shift
  "$@" > "$T/stdout" 2> "$T/err"; got=$?
  [ "$got" = "$want" ] || fail "'$*' exited $got, want $want: $(head -c 300 "$T/err")"
}
finish() { [ "$failures" -eq 0 ] || exit 1; echo ok; }
