#!/usr/bin/env bash
# libFuzzer over the whole path from a scenario file's bytes to a validated configuration
# (ScenarioFuzzing.exercise), built with -sanitize=fuzzer and AddressSanitizer so that a crash, an
# abort inside toml++ or a memory error stops it with a reproducer. CI runs the cheaper seeded
# mutation test instead (Tests/BalloonScenarioTests/ScenarioFuzzTests.swift).
#
#   scripts/fuzz-scenarios.sh [SECONDS]       default 600
#
# Starts from a copy of Fuzz/scenario-corpus; new crashers land in .build-fuzz/artifacts/. Add every
# input that ever broke the parser to Fuzz/scenario-corpus as repro-*.toml (the CI test expects
# repro-* inputs to be refused) and fix it. Replay a file without libFuzzer:
#   swift run balloon-scenario-fuzzer FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
swift build --scratch-path .build-fuzz --product balloon-scenario-fuzzer \
  --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING
work=.build-fuzz/corpus
mkdir -p "$work" .build-fuzz/artifacts
cp Fuzz/scenario-corpus/* "$work"/
ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/balloon-scenario-fuzzer "$work" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
