import { createHash } from 'node:crypto'

import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { documentTag, listTag, recordCacheTags, slugTag } from '../delivery/cacheTags'
import { hasCredentials } from '../server/cache/policy'
import { etagOf } from '../server/cache/responseCache'
import {
  MAX_LIST_LIMIT,
  READ_MODEL,
  isReadModelCollection,
  type CollectionCoverage,
  type Shape,
} from './coverage'
import { findNearby, nearbyBody, parseNearbyRequest, type NearbyRequest } from './nearby'
import { anyStale, queryFor, STALE_COLUMN, type Query, type Row } from './store'
import { LINKS, SNAPSHOTS } from './tables'

/** The most pages a list from the read model answers; deeper ones go to Payload. */
export const MAX_PAGE = 10_000
const DIGITS = /^[1-9]\d{0,8}$/

type Lookup =
  | { kind: 'id'; id: string }
  | { kind: 'slug'; slug: string }
  | { kind: 'filter'; field: string; target: string }
  | { kind: 'all' }

export interface ReadModelQuery {
  collection: string
  coverage: CollectionCoverage
  shape: string
  locale: string
  lookup: Lookup
  sort: string
  limit: number
  page: number
}

function shapeOf(
  coverage: CollectionCoverage,
  depth: string | undefined,
  select: Set<string>,
  defaultDepth: number,
): string | undefined {
  const matches = ([, shape]: [string, Shape]) => {
    const wanted = shape.depth ?? defaultDepth
    if (depth !== undefined ? depth !== String(wanted) : shape.depth !== undefined) return false
    const fields = shape.select ?? []
    return fields.length === select.size && fields.every((field) => select.has(field))
  }
  return Object.entries(coverage.shapes).find(matches)?.[0]
}

/**
 * Which snapshot query an anonymous REST read is, or undefined when the read model does not
 * cover it (any parameter it does not know, a second filter, drafts, every locale at once).
 */
export function parseReadModelQuery(
  url: URL,
  locales: readonly string[],
  defaultLocale: string,
  defaultDepth: number,
): ReadModelQuery | undefined {
  const [, api, collection, id, ...rest] = url.pathname.split('/')
  if (api !== 'api' || !collection || !isReadModelCollection(collection) || rest.length > 0)
    return undefined
  if (id !== undefined && !DIGITS.test(id)) return undefined
  const coverage = READ_MODEL[collection]
  const seen = new Set<string>()
  const select = new Set<string>()
  const params: Record<string, string> = {}
  let lookup: Lookup | undefined = id ? { kind: 'id', id } : undefined
  for (const [key, value] of url.searchParams) {
    if (seen.has(key)) return undefined
    seen.add(key)
    const selected = /^select\[([A-Za-z]+)\]$/.exec(key)
    const where = /^where\[([A-Za-z]+)\]\[(equals|in)\]$/.exec(key)
    if (selected) {
      if (value !== 'true') return undefined
      select.add(selected[1])
    } else if (where) {
      if (lookup) return undefined
      const [, field, operator] = where
      if (field === 'slug' && operator === 'equals' && value !== '')
        lookup = { kind: 'slug', slug: value }
      else if (coverage.listFilters.includes(field) && DIGITS.test(value))
        lookup = { kind: 'filter', field, target: value }
      else return undefined
    } else if (['locale', 'depth', 'limit', 'page', 'sort', 'draft'].includes(key)) {
      params[key] = value
    } else return undefined
  }
  if (params.draft !== undefined && params.draft !== 'false') return undefined
  const locale = params.locale ?? defaultLocale
  if (!locales.includes(locale)) return undefined
  const shape = shapeOf(coverage, params.depth, select, defaultDepth)
  if (!shape) return undefined
  if (lookup?.kind === 'id') {
    return params.limit || params.page || params.sort
      ? undefined
      : { collection, coverage, shape, locale, lookup, sort: '', limit: 1, page: 1 }
  }
  const sort = params.sort ?? ''
  if (!(sort in coverage.sorts)) return undefined
  const limit =
    params.limit === undefined ? 10 : DIGITS.test(params.limit) ? Number(params.limit) : NaN
  const page = params.page === undefined ? 1 : DIGITS.test(params.page) ? Number(params.page) : NaN
  if (!(limit <= MAX_LIST_LIMIT) || !(page <= MAX_PAGE)) return undefined
  return {
    collection,
    coverage,
    shape,
    locale,
    lookup: lookup ?? { kind: 'all' },
    sort,
    limit,
    page,
  }
}

export interface Found {
  /** The documents of the page, as stored. */
  rows: Row[]
  totalDocs: number
}

const COLUMNS = `s.doc_id, s.body, s.content_hash, s.tags, ${STALE_COLUMN('s')}`

/**
 * The snapshots of one query's page, and how many documents the whole list has; undefined when
 * one of the page's documents is stale (it embeds something changed since it was built).
 */
export async function find(query: Query, request: ReadModelQuery): Promise<Found | undefined> {
  const found = await findRows(query, request)
  return anyStale(found.rows) ? undefined : found
}

async function findRows(query: Query, request: ReadModelQuery): Promise<Found> {
  const { collection, shape, locale, lookup, limit, page } = request
  const key = [collection, shape, locale]
  const columns = request.coverage.sorts[request.sort]
  const orderOf = (table: string) =>
    [...columns, 'doc_id'].map((column) => `${table}.${column} DESC`).join(', ')
  const window = `LIMIT ${limit} OFFSET ${(page - 1) * limit}`
  switch (lookup.kind) {
    case 'id': {
      const rows = await query(
        `SELECT ${COLUMNS} FROM ${SNAPSHOTS} s WHERE s.collection = ? AND s.shape = ? AND s.locale = ? AND s.doc_id = ?`,
        [...key, lookup.id],
      )
      return { rows, totalDocs: rows.length }
    }
    case 'slug': {
      const rows = await query(
        `SELECT ${COLUMNS} FROM ${SNAPSHOTS} s WHERE s.collection = ? AND s.shape = ? AND s.locale = ? AND s.slug = ?`,
        [...key, lookup.slug],
      )
      return { rows: page === 1 ? rows.slice(0, limit) : [], totalDocs: rows.length }
    }
    case 'filter': {
      const link = [collection, lookup.field, lookup.target]
      const [count] = await query(
        `SELECT COUNT(*) AS n FROM ${LINKS} WHERE collection = ? AND field = ? AND target_id = ?`,
        link,
      )
      // The page's ids first, from one range of the links' sort index (a document with links has
      // a snapshot in every shape and locale: build.ts writes all or none), then only those
      // snapshots. Looking up every linked snapshot to sort it cost a condition's whole list
      // (about 1,700 rows at 10,000 articles) per page. CROSS JOIN is how SQLite is told which
      // table drives the join; PostgreSQL plans it as the inner join it is.
      const rows = await query(
        `SELECT ${COLUMNS} FROM (
           SELECT l.doc_id, ${columns.map((column) => `l.${column}`).join(', ')} FROM ${LINKS} l
           WHERE l.collection = ? AND l.field = ? AND l.target_id = ?
           ORDER BY ${orderOf('l')} ${window}
         ) page CROSS JOIN ${SNAPSHOTS} s
         WHERE s.collection = ? AND s.shape = ? AND s.locale = ? AND s.doc_id = page.doc_id
         ORDER BY ${orderOf('page')}`,
        [...link, ...key],
      )
      return { rows, totalDocs: Number(count.n) }
    }
    case 'all': {
      const [count] = await query(
        `SELECT COUNT(*) AS n FROM ${SNAPSHOTS} s WHERE s.collection = ? AND s.shape = ? AND s.locale = ?`,
        key,
      )
      const rows = await query(
        `SELECT ${COLUMNS} FROM ${SNAPSHOTS} s WHERE s.collection = ? AND s.shape = ? AND s.locale = ? ORDER BY ${orderOf('s')} ${window}`,
        key,
      )
      return { rows, totalDocs: Number(count.n) }
    }
  }
}

/** A list page's paging fields exactly as Payload's drizzle adapter gives them (keys in its order). */
export function paging(totalDocs: number, limit: number, page: number) {
  const totalPages = Math.ceil(totalDocs / limit)
  const hasPrevPage = page > 1
  const hasNextPage = totalPages > page
  return {
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}

const listBody = (rows: Row[], totalDocs: number, limit: number, page: number): string =>
  `{"docs":[${rows.map((row) => String(row.body)).join(',')}],${JSON.stringify(paging(totalDocs, limit, page)).slice(1)}`

/** Every document the snapshots in `rows` embed, as cache tags. */
const snapshotTags = (rows: Row[]): string[] =>
  rows.flatMap((row) => JSON.parse(String(row.tags)) as string[])

/** The tags of an answer built from `rows`: what was asked for, and every document each snapshot embeds. */
export const tagsOf = (request: ReadModelQuery, rows: Row[]): string[] => [
  requestTag(request),
  ...snapshotTags(rows),
]

/**
 * The response headers of an answer from the read model: the approved hashes of medical
 * documents, and an ETag that starts with the first (other answers get the response cache's
 * own ETag of the body).
 */
export function readModelHeaders(
  payload: Payload,
  request: Request,
  contentType: string,
  rows: Row[],
  body: string,
): Headers {
  const hashes = rows.map((row) => String(row.content_hash)).filter((hash) => hash !== '')
  const headers = headersWithCors({
    headers: new Headers({ 'content-type': contentType }),
    req: { payload, headers: request.headers } as unknown as PayloadRequest,
  })
  headers.set('x-read-model', 'HIT')
  if (hashes.length === 0) {
    headers.set('etag', etagOf(body))
    return headers
  }
  headers.set('x-approved-hash', hashes.join(', '))
  headers.set(
    'etag',
    `"${hashes[0].slice(0, 16)}-${createHash('sha1').update(body).digest('base64url')}"`,
  )
  return headers
}

function requestTag(request: ReadModelQuery): string {
  const { collection, lookup } = request
  if (lookup.kind === 'id') return documentTag(collection, lookup.id)
  if (lookup.kind === 'slug') return slugTag(collection, lookup.slug)
  return listTag(collection)
}

/** A nearby search from the read model: its answer (empty ones too, which are the same for every query), tagged like a list. */
async function answerNearby(
  payload: Payload,
  query: Query,
  request: Request,
  nearby: NearbyRequest,
): Promise<Response | undefined> {
  const found = await findNearby(query, nearby).catch(() => undefined)
  if (!found || anyStale(found.map(({ row }) => row))) return undefined
  const rows = found.map(({ row }) => row)
  const body = nearbyBody(nearby, found)
  recordCacheTags([listTag(nearby.collection), ...snapshotTags(rows)])
  return new Response(body, {
    status: 200,
    headers: readModelHeaders(payload, request, 'application/json', rows, body),
  })
}

export interface ReadModelServer {
  /** The answer from the read model, or undefined to let Payload answer. */
  answer: (request: Request) => Promise<Response | undefined>
}

/**
 * Answers anonymous REST reads that the read model covers from the stored snapshots, in one
 * indexed look-up (two for a list: the page and its count; two for a nearby search: the points
 * in its box and the nearest ones' snapshots), as Payload would have answered
 * them byte for byte. The approved content hash of each document goes with it (`x-approved-hash`,
 * and the first part of the ETag). `ready` tells whether the snapshots are complete and current.
 */
export function createReadModelServer(payload: Payload, ready: () => boolean): ReadModelServer {
  const localization = payload.config.localization
  const locales = localization ? localization.localeCodes : ['en']
  const defaultLocale = localization ? localization.defaultLocale : 'en'
  const cookieName = `${payload.config.cookiePrefix}-token`
  const queryPromise = queryFor(payload)
  return {
    answer: async (request) => {
      if (request.method !== 'GET' || !ready()) return undefined
      if (hasCredentials(Object.fromEntries(request.headers), cookieName)) return undefined
      const url = new URL(request.url)
      const nearby = parseNearbyRequest(url, locales, defaultLocale)
      if (nearby) return answerNearby(payload, await queryPromise, request, nearby)
      const parsed = parseReadModelQuery(url, locales, defaultLocale, payload.config.defaultDepth)
      if (!parsed) return undefined
      // A failed look-up (the database is away) and a stale document are Payload's to answer.
      const found = await find(await queryPromise, parsed).catch(() => undefined)
      if (!found) return undefined
      const { rows, totalDocs } = found
      // Not found, or a page past the end: Payload's answers for those differ by query, so it gives them.
      if (rows.length === 0) return undefined
      const body =
        parsed.lookup.kind === 'id'
          ? String(rows[0].body)
          : listBody(rows, totalDocs, parsed.limit, parsed.page)
      recordCacheTags(tagsOf(parsed, rows))
      return new Response(body, {
        status: 200,
        headers: readModelHeaders(payload, request, 'application/json', rows, body),
      })
    },
  }
}
