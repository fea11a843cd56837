#!/usr/bin/env bash
# Builds the benchmarks and prints each as a ratio to its baseline measured in the same run
# (docs/performance.md).
#   scripts/bench.sh [engine|store|web|coldstart|batch|all] [--smoke] [store options]
#     engine   JMH: one assessment vs. parsing the same request (about 2 minutes)
#     store    100,000 assessments stored vs. the sqlite3 tool importing the same rows, then pages
#              listed by verdict (about 10 minutes and 15 GB of disk under target/bench-store;
#              options: --rows N, --dir PATH); needs sqlite3 on the PATH
#     web      POST /api/v1/assess vs. a baseline route of the same server that only reads the same
#              body, same load generator: throughput ratio at saturation and p99 at half of the
#              baseline's saturation (about 2 minutes; --smoke about 30 s)
#     coldstart  one `kumo assess` as a new process vs. a JVM that only parses the same request with
#              Jackson, and `java -version`: whole processes, alternating, medians of wall and CPU time
#              (about 2 minutes; options: --runs N, --example NAME, --variants for the flags one by one)
#     batch    kumo batch on 1,000,000 generated requests (JSON Lines, ~12 GB under
#              benchmarks/target/bench-batch) vs. a JVM that only parses the same lines with
#              Jackson, both with -Xmx256m (about 10 minutes idle; --smoke: 20,000 lines;
#              options: --lines N, --dir PATH)
#     all      engine and store (the default)
#   --smoke    short runs, as CI does: report, never fail
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what=all
case "${1:-}" in engine|store|web|coldstart|batch|all) what=$1; shift ;; esac
./mvnw -q -B -Pbench -DskipTests package -pl benchmarks -am >&2
if [ "$what" = engine ] || [ "$what" = all ]; then
  java -cp benchmarks/target/benchmarks.jar kumo.benchmarks.BenchmarkReport "$@"
fi
if [ "$what" = store ] || [ "$what" = all ]; then
  java -Xmx2g -cp benchmarks/target/benchmarks.jar kumo.benchmarks.StoreBenchmark "$@"
fi
if [ "$what" = batch ]; then
  java -Xmx512m -cp benchmarks/target/benchmarks.jar kumo.benchmarks.BatchBenchmark "$@"
fi
if [ "$what" = web ]; then
  java -Xmx1g -cp benchmarks/target/benchmarks.jar kumo.benchmarks.WebBenchmark "$@"
fi
if [ "$what" = coldstart ]; then
  java -cp benchmarks/target/benchmarks.jar kumo.benchmarks.ColdStartBenchmark "$@"
fi
