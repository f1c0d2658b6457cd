#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing:
# chromium (browser tests) and poppler-utils (reading generated PDFs back).
# Needs root and apt; elsewhere it says what to install and fails.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"

declare -A need=([chromium]=/usr/bin/chromium [poppler-utils]=/usr/bin/pdftotext)
missing=()
for pkg in "${!need[@]}"; do [ -x "${need[$pkg]}" ] || missing+=("$pkg"); done
[ ${#missing[@]} = 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "installing ${missing[*]} from Debian's packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
  die "missing Debian packages: ${missing[*]} (install them with apt-get as root)"
fi
