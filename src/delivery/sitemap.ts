import type { Endpoint, PayloadRequest } from 'payload'

import { RuleViolation } from '../errors'

const SOURCES = [
  { type: 'article', collection: 'articles', titleField: 'title', reviewed: true },
  { type: 'treatment', collection: 'treatment-options', titleField: 'name', reviewed: true },
  { type: 'clinic', collection: 'clinic-locations', titleField: 'name', reviewed: false },
] as const

export interface SitemapEntry {
  type: (typeof SOURCES)[number]['type']
  id: number | string
  slug: string
  updatedAt: string
  lastReviewed: null | string
  /** The locales this entry has a title in, for hreflang alternates. */
  alternates: Array<{ locale: string; title: string }>
}

const MAX_LIMIT = 5000

function readPaging(params: URLSearchParams) {
  const page = Number(params.get('page') ?? '1')
  const limit = Number(params.get('limit') ?? '1000')
  if (!Number.isInteger(page) || page < 1 || page > 100_000) throw new RuleViolation(400, 'page: must be a whole number from 1.', { rule: 'invalid-parameter', field: 'page' })
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RuleViolation(400, `limit: must be a whole number from 1 to ${MAX_LIMIT}.`, { rule: 'invalid-parameter', field: 'limit' })
  }
  const type = params.get('type')
  if (type !== null && !SOURCES.some((source) => source.type === type)) {
    throw new RuleViolation(400, `type: must be one of ${SOURCES.map((source) => source.type).join(', ')}.`, { rule: 'invalid-parameter', field: 'type' })
  }
  return { page, limit, type }
}

/** Published articles, treatments and clinics with their slugs, dates and locale alternates. */
export async function sitemap(req: PayloadRequest, params: URLSearchParams) {
  const { page, limit, type } = readPaging(params)
  const entries: SitemapEntry[] = []
  let hasNextPage = false
  for (const source of SOURCES.filter((candidate) => type === null || candidate.type === type)) {
    const result = await req.payload.find({
      collection: source.collection,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      page,
      limit,
      sort: 'id',
      overrideAccess: false,
      select: { slug: true, updatedAt: true, [source.titleField]: true, ...(source.reviewed ? { lastReviewedAt: true } : {}) },
      req,
      context: { internalRead: true },
    })
    hasNextPage ||= result.hasNextPage
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>) {
      const titles = (doc[source.titleField] ?? {}) as Record<string, null | string>
      entries.push({
        type: source.type,
        id: doc.id as number | string,
        slug: String(doc.slug),
        updatedAt: String(doc.updatedAt),
        lastReviewed: (doc.lastReviewedAt as null | string | undefined) ?? null,
        alternates: Object.entries(titles)
          .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
          .map(([locale, title]) => ({ locale, title })),
      })
    }
  }
  return { generatedAt: new Date().toISOString(), page, limit, hasNextPage, entries }
}

/** `GET /api/sitemap?type=&page=&limit=`, for frontends that build sitemaps. */
export const sitemapEndpoint: Endpoint = {
  path: '/sitemap',
  method: 'get',
  handler: async (req) => Response.json(await sitemap(req, req.searchParams ?? new URLSearchParams())),
}
