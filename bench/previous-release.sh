#!/usr/bin/env bash
# What the look-up of the previous release costs readiness:check (schemas.compatible and a "release" baseline), on a
# scenario the integration tests built: it/target/scenarios/<scenario>/app, with release 1.0.0 in the scenario's file
# repository. Run the scenario first:
#   ./mvnw verify -pl it -am -Dit.scenarios=release-adds-optional-input -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.parallelReactor=false
# Usage: bench/previous-release.sh [runs] [scenario]. Each run times the check in four ways, the order rotating:
#   off      schemas.compatible off (no look-up at all)
#   warm     the look-up with the resolver's metadata cached in the local repository (every build of the day after the first)
#   cold     the look-up after removing the product's cached metadata and manifest from the local repository
#            (the first build of the day: maven-metadata.xml from each repository, then the manifest)
#   offline  mvn -o: the local repository alone
# Each time is "mojo/rule" in ms: the check mojo's, from Maven's "--- readiness:...:check" line to the verdict line (log
# timestamps), and schemas.compatible's own durationMs in report.json, which holds the look-up.
set -euo pipefail
RUNS=${1:-5}
SCENARIO=${2:-release-adds-optional-input}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP=$ROOT/it/target/scenarios/$SCENARIO/app
REPO=$ROOT/it/target/it-repo
MVN_HOME=$(dirname "$(dirname "$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn | head -1)")")
GROUP_DIR=$REPO/$(sed -n 's:.*<groupId>\(dev\.readiness\.it\.compat\.[a-z]*\)</groupId>.*:\1:p' "$APP/pom.xml" | tr . /)
[ -d "$APP/target/classes" ] || { echo "run the scenario $SCENARIO first (see the top of $0)" >&2; exit 1; }
python3 - "$APP/readiness.json" "$APP/readiness-off.json" <<'PY'
import sys, re
text = open(sys.argv[1]).read()
open(sys.argv[2], 'w').write(text.replace('"schemas.samples": "error"', '"schemas.samples": "error",\n    "schemas.compatible": "off"'))
PY
run() { # variant, then extra arguments
  local log=$APP/target/bench-$1.log
  (cd "$APP" && "$MVN_HOME/bin/mvn" -B -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      -Dreadiness.today=2026-06-01 "${@:2}" readiness:check > "$log" 2>&1) || { tail -30 "$log"; exit 1; }
  python3 - "$log" <<'PY'
import sys, re, datetime
t = lambda l: datetime.datetime.strptime(l[:12], "%H:%M:%S.%f")
lines = open(sys.argv[1]).read().splitlines()
start = next(l for l in lines if re.search(r"--- readiness:.*:check", l))
end = next(l for l in lines if re.search(r"readiness scorer: (PASS|FAIL)", l))
print(int((t(end) - t(start)).total_seconds() * 1000), end="")
PY
  # and the rule's own time, which holds the look-up (the previous release is resolved when the rule first asks)
  echo "/$(python3 -c 'import json,sys; print(next(r["durationMs"] for r in json.load(open(sys.argv[1]))["results"] if r["rule"] == "schemas.compatible"))' "$APP/target/readiness/report.json")"
}
declare -A times
variants=(off warm cold offline)
for i in $(seq 1 "$RUNS"); do
  for j in 0 1 2 3; do
    v=${variants[$(( (i + j) % 4 ))]}
    case $v in
      off) ms=$(run off -Dreadiness.contract=readiness-off.json) ;;
      warm) run warm > /dev/null; ms=$(run warm) ;;
      cold) find "$GROUP_DIR" -mindepth 1 \( -name 'maven-metadata-*.xml' -o -name 'resolver-status.properties' \
                -o -name '*-readiness.json' -o -name '_remote.repositories' \) -delete 2>/dev/null || true
            ms=$(run cold) ;;
      offline) ms=$(run offline -o) ;;
    esac
    times[$v]="${times[$v]:-} $ms"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load: $(uptime | sed 's/.*load average: //')"
for v in "${variants[@]}"; do
  echo "$v: mojo median $(echo "${times[$v]}" | tr ' ' '\n' | cut -d/ -f1 | tr '\n' ' ' | median) ms," \
    "rule median $(echo "${times[$v]}" | tr ' ' '\n' | grep / | cut -d/ -f2 | tr '\n' ' ' | median) ms; runs:$(echo "${times[$v]}")"
done
