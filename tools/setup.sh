# Shared set-up for tools/flexc and tools/test (sourced, not run).
# Installs the Debian packages flexc needs when they are missing, then configures (once) and
# builds the tree in build/. Works as root on a fresh Debian 12 machine; as another user it only
# reports what is missing.
set -euo pipefail

FLEXC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FLEXC_BUILD=${FLEXC_BUILD:-$FLEXC_ROOT/build}
FLEXC_JOBS=${FLEXC_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Build and test dependencies, all from Debian's archive.
FLEXC_PACKAGES=(cmake make g++ pkg-config tao-pegtl-dev nlohmann-json3-dev libcli11-dev
                libboost-graph-dev doctest-dev python3 python3-jsonschema git pre-commit
                clang libclang-rt-14-dev graphviz libmimalloc-dev)

flexc_log() { printf 'flexc-setup: %s\n' "$*" >&2; }

flexc_install_packages() {
  local missing=() p
  for p in "${FLEXC_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    flexc_log "missing Debian packages: ${missing[*]} (run as root, or: apt-get install ${missing[*]})"
    return 1
  fi
  flexc_log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || flexc_log "apt-get update failed; trying the local package lists"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

flexc_build() {
  if [ ! -f "$FLEXC_BUILD/CMakeCache.txt" ]; then
    flexc_log "configuring $FLEXC_BUILD"
    cmake -S "$FLEXC_ROOT" -B "$FLEXC_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLEXC_WERROR=ON "$@" >/dev/null \
      || { flexc_log "configuring $FLEXC_BUILD failed"; return 1; }
  fi
  cmake --build "$FLEXC_BUILD" -j "$FLEXC_JOBS" -- --no-print-directory 2>&1 \
    | grep -vE '^\[ *[0-9]+%\]|^Consolidate compiler generated dependencies|^-- ' >&2 || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || { flexc_log "build failed"; return 1; }
}

# The SARIF 2.1.0 JSON schema, for the test that validates `flexc check --format sarif`. It ships
# in the npm package @microsoft/jest-sarif (CI reaches the npm registry); kept under build/.
flexc_fetch_sarif_schema() {
  local dest="$FLEXC_BUILD/sarif/sarif-2.1.0-rtm.5.json"
  [ -f "$dest" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    flexc_install_packages npm || return 1
  fi
  local tmp
  tmp=$(mktemp -d)
  if (cd "$tmp" && npm pack @microsoft/jest-sarif --silent >/dev/null 2>&1 && tar xzf ./*.tgz); then
    mkdir -p "$(dirname "$dest")"
    cp "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$dest"
  else
    flexc_log "could not fetch the SARIF schema from npm (@microsoft/jest-sarif); the SARIF test will fail"
  fi
  rm -rf "$tmp"
}
