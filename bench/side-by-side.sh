#!/usr/bin/env bash
# The side-by-side benchmark of SPEC §8: readiness:check against maven-enforcer-plugin + jacoco:check in the same
# Maven invocation, the 50-module reactor, and the check under -Xmx256m. Usage: bench/side-by-side.sh [runs]
#   BENCH_CLASSES (2200) generated classes, BENCH_MODULES (50) reactor modules, BENCH_SKIP_INSTALL=1 to reuse the
#   plugin installed by an earlier run. Everything generated or downloaded goes to bench/target (git-ignored).
set -euo pipefail
RUNS=${1:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/target
REPO=$T/repo
LOGS=$T/logs
CLASSES=${BENCH_CLASSES:-2200}
MODULES=${BENCH_MODULES:-50}
MVN=("$ROOT/mvnw" -B -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")
STAMP=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
VERSION=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")
mkdir -p "$LOGS"
cd "$ROOT"

say() { echo "bench: $*" >&2; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(uptime | sed 's/.*load average: //')"

# 1. The plugin from this checkout, into the bench-local repository.
if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  say "installing readiness $VERSION into $REPO"
  "${MVN[@]}" -q install -DskipTests -pl readiness-rules,readiness-maven-plugin -am > "$LOGS/install.log" 2>&1 \
    || { tail -50 "$LOGS/install.log"; exit 1; }
fi

# 2. The one-module data product: 3 heavy dependencies, generated classes run under the JaCoCo agent, 5,000 extra
#    Surefire cases. The first build downloads Spark, Hadoop and the AWS SDK (a few hundred MB) into $REPO.
P=$T/product
if [ ! -f "$P/.ready" ]; then
  say "generating the product ($CLASSES classes) and building it once (mvn verify: tests under the JaCoCo agent)"
  rm -rf "$P"
  java bench/Generate.java project "$P" "$CLASSES" "$VERSION"
  (cd "$P" && "${MVN[@]}" verify > "$LOGS/product-setup.log" 2>&1) || { tail -50 "$LOGS/product-setup.log"; exit 1; }
  java bench/Generate.java surefire "$P/target/surefire-reports" 5000
  touch "$P/.ready"
fi
XML=$P/target/site/jacoco/jacoco.xml
say "product: $(grep -c '<testcase' "$P"/target/surefire-reports/TEST-*.xml | awk -F: '{s+=$2} END {print s}') test cases, jacoco.xml $(( $(stat -c %s "$XML") / 1024 / 1024 )) MB, jacoco.exec $(( $(stat -c %s "$P/target/jacoco.exec") / 1024 )) KB"

# 3. Side by side, one Maven invocation a run, the order alternating. dependency:resolve goes first so that Maven's own
#    resolution of the project's dependencies (which every mojo reuses) lands in none of the timed mojos. Each run has
#    two rounds: the first is each mojo's first use in the JVM (its classes loaded, its code not yet compiled: what a
#    one-module build pays); the second (executions @warm, same configuration) is the same mojos again in the same
#    JVM, as every later module of a reactor or a Maven daemon sees them.
A=(readiness:check enforcer:enforce jacoco:check)
B=(jacoco:check enforcer:enforce readiness:check)
SIDE=$T/side-by-side.txt
: > "$SIDE"
for i in $(seq 0 "$RUNS"); do
  if (( i % 2 )); then goals=("${B[@]}"); else goals=("${A[@]}"); fi
  log=$LOGS/side-$i.log
  (cd "$P" && "${MVN[@]}" -o "${STAMP[@]}" -Dreadiness.failOnViolation=false \
      dependency:resolve -DoutputFile=target/resolved.txt "${goals[@]}" "${goals[@]/%/@warm}" > "$log" 2>&1) \
    || { tail -50 "$log"; exit 1; }
  grep -q "readiness data-product" "$log" || { say "no readiness verdict in $log"; exit 1; }
  if (( i == 0 )); then say "warm-up run done (not counted)"; continue; fi
  java bench/MojoTimes.java "$log" | awk -v run="$i" -v load="$(cut -d' ' -f1 /proc/loadavg)" '{print run, $1, $3, load}' >> "$SIDE"
  say "run $i (${goals[*]}): $(java bench/MojoTimes.java "$log" | awk '{printf "%s %d ms; ", $1, $3}')load $(cut -d' ' -f1 /proc/loadavg)"
done
RESULT=$T/results.txt
: > "$RESULT"
for round in "" "@warm"; do
  r=$(awk -v g="readiness:check$round" '$2 == g {print $3}' "$SIDE" | median)
  e=$(awk -v g="enforcer:enforce$round" '$2 == g {print $3}' "$SIDE" | median)
  j=$(awk -v g="jacoco:check$round" '$2 == g {print $3}' "$SIDE" | median)
  per_run=$(awk -v s="$round" '{t[$1, $2] = $3; runs[$1]} END {for (r in runs) printf "%.3f\n", t[r, "readiness:check" s] / (t[r, "enforcer:enforce" s] + t[r, "jacoco:check" s])}' "$SIDE" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  {
    echo "side by side, $(if [ -z "$round" ]; then echo "first round"; else echo "warm round"; fi), median of $RUNS runs (ms): readiness:check $r | enforcer:enforce $e | jacoco:check $j"
    echo "  ratio readiness / (enforcer + jacoco:check): $(awk -v r="$r" -v e="$e" -v j="$j" 'BEGIN {printf "%.2f", r / (e + j)}') (median of per-run ratios $per_run)"
  } | tee -a "$RESULT"
done
echo "load average during the runs: $(awk '{print $4}' "$SIDE" | sort -n | awk '{a[NR]=$1} END {print a[1] " .. " a[NR]}')" | tee -a "$RESULT"

# 4. The reactor: MODULES modules with the same dependency set and one contract.
R=$T/reactor
if [ ! -f "$R/.ready" ]; then
  rm -rf "$R"
  java bench/Generate.java reactor "$R" "$MODULES" "$VERSION"
  touch "$R/.ready"
fi
REACTOR=$T/reactor.txt
: > "$REACTOR"
RRUNS=$(( RUNS < 3 ? RUNS : 3 ))
for i in $(seq 1 "$RRUNS"); do
  log=$LOGS/reactor-$i.log
  (cd "$R" && "${MVN[@]}" -o "${STAMP[@]}" -Dreadiness.failOnViolation=false readiness:check > "$log" 2>&1) \
    || { tail -50 "$log"; exit 1; }
  java bench/MojoTimes.java "$log" | awk -v run="$i" '$2 != "reactor" {n++; print run, n, $2, $3}' >> "$REACTOR"
  say "reactor run $i: $(awk -v run="$i" '$1 == run && $2 == 1 {f=$4} $1 == run && $2 > 1 {s+=$4; n++} END {printf "first %d ms, the other %d modules %d ms in all", f, n, s}' "$REACTOR"); load $(cut -d' ' -f1 /proc/loadavg)"
  grep -h "collected" "$log" | head -3 >&2 || true
done
first=$(awk '$2 == 1 {print $4}' "$REACTOR" | median)
rest=$(awk '$2 > 1 {print $4}' "$REACTOR" | median)
total=$(awk '{t[$1] += $4} END {for (r in t) print t[r]}' "$REACTOR" | median)
{
  echo "reactor of $MODULES modules, median of $RRUNS runs: check total $total ms; first module $first ms; other modules median $rest ms each ($(awk -v f="$first" -v r="$rest" 'BEGIN {printf "%.2f", r / f}') of the first)"
} | tee -a "$RESULT"

# 5. Memory: the check under -Xmx256m, on the product and on reports ten times larger (200 MB JaCoCo XML, 50,000 cases).
BIG=$T/product-big
if [ ! -f "$BIG/.ready" ]; then
  rm -rf "$BIG"; mkdir -p "$BIG"
  cp "$P/pom.xml" "$P/readiness.json" "$P/README.md" "$BIG/"
  java bench/Generate.java jacoco "$BIG/target/site/jacoco/jacoco.xml" 200
  java bench/Generate.java surefire "$BIG/target/surefire-reports" 50000
  touch "$BIG/.ready"
fi
for dir in "$P" "$BIG"; do
  log=$LOGS/memory-$(basename "$dir").log
  if (cd "$dir" && MAVEN_OPTS=-Xmx256m "${MVN[@]}" -o "${STAMP[@]}" -Dreadiness.failOnViolation=false readiness:check > "$log" 2>&1) \
      && grep -q "readiness data-product" "$log"; then
    echo "-Xmx256m: $(basename "$dir") ($(( $(stat -c %s "$dir/target/site/jacoco/jacoco.xml") / 1024 / 1024 )) MB JaCoCo XML): check passes in $(java bench/MojoTimes.java "$log" | awk '{print $3}') ms" | tee -a "$RESULT"
  else
    echo "-Xmx256m: $(basename "$dir"): FAILED, see $log" | tee -a "$RESULT"
  fi
done
say "logs in $LOGS, results in $RESULT"
