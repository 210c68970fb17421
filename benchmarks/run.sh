#!/usr/bin/env bash
# The one documented benchmark command (docs/performance.md):
#
#   benchmarks/run.sh
#
# Builds the project, starts the packaged server (serve --demo) on a free local port with a
# throw-away data directory and a known Retell key, drives it with WebhookLoad (open loop,
# events then function calls, then a closed-loop saturation run), stops it, runs the JMH
# benchmarks with a short configuration, runs pgbench for the raw insert baseline when a local
# PostgreSQL answers, and prints a summary. Everything it starts it stops; it only talks to
# 127.0.0.1 / the local PostgreSQL.
#
# Environment (all optional):
#   BENCH_DB=h2|postgres   database of the server (default h2 = embedded). postgres creates a
#                          throw-away database on the local PostgreSQL (psql/PG* settings,
#                          default host localhost, user postgres) and drops it afterwards.
#   ASKPRO_DB_URL          use this PostgreSQL instead (ASKPRO_DB_USER/ASKPRO_DB_PASSWORD too);
#                          it is not dropped. Implies BENCH_DB=postgres.
#   BENCH_RATE=200 BENCH_SECONDS=30 BENCH_WARMUP=10   open-loop load runs
#   BENCH_SATURATION_SECONDS=15 BENCH_CONCURRENCY=16  closed-loop run (0 seconds = skip)
#   BENCH_JMH=1            0 skips JMH;  BENCH_JMH_ARGS overrides "-f 1 -wi 2 -i 3 -w 2s -r 2s"
#   BENCH_PGBENCH=auto     no skips pgbench;  BENCH_PGBENCH_SECONDS=10
#   BENCH_BUILD=1          0 skips the Maven build
#   BENCH_OUT              directory for the logs and results (default benchmarks/target/results-<time>)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RATE="${BENCH_RATE:-200}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-10}"
SAT_SECONDS="${BENCH_SATURATION_SECONDS:-15}"
CONCURRENCY="${BENCH_CONCURRENCY:-16}"
JMH_ARGS="${BENCH_JMH_ARGS:--f 1 -wi 2 -i 3 -w 2s -r 2s}"
PGBENCH_SECONDS="${BENCH_PGBENCH_SECONDS:-10}"
DB="${BENCH_DB:-h2}"
[[ -n "${ASKPRO_DB_URL:-}" ]] && DB=postgres
OUT="${BENCH_OUT:-$ROOT/benchmarks/target/results-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
KEY="key_bench_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-postgres}"

SERVER_PID=""
DATA_DIR=""
CREATED_DB=""
say() { echo "== $*"; }
note() { echo "$*" | tee -a "$SUMMARY"; }

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  [[ -n "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  if [[ -n "$CREATED_DB" ]]; then
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $CREATED_DB" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

pg_available() { command -v psql >/dev/null && psql -qtA -d postgres -c 'select 1' >/dev/null 2>&1; }

if [[ "${BENCH_BUILD:-1}" != 0 ]]; then
  say "building (mvn -q -B install -DskipTests)"
  mvn -q -B install -DskipTests
fi
SERVER_JAR="$ROOT/bootstrap/target/askpro-booking.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"

note "AskPro Booking benchmarks, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
note "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
busiest() { ps -eo pcpu,args --sort=-pcpu | sed -n '2,4p' | cut -c1-110 | sed 's/^/    /'; }

# ---------------------------------------------------------------- server
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
DATA_DIR="$(mktemp -d /tmp/askpro-bench.XXXXXX)"
SERVER_ENV=(ASKPRO_HTTP_HOST=127.0.0.1 ASKPRO_HTTP_PORT="$PORT" ASKPRO_DATA_DIR="$DATA_DIR" ASKPRO_RETELL_API_KEYS="$KEY")
if [[ "$DB" == postgres ]]; then
  if [[ -z "${ASKPRO_DB_URL:-}" ]]; then
    pg_available || { echo "BENCH_DB=postgres but no local PostgreSQL answers (PGHOST=$PGHOST PGUSER=$PGUSER)" >&2; exit 1; }
    CREATED_DB="askpro_bench_$$"
    psql -q -d postgres -c "CREATE DATABASE $CREATED_DB" >/dev/null
    SERVER_ENV+=(ASKPRO_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$CREATED_DB" ASKPRO_DB_USER="$PGUSER")
    [[ -n "${PGPASSWORD:-}" ]] && SERVER_ENV+=(ASKPRO_DB_PASSWORD="$PGPASSWORD")
    DB_LABEL="PostgreSQL (throw-away database $CREATED_DB on $PGHOST)"
  else
    DB_LABEL="PostgreSQL (ASKPRO_DB_URL)"
  fi
else
  DB_LABEL="embedded H2 (file in $DATA_DIR)"
fi
note "server: $SERVER_JAR serve --demo on 127.0.0.1:$PORT, database: $DB_LABEL"

say "starting the server"
env "${SERVER_ENV[@]}" java ${BENCH_SERVER_JAVA_OPTS:-} -jar "$SERVER_JAR" serve --demo > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $OUT/server.log" >&2; tail -20 "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "server not ready after 60 s" >&2; exit 1; }

load() {
  local name="$1"; shift
  say "load: $name"
  java -cp "$BENCH_JAR" com.askpro.booking.benchmarks.WebhookLoad --url "http://127.0.0.1:$PORT" --key "$KEY" "$@" \
    | tee "$OUT/load-$name.txt"
  grep '^RESULT' "$OUT/load-$name.txt" | sed "s/^RESULT/load $name:/" >> "$SUMMARY" || true
}
load events --mix events --rate "$RATE" --seconds "$SECONDS_RUN" --warmup "$WARMUP"
load functions --mix functions --rate "$RATE" --seconds "$SECONDS_RUN" --warmup "$WARMUP"
if [[ "$SAT_SECONDS" != 0 ]]; then
  load saturation-events --mix events --rate 0 --concurrency "$CONCURRENCY" --seconds "$SAT_SECONDS" --warmup 5
fi
note "load average after load runs: $(cut -d' ' -f1-3 /proc/loadavg); busiest processes (other work on the machine skews every figure):"
busiest | tee -a "$SUMMARY"

say "stopping the server"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

# ---------------------------------------------------------------- JMH
if [[ "${BENCH_JMH:-1}" != 0 ]]; then
  say "JMH: $JMH_ARGS"
  # shellcheck disable=SC2086
  java -jar "$BENCH_JAR" $JMH_ARGS -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
  note "JMH ($JMH_ARGS), average time per operation:"
  sed -n '/^Benchmark /,$p' "$OUT/jmh.txt" | tee -a "$SUMMARY" >/dev/null
fi

# ---------------------------------------------------------------- pgbench
if [[ "${BENCH_PGBENCH:-auto}" != no ]] && command -v pgbench >/dev/null && pg_available; then
  PGDB="askpro_pgbench_$$"
  say "pgbench raw insert baseline on database $PGDB"
  psql -q -d postgres -c "CREATE DATABASE $PGDB" >/dev/null
  psql -q -d "$PGDB" >/dev/null <<'SQL'
CREATE TABLE inbox (
  source     text        NOT NULL,
  event_key  text        NOT NULL,
  status     text        NOT NULL DEFAULT 'PENDING',
  received_at timestamptz NOT NULL DEFAULT now(),
  payload    jsonb       NOT NULL,
  PRIMARY KEY (source, event_key)
);
CREATE INDEX inbox_due ON inbox (status, received_at);
SQL
  cat > "$OUT/pgbench-insert.sql" <<'SQL'
\set k random(1, 1000000000000)
INSERT INTO inbox (source, event_key, payload)
VALUES ('retell', 'call_started:' || :k, ('{"event":"call_started","call":{"call_id":"' || :k || '","transcript":"' || repeat('x', 940) || '"}}')::jsonb)
ON CONFLICT DO NOTHING;
SQL
  note "pgbench: one INSERT ... ON CONFLICT DO NOTHING of a ~1 KB jsonb row per transaction, composite PK + 1 index, ${PGBENCH_SECONDS}s each, $(psql -qtA -d postgres -c 'show synchronous_commit' | sed 's/^/synchronous_commit=/')"
  for clients in 1 4 16; do
    pgbench -n -M prepared -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" -T "$PGBENCH_SECONDS" -f "$OUT/pgbench-insert.sql" "$PGDB" \
      > "$OUT/pgbench-c$clients.txt" 2>&1 || true
    tps="$(grep -E '^tps' "$OUT/pgbench-c$clients.txt" | head -1 | awk '{print $3}')"
    lat="$(grep -E '^latency average' "$OUT/pgbench-c$clients.txt" | awk '{print $4, $5}')"
    note "pgbench clients=$clients: tps=${tps:-?} latency average=${lat:-?}"
  done
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null 2>&1 || true
else
  note "pgbench: skipped (no pgbench or no local PostgreSQL answering)"
fi

note "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "==================== summary ($OUT/summary.txt)"
cat "$SUMMARY"
