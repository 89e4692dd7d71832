#!/bin/sh
# fuzz/seeds.sh NAME DIR - copies the real inputs that seed harness NAME
# (fixtures and default lexicons) into its working corpus DIR. Seeds are
# named after their source, so rerunning only refreshes them.
set -u
name=$1 dir=$2
cp_all() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(echo "$f" | tr '/' '_')"; done; return 0; }
case $name in
  graph_json|outputs) cp_all fixtures/graphs/*.json fixtures/corpus/gold/*.json ;;
  lexicon)    cp_all data/*.json ;;
  extract|text) cp_all fixtures/corpus/articles/*.txt ;;
  csv)        cp_all fixtures/csv/*.csv fixtures/*/*.csv ;;
esac
exit 0
