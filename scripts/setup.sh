#!/usr/bin/env bash
# Installs what supplyscreen needs to build and test, skipping whatever is already there.
#
#   scripts/setup.sh serve   # what `make serve` needs: wasm32 target, trunk, wasm-bindgen-cli, npm tools
#   scripts/setup.sh test    # the above plus Debian's chromium + chromium-driver for the browser tests
#
# Every tool comes from a package registry (crates.io, npm, Debian): these machines reach nothing else,
# so nothing here downloads a prebuilt binary or a browser of its own. The first run takes ~10 minutes
# (trunk and wasm-bindgen-cli compile from source); later runs take a second.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-serve}"
TRUNK_VERSION="0.21.14"
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles from source, ~7 minutes)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (~3 minutes)"
  # Not --locked: the CLI's own lock file can name crate versions the registry mirror does not have yet.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force
fi

# npm dev tools: binaryen (wasm-opt) and Playwright. Reinstall only when package-lock.json changed.
stamp="node_modules/.supplyscreen-installed"
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  say "installing npm dev tools (binaryen, @playwright/test)"
  # Playwright must never download a browser: the tests use Debian's chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  touch "$stamp"
fi

if [ "$mode" = "test" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi
say "ready ($mode)"
