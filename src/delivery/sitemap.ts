import type { Endpoint, PayloadRequest } from 'payload'

import { RuleViolation } from '../errors'
import { pageUrl, type PageKind } from './pageUrls'

const SOURCES = [
  { type: 'article', collection: 'articles', titleField: 'title', reviewed: true },
  { type: 'treatment', collection: 'treatment-options', titleField: 'name', reviewed: true },
  { type: 'clinic', collection: 'clinic-locations', titleField: 'name', reviewed: false },
] as const satisfies ReadonlyArray<{
  type: PageKind
  collection: string
  titleField: string
  reviewed: boolean
}>

type Source = (typeof SOURCES)[number]

export interface SitemapAlternate {
  locale: string
  title: string
  /** The page in this locale on the public website. */
  url: string
}

export interface SitemapEntry {
  type: Source['type']
  id: number | string
  slug: string
  /** The page in the default locale on the public website. */
  url: string
  updatedAt: string
  lastReviewed: null | string
  /** The locales this entry has a title in, for hreflang alternates. */
  alternates: SitemapAlternate[]
}

export interface Sitemap {
  generatedAt: string
  page: number
  limit: number
  totalDocs: number
  totalPages: number
  hasNextPage: boolean
  entries: SitemapEntry[]
}

/** Far below the sitemap protocol's 50,000 URLs per file, even with one `<url>` per page and locale in the XML. */
const MAX_LIMIT = 5000

function readPaging(params: URLSearchParams) {
  const page = Number(params.get('page') ?? '1')
  const limit = Number(params.get('limit') ?? '1000')
  if (!Number.isInteger(page) || page < 1 || page > 100_000)
    throw new RuleViolation(400, 'page: must be a whole number from 1.', {
      rule: 'invalid-parameter',
      field: 'page',
    })
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RuleViolation(400, `limit: must be a whole number from 1 to ${MAX_LIMIT}.`, {
      rule: 'invalid-parameter',
      field: 'limit',
    })
  }
  const type = params.get('type')
  if (type !== null && !SOURCES.some((source) => source.type === type)) {
    throw new RuleViolation(
      400,
      `type: must be one of ${SOURCES.map((source) => source.type).join(', ')}.`,
      { rule: 'invalid-parameter', field: 'type' },
    )
  }
  return { page, limit, type }
}

const published = { _status: { equals: 'published' } } as const

/** `count` documents of `source` from position `offset` (0-based, by id), read as whole pages of `limit`. */
async function readSlice(
  req: PayloadRequest,
  source: Source,
  offset: number,
  count: number,
  limit: number,
): Promise<SitemapEntry[]> {
  const firstPage = Math.floor(offset / limit) + 1
  const lastPage = Math.floor((offset + count - 1) / limit) + 1
  const docs: Array<Record<string, unknown>> = []
  for (let page = firstPage; page <= lastPage; page += 1) {
    const result = await req.payload.find({
      collection: source.collection,
      where: published,
      locale: 'all',
      depth: 0,
      page,
      limit,
      sort: 'id',
      overrideAccess: false,
      select: {
        slug: true,
        updatedAt: true,
        [source.titleField]: true,
        ...(source.reviewed ? { lastReviewedAt: true } : {}),
      },
      req,
      context: { internalRead: true },
    })
    docs.push(...(result.docs as unknown as Array<Record<string, unknown>>))
  }
  const start = offset - (firstPage - 1) * limit
  const defaultLocale = req.payload.config.localization
    ? req.payload.config.localization.defaultLocale
    : 'en'
  return docs.slice(start, start + count).map((doc) => {
    const slug = String(doc.slug)
    const titles = (doc[source.titleField] ?? {}) as Record<string, null | string>
    return {
      type: source.type,
      id: doc.id as number | string,
      slug,
      url: pageUrl(req.payload, source.type, defaultLocale, slug),
      updatedAt: String(doc.updatedAt),
      lastReviewed: (doc.lastReviewedAt as null | string | undefined) ?? null,
      alternates: Object.entries(titles)
        .filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
        )
        .map(([locale, title]) => ({
          locale,
          title,
          url: pageUrl(req.payload, source.type, locale, slug),
        })),
    }
  })
}

/**
 * Published articles, then treatments, then clinics (each by id), with their page addresses,
 * dates and locale alternates. `limit` is the number of entries per page over all of them.
 */
export async function sitemap(req: PayloadRequest, params: URLSearchParams): Promise<Sitemap> {
  const { page, limit, type } = readPaging(params)
  const sources = SOURCES.filter((candidate) => type === null || candidate.type === type)
  const counts = await Promise.all(
    sources.map(
      async (source) =>
        (
          await req.payload.count({
            collection: source.collection,
            where: published,
            overrideAccess: false,
            req,
            context: { internalRead: true },
          })
        ).totalDocs,
    ),
  )
  const totalDocs = counts.reduce((sum, count) => sum + count, 0)
  const start = (page - 1) * limit
  const end = Math.min(start + limit, totalDocs)
  const entries: SitemapEntry[] = []
  let offset = 0
  for (const [index, source] of sources.entries()) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + counts[index])
    if (from < to) entries.push(...(await readSlice(req, source, from - offset, to - from, limit)))
    offset += counts[index]
  }
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    generatedAt: new Date().toISOString(),
    page,
    limit,
    totalDocs,
    totalPages,
    hasNextPage: page < totalPages,
    entries,
  }
}

/** `GET /api/sitemap?type=&page=&limit=`, for frontends that build sitemaps. */
export const sitemapEndpoint: Endpoint = {
  path: '/sitemap',
  method: 'get',
  handler: async (req) =>
    Response.json(await sitemap(req, req.searchParams ?? new URLSearchParams())),
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!,
  )

/**
 * The sitemap as the sitemap protocol's XML: one `<url>` per page and locale, its absolute
 * `loc`, `lastmod`, and every locale's version (plus `x-default`, the default locale's) as
 * `xhtml:link` hreflang alternates, as search engines read them.
 */
export function sitemapXml(map: Sitemap, defaultLocale: string): string {
  const urls = map.entries.flatMap((entry) => {
    const alternates = entry.alternates.map(
      (alternate) =>
        `    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.locale)}" href="${escapeXml(alternate.url)}"/>`,
    )
    const fallback = entry.alternates.find((alternate) => alternate.locale === defaultLocale)
    if (fallback)
      alternates.push(
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(fallback.url)}"/>`,
      )
    return entry.alternates.map((alternate) =>
      [
        '  <url>',
        `    <loc>${escapeXml(alternate.url)}</loc>`,
        `    <lastmod>${escapeXml(entry.updatedAt)}</lastmod>`,
        ...alternates,
        '  </url>',
      ].join('\n'),
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

/**
 * `GET /api/sitemap.xml?type=&page=&limit=`: the same pages as the JSON, as XML. A site with
 * more pages than one file holds lists `?page=2`, … in its sitemap index (`totalPages` in the
 * JSON, or the `Link: rel="next"` header here).
 */
export const sitemapXmlEndpoint: Endpoint = {
  path: '/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    const map = await sitemap(req, req.searchParams ?? new URLSearchParams())
    const defaultLocale = req.payload.config.localization
      ? req.payload.config.localization.defaultLocale
      : 'en'
    const headers = new Headers({ 'content-type': 'application/xml; charset=utf-8' })
    if (map.hasNextPage) {
      const next = new URL(req.url ?? 'http://localhost/api/sitemap.xml')
      next.searchParams.set('page', String(map.page + 1))
      headers.set('link', `<${next.pathname}${next.search}>; rel="next"`)
    }
    return new Response(sitemapXml(map, defaultLocale), { headers })
  },
}
