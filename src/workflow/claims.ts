import type { Field } from 'payload'

import { REVIEWED_FIELDS, type MedicalCollection } from './reviewedFields'

/**
 * Wording that makes absolute or promotional health claims, which a reviewer must look at.
 * The list is a starting point (the team's domain notes) plus Spanish equivalents; CLAIM_PHRASES
 * replaces it.
 */
export const DEFAULT_CLAIM_PHRASES = [
  'cure',
  'cures',
  'cured',
  'guaranteed',
  'guarantee',
  '100%',
  'no side effects',
  'miracle',
  'revolutionary',
  'safe for everyone',
  'cura',
  'curar',
  'garantizado',
  'garantizada',
  'sin efectos secundarios',
  'milagro',
  'milagroso',
  'revolucionario',
  'seguro para todos',
] as const

export interface ClaimFlag {
  phrase: string
  field: string
  locale: string
  excerpt: string
}

export interface Segment {
  field: string
  locale: string
  text: string
}

function richTextToPlain(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
  if (typeof text === 'string') return text
  const inner = Array.isArray(children)
    ? children.map(richTextToPlain).join(type === 'root' || type === 'list' ? '\n' : '')
    : ''
  return type === 'paragraph' || type === 'heading' || type === 'listitem' || type === 'quote'
    ? `${inner}\n`
    : inner
}

function plainText(field: Field, value: unknown): string[] {
  if (value === null || value === undefined) return []
  if (field.type === 'richText')
    return [richTextToPlain((value as { root?: unknown }).root ?? value)]
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value as string[]
  return []
}

function collect(
  fields: Field[],
  doc: Record<string, unknown>,
  prefix: string,
  locales: readonly string[],
  into: Segment[],
  only?: ReadonlySet<string>,
): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      collect(field.fields, doc, prefix, locales, into, only)
      continue
    }
    if (!('name' in field) || (only && !only.has(field.name))) continue
    const value = doc?.[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      if (value && typeof value === 'object')
        collect(field.fields, value as Record<string, unknown>, `${path}.`, locales, into)
      continue
    }
    if (field.type === 'array') {
      if (Array.isArray(value))
        value.forEach((row, index) =>
          collect(field.fields, row as Record<string, unknown>, `${path}.${index}.`, locales, into),
        )
      continue
    }
    if (
      'localized' in field &&
      field.localized &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      for (const [locale, localized] of Object.entries(value as Record<string, unknown>)) {
        for (const text of plainText(field, localized)) into.push({ field: path, locale, text })
      }
    } else {
      for (const text of plainText(field, value))
        into.push({ field: path, locale: locales[0] ?? 'en', text })
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40)
  const end = Math.min(text.length, index + length + 40)
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`
}

/** Each phrase found in `segments`, once per phrase, field and locale, whole words only. */
export function findClaimPhrases(
  phrases: readonly string[],
  segments: readonly Segment[],
): ClaimFlag[] {
  const flags: ClaimFlag[] = []
  const seen = new Set<string>()
  for (const phrase of phrases) {
    // Whole words only: "cure" flags "a cure" but not "secure" or "procured".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu')
    for (const segment of segments) {
      const key = `${phrase}|${segment.field}|${segment.locale}`
      if (seen.has(key)) continue
      const match = pattern.exec(segment.text)
      if (!match) continue
      seen.add(key)
      flags.push({
        phrase,
        field: segment.field,
        locale: segment.locale,
        excerpt: excerptAround(segment.text, match.index, match[0].length),
      })
    }
  }
  return flags
}

/**
 * Finds each phrase in the reviewed text of a document (every locale, rich text included, the
 * slug read as words), once per phrase, field and locale. `doc` is read with `locale: 'all'`.
 */
export function scanClaims(
  collection: MedicalCollection,
  fields: Field[],
  doc: Record<string, unknown>,
  phrases: readonly string[],
  locales: readonly string[],
): ClaimFlag[] {
  const segments: Segment[] = []
  collect(fields, doc, '', locales, segments, new Set(REVIEWED_FIELDS[collection]))
  return findClaimPhrases(
    phrases,
    segments.map((segment) =>
      segment.field === 'slug' ? { ...segment, text: segment.text.replace(/-/g, ' ') } : segment,
    ),
  )
}
