#!/bin/sh
# Drop from an installed node_modules what nothing loads at run time, to keep the image small
# (≤ 300 MB, test/container/run.sh): better-sqlite3's build tree and SQLite sources (the
# compiled module stays), type declarations, source maps, Markdown other than licences, and
# the test folders at packages' roots. Usage: prune-node-modules.sh NODE_MODULES
set -eu
modules=${1:?usage: prune-node-modules.sh NODE_MODULES}

sqlite=$modules/better-sqlite3
if [ -f "$sqlite/build/Release/better_sqlite3.node" ]; then
  keep=$(mktemp -d)
  mv "$sqlite/build/Release/better_sqlite3.node" "$keep/"
  rm -rf "$sqlite/build" "$sqlite/deps" "$sqlite/src"
  mkdir -p "$sqlite/build/Release"
  mv "$keep/better_sqlite3.node" "$sqlite/build/Release/"
  rmdir "$keep"
fi

find "$modules" -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' \
  -o \( -name '*.md' ! -iname 'licen*' ! -iname 'copying*' \) \) -delete
find "$modules" -regextype posix-extended -type d \
  -regex '.*/node_modules/(@[^/]+/)?[^/@][^/]*/(test|tests|__tests__)' -prune -exec rm -rf {} +
