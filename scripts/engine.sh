#!/usr/bin/env bash
# A real container engine for Hoist's tests, demo and benchmarks.
#
#   scripts/engine.sh start   reuse a running engine, or install and start a fresh one (a
#                             stopped engine's images, containers and registries are cleared)
#   scripts/engine.sh stop    stop what `start` started (by the pids it recorded)
#   scripts/engine.sh status  exit 0 when an engine started here is running
#   scripts/engine.sh env     print the environment file to source
#
# HOIST_ENGINE_PROFILE chooses the engine (each runs beside the others, in its
# own HOIST_ENGINE_DIR, with its own socket, data root and bridge):
#   legacy      Debian 12's dockerd 20.10, driven by its 20.10 client's built-in BuildKit
#   runner      the shape of GitHub's ubuntu-24.04 runners: a current dockerd (Debian 13's
#               26.1) on the classic image store, a Docker >= 26 client and buildx's
#               docker driver
#   containerd  the same daemon with the containerd image store (Docker 29's default)
#   podman      no daemon at all: Debian 12's podman 4.3 and buildah 1.28, with a storage
#               and a containers.conf of the engine dir's own (CONTAINERS_STORAGE_CONF,
#               CONTAINERS_CONF: no default ulimits, which these machines refuse to set)
#   host        the daemon that already answers (GitHub's runners), used as it is; also
#               what no profile means when a daemon answers
#
# `start` writes $HOIST_ENGINE_DIR/engine.env with:
#   HOIST_ENGINE_PROFILE     the profile started (`host` for a daemon found running)
#   DOCKER_HOST, PATH        a daemon and a BuildKit-capable client
#   DOCKER_CONFIG            (runner, containerd) the client's config, with the buildx plugin
#   HOIST_REGISTRY           an open registry (host:port)
#   HOIST_REGISTRY_2         a second open registry, for multi-registry pushes
#   HOIST_AUTH_REGISTRY      a registry with htpasswd basic auth
#   HOIST_AUTH_USER/PASS     its credentials (test-only, made up per start)
#   HOIST_REGISTRY_ROOT      the open registry's storage (for tests that inspect it)
#   HOIST_BASE_IMAGE         a small local base image with a shell (nothing can be pulled)
#   HOIST_MULTI_BASE_IMAGE   (containerd) the same for linux/amd64 and linux/arm64, an index in
#                            the open registry; arm64 steps run under QEMU user emulation
#   CONTAINERS_CONF, CONTAINERS_STORAGE_CONF   (podman) podman's and buildah's configuration
# Nothing here needs the outside network but Debian's package mirror.
set -euo pipefail

PROFILE=${HOIST_ENGINE_PROFILE:-}
DIR=${HOIST_ENGINE_DIR:-/tmp/hoist-engine${PROFILE:+-$PROFILE}}
ENV_FILE="$DIR/engine.env"
# Debian 13's packages, unpacked once per machine and shared by every engine dir.
TRIXIE=${HOIST_PACKAGES_DIR:-/var/cache/hoist}/trixie
BASE_IMAGE=local/busybox:1

log() { echo "engine: $*" >&2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_for() { # wait_for SECONDS COMMAND...
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

install_packages() {
  local missing=()
  if [ "$PROFILE" = podman ]; then
    command -v podman >/dev/null || missing+=(podman)
    command -v buildah >/dev/null || missing+=(buildah)
  else
    command -v dockerd >/dev/null || missing+=(docker.io)
  fi
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  command -v ip >/dev/null || missing+=(iproute2)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_install "${missing[@]}"
}

# apt holds a lock: engines that start side by side install one after the other.
apt_install() { # apt_install PACKAGE...
  [ "$(id -u)" = 0 ] || { log "needs $* (run as root to install them)"; exit 1; }
  mkdir -p "${HOIST_PACKAGES_DIR:-/var/cache/hoist}"
  (
    flock 8
    log "installing $*"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  ) 8>"${HOIST_PACKAGES_DIR:-/var/cache/hoist}/apt.lock"
}

# The Docker 28 client on these machines has no buildx; Debian's 20.10 client
# drives the daemon's built-in BuildKit. Put a client that can do BuildKit first.
legacy_client_dir() {
  if docker buildx version >/dev/null 2>&1; then return 0; fi
  if [ -x /usr/bin/docker ]; then
    mkdir -p "$DIR/bin"
    ln -sf /usr/bin/docker "$DIR/bin/docker"
    echo "$DIR/bin"
  fi
}

# Debian 13's dockerd, containerd and buildx (and its client, where the machine
# has none >= 26), unpacked without touching the system's packages. Its runc
# needs a newer glibc: Debian 12's runc (from docker.io) runs the containers.
install_trixie() {
  [ -x "$TRIXIE/root/usr/sbin/dockerd" ] && [ -x "$TRIXIE/root/usr/bin/docker" ] && return 0
  mkdir -p "$TRIXIE"
  (
    flock 9
    [ -x "$TRIXIE/root/usr/sbin/dockerd" ] && [ -x "$TRIXIE/root/usr/bin/docker" ] && exit 0
    log "fetching Debian 13's docker.io, docker-cli, docker-buildx and containerd"
    local t=$TRIXIE uri
    rm -rf "$t/debs" "$t/root"
    mkdir -p "$t/lists/partial" "$t/cache/archives/partial" "$t/parts" "$t/debs" "$t/root"
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" >"$t/parts/trixie.sources"
    local o=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$t/parts"
      -o "Dir::State::Lists=$t/lists" -o "Dir::Cache=$t/cache"
      -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null)
    apt-get "${o[@]}" update -qq
    (cd "$t/debs" && apt-get "${o[@]}" download -qq docker.io docker-cli docker-buildx containerd 2>/dev/null)
    for deb in "$t/debs"/*.deb; do dpkg-deb -x "$deb" "$t/root"; done
  ) 9>"$TRIXIE.lock"
}

# A Docker >= 26 client with Debian 13's buildx in a config dir of the engine's
# own, as docker/setup-buildx-action leaves it (~/.docker/cli-plugins).
current_client_dir() {
  mkdir -p "$DIR/bin" "$DIR/docker-config/cli-plugins"
  local client=/usr/local/bin/docker major
  major=$("$client" version --format '{{.Client.Version}}' 2>/dev/null | cut -d. -f1 || true)
  if [ "${major:-0}" -lt 26 ] 2>/dev/null; then client=$TRIXIE/root/usr/bin/docker; fi
  ln -sf "$client" "$DIR/bin/docker"
  ln -sf "$TRIXIE/root/usr/libexec/docker/cli-plugins/docker-buildx" \
    "$DIR/docker-config/cli-plugins/docker-buildx"
  [ -f "$DIR/docker-config/config.json" ] || echo '{}' >"$DIR/docker-config/config.json"
  echo "$DIR/bin"
}

# Each engine directory gets its own bridge and subnet, so several engines
# (say, one that a test wipes) can run side by side without sharing docker0.
bridge_name() { echo "hoist$(echo -n "$DIR" | cksum | cut -c1-6)"; }

make_bridge() {
  local name; name=$(bridge_name)
  ip link show "$name" >/dev/null 2>&1 && return 0
  local net=$(( $(echo -n "$DIR" | cksum | cut -d' ' -f1) % 200 + 20 ))
  ip link add name "$name" type bridge
  ip addr add "172.31.$net.1/24" dev "$name"
  ip link set "$name" up
}

start_daemon() {
  local d="$DIR/dockerd" dockerd=dockerd path=$PATH config='{}'
  mkdir -p "$d"
  make_bridge
  if [ "$PROFILE" = runner ] || [ "$PROFILE" = containerd ]; then
    dockerd=$TRIXIE/root/usr/sbin/dockerd
    path="$TRIXIE/root/usr/bin:$TRIXIE/root/usr/sbin:$PATH"
  fi
  [ "$PROFILE" = containerd ] && config='{"features":{"containerd-snapshotter":true}}'
  echo "$config" >"$d/daemon.json"
  log "starting $("$dockerd" --version) ($PROFILE: $config) in $d"
  PATH=$path "$dockerd" --config-file "$d/daemon.json" --data-root "$d/data" --exec-root "$d/exec" \
    -H "unix://$d/docker.sock" --pidfile "$d/docker.pid" --bridge "$(bridge_name)" \
    --iptables=false >"$d/log" 2>&1 &
  echo $! >"$DIR/dockerd.pid"
  if ! wait_for 60 docker -H "unix://$d/docker.sock" version; then
    log "dockerd did not come up:"; tail -20 "$d/log" >&2; exit 1
  fi
  echo "unix://$d/docker.sock"
}

start_registry() { # start_registry NAME PORT [htpasswd]
  local name=$1 port=$2 auth=${3:-} r="$DIR/$1"
  mkdir -p "$r/data"
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage:"
    echo "  filesystem: {rootdirectory: $r/data}"
    echo "  delete: {enabled: true}"
    echo "http: {addr: 127.0.0.1:$port}"
    if [ -n "$auth" ]; then
      echo "auth:"
      echo "  htpasswd: {realm: hoist-test, path: $auth}"
    fi
  } >"$r/config.yml"
  docker-registry serve "$r/config.yml" >"$r/log" 2>&1 &
  echo $! >"$DIR/$name.pid"
  wait_for 20 curl -s -o /dev/null "http://127.0.0.1:$port/v2/" || {
    log "registry $name did not come up:"; tail -20 "$r/log" >&2; exit 1
  }
}

# podman and buildah share one containers/storage; this engine dir's own, so that
# wiping it in a test touches nothing else on the machine.
containers_config() {
  local c="$DIR/containers"
  mkdir -p "$c/storage" "$c/run"
  printf '[storage]\ndriver = "overlay"\ngraphroot = "%s"\nrunroot = "%s"\n' \
    "$c/storage" "$c/run" >"$c/storage.conf"
  printf '[containers]\ndefault_ulimits = []\n' >"$c/containers.conf"
  export CONTAINERS_STORAGE_CONF=$c/storage.conf CONTAINERS_CONF=$c/containers.conf
}

build_base_image() {
  local import=(docker import)
  [ "$PROFILE" = podman ] && import=(podman import)
  if [ "$PROFILE" = podman ]; then
    podman image exists "$BASE_IMAGE" && return 0
  else
    docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 && return 0
  fi
  local root="$DIR/rootfs"
  rm -rf "$root" && mkdir -p "$root/bin" "$root/tmp" "$root/etc"
  cp /bin/busybox "$root/bin/"
  for c in sh ls cat echo mkdir sleep head dd wc rm cp touch env printf true false seq grep; do
    ln -sf busybox "$root/bin/$c"
  done
  tar -C "$root" -c . | "${import[@]}" -c 'ENV PATH=/bin' - "$BASE_IMAGE" >/dev/null
}

# QEMU user emulation, so a build step of another platform runs here (binfmt handlers are
# kernel-wide: registered once for every engine).
install_qemu() {
  [ -x /usr/bin/qemu-aarch64-static ] && command -v update-binfmts >/dev/null ||
    apt_install qemu-user-static binfmt-support
  [ -e /proc/sys/fs/binfmt_misc/register ] ||
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || update-binfmts --enable qemu-aarch64
}

# Debian 12's arm64 busybox, fetched once per machine through an apt configuration of its own.
arm64_busybox() {
  local a=${HOIST_PACKAGES_DIR:-/var/cache/hoist}/arm64
  if [ ! -x "$a/root/bin/busybox" ]; then
    log "fetching Debian 12's busybox-static for arm64"
    local uri
    mkdir -p "$a/lists/partial" "$a/cache/archives/partial" "$a/parts" "$a/debs" "$a/root"
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    printf 'Types: deb\nURIs: %s\nSuites: bookworm\nComponents: main\nArchitectures: arm64\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" >"$a/parts/arm64.sources"
    local o=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$a/parts"
      -o "Dir::State::Lists=$a/lists" -o "Dir::Cache=$a/cache" -o APT::Architectures::=arm64
      -o APT::Architecture=arm64 -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null)
    apt-get "${o[@]}" update -qq
    (cd "$a/debs" && apt-get "${o[@]}" download -qq busybox-static:arm64 2>/dev/null)
    dpkg-deb -x "$a"/debs/busybox-static_*_arm64.deb "$a/root"
  fi
  echo "$a/root/bin/busybox"
}

# An amd64+arm64 index of busybox images in the open registry: FROM it builds both platforms.
build_multi_base_image() { # build_multi_base_image REGISTRY
  local name=$1/base/busybox arch busybox
  for arch in amd64 arm64; do
    busybox=/bin/busybox
    [ $arch = arm64 ] && busybox=$(arm64_busybox)
    local root="$DIR/rootfs-$arch"
    rm -rf "$root" && mkdir -p "$root/bin" "$root/tmp" "$root/etc"
    cp "$busybox" "$root/bin/busybox"
    for c in sh ls cat echo mkdir sleep head dd wc rm cp touch env printf true false seq grep uname; do
      ln -sf busybox "$root/bin/$c"
    done
    tar -C "$root" -c . | docker import --platform linux/$arch -c 'ENV PATH=/bin' - "$name:$arch" >/dev/null
    docker push -q "$name:$arch" >/dev/null
  done
  docker manifest rm "$name:1" >/dev/null 2>&1 || true
  docker manifest create --insecure "$name:1" "$name:amd64" "$name:arm64" >/dev/null
  docker manifest push --insecure "$name:1" >/dev/null
  echo "$name:1"
}

# What an earlier engine in this dir left: its daemon's or podman's storage and its registries'
# data. A started engine is a fresh runner's: no images but the base, no build cache. Only a
# dir an engine was started in (its base image's rootfs is there), with no daemon answering in
# it and nothing left mounted under it, is cleared.
clear_state() {
  local dir mounts
  dir=$(realpath -m "$DIR")
  [ "$dir" != / ] && [ -x "$dir/rootfs/bin/busybox" ] || return 0
  if alive "$dir/dockerd/docker.pid" || curl -sf --unix-socket "$dir/dockerd/docker.sock" http://d/_ping >/dev/null 2>&1; then
    log "a daemon still runs in $dir: stop it first (scripts/engine.sh stop)"; exit 1
  fi
  under() { awk -v dir="$dir/" 'index($2, dir) == 1 {print $2}' /proc/mounts | sort -r; }
  mounts=$(under)
  [ -z "$mounts" ] || xargs -r umount -l <<<"$mounts" 2>/dev/null || true
  if [ -n "$(under)" ]; then
    log "$dir still has mounts under it:"; under >&2; exit 1
  fi
  rm -rf --one-file-system "$dir/dockerd" "$dir/containers" "$dir/open" "$dir/open2" "$dir/auth"
}

running() {
  local check=(docker version)
  [ "$PROFILE" = podman ] && check=(podman version)
  [ -f "$ENV_FILE" ] && alive "$DIR/open.pid" && alive "$DIR/open2.pid" && alive "$DIR/auth.pid" &&
    (set -a; . "$ENV_FILE"; "${check[@]}") >/dev/null 2>&1
}

start() {
  if running; then
    log "reusing the engine in $DIR"
    return 0
  fi
  stop >/dev/null 2>&1 || true
  clear_state
  install_packages
  mkdir -p "$DIR"
  local bin host config=
  case "$PROFILE" in
    legacy | host | '') bin=$(legacy_client_dir) ;;
    runner | containerd)
      install_trixie
      bin=$(current_client_dir)
      config=$DIR/docker-config
      export DOCKER_CONFIG=$config
      ;;
    podman) bin=; containers_config ;;
    *) log "unknown HOIST_ENGINE_PROFILE \"$PROFILE\" (legacy, runner, containerd, podman, host)"; exit 2 ;;
  esac
  [ -n "$bin" ] && export PATH="$bin:$PATH"

  if [ "$PROFILE" = podman ]; then
    # No daemon: a socket nobody listens on, so that `engine: auto` finds none.
    host=unix://$DIR/no-docker.sock
  elif [ "${PROFILE:-host}" = host ] && docker version >/dev/null 2>&1; then
    host=${DOCKER_HOST:-unix:///var/run/docker.sock} PROFILE=host
  elif [ "$PROFILE" = host ]; then
    log "HOIST_ENGINE_PROFILE=host, but no docker daemon answers"; exit 1
  else
    PROFILE=${PROFILE:-legacy}
    host=$(start_daemon)
  fi
  export DOCKER_HOST=$host

  local open open2 auth user pass
  open=$(free_port); start_registry open "$open"
  open2=$(free_port); start_registry open2 "$open2"
  user=hoist
  pass="pw-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  mkdir -p "$DIR/auth"
  htpasswd -Bbn "$user" "$pass" >"$DIR/auth/htpasswd"
  auth=$(free_port); start_registry auth "$auth" "$DIR/auth/htpasswd"

  build_base_image
  local multi=
  if [ "$PROFILE" = containerd ]; then
    install_qemu
    multi=$(build_multi_base_image "localhost:$open")
  fi
  cat >"$ENV_FILE" <<EOF
HOIST_ENGINE_PROFILE=$PROFILE
DOCKER_HOST=$host
PATH=${bin:+$bin:}\$PATH
${config:+DOCKER_CONFIG=$config}
HOIST_REGISTRY=localhost:$open
HOIST_REGISTRY_2=127.0.0.1:$open2
HOIST_AUTH_REGISTRY=localhost:$auth
HOIST_AUTH_USER=$user
HOIST_AUTH_PASS=$pass
HOIST_REGISTRY_ROOT=$DIR/open/data
HOIST_BASE_IMAGE=$BASE_IMAGE
${multi:+HOIST_MULTI_BASE_IMAGE=$multi}
${CONTAINERS_CONF:+CONTAINERS_CONF=$CONTAINERS_CONF}
${CONTAINERS_STORAGE_CONF:+CONTAINERS_STORAGE_CONF=$CONTAINERS_STORAGE_CONF}
EOF
  log "ready: $(grep -v PASS "$ENV_FILE" | tr '\n' ' ')"
}

stop() {
  for name in open open2 auth dockerd; do
    if alive "$DIR/$name.pid"; then
      kill "$(cat "$DIR/$name.pid")" 2>/dev/null || true
    fi
  done
  # dockerd takes a moment to stop its containerd (and gives a running container 10 s); wait
  # so a restart finds it gone, and kill it when it does not go.
  if [ -f "$DIR/dockerd.pid" ]; then
    local pid; pid=$(cat "$DIR/dockerd.pid")
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "dockerd did not stop in 30 s: killing it"
      kill -9 "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  ip link del "$(bridge_name)" 2>/dev/null || true
  rm -f "$DIR"/*.pid "$ENV_FILE"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running ;;
  env) cat "$ENV_FILE" ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
