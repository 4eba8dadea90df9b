#!/usr/bin/env bash
# Installs every pinned tool the build and the tests use into .tools/ (reused when present):
# opa (policies), moto (AWS Config integration tests), helm (rendering charts in tests) and
# Chromium (the HTML report tests, from Debian) and pre-commit (the hook test). Each installer is idempotent and fast when its tool is already there.
# Also builds the embedded Rego compiler, dist/regoc/regoc.wasm.br (Go; committed so the Action has it, rebuilt only when tools/regoc or Go changed: see build-regoc.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/install-opa.sh"
bash "$here/build-regoc.sh"
bash "$here/install-moto.sh"
bash "$here/install-helm.sh"
bash "$here/install-chromium.sh"
bash "$here/install-pre-commit.sh"
