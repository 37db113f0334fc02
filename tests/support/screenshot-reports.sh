#!/bin/bash
# screenshot-reports.sh BUILD_DIR OUT.png [LANG] — the Reports tab under Xvfb, for README.md: the
# parsedmarc aggregate samples of tests/data/dmarc stored in a private workspace by
# `sceau-cli dmarc report --store`, then shown for example.com. Needs xvfb, xdotool, imagemagick.
set -euo pipefail
build=$(cd "$1" && pwd); out=$2; lang=${3:-en_US.UTF-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d -t sceau-shot.XXXXXX)
trap 'rm -rf "$work"' EXIT
samples=$root/tests/data/dmarc/aggregate/parsedmarc
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
"$build/app/cli/sceau-cli" dmarc report --store "$samples"/*example.com* >/dev/null || true
LANG=$lang LC_ALL=$lang xvfb-run -a -s "-screen 0 1000x760x24" bash -c "
  '$build/app/gui/sceau' & app=\$!
  xdotool search --sync --onlyvisible --class sceau >/dev/null; sleep 1
  xdotool mousemove 199 145 click 1
  sleep 2
  import -window root -crop 820x600+0+0 +repage '$out'
  kill \$app"
echo "$out"
