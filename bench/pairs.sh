#!/usr/bin/env bash
# Paired cold checks: this checkout's plugin against an earlier commit's, one invocation of each in turn, so that both
# see the same minute of a machine whose speed drifts from hour to hour (the five-run tables of side-by-side.sh move by
# 20 % between hours; pairs resolve tens of milliseconds). Each invocation is side-by-side.sh's first round without
# the floor: dependency:resolve, then readiness:check, enforcer:enforce and jacoco:check (readiness first in odd pairs,
# last in even ones), on a product side-by-side.sh generated.
# Usage: bench/pairs.sh REV [pairs]   (pairs: 10 by default)
#   BENCH_VARIANT (small) the product: big, small-classes or small; BENCH_SKIP_INSTALL=1 reuses both plugins as
#   installed by an earlier run. Prints each pair, then the medians and the median of the per-pair differences; with
#   each check's wall time, the CPU the JVM spent in its window by kind of thread (bench/CpuWindow.java: the
#   application's threads, the JIT compilers', the GC's), since on 2 cores the JIT takes about half of it.
set -euo pipefail
REV=${1:?usage: bench/pairs.sh REV [pairs]}
PAIRS=${2:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/target
REPO=$T/repo
VARIANT=${BENCH_VARIANT:-small}
case $VARIANT in big) P=$T/product ;; small-classes) P=$T/product-small-classes ;; small) P=$T/product-small ;;
  *) echo "bench: unknown variant '$VARIANT' (big, small-classes, small)" >&2; exit 2 ;; esac
[ -f "$P/.ready" ] || { echo "bench: run bench/side-by-side.sh first (it generates $P)" >&2; exit 1; }
VERSION=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")
EARLIER=0.0.0-PAIRED
MVN=("$ROOT/mvnw" -B -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="${BENCH_REPO_TAIL:-$HOME/.m2/repository}")
LOGS=$T/logs/pairs
mkdir -p "$LOGS"

if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  echo "bench: installing this checkout ($VERSION) and $REV (as $EARLIER) into $REPO" >&2
  (cd "$ROOT" && "${MVN[@]}" -q install -DskipTests -Darchetype.test.skip=true -pl readiness-rules,readiness-maven-plugin -am \
    > "$LOGS/install.log" 2>&1) || { tail -30 "$LOGS/install.log"; exit 1; }
  SRC=$T/pairs-src
  rm -rf "$SRC"
  mkdir -p "$SRC"
  git -C "$ROOT" archive "$REV" | tar -x -C "$SRC"
  find "$SRC" -name pom.xml -exec sed -i "s/$VERSION/$EARLIER/g" {} +
  (cd "$SRC" && "${MVN[@]}" -q install -DskipTests -Darchetype.test.skip=true -pl readiness-rules,readiness-maven-plugin -am \
    > "$LOGS/install-earlier.log" 2>&1) || { tail -30 "$LOGS/install-earlier.log"; exit 1; }
fi

A=(readiness:check enforcer:enforce jacoco:check)
B=(jacoco:check enforcer:enforce readiness:check)
OUT=$LOGS/pairs.txt
: > "$OUT"
for i in $(seq 1 "$PAIRS"); do
  if (( i % 2 )); then goals=("${A[@]}"); else goals=("${B[@]}"); fi
  for v in "$EARLIER" "$VERSION"; do
    log=$LOGS/$v-$i.log
    cpu=$(cd "$P" && java "$ROOT/bench/CpuWindow.java" "$log" readiness:check "${MVN[@]}" \
        -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
        -Dreadiness.failOnViolation=false -Dreadiness.version="$v" dependency:resolve "${goals[@]}") \
      || { tail -30 "$log"; exit 1; }
    java "$ROOT/bench/MojoTimes.java" "$log" | awk -v v="$v" -v i="$i" -v cpu="$cpu" '{t[$1] = $3}
      END {split(cpu, c, " "); printf "%s %s %d %d %d %.3f %d %d %d %d\n", i, v, t["readiness:check"],
        t["enforcer:enforce"], t["jacoco:check"], t["readiness:check"] / (t["enforcer:enforce"] + t["jacoco:check"]),
        c[4], c[6], c[8], c[10]}' >> "$OUT"
  done
  echo "bench: pair $i: $(awk -v i="$i" '$1 == i {printf "%s readiness %d ms (ratio %s, CPU %d: app %d, JIT %d, GC %d); ",
    $2, $3, $6, $7, $8, $9, $10}' "$OUT")" >&2
done
awk -v e="$EARLIER" -v n="$VERSION" '
  function med(a, k,   i, j, x) { for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] > x; j--) a[j+1] = a[j]; a[j+1] = x }
    return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2 }
  $2 == e {re[++ne] = $3; qe[ne] = $6; ce[ne] = $7; ae[ne] = $8; je[ne] = $9; r[$1] = $3; a[$1] = $8}
  $2 == n {rn[++nn] = $3; qn[nn] = $6; cn[nn] = $7; an[nn] = $8; jn[nn] = $9; d[++nd] = $3 - r[$1]; da[nd] = $8 - a[$1]}
  END {printf "%s: readiness %d ms, ratio %.2f, CPU in its window %d ms (app %d, JIT %d) (medians of %d)\n",
      e, med(re, ne), med(qe, ne), med(ce, ne), med(ae, ne), med(je, ne), ne
    printf "%s: readiness %d ms, ratio %.2f, CPU in its window %d ms (app %d, JIT %d)\n",
      n, med(rn, nn), med(qn, nn), med(cn, nn), med(an, nn), med(jn, nn)
    printf "median of the differences: %+d ms, app CPU %+d ms\n", med(d, nd), med(da, nd)}' "$OUT"
