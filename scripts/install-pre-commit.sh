#!/usr/bin/env bash
# Installs the pinned pre-commit into a virtualenv at .tools/precommit-venv for the hook test
# (action/pre-commit.test.ts runs the real pre-commit against .pre-commit-hooks.yaml). Reused when
# the pinned version is already there, so a second run is instant and needs no network.
set -euo pipefail
PRE_COMMIT_VERSION="4.7.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/precommit-venv"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/pre-commit" ] && [ "$("$venv/bin/pre-commit" --version 2>/dev/null)" = "pre-commit $PRE_COMMIT_VERSION" ]; then
  exit 0
fi
echo "installing pre-commit==$PRE_COMMIT_VERSION into .tools/precommit-venv" >&2
"$python" -m venv "$venv"
# Transitive dependencies pinned too (pip freeze of a working install), so CI installs what was tested.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION" \
  cfgv==3.5.0 distlib==0.4.4 filelock==4.2.12 identify==2.6.20 nodeenv==1.12.0 packaging==26.3 \
  platformdirs==4.14.7 python-discovery==1.9.5 PyYAML==6.0.3 virtualenv==21.15.8
"$venv/bin/pre-commit" --version >&2
