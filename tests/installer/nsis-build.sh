#!/bin/bash
# The Windows installer's NSIS script, as CPack writes it from installer/CMakeLists.txt, compiled
# by Debian's makensis: cpack -G NSIS on this build tree must make an installer, and the script
# must have the Start menu entry and the PATH option. The packaged files are this Linux build's
# (windeployqt runs on Windows only); makensis stores them uncompressed (makensis-uncompressed.sh)
# since compressing a sanitizer build takes minutes and checks nothing of ours.
#   nsis-build.sh <cpack> <build dir> <work dir>
set -uo pipefail
cpack=$1 build=$2 work=$3
command -v makensis > /dev/null || { echo "FAIL: makensis is not installed (Debian: nsis)"; exit 1; }
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
if ! "$cpack" --config "$build/CPackConfig.cmake" -G NSIS -B "$work" \
        -D "CPACK_NSIS_EXECUTABLE=$here/makensis-uncompressed.sh" > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" "$work"/_CPack_Packages/*/NSIS/NSISOutput.log 2> /dev/null
    echo "FAIL: cpack -G NSIS failed"
    exit 1
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
shopt -s nullglob
installers=("$work"/sceau-*.exe)
if [ ${#installers[@]} -ne 1 ]; then
    fail "expected one sceau-*.exe, found ${#installers[@]}"
elif [ "$(head -c 2 "${installers[0]}")" != MZ ]; then
    fail "${installers[0]} is not a Windows executable"
else
    ls -l "${installers[0]}"
fi
script=$(echo "$work"/_CPack_Packages/*/NSIS/project.nsi)
grep -q 'CreateShortCut "$SMPROGRAMS\\$STARTMENU_FOLDER\\Sceau.lnk" "$INSTDIR\\bin\\sceau.exe"' "$script" ||
    fail "no Start menu entry for bin\\sceau.exe in the NSIS script"
grep -q 'Push "ModifyPath"' "$script" || fail "no PATH option in the NSIS script"
grep -q '^ *Name "Sceau"$' "$script" || fail "the installer is not named Sceau"
[ "$failures" -eq 0 ] || exit 1
echo "NSIS installer: built"
