#!/bin/sh
# apt-install-missing.sh PACKAGE…: installs, with apt-get (through sudo when not root),
# those of the named Debian packages that are not installed; does nothing, and says
# nothing, when all are. Shared by the install-*-deps.sh scripts.
# apt-install-missing.sh --list PACKAGE…: only prints the missing ones.
set -eu

list=""
if [ "${1:-}" = "--list" ]; then list=1; shift; fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=""
for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $pkg"
    fi
done
[ -n "$missing" ] || exit 0
if [ -n "$list" ]; then echo "$missing"; exit 0; fi

echo "tongxin: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
