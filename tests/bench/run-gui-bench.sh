#!/bin/bash
# GUI responsiveness (issue 13 §3) under Xvfb, with a fresh configuration and workspace:
# - bench_gui (in-process, built like app/gui/main.cpp): start to first frame, RSS, and the
#   longest UI-thread stall idle, during an audit of shop.eu.audit.test (genzones.py audit,
#   Knot behind the 50 ms relay) and during a 4096-bit RSA keygen;
# - the real `sceau` executable, COLD_RUNS times: from exec to its window mapped on the X
#   server (polled with xwininfo every few ms: mapped, not necessarily painted), and its RSS 1 s
#   later.
# Usage: tests/bench/run-gui-bench.sh [BUILD_DIR] [KNOT_PORT] [COLD_RUNS]
#        (default build/release, 46383, 5; the relay listens on KNOT_PORT+1, Xvfb on :93)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}; knot_port=${2:-46383}; runs=${3:-5}; relay_port=$((knot_port + 1))
work=$(mktemp -d -t sceau-gui-bench.XXXXXX)
relay= xvfb= bus=
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot" >/dev/null || true; for p in $relay $xvfb $bus; do kill $p 2>/dev/null || true; done; rm -rf "$work"' EXIT
read -r domain _ < <(python3 "$here/genzones.py" audit "$work/zones")
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" "$knot_port" "$work/zones" >/dev/null
"$build/tests/support/sceau-test-dnsrelay" "$relay_port" "$knot_port" 50 >/dev/null & relay=$!
Xvfb :93 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:93 HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
# A session bus, as a desktop session has: without one, the first application on the display
# starts one itself (Qt's accessibility bridge asks for it: dbus-launch --autolaunch) and waits.
unset DBUS_SESSION_BUS_ADDRESS
if command -v dbus-launch >/dev/null; then
    eval "$(dbus-launch --sh-syntax)"; bus=$DBUS_SESSION_BUS_PID
fi
echo "== in-process (bench_gui)"
"$build/tests/bench/bench_gui" --server "127.0.0.1:$relay_port" --domain "$domain"
echo "== the sceau executable, exec to window mapped ($runs runs)"
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$build/app/gui/sceau" & app=$!
    until xwininfo -root -tree 2>/dev/null | grep -q '"Sceau'; do
        kill -0 $app 2>/dev/null || { echo "  run $i: sceau exited before mapping a window" >&2; exit 1; }
        [ $(( $(date +%s%N) - start )) -lt 20000000000 ] || { echo "  run $i: no window in 20 s" >&2; exit 1; }
        sleep 0.005
    done
    mapped=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 1
    rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$app/status")
    kill $app; wait $app 2>/dev/null || true
    echo "  run $i: window mapped after $mapped ms (goal <= 300); RSS 1 s later $rss MiB (goal <= 120)"
done
