import type { PayloadRequest } from 'payload'

const memos = new WeakMap<object, Map<string, Promise<unknown>>>()

/**
 * Runs `load` once per key per request: a list of twenty articles by the same reviewer asks
 * the database for that reviewer once.
 */
export function memoForRequest<T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> {
  let memo = memos.get(req)
  if (!memo) {
    memo = new Map()
    memos.set(req, memo)
  }
  let value = memo.get(key) as Promise<T> | undefined
  if (!value) {
    value = load()
    memo.set(key, value)
  }
  return value
}

/** Enrichment for readers of the API (REST, GraphQL), not for the admin's or the workflow's own reads. */
export function isDeliveryRead(req: PayloadRequest, context: Record<string, unknown> | undefined): boolean {
  return (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') && !context?.internalRead
}
