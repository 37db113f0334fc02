#!/bin/bash
# knot-fixture.sh start WORKDIR PORT ZONEDIR [TSIG_SECRET]  |  knot-fixture.sh stop WORKDIR
# Starts Knot DNS on ADDRESS:PORT (environment KNOT_ADDRESS, default 127.0.0.1) serving every
# ZONEDIR/<zone>.zone, in its own WORKDIR.
# A TSIG key "sceau-test-key" (hmac-sha256) may update every zone (RFC 2136); "sceau-other-key"
# (hmac-sha512, secret in WORKDIR/tsig-other.secret) is known but may update none.
# Two instances may serve one zone: the primary on 127.0.0.1:PORT and a secondary on
# 127.0.0.3:PORT are the remotes "primary" and "secondary"; acl "transfer" lets the secondary
# transfer zones and acl "notify" lets the primary notify it. ZONEDIR/<zone>.knot holds more
# settings of <zone> (e.g. "notify: secondary", "master: primary"); a zone with only a .knot
# file starts empty (a secondary fills it by transfer).
#
# The fixture proves that what answers on PORT is its own knotd, never whatever else does:
# - start fails when PORT is already taken (UDP or TCP, by anything, even another Knot);
# - start writes a zone "fixture.test" whose TXT record holds a nonce unique to this run, and
#   is ready only when the knotd it started (alive, pid file, control socket) answers that
#   nonce over UDP and TCP on PORT;
# - stop fails when that knotd died during the run or no longer answers the nonce (a second
#   stop, after the pid file is gone, has nothing to do).
set -euo pipefail
action=$1; work=$2
address=${KNOT_ADDRESS:-127.0.0.1}
marker=nonce.fixture.test

fail() { echo "knot-fixture: $*" >&2; exit 1; }

# Exit status 0 when ADDRESS:PORT can be bound for both UDP and TCP (nothing listens there).
port_free() {
    /usr/bin/python3 - "$address" "$1" <<'EOP'
import socket, sys
address, port = sys.argv[1], int(sys.argv[2])
for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    if kind == socket.SOCK_STREAM:  # TIME_WAIT leftovers of a previous run are no listener
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind((address, port))
    except OSError as e:
        print(f"{'udp' if kind == socket.SOCK_DGRAM else 'tcp'} {address}:{port}: {e.strerror}")
        sys.exit(1)
    finally:
        s.close()
EOP
}

# Exit status 0 while process PID runs (a zombie, dead but not yet reaped, does not).
alive() {
    local state
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ -n "$state" ] && [ "$state" != Z ]
}

# Exit status 0 when the knotd of WORKDIR is alive and answers the run's nonce on its port.
serves_nonce() {
    local pid port nonce transport
    pid=$(cat "$work/knot.pid" 2>/dev/null) || return 1
    port=$(cat "$work/knot.port") && nonce=$(cat "$work/nonce")
    alive "$pid" || return 1
    knotc -s "$work/knot.sock" status >/dev/null 2>&1 || return 1
    for transport in +notcp +tcp; do
        kdig +time=1 +retry=0 "$transport" +short @"$address" -p "$port" "$marker" TXT 2>/dev/null \
            | grep -qx "\"$nonce\"" || return 1
    done
}

case "$action" in
start)
    port=$3; zonedir=$4; secret=${5:-$(head -c32 /dev/urandom | base64)}
    "$0" stop "$work" 2>/dev/null || true   # a previous run of this fixture, if any
    why=$(port_free "$port") || fail "port already taken ($why): refusing to use a server that is not ours"
    rm -rf "$work"; mkdir -p "$work/db" "$work/zones"     # Knot needs its database dir
    cp "$zonedir"/*.zone "$work/zones/" 2>/dev/null || true
    nonce=$(head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$nonce" > "$work/nonce"
    printf '%s\n' "$port" > "$work/knot.port"
    cat > "$work/zones/fixture.test.zone" <<EOZ
\$ORIGIN fixture.test.
\$TTL 60
@     SOA ns.fixture.test. hostmaster.fixture.test. 1 3600 600 86400 60
@     NS  ns.fixture.test.
ns    A   127.0.0.1
nonce TXT "$nonce"
EOZ
    printf '%s\n' "$secret" > "$work/tsig.secret"
    other=$(head -c64 /dev/urandom | base64 -w0)   # a key Knot knows, allowed to update nothing
    printf '%s\n' "$other" > "$work/tsig-other.secret"
    {
        cat <<EOC
server:
    rundir: "$work"
    pidfile: "$work/knotd.pid"
    listen: $address@$port
    udp-workers: 2
    tcp-workers: 2
database:
    storage: "$work/db"
control:
    listen: "$work/knot.sock"
log:
  - target: stderr
    any: warning
key:
  - id: sceau-test-key
    algorithm: hmac-sha256
    secret: $secret
  - id: sceau-other-key
    algorithm: hmac-sha512
    secret: $other
remote:
  - id: primary
    address: 127.0.0.1@$port
    via: 127.0.0.3
  - id: secondary
    address: 127.0.0.3@$port
    via: 127.0.0.1
acl:
  - id: update
    key: sceau-test-key
    action: update
  - id: transfer
    address: 127.0.0.3
    action: transfer
  - id: notify
    address: 127.0.0.1
    action: notify
template:
  - id: default
    storage: "$work/zones"
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
    acl: [update, transfer, notify]
zone:
EOC
        for zone in $( (ls "$work"/zones/*.zone; ls "$zonedir"/*.knot 2>/dev/null) \
                       | xargs -n1 basename | sed 's/\.zone$//; s/\.knot$//' | sort -u); do
            printf '  - domain: %s\n' "$zone"
            if [ -f "$zonedir/$zone.knot" ]; then
                sed 's/^/    /' "$zonedir/$zone.knot"
            fi
        done
    } > "$work/knot.conf"
    knotd -c "$work/knot.conf" > "$work/knot.log" 2>&1 &
    pid=$!
    echo "$pid" > "$work/knot.pid"
    deadline=$((SECONDS + 20))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if ! alive "$pid"; then
            cat "$work/knot.log" >&2; fail "knotd (pid $pid) exited during start"
        fi
        if serves_nonce; then
            # knotd writes its own pid file once it serves: it must be the process we started.
            [ "$(cat "$work/knotd.pid" 2>/dev/null)" = "$pid" ] \
                || fail "knotd pid file says $(cat "$work/knotd.pid" 2>/dev/null), we started $pid"
            echo "knot ready on $address:$port (pid $pid, nonce $nonce)"
            exit 0
        fi
        sleep 0.05
    done
    cat "$work/knot.log" >&2
    kill "$pid" 2>/dev/null || true
    fail "knotd (pid $pid) did not answer the nonce $marker on $address:$port"
    ;;
stop)
    if [ ! -f "$work/knot.pid" ]; then   # never started (start reported why), or stopped
        echo "no knotd to stop in $work"; exit 0
    fi
    pid=$(cat "$work/knot.pid")
    healthy=yes
    serves_nonce || healthy=no
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 200); do
        alive "$pid" || break
        sleep 0.05
    done
    rm -f "$work/knot.pid"
    alive "$pid" && fail "knotd (pid $pid) did not stop"
    if [ "$healthy" = no ]; then
        cat "$work/knot.log" >&2 2>/dev/null || true
        fail "knotd (pid $pid) had died or stopped serving this run's nonce before the end of the tests"
    fi
    echo "knot (pid $pid) stopped"
    ;;
*) echo "usage: $0 start WORKDIR PORT ZONEDIR | stop WORKDIR" >&2; exit 2 ;;
esac
