#!/usr/bin/env bash
# npm run test:container — builds the image from the Dockerfile with buildah, runs it with podman, and
# checks it from outside, on 127.0.0.1 only:
#   - the image: runs as `node`, has a HEALTHCHECK, no compilers, the key CLI, keys on the volume;
#   - the health check passes (`podman healthcheck run`) and /events answers with the seed data;
#   - data written through the API (an API key made in the container, then POST /participants)
#     survives a restart of the container and a new container on the same volume;
#   - SIGTERM (`podman stop -t 10`) stops it cleanly: exit code 0, the server's "closing" log line,
#     within the grace period;
#   - on PostgreSQL (DATABASE_URL, DATABASE_REPLICA_URLS): two containers on one throw-away primary
#     with a streaming replica (test/postgres/cluster-cli.ts, on the host's loopback; the containers
#     share the host's network and listen on 127.0.0.1) migrate it once, report both nodes in
#     /readyz, pass their health checks, and see each other's writes, search included.
# Needs root. Installs buildah, podman, runc and debootstrap when missing, and sets what podman needs
# in /etc/containers/containers.conf (runtime "runc", default_ulimits). No image registry is needed:
# the base image is made locally once (scripts/container-base-image.sh) and kept, as is the build cache.
#
# Environment: IMAGE (tag built, default localhost/news-events-api:test), WORK (logs, default
# /var/tmp/news-events-api-container), BUILDAH_ISOLATION (default: buildah's own, "oci"; "chroot"
# where runc cannot run nested). The host port is chosen free by podman, bound to 127.0.0.1.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=${IMAGE:-localhost/news-events-api:test}
WORK=${WORK:-/var/tmp/news-events-api-container}
NAME=news-events-api-test-$$
VOLUME=news-events-api-test-$$
GRACE=10            # seconds `podman stop` waits before SIGKILL
SEED_EVENTS=8       # events in seeds/
SEED_EVENT_ID=evt_putin-kim-talks-2024
CURL=(curl -sS --connect-timeout 2 --max-time 10)

mkdir -p "$WORK"
t_start=$(date +%s)
failures=0
phase_name=
phase_t0=
timings=()
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
phase() {
  phase_end
  phase_name=$1
  phase_t0=$(date +%s.%N)
  printf '\n== %s\n' "$phase_name"
}
phase_end() {
  [ -n "$phase_name" ] || return 0
  timings+=("$(printf '%-28s %6s s' "$phase_name" "$(since "$phase_t0")")")
  phase_name=
}
pass() { echo "PASS: $*"; }
# A failed check stops the test: the EXIT trap prints the container's logs and cleans up.
fail() { echo "FAIL: $*"; failures=$((failures + 1)); exit 1; }
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
# Without systemd, podman cannot set up periodic healthcheck timers and says so on every run/start;
# `podman healthcheck run` works all the same, so drop that line.
pm() { podman "$@" 2> >(grep -v 'systemd' >&2); }

on_exit() {
  local rc=$? where=${phase_name:-start}
  set +e
  phase_end
  if [ "$rc" != 0 ]; then
    [ "$failures" -gt 0 ] || echo "FAIL: unexpected error (exit $rc) in phase '$where'"
    if podman container exists "$NAME" 2>/dev/null; then
      echo "--- container logs ($NAME), last 60 lines:"
      podman logs "$NAME" 2>&1 | tail -60
      echo "---"
    fi
  fi
  pm rm -f -t 0 "$NAME" "$NAME-pg-a" "$NAME-pg-b" >/dev/null 2>&1
  podman volume rm -f "$VOLUME" "$VOLUME-pg" >/dev/null 2>&1
  # The cluster stops and removes itself when its stdin closes.
  [ -z "${cluster_pid:-}" ] || { exec 7>&-; wait "$cluster_pid" 2>/dev/null; }
  [ -z "${npmetc:-}" ] || rm -rf "$npmetc"
  if ((${#timings[@]})); then
    echo; echo "timings:"; printf '  %s\n' "${timings[@]}"
  fi
  echo "total $(( $(date +%s) - t_start )) s"
  if [ "$rc" = 0 ]; then echo "container test: PASS"; else echo "container test: FAIL"; fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

# --- tools -----------------------------------------------------------------------------------------
phase "tools"
[ "$(id -u)" = 0 ] || fail "needs root (podman and buildah run rootful here)"
need=()
for pkg in buildah podman runc debootstrap curl; do command -v "$pkg" >/dev/null || need+=("$pkg"); done
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >"$WORK/apt.log" 2>&1 && apt-get install -y "${need[@]}" >>"$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log"; fail "apt-get install ${need[*]}"; }
fi
command -v npm >/dev/null || fail "npm is needed on the host (to fetch Node.js for the base image)"

# podman settings, merged into containers.conf: whatever else the file says stays as it is.
# runc: crun fails on this kind of machine ("cgroups in hybrid mode not supported").
# default_ulimits: root lacks CAP_SYS_RESOURCE here, so podman's default rlimits cannot be set.
conf_set() {  # conf_set FILE SECTION KEY 'KEY = VALUE'
  local file=$1 section=$2 key=$3 line=$4 tmp
  tmp=$(mktemp)
  # Two passes: the first finds whether the section already has the key; the second replaces that
  # line, or puts the line just under the section's header, or appends the section.
  awk -v section="[$section]" -v key="$key" -v line="$line" '
    /^[[:space:]]*\[/ { header = $0; gsub(/[[:space:]]/, "", header); in_section = (header == section) }
    FNR == NR { if (in_section) { seen = 1; if ($0 ~ "^[[:space:]]*" key "[[:space:]]*=") has_key = 1 }; next }
    /^[[:space:]]*\[/ { print; if (in_section && !has_key) print line; next }
    in_section && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" { print line; skip = ($0 ~ /=[[:space:]]*\[[^]]*$/); next }
    skip { skip = ($0 !~ /\]/); next }  # the rest of a multi-line array being replaced
    { print }
    END { if (!seen) { if (FNR > 0) print ""; print section; print line } }
  ' "$file" "$file" >"$tmp"
  if cmp -s "$tmp" "$file"; then rm -f "$tmp"; else cat "$tmp" >"$file"; rm -f "$tmp"; echo "set $line in [$section] of $file"; fi
}
conf=/etc/containers/containers.conf
mkdir -p /etc/containers
[ -f "$conf" ] || touch "$conf"
conf_set "$conf" containers default_ulimits 'default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]'
conf_set "$conf" engine runtime 'runtime = "runc"'
podman info >/dev/null 2>&1 || fail "podman info: $(podman info 2>&1 | tail -3)"
pass "tools: $(buildah --version | cut -d' ' -f1-3), $(podman --version), storage $(podman info -f '{{.Store.GraphDriverName}}'), runtime $(podman info -f '{{.Host.OCIRuntime.Name}}')"

# --- base image (once per machine) ----------------------------------------------------------------
phase "base image"
bash "$REPO/scripts/container-base-image.sh" || fail "base image"

# --- build -----------------------------------------------------------------------------------------
phase "build"
# Build-time only, for npm inside RUN: the host's CA bundle (outbound HTTPS may pass through a proxy
# whose CA the image does not trust) and nodedir (better-sqlite3 compiles against the base image's
# Node headers instead of downloading them). Bind-mounted over /usr/local/etc, where npm reads its
# global npmrc; nothing of it stays in the image.
npmetc=$(mktemp -d /var/tmp/news-events-api-npmetc.XXXXXX)
cp /etc/ssl/certs/ca-certificates.crt "$npmetc/ca-certificates.crt"
printf 'cafile=/usr/local/etc/ca-certificates.crt\nnodedir=/usr/local\n' >"$npmetc/npmrc"
old_image=$(podman image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)
# --format docker keeps HEALTHCHECK (the OCI format has none); --layers keeps the build cache.
if buildah build --layers --pull=never --format docker -v "$npmetc:/usr/local/etc:ro" \
  -t "$IMAGE" -f "$REPO/Dockerfile" "$REPO" >"$WORK/build.log" 2>&1; then
  pass "buildah build $IMAGE ($(podman image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'); log $WORK/build.log)"
else
  tail -40 "$WORK/build.log"; fail "buildah build (log $WORK/build.log)"
fi
# The previous build's image, now untagged (its build-stage layers stay: they are the cache).
[ -z "$old_image" ] || [ "$old_image" = "$(podman image inspect -f '{{.Id}}' "$IMAGE")" ] \
  || podman rmi "$old_image" >/dev/null 2>&1 || true

phase "image"
inspect() { podman image inspect -f "$1" "$IMAGE"; }
check "image runs as user node" test "$(inspect '{{.Config.User}}')" = node
check "image has a HEALTHCHECK" test "$(inspect '{{if .Config.Healthcheck}}{{index .Config.Healthcheck.Test 0}}{{end}}')" = CMD
check "image keeps the API keys on the /data volume (API_KEYS_FILE=/data/api-keys.json)" \
  grep -qx 'API_KEYS_FILE=/data/api-keys.json' <<<"$(inspect '{{range .Config.Env}}{{println .}}{{end}}')"
tools_found=$(pm run --rm --entrypoint sh "$IMAGE" -c 'for t in g++ make python3; do command -v $t; done; test -f dist/cli/key-create.js && echo has-key-cli' || true)
check "no build tools in the runtime image" test -z "$(grep -v has-key-cli <<<"$tools_found")"
check "dist/cli/key-create.js is in the image" grep -q has-key-cli <<<"$tools_found"

# --- helpers for the running container ------------------------------------------------------------
base_url=
run_container() {
  pm run -d --name "$NAME" -p 127.0.0.1::3000 -v "$VOLUME:/data" "$IMAGE" >/dev/null || fail "podman run"
}
start_wait() {  # after run/start: find the host port, wait for /healthz (bounded)
  local label=$1 deadline=$(( $(date +%s) + 30 )) t0 port
  t0=$(date +%s.%N)
  port=$(podman port "$NAME" 3000/tcp | head -1 | sed 's/.*://')
  [ -n "$port" ] || fail "$label: no host port for 3000/tcp"
  base_url=http://127.0.0.1:$port
  until "${CURL[@]}" -f -o /dev/null "$base_url/healthz" 2>/dev/null; do
    [ "$(podman inspect -f '{{.State.Running}}' "$NAME")" = true ] || fail "$label: the container exited"
    [ "$(date +%s)" -lt "$deadline" ] || fail "$label: /healthz did not answer within 30 s"
    sleep 0.3
  done
  pass "$label: /healthz 200 on $base_url after $(since "$t0") s"
}
healthcheck() {
  local label=$1
  check "$label: podman healthcheck run (the image's HEALTHCHECK) passes" pm healthcheck run "$NAME"
}
http() {  # http METHOD PATH [curl args...] -> sets $status and $body
  local method=$1 path=$2; shift 2
  local out
  out=$("${CURL[@]}" -X "$method" -w '\n%{http_code}' "$@" "$base_url$path") || fail "$method $path: curl failed"
  status=${out##*$'\n'}
  body=${out%$'\n'*}
}
json() {  # json 'JS expression of b' <<<"$body"
  node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const b = JSON.parse(s); const r = eval(process.argv[1]); console.log(typeof r === "string" ? r : JSON.stringify(r)) })' "$1"
}
check_seed() {
  local label=$1 count
  http GET /events
  [ "$status" = 200 ] || fail "$label: GET /events gave $status"
  count=$(json '(Array.isArray(b) ? b : b.items ?? b.data ?? []).length' <<<"$body")
  grep -q "\"$SEED_EVENT_ID\"" <<<"$body" || fail "$label: GET /events lacks $SEED_EVENT_ID"
  [ "$count" = "$SEED_EVENTS" ] || fail "$label: GET /events gave $count events, expected $SEED_EVENTS"
  pass "$label: GET /events 200 with the $SEED_EVENTS seed events"
}
check_participant() {  # check_participant LABEL LOCATION NAME
  http GET "$2"
  [ "$status" = 200 ] || fail "$1: GET $2 gave $status (the written data did not survive)"
  [ "$(json 'b.name' <<<"$body")" = "$3" ] || fail "$1: GET $2 has name $(json 'b.name' <<<"$body"), expected $3"
  pass "$1: GET $2 200, '$3' is still there"
}
create_participant() {  # create_participant LABEL NAME -> sets $location (and $token, with read replicas)
  local headers
  headers=$(mktemp)
  http POST /participants -D "$headers" -H "Authorization: Bearer $key" -H 'content-type: application/json' \
    -d "{\"kind\":\"person\",\"name\":\"$2\"}"
  location=$(awk 'tolower($1) == "location:" {print $2}' "$headers" | tr -d '\r')
  token=$(awk 'tolower($1) == "consistency-token:" {print $2}' "$headers" | tr -d '\r')
  rm -f "$headers"
  [ "$status" = 201 ] || fail "$1: POST /participants gave $status: $body"
  [ -n "$location" ] || fail "$1: POST /participants 201 without a Location"
  pass "$1: POST /participants with the key: 201, Location $location"
}
stop_checked() {  # SIGTERM, then the exit code, the closing log line and the time it took
  local label=$1 t0 secs code
  t0=$(date +%s.%N)
  pm stop -t "$GRACE" "$NAME" >/dev/null || fail "$label: podman stop"
  secs=$(since "$t0")
  code=$(podman inspect -f '{{.State.ExitCode}}' "$NAME")
  [ "$code" = 0 ] || fail "$label: exit code $code after SIGTERM (137 means it had to be killed)"
  podman logs "$NAME" 2>&1 | grep -c '"msg":"closing"' >/dev/null || fail "$label: no \"msg\":\"closing\" in the logs"
  awk -v s="$secs" -v g="$GRACE" 'BEGIN { exit !(s < g) }' || fail "$label: stopping took ${secs}s, not within the ${GRACE}s grace period"
  pass "$label: SIGTERM stop: exit code 0, logs say \"closing\", $secs s (grace ${GRACE} s)"
}
logs_count() { podman logs "$NAME" 2>&1 | grep -cE -- "$1" || true; }

# --- first run on a new volume ---------------------------------------------------------------------
phase "first run"
podman volume create "$VOLUME" >/dev/null
run_container
start_wait "first run"
healthcheck "first run"
check_seed "first run"
check "first run: logs say the new database was migrated and seeded" test "$(logs_count 'new database: migrated and seeded')" -ge 1

phase "write"
http POST /participants -H 'content-type: application/json' -d '{"kind":"person","name":"No Key"}'
check "write without a key: 401" test "$status" = 401
key=$(podman exec "$NAME" node dist/cli/key-create.js --name ci --scope write 2>"$WORK/key-create.err") \
  || fail "podman exec node dist/cli/key-create.js: $(cat "$WORK/key-create.err")"
[[ "$key" =~ ^nea_[A-Za-z0-9_-]{20,}$ ]] || fail "key-create printed no key: $(cat "$WORK/key-create.err")"
check "key made in the container with dist/cli/key-create.js, stored on the volume" \
  podman exec "$NAME" test -s /data/api-keys.json
create_participant "write" "Container Test"
first=$location
check_participant "write" "$first" "Container Test"

phase "stop (SIGTERM)"
stop_checked "first run"

# --- same container again ---------------------------------------------------------------------------
phase "restart"
pm start "$NAME" >/dev/null || fail "podman start"
start_wait "restart"
healthcheck "restart"
check_seed "restart"
check_participant "restart" "$first" "Container Test"
create_participant "restart (the key survived)" "Container Test 2"
second=$location
stop_checked "restart"

# --- a new container on the same volume -------------------------------------------------------------
phase "new container, same volume"
pm rm "$NAME" >/dev/null || fail "podman rm"
run_container
start_wait "new container"
healthcheck "new container"
check_seed "new container"
check_participant "new container" "$first" "Container Test"
check_participant "new container" "$second" "Container Test 2"
http GET "/participants?q=Container"
check "new container: GET /participants?q=Container finds both" test "$(json '(b.items ?? b.data ?? b).length' <<<"$body")" = 2
check "new container: the existing database was not seeded again" test "$(logs_count 'new database')" = 0
stop_checked "new container"
check "no fatal error or uncaught-error shutdown in the logs" test "$(logs_count '"level":60|closing after an uncaught error')" = 0
# --- PostgreSQL: two containers on one primary and its replica --------------------------------------
phase "postgres"
free_port() { node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })"; }
urls=$WORK/cluster.json
rm -f "$urls"
# stdin is a pipe this script holds open (fd 7): closing it, or this script ending, stops the cluster.
exec 7> >(cd "$REPO" && exec node_modules/.bin/tsx test/postgres/cluster-cli.ts --replicas 1 >"$urls" 2>"$WORK/cluster.log")
cluster_pid=$!
for _ in $(seq 120); do [ -s "$urls" ] && break; sleep 0.5; done
[ -s "$urls" ] || { tail -20 "$WORK/cluster.log"; fail "postgres: the test cluster did not start (log $WORK/cluster.log)"; }
primary_url=$(node -p 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).primaryUrl' "$urls")
replica_urls=$(node -p 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).replicaUrls.join(",")' "$urls")
pass "postgres: a primary and a streaming replica on the host's loopback"
podman volume create "$VOLUME-pg" >/dev/null
# The key first, on the volume both containers read their keys from.
key=$(pm run --rm -v "$VOLUME-pg:/data" "$IMAGE" node dist/cli/key-create.js --name ci-pg --scope write 2>"$WORK/key-create.err") \
  || fail "postgres: key-create: $(cat "$WORK/key-create.err")"
run_pg() {  # run_pg NAME PORT: the image on the host's network, on 127.0.0.1:PORT, with the cluster
  pm run -d --name "$1" --network host -e HOST=127.0.0.1 -e "PORT=$2" -e "DATABASE_URL=$primary_url" \
    -e "DATABASE_REPLICA_URLS=$replica_urls" -v "$VOLUME-pg:/data" "$IMAGE" >/dev/null || fail "podman run $1"
}
# Started together: the migration lock lets one of them migrate while the other waits.
port_a=$(free_port)
port_b=$(free_port)
run_pg "$NAME-pg-a" "$port_a"
run_pg "$NAME-pg-b" "$port_b"
pg_wait() {  # pg_wait NAME PORT: sets base_url once /readyz answers 200
  local deadline=$(( $(date +%s) + 60 ))
  base_url=http://127.0.0.1:$2
  until "${CURL[@]}" -f -o /dev/null "$base_url/readyz" 2>/dev/null; do
    [ "$(podman inspect -f '{{.State.Running}}' "$1")" = true ] || { podman logs "$1" 2>&1 | tail -20; fail "postgres: $1 exited"; }
    [ "$(date +%s)" -lt "$deadline" ] || fail "postgres: $1 not ready within 60 s"
    sleep 0.3
  done
}
for side in a b; do
  port_var=port_$side
  pg_wait "$NAME-pg-$side" "${!port_var}"
  http GET /readyz
  check "postgres $side: /readyz reports the primary and the replica up" \
    test "$(json 'b.checks?.database?.nodes?.filter((n) => n.ok).length ?? b.nodes?.filter((n) => n.ok).length' <<<"$body")" = 2
  check "postgres $side: podman healthcheck run passes on PORT=${!port_var}" pm healthcheck run "$NAME-pg-$side"
done
migrated=$(for side in a b; do podman logs "$NAME-pg-$side" 2>&1; done | grep -c '"migrated":[1-9]' || true)
check "postgres: the two containers started together migrated the database once" test "$migrated" = 1
pg_wait "$NAME-pg-a" "$port_a"
create_participant "postgres a" "Replicated Person"
written=$location
check "postgres a: the write's answer carries a Consistency-Token" test -n "$token"
# The other container, sending the token back: a replica that has not replayed the write is skipped.
pg_wait "$NAME-pg-b" "$port_b"
http GET "$written" -H "Consistency-Token: $token"
check "postgres b: GET $written with the token finds what a wrote" test "$status:$(json 'b.name' <<<"$body")" = "200:Replicated Person"
http GET "/participants?q=Replicated" -H "Consistency-Token: $token"
check "postgres b: the search finds the participant written through a" test "$(json 'b.data.length' <<<"$body")" = 1
for side in a b; do
  NAME_SAVED=$NAME
  NAME=$NAME-pg-$side
  stop_checked "postgres $side"
  NAME=$NAME_SAVED
done
phase_end
