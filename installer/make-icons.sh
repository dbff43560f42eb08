#!/usr/bin/env bash
# Regenerates every icon from assets/bitzoom-desk.svg (the one source):
#   assets/png/bitzoom-desk-<N>.png for N in 16 32 48 64 128 256 512, assets/bitzoom-desk.ico, assets/bitzoom-desk.icns,
#   and the window icons the app loads from src/main/resources/com/bitzoom/desk/ui/icons/ (32, 64, 256).
# The results are committed, so building the app or the installer never needs these tools; run this only after
# changing the SVG. Tools (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rsvg-convert || ! need convert || ! need png2icns; then
  echo "make-icons: installing librsvg2-bin imagemagick icnsutils" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin imagemagick icnsutils >/dev/null
fi

svg=assets/bitzoom-desk.svg
png=assets/png
window_icons=src/main/resources/com/bitzoom/desk/ui/icons
mkdir -p "$png" "$window_icons"

for n in 16 32 48 64 128 256 512; do
  # Rendered straight from the vector at each size (no downscaling of a big bitmap: small sizes stay crisp).
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "$png/bitzoom-desk-$n.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for (256 is stored PNG-compressed).
convert "$png"/bitzoom-desk-{16,32,48,64,128,256}.png -strip assets/bitzoom-desk.ico

# macOS: png2icns picks the icns slot from each image's size (16, 32, 48, 128, 256, 512).
png2icns assets/bitzoom-desk.icns "$png"/bitzoom-desk-{16,32,48,128,256,512}.png >/dev/null

for n in 32 64 256; do
  cp "$png/bitzoom-desk-$n.png" "$window_icons/bitzoom-desk-$n.png"
done

ls -l "$png" assets/bitzoom-desk.ico assets/bitzoom-desk.icns "$window_icons"
