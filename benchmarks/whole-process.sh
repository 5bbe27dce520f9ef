#!/bin/sh
# Issue 10: `dx rollup` as whole processes against DuckDB's read_csv + GROUP BY through JDBC, each command
# run RUNS times, the commands alternated round by round, every process under /usr/bin/time
# (wall s, user CPU s, system CPU s, max RSS kB) and in -Xmx256m. Checks that every run gives the same
# sums (Σ minutes×online, Σ online, Σ total) as the first timed run; prints one line per run, then the
# median and range of each command.
#
#   sh benchmarks/whole-process.sh [FILE [RUNS]]
#
# Needs, from the repository root: examples/target/dx/ (mvn -B -q -DskipTests -pl examples -am package)
# and benchmarks/target/benchmarks.jar (mvn -B -q -DskipTests -pl benchmarks -am package), or DX_DIST and
# BENCH_JAR naming them; FILE defaults to /tmp/dx-bench/procedure-years-5000000.csv (FileRollupBenchmark's
# generator writes it). The launcher's archive goes to a fresh DX_CDS_DIR, made by one run before timing.
set -u
file=${1:-/tmp/dx-bench/procedure-years-5000000.csv}
runs=${2:-5}
dist=${DX_DIST:-examples/target/dx}
bench=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DX_CDS_DIR="$work/cds"
export DX_JAVA_OPTS=-Xmx256m
[ -f "$file" ] || { echo "no $file" >&2; exit 2; }
[ -x "$dist/bin/dx" ] || { echo "no $dist/bin/dx" >&2; exit 2; }
[ -f "$bench" ] || { echo "no $bench" >&2; exit 2; }

sums_dx() { # Σ of the JSON's total object: its last minutesOnline, online and total
  printf '%s %s %s' "$(grep -o '"minutesOnline" : [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$')" \
    "$(grep -o '"online" : [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$')" \
    "$(grep -o '"total" : [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$')"
}
sums_duckdb() { # "N rows, total Sums[minutesOnline=…, online=…, total=…]"
  sed -n 's/.*minutesOnline=\([0-9]*\), online=\([0-9]*\), total=\([0-9]*\).*/\1 \2 \3/p' "$1"
}

run() { # label, kind, command...
  label=$1; kind=$2; shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/out" 2> "$work/err"
  status=$?
  if [ "$kind" = dx ]; then s=$(sums_dx "$work/out"); else s=$(sums_duckdb "$work/out"); fi
  [ -n "${expected:-}" ] || expected=$s
  same=same; [ "$s" = "$expected" ] || same="DIFFERENT ($s)"
  [ "$status" -eq 0 ] || same="exit $status: $(head -c 300 "$work/err")"
  printf '%-22s %s %s\n' "$label" "$(tail -1 "$work/time")" "$same" | tee -a "$work/all"
}

echo "file $file, $runs runs each; $(uptime)"
echo "the launcher's first run (records its archive):"
run dx-first-run dx "$dist/bin/dx" rollup "$file" --format json
rows=$(grep -o '"rows" : [0-9]*' "$work/out" | grep -o '[0-9]*$')
expected= # the first timed run sets the sums; every other run, DuckDB's included, must give the same
printf 'label                  wall user sys maxRSSkB sums\n'
for i in $(seq "$runs"); do
  run dx-launcher-1t dx "$dist/bin/dx" rollup "$file" --format json
  run java-jar-1t dx java -Xmx256m -jar "$dist/lib/dx.jar" rollup "$file" --format json
  run duckdb-1t duckdb java -Xmx256m -cp "$bench" org.municipaldx.benchmarks.FileRollupBenchmark "$file" "$rows" 1
  run dx-launcher-2t dx "$dist/bin/dx" rollup "$file" --format json --parallel
  run java-jar-2t dx java -Xmx256m -jar "$dist/lib/dx.jar" rollup "$file" --format json --parallel
  run duckdb-2t duckdb java -Xmx256m -cp "$bench" org.municipaldx.benchmarks.FileRollupBenchmark "$file" "$rows" 2
done
echo "$(uptime)"
echo "median [min–max] of wall, user+sys CPU and max RSS:"
for label in dx-launcher-1t java-jar-1t duckdb-1t dx-launcher-2t java-jar-2t duckdb-2t; do
  grep "^$label " "$work/all" | awk -v l="$label" '
    { w[NR]=$2; c[NR]=$3+$4; r[NR]=$5 }
    function med(a, n,   i, j, t) { for (i=1;i<=n;i++) for (j=i+1;j<=n;j++) if (a[j]<a[i]) { t=a[i]; a[i]=a[j]; a[j]=t }
      return (n%2) ? a[(n+1)/2] : (a[n/2]+a[n/2+1])/2 }
    END { n=NR; mw=med(w,n); lo=w[1]; hi=w[n]; mc=med(c,n); clo=c[1]; chi=c[n]; mr=med(r,n);
      printf "%-16s wall %.2f s [%.2f–%.2f]  cpu %.2f s [%.2f–%.2f]  rss %d MB\n", l, mw, lo, hi, mc, clo, chi, mr/1024 }'
done
