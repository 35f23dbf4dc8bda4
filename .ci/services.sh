#!/usr/bin/env bash
# Starts, on this machine, every service a remote run needs (PostgreSQL, with a `songngu` role and
# database; the partition requests travel through PostgreSQL itself, so there is no broker) and
# prints the settings a run reads as NAME=value lines. The test database songngu_test is created too.
#   eval "export $(bash .ci/services.sh | tr '\n' ' ')"
set -euo pipefail
cd "$(dirname "$0")"

bash postgres.sh >/dev/null
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname = 'songngu'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE DATABASE songngu OWNER songngu\""

echo "SPRING_PROFILES_ACTIVE=postgres"
echo "SONGNGU_DB_URL=jdbc:postgresql://localhost:5432/songngu"
echo "SONGNGU_DB_USER=songngu"
echo "SONGNGU_DB_PASSWORD=songngu"
echo "SONGNGU_TEST_PG_URL=jdbc:postgresql://localhost:5432/songngu_test"
