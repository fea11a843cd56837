#!/usr/bin/env bash
# Builds the JMH benchmarks and prints each as a ratio to its baseline measured in the same run.
#   scripts/bench.sh           full run (about 1 minute per benchmark)
#   scripts/bench.sh --smoke   short run, as CI does
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -Pbench -DskipTests package -pl benchmarks -am >&2
exec java -cp benchmarks/target/benchmarks.jar kumo.benchmarks.BenchmarkReport "$@"
