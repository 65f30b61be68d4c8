#!/usr/bin/env bash
# Builds the library's DocC documentation (BriefKit and the two modules it re-exports, BriefModel and BriefScene,
# as one combined archive) and fails when DocC warns (a broken link, a stale symbol name) or when a public
# declaration has no documentation comment. Members the compiler writes (==, hash(into:), init(rawValue:), …)
# are not counted. Prints where the archive is.
#
# It also lists every public symbol and compares the list with docs/public-api.txt, so a change to the public
# surface is a change someone reviews (an internal refactor that makes something public, or removes it, fails).
#
# usage: Scripts/docs.sh            (CI runs it after the tests)
#        Scripts/docs.sh --update   rewrite docs/public-api.txt after a deliberate change to the public surface
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log" "$log.err" "$log.diff"' EXIT
if ! swift package generate-documentation --enable-experimental-combined-documentation \
    --target BriefKit --target BriefModel --target BriefScene --warnings-as-errors \
    --experimental-documentation-coverage --coverage-summary-level detailed >"$log" 2>"$log.err"; then
  cat "$log" "$log.err" | grep -v '^\s*[0-9]* [|+]' | grep -E 'warning|error' | grep -v 'prohibited flag\|unhandled' >&2 || tail -30 "$log" >&2
  echo "docs: DocC failed (above)" >&2
  exit 1
fi
# The detailed coverage table: name | kind | has abstract | … ; written members without an abstract fail.
undocumented=$(awk -F'|' 'NF > 6 && $3 ~ /false/ {
    name = $1; kind = $2; gsub(/^ +| +$/, "", name); gsub(/^ +| +$/, "", kind)
    if (kind == "CollectionGroup" || kind == "Operator" || kind == "Article") next
    if (name ~ /^(localizedDescription|init\(rawValue:\)|hashValue|hash\(into:\)|rawValue|allCases)$/) next
    print "  " name " (" kind ")  " $NF }' "$log")
if [ -n "$undocumented" ]; then
  echo "docs: public declarations without documentation:" >&2
  echo "$undocumented" >&2
  exit 1
fi
# The public surface: every symbol's link, without the compiler's members and the topic groups.
surface=$(awk -F'|' 'NF > 6 && $NF ~ /doc:\/\// {
    kind = $2; gsub(/^ +| +$/, "", kind); link = $NF; gsub(/^ +| +$/, "", link)
    if (kind == "CollectionGroup" || kind == "Article" || kind == "Operator") next
    if (link ~ /\/(localizedDescription|init\(rawValue:\)|hashValue|hash\(into:\)|rawValue|allCases)$/) next
    sub(/^doc:\/\/[A-Za-z]+\/documentation\//, "", link); print link }' "$log" | LC_ALL=C sort -u)
if [ "${1:-}" = "--update" ]; then
  { echo "# The public API of the BriefKit library (Scripts/docs.sh checks it; --update rewrites it)."; echo "$surface"; } \
    > docs/public-api.txt
  echo "docs: wrote docs/public-api.txt ($(echo "$surface" | wc -l) symbols)"
elif ! diff <(grep -v '^#' docs/public-api.txt) <(echo "$surface") >"$log.diff"; then
  echo "docs: the public surface differs from docs/public-api.txt (< listed, > now public):" >&2
  cat "$log.diff" >&2
  echo "docs: if the change is meant, run Scripts/docs.sh --update and commit the list" >&2
  rm -f "$log.diff"; exit 1
fi
rm -f "$log.diff"
echo "docs: built without warnings, every public declaration documented: $(grep -A1 'combined documentation archive at' "$log" | tail -1 | sed 's/^ *//')"
