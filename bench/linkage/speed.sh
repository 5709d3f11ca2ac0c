#!/usr/bin/env bash
# Linkage speed bench: dedups generated Russian Person CSV records with the built-in settings and prints wall time,
# candidate pairs, pairs/s, peak heap and F1 per size. Usage: bench/linkage/speed.sh [SIZE...] (default 100000 1000000)
#   or: bench/linkage/speed.sh generate N PERSONS.csv TRUTH.csv   (write a generated set with its truth)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -B -o -q -pl snegov-app -am test-compile -DskipTests >/dev/null
CP="snegov-app/target/test-classes:snegov-app/target/classes:snegov-core/target/classes:$(ls snegov-app/target/lib/*.jar | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseParallelGC -cp "$CP" org.snegov.app.service.LinkageBench "$@"
