import type { CdnPurgeSettings } from '../env'

interface Logger {
  warn: (object: object, message: string) => void
}

/** Tags per purge call: Cloudflare takes up to 30 per request on most plans, Fastly up to 256. */
const BATCH = { cloudflare: 30, fastly: 256 } as const
const ATTEMPTS = 3
const TIMEOUT_MS = 10_000

function purgeRequest(settings: CdnPurgeSettings, tags: string[]): RequestInit {
  if (settings.style === 'fastly') {
    return {
      method: 'POST',
      headers: {
        'surrogate-key': tags.join(' '),
        ...(settings.token ? { 'fastly-key': settings.token } : {}),
      },
    }
  }
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}),
    },
    body: JSON.stringify({ tags }),
  }
}

/**
 * Purges a CDN's cached answers by cache tag (the `Surrogate-Key`/`Cache-Tag` values of the
 * answers), once per change, from the process that made it. A failed call is retried twice
 * with a pause, then logged: the CDN then serves the old answer until its max-age runs out.
 */
export function createCdnPurge(
  settings: CdnPurgeSettings,
  logger: Logger,
): (tags: readonly string[]) => Promise<void> {
  return async (tags) => {
    const size = BATCH[settings.style]
    for (let start = 0; start < tags.length; start += size) {
      const batch = tags.slice(start, start + size)
      for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        try {
          const response = await fetch(settings.url, {
            ...purgeRequest(settings, batch),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          })
          await response.body?.cancel()
          if (response.ok) break
          throw new Error(`the CDN answered ${response.status}`)
        } catch (error) {
          if (attempt === ATTEMPTS) {
            logger.warn(
              { reason: (error as Error).message, tags: batch },
              'CDN purge failed; the CDN serves these answers until they expire',
            )
            break
          }
          await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
        }
      }
    }
  }
}
