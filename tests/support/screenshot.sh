#!/bin/bash
# screenshot.sh BUILD_DIR OUT.png [LANG]  — the main window under Xvfb for README.md:
# a domains list of three clients (made with sceau-cli, each checked and saved) and the
# dashboard of one of them, against the test zones served by a private Knot.
set -euo pipefail
build=$(cd "$1" && pwd); out=$2; lang=${3:-en_US.UTF-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d -t sceau-shot.XXXXXX)
trap '"$root/tests/support/knot/knot-fixture.sh" stop "$work/knot"; rm -rf "$work"' EXIT
"$root/tests/support/knot/knot-fixture.sh" start "$work/knot" 46553 "$root/tests/data/zones" >/dev/null
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=$lang LC_ALL=$lang
mkdir -p "$XDG_CONFIG_HOME/Sceau"
printf '[dns]\nnameservers=127.0.0.1:46553\n' > "$XDG_CONFIG_HOME/Sceau/sceau.conf"
cli() { "$build/app/cli/sceau-cli" --nameserver 127.0.0.1:46553 "$@" >/dev/null || true; }
cli domains add good.sceau.test --client "Dupont & Fils" --tag production
cli domains add multi-spf.sceau.test --client "Dupont & Fils" --tag staging
cli domains add no-dmarc.sceau.test --client Martin --tag production
cli domains add null-mx.sceau.test --client Martin --tag parked
cli check --no-tls --save good.sceau.test multi-spf.sceau.test no-dmarc.sceau.test null-mx.sceau.test
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$build/app/gui/sceau' good.sceau.test & app=\$!
  sleep 4
  import -window root -crop 1180x760+0+0 +repage '$out'
  kill \$app"
echo "$out"
