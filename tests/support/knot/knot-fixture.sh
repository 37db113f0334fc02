#!/bin/bash
# knot-fixture.sh start WORKDIR PORT ZONEDIR [TSIG_SECRET]  |  knot-fixture.sh stop WORKDIR
# Starts Knot DNS on 127.0.0.1:PORT serving every ZONEDIR/<zone>.zone, in its own WORKDIR.
# A TSIG key "sceau-test-key" (hmac-sha256) may update every zone (RFC 2136).
set -euo pipefail
action=$1; work=$2
case "$action" in
start)
    port=$3; zonedir=$4; secret=${5:-$(head -c32 /dev/urandom | base64)}
    "$0" stop "$work" || true
    rm -rf "$work"; mkdir -p "$work/db" "$work/zones"     # Knot needs its database dir
    cp "$zonedir"/*.zone "$work/zones/"
    printf '%s\n' "$secret" > "$work/tsig.secret"
    {
        cat <<EOC
server:
    rundir: "$work"
    listen: 127.0.0.1@$port
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
acl:
  - id: update
    key: sceau-test-key
    action: update
template:
  - id: default
    storage: "$work/zones"
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
    acl: update
zone:
EOC
        for f in "$work"/zones/*.zone; do
            printf '  - domain: %s\n' "$(basename "$f" .zone)"
        done
    } > "$work/knot.conf"
    knotd -c "$work/knot.conf" > "$work/knot.log" 2>&1 &
    echo $! > "$work/knot.pid"
    for _ in $(seq 200); do
        if kdig +time=1 +retry=0 @127.0.0.1 -p "$port" sceau.test SOA 2>/dev/null | grep -q 'status: NOERROR'; then
            echo "knot ready on 127.0.0.1:$port (pid $(cat "$work/knot.pid"))"
            exit 0
        fi
        sleep 0.05
    done
    echo "knot did not start:" >&2; cat "$work/knot.log" >&2; exit 1
    ;;
stop)
    if [ -f "$work/knot.pid" ]; then
        kill "$(cat "$work/knot.pid")" 2>/dev/null || true
        rm -f "$work/knot.pid"
    fi
    ;;
*) echo "usage: $0 start WORKDIR PORT ZONEDIR | stop WORKDIR" >&2; exit 2 ;;
esac
