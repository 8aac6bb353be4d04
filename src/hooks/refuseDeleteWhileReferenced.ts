import type {
  CollectionBeforeDeleteHook,
  CollectionSlug,
  Field,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

import { RuleViolation } from '../errors'

export interface ReferencePath {
  collection: CollectionSlug
  /** Dot path of the relationship or upload field, as a `where` query names it. */
  path: string
}

function collectPaths(fields: Field[], target: string, prefix: string, into: string[]): void {
  for (const field of fields) {
    // Computed on read (the public byline): nothing is stored, so nothing can point anywhere.
    if ('virtual' in field && field.virtual) continue
    if ((field.type === 'relationship' || field.type === 'upload') && 'name' in field) {
      // Polymorphic links (to several collections) are Payload's own bookkeeping: locks, preferences, jobs.
      if (!Array.isArray(field.relationTo) && field.relationTo === target)
        into.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array') {
      const named = 'name' in field && field.name
      collectPaths(field.fields, target, named ? `${prefix}${field.name}.` : prefix, into)
    } else if (field.type === 'row' || field.type === 'collapsible') {
      collectPaths(field.fields, target, prefix, into)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs)
        collectPaths(
          tab.fields,
          target,
          'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          into,
        )
    }
  }
}

/** Every field, in every collection, that can point at a document of `target`. */
export function referencePathsTo(
  config: Pick<SanitizedConfig, 'collections'>,
  target: string,
): ReferencePath[] {
  // Payload's own collections (locks, preferences, jobs, migrations) are not content.
  return config.collections
    .filter((collection) => !collection.slug.startsWith('payload-'))
    .flatMap((collection) => {
      const paths: string[] = []
      collectPaths(collection.fields, target, '', paths)
      return paths.map((path) => ({ collection: collection.slug, path }))
    })
}

export interface Referrer {
  collection: string
  id: number | string
  title: string
  field: string
}

function titleOf(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const value = doc[collection.admin.useAsTitle ?? 'id']
  return typeof value === 'string' && value !== '' ? value : String(doc.id)
}

/** Documents (their published version or their latest draft) that still point at `id`. */
export async function findReferrers(
  req: PayloadRequest,
  target: string,
  id: number | string,
): Promise<Referrer[]> {
  const { payload } = req
  const found = new Map<string, Referrer>()
  for (const { collection, path } of referencePathsTo(payload.config, target)) {
    const config = payload.collections[collection].config
    const hasDrafts = Boolean(config.versions?.drafts)
    for (const draft of hasDrafts ? [false, true] : [false]) {
      // Saving a draft leaves the main row as it was; that row is current only when published.
      const link: Where = { [path]: { in: [id] } }
      const { docs } = await payload.find({
        collection,
        where: hasDrafts && !draft ? { and: [link, { _status: { equals: 'published' } }] } : link,
        draft,
        depth: 0,
        limit: 10,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs as unknown as Array<
        Record<string, unknown> & { id: number | string }
      >) {
        if (collection === target && doc.id === id) continue
        found.set(`${collection}:${doc.id}`, {
          collection,
          id: doc.id,
          title: titleOf(config, doc),
          field: path,
        })
      }
    }
  }
  return [...found.values()]
}

/** Links that are history, not content: who wrote a medical document, who acted in its review. */
const isRecordOfWork = (ref: Referrer): boolean =>
  ref.field === 'contributors' || ref.collection === 'review-records'

/**
 * Refuses to delete a document that other content still links to, naming each referrer, so
 * published pages never point at something that is gone. An account that wrote medical content
 * or acted in its review stays: the record of who did what must keep pointing at someone.
 */
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const referrers = await findReferrers(req, collection.slug, id)
  if (referrers.length === 0) return
  const history = referrers.filter(isRecordOfWork)
  if (history.length > 0) {
    const list = history.map((ref) => `${ref.collection} "${ref.title}" (id ${ref.id})`).join('; ')
    throw new RuleViolation(
      409,
      `Cannot delete: this account wrote or reviewed medical content, and the record of who did so is kept (${list}).`,
      {
        rule: 'record-of-work',
        problems: history.map((ref) => ({
          rule: 'record-of-work',
          field: ref.field,
          message: `${ref.collection} ${ref.id} "${ref.title}"`,
        })),
      },
    )
  }
  const list = referrers
    .map((ref) => `${ref.collection} "${ref.title}" (id ${ref.id}, field ${ref.field})`)
    .join('; ')
  throw new RuleViolation(
    409,
    `Cannot delete: still linked from ${list}. Remove those links first.`,
    {
      rule: 'still-referenced',
      problems: referrers.map((ref) => ({
        rule: 'still-referenced',
        field: ref.field,
        message: `${ref.collection} ${ref.id} "${ref.title}"`,
      })),
    },
  )
}
