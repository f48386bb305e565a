#!/usr/bin/env bash
# Browser tests need Debian's Chromium, the PDF checks need poppler-utils (pdftotext, pdftoppm), and the
# encrypted-file checks need Debian's age tool (a file the app protects must open with it, and the reverse).
# Install them when we can (root with apt-get); otherwise stop with one clear line. Never skip silently.
set -uo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v age >/dev/null 2>&1 || missing+=(age)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages for the browser and PDF tests..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; then
    [ -x "$chromium_path" ] || { echo "Chromium is not at $chromium_path after installing: set CHROMIUM_PATH to your Chromium binary."; exit 1; }
    exit 0
  fi
  echo "Could not install ${missing[*]} with apt-get: install them (apt-get install -y chromium poppler-utils age) and run the tests again."
  exit 1
fi
echo "Missing ${missing[*]}: run 'sudo apt-get install -y chromium poppler-utils age' (or set CHROMIUM_PATH to a Chromium binary) and run the tests again."
exit 1
