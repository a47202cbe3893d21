#!/usr/bin/env bash
# Recomputes the hash chain over one service's event store and names the first broken link.
#   scripts/verify-event-chain.sh member-service [jdbc-url] [user] [password]
# The default URL is the local stack's database of that service. Exit code 0: intact; 1: broken.
set -euo pipefail
cd "$(dirname "$0")/.."
service="${1:?usage: $0 <member-service|committee-service|events-service> [jdbc-url] [user] [password]}"
database="${service//-/_}"
url="${2:-jdbc:postgresql://${POSTGRES_HOST:-localhost}:${POSTGRES_PORT:-15432}/${database}}"
jar=$(ls "${service}"/target/"${service}"-*-exec.jar 2>/dev/null | head -1 || true)
if [[ -z "${jar}" ]]; then
  ./mvnw -B -q -pl "${service}" -am package -DskipTests >&2
  jar=$(ls "${service}"/target/"${service}"-*-exec.jar | head -1)
fi
exec java -cp "${jar}" -Dloader.main=org.medsoc.platform.audit.VerifyEventChain \
  org.springframework.boot.loader.launch.PropertiesLauncher "${url}" "${3:-postgres}" "${4:-postgres}"
