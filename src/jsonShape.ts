/**
 * Limits on the shape of data sent to the API. Far beyond anything the admin UI or a client
 * sends (a rich-text document with nested lists is a few dozen levels deep), far below what
 * breaks the libraries behind the API: Payload's deep copies and merges overflow the stack at
 * a few thousand levels, and the SQL builder at tens of thousands of list entries.
 */
export const MAX_JSON_DEPTH = 100
export const MAX_JSON_ARRAY_ITEMS = 1000
/** Keys that only ever appear in prototype-pollution attempts: no field has these names. */
export const FORBIDDEN_JSON_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])

export interface ShapeProblem {
  message: string
  rule: 'json-array-too-long' | 'json-forbidden-key' | 'json-too-deep'
}

/**
 * The first thing in `value` beyond the limits: nesting deeper than MAX_JSON_DEPTH, a list
 * longer than MAX_JSON_ARRAY_ITEMS, or a prototype key. Walked without recursion, so a value
 * too deep for a recursive walk is reported rather than overflowing the stack.
 */
export function shapeProblem(value: unknown, where = 'The request body'): ShapeProblem | undefined {
  const pending: Array<[unknown, number]> = [[value, 1]]
  const seen = new Set<object>()
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!
    if (!item || typeof item !== 'object' || item instanceof Date || seen.has(item)) continue
    seen.add(item)
    if (depth > MAX_JSON_DEPTH)
      return {
        rule: 'json-too-deep',
        message: `${where} nests deeper than ${MAX_JSON_DEPTH} levels.`,
      }
    if (Array.isArray(item)) {
      if (item.length > MAX_JSON_ARRAY_ITEMS) {
        return {
          rule: 'json-array-too-long',
          message: `A list in ${where.charAt(0).toLowerCase()}${where.slice(1)} has ${item.length} entries; at most ${MAX_JSON_ARRAY_ITEMS} are accepted.`,
        }
      }
      for (const entry of item) pending.push([entry, depth + 1])
      continue
    }
    for (const key of Object.keys(item)) {
      if (FORBIDDEN_JSON_KEYS.has(key))
        return { rule: 'json-forbidden-key', message: `${where} may not contain the key "${key}".` }
      pending.push([(item as Record<string, unknown>)[key], depth + 1])
    }
  }
  return undefined
}

/** How deeply JSON (or GraphQL) text nests braces and brackets, counted without parsing it. */
export function textNestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c)
        index += 1 // a backslash escapes the next character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth)
    else if (char === 0x7d || char === 0x5d) depth -= 1
  }
  return deepest
}
