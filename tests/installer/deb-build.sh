#!/bin/bash
# Fixture "deb": the Debian package of this build tree, made by CPack as a user makes it
# (README, Install), and its files extracted with dpkg-deb -x.
#   deb-build.sh <cpack> <build dir> <work dir>     → <work dir>/sceau_*.deb, <work dir>/root/
#   deb-build.sh clean <work dir>                   → removes <work dir>
# Nothing is compiled: CPack installs what the build made (the test needs a built tree).
set -euo pipefail
if [ "$1" = clean ]; then
    rm -rf "$2"
    exit 0
fi
cpack=$1 build=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work" > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB failed"
    exit 1
fi
rm -rf "$work/_CPack_Packages" # the staging copy: hundreds of MB in a sanitizer build
shopt -s nullglob
debs=("$work"/sceau_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one sceau_*.deb in $work, found ${#debs[@]}"
    exit 1
fi
dpkg-deb -x "${debs[0]}" "$work/root"
ls -l "${debs[0]}"
