# Sourced by the scripts that need nightly Rust: the shipped wasm (scripts/build.sh compiles std
# itself for size, bench/README.md, decision records) and the fuzz targets. Pinned so that pkg/ is the
# same bytes on every machine; scripts/setup.sh installs it.
NIGHTLY_TOOLCHAIN=nightly-2026-05-20
