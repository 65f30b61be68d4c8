#!/usr/bin/env bash
# Benchmarks the release `briefkit` against the C reference (shared/bench/reference.c): wall time with
# hyperfine (both commands alternating in one invocation per work item) and peak memory with
# /usr/bin/time -v. Prints a table of ratios (briefkit / reference) against the project's targets.
#
# usage: Scripts/bench.sh            (from anywhere; needs ../shared/bench beside the checkout)
# env:   BRIEFKIT_SHARED=DIR         the folder holding build.sh, w1.yaml, w3.yaml (default ../shared/bench)
#        BENCH_RUNS=30 BENCH_WARMUP=3 hyperfine runs and warm-up runs per command
#        BENCH_SCRATCH=DIR           SwiftPM scratch folder for the release build (default .build-cli)
#        BENCH_OUT=DIR               where results go (default: a new temporary folder)
#        BENCH_STRICT=1              exit 1 when a target is missed (default: always exit 0)
#
# It installs nothing: when a tool is missing it says which and exits 0. It is not run by CI.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${BRIEFKIT_SHARED:-$root/../shared/bench}
runs=${BENCH_RUNS:-30}
warmup=${BENCH_WARMUP:-3}
scratch=${BENCH_SCRATCH:-$root/.build-cli}

say() { printf '%s\n' "$*" >&2; }

# --- what is needed -------------------------------------------------------------------------------
missing=()
for tool in hyperfine gcc pkg-config swift jq; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (Debian package: time)")
python3 -c "import yaml" 2>/dev/null || missing+=("python3 with PyYAML (pip install pyyaml), for the batch briefings")
if [ ${#missing[@]} -gt 0 ]; then
  say "bench: cannot run; missing: ${missing[*]}"
  say "bench: on Debian/Ubuntu: apt-get install hyperfine gcc pkg-config jq time libcairo2-dev libpango1.0-dev"
  exit 0
fi
if ! pkg-config --exists pangocairo cairo-pdf cairo-svg; then
  say "bench: cannot run; pkg-config finds no pangocairo/cairo-pdf/cairo-svg (libcairo2-dev libpango1.0-dev)"
  exit 0
fi
for f in build.sh w1.yaml w3.yaml; do
  if [ ! -f "$shared/$f" ]; then
    say "bench: cannot run; $shared/$f is missing (set BRIEFKIT_SHARED to the shared/bench folder)"
    exit 0
  fi
done
shared=$(cd "$shared" && pwd)

out=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/briefkit-bench.XXXXXX")}
mkdir -p "$out/files"

# --- builds ---------------------------------------------------------------------------------------
say "bench: building the C reference"
if ! reference=$(sh "$shared/build.sh" "$out/ref" 2>"$out/ref-build.log"); then
  say "bench: the reference did not build:"; cat "$out/ref-build.log" >&2; exit 0
fi
say "bench: building briefkit (release, static Swift stdlib) in $scratch"
build=(swift build --package-path "$root" --scratch-path "$scratch" -c release --static-swift-stdlib --product briefkit)
if ! "${build[@]}" >"$out/swift-build.log" 2>&1; then
  say "bench: briefkit did not build:"; tail -30 "$out/swift-build.log" >&2; exit 0
fi
briefkit="$("${build[@]}" --show-bin-path)/briefkit"
[ -x "$briefkit" ] || { say "bench: no binary at $briefkit"; exit 0; }

# Batches: N briefings of the W2 briefing's shape in a folder, every text of each its own (made by
# Scripts/batch-briefings.py), and the reference's N runs of W2 listed for xargs.
make_batch() {
  local n=$1 i
  mkdir -p "$out/batch-$n/in" "$out/batch-$n/bk" "$out/batch-$n/ref"
  python3 "$here/batch-briefings.py" "$root/Examples/vietnam-uk-2025.yaml" "$n" "$out/batch-$n/in" || exit 0
  : >"$out/batch-$n/ref.list"
  for i in $(seq -w 1 "$n"); do
    echo "w2 pdf $out/batch-$n/ref/b$i.pdf" >>"$out/batch-$n/ref.list"
  done
}
for n in 10 100 1000; do make_batch "$n"; done
batch_bk() { echo "$briefkit report $out/batch-$1/in --out-dir $out/batch-$1/bk -j 2"; }
batch_ref() { echo "xargs -a $out/batch-$1/ref.list -P 2 -L 1 $reference"; }

# Canvas 1152×432 pt at 100/72 px per pt = the reference's 1600×600 px with its text at the same pixel size.
# --- work items: name | briefkit command | reference command | ratio target -----------------------
items=(
  "W1 PNG|$briefkit timeline $shared/w1.yaml -o $out/files/bk-w1.png --width 1152 --height 432 --scale 1.3889|$reference w1 png $out/files/ref-w1.png|1.3"
  "W1 PDF|$briefkit timeline $shared/w1.yaml -o $out/files/bk-w1.pdf --width 1152 --height 432|$reference w1 pdf $out/files/ref-w1.pdf|1.3"
  "W1 SVG|$briefkit timeline $shared/w1.yaml -o $out/files/bk-w1.svg --width 1152 --height 432|$reference w1 svg $out/files/ref-w1.svg|1.3"
  "W3 PNG|$briefkit timeline $shared/w3.yaml -o $out/files/bk-w3.png --width 1152 --height 432 --scale 1.3889|$reference w3 png $out/files/ref-w3.png|2"
  "W2 report PDF|$briefkit report $root/Examples/vietnam-uk-2025.yaml -o $out/files/bk-w2.pdf|$reference w2 pdf $out/files/ref-w2.pdf|1.5"
  "W4 100 reports, 2 workers|$(batch_bk 100)|$(batch_ref 100)|0.5"
)
rss_target_kib=$((60 * 1024))

# Peak resident set size in KiB of one run of a command (the highest of three).
peak_rss() {
  local best=0 kib i
  for i in 1 2 3; do
    # shellcheck disable=SC2086  # the command is a word list by design (paths without spaces)
    kib=$(/usr/bin/time -v $1 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
    [ -n "$kib" ] && [ "$kib" -gt "$best" ] && best=$kib
  done
  echo "$best"
}

# Each command must work before it is timed.
for item in "${items[@]}"; do
  IFS='|' read -r name bk ref _ <<<"$item"
  for cmd in "$bk" "$ref"; do
    # shellcheck disable=SC2086
    if ! $cmd >"$out/check.log" 2>&1; then
      say "bench: $name: command failed: $cmd"; cat "$out/check.log" >&2; exit 0
    fi
  done
done

rows=()
failed=0
for item in "${items[@]}"; do
  IFS='|' read -r name bk ref target <<<"$item"
  slug=$(echo "$name" | tr 'A-Z ' 'a-z-')
  say "bench: $name"
  hyperfine -N --warmup "$warmup" --runs "$runs" --style basic \
    --export-json "$out/$slug.json" --export-markdown "$out/$slug.md" \
    -n briefkit "$bk" -n reference "$ref" >"$out/$slug.txt" 2>&1 \
    || { say "bench: hyperfine failed for $name:"; cat "$out/$slug.txt" >&2; exit 0; }
  bk_med=$(jq -r '.results[] | select(.command=="briefkit") | .median' "$out/$slug.json")
  ref_med=$(jq -r '.results[] | select(.command=="reference") | .median' "$out/$slug.json")
  # The fastest run is the least disturbed by other load on a shared machine.
  bk_min=$(jq -r '.results[] | select(.command=="briefkit") | .min' "$out/$slug.json")
  ref_min=$(jq -r '.results[] | select(.command=="reference") | .min' "$out/$slug.json")
  bk_rss=$(peak_rss "$bk")
  ref_rss=$(peak_rss "$ref")
  rows+=("$(awk -v n="$name" -v bm="$bk_med" -v rm="$ref_med" -v ba="$bk_min" -v ra="$ref_min" \
              -v br="$bk_rss" -v rr="$ref_rss" -v t="$target" -v rt="$rss_target_kib" 'BEGIN {
      ratio = bm / rm
      ok = (ratio <= t && br < rt) ? "ok" : "OVER"
      printf "| %s | %.1f ms | %.1f ms | %.2f× | %.2f× | ≤%s× | %.1f MiB | %.1f MiB | %s |",
             n, bm * 1000, rm * 1000, ratio, ba / ra, t, br / 1024, rr / 1024, ok
    }')")
  case "${rows[-1]}" in *OVER*) failed=1 ;; esac
done

# How a batch's time grows with its size (fewer runs: the largest takes tens of seconds a run).
growth=()
for n in 10 100 1000; do
  say "bench: batch of $n"
  hyperfine -N --warmup 1 --runs "$([ "$n" = 1000 ] && echo 2 || echo 5)" --style basic \
    --export-json "$out/growth-$n.json" -n briefkit "$(batch_bk "$n")" -n reference "$(batch_ref "$n")" \
    >"$out/growth-$n.txt" 2>&1 || { say "bench: hyperfine failed for the batch of $n"; cat "$out/growth-$n.txt" >&2; exit 0; }
  bk=$(jq -r '.results[] | select(.command=="briefkit") | .median' "$out/growth-$n.json")
  ref=$(jq -r '.results[] | select(.command=="reference") | .median' "$out/growth-$n.json")
  growth+=("$(awk -v n="$n" -v b="$bk" -v r="$ref" 'BEGIN {
    printf "| %d | %.2f s | %.1f ms | %.2f s | %.1f ms | %.2f× |", n, b, b / n * 1000, r, r / n * 1000, b / r }')")
done

{
  echo "briefkit: $briefkit"
  echo "reference: $reference"
  echo "hyperfine -N --warmup $warmup --runs $runs; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| work | briefkit median | reference median | ratio (median) | ratio (fastest runs) | target | briefkit peak RSS | reference peak RSS | |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Batches of W2 reports, \`briefkit report DIR --out-dir … -j 2\` against the reference run per file by \`xargs -P 2\`:"
  echo
  echo "| briefings | briefkit | per briefing | reference | per briefing | ratio |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${growth[@]}"
  echo
  echo "peak RSS target: < 60 MiB (W4: the largest worker's). Results (JSON, markdown, outputs): $out"
} | tee "$out/summary.md"

if [ "$failed" = 1 ] && [ "${BENCH_STRICT:-0}" = 1 ]; then exit 1; fi
exit 0
