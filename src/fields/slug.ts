import type { FieldHook, TextField } from 'payload'

import { matching, SLUG } from './validators'

/** Lower-case, ASCII, hyphen-separated: "Ketamine & You: IV?" → "ketamine-you-iv". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
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

function fillSlugFrom(sourceField: string): FieldHook {
  return ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const existing = originalDoc?.slug
    if (typeof existing === 'string' && existing !== '') return existing
    const source = sourceText(data?.[sourceField] ?? originalDoc?.[sourceField])
    return source ? slugify(source) : value
  }
}

/** A unique, URL-safe slug, generated from `sourceField` when left empty and editable after. */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 96,
    validate: matching(SLUG, 'Use lower-case letters, digits and single hyphens only, for example ketamine-iv-therapy.'),
    hooks: { beforeValidate: [fillSlugFrom(sourceField)] },
    admin: { position: 'sidebar', description: `Part of the page address. Filled from the ${sourceField} when left empty.` },
  }
}
