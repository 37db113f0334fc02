#!/bin/sh
# SPF benchmark: the RFC 7208 suite (203 cases) evaluated in-process by Sceau and by pyspf,
# DNS answered from memory on both sides. Usage: run-spf-bench.sh BUILD_DIR [ITERATIONS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?build directory}
iterations=${2:-20}
suite="$here/../data/spf/rfc7208-tests.json"
"$build/tests/bench/bench_spf" "$suite" "$iterations"
/usr/bin/python3 "$here/bench_pyspf.py" "$suite" "$iterations"
