import type DataLoader from 'dataloader'
import type { CollectionAfterReadHook, PayloadRequest, RelationshipField } from 'payload'

import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import type { RiskDisclosure } from '../payload-types'
import { isDeliveryRead, loaderForRequest, memoForRequest } from './requestMemo'

export type DisclosureSummary = Pick<
  RiskDisclosure,
  'frequency' | 'id' | 'mitigation' | 'severity' | 'slug' | 'title'
>

const SEVERITY_RANK: Record<string, number> = { serious: 0, 'rare-serious': 1, common: 2 }

/** Serious risks first, then rare-but-serious, then common; ties keep their order. */
export function bySeverity<T extends { severity?: null | string }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.item.severity ?? ''] ?? 3) - (SEVERITY_RANK[b.item.severity ?? ''] ?? 3) ||
        a.index - b.index,
    )
    .map(({ item }) => item)
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? [...new Set(value.map(idOf).filter((id): id is string => id !== undefined))]
    : []

/**
 * Published disclosures by id, in the request's locale: every disclosure asked for in the same
 * tick (the treatments of one page, the treatments of a list) is read in one query, and each one
 * once per request.
 */
function publishedDisclosureLoader(
  req: PayloadRequest,
): DataLoader<string, DisclosureSummary | null> {
  const locale = req.locale ?? undefined
  const fallbackLocale = req.fallbackLocale ?? undefined
  return loaderForRequest(req, `published-disclosures:${locale}:${fallbackLocale}`, async (ids) => {
    const { docs } = await req.payload.find({
      collection: 'risk-disclosures',
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      locale,
      fallbackLocale,
      overrideAccess: true,
      select: { title: true, slug: true, severity: true, frequency: true, mitigation: true },
      req: nestedReq(req),
      context: { internalRead: true },
    })
    // Only the summary's own fields: the public read also carries the approved locales
    // (selectApprovedLocales adds them so that servePublicLocales can pick the text), and this
    // read skips field access, which would otherwise keep that staff-only field out.
    return new Map(
      docs.map(({ id, title, slug, severity, frequency, mitigation }) => [
        String(id),
        { id, title, slug, severity, frequency, mitigation } as DisclosureSummary,
      ]),
    )
  })
}

/** The published ones among `ids`, in the request's locale, most serious first. */
async function publishedDisclosures(
  req: PayloadRequest,
  ids: string[],
): Promise<DisclosureSummary[]> {
  if (ids.length === 0) return []
  const loader = publishedDisclosureLoader(req)
  const docs = await Promise.all(ids.map((id) => loader.load(id)))
  return bySeverity(docs.filter((doc): doc is DisclosureSummary => doc !== null))
}

/** The risk disclosures linked from published treatments among `treatmentIds`, without repeats. */
async function disclosureIdsOfTreatments(
  req: PayloadRequest,
  treatmentIds: string[],
): Promise<string[]> {
  if (treatmentIds.length === 0) return []
  return memoForRequest(req, `treatment-risks:${[...treatmentIds].sort().join(',')}`, async () => {
    const { docs } = await req.payload.find({
      collection: 'treatment-options',
      where: { and: [{ id: { in: treatmentIds } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { riskDisclosures: true },
      req: nestedReq(req),
      context: { internalRead: true },
    })
    return [...new Set(docs.flatMap((doc) => idsOf(doc.riskDisclosures)))]
  })
}

/**
 * What a reader receives for a list of disclosure ids: over REST the published ones expanded
 * (so they arrive whatever `depth` was asked for); over GraphQL their ids, which the schema
 * resolves into typed RiskDisclosure objects.
 */
async function deliver(
  req: PayloadRequest,
  ids: string[],
): Promise<Array<DisclosureSummary | number | string>> {
  const published = await publishedDisclosures(req, ids)
  return req.payloadAPI === 'GraphQL' ? published.map((doc) => doc.id) : published
}

/**
 * Fair balance for treatments: whoever reads a treatment through the API gets its published
 * risk disclosures with it, already expanded, whatever depth was asked for; unpublished ones
 * are left out.
 */
export const presentPublishedRisks: CollectionAfterReadHook = async ({ doc, req, context }) => {
  if (!isDeliveryRead(req, context) || !doc.riskDisclosures) return doc
  return { ...doc, riskDisclosures: await deliver(req, idsOf(doc.riskDisclosures)) }
}

/**
 * Fair balance for articles: the published risk disclosures of the treatments an article
 * links, deduplicated, serious first, in the virtual `riskDisclosures` field. It runs after
 * Payload's own population, so the disclosures arrive expanded at any depth.
 */
export const presentArticleRisks: CollectionAfterReadHook = async ({ doc, req, context }) => {
  if (!isDeliveryRead(req, context)) return doc
  const treatments =
    doc.treatments === undefined
      ? await treatmentsOfArticle(req, doc.id, doc._status === 'draft')
      : doc.treatments
  return {
    ...doc,
    riskDisclosures: await deliver(req, await disclosureIdsOfTreatments(req, idsOf(treatments))),
  }
}

/** A read that `select`ed other fields still owes its reader the risks, so the links are looked up. */
async function treatmentsOfArticle(
  req: PayloadRequest,
  id: number | string,
  draft: boolean,
): Promise<unknown> {
  return memoForRequest(req, `article-treatments:${id}:${draft}`, async () => {
    const article = await req.payload.findByID({
      collection: 'articles',
      id,
      draft,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { treatments: true },
      req: nestedReq(req),
      context: { internalRead: true },
    })
    return article?.treatments
  })
}

/** Declares the virtual field (for REST, GraphQL and the types); `presentArticleRisks` fills it. */
export const articleRiskDisclosuresField: RelationshipField = {
  name: 'riskDisclosures',
  type: 'relationship',
  relationTo: 'risk-disclosures',
  hasMany: true,
  virtual: true,
  admin: {
    readOnly: true,
    description: 'Risks of the linked treatments, shown to readers with the article.',
    components: { Field: '/components/admin/ArticleRisks#ArticleRisksField' },
  },
}
