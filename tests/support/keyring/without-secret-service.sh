#!/bin/bash
# without-secret-service.sh COMMAND [ARGS…]
# Runs COMMAND on a private D-Bus session bus that has no services at all (no service files,
# so nothing is auto-activated): the keychain is absent. Bounded by 60 seconds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d -t sceau-nokeyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec timeout --kill-after=5 60 dbus-run-session --config-file="$here/dbus-noservices.conf" -- "$@"
