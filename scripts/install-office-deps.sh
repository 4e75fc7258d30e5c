#!/bin/sh
# Installs what the Word-file tests (Tests/TongxinTests/WordFileTests.swift) need, when it
# is missing: LibreOffice Writer without its GUI, which converts each .docx Tongxin writes
# to PDF (a real Word client, headless), the CJK fonts it lays the text out with, and
# poppler-utils (pdftotext, pdfinfo) that read the PDF back.
# Test-time only: `tongxin build` writes .docx files itself and never runs LibreOffice.
# Safe to run again: it does nothing, and says nothing, when everything is present.
set -eu

"$(dirname "$0")/apt-install-missing.sh" libreoffice-writer-nogui fonts-noto-cjk poppler-utils
