#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there (idempotent):
# the pinned Rust toolchains (stable with its wasm target, a nightly for the shipped wasm), the wasm-bindgen CLI matching Cargo.lock,
# Debian's Chromium and ChromeDriver, the Debian packages of a WordPress 6.1 site (tests/wordpress/), and the npm dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# rust-toolchain.toml pins the toolchain; rustup installs it (and the wasm target) on first use.
rustup show active-toolchain >/dev/null
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly that builds the shipped wasm (scripts/build.sh) and runs the fuzz targets;
# rust-src lets it compile std for the wasm target.
. scripts/nightly-toolchain.sh
if ! rustup component list --toolchain "$NIGHTLY_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing Rust $NIGHTLY_TOOLCHAIN with rust-src"
  rustup toolchain install "$NIGHTLY_TOOLCHAIN" --profile minimal --component rust-src
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$want" != "$have" ]; then
  # --locked fails on this registry mirror (a locked dependency is missing), so resolve afresh.
  say "installing wasm-bindgen-cli $want (takes several minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The WordPress plugin's tests (tests/wordpress/) run a real WordPress 6.1 from Debian: PHP's CLI
# (its built-in server), MariaDB, and the block theme that public pages need. The tests start
# their own MariaDB and PHP server on loopback ports; the system's services are never started:
# while apt installs, a policy-rc.d that refuses every start is in place (unless one already is).
wp_packages=(wordpress php8.2-cli php8.2-mysql mariadb-server wordpress-theme-twentytwentythree)
wp_missing=()
for package in "${wp_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$' || wp_missing+=("$package")
done
if [ ${#wp_missing[@]} -gt 0 ]; then
  say "installing Debian's ${wp_missing[*]} (services are not started)"
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# scripts/setup.sh: no service starts while it installs packages\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    trap 'as_root rm -f "$policy"' EXIT
  fi
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${wp_missing[@]}" >/dev/null
  if [ "$(trap -p EXIT)" ]; then as_root rm -f "$policy"; trap - EXIT; fi
fi

# A node_modules that is a symbolic link (a copy shared by several work trees) is never reinstalled:
# npm ci would empty the shared folder through the link. A fresh checkout's package-lock.json is
# newer than such a copy, so the time test alone would fire.
if [ -L node_modules ]; then
  say "node_modules is a link to $(readlink node_modules): not reinstalling the npm dev tools"
elif [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
