import type { Payload } from 'payload'

import type { SitePagePaths } from '../env'

export type PageKind = keyof SitePagePaths

/** The page kind of each collection that has pages on the public website. */
export const PAGE_KINDS = {
  articles: 'article',
  'treatment-options': 'treatment',
  'clinic-locations': 'clinic',
} as const satisfies Record<string, PageKind>

/**
 * The absolute address of a page on the public website: SITE_URL and the kind's pattern from
 * SITE_PAGE_PATHS, with `{locale}` and `{slug}` filled in. JSON-LD and the sitemap both link here.
 */
export function pageUrl(payload: Payload, kind: PageKind, locale: string, slug: string): string {
  const custom = (payload.config.custom ?? {}) as {
    siteUrl?: string
    sitePagePaths?: SitePagePaths
  }
  const siteUrl = String(custom.siteUrl ?? payload.config.serverURL)
  const pattern = custom.sitePagePaths?.[kind] ?? `/{locale}/${kind}s/{slug}`
  return `${siteUrl}${pattern.replaceAll('{locale}', encodeURIComponent(locale)).replaceAll('{slug}', encodeURIComponent(slug))}`
}
