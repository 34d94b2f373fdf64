#!/usr/bin/env bash
# Installs Debian's chromium for the docs' headless-browser tests (tests/SchemaGen.Docs.Tests).
# Also a CJK font, so that the screenshots show the Chinese labels rather than boxes.
# Idempotent: does nothing when both are already there. Called from .ci/run.
set -euo pipefail

if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: not root and no sudo; cannot install chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# Retry once: a stale package list is the usual cause of a failed install.
$SUDO apt-get update -qq || true
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')"
