#!/bin/bash
# Bulk check (issue 13 §2): `sceau-cli check --domains-file F --no-tls --json` over N generated
# domains (genzones.py bulk: varied SPF, DMARC, MX, DKIM, MTA-STS and TLS-RPT records) served by
# Knot behind a relay adding DELAY_MS to every answer. Reports domains per second and peak RSS
# (/usr/bin/time -v) for the first 100 and for all N, then checks that every JSON line equals
# the one a one-by-one run gives (`check DOMAIN` alone, in its own process).
# Usage: tests/bench/run-bulk-bench.sh [BUILD_DIR] [N] [DELAY_MS] [KNOT_PORT]
#        (default build/release, 1000, 50, 46373; the relay listens on KNOT_PORT+1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}; count=${2:-1000}; delay=${3:-50}
knot_port=${4:-46373}; relay_port=$((knot_port + 1))
work=$(mktemp -d -t sceau-bulk-bench.XXXXXX)
relay=
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot" >/dev/null || true; [ -z "$relay" ] || kill $relay 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$here/genzones.py" bulk "$work/zones" "$count"
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" "$knot_port" "$work/zones" >/dev/null
"$build/tests/support/sceau-test-dnsrelay" "$relay_port" "$knot_port" "$delay" >/dev/null & relay=$!
sleep 0.3
cli=("$build/app/cli/sceau-cli" --nameserver "127.0.0.1:$relay_port" --timeout 5000 --json)

# One bulk run over the first N domains of the list: wall time, rate, peak RSS.
bulk() {
    head -n "$1" "$work/zones/domains.txt" > "$work/list$1.txt"
    /usr/bin/time -v -o "$work/time$1.txt" "${cli[@]}" check --no-tls \
        --domains-file "$work/list$1.txt" > "$work/bulk$1.jsonl" || true   # exit 1/3: posture
    local wall rss lines
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time$1.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time$1.txt")
    lines=$(wc -l < "$work/bulk$1.jsonl")
    awk -v n="$1" -v w="$wall" -v r="$rss" -v l="$lines" 'BEGIN {
        printf "%5d domains: %d JSON lines in %.2f s = %.0f domains/s (goal >= 200); peak RSS %s MiB\n",
               n, l, w, n / w, r }'
}
bulk $((count < 100 ? count : 100))
# Processor seconds a process has used so far (utime + stime).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
knot=$(cat "$work/knot/knot.pid")
relay0=$(cpu $relay); knot0=$(cpu "$knot")
bulk "$count"
awk -v r="$(cpu $relay)" -v r0="$relay0" -v k="$(cpu "$knot")" -v k0="$knot0" \
    'BEGIN { printf "  meanwhile the relay used %.2f s of processor, Knot %.2f s\n", r - r0, k - k0 }'
grep -E "User time|System time|Percent of CPU" "$work/time$count.txt"
grep -o '"overall":"[a-z_-]*"\|"state":"[a-z_-]*"' "$work/bulk$count.jsonl" | sort | uniq -c | sort -rn | head -12 \
    | sed 's/^/  states: /' || true

# Every domain alone, in its own process (2 at a time), then the lines compared key-sorted.
echo "one-by-one runs of the $count domains…"
[ -n "${SKIP_ONE:-}" ] && exit 0
xargs -P 2 -I{} sh -c '"$@" check --no-tls {} > "'"$work"'/one-{}.jsonl" || true' _ "${cli[@]}" \
    < "$work/zones/domains.txt"
while read -r domain; do cat "$work/one-$domain.jsonl"; done < "$work/zones/domains.txt" \
    | jq -cS . > "$work/one.sorted"
jq -cS . "$work/bulk$count.jsonl" > "$work/bulk.sorted"
if diff -q "$work/one.sorted" "$work/bulk.sorted" >/dev/null; then
    echo "identical: all $(wc -l < "$work/bulk.sorted") bulk lines equal the one-by-one runs"
else
    echo "DIFFERENT: $(diff "$work/one.sorted" "$work/bulk.sorted" | grep -c '^<') lines differ"
    diff "$work/one.sorted" "$work/bulk.sorted" | head -6 | cut -c1-400
    exit 1
fi
