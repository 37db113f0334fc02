#!/bin/bash
# DNS layer benchmark (issue 2): async layer vs ldns' blocking loop, straight against a local
# Knot and through a relay that delays every answer by 20 ms.
# Usage: tests/bench/run-dns-bench.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
work=$(mktemp -d -t sceau-bench.XXXXXX)
knot_port=46353; relay_port=46354
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot"; kill $relay 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" $knot_port "$root/tests/data/zones" >/dev/null
"$build/tests/support/sceau-test-dnsrelay" $relay_port $knot_port 20 >/dev/null & relay=$!
sleep 0.3
echo "== loopback, straight to Knot (CPU-bound on both sides): 20000 TXT queries"
"$build/tests/bench/bench_dns" --server 127.0.0.1:$knot_port --name good.sceau.test --count 20000 --blocking 20000
echo "== through the 20 ms relay (count capped at 250 x in-flight; blocking loop 250 queries)"
"$build/tests/bench/bench_dns" --server 127.0.0.1:$relay_port --name good.sceau.test --count 20000 --per-slot 250 --blocking 250
