#!/usr/bin/env bash
# The container image test (Dockerfile), against a Docker daemon in DOCKER_HOST:
#   ../shared/tools/with-docker.sh -- bash test/container/run.sh
# Builds the image (fails over MAX_IMAGE_MB, default 300), runs it on a named volume with a
# port published on loopback and the Kubernetes manifests' hardening (read-only root, no
# capabilities), waits for the HEALTHCHECK, signs in with the first-run admin password from the
# container's log and saves a document, replaces the container by a new one on the same volume
# and reads the document back, checks no process is root and that `docker stop` ends the
# server promptly with exit code 0 (tini, PID 1, passes SIGTERM to Node), and promptly too while
# it is still starting (Node alone as PID 1 ignored it then), then runs `migrate` and `serve`
# as the manifests do (uid 10001, read-only root, /tmp and /data mounted). Prints each step's
# duration; removes its containers, volume and image tag at the end (the build cache stays, so
# the next run rebuilds only what changed).
set -euo pipefail
# With pipefail, a reader that stops early (grep -q, head, awk's exit) fails its pipeline when
# the writer gets SIGPIPE (exit 141): every reader below reads its input to the end.
cd "$(dirname "$0")/../.."

MAX_IMAGE_MB=${MAX_IMAGE_MB:-300}
# A stop must end well before Docker's 10 s SIGKILL: a process that ignored SIGTERM takes 10 s.
MAX_STOP_SECONDS=${MAX_STOP_SECONDS:-5}
ID=designdoc-container-test-$$
TAG=$ID:latest
VOLUME=$ID-data
HARDENED=(--read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges)
WORK=$(mktemp -d)
containers=()

cleanup() {
  local code=$?
  if [ "$code" -ne 0 ]; then
    for c in "${containers[@]}"; do
      echo "--- last lines of $c's log"
      docker logs --tail 30 "$c" 2>&1 | grep -v '^    [^ ]*$' || true
    done
  fi
  for c in "${containers[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  docker volume rm "$VOLUME" >/dev/null 2>&1 || true
  # --no-prune keeps the untagged layers: they are the next build's cache.
  docker rmi --no-prune "$TAG" >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$code"
}
trap cleanup EXIT

now() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
fail() { echo "FAIL $*" >&2; exit 1; }
# Every wait is bounded, so that a server that takes a connection and never answers fails the
# test instead of holding CI.
curl() { command curl --max-time 30 "$@"; }
ok() { echo "ok   $*"; }
STEP_STARTED=0
step() {
  if [ "$STEP_STARTED" -ne 0 ]; then echo "     ($(seconds_since "$STEP_STARTED") s)"; fi
  [ $# -gt 0 ] && printf '\n==> %s\n' "$*"
  STEP_STARTED=$(now)
}
ALL_STARTED=$(now)

# docker run -d NAME, its port 8080 published on a free loopback port; removed at the end.
start_container() {
  local name=$1
  shift
  containers+=("$name")
  docker run -d --name "$name" -p 127.0.0.1::8080 "$@" >/dev/null
}

wait_healthy() {
  local name=$1 started status
  started=$(now)
  for _ in $(seq 240); do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}} {{.State.Status}}' "$name")
    case "$status" in
      "healthy running") ok "$name healthy after $(seconds_since "$started") s"; return 0 ;;
      *exited*|*dead*|"unhealthy "*) fail "$name: $status" ;;
    esac
    sleep 0.5
  done
  fail "$name not healthy in 120 s: $status"
}

base_url() { echo "http://$(docker port "$1" 8080/tcp | awk 'NR == 1')"; }

json() { node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>console.log(JSON.parse(t)$1))"; }

# Signs in as admin into the cookie jar $WORK/jar; prints the session's CSRF token.
sign_in() {
  local url=$1 password=$2 body
  body=$(node -e 'console.log(JSON.stringify({username:"admin",password:process.argv[1]}))' "$password")
  curl -sf -c "$WORK/jar" -X POST "$url/api/v1/auth/login" \
    -H 'content-type: application/json' -d "$body" | json .csrfToken
}

stop_promptly() {
  local name=$1 started elapsed code
  started=$(now)
  docker stop "$name" >/dev/null
  elapsed=$(seconds_since "$started")
  code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
  awk -v s="$elapsed" -v max="$MAX_STOP_SECONDS" 'BEGIN { exit !(s < max) }' ||
    fail "docker stop $name took $elapsed s (SIGTERM not handled: Docker killed it at 10 s)"
  [ "$code" = 0 ] || fail "docker stop $name: exit code $code, expected 0"
  ok "docker stop $name: $elapsed s, exit code 0"
}

step "docker $(docker version -f '{{.Server.Version}}'): build the image"
version=$(node -p "require('./packages/cli/package.json').version")
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
build_args=(--pull=false --network host -t "$TAG" --build-arg "VERSION=$version"
  --build-arg "REVISION=$revision" --build-arg "CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)")
started=$(now)
if ! timeout 1200 docker build "${build_args[@]}" . >"$WORK/build.log" 2>&1; then
  tail -40 "$WORK/build.log"
  fail "docker build"
fi
ok "built $TAG in $(seconds_since "$started") s ($(grep -c 'Using cache' "$WORK/build.log" || true) steps from cache)"

step "image size and metadata"
bytes=$(docker image inspect -f '{{.Size}}' "$TAG")
base_bytes=$(docker image inspect -f '{{.Size}}' node:20-bookworm-slim)
mb=$((bytes / 1000000))
echo "     image $mb MB (base node:20-bookworm-slim $((base_bytes / 1000000)) MB, designdoc $(((bytes - base_bytes) / 1000000)) MB)"
[ "$mb" -le "$MAX_IMAGE_MB" ] || fail "image is $mb MB, more than $MAX_IMAGE_MB MB"
ok "image $mb MB ≤ $MAX_IMAGE_MB MB"
label=$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.version"}}' "$TAG")
[ "$label" = "$version" ] || fail "org.opencontainers.image.version is '$label', expected $version"
user=$(docker image inspect -f '{{.Config.User}}' "$TAG")
[ "$user" = 1000:1000 ] || fail "image user is '$user', expected 1000:1000"
ok "OCI labels (version $label), user $user, volume $(docker image inspect -f '{{range $k, $v := .Config.Volumes}}{{$k}}{{end}}' "$TAG")"

step "first start on a new volume (read-only root, no capabilities)"
docker volume create "$VOLUME" >/dev/null
first=$ID-1
start_container "$first" -v "$VOLUME:/data" "${HARDENED[@]}" "$TAG"
wait_healthy "$first"
password=$(docker logs "$first" 2>&1 >/dev/null | awk '/shown only this once/ { getline; getline; print $1 }')
[ -n "$password" ] || fail "no first-run admin password on $first's standard error"
ok "first-run admin password read from the container's standard error"

step "the web app, then sign in and save a document through the API"
url=$(base_url "$first")
curl -sf "$url/" | grep '<title>designdoc</title>' >/dev/null || fail "no web app at $url/"
csrf=$(sign_in "$url" "$password")
[ -n "$csrf" ] || fail "sign-in returned no CSRF token"
curl -sf -b "$WORK/jar" -X POST "$url/api/v1/workspaces" -H "x-csrf-token: $csrf" \
  -H 'content-type: application/json' -d '{"slug":"container","name":"Container test"}' >/dev/null
printf '# Container Test\n\nSaved by test/container/run.sh on %s.\n' "$(date -u +%FT%TZ)" >"$WORK/saved.md"
document=$(curl -sf -b "$WORK/jar" -X POST "$url/api/v1/workspaces/container/documents" \
  -H "x-csrf-token: $csrf" -H 'content-type: text/markdown' --data-binary @"$WORK/saved.md" | json .id)
ok "web app at $url/; signed in, saved document $document"

step "no process is root; PID 1 is tini"
processes=$(docker exec "$first" sh -c 'for p in /proc/[0-9]*; do
  [ -r "$p/status" ] && echo "${p#/proc/} $(sed -n "s/^Name:\t//p" "$p/status") $(sed -n "s/^Uid:\t\([0-9]*\).*/\1/p" "$p/status")"
done; true')
echo "$processes" | awk '$3 == 0 { bad = 1 } END { exit bad }' || fail "a process runs as root: $processes"
echo "$processes" | grep '^1 tini 1000$' >/dev/null || fail "PID 1 is not tini as uid 1000: $processes"
echo "$processes" | grep ' node 1000$' >/dev/null || fail "no node process as uid 1000: $processes"
ok "$(echo "$processes" | tr '\n' ';' | sed 's/;$//')  (pid name uid); exec id -u: $(docker exec "$first" id -u)"

step "docker stop: SIGTERM to PID 1"
stop_promptly "$first"
docker rm "$first" >/dev/null

step "docker stop while the server is still starting"
starting=$ID-starting
start_container "$starting" "${HARDENED[@]}" --tmpfs "/data:uid=1000,gid=1000" "$TAG"
sleep 0.5
started=$(now)
docker stop "$starting" >/dev/null
elapsed=$(seconds_since "$started")
code=$(docker inspect -f '{{.State.ExitCode}}' "$starting")
awk -v s="$elapsed" -v max="$MAX_STOP_SECONDS" 'BEGIN { exit !(s < max) }' ||
  fail "docker stop during start-up took $elapsed s (exit code $code): SIGTERM ignored"
case "$code" in 0 | 143) ;; *) fail "docker stop during start-up: exit code $code, expected 143 or 0" ;; esac
ok "docker stop 0.5 s after start: $elapsed s, exit code $code"

step "a new container on the same volume reads the document back"
second=$ID-2
start_container "$second" -v "$VOLUME:/data" "${HARDENED[@]}" --health-interval 1s "$TAG"
wait_healthy "$second"
if docker logs "$second" 2>&1 | grep 'First run' >/dev/null; then fail "$second made a new admin: the volume was not kept"; fi
url=$(base_url "$second")
sign_in "$url" "$password" >/dev/null
curl -sf -b "$WORK/jar" -H 'accept: text/markdown' "$url/api/v1/documents/$document" >"$WORK/read.md"
cmp -s "$WORK/saved.md" "$WORK/read.md" || fail "document $document differs after the restart"
ok "signed in with the same password; document $document read back byte for byte"
stop_promptly "$second"

step "as the Kubernetes manifests run it: uid 10001, migrate then serve, read-only root, /tmp and /data mounted"
# One folder for both, writable by uid 10001 as the manifests' fsGroup makes the claim (a bind
# mount: Docker copies the image's /data, owner included, into an empty named volume at each
# mount, which undid a chown).
mkdir "$WORK/k8s-data"
chown 10001:10001 "$WORK/k8s-data"
k8s=(--user 10001:10001 "${HARDENED[@]}" -v "$WORK/k8s-data:/data" -e PUBLIC_URL=http://127.0.0.1)
containers+=("$ID-migrate")
timeout 300 docker run --name "$ID-migrate" "${k8s[@]}" "$TAG" migrate >"$WORK/migrate.log" 2>&1 ||
  { cat "$WORK/migrate.log"; fail "designdoc migrate"; }
ok "designdoc migrate: $(tail -1 "$WORK/migrate.log")"
third=$ID-3
start_container "$third" "${k8s[@]}" --health-interval 1s "$TAG"
wait_healthy "$third"
[ "$(docker exec "$third" id -u)" = 10001 ] || fail "not uid 10001"
status=$(curl -s -o /dev/null -w '%{http_code}' "$(base_url "$third")/readyz")
[ "$status" = 200 ] || fail "/readyz answered $status"
ok "uid 10001 serves, /readyz 200"
stop_promptly "$third"

step
echo
echo "container test: all passed in $(seconds_since "$ALL_STARTED") s"
