#!/usr/bin/env bash
# Renders the HTML report in headless Chromium and checks it: no console
# messages, nothing fetched, no overflowing text, no overlapping or clipped
# chart labels, no blank chart area in the PNG screenshot, A4 pages when
# printed. The checks themselves are in scripts/browser_check.py.
#
# Usage: scripts/browser-check.sh [--install] [--require] [--update-screenshot] [--self-test] [SCENARIO]
#   --install            install Chromium from Debian's packages when it is missing
#                        (needs root and apt-get; skipped quietly otherwise)
#   --require            fail, instead of skipping, when Chromium is not available
#   --update-screenshot  also write docs/report.png, the README's screenshot
#   --self-test          also check the checker: broken copies of the report must fail
#   SCENARIO             the scenario to report on (default Scenarios/published.yaml)
# Environment: WORKFORCE=path/to/workforce to use a built executable instead of `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."

install=0 require=0 update=0 selftest=0 scenario=Scenarios/published.yaml
for arg in "$@"; do
  case $arg in
    --install) install=1 ;;
    --require) require=1 ;;
    --update-screenshot) update=1 ;;
    --self-test) selftest=1 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "browser-check: unknown option $arg" >&2; exit 64 ;;
    *) scenario=$arg ;;
  esac
done

find_chromium() {
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
  done
  return 1
}

skip() {
  if [ "$require" = 1 ]; then echo "browser check FAILED: $1" >&2; exit 1; fi
  echo "browser check SKIPPED: $1"
  exit 0
}

chromium_bin=$(find_chromium || true)
if [ -z "$chromium_bin" ] && [ "$install" = 1 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "browser check: Chromium is missing; installing it from Debian's packages"
    apt_options=(-o Acquire::Retries=0 -o Acquire::http::Timeout=20 -o Acquire::https::Timeout=20)
    if ! { timeout 300 apt-get "${apt_options[@]}" update -qq \
      && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get "${apt_options[@]}" install -y -qq chromium >/dev/null; }; then
      echo "browser check: could not install chromium from Debian's packages" >&2
    fi
  fi
  chromium_bin=$(find_chromium || true)
fi
[ -n "$chromium_bin" ] || skip "Chromium is not installed and could not be installed (try: apt-get install chromium)"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

workforce=${WORKFORCE:-}
if [ -z "$workforce" ]; then
  swift build --product workforce >/dev/null
  workforce="$(swift build --show-bin-path)/workforce"
fi

"$workforce" report "$scenario" --output "$workdir/report.html"
"$workforce" report "$scenario" --lang en --output "$workdir/report-en.html"

screenshot=()
if [ "$update" = 1 ]; then screenshot=(--readme-screenshot docs/report.png); fi
status=0
python3 scripts/browser_check.py --chromium "$chromium_bin" "${screenshot[@]}" "$workdir/report.html" || status=1
python3 scripts/browser_check.py --chromium "$chromium_bin" "$workdir/report-en.html" || status=1
if [ "$selftest" = 1 ]; then
  python3 scripts/browser_check.py --chromium "$chromium_bin" --self-test "$workdir/report.html" || status=1
fi
exit $status
