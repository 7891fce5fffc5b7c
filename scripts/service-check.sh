#!/usr/bin/env bash
# Checks deploy/enlace.service without systemd (these machines' PID 1 is not systemd): runs the
# unit's own ExecStart command line, from its WorkingDirectory (this clone in place of
# /opt/enlace), with its EnvironmentFile's settings (deploy/enlace.env.example, pointed at a
# redis-server of the script's own started from deploy/redis.conf), under a small supervisor
# that applies the unit's Restart=, RestartSec=, KillSignal= and TimeoutStopSec=. Then checks:
#   1. /healthz answers;                2. after `kill -9` it is started again and answers;
#   3. a stop (the unit's KillSignal) ends it with exit 0 within TimeoutStopSec, not restarted.
# Also `systemd-analyze verify` on the unit when that tool is there. Exits non-zero on a failure.
# Usage: scripts/service-check.sh   (needs redis-server, redis-cli, curl; `npm ci` done).
# test/runtime/service-unit.test.ts runs it in `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
UNIT=${ENLACE_UNIT:-deploy/enlace.service} # another unit file only to test this script
ENV_EXAMPLE=deploy/enlace.env.example
TMP=$(mktemp -d)
LOG=$TMP/journal.log
NODE=$ROOT/node_modules/.bin/node

fail() { echo "FAIL: $*" >&2; echo "--- the service's output (journald would hold it) ---" >&2; tail -n 30 "$LOG" 2>/dev/null >&2 || true; exit 1; }
ok() { echo "ok: $*"; }
unit_value() { sed -n "s/^$1=//p" "$UNIT" | tail -n 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# Waits for a condition (a command) up to a number of seconds, trying every 0.1 s.
await() {
  local seconds=$1; shift
  local until=$(($(date +%s) + seconds))
  until "$@"; do
    (($(date +%s) < until)) || return 1
    sleep 0.1
  done
}
free_port() { "$NODE" -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

EXEC=$(unit_value ExecStart)
WORKDIR=$(unit_value WorkingDirectory)
RESTART=$(unit_value Restart)
RESTART_SEC=$(unit_value RestartSec)
KILL_SIGNAL=$(unit_value KillSignal)
STOP_TIMEOUT=$(unit_value TimeoutStopSec)
[ -n "$EXEC" ] && [ -n "$WORKDIR" ] && [ -n "$(unit_value EnvironmentFile)" ] || fail "$UNIT lacks ExecStart, WorkingDirectory or EnvironmentFile"
[ -n "$(unit_value User)" ] && [ "$(unit_value User)" != root ] || fail "$UNIT runs as root: it needs a dedicated User="
[ "$(unit_value StandardOutput)" = journal ] || fail "$UNIT does not log to journald"
COMMAND=${EXEC//$WORKDIR/$ROOT}
echo "PID 1 here is '$(ps -p 1 -o comm=)', so the unit's command line runs under this script:"
echo "  cd $ROOT && $COMMAND   (Restart=$RESTART RestartSec=$RESTART_SEC KillSignal=$KILL_SIGNAL TimeoutStopSec=$STOP_TIMEOUT)"

cleanup() {
  touch "$TMP/stopping"
  [ -f "$TMP/main.pid" ] && kill -KILL "$(cat "$TMP/main.pid")" 2>/dev/null || true
  [ -n "${SUPERVISOR:-}" ] && kill "$SUPERVISOR" 2>/dev/null || true
  # SHUTDOWN NOSAVE: with persistence on, a SIGTERM'd Redis would save first, and refuse to stop
  # once its directory is gone.
  if [ -f "$TMP/redis.pid" ]; then
    local pid
    pid=$(cat "$TMP/redis.pid")
    redis-cli -p "$REDIS_PORT" --no-auth-warning -a "$REDIS_PASSWORD" shutdown nosave >/dev/null 2>&1 || true
    await 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

if command -v systemd-analyze >/dev/null; then
  sed "s#$WORKDIR#$ROOT#g; s#^EnvironmentFile=.*#EnvironmentFile=$ROOT/$ENV_EXAMPLE#" "$UNIT" >"$TMP/enlace.service"
  problems=$(systemd-analyze verify "$TMP/enlace.service" 2>&1) || fail "systemd-analyze verify: $problems"
  [ -z "$problems" ] || fail "systemd-analyze verify: $problems"
  ok "systemd-analyze verify finds nothing wrong in $UNIT"
fi

# Redis as deploy/redis.conf sets it (127.0.0.1, a password, persistence), on a port of its own.
REDIS_PORT=$(free_port)
REDIS_PASSWORD=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
redis-server "$ROOT/deploy/redis.conf" --port "$REDIS_PORT" --dir "$TMP" --requirepass "$REDIS_PASSWORD" \
  --daemonize yes --pidfile "$TMP/redis.pid" --logfile "$TMP/redis.log"
redis() { redis-cli -p "$REDIS_PORT" --no-auth-warning -a "$REDIS_PASSWORD" "$@"; }
await 10 bash -c "[ \"\$(redis-cli -p $REDIS_PORT --no-auth-warning -a $REDIS_PASSWORD ping 2>/dev/null)\" = PONG ]" ||
  fail "redis-server did not start from deploy/redis.conf"
[ "$(redis-cli -p "$REDIS_PORT" ping 2>&1)" != PONG ] || fail "Redis answers without its password"
[ "$(redis config get appendonly | tail -n 1)" = yes ] || fail "deploy/redis.conf leaves persistence off"
[ "$(redis config get bind | tail -n 1)" = "127.0.0.1 -::1" ] || fail "deploy/redis.conf does not bind to 127.0.0.1"
ok "redis-server from deploy/redis.conf: password required, append-only file on, bound to 127.0.0.1"

# The EnvironmentFile: the example, with this run's port, Redis password and secrets.
PORT=$(free_port)
sed -e "s#^PORT=.*#PORT=$PORT#" \
  -e "s#^REDIS_URL=.*#REDIS_URL=redis://:$REDIS_PASSWORD@127.0.0.1:$REDIS_PORT#" \
  -e "s#^SESSION_SECRET=.*#SESSION_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')#" \
  -e "s#^STAFF_FILE=.*#STAFF_FILE=$TMP/staff.json#" \
  -e "s#^KEY_PREFIX=.*#KEY_PREFIX=service-check:#" "$ROOT/$ENV_EXAMPLE" >"$TMP/enlace.env"
# As systemd reads it: KEY=VALUE lines, comments and blank lines skipped, nothing else inherited.
ENVIRONMENT=(PATH=/usr/bin:/bin)
while IFS= read -r line; do
  [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && ENVIRONMENT+=("$line")
done <"$TMP/enlace.env"

# The supervisor: what systemd does with this unit's Restart= and RestartSec=.
supervise() {
  while :; do
    (cd "$ROOT" && exec env -i "${ENVIRONMENT[@]}" $COMMAND) >>"$LOG" 2>&1 &
    echo $! >"$TMP/main.pid"
    local code=0
    wait $! 2>/dev/null || code=$?
    if [ -e "$TMP/stopping" ]; then echo "$code" >"$TMP/exit"; return; fi
    case $RESTART in
      always) ;;
      on-failure | on-abnormal) [ "$code" -ne 0 ] || return ;;
      *) return ;;
    esac
    sleep "$RESTART_SEC"
  done
}
supervise &
SUPERVISOR=$!

healthy() { [ "$(curl -fsS --max-time 2 "http://127.0.0.1:$PORT/healthz" 2>/dev/null)" = '{"ok":true}' ]; }
started=$(now)
await 60 healthy || fail "/healthz did not answer within 60 s of the start"
ok "started: /healthz answers {\"ok\":true} after $(since "$started") s (pid $(cat "$TMP/main.pid"))"
await 10 bash -c "[ -n \"\$(redis-cli -p $REDIS_PORT --no-auth-warning -a $REDIS_PASSWORD --scan --pattern 'service-check:*' | head -n 1)\" ]" ||
  fail "the server wrote nothing to Redis: REDIS_URL's password not taken?"
ok "it uses Redis with the password ($(redis --scan --pattern 'service-check:*' | wc -l) keys under its prefix)"

# A conversation on the web chat before the kill, read back after it: it lives in Redis.
chat() { curl -fsS --max-time 20 -b "$TMP/cookies" -c "$TMP/cookies" "$@"; }
chat -H 'content-type: application/json' -d '{"id":"service-check-1","text":"hola, quiero apostillar un acta"}' \
  "http://127.0.0.1:$PORT/api/chat/messages" | grep -q '"messages":\[{' || fail "the web chat did not answer"
lines() { chat "http://127.0.0.1:$PORT/api/chat/history" | grep -o '"seq":' | wc -l; }
before=$(lines)
[ "$before" -ge 2 ] || fail "the web chat kept no conversation ($before lines)"
ok "a web chat conversation of $before lines"

first=$(cat "$TMP/main.pid")
killed=$(now)
kill -KILL "$first"
restarted() { [ "$(cat "$TMP/main.pid")" != "$first" ] && healthy; }
await 60 restarted || fail "not started again within 60 s of kill -9"
ok "kill -9: started again by Restart=$RESTART, /healthz answers after $(since "$killed") s (pid $(cat "$TMP/main.pid"))"
[ "$(lines)" = "$before" ] || fail "the conversation has $(lines) lines after the restart, not $before"
ok "the conversation is all there after the restart ($before lines)"

second=$(cat "$TMP/main.pid")
touch "$TMP/stopping"
stopping=$(now)
kill "-${KILL_SIGNAL#SIG}" "$second"
await "$STOP_TIMEOUT" test -e "$TMP/exit" || fail "still running ${STOP_TIMEOUT} s after $KILL_SIGNAL (systemd would SIGKILL it)"
code=$(cat "$TMP/exit")
[ "$code" = 0 ] || fail "stopped with exit status $code, not 0"
grep -q 'shutting down' "$LOG" || fail "no 'shutting down' line in the output"
! healthy || fail "/healthz still answers after the stop"
await 5 bash -c "! kill -0 $SUPERVISOR 2>/dev/null" || fail "the supervisor did not end"
ok "$KILL_SIGNAL: exit 0 after $(since "$stopping") s (TimeoutStopSec=$STOP_TIMEOUT), not started again"
echo "The unit's command line starts, restarts after a kill and stops gracefully."
