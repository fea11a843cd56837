#!/usr/bin/env bash
# The ./kumo launcher with and without its class-data-sharing archive (docs/performance.md, "Cold start"):
# every case must print exactly what `java -jar app/target/kumo.jar` prints, exit the same, and say
# nothing on standard error. Needs a built app/target/kumo.jar and kumo.jsa (`./mvnw package`); CI runs it.
#   scripts/launcher-smoke.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd -P)"
example="$root/docs/examples/full-city-record.json"
jar="$root/app/target/kumo.jar"
archive="$root/app/target/kumo.jsa"
[ -f "$jar" ] && [ -f "$archive" ] || { echo "build first: ./mvnw -B -DskipTests package -pl app -am" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar "$jar" assess "$example" >"$work/expected.out" 2>"$work/expected.err" && want=0 || want=$?
[ ! -s "$work/expected.err" ] || { echo "FAIL: java -jar kumo.jar wrote to stderr"; cat "$work/expected.err"; exit 1; }

passed=0
failed=0
# check NAME LAUNCHER [env...]: the launcher's assess of the example against the plain jar's
check() {
  local name="$1" launcher="$2"
  shift 2
  local code=0
  env "$@" "$launcher" assess "$example" >"$work/out" 2>"$work/err" </dev/null || code=$?
  if [ "$code" -eq "$want" ] && cmp -s "$work/out" "$work/expected.out" && [ ! -s "$work/err" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $code (expected $want); stdout $(cmp -s "$work/out" "$work/expected.out" && echo same || echo differs)"
    head -n 5 "$work/err" "$work/out"
  fi
}

# the repository's own launcher, archive in place (and the archive really used: classes from its top layer)
check "with the archive" ./kumo
JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.log" ./kumo assess "$example" >/dev/null 2>&1 || true
shared="$(grep -c 'shared objects file (top)' "$work/classes.log" || true)"
if [ "$shared" -ge 1000 ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL the archive is not used: $shared classes from it"
fi

# a copy of the launcher over a copy of the jar: the archive no longer matches (moved jar), is missing, or damaged
mkdir -p "$work/home/app/target"
cp kumo "$work/home/kumo"
cp "$jar" "$work/home/app/target/kumo.jar"
check "without an archive" "$work/home/kumo"
cp "$archive" "$work/home/app/target/kumo.jsa"
check "with the archive of another jar" "$work/home/kumo"
head -c 4096 /dev/urandom >"$work/home/app/target/kumo.jsa"
check "with a damaged archive" "$work/home/kumo"
: >"$work/home/app/target/kumo.jsa"
check "with an empty archive" "$work/home/kumo"

# another JDK than the one that built the archive refuses it quietly
for other in /usr/lib/jvm/temurin-*; do
  [ -x "$other/bin/java" ] || continue
  check "with $(basename "$other")" ./kumo JAVA_HOME="$other"
done

# the long-running commands keep the JVM's defaults: same launcher, another branch
if ./kumo serve --help >/dev/null 2>"$work/err" && [ ! -s "$work/err" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL ./kumo serve --help"
  cat "$work/err"
fi

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
