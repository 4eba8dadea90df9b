#!/usr/bin/env bash
# Builds the embedded Rego compiler (tools/regoc, the pinned OPA module compiled for wasip1) into
# dist/regoc/regoc.wasm.br, which `--policy DIR` runs with node:wasi where no opa is installed.
# Needs Go (the CI machine has it); reused when tools/regoc has not changed since the last build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/tools/regoc"
out="$root/dist/regoc"
# The stamp: what the module was built from (scripts/dist.test.ts checks it against tools/regoc), the Go
# release, and the OPA version, which the runner answers `opa version` with.
opa="$(awk '{ for (i = 1; i < NF; i++) if ($i == "github.com/open-policy-agent/opa") print $(i + 1) }' "$src/go.mod")"
stamp="$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -d' ' -f1) $(go env GOVERSION) opa-$opa"
if [ -f "$out/regoc.wasm.br" ] && [ "$(cat "$out/regoc.stamp" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "building the embedded Rego compiler (tools/regoc) for wasip1 (about a minute the first time)" >&2
(cd "$src" && GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 GOFLAGS="-trimpath -mod=readonly -buildvcs=false" go build -ldflags="-s -w" -o "$tmp/regoc.wasm" .)
node -e '
const { readFileSync, writeFileSync } = require("node:fs");
const { brotliCompressSync, constants } = require("node:zlib");
const wasm = readFileSync(process.argv[1]);
writeFileSync(process.argv[2], brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length } }));
' "$tmp/regoc.wasm" "$out/regoc.wasm.br"
echo "$stamp" >"$out/regoc.stamp"
ls -l "$out/regoc.wasm.br" >&2
