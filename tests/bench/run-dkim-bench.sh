#!/bin/bash
# DKIM benchmark (issue 4): key generation (median of N) vs `openssl genpkey`, and sign+verify
# throughput vs dkimpy (python3-dkim). Not part of the pass/fail suite.
# Usage: tests/bench/run-dkim-bench.sh [BUILD_DIR] [RUNS] [MESSAGES]   (default build/release 20 2000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
"$build/tests/bench/bench_dkim" --runs "${2:-20}" --messages "${3:-2000}"
/usr/bin/python3 "$here/dkimpy_bench.py" "${3:-2000}"
