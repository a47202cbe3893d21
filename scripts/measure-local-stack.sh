#!/usr/bin/env bash
# Measures the local stack: seconds from launch to all four services healthy, and the resident
# memory of the whole stack once idle. Usage: scripts/measure-local-stack.sh [cold|warm] [idle-seconds]
#   cold: a fresh data folder (first start: initdb, Kafka format, all migrations)
#   warm: the same data folder started a second time
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-cold}
idle=${2:-30}
dir=${LOCAL_STACK_DIR:-$(mktemp -d)/stack}
[ "$mode" = cold ] && rm -rf "$dir"
./mvnw -B -q -DskipTests -pl local-stack -am package
out=$(mktemp)
start=$(date +%s.%N)
LOCAL_STACK_DIR="$dir" java -Xmx256m -XX:+UseSerialGC -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*" \
  org.medsoc.localstack.LocalStack >"$out" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
until grep -q "The platform is up" "$out"; do
  if ! kill -0 $launcher 2>/dev/null; then cat "$out"; exit 1; fi
  sleep 0.2
done
end=$(date +%s.%N)
echo "mode=$mode  healthy after $(awk "BEGIN {printf \"%.1f\", $end - $start}") s (launcher: $(grep -o 'up in [0-9.]* s' "$out"))"
sleep "$idle"
tree() { echo "$1"; for c in $(pgrep -P "$1"); do tree "$c"; done; }
rss=0; pss=0
postmaster=$(head -1 "$dir/postgres/postmaster.pid" 2>/dev/null || true)
for pid in $(tree $launcher) ${postmaster:+$(tree "$postmaster")}; do
  r=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  p=$(awk '/^Pss:/ {print $2}' /proc/$pid/smaps_rollup 2>/dev/null || echo 0)
  rss=$((rss + ${r:-0})); pss=$((pss + ${p:-0}))
  printf '  %-8s %6d MB  %s\n' "$pid" $(( ${r:-0} / 1024 )) "$(tr '\0' ' ' < /proc/$pid/cmdline 2>/dev/null | grep -oE '(member|committee|events)-service.jar|kafka.Kafka|LocalStack|postgres: [a-z ]+|bin/postgres' | head -1)"
done
echo "idle after ${idle} s: resident (sum of RSS) $((rss / 1024)) MB, proportional (sum of PSS) $((pss / 1024)) MB"
