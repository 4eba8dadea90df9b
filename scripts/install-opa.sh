#!/usr/bin/env bash
# Installs the pinned OPA into .tools/bin with `go install` (no prebuilt download: the machine
# reaches the Go module proxy, not GitHub releases). Reused when the right version is there.
set -euo pipefail
OPA_VERSION="v1.22.2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.tools/bin"
# Captured first, not piped into grep -q: with pipefail, an early-exiting grep can fail the check.
installed="$([ -x "$bin/opa" ] && "$bin/opa" version 2>/dev/null || true)"
if grep -qx "Version: ${OPA_VERSION#v}" <<<"$installed"; then
  exit 0
fi
mkdir -p "$bin"
echo "installing opa $OPA_VERSION with go install (takes about 2 minutes the first time)" >&2
GOBIN="$bin" GOFLAGS="-trimpath" CGO_ENABLED=0 go install "github.com/open-policy-agent/opa@$OPA_VERSION"
"$bin/opa" version >&2
