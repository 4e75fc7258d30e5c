#!/bin/sh
# Writes a 4032 × 3024 JPEG (the size of a 12-megapixel phone photo: a blue gradient)
# to $1, with libvips (libvips-tools, from scripts/install-deps.sh). The browser run
# puts one into its copy of the example content, as a case's cover and in a story's
# body, to check that no page scrolls sideways at 390 px.
set -eu
out="$1"
work=$(mktemp -d "${TMPDIR:-/tmp}/tongxin-photo.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
vips xyz "$work/xy.v" 4032 3024
vips extract_band "$work/xy.v" "$work/x.v" 0
vips linear "$work/x.v" "$work/g.v" 0.05 40
vips cast "$work/g.v" "$work/g8.v" uchar
vips bandjoin "$work/g8.v $work/g8.v $work/g8.v" "$work/rgb.v"
vips linear "$work/rgb.v" "$work/tint.v" "0.6 0.8 1" "0 20 60"
vips cast "$work/tint.v" "$work/tint8.v" uchar
vips copy "$work/tint8.v" "$out"
