#!/usr/bin/env bash
# Installs the pinned Helm v3 into .tools/bin with `go install` (no prebuilt download: the machine
# reaches the Go module proxy, not GitHub releases). Reused when the right version is there.
# Helm is only needed to render charts (`--helm`); the scan itself never downloads anything.
set -euo pipefail
HELM_VERSION="v3.22.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.tools/bin"
installed="$([ -x "$bin/helm" ] && "$bin/helm" version --short 2>/dev/null || true)"
if [[ "$installed" == "${HELM_VERSION}"* ]]; then
  exit 0
fi
mkdir -p "$bin"
echo "installing helm $HELM_VERSION with go install (takes a few minutes the first time)" >&2
# The version is stamped with -ldflags because `go install` builds without Helm's Makefile.
GOBIN="$bin" GOFLAGS="-trimpath" CGO_ENABLED=0 go install \
  -ldflags "-X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}" \
  "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
"$bin/helm" version --short >&2
