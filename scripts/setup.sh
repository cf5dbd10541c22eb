#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) Portineria needs on a fresh Debian
# machine that has Rust. Every step is skipped when its tool is already there.
# First run: about 25 minutes of tool builds (cargo-leptos ~15, wasm-opt ~8, wasm-bindgen ~3).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

packages=()
# espeak-ng reads services aloud (voices it, ro, ar, sq, cmn-latn-pinyin) and opusenc
# compresses its speech to Ogg Opus.
for p in espeak-ng opus-tools; do
  dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p")
done
if [ "${1:-}" = "--browser" ]; then
  # Chromium and its driver for the browser tests; Noto fonts so Arabic and Chinese render.
  for p in chromium chromium-driver fonts-noto-core fonts-noto-cjk; do
    dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p")
  done
  # A throwaway PostgreSQL server for the suite's second backend (started by scripts/test.sh).
  dpkg -s postgresql >/dev/null 2>&1 || packages+=(postgresql)
  # npm fetches axe-core for the accessibility tests.
  command -v npm >/dev/null || packages+=(nodejs npm)
fi
if [ ${#packages[@]} -gt 0 ]; then
  step "Debian packages: ${packages[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${packages[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v cargo-leptos >/dev/null; then
  # cargo-leptos 0.3.11's locked dependencies need a newer rustc than stable 1.95: use nightly.
  step "cargo-leptos 0.3.11 (about 15 minutes, once)"
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  cargo +nightly install cargo-leptos --locked --version 0.3.11
fi

# cargo-leptos takes wasm-bindgen from PATH (it would otherwise download it, which fails
# offline); it must be the exact version in Cargo.lock.
wasm_bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wasm_bindgen_version" ]; then
  step "wasm-bindgen-cli $wasm_bindgen_version (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

# Release builds run wasm-opt. Debian's binaryen 108 silently breaks hydration; 116 works.
if ! wasm-opt --version 2>/dev/null | grep -q 'version 116'; then
  step "wasm-opt 0.116.1 (binaryen 116, about 8 minutes, once)"
  cargo install wasm-opt --version 0.116.1 --force
fi

if [ "${1:-}" = "--browser" ] && [ ! -f tests/axe/node_modules/axe-core/axe.min.js ]; then
  # axe-core for the accessibility tests, from the npm registry at the locked version.
  step "axe-core (npm)"
  npm ci --prefix tests/axe --no-audit --no-fund
fi
