#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's browser test (src/report/html/browser.test.ts),
# unless /usr/bin/chromium is already there. No browser download from anywhere else: the test
# drives this binary directly (headless, --dump-dom and --screenshot). Needs root and apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
# Outside CI a missing browser only skips the browser tests (they say so); in CI it must install.
required=$([ "${CI:-}" = "true" ] && echo 1 || echo 0)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get not found; install chromium to run the HTML browser tests" >&2
  exit $((required))
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if ! sudo -n true 2>/dev/null; then
    echo "install-chromium: not root and no passwordless sudo; the HTML browser tests will be skipped" >&2
    exit $((required))
  fi
  sudo="sudo"
fi
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
