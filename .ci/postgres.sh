#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL server for the `postgres` profile's tests,
# with a `songngu` role and database. Prints the variables the tests read.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p 5432 && break
  sleep 1
done

su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'songngu'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE songngu LOGIN PASSWORD 'songngu'\""
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname = 'songngu_test'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE DATABASE songngu_test OWNER songngu\""

echo "SONGNGU_TEST_PG_URL=jdbc:postgresql://localhost:5432/songngu_test"
