#!/usr/bin/env bash
# Build the container image with podman where no image registry is reachable: a Debian bookworm base
# made by mmdebstrap, the CPU torch wheel from the host's wheel folder, and the host's CA bundle for pip.
# The `smoke` stage runs `aipm ingest`, `aipm ask --json` and `aipm review --json` inside the image.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${AIPM_IMAGE_CACHE:-$HOME/.cache/aipm/image}
WHEELS=${AIPM_WHEELS:-/opt/wheels}
CA=${AIPM_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
TAG=${AIPM_IMAGE_TAG:-aipm-coach:latest}
mkdir -p "$CACHE"
for tool in podman mmdebstrap; do
  command -v "$tool" >/dev/null || { echo "build-image: $tool is missing (apt-get install podman mmdebstrap)" >&2; exit 2; }
done
if ! podman image exists localhost/aipm-base:bookworm; then
  [ -f "$CACHE/base.tar" ] || mmdebstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
    bookworm "$CACHE/base.tar"
  podman import "$CACHE/base.tar" localhost/aipm-base:bookworm
fi
args=(--isolation chroot --build-arg BASE=localhost/aipm-base:bookworm --build-arg TORCH_INDEX_URL=
      -v "$CA:/host-ca.crt:ro" --build-arg PIP_CERT=/host-ca.crt)
if [ -d "$WHEELS" ]; then args+=(-v "$WHEELS:/opt/wheels:ro" --build-arg PIP_FIND_LINKS=/opt/wheels); fi
podman build "${args[@]}" --target smoke -t "${TAG%%:*}:smoke" .
podman build "${args[@]}" -t "$TAG" .
podman image ls "${TAG%%:*}"
