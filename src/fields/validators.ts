import { getTranslation } from '@payloadcms/translations'
import type {
  CollectionSlug,
  NumberFieldSingleValidation,
  PayloadRequest,
  RelationshipFieldValidation,
  TextFieldManyValidation,
  TextFieldSingleValidation,
  UploadFieldValidation,
} from 'payload'
import { number, relationship, text, upload } from 'payload/shared'
import { nestedReq } from '../lib/requests'

/**
 * Field validators: each keeps Payload's own checks (required, lengths) and adds one rule with
 * a message an editor can act on. Most are pure; the link checks at the end read the database.
 */
export function matching(pattern: RegExp, message: string): TextFieldSingleValidation {
  return (value, options) => {
    const base = text(value, options)
    if (base !== true) return base
    if (value === null || value === undefined || value === '') return true
    return pattern.test(value) || message
  }
}

/** Each entry of a `hasMany` text field must match. */
export function eachMatching(
  pattern: RegExp,
  message: (bad: string) => string,
): TextFieldManyValidation {
  // Payload's text validator handles hasMany values too; its type only names the single form.
  const textMany = text as unknown as TextFieldManyValidation
  return (value, options) => {
    const base = textMany(value, options)
    if (base !== true) return base
    const bad = (value ?? []).find((entry) => !pattern.test(entry))
    return bad === undefined ? true : message(bad)
  }
}

export const E164_PHONE = /^\+[1-9]\d{7,14}$/
export const US_ZIP = /^\d{5}(-\d{4})?$/
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
export const DOI = /^10\.\d{4,9}\/\S+$/
export const PMID = /^[1-9]\d{0,8}$/
/** ICD-10(-CM) code: a letter, two characters, then optionally a dot and up to four more. */
export const ICD10 = /^[A-TV-Z]\d[0-9AB](\.[0-9A-TV-Z]{1,4})?$/
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

export const httpUrl: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  if (!value) return true
  return isHttpUrl(value) || 'Enter a full web address starting with https://'
}

export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

export const ianaTimeZone: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  if (!value) return true
  return isIanaTimeZone(value) || 'Use an IANA time zone name, for example America/Los_Angeles.'
}

/** A whole-number field within bounds, with the bounds in the message. */
export function wholeNumber(min: number, max: number): NumberFieldSingleValidation {
  return (value, options) => {
    const base = number(value, { ...options, min, max })
    if (base !== true) return base
    if (value === null || value === undefined) return true
    return Number.isInteger(value) || `Enter a whole number from ${min} to ${max}.`
  }
}

type LinkId = number | string

/** The ids a link field holds: one, many, or populated documents sent back as they were read. */
function linkedIds(value: unknown): LinkId[] {
  const entries = Array.isArray(value)
    ? value
    : value === null || value === undefined
      ? []
      : [value]
  return entries
    .map((entry: unknown) =>
      entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : entry,
    )
    .filter((id): id is LinkId => typeof id === 'number' || (typeof id === 'string' && id !== ''))
}

/** The collection's singular label ("Treatment option"), or its slug. */
export function singularLabel(req: PayloadRequest, collection: CollectionSlug): string {
  const label = req.payload.collections[collection]?.config.labels?.singular
  if (!label) return collection
  // Labels are in English and Spanish (src/plugins/humanLabels.ts); messages follow the caller's language.
  return req.i18n ? getTranslation(label, req.i18n) : typeof label === 'string' ? label : collection
}

/** A sentence naming the linked ids that no document of `collection` has, or true. */
async function allLinksExist(
  value: unknown,
  collection: unknown,
  req: PayloadRequest,
): Promise<string | true> {
  const ids = linkedIds(value)
  if (ids.length === 0 || typeof collection !== 'string') return true
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    overrideAccess: true,
    req: nestedReq(req),
    context: { internalRead: true },
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !found.has(String(id)))
  if (missing.length === 0) return true
  const label = singularLabel(req, collection as CollectionSlug).toLowerCase()
  return `No ${label} with the id ${missing.join(', ')} exists; choose an existing one or remove the link.`
}

/**
 * Payload's own checks for a relationship, then: every linked document exists. Without this,
 * a link to a missing id reaches the database, whose foreign key refuses it with a 500.
 * The lookup runs when a document is saved, not on every change in the admin form.
 */
export const existingRelations: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true || options.event === 'onChange') return base
  return allLinksExist(value, options.relationTo, options.req)
}

/** The same for an upload field: the linked media must exist. */
export const existingUploads: UploadFieldValidation = async (value, options) => {
  const base = await upload(value, options)
  if (base !== true || options.event === 'onChange') return base
  return allLinksExist(value, options.relationTo, options.req)
}
