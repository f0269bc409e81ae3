#!/usr/bin/env bash
# Fresh machine to demo in one command: install what is missing, build pkg/, and serve www/ at
# http://127.0.0.1:8080/ (the seed's card). PORT=9000 changes the port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs
