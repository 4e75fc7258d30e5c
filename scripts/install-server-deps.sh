#!/bin/sh
# Installs what the web-server test (tests/server/run.py) needs, when it is missing:
# Debian's nginx (the server the generated configuration is for) and openssl (a
# self-signed certificate for checking the TLS variant of the configuration).
# The test starts its own nginx on 127.0.0.1 with its own prefix, so the package's
# service must not start on port 80 while it is installed: when the machine has no
# policy-rc.d, one that refuses every service start is put in place for the install
# and removed afterwards (a machine that has one keeps its own).
# Safe to run again: it does nothing, and says nothing, when everything is present.
set -eu

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=$("$(dirname "$0")/apt-install-missing.sh" --list nginx openssl)
[ -n "$missing" ] || exit 0

echo "tongxin: installing$missing"
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# tongxin: no service starts while the test dependencies are installed\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    trap '$SUDO rm -f "$policy"' EXIT INT TERM
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
