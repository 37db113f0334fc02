#!/bin/bash
# screenshot.sh BUILD_DIR OUT.png [LANG]  — the main window under Xvfb, checking a domain of the
# test zone served by a private Knot, for README.md.
set -euo pipefail
build=$(cd "$1" && pwd); out=$2; lang=${3:-en_US.UTF-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d -t sceau-shot.XXXXXX)
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot"; rm -rf "$work"' EXIT
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" 46553 "$root/tests/data/zones" >/dev/null
mkdir -p "$work/config/Sceau"
printf '[dns]\nnameservers=127.0.0.1:46553\n' > "$work/config/Sceau/sceau.conf"
XDG_CONFIG_HOME="$work/config" LANG=$lang LC_ALL=$lang xvfb-run -a -s "-screen 0 900x640x24" bash -c "
  '$build/app/gui/sceau' multi-spf.sceau.test & app=\$!
  sleep 3
  import -window root -crop 820x600+0+0 +repage '$out'
  kill \$app"
echo "$out"
