#!/usr/bin/env sh
# Builds what is needed (skipping tests) and starts PostgreSQL, Kafka and the three services.
# Ctrl-C stops everything. See docs/operations.md for the environment variables it reads.
set -e
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -pl local-stack -am package
exec java -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*" org.medsoc.localstack.LocalStack
