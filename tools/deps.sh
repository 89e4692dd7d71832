#!/bin/sh
# Installs the Debian packages dipnet needs when pkg-config or the tools are
# missing. Usage: tools/deps.sh [build|check|all]. Exit 0 when everything is
# there (after installing), 1 with the exact command to run otherwise.
set -u
want=${1:-check}

build_pkgs="build-essential pkg-config libigraph-dev libgraphviz-dev libcjson-dev graphviz"
check_pkgs="libcmocka-dev python3-networkx python3-lxml valgrind clang libclang-rt-14-dev chromium"
missing=""

need_pc() { pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"; }
need_bin() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }

need_bin cc build-essential
need_bin pkg-config pkg-config
need_pc igraph libigraph-dev
need_pc libcgraph libgraphviz-dev
need_pc libgvc libgraphviz-dev
need_pc libcjson libcjson-dev
need_bin dot graphviz
if [ "$want" != build ]; then
  need_pc cmocka libcmocka-dev
  /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing="$missing python3-networkx"
  /usr/bin/python3 -c 'import lxml' >/dev/null 2>&1 || missing="$missing python3-lxml"
  need_bin valgrind valgrind
  need_bin clang clang
  [ -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ] || \
    ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 || missing="$missing libclang-rt-14-dev"
  need_bin chromium chromium
fi
missing=$(echo "$missing" | tr ' ' '\n' | sort -u | tr '\n' ' ' | sed 's/^ *//; s/ *$//')
[ -z "$missing" ] && exit 0

echo "deps: missing Debian packages: $missing" >&2
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "deps: not root and no password-less sudo; run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $missing" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "deps: apt-get not found; install these packages by hand: $missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends $missing; } >&2; then
  echo "deps: apt-get failed; run: ${sudo:+sudo }apt-get update && ${sudo:+sudo }apt-get install -y $missing" >&2
  exit 1
fi
# Graphviz needs its plugin configuration for PNG/SVG output.
command -v dot >/dev/null 2>&1 && { $sudo dot -c 2>/dev/null || true; }
exit 0
