import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

import { sharedCacheControl } from './policy'

export interface CachedResponse {
  status: number
  contentType: string
  body: Buffer
  etag: string
  /** The cache tags of the documents the answer was built from. */
  tags: readonly string[]
  /** Headers about the content that are served with it (a sitemap's `Link` to its next page). */
  headers: Record<string, string>
}

export interface ResponseCacheOptions {
  /** Upper bound on the bytes of cached bodies. */
  maxBytes: number
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

/** A strong ETag for a body (a string counts as its UTF-8 bytes): the same bytes always give the same tag. */
export function etagOf(body: Buffer | string): string {
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

/** How many recent purges are remembered to decide whether an answer computed meanwhile may be stored. */
const PURGE_LOG_SIZE = 1000

/**
 * Anonymous API responses, bounded by bytes, each with the cache tags of the documents it was
 * built from; a content change purges the entries that carry one of its tags. A generation
 * number guards the race between a read and a write: an answer computed while a purge of one
 * of its tags happened is not stored, because it may predate the write.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>
  private readonly keysByTag = new Map<string, Set<string>>()
  /** Each purge since the cache started, newest last, as its generation and tags (all: undefined). */
  private readonly purges: Array<{ generation: number; tags?: ReadonlySet<string> }> = []
  private generationNumber = 0

  constructor(readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 64,
      dispose: (entry, key) => this.unindex(key, entry),
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

  /** Stores `entry` unless one of its tags was purged since `generation` was read. */
  set(key: string, entry: CachedResponse, generation: number): void {
    if (this.purgedSince(generation, entry.tags)) return
    if (entry.body.length + key.length + 64 > this.options.maxBytes) return
    this.entries.set(key, entry)
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
  }

  /** Drops every entry carrying one of `tags`; without tags, every entry. */
  purge(tags?: Iterable<string>): void {
    this.generationNumber += 1
    const purged = tags ? new Set(tags) : undefined
    this.purges.push({ generation: this.generationNumber, tags: purged })
    if (this.purges.length > PURGE_LOG_SIZE) this.purges.shift()
    if (!purged) {
      this.entries.clear()
      return
    }
    for (const tag of purged) {
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.entries.delete(key)
    }
  }

  private purgedSince(generation: number, tags: readonly string[]): boolean {
    if (generation === this.generationNumber) return false
    // Older than what the log remembers: assume the worst.
    if (this.purges.length === 0 || this.purges[0].generation > generation + 1) return true
    return this.purges.some(
      (purge) =>
        purge.generation > generation && (!purge.tags || tags.some((tag) => purge.tags!.has(tag))),
    )
  }

  private unindex(key: string, entry: CachedResponse): void {
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }

  get cacheControl(): string {
    return sharedCacheControl(this.options)
  }
}
