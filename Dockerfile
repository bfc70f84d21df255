# ringfence for CI systems other than GitHub Actions (GitLab CI, Jenkins, Buildkite, …): the npm package, built
# from this repository, with production dependencies only, run as a non-root user. See docs/github-action.md.
#
#   docker build -t ringfence .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/src" ringfence check vendors/ --format sarif=ringfence.sarif
#
# Pin the base images by digest (node:20-slim@sha256:…) in your own build for a reproducible image.

# 1. Build: dev dependencies (TypeScript, rolldown), compile, and pack exactly what `npm pack` would publish.
FROM node:20-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; the optional SARIF Multitool is test-only.
RUN npm ci --omit=optional --ignore-scripts --no-audit --no-fund
COPY tsconfig.json README.md ./
COPY bin ./bin
COPY src ./src
COPY reporters ./reporters
COPY scripts ./scripts
COPY schemas ./schemas
COPY standards ./standards
COPY rules ./rules
COPY templates ./templates
RUN npm run build \
 && npm pack --ignore-scripts --pack-destination /tmp \
 && mkdir /package \
 && tar -xzf /tmp/ringfence-*.tgz -C /package --strip-components=1 \
 && chmod 0755 /package/bin/ringfence.js \
 && cp package-lock.json /package/ \
 && cd /package \
 && npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
 && rm package-lock.json

# 2. Run: the packed files and their production dependencies, no npm cache, no build tools, not root.
FROM node:20-slim AS runtime
ENV NODE_ENV=production
COPY --from=build /package /opt/ringfence
RUN ln -s /opt/ringfence/bin/ringfence.js /usr/local/bin/ringfence
# The image's own non-root user; compiled rules are cached in its home (~/.cache/ringfence).
USER node
WORKDIR /src
ENTRYPOINT ["ringfence"]
CMD ["--help"]
