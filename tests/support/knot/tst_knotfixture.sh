#!/bin/bash
# tst_knotfixture.sh WORKDIR ZONEDIR
# The Knot fixture itself (knot-fixture.sh) fails for the right reasons, on a port of its own
# (a free ephemeral one, never the suite's): a port taken by anything (UDP or TCP) or by another
# Knot makes start fail; a knotd that died during the run makes stop fail; a healthy run passes.
set -uo pipefail
work=$1; zones=$2
fixture=$(dirname "$0")/knot-fixture.sh
failures=0

check() { # check DESCRIPTION EXPECTED_STATUS(0|nonzero) EXPECTED_MESSAGE COMMAND…
    local what=$1 expected=$2 message=$3; shift 3
    local err status
    err=$("$@" 2>&1 >/dev/null); status=$?
    if { [ "$expected" = 0 ] && [ "$status" -ne 0 ]; } || { [ "$expected" != 0 ] && [ "$status" -eq 0 ]; }; then
        echo "FAIL: $what: exit status $status, expected $expected; stderr: $err"; failures=$((failures + 1))
    elif [ -n "$message" ] && ! grep -q -- "$message" <<<"$err"; then
        echo "FAIL: $what: stderr lacks \"$message\": $err"; failures=$((failures + 1))
    else
        echo "PASS: $what"
    fi
}

# A port free for both UDP and TCP on 127.0.0.1 right now.
free_port() {
    /usr/bin/python3 -c '
import socket
while True:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
    port = u.getsockname()[1]
    t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        t.bind(("127.0.0.1", port)); print(port); break
    except OSError:
        pass
    finally:
        t.close(); u.close()'
}

# Holds 127.0.0.1:PORT with a socket of KIND (udp|tcp) until killed; returns once it is bound.
hold() {
    coproc HOLDER { /usr/bin/python3 -u -c '
import socket, sys, time
kind = socket.SOCK_DGRAM if sys.argv[2] == "udp" else socket.SOCK_STREAM
s = socket.socket(socket.AF_INET, kind); s.bind(("127.0.0.1", int(sys.argv[1])))
if kind == socket.SOCK_STREAM: s.listen()
print("bound")
sys.stdin.read()' "$1" "$2"; }
    local line; read -r line <&"${HOLDER[0]}"
    [ "$line" = bound ] || { echo "FAIL: could not hold port $1/$2"; exit 1; }
}
release() { kill "$HOLDER_PID"; wait "$HOLDER_PID" 2>/dev/null; }

rm -rf "$work"; mkdir -p "$work"
trap '"$fixture" stop "$work/a" >/dev/null 2>&1; "$fixture" stop "$work/b" >/dev/null 2>&1' EXIT

port=$(free_port)
for kind in udp tcp; do
    hold "$port" "$kind"
    check "start on a $kind port taken by another program fails" 1 "port already taken" \
        "$fixture" start "$work/a" "$port" "$zones"
    [ ! -f "$work/a/knot.pid" ] || { echo "FAIL: a knotd was started on the taken port"; failures=$((failures + 1)); }
    release
done

port=$(free_port)
check "start on a free port succeeds" 0 "" "$fixture" start "$work/a" "$port" "$zones"
check "a second Knot on the same port fails to start" 1 "port already taken" \
    "$fixture" start "$work/b" "$port" "$zones"
check "the first Knot still serves after the refused start" 0 "" "$fixture" stop "$work/a"

check "start again on the same port succeeds (its last run's TCP leftovers are no listener)" 0 "" \
    "$fixture" start "$work/a" "$port" "$zones"
kill -9 "$(cat "$work/a/knot.pid")"
check "stop fails when the fixture's knotd died during the run" 1 "had died" \
    "$fixture" stop "$work/a"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
