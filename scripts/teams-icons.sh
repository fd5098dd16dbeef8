#!/usr/bin/env bash
# Renders CareerBot's Teams icons, src/CareerBot/Teams/Icons/{color,outline}.png, from the SVG drawings beside them
# with Debian's Chromium (headless, transparent background), at the sizes Teams asks: 192×192 and 32×32. Run it after
# editing an SVG and commit the PNGs; the build embeds the PNGs, the tests check their size and transparency.
set -euo pipefail
cd "$(dirname "$0")/../src/CareerBot/Teams/Icons"
command -v chromium > /dev/null || { echo "needs Debian's chromium: apt-get install chromium" >&2; exit 1; }
for icon in color:192 outline:32; do
  name=${icon%%:*}
  size=${icon##*:}
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$PWD/$name.png" "file://$PWD/$name.svg" 2> /dev/null
  echo "$name.png: ${size}×${size}, $(stat -c %s "$name.png") bytes"
done
