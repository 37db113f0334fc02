#!/bin/bash
# Transport benchmark (issue 9): 20 MX hosts × 2 addresses, every connection through a relay that
# adds 50 ms per chunk and direction; the whole domain (probeDomain) next to the slowest probe of
# one host alone.
# Usage: tests/bench/run-mxset-bench.sh [BUILD_DIR] [DELAY_MS]   (default build/release, 50)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}; delay=${2:-50}
export SCEAU_TEST_SUPPORT=$root/tests/support
"$build/tests/bench/bench_mxset" "$build/tests/support/sceau-test-tcprelay" "$delay"
