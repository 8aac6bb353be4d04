import type { Endpoint, JSONField, PayloadRequest } from 'payload'

import { RuleViolation } from '../errors'
import { parseDocumentId } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import {
  articleJsonLd,
  clinicJsonLd,
  treatmentJsonLd,
  type ArticleInfo,
  type ClinicInfo,
  type TreatmentInfo,
} from './jsonld'
import { PAGE_KINDS, pageUrl } from './pageUrls'

export const JSONLD_COLLECTIONS = ['articles', 'treatment-options', 'clinic-locations'] as const
export type JsonLdCollection = (typeof JSONLD_COLLECTIONS)[number]

/**
 * The schema.org description of one document, in the request's locale, built from what the
 * caller may read (published content for the public). Null when the caller cannot see it.
 */
export async function jsonLdFor(
  req: PayloadRequest,
  collection: JsonLdCollection,
  id: number | string,
): Promise<null | object> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 2,
    locale: req.locale ?? undefined,
    fallbackLocale: req.fallbackLocale ?? undefined,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
    req: nestedReq(req),
    // Marks this read so the jsonLd field does not build JSON-LD again for the document it is building it from.
    context: { buildingJsonLd: true },
  })) as (Record<string, unknown> & { slug?: string }) | null
  if (!doc) return null
  // The locale the text was served in: an unapproved locale is served in its approved fallback (src/delivery/localeStatus.ts).
  const served = (doc.localeStatus as { locale?: null | string } | undefined)?.locale
  const locale = served ?? (req.locale && req.locale !== 'all' ? req.locale : 'en')
  const url = pageUrl(req.payload, PAGE_KINDS[collection], locale, String(doc.slug ?? id))
  switch (collection) {
    case 'articles':
      return articleJsonLd(doc as ArticleInfo, { locale, url })
    case 'treatment-options':
      return treatmentJsonLd(doc as TreatmentInfo, { locale, url })
    case 'clinic-locations':
      return clinicJsonLd(doc as unknown as ClinicInfo, { url })
  }
}

/** `GET /api/{collection}/{id}/jsonld` as `application/ld+json`. */
export function jsonLdEndpoint(collection: JsonLdCollection): Endpoint {
  return {
    path: '/:id/jsonld',
    method: 'get',
    handler: async (req) => {
      const id = parseDocumentId(req.payload, req.routeParams?.id)
      const jsonLd = await jsonLdFor(req, collection, id)
      if (!jsonLd)
        throw new RuleViolation(404, `No published ${collection} document with id ${id}.`, {
          rule: 'not-found',
        })
      return new Response(JSON.stringify(jsonLd), {
        headers: { 'content-type': 'application/ld+json; charset=utf-8' },
      })
    },
  }
}

/** Whether a REST read names `jsonLd` in its `select` (`?select[jsonLd]=true`), as a GraphQL query names the field. */
function restSelectsJsonLd(req: PayloadRequest): boolean {
  const select = (req.query as { select?: Record<string, unknown> } | undefined)?.select
  return (
    req.payloadAPI === 'REST' &&
    typeof select === 'object' &&
    select !== null &&
    ['true', '1', true].includes(select.jsonLd as string)
  )
}

/**
 * `jsonLd` on REST answers and the GraphQL type alike, computed only when the read asks for it:
 * a GraphQL query that names it (see the GraphQL handler), a REST read that selects it. Built
 * for every read, it cost each related document a depth-2 read of its own.
 */
export function jsonLdField(collection: JsonLdCollection): JSONField {
  return {
    name: 'jsonLd',
    type: 'json',
    virtual: true,
    admin: { hidden: true },
    hooks: {
      afterRead: [
        async ({ data, req, context }) => {
          const asked =
            (req.payloadAPI === 'GraphQL' && context?.jsonLdRequested) || restSelectsJsonLd(req)
          if (!asked || context?.internalRead || context?.buildingJsonLd || data?.id === undefined)
            return undefined
          return jsonLdFor(req, collection, data.id as number | string)
        },
      ],
    },
  }
}
