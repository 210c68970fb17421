#!/usr/bin/env bash
# The one documented benchmark command (docs/performance.md):
#
#   BENCH_DB=postgres benchmarks/run.sh
#
# Builds the project (mvn package, nothing installed), starts the packaged server (serve --demo) on
# a free local port with a throw-away data directory and a known Retell key, and from that one run
# prints: acknowledged events/s (closed loop, 16 clients), the events/s processing drains, open-loop
# p50/p99/max for events at 200, 500 and 1,000 req/s and for function calls at 200 and 500 req/s,
# the server's resident memory, whether every acknowledged event was processed, then (server
# stopped) pgbench TPS with 16 clients inserting a comparable ~4 KB row per transaction and the
# ratio of the two, and optionally the JMH micro-benchmarks. The load average is printed next to
# every figure: the machine may be shared. Everything it starts it stops; it only talks to
# 127.0.0.1 / the local PostgreSQL.
#
# Environment (all optional):
#   BENCH_DB=h2|postgres   database of the server (default h2 = embedded). postgres creates a
#                          throw-away database on the local PostgreSQL (psql/PG* settings,
#                          default host localhost, user postgres) and drops it afterwards.
#   ASKPRO_DB_URL          use this PostgreSQL instead (ASKPRO_DB_USER/ASKPRO_DB_PASSWORD too);
#                          it is not dropped. Implies BENCH_DB=postgres.
#   BENCH_EVENT_RATES="200 500 1000" BENCH_FUNCTION_RATES="200 500"   open-loop rates (req/s)
#   BENCH_SECONDS=30 BENCH_WARMUP=10                  measured and warm-up seconds of each open-loop run
#   BENCH_SATURATION_SECONDS=15 BENCH_CONCURRENCY=16  closed-loop run (0 seconds = skip)
#   BENCH_DRAIN_MAX=300    seconds to wait for processing to drain the backlog after a run
#   BENCH_JMH=1            0 skips JMH;  BENCH_JMH_ARGS overrides "-f 1 -wi 2 -i 3 -w 2s -r 2s"
#   BENCH_PGBENCH=auto     no skips pgbench;  BENCH_PGBENCH_SECONDS=10
#   BENCH_BUILD=1          0 skips the Maven build
#   BENCH_OUT              directory for the logs and results (default benchmarks/target/results-<time>)
#   BENCH_SERVER_JVM       the server's heap options (default "-Xmx256m -XX:+UseSerialGC", as docs/operations.md advises)
#   BENCH_SERVER_JAVA_OPTS more JVM options of the server, e.g. -XX:StartFlightRecording=filename=/tmp/s.jfr
#   BENCH_DRAIN_SECONDS=15 closed loop against an intake-only instance (ASKPRO_WEBHOOK_PROCESSING=off), then the
#                          drain of that backlog by a processing instance alone (0 = skip)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EVENT_RATES="${BENCH_EVENT_RATES-200 500 1000}"
FUNCTION_RATES="${BENCH_FUNCTION_RATES-200 500}"
DRAIN_MAX="${BENCH_DRAIN_MAX:-300}"
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
SERVER_JVM="${BENCH_SERVER_JVM--Xmx256m -XX:+UseSerialGC}"
DRAIN_SECONDS="${BENCH_DRAIN_SECONDS:-15}"
DATA_DIR=""
CREATED_DB=""
PGDB=""
say() { echo "== $*"; }
note() { echo "$*" | tee -a "$SUMMARY"; }

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  [[ -n "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  for db in "$CREATED_DB" "$PGDB"; do
    [[ -n "$db" ]] && psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_available() { command -v psql >/dev/null && psql -qtA -d postgres -c 'select 1' >/dev/null 2>&1; }

if [[ "${BENCH_BUILD:-1}" != 0 ]]; then
  say "building (mvn -q -B package -DskipTests)"
  mvn -q -B package -DskipTests
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

# Starts the server (extra environment as arguments) and waits until it is ready.
start_server() {
  say "starting the server $*"
  env "${SERVER_ENV[@]}" "$@" java $SERVER_JVM ${BENCH_SERVER_JAVA_OPTS:-} -jar "$SERVER_JAR" serve --demo >> "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $OUT/server.log" >&2; tail -20 "$OUT/server.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "server not ready after 60 s" >&2; exit 1; }
}
stop_server() {
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}
note "server JVM options: $SERVER_JVM ${BENCH_SERVER_JAVA_OPTS:-}"
start_server

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# Sum of every sample of a metric on /metrics whose labels contain $2 (e.g. source="retell"); empty
# when absent or when the server does not answer (an overloaded server may refuse connections): tried 5 times.
metric() {
  local page=""
  for _ in 1 2 3 4 5; do
    page="$(curl -fs --max-time 10 "http://127.0.0.1:$PORT/metrics" 2>/dev/null)" && break
    page=""; sleep 1
  done
  printf '%s\n' "$page" | awk -v name="$1" -v label="${2:-}" '$1 ~ "^"name"(_total)?({|$)" && index($1, label) { sum += $NF; found = 1 }
        END { if (found) printf "%.0f\n", sum }'
}
processed() { metric askpro_webhooks_processed 'source="retell"'; }
backlog() {
  local depth received done_
  depth="$(metric askpro_webhook_queue_depth)"
  if [[ -n "$depth" ]]; then echo "$depth"; return; fi
  received="$(metric askpro_webhooks_received 'source="retell"')"; done_="$(processed)"
  if [[ -n "$received" && -n "$done_" ]]; then echo $(( received - done_ )); else echo 1; fi
}
now_s() { date +%s.%N; }
ACKED=0
load() {
  local name="$1"; shift
  say "load: $name (load average $(loadavg))"
  local before; before="$(loadavg | tr ' ' ',')"
  java -cp "$BENCH_JAR" com.askpro.booking.benchmarks.WebhookLoad --url "http://127.0.0.1:$PORT" --key "$KEY" "$@" \
    | tee "$OUT/load-$name.txt"
  grep '^RESULT' "$OUT/load-$name.txt" \
    | sed "s|^RESULT|load $name:|; s|\$| loadavg_before=$before loadavg_after=$(loadavg | tr ' ' ',')|" >> "$SUMMARY" || true
}
# Adds the 2xx answers (warm-up and measured) of an events run to ACKED.
count_acked() {
  local warm measured
  warm="$(sed -n 's/^  warm-up: [0-9]* sent, \([0-9]*\) ok.*/\1/p' "$OUT/load-$1.txt")"
  measured="$(sed -n 's/^RESULT .* ok=\([0-9]*\) .*/\1/p' "$OUT/load-$1.txt")"
  ACKED=$(( ACKED + ${warm:-0} + ${measured:-0} ))
}
# Waits until processing has drained the backlog (at most DRAIN_MAX s); prints the seconds waited.
drain() {
  local t0 depth; t0="$(now_s)"
  while depth="$(backlog)"; [[ "${depth:-0}" -gt 0 ]]; do
    if (( $(echo "$(now_s) - $t0 > $DRAIN_MAX" | bc) )); then
      echo "  backlog not drained after ${DRAIN_MAX}s: $depth events still waiting" | tee -a "$SUMMARY" >&2; break
    fi
    sleep 0.2
  done
  echo "$(now_s) - $t0" | bc
}

for rate in $EVENT_RATES; do
  load "events-$rate" --mix events --rate "$rate" --seconds "$SECONDS_RUN" --warmup "$WARMUP"
  count_acked "events-$rate"
  note "  processing drained what was left of events-$rate in $(drain) s"
done
for rate in $FUNCTION_RATES; do
  load "functions-$rate" --mix functions --rate "$rate" --seconds "$SECONDS_RUN" --warmup "$WARMUP"
done
ACK_RATE=""
DRAIN_RATE=""
if [[ "$SAT_SECONDS" != 0 ]]; then
  p0="$(processed)"; p0="${p0:-0}"; t0="$(now_s)"
  load saturation-events --mix events --rate 0 --concurrency "$CONCURRENCY" --seconds "$SAT_SECONDS" --warmup 5
  count_acked saturation-events
  t1="$(now_s)"; p1="$(processed)"; p1="${p1:-$p0}"; left="$(backlog)"
  waited="$(drain)"; t2="$(now_s)"; p2="$(processed)"; p2="${p2:-$p1}"
  ACK_RATE="$(sed -n 's/^RESULT .* throughput=\([0-9.]*\)\/s.*/\1/p' "$OUT/load-saturation-events.txt")"
  note "processing during the closed loop: $(( p1 - p0 )) events in $(printf %.1f "$(echo "$t1 - $t0" | bc)") s; backlog at its end: $left events, drained in $(printf %.1f "$waited") s"
  DRAIN_RATE="$(echo "scale=1; ($p2 - $p0) / ($t2 - $t0)" | bc)"
  if [[ "${left:-0}" -gt 500 ]]; then
    DRAIN_AFTER="$(echo "scale=1; ($p2 - $p1) / $waited" | bc)"
    note "processing drained $DRAIN_AFTER events/s after the load stopped (alone on the machine), $DRAIN_RATE events/s from the start of the closed loop to an empty backlog"
  else
    note "processing kept up with acknowledgement (backlog $left at the end): $DRAIN_RATE events/s from the start of the closed loop to an empty backlog; this is a lower bound of what it can drain"
  fi
fi
FINAL_PROCESSED="$(processed)"
PROCESSED_BEFORE="${FINAL_PROCESSED:-0}"
RSS_PEAK_KB="$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || true)"
RSS_NOW_KB="$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || true)"
note "server RSS: peak $(( ${RSS_PEAK_KB:-0} / 1024 )) MB, at the end $(( ${RSS_NOW_KB:-0} / 1024 )) MB"
note "acknowledged events (2xx, warm-up included): $ACKED; processed by the server: ${FINAL_PROCESSED:-?} (lost: $(( ACKED - ${FINAL_PROCESSED:-0} )); negative = processed more than the generator saw answered, e.g. requests it timed out on that were stored all the same)"
note "load average after load runs: $(loadavg); busiest processes (other work on the machine skews every figure):"
busiest | tee -a "$SUMMARY"

say "stopping the server"
stop_server

# ---------------------------------------------------------------- intake and drain, apart
# An instance that only acknowledges (ASKPRO_WEBHOOK_PROCESSING=off) takes a closed loop of 16 clients:
# acknowledgement without processing beside it. Then a processing instance on the same data starts
# and drains that backlog alone: processing without intake beside it.
INTAKE_RATE=""
PURE_DRAIN=""
if [[ "$DRAIN_SECONDS" != 0 ]]; then
  start_server ASKPRO_WEBHOOK_PROCESSING=off
  load intake-only-events --mix events --rate 0 --concurrency "$CONCURRENCY" --seconds "$DRAIN_SECONDS" --warmup 5
  count_acked intake-only-events
  INTAKE_RATE="$(sed -n 's/^RESULT .* throughput=\([0-9.]*\)\/s.*/\1/p' "$OUT/load-intake-only-events.txt")"
  stop_server
  start_server
  t0="$(now_s)"; left="$(backlog)"; p0="$(processed)"; p0="${p0:-0}"
  waited="$(drain)"; p1="$(processed)"; p1="${p1:-$p0}"
  if [[ "${left:-0}" -gt 0 ]]; then
    PURE_DRAIN="$(echo "scale=1; ($p1 - $p0) / $waited" | bc)"
  fi
  note "intake only: $INTAKE_RATE acknowledged events/s; then a processing instance drained $(( p1 - p0 )) events (backlog $left when it was ready) in $(printf %.1f "$waited") s: ${PURE_DRAIN:-?} events/s"
  FINAL_PROCESSED="$(processed)"
  FINAL_PROCESSED=$(( ${FINAL_PROCESSED:-0} + PROCESSED_BEFORE ))
  stop_server
fi

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
  # Shaped like webhook_events: uuid key, unique (source, event key), the two secondary indexes, a text body.
  psql -q -d "$PGDB" >/dev/null <<'SQL'
CREATE TABLE inbox (
  id              uuid        NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
  source          varchar(32) NOT NULL,
  event_key       varchar(300) NOT NULL,
  event_type      varchar(100) NOT NULL,
  raw_body        text        NOT NULL,
  company_id      uuid,
  status          varchar(16) NOT NULL DEFAULT 'received',
  attempts        integer     NOT NULL DEFAULT 0,
  received_at     timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz DEFAULT now(),
  UNIQUE (source, event_key)
);
CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
CREATE INDEX inbox_company_received ON inbox (company_id, received_at, id);
SQL
  # ~4 KB of hex text (120 md5 digests): about what an acknowledged event of the mix weighs, and not compressible to nothing.
  cat > "$OUT/pgbench-insert.sql" <<'SQL'
\set k random(1, 1000000000000)
INSERT INTO inbox (source, event_key, event_type, raw_body)
VALUES ('retell', 'call_ended:' || :k, 'call_ended',
        '{"event":"call_ended","call":{"call_id":"' || :k || '","transcript":"'
        || (SELECT string_agg(md5((:k::bigint + g)::text), ' ') FROM generate_series(1, 120) g) || '"}}')
ON CONFLICT DO NOTHING;
SQL
  note "pgbench: one INSERT ... ON CONFLICT DO NOTHING of a ~4 KB text row shaped like webhook_events per transaction (uuid PK, unique key, 2 indexes), ${PGBENCH_SECONDS}s each, $(psql -qtA -d postgres -c 'show synchronous_commit' | sed 's/^/synchronous_commit=/'), load average before: $(loadavg)"
  for clients in 1 16; do
    pgbench -n -M prepared -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" -T "$PGBENCH_SECONDS" -f "$OUT/pgbench-insert.sql" "$PGDB" \
      > "$OUT/pgbench-c$clients.txt" 2>&1 || true
    tps="$(grep -E '^tps' "$OUT/pgbench-c$clients.txt" | head -1 | awk '{print $3}')"
    lat="$(grep -E '^latency average' "$OUT/pgbench-c$clients.txt" | awk '{print $4, $5}')"
    note "pgbench clients=$clients: tps=${tps:-?} latency average=${lat:-?}"
    if [[ "$clients" == 16 ]]; then PGBENCH_TPS="${tps:-}"; fi
  done
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null 2>&1 || true
else
  note "pgbench: skipped (no pgbench or no local PostgreSQL answering)"
fi

note "load average at the end: $(loadavg)"
{
  echo
  echo "headline ($DB_LABEL; targets from docs/performance.md):"
  echo "  acknowledged events/s, closed loop, $CONCURRENCY clients: ${ACK_RATE:-not measured}"
  echo "  pgbench TPS, 16 clients, ~4 KB row: ${PGBENCH_TPS:-not measured}"
  if [[ -n "${ACK_RATE:-}" && -n "${PGBENCH_TPS:-}" ]]; then
    echo "  ratio: $(echo "scale=3; $ACK_RATE / $PGBENCH_TPS" | bc) (target >= 0.5)"
  fi
  echo "  events/s drained by processing: ${DRAIN_AFTER:-${DRAIN_RATE:-not measured}} (target >= 2000)"
  echo "  apart: acknowledged events/s with processing off (16 clients): ${INTAKE_RATE:-not measured}$( [[ -n "${INTAKE_RATE:-}" && -n "${PGBENCH_TPS:-}" ]] && echo ", ratio $(echo "scale=3; $INTAKE_RATE / $PGBENCH_TPS" | bc)"); events/s drained by a processing instance alone: ${PURE_DRAIN:-not measured}"
  for f in "$OUT"/load-events-* "$OUT"/load-functions-*; do
    [[ -f "$f" ]] || continue
    sed -n "s|^RESULT mix=\([a-z]*\) mode=open@\([0-9]*\)/s .*throughput=\([0-9.]*\)/s p50=\([0-9.]*ms\) .*p99=\([0-9.]*ms\) .*max=\([0-9.]*ms\).*|  \1 at \2 req/s: completed \3/s, p50 \4, p99 \5, max \6|p" "$f"
  done
  echo "  (targets: events p99 < 20 ms at 500 req/s; function calls p99 < 10 ms at 500 req/s)"
  echo "  server RSS peak: $(( ${RSS_PEAK_KB:-0} / 1024 )) MB (target < 300 MB)"
  echo "  lost: $(( ACKED - ${FINAL_PROCESSED:-0} )) of $ACKED acknowledged (target 0)"
} | tee -a "$SUMMARY" >/dev/null
echo
echo "==================== summary ($OUT/summary.txt)"
cat "$SUMMARY"
