#!/bin/sh
# Installs the system packages Tongxin needs when they are missing (Debian/Ubuntu).
# Safe to run again: it does nothing when everything is present.
set -eu

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then
    missing="$missing libcmark-gfm-dev libcmark-gfm-extensions-dev"
fi
# crypt.h: tongxin deploy user hashes passwords with libcrypt (comes with libc6-dev).
[ -f /usr/include/crypt.h ] || missing="$missing libcrypt-dev"
[ -f /usr/include/zlib.h ] || missing="$missing zlib1g-dev"
# mimalloc replaces glibc's malloc in the tongxin binary (linked, see Package.swift).
[ -f /usr/include/mimalloc.h ] || missing="$missing libmimalloc-dev"
command -v gzip >/dev/null 2>&1 || missing="$missing gzip"
command -v git >/dev/null 2>&1 || missing="$missing git"
# pdftotext: the public build reads the text of every PDF it publishes (leak scan).
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
# Covers of cases are resized, turned upright and stripped of EXIF/GPS by libvips.
command -v vipsthumbnail >/dev/null 2>&1 || missing="$missing libvips-tools"

if [ -n "$missing" ]; then
    echo "tongxin: installing$missing"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "tongxin: Swift 6 is required (https://www.swift.org/install/linux/); 'swift' is not on PATH" >&2
    exit 1
fi

# Search: Pagefind's extended build (Chinese word segmentation), offline, in a venv
# beside the project so nothing touches the system Python.
if [ ! -x .tools/venv/bin/python3 ] || ! .tools/venv/bin/python3 -c "import pagefind_bin_extended" 2>/dev/null; then
    echo "tongxin: installing Pagefind (pagefind-bin-extended 1.5.2) into .tools/venv"
    if ! python3 -m venv .tools/venv 2>/dev/null; then
        if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get install -y -qq --no-install-recommends python3-venv
        python3 -m venv .tools/venv
    fi
    .tools/venv/bin/pip install -q --disable-pip-version-check pagefind-bin-extended==1.5.2
fi
