#!/usr/bin/env bash
# Issue 13, kill -9 during ingest and during a catch-up: every acknowledged command stored once, no doubled effect in
# any view (the views' checksums equal those of a fresh rebuild afterwards), and the time from a kill to serving again.
#
# Usage (from the project root, after `./mvnw -o -pl infra -am package -DskipTests`):
#   bench/faults/kill9-ingest.sh [ingest-kills=20] [catch-up-kills=3]
# Needs PostgreSQL (PGHOST, PGPORT, PGUSER; defaults 127.0.0.1, 5432, postgres, trust auth), curl, jq.
# Writes its figures to standard output; the database it made is left for a look afterwards.
set -uo pipefail

KILLS=${1:-20}
CATCH_UP_KILLS=${2:-3}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
JAR=${JAR:-$(ls infra/target/infra-*-exec.jar | head -1)}
PORT=${PORT:-18480}
BASE=http://127.0.0.1:$PORT
DB=protokol_kill9_$(date +%s)
WORK=$(mktemp -d)
APP=""
STARTED_IN=""

psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -qc "CREATE DATABASE $DB" postgres
sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -tAc "$1"; }

start() {
  java -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
    --protokol.demo-data=true --logging.level.root=WARN >>"$WORK/app.log" 2>&1 &
  APP=$!
  local began=$(date +%s.%N)
  until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do  # ready: after the demo data is loaded
    sleep 0.2
    if ! kill -0 "$APP" 2>/dev/null; then echo "the application did not start; see $WORK/app.log" >&2; exit 1; fi
  done
  STARTED_IN=$(echo "$(date +%s.%N) - $began" | bc)
}

writer() {  # registers people until told to stop; one line per answer: status id
  local i=0
  while [ ! -f "$WORK/stop" ]; do
    i=$((i + 1))
    local answer
    answer=$(curl -s -m 10 -u admin:demo -H 'Content-Type: application/json' -o "$WORK/body" -w '%{http_code}' \
      -X POST "$BASE/api/people" -d "{\"name\":\"Fejlprøve $i\"}" 2>/dev/null)
    local id=""
    [ "$answer" = "201" ] && id=$(jq -r .id "$WORK/body" 2>/dev/null)
    echo "$answer $id" >>"$WORK/answers"
    [ "$answer" = "201" ] || sleep 0.2
  done
}

checksums() { curl -sf -u admin:demo "$BASE/api/admin/views/checksums" | jq -S . ; }

caught_up() {  # waits (at most 10 min) until two readings of the checksums 2 s apart are equal
  local last="" now deadline=$(( $(date +%s) + 600 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    now=$(checksums); [ -n "$now" ] && [ "$now" = "$last" ] && return 0
    last=$now; sleep 2
  done
  echo "views did not settle within 10 minutes" >&2
}

start
echo "started in ${STARTED_IN}s on database $DB"
writer & WRITER=$!
restarts=()
for round in $(seq 1 "$KILLS"); do
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.1f", 1 + (r % 40) / 10 }')"
  kill -9 "$APP"; wait "$APP" 2>/dev/null
  start; restarts+=("$STARTED_IN")
done
touch "$WORK/stop"; wait "$WRITER"

acked=$(grep -c '^201 ' "$WORK/answers")
refused=$(grep -vc '^201 ' "$WORK/answers")
five=$(grep -c '^5' "$WORK/answers")
missing=0; doubled=0
for id in $(awk '$1 == 201 { print $2 }' "$WORK/answers"); do
  n=$(sql "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '$id'")
  [ "$n" = "0" ] && missing=$((missing + 1))
  [ "$n" -gt 1 ] && doubled=$((doubled + 1))
done
stored=$(sql "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%.PersonRegistered'")
twice=$(sql "SELECT COUNT(*) FROM (SELECT 1 FROM domain_event_entry GROUP BY aggregate_identifier, sequence_number HAVING COUNT(*) > 1) d")

caught_up; live=$(checksums)

# kill -9 during a catch-up: a rebuild started, the application killed while it replays, restarted each time
catch_up=()
curl -sf -u admin:demo -X POST "$BASE/api/admin/rebuild" -o /dev/null
for round in $(seq 1 "$CATCH_UP_KILLS"); do
  sleep 1.5
  kill -9 "$APP"; wait "$APP" 2>/dev/null
  start; catch_up+=("$STARTED_IN")
done
began=$(date +%s.%N); caught_up; after_kills=$(checksums)
caught=$(echo "$(date +%s.%N) - $began" | bc)

curl -sf -u admin:demo -X POST "$BASE/api/admin/rebuild" -o /dev/null
until [ "$(curl -sf -u admin:demo "$BASE/api/admin/rebuild" | jq -r .state)" = "DONE" ]; do sleep 1; done
rebuilt=$(checksums)
verified=$(curl -sf -u evaluator:demo "$BASE/api/audit/verify" | jq -r .verified)
kill "$APP"; wait "$APP" 2>/dev/null

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
max() { printf '%s\n' "$@" | sort -n | tail -1 | awk '{ printf "%.1f", $1 }'; }
echo "ingest kills: $KILLS; answers: $((acked + refused)) (201: $acked, other: $refused, 5xx: $five)"
echo "acknowledged and missing: $missing; acknowledged and stored twice: $doubled; PersonRegistered stored: $stored;" \
  "(aggregate, sequence) twice: $twice"
echo "kill to serving again: median $(median "${restarts[@]}") s, max $(max "${restarts[@]}") s"
echo "catch-up kills: $CATCH_UP_KILLS; kill to serving: median $(median "${catch_up[@]}") s; caught up ${caught} s after the last start"
echo "views after the ingest kills = fresh rebuild: $([ "$live" = "$rebuilt" ] && echo yes || echo NO)"
echo "views after the catch-up kills = fresh rebuild: $([ "$after_kills" = "$rebuilt" ] && echo yes || echo NO)"
echo "audit chain verified: $verified"
echo "(work files: $WORK)"
