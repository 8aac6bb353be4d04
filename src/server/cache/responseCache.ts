import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

export interface CachedResponse {
  status: number
  contentType: string
  body: Buffer
  etag: string
}

export interface ResponseCacheOptions {
  /** Upper bound on the bytes of cached bodies. */
  maxBytes: number
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

/** A strong ETag for a body: the same bytes always give the same tag. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** Whether an `If-None-Match` header names `etag` (or `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
}

/**
 * Anonymous API responses, bounded by bytes, dropped wholesale on any content change.
 * A generation counter guards the race between a read and a write: a response computed
 * while a write committed is not stored, because it may predate the write.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>
  private generationNumber = 0

  constructor(readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 64,
    })
  }

  get generation(): number {
    return this.generationNumber
  }

  get size(): number {
    return this.entries.size
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key)
  }

  /** Stores `entry` unless the content changed since `generation` was read. */
  set(key: string, entry: CachedResponse, generation: number): void {
    if (generation !== this.generationNumber) return
    if (entry.body.length + key.length + 64 > this.options.maxBytes) return
    this.entries.set(key, entry)
  }

  invalidate(): void {
    this.generationNumber += 1
    this.entries.clear()
  }

  get cacheControl(): string {
    return `public, max-age=${this.options.maxAgeSeconds}, stale-while-revalidate=${this.options.staleWhileRevalidateSeconds}`
  }
}
