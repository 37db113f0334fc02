#!/bin/bash
# postfix-fixture.sh start WORKDIR PORT [EXTRA [ARGS…]]  |  postfix-fixture.sh stop WORKDIR
# A real Postfix on 127.0.0.1:PORT with STARTTLS (TLS 1.2 and 1.3 only), in its own WORKDIR,
# discarding all mail. Its certificate, for mail.sceau.test, comes from a CA made here at each
# start: WORKDIR/ca.pem is the anchor the tests trust. Postfix's configuration, queue and data
# directories are in a directory of /tmp of their own (WORKDIR/run names it), removed at stop.
#
# Like the Knot fixture, it proves that what answers on PORT is its own Postfix: start fails
# when PORT is taken, and is ready only when the greeting carries a nonce of this run; stop
# fails when that Postfix died during the run. Postfix needs root (its data directory belongs to
# the postfix user): as another user the fixture runs it through `sudo -n`.
# EXTRA, when given, is a script run with ARGS once main.cf and master.cf are written and before
# Postfix starts, to add to them (RUN, WORK, PORT, NONCE in its environment; as_root is its own
# business): submission-sasl.sh makes the submission fixture of it.
set -euo pipefail
action=$1; work=$2

fail() { echo "postfix-fixture: $*" >&2; exit 1; }

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo -n)

# The greeting on 127.0.0.1:PORT, or nothing (one connection, bounded to 2 s).
greeting() {
    /usr/bin/python3 - "$1" <<'EOP'
import socket, sys
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2) as s:
        print(s.makefile("rb").readline(512).decode("ascii", "replace").strip())
except OSError:
    pass
EOP
}

case "$action" in
start)
    port=$3
    "${as_root[@]}" true 2>/dev/null \
        || fail "Postfix needs root: run as root, or allow sudo without a password"
    command -v postfix >/dev/null || fail "postfix is not installed (Debian package postfix)"
    "$0" stop "$work" 2>/dev/null || true
    [ -z "$(greeting "$port")" ] || fail "127.0.0.1:$port already answers"
    rm -rf "$work"; mkdir -p "$work"
    # Postfix's own directories live under /tmp, where the postfix user can reach them whatever
    # the permissions of the build tree's parents (a home directory is often 0700).
    run=$(mktemp -d /tmp/sceau-postfix.XXXXXX); chmod 755 "$run"; echo "$run" > "$work/run"
    mkdir -p "$run/conf" "$run/spool" "$run/data"
    "${as_root[@]}" chown postfix:postfix "$run/data"
    nonce=$(head -c12 /dev/urandom | od -An -tx1 | tr -d ' \n'); echo "$nonce" > "$work/nonce"
    echo "$port" > "$work/port"
    # The test CA and the server's certificate (leaf + CA in one file, as Postfix sends it).
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
        -subj "/CN=Sceau Test CA $nonce" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$work/ca-key.pem" -out "$work/ca.pem" 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -subj "/CN=mail.sceau.test" -keyout "$run/conf/key.pem" -out "$work/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:mail.sceau.test\nextendedKeyUsage=serverAuth\n' > "$work/server.ext"
    openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca-key.pem" \
        -CAcreateserial -days 30 -extfile "$work/server.ext" -out "$work/leaf.pem" 2>/dev/null
    cat "$work/leaf.pem" "$work/ca.pem" > "$run/conf/cert.pem"
    here=$(dirname "$(readlink -f "$0")")
    sed -e "s#@WORK@#$run#g" -e "s#@NONCE@#$nonce#g" "$here/main.cf.in" > "$run/conf/main.cf"
    sed -e "s#@PORT@#$port#g" "$here/master.cf.in" > "$run/conf/master.cf"
    if [ $# -gt 3 ]; then
        RUN=$run WORK=$work PORT=$port NONCE=$nonce "${@:4}" || fail "$4 failed"
    fi
    "${as_root[@]}" postfix -c "$run/conf" start-fg > "$work/postfix.log" 2>&1 &
    echo $! > "$work/postfix.pid"
    for _ in $(seq 100); do
        case "$(greeting "$port")" in *"$nonce"*) exit 0 ;; esac
        [ -d "/proc/$(cat "$work/postfix.pid")" ] || fail "postfix exited: $(tail -5 "$work/postfix.log")"
        sleep 0.1
    done
    fail "postfix did not greet on 127.0.0.1:$port: $(tail -5 "$work/postfix.log")"
    ;;
stop)
    [ -f "$work/postfix.pid" ] || exit 0
    port=$(cat "$work/port"); nonce=$(cat "$work/nonce"); run=$(cat "$work/run")
    status=0
    case "$(greeting "$port")" in *"$nonce"*) ;; *) echo "postfix-fixture: Postfix died during the run" >&2; status=1 ;; esac
    "${as_root[@]}" postfix -c "$run/conf" stop >/dev/null 2>&1 \
        || "${as_root[@]}" postfix -c "$run/conf" abort >/dev/null 2>&1 || true
    pid=$(cat "$work/postfix.pid"); rm -f "$work/postfix.pid"
    for _ in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
    "${as_root[@]}" kill -9 "$pid" 2>/dev/null || true
    case "$run" in /tmp/sceau-postfix.*) "${as_root[@]}" rm -rf "$run" ;; esac
    exit $status
    ;;
*)
    fail "usage: postfix-fixture.sh start WORKDIR PORT | stop WORKDIR"
    ;;
esac
