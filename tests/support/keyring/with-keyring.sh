#!/bin/bash
# with-keyring.sh COMMAND [ARGS…]
# Runs COMMAND on a private D-Bus session bus with an unlocked gnome-keyring (Secret Service),
# in a throw-away HOME, so keychain tests never touch the user's keyring and never hang:
# the whole run is bounded by SCEAU_KEYRING_TIMEOUT seconds (default 90).
# Needs: dbus (dbus-run-session), gnome-keyring, libglib2.0-bin (gdbus).
set -euo pipefail
home=$(mktemp -d -t sceau-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export SCEAU_KEYRING_HOME=$home
# Not exec: the EXIT trap must still remove the throw-away HOME once the command ends.
status=0
timeout --kill-after=5 "${SCEAU_KEYRING_TIMEOUT:-90}" dbus-run-session -- bash -c '
    export HOME=$SCEAU_KEYRING_HOME XDG_DATA_HOME=$SCEAU_KEYRING_HOME/data \
           XDG_CONFIG_HOME=$SCEAU_KEYRING_HOME/config XDG_CACHE_HOME=$SCEAU_KEYRING_HOME/cache \
           XDG_RUNTIME_DIR=$SCEAU_KEYRING_HOME/run
    export TMPDIR=$SCEAU_KEYRING_HOME/tmp
    mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$TMPDIR" && chmod 700 "$XDG_RUNTIME_DIR"
    # --unlock reads the login keyring password on stdin and creates the keyring if needed.
    eval "$(printf "%s" sceau-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # The daemon answers --unlock before it owns the Secret Service name on the bus: a client
    # asking meanwhile would have D-Bus start a second, locked daemon that wants a prompt.
    gdbus wait --session --timeout 30 org.freedesktop.secrets \
        || { echo "with-keyring.sh: the keyring never took org.freedesktop.secrets" >&2; exit 1; }
    "$@"' bash "$@" || status=$?
exit "$status"
