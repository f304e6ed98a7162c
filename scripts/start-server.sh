#!/bin/sh
# The second half of `npm start`: `next start` becomes the one serving process (exec), with memory settings measured
# in `npm run bench` (README, performance). Without them the server grew from about 510 MB to 700 MB under the search
# and page load tests; with them it ends the page benchmark at 463 MB (2026-11-29) at the same throughput:
# - V8 sizes its heap against the old-generation limit, so a limit well above the heap in use (under 210 MB with the
#   full code sets) keeps the garbage between collections small; 384 MB leaves room for 50 concurrent renders;
# - a smaller young generation (4 MB semi-spaces instead of 16 MB) holds less short-lived garbage: 50 concurrent
#   renders fill it between scavenges (8 → 4 MB: about 20 MB less at the peak, throughput within the run-to-run noise);
# - two malloc arenas instead of one per thread for the native side (compression, the embedded database's I/O), and
#   fixed mmap and trim thresholds (128 KB): glibc otherwise raises both as large blocks are freed, and keeps what a
#   burst of 50 concurrent renders allocated (497 → 463 MB after the page load, peak 541 → 478, same throughput).
# An operator's own NODE_OPTIONS come last, so they win; MALLOC_* set in the environment are kept.
#
# The server starts from the configuration the build resolved (required-server-files.json), as Next.js's own
# standalone server does, instead of compiling next.config.ts again: that needs the SWC native module, which then
# stays mapped for the life of the process (about 30 MB of RSS at start, measured 2026-11-29: 354 → 323 MB).
# The build's headers, redirects and rewrites come from its manifests either way; scripts/prepare.ts rebuilds when
# next.config.ts changes, so the two cannot disagree.
case "${NEXT_DIST_DIR:-.next}" in
  /*) BUILD_CONFIG="$NEXT_DIST_DIR/required-server-files.json" ;;
  *) BUILD_CONFIG="$(dirname "$0")/../${NEXT_DIST_DIR:-.next}/required-server-files.json" ;;
esac
if [ -f "$BUILD_CONFIG" ] && [ -z "${__NEXT_PRIVATE_STANDALONE_CONFIG:-}" ]; then
  __NEXT_PRIVATE_STANDALONE_CONFIG="$(node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).config))' "$BUILD_CONFIG")"
  export __NEXT_PRIVATE_STANDALONE_CONFIG
fi
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-131072}"
export NODE_OPTIONS="--max-old-space-size=384 --max-semi-space-size=4${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node "$(dirname "$0")/../node_modules/next/dist/bin/next" start "$@"
