/**
 * Canonical JSON: object keys sorted, `undefined`, `null`, empty strings, empty arrays and
 * empty objects dropped, so that two ways of writing "no value" hash the same.
 */
export function canonicalize(value: unknown): unknown {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') return value === '' ? undefined : value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map(canonicalize).filter((item) => item !== undefined)
    return items.length > 0 ? items : undefined
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const item = canonicalize((value as Record<string, unknown>)[key])
      if (item !== undefined) out[key] = item
    }
    return Object.keys(out).length > 0 ? out : undefined
  }
  return undefined
}

export function canonicalJSON(value: unknown): string {
  return JSON.stringify(canonicalize(value) ?? null)
}
