#!/usr/bin/env bash
# Builds the example service and checks it once as a client would: the example briefing gives a PDF, a broken
# one its located errors with status 422. Run by .ci/run; needs curl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scratch=${SERVICE_SCRATCH:-$here/../../.build-service}
swift build --package-path "$here" --scratch-path "$scratch"
port=$((20000 + RANDOM % 20000))
PORT=$port "$scratch/debug/BriefingService" >"$scratch/smoke.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
url="http://127.0.0.1:$port/render"
status=$(curl -s -o "$scratch/smoke.pdf" -w '%{http_code}' --data-binary @"$here/../vietnam-uk-2025.yaml" "$url/report.pdf")
[ "$status" = 200 ] && head -c 5 "$scratch/smoke.pdf" | grep -q '%PDF-' || { echo "smoke: report.pdf gave $status"; exit 1; }
body=$(curl -s -w '\n%{http_code}' --data-binary $'title: X\ndate: 2025-02-30\n' "$url/timeline.png")
[ "${body##*$'\n'}" = 422 ] && grep -q '"line":2' <<<"$body" || { echo "smoke: a broken briefing gave: $body"; exit 1; }
echo "smoke: the example service answers (PDF for the example, 422 with the location for a broken file)"
