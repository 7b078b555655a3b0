#!/usr/bin/env bash
# Issue 13, PostgreSQL restarted under load: while writers record commands, the database is restarted once and then
# stopped for 10 seconds. Expected: every 201 stored once, never a false 2xx, 503 problem+json (Danish, with a
# correlation id) while the database is away, no 500, the processors resume by themselves (views equal a fresh
# rebuild) and the audit chain verifies.
#
# Usage (from the project root, after `./mvnw -o -pl infra -am package -DskipTests`), on a machine whose PostgreSQL
# nobody else is using at the time (it is restarted):
#   bench/faults/pg-restart-under-load.sh [writers=4] [seconds=45]
# Needs pg_ctlcluster (Debian), psql, curl, jq. Writes its figures to standard output.
set -uo pipefail

WRITERS=${1:-4}
SECONDS_OF_LOAD=${2:-45}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
CLUSTER=${CLUSTER:-$(ls /etc/postgresql | head -1)}
JAR=${JAR:-$(ls infra/target/infra-*-exec.jar | head -1)}
PORT=${PORT:-18481}
BASE=http://127.0.0.1:$PORT
DB=protokol_restart_$(date +%s)
WORK=$(mktemp -d)

psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -qc "CREATE DATABASE $DB" postgres
sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -tAc "$1"; }
pg_up() { for _ in $(seq 1 60); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0; sleep 0.5; done; return 1; }

java -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
  --protokol.demo-data=true --logging.level.root=WARN >>"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.3; done

writer() {  # one line per answer: status id content-type
  local w=$1 i=0
  while [ ! -f "$WORK/stop" ]; do
    i=$((i + 1))
    local status type id=""
    read -r status type < <(curl -s -m 15 -u admin:demo -H 'Content-Type: application/json' -o "$WORK/body.$w" \
      -w '%{http_code} %{content_type}' -X POST "$BASE/api/people" -d "{\"name\":\"Genstart $w-$i\"}" 2>/dev/null)
    [ "$status" = "201" ] && id=$(jq -r .id "$WORK/body.$w" 2>/dev/null)
    if [ "${status:0:1}" = "5" ]; then
      jq -r '"\(.status) \(.detail) correlation=\(.correlationId // "none")"' "$WORK/body.$w" >>"$WORK/problems" 2>/dev/null \
        || echo "$status (not problem+json)" >>"$WORK/problems"
    fi
    echo "$status $id $type" >>"$WORK/answers.$w"
    [ "$status" = "201" ] || sleep 0.3
  done
}

for w in $(seq 1 "$WRITERS"); do writer "$w" & done
sleep 10
echo "restart at $(date +%T)"; pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main restart; pg_up
sleep 12
echo "stop at $(date +%T)"; pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop; sleep 10
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start; pg_up; echo "started again at $(date +%T)"
sleep $((SECONDS_OF_LOAD - 32))
touch "$WORK/stop"; wait $(jobs -p | grep -v "^$APP$") 2>/dev/null

cat "$WORK"/answers.* >"$WORK/answers"
total=$(wc -l <"$WORK/answers"); acked=$(grep -c '^201 ' "$WORK/answers")
five03=$(grep -c '^503 ' "$WORK/answers"); five00=$(grep -c '^500 ' "$WORK/answers")
other=$((total - acked - five03 - five00))
problem=$(grep '^5' "$WORK/answers" | grep -c 'application/problem+json')
missing=0; doubled=0
for id in $(awk '$1 == 201 { print $2 }' "$WORK/answers"); do
  n=$(sql "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '$id'")
  [ "$n" = "0" ] && missing=$((missing + 1)); [ "$n" -gt 1 ] && doubled=$((doubled + 1))
done

checksums() { curl -sf -u admin:demo "$BASE/api/admin/views/checksums" | jq -S . ; }
last=""; for _ in $(seq 1 120); do now=$(checksums); [ -n "$now" ] && [ "$now" = "$last" ] && break; last=$now; sleep 2; done
live=$(checksums)
curl -sf -u admin:demo -H 'Content-Type: application/json' -d '{}' -X POST "$BASE/api/admin/rebuild" -o /dev/null
until [ "$(curl -sf -u admin:demo "$BASE/api/admin/rebuild" | jq -r .state)" = "DONE" ]; do sleep 1; done
rebuilt=$(checksums)
verified=$(curl -sf -u evaluator:demo "$BASE/api/audit/verify" | jq -r .verified)
health=$(curl -s "$BASE/actuator/health" | jq -r .status)
kill "$APP"; wait "$APP" 2>/dev/null

echo "writers: $WRITERS; answers: $total (201: $acked, 503: $five03, 500: $five00, other: $other); 5xx as problem+json: $problem"
echo "acknowledged and missing: $missing; acknowledged and stored twice: $doubled"
echo "views after the load = fresh rebuild: $([ "$live" = "$rebuilt" ] && echo yes || echo NO); audit chain verified: $verified; health: $health"
echo "a sample of the 503s:"; sort "$WORK/problems" 2>/dev/null | uniq -c | sort -rn | head -3
echo "(work files: $WORK)"
