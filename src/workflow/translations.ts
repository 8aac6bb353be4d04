import type { Field } from 'payload'

import { REVIEWED_FIELDS, type MedicalCollection } from './reviewedFields'

type Doc = Record<string, unknown>

/** A localized field among the reviewed ones, by its path (`seo.metaTitle`). */
export interface TranslatableField {
  path: string
  label: string
  field: Field
}

/** Which reviewed fields one locale has filled, and which the default locale has and it lacks. */
export interface LocaleCompleteness {
  locale: string
  filled: string[]
  missing: string[]
  /** Every reviewed field the default locale has is filled here too (the default locale always is). */
  complete: boolean
}

/** A field's English label: its own, or the one the humanLabels plugin gave it ({ en, es }). */
function labelOf(field: Field & { name: string }): string {
  const label: unknown = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const english = (label as Record<string, unknown>).en
    if (typeof english === 'string') return english
  }
  return field.name
}

function collect(
  fields: Field[],
  prefix: string,
  into: TranslatableField[],
  only?: ReadonlySet<string>,
  labelPrefix = '',
): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      collect(field.fields, prefix, into, only, labelPrefix)
      continue
    }
    if (!('name' in field) || (only && !only.has(field.name))) continue
    if (field.type === 'group')
      collect(
        field.fields,
        `${prefix}${field.name}.`,
        into,
        undefined,
        `${labelPrefix}${labelOf(field)} › `,
      )
    else if ('localized' in field && field.localized)
      into.push({ path: `${prefix}${field.name}`, label: `${labelPrefix}${labelOf(field)}`, field })
  }
}

/** The reviewed fields that are written once per locale: what a translation must cover. */
export function translatableFields(
  collection: MedicalCollection,
  fields: Field[],
): TranslatableField[] {
  const found: TranslatableField[] = []
  collect(fields, '', found, new Set(REVIEWED_FIELDS[collection]))
  return found
}

function hasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const { text, children, root } = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  if (root) return hasText(root)
  return Array.isArray(children) && children.some(hasText)
}

/** Whether a value says something: text that is not blank, a list with an entry, rich text with words. */
export function isFilled(field: Field, value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (field.type === 'richText') return hasText(value)
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value))
    return value.some((item) => typeof item !== 'string' || item.trim() !== '')
  return true
}

function valueAt(doc: Doc, path: string, locale: string): unknown {
  let current: unknown = doc
  for (const key of path.split('.'))
    current = current && typeof current === 'object' ? (current as Doc)[key] : undefined
  return current && typeof current === 'object' && !Array.isArray(current)
    ? (current as Doc)[locale]
    : undefined
}

/**
 * Per locale, which reviewed fields are filled and which are missing, for a document read with
 * `locale: 'all'`. The default locale is the source: another locale is complete when it fills
 * every reviewed field the default locale fills.
 */
export function translationStatus(
  collection: MedicalCollection,
  fields: Field[],
  doc: Doc,
  locales: readonly string[],
  defaultLocale: string,
): LocaleCompleteness[] {
  const translatable = translatableFields(collection, fields)
  const inSource = translatable.filter(({ path, field }) =>
    isFilled(field, valueAt(doc, path, defaultLocale)),
  )
  return locales.map((locale) => {
    const filled = translatable
      .filter(({ path, field }) => isFilled(field, valueAt(doc, path, locale)))
      .map(({ path }) => path)
    const missing =
      locale === defaultLocale
        ? []
        : inSource.map(({ path }) => path).filter((path) => !filled.includes(path))
    return {
      locale,
      filled,
      missing,
      complete: missing.length === 0 && (locale === defaultLocale || filled.length > 0),
    }
  })
}

/** The locales other than the default that lack a translation of some reviewed text: the list view's "missing translation". */
export function missingTranslations(
  collection: MedicalCollection,
  fields: Field[],
  doc: Doc,
  locales: readonly string[],
  defaultLocale: string,
): string[] {
  return translationStatus(collection, fields, doc, locales, defaultLocale)
    .filter((status) => !status.complete)
    .map((status) => status.locale)
}
