#!/bin/sh
# Installs what the real-browser tests (tests/browser/run.py) need, when it is missing:
#   - Debian packages: Chromium and its driver, the CJK and Latin fonts (without
#     fonts-noto-cjk every Chinese glyph is a box) and poppler-utils (pdfinfo);
#   - a venv at .tools/browser-venv with a pinned Selenium, and axe-core's JavaScript
#     taken from the axe-playwright-python wheel (installed with --no-deps: Playwright
#     itself is not needed, only its bundled axe.min.js).
# Safe to run again: it does nothing, and says nothing, when everything is present.
set -eu
cd "$(dirname "$0")/.."

SELENIUM_VERSION=4.51.0
AXE_PACKAGE_VERSION=0.1.8
VENV=.tools/browser-venv

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

scripts/apt-install-missing.sh chromium chromium-driver fonts-noto-cjk fonts-liberation poppler-utils

if [ ! -x "$VENV/bin/python3" ]; then
    echo "tongxin: creating $VENV"
    mkdir -p .tools
    if ! python3 -m venv "$VENV" 2>/dev/null; then
        rm -rf "$VENV"
        $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
        python3 -m venv "$VENV"
    fi
fi

if ! "$VENV/bin/python3" - "$SELENIUM_VERSION" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if version("selenium") == sys.argv[1] else 1)
EOF
then
    echo "tongxin: installing selenium==$SELENIUM_VERSION into $VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "selenium==$SELENIUM_VERSION"
fi

if ! "$VENV/bin/python3" - "$AXE_PACKAGE_VERSION" <<'EOF' 2>/dev/null
import sys, os, importlib.util
from importlib.metadata import version
spec = importlib.util.find_spec("axe_playwright_python")
ok = (version("axe-playwright-python") == sys.argv[1] and spec is not None and
      os.path.isfile(os.path.join(os.path.dirname(spec.origin), "axe.min.js")))
sys.exit(0 if ok else 1)
EOF
then
    echo "tongxin: installing axe-core (from axe-playwright-python==$AXE_PACKAGE_VERSION) into $VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps "axe-playwright-python==$AXE_PACKAGE_VERSION"
fi
