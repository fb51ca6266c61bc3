#!/usr/bin/env bash
# JMH for the check's hot parts, on the product bench/side-by-side.sh generated. Usage: bench/jmh.sh [JMH options]
# (default -wi 2 -i 3 -f 1). Uses the readiness-rules that side-by-side.sh installed into bench/target/repo.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/target
# GlobMatching makes its own names; the other benchmarks read the generated product.
if [ "${1:-}" != GlobMatching ]; then
  [ -f "$T/product/.ready" ] || { echo "run bench/side-by-side.sh first (it generates bench/target/product)" >&2; exit 1; }
fi
"$ROOT/mvnw" -B -q -f "$ROOT/bench/jmh/pom.xml" -Dmaven.repo.local="$T/repo" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
  package > "$T/jmh-build.log" 2>&1 || { tail -40 "$T/jmh-build.log"; exit 1; }
if [ $# -eq 0 ]; then set -- -wi 2 -i 3 -f 1; fi
echo "load: $(uptime | sed 's/.*load average: //')" >&2
java -Dbench.product="$T/product" -jar "$ROOT/bench/jmh/target/benchmarks.jar" "$@" -rf text -rff "$T/jmh.txt"
