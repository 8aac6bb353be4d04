import type { Field, JsonObject } from 'payload'

function isPlainObject(value: unknown): value is JsonObject {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value)
}

/**
 * What a save will store, in every locale: the incoming values (one locale, as hooks see
 * them) laid over the document as stored with `locale: 'all'`. Localized values replace only
 * their own locale; everything else is replaced whole.
 */
export function mergeIntoLocales(
  fields: Field[],
  stored: JsonObject,
  incoming: JsonObject,
  locale: string,
): JsonObject {
  const out: JsonObject = { ...stored }
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, mergeIntoLocales(field.fields, stored, incoming, locale))
      continue
    }
    if (!('name' in field) || field.type === 'join' || field.type === 'ui') continue
    const { name } = field
    if (!(name in incoming)) continue
    if ('localized' in field && field.localized) {
      out[name] = { ...(isPlainObject(stored[name]) ? stored[name] : {}), [locale]: incoming[name] }
    } else if (field.type === 'group' && isPlainObject(incoming[name])) {
      out[name] = mergeIntoLocales(
        field.fields,
        isPlainObject(stored[name]) ? stored[name] : {},
        incoming[name],
        locale,
      )
    } else {
      out[name] = incoming[name]
    }
  }
  return out
}
