#!/bin/bash
# DMARC aggregate report benchmark (issue 10): import of the largest sample report and of 1000
# generated reports (reports/s, peak memory), next to a plain `xmllint --stream` pass over the
# same files as the floor (parsedmarc is not packaged in Debian 12). Not part of the suite.
# Usage: tests/bench/run-dmarc-bench.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
large="$root/tests/data/dmarc/aggregate/parsedmarc/!large-example.com!1711897200!1711983600.xml"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# 1000 reports of 20 records each, distinct report ids, from the 20-record sample.
python3 - "$root/tests/data/dmarc/aggregate/parsedmarc-extract_report/nice-input.xml" "$work" <<'PY'
import sys
template = open(sys.argv[1]).read()
for i in range(1000):
    text = template.replace('11038226378739404135', 'bench-%04d' % i)
    open('%s/r%04d.xml' % (sys.argv[2], i), 'w').write(text)
PY
floor() { # xmllint --stream over the files; wall time and peak RSS
    /usr/bin/time -f "xmllint --stream: %e s, peak RSS %M KiB" xmllint --stream --noout "$@"
}
echo "== largest sample (909 KB, 2286 records)"
"$build/tests/bench/bench_dmarc" "$large"
floor "$large"
echo "== 1000 generated reports (20 records each)"
"$build/tests/bench/bench_dmarc" "$work"/r*.xml
floor "$work"/r*.xml
