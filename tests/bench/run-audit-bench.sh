#!/bin/bash
# Audit at the critical path (issue 13 §1): one domain's full posture check (genzones.py audit:
# SPF includes, DMARC walk and destinations, MX and addresses, DKIM selectors, MTA-STS, TLS-RPT,
# DANE) against a Knot behind a relay adding DELAY_MS to every answer, next to the longest
# chain of dependent lookups × DELAY_MS. The relay's log shows the lookups by round trip.
# Usage: tests/bench/run-audit-bench.sh [BUILD_DIR] [DELAY_MS] [KNOT_PORT]
#        (default build/release, 50, 46363; the relay listens on KNOT_PORT+1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}; delay=${2:-50}; knot_port=${3:-46363}; relay_port=$((knot_port + 1))
work=$(mktemp -d -t sceau-audit-bench.XXXXXX)
relay=
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot" || true; [ -z "$relay" ] || kill $relay 2>/dev/null || true; rm -rf "$work"' EXIT
read -r domain chain < <(python3 "$here/genzones.py" audit "$work/zones")
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" "$knot_port" "$work/zones" >/dev/null
"$build/tests/support/sceau-test-dnsrelay" "$relay_port" "$knot_port" "$delay" "$work/relay.log" >/dev/null & relay=$!
sleep 0.3
"$build/tests/bench/bench_audit" --server "127.0.0.1:$relay_port" --domain "$domain" \
    --chain "$chain" --delay "$delay" --log "$work/relay.log"
grep -c ' tcp$' "$work/relay.log" | sed 's/^/TCP connections to the relay (truncated answers retried): /'
