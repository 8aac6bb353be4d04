import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildAppConfig } from '../config'
import { closePayload } from '../db/close'
import { keepPlannerStatistics } from '../db/plannerStatistics'
import type { AppEnv } from '../env'
import { seedDemoContentIfEmpty } from '../seed'
import { createApp, type NextRequestHandler } from './app'
import { createInvalidationBus } from './cache/invalidationBus'
import { purgeTagsOf } from './cache/policy'
import { ResponseCache } from './cache/responseCache'
import { createAdmission } from './admission'
import { createCallerIdentifier } from './apiClients'
import { asCheck, type DeliveryContext } from './delivery'
import { createRateLimiters, type RateLimiters } from './security'
import { createCdnPurge } from '../delivery/cdnPurge'
import { contentChanges, type ContentChange } from '../delivery/contentChanges'
import { startReadModel, type ReadModel } from '../readModel/lifecycle'

export interface RunningServer {
  url: string
  port: number
  payload: Payload
  server: http.Server
  /** Stops accepting, lets in-flight requests and job runs finish (up to `graceMs` each), closes the database. */
  close: (graceMs?: number) => Promise<void>
  /** The demo accounts and passwords created at this start (development, empty database), to show once. */
  demoAccounts: string[]
}

export interface StartOptions {
  /** A prebuilt config, for tests that need one; otherwise built from `env`. */
  config?: Promise<SanitizedConfig>
}

interface NextServer {
  prepare: () => Promise<void>
  getRequestHandler: () => NextRequestHandler
  getUpgradeHandler: () => (
    req: http.IncomingMessage,
    socket: unknown,
    head: Buffer,
  ) => Promise<void>
  close?: () => Promise<void>
}

/** Loads Next.js only here, so API-only mode never pulls it in. */
async function prepareNext(env: AppEnv): Promise<NextServer> {
  const { default: next } = await import('next')
  const nextApp = (next as unknown as (options: object) => NextServer)({
    dev: !env.isProduction,
    dir: process.cwd(),
    hostname: env.host,
    port: env.port,
  })
  await nextApp.prepare()
  return nextApp
}

/**
 * The response cache, the cross-process invalidation bus and the CDN purge, wired to content
 * changes: a committed write purges the cache tags it touched from this process's cache at
 * once, tells the other processes, and asks the CDN to purge them too.
 */
function createDelivery(
  env: AppEnv,
  payload: Payload,
  limits: RateLimiters,
  readModel: ReadModel,
): { context: DeliveryContext; close: () => Promise<void> } {
  const cache = env.delivery.responseCache
    ? new ResponseCache({
        maxBytes: env.delivery.cacheMaxBytes,
        maxAgeSeconds: env.delivery.cacheMaxAgeSeconds,
        staleWhileRevalidateSeconds: env.delivery.cacheStaleWhileRevalidateSeconds,
      })
    : undefined
  const bus = createInvalidationBus({
    payload,
    databaseKind: env.database.kind,
    databaseUrl: env.database.url,
    redisUrl: env.delivery.redisUrl,
    onRemoteChange: (tags) => cache?.purge(tags),
  })
  const purgeCdn = env.delivery.cdnPurge
    ? createCdnPurge(env.delivery.cdnPurge, payload.logger)
    : undefined
  const pending = new Set<Promise<void>>()
  const onChange = (change: ContentChange) => {
    const tags = purgeTagsOf(change)
    if (tags.length === 0) return
    cache?.purge(tags)
    const announcement = bus.publish(tags).finally(() => pending.delete(announcement))
    pending.add(announcement)
    // The CDN is told after the other processes, so it cannot fetch an answer one of them still holds.
    void announcement.then(() => purgeCdn?.(tags))
  }
  contentChanges.on('change', onChange)
  return {
    context: {
      payload,
      env,
      cache,
      admission: createAdmission(env.delivery.admission),
      announced: async () => void (await Promise.all([...pending])),
      synced: () => bus.sync(),
      identify: createCallerIdentifier(payload, `${payload.config.cookiePrefix}-token`),
      limit: asCheck(limits.api),
      readModel,
    },
    close: async () => {
      contentChanges.off('change', onChange)
      await bus.close()
    },
  }
}

export async function startServer(env: AppEnv, options: StartOptions = {}): Promise<RunningServer> {
  // Payload reloads its config over Next's HMR socket, which exists only with the admin in development.
  if (env.apiOnly || env.isProduction) process.env.DISABLE_PAYLOAD_HMR = 'true'

  const payload = await getPayload({ config: options.config ?? buildAppConfig(env), cron: true })
  // Before the seed, so that an empty database gets a current read model and the seed's publishes fill it.
  const readModel = startReadModel(payload)
  const demoAccounts = env.seedDemo ? await seedDemoContentIfEmpty(payload) : []
  // After the seed, so the first statistics already see the demo content.
  const statistics = keepPlannerStatistics(payload)

  const limits = createRateLimiters(env, `${payload.config.cookiePrefix}-token`, payload.logger)
  const delivery = createDelivery(env, payload, limits, readModel)
  const nextApp = env.apiOnly ? undefined : await prepareNext(env)
  const app = createApp({
    env,
    payload,
    delivery: delivery.context,
    limits,
    nextHandler: nextApp?.getRequestHandler(),
  })
  const server = http.createServer(app)
  if (nextApp) {
    const upgrade = nextApp.getUpgradeHandler()
    server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.port, env.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${port}`

  let closing: Promise<void> | undefined
  const close = (graceMs = 10_000) => {
    closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        drained,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ])
      clearTimeout(timer)
      server.closeAllConnections()
      await nextApp?.close?.()
      await delivery.close()
      await limits.close()
      await statistics.stop()
      await readModel.stop()
      await closePayload(payload, graceMs)
    })()
    return closing
  }

  // Passwords are shown in development only; production never seeds with them (SEED_DEMO is off there).
  return { url, port, payload, server, close, demoAccounts: env.isProduction ? [] : demoAccounts }
}
