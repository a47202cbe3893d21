#!/usr/bin/env bash
# Fault drills on the running platform: scripts/fault-drills.sh [kafka] [postgres] [kill] [redelivery] [scale-out] [backup-restore]
# Starts the local stack (services as processes, a real PostgreSQL and Kafka broker) on a fresh
# data folder, runs each drill under load and checks that nothing was lost or duplicated.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl local-stack,benchmark -am package
exec java -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*:benchmark/target/benchmark.jar:benchmark/target/lib/*" \
  org.medsoc.benchmark.drill.FaultDrills "$@"
