#!/usr/bin/env bash
# Fuzzes the briefing decoder and layouts with libFuzzer for SECONDS: Scripts/fuzz.sh SECONDS [libFuzzer flags…]
#
# Builds Fuzz/ (ASan + libFuzzer, release) in .build-fuzz/, fuzzes a working corpus in .build-fuzz/corpus seeded
# from the committed Tests/Fixtures/fuzz/corpus, and writes crashes, timeouts, OOMs and slow inputs into
# .build-fuzz/findings/ (both outside git). One fuzzing process at a time (fork mode with one job), carrying on
# past findings so a known bug does not end the run. A finding replays with
#   .build-fuzz/release/BriefFuzz FILE
# and is minimised with `-minimize_crash=1 -runs=10000 FILE`; keep it in Tests/Fixtures/fuzz/corpus/ (then the
# tests replay it) once it is fixed. Environment: BRIEFKIT_FUZZ_MEASURER=pango measures with Pango (slower);
# BRIEFKIT_FUZZ_STRICT=1 also makes broken layout guarantees (`Scene.audit()`) and YAML/JSON disagreements
# findings; FUZZ_FORK=0 runs libFuzzer in-process, stopping at the first finding; FUZZ_MERGE=1 merges the
# working corpus back into the committed one at the end (minimised, `-merge=1`).
set -euo pipefail

seconds=${1:?usage: Scripts/fuzz.sh SECONDS [libFuzzer flags…]}
shift
cd "$(dirname "$0")/.."
root=$PWD
scratch=$root/.build-fuzz
work=$scratch/corpus
findings=$scratch/findings
logs=$scratch/logs
committed=$root/Tests/Fixtures/fuzz/corpus
dict=$root/Tests/Fixtures/fuzz/briefing.dict
mkdir -p "$work" "$findings" "$logs"

# The harness resolves the same dependency versions as the main package, from SwiftPM's cache when offline.
if [[ -f Package.resolved && ! -f Fuzz/Package.resolved ]]; then cp Package.resolved Fuzz/Package.resolved; fi
echo "fuzz.sh: building the harness (release, -sanitize=fuzzer,address) in .build-fuzz/"
# swiftc keeps only the last -sanitize= it is given, and SwiftPM passes its two --sanitize values in no fixed
# order (then Swift code would get ASan without coverage): the -Xswiftc flag, last, asks for both at once.
swift build --package-path Fuzz --scratch-path "$scratch" -c release --sanitize fuzzer --sanitize address \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol '__asan_extra_spill_area'" | tail -n 3
binary=$scratch/release/BriefFuzz

# Seed the working corpus; it keeps what earlier runs found (libFuzzer adds new inputs to the first folder).
cp -n "$committed"/* "$work"/ 2>/dev/null || true

log=$logs/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log
stamp=$logs/.started
touch "$stamp"
before=$(find "$findings" -type f | wc -l)
common=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -dict="$dict" -report_slow_units=2
        -artifact_prefix="$findings/" -print_final_stats=1 -detect_leaks=0)
# The Swift runtime, fontconfig and Pango keep caches for the whole process, which LeakSanitizer reports as
# leaks at every exit (fork mode then counts each job as a crash): leaks are left out, in libFuzzer
# (-detect_leaks=0) and at exit (ASAN_OPTIONS); everything else ASan sees is a crash.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# Swift's own crash backtracer symbolises for a long time after a trap (replays looked hung): libFuzzer/ASan print the stack.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
if [[ ${FUZZ_FORK:-1} == 1 ]]; then
    mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
else
    mode=()
fi
echo "fuzz.sh: fuzzing for ${seconds}s, log in ${log#"$root"/}"
status=0
"$binary" "${common[@]}" "${mode[@]}" -max_total_time="$seconds" "$@" "$work" >"$log" 2>&1 || status=$?

if [[ ${FUZZ_MERGE:-0} == 1 ]]; then
    "$binary" -merge=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 "$committed" "$work" \
        >>"$log" 2>&1 || true
fi

# Summary: the last status line (fork mode: "#N: cov: … ft: … corp: … exec/s: … oom/timeout/crash: …"),
# libFuzzer's final statistics, and the new findings.
echo "fuzz.sh: libFuzzer exit status $status"
grep -E '^#[0-9]+' "$log" | tail -n 1 || true
grep -E '^stat::|Slowest unit' "$log" | tail -n 6 || true
echo "corpus: $(find "$work" -type f | wc -l) files, $(du -sh "$work" | cut -f1) in ${work#"$root"/}"
after=$(find "$findings" -type f | wc -l)
echo "findings: $((after - before)) new, $after in ${findings#"$root"/}"
find "$findings" -type f -newer "$stamp" | sort | sed 's/^/  /' | head -n 40
grep -E '^==[0-9]+==ERROR|^SUMMARY: |Fatal error: ' "$log" | sed -E 's/^==[0-9]+==//' | sort | uniq -c | sort -rn | head -n 20 || true
