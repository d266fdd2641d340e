#!/usr/bin/env bash
# Install saywho and everything its tests need into .venv (Python 3.11).
# As root on Debian it also installs the system packages the tests drive:
# chromium (browser tests) and postgresql (database tests).
set -euo pipefail
cd "$(dirname "$0")"

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  if ! command -v chromium >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium postgresql fonts-dejavu-core >/dev/null
  fi
else
  echo "note: not root on Debian: install chromium and postgresql yourself for the browser and PostgreSQL tests" >&2
fi

python=$(command -v python3.11 || command -v python3)
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch first, by exact version: pip takes this machine's CPU build from its local wheel
# store; a looser requirement would pull a multi-GB CUDA build from PyPI.
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -e '.[dev,accurate]'
echo "installed: $(.venv/bin/saywho --help >/dev/null && echo saywho) in .venv"
