#!/bin/sh
# Installs what the Word-file tests (Tests/TongxinTests/WordFileTests.swift) need, when it
# is missing: LibreOffice Writer without its GUI, which converts each .docx Tongxin writes
# to PDF (a real Word client, headless), the CJK fonts it lays the text out with, and
# poppler-utils (pdftotext, pdfinfo) that read the PDF back.
# Test-time only: `tongxin build` writes .docx files itself and never runs LibreOffice.
# Safe to run again: it does nothing, and says nothing, when everything is present.
set -eu

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=""
for pkg in libreoffice-writer-nogui fonts-noto-cjk poppler-utils; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $pkg"
    fi
done
if [ -n "$missing" ]; then
    echo "tongxin: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
