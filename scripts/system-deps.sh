#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs on a bare machine, only those missing.
#   scripts/system-deps.sh offscreen   -> libraries for tests (no display), and chromium
#   scripts/system-deps.sh gui         -> plus X11/xcb libraries and a CJK font for a window
# Measured on a bare Debian 12. Runs apt-get as root, or through sudo when available;
# on other systems it prints what to install and carries on.
set -euo pipefail
mode=${1:-gui}
pkgs=(libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfontconfig1 libdbus-1-3 fonts-wqy-microhei)
# offscreen (the test run): Debian's Chromium opens the exported FAQ page in a real browser.
if [ "$mode" = offscreen ]; then pkgs+=(chromium); fi
if [ "$mode" = gui ]; then
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
         libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libx11-xcb1)
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's libraries and a CJK font are installed: ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: please install as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
