#!/usr/bin/env bash
# Installs the Debian packages BriefKit needs and are missing: Cairo/Pango/zlib headers, fonts,
# and the real tools the tests check output with. Does nothing when all are present.
set -euo pipefail
# Fonts: Noto covers Latin, Vietnamese, Cyrillic, Arabic, Hebrew and Thai (core), Chinese, Japanese
# and Korean (cjk) and emoji (color-emoji). Hyphenation: libhyphen and the dictionaries of the
# languages BriefKit ships words for (Resources/Languages); the others break between words.
packages=(pkg-config libcairo2-dev libpango1.0-dev libpng-dev zlib1g-dev libhyphen-dev
          hyphen-en-gb hyphen-en-us hyphen-fr hyphen-de hyphen-es hyphen-ru hyphen-id
          fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core
          qpdf poppler-utils librsvg2-bin)
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
