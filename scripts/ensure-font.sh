#!/usr/bin/env bash
# Makes sure the TrueType CJK font that PDF reports embed is there (Debian's fonts-droid-fallback, Apache-2.0; the
# setting youcheng.report.font names another). `./youcheng serve` calls it: installs the package as root or through
# sudo when it can; when it cannot, it says so and the server starts anyway (PDF reports then name the missing font).
set -uo pipefail
font=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
latin=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[ -f "$font" ] && [ -f "$latin" ] && exit 0
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
    echo "youcheng: $font is missing (apt-get install fonts-droid-fallback); PDF reports need it" >&2
    exit 0
  fi
  sudo=(sudo -n)
fi
echo "youcheng: installing fonts-droid-fallback and fonts-dejavu-core (the fonts of PDF reports) from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
{ "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends fonts-droid-fallback \
    fonts-dejavu-core; } >/dev/null 2>&1 || echo "youcheng: could not install the report fonts; PDF reports need them" >&2
exit 0
