import type { RequestHandler } from 'express'
import type { ClientRateLimitInfo } from 'express-rate-limit'
import { Redis } from 'ioredis'
import { RedisStore, type RedisReply } from 'rate-limit-redis'

/**
 * A Redis connection that fails fast while Redis is away and reconnects by itself. ioredis's
 * defaults keep a command waiting through reconnect attempts whose delay grows to 2 s, so
 * during an outage every API request (its rate-limit count, the cache's version check) took
 * seconds. Here a command issued while disconnected fails at the next reconnect attempt
 * (within 200 ms) and a command Redis does not answer fails after one second; the
 * callers then fall back as the README describes.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 50, 200),
    connectTimeout: 2000,
    commandTimeout: 1000,
  })
}

/**
 * A limiter that fails closed (sign-ins) answers a JSON 503 when its counters cannot be
 * reached, instead of the generic 500 the store's error would become.
 */
export function unavailableAs503(limiter: RequestHandler, message: string): RequestHandler {
  return (req, res, next) => {
    const answer = (error?: unknown) => {
      if (!error) return next()
      res.setHeader('retry-after', '5')
      res.status(503).json({
        errors: [
          { name: 'RateLimitUnavailable', message, data: { rule: 'rate-limit-unavailable' } },
        ],
      })
    }
    Promise.resolve(limiter(req, res, answer)).catch(answer)
  }
}

/**
 * Workaround for rate-limit-redis 6.0.1: the store loads its Lua scripts once and keeps the
 * promise of their SHA. A load that failed (Redis unreachable, or not yet connected, while the
 * process started) stays failed, so every count failed until a restart and sign-ins were
 * refused for good. Here a failed load is retried with the next count. No upstream issue
 * found; this can go once the library retries failed script loads itself.
 */
class ReloadingRedisStore extends RedisStore {
  override async increment(key: string): Promise<ClientRateLimitInfo> {
    this.incrementScriptSha = this.incrementScriptSha.catch(() => this.loadIncrementScript())
    return super.increment(key)
  }

  override async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    this.getScriptSha = this.getScriptSha.catch(() => this.loadGetScript())
    return super.get(key)
  }
}

/** Rate-limit counters for one limit (`prefix`) in Redis. */
export function redisRateLimitStore(redis: Redis, prefix: string): RedisStore {
  return new ReloadingRedisStore({
    prefix,
    sendCommand: (command: string, ...args: string[]) =>
      redis.call(command, ...args) as Promise<RedisReply>,
  })
}
