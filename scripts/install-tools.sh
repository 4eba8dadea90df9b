#!/usr/bin/env bash
# Installs every pinned tool the build and the tests use into .tools/ (reused when present):
# opa (policies), moto (AWS Config integration tests) and helm (rendering charts in tests). Each installer is idempotent and fast when its tool is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/install-opa.sh"
bash "$here/install-moto.sh"
bash "$here/install-helm.sh"
