#!/usr/bin/env bash
# The office cycle through the command line, as users feel it: `reportkit forms` for N chi bộ, every form filled
# (by the benchmarks' filler, which writes the input cells straight into the sheet XML as a non-Excel client would),
# then `reportkit summarize` of the filled folder. Prints wall time, CPU time and peak RSS of each step
# (/usr/bin/time -v) and the load of the machine before and after.
#   scripts/bench-office-cycle.sh [N ...]        (default: 1000 10000)
# Seed 001 (templates/ke-hoach-76-kh-du.plan.yaml), report hang_nam, period 2024. Work goes to a temporary folder,
# deleted at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -x /usr/bin/time ] || { echo "installing: time"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

echo "building (Release)…"
dotnet build "$root/src/ReportKit.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$root/tests/ReportKit.Benchmarks" -c Release -v q -nologo >/dev/null
cli="$root/src/ReportKit.Cli/bin/Release/net10.0/ReportKit.Cli"
filler="$root/tests/ReportKit.Benchmarks/bin/Release/net10.0/ReportKit.Benchmarks"
template="$root/templates/ke-hoach-76-kh-du.plan.yaml"

work=$(mktemp -d /tmp/reportkit-office-cycle.XXXXXX)
trap 'rm -rf "$work"' EXIT

# step NAME N COMMAND…: runs it under /usr/bin/time -v, prints one line.
step() {
  local name=$1 n=$2
  shift 2
  /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" "$work/time"; exit 1; }
  awk -v name="$name" -v n="$n" -F': ' '
    /Elapsed \(wall clock\)/ { split($2, t, ":"); wall = (length(t) == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%-10s %7d %9.2f s %9.2f s %9.0f/s %8.0f MB\n", name, n, wall, user + sys, n / wall, rss / 1024 }' "$work/time"
}

echo "load before: $(uptime)"
printf "%-10s %7s %11s %11s %11s %11s\n" step forms wall cpu rate "peak RSS"
for n in "${sizes[@]}"; do
  {
    echo "id,name,parent,level"
    echo "dang_uy,Đảng ủy xã Hồng Phong,,dang_uy"
    for ((i = 1; i <= n; i++)); do echo "chi_bo_$i,Chi bộ số $i,dang_uy,chi_bo"; done
  } >"$work/units-$n.csv"
  step forms "$n" "$cli" forms "$template" -r hang_nam -p 2024 -u "$work/units-$n.csv" -o "$work/forms-$n" --quiet
  step fill "$n" "$filler" --fill "$work/forms-$n"
  step summarize "$n" "$cli" summarize "$template" -r hang_nam -p 2024 -u "$work/units-$n.csv" -i "$work/forms-$n" \
    -o "$work/summary-$n.xlsx" --as-of 2024-12-31 --quiet
  grep -q "$n tệp, $n nhận" "$work/out" || { echo "summarize did not receive all $n forms:"; tail -3 "$work/out"; exit 1; }
  rm -rf "$work/forms-$n"
done
echo "load after: $(uptime)"
