#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, skipping whatever is already
# there at that version: a warm run takes seconds. Works as root on a fresh Debian machine that
# reaches only the crates, npm and Debian package registries. Nothing downloads a prebuilt
# browser or toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pin in Cargo.toml
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[tools] %s\n' "$*"; }

has_version() { # command, expected substring of its --version
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

# The two cargo installs are long (≈ 11 and 9 minutes on 2 cores); run them side by side.
pids=()
if ! has_version trunk "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 11 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet &
  pids+=($!)
fi
if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # Without --locked: its lock file wants a webpki-roots the registry mirror does not serve.
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 9 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet &
  pids+=($!)
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# A font with every Vietnamese letter, for the PNG pictures the build draws (src/prerender/png.rs).
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  log "installing Debian fonts-dejavu-core"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

# Node: the e2e tests, the loader's minifier and the benchmarks need Node 20 or newer (node:test
# with --test-concurrency, structuredClone). The tests are passed to `node --test` as files.
NODE_MAJOR_MIN=20
if ! command -v node >/dev/null 2>&1; then
  log "installing Debian nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt "$NODE_MAJOR_MIN" ]; then
  echo "[tools] Node $(node --version) is too old: bl-infographic needs Node $NODE_MAJOR_MIN or newer" >&2
  exit 1
fi

# npm packages (wasm-opt from binaryen, playwright-core, axe-core) from the committed lock.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.lock-installed; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lock-installed
fi

for pid in "${pids[@]}"; do
  wait "$pid"
done

has_version trunk "trunk $TRUNK_VERSION"
has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"
node_modules/.bin/wasm-opt --version | grep -q 'version 132'
log "tools ready"
