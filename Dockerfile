# news-events-api — multi-stage image: compilers only where better-sqlite3 is built.

FROM node:22-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# Compile, then drop dev dependencies so the runtime stage copies only what runs.
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
# tini as PID 1 forwards SIGTERM to Node and reaps children.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown node:node /data
WORKDIR /app
# The database and the API keys both live on the /data volume, so they outlive the container.
ENV HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/news-events.db \
    API_KEYS_FILE=/data/api-keys.json
COPY --chown=node:node package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node migrations ./migrations
COPY --chown=node:node seeds ./seeds
USER node
VOLUME ["/data"]
EXPOSE 3000
# On the port the server listens on: PORT may be set at run time (several containers on one host network).
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# Applies pending migrations and seeds an empty /data volume, then serves.
CMD ["node", "dist/server.js"]
