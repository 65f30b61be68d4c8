#!/bin/sh
# Builds Scripts/png-bench.c against Sources/CBriefPNG and runs it on the C reference's timeline images
# (shared/bench beside the repository) or on the PNG files given as arguments.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
gcc -O2 -Wall -o "$out/png-bench" "$here/png-bench.c" "$here/../Sources/CBriefPNG/bk_png.c" \
  -I"$here/../Sources/CBriefPNG/include" $(pkg-config --cflags --libs cairo) -lz
if [ $# -eq 0 ]; then
  reference=$("$here/../../shared/bench/build.sh" "$out")
  "$reference" w1 png "$out/w1.png"
  "$reference" w3 png "$out/w3.png"
  set -- "$out/w1.png" "$out/w3.png"
fi
"$out/png-bench" "$@"
