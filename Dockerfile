# Production image of the CMS, after Payload's own Dockerfile template: install, build the admin
# UI, then run as a non-root user. Every step is an npm script the test suite runs too:
# `npm ci` (.ci/run), `npm run build` (tests/setup/browser.ts builds the admin), `npm start` and
# `npm run worker` (the browser, crash, worker and proxied suites start them as processes).
# No Docker daemon runs on the build machines here, so this file itself is not built by CI.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci runs the postinstall correction of Payload's admin (scripts/patchPayloadUi.ts).
COPY scripts/patchPayloadUi.ts ./scripts/
RUN npm ci

FROM deps AS build
COPY . .
# `next build` loads the Payload config to compile the admin UI; it needs no secrets.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `npm start` applies the committed migrations, then serves; the worker service runs `npm run worker`.
CMD ["npm", "start"]
