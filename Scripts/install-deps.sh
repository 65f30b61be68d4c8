#!/usr/bin/env bash
# Installs the Debian packages BriefKit needs and are missing: Cairo/Pango/zlib headers, fonts,
# and the real tools the tests check output with. Does nothing when all are present.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev libpng-dev zlib1g-dev
          fonts-noto-core fonts-noto-cjk fonts-dejavu-core qpdf poppler-utils librsvg2-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fc-cache -f >/dev/null 2>&1 || true
