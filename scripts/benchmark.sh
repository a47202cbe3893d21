#!/usr/bin/env bash
# Measures the running platform on this machine: scripts/benchmark.sh [seconds-per-phase] [paced-commands-per-second]
# Starts the local stack (services as processes, a real PostgreSQL and Kafka broker) on a fresh
# data folder, prints the figures and stops it; then rebuilds a projection from a million events.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl local-stack,framework-baseline,benchmark -am package
# The launcher's classes too: they name the services' JVM options, production's and a laptop's.
classpath="benchmark/target/benchmark.jar:benchmark/target/lib/*:local-stack/target/local-stack.jar:local-stack/target/lib/*"
java -cp "$classpath" org.medsoc.benchmark.PlatformBenchmark "${1:-20}" "${2:-60}" production
java -cp "$classpath" org.medsoc.benchmark.PlatformBenchmark "${1:-20}" "${2:-60}" laptop
echo "Replay (member-service's member directory, embedded PostgreSQL in the test JVM):"
./mvnw -B -pl member-service -am test -Dtest=ReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "Store filled|Replay of|FAIL|ERROR\]" | grep -v "kill self fork"
echo "Roster import (member-service, embedded PostgreSQL and Kafka in the test JVM), beside entering the same members one by one:"
./mvnw -B -pl member-service -am test -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "Roster import of|Baseline|FAIL|ERROR\]" | grep -v "kill self fork"
echo "Renewal reminders (notification-service, embedded PostgreSQL, Kafka and SMTP server in the test JVM), beside sending the same mails one connection each:"
./mvnw -B -pl notification-service -am test -Dtest=RenewalMailBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "Renewal reminders of|Baseline|FAIL|ERROR\]" | grep -v "kill self fork"
echo "Personal data (member-service, embedded PostgreSQL in the test JVM), encrypted beside plain serialization:"
./mvnw -B -pl member-service -am test -Dtest=PersonalDataBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "Personal data,|command path|replay:|FAIL|ERROR\]" | grep -v "kill self fork"
