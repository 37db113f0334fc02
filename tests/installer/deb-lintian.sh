#!/bin/bash
# lintian on the package of the fixture "deb": every tag is shown; any error (E:) fails, and so
# does lintian itself failing.
#   deb-lintian.sh <work dir>
set -uo pipefail
command -v lintian > /dev/null || { echo "FAIL: lintian is not installed"; exit 1; }
deb=$(echo "$1"/sceau_*.deb)
[ -f "$deb" ] || { echo "FAIL: no package in $1 (fixture deb)"; exit 1; }
report=$(lintian --tag-display-limit 0 "$deb" 2>&1)
status=$? # 0: no error tags, 2: error tags, anything else: lintian could not check
echo "$report"
errors=$(grep -c '^E: ' <<< "$report")
echo "lintian: $errors errors, $(grep -c '^W: ' <<< "$report") warnings (exit status $status)"
if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
    echo "FAIL: lintian reports errors or could not check the package"
    exit 1
fi
