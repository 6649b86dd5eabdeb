#!/usr/bin/env bash
# Refresh the vendored HTMX (src/afterword/web/static/vendor/) from its npm package: the app never loads a CDN.
#   bash scripts/vendor_htmx.sh [VERSION]     (default: the version the app was last tested with)
set -euo pipefail
version="${1:-2.0.11}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "htmx.org@$version" >/dev/null && tar xzf htmx.org-*.tgz)
cp "$work/package/dist/htmx.min.js" "$here/src/afterword/web/static/vendor/htmx.min.js"
cp "$work/package/LICENSE" "$here/src/afterword/web/static/vendor/htmx.LICENSE.txt"
echo "vendored htmx.org@$version"
