import type { RequestContext } from 'payload'

/**
 * Workaround, Payload 3.90.1: `createLocalReq` (its `getRequestContext`) replaces a request's
 * context with a new, empty object when the context has no string keys, and every Local API
 * call made with the request runs it. So a context that holds only symbol-keyed entries loses
 * them at the first such call in a write (a validator's look-up, say), and the write's later
 * hooks no longer find them: a clinic's unpublish was taken for a draft save, so caches and
 * snapshots kept the withdrawn clinic. A context with any string key is copied instead,
 * symbols included, so every entry set here also sets this one. Listed in src/workarounds.ts.
 */
const KEEP_KEY = 'cms.keepsSymbolEntries'

/** Sets a symbol-keyed entry on a request context (in place), so that it lasts the whole write. */
export function setContextEntry<T>(context: RequestContext, key: symbol, value: T): T {
  ;(context as Record<symbol, unknown>)[key] = value
  context[KEEP_KEY] = true
  return value
}

/** A symbol-keyed entry of a request context, if set. */
export function contextEntry<T>(context: RequestContext | undefined, key: symbol): T | undefined {
  return context ? ((context as Record<symbol, unknown>)[key] as T | undefined) : undefined
}

/** A copy of a context with one more symbol-keyed entry, for a Local API call's `context`. */
export function withContextEntry(
  context: RequestContext,
  key: symbol,
  value: unknown,
): RequestContext {
  const copy: RequestContext = { ...context }
  setContextEntry(copy, key, value)
  return copy
}
