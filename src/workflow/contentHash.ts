import { createHash } from 'node:crypto'

import type { Field, JsonObject } from 'payload'

import { idOf } from '../lib/ids'
import { canonicalJSON } from './canonical'
import { REVIEWED_FIELDS, SET_FIELDS, type MedicalCollection } from './reviewedFields'

/** Rich-text keys that carry meaning: text, structure, emphasis, link targets, embedded media. */
const RICH_TEXT_KEYS = new Set([
  'type',
  'tag',
  'listType',
  'text',
  'format',
  'url',
  'newTab',
  'linkType',
  'fields',
  'relationTo',
  'value',
  'children',
  'checked',
  'start',
])

/**
 * Lexical state reduced to what a reader sees. Editor bookkeeping (versions, indentation
 * markers, direction, selection styles) changes between saves without changing the content.
 */
export function normalizeRichText(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeRichText)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (!RICH_TEXT_KEYS.has(key)) continue
    if (key === 'value' && value && typeof value === 'object') out.value = idOf(value)
    else if (key === 'fields' && value && typeof value === 'object') {
      const fields = { ...(value as Record<string, unknown>) }
      if (fields.doc) fields.doc = idOf(fields.doc)
      delete fields.id
      out.fields = fields
    } else out[key] = normalizeRichText(value)
  }
  return out
}

/** Which locales of localized values count; undefined: every locale. */
type LocaleFilter = ReadonlySet<string> | undefined

function normalizeValue(field: Field, value: unknown, locales: LocaleFilter): unknown {
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      if (Array.isArray(value)) {
        const ids = value.map(idOf).filter((id): id is string => id !== undefined)
        return 'name' in field && SET_FIELDS.has(field.name) ? [...new Set(ids)].sort() : ids
      }
      return idOf(value)
    }
    case 'richText':
      return value && typeof value === 'object'
        ? normalizeRichText((value as { root?: unknown }).root ?? value)
        : value
    case 'date':
      return value ? new Date(value as string).toISOString() : value
    case 'group':
      return value && typeof value === 'object'
        ? normalizeFields(field.fields, value as JsonObject, undefined, locales)
        : value
    case 'array':
      return Array.isArray(value)
        ? value.map((row) => normalizeFields(field.fields, row as JsonObject, undefined, locales))
        : value
    default:
      return value
  }
}

function normalizeField(field: Field, value: unknown, locales: LocaleFilter): unknown {
  if (
    'localized' in field &&
    field.localized &&
    value &&
    typeof value === 'object' &&
    !Array.isArray(value)
  ) {
    const byLocale: Record<string, unknown> = {}
    for (const [locale, localized] of Object.entries(value as Record<string, unknown>)) {
      if (locales && !locales.has(locale)) continue
      byLocale[locale] = normalizeValue(field, localized, locales)
    }
    return byLocale
  }
  return normalizeValue(field, value, locales)
}

function normalizeFields(
  fields: Field[],
  doc: JsonObject,
  only: ReadonlySet<string> | undefined,
  locales: LocaleFilter,
): JsonObject {
  const out: JsonObject = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, normalizeFields(field.fields, doc, only, locales))
      continue
    }
    if (!('name' in field) || field.type === 'join' || field.type === 'ui') continue
    if (only && !only.has(field.name)) continue
    out[field.name] = normalizeField(field, doc?.[field.name], locales)
  }
  return out
}

/**
 * The reviewed content of a document: the exact thing a medical reviewer approves. `doc` must
 * be read with `locale: 'all'` so localized fields are maps. `locales` keeps only those
 * locales of localized fields (an approval covers the locales it names); without it, every
 * locale counts, as for a submission, which pins the whole document.
 */
export function reviewedContent(
  collection: MedicalCollection,
  fields: Field[],
  doc: JsonObject,
  locales?: readonly string[],
): JsonObject {
  return normalizeFields(
    fields,
    doc,
    new Set(REVIEWED_FIELDS[collection]),
    locales ? new Set(locales) : undefined,
  )
}

/**
 * sha256 of the canonical JSON of the reviewed content (in `locales`, or every locale). One
 * function for hooks, endpoints, GraphQL and tests. A locale without content drops out of the
 * canonical form, so a document written in one locale hashes the same whether or not that is
 * all its locales.
 */
export function contentHash(
  collection: MedicalCollection,
  fields: Field[],
  doc: JsonObject,
  locales?: readonly string[],
): string {
  const canonical = canonicalJSON({
    collection,
    content: reviewedContent(collection, fields, doc, locales),
  })
  return createHash('sha256').update(canonical).digest('hex')
}

/** Bookkeeping every collection has, which is no part of what a reader sees. */
const BOOKKEEPING = new Set(['_status', 'createdAt', 'updatedAt'])

/**
 * sha256 of everything a non-medical document (a clinic, a condition) holds but its
 * bookkeeping: what a release pins for content that needs no medical sign-off.
 */
export function editorialHash(collection: string, fields: Field[], doc: JsonObject): string {
  const names = fields.flatMap((field) =>
    'name' in field && !BOOKKEEPING.has(field.name) && !('virtual' in field && field.virtual)
      ? [field.name]
      : [],
  )
  const canonical = canonicalJSON({
    collection,
    content: normalizeFields(fields, doc, new Set(names), undefined),
  })
  return createHash('sha256').update(canonical).digest('hex')
}
