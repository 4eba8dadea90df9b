#!/usr/bin/env bash
# Installs the pinned moto server into a virtualenv at .tools/venv for the AWS Config integration
# tests (src/aws/*.integration.test.ts). Reused when the pinned version is already there, so a
# second run is instant and needs no network.
set -euo pipefail
MOTO_VERSION="5.2.5"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/venv"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/moto_server" ] && "$venv/bin/python" -c "import moto,sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
  exit 0
fi
echo "installing moto[server]==$MOTO_VERSION into .tools/venv (about a minute the first time)" >&2
"$python" -m venv "$venv"
# Every transitive dependency is pinned too (pip freeze of a working install), so CI installs what was tested.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -c "$root/scripts/moto-constraints.txt" "moto[server]==$MOTO_VERSION"
"$venv/bin/python" -c "import moto; print('moto', moto.__version__)" >&2
