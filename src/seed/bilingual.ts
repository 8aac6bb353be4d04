import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export type Locale = 'en' | 'es'

/** `{ en, es }` pairs anywhere in `value` become the one locale's value. */
export function inLocale(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length > 0 && keys.every((key) => key === 'en' || key === 'es') && 'en' in value)
      return (value as Record<Locale, unknown>)[locale]
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]),
    )
  }
  return value
}

/**
 * Creates a draft in English as `req.user`, then adds its Spanish text, with access control
 * and every hook: what an author does in the admin, for the demo seed and the benchmark's.
 */
export async function createBilingualDraft(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  data: Record<string, unknown>,
): Promise<number | string> {
  const created = await payload.create({
    collection,
    data: inLocale(data, 'en') as never,
    locale: 'en',
    draft: true,
    overrideAccess: false,
    req,
  })
  await payload.update({
    collection,
    id: created.id,
    data: inLocale(data, 'es') as never,
    locale: 'es',
    draft: true,
    overrideAccess: false,
    req,
  })
  return created.id
}
