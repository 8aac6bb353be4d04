import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { LRUCache } from 'lru-cache'

import type { PersistedQuerySettings } from '../env'

/** The GraphQL-over-HTTP request parameters, before the query is known to be a string. */
export interface GraphQLParams {
  query?: unknown
  variables?: unknown
  operationName?: unknown
  extensions?: unknown
}

/** A refusal of the request itself (no operation runs): its message and `extensions.code`. */
export interface PersistedQueryRefusal {
  message: string
  code: string
}

export interface PersistedQueries {
  readonly mode: PersistedQuerySettings['mode']
  /** The query text a request stands for: its own, or the one its hash names; undefined when unknown. */
  queryOf: (params: GraphQLParams) => string | undefined
  /** The query to run for `params` (registering it, for automatic persisted queries), or why none runs. */
  resolve: (params: GraphQLParams) => { query?: string } | { refusal: PersistedQueryRefusal }
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Apollo's message texts are the protocol: Apollo Client retries with the query on PersistedQueryNotFound. */
const NOT_FOUND: PersistedQueryRefusal = {
  message: 'PersistedQueryNotFound',
  code: 'persisted-query-not-found',
}
const NOT_SUPPORTED: PersistedQueryRefusal = {
  message: 'PersistedQueryNotSupported',
  code: 'persisted-query-not-supported',
}
const NOT_IN_LIST: PersistedQueryRefusal = {
  message:
    'This server runs only the operations in its persisted query list; send one of them by its sha256 hash.',
  code: 'persisted-query-not-in-list',
}

/** The hash of `extensions.persistedQuery`, undefined without one; a refusal when it is malformed. */
function hashOf(extensions: unknown): PersistedQueryRefusal | string | undefined {
  const persisted =
    extensions && typeof extensions === 'object'
      ? (extensions as { persistedQuery?: unknown }).persistedQuery
      : undefined
  if (persisted === undefined) return undefined
  const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown }
  if (version !== 1)
    return { message: 'extensions.persistedQuery.version must be 1.', code: 'invalid-request' }
  if (typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(sha256Hash)) {
    return {
      message:
        'extensions.persistedQuery.sha256Hash must be the sha256 of the query, as 64 lower-case hex digits.',
      code: 'invalid-request',
    }
  }
  return sha256Hash
}

interface ManifestOperation {
  id: string
  body: string
}

/**
 * Reads an Apollo persisted query manifest (`@apollo/generate-persisted-query-manifest`'s
 * format). Every id must be the sha256 of its body, so a hash names exactly one text.
 */
export function readManifest(file: string): Map<string, string> {
  let manifest: { format?: unknown; version?: unknown; operations?: unknown }
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(
      `GRAPHQL_PERSISTED_QUERY_MANIFEST ${file} could not be read as JSON: ${(error as Error).message}`,
    )
  }
  if (
    manifest.format !== 'apollo-persisted-query-manifest' ||
    manifest.version !== 1 ||
    !Array.isArray(manifest.operations)
  ) {
    throw new Error(
      `GRAPHQL_PERSISTED_QUERY_MANIFEST ${file} is not an Apollo persisted query manifest (format apollo-persisted-query-manifest, version 1)`,
    )
  }
  const operations = new Map<string, string>()
  for (const operation of manifest.operations as ManifestOperation[]) {
    if (typeof operation?.body !== 'string' || operation.id !== sha256(operation.body)) {
      throw new Error(
        `GRAPHQL_PERSISTED_QUERY_MANIFEST ${file}: operation ${JSON.stringify(operation?.id)} does not have the sha256 of its body as its id`,
      )
    }
    operations.set(operation.id, operation.body)
  }
  return operations
}

/**
 * Persisted queries, per the Apollo protocol: a request may send `extensions.persistedQuery`
 * (`{ version: 1, sha256Hash }`) instead of the query text, which makes GET URLs short and
 * cacheable. `apq`: any query is registered by the request that sends it with its hash (in
 * this process's memory; another process answers PersistedQueryNotFound once and is sent the
 * text). `allowlist`: only the manifest's operations run, by hash or by text. `off`: hashes
 * are refused with PersistedQueryNotSupported, which makes Apollo Client stop sending them.
 */
export function createPersistedQueries(settings: PersistedQuerySettings): PersistedQueries {
  const allowlist = settings.mode === 'allowlist' ? readManifest(settings.manifestPath!) : undefined
  const registered = new LRUCache<string, string>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (query) => query.length + 64,
  })
  const known = (hash: string) => (allowlist ? allowlist.get(hash) : registered.get(hash))

  return {
    mode: settings.mode,
    queryOf: ({ query, extensions }) => {
      if (typeof query === 'string') return query
      const hash = hashOf(extensions)
      return typeof hash === 'string' && settings.mode !== 'off' ? known(hash) : undefined
    },
    resolve: ({ query, extensions }) => {
      const hash = hashOf(extensions)
      if (hash && typeof hash !== 'string') return { refusal: hash }
      if (settings.mode === 'off') return hash ? { refusal: NOT_SUPPORTED } : {}
      if (!hash) {
        if (allowlist && !(typeof query === 'string' && allowlist.has(sha256(query))))
          return { refusal: NOT_IN_LIST }
        return {}
      }
      if (typeof query === 'string') {
        if (sha256(query) !== hash)
          return {
            refusal: {
              message:
                'extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it.',
              code: 'invalid-request',
            },
          }
        if (allowlist && !allowlist.has(hash)) return { refusal: NOT_IN_LIST }
        if (!allowlist) registered.set(hash, query)
        return { query }
      }
      const stored = known(hash)
      if (stored !== undefined) return { query: stored }
      return { refusal: allowlist ? NOT_IN_LIST : NOT_FOUND }
    },
  }
}
