import type {
  CollectionSlug,
  FieldHook,
  PayloadRequest,
  TextField,
  TextFieldSingleValidation,
  Where,
} from 'payload'

import { lockName } from '../db/locks'
import { nestedReq } from '../lib/requests'
import { filledByServer, optionalInGeneratedTypes } from './filledByServer'
import { matching, singularLabel, SLUG } from './validators'

/** Lower-case, ASCII, hyphen-separated: "Ketamine & You: IV?" → "ketamine-you-iv". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/g, '')
}

function sourceText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  // A localized title read with locale=all arrives as { en, es }; the default locale names the slug.
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const first = byLocale.en ?? Object.values(byLocale).find((entry) => typeof entry === 'string')
    return typeof first === 'string' ? first : undefined
  }
  return undefined
}

async function slugTaken(
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  selfId: unknown,
): Promise<boolean> {
  const where: Where =
    selfId === undefined
      ? { slug: { equals: slug } }
      : { and: [{ slug: { equals: slug } }, { id: { not_equals: selfId as number | string } }] }
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection,
      where,
      draft,
      limit: 1,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req: nestedReq(req),
    })
    if (docs.length > 0) return true
  }
  return false
}

/** The first free slug among base, base-2, base-3, … so a generated slug never collides. */
async function freeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  selfId: unknown,
): Promise<string> {
  // Documents created at once with one title would all find `base` free, and all but one would
  // fail on the unique index ("Value must be unique" for a slug nobody typed). They take turns
  // per base slug until their transactions end, so each sees the slugs taken before it.
  await lockName(req, `slug:${collection}:${base}`)
  for (let suffix = 1; suffix < 100; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`
    if (!(await slugTaken(req, collection, candidate, selfId))) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

function fillSlugFrom(sourceField: string): FieldHook {
  return async ({ value, data, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const existing = originalDoc?.slug
    if (typeof existing === 'string' && existing !== '') return existing
    const source = sourceText(data?.[sourceField] ?? originalDoc?.[sourceField])
    const base = source ? slugify(source) : ''
    if (!base || !collection) return value
    return freeSlug(req, collection.slug, base, originalDoc?.id)
  }
}

const slugFormat = matching(
  SLUG,
  'Use lower-case letters, digits and single hyphens only, for example ketamine-iv-therapy.',
)

/**
 * URL-safe, and used by no other document of the collection, published or draft. The database's
 * unique index sees only the main rows, not a slug changed in a later draft, and answers with
 * a bare "Value must be unique".
 */
const validSlug: TextFieldSingleValidation = async (value, options) => {
  const format = slugFormat(value, options)
  if (format !== true || !value || options.event === 'onChange' || !options.collectionSlug)
    return format
  const collection = options.collectionSlug as CollectionSlug
  if (await slugTaken(options.req, collection, value, options.id)) {
    return `Another ${singularLabel(options.req, collection).toLowerCase()} already uses the slug "${value}"; choose a different one.`
  }
  return true
}

/**
 * A unique, URL-safe slug. Left empty, it is generated from `sourceField` (made unique with a
 * number); typed by hand, it is validated and must be unique.
 */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 96,
    validate: validSlug,
    // Optional in GraphQL create inputs and generated types too: left out, it is generated.
    access: filledByServer,
    typescriptSchema: optionalInGeneratedTypes,
    hooks: { beforeValidate: [fillSlugFrom(sourceField)] },
    admin: {
      position: 'sidebar',
      description: `Part of the page address. Filled from the ${sourceField} when left empty.`,
    },
  }
}
