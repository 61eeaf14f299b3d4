#!/usr/bin/env bash
# Rebuilds the font files in src/main/resources/org/secnotes/fonts from their npm packages, and
# prints their SHA-256. Run from anywhere; needs npm, python3 with fontTools (Debian: python3-fonttools),
# and network access to the npm registry (where python3 is a pyenv shim without fontTools, run it
# as PATH=/usr/bin:$PATH bash fetch-fonts.sh). The output is byte-for-byte the committed files when
# fontTools is 4.38.0 (Debian 12); another version may order tables differently.
#
#   Noto Naskh Arabic: the static Regular and Bold instances, copied unchanged.
#   Noto Serif SC:     Regular and Bold, subset (subset-noto-serif-sc.py says which characters stay).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/src/main/resources/org/secnotes/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # package version expected-shasum
    (cd "$work" && npm pack --silent "$1@$2" >/dev/null)
    local tarball="$work/$(echo "${1#@}" | tr / -)-$2.tgz"
    local sum
    sum="$(sha1sum "$tarball" | cut -d' ' -f1)"
    if [ "$sum" != "$3" ]; then
        echo "$1@$2: shasum $sum, expected $3" >&2
        exit 1
    fi
    mkdir -p "$work/$1"
    tar xzf "$tarball" -C "$work/$1"
}

fetch @expo-google-fonts/noto-naskh-arabic 0.4.5 6dad4a8657f72dca17ecb246504d9b1693edaa52
naskh="$work/@expo-google-fonts/noto-naskh-arabic/package"
cp "$naskh/400Regular/NotoNaskhArabic_400Regular.ttf" "$out/NotoNaskhArabic-Regular.ttf"
cp "$naskh/700Bold/NotoNaskhArabic_700Bold.ttf" "$out/NotoNaskhArabic-Bold.ttf"
cp "$naskh/LICENSE_FONT" "$out/NotoNaskhArabic-OFL.txt"

fetch @expo-google-fonts/noto-serif-sc 0.4.3 27b80e37282893c78811f866444c9bc425c47e35
sc="$work/@expo-google-fonts/noto-serif-sc/package"
for weight in 400Regular:Regular 700Bold:Bold; do
    python3 "$here/subset-noto-serif-sc.py" "$sc/${weight%%:*}/NotoSerifSC_${weight%%:*}.ttf" \
        "$out/NotoSerifSC-${weight##*:}-GB2312.ttf" "$here/extra-han.txt"
done
cp "$sc/LICENSE_FONT" "$out/NotoSerifSC-OFL.txt"

(cd "$out" && sha256sum *.ttf)
