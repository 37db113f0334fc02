#!/bin/bash
# Transport benchmark (issue 9): a full STARTTLS probe of one MX — the current handshake, one
# handshake per TLS version, the certificate — by `sceau-cli tls probe`, next to
# `testssl --starttls smtp -p -S` (protocols and server defaults) on the same local Postfix.
# Usage: tests/bench/run-tls-bench.sh [BUILD_DIR] [RUNS]   (default build/release, 5 runs)
# Needs root or sudo -n (Postfix), and testssl (Debian package testssl.sh) for the comparison.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}; runs=${2:-5}
work=$(mktemp -d -t sceau-tls-bench.XXXXXX); port=46325
trap '"$root/tests/support/postfix/postfix-fixture.sh" stop "$work/postfix" >/dev/null || true; rm -rf "$work"' EXIT
"$root/tests/support/postfix/postfix-fixture.sh" start "$work/postfix" $port
cli=("$build/app/cli/sceau-cli" tls probe "127.0.0.1:$port" --servername mail.sceau.test
     --ca "$work/postfix/ca.pem" --json)
"${cli[@]}" > "$work/sceau.json"
start=$(date +%s%N)
for _ in $(seq "$runs"); do "${cli[@]}" > /dev/null; done
sceau_ms=$(( ($(date +%s%N) - start) / 1000000 / runs ))
echo "sceau-cli tls probe: ${sceau_ms} ms per probe (mean of $runs)"
/usr/bin/python3 - "$work/sceau.json" <<'EOP'
import json, sys
a = json.load(open(sys.argv[1]))["addresses"][0]
print("  sceau: protocols", {k: v for k, v in a["protocols"].items()},
      "delivery", a["delivery"], "trusted", a["certificate"]["trusted"])
EOP
if ! command -v testssl >/dev/null; then
    echo "testssl not installed (Debian package testssl.sh): no comparison"; exit 0
fi
start=$(date +%s%N)
testssl --quiet --color 0 --warnings off --starttls smtp -p -S --add-ca "$work/postfix/ca.pem" \
    --jsonfile "$work/testssl.json" "127.0.0.1:$port" > /dev/null 2>&1 || true
testssl_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "testssl --starttls smtp -p -S: ${testssl_ms} ms"
/usr/bin/python3 - "$work/testssl.json" <<'EOP'
import json, sys
ids = {"SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3"}
found = {f["id"]: f["finding"] for f in json.load(open(sys.argv[1])) if f["id"] in ids}
print("  testssl: protocols", found)
EOP
echo "ratio sceau/testssl: $(/usr/bin/python3 -c "print(round($sceau_ms / max($testssl_ms, 1), 3))")"
