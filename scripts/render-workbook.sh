#!/usr/bin/env bash
# Renders a workbook to PNG pages the way a person would see it printed: LibreOffice (headless)
# prints it to PDF on the workbook's own page setup, pdftoppm turns each page into a PNG.
#   scripts/render-workbook.sh out/summary.xlsx [output-folder] [dpi]
# Installs libreoffice-calc, poppler-utils and fonts-liberation (a Times New Roman-compatible serif)
# with apt-get when they are missing (root on Debian, as on the project's machines).
set -euo pipefail
workbook=${1:?usage: render-workbook.sh WORKBOOK.xlsx [OUTPUT-FOLDER] [DPI]}
out=${2:-$(dirname "$workbook")/png}
dpi=${3:-80}

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fonts=$(fc-list 2>/dev/null || true)
grep -qi "Liberation Serif" <<<"$fonts" || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private profile keeps runs independent of any LibreOffice the user has open.
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf --outdir "$tmp" "$workbook" >/dev/null
pdf="$tmp/$(basename "${workbook%.*}").pdf"
stem="$out/$(basename "${workbook%.*}")"
pdftoppm -png -r "$dpi" "$pdf" "$stem"
ls -1 "$stem"*.png
