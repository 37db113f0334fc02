#!/bin/bash
# dnssec-fixture.sh start WORKDIR KNOT_PORT UNBOUND_PORT POSTFIX_WORKDIR  |  dnssec-fixture.sh stop WORKDIR
# A second Knot DNS on 127.0.0.1:KNOT_PORT that signs zones with DNSSEC (ECDSA P-256, NSEC), and
# an unbound on 127.0.0.1:UNBOUND_PORT validating them, with the zones' KSKs as trust anchors.
# The TLSA records are computed from the certificate of the suite's Postfix (POSTFIX_WORKDIR,
# fixture "postfix": leaf.pem for mail.sceau.test, issued by ca.pem), so DANE matches it.
#
# Zones (every MX host has the address 127.0.0.1; tests reach Postfix with --port-map 25=…):
#  sceau.test     signed, anchored: MX mail.sceau.test; TLSA 3 1 1 (leaf key) and 2 1 1 (CA key);
#                 a wildcard *.wild.sceau.test TXT
#  dane.test      signed, anchored:
#                   mismatch.dane.test  MX mx.mismatch.dane.test, TLSA 3 1 1 of another key
#                   cname.dane.test     MX mx.cname.dane.test, its _25._tcp name a CNAME to
#                                       tlsa.dane.test (TLSA 3 1 1 of the leaf key)
#                   pkix.dane.test      MX mx.pkix.dane.test, only TLSA 1 1 1 (unusable for SMTP)
#                   none.dane.test      MX mx.none.dane.test, no TLSA
#                   sub.dane.test       a signed child zone (its DS in dane.test): MX mail.sub…
#                   unsigned.dane.test  an unsigned child zone (no DS, NSEC proves it): MX mail.…
#  bogus.test     signed, but anchored on another zone's key: every answer is bogus (SERVFAIL
#                 from unbound; the data with CD=1). MX mail.bogus.test, TLSA 3 1 1 of the leaf.
#  insecure.test  unsigned, no anchor: MX mail.insecure.test, TLSA 3 1 1 of the leaf (insecure).
#  nsec3.test, optout.test, iter.test   signed with NSEC3 (RFC 5155), anchored: MX mail.<zone>, a
#                 wildcard *.wild.<zone> TXT, an unsigned child unsigned.<zone> (MX mail.…);
#                 optout.test with Opt-Out (the child has no NSEC3 of its own), iter.test with 151
#                 iterations (above RFC 9276's limit of validators: insecure).
#
# Like the Knot fixture, start fails when a port is taken, and is ready only when unbound answers
# this run's nonce (nonce.sceau.test TXT) with the AD bit, i.e. validated; stop fails when Knot or
# unbound died during the run.
set -euo pipefail
action=$1; work=$2

fail() { echo "dnssec-fixture: $*" >&2; exit 1; }

port_free() {
    /usr/bin/python3 - "$1" <<'EOP'
import socket, sys
port = int(sys.argv[1])
for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    if kind == socket.SOCK_STREAM:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
    except OSError as e:
        print(f"127.0.0.1:{port}: {e.strerror}")
        sys.exit(1)
    finally:
        s.close()
EOP
}

alive() {
    local state
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ -n "$state" ] && [ "$state" != Z ]
}

# Exit status 0 when both servers of WORKDIR are alive and unbound answers the nonce, validated.
validates_nonce() {
    local answer
    alive "$(cat "$work/knot.pid" 2>/dev/null)" || return 1
    alive "$(cat "$work/unbound.pid" 2>/dev/null)" || return 1
    answer=$(kdig +time=1 +retry=0 +dnssec @127.0.0.1 -p "$(cat "$work/unbound.port")" \
        nonce.sceau.test TXT 2>/dev/null) || return 1
    grep -q "^;; Flags: .*\<ad\>" <<<"$answer" && grep -q "\"$(cat "$work/nonce")\"" <<<"$answer"
}

# SHA-256 of the DER SubjectPublicKeyInfo of a PEM certificate (TLSA selector 1, matching 1).
spki_sha256() {
    openssl x509 -in "$1" -pubkey -noout | openssl pkey -pubin -outform DER \
        | openssl dgst -sha256 -hex | awk '{print $NF}'
}

zone_head() { # zone_head ORIGIN
    printf '$ORIGIN %s.\n$TTL 60\n@ SOA ns.%s. hostmaster.%s. 1 3600 600 86400 60\n@ NS ns.%s.\nns A 127.0.0.1\n' \
        "$1" "$1" "$1" "$1"
}

case "$action" in
start)
    knot_port=$3; unbound_port=$4; postfix=$5
    "$0" stop "$work" 2>/dev/null || true
    command -v unbound >/dev/null || fail "unbound is not installed (Debian package unbound)"
    [ -f "$postfix/leaf.pem" ] || fail "no Postfix certificate in $postfix (fixture postfix)"
    for port in "$knot_port" "$unbound_port"; do
        why=$(port_free "$port") || fail "port already taken ($why): refusing to use a server that is not ours"
    done
    rm -rf "$work"; mkdir -p "$work/db" "$work/keys" "$work/zones"
    echo "$unbound_port" > "$work/unbound.port"
    nonce=$(head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n'); echo "$nonce" > "$work/nonce"
    leaf=$(spki_sha256 "$postfix/leaf.pem"); ca=$(spki_sha256 "$postfix/ca.pem")
    other=$(head -c32 /dev/urandom | od -An -tx1 | tr -d ' \n')
    { zone_head sceau.test
      printf '@ MX 10 mail.sceau.test.\nmail A 127.0.0.1\n'
      printf '_25._tcp.mail TLSA 3 1 1 %s\n_25._tcp.mail TLSA 2 1 1 %s\n' "$leaf" "$ca"
      printf '*.wild TXT "wildcard"\n'
      printf 'nonce TXT "%s"\n' "$nonce"; } > "$work/zones/sceau.test.zone"
    { zone_head dane.test
      printf 'mismatch MX 10 mx.mismatch.dane.test.\nmx.mismatch A 127.0.0.1\n'
      printf '_25._tcp.mx.mismatch TLSA 3 1 1 %s\n' "$other"
      printf 'cname MX 10 mx.cname.dane.test.\nmx.cname A 127.0.0.1\n'
      printf '_25._tcp.mx.cname CNAME tlsa.dane.test.\ntlsa TLSA 3 1 1 %s\n' "$leaf"
      printf 'pkix MX 10 mx.pkix.dane.test.\nmx.pkix A 127.0.0.1\n'
      printf '_25._tcp.mx.pkix TLSA 1 1 1 %s\n' "$leaf"
      printf 'none MX 10 mx.none.dane.test.\nmx.none A 127.0.0.1\n'
      printf 'sub NS ns.sub\nns.sub A 127.0.0.1\nunsigned NS ns.unsigned\nns.unsigned A 127.0.0.1\n'
    } > "$work/zones/dane.test.zone"
    for child in sub unsigned; do
        { zone_head $child.dane.test
          printf '@ MX 10 mail.%s.dane.test.\nmail A 127.0.0.1\n' $child; } > "$work/zones/$child.dane.test.zone"
    done
    for zone in nsec3.test optout.test iter.test; do
        { zone_head $zone
          printf '@ MX 10 mail.%s.\nmail A 127.0.0.1\n*.wild TXT "wildcard"\n' $zone
          printf 'unsigned NS ns.unsigned\nns.unsigned A 127.0.0.1\n'; } > "$work/zones/$zone.zone"
        { zone_head unsigned.$zone
          printf '@ MX 10 mail.unsigned.%s.\nmail A 127.0.0.1\n' $zone; } > "$work/zones/unsigned.$zone.zone"
    done
    { zone_head bogus.test
      printf '@ MX 10 mail.bogus.test.\nmail A 127.0.0.1\n_25._tcp.mail TLSA 3 1 1 %s\n' "$leaf"; } \
        > "$work/zones/bogus.test.zone"
    { zone_head insecure.test
      printf '@ MX 10 mail.insecure.test.\nmail A 127.0.0.1\n_25._tcp.mail TLSA 3 1 1 %s\n' "$leaf"; } \
        > "$work/zones/insecure.test.zone"
    cat > "$work/knot.conf" <<EOC
server:
    rundir: "$work"
    pidfile: "$work/knotd.pid"
    listen: 127.0.0.1@$knot_port
database:
    storage: "$work/db"
    kasp-db: "$work/keys"
control:
    listen: "$work/knot.sock"
log:
  - target: stderr
    any: warning
policy:
  - id: ecdsa
    algorithm: ecdsap256sha256
    nsec3: off
  - id: nsec3
    algorithm: ecdsap256sha256
    nsec3: on
    nsec3-iterations: 0
    nsec3-salt-length: 0
  - id: optout
    algorithm: ecdsap256sha256
    nsec3: on
    nsec3-iterations: 0
    nsec3-salt-length: 0
    nsec3-opt-out: on
  - id: iter
    algorithm: ecdsap256sha256
    nsec3: on
    nsec3-iterations: 151
    nsec3-salt-length: 8
template:
  - id: default
    storage: "$work/zones"
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
  - id: signed
    storage: "$work/zones"
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
    dnssec-signing: on
    dnssec-policy: ecdsa
zone:
  - domain: sceau.test
    template: signed
  - domain: dane.test
    template: signed
  - domain: bogus.test
    template: signed
  - domain: sub.dane.test
    template: signed
  - domain: nsec3.test
    template: signed
    dnssec-policy: nsec3
  - domain: optout.test
    template: signed
    dnssec-policy: optout
  - domain: iter.test
    template: signed
    dnssec-policy: iter
  - domain: insecure.test
  - domain: unsigned.dane.test
  - domain: unsigned.nsec3.test
  - domain: unsigned.optout.test
  - domain: unsigned.iter.test
EOC
    knotd -c "$work/knot.conf" > "$work/knot.log" 2>&1 &
    echo $! > "$work/knot.pid"
    ksk() { kdig +time=1 +retry=0 +short @127.0.0.1 -p "$knot_port" "$1" DNSKEY 2>/dev/null | awk '$1 == 257'; }
    deadline=$((SECONDS + 20))
    until [ -n "$(ksk sceau.test)" ] && [ -n "$(ksk dane.test)" ] && [ -n "$(ksk bogus.test)" ] \
        && [ -n "$(ksk sub.dane.test)" ] && [ -n "$(ksk nsec3.test)" ] && [ -n "$(ksk optout.test)" ] \
        && [ -n "$(ksk iter.test)" ]; do
        alive "$(cat "$work/knot.pid")" || fail "knotd exited: $(tail -5 "$work/knot.log")"
        [ "$SECONDS" -lt "$deadline" ] || fail "knotd did not sign the zones: $(tail -5 "$work/knot.log")"
        sleep 0.05
    done
    # sub.dane.test: its DS (SHA-256 of its KSK) published in dane.test, which Knot re-signs
    ds=$(keymgr -c "$work/knot.conf" sub.dane.test ds 2>/dev/null | awk '$5 == 2 {$1=""; print; exit}')
    [ -n "$ds" ] || fail "keymgr gave no DS for sub.dane.test"
    knotc -c "$work/knot.conf" zone-begin dane.test >/dev/null
    knotc -c "$work/knot.conf" zone-set dane.test sub 60 $ds >/dev/null
    knotc -c "$work/knot.conf" zone-commit dane.test >/dev/null || fail "the DS of sub.dane.test was not added"
    # bogus.test is anchored on sceau.test's key: its real KSK matches no anchor (RFC 4035 §5).
    { echo "sceau.test. IN DNSKEY $(ksk sceau.test)"
      echo "dane.test. IN DNSKEY $(ksk dane.test)"
      echo "bogus.test. IN DNSKEY $(ksk sceau.test)"
      for zone in nsec3.test optout.test iter.test; do echo "$zone. IN DNSKEY $(ksk $zone)"; done
    } > "$work/anchors.key"
    {
        cat <<EOC
server:
    interface: 127.0.0.1
    port: $unbound_port
    do-ip6: no
    username: ""
    chroot: ""
    directory: "$work"
    pidfile: "$work/unbound.pid.own"
    use-syslog: no
    logfile: ""
    verbosity: 0
    do-not-query-localhost: no
    access-control: 127.0.0.0/8 allow
    module-config: "validator iterator"
    trust-anchor-file: "$work/anchors.key"
    local-zone: "test." nodefault
    val-bogus-ttl: 1
remote-control:
    control-enable: no
EOC
        for zone in sceau.test dane.test bogus.test insecure.test sub.dane.test unsigned.dane.test \
            nsec3.test optout.test iter.test unsigned.nsec3.test unsigned.optout.test unsigned.iter.test; do
            printf 'stub-zone:\n    name: "%s"\n    stub-addr: 127.0.0.1@%s\n' "$zone" "$knot_port"
        done
    } > "$work/unbound.conf"
    unbound -d -c "$work/unbound.conf" > "$work/unbound.log" 2>&1 &
    echo $! > "$work/unbound.pid"
    deadline=$((SECONDS + 20))
    until validates_nonce; do
        alive "$(cat "$work/unbound.pid")" || fail "unbound exited: $(tail -5 "$work/unbound.log")"
        [ "$SECONDS" -lt "$deadline" ] || fail "unbound does not validate nonce.sceau.test: $(tail -5 "$work/unbound.log")"
        sleep 0.05
    done
    echo "dnssec ready: knot 127.0.0.1:$knot_port (pid $(cat "$work/knot.pid")), unbound 127.0.0.1:$unbound_port (pid $(cat "$work/unbound.pid"))"
    ;;
stop)
    [ -f "$work/knot.pid" ] || { echo "no dnssec servers to stop in $work"; exit 0; }
    healthy=yes
    validates_nonce || healthy=no
    for name in unbound knot; do
        pid=$(cat "$work/$name.pid" 2>/dev/null) || continue
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 200); do alive "$pid" || break; sleep 0.05; done
        alive "$pid" && fail "$name (pid $pid) did not stop"
    done
    rm -f "$work/knot.pid" "$work/unbound.pid"
    [ "$healthy" = yes ] || fail "knotd or unbound had died or stopped validating before the end of the tests"
    echo "dnssec servers stopped"
    ;;
*) echo "usage: $0 start WORKDIR KNOT_PORT UNBOUND_PORT POSTFIX_WORKDIR | stop WORKDIR" >&2; exit 2 ;;
esac
