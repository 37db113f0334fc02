#!/bin/bash
# screenshot-transport.sh BUILD_DIR OUT.png [LANG] — the Transport tab under Xvfb, for README.md:
# mixed.mxset.test of the test zones, its primary MX offering STARTTLS with a self-signed
# certificate and its backup offering none (the suite's SMTP server on 127.0.9.11/12 port 25,
# hence root). Needs xvfb, xdotool, imagemagick, knot.
set -euo pipefail
build=$(cd "$1" && pwd); out=$2; lang=${3:-en_US.UTF-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d -t sceau-shot.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    "$root/tests/support/knot/knot-fixture.sh" stop "$work/knot"
    rm -rf "$work"
}
trap cleanup EXIT
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" 46553 "$root/tests/data/zones" >/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 60 \
    -subj /CN=mx1.mixed.mxset.test -addext subjectAltName=DNS:mx1.mixed.mxset.test \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
python3 "$root/tests/support/smtp/smtpserver.py" --mode starttls --cert "$work/cert.pem" \
    --key "$work/key.pem" --name mx1.mixed.mxset.test --address 127.0.9.11 --port 25 >/dev/null &
pids+=($!)
python3 "$root/tests/support/smtp/smtpserver.py" --mode no-starttls --name mx2.mixed.mxset.test \
    --address 127.0.9.12 --port 25 >/dev/null &
pids+=($!)
mkdir -p "$work/config/Sceau"
printf '[dns]\nnameservers=127.0.0.1:46553\n' > "$work/config/Sceau/sceau.conf"
XDG_CONFIG_HOME="$work/config" LANG=$lang LC_ALL=$lang xvfb-run -a -s "-screen 0 1000x760x24" bash -c "
  '$build/app/gui/sceau' mixed.mxset.test & app=\$!
  sleep 3
  xdotool search --sync --onlyvisible --class sceau >/dev/null; xdotool mousemove 123 145 click 1
  sleep 4
  import -window root -crop 820x740+0+0 +repage '$out'
  kill \$app"
echo "$out"
