#!/bin/bash
# What the package of the fixture "deb" holds, checked from its extracted tree:
#   deb-contents.sh <work dir> <project version>
# - the control file's Version and both executables' --version are the project version;
# - the desktop entry passes desktop-file-validate, the AppStream metainfo appstreamcli validate
#   (both the file and the tree: launchable, icon), and the entry's Exec and Icon are packaged;
# - the icon in hicolor: scalable SVG and PNG at 16, 22, 24, 32, 48, 64, 128, 256 of that size;
# - man pages of both executables in usr/share/man/man1 that man renders without warnings, the
#   one of sceau-cli naming every command its --help lists;
# - the translations: both executables speak French under a French locale;
# - usr/share/doc/sceau has copyright and changelog.gz.
set -uo pipefail
work=$1 version=$2
root=$work/root
deb=$(echo "$work"/sceau_*.deb)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for tool in desktop-file-validate appstreamcli man identify; do
    command -v "$tool" > /dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done
[ -f "$deb" ] && [ -d "$root" ] || { echo "FAIL: no package in $work (fixture deb)"; exit 1; }

# A fresh home and configuration: the packaged programs as a new user runs them.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() { env HOME="$home" XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" XDG_RUNTIME_DIR="$home" \
            QT_QPA_PLATFORM=offscreen "$@"; }

# The version, from the one place it is set (project() in CMakeLists.txt).
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is $(dpkg-deb -f "$deb" Version), not $version"
out=$(run "$root/usr/bin/sceau-cli" --version 2>&1) || fail "sceau-cli --version failed: $out"
[ "$out" = "sceau-cli $version" ] || fail "sceau-cli --version says \"$out\", not \"sceau-cli $version\""
out=$(run "$root/usr/bin/sceau" --version 2> /dev/null) || fail "sceau --version failed"
[ "$out" = "sceau $version" ] || fail "sceau --version says \"$out\", not \"sceau $version\""

# Desktop entry and metainfo.
desktop=$root/usr/share/applications/org.sceau.Sceau.desktop
metainfo=$root/usr/share/metainfo/org.sceau.Sceau.metainfo.xml
if ! out=$(desktop-file-validate "$desktop" 2>&1) || grep -qi 'error\|warning' <<< "$out"; then
    fail "desktop-file-validate: $out"
fi
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || fail "appstreamcli validate-tree: $out"
exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec" ] || fail "the desktop entry runs $exec, not in usr/bin"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = org.sceau.Sceau ] || fail "the desktop entry's icon is \"$icon\""

# Icons.
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    if [ ! -f "$png" ]; then
        fail "no ${size}x${size} icon"
    elif [ "$(identify -format '%m %wx%h' "$png")" != "PNG ${size}x${size}" ]; then
        fail "the ${size}x${size} icon is $(identify -format '%m %wx%h' "$png")"
    fi
done

# Man pages.
for program in sceau sceau-cli; do
    page=$root/usr/share/man/man1/$program.1.gz
    if [ ! -f "$page" ]; then
        fail "no man page for $program"
        continue
    fi
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 > /dev/null)
    [ -z "$warnings" ] || fail "man $program: $warnings"
done
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man1/sceau-cli.1.gz" 2> /dev/null)
commands=$(run "$root/usr/bin/sceau-cli" --lang en --help | sed -n '/^Commands:$/,/^$/p' |
           sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)*\).*/\1/p')
[ "$(wc -l <<< "$commands")" -gt 20 ] || fail "sceau-cli --help lists too few commands: $commands"
while read -r command; do
    grep -q "^   $command\b" <<< "$rendered" || fail "the man page of sceau-cli has no \"$command\""
done <<< "$commands"

# French, from the translations compiled into the executables.
out=$(run LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 "$root/usr/bin/sceau-cli" --help)
nbsp=$(printf '\xc2\xa0') # French puts a no-break space before a colon
grep -q "^Commandes${nbsp}:\$" <<< "$out" || fail "sceau-cli does not speak French under fr_FR"
out=$(run LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 "$root/usr/bin/sceau" --help 2> /dev/null)
grep -q 'Domaine à vérifier au démarrage' <<< "$out" || fail "sceau does not speak French under fr_FR"
grep -q '^Utilisation' <<< "$out" || fail "sceau has not Qt's French (qtbase_fr) under fr_FR"

for file in copyright changelog.gz; do
    [ -f "$root/usr/share/doc/sceau/$file" ] || fail "no usr/share/doc/sceau/$file"
done

[ "$failures" -eq 0 ] || exit 1
echo "package contents: as expected"
