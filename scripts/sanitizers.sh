#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and ThreadSanitizer. Each is a full rebuild into its own
# scratch folder (.build-asan, .build-tsan; ignored by git), so this is not part of .ci/run on the
# 2-core CI machines; run it before a release and after changes to parallel or unsafe-pointer code.
#
#   scripts/sanitizers.sh [address|thread]...     default: both, one after the other
#
# Prints one summary line per sanitizer and exits non-zero if either found anything or a test failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for sanitizer in "${@:-address thread}"; do
  for name in $sanitizer; do
    scratch=".build-${name/address/asan}"
    scratch="${scratch/thread/tsan}"
    mkdir -p "$scratch"
    log="$scratch/sanitizer-tests.log"
    start=$(date +%s)
    # Leak reports from the Swift runtime's process-lifetime caches are not bugs in Balloon.
    export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1"
    export TSAN_OPTIONS="halt_on_error=1"
    if swift build --build-tests --scratch-path "$scratch" --sanitize="$name" >"$log" 2>&1 \
       && swift test --skip-build --scratch-path "$scratch" --sanitize="$name" >>"$log" 2>&1; then
      result="passed"
    else
      result="FAILED (see $log)"
      status=1
    fi
    reports=$(grep -cE "ERROR: AddressSanitizer|WARNING: ThreadSanitizer" "$log" || true)
    summary=$(grep -E "Test run with .* (passed|failed)" "$log" | tail -1)
    echo "$name: $result in $(( $(date +%s) - start )) s; sanitizer reports: $reports; $summary"
  done
done
exit $status
