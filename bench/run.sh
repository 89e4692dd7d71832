#!/bin/sh
# make bench: runs every bench/bench_*.sh with the tool in $DIPNET and a
# scratch directory in $BENCH_TMP; each prints "name: value" lines.
set -eu
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
export DIPNET="$root/$build/dipnet" DIPNET_ROOT="$root" PYTHON=/usr/bin/python3
export BENCH_TMP="${BENCH_TMP:-$(mktemp -d)}"
trap 'rm -rf "$BENCH_TMP"' EXIT
for b in "$root"/bench/bench_*.sh; do
  [ -f "$b" ] || continue
  echo "# $(basename "$b")"
  sh "$b"
done
